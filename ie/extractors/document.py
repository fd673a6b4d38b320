"""DOCUMENT: UN document symbols, in Latin canonical form.

Sub-rules: ``symbol`` (a series of uppercase parts joined by «/»:
«CTOC/COP/WG.3/2024/L.1», «E/CN.7/2022/14», «WO/PBC/20/8»), ``pair`` (two
symbols joined by a hyphen are two spans: «E/2022/28-E/CN.7/2022/14»),
``undocs`` (the symbol part of an undocs.org address), ``header`` (a page
header line the reading text dropped).  Cyrillic look-alikes and Russian
series names are mapped to Latin («СТОС/СОР/ВГ.4/2021/2» ->
``CTOC/COP/WG.4/2021/2``).  A trailing «.», «)» or «;» is not part of a
symbol; job numbers («V.24-09626») and page counters («4/5») are not symbols.

>>> from ie.extractors.document import canonical
>>> canonical("СТОС/СОР/ВГ.4/2021/2")
'CTOC/COP/WG.4/2021/2'
"""

from __future__ import annotations

import re

__all__ = ["DocumentExtractor", "canonical"]

LOOKALIKE = str.maketrans("АВЕКМНОРСТХУаеорсхуІЅЈ", "ABEKMHOPCTXYaeopcxyISJ")
# Russian series names that stand for Latin ones in symbols.
SERIES = [("ВГ", "WG"), ("Доп", "Add"), ("Пересм", "Rev"), ("Испр", "Corr"), ("Рез", "RES")]

UP = "A-ZА-ЯЁЅІЈ"
PART = rf"[{UP}0-9][{UP}a-zа-яё0-9.\-]*"
FIRST = rf"[{UP}][{UP}]{{0,11}}\d{{0,4}}(?:\.\d{{1,3}})?"  # «E», «CTOC», «E/CN.7», WHO «EB152», «A76»
# UNESCO General Conference documents: «41 C/23», «41 C/4 (Add.1)»
UNESCO = re.compile(r"(?<![\w/.-])(\d{2})\s?([CС])/(\d{1,3})(?![\w/])")
SYMBOL = re.compile(rf"(?<![\w/.\-]){FIRST}(?:/{PART}){{1,10}}")
UNDOCS = re.compile(r"undocs\.org/(?:(?:ru|en|fr|es|ar|zh)/)?(?P<rest>\S+)")
NEXT_SYMBOL = re.compile(rf"-(?={FIRST}/{PART})")


def canonical(symbol: str) -> str:
    out = symbol
    for ru, lat in SERIES:
        out = re.sub(rf"(?<![A-Za-zА-Яа-я]){ru}(?![a-zа-я])", lat, out)
    return out.translate(LOOKALIKE)


def _trim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in ".,;:)-–»":
        if text[b - 1] == ")" and text.count("(", a, b) >= text.count(")", a, b):
            break
        b -= 1
    return b


def _valid(sym: str) -> bool:
    if not any(c.isalpha() for c in sym.split("/", 1)[0]) or not any(c.isdigit() for c in sym):
        return False  # «МВФ/ВБ» is two abbreviations, not a symbol
    letters = [c for c in sym if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 2 and len(sym.split("/")) < 3 and not re.match(r"[A-Z]\d{2}/", sym):
        return False  # «A76/4» (a WHO Assembly document) is one, «В/3» is not
    return not re.fullmatch(r"[A-ZА-Я]\.\d{2}-\d{4,6}", sym)


class DocumentExtractor:
    label = "DOCUMENT"

    def __call__(self, ctx):
        text = ctx.text
        out = []
        seen = set()

        def add(a, b, rule):
            b = _trim(text, a, b)
            sym = text[a:b]
            if b <= a or (a, b) in seen or not _valid(sym):
                return
            seen.add((a, b))
            out.append(ctx.span(a, b, "DOCUMENT", {"symbol": canonical(sym)}, rule))

        def split_pairs(a, b, rule):
            for lo, hi, r in _pairs(text, a, b, rule):
                add(lo, hi, r)

        for m in UNDOCS.finditer(text):
            rest = m.start("rest")
            sm = re.match(rf"{FIRST}(?:/{PART}){{1,10}}", text[rest:m.end()])
            if sm:
                split_pairs(rest, rest + sm.end(), "undocs")
        for m in SYMBOL.finditer(text):
            if text[max(0, m.start() - 12):m.start()].endswith(("undocs.org/", "/ru/", "/en/")):
                continue
            split_pairs(m.start(), m.end(), "symbol")
        for m in UNESCO.finditer(text):
            if (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                out.append(ctx.span(m.start(), m.end(), "DOCUMENT",
                                    {"symbol": f"{m.group(1)} C/{m.group(3)}"}, "unesco"))
        original = ctx.reading.original
        for a, b in ctx.reading.asides:
            if SYMBOL.fullmatch(original, a, b):
                for lo, hi, _ in _pairs(original, a, b, "header"):
                    hi = _trim(original, lo, hi)
                    if _valid(original[lo:hi]):
                        out.append(ctx.span(lo, hi, "DOCUMENT", {"symbol": canonical(original[lo:hi])}, "header",
                                            original=True))
        return out


def _pairs(text, a, b, rule):
    """Split «E/2022/28-E/CN.7/2022/14» at the hyphen between symbols."""
    cuts = [a] + [m.start() + 1 for m in NEXT_SYMBOL.finditer(text, a, b)] + [b + 1]
    for k in range(len(cuts) - 1):
        yield cuts[k], cuts[k + 1] - 1, ("pair" if len(cuts) > 2 else rule)
