"""RESOLUTION: numbered resolutions and decisions, one span per number.

Sub-rules: ``governed`` (a form of «резолюция»/«решение» right before the
number, a body's name may stand between: «резолюции Генеральной Ассамблеи
55/25»), ``list`` (numbers continuing it: «решениям 1/2, 1/3 … и 2/5»),
``heading`` (numbers listed under a heading «Решения»/«Резолюции», also
entries of a table of contents flattened onto one line: «3/1. Обзор
........ 12 3/2. Техническая помощь»; page numbers never).  Designations:
«55/25», «1929 (2010)», «2625 (XXV)», «ES-11/4», «BC-15/1», «UNEP/EA.5/Res.14»,
«41 C/23», «2.4.1», «XXXIV/1», WHO «WHA70.12», WMO «9 (Кг-17)», old GA parts «3411 A и B (XXX)»,
«217 А (III)»; after «резолюция» also CITES «12.7» and ITU «21 (Пересм. …)», «32 (Киото, 1994 г.)» listed; a bare number after a number
sign («№ 1234», «No. 77», «номер 822») or a resolution's three or four digits («резолюцией
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

from .. import morph
from ..lines import reading_span
from ..resources import active, cached
from ..segment import TOKEN
from .document import LOOKALIKE
from .lexicon import fold, folded_words, forms, inflect_phrase
from .resolution_shapes import (
    KINDS,
    MISSPELT,
    MAX_LIST,
    WMO_RE,
    IMO_RE,
    WHO_RE,
    CLOSED,
    NOT_YEAR,
    DATE_AFTER,
    TITLED,
    LINK_REF,
    WS,
    AGENCIES,
    AGENCY_RE,
    UN_RE,
    SPACED_RE,
    YEAR_MARK,
    SPLIT_NORM,
    CP_SPACES,
    SPLIT_RE,
    DATED_BARE_RE,
    DATED_CLAUSE_SEP,
    NUMBER_FIELD,
    SPECIAL_HEADING,
    RESOLUTION_RECORD,
    REVISED,
    REVISED_BRACKET,
    REVISED_NEXT,
    DOTTED_RE,
    NAV_RE,
    FIRST_RE,
    BARE_RE,
    SC_FORM,
    BARE_IN_LIST,
    AHEAD_NUMBER_RE,
    ITEM_NUMBER_RE,
    SEP_RE,
    ANNEX_RE,
    headings,
    ITEM_RE,
    TOC_ITEM_RE,
    INLINE_ITEM_RE,
    ROMAN_ITEM_RE,
    TITLE_ITEM_RE,
    REPEAT_RE,
    STATES_PARTIES,
    PARTIES_ONLY,
    HEADING_REACH,
    ADOPTED_RE,
)

__all__ = ["ResolutionExtractor", "bodies"]

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


def _numbers_on_lines(ctx, rx):
    """(match, reading span of its «number») for each match of ``rx`` on ``Reading.lines`` whose number the reading text holds."""
    for m in rx.finditer(ctx.reading.lines):
        span = reading_span(ctx.reading, *m.span("number"))
        if span is not None and ctx.text[span[0]:span[1]] == m.group("number"):
            yield m, span


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
                # ITU: «Резолюции 32 (Киото, 1994 г.) и 125 (Пересм. Гвадалахара, 2010 г.) Полномочной конференции»
                numbers, end = [m.span("n")], m.end("n")
                for _ in range(MAX_LIST):
                    bracket = REVISED_BRACKET.match(text, end)
                    nxt = REVISED_NEXT.match(text, bracket.end()) if bracket else None
                    if not nxt:
                        break
                    numbers.append(nxt.span("n"))
                    end = nxt.end("n")
                bracket = REVISED_BRACKET.match(text, end)
                after = _body_at(text, bracket.end(), gent, conference) if bracket and body is None else None
                self._emit(ctx, out, covered, numbers, kind, after[0] if after else body, f"revised:{fold(tok.text)}")
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
            if bare and not (m.group("sign") or (kind == "резолюция" and (len(m.group("n")) >= 3 or CLOSED.match(text, m.end("n"))
                                                                            or _body_at(text, m.end("n"), gent, conference)))):
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
                named = (_body_at(text, at, gent, conference) or _event_body(text, at)) if body is None else None
                if named:  # «резолюции 76/262 Генеральной Ассамблеи и 2022/1 Экономического и Социального Совета»
                    at = named[1]
                    dated = DATE_AFTER.match(text, at)  # «46/182 Генеральной Ассамблеи от 19 декабря 1991 года и 58/114»
                    if dated:
                        at, d = dated.end(), d or dated
                s = SEP_RE.match(text, at)
                if d and not bare and not (s and ITEM_NUMBER_RE.match(text, s.end())):
                    s = DATED_CLAUSE_SEP.match(text, at) or s  # «47/193 от … 1992 года о проведении …, 55/196 от …»
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
                dated = DATE_AFTER.match(text, after)  # «… 21/25 от 28 сентября 2012 года Совета по правам человека»
                after = dated.end() if dated else after
                annex = ANNEX_RE.match(text, after)
                if annex and len(numbers) == 1:
                    after = annex.end()
                hit = _body_at(text, after, gent, conference) or _event_body(text, after)
                if hit:
                    body = hit[0]
                elif (by := _body_at(text, after, ablt, conference)) and by[0] != conference:
                    body = by[0]  # «принята … решением 19/1 Советом управляющих»
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
        heads = [(m.start(), kind_of(m)) for m in headings(text)]
        # a heading on a line of its own in the ORIGINAL: the reading text may have joined the
        # short lines of a table of contents («содержание\n\nрешения Страница\n\nX/1. Доступ …»)
        for m in headings(ctx.reading.lines):
            g = next(k for k in (1, 2, 3) if m.group(k))
            a = ctx.reading.reading_offset(m.start(g))
            if a is not None:
                heads.append((a, kind_of(m)))
        gent, ablt = bodies()
        for m, span in _numbers_on_lines(ctx, TITLE_ITEM_RE):
            by = _body_at(m.string, m.start("by"), ablt)
            kind = "решение" if m.group("kind") == "Решение" else "резолюция"
            self._emit(ctx, out, covered, [span], kind, by[0] if by else None, "title")
        for _, span in _numbers_on_lines(ctx, SPECIAL_HEADING):  # «S-5/1.» over its title
            self._emit(ctx, out, covered, [span], "резолюция", None, "heading")
        if RESOLUTION_RECORD.search(ctx.reading.lines):
            for _, span in _numbers_on_lines(ctx, NUMBER_FIELD):
                self._emit(ctx, out, covered, [span], "резолюция", None, "field")
        for span in [m.span("number") for m in ROMAN_ITEM_RE.finditer(text)] + [s for _, s in _numbers_on_lines(ctx, ROMAN_ITEM_RE)]:
            self._emit(ctx, out, covered, [span], "решение", None, "heading")  # (on the original lines too: the reading may join one)
        for m in IMO_RE.finditer(text):
            self._emit(ctx, out, covered, [m.span()], "резолюция", None, "imo")
        for m in WHO_RE.finditer(text):
            self._emit(ctx, out, covered, [m.span()], "резолюция", None, "who")
        heads = sorted(set(heads))
        if not heads:
            return
        starts = [h[0] for h in heads]
        items = [m.span("number") for r in (ITEM_RE, TOC_ITEM_RE, INLINE_ITEM_RE) for m in r.finditer(text)]
        # items at the start of an ORIGINAL line too: the reading text may have joined that line
        # to the one before («(первое заседание, 30 января)\n\n[EB152(2)] Сроки …»)
        items += [span for _, span in _numbers_on_lines(ctx, ITEM_RE)]
        session = {}  # heading -> the session part of its list's first slash number («3» of «3/1»)
        for a, b in sorted(set(items)):
            k = bisect_left(starts, a) - 1
            if k >= 0 and a - starts[k] <= HEADING_REACH:
                part = _session_part(text[a:b])
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
            else:  # Latin: UNESCO «41 С/23», «ЕS-11/4», «СК-4/10»; a Russian abbreviation stays («РГОС-VI/1»)
                number = re.sub(r"[^\W\d_]+", lambda w: w.group() if any(c not in LATIN_OR_LOOKALIKE for c in w.group())
                                else w.group().translate(LOOKALIKE), number)
            number = SPLIT_NORM.sub(r"\1\2", number)  # «18 22 (2009)» -> «1822 (2009)»
            if IMO_RE.fullmatch(number):
                number = re.sub(r"\s\(", "(", number)  # «MEPC.181 (59)» -> «MEPC.181(59)» (GUIDELINES 49)
            number = CP_SPACES.sub("", number)  # «1/ СР. 16» -> «1/CP.16»
            if text[a:a + 3] == "ЕС-":  # an emergency special session in Cyrillic: «ЕС-11/1» -> ES-11/1
                number = "ES" + number[2:]
            out.append(ctx.span(a, b, "RESOLUTION", {"kind": kind, "number": number, "body": body}, rule))


LATIN_OR_LOOKALIKE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | {chr(c) for c in LOOKALIKE}


# a congress or conference named by its city: «C 27/1994 Сеульского конгресса, C 52/1999 Пекинского конгресса»
EVENT_BODY = re.compile(r"\s+([А-ЯЁ][а-яё]+(?:ского|цкого))\s+(конгресса|конференции|совещания)(?![\w-])")


def _event_body(text: str, pos: int):
    """(«Сеульский конгресс», end) for a city's congress named in the genitive at ``pos``, or None."""
    m = EVENT_BODY.match(text, pos)
    if not m:
        return None
    noun = morph.parse(m.group(2))[0]
    adjective = morph.inflect_word(m.group(1), {"nomn", "sing", noun.tag.gender or "masc"}, ("ADJF",))
    return (f"{adjective} {noun.normal_form}", m.end()) if adjective else None


def _session_part(number: str):
    """The session a designation's list shares: «3» of «3/1», «CP.24» of «4/CP.24»."""
    if "/" not in number:
        return None
    head, _, tail = number.partition("/")
    return re.sub(r"\s", "", tail) if re.fullmatch(r"\s?[A-ZА-ЯЁ]{2,4}\.\s?[0-9]{1,2}", tail) else head


def _bad_end(text: str, end: int) -> bool:
    """A number glued to more symbol characters is not a designation."""
    return end < len(text) and (text[end].isalnum() or text[end] == "/")
