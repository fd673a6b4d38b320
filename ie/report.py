"""Terminal tables for scores, errors and benchmarks (rich)."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

__all__ = ["print_scores", "print_errors", "print_bench", "context"]


def _console():
    return Console(highlight=False, soft_wrap=False, width=160)


def print_scores(result: dict):
    t = Table(title="exact (start, end, label) matches; partial = overlap")
    for col in ("label", "gold", "pred", "P", "R", "F1", "partial F1", "norm acc"):
        t.add_column(col, justify="right" if col != "label" else "left")
    rows = list(result["labels"].items()) + [("micro", result["micro"])]
    for lab, v in rows:
        e = v["exact"]
        if not v["gold"] and not v["pred"]:  # nothing to score: no score, not a perfect one
            t.add_row(lab, "0", "0", *(["–"] * 5), end_section=lab == rows[-2][0])
            continue
        norm = "–" if v["norm_accuracy"] is None else f"{v['norm_accuracy']:.3f}"
        t.add_row(lab, str(v["gold"]), str(v["pred"]), f"{e['precision']:.3f}", f"{e['recall']:.3f}",
                  f"{e['f1']:.3f}", f"{v['partial']['f1']:.3f}", norm, end_section=lab == rows[-2][0])
    _console().print(t)


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """The original around a span, line breaks shown as ⏎."""
    left = text[max(0, start - width):start]
    mid = text[start:end]
    right = text[end:end + width]
    show = lambda s: s.replace("\n", "⏎")
    return f"{show(left)}[{show(mid)}]{show(right)}"


def _fmt(span):
    if span is None:
        return "-"
    return f"{span.label} {span.start}:{span.end} {span.text!r} {json.dumps(span.norm, ensure_ascii=False)}"


def print_errors(errs, originals: dict):
    con = _console()
    con.print(f"[bold]{len(errs)} error(s)[/bold]")
    for e in errs:
        text = originals.get(e.doc_id, "")
        s = e.gold or e.pred
        con.print(f"[bold]{e.kind:9}[/bold] {e.doc_id} {s.label}", markup=True)
        if e.gold:
            con.print(f"   gold: {_fmt(e.gold)}", markup=False)
        if e.pred:
            rule = f"  <- {e.pred.rule}" if e.pred.rule else ""
            con.print(f"   pred: {_fmt(e.pred)}{rule}", markup=False)
        if text:
            con.print(f"   ctx:  {context(text, s.start, s.end)}", markup=False)


def print_bench(r: dict):
    jobs = r.get("jobs", 1)
    t = Table(title=f"{r['size_mb']} MB, {r['documents']} documents, {r['chars']:,} chars; ie with {jobs} process(es)")
    for col in ("pipeline", "load s", "run s", "chars/s", "docs/s"):
        t.add_column(col, justify="right" if col != "pipeline" else "left")
    for name in ("ie", "natasha"):
        if name in r:
            v = r[name]
            label = f"ie (full pipeline, {jobs} job(s))" if name == "ie" else "natasha Segmenter+NER"
            t.add_row(label, f"{v['load_s']:.2f}", f"{v['seconds']:.2f}", f"{v['chars_per_s']:,}", f"{v['docs_per_s']:.1f}")
    _console().print(t)
    workers = r.get("ie", {}).get("workers")
    if workers:
        w = Table(title="ie workers")
        for col in ("worker", "documents", "start-up s", "peak RSS MB"):
            w.add_column(col, justify="right")
        for i, v in enumerate(workers, 1):
            w.add_row(str(i), str(v["documents"]), f"{v['startup_s']:.2f}", f"{v['peak_rss_mb']:.0f}")
        _console().print(w)
    line = f"peak RSS: {r.get('peak_rss_worker_mb', r['peak_rss_mb']):.0f} MB per worker"
    if "peak_rss_total_mb" in r:
        line += f", {r['peak_rss_total_mb']:.0f} MB for the whole ie run"
    if "time_ratio" in r:
        turns = " (timed in turn, a tenth of the texts at a time)" if "first_pass_s" in r.get("ie", {}) else ""
        line = f"time ratio ie / natasha: {r['time_ratio']:.2f}{turns}   " + line
        if turns:
            line += (f"\nfirst passes (cold caches): ie {r['ie']['first_pass_s']:.2f} s, "
                     f"time ratio {r['first_pass_time_ratio']:.2f}")
    print(line)


def print_scaling(r: dict):
    t = Table(title="One document of each size, each in a fresh process")
    for col in ("MB", "chars", "spans", "run s", "chars/s", "peak RSS MB", "loaded MB", "bytes/char"):
        t.add_column(col, justify="right")
    for v in r["sizes"]:
        t.add_row(f"{v['size_mb']:g}", f"{v['chars']:,}", f"{v['spans']:,}", f"{v['seconds']:.1f}",
                  f"{v['chars_per_s']:,}", f"{v['peak_rss_mb']}", f"{v['loaded_rss_mb']}", f"{v['bytes_per_char']}")
    _console().print(t)
    verdict = "flat" if r["flat"] else "NOT flat"
    print(f"time per character: {verdict} (largest/smallest chars/s = {r['speed_ratio']:.2f}; flat means at least 0.80)")
