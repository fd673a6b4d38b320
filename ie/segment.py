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


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def sentences(text: str):
    """razdel's sentences, paragraph by paragraph, in reading offsets."""
    out = []
    pos = 0
    for para in text.split("\n"):
        for s in sentenize(para):
            out.append(Sentence(pos + s.start, pos + s.stop, s.text))
        pos += len(para) + 1
    return out


def tokens(text: str, offset: int = 0):
    """Word, number and punctuation tokens (a fast regex tokenizer)."""
    return [Token(offset + m.start(), offset + m.end(), m.group()) for m in TOKEN.finditer(text)]
