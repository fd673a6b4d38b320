"""Word lists the rule layers share, inflected with pymorphy3 at load time.

>>> month_number("октября"), month_number("October"), month_number("мае")
(10, 10, 5)
>>> ordinal_value("шестьдесят пятой"), ordinal_value("Одиннадцатая"), ordinal_value("1523-м")
(65, 11, 1523)
>>> ordinal_value("десять") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import morph
from ..resources import active, cached

__all__ = ["forms", "months", "month_number", "day_month_number", "ordinal_words", "cardinal_words",
           "ordinal_value", "alternation", "hyphen_space_word", "ORDINAL_DIGITS", "fold", "inflect_phrase"]

ADJ = ("ADJF", "PRTF")
CONJ = {"и", "—", "–", "-"}

# «1-м», «11-й», «2-го», «14-я», «1523-м»: a number with a case ending.
ORDINAL_DIGITS = r"[0-9]{1,4}-(?:[а-яё]{1,3})"
# («1437-М ЗАСЕДАНИИ»: summary records write the ending in capitals too)
_DIGIT_ORD = re.compile(r"^([0-9]{1,5})-(й|я|е|го|ого|му|ому|м|ом|ю|ую|х|ых|ми|ыми|ой|ая|ее|ое|ые|ий|ем|ей|ым)$", re.I)


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


_FOLDED = [(None, [])]  # (the last token sequence folded, its folded words), replaced whole


def folded_words(toks) -> list:
    """Every token of ``toks`` folded, made once per document for the rules that scan every word."""
    last = _FOLDED[0]
    if last[0] is not toks:
        text = toks.text
        folded = fold(text)
        spans = zip(toks.starts, toks.ends)
        if len(folded) == len(text):
            last = (toks, [folded[a:b] for a, b in spans])
        else:  # a letter whose lower case is longer («İ»): word by word
            last = (toks, [fold(text[a:b]) for a, b in spans])
        _FOLDED[0] = last
    return last[1]


def _data(name):
    return active().rows(name)


@lru_cache(maxsize=None)
def forms(lemma: str, pos: str | None = None) -> frozenset:
    """Every form of ``lemma`` (folded), superlatives and variants left out."""
    out = {fold(lemma)}
    for p in morph.parse(lemma):
        if pos and p.tag.POS != pos:
            continue
        if fold(p.normal_form) != fold(lemma) and pos != "ADJF":
            continue
        for f in p.lexeme:
            if "Supr" in f.tag or "V-ey" in f.tag or "V-oy" in f.tag:
                continue
            out.add(fold(f.word))
        break
    return frozenset(out)


@cached
def months() -> dict:
    """Folded month form -> month number (Russian in every case, English)."""
    out = {}
    for num, ru, en in _data("months.tsv"):
        for f in forms(ru, "NOUN"):
            out[f] = int(num)
        out[fold(en)] = int(num)
    return out


def month_number(word: str):
    return months().get(fold(word))


@cached
def short_months() -> dict:
    """Folded short or Ukrainian month form -> number («сен» -> 9, «жовтня» -> 10),
    read only after a day number (``words/month_short.txt``)."""
    out = {}
    for line in active().lines("words/month_short.txt"):
        word, num = line.split()
        out[fold(word)] = int(num)
    return out


def day_month_number(word: str, last: bool = False):
    """A month after a day number: its full name, or a short or Ukrainian form
    (not as the ``last`` word of a text: an excerpt cut inside «31 дек[абря]»).

    >>> day_month_number("сент"), day_month_number("жовтня"), day_month_number("сен") == month_number("сен")
    (9, 10, False)
    """
    return months().get(fold(word)) or (None if last else short_months().get(fold(word)))


@cached
def ordinal_words() -> dict:
    """Folded ordinal adjective form -> value («пятой» -> 5)."""
    out = {}
    for row in _data("numerals.tsv"):
        value, word = int(row[0]), row[1]
        for f in forms(word, "ADJF"):
            out.setdefault(f, value)
    return out


@cached
def cardinal_words() -> dict:
    """Cardinals that open a compound ordinal («шестьдесят» -> 60)."""
    return {fold(row[2]): int(row[0]) for row in _data("numerals.tsv") if len(row) > 2 and row[2]}


def ordinal_value(phrase: str):
    """Value of an ordinal written in words or digits, else None."""
    m = _DIGIT_ORD.match(phrase.strip())
    if m:
        return int(m.group(1)) or None  # «0-й сессии» is no ordinal
    words = [fold(w) for w in phrase.split()]
    if not words:
        return None
    last = ordinal_words().get(words[-1])
    if last is None:
        return None
    total, prev = last, last
    for w in reversed(words[:-1]):
        c = cardinal_words().get(w)
        if c is None or c <= prev or (prev >= 10 and c < 100 and prev < 100) or (c < 100 and prev % 10 == 0 and prev >= 10):
            return None
        total += c
        prev = c
    return total


def hyphen_space_word(toks, j):
    """A word an OCR'd line-end hyphen left split inside the line, «ок- тября»,
    «засе- дании»: (joined word, index after it) for tokens from ``j``, else None."""
    if j + 2 >= len(toks):
        return None
    a, h, b = toks[j], toks[j + 1], toks[j + 2]
    if h.text != "-" or h.start != a.end or b.start != h.end + 1 or not (a.text.isalpha() and b.text.isalpha()
                                                                         and b.text.islower()):
        return None
    return a.text + b.text, j + 3


def alternation(words) -> str:
    """A regex alternation of words, longest first (for exact word matching)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _nominative_parse(word: str, pos):
    for p in morph.parse(word):
        if p.tag.POS in pos and p.tag.case == "nomn":
            return p
    return None


def _agrees(adj, nxt) -> bool:
    """A common noun of the adjective's gender follows: «Великое Герцогство»
    (a place also called «Великое» is not the head then)."""
    noun = _nominative_parse(nxt[0], ("NOUN",)) if nxt else None
    return noun is not None and "Geox" not in noun.tag and noun.tag.gender == adj.tag.gender


def inflect_phrase(words: list, case: str, number: str) -> list | None:
    """Inflect a nominative name phrase; None where it cannot be."""
    out = []
    i = 0
    head = None
    # adjectives, then the head noun
    while i < len(words):
        w = words[i]
        if not re.match(r"^[А-ЯЁа-яё]", w):
            break
        if w == "и" and out and out[-1][0] == "adj" and i + 1 < len(words):
            out.append(("conj", w, None))  # «Экономический и Социальный Совет»
            i += 1
            continue
        adj = _nominative_parse(w, ADJ)
        noun = _nominative_parse(w, ("NOUN",))
        if adj is not None and (noun is None or "Geox" not in noun.tag or _agrees(adj, words[i + 1:i + 2])) \
                and i + 1 < len(words) and re.match(r"^[А-ЯЁа-яё]", words[i + 1]):
            out.append(("adj", w, adj))
            i += 1
            continue
        if noun is not None:
            head = noun
            out.append(("noun", w, noun))
            i += 1
        break
    if head is None:
        return None
    head_number = "plur" if ("Pltm" in head.tag or head.tag.number == "plur") else number
    grams_noun = {case, head_number}
    result = []
    for kind, w, p in out:
        if kind == "conj":
            result.append(w)
        elif kind == "noun":
            form = p.inflect(grams_noun) if not ("Fixd" in p.tag) else None
            result.append(morph._match_case(w, form.word) if form else w)
        else:
            grams = {case, head_number}
            if head_number == "sing":
                grams.add(head.tag.gender or "masc")
            form = p.inflect(grams)
            if form is None:
                return None
            result.append(morph._match_case(w, form.word))
    rest = words[i:]
    # a coordinated second name («Тринидад и Тобаго», «Папуа — Новая Гвинея»)
    if len(rest) >= 2 and rest[0] in CONJ and _nominative_parse(rest[1], ("NOUN",) + ADJ):
        tail = inflect_phrase(rest[1:], case, number)
        if tail is not None:
            return result + [rest[0]] + tail
    return result + rest
