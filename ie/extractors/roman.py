"""Roman numerals as UN documents write them: sessions «XXV», Cyrillic look-alikes «ХХ» included."""

from __future__ import annotations

__all__ = ["roman_value", "to_roman"]

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "Х": 10, "С": 100}
ROMAN_LATIN = str.maketrans("ХС", "XC")  # the Cyrillic look-alikes


def roman_value(t: str):
    """The value of a Roman numeral in capitals («XXV», Cyrillic «ХХ» too), else None."""
    if not (0 < len(t) <= 7 and all(c in ROMAN_VALUES for c in t)) or len(t) == 1 and t not in "IVX":
        return None  # a lone «С» is the preposition
    total, prev = 0, 0
    for c in reversed(t):
        v = ROMAN_VALUES[c]
        total, prev = total + (v if v >= prev else -v), max(prev, v)
    lat = t.translate(ROMAN_LATIN)
    return total if to_roman(total) == lat else None


def to_roman(n: int) -> str:
    """The Latin Roman numeral of ``n`` (1–399): 25 -> «XXV»."""
    out = ""
    for v, r in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out
