"""The worker core: one source in, one product or one bad file's message
out, the same in a ``--jobs`` worker process, a Dask worker and the parent.

A worker builds its pipeline once, dies with its parent (however the parent
ends), leaves Ctrl-C to the parent and runs BLAS on one thread.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

from ..errors import InputError
from ..formats.jsonl import dumps, json_line
from ..pipeline import Pipeline
from ..sources import Source, check_unicode, read_text
from ..signals import STOP_SIGNALS

__all__ = ["process", "one", "worker_pipeline", "init_worker", "work_chunk", "work_batch", "kept",
           "time_limit", "limit_blas", "cpu_count", "auto_jobs", "WorkerError", "DocTimeout"]

BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
BYTES_PER_JOB = 1_000_000  # --jobs default: one worker per MB of input (one process under 2 MB)
PARENT_POLL_S = 0.5      # how often a worker checks that its parent is alive


class WorkerError(RuntimeError):
    """A worker process died (killed, out of memory) or could not start."""


class DocTimeout(BaseException):
    """One document took longer than its time limit.  A BaseException, so
    that no ``except Exception`` inside the pipeline swallows it."""


def auto_jobs(total_bytes: int, cores: int | None = None) -> int:
    """The default number of worker processes for ``total_bytes`` of input:
    one process below 2 MB (starting a worker costs seconds), then one per
    MB, up to every core.

    >>> auto_jobs(150_000, 8), auto_jobs(3_500_000, 8), auto_jobs(10**9, 8)
    (1, 3, 8)
    """
    cores = cores or cpu_count()
    return max(1, min(cores, total_bytes // BYTES_PER_JOB))


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def limit_blas(threads: int = 1):
    """Limit BLAS/OpenMP pools to ``threads``: env vars for libraries not yet
    loaded, threadpoolctl for those already loaded."""
    for var in BLAS_VARS:
        os.environ[var] = str(threads)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=threads)


def _where(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    if not tb:
        return ""
    frame = tb[-1]
    return f" at {Path(frame.filename).name}:{frame.lineno}"


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocTimeout` in the block after ``seconds`` (SIGALRM; only
    in a main thread on POSIX, else no limit).  ``None`` or 0: no limit."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def expired(signum, frame):
        raise DocTimeout(seconds)

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def process(pipeline, source: Source, encoding: str = "utf-8", text: str | None = None,
            timeout: float | None = None):
    """Read and extract one source: ``(Document, None)`` or ``(None, message)``.

    A file that cannot be read, that is not valid Unicode, on which
    extraction fails, or whose extraction takes longer than ``timeout``
    seconds (None: no limit), is a bad file; the message names it in one line.
    """
    try:
        if text is None:
            text = read_text(source, encoding)
        else:
            check_unicode(text, source.path)
    except InputError as e:
        return None, str(e)
    try:
        with time_limit(timeout):
            return pipeline(text, source.doc_id), None
    except DocTimeout:
        return None, (f"{source.path}: extraction took longer than {timeout:g} s; stopped "
                      f"(--doc-timeout)")
    except Exception as e:  # a bad document must not stop an archive run
        return None, f"{source.path}: extraction failed ({type(e).__name__}: {e}{_where(e)})"


_WORKER = {"error": None, "ready_at": 0.0}
_LOADED = {}
_LOCK = threading.Lock()




def _die_with_parent(parent: int):
    """End this worker when its parent ends, however it ends (SIGKILL
    included): the kernel's parent-death signal on Linux, and a thread that
    polls the parent's pid everywhere."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # died before the line above
        os._exit(1)

    def watch():
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="ie-parent-watch", daemon=True).start()


def worker_pipeline(spec=None):
    """This process's pipeline, built and warmed once for its life (a
    ``--jobs`` worker and a Dask worker alike), BLAS limited to one thread
    (processes scale; BLAS threads fight over the same cores).  ``spec``:
    None for the default pipeline, else a pickled one."""
    with _LOCK:
        if "pipeline" not in _LOADED:
            for var in BLAS_VARS:  # before numpy loads
                os.environ[var] = "1"
            pipeline = Pipeline() if spec is None else pickle.loads(spec)
            _LOADED["pipeline"] = pipeline.warm()
            _LOADED["blas"] = limit_blas(1)  # for libraries loaded by warm()
        return _LOADED["pipeline"]


def init_worker(spec, parent: int | None = None):
    """Pool initializer: die with the parent; ignore Ctrl-C, SIGTERM and
    SIGHUP (the parent handles them and kills its workers); one BLAS thread;
    the pipeline built and warmed once for the worker's life."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # blocked by the parent while spawning
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(STOP_SIGNALS))
    if parent:
        _die_with_parent(parent)
    try:
        worker_pipeline(spec)
    except Exception as e:  # reported by the first task, with its cause
        _WORKER["error"] = f"worker could not load the pipeline ({type(e).__name__}: {e}{_where(e)})"
    _WORKER["ready_at"] = time.time()


def _worker_stats():
    return {"pid": os.getpid(), "ready_at": _WORKER["ready_at"],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _ready():
    """The pipeline :func:`init_worker` built, or the WorkerError saying why
    it could not be built."""
    if _WORKER["error"]:
        raise WorkerError(_WORKER["error"])
    return worker_pipeline()


def work_chunk(chunk, encoding, kind, rule, timeout=None):
    """Extract a chunk of ``(path, doc_id, text_or_None)``: per source its
    product (see :func:`one`) or a bad file's message."""
    pipeline = _ready()
    return [one(pipeline, path, doc_id, text, encoding, kind, rule, timeout)
            for path, doc_id, text in chunk], _worker_stats()


def one(pipeline, path, doc_id, text, encoding, kind, rule, timeout=None):
    """``(True, product)`` or ``(False, message)`` for one source; the
    product is made here, in the worker, so that only it travels back:
    ``kind`` "record" (the SPEC record's JSON line), "meeting" (the meeting
    record's JSON line) or "document" (the Document)."""
    doc, bad = process(pipeline, Source(path, doc_id), encoding, text, timeout)
    if bad is not None:
        return False, bad
    if kind == "record":
        return True, dumps(doc, rule)
    if kind == "meeting":
        return True, json_line(doc.meeting.to_json())
    return True, doc


def work_batch(batch):
    pipeline = _ready()
    out = []
    for item in batch:
        text, doc_id = (item, None) if isinstance(item, str) else item
        out.append(pipeline(text, doc_id))
    return out


def kept(outcomes, skip_bad: bool, on_skip=None, progress=None, total: int | None = None):
    """The one bad-file policy: yield the products of ``(ok, value)``
    outcomes; a bad file's message raises InputError, or with ``skip_bad``
    goes to ``on_skip(message)``.  ``progress(done, total)`` after each."""
    for done, (ok, value) in enumerate(outcomes, 1):
        if not ok:
            if not skip_bad:
                raise InputError(value)
            if on_skip:
                on_skip(value)
        else:
            yield value
        if progress:
            progress(done, total)
