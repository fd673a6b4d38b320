"""Patterns of the person layer: titles, name words, role words, speaking
verbs, seat verbs.  The word lists come from data files (``ie/data/words/``,
read by :func:`.words.load_words` from the packaged resources, once, when the
package loads); the patterns here are the grammar around them."""

from __future__ import annotations

import re

from ...resources import default
from .words import alternation, load_roles, load_words

WORDS = load_words(default())

TITLES = re.compile(
    r"(?:(?:(?:Его|Ее|Её)\s+)?(?:Превосходительств|Высочеств|Величеств|Святейшеств)(?:ом|о|а|у)(?![\w-])|"
    + alternation(WORDS.titles.forms, either_case=True) + r")\s+"
)

NAME_WORD = rf"(?:{alternation(WORDS.name_prefixes.forms)}-?)?(?:[ОДд][’'][А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё’']+(?:-[А-ЯЁ]?[а-яё’']+|’[А-ЯЁ][а-яё]+)?)"

# lower-case particles inside names: «Абдулла бин Халид аль-Мансури», «Ана де ла Крус» (and glued: «Мигель д’Эското Брокманн»)
PARTICLE = alternation(WORDS.particles.forms)

INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"

TITLES_AT_END = re.compile(r"(?:(?:Его|Ее|Её)\s+Превосходительство|[Гг]-н|[Гг]-жа|[Гг]-жи|[Гг]-на|[Гг]-же|[Гг]-ну|[Гг]-ном|[Гг]-жой|"
                           r"господин[аеу]?|госпож[аиуе]|д-р)$")

# the case a title shows: «г-на Рамиро Эчеверрии Лопеса» is genitive
TITLE_CASE = [(re.compile(r"(?:[Гг]-на|[Гг]-жи|господина|госпожи|[Дд]-ра|доктора|профессора|[Пп]амят[ьи]|"
                          r"Превосходительства|Высочества|Величества|(?<![\w-])им\.|(?<![\w-])имени)$"), "gent"), (re.compile(r"(?:[Гг]-ну|господину)$"), "datv"),
              (re.compile(r"(?:[Гг]-ном|[Гг]-жой|господином|госпожой)$"), "ablt"), (re.compile(r"(?:[Гг]-жу|госпожу)$"), "accs")]

# (an initial may stand between the given names and the surname: «Нила Франка Р. Феррера (Филиппины)»)
NAME_BRACKET = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{1,4}}(?:[А-ЯЁ]\.\s?)?{NAME_WORD}|{INITIALS}{NAME_WORD}|{NAME_WORD}\s+{INITIALS}(?<!\.)(?=\s*\())"
    rf"\s*\(([^()]{{2,80}})\)"
)

# role phrases (ie/data/words/roles.txt: lemmas, forms by pymorphy3) -> norm.role, as (regex, role)
ROLES = load_roles(default())


def role_matches(window: str, lo: int = 0, hi: int | None = None):
    """Every role phrase in ``window[lo:hi]`` as (match, role), in the table's
    order, without phrases inside a longer one found at the same place
    («заместителя Генерального секретаря» holds no «генеральный секретарь»)."""
    hi = len(window) if hi is None else hi
    low = window[lo:hi].lower().replace("ё", "е")
    found = [(m, role) for rx, role, needle in ROLES if needle in low for m in rx.finditer(window, lo, hi)]
    if len(found) < 2:
        return found
    return [(m, role) for m, role in found
            if not any(o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
                       for o, _ in found)]


# Roles that seat a person at the meeting; others («Генеральный секретарь») only with words of speaking.
# a stem every pattern of ROLES contains (lower case): no stem, no role
ROLE_STEMS = ("председател", "докладчик", "представител", "наблюдател", "заместител", "дискуссионн", "участник",
              "состав", "директор", "секретар", "комиссар", "модератор", "посланник", "координатор", "министр", "посл", "посол",
              "поверенн", "исполняющ", "советник", "руководител", "делегат", "генсек", "корол", "премьер", "президент", "эксперт", "постпред", "глав")
SEAT_ROLES = frozenset(WORDS.seat_roles.lemmas)
# the roles of a state's delegate: the person speaks for that state
DELEGATE_ROLES = frozenset(WORDS.delegate_roles.lemmas)

# A role word that names no one after it: a form of address («Многоуважаемый
# Председатель,», «г-н Председатель»), a genitive after «по приглашению»
# («По приглашению Председателя г-н Шведас … занимают места»), or a verbatim
# record's speaker label («Председатель (говорит по-английски): … г-н Кофи Аннан»).
ADDRESS_BEFORE = re.compile(r"(?:(?<![\w-])(?:много)?уважаем\w*|(?<![\w-])[Гг][-‑]н|(?<![\w-])[Гг][-‑]жа|[Гг]осподин|[Гг]оспожа)\s+$", re.I)

NOT_GOVERNING_BEFORE = re.compile(r"(?<![\w-])по\s+(?:приглашению|просьбе)\s+$", re.I)

SPEAKER_LABEL = re.compile(r"\w*\s*\(\s*говорит\s+по-")

# the chair giving the floor: «Председатель предоставляет слово г-ну X» (X is no chair)
GIVES_FLOOR = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:предоставля|предоставил|предоставит|да[её]т|переда[её]т)\w*\s+слово", re.I)

# a verbatim record's speaker: «Г-н Небензя (Российская Федерация): Мы благодарим …»
RECORD_LABEL = re.compile(r"\s*\((?:[^()]|\([^()]{0,80}\)){2,80}\)[ \t]*:")

# the bracket right after a name, one bracket deep inside it: «Г-н X (Венесуэла (Боливарианская Республика)) говорит»
BRACKET_AFTER = re.compile(r"^\s*\((?:[^()]|\([^()]{0,80}\)){0,160}\)")

# a transcript's speaker label on a line of its own: «ПОСОЛ ХЕЙЛИ:  Добрый день»
TRANSCRIPT_LABEL = re.compile(r"[ \t]*:[ \t]+\S")
TRANSCRIPT_NAME = re.compile(r"(?:^|\n)[ \t]*(ПОСОЛ|Посол|Г-Н|Г-ЖА|Г-н|Г-жа|MR\.|MS\.)[ \t]+([А-ЯЁ]{2,}(?:[-’][А-ЯЁ]{2,})?)(?=[ \t]*:[ \t]+\S)")
TRANSCRIPT_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[А-ЯЁA-Z][А-ЯЁA-Z-]+[ \t]+|[Гг][-‑](?:н|жа)[ \t]*)?$")

# What the person did, right after the name (the person is the subject) …
SPOKE_AFTER = re.compile(
    r"^(?:(?!(?<![\w-])(?:он|она|они|оно)(?![\w-]))[^.;:»\"“”]){0,40}?(?<![\w-])(?!благодарност)(?P<verb>"
    + "|".join(map(re.escape, WORDS.speaking_verbs.stems)) + r"|сделал\w*\s+заявлени"
    r"|(?:выступит|выступят|представит)(?![\w-])"
    r"|(?:намерен[аы]?|планиру\w+|собира\w+)\s+выступить(?![\w-]))", re.I)
# (the future as whole words: «представит» is no «представитель»; an announced statement, GUIDELINES 34;
# «с благодарностью принял» is no thanks said)
# the person's own speech, named in the words around the name: «в своём выступлении», «в своей речи»
OWN_SPEECH = r"в\s+сво(?:[её]м|ей)\s+(?:выступлении|речи|докладе|обращении)"

# … or before it (the verb opens the clause: «С заявлением выступил г-н X»)
SPOKE_BEFORE = re.compile(r"(?<![\w-])[Мм]еня\s+зовут|оглашенн\w+|зачитанн\w+|выступил\w*|выступивш\w*|[Вв]ыступая\s+(?:на|в|перед|с)(?![\w-])[^.;:!?«»\"]{0,120},|предоставил\w*\s+слово|выступлени(?:е|я|ем)|вступительн\w+\s+слово|открыл\w*|открыт[аоы]?(?![\w-])|созвал\w*|заявление\s+сделал\w*|слово\s+(?:было\s+)?предоставлено|предоставля\w*\s+слово|"
                          r"в\s+выступлении|" + OWN_SPEECH + r"|взял\w*\s+слово|слово\s+взял\w*|выступит|выступят|буд(?:ет|ут)\s+выступать|откроет|откроют|"
                          r"(?:по)?приветствовал\w*\s+(?:[\w-]+\s+){0,2}?(?:участник|делегат|собравш|гост)\w*|"
                          r"(?:участник|делегат|собравш|гост)\w*\s+(?:по)?приветствовал\w*|"
                          r"пресс-конференци\w*|брифинг\w*\s+(?:[\w-]+\s+){0,2}?пров[её]л\w*|итог\w*\s+(?:[\w-]+\s+){0,4}?подв[её]л\w*|"
                          r"с\s+трибун\w*[^.;]{0,40}?(?:обратит\w*|обратил\w*|выступ\w*)|"
                          r"по\s+предложению", re.I)

SPOKE_REACH = 200

# … of which a finite verb, whose subject is nominative: an oblique name after it is no speaker
# («Петрова выступит в Школе управления Джона Кеннеди»); nouns take a genitive («Речь г-на X»)
FINITE_SPOKE = re.compile(r"выступил|выступит|выступят|буд(?:ет|ут)\s+выступать|откро|открыл|взял|слово\s+взял|заявление\s+сделал", re.I)

# A meeting in view: a speaking verb makes a SPEAKER only near one of these
# words; «Гутерриш приветствовал решение администрации» in a news item is a PERSON.
MEETING_WORD = re.compile(r"заседани|сесси[ияйю]|совещани|брифинг|пресс-конференц|конференци|[Кк]омитет|[Сс]овет\w*\s+"
                          r"[Бб]езопасности|[Аа]ссамбле|говорит\s+по-|Председател|дискусси|прени|[Фф]орум|саммит|"
                          r"[Кк]онгресс(?!\w*\s+США)", re.I)  # (a WMO or UPU Congress; not the US Congress)

MEETING_REACH = (2000, 600)

# «памяти бывшего Председателя … г-на X»: an office once held seats nobody at this meeting
# (also «прежнего Председателя Конференции посла X»: the chair before this one)
FORMER = re.compile("|".join(map(re.escape, WORDS.former.stems + WORDS.deceased.stems + ("прежн",))), re.I)

# A person addressed, not seated: «Независимый председатель Совета, дорогой Ханс!» (GUIDELINES 33)
ADDRESSED_BEFORE = re.compile(r"(?<![\w-])(?:(?:[Дд]орог|[Уу]важаем|[Мм]ногоуважаем)(?:ой|ая|ый|ые|ие)\s+(?:(?:г-н|г-жа|господин|госпожа)\s+)?"
                              r"|(?:[Бб]лагодарю|[Сс]пасибо)(?:\s+(?:[Вв]ам|[Вв]ас|тебя|тебе))?,\s*)$")  # «Благодарю Вас, Тони, и …»
ADDRESSED_AFTER = re.compile(r"\s*[!,]")

# A prize handed over: «Премия … была вручена представителю Перу г-ну X», «присуждена совместно г-ну X (…)»;
# its winner is named, not seated (real7 decisions)
AWARDED_BEFORE = re.compile(r"(?<![\w-])(?:вручен|присужден|присвоен)\w*(?![\w-])[^.;:!?]{0,200}$", re.I)

# «Дань памяти … г-на Гвидо де Марко и … г-на Самира Шихаби»: nobody no longer alive speaks at the meeting
DECEASED = re.compile("|".join(map(re.escape, WORDS.deceased.stems)), re.I)

DECEASED_REACH = 300

# A statement recorded under a heading: «Вступительное заявление Верховного
# комиссара … Зейда Раада аль Хусейна на 30-й сессии …»; a speaking verb
# only where a meeting is in view (a news item quotes statements too)
STATEMENT_NOUNS = r"[Зз]аявлени[ея]|[Пп]ослани[ея]|[Оо]бращени[ея]|[Вв]ыступлени[ея]|[Рр]еч[ьи]"  # (a speech page's heading too)
STATEMENT_BEFORE = re.compile(rf"(?<![\w-])(?:{STATEMENT_NOUNS})(?![\w-])|оглашенн\w+|зачитанн\w+", re.I)

# … the meeting named right after the name: «… Зейда Раада аль Хусейна на 30-й сессии Совета»
# (or the body or session it is addressed to: «Заявление Верховного комиссара … X в адрес Третьего комитета»,
# «послание Генерального секретаря X участникам двадцать пятой сессии Конференции»)
AT_MEETING_AFTER = re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
                              r"(?:\s+(?:утром|дн[её]м|вечером))?\s+)?(?:на|в\s+адрес|перед|участникам)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:сесси|заседани|совещани|конференци|брифинг|комитет|ассамбле|генассамбле|совет)", re.I)

# Thanks for what the person did at this meeting: «спасибо Заместителю
# Генерального секретаря Дикарло за её сегодняшний ценный доклад»
THANKS_BEFORE = re.compile(r"(?<![\w-])(?:спасибо|благодар\w*|поблагодари\w*|признательн\w*)(?![\w-])", re.I)
THANKED_FOR = re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)?,?\s*за\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:доклад|брифинг|выступлени|заявлени|информаци|презентаци|руководств|председательств)", re.I)

# A name heading followed by its speech: «Генеральный секретарь ООН Пан Ги Мун\n\nВыступление на пленарном заседании»
# («X\n\n177-я сессия Совета ФАО Заключительное слово»: the session may head the line)
SPEECH_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*(?:[^\n]{0,40}?(?<![\w-])(?:[Сс]есси|[Зз]аседани|[Сс]овещани|[Кк]онференци)\w*[^\n]{0,30}?\s+)?"
                              r"(?:Выступление|Заявление|Послание|Обращение|"
                              r"(?:Вступительное|Заключительное|Приветственное)\s+слово)(?![\w-])")  # «X\n\nЗаключительное слово …»

# a participle right after the name's comma has the name as its subject, whatever its case:
# «г-на Петрова, выступавшего вчера по пункту 5» (an oblique name is otherwise no verb's subject)
PARTICIPLE_AFTER = re.compile(r"\s*,\s*[а-яё]+(?:вш|ющ|ящ|ащ|ущ)(?:ий|его|ему|им|ем|ая|ей|ую|ие|их|ими)(?![\w-])")

# the instrumental of a name after «с»: «встретится с генеральным секретарем Антониу Гутеррешем», «с Марией Ивановой»
# (a name in it is met, represented or signed by, never the one seated by the role before it)
INSTRUMENTAL_END = ("ом", "ем", "ём", "ым", "им", "ой", "ей")
WITH_BEFORE = re.compile(r"(?<![\w-])(?:с|со)\s+[^.;:!?()«»\"]{0,100}$")  # … after «с»: «Председателем … г-ном X» is the chair

# «Председатель: г-н X … затем: г-жа Y»: the heading of a summary record goes on with the chair
THEN_CHAIR = re.compile(r"(?<![\w-])затем\s*:\s*(?:[Гг]-н|[Гг]-жа)?\s*$")

# How far a name's context reaches, in characters, before and after it: every
# rule looks nearer than this (a list's role word at most 600 back).
BEFORE_REACH = 1000

AFTER_REACH = 400

LIST_REACH = 6  # sentences a role word before a «;»-separated list reaches  # characters from the verb to the name it introduces

# Written, not spoken: «В письме от 3 февраля 2019 года г-н Маруган информировал Комитет»
IN_WRITING = re.compile(r"(?<![\w-])(?:[Вв]\s+(?:своем\s+|своём\s+)?(?:письме|записке|вербальной\s+ноте|ноте)|[Пп]исьмом|[Вв]ербальной\s+нотой|"
                        r"(?:направил|отправил)[аи]?\s+(?:[\w-]+\s+)?(?:письмо|послание|телеграмму))(?![\w-])")  # (or a letter sent to X)

# A delegation seated at the table of a treaty body: «г-н Шведас, г-н Римкунас … (Литва)
# занимают места за столом Комитета» (all of them take part in the dialogue)
TABLE_AFTER = re.compile(r"занима\w*\s+мест\w*\s+за\s+столом", re.I)

# The rest of a list of titled names up to the bracket that closes it: «г-н
# Шведас, г-н Римкунас, г-жа Бернотиене и г-жа Петрикиене (Литва)» (each item
# ends at a word's end, so the scan is linear)
LIST_TO_BRACKET = re.compile(r"(?:\s*(?:,|и(?![\w-]))\s*(?:[Гг][-‑](?:н|на|жа|жи)(?![а-яё-])\s*)?[А-ЯЁ][\w’'-]*(?![\w’'-])){1,8}\s*\(")

# Chairing a part of the meeting, without a role word.
SEAT_VERB = re.compile("|".join(map(re.escape, WORDS.seat_verbs.stems)) + r"|вел[аи]?\s+(?:заседани|обсуждени)"
                       r"|пров[её]л\w*\s+(?:[\w-]+\s+){0,2}?(?:церемони|заседани|обсуждени|дискусси)"  # «провёл заседание X»
                       r"|(?:церемони|заседани|обсуждени|дискусси)\w*\s+(?:[\w-]+\s+){0,3}?пров[её]л\w*"  # «Церемонию … провёл X»
                       r"|под\s+(?:руководством|председательством)", re.I)  # «Сессия будет проходить под руководством X»

# «X (Китай), г-жа Y (Польша) и г-н Z (Швеция) избираются заместителями Председателя»: only
# names, brackets, titles and «и» between the name and the verb (the names are its subject)
# Each item ends at a word boundary, so a word is matched one way only (no
# splitting «ДОКЛАД» into «ДО»+«КЛАД»): the scan is linear, not exponential.
ELECTED_AS = re.compile(r"(?:\s*(?:\([^()]{1,60}\)|,|(?:и|был[аио]?|[а-яё]{3,12}но|затем|вновь|[Гг]-н|[Гг]-жа|[А-ЯЁ][\w’'-]+|[0-9]{1,2}\s+"
                        r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[яа])(?![\w’'-])))*\s*"
                        r"(?P<verb>(?:пере)?избира\w*с[яь]|(?:пере)?избран\w*|назнача\w*с[яь]|назначен\w*|утвержда\w*с[яь]|утвержд[её]н\w*)\s+([^.;]{1,80})")

ELECTED_VERBS = ("избира", "избран", "назнач", "утвержд")  # ELECTED_AS needs one of them
VOTE_VERBS = ("избра", "переизбра")  # of them, elected by a vote (not appointed)
APPOSITION = re.compile(r"^\s*(?:\([^()]{1,80}\))?\s*,\s*([^,.;()]{3,120})")

# «представитель Пакистана Фарид Ахмед Хан», «наблюдатель от РФ г-н Игорь Морозов»
REP_BEFORE = re.compile(r"(?:представител(?!ьств)\w*|наблюдател\w*\s+от)\s+$", re.I)

REP_NAME = re.compile(rf"\s+(?:(?:при|в)[ \t]+ООН[ \t]+)?(?:(?:г-н|г-жа|господин|госпожа)\s+)?((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})(?!\w)")

FINITE = ("VERB",)

# Capitalised words that are common nouns/adjectives of UN prose: they never
# make a sentence worth running the NER on.
COMMON_POS = {"NOUN", "ADJF", "PRTF", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "NUMR", "PRED", "ADJS"}

PERSON_TAGS = {"Name", "Surn", "Patr"}

CAP_WORD = re.compile(r"(?<![\w-])(?:(?:аль|эль|ад|ибн|бин|ван|фон|де|ди)[- ])?[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)?")

# «г-н Самир аль-Хатиб», «г-жа Ли Мэй»: a title announces a name
# initials and a surname, no title: «Д.А.Полянского», «В. А. Небензя»
# (a full stop after the surname ends the sentence: «… МИД России А.А.Панкин.»; not «А.Б.Вгд.ру»)
INITIALS_NAME = re.compile(r"(?<![\w.])(?:(?:Дж|[А-ЯЁ])\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w.])|"
                           r"(?<![\w.])(?:(?:Дж|[А-ЯЁ])\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=\.(?:\s|$))")

# two initials make the word after them a surname, even one the dictionary reads as an adjective
# or a place («П. Н. Соколовского», «М.А. Колле»)
TWO_INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s?){2}[А-ЯЁ]|Дж\.\s?[А-ЯЁ]")  # (and «Дж.», only ever an initial: «Дж.Перри»)

# an anonymised author: «Сообщение представлено: М. Р. С.», «Представлено: г-жой К.Н.Л.У.»,
# «Автором сообщения является г-н А.Б.»
AUTHOR_INITIALS = re.compile(
    r"(?:[Пп]редставлен[оаы]?|[Аа]втор\w*(?:\s+сообщения)?|жертв\w*|[Зз]аявител\w*)(?:\s*:[ \t|]*|\s+(?:является|являются))\s*"
    r"(?:[Гг]-(?:н|жа|жи|же|жу|жой|на|ну|ном)\s+)?((?:[А-ЯЁA-Z]\.\s?){2,4})(?!\s?[А-ЯЁа-яё])")
# the title of a communication: «К. Н. Л. У. против: Перу»
AUTHOR_HEADING = re.compile(r"(?m)^[ \t]*((?:[А-ЯЁA-Z]\.[ \t]?){2,4})(?=[ \t]*против\b)")

# a name in Latin letters: «W.O. Hall», «Mr. John Smith», «A.F. Bender Jr.»
# (an initial and a word is a name only at a line end or before a bracket or
# comma: «A. Member States», «U.S. Web Coated» are not)
_LAT_UP, _LAT_LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"

LATIN_NAME = re.compile(
    rf"(?<![\w./])((?:(?:[A-Z][a-z]+[ \t]+){{1,3}}[A-Z]\.[ \t]?|(?:[A-Z][a-z]?\.(?: ?\n|\s)?){{1,3}})[{_LAT_UP}][{_LAT_LOW}]{{2,}}"
    rf"(?:(?:[ \t]+|[ \t]?\n)Jr\.)?)(?=[ \t]*(?:\n|$|,|\(|;))"  # «Hans Henri P. Kluge,» (on the original lines)
    rf"|(?:\b(?:Mr|Mrs|Ms|Dr|Sir|H\.E\.)\.?|Representative:|Alternates?:|Observer:|Chair(?:person)?:)[ \t]+"
    rf"(?!(?:President|Chair|Chairman|Chairperson|Secretary|Speaker|Vice)(?![\w-]))"  # «Mr. President»: an address
    rf"([{_LAT_UP}][{_LAT_LOW}]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[{_LAT_UP}][{_LAT_LOW}]+){{0,4}})")

# a Latin name after a Russian title, as lists of participants write them:
# «Г-жа M.-L. OVERVAD», «Д-р F. ANTEZANA ARANÍBAR», «г-н John Smith (Соединенное Королевство)»
_LAT_WORD = rf"(?:[{_LAT_UP}]{{2,}}|[{_LAT_UP}][{_LAT_LOW}]+)"
LATIN_CAPS_NAME = re.compile(rf"(?<![\w-])(?:[Гг][-‑](?:н|жа|жи|на|ну|же|ном|жой)|[Дд][-‑]р(?:а|у|ом|е)?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)(?:[ \t]+|[ \t]*\n[ \t]*)"
                             rf"((?:[A-Z]\.(?:-[A-Z]\.)?(?:[ \t]*\n[ \t]*|[ \t])?){{0,3}}{_LAT_WORD}(?:[ \t]+{_LAT_WORD}){{0,3}})(?![\w.-])")

# Letters spaced out by OCR or by typography: «П е т р о в», «г-н  С М И Т»,
# «И в а н  П е т р о в» (a capital starts each word); capitals only after a
# title (a spaced heading «С О Д Е Р Ж А Н И Е» is no name).  Each letter is
# followed by one space, so the scan is linear.
SPACED_WORD = r"[А-ЯЁ](?:[ \t][а-яё]){2,20}"
NO_MORE_LETTERS = r"(?![\w-])(?![ \t]{1,3}[А-ЯЁа-яё](?![\w-]))"  # a word of 20 letters at most, not a run
LETTER_SPACED = re.compile(rf"(?<![\w-])({SPACED_WORD}(?:[ \t]{{1,3}}{SPACED_WORD}){{0,2}}){NO_MORE_LETTERS}")
TITLE_SPACED_CAPS = re.compile(r"(?<![\w-])(?:[Гг][-‑](?:н|жа|жи|на|ну|же)|[Гг]осподин\w*|[Гг]оспож\w*)[ \t]+"
                               rf"((?:[А-ЯЁ][ \t]){{2,20}}[А-ЯЁ]){NO_MORE_LETTERS}")

# a letter the PDF split off a name's end: «г-жи Шлите р , занимает места»
SPLIT_TAIL = re.compile(r"[ \t][а-яё]{1,2}(?=[ \t]*[,.;)])")

# a head of state or government before a surname: «Президент Байден сказал Президенту Дуде»
LEADER_TITLE = rf"(?<![\w-]){alternation(WORDS.leader_titles.stems, either_case=True)}\w*\s+"
LEADER_NAME = re.compile(LEADER_TITLE + r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+(?:[А-ЯЁ][а-яё]+|[IVX]{1,4}(?![\w-]))){0,2})(?![\w-])")

# a name with lower-case particles standing alone: «Зейда Раада аль Хусейна», «Хайя бинт аль Хуссейн»
PARTICLE_NAME = re.compile(rf"(?<![\w-])((?:{NAME_WORD}[ \t]+){{1,3}}(?:(?:{PARTICLE}[ \t]+){{1,2}}{NAME_WORD}|д[’'][А-ЯЁ][а-яё]+)"
                           rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,2}})(?![\w-])")

# a paragraph of a summary record opens with its speaker: «3. Г-жа Суайхи (Тунис), касаясь …»
PARAGRAPH_SPEAKER = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}\.?[ \t]*)?Г[ \t]?[-‑][ \t]?(?:н|жа)[ \t]*$")  # «2Г-н», «Г - жа»

# a photograph's credit line: «Фото ООН/Э. Дебебе», «© MINUSMA/Харандане Дико», «Flickr / Т. Кейн»
PHOTO_CREDIT = re.compile(r"(?:[Фф]ото|Photo|©|Flickr)[^\n/]{0,40}/\s*(?!Корр\.|Пресс-|Архив|Скриншот|Кадр)((?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё’'-]+(?:[ \t][А-ЯЁ][а-яё’'-]+){0,2})")
# (a dateline's «/Корр. БЕЛТА/» after a photo caption is the agency's correspondent, no name)

# … and in Latin letters, either side of the agency: «UN Photo/Loey Felipe», «Loey Felipe/UN Photo»,
# «Photo©Russian Delegation to UNESCO: Konstantin Volkov»
LATIN_PHOTO_CREDIT = re.compile(r"(?:Photo|[Фф]ото|©)(?:[^\n/:]{0,40}:|[^\n/]{0,20}/|(?<=©)[ \t]*(?=[A-Z][a-z]+[ \t][A-Z][a-z]+[ \t]*(?:\n|$))|(?<=\([Фф]ото)(?=[ \t]+[A-Z]))[ \t]*([A-Z][a-z]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z]+){1,2})(?![\w])"
                                r"|(?<![\w/])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2})[ \t]*/[ \t]*(?:UN|ООН|UNICEF|WFP)[ \t]+Photo")

# a name ending in a word with a hyphenated particle: «Мохаммеда аль-Барадеи», «Абдель Фаттаха ас-Сиси»
# (not in quotes: «Джейш аль-Ислам» is a group; a last word only before a comma or bracket: «Абу Бакр ас-Сиддик Хамдан,»)
PREFIXED_NAME = re.compile(rf"(?<![\w«-])((?:{NAME_WORD}[ \t]+(?:{PARTICLE}[ \t]+)?){{1,3}}{alternation(WORDS.name_prefixes.forms)}-[А-ЯЁ][а-яё’']+"
                           rf"(?:[ \t]+[А-ЯЁ][а-яё]+(?=[ \t]*[,;(]))?)(?![\w»-])")

# a surname in capitals, as summary records write it («г-н ПИЛЛАИ», «Мариньо МЕНЕНДЕС»)
CAPS_WORD = r"[А-ЯЁ]{2,}(?:[-’'][А-ЯЁ]{2,})?(?![\w-])"

# (a middle initial before the surname: «г-н Хамадун И. Туре», «г-н Карлос П. РОМУЛО», and after «д-р» a name so written, which the NER misses)
TITLE_NAME = re.compile(rf"(?<![^\W\d_])(?<!-)(?:[Гг](?:[-‑]| [-‑] ?)(?:н|жа|жи|на|же|ну|ном|жой|жу)"
                        rf"|[Дд][-‑]р(?:а|у|ом)?(?=\s+(?:{NAME_WORD}\s+){{1,3}}[А-ЯЁ]\.[ \t]?[А-ЯЁ]))(?:\s+|(?=[А-ЯЁ]))"
                        rf"((?:{INITIALS}\s?)?(?:(?:{NAME_WORD}\s+){{0,2}}(?:[А-ЯЁ]\.[ \t]?)?(?:{PARTICLE}\s+)?(?:{CAPS_WORD}\s+){{0,2}}{CAPS_WORD}"
                        rf"|(?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{1,3}}[А-ЯЁ]\.[ \t]?{NAME_WORD}"
                        rf"|(?:{NAME_WORD}\s+(?:{PARTICLE}\s+){{0,2}}){{0,3}}{NAME_WORD}))")

# a summary record's heading: «Председатель: г-н ПИЛЛАИ (заместитель Председателя)»,
# «Временно исполняющая обязанности Председателя:г-жа КОННОРЗ» — the heading's role, not the bracket's
HEADING_ROLE = re.compile(r"(?:^|\n)[ \t*]*([^\n:]{3,80}?)[ \t*]*:[ \t*]*(?:[Гг][-‑](?:н|жа)|М\.)?[ \t]*$")

# «Председатель: М. БЁРНС»: French «M.» (Monsieur) before a surname in capitals
MONSIEUR_NAME = re.compile(rf":[ \t]*М\.[ \t]*({CAPS_WORD})")

# a bracket right after a capitalised word: that name's role, not a later name's
# («Затем: г-н ДЬЯКОНУ (Председатель) … В связи с отсутствием г-на Дьякону»)
NAME_BRACKET_ROLE = re.compile(r"([А-ЯЁA-Z][\w’'-]*)[ \t]*\((?!\s*говорит)[^()\n]{0,80}\)")

# how far before its colon a list's role word stands («Дискуссионная группа была сформирована в следующем составе:»)
LIST_INTRO_REACH = 80

# how far after «Председатель:» a heading's name stands («Председатель: г-н Мариньо МЕНЕНДЕС (Испания)»)
HEADING_REACH = 60

# a bracket right before a name: the entry before it ends there («Greece\n(Председатель)\nW.O.\nHall»)
CLOSED_BEFORE = re.compile(r"\((?!\s*говорит)[^()\n]{0,80}\)\s*$")

# the state a person comes from, right after the name: «Филемона Яна из Камеруна»
FROM_STATE = re.compile(r"\s+из\s+")

# a name quoted after the speech: «… по всем направлениям», – добавил Гутерриш» (or with no marks: «…народов.\n— заявил X»)
QUOTE_BEFORE = re.compile(r"(?:[»\"“]\s*[,.!?…]?|[.!?…])\s*[–—-]\s*(?:" + "|".join(map(re.escape, WORDS.speaking_verbs.stems))
                          + r"|сказал|добавил|продолжил|констатировал)\w*(?:\s+(?-i:[а-яё]+)){0,3}?"
                          r"(?:\s*,(?:\s+[\w-]+){1,4}\s*,)?\s+$", re.I)  # «— сказала, открывая сессию, X»  # «– сообщила в ходе брифинга X»
# … also over the speaker's role: «…», – заявил Верховный комиссар Фолькер Тюрк (whose role is his own)
QUOTE_ROLE_BEFORE = re.compile(QUOTE_BEFORE.pattern.replace(r"(?-i:[а-яё]+)){0,3}?", r"[\w-]+){0,6}?"), re.I)

# «г-н Председатель», «г-жа Председатель»: a form of address, not a name
ADDRESSED_ROLE = re.compile(r"(?:Председател|Сопредседател|Генеральн|Секретар|Докладчик|Посол|Министр|Президент)", re.I)

# Endings a foreign name the dictionary does not know takes in an oblique
# case, and what its nominative ends with: «Накамуры» -> «Накамура»,
# «Ноубла» -> «Ноубл», «Мартинсу» -> «Мартинс».
DECLENSION = {
    "gent": (("ского", "ский"), ("цкого", "цкий"), ("ии", "ия"), ("ги", "га"), ("ки", "ка"), ("хи", "ха"), ("ы", "а"),
             ("а", ""), ("я", "ь")),
    "accs": (("ского", "ский"), ("цкого", "цкий"), ("у", "а"), ("ю", "я"), ("а", "")),
    "datv": (("скому", "ский"), ("цкому", "цкий"), ("у", ""),),
    "ablt": (("ским", "ский"), ("цким", "цкий"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
             ("ыным", "ын"), ("ой", "а"), ("еем", "ей"), ("ом", "")),
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

ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ую", "юю",
           "а", "я", "у", "ю", "е", "ы", "и", "ь")

MENTION = re.compile(rf"(?<![\w-])(?:(?:{PARTICLE})\s+){{0,2}}{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}")

CASE_ORDER = ("nomn", "gent", "datv", "ablt", "accs", "loct")

ROLE_NOUNS = frozenset(WORDS.role_nouns.lemmas)

LEAD_INITIALS = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,3}$")

# a prize or a body named after a person: «Премия Нансена», «университет имени Ломоносова»
EPONYM_BEFORE = re.compile(r"(?<![\w-])" + alternation(WORDS.eponyms.forms, either_case=True) + r"\s+$")

# a single word after these prepositions is a topic or a place, not a person: «спецпредставитель по Эболе»
TOPIC_BEFORE = re.compile(r"(?<![\w-])(?:[Пп]о|[Нн]а|[Вв]о?|пишет|сообщает|передает|передаёт|"
                          r"(?:пл|ул|просп|пр-т|наб|пер|бульв?)\.)\s*$")  # «пишет Гордон»: an outlet; «7, пл. Фонтенуа»: an address

# elected by a verb before the name, the role after it: «Совет избрал X (Страна) своим председателем»
ELECTED_BEFORE = re.compile(r"(?<![\w-])избра(?:л|ла|ли|ло|ть)(?![\w-])[^.;:]{0,120}$", re.I)
# (or «в качестве» and the genitive: «Конференция избрала X (Финляндия) в качестве Председателя …»)
ROLE_AFTER = re.compile(r"^\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:сво(?:им|ей|его|ими)\s+)?(?P<as>в\s+качестве\s+)?"
                        r"(?P<role>(?(as)[а-яё-]+|[а-яё-]+(?:ем|ом|ой|ей|ами|ями))(?:\s+[^.;,()]{0,60})?)", re.I)

# the next sentence speaks of the person's speech: «… Владимир Путин. Его выступление состоится …»
SPEECH_NEXT_SENTENCE = re.compile(r"[^.!?\n]{0,120}[.!?]\s+(?:(?:Его|Ее|Её)\s+(?:выступлени|речь|обращени)|(?:" + OWN_SPEECH
                                  + r"|Выступая\s+[^.!?]{0,80}?)\s*,?\s*(?:он|она)(?![\w-]))", re.I)

# a seat verb chairs a meeting, a group, a debate or a ceremony, not an office: «Управление … руководил X» is a PERSON
SEAT_OBJECT = re.compile(r"заседани|сесси|совещани|обсуждени|прени|дискусси|дебат|работ\w*\s+(?:\w+\s+){0,2}?групп|групп|"
                         r"церемони|конференци|форум|встреч|круглы\w+\s+стол|мероприяти|пленарн|ивент|панел", re.I)

# a meeting held: a delegate who only «сообщил» in a news item with none of these near is a PERSON
MEETING_EVENT = re.compile(r"заседани|сесси[ияйю]|совещани|брифинг|(?:пресс|видео)-?конференц|прени[ея]|дискусси|выступ|трибун|"
                           r"голосовани|консультаци", re.I)  # «Перед голосованием в СБ постпред X заявил»

# appointed, not seated: «объявил о назначении X на должность …» (an appointment announced makes a PERSON)
# … or announcing one: «X сообщил Совету Безопасности о намерении назначить Y» (by letter, no meeting: a PERSON)
# … or recommending one: «X рекомендует назначить на должность спецдокладчика Y» (both PERSONs)
APPOINTS_AFTER = re.compile(r"^[^.;«»]{0,80}?(?<![\w-])(?:о\s+(?:своем\s+|своём\s+)?(?:намерении\s+назначить|назначении)|"
                            r"(?:рекоменд|предлага|предложил)\w*\s+назначить)(?![\w-])", re.I)
APPOINTED_BEFORE = re.compile(r"(?<![\w-])(?:назначени[еяюи]|назначил\w*|назначит|назначить|назначает|назначен[аоы]?)(?![\w-])[^.;:]{0,60}$", re.I)

# A seat still to come: «Председателем Совета станет представитель Украины X», «делегацию возглавит
# Председатель ФНПР X» (no meeting held yet; a candidacy is not: «выдвинуты кандидатуры г-на X» is then elected)
SEAT_TO_COME = re.compile(r"(?<![\w-])(?:станет|станут|возглавит|возглавят|займет|займёт)(?![\w-])[^.;:!?,«»]{0,70}$", re.I)

# a seat verb right after the name, its object a meeting word: «X также возглавил церемонию»
SEAT_AFTER = re.compile(r"^\s*(?:(?:также|затем|вновь|лично|будет)\s+)?(?:" + "|".join(map(re.escape, WORDS.seat_verbs.stems))
                        + r")\w*\s+(?:\w+\s+){0,2}?(?:" + SEAT_OBJECT.pattern + ")"
                        r"|^\s*возглавит\s+(?:\w+\s+){0,2}?(?:дебат|заседани|обсуждени|прени|дискусси)"  # (not «возглавит делегацию»)
                        r"|^\s*(?:[\w-]+\s+){0,2}?право\s+(?:возглавлять|председательствовать)\s+(?:\w+\s+){0,2}?(?:сесси|заседани|работ)", re.I)

# two or three capitalised words on one line (a name the NER may have missed; checked by the dictionary)
NAME_RUN = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}(?![\w-])")

# a name that goes on past a run of capitalised words: «… Альбукерке э Сильва», «Абу Хусейна\nаль-Хусейни»
NAME_GOES_ON = re.compile(r"\s+(?:[а-яё]{1,5}\s+|[а-яё]{1,3}-)[А-ЯЁ]")
NAME_CAME_FROM = re.compile(r"(?:[А-ЯЁ][а-яё]*\s+[а-яё]{1,5}|[а-яё]{1,3}-[А-ЯЁ][а-яё]+)\s+$")

# a byline right before the name: «Текст: Мария Иванова», «Автор: …» (the author, never the speaker)
BYLINE_BEFORE = re.compile(r"(?<![\w-])(?:[Тт]екст|[Аа]втор\w*|[Фф]ото|[Ии]сточник|[Кк]орреспондент\w*)\s*:\s*$")

# a line whose first word may open a sentence (checked by the dictionary: «Об», «Он», «По»)
# «Мигель Д‘Эското Брокман»: a turned comma (U+2018) written for the apostrophe of a name
TURNED_APOSTROPHE = re.compile(r"(?<=[ДдОо])‘(?=[А-ЯЁ])")

# a record's contents (who took the floor): a line only a title and a surname in capitals, «Г-н ХЕДМАН»
INDEX_LINE = re.compile(r"[ \t]*(?:[Гг]-н|[Гг]-жа)[ \t]+[А-ЯЁ][А-ЯЁ’'-]+(?:[ \t]+[А-ЯЁ][А-ЯЁ’'-]+){0,2}[ \t]*$")
# a blank line right before the name, after a line that does not lead into it («Выступили:\n\nг-н X» does):
# a headline ended there, and the name opens a paragraph of its own
PARAGRAPH_BREAK = re.compile(r"[^\s:;,—–-][ \t]*\n[ \t]*\n[ \t]*$")
SENTENCE_LINE = re.compile(r"[^\s.!?:;,»\"-][ \t]*\n[ \t]*([А-ЯЁ][а-яё]*)(?![\w-])")

# a state's adjective before «делегация»: «шведская делегация», «Российскую делегацию» (data: nationalities.txt)
NATIONALITY = dict(WORDS.nationalities.values)
NATIONAL_DELEGATION = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)\s+делегаци\w*", re.I)
