"""Sentences and tokens of the reading text (razdel).

>>> [s.text for s in sentences("Первое. Второе предложение.")]
['Первое.', 'Второе предложение.']
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from razdel import sentenize

__all__ = ["Sentence", "sentences", "tokens", "Token", "Tokens"]

TOKEN = re.compile(r"[^\W\d_]+(?:[-‐’'][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)?|\S")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A token in reading offsets (a tuple: made by the million, cheaply)."""

    start: int
    end: int
    text: str


_token = tuple.__new__  # ``_token(Token, (start, end, text))``: a Token without the keyword-call layer


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


def tokens(text: str, offset: int = 0) -> "Tokens":
    """Word, number and punctuation tokens (a fast regex tokenizer).

    >>> toks = tokens("Брази-лия, 2021")
    >>> len(toks), toks[0].text, [t.text for t in toks[1:]]
    (3, 'Брази-лия', [',', '2021'])
    """
    return Tokens(text, offset)


class Tokens(Sequence):
    """The tokens of a text, kept as two arrays of offsets: a Token is made
    when it is asked for, so a document of millions of tokens costs 16 bytes
    a token, not an object, two integers and a string each."""

    __slots__ = ("text", "offset", "starts", "ends")

    def __init__(self, text: str, offset: int = 0):
        self.text, self.offset = text, offset
        self.starts, self.ends = array("q"), array("q")
        for m in TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def __len__(self):
        return len(self.starts)

    def __getitem__(self, i):
        if i.__class__ is slice:
            return [self[k] for k in range(*i.indices(len(self)))]
        a = self.starts[i]
        b = self.ends[i]
        return _token(Token, (self.offset + a, self.offset + b, self.text[a:b]))

    def __iter__(self):
        text, offset = self.text, self.offset
        for a, b in zip(self.starts, self.ends):
            yield _token(Token, (offset + a, offset + b, text[a:b]))
