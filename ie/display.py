"""Notebook display: a document with its spans highlighted, a meeting as a table.

``Document._repr_html_`` and ``Meeting._repr_html_`` call into here, so a
document or a meeting record as the last expression of a Jupyter cell shows
itself.  Highlighting is displaCy's span renderer (``style="span"``,
``manual=True``): the ORIGINAL text, cut into words and white space at every
span boundary, each span underlined in its label's colour with the label at
its start (overlapping spans stack), line breaks kept (a hyphen break shows as
it is in the file: «Брази-» at a line end, «лии» on the next), and the norm
shown next to the label, in full on hover.

>>> from ie.doc import Document, Span
>>> d = Document("d", "Брази-\\nлии и Франция", (
...     Span(0, 10, "COUNTRY", "Брази-\\nлии", {"code": "BR", "name": "Бразилия"}),
...     Span(13, 20, "COUNTRY", "Франция", {"code": "FR", "name": "Франция"})))
>>> html = render(d)
>>> html.count(">COUNTRY"), "Брази-" in html, 'title="{&quot;code&quot;: &quot;BR&quot;' in html
(2, True, True)
"""

from __future__ import annotations

import html as _html
import json
import re

from .doc import HTML

__all__ = ["render", "render_meeting", "COLORS"]

COLORS = {
    "COUNTRY": "#7aecec", "DATE": "#bfe1d9", "MEETING": "#feca74", "RESOLUTION": "#ff9561",
    "SPEAKER": "#aa9cfc", "PERSON": "#c887fb", "DOCUMENT": "#9cc9cc",
}
_GLUE = "·"  # an invisible marker span: keeps displaCy from adding a space before a span
_PIECE = re.compile(r"\s+|\S+")

# displaCy's span templates on one line each: no stray white space, so the
# text can keep its own line breaks (white-space: pre-line).
_TEMPLATES = {
    "span": '<span style="font-weight: bold; display: inline-block; position: relative; '
            'height: {total_height}px;">{text}{span_slices}{span_starts}</span>',
    "slice": '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
             'width: calc(100% + 2px); position: absolute;"></span>',
    "start": '<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; '
             'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
             '<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; '
             'position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; '
             'white-space: nowrap">{label}{kb_link}</span></span>',
}


def _short(label: str, norm: dict) -> str:
    """The norm in a few characters, shown beside the label."""
    n = norm or {}
    if label == "COUNTRY":
        return " ".join(x for x in (n.get("code"), n.get("role")) if x)
    if label == "DATE":
        a, b = n.get("start"), n.get("end")
        out = a if a == b else f"{a}…{b}"
        return (out or "") + (" (year inferred)" if n.get("year_inferred") else "")
    if label == "MEETING":
        o = n.get("ordinal")
        o = ", ".join(map(str, o)) if isinstance(o, list) else o
        return f"{o} {n.get('unit', '')}".strip()
    if label == "RESOLUTION":
        return " ".join(x for x in (n.get("kind"), n.get("number"), n.get("body") and f"({n['body']})") if x)
    if label in ("SPEAKER", "PERSON"):
        return " · ".join(str(x) for x in (n.get("name"), n.get("country"), n.get("role")) if x)
    if label == "DOCUMENT":
        return n.get("symbol", "")
    return ", ".join(f"{k}={v}" for k, v in n.items())


def _hover(label: str, norm: dict) -> str:
    """The kb_id displaCy prints after the label: the short norm, the whole
    norm as its tooltip (both escaped here: displaCy inserts it as is)."""
    full = _html.escape(json.dumps(norm or {}, ensure_ascii=False), quote=True)
    short = _html.escape(_short(label, norm) or "·")
    return f'<span title="{full}">&nbsp;{short}</span>'


def _manual(doc, spans):
    """displaCy's manual span input: tokens (words and white space, cut at
    every span boundary) and spans in token indices."""
    text = doc.text
    cuts = sorted({0, len(text)} | {x for s in spans for x in (s.start, s.end)})
    tokens, starts = [], {}
    for a, b in zip(cuts, cuts[1:]):
        for m in _PIECE.finditer(text, a, b):
            starts[m.start()] = len(tokens)
            tokens.append(m.group())
    starts[len(text)] = len(tokens)
    index = lambda pos: starts[pos]  # noqa: E731  every cut starts a token
    out = [{"start_token": index(s.start), "end_token": index(s.end), "label": s.label,
            "kb_id": _hover(s.label, s.norm), "kb_url": "#"} for s in spans]
    # displaCy follows every token outside a span with a space: a word that
    # touches a span («(» before «Афганистан») gets an invisible marker span
    # instead, so the text reads as written
    covered = set()
    for sp in out:
        covered.update(range(sp["start_token"], sp["end_token"]))
    for i, tok in enumerate(tokens):
        if i in covered or tok.isspace() or i + 1 >= len(tokens) or tokens[i + 1].isspace():
            continue
        out.append({"start_token": i, "end_token": i + 1, "label": _GLUE})
    return tokens, out


def render(doc, labels=None) -> str:
    """HTML of ``doc``'s original text with its spans (of ``labels``, default
    all) highlighted by label, the norm beside each label and on hover."""
    from spacy import displacy

    spans = [s for s in doc.spans if labels is None or s.label in labels]
    tokens, parsed = _manual(doc, spans)
    title = _html.escape(f"{doc.doc_id or 'document'} · {len(spans)} spans")
    markup = displacy.render({"text": doc.text, "tokens": tokens, "spans": parsed, "title": title},
                             style="span", manual=True, jupyter=False,
                             options={"colors": {**COLORS, _GLUE: "transparent"}, "template": _TEMPLATES})
    markup = markup.replace(f">{_GLUE}<", "><")  # the marker's label, never shown
    return f'<div class="ie-doc tex2jax_ignore" style="white-space: pre-line">{markup.strip()}</div>'


def render_meeting(meeting) -> str:
    """A meeting record as a small two-column table (field, value)."""
    from .extras import need

    pd = need("pandas", "tables", "showing a meeting record as a table")

    m = meeting.to_json()
    rows = [("document", m["doc_id"])]
    if m.get("body"):
        rows.append(("body", m["body"]["value"]))
    if m.get("session"):
        rows.append(("session", f"{m['session']['ordinal']} ({m['session']['unit']})"))
    if m.get("city"):
        rows.append(("city", m["city"]["value"]))
    if m.get("dates"):
        d = m["dates"]
        rows.append(("dates", d["start"] if d["start"] == d["end"] else f"{d['start']} – {d['end']}"))
    people = lambda xs: "; ".join(f"{p['name']} ({p['country']})" if p.get("country") else p["name"] for p in xs)  # noqa: E731
    states = lambda xs: ", ".join(x["name"] for x in xs)  # noqa: E731
    for name, fmt in (("chairs", people), ("panel", people), ("participants", states), ("speakers", states),
                      ("observers", states)):
        if m.get(name):
            rows.append((f"{name} ({len(m[name])})", fmt(m[name])))
    if m.get("organisations"):
        rows.append((f"organisations ({len(m['organisations'])})", "; ".join(o["name"] for o in m["organisations"])))
    if m.get("documents"):
        rows.append((f"documents ({len(m['documents'])})", ", ".join(d["symbol"] for d in m["documents"])))
    if m.get("resolutions"):
        rows.append((f"resolutions ({len(m['resolutions'])})",
                     ", ".join(f"{r['kind']} {r['number']}" for r in m["resolutions"])))
    frame = pd.DataFrame(rows, columns=["field", "value"])
    return frame.to_html(index=False, justify="left", classes="ie-meeting")


HTML.update(document=render, meeting=render_meeting)  # Document/Meeting._repr_html_
