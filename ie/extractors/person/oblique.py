"""The case a name's own forms show, with no title or role noun before it:
«встретился с Джоном Керри», «представлен адвокатом Дженсом Бруном-Петерсоном»,
«передает эстафету Марку Гриффитсу», «Варваре Жлуктенко, сотруднице …».

Also look-alike letters of other scripts inside a Russian name («Чурκин»
with a Greek kappa, «Набаррο» with an omicron, «Cюити» with a Latin C): the
norm spells the name in Cyrillic.
"""

from __future__ import annotations

import re

from ... import morph
from ...normalize import CYR, LAT

__all__ = ["fold_lookalikes", "form_case", "undecline_ablt_em", "noun_case_before", "opens_sentence"]

# Latin (the reading's table) and Greek letters that look like Cyrillic ones
_GREEK, _GREEK_CYR = "οΟκΚαΑεΕρΡτΤχΧΒΗΜ", "оОкКаАеЕрРтТхХВНМ"
_LOOK = str.maketrans(LAT + _GREEK, CYR + _GREEK_CYR)
_CYR = re.compile(r"[А-ЯЁа-яё]")
_MIXED = re.compile(rf"[\w{_GREEK}]+")
_LOOKS = LAT + _GREEK
_TOUCH = re.compile(f"[А-ЯЁа-яё][{_LOOKS}]|[{_LOOKS}][А-ЯЁа-яё]")


def fold_lookalikes(text: str) -> str:
    """Spell look-alike Latin and Greek letters in Cyrillic inside words
    that hold Cyrillic letters; same length, so offsets stay.

    >>> fold_lookalikes("Виталий Чурκин и Давид Набаррο, John Smith")
    'Виталий Чуркин и Давид Набарро, John Smith'
    """
    if text.isascii() or not _TOUCH.search(text):
        return text
    out, last = [], 0
    for m in _TOUCH.finditer(text):  # only the words where a look-alike touches a Cyrillic letter
        if m.start() < last:
            continue
        a = m.start()
        while a > last and (text[a - 1].isalnum() or text[a - 1] == "_"):
            a -= 1  # back to the word's start (a word is short)
        b = _MIXED.match(text, m.start()).end()
        out.append(text[last:a])
        out.append(text[a:b].translate(_LOOK))
        last = b
    out.append(text[last:])
    return "".join(out)


def _name_cases(word: str):
    """The singular cases the dictionary allows ``word`` as a first name
    (None when it knows no first name of that form)."""
    if not morph.is_known(word):
        return None
    parses = [p for p in morph.parse(word) if "Name" in p.tag]
    if not parses:
        return None
    if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses):
        return set()  # may be nominative («Яна», «Марку»; «Анны» is no nominative of one person)
    return {p.tag.case for p in parses if p.tag.number == "sing"} - {"voct"}


ORDER = ("gent", "datv", "ablt", "accs", "loct")


def form_case(words):
    """The oblique case of a name of two words or more that its forms alone
    show, or None:

    - a man's first name and surname in «-ом»/«-ем» (the surname may be
      indeclinable): «Мариусом Лукошюнасом», «Саидом Амини»;
    - a first name that the dictionary knows only in oblique cases:
      «Питера Ян Граафа», «Варваре Жлуктенко», «Джоном Керри»;
    - every word in «-у» after a first name in the dative: «Марку Гриффитсу».

    >>> form_case(["Мариусом", "Лукошюнасом"]), form_case(["Питера", "Ян", "Граафа"]), form_case(["Марку", "Гриффитсу"])
    ('ablt', 'gent', 'datv')
    >>> form_case(["Яна", "Кубиша"]), form_case(["Карлус", "Алберту", "Амарал"]), form_case(["Сэм", "Кутеса"])
    (None, None, None)
    >>> form_case(["Амина", "Траоре"]), form_case(["Джамаля", "Беномара"]), form_case(["Анну", "Смит"])
    (None, 'gent', 'accs')
    >>> form_case(["Дани", "Данон"]), form_case(["Марии", "Смит"])
    (None, 'gent')
    """
    words = [w for w in words if w[:1].isupper()]
    if len(words) < 2 or not all(re.fullmatch(r"[А-ЯЁ][а-яё’'-]+", w) for w in words):
        return None
    first, last = words[0].split("-")[0], words[-1]
    if (len(first) >= 5 and first.endswith(("ом", "ем", "ём")) and not _name_cases(first)
            and (last.endswith(("ом", "ем", "ём", "ым", "ой")) or last[-1] in "иуоэею")):  # «Навафом Саламой»
        return "ablt"
    if all(w.endswith(("у", "ю")) for w in words) and any(re.search(r"[^аеёиоуыэюя][ую]$", w) for w in words):
        cases = {p.tag.case for p in morph.parse(first) if "Name" in p.tag}
        return "datv" if "datv" in cases else None
    cases = _name_cases(first)
    if cases:
        if first.endswith(("у", "ю")) and not last.endswith(("у", "ю")) and any(
                p.tag.gender == "masc" for p in morph.parse(first) if "Name" in p.tag):
            return None  # «Антониу Гутерриш»: a foreign man's name in «-у» is nominative («Анну Смит» is no such)
        if first.endswith(("а", "я")) and not re.search(r"[^аеёиоуыэюя][аяы]$", last):
            return None  # «Амина Траоре», «Акира Сато»: a name in «-а» may be nominative, the surname does not say
        if last[-1] not in "аеёиоуыэюя" and all(p.tag.gender == "masc" for p in morph.parse(first) if "Name" in p.tag):
            return None  # «Дани Данон»: a man's oblique first name would decline his surname too («Дани Данона»)
        return next((c for c in ORDER if c in cases), None)
    return None


def undecline_ablt_em(word: str):
    """The nominative of an unknown man's name in «-ем» in the instrumental:
    «Палтиэлем» -> «Палтиэль», «Самбетбаем» -> «Самбетбай», «Кубишем» -> «Кубиш».

    >>> undecline_ablt_em("Палтиэлем"), undecline_ablt_em("Самбетбаем"), undecline_ablt_em("Кубишем")
    ('Палтиэль', 'Самбетбай', 'Кубиш')
    """
    if not word.endswith("ем") or len(word) < 5:
        return None
    stem = word[:-2]
    if stem[-1] in "аеоуыэюяи":
        return stem + "й"
    if stem[-1] in "жшчщц":
        return stem
    return stem + "ь"


# prepositions that govern one case of a name («взамен Стаффана де Мистуры», «с Мариусом …»)
PREPOSITIONS = {**dict.fromkeys(("взамен", "вместо", "для", "от", "у", "без", "после", "против", "около", "среди",
                                 "кроме", "возле", "ради"), "gent"),
                "к": "datv", "ко": "datv", "с": "ablt", "со": "ablt", "о": "loct", "об": "loct", "при": "loct"}


# a speech or an event of a person, who follows in the genitive («Выступление Н. С. Хрущева»)
EVENT_NOUNS = frozenset(("выступление", "заявление", "речь", "послание", "обращение", "пресс-конференция", "брифинг",
                         "визит", "интервью", "доклад", "предложение", "инициатива", "позиция"))


def noun_case_before(word: str):
    """The case of an animate common noun right before a name, which the
    name stands in apposition to («адвокатом», «коллеге», «спецпосланника»),
    or None (a nominative, an inanimate noun, anything else).

    >>> noun_case_before("адвокатом"), noun_case_before("спецпосланника"), noun_case_before("дипломат")
    ('ablt', 'gent', None)
    >>> noun_case_before("Выступление"), noun_case_before("пресс-конференции"), noun_case_before("выступлении")
    ('gent', None, None)
    """
    word = word.strip(".,:;«»\"()")
    if word.lower() in PREPOSITIONS:
        return PREPOSITIONS[word.lower()]
    if morph.lemma(word.lower()) in EVENT_NOUNS and any(
            p.tag.case in ("nomn", "accs") for p in morph.parse(word.lower())[:1]):
        return "gent"  # «Выступление Н. С. Хрущева»: whose speech («на пресс-конференции Иван Петров» is a subject)
    if len(word) < 4 or not word.isalpha() or not word.islower():
        return None
    parses = morph.parse(word)
    # singular, or a plural instrumental («адвокатами X и Y»; «журналистам Иван Петров» is a subject)
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag and (p.tag.number == "sing" or p.tag.case == "ablt")]
    if not nouns or parses[0].tag.POS != "NOUN" or any(p.tag.case == "nomn" for p in nouns):
        return None
    cases = {p.tag.case for p in nouns}
    return next((c for c in ORDER if c in cases), None)


def opens_sentence(word: str) -> bool:
    """A capitalised function word that opens a sentence, not a name or a
    title («Об», «Он», «По», «Как»; not «Директор», «Гада»).

    >>> opens_sentence("Об"), opens_sentence("Он"), opens_sentence("Директор"), opens_sentence("Гада")
    (True, True, False, False)
    """
    return morph.is_known(word) and morph.parse(word.lower())[0].tag.POS in ("PREP", "CONJ", "NPRO", "ADVB", "PRCL")
