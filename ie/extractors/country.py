"""COUNTRY: a gazetteer of every name form, matched longest-first.

Resources: ``ie/data/countries.tsv`` (nominative names only); all cases and
both numbers are generated here with pymorphy3 when the gazetteer is first
built.  Matching runs on the reading text's tokens; a token joining capitalised
pieces («Израиль-Сирийская», an infobox's «ПредметИзраиль») is split where a
piece is a word of a name and the whole is not; the letters of a letter-spaced
heading («С ЕС С И Я») are no «ЕС».  A name an outlet writes in lower case («россия», «рф»,
«российская федерация») is read when of two words or more, or of one word every dictionary reading
of which is a place («чад», «того», «перу» are words too).

>>> from ie.extractors.country import gazetteer
>>> gazetteer().lookup("Соединенных Штатов Америки")
('US', 'Соединенные Штаты Америки')
>>> gazetteer().lookup("Венесуэлы (Боливарианская Республика)")
('VE', 'Венесуэла (Боливарианская Республика)')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from .. import morph
from ..resources import active, cached
from ..segment import TOKEN
from .lexicon import fold, inflect_phrase

__all__ = ["Country", "Gazetteer", "gazetteer", "CountryExtractor"]

# abbreviations that name a state only in a text that names it in full too
CONTEXTUAL = {"РК": "KZ", "РТ": "TJ", "РА": "AM", "РБ": "BY", "КР": "KG", "РМ": "MD", "РУз": "UZ", "АР": "AZ"}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NUMBERS = ("sing", "plur")
MAX_TOKENS = 12


@dataclass(frozen=True)
class Country:
    code: str | None
    name: str


def _fold(word: str) -> str:
    """A word as the gazetteer keys it: lower case, «ё» as «е», one apostrophe."""
    return word.lower().replace("ё", "е").replace("'", "’")


def _key(tokens) -> tuple:
    return tuple(_fold(t) for t in tokens)


def _forms(name: str) -> set:
    """Every case/number form of a nominative name, as token tuples."""
    words = [m.group() for m in TOKEN.finditer(name)]
    forms = {tuple(words)}
    bracket = words.index("(") if "(" in words and words[-1] == ")" else None
    # a one-word name in the singular has no plural forms worth matching: «Ливанов» is a surname
    numbers = ("sing",) if len(words) == 1 and not _plural_noun(words[0]) else NUMBERS
    for case in CASES:
        for number in numbers:
            inflected = inflect_phrase(words, case, number)
            if inflected:
                forms.add(tuple(inflected))
            if bracket and inflected:
                # the qualifier agrees too: «Ирана (Исламской Республики)»
                inner = inflect_phrase(words[bracket + 1:-1], case, "sing")
                if inner:
                    forms.add(tuple(inflected[:bracket + 1] + inner + [")"]))
    if len(forms) == 1 and len(words) == 1 and words[0][-2:] in ("ия", "ея"):
        stem = words[0][:-1]  # a name pymorphy does not know («Дагомея»): the endings of «Гвинея»
        forms |= {(stem + "и",), (stem + "ю",), (stem + "ей",)}
    # the final noun of an apposition agrees too: «Объединенной Республики Танзании»,
    # «Республики Польши» (beside «Республики Польша», as written above)
    # (also a name of two words: «Королевства Саудовской Аравии», «Республики Южного Судана»)
    if len(words) >= 2 and bracket is None and _apposition_noun(words[-1]):
        for k in range(max(1, len(words) - 2), len(words)):
            for case in CASES:
                head = inflect_phrase(words[:k], case, "sing")
                last = inflect_phrase(words[k:], case, "sing")
                if head and last:
                    forms.add(tuple(head + last))
    return forms


def _plural_noun(word: str) -> bool:
    """«Филиппины», «Нидерланды», «Багамы»: a name that is plural itself."""
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph.parse(word)[:2])


def _apposition_noun(word: str) -> bool:
    """A place name in the nominative singular («Танзания», «Польша»)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and "Geox" in p.tag
               for p in morph.parse(word))


class Gazetteer:
    """Token-sequence dictionary of country names."""

    def __init__(self, rows):
        self.names = {}  # key -> Country (case-insensitive forms)
        self.lower_first = set()  # first words of names written lower-case («бывшая …»)
        self.exact = {}  # key -> Country (abbreviations and Latin names: as written)
        for code, name, variants, abbrs, latin in rows:
            country = Country(None if code in ("", "-") else code, name)  # «-»: a dissolved state
            for variant in [name] + variants:
                for form in _forms(variant):
                    self.names.setdefault(_key(form), country)
                    if variant[:1].islower():
                        self.lower_first.add(_key(form)[0])
            for item in abbrs + latin:
                words = tuple(m.group() for m in TOKEN.finditer(item))
                self.exact.setdefault(words, country)
        # every word of every name (folded): a letter-spaced word is joined only into one of these
        self.vocabulary = frozenset(w for k in self.names for w in k if len(w) > 3)
        self.max_len = min(MAX_TOKENS, max(len(k) for k in list(self.names) + list(self.exact)))
        # first words of every name (folded), so most tokens are passed over at once
        # first word of a name (folded) -> the lengths of the names it starts, longest first,
        # so most tokens are passed over at once and a name is tried only at lengths that exist
        lengths = {}
        for k in self.names:
            lengths.setdefault(k[0], set()).add(len(k))
        for k in self.exact:  # an «ARGENTINA» matched as «Argentina» folds to the same first word
            lengths.setdefault(_fold(k[0]), set()).add(len(k))
        self.lengths = {w: sorted((n for n in ns if n <= self.max_len), reverse=True) for w, ns in lengths.items()}

    def match(self, tokens, i):
        """Longest country name starting at token ``i``: (length, Country)."""
        first = tokens[i]
        folded = _fold(first)
        lower = not first[:1].isupper() and folded not in self.lower_first
        lengths = self.lengths.get(folded)
        if lengths is None or lower and not first.isalpha():
            return None
        # a name an outlet writes in lower case («россия», «рф», «российская федерация»): of two words or
        # more, or one word no dictionary reads as anything but a place («чад», «того», «перу» are words too)
        proper = lower and _place_only(folded)
        room = len(tokens) - i
        for n in lengths:
            if n > room:
                continue
            window = tokens[i:i + n]
            if lower and n == 1 and not proper:
                continue
            country = self.exact.get(tuple(window)) or self.names.get(_key(window))
            if country is None and n == 1 and (proper or first[1:].islower() and _place_only(folded)):
                country = self.exact.get((first.upper(),))  # «рф», «сша»; a tag list's «Сша», «Кндр»
            if country is None and first.isupper() and first.isascii():  # «ARGENTINA» in an English list
                country = self.exact.get(tuple(w.title() if w.isupper() else w for w in window))
            if country is not None:
                return n, country
        return None

    def lookup(self, phrase: str):
        tokens = [m.group() for m in TOKEN.finditer(phrase)]
        hit = self.match(tokens, 0)
        if hit and hit[0] == len(tokens):
            return hit[1].code, hit[1].name
        return None


@lru_cache(maxsize=4096)
def _place_only(word: str) -> bool:
    """Every dictionary reading of a lower-case word is a place or its abbreviation."""
    return all("Geox" in p.tag for p in morph.parse(word))


def _rows():
    for line in active().lines("countries.tsv"):
        code, name, variants, abbrs, latin = (line.split("\t") + [""] * 5)[:5]
        split = lambda s: [x.strip() for x in s.split("|") if x.strip()]
        yield code, name, split(variants), split(abbrs), split(latin)


@cached
def gazetteer() -> Gazetteer:
    return Gazetteer(list(_rows()))


class CountryExtractor:
    """Find COUNTRY mentions in a reading text (reading offsets)."""

    label = "COUNTRY"

    def __init__(self, gaz: Gazetteer | None = None):
        self._gaz = gaz  # None: the gazetteer of the pipeline's resources

    @property
    def gaz(self) -> Gazetteer:
        return self._gaz or gazetteer()

    def warm(self):
        self.gaz  # noqa: B018  (builds the gazetteer of the active resources)

    def __call__(self, ctx):
        toks = ctx.tokens
        words, spans = _merge_fragments(toks, self.gaz.vocabulary)
        words, spans = _split_joined(toks, words, spans, self.gaz.vocabulary)
        out = []
        # only a word that opens a name (or a contextual abbreviation) is tried
        lengths = self.gaz.lengths
        opens = [k for k, w in enumerate(words)
                 if _fold(w) in lengths or w in CONTEXTUAL]
        after = 0  # the first word not inside a name found
        for i in opens:
            if i < after:
                continue
            hit = self.gaz.match(words, i)
            if hit is None:
                code = CONTEXTUAL.get(words[i])
                if code is not None:  # resolved below, once the whole text is read
                    out.append((spans[i] if spans else (toks[i].start, toks[i].end), code))
                continue
            n, country = hit
            after = i + n
            start, end = (spans[i][0], spans[i + n - 1][1]) if spans else (toks[i].start, toks[i + n - 1].end)
            if _blocked(ctx.text, start, end, words, i, n):
                continue
            out.append(ctx.span(start, end, "COUNTRY",
                                {"code": country.code, "name": country.name, "role": None},
                                rule=f"gazetteer:{country.code}"))
        return _mandate_palestine(ctx, _contextual(ctx, out))


MAX_FRAGMENTS = 4
# the years a text names (four digits, 1900–2099), to date the text it is
TEXT_YEAR = re.compile(r"(?<![\d/.-])(19\d\d|20\d\d)(?![\d/])")


def _mandate_palestine(ctx, spans):
    """A text of 1947–1949 («резолюция 194 (III)», «мандата Великобритании») names the
    Palestine of the British Mandate, a territory: «в Палестине» is no state there
    (the State of Palestine, named so, still is).  Dated by the latest year it names."""
    if not any(s.norm["code"] == "PS" for s in spans):
        return spans
    years = [int(y) for y in TEXT_YEAR.findall(ctx.text)]
    if not years or not 1946 < max(years) < 1950:
        return spans
    return [s for s in spans if s.norm["code"] != "PS" or fold(ctx.text[s.start:s.end]).startswith("государств")]


def _merge_fragments(toks, vocabulary):
    """Token texts and their (start, end) offsets (None: the tokens' own), with a
    word the PDF letter-spaced («Бр а зилии», «Ш таты») joined where the joined
    word is a word of a country name: runs of letters one space apart from a
    capital, one of them of one or two letters, the later ones lower-case; a word an
    OCR'd hyphen and a space split («Болга- рии»)."""
    text = toks.text
    words = [text[a:b] for a, b in zip(toks.starts, toks.ends)]
    runs = {}
    for k in (k for k, w in enumerate(words) if w == "-" and 0 < k < len(words) - 1):
        if _hyphen_space(toks.starts, toks.ends, words, k, vocabulary):  # «Болга- рии»
            runs[k - 1] = k + 2
    for k in (k for k, w in enumerate(words) if len(w) <= 2 and w.isalpha()):
        for a in range(max(0, k - MAX_FRAGMENTS + 1), k + 1):
            if a not in runs:
                e = _fragment_run(toks.starts, toks.ends, words, a, k, vocabulary)
                if e:
                    runs[a] = e
                    break
    if not runs:
        return words, None
    out_words, spans, k = [], [], 0
    while k < len(words):
        e = runs.get(k)
        if e:
            out_words.append("".join(w for w in words[k:e] if w != "-"))
            spans.append((toks[k].start, toks[e - 1].end))
            k = e
            continue
        out_words.append(words[k])
        spans.append((toks[k].start, toks[k].end))
        k += 1
    return out_words, spans


def _hyphen_space(starts, ends, words, k, vocabulary):
    """«Болга- рии», «Мон- гольской»: an OCR'd line-end hyphen left inside the line with
    a space after it, where the two halves join into a word of a country name."""
    a, b = words[k - 1], words[k + 1]
    return (starts[k] == ends[k - 1] and starts[k + 1] == ends[k] + 1 and a[:1].isupper() and a.isalpha()
            and b.isalpha() and b.islower() and fold(a + b) in vocabulary)


def _fragment_run(starts, ends, words, a, short_at, vocabulary):
    """The end of a run of fragments from ``a`` (through the short piece at
    ``short_at``) that joins into a country word, else None."""
    if not words[a][:1].isupper() or not words[a].isalpha() or fold(words[a]) in vocabulary:
        return None
    joined = words[a]
    for e in range(a + 1, min(len(words), a + MAX_FRAGMENTS)):
        w = words[e]
        if starts[e] != ends[e - 1] + 1 or not w.isalpha() or not w.islower():
            return None
        joined += w
        if e >= short_at and fold(joined) in vocabulary:
            return e + 1
    return None


# a capitalised piece, or an abbreviation before a hyphen («РБК-Украина»: a news agency named after the state)
JOINED = re.compile(r"[А-ЯЁ][а-яё’']+|[А-ЯЁ]{2,5}(?=-)")
JOINED_WORD = re.compile(r"(?:(?:[А-ЯЁ][а-яё’']+|[А-ЯЁ]{2,5}(?=-))-?)+")


def _split_joined(toks, words, spans, vocabulary):
    """Names a hyphen or a flattened infobox joined to another capitalised word
    («Израиль-Сирийская Арабская Республика», «ПредметИзраиль»): the token is split
    into its capitalised pieces where one is a word of a country name and the whole is not."""
    hits = [k for k, w in enumerate(words) if len(w) > 6 and JOINED_WORD.fullmatch(w) and fold(w) not in vocabulary
            and any(fold(m.group()) in vocabulary for m in JOINED.finditer(w)) and len(JOINED.findall(w)) > 1
            and "о-" not in w]  # «Австро-Венгрия»: a compound's linking vowel
    if not hits:
        return words, spans
    spans = spans or [(t.start, t.end) for t in toks]
    out_words, out_spans, last = [], [], 0
    for k in hits:
        out_words += words[last:k]
        out_spans += spans[last:k]
        for m in JOINED.finditer(words[k]):
            if out_words and m.start() and words[k][m.start() - 1] == "-":
                out_words.append("-")
                out_spans.append((spans[k][0] + m.start() - 1, spans[k][0] + m.start()))
            out_words.append(m.group())
            out_spans.append((spans[k][0] + m.start(), spans[k][0] + m.end()))
        last = k + 1
    return out_words + words[last:], out_spans + spans[last:]


def _contextual(ctx, out):
    """«РК», «РТ», «РА», «РБ» … stand for a state only where the text names that
    state too («Казахстан» … «МИД РК»): elsewhere they are Korea, Tatarstan,
    Adygea, Bashkortostan …"""
    spans = [s for s in out if not isinstance(s, tuple)]
    if len(spans) == len(out):
        return spans
    names = {s.norm["code"]: s.norm["name"] for s in spans}
    for s in out:
        if isinstance(s, tuple) and s[1] in names:
            (a, b), code = s
            spans.append(ctx.span(a, b, "COUNTRY",
                                  {"code": code, "name": names[code], "role": None}, rule=f"contextual:{code}"))
    return sorted(spans, key=lambda s: s.start)


# A name followed by these words is part of another name, not the state:
# «Лига арабских государств», «Совет Европы» never reach here; but
# «Мальтийский орден», «Нью-Йорк» would, if listed.
# (and «агентство France Press(e)», «Франс Пресс»: a news agency)
_NOT_AFTER = re.compile(r"^[\s,]*(?:(?:орден|ордена|ордену|орденом|ордене)\b|-?\s?(?:Press|Presse|Пресс)(?![\w-]))", re.I)


# «Латинская Америка», «Северной Америки», «бюро для стран Америки» are regions, not the United States
_REGION_BEFORE = ("латинск", "северн", "южн", "центральн", "стран", "континент", "обеих")


_RIVER = {"река", "реки", "реке", "реку", "рекой", "рекою"}
# a street or square named after a state: «ул. Италии», «на проспекте Индии»
_STREET = {"ул", "улица", "улицы", "улице", "улицу", "улицей", "просп", "проспект", "проспекта", "проспекте",
           "пл", "площадь", "площади", "бульвар", "бульвара", "бульваре", "переулок", "переулка", "переулке"}


def _blocked(text, start, end, words, i, n) -> bool:
    if n == 1 and words[i].lower().startswith("америк") and i and words[i - 1].lower().startswith(_REGION_BEFORE):
        return True
    if i and words[i - 1].lower().startswith("рек") and words[i - 1].lower() in _RIVER:
        return True  # «дельты реки Нигер», «реки Конго»: the river, not the state
    street = words[i - 2] if i >= 2 and words[i - 1] == "." else words[i - 1] if i else ""
    if street[:1].islower() and street in _STREET:
        return True  # «ул. Италии», «на проспекте Индии»: a street, not the state
    if i and words[i].startswith("Само") and words[i - 1].lower().startswith("американск"):
        return True  # «Американское Самоа»: a territory of the United States, not the state of Samoa
    if n == 1 and i and words[i - 1].lower().startswith("един") and words[i - 1][:1].isupper():
        return True  # the party «Единая Россия», «Единой России»
    if words[i].startswith("Доминик") and words[i + n:i + n + 1] and words[i + n][:1].isupper() \
            and words[i + n][:1].isalpha() and words[i + n] not in ("Содружество",):
        return True  # «Доминика Рааба»: a first name before a surname
    if words[i] == "Того" and (i == 0 or words[i - 1] in ".!?\n" or words[i + n:i + n + 1] in (["же"], ["что"], [","])
                               and not (words[i - 1][:1].isalpha() and words[i - 1][:1].islower())):
        return True  # the pronoun «того» at a sentence start (after a lower-case word, «гражданка Того,» is the state)
    if start and text[start - 1] in "\"«“" and text[end:end + 1] in "\"»”" and i >= 2 and words[i - 2][:1].islower():
        return True  # a venue or a body named after the state: «Венский центр "Австрия"»
    if n == 1 and len(words[i]) == 2 and _spaced_letters(words, i):
        return True  # «С ЕС С И Я»: letters of a letter-spaced heading, no «ЕС»
    return bool(_NOT_AFTER.match(text[end:end + 20]))


def _spaced_letters(words, i) -> bool:
    """Single capital letters on both sides: a letter-spaced word around ``i``."""
    one = lambda k: 0 <= k < len(words) and len(words[k]) == 1 and words[k].isalpha() and words[k].isupper()
    return one(i - 1) and one(i + 1)
