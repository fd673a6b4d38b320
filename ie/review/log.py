"""The review's items and its decision log: every decision appended at once
(flushed and fsynced) beside the gold, the gold rewritten from it atomically;
one review of a gold at a time (a lock)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..doc import LABELS, Document, Span
from ..errors import InputError
from ..evaluate import errors
from ..formats.atomic import atomic_writer


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
        from ..formats.jsonl import read_jsonl

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
