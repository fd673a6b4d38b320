"""DOCUMENT: UN document symbols, in Latin canonical form.

Sub-rules: ``symbol`` (a series of uppercase parts joined by «/»:
«CTOC/COP/WG.3/2024/L.1», «E/CN.7/2022/14», «WO/PBC/20/8»), ``pair`` (two
symbols joined by a hyphen are two spans: «E/2022/28-E/CN.7/2022/14»),
``undocs`` (the symbol part of an undocs.org address), ``header`` (a page
header line the reading text dropped), ``broken`` (a symbol broken after «.»
or «/» at a line end, across blank lines, counters and headers:
«A/CONF.\n\n251/7»), ``spaced`` (old symbols «A / 5123», «S / PV. 1000»),
``glued`` (glued to the word before, from a known prefix: «документеA/78/2»,
«Distr.GENERALCERD/C/SR.1437», an IAEA slash lost «GC(49)18»), ``split-number``
(«WHA 41/1988/REС/1»), ``unesco`` («41 C/23»), ``series`` (WMO and IOC
«EC-LXII/Doc. 2.1», «IOC-XXI/2 Annex 4»; FAO «C 2019/REP»).  Old IAEA symbols
carry a Roman session («GC(XIV)/442»); two symbols glued together split at
a known prefix after a digit («…/10/7UNEP/OzL.Pro.26/10»).  A symbol's end takes a part or
volume designation («…/Part. I», «A/57/38 (Part I)», «(Vol. I)») and a stray
mark before its last number («REC/_1», «OR/.1», «REC/i» read as 1); Russian
letters glued after its last digit («…/CO/1и») and a dateline's day glued to a
summary record's number («SR.143714 August») are not part of it.  Cyrillic look-alikes and Russian series names are
mapped to Latin («СТОС/СОР/ВГ.4/2021/2» -> ``CTOC/COP/WG.4/2021/2``).  A
trailing «.», «)» or «;» is not part of a symbol; «S/RES/2720 (2023)» keeps
its year; job numbers («V.24-09626»), a body's designation («WP.29/AC.2»), page counters («4/5») and Roman-numeral
series («II/3») are not symbols; a designation governed by «резолюция» /
«решение» is a RESOLUTION instead.  Spans never overlap one another: a page
header inside a match is either inside one broken symbol or between two.

>>> from ie.extractors.document import canonical
>>> canonical("СТОС/СОР/ВГ.4/2021/2")
'CTOC/COP/WG.4/2021/2'
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..normalize import DEBRIS, ORIGINAL_LINE_END, SYMBOL_LINE
from ..resources import active, cached
from .date_points import glued_day

__all__ = ["DocumentExtractor", "canonical", "prefixes"]

LOOKALIKE = str.maketrans("АВЕКМНОРСТХУаеорсхуІЅЈ", "ABEKMHOPCTXYaeopcxyISJ")
# Russian series names that stand for Latin ones in symbols.
SERIES = [("ВГ", "WG"), ("Доп", "Add"), ("Пересм", "Rev"), ("Испр", "Corr"), ("Рез", "RES"),
          ("РЕЗ", "RES")]  # old ECOSOC «Е/РЕЗ/1985/17»

UP = "A-ZА-ЯЁЅІЈ"
# a comma between a series code and a digit is a misread dot («А/АС,109/77» -> A/AC.109/77)
PART = rf"[{UP}0-9](?:[{UP}a-zа-яё0-9.\-]|(?<=[{UP}]),(?=[0-9]))*(?:\([0-9]{{1,3}}\))?"  # «ICCD/COP(15)/21»
FIRST = rf"[{UP}][{UP}]{{0,11}}[0-9]{{0,4}}(?:\.[0-9]{{1,3}}|\([0-9]{{1,3}}\)|(?<=GC)\([IVXL]{{1,6}}\))?"  # old IAEA «GC(XIV)/442»  # «E», «CTOC», «E/CN.7», WHO «EB152», «A76», IAEA «GC(58)»
# UNESCO General Conference documents: «41 C/23», «41 C/4 (Add.1)»
UNESCO = re.compile(r"(?<![\w/.-])([0-9]{2})\s?([CС])/([0-9]{1,3})(?![\w/])")
# UNESCO Executive Board documents: «201 EX/41», «201 EX/4.INF.2», «201 EX/4 Part I»,
# «209 EX/Decisions» (also glued to what follows: «180 EX/Decisionsunesdoc.unesco.org/…»)
UNESCO_EX = re.compile(r"(?<![\w/.-])([0-9]{2,3})[ ]?[EЕ][XХ]/(Decisions|[0-9]{1,3}(?:\.(?:[A-Z]{1,4}|[0-9]{1,2})){0,3}"
                       r"(?:-[IVX]{1,4})?(?:[ ]Part[ ][IVX]{1,4})?(?![\w/]))")  # «156 ЕХ/5.5», «186 EX/6-V»
# A summary-record symbol whose number the PDF split with a space, alone on its line:
# «CAT/C/SR.4 85» -> CAT/C/SR.485 (joined only in that known shape)
SR_SPLIT = (re.compile(r"([ ][0-9]{1,2}[ ][0-9]{1,2}[ ][0-9]{1,2})(?![\w/.])"),  # letter-spaced: «SR.1 8 2 3» -> SR.1823
            re.compile(r"([ ][0-9]{1,3}[ ][0-9]{1,3})(?![\w/.])"),  # also twice: «CERD/C/SR.1 3 62» -> SR.1362
            re.compile(r"([ ][0-9]{1,3})(?![\w/.])"))
SR_DIGITS = 4  # a summary record's number has at most four digits
SR_END = re.compile(r"/SR\.[0-9]{1,4}$")
# A first segment split by a space: «С AT/C/SR.410» -> CAT/C/SR.410 (joined only into a known prefix)
SPLIT_HEAD = re.compile(r"(?<![\w/.-])([A-ZА-ЯЁ]{1,3})[ ]$")
SYMBOL = re.compile(rf"(?<![\w/.\-]){FIRST}(?:/{PART}){{1,10}}")
# PDF text glues a symbol to the word before it («документеA/78/2»): it starts at a known prefix
GLUED = re.compile(rf"(?<=[а-яё])(?P<first>[A-ZА-ЯЁ]{{1,6}})(?:/{PART}){{1,10}}")
# Old symbols written with spaces around the slashes: «A / 5123», «S / PV. 1000»
SPACED_PART = rf"[{UP}0-9][{UP}a-z0-9\-]{{0,11}}(?:[ ]?\.[ ]?[0-9A-Z]{{1,5}})?"  # «SR .485», «Add .1»
SPACED = re.compile(rf"(?:(?<![\w/.\-])|(?<=[а-яё]))(?P<first>[A-ZАВЕСМНОРСТХ]{{1,6}})[ ]?/[ ]?{SPACED_PART}(?:[ ]?/[ ]?{SPACED_PART}){{0,6}}(?![\w/])")
SPACED_DIGITS = re.compile(r"[ ][0-9][ ]?/|[ ][0-9](?![\w/.])(?=[ ]?[)\n])")  # the number goes on, spaced
# A Security Council resolution symbol keeps its year: «S/RES/2720 (2023)»
RES_YEAR = re.compile(r"(?:[ ]|%20)?\((?:(?:19|20)[0-9]{2}|[IVXL]{1,6})\)")  # «%20» in a link; «A/RES/2625 (XXV)»
# The rest of a symbol broken after «.» or «/» at a line end, across blank lines (on the original lines)
LINE_END = re.compile(r"[ \t]*\n")
# an old record's cover in OCR, the dot or slash after the series lost to a space: «S/PV 536», «(S/Agenda 536)»
SERIES_SPACE = re.compile(r"(?<![\w/.\-])([AS](?:/[A-Z0-9.]+)*)/(PV|Agenda)[ ]([0-9]{1,5})(?![\w/.])")
REST = re.compile(rf"{PART}(?:/{PART}){{0,8}}")
MAX_BREAK_LINES = 6
BROKEN_DOT = re.compile(r"[A-Za-zА-Яа-я]\.$")
ROMAN = re.compile(r"[IVXLC]{1,7}")
UNDOCS = re.compile(r"undocs\.org/(?:(?:ru|en|fr|es|ar|zh)/)?(?P<rest>\S+)")
NEXT_SYMBOL = re.compile(rf"-(?=(?P<first>{FIRST})/{PART})")
# two symbols a flattened header glued together: «UNEP/OzL.Conv.10/7UNEP/OzL.Pro.26/10» (a known prefix after a digit)
GLUED_NEXT = re.compile(r"(?<=[0-9])([A-Z]{1,6})(?=/[A-Z0-9])")
# a session-prefixed series of WMO and IOC: «EC-LXII/Doc. 2.1», «EC-LXII/Rep. 2.1», «IOC-XXI/2 Annex 4»
SESSION_SERIES = re.compile(r"(?<![\w/.\-])(?:EC|Cg|IOC|CBS|CAS|CHy|CIMO|JCOMM)-[IVXL]{1,7}/"
                            r"(?:(?:Doc|Rep|INF)\.[ ]?)?[0-9]{1,3}(?:\.[0-9]{1,2}){0,2}(?:[ ]Annex[ ][0-9IVX]{1,3})?(?![\w/])")
# FAO governing bodies: «C 2019/REP», «C 2019/12», «CL 163/REP» (Latin letters only: «С 2019/2020» is «from»)
FAO = re.compile(r"(?<![\w/.\-])(?:C[ ](?:19|20)[0-9]{2}|CL[ ][0-9]{3})/(?:REP|INF/[0-9]{1,2}|[0-9]{1,3}(?:\.[0-9]{1,2})?)(?![\w/])")
# What a symbol's end may carry that the part pattern stops before: a part designation
# («…/CRP.1/Part. I»; «A/57/38 (Part I)», kept as the UN cites it), a stray mark before the
# last number («WHA33/1980/REC/_1», «GC(49)/GEN/OR/.1»), a lower-case «i» read for «1»
# («WHA35/1982/REC/i»)
PART_TAIL = re.compile(r"\.?[ ]?([IVX]{1,4})(?![\w/])")
PART_BRACKET = re.compile(r"[ ]\((?:Part|Vol\.)[ ][IVX]{1,4}\)")  # «(Vol. I)» too
# WIPO's revision mark after a space, with or without its number: «A/59/INF/1 Rev.», «WO/CC/76/3 Rev.»
REV_TAIL = re.compile(r"[ ](?:Rev|Prov)\.(?:[ ]?[0-9]{1,2}(?![\w/]|\.[0-9])|(?![\w/.]))")
# a symbol cut after its slash (a running header a page break cut: «UNEP/OzL.Pro.14/ 152.») is none
CUT_SLASH = re.compile(r"/[ \t]")
STRAY_TAIL = re.compile(r"/(?:_([0-9]{1,3})|(\.[0-9]{1,3})|[il])(?![\w/.])")
# Cyrillic letters glued after a symbol's last digit («CRC/C/OPSC/AUS/CO/1и Corr.1»)
GLUED_WORD = re.compile(r"(?<=[0-9])[а-яё]+$")
# WHO symbols whose session number the source split off («WHA 41/1988/REС/1»)
SPLIT_NUMBER = re.compile(rf"(?<![\w/.\-])(WHA|EB)[ ]([0-9]{{1,3}}/{PART}(?:/{PART}){{0,8}})")
# a known prefix lower-cased by a document site's title («copuos/T. 511», «copuos/legal/T. 677»)
LOWER = re.compile(r"(?:(?<![\w/.\-])|(?<=\.\.\.))([a-z]{3,8}|[aes](?=(?:/[0-9]{1,4}){2})|s(?=/[0-9]{3,5}(?![\w/.])))((?:/[A-Za-z][A-Za-z0-9\-]*(?:\.[ ]?[0-9]{1,4})?|/[0-9]{1,4}){1,6})(?![\w/])")  # also «e/2010/35», an OCR «s/9091»
# IMO committee documents, whose symbols keep a space after the committee («MSC 85/26/Add.1», «MEPC 73/19»)
IMO = re.compile(r"(?<![\w/.\-])(MSC|MEPC|LEG|FAL|TC|NCSR|SSE|HTW|PPR|SDC|CCC|III)[ ]([0-9]{1,3}/[0-9]{1,3}"
                 r"(?:/(?:(?:Add|Corr|Rev)\.[0-9]{1,2}|[0-9]{1,3})){0,3})(?![\w/])")
# a prefix glued to the capitals before it (a flattened header: «Distr.GENERALCERD/C/SR.1437»)
CAPS_GLUED = re.compile(rf"(?<=[A-Za-z.])([A-Z]{{4,20}})(?:/{PART}){{1,10}}")
# a summary record's number with the dateline's day glued on, before the month
SR_DAY = re.compile(r"/SR\.([0-9]{5,6})$")
DAY_MONTH = re.compile(r"[ ](?:January|February|March|April|May|June|July|August|September|October|November|December)[ ][0-9]{4}")
# IAEA symbols that lost the slash after the session («GC(49)18»)
IAEA_GLUED = re.compile(r"(?<![\w/.\-])(G[CС]|GOV)\(([0-9]{1,3})\)([0-9]{1,3})(?![\w/.])")


SERIES_RE = [(re.compile(rf"(?<![A-Za-zА-Яа-я]){ru}(?![a-zа-я])"), lat) for ru, lat in SERIES]
OCR_ONE = re.compile(r"(?<=Rev\.|Add\.)[Il](?![A-Za-z0-9])|(?<=Corr\.)[Il](?![A-Za-z0-9])")  # «Rev.I», «Corr.l»: a «1»


DOT_SLASH = re.compile(r"(?<=/[A-Z])\./(?=[0-9])")


def canonical(symbol: str) -> str:
    out = symbol
    if not out.isascii():  # Russian series names and look-alikes are Cyrillic
        for rx, lat in SERIES_RE:
            out = rx.sub(lat, out)
    out = OCR_ONE.sub("1", re.sub(r"\s+", "", out.replace(",", ".")).translate(LOOKALIKE))
    return DOT_SLASH.sub(".", out)  # «А/79/L./75»: a slash the text put after a series dot


@cached
def prefixes() -> frozenset:
    """Known first segments of symbols (``ie/data/symbol_prefixes.txt``)."""
    return frozenset(line.strip() for line in active().lines("symbol_prefixes.txt"))


def _trim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in ".,;:)-–»":
        if text[b - 1] == ")" and text.count("(", a, b) >= text.count(")", a, b):
            break
        b -= 1
    return b


def _valid(sym: str) -> bool:
    if not any(c.isalpha() for c in sym.split("/", 1)[0]) or not any(c.isdigit() for c in sym):
        return False  # «МВФ/ВБ» is two abbreviations, not a symbol
    first = canonical(sym.split("/", 1)[0])
    if ROMAN.fullmatch(first) and first not in prefixes():
        return False  # «II/3», «XXV/3»: a chapter or a decision, not a series code
    letters = [c for c in sym if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 2 and len(sym.split("/")) < 3 \
            and not re.match(r"[A-Z][0-9]{2}/", sym) and not re.fullmatch(r"[ASE]/[0-9]{3,5}", canonical(sym)):
        return False  # «A76/4» (a WHO Assembly document) and an old «S/5722» are ones, «В/3» is not
    if re.fullmatch(r"[A-Z]{1,5}\.[0-9]{1,3}/[A-Z]{1,5}\.[0-9]{1,3}", sym):
        return False  # «WP.29/AC.2»: a subsidiary body's designation, no document
    if re.fullmatch(r"[A-Z]{2,5}/[0-9]{1,3}A[0-9]{1,2}/[0-9]{1,3}", sym):
        return False  # «RCC/62A1/1»: an ITU proposal's number (document 62, addendum 1), no symbol
    return not re.fullmatch(r"[A-ZА-Я]\.[0-9]{2}-[0-9]{4,6}", sym)


class DocumentExtractor:
    label = "DOCUMENT"

    def warm(self):
        prefixes()

    def __call__(self, ctx):
        text = ctx.text
        reading = ctx.reading
        original = reading.original
        asides = sorted(reading.asides)
        aside_starts = [a for a, _ in asides]
        swallowed = set()  # asides inside a symbol broken around them
        out = []
        seen = set()

        def aside_in(oa, ob):
            k = bisect_left(aside_starts, oa)
            return asides[k] if k < len(asides) and asides[k][0] < ob else None

        def add(a, b, rule):
            raw = b
            b = _trim(text, a, b)
            if b <= a:
                return
            if text[raw - 1] == "/" or BROKEN_DOT.search(text, a, raw) or not _valid(text[a:b]):
                broken = _broken_rest(reading.lines, reading, a, raw, text[a:raw])
                if broken:
                    if (a, raw) not in seen:
                        seen.add((a, raw))
                        out.append(ctx.span(broken[0], broken[1], "DOCUMENT", {"symbol": canonical(broken[2])},
                                            "broken", original=True))
                    return
            oa, ob = reading.to_original(a, b)
            aside = aside_in(oa, ob)
            if aside is not None:
                # a page header inside the match: one symbol broken around it
                # («CTOC/COP/\n\nA/HRC/52/2\n\nWG.3/2024/L.1»), or two mentions
                # that only the reading text joined («A/78/1-\nA/78/2\nV. Текст»)
                cut = next((c for c in range(a + 1, b) if reading.offset(c) > aside[0]), b)
                head = original[aside[0]:aside[1]].split("/", 1)[0]
                if text[cut - 1] in "/." and canonical(head) in prefixes():
                    swallowed.add(aside)
                else:
                    return add(a, cut, rule)
            sym = text[a:b]
            day = SR_DAY.search(sym)
            if day and DAY_MONTH.match(text, b):  # «SR.143714 August 2001»: the dateline's day glued on
                cut = glued_day(day.group(1))
                b, sym = (b - cut, sym[:-cut]) if cut else (b, sym)
            glued = GLUED_WORD.search(sym)
            if glued and glued.group() not in ("а", "б"):  # «…/CO/1и Corr.1»; «1а» may be a suffix
                b, sym = b - len(glued.group()), sym[:-len(glued.group())]
            if (a, b) in seen or not _valid(sym):
                return
            seen.add((a, b))
            norm = canonical(sym)
            b, norm = _tail(text, b, norm)
            y = RES_YEAR.match(text, b) if "/RES/" in norm and sym[-1:].isdigit() else None
            if y:  # «S/RES/2720 (2023)», an old session's «A/RES/2625 (XXV)»
                b = y.end()
                norm += " " + y.group()[y.group().index("("):]
            out.append(ctx.span(a, b, "DOCUMENT", {"symbol": norm}, rule))

        def split_pairs(a, b, rule):
            for lo, hi, r in _pairs(text, a, b, rule):
                add(lo, hi, r)

        def shaped(rx, norm, rule):
            """Every match of ``rx`` no rule read before, its symbol ``norm(match)``."""
            for m in rx.finditer(text):
                if (m.start(), m.end()) not in seen:
                    seen.add((m.start(), m.end()))
                    out.append(ctx.span(m.start(), m.end(), "DOCUMENT", {"symbol": norm(m)}, rule))

        for m in UNDOCS.finditer(text):
            rest = m.start("rest")
            sm = re.match(rf"{FIRST}(?:/{PART}){{1,10}}", text[rest:m.end()])
            if sm:
                split_pairs(rest, rest + sm.end(), "undocs")
        for m in SYMBOL.finditer(text):
            if text[max(0, m.start() - 12):m.start()].endswith(("undocs.org/", "/ru/", "/en/")):
                continue
            a, b = m.start(), m.end()
            head = text[a:b].split("/", 1)[0]
            if canonical(head) not in prefixes():
                h = SPLIT_HEAD.search(text, max(0, a - 4), a)  # «С AT/C/SR.410»
                if h and canonical(h.group(1) + head) in prefixes():
                    a = h.start()
            if CUT_SLASH.match(text, b):
                continue
            if SR_END.search(text, a, b):
                d = _sr_split(text, a, b, reading)  # «CAT/C/SR.4 85» at the end of its original line
                if d:
                    b = d.end()
            split_pairs(a, b, "symbol")
        for m in SPLIT_NUMBER.finditer(text):
            sym = m.group(1) + m.group(2)
            if (m.start(), m.end()) not in seen and _valid(sym):
                seen.add((m.start(), m.end()))
                b, norm = _tail(text, _trim(text, m.start(), m.end()), canonical(sym))
                out.append(ctx.span(m.start(), b, "DOCUMENT", {"symbol": norm}, "split-number"))
        for m in LOWER.finditer(text):
            if m.group(1).upper() in prefixes() and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                norm = re.sub(r"\.[ ]", ".", (m.group(1) + m.group(2)).upper())
                out.append(ctx.span(m.start(), m.end(), "DOCUMENT", {"symbol": norm}, "lower-case"))
        shaped(IMO, lambda m: f"{m.group(1)} {m.group(2)}", "imo")
        for m in IAEA_GLUED.finditer(text):
            seen.add((m.start(), m.end()))
            out.append(ctx.span(m.start(), m.end(), "DOCUMENT",
                                {"symbol": f"{canonical(m.group(1))}({m.group(2)})/{m.group(3)}"}, "glued"))
        for m in CAPS_GLUED.finditer(text):  # «Distr.GENERALCERD/C/SR.1437…»: a prefix glued to capitals
            run = m.group(1)
            k = next((k for k in range(3, len(run) - 2) if run[k:] in prefixes()), None)  # «UNICEF» is no «ICEF»
            if k is not None and run not in prefixes():
                split_pairs(m.start(1) + k, m.end(), "glued")
        for m in GLUED.finditer(text):
            if canonical(m.group("first")) in prefixes():
                split_pairs(m.start(), m.end(), "glued")
        for m in SPACED.finditer(text):
            sym = re.sub(r"\s+", "", m.group())
            if " " not in m.group() or canonical(m.group("first")) not in prefixes() or not any(c.isdigit() for c in sym):
                continue
            if any(a < m.end() and m.start() < b and not (m.start() <= a and b <= m.end()) for a, b in seen):
                continue  # (a shorter symbol inside it gives way: «E/CN.4/ Sub.2/1985/6», «A/C.6/SR. 123»)
            if SPACED_DIGITS.match(text, m.end()) and not SR_END.search(canonical(sym)):
                continue  # «А /3 4 /3 3»: digits letter-spaced, no symbol read whole
            end = m.end()
            if SR_END.search(canonical(sym)):  # «CCPR / C / SR .23 93» at the end of its line
                d = _sr_split(text, m.start(), end, reading)
                if d:
                    end, sym = d.end(), sym + d.group(1).replace(" ", "")
            seen.add((m.start(), end))
            out.append(ctx.span(m.start(), end, "DOCUMENT", {"symbol": canonical(sym)}, "spaced"))
        # «S/PV 536» -> «S/PV.536», «S/Agenda 536» -> «S/Agenda/536»
        shaped(SERIES_SPACE, lambda m: f"{m.group(1)}/{m.group(2)}{'.' if m.group(2) == 'PV' else '/'}{m.group(3)}",
               "series-space")
        for rx in (SESSION_SERIES, FAO):
            shaped(rx, lambda m: m.group(), "series")
        shaped(UNESCO, lambda m: f"{m.group(1)} C/{m.group(3)}", "unesco")
        shaped(UNESCO_EX, lambda m: f"{m.group(1)} EX/{m.group(2)}", "unesco")
        for a, b in asides:
            if (a, b) in swallowed or not SYMBOL.fullmatch(original, a, b):
                continue
            for lo, hi, _ in _pairs(original, a, b, "header"):
                hi = _trim(original, lo, hi)
                if _valid(original[lo:hi]):
                    out.append(ctx.span(lo, hi, "DOCUMENT", {"symbol": canonical(original[lo:hi])}, "header",
                                        original=True))
        # a word «резолюция»/«решение» governing it makes it a RESOLUTION («резолюция UNEP/EA.5/Res.14»)
        governed = sorted((r.start, r.end) for r in ctx.of("RESOLUTION"))
        return _no_overlap([s for s in out if s.original or not _inside(governed, s.start, s.end)], reading)


def _inside(spans, a, b):
    """Whether ``a:b`` overlaps one of the sorted ``spans`` (a governed designation:
    «решений 186 EX/6-V» is a RESOLUTION, no part of it a DOCUMENT)."""
    k = bisect_left(spans, (b,))
    return k > 0 and any(lo < b and a < hi for lo, hi in spans[max(0, k - 3):k])


def _no_overlap(spans, reading):
    """One DOCUMENT per stretch of the original: the longest wins (one sweep)."""
    placed = []
    for s in spans:
        lo, hi = (s.start, s.end) if s.original else reading.to_original(s.start, s.end)
        placed.append((lo, hi, s))
    kept = []
    for lo, hi, s in sorted(placed, key=lambda x: (x[0], x[0] - x[1])):
        if kept and lo < kept[-1][1]:
            if hi - lo > kept[-1][1] - kept[-1][0]:
                kept[-1] = (lo, hi, s)
            continue
        kept.append((lo, hi, s))
    return [s for _, _, s in kept]


def _broken_rest(lines, reading, a, b, sym):
    """A symbol broken after «.» or «/» at a line end whose rest the reading
    text lost (a page counter or a paragraph break between): («A/CONF.\n\n251/7»)
    -> (original start, end, joined symbol), else None.  Blank lines, page
    counters and running symbol lines between the halves are skipped (at most
    a few lines: the work is bounded)."""
    oa, ob = reading.to_original(a, b)
    nl = LINE_END.match(lines, ob)
    if not nl:
        return None
    pos = nl.end()
    for _ in range(MAX_BREAK_LINES):
        eol = lines.find("\n", pos, pos + 200)
        eol = eol if eol >= 0 else min(len(lines), pos + 200)
        line = lines[pos:eol].strip()
        lead = pos + len(lines[pos:eol]) - len(lines[pos:eol].lstrip())
        m = REST.match(lines, lead) if line and not _header(line) else None
        if m and m.end() - lead == len(line.rstrip(".,;:")) or m and not DEBRIS.match(line) and not _header(line):
            if reading.reading_offset(lead) == b:
                return None  # the reading text joined it already
            end = _trim(lines, lead, m.end())
            rest = lines[lead:end]
            joined = sym + rest
            return (oa, end, joined) if any(c.isdigit() for c in rest) and _valid(joined) else None
        if line and not DEBRIS.match(line) and not _header(line):
            return None
        pos = eol + 1
        if pos >= len(lines):
            return None
    return None


def _header(line: str) -> bool:
    """A running symbol line of a known series («A/HRC/52/2»)."""
    return bool(SYMBOL_LINE.match(line)) and canonical(line.split("/", 1)[0]) in prefixes()


def _sr_split(text, a, b, reading):
    """The split-off digits after a summary record's number ending at ``b`` (a match of
    ``SR_SPLIT``) that end the original line, the whole number keeping at most four
    digits; else None."""
    head = SR_END.search(text, a, b)
    digits = len(head.group()) - 4 if head else 0  # «/SR.»
    for rx in SR_SPLIT:
        d = rx.match(text, b)
        if d and digits + len(d.group(1).replace(" ", "")) <= SR_DIGITS \
                and ORIGINAL_LINE_END.match(reading.original, reading.offset(d.end() - 1) + 1):
            return d
    return None


def _tail(text, b, norm):
    """A symbol's end extended over a part designation or a stray mark (see
    ``PART_TAIL``, ``STRAY_TAIL``): (end, norm)."""
    if norm.endswith("/Part"):
        m = PART_TAIL.match(text, b)
        if m:
            return m.end(), f"{norm}.{m.group(1)}"
    m = PART_BRACKET.match(text, b) or REV_TAIL.match(text, b)
    if m:
        return m.end(), norm + m.group()
    m = STRAY_TAIL.match(text, b) if norm[-1:].isalpha() else None
    if m:
        return m.end(), norm + ("/" + m.group(1) if m.group(1) else m.group(2) or "/1")
    return b, norm


def _pairs(text, a, b, rule):
    """Split «E/2022/28-E/CN.7/2022/14» at the hyphen between symbols."""
    glued = [(m.start(), m.start()) for m in GLUED_NEXT.finditer(text, a, b) if m.group(1) in prefixes()]
    hyphens = [(m.start(), m.start() + 1) for m in NEXT_SYMBOL.finditer(text, a, b)
               if text[m.start() - 1].isdigit() or canonical(m.group("first")) in prefixes()]  # not «CRC/C/CHN-HKG/2»
    cuts = sorted(hyphens + glued)  # (end, next start)
    starts = [a] + [c[1] for c in cuts]
    ends = [c[0] for c in cuts] + [b]
    for lo, hi in zip(starts, ends):
        yield lo, hi, ("pair" if cuts else rule)
