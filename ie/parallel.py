"""Many documents on all cores, in input order, in bounded memory.

Worker processes each build the pipeline once (a pool initializer), limit
BLAS to one thread (processes scale, BLAS threads fight over the same
cores), read their files themselves from paths and send back finished
records in chunks.  The parent keeps at most a few chunks per worker in
flight and yields results in input order as they finish, so memory stays
bounded whatever the corpus size and the output is byte-identical to one
process.

>>> from ie.bench import seeds_dir
>>> from ie.parallel import documents
>>> [d.doc_id for d in documents([str(seeds_dir())], jobs=1)][:2]
['000_1eefddba4af76706', '001_81b33d89fe5a526d']
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import pickle
import resource
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

from .io import InputError, Source, atomic_writer, check_unicode, dumps, iter_sources, read_text

__all__ = ["documents", "records", "extract_to", "pipe", "process", "cpu_count", "auto_jobs",
           "limit_blas", "WorkerError", "DocTimeout"]

BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
CHUNK_BYTES = 1_000_000  # at most this much text per chunk
CHUNKS_PER_WORKER = 4    # reorder window: chunks in flight per worker
BYTES_PER_JOB = 1_000_000  # --jobs default: one worker per MB of input (one process under 2 MB)
PARENT_POLL_S = 0.5      # how often a worker checks that its parent is alive
WARM_BELOW_S = 30        # a --doc-timeout shorter than this loads the models before the first document


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


# --- worker side -------------------------------------------------------------

_WORKER = {"pipeline": None, "error": None, "ready_at": 0.0}


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


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


def _init_worker(spec, parent: int | None = None):
    """Pool initializer: die with the parent; ignore Ctrl-C, SIGTERM and
    SIGHUP (the parent handles them and kills its workers); one BLAS thread;
    the pipeline built and warmed once for the worker's life."""
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # blocked by the parent while spawning
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(_STOP_SIGNALS))
    if parent:
        _die_with_parent(parent)
    try:
        for var in BLAS_VARS:  # before numpy loads
            os.environ[var] = "1"
        from .pipeline import Pipeline

        pipeline = Pipeline() if spec is None else pickle.loads(spec)
        _WORKER["pipeline"] = pipeline.warm()
        _WORKER["blas"] = limit_blas(1)  # for libraries loaded by warm()
    except Exception as e:  # reported by the first task, with its cause
        _WORKER["error"] = f"worker could not load the pipeline ({type(e).__name__}: {e}{_where(e)})"
    _WORKER["ready_at"] = time.time()


def _worker_stats():
    return {"pid": os.getpid(), "ready_at": _WORKER["ready_at"],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _work_chunk(chunk, encoding, as_lines, rule, timeout=None):
    """Extract a chunk of ``(path, doc_id, text_or_None)``; records as JSON
    lines (``as_lines``) or Documents, bad files as messages."""
    if _WORKER["error"]:
        raise WorkerError(_WORKER["error"])
    pipeline = _WORKER["pipeline"]
    return [_one(pipeline, path, doc_id, text, encoding, as_lines, rule, timeout)
            for path, doc_id, text in chunk], _worker_stats()


def _one(pipeline, path, doc_id, text, encoding, as_lines, rule, timeout):
    """``(True, record)`` or ``(False, message)`` for one source."""
    doc, bad = process(pipeline, Source(path, doc_id), encoding, text, timeout)
    if bad is not None:
        return False, bad
    return True, dumps(doc, rule) if as_lines else doc


def _work_batch(batch):
    if _WORKER["error"]:
        raise WorkerError(_WORKER["error"])
    pipeline = _WORKER["pipeline"]
    out = []
    for item in batch:
        text, doc_id = (item, None) if isinstance(item, str) else item
        out.append(pipeline(text, doc_id))
    return out


# --- parent side -------------------------------------------------------------

def _terminate(pool):
    """Stop now: kill the workers (they may be mid-chunk, and ignore SIGTERM),
    drop queued work."""
    kill = getattr(pool, "kill_workers", None)  # Python >= 3.14
    if kill:
        with contextlib.suppress(Exception):
            kill()
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())  # before shutdown clears it
    for p in procs:
        with contextlib.suppress(Exception):
            p.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(5)


@contextlib.contextmanager
def _pool(jobs: int, spec=None):
    """A process pool of ``jobs`` warmed workers; killed on any error or
    Ctrl-C, shut down politely otherwise."""
    from concurrent.futures import ProcessPoolExecutor

    quiet = "ignore::UserWarning:multiprocessing.resource_tracker"
    if quiet not in sys.warnoptions:  # passed on to the resource tracker when it starts
        sys.warnoptions.append(quiet)  # after a SIGKILL it cleans up; no need to warn about it
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(spec, os.getpid()))
    try:
        yield pool
    except BaseException:
        _terminate(pool)
        raise
    else:
        pool.shutdown(wait=True)


def _ordered(pool, fn, tasks, window: int):
    """Submit ``fn(*task)`` with at most ``window`` tasks in flight; yield
    results in task order."""
    from concurrent.futures.process import BrokenProcessPool

    pending = collections.deque()
    tasks = iter(tasks)

    def fill():
        while len(pending) < window:
            task = next(tasks, None)
            if task is None:
                return
            pending.append(pool.submit(fn, *task))

    with _sigint_blocked():  # the first tasks start the workers: no Ctrl-C in their start-up
        fill()
    while pending:
        try:
            result = pending.popleft().result()
        except BrokenProcessPool:
            raise WorkerError("a worker process died (killed, out of memory, or started from a script "
                              "without if __name__ == '__main__':)") from None
        fill()
        yield result


@contextlib.contextmanager
def _sigint_blocked():
    """Hold Ctrl-C, SIGTERM and SIGHUP back (delivered after, not lost)
    while workers are spawned: they inherit the blocked signals, so a signal
    meant for the parent (or its process group) never interrupts a worker's
    imports with a traceback."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(_STOP_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def _signals_held():
    """Hold Ctrl-C, SIGTERM and SIGHUP back for a moment (main thread only)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(_STOP_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _sized(sources, encoding):
    """``(source, text_or_None, size)``: stdin is read here, files by workers."""
    for src in sources:
        if src.path == "-":
            text = read_text(src, encoding)
            yield src, text, len(text.encode("utf-8"))
            continue
        try:
            size = os.stat(src.path).st_size
        except OSError:
            size = 0  # the worker reports it
        yield src, None, size


def _chunks(sized, jobs: int):
    """Group sources so that each worker gets several chunks of at most
    CHUNK_BYTES each (one document is never split)."""
    sized = list(sized)
    total = sum(size for _, _, size in sized)
    target = max(1, min(CHUNK_BYTES, total // (jobs * CHUNKS_PER_WORKER)))
    chunk, nbytes = [], 0
    for src, text, size in sized:
        chunk.append((src.path, src.doc_id, text))
        nbytes += size
        if nbytes >= target:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def _results(paths, encoding, jobs, as_lines, rule, pipeline, stats, timeout=None, on_skip=None):
    """The number of sources, then ``(ok, record_or_message)`` per source,
    in input order."""
    sources = iter_sources(paths, on_skip)
    yield len(sources)
    if jobs is not None and jobs < 0:
        raise InputError("--jobs must be positive")
    sized = list(_sized(sources, encoding))
    if jobs is None:
        jobs = auto_jobs(sum(size for _, _, size in sized))
    elif jobs == 0:
        jobs = cpu_count()
    chunks = list(_chunks(sized, jobs))
    jobs = min(jobs, len(chunks))
    if stats is not None:
        stats["jobs"] = max(1, jobs)
    if jobs <= 1:
        from .pipeline import default_pipeline

        pipeline = pipeline or default_pipeline()
        if timeout and timeout < WARM_BELOW_S and hasattr(pipeline, "warm"):
            pipeline.warm()  # a short limit must not cut the loading of the models in two
        for chunk in chunks:
            for path, doc_id, text in chunk:
                yield _one(pipeline, path, doc_id, text, encoding, as_lines, rule, timeout)
        return
    spec = _spec(pipeline)
    started = time.time()
    with _pool(jobs, spec) as pool:
        tasks = ((chunk, encoding, as_lines, rule, timeout) for chunk in chunks)
        for items, worker in _ordered(pool, _work_chunk, tasks, jobs * CHUNKS_PER_WORKER):
            if stats is not None:
                w = stats.setdefault("workers", {}).setdefault(worker["pid"], {"documents": 0})
                w.update(startup_s=worker["ready_at"] - started, peak_rss_mb=worker["peak_rss_mb"])
                w["documents"] += len(items)
            yield from items


def _spec(pipeline):
    """What workers build: None for the default pipeline, else a pickle."""
    if pipeline is None:
        return None
    from .pipeline import Pipeline, _extractors

    if type(pipeline) is Pipeline and [type(e) for e in pipeline.extractors] == [type(e) for e in _extractors()]:
        return None
    return pickle.dumps(pipeline)


def _checked(results, skip_bad, on_skip, progress):
    total = next(results)
    for done, (ok, value) in enumerate(results, 1):
        if not ok:
            if not skip_bad:
                raise InputError(value)
            if on_skip:
                on_skip(value)
        else:
            yield value
        if progress:
            progress(done, total)


def documents(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
              pipeline=None, on_skip=None, progress=None, stats: dict | None = None,
              timeout: float | None = None):
    """Yield a finished Document per source (files, folders, ``-``), in order.

    ``jobs``: worker processes (None: by input size, see :func:`auto_jobs`;
    0: all cores; 1: this process, with ``pipeline`` or the default one).
    A bad file raises InputError, or with ``skip_bad`` is passed to
    ``on_skip(message)`` and left out; so is a document whose extraction
    takes longer than ``timeout`` seconds (None: no limit).  Special files
    inside folders are passed to ``on_skip`` too.  ``progress(done, total)``
    is called after each source.
    """
    yield from _checked(_results(paths, encoding, jobs, False, False, pipeline, stats, timeout, on_skip),
                        skip_bad, on_skip, progress)


def records(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
            rule: bool = False, pipeline=None, on_skip=None, progress=None, stats: dict | None = None,
            timeout: float | None = None):
    """Like :func:`documents`, but yield each record as its JSON line (no
    newline), serialised in the worker: the texts never travel back."""
    yield from _checked(_results(paths, encoding, jobs, True, rule, pipeline, stats, timeout, on_skip),
                        skip_bad, on_skip, progress)


class Written:
    """How many records a writer has written so far (kept when it is
    interrupted, to say so)."""

    def __init__(self):
        self.n = 0


def extract_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False,
               jobs: int | None = None, rule: bool = False, on_skip=None, progress=None,
               timeout: float | None = None, written: Written | None = None) -> int:
    """Write the records of ``paths`` as JSON Lines to ``output`` (atomically:
    nothing is left on error or Ctrl-C) or stdout; return how many.
    ``written.n`` counts them as they go."""
    lines = records(paths, encoding, skip_bad, jobs, rule, on_skip=on_skip, progress=progress,
                    timeout=timeout)
    written = written or Written()
    if output is None or str(output) == "-":
        for line in lines:
            with _signals_held():  # a record written is a record counted
                sys.stdout.write(line + "\n")
                written.n += 1
        sys.stdout.flush()
        return written.n
    with atomic_writer(output) as fh:
        for line in lines:
            fh.write(line + "\n")
            written.n += 1
    return written.n


def pipe(texts, n_process: int = 2, batch_size: int = 16, pipeline=None):
    """Documents for ``texts`` (``text`` or ``(text, doc_id)``) from
    ``n_process`` workers, in order, reading ``texts`` lazily.

    Uses the ``spawn`` start method: a script calling it needs the
    ``if __name__ == "__main__":`` guard.
    """
    n_process = cpu_count() if n_process in (-1, 0, None) else n_process
    with _pool(n_process, _spec(pipeline)) as pool:
        batches = ((batch,) for batch in _batches(texts, max(1, batch_size)))
        for docs in _ordered(pool, _work_batch, batches, n_process * CHUNKS_PER_WORKER):
            yield from docs


def _batches(items, size):
    from itertools import islice

    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
