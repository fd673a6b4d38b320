"""Lines of the original text seen from the reading text: a span matched on the
original lines in reading offsets, a blank line between two reading offsets, the
line around a stretch of the original (each look bounded).  Line structure is
read on ``Reading.lines``, where every line end is «\n»."""

from __future__ import annotations

import re

__all__ = ["BLANK_LINE", "blank_line_between", "line_around", "reading_span"]

# a blank line of the original text: a paragraph break, unless the sentence goes on in lower case after it
# («Рохас \n\nподчеркнула»: a PDF's page or column break inside a sentence)
BLANK_LINE = re.compile(r"\n[ \t]*\n(?![ \t\n]*[a-zа-яё])")


def reading_span(reading, a: int, b: int):
    """Reading (start, end) of original characters ``a:b`` when both ends are in
    the reading text, else None (a pattern matched on the original lines)."""
    ra, rb = reading.reading_offset(a), reading.reading_offset(b - 1)
    return (ra, rb + 1) if ra is not None and rb is not None and rb >= ra else None


def blank_line_between(reading, a: int, b: int) -> bool:
    """Is there a blank line of the original between reading offsets ``a`` and ``b``
    (up to where reading character ``b`` stands in the original: a blank line the
    reading text writes as one «\n» is read whole)?"""
    if b <= a:
        return False
    end = reading.offset(b) if b < len(reading.text) else len(reading.original)
    # (the look past a blank line at what follows it reads a little beyond ``end``)
    return any(m.end() <= end for m in BLANK_LINE.finditer(reading.lines, reading.offset(a), end + 40))


def line_around(lines: str, a: int, b: int, reach: int):
    r"""(start, end) of the line of ``lines`` (``Reading.lines``) holding ``a:b``,
    looked for at most ``reach`` characters either side; None when a line end is
    not found that near.

    >>> line_around("один\nдва три\nчетыре", 6, 9, 20)
    (5, 12)
    """
    start = lines.rfind("\n", max(0, a - reach), a)
    end = lines.find("\n", b, b + reach)
    if start < 0 and a > reach or end < 0 and len(lines) - b > reach:
        return None
    return start + 1, end if end >= 0 else len(lines)
