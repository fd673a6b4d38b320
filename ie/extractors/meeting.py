"""MEETING: the ordinal of a session, meeting or sitting.

Sub-rules: ``ordinal-words`` («шестьдесят пятой сессии», «девятое
совещание»), ``ordinal-digits`` («1-м заседании», «14-й сессии»), ``list``
(«1-м и 2-м заседаниях» -> [1, 2]).  Up to two adjectives may stand between
the ordinal and the noun («двадцать третьей специальной сессии»).  A count
(«десять совещаний») or a pronoun («своем совещании») is not an ordinal.

>>> from ie.pipeline import extract
>>> [(s.text, s.norm) for s in extract("на своих 1-м и 2-м заседаниях").spans_of("MEETING")]
[('1-м и 2-м заседаниях', {'ordinal': [1, 2], 'unit': 'заседание'})]
"""

from __future__ import annotations

from functools import lru_cache

from .. import morph
from .lexicon import cardinal_words, fold, forms, ordinal_value, ordinal_words

__all__ = ["MeetingExtractor"]

UNITS = ("сессия", "совещание", "заседание")
MAX_ORDINALS = 12
MAX_ADJECTIVES = 2


@lru_cache(maxsize=1)
def unit_forms() -> dict:
    return {f: unit for unit in UNITS for f in forms(unit, "NOUN")}


def _ordinal_at(toks, i):
    """(value, next index) for an ordinal in words or digits at ``i``."""
    j = i
    if toks[j].text == "[" and j + 1 < len(toks):
        j += 1
    t = toks[j].text
    if t[:1].isascii() and t[:1].isdigit():
        v = ordinal_value(t)
        if v is None:
            return None
        k = j + 1
        if k < len(toks) and toks[k].text == "]":
            k += 1
        return v, k, j
    words = []
    k = j
    while k < len(toks) and fold(toks[k].text) in cardinal_words() and len(words) < 3:
        words.append(toks[k].text)
        k += 1
    if k < len(toks) and fold(toks[k].text) in ordinal_words():
        v = ordinal_value(" ".join(words + [toks[k].text]))
        if v is not None:
            k += 1
            if k < len(toks) and toks[k].text == "]":
                k += 1
            return v, k, j
    return None


def _is_adjective(word: str) -> bool:
    if not word[:1].isalpha() or word[:1].isupper():
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(word))


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
        starts = [k for k, t in enumerate(toks) if t.text[:1] in "[0123456789" or fold(t.text) in words]
        i = 0
        for at in starts:
            if at < i:
                continue
            i = at
            first = _ordinal_at(toks, i)
            if first is None:
                i += 1
                continue
            values, j, start = [first[0]], first[1], first[2]
            for _ in range(MAX_ORDINALS):
                if j + 1 < len(toks) and toks[j].text in (",", "и"):
                    nxt = _ordinal_at(toks, j + 1)
                    if nxt is not None:
                        values.append(nxt[0])
                        j = nxt[1]
                        continue
                break
            k = j
            for _ in range(MAX_ADJECTIVES):
                if k < len(toks) and fold(toks[k].text) not in units and _is_adjective(toks[k].text):
                    k += 1
            unit = units.get(fold(toks[k].text)) if k < len(toks) else None
            if unit is None and k + 1 < len(toks) and toks[k + 1].start == toks[k].end + 1:
                unit = units.get(fold(toks[k].text + toks[k + 1].text))  # a word the PDF split: «СОВЕЩ АНИЯ»
                k += unit is not None
            if unit is None:
                i = j if j > i else i + 1
                continue
            rule = "list" if len(values) > 1 else ("ordinal-digits" if toks[start].text[:1].isascii() and toks[start].text[:1].isdigit() else "ordinal-words")
            norm = {"ordinal": values if len(values) > 1 else values[0], "unit": unit}
            out.append(ctx.span(toks[start].start, toks[k].end, "MEETING", norm, rule))
            i = k + 1
        return out
