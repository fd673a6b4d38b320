"""The review screen: the context of a disagreement, gold and prediction side
by side, the key bar and the help."""

from __future__ import annotations

import json
from collections import defaultdict

from ..doc import Span


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
