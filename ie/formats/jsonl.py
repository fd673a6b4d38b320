"""SPEC records as JSON Lines: one document a line.

Records hold no text, only its hash: :func:`read_jsonl` gives Documents
without text; pass a record and its text to ``Document.from_json`` for a
full one.
"""

from __future__ import annotations

import json
import re
import sys

from ..doc import Document
from ..errors import InputError
from ..signals import held
from .atomic import atomic_writer

__all__ = ["read_jsonl", "write_jsonl", "write_lines", "Written", "dumps", "json_line", "escape_surrogates"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path) -> list:
    """Read SPEC records (one document a line) as Documents without text."""
    docs = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not JSON ({e.msg})") from None
            if not isinstance(data, dict) or "spans" not in data:
                raise InputError(f"{path}:{n}: not a record (needs doc_id, text_sha256, spans)")
            try:
                docs.append(Document.from_json(data))
            except (KeyError, TypeError, ValueError) as e:
                raise InputError(f"{path}:{n}: bad span ({e})") from None
    return docs


def escape_surrogates(line: str) -> str:
    """A JSON line with every lone surrogate written as its ``\\uXXXX``
    escape (as ``json.dumps`` does by default), so that it can be written as
    UTF-8; ``json.loads`` gives the same string back.

    >>> escape_surrogates('{"text": "a\\ud800b"}')
    '{"text": "a\\\\ud800b"}'
    """
    if not _SURROGATE.search(line):
        return line
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def dumps(doc, rule: bool = False) -> str:
    """A Document's record as one JSON line (no newline) that can always be
    written as UTF-8: lone surrogates (from a Python caller's text) are
    escaped."""
    return escape_surrogates(doc.dumps(rule))


def json_line(obj) -> str:
    """``json.dumps`` of a plain record (non-ASCII kept readable, lone
    surrogates escaped)."""
    return escape_surrogates(json.dumps(obj, ensure_ascii=False))


class Written:
    """How many lines a writer has written so far (kept when it is
    interrupted, to say so)."""

    def __init__(self):
        self.n = 0


def write_lines(lines, path=None, written: Written | None = None) -> int:
    """The one JSON Lines writer: ``lines`` (no newlines) to stdout, each
    counted once written, or atomically to ``path``; return how many.
    ``written.n`` counts them as they go."""
    written = written or Written()
    if path is None or str(path) == "-":
        for line in lines:
            with held():  # a line written is a line counted
                sys.stdout.write(line + "\n")
                written.n += 1
        sys.stdout.flush()
        return written.n
    with atomic_writer(path) as fh:
        for line in lines:
            fh.write(line + "\n")
            written.n += 1
    return written.n


def write_jsonl(docs, path=None, rule: bool = False) -> int:
    """Write Documents as JSON Lines to ``path`` (atomically) or stdout.

    A lone surrogate in a text (from a Python caller) is written escaped
    (``\\ud800``), so the record is still written and reads back the same."""
    return write_lines((dumps(doc, rule) for doc in docs), path)
