"""Writing outputs safely: checked before the work starts, written to a
temporary file beside the target and renamed, so a failed or interrupted run
never leaves a half-written file; a new file gets the umask's mode.
"""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

from ..errors import OutputError

__all__ = ["check_output", "atomic_writer", "file_mode"]


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


def file_mode() -> int:
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
def atomic_writer(path, mode="w", parents: bool = True):
    """Write to a temporary file beside ``path``; rename on success only.

    A new file gets the mode the umask gives; a rewritten file keeps its
    mode.  Any OSError (a full disk, no permission) becomes an OutputError
    naming ``path``, and the temporary file is removed.  ``parents``:
    make missing folders above ``path`` (else their absence is an error).
    """
    path = Path(path)
    if path.exists() and not path.is_file():  # never replace a folder, /dev/null or a FIFO
        raise OutputError(f"{path}: not a regular file; cannot be replaced")
    tmp = None
    try:
        try:
            if parents:
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
