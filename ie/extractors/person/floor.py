"""The floor told elsewhere in the page, not in the name's own clause: a
lecture given, a briefing heard («заслушали отчеты … X»), a statement
presented or read out for its author, a speech named before the name («В
своей последней речи в Генассамблее … X»), the person's own words said at a
meeting a little later («— сказал он на 16-й сессии»), the floor taken in a
relative clause («…, где выступил с речью»).  Each rule reads the text around
one name and says yes or no."""

from __future__ import annotations

import re

from .patterns import OWN_SPEECH

# a lecture given at the session: «Профессор X, лауреат …, прочитал 28-ю лекцию», «X … произнес 27-ю лекцию»,
# «лекция … была прочитана … профессором X», «Виртуальная лекция профессора X» (real7 decisions: the lecturer speaks)
LECTURE_AFTER = re.compile(r"^[^.;!?]{0,300}?(?<![\w-])(?:прочитал|произн[её]с|прочтет|прочтёт)\w*\s+(?:[\w-]+\s+){0,2}?лекци", re.I)
LECTURE_BEFORE = re.compile(r"(?:(?<![\w-])(?:лекци|сесси)\w*[^.;!?]{0,200}?(?<![\w-])прочитан\w*[^.;!?]{0,160}|"
                            r"(?<![\w-])лекци[яиюей]\s+(?:профессор|д-р|доктор)\w*\s+)$", re.I)


def gave_lecture(before: str, after: str) -> bool:
    return LECTURE_AFTER.match(after) is not None or LECTURE_BEFORE.search(before[-360:]) is not None


# a briefing heard at the meeting reported: «члены Совета … заслушали отчеты Личного посланника … X и
# руководителя секции … Y» (every name of the clause after the verb gave one), or a delegate heard: «Совет
# заслушал представителя Республики Индонезии X»
BRIEFED_BEFORE = re.compile(r"(?<![\w-])заслушал\w*\s+(?:[\w-]+\s+){0,2}?(?:отчет|доклад|брифинг|сообщени|информаци|представител|постпред|делегат)\w*(?![\w-])"
                            r"[^.;!?«»\"]{0,250}$", re.I)

# a statement presented for its author: «послания …, представленного … от его имени Генеральным директором … X»
PRESENTED_FOR = re.compile(r"(?<![\w-])(?:[Пп]редставлен|[Зз]ачитан|[Оо]глашен)\w*(?:[^.;!?«»\"]|\.(?!\s+[А-ЯЁ])){0,80}?от\s+(?:его|ее|её|их)\s+имени"
                           r"[^.;!?«»\"]{0,150}$")

# a speech given at the meeting, before the name: «В своей последней речи в Генассамблее … Пан Ги Мун назвал»
SPEECH_AT_BEFORE = re.compile(r"(?<![\w-])[Вв]\s+(?:сво\w+\s+)?(?:[\w-]+\s+)?(?:речи|выступлении|обращении)\s+(?:в|на|перед)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:Генассамбле|Ассамбле|Совет|сесси|заседани|конференци)[^.;!?«»\"]{0,80}$", re.I)


def briefed(before: str) -> bool:
    return BRIEFED_BEFORE.search(before[-320:]) is not None


# … or read out by another: «Полянский зачитал заявление главы департамента … Владимира Ермакова»
MESSAGE = r"(?:заявлени|послани|обращени|приветстви)\w*"  # what is read out for its author
READ_OUT_FOR = re.compile(r"(?<![\w-])(?:зачитал\w*|огласил\w*)\s+(?:[\w-]+\s+)?" + MESSAGE
                          + r"[^.;!?«»\"]{0,150}$", re.I)


# … or in the passive after the name: «послание министра иностранных дел X было оглашено в Совете»
MESSAGE_OF = re.compile(r"(?<![\w-])" + MESSAGE + r"\s+(?:[\w-]+\s+){0,5}$", re.I)
READ_OUT_AFTER = re.compile(r"\s*(?:(?:было|были|будет)\s+)?(?:оглашен|зачитан)\w*(?![\w-])", re.I)


def presented_for(before: str, after: str = "") -> bool:
    return PRESENTED_FOR.search(before[-260:]) is not None or READ_OUT_FOR.search(before[-200:]) is not None or (
        READ_OUT_AFTER.match(after) is not None and MESSAGE_OF.search(before[-80:]) is not None)


def speech_at(before: str) -> bool:
    return SPEECH_AT_BEFORE.search(before[-200:]) is not None

# the person's own words said at the meeting a little later, by a pronoun: «Об этом заявил … X. … "…", - сказал он
# на 16-й сессии Конференции ООН по торговле и развитию»
PRONOUN_AT_MEETING = re.compile(r"(?<![\w-])(?:сказал|заявил|отметил|подчеркнул|добавил|напомнил)\w*\s+(?:он|она)\s+на\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:сесси|заседани|конференци|совещани|форум|саммит|пленарн|ассамбле)", re.I)
PRONOUN_REACH = 700


# … or a sentence opening with the speech and naming nobody: «… считает генсек ООН X. Его слова приводит РИА
# Новости. Выступая на открытии 40-й сессии Совета, генсек ООН отметил …»
SPOKEN_AT = r"сесси|заседани|конференци|совещани|форум|саммит|пленарн|дебат|открыти"  # «выступая на …»
SPEECH_OPENS = re.compile(r"(?:^|[.!?]\s+)Выступая\s+(?:[\w-]+\s+)?на\s+(?:[\w-]+\s+){0,3}?"
                          rf"(?:{SPOKEN_AT})[^.!?]{{0,200}}")


# … or a news item's «Об этом заявил …, выступая на …» naming nobody, under a headline «X: «…»»
ABOUT_THIS_AT = re.compile(r"(?:^|[.!?»\"]\s+|\n\s*)Об\s+этом\s+(?:[\w-]+\s+)?(?:заявил|сообщил|сказал|рассказал|говорил)\w*"
                           r"[^.!?]{0,160}?(?<![\w-])выступая\s+(?:[\w-]+\s+)?на\s+(?:[\w-]+\s+){0,3}?"
                           rf"(?:{SPOKEN_AT}|Генассамбле|Ассамбле)")


# the author's words that break into a quote: «"… правительства во главе с премьером Y, - сказал он на заседании»
QUOTE_OPEN = re.compile(r"[«\"“„]")
AUTHOR_BREAKS_IN = re.compile(r"[,.!?…]\s*[-–—]\s*$")


def _quote_opens(text: str, b: int, said: int) -> int:
    """Where names stop counting before «— сказал он на …» at ``said``: the opening of the quote
    that the author's words break into (the names quoted are not the speaker), else ``said``."""
    q = QUOTE_OPEN.search(text, b, said)
    return q.start() if q is not None and AUTHOR_BREAKS_IN.search(text, max(q.end(), said - 4), said) else said


def said_there_later(text: str, b: int, taken) -> bool:
    """Does a pronoun, or a sentence naming nobody, take the floor at a meeting after the name, no
    other name in between?"""
    m = PRONOUN_AT_MEETING.search(text, b, b + PRONOUN_REACH)
    if m is not None and not taken.starts_within(b + 1, _quote_opens(text, b, m.start())):
        return True
    m = SPEECH_OPENS.search(text, b, b + PRONOUN_REACH // 2) or ABOUT_THIS_AT.search(text, b, b + PRONOUN_REACH // 2)
    return m is not None and not taken.starts_within(b + 1, m.end())

# the floor taken in a relative clause after the meeting the name attended: «X принял участие в сессии
# Генконференции, где выступил с речью»
# (or by a pronoun after a comma: «возглавляет делегацию … X, он выступит на спецсессии с докладом»)
SPOKE_WHERE = re.compile(r"^[^.;!?«»\"]{0,120}?,\s+(?:где\s+(?:он\s+|она\s+|также\s+)?выступил|(?:и\s+)?(?:он|она)\s+(?:также\s+)?"
                         r"выступ(?:ил|ила|ит)(?![\w-])(?!\s+бы))", re.I)  # («он выступил бы»: a wish)


def spoke_where(after: str) -> bool:
    return SPOKE_WHERE.match(after) is not None


# the speech given after the name: «… озвучила министр … X в ходе выступления в Женеве на 24-й сессии Совета»,
# «– заявил Генеральный секретарь ЮНВТО X, представляя Ассамблее Белую книгу»
SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:(?:(?:в\s+ходе|во\s+время)\s+(?:сво(?:его|ей)\s+)?(?:выступлени[яи]|речи)|" + OWN_SPEECH + r")(?![\w-])[^.;!?«»\"]{0,60}?(?<![\w-])(?:на|в|перед)\s+"
                          r"(?:[\w-]+\s+){0,2}?|(?:представляя|докладывая|отчитываясь)\s+(?:перед\s+|на\s+)?)"
                          r"(?:Генассамбле|Ассамбле|Совет|сесси|заседани|конференци|форум|саммит|[Кк]омитет|[Кк]онгресс)", re.I)


def speech_after(after: str) -> bool:
    return SPEECH_AFTER.match(after) is not None


# the meeting addressed after the name: «Зеленский обратится к Генассамблее ООН дистанционно», «X обратился к
# участникам сессии» (not «обратился к творчеству …», nor «обратил внимание»)
AUDIENCE = r"[Гг]енассамбле|[Аа]ссамбле|участник|делегат|собравш|сесси|саммит|конференци|форум"  # a meeting or those at it
ADDRESSES_AFTER = re.compile(r"^[^.;:!?«»\"]{0,40}?(?<![\w-])обрат(?:ит|ил|ят)(?:ся|ась|ись)\s+к\s+(?:[\w-]+(?:ой|ей)\s+)?"
                             rf"(?:{AUDIENCE})")


def addresses_meeting(after: str) -> bool:
    return ADDRESSES_AFTER.match(after) is not None


# a proposal or statement made for a delegation: «предложения, выдвинутого проф. X от лица советской делегации на
# Ассамблее», «X от имени делегации Чили предложил …» (a delegate acting at the meeting)
FOR_DELEGATION = re.compile(r"^\s*,?\s*от\s+(?:лица|имени)\s+(?:[\w-]+\s+){0,2}?делегаци", re.I)


def for_delegation(after: str) -> bool:
    return FOR_DELEGATION.match(after) is not None


# «обратился» is words said only to an audience or with them: «обратился к участникам …», «… с приветствием»
# (not «обратился к творчеству Чехова», «обратился к председателю … с письмом»)
TURNED_TO = re.compile(r"обрати(?:лся|лась|лись)(?![\w-])", re.I)
ADDRESSED_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:к\s+(?:[\w-]+(?:ой|ей|ому|ему|им|ым)\s+)?(?:"
                            rf"{AUDIENCE}|[Сс]овет(?!ник)|член|коллег|аудитори|присутствующ)|"
                            r"с\s+(?:[\w-]+\s+)?(?:речью|приветстви|призыв|обращени|заявлени|послани|словами|докладом))", re.I)


# … or from the rostrum: «обратился к мировому сообществу с трибуны 76-й сессии»
FROM_ROSTRUM = re.compile(r"[^.;!?]{0,60}?(?<![\w-])с\s+трибун", re.I)


def turned_not_spoke(after: str, verb_at: int) -> bool:
    """Is the verb at ``verb_at`` an «обратился» that addressed no audience with words?"""
    m = TURNED_TO.match(after, verb_at)
    return m is not None and ADDRESSED_WITH.match(after, m.end()) is None and FROM_ROSTRUM.match(after, m.end()) is None
