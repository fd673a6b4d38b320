"""Names: is a word a name, the nominative of a name, its capitalisation
and initials."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import morph
from ...segment import TOKEN
from .oblique import form_case, noun_case_before, undecline_ablt_em
from .patterns import (
    CASE_ORDER,
    COMMON_POS,
    DECLENSION,
    DECLENSION_F,
    ENDINGS,
    PERSON_TAGS,
    ROLE_NOUNS,
    TITLES,
    TITLES_AT_END,
    TITLE_CASE,
    ROLE_STEMS,
    WORDS,
)

TITLE_ABBREVIATION = re.compile(r"(?:(?<![\w-])[Гг][-‑](?:н|жа|жи|на|же|ну|ном|жой)|[Гг]осподин\w*|[Гг]оспож\w*)[ \t]*$")

VOWEL = re.compile("[аеёиоуыэюяАЕЁИОУЫЭЮЯaeiouyAEIOUYà-ÿÀ-ß]")
PARTICLES = frozenset(WORDS.particles.forms)  # «Хайя бинт аль Хуссейн»: lower-case words inside a name
TITLE_FORMS = frozenset(WORDS.titles.forms)
NOMINATIVE_TITLE = re.compile(r"(?:(?:Его|Ее|Её)\s+(?:Превосходительство|Высочество|Величество)|(?<![\w-])[Гг][-‑](?:н|жа)|"
                              r"(?<![\w-])[Гг]осподин|(?<![\w-])[Гг]оспожа)$")  # «президенту», «господина», «профессора»


@lru_cache(maxsize=50_000)
def _unexplained(word: str) -> bool:
    """A capitalised word that may be part of a person's name."""
    parses = morph.parse(word)
    if any(PERSON_TAGS & set(p.tag.grammemes) for p in parses[:3]):
        return True
    return not morph.is_known(word) or parses[0].tag.POS not in COMMON_POS


@lru_cache(maxsize=50_000)
def morph_surname_like(word: str) -> bool:
    """A word the dictionary reads as a surname or a first name, or does not
    know: it may stand alone for a person named in full elsewhere («Гутерриш»)."""
    return not morph.is_known(word) or any(PERSON_TAGS & set(p.tag.grammemes) for p in morph.parse(word)[:2])


@lru_cache(maxsize=50_000)
def _name_like(word: str) -> bool:
    """A word the dictionary reads first as a first name, surname or
    patronymic, or does not know at all."""
    if len(word) < 3:
        return False
    parses = morph.parse(word)
    return not morph.is_known(word) or bool(PERSON_TAGS & set(parses[0].tag.grammemes))


# the noun of a state's formal name before a person's name («Президента Азербайджанской Республики Ильхама Алиева»)
STATE_NOUN = re.compile(r"(?:Республик|Федераци|Королевств|Штатов|Эмиратов|Княжеств|Султанат)[а-я]{0,3}")

def nominative_name(name: str, before: str = "", hint: str | None = None) -> str:
    """The nominative of a name, agreeing in gender; foreign names kept.

    ``before`` is the text before the name in its sentence, ``hint`` the case
    of a role noun in apposition after it («Хироси Накамуры, заместителя
    Председателя» -> gent).  A name after a word that cannot govern it (a role
    noun in the nominative, an abbreviation, a colon or comma) is already
    nominative.  Otherwise each word votes for the cases the dictionary allows
    it as a first name, patronymic or surname, and the oblique case most words
    share wins; words the dictionary does not know lose that case's ending
    when it is certain; indeclinable words stay as written.

    >>> nominative_name("Ивана Петрова", "По предложению"), nominative_name("Петра Ивановича Смирнова", "по предложению")
    ('Иван Петров', 'Петр Иванович Смирнов')
    >>> nominative_name("Карлоса Эдуардо Мендосу Вегу", "избрала Председателем")
    'Карлос Эдуардо Мендоса Вега'
    >>> nominative_name("Ану Луизу Мартинс", "избрала Председателем на период своих сессий")
    'Ана Луиза Мартинс'
    >>> nominative_name("Хироси Накамуры", "под председательством", "gent")
    'Хироси Накамура'
    >>> nominative_name("Александра Гелбер", ""), nominative_name("Кваме Асанте", "составе:"), nominative_name("Гада Вали", "УНП ООН")
    ('Александра Гелбер', 'Кваме Асанте', 'Гада Вали')
    """
    words = name.split()
    if hint == "nomn":
        return name
    appositive = None
    last_word = before.rstrip().split()[-1] if before.strip() and before.rstrip()[-1:].isalpha() else ""
    if hint is None and last_word and any(p.tag.POS in ("VERB", "PRTS") and p.tag.gender == "femn" and "intr" in p.tag
                                          for p in morph.parse(last_word)[:1]):
        return name  # the subject of an intransitive verb in the feminine: «присутствовала Амина Диарра»
    hint = hint or _surely_oblique(words)  # «…, Денниса Фрэнсиса»: no word of it can be nominative
    titled = before[-300:].rstrip()  # every rule here looks at the last words only
    title_case = next((case for rx, case in TITLE_CASE if rx.search(titled[-30:])), None)  # titles are short
    last_title = titled.split()[-1].lower() if titled.split() else ""
    if title_case is None and last_title in TITLE_FORMS:  # «Президенту Бердымухамедову» -> datv
        title_case = _first_case({p.tag.case for p in morph.parse(last_title) if p.tag.POS == "NOUN"} - {"nomn"})
    hint = hint or title_case
    if hint is None and NOMINATIVE_TITLE.search(titled[-40:]):
        return name  # «Его Превосходительство Умару Яр’Адуа», «г-н Иванов»: the title is nominative, so is the name
    # the name's own forms («с Мариусом Лукошюнасом»), or a person noun it stands by («адвокатом Дженсом …»)
    form = form_case(words) if hint is None else None
    if hint is None and form is None and titled[-1:].isalpha():
        form = noun_case_before(titled.split()[-1])
    hint = hint or form
    prev = TITLES_AT_END.sub("", titled).rstrip()
    last = prev.split()[-1] if prev.split() else ""
    coordinated = last in ("и", "или") and _only_oblique(words[0])
    if hint is None and not coordinated and (last.isupper() or STATE_NOUN.fullmatch(last)):
        # «президента США Джо Байдена»: the noun before the abbreviations governs the name
        rest = prev.split()
        while rest and ((rest[-1].strip(".,").isupper() and len(rest[-1]) > 1) or rest[-1] == "при" or (
                rest[-1][:1].isupper() and any("Geox" in p.tag for p in morph.parse(rest[-1])[:1]))
                or (len(rest) > 1 and STATE_NOUN.fullmatch(rest[-1]))):
            rest.pop()  # «представителя Аргентины при ООН Федерико Вильегаса»: the state and «при ООН» too
        while len(rest) > 1 and rest[-1][:1].isupper() and any(p.tag.POS == "ADJF" and p.tag.case == "gent"
                                                               for p in morph.parse(rest[-1])[:2]):
            rest.pop()  # «Президента Азербайджанской Республики Ильхама Алиева»: the state's adjective too
        nouns = [p for p in morph.parse(rest[-1].strip(".,")) if p.tag.POS == "NOUN" and "anim" in p.tag] if rest else []
        if nouns and not any(p.tag.case == "nomn" for p in nouns):
            hint = appositive = _first_case({p.tag.case for p in nouns})
    if hint is None and not coordinated and last.endswith(","):
        # «поздравил председателя 79-й сессии Генассамблеи, Филемона Яна»: an apposition to a role noun
        role_case = _role_case(" ".join(prev.split()[-6:]))
        if role_case not in (None, "nomn"):
            hint = appositive = role_case
    if hint is None and not coordinated:
        if not last or last[-1] in ":,;(«\"—–-" or last.isupper():
            return name
        role_case = _role_case(prev)
        if role_case == "nomn":
            return name  # apposition to a role noun in the nominative: «Директор-исполнитель … Гада Вали»
        top = morph.parse(last.strip(".,"))[0]
        if top.tag.POS not in ("NOUN", "ADJF", "PRTF", "PRTS", "PREP", "VERB", "NUMR", "INFN", "GRND"):
            return name  # «… и Хироси Танака»: a conjunction governs no case
        hint = role_case
    votes = {}
    for w in words:
        if not morph.is_known(w):
            continue  # a guess is no vote: «Хироси» is not a case form of «Хирося»
        cases = {p.tag.case for p in morph.parse(w)
                 if PERSON_TAGS & set(p.tag.grammemes) and "Fixd" not in p.tag and p.tag.number == "sing"}
        for case in sorted(cases, key=_case_rank):  # a fixed order: ties go to the case listed first
            votes[case] = votes.get(case, 0) + 1
    oblique = {c: v for c, v in votes.items() if c not in (None, "nomn", "voct")}  # «Диан» is no vocative
    if oblique:
        allowed = lambda c: sum(any(p.tag.case == c for p in morph.parse(w)) for w in words)
        case = max(oblique, key=lambda c: (oblique[c], allowed(c), c == hint))
        strong = title_case is not None or hint == "ablt" or appositive is not None or form is not None  # «г-на X»
        if votes.get("nomn", 0) >= oblique[case] and not strong:
            return name  # as likely nominative, and nothing in the context says otherwise
        first = [p for p in morph.parse(words[0]) if "Name" in p.tag and "Fixd" not in p.tag]
        if morph.is_known(words[0]) and first and not any(p.tag.case == case for p in first):
            return name  # the first name does not decline that way: «Мария Иванова» is nominative
    elif hint in DECLENSION:
        case = hint
    else:
        return name
    if len(words) > 1 and re.search(r"(?:ск|цк|зк)ая$", words[-1]):  # no oblique case ends so
        return name  # «Офиса президента Юлия Соколовская»: a surname in «-ская» is nominative, so is the name
    out = []
    genders = {p.tag.gender for w in words if morph.is_known(w)
               for p in morph.parse(w) if "Name" in p.tag and p.tag.case == case}
    if not genders:  # no first name known: the surname's gender («Замиром Кабуловым», «Фритьофа Нансена»)
        genders = {p.tag.gender for w in words  # a guess will do: «Кабуловым» reads as a surname
                   for p in morph.parse(w)[:2] if "Surn" in p.tag and p.tag.case == case and p.tag.number == "sing"}
    # None: nothing says; a genitive in «-а» or an instrumental in «-ом» is a man's name anyway («д-ра Усена»)
    masculine = True if "masc" in genders else (False if genders else None)
    if masculine is None and case != title_case and case != hint:
        masculine = False  # the case is only the words' own guess: no ending dropped on a guess
    if masculine is None and len(words) > 1 and not morph.is_known(words[-1]):
        bare = _undecline(words[-1], case, None)  # «Вука Еремича»: a surname that only a man's declension explains
        masculine = True if bare and bare[-1] not in "аеёиоуыэюяь" and bare != words[-1] else None
    if form == "ablt" and words[0].endswith(("ом", "ем", "ём")):
        masculine = True  # «Мариусом»: a woman's name does not end so
    if re.search(r"(?:[Гг]-н\w*|господин\w*)$", titled):
        masculine = True  # «г-на Рамиро Эчеверрии Лопеса»
    elif re.search(r"(?:[Гг]-ж\w*|госпож\w*)$", titled):
        masculine = False
    for w in words:
        form = None
        parses = morph.parse(w)
        if not morph.is_known(w):
            short = masculine and "-" not in w  # «Вука» -> «Вук», not «Кара-Мурзы» -> «Кар-Мурза»
            out.append("-".join((_undecline(part, case, masculine) if len(part) > 4 or (short and len(part) == 4) else None) or part
                                for part in w.split("-")))  # «Бруном-Петерсоном»: each part declines
            continue
        if form is not None or not any("Fixd" in p.tag for p in parses):  # «Марку Гриффитсу»: the case is shown
            for p in sorted(parses, key=lambda p: not PERSON_TAGS & set(p.tag.grammemes)):  # «Полем»: Поль, not поле
                if p.tag.case == case and p.tag.POS == "NOUN" and p.tag.number == "sing" and "Fixd" not in p.tag and (
                        morph.is_known(w) or PERSON_TAGS & set(p.tag.grammemes)) and p.tag.gender != "neut":  # «Сена»: no «сено»
                    f = p.inflect({"nomn", "sing"})
                    if f is not None:
                        form = morph._match_case(w, f.word if "ё" in w else f.word.replace("ё", "е"))
                        break
        if form is None and w is words[-1] and len(words) > 1 and masculine is not None:
            # a surname the dictionary reads as an adjective only: «Олега Трояновского» -> «Трояновский»
            adj = [p for p in parses if p.tag.POS == "ADJF" and p.tag.case == case and p.tag.number == "sing"]
            f = adj[0].inflect({"nomn", "sing", "masc" if masculine else "femn"}) if adj else None
            form = morph._match_case(w, f.word) if f is not None else None
        out.append(form or w)
    return " ".join(out)


RUSSIAN_OBLIQUE = ("ом", "ем", "ой", "ей", "ым", "им", "ого", "его", "ому", "ему")


def _surely_oblique(words):
    """The case of a name none of whose known words can be nominative, and
    that all of them share («Денниса Фрэнсиса» -> gent); else None.

    >>> _surely_oblique(["Денниса", "Фрэнсиса"]), _surely_oblique(["Карлус", "Алберту", "Амарал"])
    ('gent', None)
    """
    common, known = None, 0
    for w in words:
        if not morph.is_known(w):
            continue
        known += 1
        cases = {p.tag.case for p in morph.parse(w)
                 if PERSON_TAGS & set(p.tag.grammemes) and "Fixd" not in p.tag and p.tag.number == "sing"}
        if not cases or "nomn" in cases:
            return None
        common = cases if common is None else common & cases
    # two words at least, or a surname: a first name alone may be a foreign
    # name that only looks declined («Карлус Алберту Амарал»)
    if not common:
        return None
    surname = any("Surn" in p.tag and p.tag.case in common for w in words if morph.is_known(w) for p in morph.parse(w))
    # an ending only Russian declension makes («Валентином», «Ольгой»)
    russian = any(morph.is_known(w) and w.endswith(RUSSIAN_OBLIQUE) for w in words)
    return _first_case(common) if known >= 2 or surname or russian else None


def _only_oblique(word: str) -> bool:
    """A known first name with no nominative reading («Томаса», «Ивана»)."""
    parses = [p for p in morph.parse(word) if "Name" in p.tag]
    return morph.is_known(word) and bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def _undecline(word: str, case: str, masculine=True):
    """The nominative of an unknown name in ``case``; ``masculine`` True,
    False or None (not known: only endings a woman's name cannot have lose
    their ending: «Усена» gent -> «Усен», «Намбияром» ablt -> «Намбияр»).

    >>> _undecline("Усена", "gent", None), _undecline("Туивага", "gent", False), _undecline("Виджеем", "ablt", None)
    ('Усен', None, 'Виджей')
    """
    if re.search(r"([^аеёиоуыэюяй])\1и$", word):
        return None  # «Никки», «Пегги»: a doubled consonant before «-и» is a foreign name that does not decline
    if not masculine:
        for ending, nominative in DECLENSION_F.get(case, ()):
            if word.endswith(ending):
                return word[:-len(ending)] + nominative
    if case == "ablt" and masculine and word.endswith("ем") and not word.endswith("еем"):
        return undecline_ablt_em(word)
    for ending, nominative in DECLENSION.get(case, ()):
        if word.endswith(ending):
            if nominative in ("", "ь", "й") and not masculine and not (
                    masculine is None and (case, ending) in (("gent", "а"), ("ablt", "ом"), ("ablt", "еем"), ("datv", "у"))):
                return None  # «Кэтрин Туивага»: a woman's foreign surname does not decline
            return word[:-len(ending)] + nominative
    return None


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    w = word.lower().replace("ё", "е")
    for e in ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[:-len(e)]
    return w


def _case_rank(case):
    return CASE_ORDER.index(case) if case in CASE_ORDER else len(CASE_ORDER)


def _first_case(cases):
    """One case for a form that has several (an animate «секретаря» is read
    as genitive, not accusative)."""
    return next((c for c in CASE_ORDER if c in cases), None)


def _apposition_case(apposition: str):
    """Case of the role noun opening an apposition («, заместителя Председателя» -> gent)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", apposition)[:3]
    if words and morph.parse(words[0])[0].tag.POS == "PRTF" and re.search(r"обязанност", apposition):
        return morph.parse(words[0])[0].tag.case  # «…, исполнявшего обязанности Председателя»
    envoy = re.search(r"(поверенн\w+)\s+в\s+делах", apposition[:40], re.I)
    if envoy:  # «Дороти Ши, временной поверенной в делах США» -> gent
        return _first_case({p.tag.case for p in morph.parse(envoy.group(1)) if p.tag.POS in ("PRTF", "ADJF", "NOUN")})
    for w in words:  # the role noun, after its adjectives («Генеральный секретарь»)
        parses = [p for p in morph.parse(w) if p.tag.POS == "NOUN"]
        if not parses:
            continue
        if parses[0].normal_form not in ROLE_NOUNS | {"секретарь", "директор", "профессор", "председатель"}:
            return None
        cases = {p.tag.case for p in parses}
        return _first_case(cases)
    return None


def _role_case(before: str):
    """The grammatical case of the role word right before a name, if any
    («Председателем Карлоса …» -> ablt, «Генерального секретаря Кофи …» -> gent)."""
    tail = before[-120:]
    if not any(stem in tail.lower() for stem in ROLE_STEMS):
        return None  # no role noun at all (a substring test, much cheaper than parsing every word)
    words = re.findall(r"[А-ЯЁа-яё-]+", tail)[-9:]
    role_noun = lambda w: morph.parse(w)[0].normal_form in ROLE_NOUNS | {"секретарь", "докладчик", "директор"}
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if role_noun(w):
            # «Специальным советником Генерального секретаря X»: the head noun, not its genitive
            between_adjective = i >= 2 and morph.parse(words[i - 1])[0].tag.POS == "ADJF"
            head = next((words[j] for j in ((i - 1, i - 2) if between_adjective else (i - 1,))
                         if j >= 0 and role_noun(words[j])), None)
            verb_after = any(morph.parse(x)[0].tag.POS in ("VERB", "PRTS", "INFN") for x in words[i + 1:])
            if head is not None and not verb_after and any(p.tag.case == "gent" for p in morph.parse(words[i])):
                w = head  # (not across a verb: «заместителем Председателя был избран X» is nominative)
            cases = {p.tag.case for p in morph.parse(w) if p.tag.POS == "NOUN"}
            if "nomn" in cases:
                return "nomn"
            return _first_case(cases)
    return None


def _governing_noun(word: str) -> bool:
    """An inanimate common noun in an oblique case («Комиссии»), or a role
    noun in one («Председателем», «Докладчиком»): it governs a name after
    it and is not part of it (an animate noun may be a foreign name: «Гада»)."""
    parses = morph.parse(word)
    if len(word) >= 5 and parses[0].tag.POS == "NOUN" and parses[0].normal_form in ROLE_NOUNS:
        return True  # «Докладчик Иван Петров (Болгария)»: a role noun in any case is no part of the name
    if len(word) < 5 or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses):
        return False  # short words may be names («Ану Луизу Мартинс»)
    lemma = parses[0].normal_form
    return lemma in ROLE_NOUNS or all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses[:2])


def _strip_title(text, a, b):
    """Cut titles and leading capitalised common words off a candidate:
    «Председатель Комиссии Мирослава Ковальчик» -> «Мирослава Ковальчик»."""
    # right after «г-н», the next word opens the name: «Г-н Хамад Саид аль-Мансури» («хамад»: deserts)
    titled = TITLE_ABBREVIATION.search(text, max(0, a - 12), a) is not None
    while a < b:
        m = TITLES.match(text, a, b)
        if m:
            a, titled = m.end(), bool(TITLE_ABBREVIATION.search(m.group().rstrip() + " "))
            continue
        w = re.match(r"([А-ЯЁ][а-яё]+(?:-[а-яё]+)*)[ \t\n]+(?=[А-ЯЁ])", text[a:b])
        if (w and not titled and len(text[a + w.end():b].split()) >= 2 and not _unexplained(w.group(1))
                and (_governing_noun(w.group(1)) or re.search(r"(?:министр|премьер)$", w.group(1), re.I))):
            a += w.end()  # an oblique common noun governs the name: «Комиссии», «Докладчиком»; «Вице-премьер-министр X»
            continue
        return a, b
    return a, b


def _trim_adjective(text, a, b):
    """Drop a capitalised adjective from a name's end: «принца Бернарда
    Нидерландских» is «Бернарда»."""
    m = re.search(r"\s+([А-ЯЁ][а-яё]+)$", text[a:b])
    if m and morph.is_known(m.group(1)) and all(p.tag.POS == "ADJF" and p.tag.number == "plur"
                                                for p in morph.parse(m.group(1))[:2]) and (
            not any(PERSON_TAGS & set(p.tag.grammemes) for p in morph.parse(m.group(1)))):
        return a, a + m.start()
    return a, b


def _could_be_name(word: str) -> bool:
    """A word the dictionary does not explain, or one it reads as a name
    among its readings («Полянского»)."""
    return _unexplained(word) or any(PERSON_TAGS & set(p.tag.grammemes) for p in morph.parse(word))


def _initials_spaced(name: str) -> str:
    """«Д.А.Полянский» -> «Д. А. Полянский» (the SPEC's norm).

    >>> _initials_spaced("Д.А.Полянский"), _initials_spaced("А. Гутерриш"), _initials_spaced("Э.И.Ф."), _initials_spaced("Дж.Перри")
    ('Д. А. Полянский', 'А. Гутерриш', 'Э. И. Ф.', 'Дж. Перри')
    """
    return re.sub(r"(?<=\b[А-ЯЁ]\.)(?=[А-ЯЁ])|(?<=\bДж\.)(?=[А-ЯЁ])", " ", name)


def _recase(name: str) -> str:
    """Words in capitals in ordinary capitalisation: «Мариньо МЕНЕНДЕС» ->
    «Мариньо Менендес» (initials and short words stay).

    >>> _recase("ПИЛЛАИ"), _recase("Мариньо МЕНЕНДЕС"), _recase("ТОМАС-ГРИНФИЛД")
    ('Пиллаи', 'Мариньо Менендес', 'Томас-Гринфилд')
    """
    return re.sub(r"[А-ЯЁ]{2,}", lambda m: m.group().capitalize(), name)


def _unspace(spaced: str) -> str:
    """A letter-spaced name as words: «П е т р о в» -> «Петров», «И в а н  П е т р о в» ->
    «Иван Петров», «С М И Т» -> «СМИТ» (recased later).

    >>> _unspace("И в а н  П е т р о в"), _unspace("И в а н П е т р о в"), _unspace("С М И Т")
    ('Иван Петров', 'Иван Петров', 'СМИТ')
    """
    words = re.split(r"[ \t]{2,}", spaced.strip())
    return " ".join(re.sub(r"[ \t]+(?=[а-яё])", "", w) if re.search(r"[а-яё]", w) else re.sub(r"[ \t]+", "", w)
                    for w in words)


def _agreeing_case(title: str, word: str):
    """The case a head-of-state title and the word after it share, other
    than the nominative and genitive («Президенту Дуде» -> datv; «Президент
    Ассамблеи», «Президента Республики» -> None): a surname the dictionary
    reads as a common noun still agrees with its title.

    >>> _agreeing_case("Президенту", "Дуде"), _agreeing_case("Президент", "Ассамблеи")
    ('datv', None)
    """
    cases = {p.tag.case for p in morph.parse(title) if p.tag.POS == "NOUN" and p.tag.number == "sing"}
    shared = cases & {p.tag.case for p in morph.parse(word) if p.tag.number in (None, "sing")} - {"nomn", "gent", "accs"}
    return _first_case(shared)


def _recase_latin(name: str) -> str:
    """A Latin name in capitals in ordinary capitalisation, its initials a
    space apart; a name in ordinary letters stays as written.

    >>> _recase_latin("A.C. LAHORE CALDERÓN"), _recase_latin("M.-L. OVERVAD"), _recase_latin("W.O. Hall")
    ('A. C. Lahore Calderón', 'M.-L. Overvad', 'W.O. Hall')
    """
    if not re.search(r"[A-ZÀ-ÖØ-Þ]{2,}", name):
        return name
    name = re.sub(r"[A-ZÀ-ÖØ-Þ]{2,}", lambda m: m.group().capitalize(), name)
    return re.sub(r"(?<=\b[A-Z]\.)(?=[A-Z]\.?\s)", " ", name)


def _looks_like_name(s: str) -> bool:
    words = [m.group() for m in TOKEN.finditer(s)]
    if not (1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w not in ("-", "’", "'", "д") and w.split("-")[0] not in PARTICLES)):
        return False
    if any(len(w) >= 3 and w.isalpha() and not VOWEL.search(w) for w in words):
        return False  # «Вздр.», «Пркт»: an abbreviation or OCR debris, no vowel to say it
    # at least one word no dictionary explains as a common word («Секретариатом»,
    # «Директора-исполнителя», «Государство-участник» are not names)
    return any(_unexplained(w) and not all(p and not _unexplained(p.capitalize()) for p in w.split("-"))
               for w in words if w[:1].isalpha())

