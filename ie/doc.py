"""Records: frozen ``Span``, ``Document`` and ``Meeting``, in ORIGINAL offsets.

The record layer imports nothing of the package: showing a record in Jupyter
goes through ``HTML``, which ``ie.display`` fills when the package loads.

Both round-trip the SPEC record through ``to_json``/``from_json``:

>>> doc = Document("d1", "в Бразилии", (Span(2, 10, "COUNTRY", "Бразилии",
...     {"code": "BR", "name": "Бразилия", "role": None}),))
>>> doc.spans[0]
COUNTRY[2:10] 'Бразилии' {code=BR, name=Бразилия, role=None}
>>> Document.from_json(doc.to_json()) == doc
True
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

__all__ = ["LABELS", "Span", "Document", "Meeting", "text_sha256", "HTML"]

LABELS = ("COUNTRY", "DATE", "MEETING", "RESOLUTION", "SPEAKER", "PERSON", "DOCUMENT")
# Jupyter renderers by record kind ("document", "meeting"), set by ie.display
HTML: dict = {}


def text_sha256(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes; a lone surrogate (from a Python
    caller or a ``surrogateescape`` decoding) is hashed as its own code unit
    instead of failing.

    >>> text_sha256("Вена")[:12], text_sha256("\\ud800")[:12]
    ('3ed0e2a14590', '91a681b99855')
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _freeze(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True)
class Span:
    """One mention: ``text == original[start:end]`` always."""

    start: int
    end: int
    label: str
    text: str
    norm: dict = field(default_factory=dict)
    rule: str | None = field(default=None, compare=False)

    def __hash__(self):
        return hash((self.start, self.end, self.label, self.text, _freeze(self.norm)))

    def __repr__(self):
        norm = ", ".join(f"{k}={v}" for k, v in self.norm.items())
        return f"{self.label}[{self.start}:{self.end}] {self.text!r} {{{norm}}}"

    @property
    def key(self):
        return (self.start, self.end, self.label)

    def to_json(self, rule: bool = False) -> dict:
        out = {"start": self.start, "end": self.end, "label": self.label,
               "text": self.text, "norm": self.norm}
        if rule and self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_json(cls, data: dict) -> "Span":
        return cls(int(data["start"]), int(data["end"]), data["label"], data["text"],
                   dict(data.get("norm") or {}), data.get("rule"))


@dataclass(frozen=True)
class Document:
    """A finished document: the original text and its spans, sorted, and
    the meeting record the pipeline built from them (None for a document
    rebuilt from a record)."""

    doc_id: str | None
    text: str
    spans: tuple = ()
    meta: dict = field(default_factory=dict, compare=False)
    meeting: "Meeting | None" = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "spans", tuple(sorted(self.spans, key=lambda s: (s.start, s.end, s.label))))

    def __hash__(self):
        return hash((self.doc_id, self.text_sha256, self.spans))

    def __repr__(self):
        counts = {}
        for s in self.spans:
            counts[s.label] = counts.get(s.label, 0) + 1
        body = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        return f"Document({self.doc_id!r}, {len(self.text)} chars, {len(self.spans)} spans: {body})"

    @property
    def text_sha256(self) -> str:
        return text_sha256(self.text)

    def spans_of(self, label: str) -> list:
        return [s for s in self.spans if s.label == label]

    def _repr_html_(self):
        """Jupyter: the text with its spans highlighted (ie.display)."""
        if not self.text or "document" not in HTML:  # a record read without its text
            return None
        return HTML["document"](self)

    def to_json(self, rule: bool = False) -> dict:
        return {"doc_id": self.doc_id, "text_sha256": self.text_sha256,
                "spans": [s.to_json(rule) for s in self.spans]}

    def dumps(self, rule: bool = False) -> str:
        return json.dumps(self.to_json(rule), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: dict, text: str | None = None) -> "Document":
        """Rebuild from a record; without ``text`` it is rebuilt from spans.

        A record holds no text, only its hash: pass the original ``text`` to
        get a full document (the hash is checked).
        """
        spans = tuple(Span.from_json(s) for s in data.get("spans", ()))
        if text is None:
            doc = _Record(data.get("doc_id"), "", spans)
            object.__setattr__(doc, "_sha", data.get("text_sha256"))
            return doc
        if data.get("text_sha256") and data["text_sha256"] != text_sha256(text):
            raise ValueError(f"{data.get('doc_id')}: text_sha256 does not match the text")
        return cls(data.get("doc_id"), text, spans)


@dataclass(frozen=True)
class Meeting:
    """One document's answer to "who, when, where, under what"; every value
    keeps the original span it came from (``span``: [start, end])."""

    doc_id: str | None
    body: dict | None = None
    session: dict | None = None
    city: dict | None = None
    dates: dict | None = None
    chairs: list = field(default_factory=list)
    panel: list = field(default_factory=list)
    participants: list = field(default_factory=list)
    speakers: list = field(default_factory=list)
    observers: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    def _repr_html_(self):
        """Jupyter: the record as a small table (ie.display)."""
        return HTML["meeting"](self) if "meeting" in HTML else None

    def __repr__(self):
        parts = [f"Meeting({self.doc_id!r}"]
        if self.body:
            parts.append(f"body={self.body['value']!r}")
        if self.session:
            parts.append(f"session={self.session['ordinal']} {self.session['unit']}")
        if self.city:
            parts.append(f"city={self.city['value']}")
        if self.dates:
            parts.append(f"dates={self.dates['start']}..{self.dates['end']}")
        for name in ("chairs", "panel", "participants", "speakers", "observers", "organisations",
                     "documents", "resolutions"):
            value = getattr(self, name)
            if value:
                parts.append(f"{name}={len(value)}")
        return ", ".join(parts) + ")"


class _Record(Document):
    """A document read from a record without its text: the hash stands in."""

    @property
    def text_sha256(self) -> str:
        return self._sha

    def __eq__(self, other):
        return isinstance(other, Document) and (self.doc_id, self.text_sha256, self.spans) == (
            other.doc_id, other.text_sha256, other.spans)

    __hash__ = Document.__hash__
