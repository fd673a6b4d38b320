"""Annotation interchange: JSONL records <-> brat standoff <-> spaCy DocBin.

Every format goes through finished ``Document``s (original text + spans), so
offsets are kept exactly and any direction works.

- brat: a folder with ``<doc_id>.txt`` (the original text, byte for byte) and
  ``<doc_id>.ann``; a span over a line break is written as fragments split at
  the break, as brat does, and read back as one span from the first fragment's
  start to the last one's end; the norm is the span's ``AnnotatorNotes`` (JSON).
  An ``annotation.conf`` listing the labels lets brat open the folder.
- spaCy: a ``.spacy`` DocBin; spans are in ``doc.spans["ie"]`` (tokens are
  split at span boundaries so every span aligns), norms and the doc_id in
  ``doc.user_data["ie"]``.

>>> from ie.doc import Document, Span
>>> d = Document("d", "Фран-\\nция", (Span(0, 9, "COUNTRY", "Фран-\\nция", {"code": "FR"}),))
>>> ann = to_brat_ann(d)
>>> ann.splitlines()
['T1\\tCOUNTRY 0 5;6 9\\tФран- ция', '#1\\tAnnotatorNotes T1\\t{"code": "FR"}']
>>> from_brat_ann(ann, d.text, "d") == d
True
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..doc import LABELS, Document, Span
from ..errors import InputError
from ..normalize import LINE_BREAK_CHARS
from ..sources import decode
from .atomic import atomic_writer
from .jsonl import read_jsonl, write_jsonl
from .registry import CONVERTS, format_of as _format_of

__all__ = ["format_of", "load", "save", "convert", "to_brat_ann", "from_brat_ann", "to_spacy", "from_spacy"]

SPAN_GROUP = "ie"


def format_of(path) -> str:
    """``jsonl``, ``spacy`` or ``brat`` (a folder), by the path's suffix."""
    return _format_of(path, CONVERTS)


# ---------------------------------------------------------------- brat

_BREAK = re.compile(f"[{LINE_BREAK_CHARS}]+")


def _fragments(text: str, start: int, end: int) -> list:
    """The pieces of [start, end) between line breaks."""
    out, pos = [], start
    for m in _BREAK.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]


def to_brat_ann(doc: Document) -> str:
    lines = []
    for n, s in enumerate(doc.spans, 1):
        frags = _fragments(doc.text, s.start, s.end)
        where = ";".join(f"{a} {b}" for a, b in frags)
        shown = " ".join(doc.text[a:b] for a, b in frags)
        lines.append(f"T{n}\t{s.label} {where}\t{shown}")
        if s.norm:
            lines.append(f"#{n}\tAnnotatorNotes T{n}\t{json.dumps(s.norm, ensure_ascii=False)}")
    return "".join(line + "\n" for line in lines)


def from_brat_ann(ann: str, text: str, doc_id: str, name: str = "") -> Document:
    """Read text-bound annotations (T) and their AnnotatorNotes (norms)."""
    name = name or doc_id
    spans, notes = {}, {}
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 2:
                raise InputError(f"{name}:{n}: bad text-bound annotation")
            label, _, where = parts[1].partition(" ")
            try:
                frags = [tuple(int(x) for x in f.split()) for f in where.split(";")]
                start, end = frags[0][0], frags[-1][1]
            except (ValueError, IndexError):
                raise InputError(f"{name}:{n}: bad offsets {where!r}") from None
            if label not in LABELS:
                raise InputError(f"{name}:{n}: unknown label {label}; labels: {', '.join(LABELS)}")
            if not 0 <= start < end <= len(text):
                raise InputError(f"{name}:{n}: offsets {start}:{end} outside the text")
            shown = " ".join(text[a:b] for a, b in frags)
            if len(parts) > 2 and parts[2] != shown:
                raise InputError(f"{name}:{n}: text {parts[2]!r} != original {shown!r}")
            spans[ident] = (start, end, label)
        elif ident.startswith("#") and len(parts) >= 3 and parts[1].startswith("AnnotatorNotes "):
            target = parts[1].split()[1]
            try:
                notes[target] = json.loads(parts[2])
            except json.JSONDecodeError:
                raise InputError(f"{name}:{n}: AnnotatorNotes of {target} is not a JSON norm") from None
    out = [Span(a, b, lab, text[a:b], notes.get(ident, {})) for ident, (a, b, lab) in spans.items()]
    return Document(doc_id, text, tuple(out))


def _load_brat(folder: Path) -> list:
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    anns = sorted(folder.rglob("*.ann"))  # nested: doc_id "2022/report" is 2022/report.ann
    if not anns:
        raise InputError(f"{folder}: no .ann files")
    docs = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise InputError(f"{ann}: no {txt.name} beside it")
        text = decode(txt.read_bytes(), str(txt))
        doc_id = ann.relative_to(folder).with_suffix("").as_posix()
        docs.append(from_brat_ann(decode(ann.read_bytes(), str(ann)), text, doc_id, str(ann)))
    return docs


def _save_brat(docs, folder: Path):
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        with atomic_writer(folder / f"{doc.doc_id}.txt", "wb") as fh:
            fh.write(doc.text.encode("utf-8"))
        with atomic_writer(folder / f"{doc.doc_id}.ann", "wb") as fh:
            fh.write(to_brat_ann(doc).encode("utf-8"))
    with atomic_writer(folder / "annotation.conf") as fh:
        fh.write("[entities]\n" + "".join(f"{lab}\n" for lab in LABELS)
                 + "[relations]\n\n[events]\n\n[attributes]\n\n")


# ---------------------------------------------------------------- spaCy

_TOKENIZER = None


def _tokenizer():
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        _TOKENIZER = spacy.blank("ru").tokenizer
    return _TOKENIZER


def to_spacy(doc: Document, vocab):
    """A spaCy Doc of the original text, split so that every span aligns."""
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    cuts = {0, len(doc.text)}
    for t in _tokenizer()(doc.text):
        cuts.update((t.idx, t.idx + len(t.text)))
    for s in doc.spans:
        cuts.update((s.start, s.end))
    cuts = sorted(cuts)
    words = [doc.text[a:b] for a, b in zip(cuts, cuts[1:]) if doc.text[a:b].strip()]
    words, spaces = get_words_and_spaces(words, doc.text)
    sdoc = Doc(vocab, words=words, spaces=spaces)
    assert sdoc.text == doc.text
    group = []
    for s in doc.spans:
        span = sdoc.char_span(s.start, s.end, label=s.label)
        if span is None:
            raise InputError(f"{doc.doc_id}: span {s.start}:{s.end} {s.label} does not align with tokens")
        group.append(span)
    sdoc.spans[SPAN_GROUP] = group
    sdoc.user_data[SPAN_GROUP] = {"doc_id": doc.doc_id,
                                  "norms": [[s.start, s.end, s.label, s.norm] for s in doc.spans]}
    return sdoc


def from_spacy(sdoc, n: int = 0) -> Document:
    data = sdoc.user_data.get(SPAN_GROUP) or {}
    norms = {(a, b, lab): norm for a, b, lab, norm in data.get("norms", [])}
    text = sdoc.text
    spans = []
    group = sdoc.spans[SPAN_GROUP] if SPAN_GROUP in sdoc.spans else sdoc.ents
    for sp in group:
        a, b = sp.start_char, sp.end_char
        spans.append(Span(a, b, sp.label_, text[a:b], dict(norms.get((a, b, sp.label_), {}))))
    return Document(data.get("doc_id") or f"doc{n}", text, tuple(spans))


def _load_spacy(path: Path) -> list:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    try:
        db = DocBin(store_user_data=True).from_bytes(path.read_bytes())
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    except Exception as e:  # a corrupt file: one line, no traceback
        raise InputError(f"{path}: not a spaCy DocBin ({type(e).__name__})") from None
    return [from_spacy(d, n) for n, d in enumerate(db.get_docs(Vocab()))]


def _save_spacy(docs, path: Path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    db = DocBin(attrs=["ORTH"], store_user_data=True)
    for doc in docs:
        db.add(to_spacy(doc, vocab))
    with atomic_writer(path, "wb") as fh:
        fh.write(db.to_bytes())


# ---------------------------------------------------------------- any to any

def load(path, originals: dict | None = None) -> list:
    """Documents (with text) from a file or folder of any supported format.

    JSONL records hold no text: ``originals`` maps doc_id -> original text.
    """
    path = Path(path)
    fmt = format_of(path)
    if fmt == "brat":
        return _load_brat(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if fmt == "spacy":
        return _load_spacy(path)
    docs = []
    for rec in read_jsonl(path):
        text = (originals or {}).get(rec.doc_id)
        if text is None:
            raise InputError(f"{rec.doc_id}: no original text (give --texts FOLDER)")
        try:
            docs.append(Document.from_json(rec.to_json(), text))
        except ValueError as e:
            raise InputError(str(e)) from None
        for s in docs[-1].spans:
            if text[s.start:s.end] != s.text:
                raise InputError(f"{rec.doc_id}: span {s.start}:{s.end} {s.label}: text != original")
    return docs


def save(docs, path) -> int:
    path = Path(path)
    fmt = format_of(path)
    docs = list(docs)
    if fmt == "brat":
        _save_brat(docs, path)
    elif fmt == "spacy":
        _save_spacy(docs, path)
    else:
        write_jsonl(docs, path)
    return len(docs)


def convert(src, dst, originals: dict | None = None) -> int:
    """Convert ``src`` to ``dst`` (formats by suffix; a folder is brat)."""
    if Path(src).resolve() == Path(dst).resolve():
        raise InputError("input and output are the same")
    return save(load(src, originals), dst)
