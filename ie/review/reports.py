"""Reports of a review: what is left, what was decided, two annotators'
agreement (Cohen's kappa).

>>> kappa([("a", "a"), ("b", "b"), ("a", "b"), ("b", "b")])
0.5
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ..doc import LABELS
from ..errors import InputError
from .log import KINDS, Filters, ReviewLog, _decided, _sj, items_for, read_log


# ---------------------------------------------------------------- summary, list, agreement

def summary(log: ReviewLog, pred_docs, filters: Filters = Filters()) -> dict:
    """Counts of pending disagreements by label and kind, and how many are decided."""
    decided = log.decided()
    counts = defaultdict(Counter)
    n_decided = 0
    for it in items_for(log.base, pred_docs, filters):
        if it.hash in decided:
            n_decided += 1
        else:
            counts[it.label][it.kind] += 1
    return {"pending": {lab: dict(c) for lab, c in counts.items()}, "decided": n_decided}


def print_summary(result: dict, out=None):
    from rich.console import Console
    from rich.table import Table

    t = Table(title="disagreements to review, by label and kind")
    t.add_column("label")
    for col in (*KINDS, "total"):
        t.add_column(col, justify="right")
    tot = Counter()
    for lab in LABELS:
        c = result["pending"].get(lab)
        if not c:
            continue
        tot.update(c)
        t.add_row(lab, *(str(c.get(k, 0)) for k in KINDS), str(sum(c.values())), end_section=False)
    t.add_row("total", *(str(tot.get(k, 0)) for k in KINDS), str(sum(tot.values())), style="bold")
    con = Console(file=out, highlight=False, width=120)
    con.print(t)
    con.print(f"{sum(tot.values())} pending, {result['decided']} decided")


def listing(log: ReviewLog, pred_docs, filters: Filters = Filters()) -> list:
    decided = log.decided()
    rows = []
    for it in items_for(log.base, pred_docs, filters):
        d = decided.get(it.hash)
        rows.append({"hash": it.hash, "doc_id": it.doc_id, "kind": it.kind, "label": it.label,
                     "status": d["decision"] if d else "pending",
                     "gold": _sj(it.gold), "pred": _sj(it.pred)})
    return rows


def print_listing(rows, out=None):
    """Tab-separated, one disagreement a line, a header first."""
    out = out or sys.stdout
    cols = ("hash", "doc_id", "kind", "label", "status", "gold_start", "gold_end", "gold_label",
            "gold_text", "gold_norm", "pred_start", "pred_end", "pred_label", "pred_text", "pred_norm")
    out.write("\t".join(cols) + "\n")
    for r in rows:
        cells = [r["hash"], r["doc_id"], r["kind"], r["label"], r["status"]]
        for side in ("gold", "pred"):
            s = r[side]
            cells += ([str(s["start"]), str(s["end"]), s["label"], json.dumps(s["text"], ensure_ascii=False),
                       json.dumps(s["norm"], ensure_ascii=False)] if s else [""] * 5)
        out.write("\t".join(cells) + "\n")


def kappa(pairs) -> float | None:
    """Cohen's kappa of paired categorical judgements; None when undefined
    (both raters used one and the same category throughout)."""
    pairs = list(pairs)
    n = len(pairs)
    if not n:
        return None
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if pe >= 1:
        return None
    return round((po - pe) / (1 - pe), 4)


def _outcome(d: dict) -> str:
    """What a decision did to the gold: accept, keep, or the edited span."""
    span = d.get("span")
    if span == d.get("pred"):
        return "accept"
    if span == d.get("before"):
        return "keep"
    return "edit " + json.dumps(span, ensure_ascii=False, sort_keys=True)


def agreement(log1, log2) -> dict:
    """Per-label agreement of two reviewers on the items both decided."""
    for p in (log1, log2):
        if not Path(p).is_file():
            raise InputError(f"{p}: no such decision log")
    decided = [_decided(read_log(p)[0]) for p in (log1, log2)]
    shared = [h for h in decided[0] if h in decided[1]]
    by_label = defaultdict(list)
    for h in shared:
        d1, d2 = decided[0][h], decided[1][h]
        by_label[d1["label"]].append((_outcome(d1), _outcome(d2)))
    out = {"labels": {}, "only_first": len(decided[0]) - len(shared), "only_second": len(decided[1]) - len(shared)}
    for lab in [l for l in LABELS if l in by_label]:
        pairs = by_label[lab]
        out["labels"][lab] = {"shared": len(pairs), "agreement": round(sum(x == y for x, y in pairs) / len(pairs), 4),
                              "kappa": kappa(pairs)}
    allp = [p for v in by_label.values() for p in v]
    out["all"] = {"shared": len(allp), "agreement": round(sum(x == y for x, y in allp) / len(allp), 4) if allp else None,
                  "kappa": kappa(allp)}
    return out


def print_agreement(result: dict, out=None):
    from rich.console import Console
    from rich.table import Table

    t = Table(title="agreement on shared decisions (outcome: accept / keep / the edited span)")
    for col in ("label", "shared", "agreement", "Cohen's kappa"):
        t.add_column(col, justify="left" if col == "label" else "right")
    fmt = lambda v: "–" if v is None else f"{v:.3f}"
    for lab, v in result["labels"].items():
        t.add_row(lab, str(v["shared"]), fmt(v["agreement"]), fmt(v["kappa"]))
    v = result["all"]
    t.add_row("all", str(v["shared"]), fmt(v["agreement"]), fmt(v["kappa"]), style="bold")
    con = Console(file=out, highlight=False, width=120)
    con.print(t)
    con.print(f"decided by one reviewer only: {result['only_first']} (first), {result['only_second']} (second)")
