"""Offsets are sacred: properties over arbitrary PDF-like damage."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ie.pipeline import extract

FRAGMENTS = [
    "представители Бразилии", "Франции", "Соединенных Штатов Америки", "17–21 октября 2022 года",
    "резолюции 7/1", "CTOC/COP/WG.3/2024/L.1", "(СТОС/СОР/ВГ.4/2021/2)", "одиннадцатой сессии",
    "Хельга Гайер (Германия)", "E/2022/28-E/CN.7/2022/14", "4/5 V.24-09626", "и", ",", ".", "(", ")",
    "государства-участники", "Лаосская Народно-Демократическая Республика", "2013 по 2019 год",
    "**Проект**", "[12 и 13] октября 2021 года", "http://undocs.org/ru/A/77/10", "\u00ad", "Рабочaя группa",
]
SEPARATORS = [" ", "\n", "\n\n", "-\n", "-\n\n", " \n", "\r\n", "\f", "\u00a0", "\n\n4/5 V.24-09626\n\n", "\t", ""]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=25))
def test_properties_spans_are_original_slices(parts):
    text = "".join(f + s for f, s in parts)
    doc = extract(text)
    for s in doc.spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert not s.text[0].isspace() and not s.text[-1].isspace()


SENTENCE = "С заявлениями выступили представители Бразилии, Франции, Германии, Аргентины и Китайской Народной Республики"
CODES = ["BR", "FR", "DE", "AR", "CN"]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_properties_hyphen_breaks_keep_countries(data):
    """Breaking words at line ends, anywhere, keeps every country found."""
    words = SENTENCE.split(" ")
    out = []
    for w in words:
        core = w.rstrip(",")
        if len(core) >= 4 and data.draw(st.booleans()):
            cut = data.draw(st.integers(2, len(core) - 2))
            sep = data.draw(st.sampled_from(["-\n", "-\n\n", "-\n\n4/5 V.24-09626\n\n"]))
            w = core[:cut] + sep + core[cut:] + w[len(core):]
        out.append(w)
    text = data.draw(st.sampled_from([" ", "\n"])).join(out)
    doc = extract(text)
    assert [s.norm["code"] for s in doc.spans_of("COUNTRY")] == CODES
    for s in doc.spans:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("damage", ["crlf", "formfeed", "nbsp"])
def test_properties_line_ends_and_spaces_change_nothing(seeds, seed_docs, damage):
    """A Windows file, form feeds between pages or no-break spaces give the
    same entities, at offsets into the damaged text."""
    from collections import Counter

    for doc_id in ("002_5c9ddce9bc1569ef", "004_5add8d988d270d36"):
        text = seeds[doc_id]
        other = {"crlf": text.replace("\n", "\r\n"), "formfeed": text.replace("\n\n", "\n\f"),
                 "nbsp": text.replace(" ", "\u00a0")}[damage]
        doc = extract(other)
        assert all(other[s.start:s.end] == s.text for s in doc.spans)
        key = lambda d: Counter((s.label, str(sorted(s.norm.items()))) for s in d.spans)
        assert key(doc) == key(seed_docs[doc_id])
