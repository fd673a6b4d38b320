"""One label and one name per person in a document.

A news page names the same person several times: in the headline, in the
lead with the full title, by surname further down.  Gold made by reading
gives every mention of one person in one document the same label (217 of
225 people named more than once across the real sets), and it is the
mention where the person takes the floor that decides it («Выступая на
сессии, Горовой дал высокую оценку …» makes the SPEAKER of «Первый
заместитель министра … Александр Горовой принял участие в 67-й сессии»).

So a PERSON mention that had no evidence of its own either way ("no role, no
speech") becomes a SPEAKER when another mention of the same name took the
floor by strong evidence (a speech verb, a record's label, a heading over
the speech …; not a reported «заявил», which may be a comment to the press).
Mentions with evidence against (appointed, recalled, in writing, a comment
outside the meeting …) keep their PERSON, and so do signatures and mentions in a page's tag
list («Шавкат Мирзиеев Узбекистан происшествия общество политика …»), page
furniture with no meeting in view (real7, real8).

The name likewise (:func:`one_name_per_person`): a mention left oblique where
its sentence told no case takes the nominative the document writes for the
same person.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ... import morph
from .patterns import WORDS

__all__ = ["OUTSIDE_REASONS", "STRONG", "one_label_per_person", "one_name_per_person", "tag_line"]

# the evidence (``ie explain``'s names) that the person took the floor at the meeting
# (a later mention's own «spoke-after» is a floor verb, not a reported one: candidates._later_mentions)
# («представил доклад» presents a report to the meeting: «В ходе заседания X представил … доклад»; «открыл сессию» chairs it)
STRONG = re.compile(r"spoke-before|spoke-after(?::выступ|:представил|:открыл|$)|record-label|statement-at-session|opens-paragraph|"
                    r"heading-over-speech|seat-verb|speech-announced|gave-lecture|acts-at-meeting|index-line|briefed|presented-for|"
                    r"speech-at-meeting|said-there-later|spoke-where|addresses-meeting|words-quoted")

# a PERSON mention open to the document's decision: no evidence of its own (a delegation's head named in
# the instrumental, «делегация во главе с министром X», takes part; whether with a floor, the page decides)
OPEN_REASONS = ("no role, no speech", "reported speech, no meeting in view", "a delegation's member", "named in the instrumental",
                "the source of a news item")
OPEN = re.compile("(?:PERSON: (?:" + "|".join(map(re.escape, OPEN_REASONS)) + r")|^later-mention of \d+:\d+ > PERSON)"
                  r"(?: > PERSON: the full name at \d+:\d+)?(?: > name:the nominative the text writes)?$")

# a role that takes the floor with no name: «Далее Генсек ООН выступил с докладом на открытии дебатов»
ROLE_WORDS = (r"(?P<role>[Гг]енсек\w*|[Гг]енеральн\w+\s+секретар\w*|[Вв]ерховн\w+\s+комиссар\w*|[Гг]енеральн\w+\s+директор\w*|"
              r"(?:[а-яё]+[сц]к(?:ий|им|ого)\s+)?министр(?:а|у|ом)?|"  # («молдавский министр выступит с речью»: the one minister)
              r"[Гг]лав[аы]\s+(?:МИД|внешнеполитического\s+ведомства))"  # (the foreign minister: «глава МИД Казахстана»)
              r"(?:\s+ООН|\s+[А-ЯЁ]{3,6}|\s+[А-ЯЁ][а-яё]+(?:а|и|ы)|\s+"
              + "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in WORDS.ministries.forms) + r"))?(?![\w-])")  # the role and its organisation or state: «Генсек ООН», «Генеральный директор ВМО»
ROLE_FLOOR = re.compile(r"(?<![\w-])" + ROLE_WORDS + r"\s+(?:выступил\w*|выступит|открыл\w*\s+(?:сесси|заседани|конференци|дебат)\w*)(?![\w-])")
# … or speaks in a speech the page names: «В своей вступительной речи Генеральный директор ВМО отметил …»
ROLE_SPEECH = re.compile(r"(?<![\w-])[Вв]\s+(?:сво\w+\s+)?(?:[\w-]+\s+)?(?:речи|выступлении|слове|докладе)\s+" + ROLE_WORDS
                         + r"\s+(?:отметил|заявил|подчеркнул|сказал|призвал|напомнил)\w*(?![\w-])")
# … or the page names the role's speech: «На сессии состоялось выступление азербайджанского министра»
ROLE_SPEECH_NOUN = re.compile(r"(?<![\w-])[Вв]ыступлени[ея]\s+" + ROLE_WORDS)
ROLE_OF = (("секр", "генеральный секретарь"), ("генсек", "генеральный секретарь"), ("комиссар", "верховный комиссар"),
           ("директор", "генеральный директор"), ("министр", "министр"), ("глав", "министр"))  # a stem in the role's words -> the role's lemma


def _floor_role(words: str) -> str:
    return next(role for stem, role in ROLE_OF if stem in words.lower())


STRETCH = 300  # characters either side of the mention a tag list is looked for in
BOUND = re.compile(r"[.,:;!?«»\"—–]|\n[ \t]*\n")  # a sentence's punctuation or a blank line
SIGNED = re.compile(r"[Пп]одпись\W{0,4}\s*$")


def tag_line(reading, a: int, b: int, countries) -> bool:
    """Is the mention at ``a:b`` (reading offsets) in a page's tag list: a
    stretch of the original of six words or more, within one paragraph, with
    no punctuation of a sentence, no verb, preposition or conjunction, that
    names the person twice or two states side by side («Абдулазиз Камилов
    Россия Украина Киев Узбекистан Ташкент общество политика военные Абдулазиз
    Камилов …»)?  A headline has its verb («Садыр Жапаров принял участие в
    церемонии …»), prose its prepositions («… Беларусь Сергей Алейник в
    качестве главы»), wherever the PDF wrapped its lines."""
    return any(_tag_stretch(reading, a, b, bound, countries) for bound in (BOUND, LINE_BOUND))


# … or the mention's own line: a tag list under a page's menu line (a line end after a break hyphen, a blank line
# after one too, «генасса\u00ad \n \nмблея», is inside the line)
LINE_BOUND = re.compile(r"[.,:;!?«»\"—–]|(?<![-\u00ad\u2010])(?<![-\u00ad\u2010] )(?<![-\u00ad\u2010]\n)(?<![-\u00ad\u2010] \n )(?<![-\u00ad\u2010]\n )\n")
BREAK_HYPHEN = re.compile(r"(?<=\w)[-\u00ad\u2010][^\S\n]*\n\s*(?=\w)")  # a word broken at a line's end


def _tag_stretch(reading, a: int, b: int, bound, countries) -> bool:
    original = reading.lines  # (its words are the original's)
    oa, ob = reading.offset(a), reading.offset(b - 1) + 1
    lo = max(0, oa - STRETCH)
    lo = max((m.end() for m in bound.finditer(original, lo, oa)), default=lo)
    hi = bound.search(original, ob, ob + STRETCH)
    hi = hi.start() if hi else min(len(original), ob + STRETCH)
    words = BREAK_HYPHEN.sub("", original[lo:hi]).split()  # («Рос-\nсия» is no gerund «сия»)
    if len(words) < 6 or any(w.islower() and morph.parse(w)[0].tag.POS in ("VERB", "GRND", "PRTS", "PREP", "CONJ")
                             for w in words):
        return False
    stretch = re.sub(r"\s+", " ", original[lo:hi])
    if stretch.count(re.sub(r"\s+", " ", original[oa:ob])) > 1:
        return True
    near = countries.within(a - 2 * STRETCH, b + 2 * STRETCH)  # (by bisection: no scan)
    states = [(reading.offset(c.start), reading.offset(c.end - 1) + 1) for c in near]
    states = [(x, y) for x, y in states if lo <= x and y <= hi]
    return any(not original[x[1]:y[0]].strip() for x, y in zip(states, states[1:]))


INITIAL = re.compile(r"(?<!\S)(?:[А-ЯЁA-Z]\.\s?)+\s*")


def _full_by_surname(spans) -> dict:
    """A surname -> the one full name of the document ending with it («Зеленский», normalised from
    «Зеленскому», -> «Владимир Зеленский»); a surname that ends two full names has none."""
    full = defaultdict(set)
    for sp in spans:
        if " " in sp.norm["name"]:
            full[sp.norm["name"].split()[-1]].add(sp.norm["name"])
    # one name with an initial more is the same person: «Джон Кеннеди» is «Джон Ф. Кеннеди»
    out = {}
    for surname, names in full.items():
        bare = {INITIAL.sub("", name) for name in names}
        if len(names) == 1 or len(bare) == 1 and " " in bare.pop():  # (a given name in each: «И. Сталин» is no «И. В. Сталин»)
            out[surname] = longest = max(names, key=len)
            out.update((name, longest) for name in names if name != longest)
    return out


def _full_names(spans, full):
    """A surname alone whose nominative ends one full name of the document
    takes that name (``full``: :func:`_full_by_surname`; GUIDELINES 18)."""
    return [type(sp)(sp.start, sp.end, sp.label, {**sp.norm, "name": full[sp.norm["name"]]}, f"{sp.rule} > name:the full name")
            if sp.norm["name"] in full else sp for sp in spans]


def one_label_per_person(ctx, spans, own, countries):
    """``spans``: the person spans of one document (reading offsets), sorted;
    ``countries``: the document's COUNTRY spans (spans._Countries);
    ``own``: (start, end) -> (role, country) each PERSON mention would have
    had as a SPEAKER, from its own sentence.  Returns the spans with the open
    PERSON mentions of a person who took the floor turned SPEAKER."""
    spans = _outside_only(spans)
    full = _full_by_surname(spans)
    speakers = {}
    for sp in spans:
        if sp.label == "SPEAKER" and STRONG.search(sp.rule or ""):
            speakers.setdefault(sp.norm["name"], sp)
    for role in {_floor_role(m.group("role")) for rx in (ROLE_FLOOR, ROLE_SPEECH, ROLE_SPEECH_NOUN) for m in rx.finditer(ctx.text)}:
        # «Далее Генсек ООН выступил с докладом»: the one person the document gives that role took the floor
        holders = {sp.norm["name"]: sp for sp in spans
                   if (sp.norm.get("role") if sp.label == "SPEAKER" else own.get((sp.start, sp.end), (None,))[0]) == role}
        if len(holders) == 1:
            speakers.setdefault(*next(iter(holders.items())))
    if not speakers:
        return _one_state(ctx.text, _full_names(spans, full))
    groups = defaultdict(list)  # a person's name -> its mentions (a surname joins the one full name it ends)
    for i, sp in enumerate(spans):
        groups[full.get(sp.norm["name"], sp.norm["name"])].append(i)
    out = list(spans)
    for name, src in speakers.items():
        for i in groups[name]:
            sp = out[i]
            if sp.label != "PERSON" or not OPEN.search(sp.rule or "") or sp.rule.startswith(("name-run", "photo-credit")):
                continue
            if tag_line(ctx.reading, sp.start, sp.end, countries) or SIGNED.search(ctx.text, max(0, sp.start - 30), sp.start):
                continue  # a tag list, or a signature: «(Подпись) X» signs a letter (SPEC: a PERSON)
            role, country = own.get((sp.start, sp.end), (None, None))
            if country is None and len(name.split()) > 1 and len(ctx.text[sp.start:sp.end].split()) == 1:
                country = src.norm.get("country")  # a surname alone takes the first mention's state (GUIDELINES 18)
            out[i] = type(sp)(sp.start, sp.end, "SPEAKER", {"name": name, "country": country, "role": role},
                              f"{sp.rule} > SPEAKER: one label per person, the speaker at {src.start}:{src.end}")
    return _one_state(ctx.text, _full_names(out, full))


def _one_state(text, spans):
    """A surname alone as a SPEAKER, no state of its own, takes the one state the document's other
    SPEAKER mentions of the same person give («Постпред Грузии Каха Имнадзе …», then «Имнадзе
    заявил …»: Georgia; GUIDELINES 18). A full name written again keeps what its own sentence gives."""
    states = defaultdict(set)
    for sp in spans:
        if sp.label == "SPEAKER" and sp.norm.get("country"):
            states[sp.norm["name"]].add(sp.norm["country"])
    return [type(sp)(sp.start, sp.end, sp.label, {**sp.norm, "country": next(iter(states[sp.norm["name"]]))},
                     f"{sp.rule} > country:the person's")
            if sp.label == "SPEAKER" and not sp.norm.get("country") and len(states.get(sp.norm["name"], ())) == 1
            and len(text[sp.start:sp.end].split()) == 1 else sp
            for sp in spans]


# a mention that says the person spoke outside the meeting reported, in so many words
OUTSIDE_REASONS = ("a comment outside the meeting", "an interview", "written, not said", "the source of a news item")
OUTSIDE = re.compile("PERSON: (?:" + "|".join(map(re.escape, OUTSIDE_REASONS)) + ")")
CHAIRS = ("председатель", "сопредседатель", "заместитель председателя", "вице-председатель")


def _outside_only(spans):
    """A person the document shows commenting outside the meeting («X рассказал журналистам об итогах
    сессии …») and nowhere taking its floor: a mention that is a SPEAKER only by a delegate's seat or a
    reported verb is a PERSON too (one label per person, the other way; a chair keeps the seat, GUIDELINES 36)."""
    outside = {sp.norm["name"] for sp in spans if sp.label == "PERSON" and OUTSIDE.search(sp.rule or "")}
    floor = {sp.norm["name"] for sp in spans if sp.label == "SPEAKER" and STRONG.search(sp.rule or "")}
    out = []
    for sp in spans:
        if (sp.label == "SPEAKER" and sp.norm["name"] in outside - floor and sp.norm.get("role") not in CHAIRS
                and "elected" not in (sp.rule or "")):
            sp = type(sp)(sp.start, sp.end, "PERSON", {"name": sp.norm["name"]},
                          f"{sp.rule} > PERSON: one label per person, a comment outside the meeting")
        out.append(sp)
    return out


# case endings of a name word and the nominative ending that replaces them: «Гутерриша» -> «Гутерриш»
# (a consonant stem), «Кемеловой» -> «Кемелова», «Юкии» -> «Юкия», «Дунъюя» -> «Дунъюй»
OBLIQUE_ENDINGS = (("", ("а", "у", "ом", "е")), ("а", ("ой", "ы", "у", "е")), ("я", ("и", "ю", "ей")), ("й", ("я", "ю", "ем", "е")),
                   ("ий", ("ого", "ому", "им", "ом")), ("ая", ("ой", "ую")))  # «Зеленскому» -> «Зеленский»
WRITTEN_WORD = re.compile(r"[А-ЯЁA-Z]\.|[^\s.]+")  # «С.В.Лавров» -> «С.», «В.», «Лавров»


def one_name_per_person(ctx, spans):
    """Names left oblique where nothing in their sentence told the case («Антониу
    Гутерриша»: an indeclinable first name) take the nominative the document
    itself writes for the same person: another mention whose name has the word
    in the nominative (a stem plus a case ending gives the word as normalised)
    and shares the rest («Антониу Гутерриш»), or, for a surname alone, ends
    with it.  Another person of the family («Шаймиева Камиля» beside
    «Минтимер Шаймиев») shares no other word and changes nothing."""
    people = [sp for sp in spans if sp.label in ("SPEAKER", "PERSON")]
    # each mention's name as normalised and as written (a later mention may carry an oblique full name)
    names = [sp.norm["name"].split() for sp in people] + [WRITTEN_WORD.findall(ctx.text[sp.start:sp.end]) for sp in people]
    out = []
    for sp in spans:
        if sp.label not in ("SPEAKER", "PERSON"):
            out.append(sp)
            continue
        name = sp.norm["name"].split()
        fixed = list(name)
        for i, w in enumerate(name):
            for nom, endings in OBLIQUE_ENDINGS:
                end = next((e for e in endings if w.endswith(e) and len(w) - len(e) >= 3), None)
                if end is None:
                    continue
                v = w[:len(w) - len(end)] + nom
                if v == w or nom == "" and (v[-1] in "аеёиоуыэюяйь" or _feminine(name)):
                    continue  # «Петрова» of «Мария Петрова» is no masculine «Петров» in another case
                rest = set(name) - {w}
                # (a surname alone written in the nominative speaks for any mention of it)
                if any(v in other and (other == [v] or (other[-1] == v if not rest else _shares(rest, other, v))) for other in names):
                    fixed[i] = v
                    break
        if fixed != name:
            fixed = _same_case(name, fixed)
            norm = dict(sp.norm, name=" ".join(fixed))
            sp = type(sp)(sp.start, sp.end, sp.label, norm, f"{sp.rule} > name:the nominative the text writes")
        out.append(sp)
    return out


def _shares(rest, other, surname) -> bool:
    """Does the mention ``other`` share another word of the name, or its initial
    («А.Гуттереш» for «Антонио Гуттерешу»)?"""
    return any(o == r or (len(o) == 2 and o[1] == "." and r.startswith(o[0])) for o in other if o != surname for r in rest)


def _feminine(name) -> bool:
    """Does a word of the name read as a woman's first name («Мария», «Эстер»)?"""
    return any("Name" in p.tag and "femn" in p.tag for w in name for p in morph.parse(w)[:2])


CASE_OF_ENDING = {"а": {"gent", "accs"}, "у": {"datv"}, "ом": {"ablt"}, "е": {"loct"}}


def _same_case(name, fixed):
    """The other words of a name whose surname took its nominative from the
    text go to the nominative in the same case, where the dictionary reads them
    so as a man's first name or patronymic («Александра Солженицына» ->
    «Александр Солженицын», not «Александра Солженицын»)."""
    cases = set()
    for w, v in zip(name, fixed):
        if w != v and not v.endswith(("а", "я")):
            cases |= CASE_OF_ENDING.get(w[len(v):], set())
    out = list(fixed)
    for i, (w, v) in enumerate(zip(name, fixed)):
        if w == v and cases:
            p = next((p for p in morph.parse(w)[:4] if ("Name" in p.tag or "Patr" in p.tag) and "masc" in p.tag
                      and p.tag.case in cases), None)
            if p is not None:
                out[i] = p.normal_form.capitalize()
                continue
            end = next((e for e, c in CASE_OF_ENDING.items() if c & cases and w.endswith(e)), None)
            if end and len(w) - len(end) >= 3 and w[-len(end) - 1] not in "аеёиоуыэюяйь":
                out[i] = w[:-len(end)]  # a consonant stem in the same case: «Элвиса Вейса» -> «Элвис Вейс»
    return out
