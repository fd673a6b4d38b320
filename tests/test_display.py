"""Notebook display: documents highlighted with displaCy, meetings as tables."""

import re

from ie.doc import Document, Span


def _doc():
    text = "Представители Брази-\n\nлии (Афганистан) 12 октября 2021 года."
    return Document("d", text, (
        Span(14, 25, "COUNTRY", "Брази-\n\nлии", {"code": "BR", "name": "Бразилия", "role": "speaker"}),
        Span(27, 37, "COUNTRY", "Афганистан", {"code": "AF", "name": "Афганистан", "role": None}),
        Span(39, 57, "DATE", "12 октября 2021 года", {"start": "2021-10-12", "end": "2021-10-12"}),
        Span(42, 57, "PERSON", "октября 2021 года", {"name": "overlap"}),  # overlaps the date
    ))


def _visible(html):
    """The document's text as shown: tags, label boxes and tooltips dropped."""
    html = re.sub(r'<span style="background: [^"]*; z-index: 10;.*?</span></span></span>', "", html, flags=re.S)
    html = re.sub(r"<h2.*?</h2>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def _pre_line(text):
    """What CSS white-space: pre-line shows: runs of spaces as one, none
    around a line break, line breaks kept."""
    return re.sub(r" *\n *", "\n", re.sub(r"[ \t]+", " ", text)).strip()


def test_display_document_html_every_span_and_norm_on_hover():
    html = _doc()._repr_html_()
    for label, n in (("COUNTRY", 2), ("DATE", 1), ("PERSON", 1)):
        assert html.count(f">{label}") == n
    assert 'title="{&quot;code&quot;: &quot;BR&quot;, &quot;name&quot;: &quot;Бразилия&quot;' in html
    assert "white-space: pre-line" in html


def test_display_document_text_as_written_hyphen_break_kept():
    doc = _doc()
    shown = _pre_line(_visible(doc._repr_html_()))
    assert shown == _pre_line(doc.text)  # line breaks and all: «Брази-», a blank line, «лии»
    assert "Брази-\n\nлии (Афганистан)" in shown  # no space slipped in before a span


def test_display_record_without_text_falls_back_to_repr():
    record = Document.from_json(_doc().to_json())
    assert record._repr_html_() is None


def test_display_meeting_table(seed_docs):
    m = seed_docs["004_5add8d988d270d36"].meeting
    html = m._repr_html_()
    assert "<table" in html and m.city["value"] in html and m.chairs[0]["name"] in html


def test_display_seed_documents_read_as_written(seed_docs, seeds):
    import html

    for doc_id, doc in seed_docs.items():
        assert _pre_line(html.unescape(_visible(doc._repr_html_()))) == _pre_line(seeds[doc_id])
