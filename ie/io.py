"""Reading inputs and writing records, safely.

Inputs: files, folders (``*.txt``, ``*.md`` recursively) and ``-`` for stdin,
each decoded strictly (a bad byte is an error naming file and byte).
Outputs are written to a temporary file beside the target and renamed, so a
failed or interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .doc import Document

__all__ = ["InputError", "Source", "iter_sources", "read_text", "read_jsonl",
           "write_jsonl", "atomic_writer"]

TEXT_SUFFIXES = (".txt", ".md")


class InputError(Exception):
    """A user-facing input problem: one line, no traceback."""


@dataclass(frozen=True)
class Source:
    path: str  # "-" for stdin
    doc_id: str


def iter_sources(paths) -> list:
    """Expand paths to text sources, in a stable order."""
    out = []
    for p in paths:
        if p == "-":
            out.append(Source("-", "stdin"))
            continue
        path = Path(p)
        if not path.exists():
            raise InputError(f"{p}: no such file or folder")
        if path.is_dir():
            found = sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{p}: folder holds no .txt or .md files")
            out.extend(Source(str(x), x.stem) for x in found)
        else:
            out.append(Source(str(path), path.stem))
    return out


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode strictly; drop a leading byte-order mark only."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not a text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {encoding} at byte {e.start} (0x{data[e.start]:02x}); "
            f"try --encoding cp1251"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding: {encoding}") from None
    return text[1:] if text.startswith("\ufeff") else text


def read_text(source: Source, encoding: str = "utf-8") -> str:
    if source.path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source.path).read_bytes()
        except OSError as e:
            raise InputError(f"{source.path}: cannot read ({e.strerror})") from None
    return decode(data, source.path, encoding)


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


@contextlib.contextmanager
def atomic_writer(path, mode="w"):
    """Write to a temporary file beside ``path``; rename on success only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # a rewritten file keeps its permissions
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_jsonl(docs, path=None, rule: bool = False) -> int:
    """Write Documents as JSON Lines to ``path`` (atomically) or stdout."""
    n = 0
    if path is None or str(path) == "-":
        for doc in docs:
            sys.stdout.write(doc.dumps(rule) + "\n")
            n += 1
        sys.stdout.flush()
        return n
    with atomic_writer(path) as fh:
        for doc in docs:
            fh.write(doc.dumps(rule) + "\n")
            n += 1
    return n
