"""Scoring two record sets per SPEC: exact and partial P/R/F1, norm accuracy.

>>> from ie.doc import Document, Span
>>> g = [Document("d", "x", (Span(0, 1, "DATE", "x", {"start": "2020"}),))]
>>> score(g, g)["micro"]["exact"]["f1"]
1.0
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .doc import LABELS

__all__ = ["score", "score_pairs", "errors", "Error", "ScoreError", "align"]


class ScoreError(Exception):
    pass


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def align(gold, pred):
    """Pair documents by doc_id; a differing text_sha256 is an error."""
    pred_by_id = {d.doc_id: d for d in pred}
    pairs = []
    for g in gold:
        p = pred_by_id.get(g.doc_id)
        if p is None:
            raise ScoreError(f"{g.doc_id}: in gold but not in predictions")
        if g.text_sha256 and p.text_sha256 and g.text_sha256 != p.text_sha256:
            raise ScoreError(f"{g.doc_id}: text_sha256 differs between gold and predictions")
        pairs.append((g, p))
    return pairs


def _overlaps(a, b):
    return a.start < b.end and b.start < a.end


def score(gold, pred, labels=None) -> dict:
    """Per-label and micro scores of ``pred`` against ``gold`` (Documents)."""
    return score_pairs(align(gold, pred), labels)


def score_pairs(pairs, labels=None) -> dict:
    """Per-label and micro scores over (gold, predicted) Document pairs: several
    sets' :func:`align` pairs pooled as one (their doc_ids may repeat)."""
    labels = list(labels or LABELS)
    counts = {lab: defaultdict(int) for lab in labels}
    for g, p in pairs:
        for lab in labels:
            gs = [s for s in g.spans if s.label == lab]
            ps = [s for s in p.spans if s.label == lab]
            gk = {s.key: s for s in gs}
            pk = {s.key: s for s in ps}
            c = counts[lab]
            for k, s in pk.items():
                if k in gk:
                    c["tp"] += 1
                    c["norm_ok"] += s.norm == gk[k].norm
                else:
                    c["fp"] += 1
            c["fn"] += sum(1 for k in gk if k not in pk)
            c["ptp_p"] += sum(1 for s in ps if any(_overlaps(s, t) for t in gs))
            c["ptp_g"] += sum(1 for s in gs if any(_overlaps(s, t) for t in ps))
            c["n_pred"] += len(ps)
            c["n_gold"] += len(gs)
    out = {"labels": {}}
    tot = defaultdict(int)
    for lab in labels:
        c = counts[lab]
        for k, v in c.items():
            tot[k] += v
        out["labels"][lab] = _summary(c)
    out["micro"] = _summary(tot)
    return out


def _summary(c):
    exact = _prf(c["tp"], c["fp"], c["fn"])
    pp = c["ptp_p"] / c["n_pred"] if c["n_pred"] else (1.0 if not c["n_gold"] else 0.0)
    pr = c["ptp_g"] / c["n_gold"] if c["n_gold"] else 1.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    norm = c["norm_ok"] / c["tp"] if c["tp"] else None
    return {"exact": exact,
            "partial": {"precision": round(pp, 4), "recall": round(pr, 4), "f1": round(pf, 4)},
            "norm_accuracy": None if norm is None else round(norm, 4),
            "gold": c["n_gold"], "pred": c["n_pred"]}


@dataclass(frozen=True)
class Error:
    doc_id: str
    kind: str  # missing | spurious | boundary | label | norm
    gold: object  # Span or None
    pred: object  # Span or None

    @property
    def start(self):
        return (self.gold or self.pred).start


def errors(gold, pred, labels=None) -> list:
    """Every disagreement, in document order, typed as a reviewer needs."""
    return errors_pairs(align(gold, pred), labels)


def errors_pairs(pairs, labels=None) -> list:
    """:func:`errors` over (gold, predicted) Document pairs already aligned, in
    the pairs' order (as :func:`score_pairs` to :func:`score`)."""
    labels = set(labels or LABELS)
    out, order = [], {}
    for i, (g, p) in enumerate(pairs):
        order.setdefault(g.doc_id, i)
        gs = [s for s in g.spans if s.label in labels]
        ps = [s for s in p.spans if s.label in labels]
        gk = {s.key: s for s in gs}
        pk = {s.key: s for s in ps}
        used_g, used_p = set(), set()
        for k, s in pk.items():
            if k in gk:
                used_g.add(k)
                used_p.add(k)
                if s.norm != gk[k].norm:
                    out.append(Error(g.doc_id, "norm", gk[k], s))
        # same extent, other label
        by_extent = defaultdict(list)
        for s in gs:
            if s.key not in used_g:
                by_extent[(s.start, s.end)].append(s)
        for s in ps:
            if s.key in used_p:
                continue
            cands = by_extent.get((s.start, s.end))
            if cands:
                t = cands.pop(0)
                used_g.add(t.key)
                used_p.add(s.key)
                out.append(Error(g.doc_id, "label", t, s))
        # overlapping, same label: a boundary error
        for s in ps:
            if s.key in used_p:
                continue
            for t in gs:
                if t.key not in used_g and t.label == s.label and _overlaps(s, t):
                    used_g.add(t.key)
                    used_p.add(s.key)
                    out.append(Error(g.doc_id, "boundary", t, s))
                    break
        out += [Error(g.doc_id, "spurious", None, s) for s in ps if s.key not in used_p]
        out += [Error(g.doc_id, "missing", s, None) for s in gs if s.key not in used_g]
    out.sort(key=lambda e: (order[e.doc_id], e.start))
    return out
