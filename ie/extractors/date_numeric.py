"""DATE helpers: numeric dates and dates whose dash the PDF lost.

- ``numeric``: «23/08/2005», «23.08.2005», «15.XII.1947» (a Roman month), «2013-01-10», «7/13/2018» (the US order
  where only it fits: a second number above 12), a two-digit year after
  dots («20.12.71» -> 1971, «5.12.03» -> 2003: up to 30 is this century), a date
  glued to the word before («Дата13.11.2012»: a four-digit year only);
- ``lost-dash``: a range whose dash the PDF dropped, in a session's dateline after
  its city («Лима, 1 12 декабря 2014 года» -> 1–12 December) or in brackets («(18 22 июля 2011 года)»), a range of years
  before a plural year word («2007 2008 годов»); a year word written twice
  («2007-2008 г.г.»).
"""

from __future__ import annotations

import calendar
import re

from .date_points import PLURAL_YEAR_WORDS, Point, _point
from .date_years import MONTH_YEAR_ONLY, RANGE_WORDS, YEAR_WORDS, _num
from .lexicon import day_month_number, fold, month_number

__all__ = ["_numeric", "_numeric_days", "_day_month", "_short_end_year", "double_g", "lost_dash"]

TIME_AFTER = re.compile(r":[0-5][0-9](?![0-9])")  # a time glued after a date's year: «5.12.0309:48»
PIVOT = 30  # a two-digit year up to it is of this century
ROMAN_MONTHS = {r: k for k, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}


def double_g(toks, j):
    """The end after a year word written twice, «2007-2008 г.г.» (or ``j``)."""
    if 2 <= j and j + 1 < len(toks) and toks[j - 2].text == "г" and toks[j - 1].text == "." \
            and toks[j].text == "г" and toks[j + 1].text == "." and toks[j].start == toks[j - 1].end:
        return j + 2
    return j


def lost_dash(toks, text, i):
    """(start, end, points, rule) for a range whose dash was lost, else None."""
    if i + 2 >= len(toks):
        return None
    a, b = toks[i], toks[i + 1]
    if not (_num(a.text) and _num(b.text) and b.start == a.end + 1):
        return None
    opens = i >= 2 and toks[i - 1].text == "," and toks[i - 2].text[:1].isupper() or i >= 1 and toks[i - 1].text == "("
    if len(a.text) <= 2 and len(b.text) == 2 and opens and month_number(toks[i + 2].text):
        # «Лима, 1 12 декабря 2014 года»; a bracket opening the dates: «(18 22 июля 2011 года)»
        q = _point(toks, text, i + 1)
        if q is not None and q.days and q.year and len(q.days) == 1 and int(a.text) < q.days[0]:
            return i, q.end, [Point(i, i + 1, [int(a.text)], q.month, q.year), q], "lost-dash"
    if len(a.text) == 4 and len(b.text) == 4 and MONTH_YEAR_ONLY.match(a.text) and MONTH_YEAR_ONLY.match(b.text) \
            and 0 < int(b.text) - int(a.text) <= 10 and fold(toks[i + 2].text) in PLURAL_YEAR_WORDS | {"гг"}:  # «2007 2008 годов», «2006 2007 гг.»
        p, q = Point(i, i + 1, [], None, int(a.text)), Point(i + 1, i + 3, [], None, int(b.text))
        p.has_year_word = q.has_year_word = True
        end = i + 4 if toks[i + 2].text == "гг" and i + 3 < len(toks) and toks[i + 3].text == "." else i + 3
        q.end = end
        return i, end, [p, q], "lost-dash"
    return None


DAY_MON = re.compile(r"([0-9]{1,2})-([A-Z][a-z]{2})")  # a document site's «Post on 13-Jul-2020»


def _numeric(toks, text, i):
    """«23/08/2005», «23.08.2005», «13-Jul-2020»."""
    dm = DAY_MON.fullmatch(toks[i].text) if i + 2 < len(toks) else None
    if dm and toks[i + 1].text == "-" and toks[i].end == toks[i + 1].start == toks[i + 2].start - 1 \
            and MONTH_YEAR_ONLY.match(toks[i + 2].text) and len(toks[i + 2].text) == 4:
        month, year, day = day_month_number(dm.group(2)), int(toks[i + 2].text), int(dm.group(1))
        if month and 1 <= day <= calendar.monthrange(year, month)[1]:
            return i, i + 3, [Point(i, i + 3, [day], month, year)], "numeric"
    if i + 4 >= len(toks) or not _num(toks[i].text):
        return None
    a, s1, b, s2, c = (toks[i + k] for k in range(5))
    cx, cut = c.text, 0
    if len(cx) in (4, 6) and cx[-2:] <= "23" and TIME_AFTER.match(text, c.end):  # «5.12.0309:48»: a time glued on
        cx, cut = cx[:-2], 2
    roman = ROMAN_MONTHS.get(b.text) if s1.text == "." == s2.text else None  # «15.XII.1947»: an old Roman month
    if not (_num(a.text) and (_num(b.text) or roman) and _num(cx)):
        return None
    if roman:
        if not (len(a.text) <= 2 and len(c.text) == 4 and MONTH_YEAR_ONLY.match(c.text)
                and a.end == s1.start and s1.end == b.start and b.end == s2.start and s2.end == c.start
                and 1 <= int(a.text) <= calendar.monthrange(int(c.text), roman)[1]) \
                or a.start and (text[a.start - 1] in "/.-" or text[a.start - 1].isalnum()) \
                or c.end < len(text) and (text[c.end] in "/-" or text[c.end].isalnum()):
            return None
        return i, i + 5, [Point(i, i + 5, [int(a.text)], roman, int(c.text))], "numeric"
    if s1.text != s2.text or s1.text not in "/.-" or a.end != s1.start or s1.end != b.start or b.end != s2.start or s2.end != c.start:
        return None
    if s1.text == "-" and MONTH_YEAR_ONLY.match(a.text):  # ISO «2013-01-10», a page's «2018-4-11»
        if not (len(b.text) <= 2 and len(cx) <= 2):
            return None
        year, month, day = int(a.text), int(b.text), int(cx)
    elif len(a.text) in (3, 4) and s1.text == "." and len(b.text) == 2 and len(c.text) == 4 \
            and MONTH_YEAR_ONLY.match(c.text) and a.text[-2] in "0123":
        # a page's date glued to a counter before it: «207.06.2016» -> 07.06.2016
        year, month, day = int(c.text), int(b.text), int(a.text[-2:])
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]) \
                or a.start and text[a.start - 1] in "/.-" or c.end < len(text) and (text[c.end] in "/-" or text[c.end].isalnum()):
            return None
        p = Point(i, i + 5, [day], month, year)
        p.cut = 2
        return i, i + 5, [p], "glued-day"
    else:  # «23.08.2005», «23/08/2005», «25-04-2025»
        short = len(cx) == 2 and s1.text == "." and len(b.text) == 2  # «20.12.71»
        if not short and (len(cx) != 4 or not MONTH_YEAR_ONLY.match(cx)) or len(a.text) > 2 or len(b.text) > 2:
            return None
        year, month, day = int(cx), int(b.text), int(a.text)
        if short:
            year += 2000 if year <= PIVOT else 1900
        if s1.text == "/" and month > 12 and 1 <= day <= 12:  # «7/13/2018»: the US order, read where only it fits
            month, day = day, month
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None  # «31.02.2005» is no date
    before = text[a.start - 1] if a.start else " "
    after = text[c.end] if c.end < len(text) and not cut else " "
    iso_time = s1.text == "-" and after == "T" and text[c.end + 1:c.end + 2].isdigit()  # «2025-09-23T16:15:00»
    year_word = after == "г" and len(cx) == 4 and not text[c.end + 1:c.end + 2].isalpha()  # «23.09.2019г.»
    if before in "/.-_" or before.isdigit() or after in "/-_" or after.isalnum() and not (iso_time or year_word):
        return None  # «photo_2025-10-30_23»: a file name
    if before.isalpha() and (len(cx) != 4 or not before.isalpha() or not text[a.start - 2:a.start].isalpha()):
        return None  # «Дата13.11.2012»: glued to a word, with a four-digit year only
    if len(cx) == 2 and (after == "." and c.end + 1 < len(text) and text[c.end + 1].isdigit() or before.isalpha()):
        return None  # «1.12.15.3»: a section number
    if len(cx) == 2 and _numbered_part_before(toks, i):
        return None  # «пункт 5.12.03», «в п. 2.11.05»: a section number, not «5.12.03» of a dateline
    p = Point(i, i + 5, [day], month, year)
    p.end_cut = cut
    return i, i + 5, [p], "numeric"


def _numeric_days(toks, text, i):
    """«15-16.11.2023»: a range of days before a numeric month and year (all glued)."""
    if i + 6 >= len(toks) or not (_num(toks[i].text) and len(toks[i].text) <= 2 and toks[i + 1].text in ("-", "–")):
        return None
    a, b, c = toks[i + 2], toks[i + 4], toks[i + 6]
    if not (toks[i + 3].text == "." == toks[i + 5].text and all(_num(t.text) for t in (a, b, c))
            and len(a.text) <= 2 and len(b.text) == 2 and len(c.text) == 4 and MONTH_YEAR_ONLY.match(c.text)
            and all(toks[k].start == toks[k - 1].end for k in range(i + 1, i + 7))):
        return None
    before = text[toks[i].start - 1] if toks[i].start else " "
    after = text[c.end] if c.end < len(text) else " "
    first, last, month, year = int(toks[i].text), int(a.text), int(b.text), int(c.text)
    if before in "/.-_" or before.isalnum() or after in "/-_." or after.isalnum() or not 1 <= month <= 12 \
            or not 1 <= first < last <= calendar.monthrange(year, month)[1]:
        return None
    return i, i + 7, [Point(i, i + 7, [first, last], month, year)], "numeric"


# words that number a part of a text (or a version, a code): a dotted number after them is no date
NUMBERED_PARTS = ("пункт", "подпункт", "раздел", "подраздел", "стать", "глав", "част", "приложени", "правил",
                  "таблиц", "верси", "код")
NUMBERED_ABBREVIATIONS = {"п", "пп", "разд", "ст", "гл", "прил", "табл", "рис", "стр"}  # with their dot


def _numbered_part_before(toks, i):
    """A word numbering a part right before ``i``: «пункт 5.12.03», «п. 2.11.05», «§ 1.10.12»."""
    if i >= 2 and toks[i - 1].text == "." and fold(toks[i - 2].text) in NUMBERED_ABBREVIATIONS:
        return True
    w = fold(toks[i - 1].text) if i else ""
    return w in ("§", "№") or w.startswith(NUMBERED_PARTS)


def _day_month(toks, text, i):
    """«30.04» (no year) at ``i``: (day, month, next index) or None."""
    if i + 2 >= len(toks) or not (_num(toks[i].text) and len(toks[i].text) <= 2 and toks[i + 1].text == "."
                                  and _num(toks[i + 2].text) and len(toks[i + 2].text) == 2):
        return None
    a, dot, b = toks[i], toks[i + 1], toks[i + 2]
    if (a.end != dot.start or dot.end != b.start or (b.end < len(text) and text[b.end] in "./-")
            or (a.start and (text[a.start - 1].isalnum() or text[a.start - 1] in "./"))):
        return None
    day, month = int(a.text), int(b.text)
    return (day, month, i + 3) if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1] else None


def _short_end_year(toks, p, j):
    """«1946-53»: a range whose end year keeps its last two digits (hyphen, no spaces)."""
    if not (j + 1 < len(toks) and toks[j].text in RANGE_WORDS and toks[j].text != "по"
            and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end):
        return None
    t = toks[j + 1].text
    if not (_num(t) and len(t) == 2):
        return None
    end = p.year // 100 * 100 + int(t)
    if end <= p.year:
        return None
    word = j + 2 < len(toks) and fold(toks[j + 2].text) in YEAR_WORDS  # «в 1946-53 годах»
    q = Point(j + 1, j + 2 + word, [], None, end, word)
    q.years, q.years_at = [end], [j + 1]
    return q
