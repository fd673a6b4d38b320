"""DATE's reading of points: a day, a list of days, a month, a year, a
numeric date at a token, and the ISO norm of what was read (a year itself is
read in :mod:`.date_years`; the rules that join points into dates and ranges
are in :mod:`.date`)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..normalize import LINE_BREAK_CHARS
from ..resources import cached
from .date_years import LIST_WORDS, RANGE_WORDS, YEAR_WORDS, _century_start, _in_symbol, _num, _spaced_year, _year_at
from .lexicon import cardinal_words, day_month_number, fold, hyphen_space_word, month_number, ordinal_words
from .meeting import unit_forms

__all__ = ["Point"]

MAX_DAYS = 10  # a list of days is bounded


DECADE = re.compile(r"^((?:1[0-9]|20)[0-9]0)-(е|х|ые|ых|м|ми)$")  # «в 1980-е годы», «в начале 2000-х»
GLUED_YEARS = re.compile(r"^((?:18|19|20)[0-9]{2})((?:18|19|20)[0-9]{2})$")
FOOTNOTED = re.compile(r"^(?:19|20)[0-9]{2}[0-9]{1,2}$")  # «196412»: a year and its footnote number
SHORT_DECADE = re.compile(r"^([1-9]0)-(?:е|х|ые|ых)$")  # «80-е годы XIX века»
PLURAL_YEAR_WORDS = {"годы", "годов", "годам", "годами", "годах"}


DAY_SUFFIXED = re.compile(r"^([1-9]|[12][0-9]|3[01])-(?:го|е|й|ое|ого|му|ому|м)$")  # «1-го января»


EVERY = {"каждого", "каждый", "каждом", "ежегодно"}
PART_OF_MONTH = {"конце", "начале", "середине"}  # «в конце августа»: the month (a recurring one is no date)
PART_OF_MONTH_GENT = {"конца", "начала", "середины"}  # «до конца мая», «с середины марта»
PART_OF_MONTH_DATV = {"концу", "началу", "середине"}  # «к концу марта»
OCR_QUOTES = {"‘", "’", "`", "'"}
THIS_YEAR = {"этого", "текущего", "прошлого", "следующего", "минувшего", "нынешнего", "будущего", "сего"}  # «июня этого года»
THIS_OR_LAST = {"прошлом", "этом", "текущем", "следующем", "минувшем", "нынешнем", "будущем"}  # «в прошлом марте»
# a day-month that recurs every year: «отмечается … 1 марта», «ежегодно 10 декабря»
# (the adverb only: «ежегодные общие прения начнутся 20 сентября» names this year's day)


ENGLISH_BEFORE_YEAR = {"for", "of", "in", "since"}  # «Statistics for 2010;» in an English title


ENGLISH_TITLE_BEFORE_YEAR = {"Report", "Yearbook", "Review", "Survey", "Outlook"}  # «IAEA Annual Report 2016»


PREPOSITIONS = {"в", "к", "до", "с", "после", "начиная", "около"}


# Places of UN-system imprints («ЖЕНЕВА 1989» on a title page: the year is a date)
IMPRINT_CITIES = {"женева", "нью-йорк", "вена", "париж", "найроби", "рим", "бонн", "бангкок", "сантьяго",
                  "бейрут", "аддис-абеба", "монреаль", "гаага", "лондон", "копенгаген", "манила", "каир",
                  "москва", "вашингтон", "лион", "мадрид", "берн"}


YEAR_END = {".", ",", ";", ":", "—", "–", ")"}


@cached
def _starters() -> frozenset:
    """Folded words a date may open with: months (short ones too: «Sep 23, 2025»), ordinal and cardinal day words."""
    from .lexicon import months, short_months

    return (frozenset(months()) | frozenset(short_months()) | frozenset(ordinal_words()) | frozenset(cardinal_words())
            | {"две"})  # a year in words: «в две тысячи пятом году»


@dataclass
class Point:
    start: int  # token index of the first token
    end: int  # token index after the last token
    days: list
    month: int | None
    year: int | None
    has_year_word: bool = False
    marks: tuple = ()  # per day: (first token, next token, separator before it)


def _day_at(toks, text, i):
    """(day, next index, first index) for a day number or day word at ``i``."""
    t = toks[i].text
    j = i
    if t == "[" and i + 1 < len(toks):
        j = i + 1
        t = toks[j].text
    suffixed = DAY_SUFFIXED.match(t)
    if suffixed and j + 1 < len(toks) and (day_month_number(toks[j + 1].text)  # «1-го января», «с 20-го по 26-е»
                                           or toks[j + 1].text in ("по", "-", "–", "—") and _suffixed_then_month(toks, j + 2)):
        return int(suffixed.group(1)), j + 1, j
    clock = text[max(0, toks[j].start - 2):toks[j].start]  # «21:22, 13 Июнь, 2018»: the minutes of a time
    if _num(t) and len(t) <= 2 and 1 <= int(t) <= 31 and not _in_symbol(toks, text, j) and not (
            clock[-1:] == ":" and clock[:1].isdigit()):
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


def _suffixed_then_month(toks, k):
    """A day with a case ending right before a month at ``k`` («… по 26-е сентября»)."""
    return k + 1 < len(toks) and DAY_SUFFIXED.match(toks[k].text) is not None and day_month_number(toks[k + 1].text)


def _days(toks, text, i):
    """A day, a list or range of days: (days, is_range, next, first index)."""
    first = _day_at(toks, text, i)
    if first is None:
        return None
    days, j, begin = [first[0]], first[1], first[2]
    marks = [(first[2], first[1], None)]
    is_range = False
    night = i > 0 and fold(toks[i - 1].text) in ("с", "со")  # «в ночь с 23 на 24 ноября»
    for _ in range(MAX_DAYS):
        if j + 1 >= len(toks):
            break
        sep = toks[j].text
        if sep in RANGE_WORDS and sep != "по" and j + 2 < len(toks) and toks[j + 1].text in RANGE_WORDS \
                and toks[j + 1].start == toks[j].end:
            j += 1  # a dash the PDF doubled: «3-−28 августа»
        if sep in LIST_WORDS or sep in RANGE_WORDS or sep == "на" and night and len(days) == 1:
            nxt = _day_at(toks, text, j + 1)
            if nxt is None:
                break
            if sep in RANGE_WORDS or sep == "на":
                is_range = True
            days.append(nxt[0])
            marks.append((nxt[2], nxt[1], sep))
            j = nxt[1]
            continue
        break
    return days, is_range, j, begin, marks


# what may follow a dateline's «13 Июнь, 2018»: its line's end (which the reading text turns into a space before
# the next line's capital), the end of the text, or the time of the item («5 Март, 2019 в 10:00»)
YEAR_ENDS_LINE = re.compile(r"\s*$|\n| +[A-ZА-ЯЁ«\"]|,? +(?:в |[-–—] )?\d{1,2}:\d\d(?!\d)")  # a dateline's time: «18 мая, 2020, 14:58», «5 сентября, 2000 - 00:00»


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
        formula = j + 1 < len(toks) and toks[j].text == "дня" and month_number(toks[j + 1].text)
        j += bool(formula)  # a treaty's «двадцать четвертого дня июня месяца тысяча девятьсот …»
        if j + 1 < len(toks) and toks[j].text in OCR_QUOTES and toks[j].end == toks[j + 1].start \
                and month_number(toks[j + 1].text):
            j += 1  # an OCR'd speck glued to the month: «10 ‘октября 1944 ©.»
        split = hyphen_space_word(toks, j) if j < len(toks) else None  # «16 ок- тября 1947 г.», «сен- тября»
        split = split if split and month_number(split[0]) else None
        month = month_number(split[0]) if split else (day_month_number(toks[j].text, j + 1 == len(toks))
                                                       if j < len(toks) else None)
        if month:
            if any(day > calendar.monthrange(2000, month)[1] for day in days):
                return None
            j = split[1] if split else _after_short_month(toks, j)
            j += formula and j < len(toks) and toks[j].text == "месяца"
            y = _year_at(toks, text, j) or _spaced_year(toks, j)
            if not y and j + 1 < len(toks) and toks[j].text == ",":  # «25 Апреля, 2024 года»
                y = _year_at(toks, text, j + 1)  # or the year ends its line: a feed's «08 декабря, 2025»
                y = y if y and (y[2] or YEAR_ENDS_LINE.match(text, toks[y[1] - 1].end)) else None
            if y:
                return Point(begin, y[1], days, month, y[0], y[2], tuple(marks))
            yy = _short_year(toks, text, j) if not month_number(toks[j - 1].text) else None
            if yy:  # a dateline's short month and year: «31 Січ 22», «18Дек15»
                return Point(begin, j + 1, days, month, yy, False, tuple(marks))
            if toks[j - 1].text == "." and j < len(toks) and toks[j].text[:1].isupper():
                j -= 1  # «РИАМО - 25 апр. Постоянный представитель …»: the dot ends the sentence too
            return Point(begin, j, days, month, None, False, tuple(marks))
    pair = _month_pair(toks[i].text)
    if pair:  # «январе-марте 2022 года», «в ноябре-декабре»: a month range written as one word
        y = _year_at(toks, text, i + 1)
        bare = not y and i and toks[i - 1].text.lower() in ("в", "во") and pair[0] < pair[1]
        if not (y or bare):
            return None
        p = Point(i, y[1] if y else i + 1, [], pair[0], y[0] if y else None, bool(y and y[2]))
        p.end_month, p.end_month_at = pair[1], i
        if y and pair[1] < pair[0]:  # «ноябрь-февраль 2023 года»: across a year end
            p.year, p.end_year = y[0] - 1, y[0]
        p.bare = bool(bare)
        return p
    # English «October 13, 2021»
    m = month_number(toks[i].text)
    if m is None and toks[i].text.isascii() and toks[i].text.istitle() and i + 3 < len(toks):
        short = day_month_number(toks[i].text)  # «Sep 23, 2025», «Sept. 23, 2025» of a page's metadata
        k = i + 1 + (toks[i + 1].text == "." and toks[i + 1].start == toks[i].end)
        if short and k + 2 < len(toks) and _num(toks[k].text) and 1 <= int(toks[k].text) <= 31 and toks[k + 1].text == ",":
            y = _year_at(toks, text, k + 2)
            if y:
                return Point(i, y[1], [int(toks[k].text)], short, y[0], y[2])
        return None
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
        if i + 2 < len(toks) and (toks[i + 1].text in RANGE_WORDS or toks[i + 1].text == "/") and month_number(toks[i + 2].text):
            y = _year_at(toks, text, i + 3)  # «январе–марте 2022 года», «сентябрь/октябрь 2010 года»: a month range
            if y:
                p = Point(i, y[1], [], m, y[0], y[2])
                p.end_month, p.end_month_at = month_number(toks[i + 2].text), i + 2
                if p.end_month < m:  # «с ноября по февраль 2023 года»: across a year end
                    p.year, p.end_year = y[0] - 1, y[0]
                return p
        if toks[i].text[:1].islower() and i + 2 < len(toks) and fold(toks[i + 1].text) in THIS_YEAR \
                and fold(toks[i + 2].text) in ("года", "г"):  # «С июня этого года»: the month, its year inferred
            p = Point(i, i + 1, [], m, None)
            p.bare = True
            return p
        if i and (toks[i - 1].text.lower() in ("в", "во") or toks[i - 1].text.lower() == "к" and toks[i].text[-1:] in "юу"
                  or i >= 2 and toks[i - 2].text.lower() in ("в", "во")
                  and fold(toks[i - 1].text) in THIS_OR_LAST | PART_OF_MONTH
                  or i >= 2 and toks[i - 2].text.lower() in ("до", "с", "к") and fold(toks[i - 1].text) in PART_OF_MONTH_GENT
                  or i >= 2 and toks[i - 2].text.lower() == "к" and fold(toks[i - 1].text) in PART_OF_MONTH_DATV) \
                and toks[i].text[:1].islower() \
                and not (i + 1 < len(toks) and fold(toks[i + 1].text) in EVERY):  # «в июле каждого года» recurs
            p = Point(i, i + 1, [], m, None)  # «в августе», «к сентябрю»: a month, its year inferred or not written
            p.bare = True
            return p
        if (toks[i].text[:1].isupper() or not (i and _num(toks[i - 1].text))) and i + 3 < len(toks) \
                and _num(toks[i + 1].text) and toks[i + 2].text == ",":  # «October 13, 2021», «февраля 29, 2008»
            y = _year_at(toks, text, i + 3)
            if y and 1 <= int(toks[i + 1].text) <= 31:
                return Point(i, y[1], [int(toks[i + 1].text)], m, y[0], y[2])
        return None
    if _before_meeting_noun(toks, i):
        return None  # «на 1950-м заседании»: a meeting's ordinal
    dec = DECADE.match(toks[i].text)
    if dec and dec.group(2) == "м" and not (i + 1 < len(toks) and fold(toks[i + 1].text) in PLURAL_YEAR_WORDS):
        dec = None  # «в 1990-м году» is a year; «к 1990-м годам» a decade
    short = SHORT_DECADE.match(toks[i].text)
    other = (SHORT_DECADE.match(toks[i + 2].text) if short and i + 3 < len(toks) and toks[i + 1].text in RANGE_WORDS
             and fold(toks[i + 3].text) in PLURAL_YEAR_WORDS | {"гг"} else None)
    if other and int(other.group(1)) > int(short.group(1)):  # «в конце 40-х — 50-х годах»: two decades
        p = Point(i, i + 4, [], None, 1900 + int(short.group(1)), True)
        p.years, p.years_at = [p.year, 1909 + int(other.group(1))], [i, i + 2]
        return p
    if dec or short and i + 1 < len(toks) and fold(toks[i + 1].text) in PLURAL_YEAR_WORDS | {"гг"}:
        # a decade: the ten years it names; «80-е годы XIX века» with its century, «90-х годов» in the
        # twentieth (the reading of a decade written without its century)
        k = i + 1
        if k < len(toks) and fold(toks[k].text) in YEAR_WORDS:
            k += 1 + (toks[k].text in ("г", "гг") and k + 1 < len(toks) and toks[k + 1].text == "."
                      and toks[k + 1].start == toks[k].end)  # «в 1990-х гг.»: the dot is the word's
        century = None if dec else _century_start(toks, k)
        start = int(dec.group(1)) if dec else (1900 if century is None else century)
        k += 0 if dec or century is None else 2
        if not dec and century is None and k + 1 < len(toks) and fold(toks[k].text) == "прошлого" \
                and fold(toks[k + 1].text) in ("века", "столетия"):
            k += 2  # «30-х годов прошлого века»: the twentieth, as a decade alone reads
        p = Point(i, k, [], None, start + (0 if dec else int(short.group(1))), True)
        p.years, p.years_at = [p.year, p.year + 9], [i, i]
        return p
    g = GLUED_YEARS.match(toks[i].text)
    if g and int(g.group(1)) < int(g.group(2)) <= int(g.group(1)) + 60 and not _in_symbol(toks, text, i):
        p = Point(i, i + 1, [], None, int(g.group(1)), False)  # «19461952»: a range whose dash was lost
        p.years, p.years_at, p.glued = [p.year, int(g.group(2))], [i, i], True
        return p
    y = _footnoted_year(toks, text, i) or _year_at(toks, text, i)
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


def _short_year(toks, text, j):
    """Two digits after a short month at ``j`` (glued to it, or before no lower-case word:
    a dateline) are its year in this century: «31 Січ 22» -> 2022, «18Дек15» -> 2015
    («5 дек 22 человека» is a count); else None."""
    if j >= len(toks) or not (_num(toks[j].text) and len(toks[j].text) == 2):
        return None
    if j + 1 < len(toks) and toks[j + 1].text == ":" and toks[j + 1].start == toks[j].end:
        return None  # «26 сен 15:30»: a time
    if toks[j].start == toks[j - 1].end or j + 1 == len(toks) or not toks[j + 1].text[:1].islower():
        return 2000 + int(toks[j].text)
    return None


def _after_short_month(toks, j):
    """The index after the month at ``j``, with the dot of a short form («5 сент. 2013 г.»)."""
    if not month_number(toks[j].text) and j + 1 < len(toks) and toks[j + 1].text == "." \
            and toks[j + 1].start == toks[j].end:
        return j + 2
    return j + 1


def _footnoted_year(toks, text, i):
    """«196412 и 1965 годы»: a year with a footnote number glued to it, read as
    the year where a list or range of years with a year word goes on."""
    t = toks[i].text
    if not (FOOTNOTED.match(t) and i + 2 < len(toks) and toks[i + 1].text in LIST_WORDS | RANGE_WORDS):
        return None
    nxt = _year_at(toks, text, i + 2)
    if nxt is None or not nxt[2] or _in_symbol(toks, text, i):
        return None
    return int(t[:4]), i + 1, False


def _month_pair(word):
    """«январе-марте» -> (1, 3); else None."""
    if "-" not in word:
        return None
    a, _, b = word.partition("-")
    ma, mb = month_number(a), month_number(b)
    return (ma, mb) if ma and mb and ma != mb else None


def glued_day(number: str):
    """A summary record's number glued to the day of its dateline
    («SR.143714 August 2001»: records run to four digits): the day's digit
    count, or None.  Six digits keep four for the record; five keep four
    unless the day would be «0» («SR.24113 July» -> 2411, 3 July)."""
    if not (number.isascii() and number.isdigit() and 5 <= len(number) <= 6):
        return None
    cut = 2 if len(number) == 6 or number[-1] == "0" else 1
    return cut if 1 <= int(number[-cut:]) <= 31 else None


def _before_meeting_noun(toks, i):
    """An ordinal in digits before «заседании», «сессии», «совещания»."""
    return "-" in toks[i].text and i + 1 < len(toks) and fold(toks[i + 1].text) in unit_forms()


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
    spaced_word = i + 4 < len(toks) and text[toks[i + 3].end:toks[i + 3].end + 8] == " г о д а"  # «2 1 июня 1979 г о д а»
    if not month_number(toks[i + 2].text) or not (_line_starts_at(reading, a.start) or _spaced_year(toks, i + 3) or spaced_word):
        return None  # mid-line only where the year is letter-spaced too: «1 6 октября 1 9 6 0 г.»
    day = int(a.text + b.text)
    return day if 10 <= day <= 31 else None


def _line_starts_at(reading, r):
    o = reading.offset(r)
    k = o
    while k > 0 and reading.original[k - 1] in " \t\u00a0":
        k -= 1
    return k == 0 or reading.original[k - 1] in LINE_BREAK_CHARS


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


PART_OF_DAY = {"утром", "днем", "днём", "вечером", "ночью"}


def _day_pair(toks, text, i, p, j):
    """Two days of different mentions that one date joins: the second of «26 сентября
    и утром 27 сентября 2005 года» (a part of the day between) or of «между 21 августа
    и 29 сентября» (a range), the first with no year of its own; the second point or None."""
    if not (p.days and p.month and j + 1 < len(toks) and toks[j].text == "и"):
        return None
    between = i > 0 and fold(toks[i - 1].text) == "между"  # also two full dates: «между 1 мая 2004 года и …»
    if p.year and not between:
        return None
    k = j + 1
    if fold(toks[k].text) in PART_OF_DAY and not p.year:
        k += 1
    elif not between:
        return None
    q = _point(toks, text, k)
    if q is None or not (q.days and q.month) or p.year and not q.year \
            or (p.year or q.year or 0, p.month, p.days[-1]) >= (q.year or 0, q.month, q.days[0]):
        return None
    p.year = p.year or q.year
    return q
