"""SPEAKER and PERSON: named people, the name alone, in the nominative.

Candidates come from two sources, merged:

- ``ner``: slovnet PER spans, run only on sentences that hold a capitalised
  word the gazetteers and rules do not explain (see :func:`needs_ner`);
- ``name-bracket``: 2–5 capitalised words right before a bracketed country
  («Хельга Гайер (Германия)»), the panel and chair pattern of UN reports.

Titles («Ее Превосходительство», «г-жа», «Посол») are cut off.  A person is a
SPEAKER when a role word governs the name in its sentence (chair, co-chair,
panel member, representative, rapporteur, moderator) or the sentence says
the person spoke, opened or presented; otherwise a PERSON.  The country comes
from the bracket after the name, or from «представитель <страны>» before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import morph
from ..segment import TOKEN

__all__ = ["PersonExtractor", "needs_ner", "nominative_name"]

TITLES = re.compile(
    r"(?:(?:Его|Ее|Её)\s+(?:Превосходительство|Высочество|Величество|Святейшество)|"
    r"г-н|г-жа|г-на|г-же|г-ну|г-ном|г-не|господин[аеу]?|госпож[аиуе]|д-р|др\.|профессор[а]?|Посол|посол|"
    r"Председатель|Сопредседатель|судья|Судья|доктор)\s+"
)
NAME_WORD = r"(?:(?:аль|эль|ад|ас|ан|ибн|бин|ди|де|ла|ле|д’|д')-?)?[А-ЯЁ][а-яё’']+(?:-[А-ЯЁ]?[а-яё’']+)?"
# lower-case particles inside names: «Абдулла бин Халид аль-Мансури», «Ана де ла Крус»
PARTICLE = r"(?:бин|ибн|бен|ван|фон|дер|де|ди|да|дос|дас|ду|дель|делла|ла|ле|эль|аль)"
INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
TITLES_AT_END = re.compile(r"(?:(?:Его|Ее|Её)\s+Превосходительство|г-н|г-жа|г-на|г-же|г-ну|г-ном|господин[аеу]?|госпож[аиуе]|д-р)$")
NAME_BRACKET = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{1,4}}{NAME_WORD}|{INITIALS}{NAME_WORD}|{NAME_WORD}\s+{INITIALS}(?<!\.)(?=\s*\())"
    rf"\s*\(([^()]{{2,80}})\)"
)

# role word (a regex on the sentence before the name) -> norm.role
ROLES = [
    (re.compile(r"сопредседател", re.I), "сопредседатель"),
    (re.compile(r"заместител[ьяеию]\w*\s+председател", re.I), "заместитель председателя"),
    (re.compile(r"(?<!со)председател|председательств", re.I), "председатель"),
    (re.compile(r"дискуссионн\w+\s+групп|участник\w*\s+(?:дискуссии|обсуждения\s+в\s+группе)|в\s+состав\s+группы\s+экспертов", re.I),
     "член дискуссионной группы"),
    (re.compile(r"специальн\w+\s+докладчик", re.I), "специальный докладчик"),
    (re.compile(r"докладчик", re.I), "докладчик"),
    (re.compile(r"директор\w*[-‑]исполнител", re.I), "директор-исполнитель"),
    (re.compile(r"заместител\w+\s+генеральн\w+\s+секретар", re.I), "заместитель генерального секретаря"),
    (re.compile(r"(?<!заместителя\s)генеральн\w+\s+секретар", re.I), "генеральный секретарь"),
    (re.compile(r"верховн\w+\s+комиссар", re.I), "верховный комиссар"),
    (re.compile(r"модератор", re.I), "модератор"),
    (re.compile(r"заместител\w+\s+министр", re.I), "заместитель министра"),
    (re.compile(r"(?<!заместителя\s)министр", re.I), "министр"),
    (re.compile(r"(?<!\w)посол|послом|посла\b", re.I), "посол"),
    (re.compile(r"наблюдател", re.I), "наблюдатель"),
    (re.compile(r"представител", re.I), "представитель"),
]
# Roles that seat a person at the meeting; other role words («Генеральный
# секретарь») make a SPEAKER only when the sentence says the person spoke.
SEAT_ROLES = {"председатель", "сопредседатель", "заместитель председателя", "член дискуссионной группы",
              "докладчик", "модератор", "представитель", "наблюдатель"}
# What the person did, right after the name (the person is the subject) …
SPOKE_AFTER = re.compile(
    r"^[^.;]{0,40}?(?<![\w-])(?:выступил|заявил|сообщил|отметил|подчеркнул|рассказал|сослался|напомнил|указал|"
    r"призвал|предложил|поделил|остановил|проинформировал|информировал|выразил|поблагодарил|приветствовал|"
    r"представил|открыл|закрыл|обратил|коснул|говорил|изложил|описал|пояснил|высказал|привел|"
    r"сделал\w*\s+заявлени)", re.I)
# … or before it (the verb opens the clause: «С заявлением выступил г-н X»)
SPOKE_BEFORE = re.compile(r"выступил\w*|открыл\w*|заявление\s+сделал\w*|слово\s+предоставлено|в\s+своем\s+выступлении", re.I)
SPOKE_REACH = 200  # characters from the verb to the name it introduces
# Chairing a part of the meeting, without a role word.
SEAT_VERB = re.compile(r"руководил|возглавлял|председательствовал|вел[аи]?\s+(?:заседани|обсуждени)", re.I)
APPOSITION = re.compile(r"^\s*,\s*([^,.;()]{3,120})")
# Capitalised words that are common nouns/adjectives of UN prose: they never
# make a sentence worth running the NER on.
COMMON_POS = {"NOUN", "ADJF", "PRTF", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "NUMR", "PRED", "ADJS"}
PERSON_TAGS = {"Name", "Surn", "Patr"}
CAP_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)?")


@lru_cache(maxsize=50_000)
def _unexplained(word: str) -> bool:
    """A capitalised word that may be part of a person's name."""
    parses = morph.parse(word)
    if any(PERSON_TAGS & set(p.tag.grammemes) for p in parses[:3]):
        return True
    return not morph.is_known(word) or parses[0].tag.POS not in COMMON_POS


def needs_ner(sentence: str, offset: int, covered) -> bool:
    """Run slovnet here? Only where two or more capitalised words stand in a
    row, not covered by other spans, and one of them is not explained by the
    dictionary as a common word (a name, or a word it does not know)."""
    prev_end, run, odd = -10, 0, False
    for m in CAP_WORD.finditer(sentence):
        a = offset + m.start()
        if any(s <= a < e for s, e in covered):
            run, odd, prev_end = 0, False, m.end()
            continue
        if m.start() - prev_end > 2:
            run, odd = 0, False
        run += 1
        odd = odd or _unexplained(m.group())
        prev_end = m.end()
        if run >= 2 and odd:
            return True
    return False


def nominative_name(name: str, before: str = "") -> str:
    """The nominative of a name, agreeing in gender; foreign names kept.

    ``before`` is the text before the name in its sentence.  A name after a
    word that cannot govern it (a role noun in the nominative, an
    abbreviation, a colon or comma) is already nominative.  Otherwise the
    case is read off the first word the dictionary knows as a first name,
    patronymic or surname, choosing the case most words of the name share;
    indeclinable words stay as written.

    >>> nominative_name("Ивана Петрова", "По предложению"), nominative_name("Андрея Николаевича Белова", "по предложению")
    ('Иван Петров', 'Андрей Николаевич Белов')
    >>> nominative_name("Карлоса Эдуардо Мендосу Вегу", "избрала Председателем")
    'Карлос Эдуардо Мендоса Вега'
    >>> nominative_name("Александра Гелбер", ""), nominative_name("Кваме Асанте", "составе:"), nominative_name("Гада Вали", "УНП ООН")
    ('Александра Гелбер', 'Кваме Асанте', 'Гада Вали')
    """
    words = name.split()
    prev = TITLES_AT_END.sub("", before.rstrip()).rstrip()
    last = prev.split()[-1] if prev.split() else ""
    if not last or last[-1] in ":,;(«\"—–-" or last.isupper():
        return name
    hint = _role_case(prev)
    if hint == "nomn":
        return name  # apposition to a role noun in the nominative: «Директор-исполнитель … Гада Вали»
    if hint is not None and hint in MASC_ENDINGS and not any(morph.is_known(w) for w in words[1:]):
        ending = MASC_ENDINGS[hint]  # «Генерального секретаря Кофи Аннана» -> «Кофи Аннан»
        out = [w[:-len(ending)] if w.endswith(ending) and len(w) > 4 and not morph.is_known(w) and k == len(words) - 1 else w
               for k, w in enumerate(words)]
        if out != words:
            return " ".join(out)
    if not any(p.tag.case not in (None, "nomn") and p.tag.POS in ("NOUN", "ADJF", "PRTF", "PREP", "VERB", "NUMR")
               for p in morph.parse(last.strip(".,"))):
        return name
    anchor = None
    for w in words:
        if not morph.is_known(w):
            continue
        parses = [p for p in morph.parse(w) if PERSON_TAGS & set(p.tag.grammemes)]
        if not parses or all("Fixd" in p.tag for p in parses):
            continue
        if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses):
            return name
        anchor = parses
        break
    if anchor is None:
        return name

    def forms_in(case):
        out = []
        for w in words:
            form = None
            parses = morph.parse(w)
            if not any("Fixd" in p.tag for p in parses):
                for p in parses:
                    if p.tag.case == case and p.tag.POS == "NOUN" and p.tag.number == "sing":
                        f = p.inflect({"nomn", "sing"})
                        if f is not None:
                            form = morph._match_case(w, f.word)
                            break
            out.append(form)
        return out

    cases = list(dict.fromkeys(p.tag.case for p in anchor))
    best, case = max(((forms_in(c), c) for c in cases), key=lambda fc: sum(x is not None for x in fc[0]))
    if anchor[0].tag.gender == "masc":
        # a foreign masculine surname the dictionary does not know declines
        # like a noun of the second declension: «Рональда Ноубла» -> «Ноубл»
        ending = MASC_ENDINGS.get(case)
        best = [f if f is not None or morph.is_known(w) or not ending or not w.endswith(ending) or len(w) <= 4
                else w[:-len(ending)] for f, w in zip(best, words)]
    return " ".join(f or w for f, w in zip(best, words))


MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


class PersonExtractor:
    labels = ("SPEAKER", "PERSON")

    def __init__(self, use_ner: str = "auto"):
        self.use_ner = use_ner  # "auto" (restricted), "all" or "none"

    def warm(self):
        if self.use_ner != "none":
            from ..ner import tagger

            tagger()

    def __call__(self, ctx):
        text = ctx.text
        countries = [s for s in ctx.spans if s.label == "COUNTRY"]
        covered = [(s.start, s.end) for s in ctx.spans]
        cands = {}
        for m in NAME_BRACKET.finditer(text):
            inner = (m.start(2), m.end(2))
            if any(c.start == inner[0] and c.end == inner[1] for c in countries):
                a, b = _strip_title(text, m.start(1), m.end(1))
                if b > a and not _overlaps_country(countries, a, b):
                    cands[(a, b)] = "name-bracket"
        if self.use_ner != "none":
            sents = [s for s in ctx.sentences
                     if self.use_ner == "all" or needs_ner(s.text, s.start, covered)]
            if sents:
                from ..ner import tag

                for found in tag([s.text for s in sents], [s.start for s in sents]):
                    for c in found:
                        if c.type != "PER":
                            continue
                        a, b = _strip_title(text, c.start, c.end)
                        if b - a < 3 or _overlaps_country(countries, a, b) or not _looks_like_name(text[a:b]):
                            continue
                        if not any(x <= a < y or a <= x < b for x, y in cands):
                            cands[(a, b)] = "ner"
        out = []
        sent_starts = [s.start for s in ctx.sentences]
        for (a, b), rule in sorted(cands.items()):
            k = bisect_right(sent_starts, a) - 1
            sent = ctx.sentences[k] if k >= 0 and a < ctx.sentences[k].end else None
            s_end = sent.end if sent else min(len(text), b + 200)
            before = text[sent.start:a] if sent else text[max(0, a - 300):a]
            after = text[b:s_end]
            role = _role(before)
            apposition = APPOSITION.match(after)
            if role is None and apposition:
                role = _role(apposition.group(1), nearest_first=True)
            country = _country(text, b, countries, sent, a)
            if country is None and apposition:
                lo, hi = b + apposition.start(1), b + apposition.end(1)
                country = next((c.norm["code"] for c in countries if lo <= c.start < hi), None)
            name = nominative_name(re.sub(r"\s+", " ", text[a:b]), before)
            spoke = bool(SPOKE_AFTER.search(after) or SEAT_VERB.search(before) or _spoke_before(before, a, cands))
            if role in SEAT_ROLES or spoke:
                out.append(ctx.span(a, b, "SPEAKER", {"name": name, "country": country, "role": role},
                                    f"{rule}+role:{role or 'spoke'}"))
            else:
                out.append(ctx.span(a, b, "PERSON", {"name": name}, rule))
        return out


def _spoke_before(before: str, a: int, cands) -> bool:
    """«С заявлением выступил г-н X», «выступили Директор-исполнитель … X»:
    a speaking verb before the name, with no other name in between."""
    last = None
    for m in SPOKE_BEFORE.finditer(before):
        last = m
    if last is None or len(before) - last.end() > SPOKE_REACH:
        return False
    verb_at = a - (len(before) - last.end())
    return not any(verb_at <= x < a for x, _ in cands)


def _role_case(before: str):
    """The grammatical case of the role word right before a name, if any
    («Председателем Карлоса …» -> ablt, «Генерального секретаря Кофи …» -> gent)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", before[-120:])
    for w in reversed(words[-9:]):
        lemma = morph.parse(w)[0].normal_form
        if lemma in ROLE_NOUNS or lemma in ("секретарь", "докладчик", "директор"):
            cases = {p.tag.case for p in morph.parse(w) if p.tag.POS == "NOUN"}
            if "nomn" in cases:
                return "nomn"
            return next(iter(cases), None)
    return None


def _governing_noun(word: str) -> bool:
    """An inanimate common noun in an oblique case («Комиссии»), or a role
    noun in one («Председателем», «Докладчиком»): it governs a name after
    it and is not part of it (an animate noun may be a foreign name: «Гада»)."""
    parses = morph.parse(word)
    if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses):
        return False
    lemma = parses[0].normal_form
    return lemma in ROLE_NOUNS or all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses[:2])


ROLE_NOUNS = {"председатель", "сопредседатель", "докладчик", "представитель", "представительница",
              "наблюдатель", "заместитель", "модератор", "посол", "министр", "директор-исполнитель"}


def _strip_title(text, a, b):
    """Cut titles and leading capitalised common words off a candidate:
    «Председатель Комиссии Мирослава Ковальчик» -> «Мирослава Ковальчик»."""
    while a < b:
        m = TITLES.match(text, a, b)
        if m:
            a = m.end()
            continue
        w = re.match(r"([А-ЯЁ][а-яё]+)[ \t\n]+(?=[А-ЯЁ])", text[a:b])
        if (w and len(text[a + w.end():b].split()) >= 2 and not _unexplained(w.group(1))
                and _governing_noun(w.group(1))):
            a += w.end()  # an oblique common noun governs the name: «Комиссии», «Докладчиком»
            continue
        return a, b
    return a, b


def _looks_like_name(s: str) -> bool:
    words = [m.group() for m in TOKEN.finditer(s)]
    if not (1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w not in ("-", "’"))):
        return False
    # at least one word no dictionary explains as a common word («Секретариатом» is not a name)
    return any(_unexplained(w) for w in words if w[:1].isalpha())


def _overlaps_country(countries, a, b):
    return any(c.start < b and a < c.end for c in countries)


def _role(before: str, nearest_first: bool = False):
    """The role word nearest before the name, within its sentence (or the
    first one of an apposition after it, with ``nearest_first``)."""
    best, best_key, best_pos = None, (-10**6, 0), -1
    window = before[-250:]
    for rx, role in ROLES:
        for m in rx.finditer(window):
            key = (-m.start() if nearest_first else m.end(), m.end() - m.start())  # nearest, then longest
            if key > best_key:
                best, best_key, best_pos = role, key, m.start()
    if best == "представитель" and not re.search(r"представител\w*\s+[А-ЯЁ]", window[best_pos:]):
        # «представители следующих государств: …» is about states, not this person
        best = None if re.search(r"представител\w+\s+следующ", window[best_pos:]) else best
    return best


def _country(text, end, countries, sent, start):
    """Code of the bracketed country after the name, or of the state the
    sentence says the person represents."""
    m = re.match(r"\s*\(", text[end:end + 3])
    if m:
        pos = end + m.end()
        for c in countries:
            if c.start == pos:
                return c.norm["code"]
    if sent is not None:
        rep = None
        for m in re.finditer(r"представител\w*|наблюдател\w*\s+от|делегаци\w*", text[sent.start:start], re.I):
            rep = sent.start + m.end()
        if rep is not None:
            after = [c for c in countries if rep <= c.start < start]
            if after:
                return after[0].norm["code"]
    return None
