"""Speed against what users run today: natasha's Segmenter + NER.

Both run on the same texts (the example documents shipped with the package repeated and shuffled to the
asked size); load time is measured apart from throughput.  With one job
both run in this process on texts in memory: each once over all of them
(cold caches; ``ie``'s memory is taken then, before natasha loads), then the
two again in turn, a tenth of the texts at a time, so that load from
elsewhere on the machine weighs on both alike; ``time_ratio`` comes from the
turns, ``first_pass_time_ratio`` from the first passes; with ``jobs`` > 1 the corpus
is written to a temporary folder as files and ``ie``'s worker processes
read and extract them as ``ie extract --jobs`` does (natasha stays one
process: what users run today).
"""

from __future__ import annotations

import random
import resource
import tempfile
import threading
import time
from pathlib import Path

from .resources import examples_dir, seeds_dir

__all__ = ["corpus", "run_bench", "run_scaling", "seeds_dir", "examples_dir"]


def corpus(size_mb: float, seed: int = 0) -> list:
    """Seeds repeated and shuffled until ``size_mb`` megabytes of text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples_dir().glob("*.txt"))]
    rng = random.Random(seed)
    out, total, target = [], 0, size_mb * 1_000_000
    while total < target:
        batch = texts[:]
        rng.shuffle(batch)
        for t in batch:
            out.append(t)
            total += len(t.encode("utf-8"))
            if total >= target:
                break
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _natasha_load():
    t0 = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def run(texts):
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)

    return run, time.perf_counter() - t0


def _ours_load():
    t0 = time.perf_counter()
    from .pipeline import Pipeline

    pipe = Pipeline()
    pipe.warm()

    def run(texts):
        for doc in pipe.pipe(texts):
            len(doc.spans)

    return run, time.perf_counter() - t0


ROUNDS = 10


def _timed(run, texts) -> float:
    t0 = time.perf_counter()
    run(texts)
    return time.perf_counter() - t0


def _alternately(texts, runs, rounds: int = ROUNDS):
    """Seconds each of ``runs`` takes over ``texts``, timed a slice at a time
    in turn, so a machine whose load changes during the bench weighs on all
    of them alike."""
    secs = [0.0] * len(runs)
    for r in range(rounds):
        part = texts[r::rounds]
        for k, run in enumerate(runs):
            secs[k] += _timed(run, part)
    return secs


class _TreeRSS:
    """Peak resident memory of this process and its children together,
    sampled (psutil) while running."""

    def __init__(self, every: float = 0.05):
        self.every, self.peak = every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, me):
        total = 0
        for p in [me] + me.children(recursive=True):
            try:
                total += p.memory_info().rss
            except Exception:  # a child that just ended
                pass
        self.peak = max(self.peak, total)

    def _run(self):
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            self._sample(me)
            self._stop.wait(self.every)
        self._sample(me)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)


def _ours_parallel(texts, jobs: int):
    """Write ``texts`` as files, extract them with ``jobs`` workers."""
    from .run import records

    with tempfile.TemporaryDirectory(prefix="ie-bench-") as folder:
        for i, text in enumerate(texts):
            Path(folder, f"{i:06d}.txt").write_text(text, encoding="utf-8")
        stats = {}
        t0 = time.perf_counter()
        for _ in records([folder], jobs=jobs, stats=stats):
            pass
        wall = time.perf_counter() - t0
    workers = sorted(stats.get("workers", {}).values(), key=lambda w: w["startup_s"])
    startup = max((w["startup_s"] for w in workers), default=0.0)
    return startup, wall - startup, wall, workers


def _rates(chars, docs, load, secs):
    return {"load_s": round(load, 3), "seconds": round(secs, 3),
            "chars_per_s": round(chars / secs), "docs_per_s": round(docs / secs, 2)}


def run_bench(size_mb: float = 1.0, natasha: bool = True, jobs: int = 1) -> dict:
    """Throughput, start-up and memory of ``ie`` with ``jobs`` processes,
    and the time ratio against natasha Segmenter+NER (one process)."""
    texts = corpus(size_mb)
    chars = sum(len(t) for t in texts)
    with _TreeRSS() as rss:
        if jobs <= 1:
            ours, load = _ours_load()
            secs = _timed(ours, texts)  # the first pass: its time, and its memory below
            wall, workers = load + secs, []
        else:
            load, secs, wall, workers = _ours_parallel(texts, jobs)
    own_peak = _peak_mb()  # before natasha loads into this process
    if natasha:
        theirs, nload = _natasha_load()
        if jobs <= 1:
            # each once over all the texts (cold caches), then both again in
            # turn, a slice of the texts at a time (warm, and under the same load)
            first, nfirst = secs, _timed(theirs, texts)
            secs, nsecs = _alternately(texts, [ours, theirs])
        else:
            nsecs = _timed(theirs, texts)
    out = {"size_mb": size_mb, "documents": len(texts), "chars": chars, "jobs": jobs,
           "ie": {**_rates(chars, len(texts), load, secs), "wall_s": round(wall, 3)}}
    if workers:
        out["ie"]["workers"] = [{"documents": w["documents"], "startup_s": round(w["startup_s"], 3),
                                 "peak_rss_mb": round(w["peak_rss_mb"], 1)} for w in workers]
    if natasha:
        if jobs <= 1:
            out["ie"]["first_pass_s"] = round(first, 3)
            out["first_pass_time_ratio"] = round(first / nfirst, 3)
        out["natasha"] = _rates(chars, len(texts), nload, nsecs)
        out["time_ratio"] = round(secs / nsecs, 3)
    out["peak_rss_mb"] = round(_peak_mb(), 1)
    out["peak_rss_worker_mb"] = round(max((w["peak_rss_mb"] for w in workers), default=own_peak), 1)
    out["peak_rss_total_mb"] = rss.peak_mb
    return out


# Each size runs in a fresh interpreter, so its peak memory is its own.
_ONE_DOCUMENT = """
import json, resource, sys, time
import ie
text = sys.stdin.read()
from ie.pipeline import default_pipeline
default_pipeline().warm()  # load everything first (the NER too), so "loaded" is the resident model
ie.extract("Иван Петров (Бразилия) выступил 1 марта 2021 года.")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
doc = ie.extract(text)
secs = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(text), "seconds": secs, "spans": len(doc.spans), "loaded_rss_mb": base, "peak_rss_mb": peak}))
"""


def run_scaling(sizes=(1.0, 5.0, 20.0)) -> dict:
    """One document of each size (megabytes of UTF-8 text: the example
    documents joined), each in a fresh process: chars/s and peak RSS, and
    whether the time per character stays flat (the largest at least 0.8× the
    smallest's chars/s)."""
    import json
    import subprocess
    import sys

    rows = []
    for size in sizes:
        text = "\n\n".join(corpus(size))
        done = subprocess.run([sys.executable, "-c", _ONE_DOCUMENT], input=text, capture_output=True,
                              text=True, encoding="utf-8")
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise RuntimeError(f"the {size:g} MB document failed (exit {done.returncode}): {why}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append({"size_mb": size, "chars": r["chars"], "spans": r["spans"], "seconds": round(r["seconds"], 2),
                     "chars_per_s": round(r["chars"] / r["seconds"]), "loaded_rss_mb": round(r["loaded_rss_mb"]),
                     "peak_rss_mb": round(r["peak_rss_mb"]),
                     "bytes_per_char": round((r["peak_rss_mb"] - r["loaded_rss_mb"]) * 2**20 / r["chars"], 1)})
    ratio = rows[-1]["chars_per_s"] / rows[0]["chars_per_s"]
    return {"sizes": rows, "speed_ratio": round(ratio, 3), "flat": ratio >= 0.8}
