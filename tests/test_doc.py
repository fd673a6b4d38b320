"""Records: frozen, self-describing, round-tripping the SPEC shape."""

import dataclasses
import json

import pytest

from ie.doc import Document, Span, text_sha256
from ie.pipeline import extract


def test_doc_round_trip_with_text(seed_docs, seeds):
    for doc_id, doc in seed_docs.items():
        again = Document.from_json(json.loads(doc.dumps()), seeds[doc_id])
        assert again == doc
        assert doc.to_json()["text_sha256"] == text_sha256(seeds[doc_id])


def test_doc_from_json_rejects_other_text(seed_docs, seeds):
    doc = seed_docs["004_5add8d988d270d36"]
    with pytest.raises(ValueError, match="text_sha256"):
        Document.from_json(doc.to_json(), seeds["002_5c9ddce9bc1569ef"])


def test_doc_frozen_and_repr():
    s = Span(0, 7, "COUNTRY", "Франция", {"code": "FR"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 1
    assert repr(s) == "COUNTRY[0:7] 'Франция' {code=FR}"
    d = Document("x", "Франция", (s,))
    assert d.spans_of("COUNTRY") == [s] and d.spans_of("DATE") == []
    assert "1 spans" in repr(d)


def test_doc_every_span_text_is_original_slice(seed_docs, seeds):
    for doc_id, doc in seed_docs.items():
        for s in doc.spans:
            assert seeds[doc_id][s.start:s.end] == s.text


def test_doc_pipe_is_lazy_and_ordered(pipeline):
    texts = iter(["Франция", "Германия", "Китай"])
    gen = pipeline.pipe(texts, batch_size=2)
    first = next(gen)
    assert first.spans[0].norm["code"] == "FR"
    assert [d.spans[0].norm["code"] for d in gen] == ["DE", "CN"]


def test_doc_extract_rejects_bytes():
    import ie

    with pytest.raises(TypeError):
        ie.extract(b"bytes")


def test_doc_extract_keeps_a_leading_bom():
    """Offsets point into the string the caller gave, BOM included."""
    text = "\ufeffВыступила делегация Бразилии."
    doc = extract(text)
    assert doc.text == text
    assert [(s.start, s.text) for s in doc.spans if s.label == "COUNTRY"] == [(text.index("Бразилии"), "Бразилии")]
