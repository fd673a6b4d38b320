"""Extraction on a Dask cluster, when one machine is not enough.

Files are spread over the workers as a ``dask.bag`` of paths; each worker
process builds the pipeline once (a cached loader) and reads its files
itself, so the paths must be visible to the workers (a shared file system)
and the client sees the output folder too.

- :func:`extract` returns a bag of SPEC records (dicts) to go on with in Dask.
- :func:`extract_to_folder` writes one part per partition, each atomically,
  and then ``manifest.json`` listing the parts with their documents and
  counts: JSON Lines parts (read in manifest order, byte for byte what
  ``ie extract --jobs 1`` writes) or Parquet parts (one row a span, the
  columns of ``ie.to_frame``).  On error nothing is left.

The worker core is :mod:`ie.run.worker`'s, as for ``--jobs``: one
pipeline per worker process, one bad-file policy.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import InputError
from ..extras import need
from ..formats.atomic import atomic_writer
from ..formats.jsonl import dumps
from ..formats.table import write_spans
from ..sources import iter_sources
from ..signals import sigint_ignored
from .worker import cpu_count, kept, one, worker_pipeline

__all__ = ["client_for", "extract", "extract_to_folder", "MANIFEST"]

MANIFEST = "manifest.json"
PART = "part-{:05d}.{}"
PART_FORMATS = ("jsonl", "parquet")
PARTITIONS_PER_WORKER = 4

def dask_setup(worker):
    """Dask preload hook (``preload=["ie.run.cluster"]``) for the workers of
    ``--dask local``: Ctrl-C at the terminal is the client's to handle."""
    import signal

    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def client_for(address: str = "local", n_workers: int | None = None):
    """A ``distributed.Client``: ``"local"`` starts a LocalCluster of
    ``n_workers`` single-threaded processes (default: all cores); anything
    else is a scheduler address (``tcp://host:8786``)."""
    distributed = need("distributed", "dask", "running on Dask")
    if address == "local":
        import logging

        with sigint_ignored():  # inherited by the workers as they start
            cluster = distributed.LocalCluster(n_workers=n_workers or cpu_count(), threads_per_worker=1,
                                               processes=True, dashboard_address=None,
                                               silence_logs=logging.ERROR, preload=["ie.run.cluster"])
        return distributed.Client(cluster)
    try:
        return distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({e})") from None


def _nworkers(client) -> int:
    if client is None:
        return cpu_count()
    return max(1, len(client.scheduler_info().get("workers", {})))


def _file_sources(paths) -> list:
    sources = iter_sources(paths)
    if any(s.path == "-" for s in sources):
        raise InputError("stdin (-) cannot be sent to Dask workers: give files or folders")
    return sources


def _sources_bag(sources, client, partition_size):
    db = need("dask.bag", "dask", "running on Dask")
    items = [(str(Path(s.path).resolve()), s.doc_id) for s in sources]
    if partition_size is None:
        partition_size = max(1, -(-len(items) // (_nworkers(client) * PARTITIONS_PER_WORKER)))
    return db.from_sequence(items, partition_size=partition_size), items


def _extracted(items, encoding, skip_bad, on_skip=None):
    """The partition's Documents, under the one bad-file policy."""
    pipeline = worker_pipeline()
    outcomes = (one(pipeline, path, doc_id, None, encoding, "document", False) for path, doc_id in items)
    return kept(outcomes, skip_bad, on_skip)


def _extract_partition(items, encoding, skip_bad):
    return [doc.to_json() for doc in _extracted(items, encoding, skip_bad)]


def extract(paths, client=None, encoding: str = "utf-8", skip_bad: bool = False,
            partition_size: int | None = None):
    """A ``dask.bag.Bag`` of SPEC records (dicts), in input order.

    ``client`` (optional) sizes the partitions to its workers; compute the
    bag as usual (``bag.compute()`` uses the current client).  A bad file
    raises :class:`ie.io.InputError` on compute, or with ``skip_bad`` is left
    out.
    """
    bag, _ = _sources_bag(_file_sources(paths), client, partition_size)
    return bag.map_partitions(_extract_partition, encoding, skip_bad)


def _write_part(items, staging, index, encoding, skip_bad, rule, fmt="jsonl"):
    """Extract one partition into ``staging/part-NNNNN.<fmt>`` (written
    atomically, with the umask's mode); return its manifest entry.  Without
    ``skip_bad`` the first bad file ends the part with ``entry["error"]``."""
    name = PART.format(index, fmt)
    entry = {"file": name, "documents": 0, "spans": 0, "doc_ids": [], "skipped": []}

    def counted(docs):
        for doc in docs:
            entry["documents"] += 1
            entry["spans"] += len(doc.spans)
            entry["doc_ids"].append(doc.doc_id)
            yield doc

    docs = counted(_extracted(items, encoding, skip_bad, entry["skipped"].append))
    try:
        if fmt == "parquet":  # a partition is a few files: its table is written at once
            write_spans(list(docs), os.path.join(staging, name), "parquet")
        else:
            # parents=False: a late part, after the client removed the staging folder, fails
            with atomic_writer(os.path.join(staging, name), parents=False) as fh:
                for doc in docs:
                    fh.write(dumps(doc, rule) + "\n")
    except InputError as e:
        return {"file": name, "error": str(e)}
    return entry


def extract_to_folder(paths, folder, client="local", encoding: str = "utf-8", skip_bad: bool = False,
                      rule: bool = False, n_workers: int | None = None, partition_size: int | None = None,
                      on_skip=None, fmt: str = "jsonl") -> dict:
    """Write partitioned JSON Lines and ``manifest.json`` into ``folder``;
    return the manifest.

    ``client``: a ``distributed.Client``, or an address for :func:`client_for`
    (``"local"``: a LocalCluster of ``n_workers`` processes, closed after).
    Parts are written by the workers into a staging folder inside ``folder``
    and moved into place when all succeeded; on error or Ctrl-C the staging
    folder is removed and nothing is left.  ``on_skip(message)`` hears about
    each bad file under ``skip_bad``.
    """
    if fmt not in PART_FORMATS:
        raise InputError(f"parts can be {' or '.join(PART_FORMATS)}, not {fmt}")
    folder = Path(folder).resolve()
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: not a folder (--dask writes a folder of parts)")
    sources = _file_sources(paths)  # bad paths fail before a cluster starts
    created = not folder.exists()
    staging = None
    try:
        with _connected(client, n_workers) as client:  # an own cluster is closed on leaving
            folder.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".ie-parts-", dir=folder))
            manifest = _run(sources, staging, client, encoding, skip_bad, rule, partition_size, fmt)
            _publish(manifest, staging, folder)
    except BaseException:
        if staging:  # the workers are done with it (cancelled, or their cluster closed)
            shutil.rmtree(staging, ignore_errors=True)
        if created and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        raise
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
    if on_skip:
        for message in manifest["skipped"]:
            on_skip(message)
    return manifest


@contextlib.contextmanager
def _connected(client, n_workers):
    if not isinstance(client, str):
        yield client
        return
    client = client_for(client, n_workers)
    try:
        yield client
    finally:
        _close(client)


def _publish(manifest, staging: Path, folder: Path):
    """Move the finished parts into ``folder``, drop parts of an earlier,
    larger run, then write the manifest (atomically, last)."""
    for entry in manifest["parts"]:
        os.replace(staging / entry["file"], folder / entry["file"])
    keep = {entry["file"] for entry in manifest["parts"]}
    for old in [*folder.glob("part-*.jsonl"), *folder.glob("part-*.parquet")]:
        if old.name not in keep:
            old.unlink()
    with atomic_writer(folder / MANIFEST) as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def _close(client):
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


def _run(sources, staging, client, encoding, skip_bad, rule, partition_size, fmt="jsonl") -> dict:
    dask = need("dask", "dask", "running on Dask")
    distributed = need("distributed", "dask", "running on Dask")

    bag, items = _sources_bag(sources, client, partition_size)
    tasks = [dask.delayed(_write_part)(part, str(staging), i, encoding, skip_bad, rule, fmt)
             for i, part in enumerate(bag.to_delayed())]
    futures = client.compute(tasks)
    try:
        for future in distributed.as_completed(futures):
            error = future.result().get("error")  # a worker's exception is raised here
            if error:
                raise InputError(error)
        entries = client.gather(futures)
    except BaseException:
        client.cancel(futures)
        raise
    skipped = [m for e in entries for m in e.pop("skipped")]
    return {"format": fmt, "documents": sum(e["documents"] for e in entries),
            "spans": sum(e["spans"] for e in entries), "sources": len(items),
            "skipped": skipped, "parts": entries}
