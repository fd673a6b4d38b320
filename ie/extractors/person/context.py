"""Context of a name: its role, whether it spoke, the state it represents."""

from __future__ import annotations

import re

from ... import morph
from .patterns import FINITE_SPOKE, NATIONAL_DELEGATION, NATIONALITY, LIST_INTRO_REACH, GIVES_FLOOR, HEADING_REACH, NAME_BRACKET_ROLE, FROM_STATE, ADDRESS_BEFORE, NOT_GOVERNING_BEFORE, SPEAKER_LABEL, DELEGATE_ROLES, ROLE_STEMS, BEFORE_REACH, FINITE, role_matches, SEAT_ROLES, SPOKE_BEFORE, SPOKE_REACH


def _list_role(window: str):
    """The seat role that introduces a list the name stands in: «дискуссионная
    группа в следующем составе: A, министр …; B, …», «Заместители
    Председателя: A (X); B (Y)»; job titles of earlier items do not count."""
    colon = window.rfind(":")
    if colon < 0 or "." in window[colon:].replace("г.", "").replace("ст.", ""):
        return None
    intro, items = window[max(0, colon - 120):colon], window[colon:]
    if any(role in SEAT_ROLES for _, role in role_matches(items)):
        return None  # a role of its own inside the list («…; Докладчик: D»)
    found = [(m.end(), m.end() - m.start(), role) for m, role in role_matches(intro)
             if role in SEAT_ROLES and _governs_name(intro, m) and not intro[m.end():].lstrip().startswith(",")]
    # the role heads the list: «Заместители Председателя:», «… в следующем составе:» (not a role far back
    # in an earlier entry: «OVERVAD, посол, Постоянный представитель, Женева ЧЛЕНЫ … Page 2:»)
    found = [f for f in found if len(intro) - f[0] <= LIST_INTRO_REACH]
    return max(found)[2] if found else None  # nearest the colon, then longest («Заместители Председателя»)


def _genitive(phrase: str) -> bool:
    """Is a role phrase in the genitive («Генерального секретаря»)?"""
    words = re.findall(r"[А-ЯЁа-яё-]+", phrase)
    return bool(words) and all(any(p.tag.case == "gent" for p in morph.parse(w)) for w in words[-2:])


def _cases(phrase: str) -> set:
    """The cases the last word of a role phrase can be in: «представитель» nomn/accs,
    «Председателем» ablt, «председателю» only datv (none for a phrase with no word)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", phrase)
    return {p.tag.case for p in morph.parse(words[-1])} if words else set()


COPULA = re.compile(r"явл[а-яё]{1,6}(?:ся|сь)")  # «является», «являлась», «являющийся» (an OCR's «явллется» too)


def _verb_between(gap: str, pos=FINITE, copula=False) -> bool:
    """Does a finite verb (a word of ``pos``) stand between a role word and the name?
    With ``copula``, «является» links the role to the name rather than
    ending its clause («Председателем комитета является делегат X»)."""
    for w in re.findall(r"[а-яё]+(?:-[а-яё]+)*", gap):  # («англо-американского» is one word, no verb «англо»)
        if len(w) > 3 and morph.parse(w)[0].tag.POS in pos and not (copula and COPULA.fullmatch(w)):
            return True
    return False


def _spoke_before(before: str, a: int, taken, pattern=SPOKE_BEFORE, apart=None, same_line=None, oblique=False,
                  told=False) -> bool:
    """«С заявлением выступил г-н X», «выступили Директор-исполнитель … X»:
    a speaking verb (``pattern``) before the name, with no other name in between
    but those of a list the verb governs («с трибуны выступят президент X, глава Y»).
    ``apart(lo, hi)``: does a new sentence start on a line of its own in between
    (a headline without a full stop: «… выступит на сессии\nОб этом сообщила X»)?
    ``same_line(lo, hi)``: is [lo, hi) on one line of the original?  A name right
    before the verb on its line is the verb's subject («Петрова выступит в Школе …
    Джона Кеннеди»), so a later name is not.  ``told``: a reporting verb opens
    the name's clause («…, сообщил советник X»), so a finite verb before its
    comma is the reported clause's («Президент Y выступит на сессии, …»)."""
    last = None
    before = before[-(SPOKE_REACH + 80):]  # a verb further back is out of reach anyway
    for m in pattern.finditer(before):
        last = m
    if last is None or len(before) - last.end() > SPOKE_REACH:
        return False
    if oblique and FINITE_SPOKE.match(last.group()):
        return False  # the verb's subject is nominative: «… выступит в Школе управления Джона Кеннеди»
    if told and FINITE_SPOKE.match(last.group()) and "," in before[last.end():]:
        return False  # «Президент Y сегодня выступит на Ассамблее, сообщил советник X»: Y's verb
    verb_at = a - (len(before) - last.end())
    if apart is not None and apart(verb_at, a):
        return False
    lead = before[:last.start()]
    gap = len(lead) - len(lead.rstrip(" \t"))
    name_end = a - (len(before) - last.start()) - gap  # where a name right before the verb, on its line, would end
    if (same_line is not None and 0 < gap <= 2 and lead[-gap - 1:-gap].isalpha() and taken.overlaps(name_end - 1, name_end)
            and same_line(name_end - 1, name_end + gap + 1)):
        return False
    between = before[last.end():]
    listed = ("," in between or re.search(r"\sи\s", between)) and not re.search(r"котор|[.;:()«»\"]|\s(?:что|где|когда)\s", between)
    end = taken.last_end(verb_at, a)
    if end is None:
        return True
    # the name before this one is an item of the verb's list only when a joiner follows it («… X, глава Y»), not
    # when the clause goes on («выступления Бориса Ельцина на сессии, ряд его заявлений в беседе с Y»)
    return bool(listed) and LIST_GAP.match(before[len(before) - (a - end):]) is not None


# what stands between two items of one list of names: «X (видеообращение), советник …, председатель … Y и
# генеральный секретарь CITES Z» (a joiner, then role words; no sentence end, no clause of its own)
LIST_GAP = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|и(?![\w-])|—)[^.;:!?«»\"()]{0,200}$")
CLAUSE_WORD = re.compile(r"котор|(?<![\w-])(?:что|где|когда|а(?!\s+также)|но|(?<!а\s)также)(?![\w-])", re.I)  # («, а также»: the list goes on)


def listed_after(text: str, prev_end: int, a: int, b: int) -> bool:
    """Does the name at ``a:b`` go on the list of the name ending at ``prev_end``
    («выступили X, …, Y и … Z»: Z spoke as X did; not «X и его заместитель Y
    покинули зал», a list that is the subject of a verb after it)?"""
    gap = text[prev_end:a]
    verb = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?([а-яё]{4,})", text[b:b + 80])
    if verb and _verb_between(verb.group(1)):
        return False
    return (len(gap) <= 220 and LIST_GAP.match(gap) is not None and CLAUSE_WORD.search(gap) is None
            and not _verb_between(gap, ("VERB", "INFN", "GRND")))


def _reported(said, after: str) -> bool:
    """Is the verb after a name one of reported speech in the past («заявил»,
    «приветствовал») rather than of taking the floor («выступил», «говорит»)?"""
    verb = re.match(r"[а-яё]+", after[said.start("verb"):].lower()).group()
    return verb.endswith(("л", "ла", "ли", "ло")) and not verb.startswith(
        ("выступ", "открыл", "закрыл", "представил", "внес", "сделал", "председательств"))


def _governs_name(window: str, m) -> bool:
    """Is a role word one a later name can stand with?  Not a form of address
    («Многоуважаемый Председатель,», «г-н Председатель»), not a verbatim
    record's speaker label («Председатель (говорит по-английски): …»), not a
    genitive after «по приглашению» («По приглашению Председателя г-н X …»)."""
    if ADDRESS_BEFORE.search(window, max(0, m.start() - 30), m.start()):
        return False
    if NOT_GOVERNING_BEFORE.search(window, max(0, m.start() - 30), m.start()):
        return False
    if re.match(r"\w*[ \t*]*:", window[m.end():]) and len(window) - m.end() > HEADING_REACH:
        return False  # «Председатель: г-н ПИЛЛАИ (…) Затем: … г-на Дьякону»: the heading seats the name after its colon
    if GIVES_FLOOR.match(window, m.end()):
        return False  # «Председатель предоставляет слово г-ну X»
    return not SPEAKER_LABEL.match(window, m.end())


def _role(before: str, nearest_first: bool = False, named_within=None):
    """The role word nearest before the name, within its sentence (or the
    first one of an apposition after it, with ``nearest_first``); a seat
    role of the same clause wins over a job title nearer the name
    («Председатель совещания, министр … г-жа X» -> председатель).
    ``named_within(n)``: does another name start in the last ``n`` characters?
    A role closed by a comma with a name after it is that name's apposition
    («Д-р A. OMER, посол, Постоянный представитель, Женева Г-н D. HACHEMI»)."""
    tail = before[-600:].lower()
    if not any(stem in tail for stem in ROLE_STEMS):
        return None  # no role word at all (a substring test, much cheaper than the patterns)
    if not nearest_first:
        listed = _list_role(before[-600:])
        if listed is not None:
            return listed
    best, best_key, best_pos = None, (-10**6, 0), -1
    window = before[-250:]
    if not nearest_first:  # a bracket after another name is that person's: «г-н ДЬЯКОНУ (Председатель) … г-на Дьякону»
        window = NAME_BRACKET_ROLE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), window)
    clause = max(window.rfind(". "), window.rfind(";"), window.rfind(":")) + 1
    seat, seat_key, seats, spans, seat_at = None, (-10**6, 0), [], [], (0, 0)
    for m, role in role_matches(window):
        if not _governs_name(window, m):
            continue
        spans.append((m.start(), m.end()))
        key = (-m.start() if nearest_first else m.end(), m.end() - m.start())  # nearest, then longest
        if key > best_key:
            best, best_key, best_pos = role, key, m.start()
        if role in SEAT_ROLES and m.start() >= clause and not nearest_first and _cases(m.group()) != {"datv"}:
            seats.append((key, role, m.start(), m.end()))  # (not one addressed: «обратился к председателю Совбеза»)
    if best is not None and not nearest_first:
        # «Специальным советником Генерального секретаря X»: the genitive role depends on the role before it
        heads = [(m.start(), r) for m, r in role_matches(window, 0, best_pos)
                 if not window[m.end():best_pos].strip() and window[best_pos:best_pos + 1].isalpha()
                 and _genitive(window[best_pos:best_key[0]])]
        if heads:
            best_pos, best = min(heads)
    best_span = (best_pos, best_key[0]) if not nearest_first else (best_pos, best_pos)
    for key, role, a, b in sorted(seats, reverse=True):
        if any(lo <= a and b <= hi and hi - lo > b - a for lo, hi in spans):
            continue  # part of a longer role: «специальным представителем Президента» holds «представителем»
        if not (best_span[0] <= a and b <= best_span[1]):  # «Специальный докладчик» holds «докладчик»
            seat, seat_key, seat_at = role, key, (a, b)
            break
    # («Председатель Совета, постпред Кот-д’Ивуара X»: the chair's seat over the delegate's)
    chair_over_delegate = (best in DELEGATE_ROLES and seat not in DELEGATE_ROLES
                           and "nomn" in _cases(window[seat_at[0]:seat_at[1]]))  # (not «после принятия поста председателя, …»)
    # «Председателем этого комитета является бельгийский делегат X»: the seat the copula gives
    copula = seat is not None and "ablt" in _cases(window[seat_at[0]:seat_at[1]])
    if seat is not None and (best not in SEAT_ROLES or chair_over_delegate) and not _verb_between(window[seat_key[0]:], copula=copula) and not (
            named_within is not None and named_within(len(window) - seat_key[0])):  # «председатель КНР Y, король Z»: Y's
        best, best_key = seat, seat_key
    if (best is not None and named_within is not None and not nearest_first and window[best_key[0]:].lstrip().startswith(",")
            and ((named_within(len(window) - best_key[0]) and "nomn" in _cases(window[best_pos:best_key[0]]))
                 or window[:best_pos].rstrip().endswith(","))):
        # an apposition of its own, between commas: «OVERVAD, посол, Постоянный представитель, Женева»
        # (a role in another case governs the list after its comma: «заместителей Председателя, д-ра A, г-жу B»)
        return None
    semi = window.rfind(";", best_key[0]) if best is not None and not nearest_first else -1
    if semi >= 0 and _verb_between(window[semi:], ("VERB", "INFN")):
        return None  # «…сопредседателям …;\n- выразить признательность X»: the role of an earlier clause of a list
    if (best is not None and not nearest_first and (best in DELEGATE_ROLES or re.search(r"\s[–—]\s", window[best_key[0]:]))
            and _verb_between(window[best_key[0]:])):
        return None  # «Представитель ЕС выразил …, сослался на исследование X»; a headline's items, «генсек ООН осудил удар – Небензя»
    if best in DELEGATE_ROLES and best != "наблюдатель" and not re.search(r"(?:представител|делах)\w*\s+[А-ЯЁ]", window[best_pos:]):
        # «представители следующих государств: …» is about states, not this person
        best = None if re.search(r"представител\w+\s+следующ", window[best_pos:]) else best
    return best


NATIONAL_DELEGATE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)\s+(?:делегат|представител|посол|посл|постпред)\w*\s+\Z")
NAME_AND = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+ и (?=[а-яё])")  # the end of a list's name, the next item's role


HEADED_BY = re.compile(r"(?<![\w-])[Дд]елегаци\w*\s+(?:[\w-]+\s+){1,4}?во\s+главе\s+со?\s")


def _country(text, end, countries, sent, start):
    """Code of the bracketed country after the name, or of the state the
    sentence says the person represents, and which of them it was
    (``bracket``, ``from``, ``represents``); (None, None) when none."""
    m = re.match(r"\s*\(", text[end:end + 3])
    if m:
        c = countries.at(end + m.end())
        if c is not None:
            return c.norm["code"], "bracket"
    m = FROM_STATE.match(text, end, end + 8)  # «Филемона Яна из Камеруна»
    if m:
        c = countries.at(m.end())
        if c is not None:
            return c.norm["code"], "from"
    if sent is not None:
        rep = None
        lo = max(sent.start, start - BEFORE_REACH)
        for m in re.finditer(r"представител\w*|наблюдател\w*\s+от|делегаци\w*|делегат(?:а|у|ом|ы|ов)?(?![\w-])|министр\w*|посол|посла|послом|постпред\w*|президент\w*|глав[аыеуо]\w*|корол[ьяюе]\w*|председател\w*\s+(?=КНР|КНДР)",
                             text[lo:start], re.I):
            rep = lo + m.end()
        if rep is not None:
            comma = text.rfind(",", rep, start)  # «президент США X, председатель КНР Y»: Y's own clause first
            # «советник президента Узбекистана X и генеральный секретарь Y»: Y's own (not «Антигуа и Барбуда»)
            joined = max((m.end() - 3 for m in NAME_AND.finditer(text, rep, start) if countries.covering(m.start()) is None),
                         default=-1)
            c = countries.first_in(max(comma, joined) + 1, start) if max(comma, joined) >= 0 else None
            c = c if c is not None or joined > comma else countries.first_in(rep, start)
            if c is not None:
                return c.norm["code"], "represents"
        # «бельгийский делегат X», «советский представитель А. Громыко»: the adjective right before the name's role
        m = NATIONAL_DELEGATE.search(text, lo, start)
        code = NATIONALITY.get(m.group(1).lower()) if m else None
        if code:
            return code, "represents"
        # «шведская делегация в составе г-на X, г-жи Y», «Российскую делегацию возглавит министр X»
        for m in NATIONAL_DELEGATION.finditer(text, lo, start):
            code = NATIONALITY.get(m.group(1).lower())
            # «руководитель российской делегации», «представитель российской делегации»
            head = re.search(r"(?:руководител|глав|представител|член)\w*\s+$", text[max(lo, m.start() - 20):m.start()], re.I)
            if code and (head or re.search(r"в\s+составе|возглав|во\s+главе", text[m.end():start])) and "." not in text[m.end():start]:
                return code, "delegation"
        # «Делегация Беларуси во главе с министром иностранных дел X»: the delegation's state heads the clause
        for m in HEADED_BY.finditer(text, lo, start):
            c = countries.first_in(m.start(), m.end())
            if c is not None and not re.search(r"[.;]", text[m.end():start]):
                return c.norm["code"], "delegation"
    return None, None
