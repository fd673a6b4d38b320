"""Many documents on all cores, in input order, in bounded memory.

Worker processes (``ie.run.worker``) each build the pipeline once, read
their files themselves from paths and send back finished products in
chunks.  The parent keeps at most a few chunks per worker in flight and
yields results in input order as they finish, so memory stays bounded
whatever the corpus size and the output is byte-identical to one process.

>>> from ie.resources import seeds_dir
>>> [d.doc_id for d in documents([str(seeds_dir())], jobs=1)][:2]
['000_1eefddba4af76706', '001_81b33d89fe5a526d']
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import pickle
import sys
import time

from ..errors import InputError
from ..pipeline import Pipeline, default_pipeline
from ..sources import iter_sources, read_text
from ..signals import held
from .worker import ( WorkerError, auto_jobs, cpu_count, init_worker, kept, one,
                     work_batch, work_chunk)

__all__ = ["documents", "records", "meeting_records", "pipe"]

CHUNK_BYTES = 1_000_000  # at most this much text per chunk
CHUNKS_PER_WORKER = 4    # reorder window: chunks in flight per worker
WARM_BELOW_S = 30        # a --doc-timeout shorter than this loads the models before the first document


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
    # let the pool's manager thread finish its clean-up now: at interpreter exit
    # concurrent.futures would otherwise wake it through a pipe it may be closing
    # (a stray traceback after the one-line error)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(5)


@contextlib.contextmanager
def _pool(jobs: int, spec=None):
    """A process pool of ``jobs`` warmed workers; killed on any error or
    Ctrl-C, shut down politely otherwise."""
    from concurrent.futures import ProcessPoolExecutor

    quiet = "ignore::UserWarning:multiprocessing.resource_tracker"
    if quiet not in sys.warnoptions:  # passed on to the resource tracker when it starts
        sys.warnoptions.append(quiet)  # after a SIGKILL it cleans up; no need to warn about it
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(spec, os.getpid()))
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

    with held(main_thread_only=False):  # the first tasks start the workers: no Ctrl-C in their start-up
        fill()
    while pending:
        try:
            result = pending.popleft().result()
        except BrokenProcessPool:
            raise WorkerError("a worker process died (killed, out of memory, or started from a script "
                              "without if __name__ == '__main__':)") from None
        fill()
        yield result


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


def _results(paths, encoding, jobs, kind, rule, pipeline, stats, timeout=None, on_skip=None):
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
        pipeline = pipeline or default_pipeline()
        if timeout and timeout < WARM_BELOW_S and hasattr(pipeline, "warm"):
            pipeline.warm()  # a short limit must not cut the loading of the models in two
        for chunk in chunks:
            for path, doc_id, text in chunk:
                yield one(pipeline, path, doc_id, text, encoding, kind, rule, timeout)
        return
    spec = _spec(pipeline)
    started = time.time()
    with _pool(jobs, spec) as pool:
        tasks = ((chunk, encoding, kind, rule, timeout) for chunk in chunks)
        for items, worker in _ordered(pool, work_chunk, tasks, jobs * CHUNKS_PER_WORKER):
            if stats is not None:
                w = stats.setdefault("workers", {}).setdefault(worker["pid"], {"documents": 0})
                w.update(startup_s=worker["ready_at"] - started, peak_rss_mb=worker["peak_rss_mb"])
                w["documents"] += len(items)
            yield from items


def _spec(pipeline):
    """What workers build: None for the default pipeline, else a pickle."""
    if pipeline is None:
        return None
    if type(pipeline) is Pipeline and pipeline.is_default():
        return None
    return pickle.dumps(pipeline)


def _kept(results, skip_bad, on_skip, progress):
    """The products of ``_results`` under the bad-file policy; on an error
    or an early stop the workers are stopped at once (not when the
    generator happens to be collected)."""
    try:
        total = next(results)
        yield from kept(results, skip_bad, on_skip, progress, total)
    finally:
        results.close()


def documents(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
              pipeline=None, on_skip=None, progress=None, stats: dict | None = None,
              timeout: float | None = None):
    """Yield a finished Document per source (files, folders, ``-``), in order.

    ``jobs``: worker processes (None: by input size, see
    :func:`ie.run.worker.auto_jobs`; 0: all cores; 1: this process, with
    ``pipeline`` or the default one).  A bad file raises InputError, or with
    ``skip_bad`` is passed to ``on_skip(message)`` and left out; so is a
    document whose extraction takes longer than ``timeout`` seconds (None: no
    limit).  Special files inside folders are passed to ``on_skip`` too.
    ``progress(done, total)`` is called after each source.
    """
    yield from _kept(_results(paths, encoding, jobs, "document", False, pipeline, stats, timeout, on_skip),
                     skip_bad, on_skip, progress)


def records(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
            rule: bool = False, pipeline=None, on_skip=None, progress=None, stats: dict | None = None,
            timeout: float | None = None):
    """Like :func:`documents`, but yield each record as its JSON line (no
    newline), serialised in the worker: the texts never travel back."""
    yield from _kept(_results(paths, encoding, jobs, "record", rule, pipeline, stats, timeout, on_skip),
                     skip_bad, on_skip, progress)


def meeting_records(paths, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = 1,
                    pipeline=None, on_skip=None, progress=None, stats: dict | None = None,
                    timeout: float | None = None):
    """Like :func:`records`, for meeting records: built in the worker from
    the reading text its pipeline made, sent back as JSON lines."""
    yield from _kept(_results(paths, encoding, jobs, "meeting", False, pipeline, stats, timeout, on_skip),
                     skip_bad, on_skip, progress)


def pipe(texts, n_process: int = 2, batch_size: int = 16, pipeline=None):
    """Documents for ``texts`` (``text`` or ``(text, doc_id)``) from
    ``n_process`` workers, in order, reading ``texts`` lazily.

    Uses the ``spawn`` start method: a script calling it needs the
    ``if __name__ == "__main__":`` guard.
    """
    n_process = cpu_count() if n_process in (-1, 0, None) else n_process
    with _pool(n_process, _spec(pipeline)) as pool:
        batches = ((batch,) for batch in _batches(texts, max(1, batch_size)))
        for docs in _ordered(pool, work_batch, batches, n_process * CHUNKS_PER_WORKER):
            yield from docs


def _batches(items, size):
    from itertools import islice

    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
