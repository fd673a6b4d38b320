"""News pages about people: a chair of another body, a spokesperson, a
speech announced.  Each rule reads the text before and after one name.

- A seat role of a body that holds no UN meeting («председатель сената
  Парламента РК», «председателем … Международного суда», «председатель КНР»)
  seats nobody: the person is a SPEAKER only by speaking.
- A spokesperson («официальный представитель МИД», «представитель генсека»,
  «пресс-атташе … дипмиссии») speaks for an office, not for a state at the
  meeting: a SPEAKER only where a briefing or press conference is in view
  (GUIDELINES 23), then also by a reporting verb before the name («в ходе
  брифинга сообщил официальный представитель генсека X»).
- The floor told elsewhere in the page: see :mod:`.floor`.
- Words said or written outside the meeting: an interview, a quote written
  («— написал постпред X»), an author quoted in a speech, talk of a meeting
  still to come («о предстоящей сессии»), a predecessor in office.
"""

from __future__ import annotations

import re

from ... import morph
from .patterns import WORDS, role_matches
from .words import alternation

# the last seat-role word before the name, and what follows it up to the name
_SEAT_WORD = re.compile(r"(?<![\w-])(?:председател|президент|заместител|вице-председател)\w*", re.I)

# bodies that hold no UN meeting: a court, a parliament, a government, a party, a state («председатель КНР»), a national commission
OTHER_BODY = re.compile(r"(?<![\w-])(?:[Сс]енат\w*|[Пп]арламент\w*|[Пп]равительств\w*|суд(?:а|е|у|ом)?|парти[ияю]|"
                        r"[Гг]осдум\w*|[Дд]ум[ыеу]|меджлис\w*|[Сс]овет\w*\s+[Фф]едерации|[Фф]едеральн\w+\s+[Сс]обрани\w*|[Вв]ерховн\w+\s+[Рр]ад\w*|[Сс]ейм\w*|[Мм]ажилис\w*|"
                        r"[Кк]енеш\w*|[Кк]абинет\w*\s+[Мм]инистров|[Кк]абмин\w*|СНГ|ШОС|ОДКБ|ЕАЭС|БРИКС|[Сс]овет\w*\s+[Мм]инистров(?!\s+иностранн)|[Пп]рофсоюз\w*|профессиональн\w+\s+союз\w*|КНР|КНДР|[Нн]ациональн\w+\s+(?:комисси|комитет)\w*)(?![\w-])")

# a spokesperson of an office (not a state's delegate): the role words right before the name
SPOKESPERSON = re.compile(r"(?:(?<![\w-])официальн\w+\s+представител\w*|(?<![\w-])представител\w*\s+(?:[\w-]+\s+){0,2}?(?:МИД|ведомств\w*|министерств\w*|генсек\w*|"
                          r"[Гг]енерального\s+секретаря|пресс-служб\w*|Кремля|[Бб]елого\s+дома)|"
                          r"(?<![\w-])пресс-(?:атташе|секретар\w*))[^.;:!?«»\"]{0,60}$", re.I)

BRIEFING = re.compile(r"брифинг|пресс-конференц|[Бб]рифинг", re.I)

# the verbs of reported words, any ending (the first five also frame a citation: «Как сообщил …»)
REPORTING = ("сообщил", "заявил", "отметил", "подчеркнул", "сказал", "добавил", "пояснил", "рассказал", "уточнил")
_REPORTED = "|".join(rf"{v}\w*" for v in REPORTING)
# a reporting verb opening the clause the name ends: «в ходе брифинга сообщил официальный представитель генсека X»
REPORT_BEFORE = re.compile(rf"(?<![\w-])(?:{_REPORTED})(?![\w-])[^.;:!?«»\"]{{0,80}}$", re.I)

# a speech announced or given, before the name: «слово возьмет президент X», «к участникам обратятся
# генеральный секретарь X», «к главам государств … обратились генеральный секретарь X и …», «после вступительных речей генерального секретаря X»
SPEECH_BEFORE = re.compile(r"(?<![\w-])(?:слово\s+возьм\w+|возьм\w+\s+слово|"
                           r"(?:к\s+)?(?:участник|делегат|собравш|[Аа]ссамбле)\w*(?:\s+[А-ЯЁ][а-яё]+)?\s+обрат(?:ит|ят|ился|илась)\w*|к\s+глав\w+\s+(?:[\w-]+\s+){0,3}?обрат(?:ит|ят|ился|илась|ились)\w*|"
                           r"обрат(?:ит|ят)ся\s+к\s+(?:участник|делегат|собравш|[Аа]ссамбле)\w*|"
                           r"(?:[Вв]ступительн\w+|[Пп]риветственн\w+|[Зз]аключительн\w+)\s+(?:реч(?:ь|и|ей|ами)|слов(?:о|а|у|ом)?)|"
                           r"(?:Прямая|прямая)\s+речь)(?![\w-])[^.;:!?«»\"]{0,80}$")


def presiding_elsewhere(before: str, after: str, role_by) -> bool:
    """Does the seat role before the name, or the office the name is elected
    to after it, belong to a body that holds no UN meeting?"""
    window = before[-200:]  # («председатель Профсоюза работников … Российской Федерации – X»)
    last = None
    for m in _SEAT_WORD.finditer(window):
        last = m
    if last is not None and role_by != "elected" and OTHER_BODY.search(window, last.end()):
        return True
    if role_by == "elected":
        # (before the name, only its own clause: not «Бывший министр … в правительстве Никарагуа, …, X избран …»)
        return (OTHER_BODY.search(after[:120]) is not None or OTHER_BODY.search(before[-200:].rsplit(",", 1)[-1]) is not None
                or OTHER_BODY.search(before[-60:]) is not None)  # («Международный суд ООН объявил, что судья X избран»)
    return False


ENVOY = re.compile(r"(?:специальн|личн|высок)\w*\s+(?:[\w-]+\s+)?представител\w*[^.;:!?«»\"]{0,80}$", re.I)


def spokesperson(before: str) -> bool:
    """«официальный представитель МИД X»; a special or personal representative of the Secretary-General is an
    envoy («специального представителя генсека ООН в Грузии X»), no spokesperson."""
    return SPOKESPERSON.search(before[-140:]) is not None and ENVOY.search(before[-140:]) is None


def briefing_near(text: str, a: int, b: int, reach: int = 2000) -> bool:
    return BRIEFING.search(text, max(0, a - reach), b + reach) is not None


def reported_before(before: str) -> bool:
    return REPORT_BEFORE.search(before[-160:]) is not None


# … with the name its subject, no comma between («сообщила замгенсека ООН X»; not «заявил, что X …»)
TOLD_BEFORE = re.compile(rf"(?<![\w-])(?:{_REPORTED}|доложил\w*)(?![\w-])[^.;:!?«»\",]{{0,80}}$", re.I)

# words cited that were said at a meeting: «Как заявила на заседании Совбеза ООН … X, «…»» (GUIDELINES 52)
CITING_VERBS = "|".join(REPORTING[:5])  # «Как сообщил …»: a citing frame's verbs
CITED_AT_MEETING = re.compile(rf"(?<![\w-])[Кк]ак\s+(?:{CITING_VERBS})\w*\s+(?:на|в\s+ходе|во\s+время)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:заседани|сесси|брифинг|дебат|совещани|прени)\w*[^.;:!?«»\",]{0,110}$")

_EXPLAINING = "|".join(REPORTING[6:])  # («Как пояснил …» frames a citation too; «добавил» does not)
# the frame of words cited: «Как сообщил постоянный представитель России Виталий Чуркин, на заседании выступит
# руководитель …» (what follows the comma is what was said, its verbs not the name's)
CITING_FRAME = re.compile(rf"(?<![\w-])[Кк]ак\s+(?:{CITING_VERBS}|{_EXPLAINING})\w*"
                          r"(?:\s+[^\s,.;:!?«»\"]+){1,10}\s*$")


def cited_content(before: str, after: str) -> bool:
    """Is the name the subject of a citing frame («Как сообщил X, …») whose
    words follow the comma?  Not where the words were said at a meeting."""
    return (re.match(r"\s*,", after) is not None and CITING_FRAME.search(before[-160:]) is not None
            and CITED_AT_MEETING.search(before[-200:]) is None)


def told_before(before: str) -> bool:
    """A reporting verb opening the clause the name is the subject of, in the
    inverted order of news («…, сообщила замгенсека ООН X»); not after a
    quote («…, — сказал X», «…», подчеркнул X»: the quote rules read those),
    nor citing («Как отметил Генеральный секретарь X, …»)."""
    if CITED_AT_MEETING.search(before[-200:]):
        return True  # the words cited were said at a meeting: «Как заявила на заседании Совбеза … X, «…»»
    m = TOLD_BEFORE.search(before[-100:])
    if m is None:
        return False
    lead = before[:len(before) - len(before[-100:]) + m.start()].rstrip()
    return not re.search(r"[—–«»\"“”]\W{0,2}$|-$", lead) and not re.search(r"(?<![\w-])[Кк]ак$", lead)


def attributed(after: str, verb_at: int) -> bool:
    """Is the speaking verb after a name the attribution of a news item, its
    subject after it («… министр X, сообщает 21 сентября ТАСС», «X, передает
    агентство»)?  A finite verb right after the name's comma is not the name's
    predicate; a gerund or a participle there is not finite («X, выступая на
    заседании, заявил», «г-на X, выступавшего вчера»)."""
    if not re.fullmatch(r"\s*,\s*", after[:verb_at]):
        return False
    verb = re.match(r"[а-яё]+(?=\s+[\w«\"])", after[verb_at:].lower())  # the subject next: not «X, отметил, что …»
    finite = verb is not None and re.search(r"(?:[еуаяю]т|[ие]т|л[аио]?|[еи]тся|ютс?я|ал?ся|лась|лись)$", verb.group())
    return bool(finite) and not re.match(
        r"\s+(?:что|о|об|на|в)(?![\w-])", after[verb_at + verb.end():])


# the one elected named after «им стал»: «Ассамблея избрала председателя своей 71-й сессии. … им стал X»
BECAME = re.compile(r"(?<![\w-])(?:им|ей|ею)\s+стал[аи]?(?![\w-])[^.;:!?]{0,120}$", re.I)
ELECTS = re.compile(r"(?<![\w-])(?:пере)?избра(?:л|ла|ли|ло)(?![\w-])", re.I)


def became_role(before: str):
    """The role the body elected someone to, when the name follows «им стал»
    (the role is the object of «избрал» before it), else None."""
    m = BECAME.search(before[-160:])
    if m is None:
        return None
    head = before[:len(before) - len(before[-160:]) + m.start()][-250:]
    last = None
    for last in ELECTS.finditer(head):
        pass
    found = role_matches(head, last.end(), min(len(head), last.end() + 120)) if last is not None else []
    return min(found, key=lambda f: f[0].start())[1] if found else None


# a delegate's title right after a finite verb: its object («попросил постпреда Великобритании X»)
DELEGATE_WORD = re.compile(r"(?<![\w-])(?:постпред|представител|поверенн)\w*", re.I)
# the words of a delegate's title before its last word («первого заместителя Постоянного представителя»), and the word before them
TITLE_HEAD = re.compile(r"(?:перв\w+\s+)?(?:(заместител\w*)\s+)?(?:(?:постоянн|временн)\w*\s+)?$", re.I)
MEMBERSHIP = re.compile(r"(?:делегаци|состав|списк|член|указани|поручени|инструкци|распоряжени)\w*$", re.I)  # («дал указание представителю X»)
WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]{4,})\s+$", re.I)


def governed_title(before: str) -> bool:
    """Is the delegate's title before the name in an oblique case, governed by
    the verb or noun before it («попросил постпреда Великобритании X», «участие
    в делегации постпреда РФ X»)?  «заявил постпред США X», «заместитель
    Постоянного представителя X» are nominative titles: the person's own."""
    window, last = before[-160:], None
    for last in DELEGATE_WORD.finditer(window):
        pass
    if last is None or re.search(r"[.;:!?«»\"()]", window[last.end():]):
        return False
    phrase = TITLE_HEAD.search(window, max(0, last.start() - 60), last.start())
    head = phrase.group(1) or last.group()
    if any(p.tag.case == "nomn" for p in morph.parse(head.lower())):
        return False
    word = WORD_BEFORE.search(window, max(0, phrase.start() - 30), phrase.start())
    # (a verb, or a noun of membership: «Брифинг Постоянного представителя X» is X's own briefing)
    return word is not None and (morph.parse(word.group(1).lower())[0].tag.POS == "VERB"
                                 or MEMBERSHIP.match(word.group(1)) is not None)


# taking office at the meeting reported: «поздравил со вступлением в должность нового президента Генассамблеи X»
TAKES_OFFICE = re.compile(r"(?<![\w-])вступлени\w+\s+в\s+должность(?![\w-])[^.;:!?«»\"]{0,100}$", re.I)


def takes_office(before: str) -> bool:
    return TAKES_OFFICE.search(before[-160:]) is not None


def speech_before(before: str) -> bool:
    return SPEECH_BEFORE.search(before[-160:]) is not None


# the source a news item is attributed to: «…, об этом заявила журналистам постоянный представитель X»,
# «Об этом на брифинге сообщил пресс-секретарь X» (real a_03): reporting the news, not speaking at the meeting
NEWS_SOURCE = re.compile(r"(?<![\w-])[Оо]б\s+этом\s+(?:[^.;:!?«»\"\s]+\s+){0,6}?(?:сообщил|заявил|рассказал|сказал|написал|"
                         r"пишет|сообщает|заявляет)\w*(?![\w-])(?P<tail>[^.;:!?«»\"]{0,120})$")

# … unless the clause names the meeting: «Об этом заявил глава ООН X на заседании Совбеза», «по окончании консультаций»
AT_MEETING = re.compile(r"заседани|сесси[ияйю]|консультаци|брифинг|пресс-конференц|прени[ея]", re.I)
HELD_AT = re.compile(r"(?<![\w-])(?:на|в|во\s+время|перед)\s+(?:[\w-]+\s+){0,2}?(?:" + AT_MEETING.pattern + ")", re.I)  # (not «созвать заседание»)

# … or the name is followed by the speech it gave there: «…, выступая на дискуссии в Совете Безопасности»,
# «…, отчитываясь в Генеральной Ассамблее» (but «выступая вместе с министром … после закрытого заседания»)
SPOKE_THERE = re.compile(r"\s*,\s*(?:выступая|отчитываясь|докладывая|обращаясь)\s+(?:[\w-]+\s+){0,2}?(?:на|в|во|перед|к)\s", re.I)


def news_source(before: str, after: str) -> bool:
    m = NEWS_SOURCE.search(before[-200:])
    if m is None or AT_MEETING.search(m.group("tail")):
        return False
    clause = re.match(r"[^.;!?«»\"]{0,120}", after).group()
    if SPOKE_THERE.match(clause) and "после" not in clause:
        return False
    return AT_MEETING.search(clause[:80]) is None


# background the item recalls: «Напомним, что Амано был избран … Советом управляющих в июле»
RECALLED_BEFORE = re.compile(r"(?<![\w-])[Нн]апомн(?:им|ю)(?![\w-])(?P<tail>[^.;!?«»\"]{0,200})$")


def recalled(before: str, after: str) -> bool:
    """Is the name in a sentence recalling background («Напомним, что …»),
    with no meeting named in it?  What it tells happened outside the meeting
    reported (a PERSON, SPEC)."""
    m = RECALLED_BEFORE.search(before[-220:])
    if m is None or AT_MEETING.search(m.group("tail")):
        return False
    return AT_MEETING.search(re.match(r"[^.;!?«»\"]{0,160}", after).group()) is None


# a bilateral meeting reported: «X встретился с Y», «провел телефонный разговор с Y» in the headline or lead
BILATERAL_LEAD = re.compile(r"(?<![\w-])(?:встретил\w*[^.;!?\n]{0,60}?\sсо?(?=\s)|встреча\s+с|встречи\s+с|провел\w*\s+(?:телефонный\s+)?"
                            r"(?:разговор|переговоры|встречу|беседу)|переговоры\s+с|беседа\s+с|"
                            r"принял\w*\s+(?:[\w-]+\s+){0,2}?делегаци\w*)(?![\w-])", re.I)  # «делегацию приняла генеральный директор X»
LEAD_REACH = 600
SIDELINES = re.compile(r"(?<![\w-])на\s+полях(?![\w-])", re.I)
MEETING_OR_DEBATE = re.compile(AT_MEETING.pattern + r"|дебат|трибун", re.I)  # a meeting, or a debate
# a meeting still to come: «о предстоящей сессии», «к 26-й конференции»
# (or one talked about afterwards: «рассказал об итогах внеочередной сессии Совета управляющих»)
UPCOMING = re.compile(r"(?:(?<![\w-])(?:предстоящ|будущ|грядущ|итог|результат)\w*|(?<![\w-])к)\s+(?:[\w-]+\s+){0,2}$", re.I)
UPCOMING_REACH = 40


def held(text: str, at: int) -> bool:
    """Is the meeting word at ``at`` a meeting the text puts in view, not one still to
    come or talked about afterwards (``UPCOMING``)?"""
    return UPCOMING.search(text, max(0, at - UPCOMING_REACH), at) is None


def bilateral(text: str) -> bool:
    """Does the document report a bilateral meeting (its headline or lead:
    «Министр … встретился с Генеральным директором …»)?  Both sides of one
    are PERSONs (GUIDELINES 25), whatever they said there."""
    return BILATERAL_LEAD.search(text, 0, LEAD_REACH) is not None


def at_bilateral(before: str, after: str) -> bool:
    """In a bilateral meeting's document, is the sentence free of any meeting
    of a body (a session, a debate, a briefing), where a speech would count?"""
    sentence = before[-300:] + re.match(r"[^.;!?]{0,200}", after).group()
    # «На полях 74-й сессии … X встретился с …»: on the sidelines of a session is not at it; nor is talk of a
    # session to come («обмен мнениями о предстоящей сессии Совета управляющих»)
    return (not any(held(sentence, m.start()) for m in MEETING_OR_DEBATE.finditer(sentence))
            or SIDELINES.search(sentence) is not None)


def membership_list(text: str, b: int, countries) -> bool:
    """Does a list of states, and nothing but their seat counts, follow the
    name («Независимый председатель Совета: г-н X\n\nАвстралия1 Австрия3, 13
    Азербайджан7 …»)?  A role heading over a body's membership names its
    officer, not a meeting's chair (real4, real7: a PERSON)."""
    near = countries.within(b, b + 160)[:6]
    if len(near) < 3:
        return False
    pos, rest = b, []
    for c in near:
        rest.append(text[pos:c.start])
        pos = c.end
    return re.fullmatch(r"[\s\d,.;()]*", "".join(rest)) is not None


# said earlier, or afterwards to the press: «Ранее постпред X заявил, что …», «X заявила журналистам …» («… СМИ»),
# «X выступила после закрытого заседания» — a comment outside the meeting reported (SPEC: a PERSON)
EARLIER_BEFORE = re.compile(r"(?<![\w-])[Рр]анее(?![\w-])(?P<tail>[^.;:!?«»\"]{0,120})$")
TO_PRESS_AFTER = re.compile(r"^[^.;!?«»\"]{0,60}?(?<![\w-])(?:журналистам|прессе|репортерам|репортёрам|СМИ)(?![\w-])")
AFTER_MEETING = re.compile(r"^[^.;!?«»\"]{0,40}?(?<![\w-])(?:после|по\s+окончании|по\s+итогам|по\s+завершении)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:заседани|консультаци|переговор)", re.I)  # (not a vote: «объявил результаты после голосования»)
ON_FLOOR = re.compile(r"выступ|трибун|слово", re.I)  # «Ранее с трибуны выступят …»: an order of speakers, not a comment
# a delegate of a delegation speaks at the meeting it is sent to: «Ранее представитель российской делегации X отметил»
DELEGATE_OF = re.compile(r"(?<![\w-])представител\w*\s+(?:[\w-]+\s+)?делегаци", re.I)
PRESS_EVENT = re.compile(r"брифинг|пресс-конференц", re.I)
JOINT_PRESS = re.compile(r"(?<![\w-])совместн\w+\s+(?:с\s+[^.;!?«»\"]{0,80}?)?(?:пресс-конференц|брифинг|пресс-подход)", re.I)
# told to a correspondent (an interview, wherever it was given), or «журналистам сказал X» before the name
TO_CORRESPONDENT = re.compile(r"^[^.;!?«»\"]{0,40}?(?<![\w-])корреспондент(?:у|ам)(?![\w-])")
# … or to a news agency, or on the telephone: «сообщил БелаПАН в телефонном разговоре лидер … X», «X рассказал ТАСС»
TOLD_OUTLET = re.compile(r"(?<![\w-])(?:сообщил|заявил|рассказал|сказал|пояснил|отметил|подчеркнул)[аи]?\s+(?:(?:в\s+телефонном\s+"
                         r"разговоре|по\s+телефону)(?![\w-])|(?:агентству\s+|изданию\s+|телеканалу\s+)?"
                         + alternation(WORDS.news_outlets.forms) + r"(?![\w-]))")
TO_PRESS_BEFORE = re.compile(r"(?<![\w-])(?:журналистам|репортерам|репортёрам|корреспондент(?:у|ам))\s+(?:сказал|заявил|сообщил|"
                             r"рассказал|пояснил)\w*(?![\w-])[^.;!?«»\"]{0,100}$")
SOCIAL = re.compile(r"(?<![\w-])(?:Twitter|Твиттер\w*|Facebook|Фейсбук\w*|Telegram|Телеграм\w*|X-аккаунт\w*|соцсет\w*|"
                    r"социальн\w+\s+сет\w*|микроблог\w*)", re.I)


# a statement to the press made for a body: «В заявлении для прессы, сделанном от имени … Совбеза … X»
PRESS_STATEMENT = re.compile(r"(?<![\w-])заявлени\w*\s+для\s+(?:прессы|печати|СМИ|журналистов)(?![\w-])[^.;!?«»\"]{0,160}$", re.I)
# the members a delegation is made of: «В состав делегации также входят X, Y и Z», «делегацию составят: X»
DELEGATION_MEMBERS = re.compile(r"(?<![\w-])(?:[Дд]елегаци\w*[^.;!?«»\"]{0,300}?\sв\s+составе"
                                r"|[Вв]\s+состав\w*\s+(?:[\w-]+\s+){0,3}?делегаци\w*\s+(?:[\w-]+\s+){0,2}?(?:входят|вошли|входили|включены)"
                                r"|[Вв]\s+составе\s+(?:[\w-]+\s+){0,2}?делегаци\w*"
                                r"|[Дд]елегаци\w*\s+(?:[\w-]+\s+){0,3}?(?:составят|составили|вошли|представляли)"
                                r"|[Сс]остав\s+делегаци\w*\s*:)(?![\w-])[^.;!?«»\"]{0,300}$")


def delegation_member(before: str) -> bool:
    """Is the name one of a delegation's members the sentence lists (taking part, no floor of their own)?"""
    return DELEGATION_MEMBERS.search(before[-400:]) is not None


def told_outlet(before: str, after: str) -> bool:
    """Did the person tell a news agency, or say on the telephone («сообщил БелаПАН в телефонном разговоре
    лидер … X»: the name the verb's subject, no comma between; «X рассказал ТАСС»)?"""
    clause = re.split(r"[.!?](?:\s|(?=[А-ЯЁ]))", before[-160:])[-1]  # (a glued sentence end: «Мартин.Помимо»)
    last = None
    for last in TOLD_OUTLET.finditer(clause):
        pass
    return (last is not None and "," not in clause[last.end():]) or TOLD_OUTLET.search(after, 0, 60) is not None


def outside_meeting(before: str, after: str) -> bool:
    """Did the person speak before the meeting or after it, to the press?"""
    clause = re.match(r"[^.;!?«»\"]{0,120}", after).group()
    own = re.split(r"(?<![\w-])что(?![\w-])", clause[:80])[0]  # the name's own clause, not what was said
    m = EARLIER_BEFORE.search(before[-160:])
    if (m is not None and AT_MEETING.search(m.group("tail")) is None and ON_FLOOR.search(m.group("tail")) is None
            and DELEGATE_OF.search(m.group("tail")) is None
            and HELD_AT.search(own) is None):  # «Ранее постпред X во время заседания СБ заявил»: at one
        return True
    if SOCIAL.search(own):
        return True  # «министр X на своей странице в Twitter заявил»: not at the meeting
    # «рассказала корреспонденту ComNews», «— журналистам сказал президент … X», a statement for the press; a joint
    # press conference with a host is a bilateral event (GUIDELINES 25)
    if told_outlet(before, after) or TO_CORRESPONDENT.match(after) or TO_PRESS_BEFORE.search(before[-160:]) or (
            JOINT_PRESS.search(clause) or PRESS_STATEMENT.search(before[-220:])):
        return True
    if PRESS_EVENT.search(clause):
        return False  # «заявил журналистам на пресс-конференции»: a press conference is a meeting (GUIDELINES 23)
    return TO_PRESS_AFTER.match(after) is not None or AFTER_MEETING.match(after) is not None


# the speaker before the next ones: «после президента Обамы выступят президенты Чада и Франции»
NEXT_SPEAKER_BEFORE = re.compile(r"(?<![\w-])[Пп]осле\s+(?:[\w-]+\s+){0,3}$")
NEXT_SPEAKER_AFTER = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:[^.;:!?«»\"\s]+\s+){0,4}?(?:выступ(?:ит|ят|ил|ила|или)|"
                                r"возьм(?:ет|ут)\s+слово)(?![\w-])")


def spoke_before_next(before: str, after: str) -> bool:
    """Does the sentence say who speaks after this person («после X выступят …»)?"""
    return NEXT_SPEAKER_BEFORE.search(before[-60:]) is not None and NEXT_SPEAKER_AFTER.match(after) is not None


# a clause opening at the meeting, its subject the name: «На заседании Генеральной Ассамблеи первый
# заместитель Генерального секретаря X с помощью жеребьевки определила порядок …», «На заседание пришли X, Y»
AT_MEETING_CLAUSE = re.compile(r"(?:^|[.!?\n]\s*)[Нн]а\s+(?:[\w-]+\s+){0,2}?(?:заседани[еия]|сесси[июя]|совещани[еия]|"
                               r"брифинг[еа]?|пленарн\w+\s+заседани[еи])(?![\w-])(?P<tail>[^.;!?«»\"]{0,160})$")

ATTENDED = re.compile(r"присутствова\w*", re.I)
# … not appointed there: «На 131-й сессии г-н X и г-жа Y были назначены …» (an appointment makes a PERSON)
APPOINTED_AFTER = re.compile(r"^[^.;!?«»\"]{0,60}?назнач", re.I)

# one who hands over a prize at its ceremony, the verb before its subject: «Награду вручил Генеральный директор ЮНЕСКО X»
HANDED_PRIZE = re.compile(r"(?<![\w-])(?:[Нн]аград|[Пп]реми)\w*\s+(?:[\w-]+\s+){0,2}?вручил[аи]?\s+[^.;:!?«»\",]{0,80}$")


def handed_prize(before: str) -> bool:
    return HANDED_PRIZE.search(before[-160:]) is not None


def acts_at_meeting(before: str, after: str) -> bool:
    """Does the name's clause open with the meeting it acts at, the name its
    subject?  No transitive verb or infinitive before the name («Бюро
    рекомендовало назначить г-на X» is about X, not by X); «пришли» may."""
    m = AT_MEETING_CLAUSE.search(before[-220:])
    if m is None or APPOINTED_AFTER.match(after) or ATTENDED.search(m.group("tail")):
        return False  # («На заседании … присутствовали министр X, …»: present, no floor taken)
    for w in re.findall(r"[а-яё]+", m.group("tail")):
        parses = morph.parse(w)
        if parses[0].tag.POS == "INFN" or (parses[0].tag.POS == "VERB" and not any(
                p.tag.POS == "VERB" and "intr" in p.tag for p in parses)):  # «пришли» is also «прислать»
            return False
    return True


# the predecessor in an office: «… возглавит 78-ю сессию, сменив на этом посту представителя Венгрии X»
SUCCEEDED_BEFORE = re.compile(r"(?<![\w-])(?:смени(?:в|вш\w+|л\w*|т)\s+(?:на\s+(?:этом|своем|своём|том|посту)\s+)?(?:посту\s+)?|"
                              r"прин(?:ял|яла|яв|имает)\s+эстафету\s+у\s+|(?:[Рр]анее|[Дд]о\s+(?:него|нее|неё))\s+(?:[\w-]+\s+){1,3}?был[аи]?\s+|"
                              r"(?:этот|эту|данн(?:ый|ую))\s+(?:пост|должность)\s+(?:ранее\s+)?занимал\w*\s+)[^.;!?«»\"]{0,80}$",
                              re.I)  # («принял эстафету у X», «В ноябре этот пост занимал представитель Португалии X», «Ранее председателем был X»)


def succeeded(before: str) -> bool:
    return SUCCEEDED_BEFORE.search(before[-120:]) is not None


# words said outside the meeting: an interview («ИНТЕРВЬЮ X: …», «В беседе с корреспондентом ТАСС он отметил …»)
INTERVIEW = re.compile(r"[Ии]нтервью|ИНТЕРВЬЮ|[Вв]\s+беседе\s+с\s+(?:корреспондент|журналист)")
INTERVIEW_REACH = 300


def interview_heading(before: str) -> bool:
    return INTERVIEW.search(before[-40:]) is not None


def interviewed(text: str, before: str, b: int) -> bool:
    """Is the name an interview's heading, or does an interview follow it in the next sentences?"""
    return interview_heading(before) or INTERVIEW.search(text, b, b + INTERVIEW_REACH) is not None


# a quote written, not said: «…», — написал постпред X (a post, a letter)
WROTE = re.compile(r"[»\"“]\s*[,.!?…]?\s*[–—-]\s*написал\w*(?:\s+[\w-]+){0,6}?\s+$")

# an author quoted in a speech: «…начать, процитировав классика русской литературы, … Пушкина»
CITED = re.compile(r"(?<![\w-])(?:процитирова\w*|цитиру\w*|(?<!такими )(?<!этими )(?<!теми )словами|(?:о|на)\s+слова[хм]?|привел\w*\s+слова)\s+(?:[^\s.;:!?«»\"]+\s+){0,10}$", re.I)


def written_quote(before: str) -> bool:
    return WROTE.search(before[-120:]) is not None


def cited_author(before: str) -> bool:
    return CITED.search(before[-120:]) is not None


# a performance, not a speech: «В программе концерта выступят известные исполнители X, Y»
PERFORMANCE = re.compile(r"(?<![\w-])(?:концерт|исполнител(?!ьн)|артист|певиц|певец|певцы|музыкант|ансамбл|оркестр)\w*", re.I)


def sentence_tail(before: str, reach: int = 200) -> str:
    """The name's own sentence up to the name: the text after the last sentence end within ``reach``."""
    return re.split(r"[.!?]\s", before[-reach:])[-1]


def performs(before: str) -> bool:
    """Is the name in a sentence about a concert or its performers?"""
    return PERFORMANCE.search(sentence_tail(before)) is not None
