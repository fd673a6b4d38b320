"""Reading inputs and writing records, safely.

Inputs: files, folders (``*.txt``, ``*.md`` recursively) and ``-`` for stdin,
each decoded strictly (a bad byte is an error naming file and byte).
Outputs are written to a temporary file beside the target and renamed, so a
failed or interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .doc import Document

__all__ = ["InputError", "OutputError", "check_output", "Source", "iter_sources", "read_text", "read_texts", "read_jsonl",
           "dumps", "json_line", "escape_surrogates",
           "write_jsonl", "atomic_writer"]

TEXT_SUFFIXES = (".txt", ".md")


class InputError(Exception):
    """A user-facing input problem: one line, no traceback."""


class OutputError(InputError):
    """The output cannot be written (no space, no permission, not a folder):
    one line, no traceback; an earlier output file is left as it was."""


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

    >>> from ie.bench import seeds_dir
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
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _creatable(path: Path) -> Path:
    """The nearest existing folder above ``path``, or an OutputError saying
    why nothing can be made there."""
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: {parent} is a file, not a folder")
    return parent


def check_output(path, folder: bool = False, inputs=()):
    """Before the work starts: refuse an output that cannot be written, or
    that would overwrite one of the ``inputs`` (paths of sources).

    A file output must not be an existing folder or special file; a folder
    output (``folder=True``) must not be an existing file.  Writability is
    probed by creating (and removing) a file where the output will be made.
    """
    if path is None or str(path) == "-":
        return
    path = Path(path)
    if path.exists():
        if folder and not path.is_dir():
            raise OutputError(f"{path}: exists and is not a folder (this output is a folder)")
        if not folder and path.is_dir():
            raise OutputError(f"{path}: is a folder; give a file name, e.g. {path / 'spans.jsonl'}")
        if not folder and not path.is_file():
            raise OutputError(f"{path}: not a regular file; leave out -o to write to stdout")
    for src in inputs:
        if src != "-" and Path(src).exists() and path.exists() and os.path.samefile(src, path):
            raise OutputError(f"{path}: is also an input; the output would overwrite it")
    where = path if folder and path.is_dir() else _creatable(path)
    probe = where / f".ie-probe-{os.getpid()}.tmp"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise OutputError(f"{path}: cannot write in {where} ({e.strerror})") from None


def _umask_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove_stale_temps(path: Path):
    """Remove temporary files of ``path`` left by a writer that was killed
    (SIGKILL, power loss): their process no longer runs."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if not pid.isascii() or not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                tmp.unlink()
        except OSError:
            pass


def _open_temp(path: Path):
    """A new, empty temporary file beside ``path`` with the umask's mode
    (not mkstemp's 0600): ``(fd, name)``."""
    _remove_stale_temps(path)
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        try:
            return os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise OutputError(f"{path}: cannot make a temporary file beside it")


@contextlib.contextmanager
def atomic_writer(path, mode="w"):
    """Write to a temporary file beside ``path``; rename on success only.

    A new file gets the mode the umask gives; a rewritten file keeps its
    mode.  Any OSError (a full disk, no permission) becomes an OutputError
    naming ``path``, and the temporary file is removed.
    """
    path = Path(path)
    if path.exists() and not path.is_file():  # never replace a folder, /dev/null or a FIFO
        raise OutputError(f"{path}: not a regular file; cannot be replaced")
    tmp = None
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = _open_temp(path)
        except OSError as e:
            raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # a rewritten file keeps its permissions
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e}); nothing written") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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


def write_jsonl(docs, path=None, rule: bool = False) -> int:
    """Write Documents as JSON Lines to ``path`` (atomically) or stdout.

    A lone surrogate in a text (from a Python caller) is written escaped
    (``\\ud800``), so the record is still written and reads back the same."""
    n = 0
    if path is None or str(path) == "-":
        for doc in docs:
            sys.stdout.write(dumps(doc, rule) + "\n")
            n += 1
        sys.stdout.flush()
        return n
    with atomic_writer(path) as fh:
        for doc in docs:
            fh.write(dumps(doc, rule) + "\n")
            n += 1
    return n
