"""Sentences and tokens of the reading text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ie.segment as segment
from ie.segment import TOKEN, Tokens, sentences, tokens

TEXT = "Совет Безопасности, 2021 год: Брази-лия и A/78/L.5 (Франция). " * 50


def plain(text, offset=0):
    return [(offset + m.start(), offset + m.end(), m.group()) for m in TOKEN.finditer(text)]


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 8 tokens, 2 kept, made at the third token read: every access
    pattern crosses, makes and evicts blocks."""
    monkeypatch.setattr(Tokens, "BLOCK", 8)
    monkeypatch.setattr(Tokens, "KEEP_BLOCKS", 2)
    monkeypatch.setattr(Tokens, "DENSE", 2)
    monkeypatch.setattr(segment, "LIST_MAX", 0)  # (the bounded blocks of a long text, on a short one)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-700, 700), max_size=60), st.integers(0, 3))
def test_segment_tokens_any_access_order_gives_the_same_tokens(indices, offset):
    Tokens.BLOCK, Tokens.KEEP_BLOCKS, Tokens.DENSE, segment.LIST_MAX = 8, 2, 2, 0
    try:
        toks, ref = tokens(TEXT, offset), plain(TEXT, offset)
        for i in indices:
            if -len(ref) <= i < len(ref):
                assert tuple(toks[i]) == ref[i]
            else:
                with pytest.raises(IndexError):
                    toks[i]
        assert [tuple(t) for t in toks] == ref
        assert [tuple(t) for t in toks[5:40:3]] == ref[5:40:3]
    finally:
        Tokens.BLOCK, Tokens.KEEP_BLOCKS, Tokens.DENSE, segment.LIST_MAX = 4096, 64, 256, 65_536


def test_segment_tokens_of_an_ordinary_text_are_one_list_with_their_offsets():
    toks = tokens(TEXT, 3)
    assert [tuple(t) for t in toks] == plain(TEXT, 3) and toks[-1].text == "."
    assert (toks.text, toks.offset, len(toks.starts)) == (TEXT, 3, len(toks))


def test_segment_tokens_keep_a_bounded_number_of_blocks(small_blocks):
    toks = tokens(TEXT)
    for i in range(len(toks)):
        toks[i]
    assert len(toks._blocks) <= 2
    assert toks[-1].text == "." and toks[0].text == "Совет" and toks[2].text == ","


def test_segment_tokens_read_here_and_there_make_no_block(small_blocks):
    toks = tokens(TEXT)
    assert [toks[k].text for k in (0, 9, 17)] == ["Совет", "/", ")"]  # one token of each of three blocks
    assert not toks._blocks
    toks[1], toks[2]  # the third token read of block 0
    assert list(toks._blocks) == [0]


def test_segment_sentences_are_bounded_and_cover_the_text():
    text = "Иван Петров (Китай), " * 400 + "Конец. Начало"
    out = sentences(text)
    assert max(len(s.text) for s in out) <= 2000
    assert all(text[s.start:s.end] == s.text for s in out)
    assert re.sub(r"\s", "", "".join(s.text for s in out)) == re.sub(r"\s", "", text)


@pytest.mark.parametrize("text", ["Ёлка в Женеве, 2021", "İstanbul и Ёлка: İzmir"])
def test_segment_folded_words_match_each_token_folded(text):
    from ie.extractors.lexicon import fold, folded_words

    toks = tokens(text)
    assert folded_words(toks) == [fold(t.text) for t in toks]
