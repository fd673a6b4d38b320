"""Reading inputs: files, folders (``*.txt``, ``*.md`` recursively) and ``-``
for stdin, each decoded strictly (a bad byte is an error naming file and
byte; a PDF or an image is refused with what to do instead).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Source", "iter_sources", "read_text", "read_texts", "decode", "check_unicode", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Source:
    path: str  # "-" for stdin
    doc_id: str


def _doc_id(path: Path) -> str:
    """``a/b/report.txt`` -> ``a/b/report``: the suffix dropped, ``/`` between parts."""
    return path.with_suffix("").as_posix()


def iter_sources(paths, on_skip=None) -> list:
    """Expand paths to text sources, in a stable order, each with a unique,
    stable doc_id: a file given by name is its name without ``.txt``/``.md``;
    a file found in a folder is its path relative to that folder
    (``arch/2022/report.txt`` given as ``arch`` is ``2022/report``).

    The same file reached twice is read once; two different files that would
    get the same doc_id are an InputError.  Special files (FIFOs, sockets,
    devices) inside a folder are skipped, each reported to
    ``on_skip(message)``.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> for y in ("2022", "2023"):
    ...     (d / y).mkdir(); _ = (d / y / "report.txt").write_text("x")
    >>> [s.doc_id for s in iter_sources([str(d)])]
    ['2022/report', '2023/report']
    """
    out, seen, ids = [], set(), {}

    def add(src: Source, key):
        if key is not None:
            if key in seen:
                return
            seen.add(key)
        if src.doc_id in ids:
            raise InputError(f"{ids[src.doc_id]} and {src.path} would both have doc_id "
                             f"{src.doc_id!r}; give the folder that holds both, or rename one")
        ids[src.doc_id] = src.path
        out.append(src)

    for p in paths:
        if p == "-":
            add(Source("-", "stdin"), "-")
            continue
        path = Path(p)
        if not path.exists():
            raise InputError(f"{p}: no such file or folder")
        if path.is_dir():
            found = []
            for x in sorted(path.rglob("*")):
                if x.suffix.lower() not in TEXT_SUFFIXES or x.is_dir():
                    continue
                if not x.is_file():
                    if on_skip:
                        on_skip(f"{x}: not a regular file (a FIFO, socket or device)")
                    continue
                found.append(x)
            if not found:
                raise InputError(f"{p}: folder holds no .txt or .md files")
            for x in found:
                add(Source(str(x), _doc_id(x.relative_to(path))), _identity(x))
        else:
            add(Source(str(path), _doc_id(Path(path.name))), _identity(path))
    return out


def _identity(path: Path):
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if path.is_file() else None


def read_texts(paths, encoding: str = "utf-8"):
    """``(doc_id, text)`` for every text of ``paths`` (files or folders of
    ``*.txt``/``*.md``, recursively), in order: what ``ie extract`` reads.

    >>> from ie.resources import seeds_dir
    >>> [doc_id for doc_id, _ in read_texts(seeds_dir())][:2]
    ['000_1eefddba4af76706', '001_81b33d89fe5a526d']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for src in iter_sources([str(p) for p in paths]):
        yield src.doc_id, read_text(src, encoding)


_MAGIC = {b"%PDF-": "a PDF", b"PK\x03\x04": "a ZIP archive (a .docx, .odt or .xlsx?)",
          b"\xd0\xcf\x11\xe0": "an MS Office file (.doc?)", b"{\\rtf": "an RTF file",
          b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"\x7fELF": "a program"}


def _binary_kind(data: bytes, encoding: str = "utf-8") -> str | None:
    """What a non-text input is ("a PDF", "binary"), or None for text."""
    head = data[:8192]
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    if encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return None
    if b"\x00" in head:
        return "a binary file (NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls > max(2, len(head) // 100):
        return "a binary file (control bytes)"
    return None


def check_unicode(text: str, name: str):
    """An InputError for text holding a lone surrogate (no UTF-8 exists for
    it, so no record can be written: the SPEC's text_sha256 is of UTF-8)."""
    m = _SURROGATE.search(text)
    if m:
        raise InputError(f"{name}: not valid Unicode: a lone surrogate U+{ord(m.group()):04X} at "
                         f"character {m.start()}; fix the text or choose the right --encoding")


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode strictly; drop a leading byte-order mark only.  A PDF, an
    image or other binary input is refused with what to do instead."""
    kind = _binary_kind(data, encoding)
    if kind:
        raise InputError(f"{name}: {kind}, not a text; extract the text first "
                         f"(for example `pdftotext -layout FILE.pdf FILE.txt`)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        hint = "; try --encoding cp1251" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else ""
        raise InputError(
            f"{name}: not valid {encoding} at byte {e.start} (0x{data[e.start]:02x}){hint}"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding: {encoding}") from None
    check_unicode(text, name)
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
