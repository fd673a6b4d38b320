"""One mention's own facts, read off its sentence: the role and how the
sentence gives it (an apposition, a heading, a bracket, the words before the
name, an election), the state the person represents, the name as written
and in the nominative, and what the words around it say of the floor (a
verb after or before the name, a seat, a record's label, a heading over a
speech).  :func:`read_mention` gathers them into a :class:`Mention`;
:mod:`.verdict` decides the label from it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...lines import blank_line_between, line_around
from ...normalize import ORIGINAL_LINE_END
from .spans import _Intervals
from .context import _country, _role, _spoke_before, listed_after
from .edges import inverted_norm
from .floor import for_delegation, turned_not_spoke
from .names import _apposition_case, _initials_spaced, _recase, _recase_latin, _unspace, nominative_name
from .oblique import fold_lookalikes, opens_sentence
from .patterns import (AFTER_REACH, APPOSITION, AT_MEETING_AFTER, BEFORE_REACH, BRACKET_AFTER, BYLINE_BEFORE, CLOSED_BEFORE,
                       DELEGATE_ROLES, ELECTED_AS, ELECTED_BEFORE, ELECTED_VERBS, FORMER, HEADING_ROLE, INDEX_LINE,
                       LIST_REACH, LIST_TO_BRACKET, MEETING_WORD, NATIONAL_DELEGATION, NATIONALITY, PARAGRAPH_BREAK,
                       PARAGRAPH_SPEAKER, PARTICIPLE_AFTER,
                       QUOTE_BEFORE, QUOTE_ROLE_BEFORE, RECORD_LABEL, ROLE_AFTER, SEAT_AFTER, SEAT_OBJECT,
                       SEAT_ROLES, SEAT_VERB, SENTENCE_LINE, SPEECH_NEXT_LINE, SPEECH_NEXT_SENTENCE, SPOKE_AFTER,
                       STATEMENT_BEFORE, STATEMENT_NOUNS, TABLE_AFTER, THANKED_FOR, THANKS_BEFORE, THEN_CHAIR, TRANSCRIPT_HEAD,
                       TRANSCRIPT_LABEL, VOTE_VERBS)
from .press import attributed, became_role, cited_content, held, interview_heading, reported_before, told_before

__all__ = ["Mention", "Page", "read_mention", "mention_country", "mention_name", "mention_role"]

LINE_REACH = 80  # how far an index line is looked at either side of its name
# a speaking verb that says nothing was said: a neuter past has a neuter subject («Решение Хрущева … привело к
# тому»), a contribution made («внес существенный вклад»), condolences sent («выразил соболезнования»), a choice
# made («остановила свой выбор на X»)
NOT_SAID = re.compile(r"[а-яё]+ло(?![\w-])|внес\w*\s+(?:[\w-]+\s+){0,2}?вклад|выразил\w*\s+(?:[\w-]+\s+){0,2}?соболезновани|остановил\w*\s+(?:сво\w+\s+)?выбор", re.I)

# the other items of a list of delegates after one («, Англии - Кадоган, Бразилии - Вельосо»), then «и другие»
DASH_ITEMS = re.compile(r"(?:\s*,?\s*[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,4}?\s*[-–—]\s*[А-ЯЁ][а-яё-]+)+(?:\s+и\s+други[ем])?")

# a heading naming the meeting, then the one whose speech follows, the line ending with the name:
# «Первое пленарное заседание ВКМЭ-12: д-р Хамадун И. Туре»
EVENT_HEADING_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,60}?(?<![\w-])(?:[Сс]есси|[Зз]аседани|[Сс]овещани|[Кк]онференци|[Аа]ссамбле)\w*"
                                  r"[^\n:]{0,60}:[ \t]*(?:[Дд][-‑]р|[Гг][-‑]н|[Гг][-‑]жа|[Пп]рофессор)?[ \t]*\Z")

# a speech page's heading: a statement word on the name's line or the line before («Вступительное заявление
# Верховного комиссара … Мишель Бачелет»), and the speech under it opening with the address to the chair
# (a date line between): «Г-н Председатель!», «Многоуважаемый Председатель», «Ваше Превосходительство …»
SPEECH_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{STATEMENT_NOUNS})(?![\w-])[^\n.!?]{{0,120}}(?:\n(?:[^\S\n]*\n)?[^\n.!?]{{0,120}})?\Z")
CHAIR_ADDRESSED_NEXT = re.compile(r"[^\n]{0,120}\n\s*(?:[^\n]{0,30}\d{4}[^\n]{0,12}\n\s*)?(?:(?:[Гг]-(?:н|жа)|[Гг]осподин|[Гг]оспожа|"
                                  r"(?:[Мм]ного)?[Уу]важаем\w+)\s*(?:[Гг]-(?:н|жа)\s*|[Гг]оспо\w+\s+)?[Пп]редседател|"
                                  r"[Вв]аш[еи]\s+[Пп]ревосходительств)")


def _role_then(verb: str, role_reach: int, tail: int, plural: bool = False):
    """An instrumental role phrase (up to ``role_reach`` characters past its
    first word), then ``verb``, then at most ``tail`` characters to the name."""
    ending = r"(?:ем|ом|ой|ей|ами|ями)" if plural else r"(?:ем|ом|ой|ей)"
    return re.compile(rf"(?<![\w-])((?:[а-яё-]+(?:ым|им|ой|ей)\s+)?[а-яё-]+{ending}(?:\s+[^.;:!?\s][^.;:!?]{{0,{role_reach}}}?)?)"
                      rf"\s+{verb}(?![\w-])[^.;:!?]{{0,{tail}}}$", re.I)


# elected with the role before the verb: «Новым председателем Совета избран посол … X», «Докладчиком … избрало делегата X»
ROLE_ELECTED_BEFORE = _role_then(r"(?:был[аи]?\s+)?(?:пере)?избра(?:н[аы]?|л[аио]?)", 60, 160, plural=True)
# the one a vote made the office's holder: «По итогам голосования новым генеральным директором ФАО стал бразилец X»
ROLE_BECAME_BEFORE = _role_then(r"стал[аи]?", 100, 60)
# a nominative participle clause between the subject and its verb: «X, принимающий участие в работе сессии, выступил»
PARTICIPLE_CLAUSE = re.compile(r"\s*,\s*[а-яё]+(?:вш|ющ|ящ|ащ|ущ)(?:ий|ая|ие)(?:ся)?(?![\w-])[^.;:!?,«»\"()\n]{0,160},")


@dataclass(eq=False)
class Page:
    """What every mention of one document reads: the context, the reading
    text (look-alike letters folded), the spans gathered and the people
    decided so far (``out``, in text order)."""

    ctx: object
    text: str
    countries: object
    hints: dict
    labels: dict
    taken: object
    two_sides: bool  # the document reports a bilateral meeting (press.bilateral)
    out: list = field(default_factory=list)
    outside_names: set = field(default_factory=set)  # surnames whose words the page puts outside the meeting
    _meetings: object = None

    def original(self, i: int) -> int:
        """The original offset of reading offset ``i``."""
        return self.ctx.reading.offset(i)

    def __post_init__(self):
        self.sent_starts = [s.start for s in self.ctx.sentences]

    def near_meeting(self, lo: int, hi: int) -> bool:
        """A meeting word (of a meeting held) in [lo, hi)? (made on first need)"""
        if self._meetings is None:
            self._meetings = _Intervals([m.span() for m in MEETING_WORD.finditer(self.text) if held(self.text, m.start())])
        return self._meetings.overlaps(lo, hi)

    def new_line(self, lo: int, hi: int) -> bool:
        """A line of the original in [lo, hi) that opens a sentence: «\nОб этом сообщила»."""
        reading = self.ctx.reading
        o_lo, o_hi, o_end = reading.offset(lo), reading.offset(max(lo, hi - 1)), reading.offset(hi)
        return any(opens_sentence(m.group(1)) for m in SENTENCE_LINE.finditer(reading.lines, o_lo, o_hi)) or (
            PARAGRAPH_BREAK.search(reading.lines, max(0, o_end - 40), o_end) is not None
            and o_lo < o_end - 2)  # a name opening a paragraph: «…выступила против …\n\nX встретился»

    def same_line(self, lo: int, hi: int) -> bool:
        """No line break of the original in [lo, hi)."""
        reading = self.ctx.reading
        return reading.lines.find("\n", reading.offset(lo), reading.offset(hi - 1) + 1) < 0


@dataclass(eq=False)
class Mention:
    """One candidate name, its own facts and what its sentence says of the floor."""

    a: int
    b: int
    rule: str  # the candidate's source
    before: str  # the words before it in its sentence (or its list of sentences), bounded
    after: str  # the words after it in its sentence, bounded
    after_bracket: str  # ``after`` without the bracket (or apposition) right after the name
    apposition: object
    bracket: object
    role: str | None
    role_by: str | None
    voted: bool  # elected by a vote at the meeting
    background: bool  # elected in passing or years before
    country: str | None
    country_by: str | None
    written: str
    name: str
    oblique: bool  # the name is in an oblique case: no verb's subject
    said: object  # a speaking verb after the name (match in ``after_bracket``)
    told: bool  # «сообщила замгенсека ООН X»: the verb before its subject
    cited: bool  # the subject of «Как сообщил X, …»: the words after the comma were told the press
    opens: bool  # a record's paragraph opened by the name
    seated: bool  # a seat verb of a meeting, or a table
    at_table: bool
    spoke_before: bool  # a speaking verb before the name (a statement at the session included)
    stated: bool  # «заявил X на заседании»
    thanked: bool  # thanked for a briefing given here
    headed: bool  # a heading over the speech
    quoted: bool  # «…», – добавил Гутерриш
    labelled: bool  # a record's or transcript's label: «Г-н Небензя (Российская Федерация): …»
    in_list: bool  # the list of the verb before the previous speaker goes on
    indexed: bool  # «Г-н ХЕДМАН» alone on its line


def _index_line(lines: str, o: int, ob: int) -> bool:
    """Is the name at ``o:ob`` of the original lines alone on its line with its title,
    a record's contents line («Г-н ХЕДМАН»)?  A line longer than the reach is none."""
    line = line_around(lines, o, ob, LINE_REACH)
    return line is not None and INDEX_LINE.match(lines, *line) is not None


def _nearer_subject(text: str, b: int, after: str, after_bracket: str, v: int, taken) -> bool:
    """Does another name stand between the name ending at ``b`` and the
    singular verb at ``v`` of ``after_bracket``, with no comma after it (then
    the verb is that name's: an apposition «X, заместитель Y, заявил» keeps its
    commas)?"""
    word = re.match(r"\w+", after_bracket[v:]).group()
    if word.endswith(("ли", "ют", "ят", "ут", "ат")):
        return False  # a plural verb: «X, Y и Z выступили»
    # the brackets ``after_bracket`` dropped only shorten it: the verb stands at ``v`` or later in ``after``
    at = re.compile(rf"(?<!\w){word}(?!\w)").search(after, v)
    if at is None:
        return False
    end = taken.last_end(b + 1, b + at.start())  # the last name that starts between the two
    return end is not None and "," not in text[end:b + at.start()]


def read_mention(page: Page, a: int, b: int, rule: str) -> Mention:
    """Every fact of the candidate at ``a:b`` the verdict reads."""
    ctx, text, taken = page.ctx, page.text, page.taken
    k = bisect_right(page.sent_starts, a) - 1
    sent = ctx.sentences[k] if k >= 0 and a < ctx.sentences[k].end else None
    s_end = sent.end if sent else min(len(text), b + 200)
    first = k
    while sent and first > 0 and k - first < LIST_REACH and ctx.sentences[first - 1].text.rstrip()[-1:] in ";:":
        first -= 1  # «Заместители Председателя: A (X); B (Y); C (Z)» is one list
    # the context is bounded, so a list of thousands of names costs its length
    before = text[max(ctx.sentences[first].start, a - BEFORE_REACH):a] if sent else text[max(0, a - 300):a]
    after = text[b:min(s_end, b + AFTER_REACH)]
    apposition, bracket, role, role_by, voted, background = mention_role(text, a, b, before, after, taken, page.labels)
    country, country_by = mention_country(text, a, b, after, page.countries, sent, bracket, apposition)
    written, name = mention_name(text, a, b, rule, before, apposition, page.hints.get((a, b)))
    after_bracket = BRACKET_AFTER.sub("", after)  # «Г-н X (Индия), …, говорит»
    if role_by == "apposition" and after_bracket == after:  # «Г-н X, заместитель Генерального директора ВОИС, произнес речь»
        after_bracket = after[:apposition.start(1)] + after[apposition.end(1):]
    items = DASH_ITEMS.match(after_bracket) if rule == "state-dash-name" else None
    if items:  # «США - Стеттиниус, Англии - Кадоган … и другие выступили»: the list's verb is every item's
        after_bracket = after_bracket[items.end():]
    clause = PARTICIPLE_CLAUSE.match(after_bracket)
    if clause and not SPOKE_AFTER.match(after_bracket[:clause.end()]):  # the clause's own verb is read as it is
        after_bracket = after_bracket[:clause.start()] + after_bracket[clause.end() - 1:]
    said = SPOKE_AFTER.search(after_bracket)
    if said and NOT_SAID.match(after_bracket, said.start("verb")):
        said = None  # «Решение Хрущева … привело к тому», «внес вклад», «выразил соболезнования»
    elif said and turned_not_spoke(after_bracket, said.start("verb")):
        said = None  # «обратился к творчеству Чехова», «… к председателю с письмом»: no words said to an audience
    elif said and re.match(r"[^(]*\)", after_bracket[:said.start("verb")]):
        said = None  # «(… держали речь Хрущев и Горбачев в 1988-м), Ельцин предложил»: the bracket closed, another subject's verb
    elif said and attributed(after_bracket, said.start("verb")):
        said = None  # «… министр X, сообщает ТАСС»: the verb's subject comes after it
    elif said and _nearer_subject(text, b, after, after_bracket, said.start("verb"), taken):
        said = None  # «письма А.Громыко, генеральный секретарь ООН Трюгве Ли сообщил»: one verb, the nearer name's
    elif said and after_bracket == after and blank_line_between(ctx.reading, b, b + said.start("verb")):
        said = None  # a tag list's name, a blank line, then «МИД России призвал …»: another paragraph's verb
    cited = cited_content(before, after)
    if said and cited:
        said = None  # «Как сообщил … X, на заседании выступит руководитель …»: the words cited, not X's
    oblique = name.split() != written.split() and len(name.split()) == len(written.split())
    told = not said and not oblique and told_before(before)  # «сообщила замгенсека ООН X»: the verb before its subject
    if said and oblique and not PARTICIPLE_AFTER.match(after_bracket):
        said = None  # an oblique name is no verb's subject: «на встрече с … Аминой Мохаммед заявил»
    lines = ctx.reading.lines
    ob = ctx.reading.offset(b - 1) + 1  # on the original lines, which the reading text joins
    o = ctx.reading.offset(a)  # on the original lines: the reading text may have joined them
    opens = bool(PARAGRAPH_SPEAKER.search(lines, max(0, o - 12), o)) and (
        BRACKET_AFTER.match(after) is not None or said)  # «Г-н БРУНИ (Управление … по правам человека), …»
    seated = SEAT_VERB.search(before[-400:])
    # … of a meeting, a group or a ceremony, not of an office; or after the name: «X также возглавил церемонию»
    seated = (seated and SEAT_OBJECT.search(before[-400:], max(0, seated.start() - 80))
              and "котор" not in before[-400:][seated.end():]) or (
        SEAT_AFTER.match(after_bracket) is not None)
    spoke_before = _spoke_before(before, a, taken, apart=page.new_line, same_line=page.same_line, oblique=oblique, told=told)
    if told and not spoke_before and _spoke_before(before, a, taken, apart=page.new_line, same_line=page.same_line,
                                                   oblique=oblique):
        told = False  # «Президент Y выступит на Ассамблее, сообщил советник X»: X told of another's speech
    spoke_before = spoke_before and not BYLINE_BEFORE.search(before[-20:])
    at_table = TABLE_AFTER.search(after) is not None
    indexed = rule == "title-name" and _index_line(lines, o, ob)  # «Г-н ХЕДМАН» alone on its line
    seated = seated or at_table
    # thanked for a briefing given here: «спасибо … Дикарло за её сегодняшний ценный доклад»
    thanked = bool(THANKED_FOR.match(after)) and bool(THANKS_BEFORE.search(before[-150:]))
    # a heading over the speech: «Пан Ги Мун\n\nВыступление на пленарном заседании»
    headed = SPEECH_NEXT_LINE.match(lines, ob, ob + 80) is not None or (
        SPEECH_NEXT_SENTENCE.match(text, b, b + 200) is not None) or (  # «… Путин. Его выступление состоится …»
        EVENT_HEADING_BEFORE.search(lines, max(0, o - 130), o) is not None and ORIGINAL_LINE_END.match(lines, ob) is not None) or (
        SPEECH_WORD_BEFORE.search(lines, max(0, o - 250), o) is not None and CHAIR_ADDRESSED_NEXT.match(lines, ob, ob + 400) is not None)
    # «Вступительное заявление Верховного комиссара … Зейда Раада аль Хусейна на 30-й сессии»
    stated = (not spoke_before and AT_MEETING_AFTER.match(after) is not None and not FORMER.search(before[-60:])
              and not cited
              and (_spoke_before(before, a, taken, STATEMENT_BEFORE) or reported_before(before)))  # «заявил X на заседании»
    # «…», – добавил Гутерриш: reported, as a verb after the name (the speech may end the sentence before: «…народов.\n— заявил X»)
    quoted = QUOTE_ROLE_BEFORE.search(text, max(0, a - 120), a)
    spoke_before = spoke_before or stated
    labelled = RECORD_LABEL.match(after) is not None  # «Г-н Небензя (Российская Федерация): Мы …»
    # a transcript's label: «ПОСОЛ ХЕЙЛИ:  Добрый день» (a line of its own title and name)
    # (a title or capitals: «Захарова: Лавров выступит …» is a news headline, not a label)
    head = TRANSCRIPT_HEAD.search(lines, max(0, o - 40), o)
    labelled = (labelled or (TRANSCRIPT_LABEL.match(lines, ob) is not None and head is not None
                             and (bool(head.group().strip()) or text[a:b].isupper()))) and not interview_heading(before)
    # «выступили X (…), советник … Y и генеральный секретарь CITES Z»: the list of the verb before X goes on
    prev = page.out[-1] if page.out else None
    in_list = (prev is not None and prev.label == "SPEAKER" and any(r in prev.rule for r in ("spoke-before", "listed-after", "speech-announced"))
               and not oblique and listed_after(text, prev.end, a, b))
    return Mention(a, b, rule, before, after, after_bracket, apposition, bracket, role, role_by, voted, background,
                   country, country_by, written, name, oblique, said, told, cited, opens, seated, at_table, spoke_before,
                   stated, thanked, headed, quoted, labelled, in_list, indexed)


def mention_role(text: str, a: int, b: int, before: str, after: str, taken, labels):
    """The role of the name at ``a:b`` and where it came from; returns
    ``(apposition, bracket, role, role_by, voted, background)``: the
    apposition and bracket matches after the name, and whether the person was
    elected by a vote at the meeting (``voted``), or in passing or years
    before (``background``)."""
    lead = apposition = APPOSITION.match(after)  # (``lead`` stays when the words are no apposition: see the election)
    if apposition and (_apposition_case(apposition.group(1)) is None or (
            _apposition_case(apposition.group(1)) == "ablt" and not re.search(r"(?:ом|ем|ой|ей)$", text[a:b]))):
        apposition = None  # «…(Кения), Докладчиком — Томас Эрикссон»: the next clause, not an apposition
        # (but an instrumental name has one: «открыта г-ном Дэвидом Андерсоном, Председателем Совета»)
    elif apposition and taken.starts_within(b + apposition.start(1), b + apposition.start(1) + len(
            re.match(r"[^,.;()«»]{0,240}", after[apposition.start(1):]).group())):
        apposition = None  # «президент США X, председатель КНР Y»: the next item of a list, with its own name
    role = _role(apposition.group(1), nearest_first=True) if apposition else None
    role_by = "apposition" if role else None
    bracket = re.match(r"\s*\(([^()]{3,60})\)", after)
    heading = HEADING_ROLE.search(before[-120:])
    heading = _role(heading.group(1), nearest_first=True) if heading else None
    if heading in SEAT_ROLES:
        role, role_by = heading, "heading"  # «Председатель: г-н ПИЛЛАИ (заместитель Председателя)»
    elif role is None and bracket and (in_bracket := _role(bracket.group(1), nearest_first=True)) in SEAT_ROLES:
        role, role_by = in_bracket, "bracket"  # «Г-н БАНТОН (Докладчик) обращает …»
    # a bracket right before the name closes the entry before it: «Greece\n(Председатель)\nW.O.\nHall»
    closing = CLOSED_BEFORE.search(before, max(0, len(before) - 100)) if before.rstrip().endswith(")") else None
    unbracketed = before[:closing.start()] + " " * (len(before) - closing.start()) if closing else before
    then_chair = THEN_CHAIR.search(before[-40:]) is not None
    listed = "председатель" if then_chair else _role(unbracketed, named_within=lambda n, a=a: taken.starts_within(a - n, a))
    if listed and QUOTE_BEFORE.search(before[-80:]):
        listed = None  # «… министр … Сергей Лавров», – сообщила Захарова: the role is inside the quote
    if role is None or listed == "член дискуссионной группы":
        # «в следующем составе: X, заместитель министра …»: a panel member first
        role, role_by = listed, ("then-chair" if then_chair else "before") if listed else None
    labelled = _role(labels[(a, b)], nearest_first=True) if (a, b) in labels else None
    if labelled:
        role, role_by = labelled, "label"  # «ПОСОЛ ХЕЙЛИ:»
    voted = background = False  # elected by a vote at the meeting reported (not appointed)
    # «X, в прошлом президент Швейцарии, избран председателем»: elected past the words between commas, by a vote
    past = ELECTED_AS.match(after, lead.end()) if lead and role_by in (None, "apposition") and "избра" in after else None
    past = past if past and past.group("verb").startswith(VOTE_VERBS) else None  # (not an appointment)
    once = past is not None and role_by == "apposition"  # (the apposition's office gives way to the one elected to)
    if role is None or once or (role_by == "before" and (role not in SEAT_ROLES or role in DELEGATE_ROLES)):
        # «X (Китай) … избираются заместителями Председателя»; «…, избранный председателем 69-й сессии»
        elected = past or (ELECTED_AS.match(after) if any(v in after for v in ELECTED_VERBS) else None)
        got = _role(elected.group(2), nearest_first=True) if elected else None
        if got is None and not once and ELECTED_BEFORE.search(before[-160:]):  # «избрали X своим председателем»
            tail = ROLE_AFTER.match(after)
            got = _role(tail.group("role"), nearest_first=True) if tail else None
            voted = got is not None
        if got is None and not once and "избра" in before[-200:]:  # «Новым председателем Совета избран посол … X»
            ahead = ROLE_ELECTED_BEFORE.search(before[-200:])
            got = _role(ahead.group(1), nearest_first=True) if ahead else None
            voted = got is not None
        if got is None and not once and "стал" in before[-200:] and "голосовани" in before[-300:]:
            ahead = ROLE_BECAME_BEFORE.search(before[-200:])
            got = _role(ahead.group(1), nearest_first=True) if ahead else None
            voted = got is not None
        if got is None and not once and "стал" in before[-160:]:  # «избрала председателя своей сессии. … им стал X»
            got = became_role(text[max(0, a - 400):a])  # (the election may be told in the sentence before)
            voted = got is not None
        if got is not None:
            role, role_by = got, "elected"
            voted = voted or elected.group("verb").startswith(VOTE_VERBS)
            # «X, избранная в пятницу на пост генерального директора, призвала …»: an office, told in passing
            # … or «X был избран Генеральным директором … в мае 2012 года»: an election of years before
            background = elected is not None and (re.fullmatch(r"избранн\w+", elected.group("verb")) is not None or (
                re.search(r"(?<![\w-])был[аи]?\s+$", after[:elected.start("verb")]) is not None
                and re.search(r"(?<![\d])(?:19|20)[0-9]{2}(?![\d])", after[elected.end("verb"):elected.end("verb") + 120]) is not None))
    return apposition, bracket, role, role_by, voted, background


def mention_country(text: str, a: int, b: int, after: str, countries, sent, bracket, apposition):
    """``(country, country_by)``: the state the person at ``a:b`` represents
    (the bracket, the words before, a list's closing bracket, an apposition)."""
    country, country_by = _country(text, b, countries, sent, a)
    if country is None and not bracket:
        listed_to = LIST_TO_BRACKET.match(after)  # «г-н Шведас, …, г-жа Петрикиене (Литва)»
        c = countries.at(b + listed_to.end()) if listed_to else None
        country, country_by = (c.norm["code"], "list-bracket") if c is not None else (None, None)
    if country is None and apposition:
        lo, hi = b + apposition.start(1), b + apposition.end(1)
        c = countries.first_in(lo, hi)
        country, country_by = (c.norm["code"], "apposition") if c is not None else (None, None)
    if country is None and for_delegation(after):  # «X от лица советской делегации»
        m = NATIONAL_DELEGATION.search(after, 0, 60)
        code = NATIONALITY.get(m.group(1).lower()) if m else None
        country, country_by = (code, "delegation") if code else (None, None)
    return country, country_by


def mention_name(text: str, a: int, b: int, rule: str, before: str, apposition, hint):
    """``(written, name)``: the name at ``a:b`` as written (spaces and
    letter-spacing undone, an index's inverted order put right) and its
    nominative norm; ``hint`` is the case a title before it shows."""
    written = _unspace(text[a:b]) if rule == "letter-spaced" else re.sub(r"\s+", " ", text[a:b])
    written = re.sub(r"(?<=[а-яё]) (?=[а-яё]{1,2}$)", "", written)  # «Шлите р» -> «Шлитер»
    written = re.sub(r"(?<=[а-яё]{2})(?=[А-ЯЁ][а-яё])", " ", written)  # glued by the PDF: «БакариСидики Диаби»
    written = fold_lookalikes(written)  # «Чурκин»: a Greek kappa in a Russian name
    inverted = re.fullmatch(r"([^\s,]+), (.+)", written)  # «Зорин, Валериан Александрович»: an index's order
    written = f"{inverted.group(2)} {inverted.group(1)}" if inverted else written
    if re.search(r"[A-Za-z]", re.sub(r"(?<![\w-])[IVX]{1,4}(?![\w-])", "", written)):  # «Елизаветы II» is Russian
        name = _recase_latin(written)  # a name in Latin letters is kept as written, capitals recased
    elif rule == "inverted-initials":
        name = inverted_norm(_recase(written))  # «Вовченко А. В» -> «Вовченко А. В.»
    else:
        name = nominative_name(_initials_spaced(_recase(written)), before,
                               _apposition_case(apposition.group(1)) if apposition else hint)
    return written, name
