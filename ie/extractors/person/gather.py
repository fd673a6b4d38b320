"""Gathering candidates: every source of names, merged into one table of
spans and the rule that found each («name-bracket», «title-name», «ner», …);
:mod:`ie.extractors.person` then decides SPEAKER or PERSON for each."""

from __future__ import annotations

import re
from dataclasses import replace

from ... import morph
from ...lines import reading_span
from ...normalize import ORIGINAL_LINE_END

from .patterns import (
    ROLE_NOUNS,
    PERSON_TAGS,
    ADDRESSED_ROLE,
    AUTHOR_HEADING,
    AUTHOR_INITIALS,
    INITIALS_NAME,
    LEADER_NAME,
    LEADER_TITLE,
    NAME_BRACKET,
    PARTICLE_NAME,
    TWO_INITIALS,
    PHOTO_CREDIT,
    LATIN_PHOTO_CREDIT,
    PREFIXED_NAME,
    REP_BEFORE,
    REP_NAME,
    TRANSCRIPT_NAME,
    TITLE_NAME,
    LETTER_SPACED,
    SPLIT_TAIL,
    TITLE_SPACED_CAPS,
    LATIN_CAPS_NAME,
    MONSIEUR_NAME,
    TOPIC_BEFORE,
)
from .names import (
    _could_be_name,
    _looks_like_name,
    _trim_adjective,
    _agreeing_case,
    _unspace,
    _strip_title,
    _unexplained,
)


from .spans import _Intervals
from .candidates import (
    _bracket_list_names,
    _first_name,
    _latin_names,
    _merge_neighbours,
    _name_runs,
    _trim_caps,
    _with_initials,
    _inverted_name,
    _within_paragraph,
    needs_ner,
    other_language,
)
from .oblique import opens_sentence
from .edges import INVERTED_INITIALS, LATIN_INITIAL, LATIN_WORD, only_initials, opens_phrase, signatures, split_oblique_surname, trim_phrase_word, trim_what_noun


# a line of a record cover's list that is one surname in capitals, a given name after it maybe
COVER_NAME_LINE = re.compile(r"^[ \t]*([А-ЯЁ]{2,}(?:[-’'][А-ЯЁ]{2,})?(?:[ \t]+[А-ЯЁ][а-яё]+)?)[ \t]*$", re.M)
# an East Asian given name after a surname in capitals, ending its line: «г-н ДИН Юаньхун», «г-н ЛИ Луе»
GIVEN_AFTER_CAPS = re.compile(r"[ \t]+([А-ЯЁ][а-яё]+)(?![\w-])")
# a particle glued to the surname, and the first name before it («Мигель д’Эското Брокманн»)
GLUED_PARTICLE = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+[ \t]+)?[дД][’']$")
# a head of state's title and a state right before an initial: «президент США Д. Эйзенхауэр» (the surname may be a
# word the dictionary knows: «Эйзенхауэр» reads as a common noun)
LEADER_STATE_BEFORE = re.compile(LEADER_TITLE + r"(?:[А-ЯЁ]{2,}|[А-ЯЁ][а-яё]+)\s+$")
# initials and a surname in capitals with no title, in a heading in capitals: «… ПРИ ЮНЕСКО В.А.КАЛАМАНОВА НА …»
INITIALS_CAPS = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.[ \t]?){1,2}([А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?)(?![\w.-])")
# a news agency's one-word name: «Арменпресс», «Казинформ», «Азертадж»
AGENCY_WORD = re.compile(r"(?:пресс|информ|тадж)$")

# candidate sources whose first capitalised word must be able to be a name
NAME_CHECKED = ("initials-name", "leader-name", "particle-name", "inverted-initials")

# (on the original lines) a line of an agency's acronym and a Latin name: «ВОЗ / Pierre Albouy»
CREDIT_NAME = r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2})"
LINE_PHOTO_CREDIT = re.compile(rf"(?:^|\n)[ \t]*[A-ZА-ЯЁ]{{2,8}}[ \t]*/[ \t]*{CREDIT_NAME}[ \t]*(?=\n|$)")
# … and the other way round, the name first: «Andrei Mardari / NewsMaker» on a line of its own
LINE_CREDIT_NAME_FIRST = re.compile(rf"(?:^|\n)[ \t]*{CREDIT_NAME}[ \t]*/[ \t]*[A-Z][\w.-]{{1,20}}[ \t]*(?=\n|$)")
# (on the original lines) a news agency's sign-off of its writers' initials: «*Н.Ф./Х.М.»
SIGN_OFF = re.compile(r"(?m)^[ \t]*\*[ \t]*((?:[А-ЯЁ]\.){2})[ \t]*/[ \t]*((?:[А-ЯЁ]\.){2})[ \t]*$")


def _past_state(text, countries, a, b):
    """Where a candidate at ``a:b`` starts once a state heading it is cut off
    («Иран Мохаммад Резаи» -> «Мохаммад Резаи»): ``a`` when none heads it,
    None when the state is all of it."""
    lead = countries.covering(a)
    if lead is None:
        return a
    if lead.end >= b:
        return None
    return lead.end + len(text[lead.end:b]) - len(text[lead.end:b].lstrip())


CAPS_NAME = re.compile(r"(?<![\w-])[А-ЯЁ]{3,}[ \t]+[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?![\w-])")  # a first name and surname in capitals
TEXT_END = re.compile(r"\s*\Z")  # (the passage ends after the word: only the spaces after it are read)
GLUED_TITLE = re.compile(r"[Гг][-‑](?:н|жа)(?=[А-ЯЁ][а-яё])")
# a body's compound short name: «Исполсовет», «Генассамблея», «Генконференция» (no person's name)
BODY_COMPOUND = re.compile(r"[А-ЯЁ][а-яё]{2,6}(?:совет|комитет|ассамбле|конференци|комисси|собрани)[а-яё]{0,3}")


def _drop_opener(text, a, b):
    """Start a candidate after a capitalised function word opening the sentence
    («Вчера», «Сегодня», «Как»): no part of the name after it."""
    w = re.match(r"([А-ЯЁ][а-яё]+)[ \t]+(?=[А-ЯЁ])", text[a:b])
    if w and re.search(r"[а-яё,][ \t]+$", text[max(0, a - 3):a]):
        return a  # mid-sentence, after a lower-case word: part of the name («Посол Ле Тхи Хонг Ван»)
    return a + w.end() if w and opens_sentence(w.group(1)) and not any(
        p.tag.POS == "NOUN" for p in morph.parse(w.group(1))[:3]) else a  # («Али» is a first name, «Ван» a surname)


# what a page glues after a name with no space: a speaking verb, or a word of another script
GLUED_VERB = re.compile(r"(?<=[а-яё]{3})(?:заявил|сообщил|отметил|подчеркнул|сказал|добавил|рассказал|выступил|призвал)[аи]?$")
OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-zÀ-ɏЀ-ӿ’']")


def _cut_glued(text, a, b):
    """End a candidate before what a page glued onto its last word."""
    other = OTHER_SCRIPT.search(text, a, b)
    if other and other.start() > a:
        b = other.start()
    verb = GLUED_VERB.search(text, a, b)
    return verb.start() if verb else b


def _twice(found, text):
    """A name the NER read as the same words twice («Дани Данон\nДани Данон»: a photo's name and its
    caption, on lines the reading text joins) is two mentions."""
    for c in found:
        words = list(re.finditer(r"\S+", text[c.start:c.end]))
        half = len(words) // 2
        if len(words) >= 4 and len(words) % 2 == 0 and [w.group() for w in words[:half]] == [w.group() for w in words[half:]]:
            for part in (words[:half], words[half:]):
                lo, hi = c.start + part[0].start(), c.start + part[-1].end()
                yield replace(c, start=lo, end=hi, text=text[lo:hi])
        else:
            yield c


# a Chinese name in the old transliteration, a syllable and two hyphenated ones: «Го Тай-Ци», «Цзян Тин-фу»
SYLLABLE_NAME = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{1,4}[ \t]*\n?[ \t]*[А-ЯЁ][а-яё]{1,4}-[А-ЯЁа-яё][а-яё]{1,4})(?![\w-])")


def _syllables(name):
    """No syllable of «Го Тай-Ци» is a common word («Йорк Г-н», «Тв-Эфир» are none)."""
    return not any(len(w) >= 4 and morph.is_known(w.lower()) and not _could_be_name(w.capitalize())
                   for w in re.split(r"[\s-]+", name))


# a state, a dash and one surname, then a comma, «и» or a line's end: an item of a list of delegates
STATE_DASH_NAME = re.compile(r"[ \t]*[-–—][ \t]*\n?[ \t]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?=[ \t]*(?:,|\n|и(?![\w-])))[ \t]*,?[ \t]*")


def _dash_list_items(text, countries):
    """The items «<state> - <surname>,» that stand in a list of two or more: the next state starts where the
    item ends, or an item of a state at most 60 characters back ends where this state starts."""
    items = {c.start: m for c in countries if (m := STATE_DASH_NAME.match(text, c.end))}
    ends = {m.end(): start for start, m in items.items()}  # (of two items ending at one place, the later state)
    return [m for start, m in items.items() if m.end() in items or ends.get(start) is not None and ends[start] >= start - 60]


def _tag_list(text, a, b):
    """A run of four or more words is a list of names where a known first name follows a word that is none:
    «Иван Сомов Василий Небензя» (a news page's tags) is two names; «Жан Франсуа Гаскон» stays one."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) < 4 or re.search(r"(?<![-\u00ad])\n", text[a:b]) or not all(w.group()[:1].isupper() for w in words):  # «Зейда Раада аль Хусейна»
        return [(a, b)]
    cuts = [i for i in range(2, len(words) - 1) if _first_name(words[i].group()) and not _first_name(words[i - 1].group())]
    bounds = [0] + cuts + [len(words)]
    return [(a + words[i].start(), a + words[j - 1].end()) for i, j in zip(bounds, bounds[1:])]


LATIN_IN_BRACKETS = re.compile(rf"[ \t]*\(((?:{LATIN_WORD}[ \t]+){{1,2}}{LATIN_WORD})\)")  # (LATIN_ALIAS, shorter)
CYRILLIC_RUN = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?[ \t]+)*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?$")


def _transliterated(text):
    """Russian names a text writes in Latin letters too, in brackets, word for
    word with agreeing first letters: «Ко Гон (Goh Kun)», «Квак Кёль Хо (Kwak
    Kyul-Ho)» (slovnet misses many East Asian names; «Новой Зеландии (New
    Zealand)» is a state, left to the country layer)."""
    for m in LATIN_IN_BRACKETS.finditer(text):
        latin = re.split(r"[ \t-]+", m.group(1))
        run = CYRILLIC_RUN.search(text, max(0, m.start() - 80), m.start())
        pieces = list(re.finditer(r"[А-ЯЁа-яё]+", run.group())) if run else []
        if len(pieces) < len(latin):
            continue
        pieces = pieces[len(pieces) - len(latin):]
        if all(l[0] in LATIN_INITIAL.get(c.group()[0].upper(), "") for c, l in zip(pieces, latin)):
            yield run.start() + pieces[0].start(), run.end()


def _adjectives_only(name: str) -> bool:
    """Two words or more, each an adjective first and never a name: «Витайской Народной» (an OCR'd «Китайской
    Народной» before «Республики»), not «Марии Соколовской»."""
    words = re.findall(r"[А-ЯЁа-яё]+", re.sub(r"-\s+", "", name))
    parses = [morph.parse(w) for w in words]
    return len(words) >= 2 and all(ps[0].tag.POS == "ADJF" and not any(PERSON_TAGS & set(p.tag.grammemes) for p in ps[:3])
                                   for ps in parses)


# role nouns the press shortens, which the NER may read as a name: «Спецпредставителю Генсекретаря»
SHORT_ROLES = ROLE_NOUNS | {"спецпредставитель", "генсекретарь", "генсек", "замгенсек", "постпред", "спецпосланник"}


def _roles_only(name: str) -> bool:
    """Every word a role noun: «Спецпредставителю Генсекретаря» (the NER's), no name."""
    words = re.findall(r"[А-ЯЁа-яё-]+", name)
    return bool(words) and all(any(p.normal_form in SHORT_ROLES for p in morph.parse(w)[:2]) for w in words)


def gather(ctx, text, countries, use_ner):
    """The candidates of a text: {(start, end): rule}, the case a title shows
    for some of them, the transcript labels' titles, and their ranges."""
    cands = {}
    hints = {}  # candidate -> the case its title shows («Президенту Дуде» -> datv)
    taken = _Intervals([])  # the candidates' ranges, for overlap tests by bisection

    def add(a, b, rule):
        b = a + len(text[a:b].rstrip("’'"))  # «НоэльБэйкер’»: a closing quote, no part of the name
        cands[(a, b)] = rule
        taken.add(a, b)

    for m in NAME_BRACKET.finditer(text):
        inner = countries.at(m.start(2))
        if inner is not None and inner.end == m.end(2):
            a, b = _strip_title(text, *_within_paragraph(ctx, m.start(1), m.end(1), keep="last"))
            lead = re.match(r"[А-ЯЁ][а-яё]+\s+(?=[А-ЯЁ])", text[a:b])  # «Помимо Харашти (Венгрия)»: a preposition
            if lead and any(p.tag.POS == "PREP" for p in morph.parse(lead.group().strip())[:1]):
                a += lead.end()
            if b > a and not countries.overlaps(a, b):
                add(a, b, "name-bracket")
    labels = {}  # a transcript label's name -> its title («ПОСОЛ»)
    for m in TRANSCRIPT_NAME.finditer(ctx.reading.lines):  # «ПОСОЛ ХЕЙЛИ:  Добрый день»
        span = reading_span(ctx.reading, *m.span(2))
        if span is not None and not taken.overlaps(*span):
            add(*span, "transcript-label")
            labels[span] = m.group(1)
    for lo, hi in ctx.cover.blocks:  # a surname in capitals alone on its line of a record cover's list: «ДЖУДИ\nДЕЛЬПЕЧ\nЛИ Луе»
        for m in COVER_NAME_LINE.finditer(ctx.reading.lines, lo, hi):
            span = reading_span(ctx.reading, *m.span(1))
            if span is not None and not taken.overlaps(*span) and not countries.overlaps(*span):
                add(*span, "cover-name")
    for rx, rule in ((LINE_PHOTO_CREDIT, "photo-credit"), (LINE_CREDIT_NAME_FIRST, "photo-credit"), (SIGN_OFF, "author-initials")):
        for m in rx.finditer(ctx.reading.lines):  # «ВОЗ / Pierre Albouy», «*Н.Ф./Х.М.» on a line of its own
            for g in range(1, (m.lastindex or 0) + 1):
                span = reading_span(ctx.reading, *m.span(g))
                if span is not None and not taken.overlaps(*span):
                    add(*span, rule)
    for m in MONSIEUR_NAME.finditer(text):
        add(m.start(1), m.end(1), "title-name")  # «Председатель: М. БЁРНС»
    for rx in (TITLE_SPACED_CAPS, LETTER_SPACED):  # «г-н  С М И Т», «П е т р о в»
        for m in rx.finditer(text):
            a, b = m.span(1)
            word = _unspace(m.group(1)).split()[-1]
            if _could_be_name(word.capitalize()) and not taken.overlaps(a, b) and not countries.overlaps(a, b):
                add(a, b, "letter-spaced")
    for m in TITLE_NAME.finditer(text):
        a, b = _within_paragraph(ctx, *m.span(1))
        if ADDRESSED_ROLE.match(text, a) or taken.overlaps(a, b):
            continue
        b = _trim_caps(text, a, b)
        a, b = trim_phrase_word(text, a, b)  # «г-на Майкла Вуда Специальным докладчиком»
        tail = SPLIT_TAIL.match(text, b)
        if tail and not morph.is_known(text[a:b].split()[-1] + tail.group().strip()):
            b = tail.end()  # «Шлите р»: a letter split off the name
        given = GIVEN_AFTER_CAPS.match(text, b)
        if given and text[a:b].isupper() and _unexplained(given.group(1)) \
                and ORIGINAL_LINE_END.match(ctx.reading.lines, ctx.reading.offset(given.end(1) - 1) + 1):
            b = given.end(1)  # «г-н ДИН Юаньхун»: the surname in capitals, then the given name, the line's end
        if not countries.overlaps(a, b) and not taken.overlaps(a, b):
            add(a, b, "title-name")
    for m in LATIN_CAPS_NAME.finditer(text):  # «Г-жа M.-L. OVERVAD», «Д-р F. ANTEZANA ARANÍBAR»
        a, b = m.span(1)
        if not taken.overlaps(a, b) and not countries.overlaps(a, b):
            add(a, b, "latin-caps-name")
    for a, b in _latin_names(ctx):
        if not taken.overlaps(a, b) and not countries.overlaps(a, b):
            add(a, b, "latin-name")
    for a, b in _transliterated(text):  # «Ко Гон (Goh Kun)»: a name the text gives in Latin letters too
        if not taken.overlaps(a, b) and not countries.overlaps(a, b):
            add(a, b, "transliterated")

    def more(sources):
        for rx, rule in sources:
            for m in rx.finditer(text):
                a, b = _within_paragraph(ctx, *m.span(m.lastindex or 0))
                if rule == "initials-name" and only_initials(text, a, b):
                    a, b = m.span()  # «В.В.\nРачков»: initials and their surname across a line break (checked below)
                elif rule == "inverted-initials":
                    a, b = m.span(1)  # «Вовченко\nА. В.»: the pattern takes one line break before the initials
                b = a + len(text[a:b].rstrip())
                a = _drop_opener(text, a, b) if rule == "particle-name" else a
                past = _past_state(text, countries, a, b)  # «принцессу Иордании Хайя бинт аль Хуссейн»
                a = a if past is None else past
                word = re.search(r"[А-ЯЁ][а-яё]+", text[a:b])  # after the country: «президента Гвинеи Секу Туре»
                if rule in NAME_CHECKED and rule != "leader-name":
                    if word and not _could_be_name(word.group()) and not TWO_INITIALS.match(text, a) \
                            and not (rule == "initials-name" and LEADER_STATE_BEFORE.search(text, max(0, a - 60), a)):
                        continue  # «А. Введение» (but «П. Н. Соколовского», «М.А. Колле»: two initials make a surname)
                if rule == "syllable-name" and not _syllables(text[a:b]):
                    continue
                if rule == "photo-credit" and " " not in text[a:b].strip() and word and not _could_be_name(word.group()):
                    continue  # «/ Фотохроника ТАСС»: an agency's service, no name
                if rule == "leader-name" and word and opens_phrase(text, a + word.start(), a + word.end()):
                    continue  # «Президентом Всемирной метеорологической организации»
                if rule == "leader-name" and not (word and _could_be_name(word.group())):
                    case = _agreeing_case(m.group().split()[0], text[a:b].split()[0])
                    if case is None:
                        continue  # «Президент Ассамблеи»
                    hints[(a, b)] = case  # «Президенту Дуде»: the title's case
                if b > a and not taken.overlaps(a, b) and not countries.overlaps(a, b):
                    add(a, b, rule)

    for m in INITIALS_CAPS.finditer(text):
        a, b = m.span()
        if _could_be_name(m.group(1).capitalize()) and not taken.overlaps(a, b) and not countries.overlaps(a, b):
            add(a, b, "initials-name")
    for a, b in signatures(text):  # «(Подпись) Мурари Радж Шарма Посол»: a name the NER may not know
        if b > a and not taken.overlaps(a, b) and not countries.overlaps(a, b):
            add(a, b, "signature")
    more(((INITIALS_NAME, "initials-name"), (AUTHOR_INITIALS, "author-initials"),
          (AUTHOR_HEADING, "author-initials"), (PHOTO_CREDIT, "photo-credit"),  # «Фото ООН/Э. Дебебе»
          (LATIN_PHOTO_CREDIT, "photo-credit"), (INVERTED_INITIALS, "inverted-initials")))
    for c in countries:
        if REP_BEFORE.search(text[max(0, c.start - 40):c.start]):
            m = REP_NAME.match(text, c.end)
            first = m.group(1).split()[0] if m else ""
            # (a short first word of a longer name may be a name all the same: «Китая Ван Чан»)
            if m and (_unexplained(first) or (len(first) <= 4 and " " in m.group(1))):
                a, b = _within_paragraph(ctx, m.start(1), m.end(1))  # «… Румынии Корнел Феруцэ\nПутин выразил»
                if not taken.overlaps(a, b):
                    add(a, b, "rep-name")
    for m in _dash_list_items(text, countries):  # «Представители ряда стран: США - Стеттиниус, Англии - Кадоган, …»
        a, b = m.span(1)
        if not taken.overlaps(a, b) and not countries.overlaps(a, b) and _could_be_name(m.group(1).split("-")[0]):
            add(a, b, "state-dash-name")
    if use_ner != "none":
        # names found already explain their words: «Name (Country)» lists need no NER
        covered = _Intervals([(s.start, s.end) for s in ctx.spans] + list(cands))
        sents = [s for s in ctx.sentences
                 if use_ner == "all" or needs_ner(s.text, s.start, covered)]
        if sents:
            from ...ner import tag

            for found in tag([text[s.start:s.end] for s in sents], [s.start for s in sents]):
                found = list(_twice(_merge_neighbours(found, text), text))
                for c in found:
                    if c.type != "PER":
                        continue
                    start = _past_state(text, countries, c.start, c.end)  # «постпред Мавритании\nСиди Мохамед Лагдаф»: the state first,
                    if start is None or start >= c.end:
                        continue
                    glued_title = GLUED_TITLE.match(text, start, c.end)
                    start = glued_title.end() if glued_title else start  # «Г-жаПредседатель»: a title glued to a role word
                    a, b = _strip_title(text, *_within_paragraph(ctx, start, c.end))  # then the line break
                    a, b = trim_phrase_word(text, *_trim_adjective(text, a, b))  # «Бернарда Нидерландских»
                    a, b = trim_what_noun(text, a, b)  # «Швейцарец Жозеф Вейс»
                    two = split_oblique_surname(text, a, b)  # «заместитель Лаврова Сергей Вершинин»
                    if two is not None and not taken.overlaps(*two[0]):
                        add(*two[0], "ner")
                        a, b = two[1]
                    if re.match(r"[УВКСО]\s+[А-ЯЁ]", text[a:b]) and (a == 0 or re.search(r"[.!?\n«\"(]\s*$", text[max(0, a - 4):a])):
                        a = a + 1 + len(text[a + 1:b]) - len(text[a + 1:b].lstrip())  # «У Яна» opening a sentence: a preposition (mid-sentence «У Тана» is a name)
                    a = _drop_opener(text, a, b)  # «Вчера Хосе д’Арриага Лопес»: an adverb opening the sentence
                    b = _cut_glued(text, a, b)  # «Ельченкозаявил», «МеллеромՀամօգտագործել»: a page glued the next word on
                    glued = GLUED_PARTICLE.search(text, max(0, a - 30), a)
                    if glued:  # «Мигель д’Эското Брокманн»: the NER read the name from its capital letter on
                        a = glued.start()
                    a = _past_state(text, countries, a, b)  # «Иран Мохаммад Резаи»: the country is not part of the name
                    if a is None:
                        continue
                    if b - a < 3 or countries.overlaps(a, b) or not _looks_like_name(text[a:b]) or other_language(text, a, b):
                        continue
                    if _adjectives_only(text[a:b]) or _roles_only(text[a:b]):
                        continue  # «представитель Витай- ской Народной. Республики»: a state's adjectives, broken by OCR
                    if " " not in text[a:b].strip() and text[b:b + 1] == "." and text[max(0, a - 1):a] == "(":
                        continue  # «(Пересм. Пусан, 2014 г.)»: an abbreviation in brackets
                    if " " not in text[a:b].strip() and (BODY_COMPOUND.fullmatch(text, a, b) or (
                            TEXT_END.match(text, b) and morph.is_cut_word(text[a:b]))):
                        continue  # «Исполсовета», «Генассамблеи»: a body's short name; «Управле»: the passage cut the word
                    if " " not in text[a:b].strip() and AGENCY_WORD.search(text[a:b]):
                        continue  # «Как сообщили Арменпресс …», «Казинформ»: a news agency
                    if " " not in text[a:b].strip() and (TOPIC_BEFORE.search(text, max(0, a - 12), a)
                                                         or opens_phrase(text, a, b)):
                        continue  # «спецпредставитель по Эболе», «Лусакское соглашение»: a topic, a place, an adjective
                    for a, b in _tag_list(text, a, b):
                        if not taken.overlaps(a, b):
                            add(a, b, "ner")
    more(((LEADER_NAME, "leader-name"), (PARTICLE_NAME, "particle-name"),  # after the NER, whose spans are fuller
          (PREFIXED_NAME, "particle-name"), (SYLLABLE_NAME, "syllable-name")))
    if use_ner != "none":
        for a, b in _name_runs(text):  # what the NER missed
            if not taken.overlaps(a, b) and not countries.overlaps(a, b):
                add(a, b, "name-run")
        for m in CAPS_NAME.finditer(text):  # «С подробностями — ДМИТРИЙ ГОРНОСТАЕВ, собкор …»: a byline in capitals
            a, b = m.span()
            first, last = (w.capitalize() for w in m.group().split())
            if (_first_name(first) and _could_be_name(last) and not _first_name(last)
                    and not taken.overlaps(a, b) and not countries.overlaps(a, b)):
                add(a, b, "caps-name")
        single = {a for a, b in cands if " " not in text[a:b]}
        for a, b in list(_bracket_list_names(text, single, countries)):  # «(Неру, Насер, Нкрума, Сукарно)»
            if not taken.overlaps(a, b):
                add(a, b, "bracket-list")
    monsieur = {m.start(1) for m in MONSIEUR_NAME.finditer(text)}  # «М.» is a title there, no initial
    cands = {(_inverted_name(ctx, text, *_with_initials(ctx, a, b)) if a not in monsieur else (a, b)): rule
             for (a, b), rule in cands.items()}
    reach, kept = -1, {}  # a first name a candidate took in («Альберто\nХ. Дюмон») is no candidate of its own
    for (a, b), rule in sorted(cands.items(), key=lambda c: (c[0][0], -c[0][1])):
        if b > reach:
            kept[(a, b)] = rule
        reach = max(reach, b)
    return kept, hints, labels, taken
