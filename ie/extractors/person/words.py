"""The person layer's word lists, loaded from data files (``ie/data/words/``).

One file per list, one entry a line, ``#`` starting a comment:

- ``word`` — the lemma and every form pymorphy3 gives it («заявлять» ->
  «заявляет», «заявляя», …; archaic forms left out);
- ``word : past | sing,gent`` — only the forms whose grammemes hold all of one
  alternative (``past``: «заявил», «заявила», «заявили»);
- ``= word`` — the entry as written, no forms (abbreviations, particles,
  lemmas compared as lemmas);
- ``… -> VALUE`` after any of these — a value every form of the entry stands
  for (``шведский -> SE``: «шведская», «шведской» give SE), in ``values``.

A form with «ё» is also kept spelt with «е» (UN texts rarely write «ё»).
Forms come from the project's analyser (:mod:`ie.morph`), never from a second
one.  :func:`load_words` is the one entry point: the package's resources
(``ie.resources``, one loader for every data file) in, a frozen
:class:`Words` out.

>>> from ie.resources import default
>>> words = load_words(default())
>>> "заявила" in words.speaking_verbs.forms, "аль" in words.particles.forms
(True, True)
>>> words.role_nouns.lemmas[:2]
('председатель', 'сопредседатель')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

__all__ = ["WordList", "Words", "load_words", "alternation"]


@dataclass(frozen=True)
class WordList:
    """One list: its entries as written (``lemmas``), every form they stand
    for (``forms``, in file order, each entry's forms longest first) and, per
    entry, the stem all its forms share (``stems``, spelt with «е»): a list
    matched at the start of words needs only those."""

    lemmas: tuple
    forms: tuple
    stems: tuple
    values: tuple = ()  # (form, value) pairs of entries written «… -> VALUE»


@dataclass(frozen=True)
class Words:
    """Every word list of the person layer (one data file each)."""

    titles: WordList  # cut off before a name: «г-н», «госпожа», «профессора», «Посол»
    particles: WordList  # lower-case words inside a name: «бин», «аль», «ван», «де»
    name_prefixes: WordList  # glued to a name word: «аль-», «д’»
    speaking_verbs: WordList  # the person spoke, right after the name: «заявил», «говорит»
    seat_verbs: WordList  # chairing without a role word: «руководил», «председательствовал»
    former: WordList  # an office once held: «бывший», «закрывшейся сессии»
    deceased: WordList  # a person no longer alive: «памяти», «покойного»
    leader_titles: WordList  # a head of state before a surname: «Президент», «Премьер-министр»
    role_nouns: WordList  # lemmas of role nouns that govern a name's case: «председатель», «посол»
    eponyms: WordList  # things named after a person: «Премия Нансена», «имени Ломоносова»
    seat_roles: WordList  # role lemmas that seat a person at the meeting: «председатель», «докладчик»
    delegate_roles: WordList  # role lemmas of a state's delegate: «представитель», «временный поверенный в делах»
    nationalities: WordList  # a state's adjective -> its code, for a delegation: «шведская делегация» -> SE
    news_outlets: WordList  # agencies and papers told something: «сообщил БелаПАН», «рассказал ТАСС»
    ministries: WordList  # what a minister heads, after «министр»: «здравоохранения», «иностранных дел»


_ENTRY = re.compile(r"^(=\s*)?([^:#>]+?)\s*(?::\s*([^#>]+?))?\s*(?:->\s*(\S+))?\s*$")


def _forms(lemma: str, grammemes: str | None) -> list:
    """The forms of ``lemma`` (those holding one alternative of ``grammemes``)."""
    from ... import morph

    wanted = [set(alt.replace(" ", "").split(",")) for alt in grammemes.split("|")] if grammemes else None
    out = set()
    key = lemma.lower().replace("ё", "е")
    for p in morph.parse(lemma):
        if p.normal_form.replace("ё", "е") != key:
            continue
        for f in p.lexeme:
            if "Arch" in f.tag:
                continue  # «указует»: not the language of UN records
            if wanted is None or any(alt <= set(f.tag.grammemes) for alt in wanted):
                out.add(f.word)
    if not out and wanted is None:
        out.add(lemma.lower())
    return sorted(out, key=lambda w: (-len(w), w))


def _common_start(words) -> str:
    """The start all ``words`` share.

    >>> _common_start(["заявил", "заявила", "заявили"])
    'заявил'
    """
    first, last = min(words), max(words)
    k = 0
    while k < len(first) and first[k] == last[k]:
        k += 1
    return first[:k]


def _read(path: str, text: str) -> WordList:
    lemmas, forms, stems, values = [], [], [], []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = _ENTRY.match(line)
        if m is None:
            raise ValueError(f"{path}: cannot read the entry {line!r}")
        literal, word, grammemes, value = m.groups()
        lemmas.append(word)
        entry = [word] if literal else _forms(word, grammemes)
        if not entry:
            raise ValueError(f"{path}: the analyser gives no forms for {line!r}")
        for form in entry:
            for spelling in (form, form.replace("ё", "е")):
                if spelling not in forms:
                    forms.append(spelling)
                if value is not None:
                    values.append((spelling, value))
        stem = _common_start([f.replace("ё", "е") for f in entry])
        if stem not in stems:
            stems.append(stem)
    return WordList(tuple(lemmas), tuple(forms), tuple(stems), tuple(values))


def load_words(resources) -> Words:
    """Every list of :class:`Words`, from the ``words/<field>.txt`` files of
    ``resources`` (an ``ie.resources.Resources``)."""
    names = {f.name: f"words/{f.name}.txt" for f in fields(Words)}
    return Words(**{field: _read(name, resources.text(name)) for field, name in names.items()})


def alternation(forms, either_case: bool = False) -> str:
    """A regex alternation of ``forms`` in their order; ``either_case`` lets
    the first letter be a capital or not («[Гг]-н»).

    >>> alternation(["г-н", "др."], either_case=True)
    '(?:[Гг]\\\\-н|[Дд]р\\\\.)'
    """
    def one(w):
        head, rest = w[:1], re.escape(w[1:])
        if either_case and head.isalpha() and head.lower() != head.upper():
            return f"[{head.upper()}{head.lower()}]{rest}"
        return re.escape(head) + rest
    return "(?:" + "|".join(one(w) for w in forms) + ")"


def _slot(word: str) -> str:
    """The regex of one word of a role phrase: its forms, or itself as written."""
    alternatives = []
    for option in word.split("/"):
        if option.startswith("="):
            w = option[1:]
            alternatives.append(f"(?-i:{re.escape(w)})" if w.isupper() else re.escape(w))
            continue
        lemma, _, grammemes = option.partition(":")
        forms = _forms(lemma, grammemes or None)
        if not forms:
            raise ValueError(f"roles.txt: the analyser gives no forms for {option!r}")
        for form in forms:
            for spelling in dict.fromkeys((form, form.replace("ё", "е"))):
                alternatives.append(re.escape(spelling).replace("\\-", "[-‑]"))
    alternatives.sort(key=len, reverse=True)  # the longest form first: «председателями» before «председател»
    return "(?:" + "|".join(alternatives) + ")"


def load_roles(resources) -> list:
    """The role phrases of ``words/roles.txt`` as (compiled regex, role,
    needle) triples, in file order; ``needle`` is a lower-case substring every
    match holds.

    >>> from ie.resources import default
    >>> roles = load_roles(default())
    >>> [role for rx, role, _ in roles if rx.search("Заместитель Председателя Комитета")][:2]
    ['заместитель председателя', 'председатель']
    """
    out = []
    for line in resources.text("words/roles.txt").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        role, phrase, *flags = line.split("\t")
        parts = []
        for word in phrase.split():
            if word == "*":
                parts.append(r"(?:[а-яё]+\s+)?")  # one optional lower-case word, with its space
            else:
                parts.append(_slot(word) + (r"\s+" if word is not phrase.split()[-1] else ""))
        body = "".join(parts)
        if body.endswith(r"\s+"):
            body = body[:-3]
        # (a capitalised word or an organisation's abbreviation: «глава Франции», «глава ФАО»)
        tail = r"(?=\s+(?-i:[А-ЯЁ](?:[а-яё]|[А-ЯЁ]{1,7}(?![\w-]))))" if "capital-next" in [f.strip() for f in flags] else ""
        # a whole word at each end (a hyphen may come before: «премьер-министр»; not after: «премьер-»)
        out.append((re.compile(r"(?<![^\W\d_])" + body + r"(?![\w-])" + tail, re.I), role.strip(), _needle(phrase)))
    return out


def _needle(phrase: str) -> str:
    """What every match of a phrase holds, in lower case: the start its
    first word's forms share (a substring test spares the regex most windows)."""
    first = phrase.split()[0].split("/")
    if len(first) > 1:
        return ""
    word = first[0]
    if word.startswith("="):
        return word[1:].lower().replace("ё", "е").split("-")[0]
    lemma, _, grammemes = word.partition(":")
    start = _common_start([f.replace("ё", "е") for f in _forms(lemma, grammemes or None)]).lower()
    return start.split("-")[0]  # (the regex takes «‑» for «-»: «вице‑председатель»)
