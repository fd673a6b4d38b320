"""Sentences and tokens of the reading text (razdel).

>>> [s.text for s in sentences("Первое. Второе предложение.")]
['Первое.', 'Второе предложение.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

__all__ = ["Sentence", "sentences", "tokens", "Token"]

TOKEN = re.compile(r"[^\W\d_]+(?:[-‐’'][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)?|\S")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


# A sentence longer than this (a list of thousands of names with no full stop)
# is cut at a «;», a bracket or a space, so every rule's work stays bounded.
MAX_SENTENCE = 2000


def sentences(text: str):
    """razdel's sentences, paragraph by paragraph, in reading offsets; none
    longer than ``MAX_SENTENCE``.

    >>> [len(s.text) for s in sentences("Иван Петров (Китай), " * 200)]
    [1999, 1994, 204]
    """
    out = []
    pos = 0
    for para in text.split("\n"):
        for s in sentenize(para):
            _bounded(out, pos + s.start, s.text)
        pos += len(para) + 1
    return out


def _bounded(out, start, text):
    while len(text) > MAX_SENTENCE:
        window = text[MAX_SENTENCE // 2:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(") "))
        cut = MAX_SENTENCE // 2 + (cut + 1 if cut >= 0 else window.rfind(" ") if " " in window else len(window))
        head = text[:cut].rstrip()
        out.append(Sentence(start, start + len(head), head))
        rest = text[cut:]
        skip = len(rest) - len(rest.lstrip())
        start, text = start + cut + skip, rest.lstrip()
    if text:
        out.append(Sentence(start, start + len(text), text))


def tokens(text: str, offset: int = 0):
    """Word, number and punctuation tokens (a fast regex tokenizer)."""
    return [Token(offset + m.start(), offset + m.end(), m.group()) for m in TOKEN.finditer(text)]
