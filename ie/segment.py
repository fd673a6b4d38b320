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

__all__ = ["Sentence", "sentences", "tokens", "Token", "Tokens", "TokenList"]

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


def tokens(text: str, offset: int = 0) -> "Tokens | TokenList":
    """Word, number and punctuation tokens (a fast regex tokenizer).

    >>> toks = tokens("Брази-лия, 2021")
    >>> len(toks), toks[0].text, [t.text for t in toks[1:]]
    (3, 'Брази-лия', [',', '2021'])
    """
    toks = Tokens(text, offset)
    # a text of ordinary size has all its tokens made at once, indexed at C speed (7% of the
    # whole pipeline's time on the bench); a long one keeps the bounded blocks
    return TokenList(toks) if len(toks) <= LIST_MAX else toks


LIST_MAX = 65_536  # tokens (a text of about 400 KB)


class TokenList(list):
    """The tokens of a text all made at once: a plain list (indexed at C speed)
    that keeps the offset arrays the rules scanning every word read."""

    def __init__(self, toks: "Tokens"):
        super().__init__(toks)
        self.text, self.offset, self.starts, self.ends = toks.text, toks.offset, toks.starts, toks.ends


class Tokens(Sequence):
    """The tokens of a text, kept as two arrays of offsets (16 bytes a token).
    A block of tokens is made at once when it is read densely (its
    ``DENSE``-th token made one at a time), and the most recent blocks are
    kept: a rule that looks at its neighbours finds them made, a rule that
    looks at a few tokens here and there makes only those, and a document of
    millions of tokens holds at most ``KEEP_BLOCKS`` blocks at once."""

    __slots__ = ("text", "offset", "starts", "ends", "_blocks", "_singles")

    BLOCK = 4096
    KEEP_BLOCKS = 64
    DENSE = 256

    def __init__(self, text: str, offset: int = 0):
        self.text, self.offset = text, offset
        self.starts, self.ends = array("q"), array("q")
        for m in TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._blocks = {}
        self._singles = {}  # block -> tokens of it made one at a time since it was last kept

    def __len__(self):
        return len(self.starts)

    def __getitem__(self, i):
        if i.__class__ is slice:
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.starts)
            if i < 0:
                raise IndexError("token index out of range")
        k = i // self.BLOCK
        block = self._blocks.get(k)
        if block is not None:
            return block[i % self.BLOCK]
        made = self._singles.get(k, 0)
        if made >= self.DENSE:
            return self._block(k)[i % self.BLOCK]
        self._singles[k] = made + 1
        a = self.starts[i]
        b = self.ends[i]
        return _token(Token, (self.offset + a, self.offset + b, self.text[a:b]))

    def _block(self, k):
        text, offset, size = self.text, self.offset, self.BLOCK
        a, z = k * size, min((k + 1) * size, len(self.starts))
        block = [_token(Token, (offset + s, offset + e, text[s:e]))
                 for s, e in zip(self.starts[a:z], self.ends[a:z])]
        if len(self._blocks) >= self.KEEP_BLOCKS:
            del self._blocks[next(iter(self._blocks))]  # the oldest block made
        self._blocks[k] = block
        self._singles.pop(k, None)
        return block

    def __iter__(self):
        for k in range(-(-len(self.starts) // self.BLOCK)):
            block = self._blocks.get(k)
            yield from (block if block is not None else self._block(k))
