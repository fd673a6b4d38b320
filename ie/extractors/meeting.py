"""MEETING: the ordinal of a session, meeting or sitting.

Sub-rules: ``ordinal-words`` («шестьдесят пятой сессии», «девятое
совещание», Roman «XXV сессии»), ``ordinal-digits`` («1-м заседании», «14-й
сессии»), ``list`` («1-м и 2-м заседаниях» -> [1, 2]; bare numbers before the
last «129, 130 и 131-й сессий»; a range «2–4-м заседаниях» -> [2, 3, 4]); a bare
number where no count could stand («на 142 пленарном заседании», «итоги 29
заседания»; «3 заседания» is a count) and a space after the hyphen («1- м»).  Up
to two adjectives may stand between the ordinal and the noun («двадцать
третьей специальной сессии», «ПЕРВАЯ СПЕЦИАЛЬНАЯ СЕССИЯ»), and a session's
year in brackets («Сорок девятая (2005 год) очередная сессия»).  Headings
typed in Latin look-alikes («COPOK»), letter-spaced («пятьд е сят восьмой») or
with one letter misread («TPцДЦATЬ TPETЬЯ») are read.  A count («десять
совещаний»), a pronoun («своем совещании») or a plural ordinal word («Первые
заседания») is not an ordinal.

>>> from ie.pipeline import extract
>>> [(s.text, s.norm) for s in extract("на своих 1-м и 2-м заседаниях").spans_of("MEETING")]
[('1-м и 2-м заседаниях', {'ordinal': [1, 2], 'unit': 'заседание'})]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import morph
from ..resources import active, cached
from ..lines import blank_line_between
from ..normalize import LAT, TO_CYR
from .lexicon import cardinal_words, fold, folded_words, forms, hyphen_space_word, ordinal_value, ordinal_words
from .roman import roman_value

__all__ = ["MeetingExtractor"]

UNITS = ("сессия", "совещание", "заседание")
MAX_ORDINALS = 12
MAX_ADJECTIVES = 2
DASHES = ("-", "–", "—", "−")
MAX_SPACED = 5  # a letter-spaced cardinal («пятьд е сят», «ТРИ Д Ц А ТЬ») is joined from at most this many pieces
SUFFIXES = {"м", "й", "го", "я", "е", "ом", "ой", "ая", "ое"}
# a bare number before the unit in a form no count takes: «на 142 пленарном заседании», «итоги 29
# заседания» (a count: «3 заседания», «5 заседаний»)
LOCATIVE = {"заседании", "совещании"}
GENITIVE = {"заседания", "совещания", "сессии"}
# «решения, принятые 168 сессией»: a count ending in 1 takes the singular too («21 сессией»)
INSTRUMENTAL = {"заседанием", "совещанием", "сессией"}
# «стартовала 72 сессия комитета»: the nominative or accusative singular too (a count ending in 1 only: «21 сессия»)
NOMINATIVE = {"заседание", "совещание", "сессия", "сессию"}
# «на своих 1833–1835 заседаниях»: a range of bare numbers before the plural noun
PLURAL_LOCATIVE = {"заседаниях", "совещаниях", "сессиях"}
MIN_BARE_RANGE = 10  # «в 2–3 заседаниях» is a count
SINCE = re.compile(r"[^.;:!?,]{0,60}?(?<![\w-])(?:после|с\s+момента|со\s+времени|с\s+тех\s+пор)(?![\w-])")
NUMBERED = ("стать", "пункт", "глав", "раздел", "част", "приложени", "стр", "правил", "№")
# «187-й и предыдущих сессиях»: the ordinal stands with a word for the others
OTHERS = {"предыдущих", "последующих", "прошлых", "других", "предыдущей", "последующей"}
# an adjective of size or weight makes the ordinal a rank, not the meeting's number in its series:
# «стала первым масштабным заседанием Конвенции в Центральной Азии» (a kind of meeting does not:
# «первом пленарном заседании», «второй специальной сессии»)
RANKING = frozenset({"масштабный", "крупный", "крупномасштабный", "большой", "важный", "значимый", "исторический",
                     "знаковый", "представительный", "успешный", "грандиозный", "серьёзный", "серьезный"})
# a possessive between the ordinal and the noun counts a person's meetings, not the body's: «первое моё заседание»
POSSESSIVE = frozenset({"мой", "наш", "твой", "ваш", "свой"})
NO_ORDINAL_OF_THE_BODY = RANKING | POSSESSIVE  # a word between the ordinal and its noun that makes it none


@cached
def unit_forms() -> dict:
    """Folded form -> unit: every Russian form, and the Ukrainian ones of ``words/meeting_units_uk.txt``."""
    out = {f: unit for unit in UNITS for f in forms(unit, "NOUN")}
    for line in active().lines("words/meeting_units_uk.txt"):
        word, unit = line.split()
        out[fold(word)] = unit
    return out


def _w(word: str) -> str:
    """The folded word; a capitalised heading word typed in Latin look-alikes
    («COPOK») is read in Cyrillic."""
    if word.isascii() and word.isupper() and len(word) > 1 and all(c in LAT for c in word):
        word = word.translate(TO_CYR)
    return fold(word)


def _bare(t: str) -> bool:
    return t.isascii() and t.isdigit() and len(t) <= 4


def _ordinal_at(toks, i):
    """(value, next index) for an ordinal in words or digits at ``i``."""
    j = i
    if toks[j].text == "[" and j + 1 < len(toks):
        j += 1
    t = toks[j].text
    roman = roman_value(t)
    if roman:  # «на XXV сессии»
        return roman, j + 1, j
    if t[:1].isascii() and t[:1].isdigit():
        v = ordinal_value(t)
        k = j + 1
        if v is None and _bare(t) and k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[j].end \
                and toks[k + 1].start == toks[k].end + 1 and toks[k + 1].text in SUFFIXES:
            v, k = ordinal_value(t + "-" + toks[k + 1].text), k + 2  # «1- м пленарном заседании»: a space after the hyphen
        if v is None and _bare(t) and k + 1 < len(toks) and toks[k].text in DASHES and toks[k].start == toks[j].end + 1 \
                and toks[k + 1].start == toks[k].end and toks[k + 1].text.lower() in SUFFIXES:
            v, k = ordinal_value(t + "-" + toks[k + 1].text.lower()), k + 2  # «1088 -е ЗАСЕДАНИЕ»: a space before it
        if v is None:
            return None
        if k < len(toks) and toks[k].text == "]":
            k += 1
        return v, k, j
    parts = _w(toks[j].text).split("-")
    if len(parts) > 1 and all(p in cardinal_words() for p in parts[:-1]) and parts[-1] in ordinal_words():
        v = ordinal_value(" ".join(parts))  # «двадцать-седьмой сессии»: the words joined by a hyphen
        if v is not None:
            return v, j + 1, j
    words = []
    k = j
    while k < len(toks) and _w(toks[k].text) in cardinal_words() and len(words) < 3:
        words.append(_w(toks[k].text))
        k += 1
    last, n = (_w(toks[k].text), 1) if k < len(toks) else ("", 1)
    if words and last not in ordinal_words() and k + 1 < len(toks) and toks[k + 1].start == toks[k].end + 1 \
            and toks[k].text.isalpha() and toks[k + 1].text.isalpha() and toks[k + 1].text.islower():
        last, n = _w(toks[k].text + toks[k + 1].text), 2  # an OCR'd space inside the ordinal: «Семьдесят девят ая»
    if k < len(toks) and last in ordinal_words():
        v = ordinal_value(" ".join(words + [last]))
        if v is not None:
            k += n
            if k < len(toks) and toks[k].text == "]":
                k += 1
            return v, k, j
    return None


def _is_adjective(word: str) -> bool:
    """A lower-case adjective, or one in a heading in capitals («СПЕЦИАЛЬНАЯ»)."""
    if not word[:1].isalpha() or word[:1].isupper() and not (word.isupper() and len(word) > 1):
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(word.lower()))


def _lemma(word: str) -> str:
    return morph.parse(word.lower())[0].normal_form


def _plural(word: str) -> bool:
    """An ordinal word in the plural («первые», «первых»)."""
    return word[:1].isalpha() and morph.parse(_w(word))[0].tag.number == "plur"


def _bare_list(toks, i):
    """«129, 130 и 131-й сессий»: bare numbers listed before an ordinal in
    digits, «2–4-м заседаниях» a range of them: (values, index after the
    ordinal) or None."""
    values, k = [], i
    while k + 1 < len(toks) and _bare(toks[k].text) and toks[k + 1].text in (",", "и") and len(values) < MAX_ORDINALS:
        values.append(int(toks[k].text))
        k += 2
    if not values and k + 2 < len(toks) and _bare(toks[k].text) and toks[k + 1].text in DASHES:
        last = _ordinal_at(toks, k + 2) if toks[k + 2].text[:1].isdigit() else None
        if last is None and _bare(toks[k + 2].text) and (int(toks[k].text) >= MIN_BARE_RANGE or _own(toks, k)) \
                and k + 3 < len(toks) and fold(toks[k + 3].text) in PLURAL_LOCATIVE:
            last = int(toks[k + 2].text), k + 3  # «на своих 1833–1835 заседаниях», «на своих 2–4 заседаниях»
        span = _range(int(toks[k].text), last[0]) if last else None
        return (span, last[1]) if span else None
    last = _ordinal_at(toks, k) if values and k < len(toks) and toks[k].text[:1].isdigit() else None
    if last is None or 0 in values:
        return None
    return values + [last[0]], last[1]


ONE = {"одна", "один", "одной", "одну", "одного", "одном", "одним"}  # «одна тысяча …»: the thousand's own one
THOUSANDS = {"две": 2, "три": 3, "четыре": 4}  # «две тысячи восемьсот девятнадцатом заседании»
OWN = {"своих", "их", "ее", "её", "его"}  # «на своих 2–4 заседаниях»: the body's own meetings, no count


def _own(toks, k):
    return k > 0 and fold(toks[k - 1].text) in OWN


def _range(a, b):
    """The ordinals from ``a`` to ``b`` («2–4-м» -> [2, 3, 4]); None out of order or too many."""
    return list(range(a, b + 1)) if 0 < a < b and b - a < MAX_ORDINALS else None


def _spaced_cardinal(toks, start):
    """«пятьд е сят восьмой»: the index where a letter-spaced cardinal before
    the ordinal at ``start`` begins, and its value; else None."""
    for n in range(2, MAX_SPACED + 1):
        a = start - n
        if a < 0:
            return None
        piece = toks[a:start]
        if not (all(t.text.isalpha() and t.text.islower() for t in piece)
                or all(t.text.isalpha() and t.text.isupper() for t in piece)) \
                or any(y.start != x.end + 1 for x, y in zip(piece, piece[1:])):
            return None  # «пятьд е сят», a heading's «ТРИ Д Ц А ТЬ»
        value = cardinal_words().get(fold("".join(t.text for t in piece)))
        if value is not None:
            return a, value
    return None


@lru_cache(maxsize=1)
def _cardinal_masks() -> dict:
    """Cardinals of six letters or more, by every one-letter mask («тр?дцать»)."""
    out = {}
    for w, v in cardinal_words().items():
        if len(w) >= 6:
            for k in range(len(w)):
                out.setdefault(w[:k] + "?" + w[k + 1:], v)
    return out


def _garbled_cardinal(toks, start):
    """«TPцДЦATЬ TPETЬЯ CECCИЯ»: a heading's cardinal with one letter misread
    by the PDF, before an ordinal and its noun: (index, value) or None."""
    t = toks[start - 1].text if start else ""
    if not t.isalpha() or sum(c.isupper() for c in t) < len(t) - 1:  # in capitals, the misread letter aside
        return None
    w = _w(toks[start - 1].text)
    if len(w) < 6 or w in cardinal_words():
        return None
    masks = _cardinal_masks()
    hit = next((masks[m] for m in (w[:k] + "?" + w[k + 1:] for k in range(len(w))) if m in masks), None)
    return (start - 1, hit) if hit is not None else None


def _bracketed_year(toks, j):
    """«Сорок девятая (2005 год) очередная сессия», «Двадцать третья (внеочередная)
    сессия»: the index after the bracket."""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.islower() \
            and _is_adjective(toks[j + 1].text):
        return j + 3
    if j + 2 < len(toks) and toks[j].text == "(" and len(toks[j + 1].text) == 4 and _bare(toks[j + 1].text):
        k = j + 2
        if fold(toks[k].text) in ("год", "г") and k + 1 < len(toks):
            k += 1 + (toks[k + 1].text == "." and k + 2 < len(toks))
        if toks[k].text == ")":
            return k + 1
    return None


def _bare_ordinal(text, toks, i, units):
    """A bare number read as an ordinal: the unit after it (past adjectives) stands in
    the singular in a case no count puts it in."""
    t = toks[i]
    if not (_bare(t.text) and len(t.text) <= 3 and t.text[0] != "0") or t.start and text[t.start - 1] in "/.-№":
        return False
    if i and fold(toks[i - 1].text).startswith(NUMBERED):
        return False  # «статья 5 заседания»: a numbered part's number
    k = i + 1
    for _ in range(MAX_ADJECTIVES):
        if k < len(toks) and fold(toks[k].text) not in units and _is_adjective(toks[k].text):
            k += 1
    w = toks[k].text if k < len(toks) else ""
    n = int(t.text)
    return (w in LOCATIVE or w in GENITIVE and not (n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14))
            or (w in INSTRUMENTAL or w in NOMINATIVE) and not (n % 10 == 1 and n % 100 != 11))


class MeetingExtractor:
    label = "MEETING"

    def warm(self):
        unit_forms(), ordinal_words()

    def __call__(self, ctx):
        toks = ctx.tokens
        units = unit_forms()
        out = []
        # only where an ordinal can start: a digit, a bracket, an ordinal or cardinal word
        words = cardinal_words().keys() | ordinal_words().keys()
        # (read off the token offsets: no Token is made for the many words that start nothing)
        text = toks.text
        starts = [k for k, (f, a, b) in enumerate(zip(folded_words(toks), toks.starts, toks.ends))
                  if f[:1] in "[0123456789" or f in words or "-" in f and f.partition("-")[0] in words
                  or (w := text[a:b])[:1] in "IVXLCХС" and roman_value(w) or w.isascii() and _w(w) in words]
        i = 0
        for at in starts:
            if at < i:
                continue
            i = at
            first = _ordinal_at(toks, i)
            listed = _bare_list(toks, i) if first is None and _bare(toks[i].text) else None
            if listed is not None:
                first = (listed[0], listed[1], i)
            elif first is None and _bare_ordinal(ctx.text, toks, i, units):
                first = (int(toks[i].text), i + 1, i)
            elif first is None:
                i += 1
                continue
            values, j, start = (first[0] if listed else [first[0]]), first[1], first[2]
            if not listed and start >= 2 and toks[start - 1].text == "/" and _bare(toks[start - 2].text) \
                    and toks[start - 2].end == toks[start - 1].start and toks[start - 1].end == toks[start].start \
                    and j < len(toks) and fold(toks[j].text).startswith("совместн"):
                values, start = [int(toks[start - 2].text), values[0]], start - 2  # two bodies' joint meeting: «60/30-е»
            for _ in range(MAX_ORDINALS):
                if j + 1 < len(toks) and toks[j].text in (",", "и"):
                    nxt = _ordinal_at(toks, j + 1)
                    if nxt is not None:
                        values.append(nxt[0])
                        j = nxt[1]
                        continue
                if j + 1 < len(toks) and toks[j].text in DASHES and len(values) == 1:  # «5-м–7-м заседаниях»
                    nxt = _ordinal_at(toks, j + 1)
                    span = _range(values[0], nxt[0]) if nxt is not None else None
                    if span:
                        values, j = span, nxt[1]
                break
            if len(values) == 1 and j + 1 < len(toks) and toks[j].text == "и" and fold(toks[j + 1].text) in OTHERS:
                j += 2
            elif len(values) == 1 and j - 1 == start and _plural(toks[start].text):
                i = j  # «Первые заседания на этой неделе»: a few meetings, no ordinal of one
                continue
            j = _bracketed_year(toks, j) or j
            if j + 1 < len(toks) and fold(toks[j].text) == "по" and fold(toks[j + 1].text) in ("счету", "счёту"):
                j += 2  # «19-е по счету специальное заседание»
            if start and _w(toks[start].text) == "тысяча" and _w(toks[start - 1].text) in ONE:
                start -= 1  # «одна тысяча четыреста шестьдесят третьем пленарном заседании»
            elif start >= 2 and len(values) == 1 and values[0] < 1000 and _w(toks[start - 1].text) == "тысячи" \
                    and _w(toks[start - 2].text) in THOUSANDS:
                values = [THOUSANDS[_w(toks[start - 2].text)] * 1000 + values[0]]
                start -= 2  # «ДВЕ ТЫСЯЧИ\nВОСЬМИСОТОМ ЗАСЕДАНИИ» (2800)
            if not toks[start].text[:1].isdigit() and not listed and _w(toks[start].text) in ordinal_words():
                spaced = _spaced_cardinal(toks, start) or _garbled_cardinal(toks, start)
                if spaced is not None:
                    if values[0] < 10 and spaced[1] % 10 == 0 and len(values) == 1:
                        start, values = spaced[0], [spaced[1] + values[0]]
            k = j
            for _ in range(MAX_ADJECTIVES):
                if k < len(toks) and fold(toks[k].text) not in units and (_is_adjective(toks[k].text) or (
                        k + 1 < len(toks) and fold(toks[k + 1].text) in units and _is_adjective(toks[k].text.lower()))):
                    k += 1  # a capitalised adjective right before the noun: «второе и третье Пленарные заседания»
            if any(_lemma(toks[a].text) in NO_ORDINAL_OF_THE_BODY for a in range(j, k)):
                i = k
                continue
            unit = units.get(fold(toks[k].text)) if k < len(toks) else None
            if unit is None and k + 1 < len(toks) and toks[k + 1].start == toks[k].end + 1:
                unit = units.get(fold(toks[k].text + toks[k + 1].text))  # a word the PDF split: «СОВЕЩ АНИЯ»
                k += unit is not None
            if unit is None and k < len(toks):
                split = hyphen_space_word(toks, k)  # an OCR'd hyphen left in the line: «засе- дании»
                unit = units.get(fold(split[0])) if split else None
                k += 2 if unit is not None else 0
            if unit is None or roman_value(toks[start].text) and ctx.reading is not None \
                    and blank_line_between(ctx.reading, toks[j - 1].end, toks[k].start):
                i = j if j > i else i + 1  # (a table's «Зал XVII\n\nДругие заседания»: no ordinal of the next line)
                continue
            if values == [1] and not toks[start].text[:1].isdigit() and SINCE.match(ctx.text, toks[k].end):
                i = k + 1  # «первое заседание по украинскому вопросу после одобрения …»: the first since, no number
                continue
            rule = "list" if len(values) > 1 else ("ordinal-digits" if toks[start].text[:1].isascii() and toks[start].text[:1].isdigit() else "ordinal-words")
            norm = {"ordinal": values if len(values) > 1 else values[0], "unit": unit}
            out.append(ctx.span(toks[start].start, toks[k].end, "MEETING", norm, rule))
            i = k + 1
        taken = {(s.start, s.end) for s in out}
        for a, b, value, unit in _letter_spaced(ctx.text, toks, units):
            if not any(x < toks[b - 1].end and toks[a].start < y for x, y in taken):
                out.append(ctx.span(toks[a].start, toks[b - 1].end, "MEETING", {"ordinal": value, "unit": unit},
                                    "letter-spaced"))
        return out


MIN_SPACED_RUN = 8  # pieces: a heading's ordinal and noun spread letter by letter
MAX_WORD_PIECES = 12
# pieces of a few capitals one space apart («Т Р И Д Ц А Т Ь Ч Е ТВ ЕРТА Я»), at most 60, after up to four
# whole words in capitals («СЕМЬСОТ ШЕСТЬДЕСЯТ ВТОРОЕ З А С Е Д А Н И Е»: the noun alone spaced)
SPACED_RUN = re.compile(r"(?<!\w)(?:[А-ЯЁ]{5,} ){0,4}(?:[А-ЯЁ]{1,4} ){7,59}[А-ЯЁ]{1,4}(?!\w)")


def _letter_spaced(text, toks, units):
    """Ordinals of a title page typed letter by letter with the spaces misplaced
    («Т Р И Д Ц А Т Ь Ч Е ТВ ЕРТА Я С ЕС С И Я» -> 34, сессия): runs of short
    capital pieces one space apart (found by one scan of the text), read as
    [cardinals] ordinal noun whose words end at piece ends.  (start, end,
    value, unit) token ranges."""
    found = []
    for m in SPACED_RUN.finditer(text):
        a = bisect_left(toks.starts, m.start())
        b = bisect_left(toks.starts, m.end())
        if b - a >= MIN_SPACED_RUN:
            found.extend(_read_spaced(toks, a, b, units))
    return found


def _read_spaced(toks, a, b, units):
    pieces = [fold(toks[k].text) for k in range(a, b)]
    out, s = [], 0
    while s < len(pieces):
        hit = _spaced_phrase(pieces, s, units)
        if hit is None:
            s += 1
            continue
        end, value, unit = hit
        out.append((a + s, a + end, value, unit))
        s = end
    return out


def _spaced_word(pieces, p, table):
    """The longest word of ``table`` joined from pieces at ``p``: (end, word) or None."""
    word, best = "", None
    for q in range(p, min(len(pieces), p + MAX_WORD_PIECES)):
        word += pieces[q]
        if word in table:
            best = (q + 1, word)
    return best


def _spaced_phrase(pieces, s, units):
    words, p = [], s
    for _ in range(3):
        c = _spaced_word(pieces, p, cardinal_words())
        if c is None:
            break
        words.append(c[1])
        p = c[0]
    o = _spaced_word(pieces, p, ordinal_words())
    if o is None:
        return None
    u = _spaced_word(pieces, o[0], units)
    value = ordinal_value(" ".join(words + [o[1]]))
    if u is None or value is None:
        return None
    return u[0], value, units[u[1]]
