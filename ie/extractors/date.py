"""DATE: calendar dates, ranges, lists of days, months and years.

A small parser over reading-text tokens.  Sub-rules, each named in
``explain``:

- ``days-month-year``: «17–21 октября 2022 года», «12 и 13 октября 2021 года»,
  «Тридцатого июля 2021 года», «13 October 2021»;
- ``range``: «30 ноября – 2 декабря 2022 года», «2013 по 2019 год»;
- ``month-year``: «мае 2022 года»;
- ``year``: «2024 год», «за 2015 год», «(Vienna, 2021)»;
- ``year-citation``: «Нью-Йорк, 2015», «Мировой доклад о наркотиках (2015)»;
- ``numeric``: «23/08/2005», «23.08.2005», «2013-01-10»;
- ``inferred-year``: «27 июня» takes the year of the nearest EARLIER full
  date; with none it keeps ISO's year-less form (``no-year``: «--06-27»);
- ``days-list``: a list of days that goes back («25 и 2 марта») is two dates.

Ends out of order are never a range: a backwards range of days («17–2
октября») keeps its valid part, two full dates out of order are two dates, a
range across a year end takes the earlier year («с ноября по февраль 2023
года»).  Not dates: times («10:00–13:00»), numbers inside symbols and job
numbers, a month or a day number alone.

>>> from ie.pipeline import extract
>>> [(s.text, s.norm) for s in extract("Вена, 17–21 октября 2022 года").spans_of("DATE")]
[('17–21 октября 2022 года', {'start': '2022-10-17', 'end': '2022-10-21'})]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..resources import cached
from .lexicon import cardinal_words, fold, month_number, ordinal_words

__all__ = ["DateExtractor"]

YEAR_WORDS = {"год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах", "г", "гг"}
RANGE_WORDS = {"-", "–", "—", "−", "по"}  # «7−31 октября»: U+2212 too
LIST_WORDS = {",", "и"}
MAX_DAYS = 10  # a list of days is bounded
MONTH_YEAR_ONLY = re.compile(r"^(?:19|20)[0-9]{2}$")
DECADE = re.compile(r"^((?:1[0-9]|20)[0-9]0)-(?:е|х|ые|ых|м|ми)$")  # «в 1980-е годы», «в начале 2000-х»
YEAR_SUFFIXED = re.compile(r"^((?:19|20)[0-9]{2})-(?:го|м|й)$")  # «в апреле 1945-го», «в 1945-м году»
EVERY = {"каждого", "каждый", "каждом", "ежегодно"}
ENGLISH_BEFORE_YEAR = {"for", "of", "in", "since"}  # «Statistics for 2010;» in an English title
ENGLISH_TITLE_BEFORE_YEAR = {"Report", "Yearbook", "Review", "Survey", "Outlook"}  # «IAEA Annual Report 2016»
PREPOSITIONS = {"в", "к", "до", "с", "после", "начиная", "около"}
YEAR_END = {".", ",", ";", ":", "—", "–", ")"}
ORIGINAL_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")


@cached
def _starters() -> frozenset:
    """Folded words a date may open with: months, ordinal and cardinal day words."""
    from .lexicon import months

    return frozenset(months()) | frozenset(ordinal_words()) | frozenset(cardinal_words())


def _num(s: str) -> bool:
    """ASCII digits only: «²» and «٢» are digits to ``str.isdigit`` but not day numbers."""
    return s.isascii() and s.isdigit()


@dataclass
class Point:
    start: int  # token index of the first token
    end: int  # token index after the last token
    days: list
    month: int | None
    year: int | None
    has_year_word: bool = False
    marks: tuple = ()  # per day: (first token, next token, separator before it)


class DateExtractor:
    label = "DATE"

    def warm(self):
        _starters()

    def __call__(self, ctx):
        toks = ctx.tokens
        text = ctx.text
        out = []
        found = []  # (Point or tuple of Points, rule)
        i = 0
        starters = _starters()
        n = len(toks)
        while i < n:
            w = toks[i].text
            if not (w[:1].isdigit() or w == "[" or fold(w) in starters):
                i += 1  # no date starts here: a day, month, year or day word opens every one
                continue
            hit = self._at(toks, text, i, ctx.reading)
            if hit is None:
                i += 1
                continue
            if hit[2] is not None:
                found.extend(_ordered(hit))
            i = hit[1]
        # year inference from the nearest EARLIER full date only; none: ISO's year-less form
        last_full = None
        for start_i, end_i, points, rule in found:
            if all(p.year for p in points):
                if any(p.days and p.month for p in points):
                    last_full = points[-1]
                out.append(ctx.span(toks[start_i].start, toks[end_i - 1].end, "DATE", _norm(points), rule))
                continue
            inferred = last_full is not None
            if inferred:
                for p in points:
                    p.year = p.year or last_full.year
                if len(points) == 2 and _key(points[0], True) > _key(points[1], False):
                    points[1].year = points[0].year + 1  # «30 декабря – 2 января» after a date of December
            pieces = [points] if _key(points[0], True) <= _key(points[-1], False) else [[p] for p in points]
            for piece in pieces:  # a year-less range across a year end is two dates
                norm = _norm(piece)
                if inferred:
                    norm["year_inferred"] = True
                out.append(ctx.span(toks[piece[0].start].start, toks[piece[-1].end - 1].end, "DATE", norm,
                                    rule + ("+inferred-year" if inferred else "+no-year")))
        return out

    # -- parsing -----------------------------------------------------------
    def _at(self, toks, text, i, reading=None):
        num = _numeric(toks, text, i)
        if num:
            j = num[1]
            if j < len(toks) and toks[j].text in RANGE_WORDS:  # «15.06.2022 по 17.06.2022»
                other = _numeric(toks, text, j + 1)
                if other:
                    return num[0], other[1], num[2] + other[2], "range"
            return num
        if _in_symbol(toks, text, i):
            return None
        if month_number(toks[i].text) and i and _num(toks[i - 1].text) and len(toks[i - 1].text) <= 2 \
                and not _in_symbol(toks, text, i - 1):  # «GC(58)/RES/10\nСентябрь 2014 года»: a symbol's number
            # «31 февраля 2021 года»: the day was rejected, so is the rest
            y = _year_at(toks, text, i + 1)
            return i, (y[1] if y else i + 1), None, "rejected"
        day = _split_digits(toks, text, i, reading)
        if day is not None:  # «2 6 July 2004» on a dateline
            month = month_number(toks[i + 2].text)
            y = _year_at(toks, text, i + 3)
            p = Point(i, y[1] if y else i + 3, [day], month, y[0] if y else None, bool(y and y[2]))
            _mend_year(toks, p, reading)
            return (i, p.end, [p], "split-digits") if p.year and day <= calendar.monthrange(p.year, month)[1] else None
        p = _point(toks, text, i)
        if p is None:
            return None
        if p.days and _mend_year(toks, p, reading):  # «28 November 200 8»
            return i, p.end, [p], "split-digits"
        points = [p]
        rule = "days-month-year" if p.days else ("month-year" if p.month else "year")
        j = p.end
        # a range or a second point: «30 ноября – 2 декабря 2022 года», «2013 по 2019 год»
        full = bool(p.month and p.year)  # «1 июля 2023 года по 30 июня 2024 года», «декабря 2022 года по июнь 2023 года»
        year_only = not p.month and not p.days and len(getattr(p, "years", ())) == 1  # «с 2005 года по 2010 год»
        if j < len(toks) and toks[j].text in RANGE_WORDS and (not p.has_year_word or full or year_only):
            q = _point(toks, text, j + 1)
            if q is not None and _compatible(p, q) and (not full or (q.month and q.year and bool(q.days) == bool(p.days))):
                year, month = p.year, p.month
                if p.days and not p.month:
                    p.month = q.month
                if not p.year and q.year:
                    # «с ноября по февраль 2023 года», «30 декабря – 2 января 2022 года»: across a year end
                    p.year = q.year - 1 if p.month and q.month and p.month > q.month else q.year
                across = not p.year and not q.year and p.month and q.month and p.month > q.month
                if _key(p, True) <= _key(q, False) or across:  # across: the year, inferred later, changes
                    points = [p, q]
                    rule = "range"
                    j = q.end
                else:  # ends out of order: not a range; each end is read on its own
                    p.year, p.month = year, month
        last = points[-1]
        if not last.month and not last.has_year_word:
            # a bare year: a citation «(Vienna, 2021)», a year after a preposition before a
            # stop «В 1976 — поступил», or a range sharing the year word of the next one
            # «в 1985—1990 и 2006—2011 годах»
            if _citation_year(toks, i, j, text, reading) or _english_year(toks, i, j):
                rule = "year-citation"
            elif len(getattr(last, "years", ())) == 1 and len(getattr(points[0], "years", ())) == 1 \
                    and _year_after_preposition(toks, i, j):  # «В 1995—2000 — председатель»
                rule = "year"
            elif len(points) == 2 and _shares_year_word(toks, text, j):
                rule = "range"
            else:
                return None
        if len(points) == 1 and p.days and p.month and not p.year and j + 1 < len(toks) and toks[j].text in LIST_WORDS:
            q = _point(toks, text, j + 1)  # «30 июня и 1 июля 2019 года»: the year written once for both
            if q is not None and q.days and q.month and q.year and (q.month, q.days[0]) > (p.month, p.days[-1]):
                p.year = q.year
        if last.month and not last.days and not last.year and not getattr(last, "bare", False):
            return None  # a month alone recurs every year: not a date (but «в августе» names one)
        return points[0].start, j, points, rule


def _in_symbol(toks, text, i):
    t = toks[i]
    before = text[t.start - 1] if t.start else " "
    after = text[t.end] if t.end < len(text) else " "
    if not _num(t.text):
        return False
    if before == "-" and re.search(r"(?:^|[\s(\[])[0-9]{1,2}[ ]?$", text[max(0, t.start - 5):t.start - 1]):
        return False  # «9-18 октября»: a range of days, not a job number
    if before == "-" and len(t.text) == 4 and re.search(r"(?:^|[\s(\[])(?:1[0-9]|20)[0-9]{2}$", text[max(0, t.start - 6):t.start - 1]):
        return False  # «1998-2001 гг.»: a range of years
    return before in "/.-_#№" or after in "/:_" or (after == "." and t.end + 1 < len(text) and _num(text[t.end + 1]))


def _day_at(toks, text, i):
    """(day, next index, first index) for a day number or day word at ``i``."""
    t = toks[i].text
    j = i
    if t == "[" and i + 1 < len(toks):
        j = i + 1
        t = toks[j].text
    if _num(t) and len(t) <= 2 and 1 <= int(t) <= 31 and not _in_symbol(toks, text, j):
        k = j + 1
        if k < len(toks) and toks[k].text == "]":
            k += 1
        return int(t), k, j
    w = fold(t)
    if w in cardinal_words() and cardinal_words()[w] in (20, 30) and j + 1 < len(toks):
        nxt = ordinal_words().get(fold(toks[j + 1].text))
        if nxt and nxt < 10 and cardinal_words()[w] + nxt <= 31:
            return cardinal_words()[w] + nxt, j + 2, j
    v = ordinal_words().get(w)
    if v and v <= 31 and j + 1 < len(toks) and month_number(toks[j + 1].text):
        return v, j + 1, j
    return None


def _days(toks, text, i):
    """A day, a list or range of days: (days, is_range, next, first index)."""
    first = _day_at(toks, text, i)
    if first is None:
        return None
    days, j, begin = [first[0]], first[1], first[2]
    marks = [(first[2], first[1], None)]
    is_range = False
    for _ in range(MAX_DAYS):
        if j + 1 >= len(toks):
            break
        sep = toks[j].text
        if sep in LIST_WORDS or sep in ("-", "–", "—", "−", "по"):
            nxt = _day_at(toks, text, j + 1)
            if nxt is None:
                break
            if sep in ("-", "–", "—", "−", "по"):
                is_range = True
            days.append(nxt[0])
            marks.append((nxt[2], nxt[1], sep))
            j = nxt[1]
            continue
        break
    return days, is_range, j, begin, marks


def _historic_year(toks, j):
    """«в 1812 году», «1861-1865 годов»: a year before 1900 only with a year word
    after it, or opening a range or list of years."""
    t = toks[j].text
    if not (len(t) == 4 and t.isascii() and t.isdigit() and "1000" <= t < "1900"):
        return False
    nxt = fold(toks[j + 1].text) if j + 1 < len(toks) else ""
    if nxt in YEAR_WORDS:
        return True
    return (nxt in RANGE_WORDS or nxt in LIST_WORDS) and j + 2 < len(toks) and len(toks[j + 2].text) == 4 and _num(toks[j + 2].text)


def _year_at(toks, text, j):
    if j < len(toks) and (MONTH_YEAR_ONLY.match(toks[j].text) or _historic_year(toks, j)) and not _in_symbol(toks, text, j):
        k = j + 1
        word = False
        latin_r = k + 1 < len(toks) and toks[k].text == "r" and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end
        if k < len(toks) and (fold(toks[k].text) in YEAR_WORDS or latin_r):  # «1980 r.»: a Latin r for «г.»
            word = True
            if toks[k].text in ("г", "гг", "r") and k + 1 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end:
                k += 1
            elif toks[k].text == "г" and [t.text for t in toks[k + 1:k + 4]] in (["о", "д", "а"], ["о", "д", "у"]):
                k += 3  # letter-spaced «1964 г о д а»
            k += 1
        return int(toks[j].text), k, word
    m = YEAR_SUFFIXED.match(toks[j].text) if j < len(toks) else None
    if m:
        k = j + 1
        if k < len(toks) and fold(toks[k].text) in YEAR_WORDS:
            k += 1
        return int(m.group(1)), k, True
    return None


def _point(toks, text, i):
    """One date point at ``i``: days+month(+year), month+year, or year."""
    if i >= len(toks):
        return None
    lost = _lost_dash(toks, text, i)
    if lost is not None:
        return lost
    d = _days(toks, text, i)
    if d is not None:
        days, _, j, begin, marks = d
        if j < len(toks) and month_number(toks[j].text):
            month = month_number(toks[j].text)
            if any(day > calendar.monthrange(2000, month)[1] for day in days):
                return None
            y = _year_at(toks, text, j + 1)
            if y:
                return Point(begin, y[1], days, month, y[0], y[2], tuple(marks))
            return Point(begin, j + 1, days, month, None, False, tuple(marks))
    # English «October 13, 2021»
    m = month_number(toks[i].text)
    if m:
        y = _year_at(toks, text, i + 1)
        if y:
            return Point(i, y[1], [], m, y[0], y[2])
        k, months_ = i + 1, [m]
        while k + 1 < len(toks) and toks[k].text in LIST_WORDS and month_number(toks[k + 1].text) and len(months_) < 12:
            months_.append(month_number(toks[k + 1].text))
            k += 2
        if len(months_) > 1:
            y = _year_at(toks, text, k)  # «феврале, мае и ноябре 2023 года»: a list of months
            if y:
                p = Point(i, y[1], [], m, y[0], y[2])
                p.end_month, p.end_month_at = months_[-1], k - 1
                return p
        if i + 2 < len(toks) and toks[i + 1].text in RANGE_WORDS and month_number(toks[i + 2].text):
            y = _year_at(toks, text, i + 3)  # «январе–марте 2022 года»: a month range
            if y:
                p = Point(i, y[1], [], m, y[0], y[2])
                p.end_month, p.end_month_at = month_number(toks[i + 2].text), i + 2
                if p.end_month < m:  # «с ноября по февраль 2023 года»: across a year end
                    p.year, p.end_year = y[0] - 1, y[0]
                return p
        if i and toks[i - 1].text.lower() in ("в", "во") and toks[i].text[:1].islower() \
                and not (i + 1 < len(toks) and fold(toks[i + 1].text) in EVERY):  # «в июле каждого года» recurs
            p = Point(i, i + 1, [], m, None)  # «в августе»: a month, its year inferred or not written
            p.bare = True
            return p
        if (toks[i].text[:1].isupper() or not (i and _num(toks[i - 1].text))) and i + 3 < len(toks) \
                and _num(toks[i + 1].text) and toks[i + 2].text == ",":  # «October 13, 2021», «февраля 29, 2008»
            y = _year_at(toks, text, i + 3)
            if y and 1 <= int(toks[i + 1].text) <= 31:
                return Point(i, y[1], [int(toks[i + 1].text)], m, y[0], y[2])
        return None
    dec = DECADE.match(toks[i].text)
    if dec:  # a decade: the ten years it names
        k = i + 1
        if k < len(toks) and fold(toks[k].text) in YEAR_WORDS:
            k += 1
        p = Point(i, k, [], None, int(dec.group(1)), True)
        p.years, p.years_at = [p.year, p.year + 9], [i, i]
        return p
    y = _year_at(toks, text, i)
    if y:
        # a list of years «2022 и 2023 годах»
        years, j, word, at = [y[0]], y[1], y[2], [i]
        while not word and j + 1 < len(toks) and toks[j].text in LIST_WORDS:
            nxt = _year_at(toks, text, j + 1)
            if nxt is None or (not nxt[2] and nxt[1] < len(toks) and toks[nxt[1]].text in RANGE_WORDS):
                break  # «1985—1990 и 2006—2011 годах»: the next year opens a range of its own
            years.append(nxt[0])
            at.append(j + 1)
            j, word = nxt[1], nxt[2]
        p = Point(i, j, [], None, years[0], word)
        p.years, p.years_at = years, at
        return p
    return None


def _lost_dash(toks, text, i):
    """«711 ноября 2005 года»: a range of days whose dash the PDF lost (7–11), read so
    only when the digits split into exactly one increasing pair of days of that month."""
    t = toks[i].text
    if not (_num(t) and len(t) in (3, 4) and i + 1 < len(toks) and month_number(toks[i + 1].text)) or _in_symbol(toks, text, i):
        return None
    y = _year_at(toks, text, i + 2)
    if not y:
        return None
    month = month_number(toks[i + 1].text)
    last = calendar.monthrange(y[0], month)[1]
    splits = [(int(t[:k]), int(t[k:])) for k in range(1, len(t)) if t[k] != "0" and 1 <= int(t[:k]) < int(t[k:]) <= last]
    if len(splits) != 1:
        return None
    return Point(i, y[1], list(splits[0]), month, y[0], y[2])


def _split_digits(toks, text, i, reading):
    """Digits a PDF split with a space on a dateline of their own: «2 6 July 2004» (26),
    «28 November 200 8» (2008).  (day index, day) or None; the year is mended in ``_mend_year``."""
    if reading is None or i + 2 >= len(toks):
        return None
    a, b = toks[i], toks[i + 1]
    if not (_num(a.text) and _num(b.text) and len(a.text) == 1 and len(b.text) == 1 and b.start == a.end + 1):
        return None
    if not month_number(toks[i + 2].text) or not _line_starts_at(reading, a.start):
        return None
    day = int(a.text + b.text)
    return day if 10 <= day <= 31 else None


def _mend_year(toks, p, reading):
    """«28 November 200 8» at the end of its line: the year split by a space."""
    j = p.end
    if reading is None or p.year or not p.month or j + 1 >= len(toks):
        return False
    a, b = toks[j], toks[j + 1]
    if not (_num(a.text) and len(a.text) == 3 and a.text[:2] in ("19", "20") and _num(b.text) and len(b.text) == 1
            and b.start == a.end + 1 and _line_ends_after(reading, b.end)):
        return False
    p.year, p.end = int(a.text + b.text), j + 2
    return True


def _line_starts_at(reading, r):
    o = reading.offset(r)
    k = o
    while k > 0 and reading.original[k - 1] in " \t":
        k -= 1
    return k == 0 or reading.original[k - 1] == "\n"


def _key(p, first):
    """A point's first (or last) day as a comparable tuple; 0 where not written."""
    year = p.year if first else getattr(p, "end_year", getattr(p, "years", [p.year])[-1])
    month = p.month if first else getattr(p, "end_month", p.month)
    day = (p.days[0] if first else p.days[-1]) if p.days else 0
    return (year or 0, month or 0, day)


def _ordered(hit):
    """Hits whose ends are in order.  A list of days that goes back («25 и 2
    марта») is several dates; a range of days that goes back («17–2 октября»)
    is no range: only the part after it is a date; a list of years or months
    that goes back keeps its last item."""
    start_i, end_i, points, rule = hit
    if len(points) != 1:
        return [hit]
    p = points[0]
    if p.days and p.marks and any(b < a for a, b in zip(p.days, p.days[1:])):
        runs, run = [], [0]
        for k in range(1, len(p.days)):
            if p.days[k] >= p.days[k - 1]:
                run.append(k)
                continue
            if p.marks[k][2] in LIST_WORDS:
                runs.append(run)
            run = [k]
        out = []
        for r in runs:
            q = Point(p.marks[r[0]][0], p.marks[r[-1]][1], [p.days[k] for k in r], p.month, p.year)
            out.append((q.start, q.end, [q], "days-list"))
        last = Point(p.marks[run[0]][0], p.end, [p.days[k] for k in run], p.month, p.year, p.has_year_word)
        out.append((last.start, last.end, [last], rule))
        return out
    years = getattr(p, "years", None)
    if years and any(b < a for a, b in zip(years, years[1:])):
        p.start, p.year, p.years = p.years_at[-1], years[-1], years[-1:]
        return [(p.start, end_i, [p], rule)]
    end_month = getattr(p, "end_month", None)
    if end_month and p.month and _key(p, True) > _key(p, False):
        p.start, p.month = p.end_month_at, end_month
        del p.end_month
        return [(p.start, end_i, [p], rule)]
    return [hit]


def _year_after_preposition(toks, i, j):
    """«В 1976 — поступил во ВГИК», «в 2014.»: a year after «в», «к», «с» … before a stop."""
    return (i > 0 and fold(toks[i - 1].text) in PREPOSITIONS
            and (j >= len(toks) or toks[j].text in YEAR_END))


def _shares_year_word(toks, text, j):
    """«1985—1990 и 2006—2011 годах»: the next range (or year) of the list carries the word."""
    if j + 1 >= len(toks) or toks[j].text not in LIST_WORDS:
        return False
    q = _point(toks, text, j + 1)
    if q is None or q.month or q.days:
        return False
    if q.has_year_word:
        return True
    if q.end + 1 < len(toks) and toks[q.end].text in RANGE_WORDS:
        r = _point(toks, text, q.end + 1)
        return r is not None and not r.month and r.has_year_word
    return False


def _english_year(toks, i, j):
    """«Statistics for 2010;», «Convention … of 1971 (E/INCB/2011/3)» in an English title,
    «© UNESCO 2009»: a year of its own."""
    if j != i + 1:
        return False
    if i >= 2 and "©" in (toks[i - 1].text, toks[i - 2].text):
        return True
    if i >= 1 and toks[i - 1].text in ENGLISH_TITLE_BEFORE_YEAR:
        return True
    return (i >= 1 and toks[i - 1].text in ENGLISH_BEFORE_YEAR
            and (j >= len(toks) or toks[j].text in (";", ")", "(", ".", ",") or toks[j].text[:1].isupper()))


def _compatible(p, q):
    if p.days and not p.month:
        return bool(q.days and q.month)
    if p.days and p.month:
        return bool(q.days and q.month)
    if p.month:
        return bool(q.month)
    return not q.month and not q.days and bool(q.year)


def _line_ends_after(reading, r):
    """Whether the original line ends right after reading offset ``r`` (a
    running header the reading text dropped may follow: «Нью-Йорк, 2015\nA/70/1»)."""
    if reading is None or r <= 0:
        return False
    o = reading.offset(r - 1) + 1
    return ORIGINAL_LINE_END.match(reading.original, o) is not None


def _citation_year(toks, i, j, text="", reading=None):
    """«(Vienna, 2021)», «Нью-Йорк, 2015»: a year after a capitalised place;
    «Мировой доклад о наркотиках (2015)»: a year in brackets after a title."""
    if (i >= 2 and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")" and j == i + 1
            and (toks[i - 2].text[-1:].isalpha() or toks[i - 2].text in ("»", '"'))):
        return True
    if i < 2 or toks[i - 1].text != "," or not toks[i - 2].text[:1].isupper():
        return False
    return (j >= len(toks) or toks[j].text in (")", ".", ";", "]") or "\n" in text[toks[j - 1].end:toks[j].start]
            or _line_ends_after(reading, toks[j - 1].end))


def _numeric(toks, text, i):
    """«23/08/2005», «23.08.2005»."""
    if i + 4 >= len(toks) or not _num(toks[i].text):
        return None
    a, s1, b, s2, c = (toks[i + k] for k in range(5))
    if not (_num(a.text) and _num(b.text) and _num(c.text)):
        return None
    if s1.text != s2.text or s1.text not in "/.-" or a.end != s1.start or s1.end != b.start or b.end != s2.start or s2.end != c.start:
        return None
    if s1.text == "-":  # ISO «2013-01-10»
        if not (MONTH_YEAR_ONLY.match(a.text) and len(b.text) == 2 and len(c.text) == 2):
            return None
        year, month, day = int(a.text), int(b.text), int(c.text)
    else:
        if len(c.text) != 4:
            return None
        year, month, day = int(c.text), int(b.text), int(a.text)
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None  # «31.02.2005» is no date
    before = text[a.start - 1] if a.start else " "
    after = text[c.end] if c.end < len(text) else " "
    if before in "/.-" or before.isalnum() or after in "/-" or after.isalnum():
        return None
    p = Point(i, i + 5, [day], month, year)
    return i, i + 5, [p], "numeric"


def _iso(year, month=None, day=None):
    if year is None:  # ISO 8601's year-less day: «27 июня» -> --06-27
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _norm(points):
    first, last = points[0], points[-1]
    if first.days:
        start = _iso(first.year, first.month, first.days[0])
    elif first.month:
        start = _iso(first.year, first.month)
    else:
        start = _iso(first.year)
    if last.days:
        end = _iso(last.year, last.month, last.days[-1])
    elif last.month:
        end = _iso(getattr(last, "end_year", last.year), getattr(last, "end_month", last.month))
    else:
        end = _iso(getattr(last, "years", [last.year])[-1])
    return {"start": start, "end": end}
