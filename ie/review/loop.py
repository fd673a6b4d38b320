"""The review loop: one screen a disagreement, one key a decision."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..doc import LABELS, Span
from ..validate import problems
from .keys import Keys
from .log import NORM_KEYS, Item, ReviewLog
from .screen import (BOTH_STYLE, EDIT_KEYS, GOLD_STYLE, HELP, MAIN_KEYS, PRED_STYLE, _keybar, _visible,
                     render_context, render_sides)


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
