"""DATE's reading of a year at a token: «2022», «2022 года», «1980 r.», a
letter-spaced «1 9 6 0 г.», «1945-го», a year before 1900 only with a year word
(«в 1812 году»); and which numbers stand inside a symbol or a job number and
are no date (the points that use them are in :mod:`.date_points`)."""

from __future__ import annotations

import re

from .. import morph
from ..lines import line_around
from .lexicon import cardinal_words, fold, month_number, ordinal_value
from .roman import roman_value

__all__ = ["YEAR_WORDS", "RANGE_WORDS", "LIST_WORDS", "MONTH_YEAR_ONLY", "recurs", "token_end", "line_year"]

YEAR_WORDS = {"год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах", "г", "гг",
              "року", "рік"}  # Ukrainian «4 жовтня 1999 року» of a republished resolution


RANGE_WORDS = {"-", "–", "—", "−", "‒", "по", "to"}  # «7−31 октября»: U+2212 and the figure dash U+2012 too; English «30 November to 13 December 2015»


LIST_WORDS = {",", "и"}


MONTH_YEAR_ONLY = re.compile(r"^(?:19|20)[0-9]{2}$")


# a year word a PDF glued to a heading in capitals: «9-13 декабря 2002 годаАННОТИРОВАННАЯ»
GLUED_YEAR_WORD = re.compile(r"^(?:года|году|год|годах|годы|годов)(?=[A-ZА-ЯЁ]{2})")
YEAR_SUFFIXED = re.compile(r"^((?:19|20)[0-9]{2})-(?:го|м|й)$")  # «в апреле 1945-го», «в 1945-м году»


RECURS = re.compile(r"^(?:отмеча\w*|праздну\w*|ежегодно)$")
RECURS_REACH = 6
DAY_WORDS = {"день", "дня", "дню", "днем", "днём"}
BOUND = re.compile(r"^(?:начина|заканчива|заверша)ющ\w*$")  # «начинающуюся 25 мая»
WEEK = re.compile(r"^недел[яиеюь]\w*$")
WEEK_REACH = 40
OBSERVANCE = re.compile(r"^(?:всемирн|международн)\w*$")  # «Всемирного дня борьбы с детским трудом (12 июня)»


PROCLAIMED_DAY = {"днем", "днём", "днями"}  # «провозглашающую 8 и 9 мая днями памяти»


def proclaimed_day(toks, j) -> bool:
    """A year-less day named a day of observance right after it («8 и 9 мая днями
    памяти», «21 сентября Международным днем мира»): it recurs every year."""
    named = j < len(toks) and OBSERVANCE.match(fold(toks[j].text)) is not None
    k = j + named
    if not (k < len(toks) and fold(toks[k].text) in PROCLAIMED_DAY):
        return False  # (not «21 сентября днем было отложено»: the day's time, an adverb)
    return named or k + 1 < len(toks) and any(p.tag.POS == "NOUN" and p.tag.case == "gent"
                                              for p in morph.parse(toks[k + 1].text)[:1])


def recurs(toks, text, i):
    """A year-less day at token ``i`` that recurs: «отмечается/ежегодно» or a named
    observance («Всемирного дня …») before it in its own sentence (the lookback
    stops at a sentence end: «— отмечается в сообщении.\n5 декабря» names a day);
    or the bound of an observed week («ежегодно отмечать Неделю …, начинающуюся
    25 мая и заканчивающуюся 31 мая»)."""
    if i and BOUND.match(fold(toks[i - 1].text)):
        for k in range(i - 2, max(-1, i - WEEK_REACH - 1), -1):
            w = fold(toks[k].text)
            if w in (".", "!", "?"):
                break
            if RECURS.match(w) or WEEK.match(w):
                return True
    for k in range(i - 1, max(-1, i - RECURS_REACH - 1), -1):
        w = fold(toks[k].text)
        if w in (".", "!", "?") or "\n" in text[toks[k].end:toks[k + 1].start]:
            return False
        if RECURS.match(w) and not (k and fold(toks[k - 1].text) == "как"):  # («Как отмечает 5 марта Синьхуа»: a report)
            return True
        if w in DAY_WORDS and k and OBSERVANCE.match(fold(toks[k - 1].text)):
            return True
    return False


def _num(s: str) -> bool:
    """ASCII digits only: «²» and «٢» are digits to ``str.isdigit`` but not day numbers."""
    return s.isascii() and s.isdigit()


def _in_symbol(toks, text, i):
    t = toks[i]
    before = text[t.start - 1] if t.start else " "
    after = text[t.end] if t.end < len(text) else " "
    if not _num(t.text):
        return False
    if before == "-" and re.search(r"(?:^|[\s(\[])[0-9]{1,2}[ ]?$", text[max(0, t.start - 5):t.start - 1]):
        return False  # «9-18 октября»: a range of days, not a job number
    if before == "-" and i >= 2 and month_number(toks[i - 2].text):
        return False  # «29 ноября-1 декабря 2006 года», «29 ноября -1 декабря»: a range across months
    if before == "-" and len(t.text) == 4 and re.search(r"(?:^|[\s(\[])(?:1[0-9]|20)[0-9]{2}$", text[max(0, t.start - 6):t.start - 1]):
        return False  # «1998-2001 гг.»: a range of years
    return before in "/.-_#№" or after in "/:_" or (after == "." and t.end + 1 < len(text) and _num(text[t.end + 1]))


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


def _spaced_year(toks, j):
    """A letter-spaced year «1 9 6 0 г.»: (year, next index, year word) or None; also a year
    split in halves, then only before a year word («5 ФЕВРАЛЯ 19 64 ГОДА»)."""
    if j + 2 < len(toks) and toks[j].text in ("18", "19", "20") and len(toks[j + 1].text) == 2 \
            and _num(toks[j + 1].text) and toks[j + 1].start == toks[j].end + 1 and fold(toks[j + 2].text) in YEAR_WORDS:
        k = j + 3 + (toks[j + 2].text in ("г", "гг") and j + 3 < len(toks) and toks[j + 3].text == "."
                     and toks[j + 3].start == toks[j + 2].end)
        return int(toks[j].text + toks[j + 1].text), k, True
    if j + 3 >= len(toks):
        return None
    digits = toks[j:j + 4]
    if not all(_num(t.text) and len(t.text) == 1 for t in digits) \
            or any(y.start != x.end + 1 for x, y in zip(digits, digits[1:])):
        return None
    year = int("".join(t.text for t in digits))
    if not 1800 <= year <= 2099:
        return None
    k = j + 4
    word = k < len(toks) and fold(toks[k].text) in YEAR_WORDS
    if word:
        k += 1 + (toks[k].text in ("г", "гг") and k + 1 < len(toks) and toks[k + 1].text == "."
                  and toks[k + 1].start == toks[k].end)
    return year, k, word


APOSTROPHES = ("‘", "’", "'", "`", "ʼ")  # «22 ноября ‘24»: a year cut to two digits after an apostrophe


def _year_at(toks, text, j):
    if j + 1 < len(toks) and toks[j].text in APOSTROPHES and toks[j + 1].start == toks[j].end \
            and len(toks[j + 1].text) == 2 and toks[j + 1].text.isascii() and toks[j + 1].text.isdigit():
        yy = int(toks[j + 1].text)
        return (2000 + yy if yy <= 40 else 1900 + yy), j + 2, False  # «‘24» is 2024, «'99» 1999
    if j < len(toks) and (MONTH_YEAR_ONLY.match(toks[j].text) or _historic_year(toks, j)) and not _in_symbol(toks, text, j):
        k = j + 1
        word = False
        latin_r = k + 1 < len(toks) and toks[k].text in ("r", "©") and toks[k + 1].text == "." \
            and toks[k + 1].start == toks[k].end  # an OCR'd «г.»: «1980 r.», «1944 ©.»
        if k < len(toks) and (fold(toks[k].text) in YEAR_WORDS or latin_r or _glued_year_word(toks[k].text)):  # «1980 r.»: a Latin r for «г.»
            word = True
            if toks[k].text.lower() in ("г", "гг", "r", "©") and k + 1 < len(toks) and toks[k + 1].text == "." \
                    and toks[k + 1].start == toks[k].end:  # also a heading's «2015 Г.»
                k += 1
            elif toks[k].text == "г":
                k += _spaced_word_rest(toks, k)  # letter-spaced «1964 г о д а», «2009 г о да»
            k += 1
        return int(toks[j].text), k, word
    words = _word_year(toks, j) if j < len(toks) and toks[j].text[:1] in "тТдД" else None
    if words:
        return words
    m = YEAR_SUFFIXED.match(toks[j].text) if j < len(toks) else None
    if m:
        k = j + 1
        if k < len(toks) and fold(toks[k].text) in YEAR_WORDS:
            k += 1
        return int(m.group(1)), k, True
    return None


def _spaced_word_rest(toks, k):
    """How many tokens after the «г» at ``k`` spell the rest of a letter-spaced year word
    («г о д а», «г о да», «г од у»: one space between the pieces), else 0."""
    word, n = "г", 0
    for t in toks[k + 1:k + 4]:
        if t.start != toks[k + n].end + 1 or not t.text.isalpha() or len(t.text) > 2:
            break
        word, n = word + t.text, n + 1
        if word in ("года", "году", "годах", "годы", "годов"):
            return n
    return 0


# the same in capitals, where the rest is a word and the whole is not: «2016 ГОДГОДОВОЙ ДОКЛАД» (not «ГОДОВОЙ»)
GLUED_CAPS_YEAR_WORD = re.compile(r"^(?:ГОДА|ГОДУ|ГОД)(?=[А-ЯЁ]{3})")


def _glued_year_word(word: str):
    m = GLUED_YEAR_WORD.match(word)
    if m is None and word[:1] == "Г":
        m = GLUED_CAPS_YEAR_WORD.match(word)
        if m and (morph.is_known(word.lower()) or not morph.is_known(word[m.end():].lower())):
            m = None
    return m


def token_end(tok) -> int:
    """Where a date's last token ends: a year word glued to the next word ends at its own end."""
    m = _glued_year_word(tok.text)
    return tok.start + m.end() if m else tok.end


MAX_YEAR_WORDS = 5


def _word_year(toks, j):
    """A year in words before a year word, as treaties write it: «тысяча девятьсот тридцать
    шестого года» (1936), «две тысячи пятом году» (2005): (year, next index, True) or None."""
    if j >= len(toks) or toks[j].text[:1] not in "тТдД" or fold(toks[j].text) not in ("тысяча", "две"):
        return None
    words = [fold(t.text) for t in toks[j:j + MAX_YEAR_WORDS + 1]]
    base, k = (2000, 2) if words[:2] == ["две", "тысячи"] else (0, 0)
    if not base and words[0] == "две":
        return None
    cardinals = cardinal_words()
    while k < len(words) and words[k] in cardinals and k < MAX_YEAR_WORDS:
        k += 1
    if k >= len(words) or j + k + 1 >= len(toks) or fold(toks[j + k + 1].text) not in YEAR_WORDS:
        return None
    value = ordinal_value(" ".join(words[2 if base else 0:k + 1]))
    year = base + value if value else None
    return (year, j + k + 2, True) if year and 1000 <= year <= 2099 else None


LINE_LOOK = 100  # how far a year's line is looked at either side of it


def line_year(toks, i, j, reading) -> bool:
    """A year alone on a line of the original («Интервью\n \n2023\nia.tiras.ru», a page's
    copyright «© 2019»): a date of its own.  Looked for within ``LINE_LOOK`` characters."""
    if reading is None or j != i + 1 or not (len(toks[i].text) == 4 and "1946" <= toks[i].text <= "2035"):
        return False
    lines = reading.lines
    a, b = reading.offset(toks[i].start), reading.offset(toks[i].end - 1) + 1
    line = line_around(lines, a, b, LINE_LOOK)
    return line is not None and lines[line[0]:line[1]].strip(" \t©") == lines[a:b]


CENTURY = re.compile(r"^[XVIХ]{1,5}$")
CENTURY_WORDS = {"век", "века", "веке", "веку"}


def _century_start(toks, k):
    """«XIX века» at ``k``: the first year of that century (1800), else None."""
    if k + 1 >= len(toks) or not CENTURY.match(toks[k].text) or fold(toks[k + 1].text) not in CENTURY_WORDS:
        return None
    value = roman_value(toks[k].text)
    return (value - 1) * 100 if value is not None and 1 <= value <= 21 else None
