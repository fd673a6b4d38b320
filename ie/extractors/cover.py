"""A verbatim record's cover: the chair over the list of the body's members.

A Security Council record opens «Председатель: г-н ПЕИЧ (Югославия)» over
«Члены: Алжир г-н ДЖУДИ», «Аргентина г-н КАПУТО» …; a PDF tool that reads the
cover's two columns one after the other gives «Председатель:\\nЧлены:\\nг-н
ПЕИЧ (Югославия)\\nАлжир\\nАргентина\\n…\\nг-н ДЖУДИ\\nг-н КАПУТО». The chair is a
SPEAKER; the members the list names are PERSONs (GUIDELINES 22) and its states
are participants.

Offsets here are those of ``Reading.lines`` (the original's).

>>> cover = Cover.of("Председатель:\\nЧлены:\\nг-н ПЕИЧ (Югославия)\\nАлжир\\nг-н ДЖУДИ\\n\\nПовестка дня")
>>> cover.chair_line, cover.blocks
((21, 41), [(14, 57)])
>>> cover.member(50), cover.member(30), cover.member(62)
(True, False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Cover"]

# the line that opens the list: «Члены:», «Члены;» (an OCR'd colon)
MEMBERS = re.compile(r"^[ \t]*Члены[ \t]*[:;]", re.M)
# the chair's heading with its name gone to the other column: «Председатель:\nЧлены:\n»
EMPTY_CHAIR = re.compile(r"[ \t]*Председатель[ \t]*[:;][ \t]*\n[ \t]*Члены[ \t]*[:;][ \t]*\n")
# the words a line of the list may write in lower case: titles, particles, «и Северной Ирландии»
LOWER = frozenset("г-н г-жа г-на гн сэр граф д-р и фон де ван дер аль бин дель да ду дос ди".split())
WORD = re.compile(r"[^\s,;:().]+")
LINE_MAX = 80  # a longer line is prose, not the list
REACH = 3000  # a list longer than this is no cover's


def _list_line(line: str) -> bool:
    """Does the line only name states and people («Германии, Федеративная
    Республика», «и Северной Ирландии», «сэр Криспин ТИККЕЛЛ»)?"""
    if len(line) > LINE_MAX:
        return False
    words = WORD.findall(line)
    return bool(words) and all(w[0].isupper() or w.lower() in LOWER for w in words)


def _line_end(lines: str, i: int) -> int:
    """The «\n» that ends the line holding offset ``i``, or the text's end."""
    end = lines.find("\n", i)
    return len(lines) if end < 0 else end


@dataclass
class Cover:
    """The members' lists of a text and the line of a chair read out of its column."""

    blocks: list = field(default_factory=list)  # (start, end): a list, from «Члены:» to its last line
    chair_line: tuple | None = None  # (start, end) of «г-н ПЕИЧ (Югославия)» under «Председатель:\nЧлены:»

    @classmethod
    def of(cls, lines: str) -> "Cover":
        cover = cls()
        if "Члены" not in lines:
            return cover
        for m in MEMBERS.finditer(lines):
            eol = _line_end(lines, m.end())
            first = lines[m.end():eol]
            if first.strip() and not _list_line(first):
                continue  # «Члены: … говорит» opens a sentence, no list
            end, pos = eol, eol
            if cover.chair_line is None and EMPTY_CHAIR.match(lines, lines.rfind("\n", 0, max(0, m.start() - 1)) + 1):
                nxt = _line_end(lines, eol + 1)
                if eol < len(lines) and _list_line(lines[eol + 1:nxt]):
                    cover.chair_line, end, pos = (eol + 1, nxt), nxt, nxt
            while pos < len(lines) and pos - m.start() < REACH:
                nxt = _line_end(lines, pos + 1)
                line = lines[pos + 1:nxt]
                if line.strip():
                    if not _list_line(line):
                        break
                    end = nxt
                pos = nxt
            cover.blocks.append((m.start(), end))
        return cover

    def member(self, o: int) -> bool:
        """Is original offset ``o`` in a members' list, not the chair's line?"""
        return not self.chair(o) and any(a <= o < b for a, b in self.blocks)

    def chair(self, o: int) -> bool:
        """Is original offset ``o`` on the chair's line read out of its column?"""
        return self.chair_line is not None and self.chair_line[0] <= o < self.chair_line[1]
