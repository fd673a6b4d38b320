"""Where a name starts and ends: capitalised words beside a name that belong
to the phrase around it, not to the name.

- A capitalised adjective agreeing with the lower-case word after it opens
  that phrase: «назначила г-на Майкла Вуда Специальным докладчиком»,
  «открыт Президентом Всемирной метеорологической организации»,
  «Лусакское соглашение».
- A noun of a people before a first name is no part of the name:
  «Швейцарец Жозеф Вейс», «Американец Джон Смит».
- A surname in an oblique case before a full name in the nominative is
  another person: «заместитель Лаврова Сергей Вершинин» is Лавров's deputy
  Вершинин (the surname cannot be a nominative of the first name's gender).
- A bare letter with a full stop is a heading's letter, not a name: «А.»,
  «В.» on a line of their own.
"""

from __future__ import annotations

import re

from ... import morph
from .patterns import PERSON_TAGS, WORDS

# the stems of states' adjectives («швейцарск», «американск»): a noun of a people shares one («швейцарец»)
NATIONALITY_LEMMAS = tuple(w.lower() for w in WORDS.nationalities.lemmas)

# the lower-case word after a candidate, on its line or the next (a PDF breaks lines anywhere)
NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([а-яё]{3,})(?![\w-])")

# a candidate of initials alone: «А.», «В. Г.»
ONLY_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){1,3}")


def _person(parses) -> bool:
    return any(PERSON_TAGS & set(p.tag.grammemes) for p in parses)


def opens_phrase(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a capitalised adjective agreeing with the lower-case
    noun or adjective after it (it opens that phrase, no name reads so)?

    >>> opens_phrase("стороны Лусакское соглашение", 8, 17), opens_phrase("Вышинский заявил", 0, 9)
    (True, False)
    >>> opens_phrase("Президентом Всемирной метеорологической организации", 12, 21)
    True
    """
    m = NEXT_WORD.match(text, b)
    if m is None:
        return False
    parses = morph.parse(text[a:b])
    adjectives = [p.tag for p in parses if p.tag.POS == "ADJF" and not PERSON_TAGS & set(p.tag.grammemes)]
    if not adjectives or _person(parses[:1]):
        return False
    after = morph.parse(m.group(1))
    if after[0].tag.POS in ("PREP", "CONJ", "PRCL"):
        return False  # «Владимир Зеленский перед выступлением»: «перед» is a preposition first
    nexts = [p.tag for p in after if p.tag.POS in ("NOUN", "ADJF")]
    return any(x.case == y.case and x.number == y.number and (x.number == "plur" or x.gender == y.gender or not y.gender)
               for x in adjectives for y in nexts)


def trim_phrase_word(text: str, a: int, b: int):
    """Drop a last word that opens the phrase after the name: «Майкла Вуда
    Специальным докладчиком» -> «Майкла Вуда» (at least one word stays)."""
    m = re.search(r"\s+([А-ЯЁ][а-яё]+)$", text[a:b])
    if m and opens_phrase(text, a + m.start(1), b):
        return a, a + m.start()
    return a, b


def people_noun(word: str) -> bool:
    """A noun naming one of a people, the stem of a state's adjective
    («Швейцарец», «нигерийца»; not «Пастор», a first name too).

    >>> people_noun("Швейцарец"), people_noun("Американка"), people_noun("Пастор")
    (True, True, False)
    """
    parses = morph.parse(word)
    if not morph.is_known(word) or parses[0].tag.POS != "NOUN" or "anim" not in parses[0].tag or _person(parses):
        return False
    stem = parses[0].normal_form[:-2]
    return len(stem) >= 3 and any(adj.startswith(stem) for adj in NATIONALITY_LEMMAS)


def trim_what_noun(text: str, a: int, b: int):
    """Drop a first word naming one of a people before a first name and a
    surname: «Швейцарец Жозеф Вейс» -> «Жозеф Вейс»."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) < 3 or not people_noun(words[0].group()):
        return a, b
    given = morph.parse(words[1].group())
    if morph.is_known(words[1].group()) and not any("Name" in p.tag for p in given[:3]):
        return a, b
    return a + words[1].start(), b


def split_oblique_surname(text: str, a: int, b: int):
    """A surname in an oblique case before a first name and a surname in the
    nominative: the two people's spans, else None.

    >>> t = "заместитель Лаврова Сергей Вершинин"
    >>> [t[x:y] for x, y in split_oblique_surname(t, 12, len(t))]
    ['Лаврова', 'Сергей Вершинин']
    >>> split_oblique_surname("Иванова Мария Петровна", 0, 22) is None
    True
    """
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) != 3:
        return None
    surname, given, last = (w.group() for w in words)
    s_parses, g_parses = morph.parse(surname), morph.parse(given)[:3]
    names = [p.tag for p in g_parses if "Name" in p.tag and p.tag.case == "nomn"]
    if any("Name" in p.tag and p.tag.case != "nomn" for p in g_parses):
        return None  # «Гамильтона Ширли Амерасингхе»: an indeclinable first name may share the surname's case
    if not names or any("Name" in p.tag for p in s_parses[:2]) or any("Patr" in p.tag for p in morph.parse(last)[:2]):
        return None  # «Иванова Мария Петровна»: an index's order
    surnames = [p.tag for p in s_parses if "Surn" in p.tag]
    if not surnames or not any(t.case != "nomn" for t in surnames):
        return None
    if any(t.case == "nomn" and t.gender == n.gender for t in surnames for n in names):
        return None  # it may be the nominative of this person's surname
    return (a + words[0].start(), a + words[0].end()), (a + words[1].start(), b)


def only_initials(text: str, a: int, b: int) -> bool:
    """Is the candidate initials alone («А.», a heading's letter)?"""
    return ONLY_INITIALS.fullmatch(text[a:b].strip()) is not None


# a surname before two initials, as lists and orders write it: «Вовченко А. В.», «Вовченко А. В»» (the last
# dot lost before a quote or a comma); a line may end after the surname («Вовченко\nА. В.»)
INVERTED_INITIALS = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+|[ \t]*\n[ \t]*)[А-ЯЁ]\.[ \t]?[А-ЯЁ]"
                               r"(?:\.|(?=[»\"”,;)])))")


# the name that signs a letter: «(Подпись) Мурари Радж Шарма Посол Постоянный представитель» (its words up to
# the first the dictionary reads as a common noun or adjective in the nominative: a rank on the same line)
SIGNATURE = re.compile(r"\([ \t]*[Пп]одпись[ \t]*\)[ \t]*\n?[ \t]*((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё’'-]+(?:[ \t]+[А-ЯЁ][а-яё’'-]+){0,3})")


def signatures(text: str):
    """(start, end) of each name signed after «(Подпись)» (SPEC: a signature's name is a PERSON)."""
    for m in SIGNATURE.finditer(text):
        a, b = m.span(1)
        for w in re.finditer(r"\S+", text[a:b]):
            if w.start() and _rank_word(w.group()):
                b = a + w.start() - 1
                break
        yield a, a + len(text[a:b].rstrip())


def _rank_word(word: str) -> bool:
    """A common noun or adjective the dictionary knows first in the nominative («Посол», «Постоянный»)."""
    p = morph.parse(word)[0]
    return morph.is_known(word) and p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF") and not PERSON_TAGS & set(p.tag.grammemes)


def inverted_norm(written: str) -> str:
    """«Вовченко А.В» -> «Вовченко А. В.» (the order kept, GUIDELINES 36).

    >>> inverted_norm("Вовченко А. В"), inverted_norm("Петров И.И.")
    ('Вовченко А. В.', 'Петров И. И.')
    """
    name = re.sub(r"\.(?=[А-ЯЁ])", ". ", written)
    return name if name.endswith(".") else name + "."


# the name in Latin letters in brackets right after the Russian one: «Дэвид Граймс (David Grimes)»
LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"  # («Kyul-Ho»)
LATIN_ALIAS = re.compile(rf"[ \t]*\(((?:{LATIN_WORD}[ \t]+){{1,3}}{LATIN_WORD})\)")


# the Latin letters a Russian name's first letter may be written with («Дэвид» David, «Хуан» Juan; Korean
# «Ко Гон» Goh Kun: one letter, read «к» or «г»)
LATIN_INITIAL = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ", (
    "A", "B", "VW", "GHK", "D", "EY", "EY", "JGZ", "ZS", "IEY", "YJ", "KCQG", "L", "M", "N", "O", "P", "R", "SC", "T", "UWO",
    "FP", "HJKX", "CTZ", "CT", "SC", "S", "EA", "YJU", "YJ")))


def latin_aliases(ctx, out, cands):
    """A second span, with the same label and norm, for the Latin form in
    brackets after a Russian name (GUIDELINES 36): «Мишеля Жарро (Michel
    Jarraud)» (the first letters agree: «Иван Петров (United Kingdom)» is no alias)."""
    found = []
    for sp in out:
        m = LATIN_ALIAS.match(ctx.text, sp.end)
        if m and m.span(1) not in cands and m.group(1)[0] in LATIN_INITIAL.get(ctx.text[sp.start], ""):
            found.append(ctx.span(m.start(1), m.end(1), sp.label, dict(sp.norm), f"{sp.rule} > the Latin form in brackets"))
    return sorted(out + found, key=lambda s: (s.start, s.end)) if found else out
