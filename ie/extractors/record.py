"""The meeting record: one document's answer to "who, when, where, under what".

Built in the pipeline from a document's finished spans and the reading text
the pipeline already made (for the body, city and organisations); every
value keeps the original span it came from as provenance (``span``:
[start, end]).

>>> import ie
>>> m = ie.meeting("Вена, 12 и 13 октября 2021 года. Совещание открыла Председатель "
...               "Рабочей группы Манижа Бахтари (Афганистан).")
>>> m.city["value"], m.dates["start"], m.chairs[0]["name"], m.chairs[0]["country"]
('Вена', '2021-10-12', 'Манижа Бахтари', 'AF')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .. import morph
from ..doc import Meeting

__all__ = ["Meeting", "build", "CITIES"]

# Conference venues of the UN system: nominative -> forms written after «в».
CITIES = {
    "Вена": ("Вена", "Вене"), "Нью-Йорк": ("Нью-Йорк", "Нью-Йорке"), "Женева": ("Женева", "Женеве"),
    "Найроби": ("Найроби",), "Бангкок": ("Бангкок", "Бангкоке"), "Аддис-Абеба": ("Аддис-Абеба", "Аддис-Абебе"),
    "Сантьяго": ("Сантьяго",), "Бейрут": ("Бейрут", "Бейруте"), "Рим": ("Рим", "Риме"),
    "Париж": ("Париж", "Париже"), "Гаага": ("Гаага", "Гааге"), "Бонн": ("Бонн", "Бонне"),
    "Монреаль": ("Монреаль", "Монреале"), "Доха": ("Доха", "Дохе"), "Киото": ("Киото",),
    "Абу-Даби": ("Абу-Даби",), "Шарм-эш-Шейх": ("Шарм-эш-Шейх", "Шарм-эш-Шейхе"),
    "Мерида": ("Мерида", "Мериде"), "Палермо": ("Палермо",), "Сальвадор": ("Сальвадоре",),
}
_CITY_FORMS = {f: c for c, forms in CITIES.items() for f in forms}
CITY_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _CITY_FORMS), key=len, reverse=True)) + r")(?![\w-])")
BODY_HEAD = re.compile(
    r"(?<![\w-])(Рабоч(?:ая|ей|ую|ею)\s+групп(?:а|ы|е|у|ой)|Конференци(?:я|и|ю|ей)\s+(?:участников|Участников|государств-участников)|"
    r"Комисси(?:я|и|ю|ей)|Совет(?:а|у|ом|е)?|Комитет(?:а|у|ом|е)?|Подкомитет(?:а|у|ом|е)?|Групп(?:а|ы|е|у|ой)\s+экспертов)(?![\w-])"
)
WEEKDAYS = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
# the dateline: «Вена, 12 и 13 октября 2021 года», «Нью-Йорк,\nв четверг, 28 сентября 2023 года»
HEADER_CITY = re.compile(r"(?:" + "|".join(map(re.escape, CITIES)) + rf"),\s*(?:во?\s+(?:{WEEKDAYS}),\s*)?$")
# the heading of a General Assembly or Security Council document, and of their committees
# (an ECOSOC heading stands above its commission's, which the body rule finds)
UN_HEADING = re.compile(r"(?m)^[ \t*#_]*(?P<organ>Генеральная Ассамблея|Совет Безопасности)[ \t*_]*$")
COMMITTEE_HEADING = re.compile(
    r"(?m)^[ \t*#_]*(?P<committee>(?:Первый|Второй|Третий|Четвертый|Пятый|Шестой|Главный|Генеральный) комитет"
    r"|Специальный политический комитет и комитет по деколонизации(?: \(Четвертый комитет\))?"
    r"|Комиссия по разоружению|Консультативный комитет по административным и бюджетным вопросам"
    r"|Контртеррористический комитет|Комитет Совета Безопасности,? учрежденный резолюци[ейями]{2,3} [0-9][^\n*]{0,120}?)"
    r"[ \t*_]*$")
TAIL_WORD = re.compile(r"\s+([а-яё]+(?:-[а-яё]+)?)")
STOP_POS = {"VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "CONJ", "PRCL", "NPRO", "PRED", "ADJS", "NUMR"}
MAX_TAIL = 8
HEADER_ZONE = 1200  # original characters: where a document's header ends at the latest
_NOMINATIVE_HEAD = [
    (re.compile(r"^Рабоч\w+\s+групп\w+"), "Рабочая группа"),
    (re.compile(r"^Конференци\w+"), "Конференция"),
    (re.compile(r"^Комисси\w+"), "Комиссия"),
    (re.compile(r"^Совет\w*"), "Совет"),
    (re.compile(r"^Комитет\w*"), "Комитет"),
    (re.compile(r"^Подкомитет\w*"), "Подкомитет"),
    (re.compile(r"^Групп\w+\s+экспертов"), "Группа экспертов"),
]
ORG_LIST = re.compile(r"(?:межправительственн|неправительственн|организаци|учреждени|структур)\w*[^:]{0,300}:\s*(?P<items>[^.]+)", re.I)


def _unique(items, key):
    seen, out = set(), []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def _tail(text: str, pos: int) -> int:
    """End of a body's name after its head: lowercase words of a noun phrase
    («по вопросам международного сотрудничества»), up to a verb or clause."""
    end = pos
    for _ in range(MAX_TAIL):
        m = TAIL_WORD.match(text, end)
        if not m:
            break
        word = m.group(1)
        p = morph.parse(word)[0]
        if p.tag.POS in STOP_POS or (p.tag.POS == "PREP" and word != "по"):
            break
        end = m.end()
    while end > pos and text[max(0, pos - 1):end].rsplit(None, 1)[-1] == "по":  # the tail only: linear
        end = text.rindex("по", pos, end) - 1
    return end


def _session(doc, header):
    """Which session or meeting: an ordinal in the header (before the
    meeting's dates, or just after them), else the most named, the highest
    of equals (earlier meetings are cited less than the present one)."""
    sessions = [s for s in doc.spans_of("MEETING")
                if s.norm["unit"] in ("сессия", "совещание") and isinstance(s.norm["ordinal"], int)]
    if not sessions:
        return None
    chosen = None
    if header is not None and header.start < HEADER_ZONE:
        zone = [s for s in sessions if s.start < header.end + 120]
        chosen = zone[0] if zone else None
    if chosen is None:
        counts = Counter((s.norm["ordinal"], s.norm["unit"]) for s in sessions)
        key = max(counts, key=lambda k: (counts[k], k[0]))
        chosen = next(s for s in sessions if (s.norm["ordinal"], s.norm["unit"]) == key)
    return {"ordinal": chosen.norm["ordinal"], "unit": chosen.norm["unit"], "span": [chosen.start, chosen.end]}


def _body(text: str, header_at=None):
    """The body whose meeting this is: the one named right before the
    header's city and dates («Рабочая группа по торговле людьми\nВена,
    12 и 13 октября 2021 года»), else the most named, with a name of its
    own."""
    found = []
    for m in BODY_HEAD.finditer(text):
        head = m.group(1)
        end = _tail(text, m.end())
        tail = re.sub(r"\s+", " ", text[m.end():end]).strip()
        nominative = next((n for rx, n in _NOMINATIVE_HEAD if rx.match(head)), head)
        if head.startswith("Конференци"):
            nominative, tail, end = "Конференция " + head.split()[-1].lower(), "", m.end()
        elif not tail:
            continue
        found.append((f"{nominative} {tail}".strip(), m.start(), end))
    if not found:
        return None
    if header_at is not None:
        near = [f for f in found if header_at - 80 <= f[2] <= header_at]
        if near:
            return near[-1]
    counts = Counter(v for v, _, _ in found)
    best = max(counts, key=lambda v: (counts[v], -min(a for x, a, _ in found if x == v)))
    a, b = next((a, b) for v, a, b in found if v == best)
    return best, a, b


def _organisations(text: str, countries):
    countries = sorted(countries)
    starts, ends = [a for a, _ in countries], [b for _, b in countries]
    out = []
    for m in ORG_LIST.finditer(text):
        if not re.search(r"(?:были|был[аои]?)\s+представлен", text[max(0, m.start() - 200):m.start("items")], re.I):
            continue
        items = m.group("items")
        base = m.start("items")
        depth, start = 0, 0
        pieces = []
        for i, ch in enumerate(items + ","):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth <= 0:
                pieces.append((start, i))
                start = i + 1
        for a, b in pieces:
            chunk = items[a:b]
            for sub in re.split(r"\s+и\s+(?=[А-ЯЁ])", chunk) if a == pieces[-1][0] else [chunk]:
                off = items.index(sub, a) if sub in items[a:] else a
                s = sub.strip()
                if not s or not s[:1].isupper():
                    continue
                lo = base + off + (len(sub) - len(sub.lstrip()))
                hi = lo + len(s)
                k = bisect_right(starts, lo) - 1  # countries are disjoint: only the one before can hold lo
                if k >= 0 and lo < ends[k]:
                    continue
                out.append({"name": re.sub(r"\s+", " ", s), "span": [lo, hi]})
    return out


def _un_heading(text: str):
    """(body, start, end) from the heading of a GA / Security Council
    document: its committee when one is named in the heading («Третий
    комитет»), else the organ («Генеральная Ассамблея»); original offsets."""
    zone = text[:HEADER_ZONE]
    organ = UN_HEADING.search(zone)
    if organ is None:
        return None
    committee = COMMITTEE_HEADING.search(zone, organ.end())
    m, group = (committee, "committee") if committee else (organ, "organ")
    return m.group(group), m.start(group), m.end(group)


def _header_dates(dates, reading_text, to_reading, un_heading=False):
    """The meeting's own dates: the dateline after a city («Вена, 12 и 13
    октября 2021 года», «Нью-Йорк, в четверг, 28 сентября 2023 года»); in a
    GA / Security Council document the first date of its heading; else the
    latest multi-day date, else the first full date."""
    full = [d for d in dates if d.norm["start"][:1] != "-" and d.norm["start"].count("-") == 2
            and not d.norm.get("year_inferred")]
    if not full:
        return None
    latest = max(d.norm["end"][:4] for d in full)

    def score(d):
        r = to_reading(d.start)
        after_city = bool(r is not None and HEADER_CITY.search(reading_text[max(0, r - 45):r]))
        in_heading = un_heading and d.start < HEADER_ZONE
        first_in_heading = -d.start if in_heading else 0  # the heading's own date, not a later one
        return (after_city, in_heading, first_in_heading, d.norm["end"][:4] == latest, d.norm["start"] != d.norm["end"],
                -d.start)

    return max(full, key=score)


def _or(value, default):
    return default if value is None else value


def build(doc, reading) -> Meeting:
    """The meeting record of a finished Document, from its ``reading``
    (the normalised text the pipeline extracted from)."""
    rtext = reading.text
    to_reading = reading.reading_offset
    heading = _un_heading(doc.text)
    header = _header_dates(doc.spans_of("DATE"), rtext, to_reading, heading is not None)
    city = None
    if header is not None and to_reading(header.start) is not None:
        r = to_reading(header.start)
        for m in CITY_RE.finditer(rtext, max(0, r - 40), r):
            city = m
    if city is None:
        city = CITY_RE.search(rtext)
    session = _session(doc, header)
    speakers = doc.spans_of("SPEAKER")
    person = lambda s: {"name": s.norm["name"], "country": s.norm["country"], "role": s.norm["role"], "span": [s.start, s.end]}
    countries = doc.spans_of("COUNTRY")

    def states(role):
        return _unique([{"code": c.norm["code"], "name": c.norm["name"], "span": [c.start, c.end]}
                        for c in countries if c.norm.get("role") == role], key=lambda x: (x["code"], x["name"]))

    body = _body(rtext, to_reading(header.start) if header is not None else None)
    if heading is not None:
        body_value = {"value": heading[0], "span": [heading[1], heading[2]]}
    else:
        body_value = None if body is None else {"value": body[0], "span": list(reading.to_original(body[1], body[2]))}
    reading_countries = [(_or(to_reading(c.start), -1), _or(to_reading(c.end - 1), -2) + 1) for c in countries]
    orgs = []
    for o in _organisations(rtext, reading_countries):
        a, b = reading.to_original(*o["span"])
        orgs.append({"name": o["name"], "span": [a, b]})
    return Meeting(
        doc_id=doc.doc_id,
        body=body_value,
        session=session,
        city=None if city is None else {"value": _CITY_FORMS[city.group(1)], "span": list(reading.to_original(city.start(), city.end()))},
        dates=None if header is None else {"start": header.norm["start"], "end": header.norm["end"], "span": [header.start, header.end]},
        chairs=_unique([person(s) for s in speakers if s.norm["role"] in ("председатель", "сопредседатель")], key=lambda x: x["name"]),
        panel=_unique([person(s) for s in speakers if s.norm["role"] == "член дискуссионной группы"], key=lambda x: x["name"]),
        participants=states("participant"),
        speakers=states("speaker"),
        observers=states("observer"),
        organisations=_unique(orgs, key=lambda x: x["name"]),
        documents=_unique([{"symbol": s.norm["symbol"], "span": [s.start, s.end]} for s in doc.spans_of("DOCUMENT")],
                          key=lambda x: x["symbol"]),
        resolutions=_unique([{**s.norm, "span": [s.start, s.end]} for s in doc.spans_of("RESOLUTION")],
                            key=lambda x: (x["kind"], x["number"])),
    )
