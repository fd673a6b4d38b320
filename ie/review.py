"""Reviewing annotations: walk through what gold and predictions disagree on.

Each disagreement (``ie.evaluate.errors``: missing, spurious, boundary, label,
norm) is an *item* with a stable hash.  A reviewer decides it — accept the
prediction, keep gold, edit, relabel — and every decision is appended at once
(flushed and fsynced) to a decision log beside the gold,
``<gold>.review.jsonl``.  The gold file is then rewritten atomically from the
log, so a killed review leaves both valid; a torn last log line is ignored.

The log is JSON Lines: a ``base`` entry (the gold as it was when the review
started), then ``decision`` entries (item hash, decision, the gold span it
replaces, the resulting span, a timestamp) and ``undo`` entries.  The gold is
always the base with the decisions that are not undone applied in order.

>>> kappa([("a", "a"), ("b", "b"), ("a", "b"), ("b", "b")])
0.5
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import select
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .doc import LABELS, Document, Span
from .evaluate import errors
from .io import InputError, atomic_writer
from .validate import problems

__all__ = ["Item", "ReviewLog", "ReviewLock", "Filters", "KINDS", "items_for", "review", "summary", "listing",
           "agreement", "kappa", "log_path", "print_summary", "print_listing", "print_agreement"]

NORM_KEYS = {"COUNTRY": ("code", "name", "role"), "DATE": ("start", "end"), "MEETING": ("ordinal", "unit"),
             "RESOLUTION": ("kind", "number", "body"), "SPEAKER": ("name", "country", "role"),
             "PERSON": ("name",), "DOCUMENT": ("symbol",)}
KINDS = ("missing", "spurious", "boundary", "label", "norm")
DECISIONS = ("accept", "keep", "edit", "relabel")


def log_path(gold) -> Path:
    gold = Path(gold)
    return gold.with_name(gold.name + ".review.jsonl")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _sj(span):
    return None if span is None else Span.from_json(span).to_json() if isinstance(span, dict) else span.to_json()


# ---------------------------------------------------------------- items

@dataclass(frozen=True)
class Item:
    """One disagreement to decide."""

    doc_id: str
    kind: str
    gold: Span | None
    pred: Span | None

    @property
    def hash(self) -> str:
        data = [self.doc_id, self.kind, _sj(self.gold), _sj(self.pred)]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        return (self.gold or self.pred).label

    @property
    def start(self) -> int:
        return (self.gold or self.pred).start


@dataclass(frozen=True)
class Filters:
    labels: tuple = ()
    docs: tuple = ()
    kinds: tuple = ()

    def __post_init__(self):
        for lab in self.labels:
            if lab not in LABELS:
                raise InputError(f"unknown label {lab}; labels: {', '.join(LABELS)}")
        for k in self.kinds:
            if k not in KINDS:
                raise InputError(f"unknown kind {k}; kinds: {', '.join(KINDS)}")

    def keep(self, item: Item) -> bool:
        labels = {s.label for s in (item.gold, item.pred) if s}
        return ((not self.labels or bool(labels & set(self.labels)))
                and (not self.docs or item.doc_id in self.docs)
                and (not self.kinds or item.kind in self.kinds))


def items_for(base_records, pred_docs, filters: Filters = Filters()) -> list:
    """The disagreements of ``pred_docs`` with the base gold, in document order."""
    gold_docs = [Document.from_json(r) for r in base_records]
    if filters.docs:
        known = {d.doc_id for d in gold_docs}
        for d in filters.docs:
            if d not in known:
                raise InputError(f"--doc {d}: not in the gold")
    out = [Item(e.doc_id, e.kind, e.gold, e.pred) for e in errors(gold_docs, pred_docs)]
    return [it for it in out if filters.keep(it)]


# ---------------------------------------------------------------- the log

def _norm_record(rec: dict) -> dict:
    spans = sorted((Span.from_json(s) for s in rec.get("spans", ())), key=lambda s: (s.start, s.end, s.label))
    return {"doc_id": rec.get("doc_id"), "text_sha256": rec.get("text_sha256"),
            "spans": [s.to_json() for s in spans]}


def _key(span: dict):
    return (span["start"], span["end"], span["label"])


def _apply(base: list, decisions: list) -> list:
    """The gold records: ``base`` with each decision's span swapped in."""
    docs = {r["doc_id"]: {_key(s): s for s in r["spans"]} for r in base}
    for d in decisions:
        spans = docs.get(d["doc_id"])
        if spans is None:
            continue
        if d.get("before"):
            spans.pop(_key(d["before"]), None)
        if d.get("span"):
            spans[_key(d["span"])] = d["span"]
    return [_norm_record({**r, "spans": list(docs[r["doc_id"]].values())}) for r in base]


def read_log(path) -> tuple:
    """Entries of a decision log and the byte length of its whole lines.

    A last line without its newline (a write cut short) is ignored.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], 0
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    good = data.rfind(b"\n") + 1
    entries = []
    lines = data[:good].split(b"\n")[:-1]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entries.append(json.loads(line))
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputError(f"{path}:{n}: not a decision-log line") from None
    return entries, good


class ReviewLog:
    """The decision log of one gold file; the gold follows it."""

    def __init__(self, gold, write: bool = True):
        self.gold_path = Path(gold)
        self.path = log_path(gold)
        self.messages = []
        self.entries, good = read_log(self.path)
        if not write:
            if not any(e.get("type") == "base" for e in self.entries):
                self.entries = [{"type": "base", "gold": self._read_gold()}]
            return
        if self.path.exists() and good < self.path.stat().st_size:
            with open(self.path, "r+b") as fh:  # drop a torn last line
                fh.truncate(good)
                fh.flush()
                os.fsync(fh.fileno())
            self.messages.append("ignored an unfinished last line of the decision log")
        current = self._read_gold()
        if not any(e.get("type") == "base" for e in self.entries):
            self._append({"type": "base", "time": _now(), "gold": current})
            return
        if current == self.gold():
            return
        if len(self.entries) > 1 and current == _apply(*self._replay(self.entries[:-1])[:2]):
            self._write_gold()
            self.messages.append("gold brought up to date with the decision log")
        else:
            self._append({"type": "base", "time": _now(), "gold": current})
            self.messages.append("gold was changed outside the review: its content is the new base")

    def _read_gold(self) -> list:
        from .io import read_jsonl

        return [_norm_record(d.to_json()) for d in read_jsonl(self.gold_path)]

    @staticmethod
    def _replay(entries):
        base, decisions = None, []
        for e in entries:
            t = e.get("type")
            if t == "base":
                base, decisions = e["gold"], []
            elif t == "decision":
                decisions.append(e)
            elif t == "undo":
                decisions = [d for d in decisions if d["seq"] != e["undoes"]]
        return base, decisions

    @property
    def base(self) -> list:
        return self._replay(self.entries)[0]

    @property
    def decisions(self) -> list:
        """Decisions since the latest base that are not undone, in order."""
        return self._replay(self.entries)[1]

    def decided(self) -> dict:
        """Every decision not undone, over the whole log, by item hash."""
        return _decided(self.entries)

    def gold(self) -> list:
        return _apply(*self._replay(self.entries))

    def _append(self, entry: dict):
        data = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        new = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            _fsync_dir(self.path.parent)
        self.entries.append(entry)

    def _write_gold(self):
        with atomic_writer(self.gold_path) as fh:
            for rec in self.gold():
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        _fsync_dir(self.gold_path.parent)

    def _seq(self) -> int:
        return 1 + max((e.get("seq", 0) for e in self.entries), default=0)

    def decide(self, item: Item, decision: str, span: Span | None) -> dict:
        """Log a decision (fsynced), then rewrite the gold from the log."""
        entry = {"type": "decision", "seq": self._seq(), "hash": item.hash, "doc_id": item.doc_id,
                 "kind": item.kind, "label": item.label, "decision": decision,
                 "before": _sj(item.gold), "pred": _sj(item.pred), "span": _sj(span), "time": _now()}
        self._append(entry)
        self._write_gold()
        return entry

    def undo(self) -> dict | None:
        """Undo the latest decision still in force; None when there is none."""
        if not self.decisions:
            return None
        last = self.decisions[-1]
        self._append({"type": "undo", "seq": self._seq(), "undoes": last["seq"], "time": _now()})
        self._write_gold()
        return last


def _decided(entries) -> dict:
    undone = {e["undoes"] for e in entries if e.get("type") == "undo"}
    return {e["hash"]: e for e in entries if e.get("type") == "decision" and e["seq"] not in undone}


def _fsync_dir(folder):
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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


# ---------------------------------------------------------------- keys

# A Russian (ЙЦУКЕН) layout types these letters on the keys we use.
_LAYOUT = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))
_LAYOUT.update({k.upper(): v.upper() for k, v in _LAYOUT.items() if v.isalpha()})
_LAYOUT.update({"Х": "{", "Ъ": "}"})


class Keys:
    """Single key presses from a terminal (raw mode), or one key a line
    when stdin is not a terminal, so scripts can pipe keys in."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdin
        try:
            self.fd = self.stream.fileno()
            self.tty = os.isatty(self.fd)
        except (AttributeError, OSError, ValueError):
            self.fd, self.tty = None, False

    def key(self) -> str:
        """One key: a character, "enter", "esc", or "quit" at end of input."""
        ch = self._raw() if self.tty else self._line()
        if ch == "\x03":  # Ctrl-C in raw mode: as a SIGINT (exit 130; every decision is saved)
            raise KeyboardInterrupt
        if ch is None or ch == "\x04":
            return "quit"
        if ch in ("\r", "\n", ""):
            return "enter"
        if ch == "\x1b":
            return "esc"
        return _LAYOUT.get(ch, ch)

    def _line(self):
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")[:1]

    def _raw(self):
        import termios
        import tty

        old = termios.tcgetattr(self.fd)
        try:
            tty.setraw(self.fd)
            b = os.read(self.fd, 1)
            if not b:
                return None
            if b == b"\x1b":  # swallow an escape sequence (arrow keys)
                while select.select([self.fd], [], [], 0.03)[0]:
                    os.read(self.fd, 16)
                return "\x1b"
            need = 1 if b[0] < 0xC0 else 2 if b[0] < 0xE0 else 3 if b[0] < 0xF0 else 4
            while len(b) < need:
                b += os.read(self.fd, 1)
            return b.decode("utf-8", "replace")
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, old)

    def line(self, prompt: str, out) -> str | None:
        out.write(prompt)
        out.flush()
        line = self.stream.readline()
        if not self.tty:
            out.write("\n")
        if not line:
            return None
        return line.rstrip("\r\n")


# ---------------------------------------------------------------- the screen

GOLD_STYLE = "bold black on green"
PRED_STYLE = "bold black on yellow"
BOTH_STYLE = "bold black on cyan"
_VISIBLE = {"\n": "⏎", "\r": "␍", "\x0c": "␌", "\t": "→", "\u00ad": "¬", "\u00a0": "⍽"}

MAIN_KEYS = [("a", "accept prediction"), ("k", "keep gold"), ("e", "edit"), ("r", "relabel"),
             ("s", "skip"), ("u", "undo"), ("q", "quit"), ("?", "help")]
EDIT_KEYS = [("[ ]", "start ←→"), ("{ }", "end ←→"), ("b w", "start word ←→"), ("B W", "end word ←→"),
             ("t", "label"), ("n", "norm field"), ("g p", "from gold/pred"), ("Enter", "save"), ("Esc x", "cancel")]

MAIN_KEYS_SHORT = [("a", "accept"), ("k", "keep"), ("e", "edit"), ("r", "relabel"), ("s", "skip"),
                   ("u", "undo"), ("q", "quit"), ("?", "help")]
EDIT_KEYS_SHORT = [("[]{}", "start/end"), ("bwBW", "by word"), ("t", "label"), ("n", "norm"), ("gp", "reset"),
                   ("⏎", "save"), ("x", "cancel")]
_SHORT = {id(MAIN_KEYS): MAIN_KEYS_SHORT, id(EDIT_KEYS): EDIT_KEYS_SHORT}

HELP = """\
Each screen is one disagreement between the gold and the other file.
  a  accept the prediction into gold (a missing span is removed, a spurious
     one added)
  k  keep gold as it is
  e  edit: move the boundaries, change the label or a norm field, then save;
     the span's text is always taken from the original
  r  relabel: pick a label 1–7 (the prediction's or gold's norm is reused
     when it has that label)
  s  skip for now (not logged: it is shown again next time)
  u  undo the last decision or skip (any number of times)
  q  quit; every decision is already saved — run the same command to resume
In edit mode:
  [ ]  move the start one character left / right     b w  one word left / right
  { }  move the end one character left / right       B W  one word left / right
  t    change the label
  n    set a norm field: key=value (JSON or plain text; key= removes it)
  g p  start again from the gold / the prediction
  Enter or y  save            Esc or x  cancel
Every decision is appended to GOLD.review.jsonl and the gold is rewritten from
it at once. Ctrl-C quits too (exit 130); nothing decided is lost.
"""


def _keybar(keys, width: int | None = None):
    """The keys of a screen on one line; on a narrow terminal, shorter."""
    from rich.text import Text

    def bar(keys, lead, gap):
        t = Text()
        for k, what in keys:
            t.append(f" {k} ", style="reverse bold")
            t.append(f"{lead}{what}{gap}")
        t.rstrip()
        return t

    t = bar(keys, " ", "  ")
    if width and t.cell_len > width and id(keys) in _SHORT:
        t = bar(_SHORT[id(keys)], "", " ")
    return t


def _visible(s: str) -> str:
    return "".join(_VISIBLE.get(c, c) for c in s)


def render_context(text: str, gold: Span | None, other: Span | None, width: int = 160):
    """The original around both spans, each highlighted and bracketed:
    gold ⟦…⟧, the other version ⟨…⟩; line breaks shown as ⏎."""
    from rich.text import Text

    spans = [s for s in (gold, other) if s]
    lo = max(0, min(s.start for s in spans) - width)
    hi = min(len(text), max(s.end for s in spans) + width)
    opens, closes = defaultdict(str), defaultdict(str)
    if gold:
        opens[gold.start] += "⟦"
        closes[gold.end] = "⟧" + closes[gold.end]
    if other:
        opens[other.start] += "⟨"
        closes[other.end] = "⟩" + closes[other.end]
    out = Text("…" if lo else "", style="dim")
    for i in range(lo, hi + 1):
        if i in closes:
            out.append(closes[i], style="bold")
        if i in opens:
            out.append(opens[i], style="bold")
        if i == hi:
            break
        c = text[i]
        in_g = gold is not None and gold.start <= i < gold.end
        in_o = other is not None and other.start <= i < other.end
        style = BOTH_STYLE if in_g and in_o else GOLD_STYLE if in_g else PRED_STYLE if in_o else None
        if c in _VISIBLE:
            out.append(_VISIBLE[c], style=style or "dim")
        else:
            out.append(c, style=style)
    if hi < len(text):
        out.append("…", style="dim")
    return out


def _norm_text(norm) -> str:
    if not norm:
        return "–"
    return "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in norm.items())


def render_sides(cols):
    """A table of the versions side by side; fields that differ are bold."""
    from rich.table import Table

    t = Table(box=None, show_header=True, header_style="bold", pad_edge=False, padding=(0, 2))
    t.add_column("")
    for name, _, style in cols:
        t.add_column(name, header_style=style)
    spans = [s for _, s, _ in cols]

    def row(name, get):
        vals = [get(s) if s else "–" for s in spans]
        differ = len({v for v in vals}) > 1
        t.add_row(name, *vals, style="bold" if differ else None)

    row("span", lambda s: f"{s.start}:{s.end}")
    row("text", lambda s: "«" + _visible(s.text) + "»")
    row("label", lambda s: s.label)
    row("norm", lambda s: _norm_text(s.norm))
    if any(s and s.rule for s in spans):
        t.add_row("rule", *((s.rule or "–") if s else "–" for s in spans), style="italic")
    return t


# ---------------------------------------------------------------- the loop

@dataclass
class _Edit:
    start: int
    end: int
    label: str
    norm: dict = field(default_factory=dict)

    def span(self, text) -> Span:
        return Span(self.start, self.end, self.label, text[self.start:self.end], dict(self.norm))


class Reviewer:
    """The interactive loop over the pending items of one gold file."""

    def __init__(self, log: ReviewLog, items: list, originals: dict, keys: Keys, console, source: str = ""):
        self.log, self.items, self.originals = log, items, originals
        self.keys, self.con, self.source = keys, console, source
        self.by_hash = {it.hash: i for i, it in enumerate(items)}
        self.history = []  # ("skip", index) or ("decision", index)
        self.skipped = set()
        self.message = ""

    # -- state
    def pending(self):
        decided = self.log.decided()
        return [i for i, it in enumerate(self.items) if it.hash not in decided]

    def _next(self, after: int = -1):
        decided = self.log.decided()
        for i in range(after + 1, len(self.items)):
            if self.items[i].hash not in decided and i not in self.skipped:
                return i
        return None

    def _current_gold_spans(self, doc_id):
        for rec in self.log.gold():
            if rec["doc_id"] == doc_id:
                return [Span.from_json(s) for s in rec["spans"]]
        return []

    # -- screen
    def show(self, i: int, edit: _Edit | None = None, note: str = ""):
        """One item's screen.  On a terminal it fits the terminal's size: the
        context shrinks to the rows the header, the table and the keys
        leave, and long lines are cut, not wrapped."""
        from rich.rule import Rule
        from rich.text import Text

        it = self.items[i]
        text = self.originals[it.doc_id]
        con = self.con
        if self.keys.tty:
            con.clear()
        else:
            con.print(Rule(style="dim"))
        narrow = con.width < 100
        left = len(self.pending())
        what = f"{it.gold.label} → {it.pred.label}" if it.kind == "label" else it.label
        sep = " · " if narrow else "  ·  "
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(f"{it.kind.upper()}", style="bold magenta")
        head.append(f"  {what}{sep}{it.doc_id} @{it.start}{sep}{'' if narrow else 'item '}{i + 1}/{len(self.items)}"
                    f"{sep}{len(self.items) - left} decided, {left} left")
        top = [head]
        if self.source:
            top.append(Text(self.source, style="dim", no_wrap=True, overflow="ellipsis"))
        cur = edit.span(text) if edit else None
        other = cur if edit else it.pred
        legend = Text(no_wrap=True, overflow="ellipsis")
        legend.append(" ⟦gold⟧ ", style=GOLD_STYLE)
        legend.append(" ")
        legend.append(" ⟨edit⟩ " if edit else " ⟨prediction⟩ ", style=PRED_STYLE)
        legend.append(" ")
        legend.append(" both ", style=BOTH_STYLE)
        legend.append("   ⏎ line break  ¬ soft hyphen", style="dim")
        top.append(legend)
        cols = [("gold", it.gold, "green"), ("prediction", it.pred, "yellow")]
        if edit:
            cols.append(("edit", cur, "cyan"))
        bottom = [Text(), render_sides(cols), Text()]
        if note or self.message:
            bottom.append(Text(note or self.message, style="bold red" if note else "bold"))
            self.message = ""
        bottom.append(_keybar(EDIT_KEYS if edit else MAIN_KEYS, con.width))
        context = self._context(text, it.gold, other, top + bottom)
        for part in top:
            con.print(part, no_wrap=True, overflow="ellipsis")
        con.print(context)
        for part in bottom:
            con.print(part)

    def _context(self, text, gold, other, around):
        """The context, as wide as the rows left by ``around`` allow (two
        rows kept free: the cursor's and a prompt's)."""
        if not self.keys.tty:
            return render_context(text, gold, other)
        con = self.con

        def rows(renderable):
            return len(con.render_lines(renderable, con.options, pad=False))

        budget = max(2, con.height - 2 - sum(rows(r) for r in around))
        width = 160
        while True:
            context = render_context(text, gold, other, width)
            if width <= 8 or rows(context) <= budget:
                return context
            width = width * 2 // 3

    def help(self):
        """The help screen; returns the key that closed it, which the caller
        then acts on (Enter, Esc, space or ? only go back)."""
        if self.keys.tty:
            self.con.clear()
        self.con.print(HELP, markup=False, highlight=False)
        self.con.print("any key: back (a, k, e, … act at once)", style="dim")
        k = self.keys.key()
        return None if k in ("enter", "esc", " ", "?") else k

    # -- decisions
    def _check(self, it: Item, span: Span) -> list:
        text = self.originals[it.doc_id]
        if not 0 <= span.start < span.end <= len(text):
            return [f"bad offsets {span.start}:{span.end}"]
        out = [p.split(": ", 2)[-1] for p in problems({"doc_id": it.doc_id, "spans": [span.to_json()]})]
        for s in self._current_gold_spans(it.doc_id):
            if it.gold is not None and s.key == it.gold.key:
                continue
            if s.key == span.key:
                out.append(f"gold already has {s.label} {s.start}:{s.end}")
            elif s.label == span.label and s.start < span.end and span.start < s.end:
                out.append(f"overlaps gold {s.label} {s.start}:{s.end} «{_visible(s.text)}»")
        return out

    def _commit(self, i, decision, span):
        self.log.decide(self.items[i], decision, span)
        self.history.append(("decision", i))

    def _fresh(self, it: Item, s: Span | None):
        if s is None:
            return None
        text = self.originals[it.doc_id]
        return Span(s.start, s.end, s.label, text[s.start:s.end], dict(s.norm))

    def accept(self, i) -> str:
        it = self.items[i]
        span = self._fresh(it, it.pred)
        if span is not None:
            found = self._check(it, span)
            if found:
                return "cannot accept: " + "; ".join(found) + " (edit it or keep gold)"
        self._commit(i, "accept", span)
        return ""

    def undo(self, i):
        """Step back: a skip, or the latest decision (from the log when this
        session made none). Returns the index to show."""
        if self.history:
            what, j = self.history.pop()
            if what == "skip":
                self.skipped.discard(j)
                return j
            self.log.undo()
            self.message = "undone"
            return j
        last = self.log.undo()
        if last is None:
            self.message = "nothing to undo"
            return i
        self.message = "undone"
        return self.by_hash.get(last["hash"], i)

    def pick_label(self, i, current) -> str | None:
        from rich.text import Text

        t = Text("label: ")
        for n, lab in enumerate(LABELS, 1):
            t.append(f" {n} ", style="reverse bold")
            t.append(f" {lab}{' *' if lab == current else ''}  ")
        self.con.print(t)
        k = self.keys.key()
        if k.isdigit() and 1 <= int(k) <= len(LABELS):
            return LABELS[int(k) - 1]
        return None

    def _norm_for(self, it, label, norm):
        """The norm a span gets with a new label: the prediction's or gold's
        for that label, else the fields of that label's norm, kept or empty."""
        for s in (it.pred, it.gold):
            if s and s.label == label:
                return dict(s.norm)
        return {k: norm.get(k) for k in NORM_KEYS[label]}

    def edit(self, i, label: str | None = None, note: str = "") -> bool:
        """Edit mode; True when a span was saved."""
        it = self.items[i]
        text = self.originals[it.doc_id]
        base = it.pred or it.gold
        e = _Edit(base.start, base.end, base.label, dict(base.norm))
        decision = "edit"
        if label:
            e.label, e.norm, decision = label, self._norm_for(it, label, e.norm), "relabel"
        while True:
            self.show(i, e, note)
            note = ""
            k = self.keys.key()
            if k == "?":
                k = self.help()
                if k is None:
                    continue
            if k in ("esc", "x", "quit"):
                return False
            if k in ("enter", "y"):
                span = e.span(text)
                found = self._check(it, span)
                if found:
                    note = "cannot save: " + "; ".join(found)
                    continue
                self._commit(i, decision, span)
                return True
            if k == "[":
                e.start = max(0, e.start - 1)
            elif k == "]":
                e.start = min(e.end - 1, e.start + 1)
            elif k == "{":
                e.end = max(e.start + 1, e.end - 1)
            elif k == "}":
                e.end = min(len(text), e.end + 1)
            elif k == "b":
                e.start = _word_left(text, e.start, 0)
            elif k == "w":
                e.start = _word_right(text, e.start, e.end - 1)
            elif k == "B":
                e.end = max(e.start + 1, _word_end_left(text, e.end, e.start + 1))
            elif k == "W":
                e.end = _word_end_right(text, e.end, len(text))
            elif k in ("g", "p"):
                s = it.gold if k == "g" else it.pred
                if s is None:
                    note = f"there is no {'gold' if k == 'g' else 'prediction'} span"
                else:
                    e = _Edit(s.start, s.end, s.label, dict(s.norm))
            elif k == "t":
                lab = self.pick_label(i, e.label)
                if lab and lab != e.label:
                    e.label, e.norm = lab, self._norm_for(it, lab, e.norm)
            elif k == "n":
                line = self.keys.line("norm field (key=value, value as JSON or plain text; key= removes): ",
                                      self.con.file)
                note = _set_norm(e.norm, line or "")
            else:
                note = f"unknown key {k!r} (? for help)"

    def run(self) -> dict:
        i = self._next()
        if i is None:
            self.con.print(f"Nothing to review: all {len(self.items)} disagreement(s) decided.")
            return {"decided": 0, "left": 0}
        made = 0
        while i is not None:
            self.show(i)
            k = self.keys.key()
            if k == "?":
                k = self.help()
                if k is None:
                    continue
            before = len(self.history)
            if k == "quit" or k == "q":
                break
            if k == "u":
                i = self.undo(i)
                continue
            if k == "a":
                problem = self.accept(i)
                if problem:
                    self.message = problem
                    continue
            elif k == "k":
                self._commit(i, "keep", self._fresh(self.items[i], self.items[i].gold))
            elif k == "s":
                self.skipped.add(i)
                self.history.append(("skip", i))
            elif k == "e":
                self.edit(i)
            elif k == "r":
                it = self.items[i]
                lab = self.pick_label(i, (it.pred or it.gold).label)
                if not lab:
                    continue
                base = it.pred or it.gold
                span = Span(base.start, base.end, lab, base.text, self._norm_for(it, lab, base.norm))
                if self._check(it, self._fresh(it, span)):
                    self.edit(i, label=lab, note="complete the norm for the new label, then Enter")
                else:
                    self._commit(i, "relabel", self._fresh(it, span))
            else:
                self.message = f"unknown key {k!r} (? for help)"
                continue
            if len(self.history) > before:
                made += 1 if self.history[-1][0] == "decision" else 0
                nxt = self._next(i)
                i = nxt if nxt is not None else self._next()
                if i is None and self.skipped and self.pending():
                    self.skipped.clear()
                    i = self._next()
                    self.message = "end reached: the skipped items again (q to quit)"
        left = len(self.pending())
        if left == 0:
            self.con.print(f"All {len(self.items)} disagreement(s) decided; gold: {self.log.gold_path}")
        else:
            self.con.print(f"{len(self.items) - left} decided, {left} left; run the same command to resume. "
                           f"Log: {self.log.path}")
        return {"decided": len(self.items) - left, "left": left}


def _set_norm(norm: dict, line: str) -> str:
    if "=" not in line:
        return "norm fields are set as key=value"
    key, value = line.split("=", 1)
    key = key.strip()
    if not key:
        return "norm fields are set as key=value"
    if value.strip() == "":
        norm.pop(key, None)
        return ""
    try:
        norm[key] = json.loads(value)
    except json.JSONDecodeError:
        norm[key] = value.strip()
    return ""


def _word_left(text, i, lo):
    while i > lo and text[i - 1].isspace():
        i -= 1
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


def _word_right(text, i, hi):
    while i < hi and not text[i].isspace():
        i += 1
    while i < hi and text[i].isspace():
        i += 1
    return i


def _word_end_left(text, i, lo):
    while i > lo and text[i - 1].isspace():
        i -= 1
    while i > lo and not text[i - 1].isspace():
        i -= 1
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _word_end_right(text, i, hi):
    while i < hi and text[i].isspace():
        i += 1
    while i < hi and not text[i].isspace():
        i += 1
    return i


class ReviewLock:
    """One review session per gold file: an exclusive lock on
    ``GOLD.review.lock``, which names its holder.  The system releases it
    when the holding process ends, however it ends (SIGKILL included)."""

    def __init__(self, gold):
        gold = Path(gold)
        self.gold = gold
        self.path = gold.with_name(gold.name + ".review.lock")
        self.fd = None

    def acquire(self):
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return self
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.pread(fd, 300, 0).decode("utf-8", "replace").strip() or "another session"
                os.close(fd)
                raise InputError(f"{self.gold} is being reviewed by {holder}; one review of a gold "
                                 f"file at a time (resume when it has quit)") from None
            try:  # the file we locked may have been removed by a holder that just quit
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        import getpass
        import socket

        try:
            user = getpass.getuser()
        except Exception:  # no name for this uid
            user = str(os.getuid())
        info = f"pid {os.getpid()} ({user}@{socket.gethostname()}, since {_now()})"
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode("utf-8"), 0)
        self.fd = fd
        return self

    def release(self):
        if self.fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


def review(gold, pred_docs, originals: dict, filters: Filters = Filters(), source: str = "",
           keys: Keys | None = None, console=None) -> dict:
    """Open (or resume) the review of ``gold`` against ``pred_docs``; a
    second session on the same gold is refused (InputError naming the
    holder) while this one runs."""
    from rich.console import Console

    with ReviewLock(gold):
        log = ReviewLog(gold)
        items = items_for(log.base, pred_docs, filters)
        for it in items:
            if it.doc_id not in originals:
                raise InputError(f"{it.doc_id}: no original text (give --texts FOLDER)")
        keys = keys or Keys()
        con = console or Console(highlight=False)
        for m in log.messages:
            con.print(f"ie: {m}", style="bold")
        return Reviewer(log, items, originals, keys, con, source).run()
