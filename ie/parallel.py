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
import time
import traceback
from pathlib import Path

from .io import InputError, Source, atomic_writer, iter_sources, read_text

__all__ = ["documents", "records", "extract_to", "pipe", "process", "cpu_count",
           "limit_blas", "WorkerError"]

BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
CHUNK_BYTES = 1_000_000  # at most this much text per chunk
CHUNKS_PER_WORKER = 4    # reorder window: chunks in flight per worker


class WorkerError(RuntimeError):
    """A worker process died (killed, out of memory) or could not start."""


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


def process(pipeline, source: Source, encoding: str = "utf-8", text: str | None = None):
    """Read and extract one source: ``(Document, None)`` or ``(None, message)``.

    A file that cannot be read, or on which extraction fails, is a bad file;
    the message names it in one line.
    """
    try:
        if text is None:
            text = read_text(source, encoding)
    except InputError as e:
        return None, str(e)
    try:
        return pipeline(text, source.doc_id), None
    except Exception as e:  # a bad document must not stop an archive run
        return None, f"{source.path}: extraction failed ({type(e).__name__}: {e}{_where(e)})"


# --- worker side -------------------------------------------------------------

_WORKER = {"pipeline": None, "error": None, "ready_at": 0.0}


def _init_worker(spec):
    """Pool initializer: ignore Ctrl-C (the parent handles it), one BLAS
    thread, the pipeline built and warmed once for the worker's life."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
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


def _work_chunk(chunk, encoding, as_lines, rule):
    """Extract a chunk of ``(path, doc_id, text_or_None)``; records as JSON
    lines (``as_lines``) or Documents, bad files as messages."""
    if _WORKER["error"]:
        raise WorkerError(_WORKER["error"])
    pipeline = _WORKER["pipeline"]
    out = []
    for path, doc_id, text in chunk:
        doc, bad = process(pipeline, Source(path, doc_id), encoding, text)
        if bad is not None:
            out.append((False, bad))
        else:
            out.append((True, doc.dumps(rule) if as_lines else doc))
    return out, _worker_stats()


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
    """Stop now: kill the workers (they may be mid-chunk), drop queued work."""
    terminate = getattr(pool, "terminate_workers", None)  # Python >= 3.14
    if terminate:
        with contextlib.suppress(Exception):
            terminate()
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())  # before shutdown clears it
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(5)


@contextlib.contextmanager
def _pool(jobs: int, spec=None):
    """A process pool of ``jobs`` warmed workers; killed on any error or
    Ctrl-C, shut down politely otherwise."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(spec,))
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
    """Hold Ctrl-C back (delivered after, not lost) while workers are
    spawned: they inherit the blocked signal, so a Ctrl-C meant for the
    parent never interrupts a worker's imports with a traceback."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
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


def _results(paths, encoding, jobs, as_lines, rule, pipeline, stats):
    """The number of sources, then ``(ok, record_or_message)`` per source,
    in input order."""
    sources = iter_sources(paths)
    yield len(sources)
    jobs = cpu_count() if jobs in (None, 0) else jobs
    if jobs < 0:
        raise InputError("--jobs must be positive")
    chunks = list(_chunks(_sized(sources, encoding), max(1, jobs)))
    jobs = min(jobs, len(chunks))
    if jobs <= 1:
        from .pipeline import default_pipeline

        pipeline = pipeline or default_pipeline()
        for chunk in chunks:
            for path, doc_id, text in chunk:
                doc, bad = process(pipeline, Source(path, doc_id), encoding, text)
                yield (False, bad) if bad is not None else (True, doc.dumps(rule) if as_lines else doc)
        return
    spec = _spec(pipeline)
    started = time.time()
    with _pool(jobs, spec) as pool:
        tasks = ((chunk, encoding, as_lines, rule) for chunk in chunks)
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
              pipeline=None, on_skip=None, progress=None, stats: dict | None = None):
    """Yield a finished Document per source (files, folders, ``-``), in order.

    ``jobs``: worker processes (None or 0: all cores; 1: this process, with
    ``pipeline`` or the default one).  A bad file raises InputError, or with
    ``skip_bad`` is passed to ``on_skip(message)`` and left out.
    ``progress(done, total)`` is called after each source.
    """
    yield from _checked(_results(paths, encoding, jobs, False, False, pipeline, stats),
                        skip_bad, on_skip, progress)


def records(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
            rule: bool = False, pipeline=None, on_skip=None, progress=None, stats: dict | None = None):
    """Like :func:`documents`, but yield each record as its JSON line (no
    newline), serialised in the worker: the texts never travel back."""
    yield from _checked(_results(paths, encoding, jobs, True, rule, pipeline, stats),
                        skip_bad, on_skip, progress)


def extract_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False,
               jobs: int | None = None, rule: bool = False, on_skip=None, progress=None) -> int:
    """Write the records of ``paths`` as JSON Lines to ``output`` (atomically:
    nothing is left on error or Ctrl-C) or stdout; return how many."""
    import sys

    lines = records(paths, encoding, skip_bad, jobs, rule, on_skip=on_skip, progress=progress)
    n = 0
    if output is None or str(output) == "-":
        for line in lines:
            sys.stdout.write(line + "\n")
            n += 1
        sys.stdout.flush()
        return n
    with atomic_writer(output) as fh:
        for line in lines:
            fh.write(line + "\n")
            n += 1
    return n


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
