"""The pipeline: normalize -> segment -> morph/ner -> extract -> doc.

>>> from ie.pipeline import extract
>>> extract("Представители Российской Федерации.").spans[0].norm["code"]
'RU'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from .doc import Document, Span
from .extractors import record
from .normalize import Reading, normalize
from .resources import Resources, default, use
from .segment import sentences, tokens

__all__ = ["Context", "Pipeline", "extract", "default_pipeline"]


@dataclass(frozen=True, slots=True)
class RSpan:
    """A span in reading offsets, before it is mapped back."""

    start: int
    end: int
    label: str
    norm: dict
    rule: str | None = None
    original: bool = False  # offsets already in the original (page headers)


@dataclass
class Context:
    """What every extractor sees: the reading text and its layers."""

    reading: Reading
    spans: list = field(default_factory=list)  # RSpans found by earlier layers

    @property
    def text(self) -> str:
        return self.reading.text

    @cached_property
    def tokens(self):
        return tokens(self.text)

    @cached_property
    def sentences(self):
        return sentences(self.text)

    @cached_property
    def cover(self):
        """A verbatim record's cover: its chair and members' lists (``ie.extractors.cover``),
        read once for the extractors that use it."""
        from .extractors.cover import Cover

        return Cover.of(self.reading.lines)

    def span(self, start, end, label, norm, rule=None, original=False) -> RSpan:
        return RSpan(start, end, label, norm, rule, original)

    def of(self, label):
        return [s for s in self.spans if s.label == label]


def _extractors(ner: str = "auto"):
    from .extractors.country import CountryExtractor
    from .extractors.date import DateExtractor
    from .extractors.document import DocumentExtractor
    from .extractors.meeting import MeetingExtractor
    from .extractors.person import PersonExtractor
    from .extractors.resolution import ResolutionExtractor
    from .extractors.roles import CountryRoles

    return [CountryExtractor(), DateExtractor(), MeetingExtractor(), ResolutionExtractor(),
            DocumentExtractor(), CountryRoles(), PersonExtractor(ner)]


class Pipeline:
    """Loads resources once; ``pipe`` streams finished Documents lazily."""

    def __init__(self, extractors=None, ner: str = "auto", resources: Resources | None = None):
        """``ner``: where slovnet runs — "auto" (only sentences with a
        capitalised word nothing else explains), "all" or "none".
        ``resources``: the data files (``ie.resources.Resources``; the
        packaged ones by default), active while this pipeline extracts."""
        if ner not in ("auto", "all", "none"):
            raise ValueError(f"ner must be auto, all or none, not {ner!r}")
        self.ner = ner
        self.resources = resources if resources is not None else default()
        self.extractors = extractors if extractors is not None else _extractors(ner)

    def is_default(self) -> bool:
        """Whether this pipeline is the default one (workers can build it
        themselves instead of receiving a pickle)."""
        return (self.ner == "auto" and self.resources == default()
                and [type(e) for e in self.extractors] == [type(e) for e in _extractors()])

    def warm(self):
        """Load every resource now (gazetteers, dictionaries, models)."""
        with use(self.resources):
            for extractor in self.extractors:
                getattr(extractor, "warm", lambda: None)()
            normalize("Конфе-\nренция")
        return self

    def __call__(self, text: str, doc_id: str | None = None) -> Document:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        with use(self.resources):
            return self._extract(text, doc_id)

    def _extract(self, text: str, doc_id: str | None) -> Document:
        reading = normalize(text)
        ctx = Context(reading)
        for extractor in self.extractors:
            ctx.spans.extend(extractor(ctx))
        spans = []
        seen = set()
        for rs in ctx.spans:
            start, end = (rs.start, rs.end) if rs.original else reading.to_original(rs.start, rs.end)
            key = (start, end, rs.label)
            if key in seen or end <= start:
                continue
            seen.add(key)
            spans.append(Span(start, end, rs.label, text[start:end], rs.norm, rs.rule))
        spans = _designations_whole(spans)
        doc = Document(doc_id, text, tuple(spans))
        return Document(doc_id, text, doc.spans, meeting=record.build(doc, reading))

    def pipe(self, texts, batch_size: int = 16):
        """Yield a Document per text; items may be ``text`` or ``(text, doc_id)``.

        On several cores: ``ie.run.pipe(texts, n_process, pipeline=...)``.
        """
        it = iter(texts)
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            for item in batch:
                text, doc_id = (item, None) if isinstance(item, str) else item
                yield self(text, doc_id)


def _designations_whole(spans: list) -> list:
    """A year inside a resolution's designation is part of it, no DATE of its
    own («№ 1474(2003)»: GUIDELINES 47); one sweep over the spans in order."""
    numbers = sorted((s.start, s.end) for s in spans if s.label == "RESOLUTION")
    if not numbers:
        return spans
    starts = [a for a, _ in numbers]

    def inside(s):
        k = bisect_right(starts, s.start) - 1
        return k >= 0 and s.end <= numbers[k][1]

    return [s for s in spans if s.label != "DATE" or not inside(s)]


_DEFAULT = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(text: str, doc_id: str | None = None) -> Document:
    """Run the full pipeline on ``text``; return a finished Document."""
    return default_pipeline()(text, doc_id)
