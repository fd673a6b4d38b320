"""Morphology: one pymorphy3 analyser per process, with a per-form cache.

Everything of our own that needs lemmas, cases or inflection goes through
here (natasha's pymorphy2-based MorphVocab is never loaded).

>>> is_known("обсуждение"), is_known("ница")
(True, False)
>>> inflect_word("Бразилия", {"gent"})
'Бразилии'
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["analyzer", "parse", "is_known", "is_cut_word", "lemma", "inflect_word"]

_SURROGATE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _encodable(word: str) -> str:
    """The dictionary is UTF-8: a lone surrogate (from a Python caller)
    becomes U+FFFD for the look-up; the text itself is never changed."""
    return word.encode("utf-8", "replace").decode("utf-8") if not word.isascii() and _SURROGATE.search(word) else word


@lru_cache(maxsize=200_000)
def parse(word: str):
    """All analyses of a word form (cached).

    >>> parse("\\ud800Вена")[0].tag.POS
    'NOUN'
    """
    return tuple(analyzer().parse(_encodable(word)))


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """Is the form in the dictionary (not guessed)?"""
    return analyzer().word_is_known(_encodable(word).lower())


@lru_cache(maxsize=20_000)
def is_cut_word(word: str) -> bool:
    """Is the form no word of the dictionary but the start of one («Управле»
    of «Управление»): a word cut off where a passage ends?

    >>> is_cut_word("Межпарлам"), is_cut_word("Петров"), is_cut_word("Пиллэй")
    (True, False, False)
    """
    w = _encodable(word).lower()
    return not analyzer().word_is_known(w) and next(iter(analyzer().dictionary.words.iterkeys(w)), None) is not None


def lemma(word: str) -> str:
    return parse(word)[0].normal_form


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-")) if "-" in template else word[:1].upper() + word[1:]
    return word


def inflect_word(word: str, grammemes: set, pos: tuple = ("NOUN",)) -> str | None:
    """Inflect ``word`` (read as one of ``pos``) to ``grammemes``; keep case."""
    for p in parse(word):
        if p.tag.POS in pos:
            form = p.inflect(set(grammemes))
            if form is not None:
                return _match_case(word, form.word)
    return None
