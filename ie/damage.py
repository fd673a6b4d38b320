r"""PDF-like damage for measuring: a text made worse, with its gold moved along.

Scorers of this project measure every gold set three ways: as written, with
``hyphen`` damage (lines wrapped anywhere, words hyphen-broken across line
ends, sometimes across a blank line or a page header) and with ``harsh``
damage (that, plus CRLF line ends, soft hyphens and U+2010 as break hyphens,
form feeds and no-break spaces).  Every edit is an insertion or a same-length
replacement, so each gold span is carried to the damaged text exactly: a
mention broken by the damage keeps all of its pieces («Брази-\n\nлии»).

>>> text = "С заявлениями выступили представители Бразилии, Франции и Германии. " * 3
>>> damaged, moved, _ = damage(text, [(138, 149)], "hyphen", seed=4)
>>> damaged.splitlines()[1][-9:], damaged[moved[0][0]:moved[0][1]]
('С заявле-', 'заявле-\nниями')
"""

from __future__ import annotations

import random
import re

__all__ = ["KINDS", "damage", "damage_record"]

KINDS = ("clean", "hyphen", "harsh")
WORD = re.compile(r"\S+")
LETTERS = re.compile(r"[А-ЯЁа-яёA-Za-z]{6,}")
# page furniture put between the halves of a broken word: (text, symbol inside it or None)
HEADERS = [("\n\n19-05432 3/6\n\n", None), ("\n\nGE.22-11111 2/8\n\nA/HRC/52/2\n\n", "A/HRC/52/2"),
           ("\n\n4/5 V.24-09626\n\n", None), ("\n\n2/7\n\n", None)]


def damage(text: str, spans, kind: str = "hyphen", seed: int = 0):
    """Return ``(damaged_text, moved_spans, headers)`` for ``[(start, end), …]``;
    ``headers`` lists ``(start, end, symbol)`` of running symbols put in.

    Lines are re-wrapped at 60–90 columns as a PDF tool does: at a space, or
    inside a word of six letters or more with a break hyphen (a third of the
    time), the halves sometimes a blank line or a page header apart.
    """
    if kind not in KINDS:
        raise ValueError(f"damage kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind == "clean":
        return text, [tuple(s) for s in spans], []
    rng = random.Random(seed)
    edits = {}  # original index -> (text inserted before it, replacement of the char or None)
    line_start = 0
    width = rng.randint(60, 90)
    for m in WORD.finditer(text):
        if "\n" in text[line_start:m.start()]:
            line_start = text.rindex("\n", line_start, m.start()) + 1
        if m.end() - line_start <= width:
            continue
        word = LETTERS.fullmatch(m.group().strip(".,;:()«»"))
        if word and rng.random() < 0.35:
            cut = m.start() + m.group().index(word.group()) + rng.randint(3, len(word.group()) - 3)
            hyphen = "-" if kind == "hyphen" else rng.choice(["-", "-", "\u00ad", "\u2010"])
            roll = rng.random()
            gap = "\n" if roll < 0.75 else "\n\n" if roll < 0.9 else rng.choice(HEADERS)[0]
            edits[cut] = (hyphen + gap, None)
            line_start = cut
        elif m.start() > 0 and text[m.start() - 1] == " ":
            edits[m.start() - 1] = ("", "\n")  # wrapped at the space before the word
            line_start = m.start()
        width = rng.randint(60, 90)
    if kind == "harsh":
        for i, ch in enumerate(text):
            if ch == "\n" and i not in edits:
                edits[i] = ("\r", None) if rng.random() < 0.9 else ("", "\f")
            elif ch == " " and i not in edits and rng.random() < 0.03:
                edits[i] = ("", "\u00a0")
    out = []  # for each original char: what goes before it, and what it becomes
    starts = []  # the damaged index of each original char
    headers = []
    pos = 0
    for i, ch in enumerate(text):
        insert, replace = edits.get(i, ("", None))
        char = replace if replace is not None else ch
        if kind == "harsh":
            insert = insert.replace("\n", "\r\n")
        for header, symbol in HEADERS if insert else ():
            if symbol and symbol in insert:
                at = pos + insert.index(symbol)
                headers.append((at, at + len(symbol), symbol))
        out += (insert, char)
        pos += len(insert)
        starts.append(pos)
        pos += len(char)
    damaged = "".join(out)
    moved = [(starts[a], starts[b - 1] + len(out[2 * b - 1])) for a, b in spans]
    return damaged, moved, headers


def damage_record(record: dict, text: str, kind: str, seed: int = 0):
    """A gold record and its text, damaged; spans keep label and norm."""
    from .doc import text_sha256

    spans = record["spans"]
    damaged, moved, headers = damage(text, [(s["start"], s["end"]) for s in spans], kind, seed)
    new = [dict(s, start=a, end=b, text=damaged[a:b]) for s, (a, b) in zip(spans, moved)]
    # a running symbol inside a broken mention is a DOCUMENT of its own (GUIDELINES 17)
    new += [{"start": a, "end": b, "label": "DOCUMENT", "text": sym, "norm": {"symbol": sym}} for a, b, sym in headers]
    new.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    return dict(record, text_sha256=text_sha256(damaged), spans=new), damaged
