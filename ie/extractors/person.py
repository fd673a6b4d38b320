"""SPEAKER and PERSON: named people, the name alone, in the nominative.

Candidates come from two sources, merged:

- ``ner``: slovnet PER spans, run only on sentences that hold a capitalised
  word the gazetteers and rules do not explain (see :func:`needs_ner`);
- ``name-bracket``: 2–5 capitalised words right before a bracketed country
  («Хельга Гайер (Германия)»), the panel and chair pattern of UN reports;
- ``title-name``: the words after «г-н»/«г-жа» and their cases;
- ``rep-name``: the words after «представитель <страны>»;
- ``later-mention``: a surname alone, once the full name is known
  («Г-жа Забелина» after «Мария Александровна Забелина»).

Titles («Ее Превосходительство», «г-жа», «Посол») are cut off.  A person is a
SPEAKER when a role word governs the name in its sentence (chair, co-chair,
panel member, representative, rapporteur, moderator) or the sentence says
the person spoke, opened or presented; otherwise a PERSON.  The country comes
from the bracket after the name, or from «представитель <страны>» before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .. import morph
from ..segment import TOKEN

__all__ = ["PersonExtractor", "needs_ner", "nominative_name"]

TITLES = re.compile(
    r"(?:(?:Его|Ее|Её)\s+(?:Превосходительство|Высочество|Величество|Святейшество)|"
    r"[Гг]-н|[Гг]-жа|[Гг]-на|[Гг]-же|[Гг]-жи|[Гг]-ну|[Гг]-ном|[Гг]-не|[Гг]-жой|[Гг]осподин[аеу]?|[Гг]осподином|[Гг]осп"
    r"ож[аиуе]|[Дд]-р|др\.|профессор[а]?|Посол|посол|"
    r"Председатель|Сопредседатель|судья|Судья|доктор)\s+"
)
NAME_WORD = r"(?:(?:аль|эль|ад|ас|ан|ибн|бин|ди|де|ла|ле|д’|д')-?)?[А-ЯЁ][а-яё’']+(?:-[А-ЯЁ]?[а-яё’']+)?"
# lower-case particles inside names: «Абдулла бин Халид аль-Мансури», «Ана де ла Крус»
PARTICLE = r"(?:бинт|бин|ибн|бен|ульд|ван|фон|дер|де|ди|да|дос|дас|ду|дель|делла|ла|ле|эль|аль)"
INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
TITLES_AT_END = re.compile(r"(?:(?:Его|Ее|Её)\s+Превосходительство|[Гг]-н|[Гг]-жа|[Гг]-жи|[Гг]-на|[Гг]-же|[Гг]-ну|[Гг]-ном|[Гг]-жой|"
                           r"господин[аеу]?|госпож[аиуе]|д-р)$")
# the case a title shows: «г-на Рамиро Эчеверрии Лопеса» is genitive
TITLE_CASE = [(re.compile(r"(?:[Гг]-на|[Гг]-жи|господина|госпожи)$"), "gent"), (re.compile(r"(?:[Гг]-ну|господину)$"), "datv"),
              (re.compile(r"(?:[Гг]-ном|[Гг]-жой|господином|госпожой)$"), "ablt"), (re.compile(r"(?:[Гг]-жу|госпожу)$"), "accs")]
NAME_BRACKET = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{1,4}}{NAME_WORD}|{INITIALS}{NAME_WORD}|{NAME_WORD}\s+{INITIALS}(?<!\.)(?=\s*\())"
    rf"\s*\(([^()]{{2,80}})\)"
)

# role word (a regex on the sentence before the name) -> norm.role
ROLES = [
    (re.compile(r"сопредседател", re.I), "сопредседатель"),
    (re.compile(r"заместител[ьяеию]\w*\s+председател", re.I), "заместитель председателя"),
    (re.compile(r"(?<!со)председател|председательств", re.I), "председатель"),
    (re.compile(r"дискуссионн\w+\s+групп|участник\w*\s+(?:дискуссии|обсуждения\s+в\s+группе)|в\s+состав\s+группы\s+экспертов", re.I),
     "член дискуссионной группы"),
    (re.compile(r"специальн\w+\s+докладчик", re.I), "специальный докладчик"),
    (re.compile(r"основн\w+\s+докладчик", re.I), "основной докладчик"),
    (re.compile(r"докладчик", re.I), "докладчик"),
    (re.compile(r"директор\w*[-‑]исполнител", re.I), "директор-исполнитель"),
    (re.compile(r"заместител\w+\s+генеральн\w+\s+секретар", re.I), "заместитель генерального секретаря"),
    (re.compile(r"(?<!заместителя\s)генеральн\w+\s+секретар", re.I), "генеральный секретарь"),
    (re.compile(r"верховн\w+\s+комиссар", re.I), "верховный комиссар"),
    (re.compile(r"модератор", re.I), "модератор"),
    (re.compile(r"специальн\w+\s+посланник", re.I), "специальный посланник"),
    (re.compile(r"исполнительн\w+\s+секретар", re.I), "исполнительный секретарь"),
    (re.compile(r"(?<![\w-])координатор", re.I), "координатор"),
    (re.compile(r"заместител\w+\s+министр", re.I), "заместитель министра"),
    (re.compile(r"(?<!заместителя\s)министр", re.I), "министр"),
    (re.compile(r"(?<!\w)посол|послом|посла\b", re.I), "посол"),
    (re.compile(r"наблюдател", re.I), "наблюдатель"),
    # singular only: «Председатель Комитета постоянных представителей» is no representative
    (re.compile(r"представител(?:ь|ьница|ьницы|ьнице|ьницей|я|ю|ем|е)(?![а-яё])", re.I), "представитель"),
]
# Roles that seat a person at the meeting; other role words («Генеральный
# секретарь») make a SPEAKER only when the sentence says the person spoke.
SEAT_ROLES = {"председатель", "сопредседатель", "заместитель председателя", "член дискуссионной группы",
              "докладчик", "основной докладчик", "модератор", "представитель", "наблюдатель"}
# What the person did, right after the name (the person is the subject) …
SPOKE_AFTER = re.compile(
    r"^(?:(?!(?<![\w-])(?:он|она|они|оно)(?![\w-]))[^.;]){0,40}?(?<![\w-])(?P<verb>выступил|выступа|говори|заявля|"
    r"отмеча|подчеркива|предлага|сообща|указыва|напомина|внес|заявил|сообщил|отметил|подчеркнул|рассказал|сослался|напомнил|указал|"
    r"призвал|предложил|поделил|остановил|проинформировал|информировал|выразил|поблагодарил|приветствовал|"
    r"представил|открыл|закрыл|обратил|коснул|говорил|изложил|описал|пояснил|высказал|привел|"
    r"обраща|спрашива|отвеча|поясня|выража|благодар|приветству|интересу|соглаша|полага|счита|"
    r"сделал\w*\s+заявлени)", re.I)
# … or before it (the verb opens the clause: «С заявлением выступил г-н X»)
SPOKE_BEFORE = re.compile(r"выступил\w*|выступлени[ея]|вступительн\w+\s+слово|открыл\w*|заявление\s+сделал\w*|слово\s+предоставлено|предоставля\w*\s+слово|"
                          r"в\s+(?:своем\s+)?выступлении|"
                          r"\(\s*[Пп]одпись\s*\)|"
                          r"по\s+предложению", re.I)
SPOKE_REACH = 200
# A meeting in view: a speaking verb makes a SPEAKER only near one of these
# words; «Гутерриш приветствовал решение администрации» in a news item is a PERSON.
MEETING_WORD = re.compile(r"заседани|сесси[ияйю]|совещани|брифинг|пресс-конференц|конференци|[Кк]омитет|[Сс]овет\w*\s+"
                          r"[Бб]езопасности|[Аа]ссамбле|говорит\s+по-|Председател|дискусси|прени|[Фф]орум|саммит", re.I)
MEETING_REACH = (2000, 600)
# «памяти бывшего Председателя … г-на X»: an office once held seats nobody at this meeting
FORMER = re.compile(r"памят|бывш|покойн|скончав|ушедш", re.I)
# «Председатель: г-н X … затем: г-жа Y»: the heading of a summary record goes on with the chair
THEN_CHAIR = re.compile(r"(?<![\w-])затем\s*:\s*(?:[Гг]-н|[Гг]-жа)?\s*$")
# How far a name's context reaches, in characters, before and after it: every
# rule looks nearer than this (a list's role word at most 600 back).
BEFORE_REACH = 1000
AFTER_REACH = 400
LIST_REACH = 6  # sentences a role word before a «;»-separated list reaches  # characters from the verb to the name it introduces
# Chairing a part of the meeting, without a role word.
SEAT_VERB = re.compile(r"руководил|возглавлял|председательствовал|вел[аи]?\s+(?:заседани|обсуждени)", re.I)
# «X (Китай), г-жа Y (Польша) и г-н Z (Швеция) избираются заместителями Председателя»: only
# names, brackets, titles and «и» between the name and the verb (the names are its subject)
# Each item ends at a word boundary, so a word is matched one way only (no
# splitting «ДОКЛАД» into «ДО»+«КЛАД»): the scan is linear, not exponential.
ELECTED_AS = re.compile(r"(?:\s*(?:\([^()]{1,60}\)|,|(?:и|[Гг]-н|[Гг]-жа|[А-ЯЁ][\w’'-]+)(?![\w’'-])))*\s*"
                        r"(?:избира\w*|избран\w*|назнач\w*|утвержд\w*)\s+([^.;]{1,80})")
APPOSITION = re.compile(r"^\s*(?:\([^()]{1,80}\))?\s*,\s*([^,.;()]{3,120})")
# «представитель Пакистана Фарид Ахмед Хан», «наблюдатель от РФ г-н Игорь Морозов»
REP_BEFORE = re.compile(r"(?:представител\w*|наблюдател\w*\s+от)\s+$", re.I)
REP_NAME = re.compile(rf"\s+(?:(?:г-н|г-жа|господин|госпожа)\s+)?((?:{NAME_WORD}\s+){{1,3}}{NAME_WORD})")
FINITE = ("VERB",)
# Capitalised words that are common nouns/adjectives of UN prose: they never
# make a sentence worth running the NER on.
COMMON_POS = {"NOUN", "ADJF", "PRTF", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "NUMR", "PRED", "ADJS"}
PERSON_TAGS = {"Name", "Surn", "Patr"}
CAP_WORD = re.compile(r"(?<![\w-])(?:(?:аль|эль|ад|ибн|бин|ван|фон|де|ди)[- ])?[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)?")
# «г-н Самир аль-Хатиб», «г-жа Ли Мэй»: a title announces a name
# initials and a surname, no title: «Д.А.Полянского», «В. А. Небензя»
INITIALS_NAME = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w.])")
# an anonymised author: «Сообщение представлено: М. Р. С.»
AUTHOR_INITIALS = re.compile(r"(?:представлен[оаы]?|[Аа]втор\w*(?:\s+сообщения)?|жертв\w*)\s*:\s*((?:[А-ЯЁA-Z]\.\s?){2,4})(?!\s?[А-ЯЁа-яё])")
# a name in Latin letters: «W.O. Hall», «Mr. John Smith», «A.F. Bender Jr.»
# (an initial and a word is a name only at a line end or before a bracket or
# comma: «A. Member States», «U.S. Web Coated» are not)
_LAT_UP, _LAT_LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
LATIN_NAME = re.compile(
    rf"(?<![\w./])((?:[A-Z][a-z]?\.\s?){{1,3}}[{_LAT_UP}][{_LAT_LOW}]{{2,}}(?:[ \t]+Jr\.)?)(?=[ \t]*(?:\n|$|,|\(|;))"
    rf"|(?:\b(?:Mr|Mrs|Ms|Dr|Sir|H\.E\.)\.?|Representative:|Alternates?:|Observer:|Chair(?:person)?:)[ \t]+"
    rf"([{_LAT_UP}][{_LAT_LOW}]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[{_LAT_UP}][{_LAT_LOW}]+){{0,4}})")
# a head of state or government before a surname: «Президент Байден сказал Президенту Дуде»
LEADER_NAME = re.compile(r"(?<![\w-])(?:[Пп]резидент|[Пп]ремьер-министр|[Кк]ороль|[Кк]оролев)\w*\s+"
                         r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+(?:[А-ЯЁ][а-яё]+|[IVX]{1,4}(?![\w-]))){0,2})(?![\w-])")
# a name with lower-case particles standing alone: «Зейда Раада аль Хусейна», «Хайя бинт аль Хуссейн»
PARTICLE_NAME = re.compile(rf"(?<![\w-])((?:{NAME_WORD}[ \t]+){{1,3}}(?:{PARTICLE}[ \t]+){{1,2}}{NAME_WORD}"
                           rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,2}})(?![\w-])")
# a paragraph of a summary record opens with its speaker: «3. Г-жа Суайхи (Тунис), касаясь …»
PARAGRAPH_SPEAKER = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}\.[ \t]*)?(?:Г-н|Г-жа)[ \t]*$")
# a photograph's credit line: «Фото ООН/Э. Дебебе», «© MINUSMA/Харандане Дико», «Flickr / Т. Кейн»
PHOTO_CREDIT = re.compile(r"(?:[Фф]ото|Photo|©|Flickr)[^\n/]{0,40}/\s*((?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё’'-]+(?:[ \t][А-ЯЁ][а-яё’'-]+){0,2})")
# a surname in capitals, as summary records write it («г-н ПИЛЛАИ», «Мариньо МЕНЕНДЕС»)
CAPS_WORD = r"[А-ЯЁ]{2,}(?:[-’'][А-ЯЁ]{2,})?(?![\w-])"
TITLE_NAME = re.compile(rf"(?<![\w-])(?:[Гг]-н|[Гг]-жа|[Гг]-жи|[Гг]-на|[Гг]-же|[Гг]-ну|[Гг]-ном|[Гг]-жой|[Гг]-жу)(?:\s+|(?=[А-ЯЁ]{{2}}))"
                        rf"((?:{INITIALS}\s?)?(?:(?:{NAME_WORD}\s+){{0,2}}(?:{CAPS_WORD}\s+){{0,2}}{CAPS_WORD}"
                        rf"|(?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{0,3}}{NAME_WORD}))")
# «г-н Председатель», «г-жа Председатель»: a form of address, not a name
ADDRESSED_ROLE = re.compile(r"(?:Председател|Сопредседател|Генеральн|Секретар|Докладчик|Посол|Министр|Президент)", re.I)


@lru_cache(maxsize=50_000)
def _unexplained(word: str) -> bool:
    """A capitalised word that may be part of a person's name."""
    parses = morph.parse(word)
    if any(PERSON_TAGS & set(p.tag.grammemes) for p in parses[:3]):
        return True
    return not morph.is_known(word) or parses[0].tag.POS not in COMMON_POS


def needs_ner(sentence: str, offset: int, covered) -> bool:
    """Run slovnet here? Only where two or more capitalised words stand in a
    row, not covered by other spans, and one of them is not explained by the
    dictionary as a common word (a name, or a word it does not know)."""
    prev_end, run, odd = -10, 0, False
    if not isinstance(covered, _Intervals):
        covered = _Intervals(covered)
    for m in CAP_WORD.finditer(sentence):
        a = offset + m.start()
        if covered.overlaps(a, a + 1):
            run, odd, prev_end = 0, False, m.end()
            continue
        if m.start() - prev_end > 2:
            run, odd = 0, False
        run += 1
        odd = odd or _unexplained(m.group())
        prev_end = m.end()
        if run >= 2 and odd:
            return True
        if m.start() > 0 and _name_like(m.group()):
            return True  # a first name or surname alone, inside the sentence: «сказал Мишель»
    return False


@lru_cache(maxsize=50_000)
def _name_like(word: str) -> bool:
    """A word the dictionary reads first as a first name, surname or
    patronymic, or does not know at all."""
    if len(word) < 3:
        return False
    parses = morph.parse(word)
    return not morph.is_known(word) or bool(PERSON_TAGS & set(parses[0].tag.grammemes))


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
    hint = hint or _surely_oblique(words)  # «…, Денниса Фрэнсиса»: no word of it can be nominative
    titled = before.rstrip()
    title_case = next((case for rx, case in TITLE_CASE if rx.search(titled)), None)
    hint = hint or title_case
    prev = TITLES_AT_END.sub("", titled).rstrip()
    last = prev.split()[-1] if prev.split() else ""
    coordinated = last in ("и", "или") and _only_oblique(words[0])
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
    oblique = {c: v for c, v in votes.items() if c not in (None, "nomn")}
    if oblique:
        allowed = lambda c: sum(any(p.tag.case == c for p in morph.parse(w)) for w in words)
        case = max(oblique, key=lambda c: (oblique[c], allowed(c), c == hint))
        strong = title_case is not None or hint == "ablt"  # «г-на X», «избрала Председателем X»
        if votes.get("nomn", 0) >= oblique[case] and not strong:
            return name  # as likely nominative, and nothing in the context says otherwise
        first = [p for p in morph.parse(words[0]) if "Name" in p.tag and "Fixd" not in p.tag]
        if morph.is_known(words[0]) and first and not any(p.tag.case == case for p in first):
            return name  # the first name does not decline that way: «Мария Иванова» is nominative
    elif hint in DECLENSION:
        case = hint
    else:
        return name
    out = []
    genders = {p.tag.gender for w in words if morph.is_known(w)
               for p in morph.parse(w) if "Name" in p.tag and p.tag.case == case}
    masculine = "masc" in genders
    if re.search(r"(?:[Гг]-н\w*|господин\w*)$", titled):
        masculine = True  # «г-на Рамиро Эчеверрии Лопеса»
    elif re.search(r"(?:[Гг]-ж\w*|госпож\w*)$", titled):
        masculine = False
    for w in words:
        form = None
        parses = morph.parse(w)
        if not morph.is_known(w):
            out.append((_undecline(w, case, masculine) if len(w) > 4 else None) or w)
            continue
        if not any("Fixd" in p.tag for p in parses):
            for p in parses:
                if p.tag.case == case and p.tag.POS == "NOUN" and p.tag.number == "sing" and (
                        morph.is_known(w) or PERSON_TAGS & set(p.tag.grammemes)):
                    f = p.inflect({"nomn", "sing"})
                    if f is not None:
                        form = morph._match_case(w, f.word if "ё" in w else f.word.replace("ё", "е"))
                        break
        out.append(form or w)
    return " ".join(out)


# Endings a foreign name the dictionary does not know takes in an oblique
# case, and what its nominative ends with: «Накамуры» -> «Накамура»,
# «Ноубла» -> «Ноубл», «Мартинсу» -> «Мартинс».
DECLENSION = {
    "gent": (("ского", "ский"), ("цкого", "цкий"), ("ии", "ия"), ("ги", "га"), ("ки", "ка"), ("хи", "ха"), ("ы", "а"),
             ("а", ""), ("я", "ь")),
    "accs": (("ского", "ский"), ("цкого", "цкий"), ("у", "а"), ("ю", "я"), ("а", "")),
    "datv": (("скому", "ский"), ("цкому", "цкий"), ("у", ""),),
    "ablt": (("ским", "ский"), ("цким", "цкий"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
             ("ыным", "ын"), ("ой", "а"), ("ом", "")),
    "loct": (("ском", "ский"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин")),
}
# the same for women's Russian surnames («Пичугиной» -> «Пичугина», «Зеленской» -> «Зеленская»)
DECLENSION_F = {
    "gent": (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")),
    "datv": (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")),
    "ablt": (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")),
    "loct": (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")),
    "accs": (("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина")),
}


def _surely_oblique(words):
    """The case of a name none of whose known words can be nominative, and
    that all of them share («Денниса Фрэнсиса» -> gent); else None."""
    common = None
    for w in words:
        if not morph.is_known(w):
            continue
        cases = {p.tag.case for p in morph.parse(w)
                 if PERSON_TAGS & set(p.tag.grammemes) and "Fixd" not in p.tag and p.tag.number == "sing"}
        if not cases or "nomn" in cases:
            return None
        common = cases if common is None else common & cases
    return _first_case(common) if common else None


def _only_oblique(word: str) -> bool:
    """A known first name with no nominative reading («Томаса», «Ивана»)."""
    parses = [p for p in morph.parse(word) if "Name" in p.tag]
    return morph.is_known(word) and bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def _undecline(word: str, case: str, masculine: bool = True):
    if not masculine:
        for ending, nominative in DECLENSION_F.get(case, ()):
            if word.endswith(ending):
                return word[:-len(ending)] + nominative
    for ending, nominative in DECLENSION.get(case, ()):
        if word.endswith(ending):
            if nominative in ("", "ь") and not masculine:
                return None  # «Кэтрин Туивага»: a woman's foreign surname does not decline
            return word[:-len(ending)] + nominative
    return None



class PersonExtractor:
    labels = ("SPEAKER", "PERSON")

    def __init__(self, use_ner: str = "auto"):
        self.use_ner = use_ner  # "auto" (restricted), "all" or "none"

    def warm(self):
        if self.use_ner != "none":
            from ..ner import tagger

            tagger()

    def __call__(self, ctx):
        text = ctx.text
        countries = _Countries(ctx.of("COUNTRY"))
        covered = _Intervals([(s.start, s.end) for s in ctx.spans])
        cands = {}
        taken = _Intervals([])  # the candidates' ranges, for overlap tests by bisection

        def add(a, b, rule):
            cands[(a, b)] = rule
            taken.add(a, b)

        for m in NAME_BRACKET.finditer(text):
            inner = countries.at(m.start(2))
            if inner is not None and inner.end == m.end(2):
                a, b = _strip_title(text, *_within_paragraph(ctx, m.start(1), m.end(1), keep="last"))
                if b > a and not countries.overlaps(a, b):
                    add(a, b, "name-bracket")
        for m in TITLE_NAME.finditer(text):
            a, b = _within_paragraph(ctx, *m.span(1))
            if ADDRESSED_ROLE.match(text, a):
                continue
            b = _trim_caps(text, a, b)
            if not countries.overlaps(a, b) and not taken.overlaps(a, b):
                add(a, b, "title-name")
        for a, b in _latin_names(ctx):
            if not taken.overlaps(a, b) and not countries.overlaps(a, b):
                add(a, b, "latin-name")

        def more(sources):
            for rx, rule in sources:
                for m in rx.finditer(text):
                    a, b = _within_paragraph(ctx, *m.span(m.lastindex or 0))
                    word = re.search(r"[А-ЯЁ][а-яё]+", text[a:b])
                    if rule in ("initials-name", "leader-name", "particle-name") and word and not _could_be_name(word.group()):
                        continue  # «А. Введение», «Президент Ассамблеи»
                    b = a + len(text[a:b].rstrip())
                    if b > a and not taken.overlaps(a, b) and not countries.overlaps(a, b):
                        add(a, b, rule)

        more(((INITIALS_NAME, "initials-name"), (AUTHOR_INITIALS, "author-initials")))
        for m in PHOTO_CREDIT.finditer(text):  # «Фото ООН/Э. Дебебе»
            a, b = _within_paragraph(ctx, *m.span(1))
            if not taken.overlaps(a, b) and not countries.overlaps(a, b):
                add(a, b, "photo-credit")
        for c in countries:
            if REP_BEFORE.search(text[max(0, c.start - 40):c.start]):
                m = REP_NAME.match(text, c.end)
                if m and all(_unexplained(w) for w in m.group(1).split()[:1]):
                    a, b = m.start(1), m.end(1)
                    if not taken.overlaps(a, b):
                        add(a, b, "rep-name")
        if self.use_ner != "none":
            sents = [s for s in ctx.sentences
                     if self.use_ner == "all" or needs_ner(s.text, s.start, covered)]
            if sents:
                from ..ner import tag

                for found in tag([s.text for s in sents], [s.start for s in sents]):
                    found = _merge_neighbours(found, text)
                    for c in found:
                        if c.type != "PER":
                            continue
                        a, b = _strip_title(text, *_within_paragraph(ctx, c.start, c.end))
                        lead = countries.covering(a)
                        if lead is not None:  # «Иран Мохаммад Резаи»: the country is not part of the name
                            a = lead.end + len(text[lead.end:b]) - len(text[lead.end:b].lstrip())
                        if b - a < 3 or countries.overlaps(a, b) or not _looks_like_name(text[a:b]):
                            continue
                        if not taken.overlaps(a, b):
                            add(a, b, "ner")
        more(((LEADER_NAME, "leader-name"), (PARTICLE_NAME, "particle-name")))  # after the NER, whose spans are fuller
        cands = {_with_initials(text, a, b): rule for (a, b), rule in cands.items()}
        meetings = _Intervals([m.span() for m in MEETING_WORD.finditer(text)])
        out = []
        sent_starts = [s.start for s in ctx.sentences]
        for (a, b), rule in sorted(cands.items()):
            k = bisect_right(sent_starts, a) - 1
            sent = ctx.sentences[k] if k >= 0 and a < ctx.sentences[k].end else None
            s_end = sent.end if sent else min(len(text), b + 200)
            first = k
            while sent and first > 0 and k - first < LIST_REACH and ctx.sentences[first - 1].text.rstrip()[-1:] in ";:":
                first -= 1  # «Заместители Председателя: A (X); B (Y); C (Z)» is one list
            # the context is bounded, so a list of thousands of names costs its length
            before = text[max(ctx.sentences[first].start, a - BEFORE_REACH):a] if sent else text[max(0, a - 300):a]
            after = text[b:min(s_end, b + AFTER_REACH)]
            apposition = APPOSITION.match(after)
            if apposition and _apposition_case(apposition.group(1)) in (None, "ablt"):
                apposition = None  # «…(Кения), Докладчиком — Томас Эрикссон»: the next clause, not an apposition
            role = _role(apposition.group(1), nearest_first=True) if apposition else None
            bracket = re.match(r"\s*\(([^()]{3,60})\)", after)
            if role is None and bracket and _role(bracket.group(1), nearest_first=True) in SEAT_ROLES:
                role = _role(bracket.group(1), nearest_first=True)  # «Г-н БАНТОН (Докладчик) обращает внимание»
            listed = "председатель" if THEN_CHAIR.search(before) else _role(before)
            if role is None or listed == "член дискуссионной группы":
                role = listed  # «в следующем составе: X, заместитель министра …»: a panel member first
            if role is None:
                elected = ELECTED_AS.match(after)  # «X (Китай) … избираются заместителями Председателя»
                role = _role(elected.group(1), nearest_first=True) if elected else None
            country = _country(text, b, countries, sent, a)
            if country is None and apposition:
                lo, hi = b + apposition.start(1), b + apposition.end(1)
                c = countries.first_in(lo, hi)
                country = c.norm["code"] if c is not None else None
            written = re.sub(r"\s+", " ", text[a:b])
            if re.search(r"[A-Za-z]", written):
                name = written  # a name in Latin letters is kept as written
            else:
                name = nominative_name(_initials_spaced(_recase(written)), before,
                                       _apposition_case(apposition.group(1)) if apposition else None)
            after_bracket = re.sub(r"^\s*\([^()]{0,120}\)", "", after)  # «Г-н X (Индия), …, говорит»
            said = SPOKE_AFTER.search(after_bracket)
            o = ctx.reading.offset(a)  # on the original lines: the reading text may have joined them
            opens = bool(PARAGRAPH_SPEAKER.search(ctx.reading.original, max(0, o - 12), o)) and (bracket is not None or said)
            spoke = bool(said or opens or SEAT_VERB.search(before) or _spoke_before(before, a, taken))
            reported = said and not (SEAT_VERB.search(before) or _spoke_before(before, a, taken)) and _reported(said, after_bracket)
            if reported and role not in SEAT_ROLES and not meetings.overlaps(a - MEETING_REACH[0], b + MEETING_REACH[1]):
                spoke = False  # speaking outside any meeting: a PERSON
            if role in SEAT_ROLES and not spoke and FORMER.search(before[-200:]):
                role = None
            if role in SEAT_ROLES or spoke:
                out.append(ctx.span(a, b, "SPEAKER", {"name": name, "country": country, "role": role},
                                    f"{rule}+role:{role or 'spoke'}"))
            else:
                out.append(ctx.span(a, b, "PERSON", {"name": name}, rule))
        return _later_mentions(ctx, out, cands, countries)


ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ую", "юю",
           "а", "я", "у", "ю", "е", "ы", "и", "ь")
MENTION = re.compile(rf"(?<![\w-])(?:(?:{PARTICLE})\s+){{0,2}}{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}")


def _stem(word: str) -> str:
    w = word.lower().replace("ё", "е")
    for e in ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[:-len(e)]
    return w


def _later_mentions(ctx, out, cands, countries):
    """A person named in full once is later named by surname alone («Г-жа
    Забелина», «ван дер Берга»): those mentions are spans too, with the full
    name, the country of the first mention and the role of their own
    sentence; a shorter name found elsewhere gets the full name as well."""
    text = ctx.text
    full, as_written = {}, {}  # stemmed name or surname tuple -> span with the full name
    for sp in out:
        words = sp.norm["name"].split()
        if len(words) < 2:
            continue
        written = re.sub(r"\s+", " ", text[sp.start:sp.end]).replace("-", "") == sp.norm["name"].replace("-", "")
        for k in range(0, len(words)):
            tail = words[k:]
            if len(tail) == 1 and not _unexplained(tail[0]):
                continue  # a surname that is also a common word is too risky alone
            key = tuple(_stem(w) for w in tail)
            known = len(full[key].norm["name"].split()) if key in full else 0
            if len(words) > known or (len(words) == known and written and not as_written[key]):
                full[key], as_written[key] = sp, written  # the fullest name, nominative as written if any
    if not full:
        return out
    result = []
    for sp in out:  # «Фернандес Ортега (Уругвай)» after «Мариэла Фернандес Ортега»
        key = tuple(_stem(w) for w in sp.norm["name"].split())
        ref = full.get(key)
        if ref is not None and ref is not sp and ref.norm["name"] != sp.norm["name"] and (
                len(ref.norm["name"].split()) >= len(sp.norm["name"].split())):
            label = "SPEAKER" if ref.label == "SPEAKER" else sp.label
            if label == "SPEAKER":
                norm = {"name": ref.norm["name"], "country": sp.norm.get("country") or ref.norm.get("country"),
                        "role": sp.norm.get("role")}
            else:
                norm = {"name": ref.norm["name"]}
            sp = type(sp)(sp.start, sp.end, label, norm, (sp.rule or "") + "+full-name")
        result.append(sp)
    taken = _Intervals([(sp.start, sp.end) for sp in result] + [(c.start, c.end) for c in countries])
    sent_starts = [s.start for s in ctx.sentences]
    for m in MENTION.finditer(text):
        a, b = m.span()
        if taken.overlaps(a, b):
            continue
        words = m.group().split()
        ref = None
        for k in range(len(words)):  # the longest known surname the mention ends with
            ref = full.get(tuple(_stem(w) for w in words[k:]))
            if ref is not None:
                a = a + m.group().index(words[k]) if k else a
                break
        if ref is None or a >= b:
            continue
        k = bisect_right(sent_starts, a) - 1
        sent = ctx.sentences[k] if k >= 0 else None
        before = text[max(sent.start, a - BEFORE_REACH):a] if sent else text[max(0, a - 200):a]
        if ref.label == "SPEAKER":
            role = _role(before)
            norm = {"name": ref.norm["name"], "country": ref.norm.get("country"), "role": role}
            result.append(ctx.span(a, b, "SPEAKER", norm, "later-mention"))
        else:
            result.append(ctx.span(a, b, "PERSON", {"name": ref.norm["name"]}, "later-mention"))
        taken.add(a, b)
    return sorted(result, key=lambda x: (x.start, x.end))


class _Intervals:
    """Spans taken so far; overlap tests by bisection, not by a scan."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = []  # the furthest end among spans up to each index
        far = -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, a, b) -> bool:
        k = bisect_right(self.starts, b - 1)  # spans starting before b
        return k > 0 and self.reach[k - 1] > a

    def starts_within(self, lo, hi) -> bool:
        """Does a span start in [lo, hi)?"""
        k = bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi

    def add(self, a, b):
        k = bisect_right(self.starts, a)
        self.spans.insert(k, (a, b))
        self.starts.insert(k, a)
        self.reach.insert(k, max(b, self.reach[k - 1] if k else -1))
        for i in range(k + 1, len(self.reach)):
            if self.reach[i] >= self.reach[i - 1]:
                break
            self.reach[i] = self.reach[i - 1]


def _merge_neighbours(found, text):
    """Join PER pieces the tagger split: «Алексея Петровича» + «Гончарова»."""
    out = []
    for c in found:
        gap = text[out[-1].end:c.start] if out else "x"
        two_names = out and len(out[-1].text.split()) >= 2 and len(c.text.split()) >= 2  # «Билла Клинтона Джо Локхарту»
        if out and c.type == "PER" and out[-1].type == "PER" and not gap.strip() and "\n" not in gap and not two_names:
            prev = out.pop()
            c = type(c)(prev.start, c.end, "PER", text[prev.start:c.end])
        out.append(c)
    return out


CASE_ORDER = ("nomn", "gent", "datv", "ablt", "accs", "loct")


def _case_rank(case):
    return CASE_ORDER.index(case) if case in CASE_ORDER else len(CASE_ORDER)


def _first_case(cases):
    """One case for a form that has several (an animate «секретаря» is read
    as genitive, not accusative)."""
    return next((c for c in CASE_ORDER if c in cases), None)


def _list_role(window: str):
    """The seat role that introduces a list the name stands in: «дискуссионная
    группа в следующем составе: A, министр …; B, …», «Заместители
    Председателя: A (X); B (Y)»; job titles of earlier items do not count."""
    colon = window.rfind(":")
    if colon < 0 or "." in window[colon:].replace("г.", "").replace("ст.", ""):
        return None
    intro, items = window[max(0, colon - 120):colon], window[colon:]
    if any(role in SEAT_ROLES for rx, role in ROLES for _ in rx.finditer(items)):
        return None  # a role of its own inside the list («…; Докладчик: D»)
    found = [(m.end(), m.end() - m.start(), role) for rx, role in ROLES for m in rx.finditer(intro) if role in SEAT_ROLES]
    return max(found)[2] if found else None  # nearest the colon, then longest («Заместители Председателя»)


def _verb_between(gap: str) -> bool:
    """Does a finite verb stand between a role word and the name?"""
    for w in re.findall(r"[а-яё]+", gap):
        if len(w) > 3 and morph.parse(w)[0].tag.POS in FINITE:
            return True
    return False


def _apposition_case(apposition: str):
    """Case of the role noun opening an apposition («, заместителя Председателя» -> gent)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", apposition)[:3]
    if words and morph.parse(words[0])[0].tag.POS == "PRTF" and re.search(r"обязанност", apposition):
        return morph.parse(words[0])[0].tag.case  # «…, исполнявшего обязанности Председателя»
    for w in words:  # the role noun, after its adjectives («Генеральный секретарь»)
        parses = [p for p in morph.parse(w) if p.tag.POS == "NOUN"]
        if not parses:
            continue
        if parses[0].normal_form not in ROLE_NOUNS | {"секретарь", "директор", "профессор", "председатель"}:
            return None
        cases = {p.tag.case for p in parses}
        return _first_case(cases)
    return None


def _spoke_before(before: str, a: int, taken) -> bool:
    """«С заявлением выступил г-н X», «выступили Директор-исполнитель … X»:
    a speaking verb before the name, with no other name in between."""
    last = None
    for m in SPOKE_BEFORE.finditer(before):
        last = m
    if last is None or len(before) - last.end() > SPOKE_REACH:
        return False
    verb_at = a - (len(before) - last.end())
    return not taken.starts_within(verb_at, a)


def _role_case(before: str):
    """The grammatical case of the role word right before a name, if any
    («Председателем Карлоса …» -> ablt, «Генерального секретаря Кофи …» -> gent)."""
    words = re.findall(r"[А-ЯЁа-яё-]+", before[-120:])
    for w in reversed(words[-9:]):
        lemma = morph.parse(w)[0].normal_form
        if lemma in ROLE_NOUNS or lemma in ("секретарь", "докладчик", "директор"):
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
    if len(word) < 5 or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses):
        return False  # short words may be names («Ану Луизу Мартинс»)
    lemma = parses[0].normal_form
    return lemma in ROLE_NOUNS or all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses[:2])


ROLE_NOUNS = {"председатель", "сопредседатель", "докладчик", "представитель", "представительница",
              "наблюдатель", "заместитель", "модератор", "посол", "министр", "директор-исполнитель"}


def _strip_title(text, a, b):
    """Cut titles and leading capitalised common words off a candidate:
    «Председатель Комиссии Мирослава Ковальчик» -> «Мирослава Ковальчик»."""
    while a < b:
        m = TITLES.match(text, a, b)
        if m:
            a = m.end()
            continue
        w = re.match(r"([А-ЯЁ][а-яё]+)[ \t\n]+(?=[А-ЯЁ])", text[a:b])
        if (w and len(text[a + w.end():b].split()) >= 2 and not _unexplained(w.group(1))
                and _governing_noun(w.group(1))):
            a += w.end()  # an oblique common noun governs the name: «Комиссии», «Докладчиком»
            continue
        return a, b
    return a, b


LEAD_INITIALS = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,3}$")


def _with_initials(text, a, b):
    """A candidate and the initials right before it («Д.А.Полянского»)."""
    m = LEAD_INITIALS.search(text, max(0, a - 9), a)
    return (m.start(), b) if m else (a, b)


def _latin_names(ctx):
    """Names in Latin letters, found on the original lines (a list of
    members puts each name on a line of its own), in reading offsets."""
    original, reading = ctx.reading.original, ctx.reading
    for m in LATIN_NAME.finditer(original):
        a, b = m.span(m.lastindex)
        line_start = a == 0 or original[a - 1] == "\n"
        if line_start and re.fullmatch(r"[A-Z]\. \S+", m.group(m.lastindex)):
            continue  # «B. Observers»: a lettered heading
        ra, rb = reading.reading_offset(a), reading.reading_offset(b - 1)
        if ra is not None and rb is not None and rb >= ra:
            yield ra, rb + 1


def _reported(said, after: str) -> bool:
    """Is the verb after a name one of reported speech in the past («заявил»,
    «приветствовал») rather than of taking the floor («выступил», «говорит»)?"""
    verb = re.match(r"[а-яё]+", after[said.start("verb"):].lower()).group()
    return verb.endswith(("л", "ла", "ли", "ло")) and not verb.startswith(
        ("выступ", "открыл", "закрыл", "представил", "внес", "сделал", "председательств"))


def _could_be_name(word: str) -> bool:
    """A word the dictionary does not explain, or one it reads as a name
    among its readings («Полянского»)."""
    return _unexplained(word) or any(PERSON_TAGS & set(p.tag.grammemes) for p in morph.parse(word))


def _trim_caps(text, a, b):
    """Drop words in capitals that are common words from a name's end: «г-н
    ПЕТРОВ ДОКЛАД» is «ПЕТРОВ»."""
    while True:
        m = re.search(r"\s+([А-ЯЁ]{2,})$", text[a:b])
        if not m or _unexplained(m.group(1).capitalize()):
            return b
        b = a + m.start()


def _initials_spaced(name: str) -> str:
    """«Д.А.Полянский» -> «Д. А. Полянский» (the SPEC's norm).

    >>> _initials_spaced("Д.А.Полянский"), _initials_spaced("А. Гутерриш")
    ('Д. А. Полянский', 'А. Гутерриш')
    """
    return re.sub(r"(?<=\b[А-ЯЁ]\.)(?=[А-ЯЁ])", " ", name)


def _recase(name: str) -> str:
    """Words in capitals in ordinary capitalisation: «Мариньо МЕНЕНДЕС» ->
    «Мариньо Менендес» (initials and short words stay).

    >>> _recase("ПИЛЛАИ"), _recase("Мариньо МЕНЕНДЕС"), _recase("ТОМАС-ГРИНФИЛД")
    ('Пиллаи', 'Мариньо Менендес', 'Томас-Гринфилд')
    """
    return re.sub(r"[А-ЯЁ]{2,}", lambda m: m.group().capitalize(), name)


def _looks_like_name(s: str) -> bool:
    words = [m.group() for m in TOKEN.finditer(s)]
    if not (1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w not in ("-", "’"))):
        return False
    # at least one word no dictionary explains as a common word («Секретариатом»,
    # «Директора-исполнителя», «Государство-участник» are not names)
    return any(_unexplained(w) and not all(p and not _unexplained(p.capitalize()) for p in w.split("-"))
               for w in words if w[:1].isalpha())


def _within_paragraph(ctx, a, b, keep="first"):
    """Cut a name candidate where the original has a line break between two
    of its words: «г-жа Гонсалес\n\nСодержание» is «Гонсалес».  ``keep``
    says which side of the cut is the name (the part next to its title, or
    the part next to its bracket)."""
    text, reading = ctx.text, ctx.reading
    for m in re.finditer(r"\s+", text[a:b]):
        lo, hi = a + m.start(), a + m.end()
        if "\n" not in reading.original[reading.offset(lo - 1) + 1:reading.offset(hi)]:
            continue
        # PDF damage also puts blank lines inside names («Адебайо\n\nОладипо»):
        # cut only where the word across the gap is a common word («Содержание»)
        if keep == "first":
            word = re.match(r"[^\W\d_]+", text[hi:b])
            if word and not _unexplained(word.group()):
                return a, lo
        else:
            word = re.search(r"[^\W\d_]+$", text[a:lo])
            if word and not _unexplained(word.group()):
                a = hi
    return a, b


class _Countries:
    """The COUNTRY spans, sorted, with lookups by bisection (they never overlap)."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.spans]

    def __iter__(self):
        return iter(self.spans)

    def at(self, pos):
        """The country that starts at ``pos``."""
        k = bisect_left(self.starts, pos)
        return self.spans[k] if k < len(self.spans) and self.starts[k] == pos else None

    def covering(self, pos):
        k = bisect_right(self.starts, pos) - 1
        return self.spans[k] if k >= 0 and pos < self.spans[k].end else None

    def first_in(self, lo, hi):
        """The first country that starts in [lo, hi)."""
        k = bisect_left(self.starts, lo)
        return self.spans[k] if k < len(self.spans) and self.starts[k] < hi else None

    def overlaps(self, a, b):
        k = bisect_left(self.starts, b)  # countries starting before b
        return (k > 0 and self.spans[k - 1].end > a) or (k > 1 and self.spans[k - 2].end > a)


def _role(before: str, nearest_first: bool = False):
    """The role word nearest before the name, within its sentence (or the
    first one of an apposition after it, with ``nearest_first``); a seat
    role of the same clause wins over a job title nearer the name
    («Председатель совещания, министр … г-жа X» -> председатель)."""
    if not nearest_first:
        listed = _list_role(before[-600:])
        if listed is not None:
            return listed
    best, best_key, best_pos = None, (-10**6, 0), -1
    window = before[-250:]
    clause = max(window.rfind(". "), window.rfind(";"), window.rfind(":")) + 1
    seat, seat_key, seats = None, (-10**6, 0), []
    for rx, role in ROLES:
        for m in rx.finditer(window):
            key = (-m.start() if nearest_first else m.end(), m.end() - m.start())  # nearest, then longest
            if key > best_key:
                best, best_key, best_pos = role, key, m.start()
            if role in SEAT_ROLES and m.start() >= clause and not nearest_first:
                seats.append((key, role, m.start(), m.end()))
    best_span = (best_pos, best_key[0]) if not nearest_first else (best_pos, best_pos)
    for key, role, a, b in sorted(seats, reverse=True):
        if not (best_span[0] <= a and b <= best_span[1]):  # «Специальный докладчик» holds «докладчик»
            seat, seat_key = role, key
            break
    if seat is not None and best not in SEAT_ROLES and not _verb_between(window[seat_key[0]:]):
        best, best_key = seat, seat_key
    if best in ("представитель", "наблюдатель") and not nearest_first and _verb_between(window[best_key[0]:]):
        return None  # «Представитель ЕС выразил …, сослался на исследование X»: X is not the representative
    if best == "представитель" and not re.search(r"представител\w*\s+[А-ЯЁ]", window[best_pos:]):
        # «представители следующих государств: …» is about states, not this person
        best = None if re.search(r"представител\w+\s+следующ", window[best_pos:]) else best
    return best


def _country(text, end, countries, sent, start):
    """Code of the bracketed country after the name, or of the state the
    sentence says the person represents."""
    m = re.match(r"\s*\(", text[end:end + 3])
    if m:
        c = countries.at(end + m.end())
        if c is not None:
            return c.norm["code"]
    if sent is not None:
        rep = None
        lo = max(sent.start, start - BEFORE_REACH)
        for m in re.finditer(r"представител\w*|наблюдател\w*\s+от|делегаци\w*|министр\w*|посол|посла|послом",
                             text[lo:start], re.I):
            rep = lo + m.end()
        if rep is not None:
            c = countries.first_in(rep, start)
            if c is not None:
                return c.norm["code"]
    return None
