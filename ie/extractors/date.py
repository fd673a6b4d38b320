"""DATE: calendar dates, ranges, lists of days, months and years.

A small parser over reading-text tokens.  Sub-rules, each named in
``explain``:

- ``days-month-year``: «17–21 октября 2022 года», «12 и 13 октября 2021 года»,
  «Тридцатого июля 2021 года», «13 October 2021»;
- ``range``: «30 ноября – 2 декабря 2022 года», «2013 по 2019 год»;
- ``month-year``: «мае 2022 года»;
- ``year``: «2024 год», «за 2015 год», «(Vienna, 2021)»;
- ``year-citation``: «Нью-Йорк, 2015», «Мировой доклад о наркотиках (2015)»;
- ``numeric``: «23/08/2005», «23.08.2005», «2013-01-10», «20.12.71», «Дата13.11.2012»
  (``date_numeric.py``); ``lost-dash``: «Лима, 1 12 декабря 2014 года», «2007 2008 годов»;
- ``inferred-year``: «27 июня» takes the year of the nearest EARLIER full date
  (a day or a month with its year); with none it keeps ISO's year-less form
  (``no-year``: «--06-27»);
- ``days-list``: a list of days that goes back («25 и 2 марта») is two dates;
- ``month-above``: a title page's month set alone on the line above the days
  («МАЯ\n\nЖЕНЕВА, 3 -14 1982г.»); ``glued-day``: a dateline's day glued to a
  summary record's number («SR.143714 August 2001»).

Years as biographies and lists write them: glued ranges («19461952»), two-digit
ends («1946-53»), a bare year after «в» before a verb or a name («В 1935
окончил»), letter-spaced years («1 9 6 0 г.»), decades with their century («80-е
годы XIX века»), a footnote number glued to a year in a list («196412 и 1965
годы»).  A year-less day after «отмечается/ежегодно» or a named observance («Всемирного дня …
(12 июня)») in its sentence recurs and is no date.

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

from .. import morph
from ..normalize import ORIGINAL_LINE_END
from .date_points import (ENGLISH_BEFORE_YEAR, ENGLISH_TITLE_BEFORE_YEAR, IMPRINT_CITIES, PREPOSITIONS,
                          YEAR_END, Point, _day_pair, _days, _line_starts_at, _norm, _point,
                          _split_digits, _starters, glued_day)
from .date_years import (LIST_WORDS, RANGE_WORDS, _in_symbol, _num, _spaced_year, proclaimed_day, recurs,
                         _year_at, line_year, token_end)
from .date_numeric import _day_month, _numeric, _numeric_days, _short_end_year, double_g, lost_dash
from .lexicon import fold, folded_words, month_number, ordinal_words
from .meeting import unit_forms
from .resolution import governing_forms

__all__ = ["DateExtractor"]


class DateExtractor:
    label = "DATE"

    def warm(self):
        _starters()

    def __call__(self, ctx):
        toks = ctx.tokens
        text = ctx.text
        out = []
        found = []  # (Point or tuple of Points, rule)
        starters = _starters()
        # a day, month, year or day word opens every date (read off the token
        # offsets: no Token is made for the many words that open none)
        starts = [k for k, f in enumerate(folded_words(toks))
                  if f[:1].isdigit() or f == "[" or f in starters
                  or "-" in f and f.partition("-")[0] in starters]  # «январе-марте»
        i = 0
        for k in starts:
            if k < i:
                continue
            hit = self._at(toks, text, k, ctx.reading)
            if hit is None:
                i = k + 1
                continue
            if hit[2] is not None:
                found.extend(_ordered(hit))
            i = hit[1]
        # year inference from the nearest EARLIER full date (a day or a month with its year:
        # «в декабре 2009 года … 11 июня» -> 2009; a year alone is not one); none: ISO's
        # year-less form
        last_full = None
        for start_i, end_i, points, rule in found:
            if all(p.year for p in points):
                if any(p.month for p in points):
                    last_full = points[-1]
                cut = getattr(points[0], "cut", None)  # the day glued to a record number
                start = toks[start_i].end - cut if cut else toks[start_i].start
                out.append(ctx.span(start, token_end(toks[end_i - 1]) - getattr(points[-1], "end_cut", 0), "DATE",
                                    _norm(points), rule))
                continue
            if recurs(toks, ctx.text, start_i) or proclaimed_day(toks, end_i):
                continue  # «Международный день … отмечается во всем мире 1 марта»: every year
            inferred = last_full is not None
            if inferred:
                shift = _year_shift(toks, end_i)  # «1 января следующего года»: the next one
                for p in points:
                    p.year = p.year or last_full.year + shift
                if len(points) == 2 and _key(points[0], True) > _key(points[1], False):
                    points[1].year = points[0].year + 1  # «30 декабря – 2 января» after a date of December
            pieces = [points] if _key(points[0], True) <= _key(points[-1], False) else [[p] for p in points]
            for piece in pieces:  # a year-less range across a year end is two dates
                norm = _norm(piece)
                if inferred:
                    norm["year_inferred"] = True
                out.append(ctx.span(toks[piece[0].start].start, token_end(toks[piece[-1].end - 1]), "DATE", norm,
                                    rule + ("+inferred-year" if inferred else "+no-year")))
        return out

    # -- parsing -----------------------------------------------------------
    def _at(self, toks, text, i, reading=None):
        num = _numeric(toks, text, i) or _numeric_days(toks, text, i)
        if num:
            j = num[1]
            if j < len(toks) and toks[j].text in RANGE_WORDS:  # «15.06.2022 по 17.06.2022»
                other = _numeric(toks, text, j + 1)
                if other:
                    return num[0], _year_word_after(toks, other[1]), num[2] + other[2], "range"
            return num[0], _year_word_after(toks, j), num[2], num[3]  # «31.12.2014 г.»
        short = _day_month(toks, text, i)
        if short and short[2] < len(toks) and toks[short[2]].text in RANGE_WORDS:
            other = _numeric(toks, text, short[2] + 1)  # «30.04 по 18.05.2012 г.»
            q = other[2][0] if other else None
            if q is not None and (short[1], short[0]) < (q.month, q.days[0]):
                p = Point(i, short[2], [short[0]], short[1], q.year)
                return i, _year_word_after(toks, other[1]), [p, q], "range"
        cut = glued_day(toks[i].text) if text[max(0, toks[i].start - 3):toks[i].start] == "SR." else None
        if cut and i + 2 < len(toks) and month_number(toks[i + 1].text):  # «SR.143714 August 2001»
            y = _year_at(toks, text, i + 2)
            day = int(toks[i].text[-cut:])
            if y and day <= calendar.monthrange(y[0], month_number(toks[i + 1].text))[1]:
                p = Point(i, y[1], [day], month_number(toks[i + 1].text), y[0], y[2])
                p.cut = cut
                return i, y[1], [p], "glued-day"
        if _in_symbol(toks, text, i) or _session_year(toks, i):
            return None
        if month_number(toks[i].text) and i and _num(toks[i - 1].text) and len(toks[i - 1].text) <= 2 \
                and not _in_symbol(toks, text, i - 1) and text[toks[i - 1].start - 1:toks[i - 1].start] != ":":
            # («GC(58)/RES/10\nСентябрь 2014 года»: a symbol's number; «07:02 Май 24, 2017»: a clock's minutes)
            # «31 февраля 2021 года»: the day was rejected, so is the rest
            y = _year_at(toks, text, i + 1)
            return i, (y[1] if y else i + 1), None, "rejected"
        day = _split_digits(toks, text, i, reading)
        if day is not None:  # «2 6 July 2004» on a dateline
            month = month_number(toks[i + 2].text)
            y = _year_at(toks, text, i + 3) or _spaced_year(toks, i + 3)
            p = Point(i, y[1] if y else i + 3, [day], month, y[0] if y else None, bool(y and y[2]))
            _mend_year(toks, p, reading)
            return (i, p.end, [p], "split-digits") if p.year and day <= calendar.monthrange(p.year, month)[1] else None
        lost = lost_dash(toks, text, i)
        if lost:
            return lost[0], _year_word_after(toks, lost[1]), lost[2], lost[3]
        p = _point(toks, text, i)
        if p is None:
            above = _month_above(toks, text, i, reading)  # «МАЯ\n\nЖЕНЕВА, 3 -14 1982г.»
            return (i, above.end, [above], "month-above") if above else None
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
            if q is not None and _compatible(p, q) and (not full or q.year):
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
        if len(points) == 1 and year_only:
            q = _short_end_year(toks, p, j)  # «1946-53»
            if q is not None:
                points, rule, j = [p, q], "range", q.end
            elif _year_month(toks, text, i, j):  # ISO «2019-09» (no range: «2010-11» is 2010–2011)
                p.month, p.end, rule, j = int(toks[j + 1].text), j + 2, "numeric", j + 2
        last = points[-1]
        if not last.month and not last.has_year_word:
            # a bare year: a citation «(Vienna, 2021)», a year after a preposition before a
            # stop «В 1976 — поступил», or a range sharing the year word of the next one
            # «в 1985—1990 и 2006—2011 годах»
            if _citation_year(toks, i, j, text, reading) or _english_year(toks, i, j):
                rule = "year-citation"
            elif line_year(toks, i, j, reading):  # a year alone on its line: «\n2023\n», «© 2019»
                rule = "year-line"
            elif (len(getattr(last, "years", ())) == 1 and len(getattr(points[0], "years", ())) == 1
                  or getattr(last, "glued", False)) and _year_after_preposition(toks, i, j):  # «В 1995—2000 — председатель»
                rule = "year"
            elif len(points) == 2 and _shares_year_word(toks, text, j):
                rule = "range"
            else:
                return None
        pair = _day_pair(toks, text, i, p, j) if len(points) == 1 else None
        if pair is not None:  # «26 сентября и утром 27 сентября 2005 года», «между 21 августа и 29 сентября»
            points, rule, j = [p, pair], "range", pair.end
        elif len(points) == 1 and p.days and p.month and not p.year and j + 1 < len(toks) and toks[j].text in LIST_WORDS:
            q = _point(toks, text, j + 1)  # «30 июня и 1 июля 2019 года»: the year written once for both
            if q is not None and q.days and q.month and q.year and (q.month, q.days[0]) > (p.month, p.days[-1]):
                p.year = q.year
        if last.month and not last.days and not last.year and not getattr(last, "bare", False):
            return None  # a month alone recurs every year: not a date (but «в августе» names one)
        return points[0].start, double_g(toks, j), points, rule


NEXT_YEAR = {"следующего": 1, "будущего": 1, "наступающего": 1, "прошлого": -1, "предыдущего": -1}


def _year_shift(toks, j):
    """+1 for a year-less date followed by «следующего года», -1 by «прошлого года», else 0."""
    if j + 1 < len(toks) and fold(toks[j + 1].text) in ("года", "г"):
        return NEXT_YEAR.get(fold(toks[j].text), 0)
    return 0


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
    """«В 1976 — поступил во ВГИК», «в 2014.», «В 1935 окончил», «В 1922 Зорин»: a year
    after «в», «к», «с» … before a stop, a verb or a name (not before a noun it counts:
    «в 2014 случаях»)."""
    if not (i > 0 and fold(toks[i - 1].text) in PREPOSITIONS):
        return False
    if j >= len(toks) or toks[j].text in YEAR_END:
        return True
    w = toks[j].text
    if not w.isalpha():
        return False
    if w[:1].isupper():
        return True
    return morph.parse(w)[0].tag.POS in NOT_COUNTED


def _year_month(toks, text, i, j):
    """«2019-09»: a year, a hyphen and a month of two digits, glued, where no year range fits."""
    if not (j == i + 1 and j + 1 < len(toks) and toks[j].text == "-" and toks[j].start == toks[i].end
            and toks[j + 1].start == toks[j].end and _num(toks[j + 1].text) and len(toks[j + 1].text) == 2):
        return False
    month, end = int(toks[j + 1].text), toks[j + 1].end
    if not 1 <= month <= 12 or month > int(toks[i].text) % 100 or text[end:end + 1] in ("-", "/", "_") \
            or text[end:end + 1] == "." and text[end + 1:end + 2].isdigit():
        return False
    return not (text[end:end + 1].isalnum() or _in_symbol(toks, text, i))


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


COPYRIGHT_REACH = 6  # tokens back from a year to its «©» on the same line


def _english_year(toks, i, j):
    """«Statistics for 2010;», «Convention … of 1971 (E/INCB/2011/3)» in an English title,
    «© UNESCO 2009»: a year of its own."""
    mark = next((k for k in range(i - 1, max(-1, i - COPYRIGHT_REACH), -1) if toks[k].text == "©"), None)
    if mark is not None and "\n" not in toks.text[toks[mark].end:toks[i].start] \
            and (j == i + 1 or j == i + 3 and toks[i + 1].text in RANGE_WORDS):  # «© 2011 - 2025», «© ООН, 2019»
        return True
    if j != i + 1:
        return False
    if i >= 1 and toks[i - 1].text in ENGLISH_TITLE_BEFORE_YEAR:
        return True
    return (i >= 1 and toks[i - 1].text in ENGLISH_BEFORE_YEAR
            and (j >= len(toks) or toks[j].text in (";", ")", "(", ".", ",") or toks[j].text[:1].isupper()))


def _compatible(p, q):
    if p.year and q.year and (p.month or p.has_year_word) and (q.month or q.has_year_word):
        return True  # both ends written whole: «с мая 2003 года по 27 ноября 2005 года»
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
    if (i >= 2 and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")"
            and (toks[i - 2].text[-1:].isalpha() or toks[i - 2].text in ("»", '"'))):  # also «КПСС (1956—1961)»
        return True
    if (i >= 4 and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")" and _num(toks[i - 2].text)
            and toks[i - 3].text in ("№", "No") and fold(toks[i - 4].text) not in governing_forms()):
        return True  # «Замечание общего порядка № 14 (2013)»: a numbered text's year (not a resolution's)
    if i >= 2 and toks[i - 1].text in ("•", "·") and fold(toks[i - 2].text) in IMPRINT_CITIES:
        return True  # «Нью-Йорк • 1979»
    if i >= 1 and j == i + 1 and fold(toks[i - 1].text) in IMPRINT_CITIES \
            and (toks[i - 1].text.isupper() or _line_ends_after(reading, toks[i].end)):
        return True  # a title page's imprint with no comma: «ЖЕНЕВА 1989», «Нью-Йорк 2015\n»
    if i >= 2 and toks[i - 1].text == "," and toks[i - 2].text in ("»", '"') and j < len(toks) and toks[j].text == ")":
        return True  # «(доклад «Мир в 2030 году», 2019)»: a title's year
    if i < 2 or toks[i - 1].text != "," or not toks[i - 2].text[:1].isupper():
        return False
    return (j >= len(toks) or toks[j].text in (")", ".", ";", "]") or "\n" in text[toks[j - 1].end:toks[j].start]
            or _line_ends_after(reading, toks[j - 1].end))




def _session_year(toks, i):
    """«Сорок девятая (2005 год) очередная сессия»: the year is part of the MEETING."""
    if i < 2 or toks[i - 1].text != "(" or fold(toks[i - 2].text) not in ordinal_words():
        return False
    close = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].text == ")"), None)
    units = unit_forms()
    return close is not None and any(fold(t.text) in units for t in toks[close + 1:close + 4])


def _year_word_after(toks, j):
    """The index after «г.»/«гг.» that follows a numeric date at ``j`` (or ``j``)."""
    if j + 1 < len(toks) and toks[j].text in ("г", "гг") and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end:
        return j + 2
    return j


# what may follow a bare year after «в»: a verb, an adverb, a conjunction (not a noun it counts)
NOT_COUNTED = {"VERB", "INFN", "PRTS", "GRND", "ADVB", "CONJ", "PREP", "PRCL", "NPRO", "PRED"}
MONTH_ABOVE_REACH = 6  # tokens back to a month a title page set on a line of its own


def _month_above(toks, text, i, reading):
    """Days and a year with no month, the month alone on a line just above
    («МАЯ\n\nЖЕНЕВА, 3 -14 1982г.», a title page's layout): the Point, or None."""
    d = _days(toks, text, i) if reading is not None else None
    if d is None:
        return None
    days, _, j, begin, marks = d
    y = _year_at(toks, text, j)
    if not y or not (y[2] or _line_ends_after(reading, toks[y[1] - 1].end)):
        return None
    for k in range(i - 1, max(-1, i - 1 - MONTH_ABOVE_REACH), -1):
        month = month_number(toks[k].text)
        if month and _line_starts_at(reading, toks[k].start) and _line_ends_after(reading, toks[k].end):
            if any(day > calendar.monthrange(y[0], month)[1] for day in days) or days != sorted(days):
                return None
            return Point(begin, y[1], days, month, y[0], y[2], tuple(marks))
        if _num(toks[k].text):
            return None
    return None
