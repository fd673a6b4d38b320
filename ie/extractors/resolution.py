"""RESOLUTION: numbered resolutions and decisions, one span per number.

Sub-rules: ``governed`` (a form of «резолюция»/«решение» right before the
number, a body's name may stand between: «резолюции Генеральной Ассамблеи
55/25»), ``list`` (numbers continuing it: «решениям 1/2, 1/3 … и 2/5»),
``heading`` (numbers listed under a heading «Решения»/«Резолюции», also
entries of a table of contents flattened onto one line: «3/1. Обзор
........ 12 3/2. Техническая помощь»; page numbers never).  Designations:
«55/25», «1929 (2010)», «2625 (XXV)», «ES-11/4», «BC-15/1», «UNEP/EA.5/Res.14»,
«41 C/23», «2.4.1», «XXXIV/1», WHO «WHA70.12», WMO «9 (Кг-17)», old GA parts «3411 A и B (XXX)»,
«217 А (III)»; after «резолюция» also CITES «12.7» and ITU «21 (Пересм. …)»; a bare number after a number
sign («№ 1234», «No. 77») or a resolution's three or four digits («резолюцией
1540 (от 28 апреля 2004 года)»), or a short one closing a citation («приложение II, резолюция 1.»);
OPANAL «267 (E-V)»; ``number`` is in Latin letters.  ``imo``: IMO «A.902(22)», «MSC.255(84)» name a
resolution by their shape, governed or not (a list «А.902(22) – Назначение …»).  Lists go
on across attached dates and body names, designations with a slash listed with
no comma («2/CMP.7 4/CMP.7»), a number the PDF split («18 22 (2009)»).
``title``: a numbered heading under «Резолюция, принятая <body> <date>»; a
decision headed by its Roman session («VIII/28. Административное …»).  The
body is filled from a genitive name next to the number or from «принятая
<body>»; never from the subject of the clause.  A number with no governing
word (a page counter «4/5») is never a span.

>>> from ie.pipeline import extract
>>> [(s.text, s.norm["body"]) for s in extract("резолюцией 2006/27 Экономического и Социального Совета").spans_of("RESOLUTION")]
[('2006/27', 'Экономический и Социальный Совет')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..resources import active, cached
from ..segment import TOKEN
from .document import LOOKALIKE
from .lexicon import fold, folded_words, forms, inflect_phrase

__all__ = ["ResolutionExtractor", "bodies"]

KINDS = {"резолюция": "резолюция", "решение": "решение"}
# a slip of the pen that still governs a full designation, never a bare number: «революцию 1722 (XVI)»
MISSPELT = {"революция": "резолюция"}
MAX_LIST = 40

# «55/25», «2006/27», «1929 (2010)», «169 (II)», «S-26/2», «10/6», «ES-10/19», Basel «BC-15/1»
# WHO: «WHA70.12», «EB152.R3», «EB152(1)»; UNEP «UNEP/EA.5/Res.14»; UNESCO «41 C/23» (Latin or
# Cyrillic С); dotted «2.4.1»; Montreal Protocol «XXXIV/1»
L = "A-ZАВЕКМНОРСТХ"  # Latin capitals and their Cyrillic look-alikes («ЕS-11/4»)
R = "IVXLCХС"  # Roman numerals, Cyrillic Х and С among them («2625 (ХХV)»)
# old GA parts: «3367 A (XXX)», «3411 A и B (XXX)», «3419 A-D (XXX)», «217 А (III)» (Cyrillic А), «377 A»
# (a Cyrillic letter only before its session: «резолюция 1540 А также» is no part)
GA_PART = (r"(?:[A-HАВ](?:(?:-|\s+и\s+)[A-HАВ])?\s?\([IVXLCХС]{1,6}\)|[A-H](?:(?:-|\s+и\s+)[A-H])?)"
           r"(?![\w/(-])")
# a GA resolution's part after its number, or a range of parts: «38/183 J», «55/5 B-F»; a Cyrillic
# look-alike («19/13 С») only before no word in capitals (an all-capitals line: «55/5 В СООТВЕТСТВИИ»)
SLASH_PART = r"(?:\s(?:[A-Z](?:-[A-Z])?|[АВСЕН](?:-[А-НA-H])?(?!\s+[А-ЯЁ]{2}))(?![\w/(.-]))"
# WMO: a resolution of Congress or the Executive Council with its session, «9 (Кг‑17)», «4 (ИС-68)», «2 (Cg-18)»
WMO = r"[0-9]{1,3}\s?\((?:Кг|ИС|Cg|EC)[-‑‐][0-9]{1,3}\)"
WMO_RE = re.compile(WMO)
# IMO: a series, the number and the Assembly's or committee's session, «A.902(22)», «MSC.255(84)», «A.500(XII)»;
# the shape names a resolution by itself (listed, a line's head: «А.902(22) – Назначение …», Cyrillic А)
IMO = r"(?:[AА]|MSC|MEPC|FAL|LEG)\.[0-9]{2,4}\((?:[0-9]{1,3}|[IVX]{1,5})\)"
IMO_RE = re.compile(rf"(?<![\w./-]){IMO}(?![\w/])")
# also «2117 (2013 год)», «425 (от 1978 года)»; the year in brackets may carry «г.»: «1308 (2000 г.)»
YEAR_IN_BRACKETS = r"(?:от\s)?[0-9]{4}(?:\s?г\.|\sгода?)?"
NUMBER = (rf"(?:(?:[{L}]{{1,5}}-)?[0-9]{{1,4}}/[0-9]{{1,4}}[A-Z]?(?:\s?\((?:[{R}]{{1,6}}|[0-9]{{4}})\)|{SLASH_PART})?"
          rf"|[0-9]{{1,4}}\s?\((?:{YEAR_IN_BRACKETS}|(?:[SE]-)?[{R}]{{1,6}})\)"  # a special session «3202(S-VI)», OPANAL «267 (E-V)»
          rf"|{IMO}"
          rf"|{WMO}"
          rf"|[0-9]{{1,4}}\s?{GA_PART}"
          r"|(?:WHA|EB|EUR/RC|AFR/RC|EM/RC)[0-9]{1,3}(?:\.R?[0-9]{1,3}|\([0-9]{1,3}\)|\.R(?![\w.]))"  # «EB136.R»: number lost
          r"|[A-Z]{2,6}/[A-Z]{1,4}\.[0-9]{1,2}/(?:Res|Dec|RES|DEC)\.[0-9]{1,3}"
          r"|[0-9]{2}\s?[CС]/[0-9]{1,3}"
          r"|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![.0-9])"
          r"|[0-9]{1,2}/(?:CP|CMP|CMA|COP|MOP|СР|СОР)\.[0-9]{1,2}|(?:19|20)[0-9]{2}/EB\.(?:A|[0-9])/[0-9]{1,3}"  # UNFCCC «1/CP.21»; WFP «2021/EB.A/4»
          rf"|[{R}]{{1,7}}/[0-9]{{1,3}}"
          r"|(?:СК|SC|РК|RC)\s?[0-9]{1,2}/[0-9]{1,3}"
          r"|[0-9]{2}\s?COM\s?[0-9]{1,2}[A-F]?(?:\.[0-9]{1,3})?(?![\w.])"  # the World Heritage Committee: «27 COM 7B.32»
          r"|[0-9]{3}\s?[EЕ][XХ]/[0-9]{1,3}(?:\.[0-9]{1,2})?(?:-[IVX]{1,4})?)")  # UNESCO Board «186 EX/6-V», «156 ЕХ/5.5»  # Stockholm, Rotterdam: «решение СК1/7», «СК 1/2»
# a bare number: after a number sign («резолюция № 1234», «No. 77»), or a resolution's
# three or four digits that no «год» follows («резолюцией 1540 (от 28 апреля 2004 года)»)
SIGN = r"(?:№|No\.?|N)\s?"
BARE = r"[0-9]{1,4}"
# a conference's resolution cited by its short number at a clause's end: «приложение II, резолюция 1.»
CLOSED = re.compile(r"[ \t]*(?:[.;)](?![0-9])|\n|$)")
NOT_YEAR = re.compile(r"\s*(?:год|г\.|гг)")
MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
DATE = rf"[0-9]{{1,2}}\s+(?:{MONTHS})\s+[0-9]{{4}}(?:\s*(?:года|г\.))?"
NUMERIC_DATE = r"[0-9]{1,2}\.[0-9]{2}\.[0-9]{4}(?:\s*г\.)?"  # a legal database's «РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148»
# a date attached to a number: «76/262 от 26 апреля 2022 года», «1540 (от 28 апреля 2004 года)»
DATE_AFTER = re.compile(rf"\s*,?\s+от\s+(?:{DATE}|{NUMERIC_DATE})|\s*\((?:от\s+)?{DATE}\)")  # also «от 26.04.2022»
# a title: «Резолюция, принятая Генеральной Ассамблеей … от 20 декабря 1965 года № 2105»,
# «Резолюция от 31 июля 1957 года № 663»: the number after the date and the sign; a legal database's
# heading with the issuer in capitals: «РЕЗОЛЮЦИЯ ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ 4 декабря 1990 г. N 45/62»
TITLED = re.compile(rf"\s*,?\s*(?:(?:ООН|оон)\s+)?(?:принят\w{{0,3}}\s+(?P<by>[^№\n]{{1,160}}?)\s+)?"
                    rf"(?:от\s+{DATE}\s*№|[Оо][Тт]\s+{NUMERIC_DATE}\s*(?:№|N)|(?:[А-ЯЁ]{{2,}}\s+){{1,4}}{DATE}\s*(?:№|N))\s?"
                    rf"(?P<n>{NUMBER}|[0-9]{{1,4}})(?![\w/])")  # «Резолюция Генеральной Ассамблеи оон от … № 95 (I)»
# a legal database's link after a number in copies of resolutions: «1612 (2005) ( 995_d48 ) и 1674 (2006)»
LINK_REF = re.compile(r"\s*\(\s*[0-9]{3}_[0-9a-z]{2,4}\s*\)")
WS = re.compile(r"\s*")
AGENCIES = {"ООН", "ЮНЕП", "ЮНЕСКО", "ВОЗ", "МАГАТЭ", "ФАО", "МОТ", "ВМО", "ЮНИДО", "ВОИС", "ИКАО", "ИМО", "МСЭ",
            "ЮНКТАД", "ПРООН", "ЮНИСЕФ", "ЮНВТО", "МФСР", "ВПП", "УВКБ"}
AGENCY_RE = re.compile(r"\s+([А-ЯЁ]{2,7})(?=\s+(?:№\s?)?[0-9IVXLC])")
UN_RE = re.compile(r"\s+ООН(?=\s+(?:№\s?)?[0-9])")
SPACED_RE = re.compile(r"[ \t]+")  # designations with a slash listed with no comma
YEAR_MARK = re.compile(r"\((?:от\s)?([0-9]{4})(?:\s?г\.|\sгода?)\)$|\(от\s([0-9]{4})\)$")
SPLIT_NORM = re.compile(r"^([0-9]{2}) ([0-9]{2})(?=\s?\()")
SPLIT_RE = re.compile(r"(?P<n>[0-9]{2} [0-9]{2}\s?\([0-9]{4}\))")
DATED_BARE_RE = re.compile(rf"(?P<n>[0-9]{{3,4}})(?=\s+от\s+{DATE})")
# a bare number after «резолюция»: ITU «Резолюции 21 (Пересм. Пусан, 2014 г.)», CITES «Резолюции 12.7»
REVISED = re.compile(r"\s*\((?:Пересм\.|Rev\.)")
DOTTED_RE = re.compile(r"\s*(?P<n>[0-9]{1,2}\.[0-9]{1,2})(?![.0-9])")
NAV_RE = re.compile(r"[ \t]*→")  # «← 419 Списки резолюций 421 →»: a navigation link
NUMBER_RE = re.compile(NUMBER)
FIRST_RE = re.compile(rf"\s*(?P<sign>{SIGN})?(?P<n>{NUMBER}|{BARE})")
BARE_RE = re.compile(rf"(?:{SIGN})?(?P<n>{NUMBER}|{BARE})")  # «№ 1325 и № 1820»
SC_FORM = re.compile(r"[0-9]{3,4}\s?\((?:от\s)?[0-9]{4}[^)]{0,6}\)")  # «1373 (2001)»: a Council resolution
BARE_IN_LIST = re.compile(r"(?P<n>[0-9]{3,4})(?=\s*(?:[,;)]|\.(?![0-9])|и\s|или\s|а\s+также|\n|$))")
AHEAD_NUMBER_RE = re.compile(rf"\s*(?:{SIGN})?(?P<n>{NUMBER})")  # a number after a body named in a list
ITEM_NUMBER_RE = re.compile(rf"(?:{SIGN})?(?P<n>{NUMBER})")  # «№ 5/1 и № 5/2»
SEP_RE = re.compile(
    r"(?:\s*,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+|\s+или\s+|\s*–\s*|\s+а\s+также\s+)"
    r"(?:(?:приложени[еяи]|раздел[ы]?|пункт[ыа]?)\s+[IVXLC\d]{1,6}(?:\s*(?:,|и)\s*[IVXLC\d]{1,6}){0,5}\s*,\s*(?:и\s+)?)?"
)
ANNEX_RE = re.compile(r"\s*,\s*(?:приложени[еяи]|раздел[ы]?)\s+[IVXLC\d]{1,6}(?:\s*(?:,|и)\s*[IVXLC\d]{1,6}){0,5}")
HEADING_RE = re.compile(r"(?:(?:^|(?<=[\n:.]\s)|(?<=[\n:.]))\s*(Решения|Резолюции)(?![\w-])"
                        r"|(?:^|(?<=[\n\f]))(решения|резолюции)(?=[ \t]+(?:Страница|Стр\.|Page)\b|[ \t]*\r?\n)"  # a lower-cased TOC heading
                        r"|(?<![\w-])(Решения|Резолюции)(?=\s+\d{1,4}/\d{1,4}\.\s))")
ITEM_RE = re.compile(rf"(?m)^\f?\[?(?P<number>{NUMBER})(?:\.|\])?\s+[«А-ЯЁ]")  # «3/1. Обзор», «[EB152(2)] Сроки»
# a table of contents flattened onto one line: «… ........ 12 3/2. Техническая помощь …»;
# the page number before the item is never a resolution
TOC_ITEM_RE = re.compile(rf"(?:\.{{3,}}|(?:\.[ ]){{3,}}|…+)[ \t]*[0-9]{{1,4}}\s+(?P<number>{NUMBER})\.?\s+[«А-ЯЁ]")
# items in running text under a heading: after a sentence end or a page number («назначения 1 58/401. Назначение»)
INLINE_ITEM_RE = re.compile(r"(?:(?<=[.;:]\s)|(?<=[0-9]\s))(?P<number>[0-9]{1,3}/[0-9]{1,4})\.\s+[«А-ЯЁ]")
# a decision of the Conference headed by its Roman session, wherever it stands: «VIII/28. Административное …»
ROMAN_ITEM_RE = re.compile(r"(?m)^(?P<number>[IVXLC]{1,6}/[0-9]{1,3})\.\s+[«А-ЯЁ]")
# a numbered heading under a title line: «Резолюция, принятая Советом … 8 июля 2022 года\n\n50/18. Ликвидация»
TITLE_ITEM_RE = re.compile(rf"(?m)^[ \t]*(?P<kind>Резолюция|Решение),?[ \t]+принят\w{{0,3}}[ \t]+(?P<by>[^\n]{{1,200}})\n\s*"
                           rf"(?P<number>{NUMBER})\.\s*[«А-ЯЁ]")
# a resolution's number heading its text on a line of its own: «            39/148. РАССМОТРЕНИЕ»
REPEAT_RE = re.compile(rf"(?m)^[ \t]*(?P<number>{NUMBER})\.[ \t]+[«А-ЯЁ]")
STATES_PARTIES = re.compile(r"Конференци\w+\s+государств\s*[-—–]?\s*участник")
PARTIES_ONLY = re.compile(r"Конференци\w+\s+[Уу]частников")
HEADING_REACH = 20_000  # reading characters a heading's list may run
ADOPTED_RE = re.compile(r"^\s*,?\s*(?:принят(?:ая|ой|ую|ое|ого|ом|ые|ых|ыми|ым|ыми)|утвержденн(?:ая|ой|ую|ое|ого|ом|ые|ых))\s+")


@cached
def governing_forms() -> dict:
    """Folded form -> kind: every Russian form, and the Ukrainian ones of ``words/resolution_kinds_uk.txt``."""
    out = {f: kind for lemma, kind in KINDS.items() for f in forms(lemma, "NOUN")}
    out.update(misspelt_forms())
    for line in active().lines("words/resolution_kinds_uk.txt"):
        word, kind = line.split()
        out[fold(word)] = kind
    return out


@cached
def misspelt_forms() -> dict:
    """Folded form of a slip (``MISSPELT``) -> the kind it stands for."""
    return {f: kind for lemma, kind in MISSPELT.items() for f in forms(lemma, "NOUN")}


@cached
def governing_heads() -> frozenset:
    """Every proper beginning of a governing form: only a token that is one
    can be the first half of a governing word the PDF split («реше ния»)."""
    return frozenset(f[:k] for f in governing_forms() for k in range(1, len(f)))


@cached
def bodies():
    """(genitive forms, ablative forms): token tuple (folded) -> canonical."""
    gent, ablt = {}, {}
    for line in active().lines("bodies.tsv"):
        canonical, _, variants = line.partition("\t")
        for name in [canonical] + [v for v in variants.split("|") if v.strip()]:
            words = [m.group() for m in TOKEN.finditer(name)]
            for case, table in (("gent", gent), ("ablt", ablt)):
                if all(w.isupper() for w in words):  # «ЭКОСОС», «ГА ООН»: as written
                    table[tuple(fold(w) for w in words)] = canonical
                    continue
                form = inflect_phrase(words, case, "sing")
                if form:
                    table[tuple(fold(w) for w in form)] = canonical
    return gent, ablt


# a body's noun alone between the governing word and the number: «резолюции Совета 6/3», «решение Комиссии 2005/55»
BARE_BODY = re.compile(r"\s+(Совета|Комиссии|Ассамблеи|Комитета)(?=\s+(?:№\s?)?[0-9])")
BODY_NOUN = re.compile(r"(?<![\w-])(?:Совет|Комисси|Ассамбле|Комитет)")


def _named_bodies(text, tables, conference) -> set:
    """The canonical bodies the text names in full, in the genitive or ablative (one pass, a bounded look at each noun)."""
    return {hit[0] for m in BODY_NOUN.finditer(text) for t in tables if (hit := _body_at(text, m.start(), t, conference))}


def _body_at(text: str, pos: int, table, conference: str = "Конференция участников") -> tuple | None:
    """(canonical, end) for a body name starting at ``pos`` (after spaces);
    a bare «Конференция» is ``conference``, the one the document is about."""
    start = WS.match(text, pos).end()
    if not text[start:start + 1].isupper():
        return None  # a name opens with a capital (looked at before any token is made)
    toks = []
    for t in TOKEN.finditer(text, start, min(len(text), start + 160)):
        toks.append(t)
        if len(toks) >= 9:
            break
    if not toks or not toks[0].group()[:1].isupper():
        return None
    best = None
    folded = tuple(fold(t.group()) for t in toks)
    for n in range(len(toks), 0, -1):
        key = folded[:n]
        if key in table:
            bare = n == 1 and key[0].startswith("конференци")
            best = (conference if bare else table[key], toks[n - 1].end())
            break
    return best


class ResolutionExtractor:
    label = "RESOLUTION"

    def warm(self):
        governing_forms(), governing_heads(), bodies()

    def __call__(self, ctx):
        text = ctx.text
        gov, heads = governing_forms(), governing_heads()
        gent, ablt = bodies()
        # a bare «Конференция» is the Conference the document is about
        states_parties = len(STATES_PARTIES.findall(text)) > len(PARTIES_ONLY.findall(text))
        conference = "Конференция государств-участников" if states_parties else "Конференция участников"
        out = []
        covered = set()
        named_bodies = None  # the bodies the document names in full, made on first need
        toks = ctx.tokens
        # only a governing word, or the first half of one the PDF split, opens a
        # number (read off the token offsets: no Token for the other words)
        opens = [(i, f) for i, f in enumerate(folded_words(toks)) if f in gov or f in heads]
        for i, folded in opens:
            tok = toks[i]
            kind = gov.get(folded)
            pos = tok.end
            if (kind is None and folded in heads and i + 1 < len(toks) and toks[i + 1].start == tok.end + 1
                    and tok.text[:1].isalpha()):
                kind = gov.get(fold(tok.text + toks[i + 1].text))  # a word the PDF split: «реше ния 156 ЕХ/5.5»
                pos = toks[i + 1].end
            if kind is None:
                continue
            body = None
            un = UN_RE.match(text, pos)  # «резолюции ООН 2758»: the Organization, no body
            pos = un.end() if un else pos
            hit = _body_at(text, pos, gent, conference)
            bare_body = BARE_BODY.match(text, pos) if not hit else None
            if bare_body:  # «резолюции Совета 6/3»: the one Council the document names in full, if one
                if named_bodies is None:
                    named_bodies = _named_bodies(text, (gent, ablt), conference)
                found = {c for c in named_bodies if fold(c).startswith(fold(bare_body.group(1))[:5])}
                hit = (found.pop() if len(found) == 1 else None, bare_body.end())
            if hit:
                body, pos = hit
                org = AGENCY_RE.match(text, pos)  # «решения Исполнительного совета ЮНЕП 3/2»: the body's organization
                pos = org.end() if org and org.group(1) in AGENCIES else pos
            m = FIRST_RE.match(text, pos)
            if m and m.group("n").isdigit() and kind == "резолюция" and REVISED.match(text, m.end("n")):
                self._emit(ctx, out, covered, [m.span("n")], kind, body, f"revised:{fold(tok.text)}")
                continue
            dotted = DOTTED_RE.match(text, pos) if kind == "резолюция" else None
            if dotted and (not m or m.end("n") < dotted.end("n")):
                self._emit(ctx, out, covered, [dotted.span("n")], kind, body, f"dotted:{fold(tok.text)}")
                continue
            if not m:
                t = TITLED.match(text, pos)
                if t:
                    by = _body_at(text, t.start("by"), ablt, conference) if t.group("by") else None
                    self._emit(ctx, out, covered, [t.span("n")], kind, by[0] if by else body, f"titled:{fold(tok.text)}")
                continue
            if not m or _bad_end(text, m.end("n")):
                continue
            bare = m.group("n").isdigit()
            if (bare or m.group("sign")) and folded in misspelt_forms():
                continue
            if bare and not (m.group("sign") or (kind == "резолюция" and (len(m.group("n")) >= 3 or CLOSED.match(text, m.end("n"))))):
                continue
            if bare and (NOT_YEAR.match(text, m.end("n")) or NAV_RE.match(text, m.end("n"))):
                continue
            numbers = [(m.start("n"), m.end("n"))]
            own = {}  # index of the last number of a group -> the body named right after it
            pre = {}  # index of the first number of a group -> the body named right before it
            end = m.end("n")
            for _ in range(MAX_LIST):
                link = LINK_REF.match(text, end)
                at = link.end() if link else end
                d = DATE_AFTER.match(text, at)  # «76/262 от 26 апреля 2022 года и 77/1»
                at = d.end() if d else at
                link = LINK_REF.match(text, at)
                at = link.end() if link else at
                named = _body_at(text, at, gent, conference) if body is None else None
                if named:  # «резолюции 76/262 Генеральной Ассамблеи и 2022/1 Экономического и Социального Совета»
                    at = named[1]
                    dated = DATE_AFTER.match(text, at)  # «46/182 Генеральной Ассамблеи от 19 декабря 1991 года и 58/114»
                    if dated:
                        at, d = dated.end(), d or dated
                s = SEP_RE.match(text, at)
                if not s and "/" in text[numbers[-1][0]:end]:
                    s = SPACED_RE.match(text, at)  # «решений 2/CMP.7 4/CMP.7 и 1/CMP.8»
                if not s:
                    break
                n = (BARE_RE if bare else ITEM_NUMBER_RE).match(text, s.end())
                ahead = _body_at(text, s.end(), gent, conference) if not n and not bare else None
                if ahead:  # «резолюциях Генеральной Ассамблеи 64/292 и Совета по правам человека 15/9»
                    n = AHEAD_NUMBER_RE.match(text, ahead[1])
                    if n:
                        pre[len(numbers)] = ahead[0]
                if not n and not bare and SC_FORM.fullmatch(text, *numbers[0]):
                    n = BARE_IN_LIST.match(text, s.end())  # «1373 (2001), 1540 и 1624 (2005)»: one written bare
                if not n and not bare:
                    n = SPLIT_RE.match(text, s.end())  # «1735 (2006), 18 22 (2009)»: a number the PDF split
                    if not n and d:  # «1314 (2000) от 11 августа 2000 года, 1325 от 31 октября 2000 года»
                        n = DATED_BARE_RE.match(text, s.end())
                if not n or _bad_end(text, n.end()) or (bare and NOT_YEAR.match(text, n.end())):
                    break
                if s.group().isspace() and "/" not in n.group("n"):
                    break
                if named:
                    own[len(numbers) - 1] = named[0]
                numbers.append((n.start("n"), n.end()))
                end = n.end()
            rule = "list" if len(numbers) > 1 else "governed"
            if body is None:
                after = end
                annex = ANNEX_RE.match(text, after)
                if annex and len(numbers) == 1:
                    after = annex.end()
                hit = _body_at(text, after, gent, conference)
                if hit:
                    body = hit[0]
                else:
                    adopted = ADOPTED_RE.match(text[end:end + 40])
                    if adopted:
                        hit = _body_at(text, end + adopted.end(), ablt, conference)
                        body = hit[0] if hit else None
            if own or pre:
                # a body named inside the list belongs to the numbers before it (or, named before a
                # number, to it and those after it); the rest keep the last one's
                each = [body] * len(numbers)
                start = 0
                for k in sorted(own):
                    each[start:k + 1] = [own[k]] * (k + 1 - start)
                    start = k + 1
                for k in sorted(pre):
                    each[k:] = [pre[k]] * (len(numbers) - k)
                for k, number in enumerate(numbers):
                    self._emit(ctx, out, covered, [number], kind, each[k], f"{rule}:{fold(tok.text)}")
                continue
            self._emit(ctx, out, covered, numbers, kind, body, f"{rule}:{fold(tok.text)}")
        self._headings(ctx, out, covered)
        if out:
            self._repeated(ctx, out, covered)
        return out

    def _repeated(self, ctx, out, covered):
        """A number heading a paragraph («39/148. РАССМОТРЕНИЕ …») that repeats a
        resolution the text named already (a page titled «РЕЗОЛЮЦИЯ … N 39/148»)
        is that resolution: the same kind, body and number."""
        named = {}
        for s in out:
            if not s.original:
                named.setdefault(ctx.text[s.start:s.end], s.norm)
        for m in REPEAT_RE.finditer(ctx.text):
            norm = named.get(m.group("number"))
            if norm is not None and (m.start("number"), m.end("number")) not in covered:
                self._emit(ctx, out, covered, [m.span("number")], norm["kind"], norm["body"], "repeated")

    def _headings(self, ctx, out, covered):
        """Numbers listed under a heading «Решения»/«Резолюции»: a paragraph
        that opens with a number («3/1. Обзор хода …»), or an entry of a
        flattened table of contents, continues the nearest heading before it
        (within a section's reach).  Headings are found once, and each item
        looks its heading up by bisection."""
        text = ctx.text
        kind_of = lambda m: "решение" if (m.group(1) or m.group(2) or m.group(3)).lower().startswith("решени") else "резолюция"
        heads = [(m.start(), kind_of(m)) for m in HEADING_RE.finditer(text)]
        # a heading on a line of its own in the ORIGINAL: the reading text may have joined the
        # short lines of a table of contents («содержание\n\nрешения Страница\n\nX/1. Доступ …»)
        original = ctx.reading.original
        for m in HEADING_RE.finditer(original):
            g = next(k for k in (1, 2, 3) if m.group(k))
            a = ctx.reading.reading_offset(m.start(g))
            if a is not None:
                heads.append((a, kind_of(m)))
        gent, ablt = bodies()
        for m in TITLE_ITEM_RE.finditer(ctx.reading.original):  # on the original lines
            by = _body_at(m.string, m.start("by"), ablt)
            kind = "решение" if m.group("kind") == "Решение" else "резолюция"
            a, b = ctx.reading.reading_offset(m.start("number")), ctx.reading.reading_offset(m.end("number") - 1)
            if a is not None and b is not None and text[a:b + 1] == m.group("number"):
                self._emit(ctx, out, covered, [(a, b + 1)], kind, by[0] if by else None, "title")
        for m in ROMAN_ITEM_RE.finditer(text):
            self._emit(ctx, out, covered, [m.span("number")], "решение", None, "heading")
        for m in IMO_RE.finditer(text):
            self._emit(ctx, out, covered, [m.span()], "резолюция", None, "imo")
        heads = sorted(set(heads))
        if not heads:
            return
        starts = [h[0] for h in heads]
        items = [m.span("number") for r in (ITEM_RE, TOC_ITEM_RE, INLINE_ITEM_RE) for m in r.finditer(text)]
        # items at the start of an ORIGINAL line too: the reading text may have joined that line
        # to the one before («(первое заседание, 30 января)\n\n[EB152(2)] Сроки …»)
        reading = ctx.reading
        for m in ITEM_RE.finditer(reading.original):
            a, b = reading.reading_offset(m.start("number")), reading.reading_offset(m.end("number") - 1)
            if a is not None and b is not None and text[a:b + 1] == m.group("number"):
                items.append((a, b + 1))
        session = {}  # heading -> the session part of its list's first slash number («3» of «3/1»)
        for a, b in sorted(set(items)):
            k = bisect_left(starts, a) - 1
            if k >= 0 and a - starts[k] <= HEADING_REACH:
                part = text[a:b].partition("/")[0] if "/" in text[a:b] else None
                if part is not None and session.setdefault(k, part) != part:
                    continue  # a list of one session's decisions: «12/3.» far below «3/1. … 3/2.» is no item of it
                self._emit(ctx, out, covered, [(a, b)], heads[k][1], None, "heading")

    @staticmethod
    def _emit(ctx, out, covered, numbers, kind, body, rule):
        text = ctx.text
        for a, b in numbers:
            if (a, b) in covered:
                continue
            covered.add((a, b))
            # «1308 (2000 г.)», «425 (от 1978 года)» -> «1308 (2000)», «425 (1978)»
            number = YEAR_MARK.sub(lambda y: f"({y.group(1) or y.group(2)})", re.sub(r"\s+", " ", text[a:b]))
            if WMO_RE.fullmatch(number):  # «9 (Кг-17)»: WMO's Russian session letters kept, the hyphen plain
                number = number.replace("‑", "-").replace("‐", "-")
            else:
                number = number.translate(LOOKALIKE)  # Latin: UNESCO «41 С/23», «ЕS-11/4»
            number = SPLIT_NORM.sub(r"\1\2", number)  # «18 22 (2009)» -> «1822 (2009)»
            if text[a:a + 3] == "ЕС-":  # an emergency special session in Cyrillic: «ЕС-11/1» -> ES-11/1
                number = "ES" + number[2:]
            out.append(ctx.span(a, b, "RESOLUTION", {"kind": kind, "number": number, "body": body}, rule))


def _bad_end(text: str, end: int) -> bool:
    """A number glued to more symbol characters is not a designation."""
    return end < len(text) and (text[end].isalnum() or text[end] == "/")
