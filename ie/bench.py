"""Speed against what users run today: natasha's Segmenter + NER.

Both run in this process on the same texts (the bundled seeds repeated to
the asked size); load time is measured apart from throughput.
"""

from __future__ import annotations

import random
import resource
import time
from pathlib import Path

__all__ = ["corpus", "run_bench", "seeds_dir"]


def seeds_dir() -> Path:
    """The bundled seed documents (the project's ``seeds/`` folder)."""
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "seeds", here / "data" / "seeds"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("bundled seeds not found (expected seeds/ beside the ie package)")


def corpus(size_mb: float, seed: int = 0) -> list:
    """Seeds repeated and shuffled until ``size_mb`` megabytes of text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
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


def _natasha(texts):
    t0 = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return load, time.perf_counter() - t0


def _ours(texts):
    t0 = time.perf_counter()
    from .pipeline import Pipeline

    pipe = Pipeline()
    pipe.warm()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = 0
    for doc in pipe.pipe(texts):
        n += len(doc.spans)
    return load, time.perf_counter() - t0


def run_bench(size_mb: float = 1.0, natasha: bool = True) -> dict:
    texts = corpus(size_mb)
    chars = sum(len(t) for t in texts)
    load, secs = _ours(texts)
    out = {"size_mb": size_mb, "documents": len(texts), "chars": chars,
           "ie": {"load_s": round(load, 3), "seconds": round(secs, 3),
                  "chars_per_s": round(chars / secs), "docs_per_s": round(len(texts) / secs, 2)}}
    if natasha:
        nload, nsecs = _natasha(texts)
        out["natasha"] = {"load_s": round(nload, 3), "seconds": round(nsecs, 3),
                          "chars_per_s": round(chars / nsecs), "docs_per_s": round(len(texts) / nsecs, 2)}
        out["time_ratio"] = round(secs / nsecs, 3)
    out["peak_rss_mb"] = round(_peak_mb(), 1)
    return out
