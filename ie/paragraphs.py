"""Where a line break of a PDF's text ends a paragraph and where it only wraps
the text: numbered headings, list items, sentence ends at a line end, lines
filled to the page's width (read by :func:`ie.normalize.normalize`)."""

from __future__ import annotations

import re

from . import morph

__all__ = ["HEADING_WIDTH", "FULL_LINE", "TERMINAL", "ITEM_START", "paragraph_break"]

# A numbered line this short is a heading, not a paragraph's first line (PDF text lines are 70–90 wide).
HEADING_WIDTH = 55
FULL_LINE = (60, 95)  # the width of a PDF line of running text
SHORT_TITLES = (r"[Тт]ов", "проф", "акад")  # abbreviated titles whose dot ends no sentence (one lookbehind each)
TERMINAL = re.compile("".join(rf"(?<!\b{t})" for t in SHORT_TITLES) + r"[.:;!?]\W*$")  # («тов.», «проф.»)
TITLE_END = re.compile(rf"(?<![\w-])(?:{'|'.join(SHORT_TITLES)})\.$")  # «тов.\nА. Я. Вышинского»: the title goes on
ITEM_START = re.compile(
    r"^(?:\d{1,3}[.)]\s|\d{1,4}/\d{1,4}\.\s|[a-zа-яё]\)|\([a-zа-яё0-9]{1,3}\)|[IVXLC]{1,6}\.\s|[A-ZА-ЯЁ]\.\s|[-•*–—]\s|#)"
)


def _genitive_colon_line(ln) -> bool:
    """A short line ending in a colon whose first word is a genitive, not a
    nominative: the rest of a numbered sentence the PDF wrapped, not a label
    («2. Конференция избрала трех заместителей Председателя\nКонференции:»;
    but «Председатель:», «Заместители Председателя:» open lines of their own)."""
    words = ln.head.split()
    if not (1 <= len(words) <= 3 and words[-1].endswith(":")) or len(ln.head) > 40:
        return False
    parses = morph.parse(words[0].rstrip(":"))
    return any({"gent"} <= p.tag.grammemes for p in parses) and not any({"nomn", "sing"} <= p.tag.grammemes for p in parses)


def _oblique_start(word: str) -> bool:
    """A line opening with a noun or adjective that cannot be nominative goes on
    from the line before: «1. Профессор Амартья Сен, лауреат\nНобелевской премии»
    (a numbered paragraph's first line, wrapped short, not a heading)."""
    word = word.strip(",.;:«»\"()")
    if not word.isalpha():
        return False
    parses = morph.parse(word)
    return bool(parses) and all(p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case not in (None, "nomn")
                                and "Name" not in p.tag and "Surn" not in p.tag for p in parses)


def paragraph_break(prev, ln) -> bool:
    """Does the line break between two text lines of the original (``_Line``s of
    :mod:`ie.normalize`) end a paragraph, or does the PDF only wrap the text?"""
    if prev.kind != "text" or ln.kind != "text":
        return True
    first = ln.first[1]
    if (ITEM_START.match(ln.head) and not (first in ("–", "—") and prev.last[1].endswith(("»,", '",', "”,")))
            and not TITLE_END.search(prev.last[1])) or first.startswith("#"):
        return True  # (but «…»,\n— заявил X: a quote's attribution runs on; «тов.\nА. Я. Вышинского» too)
    last = prev.last[1]
    if (ITEM_START.match(prev.head) and prev.width <= HEADING_WIDTH and prev.end - prev.first[0] <= HEADING_WIDTH
            and not TERMINAL.search(last)
            and first[:1].isupper() and not _genitive_colon_line(ln) and not _oblique_start(first)):
        return True  # a numbered heading («a) Открытие совещания») ends its line
    if TERMINAL.search(last) and not last.endswith(":") and (first[:1].isupper() or first[:1].isdigit() or first[:1] in "«(["):
        # a line the PDF filled to its width runs on: its sentence end is not a paragraph's
        return not (FULL_LINE[0] <= prev.width <= FULL_LINE[1] and last.endswith(".") and first[:1].isupper())
    return False
