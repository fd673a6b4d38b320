"""Original text -> reading text + offset map.

The only layer that knows about the ORIGINAL text.  It unwraps the lines of a
paragraph, joins words broken by a line-end hyphen (also across blank lines and
page headers), keeps real compounds («государства-участники»), drops page
counters and PDF debris, collapses white space, removes Markdown marks and
repairs words that mix Cyrillic and Latin look-alike letters.  Every reading
character keeps the original index it came from, so a span found in the
reading text maps back exactly once:

>>> r = normalize("Брази-\\n\\nлии и Фран-\\nция")
>>> r.text
'Бразилии и Франция'
>>> start, end = r.to_original(0, 8)
>>> "Брази-\\n\\nлии и Фран-\\nция"[start:end]
'Брази-\\n\\nлии'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .hyphens import LEFT_PART, hyphen_exceptions, hyphen_kind, left_word, midline_soft, unmarked_break
from .paragraphs import HEADING_WIDTH, TERMINAL, paragraph_break

__all__ = ["Reading", "normalize", "hyphen_kind", "hyphen_exceptions"]

# every character that ends a line (str.splitlines' set), in the original text as in the reading text
LINE_BREAK_CHARS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
LINE_BREAK = re.compile(f"\r\n|[{LINE_BREAK_CHARS}]")
# the original's lines with one line end: every line break «\n», a carriage return before one a space,
# a no-break space a space (as in the reading text)
TO_NEWLINE = str.maketrans({**{c: "\n" for c in LINE_BREAK_CHARS if c not in "\n\r"}, "\u00a0": " "})
UNUSUAL_BREAK_OR_SPACE = re.compile(f"[{LINE_BREAK_CHARS[2:]}\u00a0]")  # (looked for first: most texts have none, and no copy is made)
CR_BEFORE_LF = re.compile("\r(?=\n)")
# the rest of a line of the original text is blank: spaces, then a line break or the end
ORIGINAL_LINE_END = re.compile(f"[ \t\u00a0]*(?:[{LINE_BREAK_CHARS}]|$)")
WORD = re.compile(r"\S+")
# Characters that never reach the reading text.
INVISIBLE = re.compile(r"\*\*|__|[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,300}\)")
MD_LINK_TAIL = re.compile(r"\]\([^)\s]{1,300}\)")  # a link's target after its text wrapped over lines: «…\nАрмении](/i.jpg?2021-02-17)»
# «*Председатель:*»: single-asterisk emphasis (a lone «*» footnote mark stays)
MD_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])[^*\n]{1,160}?(?<=[^\s*])\*(?![*\w])")
MD_HEADING = re.compile(r"^#{1,6}(?=\s)")

# Page furniture, never text: page counters and job numbers («4/5», «V.24-09626», «GE.23-07415»,
# «23-24518 (R)», «K2302871», «*2302871*»), bare page numbers, footnote and Markdown rules.
# (but a day wrapped off its month, «14\nAugust 2017», is no page number)
DAY_OFF_MONTH = re.compile(r"(?i:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november|december)")
_FURNITURE = r"(?:\d{1,4}/\d{1,4}|\d{1,3}(?=\s+\S)|(?<=\S\s)\d{1,3}|[A-Z]{1,2}\.\d{2}-\d{4,6}|\d{2}-\d{5}|[A-Z]\d{6,8}|\(\s?[A-Z]\s?\)|\*\d{6,8}\*)"
DEBRIS = re.compile(
    rf"""^(?:
        {_FURNITURE}(?:\s+{_FURNITURE}){{0,4}}
      | \d{{1,3}}  # a bare page number (a year alone on a line is text: «Нью-Йорк,\n2015»)
      | (?:Page|page|Стр\.?|стр\.|Страница)\s+\d{{1,4}}(?:\s+(?:of|из)\s+\d{{1,4}})?
      | [_\-–—=*~.·•]{{3,}}
      | \*{{1,3}}|\#{{1,6}}|>
    )$""",
    re.X,
)
# A line that is a document symbol alone: the running header of a UN page.
SYMBOL_LINE = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁa-z0-9.]*(?:/[A-ZА-ЯЁa-z0-9.()\-]+){1,9}(?<=[A-Za-zА-Яа-я0-9])$"
)
# Latin and Cyrillic letters that look alike, for words that mix scripts.
LAT = "aceopxyACEHKMOPTXB"
CYR = "асеорхуАСЕНКМОРТХВ"
TO_CYR = str.maketrans(LAT, CYR)
TO_LAT = str.maketrans(CYR, LAT)
CYR_LETTER = re.compile(r"[а-яёА-ЯЁ]")
LAT_LETTER = re.compile(r"[a-zA-Z]")
GREEK_TO_CYR = str.maketrans("οΟ", "оО")  # a Greek omicron in a Russian word («гοда»)

# Hyphens read as «-»: a soft hyphen kept at a line end, the Unicode and non-breaking hyphens of PDF tools.
BREAK_DASHES = str.maketrans({"\u00ad": "-", "\u2010": "-", "\u2011": "-"})
DASHES = re.compile("[\u00ad\u2010\u2011]")
DOUBLED_DASH = re.compile("[\u2010\u2011](?=-)|(?<=-)[\u2010\u2011]")
# A line with no markup, invisible or Unicode-hyphen character, its words one space apart and none mixing
# scripts, is read exactly as written: one piece, no word-by-word work.
_MARKED = re.compile("[\\[\\]*_#\u00ad\u200b\u200c\u200d\u2060\ufeff\u2010\u2011οΟ]|[^\\S ]| {2}|[^\\W\\d_]- [а-яё]")
RIGHT_PART = re.compile(r"^[^\W\d_]+")


@dataclass(frozen=True)
class Reading:
    """The reading text and the piecewise map back to the original.

    ``segments`` holds ``(reading_start, original_start, length)`` triples in
    reading order; inside a segment reading and original advance together.
    """

    original: str
    text: str
    segments: tuple
    asides: tuple = ()  # (start, end) of page-header lines left out, original offsets

    def __post_init__(self):
        object.__setattr__(self, "_starts", [s[0] for s in self.segments])
        object.__setattr__(self, "_ostarts", [s[1] for s in self.segments])

    @cached_property
    def lines(self) -> str:
        r"""The original with every line end written «\n», offset for offset
        (a form feed or a lone carriage return ends a line, a carriage return
        before «\n» is a space, so is a no-break space): what patterns of line
        structure read.

        >>> Reading("a\r\nb\fc\u00a0d", "", ()).lines
        'a \nb\nc d'
        """
        lines = self.original.translate(TO_NEWLINE) if UNUSUAL_BREAK_OR_SPACE.search(self.original) else self.original
        return CR_BEFORE_LF.sub(" ", lines).replace("\r", "\n") if "\r" in lines else lines

    def reading_offset(self, o: int):
        """Reading index of original character ``o``, or None when that
        character is not in the reading text (page furniture, markup).

        >>> r = normalize("Конфе-\\n\\nренция")
        >>> r.reading_offset(8), r.reading_offset(5)
        (5, None)
        """
        k = bisect_right(self._ostarts, o) - 1
        if k < 0:
            return None
        r, start, n = self.segments[k]
        return r + (o - start) if o < start + n else None

    def offset(self, i: int) -> int:
        """Original index of reading character ``i``."""
        k = bisect_right(self._starts, i) - 1
        r, o, _ = self.segments[k]
        return o + (i - r)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a reading span ``[start, end)`` to original offsets."""
        if end <= start:
            o = self.offset(start) if start < len(self.text) else len(self.original)
            return o, o
        return self.offset(start), self.offset(end - 1) + 1

    def pairs(self):
        """Yield ``(reading_index, original_index)`` for every reading char."""
        for r, o, n in self.segments:
            for k in range(n):
                yield r + k, o + k


def _fix_script(word: str) -> str:
    """Repair a word that mixes Cyrillic and Latin look-alikes («Рабочaя»,
    «ПEPBAЯ»: only Cyrillic can be meant where the Cyrillic letters have no
    Latin twin) or Cyrillic and a Greek omicron («гοда»)."""
    if "/" in word:
        return word
    if ("ο" in word or "Ο" in word) and CYR_LETTER.search(word):
        word = word.translate(GREEK_TO_CYR)
    if not (CYR_LETTER.search(word) and LAT_LETTER.search(word)):
        return word
    cyr_letters = CYR_LETTER.findall(word)
    lat_letters = LAT_LETTER.findall(word)
    to_cyr = all(c in LAT for c in lat_letters)
    to_lat = all(c in CYR for c in cyr_letters)
    if to_cyr and (len(cyr_letters) >= len(lat_letters) or not to_lat):
        return word.translate(TO_CYR)
    if to_lat:
        return word.translate(TO_LAT)
    return word


class _Line:
    """One line of the original.  Only its first and last words and the head
    of its visible text are kept; the whole word list is made again when the
    line is written, so a document of millions of words never holds them all."""

    __slots__ = ("start", "end", "first", "last", "kind", "nl", "head", "width", "verbatim")

    def __init__(self, start, end, words, kind, nl, plain="", verbatim=False):
        self.start = start  # original offset of the line
        self.end = end
        # (original_start, visible_text, pieces): a word's visible text and
        # the touching (original_start, text) pieces it is made of
        self.first = words[0] if words else None
        self.last = words[-1] if words else None
        self.kind = kind  # "text" | "blank" | "debris" | "symbol"
        self.nl = nl  # original offset of the line break after it
        self.head = plain[:HEADING_WIDTH + 10]  # enough to tell a numbered heading
        self.width = len(plain)
        self.verbatim = verbatim  # the line's words, one space apart, are its reading text as they stand

    def words(self, text):
        return _flat(_visible_words(text[self.start:self.end], self.start))


def _visible_words(line: str, base: int):
    """Words of a line minus Markdown marks, as (original_start, text) pieces.

    A word cut by an invisible mark becomes several adjacent pieces; the
    caller glues pieces that touch.
    """
    drop = []
    for m in MD_LINK.finditer(line):
        drop.append((m.start(), m.start() + 1))
        drop.append((m.end(1), m.end()))
    if "](" in line:
        for m in MD_LINK_TAIL.finditer(line):
            if line.find("[", 0, m.start()) < 0:  # its «[» on a line before
                drop.append((m.start(), m.end()))
    m = MD_HEADING.match(line.lstrip())
    if m:
        lead = len(line) - len(line.lstrip())
        drop.append((lead, lead + m.end()))
    tail = len(line.rstrip())
    for m in INVISIBLE.finditer(line):
        if m.group() == "\u00ad" and m.end() == tail and m.start() > 0:
            continue  # a soft hyphen that breaks the line is a break hyphen: kept, read as «-»
        drop.append((m.start(), m.end()))
    for m in MD_EMPHASIS.finditer(line):
        drop.append((m.start(), m.start() + 1))
        drop.append((m.end() - 1, m.end()))
    dashes = DASHES.search(line) is not None
    if dashes:  # «548‑-м», «80‑-е»: a hyphen doubled by a U+2010/U+2011 is one «-»
        drop.extend((m.start(), m.end()) for m in DOUBLED_DASH.finditer(line))
    if not drop:  # most lines: every word is one piece
        return [[(base + m.start(), m.group().translate(BREAK_DASHES) if dashes else m.group())]
                for m in WORD.finditer(line)]
    drop = _union(drop)
    ends = [b for _, b in drop]
    words = []
    for m in WORD.finditer(line):
        pieces = []
        pos = m.start()
        # the disjoint drop ranges that reach into this word, found by bisection
        for j in range(bisect_right(ends, pos), len(drop)):
            a, b = drop[j]
            if a >= m.end():
                break
            if a > pos:
                pieces.append((pos, line[pos:a]))
            pos = max(pos, b)
        if pos < m.end():
            pieces.append((pos, line[pos:m.end()]))
        if pieces:
            words.append([(base + p, t.translate(BREAK_DASHES) if dashes else t) for p, t in pieces])
    return words


def _union(ranges):
    """Sorted, disjoint ranges covering the same positions as ``ranges``.

    >>> _union([(5, 6), (0, 2), (1, 3), (3, 4)])
    [(0, 4), (5, 6)]
    """
    out = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _flat(words):
    """Each word as (original start, visible text, its touching pieces)."""
    return [(w[0][0], "".join(t for _, t in w), w) for w in words]


def _lines(text: str):
    pos = 0
    for m in LINE_BREAK.finditer(text):
        yield pos, text[pos:m.start()], m.start()
        pos = m.end()
    yield pos, text[pos:], len(text)


def _plain_words(line: str, start: int):
    """The first and last words and the text of a line that is read as
    written (``_MARKED`` finds nothing in it), or None."""
    plain = line.strip()
    if not plain or _MARKED.search(plain):
        return None
    if LAT_LETTER.search(plain) and CYR_LETTER.search(plain) and any(_fix_script(w) != w for w in plain.split(" ")):
        return None
    at = start + line.index(plain[0])
    head, _, _ = plain.partition(" ")
    tail = plain.rpartition(" ")[2]
    last_at = at + len(plain) - len(tail)
    return (at, head, [(at, head)]), (last_at, tail, [(last_at, tail)]), plain


def _classify(text: str):
    out = []
    for start, line, nl in _lines(text):
        fast = _plain_words(line, start)
        if fast is not None:
            first, last, plain = fast
            out.append(_Line(start, start + len(line), [first, last], _kind(plain), nl, plain, verbatim=True))
            continue
        words = _visible_words(line, start)
        if not words:
            out.append(_Line(start, start + len(line), [], "blank", nl))
            continue
        # Flatten: each word is a list of touching pieces; keep them as one
        # visible word whose pieces remember their own original offsets.
        flat = _flat(words)
        plain = " ".join(t for _, t, _ in flat)
        out.append(_Line(start, start + len(line), flat, _kind(plain), nl, plain))
    for k in range(len(out) - 1):
        if out[k].kind == "debris" and re.fullmatch(r"[0-3]?\d", out[k].head) and DAY_OFF_MONTH.match(out[k + 1].head):
            out[k].kind = "text"
    return out


def _kind(plain: str) -> str:
    if DEBRIS.match(plain):
        return "debris"
    if SYMBOL_LINE.match(plain):
        return "symbol"
    return "text"


def _joinable_break(prev_word: str, next_word: str) -> bool:
    return (
        len(prev_word) > 1
        and prev_word.endswith("-")
        and prev_word[-2].isalnum()
        and next_word[:1].isalnum()
    )


class _Builder:
    def __init__(self):
        self.parts = []
        self.segments = []
        self.length = 0

    def add(self, orig: int, text: str):
        if not text:
            return
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == orig:
            self.segments[-1] = (last[0], last[1], last[2] + len(text))
        else:
            self.segments.append((self.length, orig, len(text)))
        self.parts.append(text)
        self.length += len(text)

    def drop_last_char(self):
        r, o, n = self.segments[-1]
        if n == 1:
            self.segments.pop()
        else:
            self.segments[-1] = (r, o, n - 1)
        self.parts[-1] = self.parts[-1][:-1]
        self.length -= 1


def _emit_word(b: _Builder, pieces, fix=True):
    word = "".join(t for _, t in pieces)
    fixed = _fix_script(word) if fix else word
    k = 0
    for o, t in pieces:
        b.add(o, fixed[k:k + len(t)].replace("\u00a0", " "))
        k += len(t)


def normalize(text: str) -> Reading:
    """Build the reading text of ``text`` with its offset map."""
    content = [ln for ln in _classify(text) if ln.kind in ("text", "symbol")]
    # Page headers (symbol lines) inside a sentence or a broken word are furniture: the two halves meet.
    keep = []
    asides = []
    next_text = [None] * len(content)  # the first text line after each line
    for i in range(len(content) - 2, -1, -1):
        after = content[i + 1]
        next_text[i] = after if after.kind == "text" else next_text[i + 1]
    for i, ln in enumerate(content):
        if ln.kind == "symbol" and keep:
            nxt = next_text[i]
            prev = keep[-1]
            if nxt is not None and prev.kind == "text":
                prev_last, next_first = prev.last[1], nxt.first[1]
                broken = _joinable_break(prev_last, next_first) and "/" not in prev_last
                mid = not TERMINAL.search(prev_last)  # «Франция,\n\nA/HRC/52/2\n\nЧерногория»
                if broken or mid:
                    last_piece = ln.last[2][-1]
                    asides.append((ln.first[0], last_piece[0] + len(last_piece[1])))
                    continue
        keep.append(ln)

    b = _Builder()
    prev = None
    for ln in keep:
        words = None if ln.verbatim else ln.words(text)
        if prev is not None:
            a, z = prev.last[1], ln.first[1]
            if _joinable_break(a, z):
                left, right = LEFT_PART.search(a), RIGHT_PART.search(z)
                kind = hyphen_kind(left_word(a), right.group()) if left and right and ln.kind == prev.kind == "text" else "compound"
                if text[_last_char(prev)] == "\u00ad":
                    kind = "soft"  # the writer's own hyphenation point
                if kind == "soft":
                    b.drop_last_char()
            elif a[-1:] in "–—" and a[:-1][-1:].isdigit() and z[:1].isdigit():
                pass
            elif a.endswith("/") and re.fullmatch(r"\W*[A-ZА-ЯЁ][\w./-]*/", a) and z[:1].isalnum():
                pass  # a document symbol broken after a slash
            elif (ln.kind == prev.kind == "text" and not paragraph_break(prev, ln) and unmarked_break(a, z)
                  and len(LINE_BREAK.findall(text, _last_char(prev), ln.first[0])) == 1):
                pass  # a word broken with no hyphen: «20 де\nкабря» (not across a blank line)
            else:
                b.add(prev.nl, "\n" if paragraph_break(prev, ln) else " ")
        if words is None:
            b.add(ln.first[0], text[ln.first[0]:ln.first[0] + ln.width])
            prev = ln
            continue
        for k, (_, word, pieces) in enumerate(words):
            if k and midline_soft(words[k - 1][1], word):
                b.drop_last_char()  # «иска- жение»: a line break turned into a space
            elif k:
                b.add(_gap(text, words[k - 1][2], pieces), " ")
            _emit_word(b, pieces)
        prev = ln
    if not b.segments:
        b.segments.append((0, 0, 0))
    return Reading(text, "".join(b.parts), tuple(b.segments), tuple(asides))


def _gap(text: str, before, after) -> int:
    """Original index of the white space between two words."""
    lo = before[-1][0] + len(before[-1][1])
    hi = after[0][0]
    for i in range(lo, hi):
        if text[i].isspace():
            return i
    return lo


def _last_char(ln: _Line) -> int:
    """Original index of the last visible character of a line."""
    o, t = ln.last[2][-1]
    return o + len(t) - 1
