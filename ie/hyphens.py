"""Line-end hyphens: a soft break inside a word («об-\nсуждение») or a
compound's own hyphen («государства-\nучастники»), decided by the hyphen
exceptions of the active resources (``hyphen_exceptions.txt``) and the
dictionary.
"""

from __future__ import annotations

import contextlib
import re

from . import morph
from .resources import active, cached, use

__all__ = ["hyphen_kind", "hyphen_exceptions", "left_word", "midline_soft", "unmarked_break", "EXCEPTIONS", "LEFT_PART"]

EXCEPTIONS = "hyphen_exceptions.txt"


@contextlib.contextmanager
def hyphen_exceptions(path):
    """Use the hyphen exceptions in ``path`` instead of the active ones
    (``ie/data/hyphen_exceptions.txt``) inside the ``with`` block (this
    thread or task only)."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    with use(active().replacing(EXCEPTIONS, text)):
        yield


@cached
def _exceptions():
    """Line-end hyphen exceptions: ``compound``/``soft`` by prefix or suffix."""
    compound_left, compound_right, soft, strong, pairs = set(), set(), set(), set(), set()
    for line in active().text(EXCEPTIONS).splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if not line:
            continue
        kind, _, item = line.partition(" ")
        item = item.strip()
        if kind == "compound!" and item.endswith("-"):
            strong.add(item[:-1])
        elif kind == "compound" and item.endswith("-"):
            compound_left.add(item[:-1])
        elif kind == "compound" and item.startswith("-"):
            compound_right.add(item[1:])
        elif kind == "compound":
            pairs.add(item)
        elif kind == "soft":
            soft.add(item)
    return compound_left, compound_right, soft, strong, pairs


def hyphen_kind(left: str, right: str) -> str:
    """Decide a line-end hyphen between ``left`` and ``right`` word parts.

    >>> hyphen_kind("об", "суждение"), hyphen_kind("государства", "участники")
    ('soft', 'compound')
    >>> hyphen_kind("Народно-Демо", "кратическая")
    'soft'
    """
    last = left.rsplit("-", 1)[-1]
    lo_last, lo_right = last.lower(), right.lower()
    compound_left, compound_right, soft, strong, pairs = _exceptions()
    if f"{lo_last}-{lo_right}" in soft:
        return "soft"
    if lo_last in strong:
        return "compound"
    if right[:1].isupper() and not right.isupper():
        return "compound"
    if morph.is_known(lo_last + lo_right):
        return "soft"
    if lo_last in compound_left or lo_right in compound_right:
        return "compound"
    if f"{lo_last}-{lo_right}" in pairs:
        return "compound"
    # two words of their own: a compound («семинаров-практикумов»); a right
    # part of one or two letters is the tail of a broken word («Гай-ер»)
    common = lambda w: morph.is_known(w) and any(not {"Name", "Surn", "Patr", "Abbr"} & set(p.tag.grammemes) for p in morph.parse(w))
    if last[:1].isupper() and last[1:].islower() and right.islower() and len(lo_right) <= 3:
        return "soft"  # a capitalised word's short tail is a name's (or a sentence's first word's): «Рай-дер», «Кор-ман»
    if len(lo_last) > 1 and len(lo_right) > 2 and common(lo_last) and common(lo_right):
        return "compound"  # (a part known only as a name or an abbreviation is a broken word's: «Мог-енс», «Нкр-ума»)
    return "soft"


# the letters before a hyphen that ends a word part (at a line end, or before a space the line break became)
LEFT_PART = re.compile(r"([^\W\d_]+)-$")


def left_word(word: str) -> str:
    """The letters (and inner hyphens) of a word before its break hyphen."""
    m = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$", word)
    return m.group(1) if m else word[:-1]


# a word broken by a hyphen whose line break became a space («иска- жение», «Вышин- ский» in an OCR that
# lost its lines): the left part's letters, the hyphen, one space, the right part in lower case; not a
# suspended hyphen before a conjunction («северо- и южнокорейский», «тепло- или энергоснабжение»)
MIDLINE_RIGHT = re.compile(r"[а-яё]+")
SUSPENDED = {"и", "или", "либо", "а", "но", "да", "ни"}


def midline_soft(left: str, right: str) -> bool:
    """Is ``left`` (a word ending in a hyphen) the first part of a word whose
    rest is ``right``, the line break between them turned into a space?"""
    tail = MIDLINE_RIGHT.match(right)
    return (LEFT_PART.search(left) is not None and tail is not None and tail.group() not in SUSPENDED
            and hyphen_kind(left_word(left), tail.group()) == "soft")


# a word broken at a line end with no hyphen at all (an OCR or a PDF tool that lost it: «20 де\nкабря»,
# «Респуб\nлик», «прави\nтельства»): the left part ends the line in letters, the right part opens
# the next in lower case, and the two make one known word of which one part is none
UNMARKED_LEFT = re.compile(r"(?<![\w-])[А-ЯЁа-яё]?[а-яё]+$")
UNMARKED_RIGHT = re.compile(r"[а-яё]+(?![\w-])")


def unmarked_break(left: str, right: str) -> bool:
    """Are the last word of one line (``left``) and the first of the next (``right``) the two
    halves of one word the break split with no hyphen?

    >>> unmarked_break("де", "кабря"), unmarked_break("Респуб", "лик,"), unmarked_break("по", "том")
    (True, True, False)
    """
    a, z = UNMARKED_LEFT.search(left), UNMARKED_RIGHT.match(right)
    if a is None or z is None:
        return False
    a, z = a.group().lower(), z.group()
    return morph.is_known(a + z) and not (morph.is_known(a) and morph.is_known(z))
