"""SPEAKER or PERSON: the verdict on one :class:`~.mention.Mention`.

The floor's evidence is read first (:func:`floor_evidence`: a verb after the
name, a seat, a record's label …); a person with some, or with a seat role at
this meeting, is a SPEAKER.  Then each step of :data:`STEPS`, in order, may
take the floor or the role away with a reason (words said outside the
meeting, a bilateral meeting, a letter, an appointment …) or, for one elected
at the meeting, give the floor.  The span's ``rule`` is the decision chain
(``ie explain``): the candidate's source, the role and the state with where
each came from, and why SPEAKER or PERSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .consistent import OUTSIDE_REASONS, STRONG
from .context import _reported
from .floor import addresses_meeting, briefed, for_delegation, gave_lecture, presented_for, said_there_later, speech_after, speech_at, spoke_where
from .mention import Mention, Page
from .patterns import (ADDRESSED_AFTER, ADDRESSED_BEFORE, APPOINTED_BEFORE, APPOINTS_AFTER, AWARDED_BEFORE, DECEASED,
                       DECEASED_REACH, DELEGATE_ROLES, FORMER, IN_WRITING, INSTRUMENTAL_END, MEETING_EVENT, MEETING_REACH,
                       SEAT_ROLES, SEAT_TO_COME, WITH_BEFORE, role_matches)
from .press import (LEAD_REACH, acts_at_meeting, at_bilateral, briefing_near, cited_author, delegation_member,
                    governed_title, handed_prize, held, interviewed, membership_list, news_source, outside_meeting,
                    performs, presiding_elsewhere, recalled, sentence_tail, speech_before, spoke_before_next,
                    spokesperson, succeeded, takes_office, written_quote)

__all__ = ["Verdict", "floor_evidence", "decide", "STEPS", "OUTSIDE_WHY"]

IN_TURN = re.compile(r"(?<![\w-])[Вв]\s+свою\s+очередь(?![\w-])[^.;!?«»\"]{0,70}$")  # the answer to the mention before
# the reasons that put a mention's words outside the meeting, a «в свою очередь» answer too
OUTSIDE_WHY = OUTSIDE_REASONS + ("reported speech, no meeting in view", "in turn, outside the meeting")


# the speaking verb opens the words themselves: «Посол Данон ответил: “Вы говорили так долго …”»
WORDS_QUOTED = re.compile(r"[а-яё]+(?:\s+[а-яё]+)?\s*:\s*[«\"“„]", re.I)


def floor_evidence(page: Page, m: Mention) -> list:
    """Why the person took the floor, in the order the rules are read (the
    first is the decision; ``ie explain`` shows all)."""
    before, after, text = m.before, m.after, page.text
    said = m.said
    return [why for why, hit in (
        (f"spoke-after:{re.match(r'[а-яё]+', m.after_bracket[said.start('verb'):], re.I).group().lower()}"
         if said else "", said),
        ("words-quoted", said and WORDS_QUOTED.match(m.after_bracket, said.start("verb"))),
        ("opens-paragraph", m.opens), ("seat-verb", m.seated and not m.at_table), ("at-table", m.at_table),
        ("spoke-before", m.spoke_before and not m.stated), ("listed-after-speaker", m.in_list),
        ("statement-at-session", m.stated), ("thanked-for-briefing", m.thanked), ("heading-over-speech", m.headed),
        ("quoted", m.quoted and not m.oblique),  # (an oblique name is no subject: «…», — заявил X перед переговорами с Y)
        ("told", m.told), ("record-label", m.labelled), ("speech-announced", speech_before(before)),
        ("takes-office", m.role is not None and takes_office(before)),
        ("speaks-before-others", m.role is not None and spoke_before_next(before, after)),
        ("acts-at-meeting", not m.oblique and acts_at_meeting(before, after)), ("index-line", m.indexed),
        ("gave-lecture", gave_lecture(before, after)), ("briefed", briefed(before)),
        ("handed-prize", not m.oblique and handed_prize(before)),
        ("presented-for", presented_for(before, after)), ("speech-at-meeting", speech_at(before) or speech_after(after)),
        ("said-there-later", not m.oblique and said_there_later(text, m.b, page.taken)),
        ("spoke-where", not m.oblique and spoke_where(after)),
        ("addresses-meeting", not m.oblique and addresses_meeting(m.after_bracket)),
        ("for-delegation", for_delegation(after))) if hit]


@dataclass(eq=False)
class Verdict:
    """The decision on one mention as the steps make it."""

    role: str | None
    evidence: list
    spoke: bool
    elsewhere: bool  # a seat of another body: «председатель сената …»
    spokes: bool  # a spokesperson of an office: «официальный представитель МИД X»
    reported: bool  # words reported, no floor seen
    why: str = "no role, no speech"  # why a PERSON
    sourced: bool = False  # the source of a news item
    outside: bool = False  # a comment before or after the meeting reported
    strong: bool = False  # the floor taken, not only words reported

    def person(self, why: str):
        """Neither the floor nor the role."""
        self.role, self.spoke, self.why = None, False, why

    def no_floor(self, why: str):
        self.spoke, self.why = False, why

    @property
    def seat(self) -> bool:
        """A seat role at this meeting (not another body's, not a spokesperson's)."""
        return self.role in SEAT_ROLES and not self.elsewhere and not self.spokes

    @property
    def said_here(self) -> bool:
        """The floor taken, not only words reported."""
        return self.spoke and not self.reported


# -- the steps, in the order they are read ------------------------------------------------------


def reported_no_meeting(page, m, v):
    if v.reported and not v.seat and not page.near_meeting(m.a - MEETING_REACH[0], m.b + MEETING_REACH[1]):
        v.no_floor("reported speech, no meeting in view")  # speaking outside any meeting


# a lead reporting a meeting held: «Совет Безопасности ООН собрался на срочное заседание …»
LEAD_MEETING = re.compile(r"(?<![\w-])(?:собрал(?:ся|ась|ись)|провел\w*|проходит|прош[её]л\w*|состоял\w*)\s+(?:на\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:заседани|сесси|брифинг)", re.I)


def envoy_no_meeting(page, m, v):
    # an envoy's full title with no meeting near: «постоянный представитель РФ при ООН X сообщил» in the news
    # («Представитель Нигерии X сообщил …» is the delegate speaking at the meeting reported)
    if (v.role in DELEGATE_ROLES and v.role not in ("представитель", "наблюдатель") and (not v.spoke or v.reported)
            and "said-there-later" not in v.evidence  # («…, - сказал он на заседании СБ ООН» names the meeting)
            and not any(held(page.text, e.start()) for e in MEETING_EVENT.finditer(page.text, max(0, m.a - 300), m.b + 300))
            and not (v.spoke and LEAD_MEETING.search(page.text, 0, LEAD_REACH))):  # (one who spoke, on a page whose lead reports the meeting held)
        v.person("an envoy, no meeting in view")


def cited_frame(page, m, v):
    # «Как сообщил постоянный представитель России Виталий Чуркин, на заседании выступит …»: words cited to the
    # press, not said at a meeting (a chair keeps the seat; words said at a meeting: GUIDELINES 52)
    if (v.role is None or v.role in DELEGATE_ROLES) and not m.labelled and m.cited:
        v.person("words cited, no meeting named")


def named_instrumental(page, m, v):
    if (m.role_by in ("before", "apposition") and m.oblique and any(w.endswith(INSTRUMENTAL_END) for w in m.written.split())
            and not m.voted and WITH_BEFORE.search(m.before[-120:])):
        v.person("named in the instrumental")  # «встреча с генеральным секретарем X-ом»


def governed_delegate_title(page, m, v):
    if v.role in DELEGATE_ROLES and m.role_by == "before" and not v.spoke and governed_title(m.before):
        v.role, v.why = None, "a delegate's title governed by a word before it"  # «попросил постпреда X»


def expert_elected_only(page, m, v):
    if v.role == "эксперт" and m.role_by != "elected":
        v.role = None  # «эксперт» only as the office one is elected to: «был избран экспертом Комитета»


def appointment(page, m, v):
    appoints = APPOINTS_AFTER.match(m.after_bracket) is not None and (not v.spoke or v.reported)
    appointed = APPOINTED_BEFORE.search(m.before[-80:])
    # «назначил своего Председателя, д-ра X» seats X; a seat role elsewhere in the clause does not
    # («одобрить назначение X (Страна) сопредседателем Группы», «Председателем … назначена посол X»)
    chair_named = appointed is not None and any(r in SEAT_ROLES for _, r in role_matches(appointed.group()))
    if ((appointed or appoints) and not m.voted and not v.said_here
            and (v.role not in SEAT_ROLES or v.role in DELEGATE_ROLES or not chair_named)):
        # «объявил о назначении X на должность …»; «X сообщил Совету о намерении назначить Y»
        v.person("announces an appointment" if appoints else "appointed")


def elected(page, m, v):
    if m.voted and not v.elsewhere and (v.role in SEAT_ROLES or not m.background):
        v.evidence.append("elected")
        v.spoke = True


def bilateral_meeting(page, m, v):
    if page.two_sides and not m.voted and not m.labelled and at_bilateral(m.before, m.after):
        v.person("a bilateral meeting")  # GUIDELINES 25: both sides are PERSONs


def background_recalled(page, m, v):
    if recalled(m.before, m.after):
        v.person("background recalled, no meeting in view")


def spokesperson_only(page, m, v):
    if v.spokes and not briefing_near(page.text, m.a, m.b):
        v.no_floor("a spokesperson, no briefing in view")
    elif v.spokes and (v.reported or m.stated or m.told):
        v.no_floor("a spokesperson reporting")  # «сообщил пресс-секретарь ООН X» (real a_03)


def outside_the_meeting(page, m, v):
    v.sourced = (not m.voted and news_source(m.before, m.after) and not page.taken.starts_within(m.a - 120, m.a)
                 and "said-there-later" not in v.evidence)
    # «Ранее постпред X заявил …», «X заявила журналистам»: a comment before or after the meeting reported
    # (the chair of the meeting reported keeps the seat: «Ранее председатель конференции X заявил», GUIDELINES 36)
    v.outside = (not m.voted and not v.sourced and outside_meeting(m.before, m.after)
                 and not (v.role in SEAT_ROLES and v.role not in DELEGATE_ROLES and not v.elsewhere))
    if v.outside:
        v.no_floor("a comment outside the meeting")
    if v.sourced:
        v.no_floor("the source of a news item")  # «…, об этом заявила журналистам постпред X»
    v.strong = STRONG.search(" ".join(v.evidence)) is not None


def delegation_listed(page, m, v):
    if delegation_member(m.before) and not v.strong and "at-table" not in v.evidence:
        v.person("a delegation's member")  # «В состав делегации входят … X»


def office_once_held(page, m, v):
    if v.role in SEAT_ROLES and not v.spoke and m.role_by != "elected" and FORMER.search(m.before[-200:]):
        v.role, v.why = None, "office once held"


def interview(page, m, v):
    if v.spoke and not v.strong and interviewed(page.text, m.before, m.b):
        v.person("an interview")  # «ИНТЕРВЬЮ X: …», «X обратил внимание … В беседе с корреспондентом»


def written_not_said(page, m, v):
    if not v.strong and written_quote(m.before):
        v.person("written, not said")  # «…», — написал постпред X (a post)


def author_quoted(page, m, v):
    if not m.said and cited_author(m.before) and not STRONG.search(" ".join(e for e in v.evidence if e != "spoke-before")):
        v.person("an author quoted")  # «…начать, процитировав классика … Пушкина»


def answer_in_turn(page, m, v):
    out = page.out
    if (IN_TURN.search(m.before[-80:]) and out and out[-1].label == "PERSON" and not v.strong
            and out[-1].norm["name"].split()[-1] in page.outside_names):
        v.person("in turn, outside the meeting")  # «— заявил Чуркин. В свою очередь, постпред США X ожидает …»


def performer(page, m, v):
    if v.spoke and performs(m.before) and not m.said:
        v.person("a performer")  # «В программе концерта выступят исполнители X, Y»


def predecessor(page, m, v):
    if not v.said_here and succeeded(m.before):
        v.person("a predecessor in office")  # «сменив на этом посту … X»


def in_writing(page, m, v):
    if v.spoke and v.evidence[0].startswith("spoke-after") and IN_WRITING.search(m.before[-200:]):
        v.no_floor("in writing")  # «В письме … г-н Маруган информировал Комитет»


# the words go to those who meet later: «X сообщил членам Совета управляющих, которые соберутся в понедельник»
MEETING_TO_COME = re.compile(r"^[^.;!?«»\"]{0,120}?(?<![\w-])(?:которые|который|которая)\s+(?:только\s+)?"
                             r"(?:соберутся|соберется|соберётся|откроется|начнется|начнётся)(?![\w-])", re.I)


def before_the_meeting(page, m, v):
    if v.spoke and v.evidence[0].startswith("spoke-after") and MEETING_TO_COME.match(m.after_bracket):
        v.no_floor("told before the meeting")  # a report sent to a body's members before their session


def addressed(page, m, v):
    if ADDRESSED_BEFORE.search(m.before[-40:]) and ADDRESSED_AFTER.match(m.after):
        v.person("addressed")  # «дорогой Ханс!»: a form of address seats nobody


def awarded(page, m, v):
    if not m.said and not m.voted and AWARDED_BEFORE.search(m.before[-250:]):
        v.person("awarded a prize")  # «премия … вручена представителю Перу г-ну X»


# a letter whose writer the role and the name after it say: «письмо представителя Турецкого федеративного государства
# Кипр г-на X», «на письмо представителя … г-на Y» (the writer of a letter is a PERSON, SPEC)
LETTER_OF = re.compile(r"(?<![\w-])(?:[Пп]исьм(?:о|а|у|ом|е)|[Пп]ослани(?:е|я|ю|ем)|[Зз]аписк(?:а|и|у|ой|е))\s+(?:от\s+)?"
                       r"(?:[\w-]+\s+)?(?:представител|постпред|посл[аоу]|министр|председател|глав)\w*(?![\w-])")


def letter_or_seat_to_come(page, m, v):
    clause = sentence_tail(m.before)
    if v.role in SEAT_ROLES and not m.voted and not v.said_here and (
            IN_WRITING.search(clause) or SEAT_TO_COME.search(clause) or LETTER_OF.search(clause)):
        # «в письме председателя сессии ГА X», «Председателем Совета станет представитель Украины X»
        v.person("a letter, or a seat to come")


def membership_heading(page, m, v):
    if v.role in SEAT_ROLES and not v.spoke and membership_list(page.text, m.b, page.countries) and (
            not page.ctx.cover.chair(page.original(m.a))):  # (the chair's line read out of a record cover's column)
        v.role, v.why = None, "a heading over a membership list"  # «Независимый председатель Совета: г-н X» + states


def cover_member(page, m, v):
    if page.ctx.cover.member(page.original(m.a)):
        v.person("a member listed on a record's cover")  # «Члены: Алжир г-н ДЖУДИ» (GUIDELINES 22)


def photo_credit(page, m, v):
    if m.rule == "photo-credit":
        v.person("a photo credit")  # «Photo©…: Kari Nordmann\n\nСессия открылась»


def no_longer_alive(page, m, v):
    window = m.before[-DECEASED_REACH:]
    window = window[max(window.rfind(q) for q in "»\"”") + 1:]  # (not words quoted before: «… в память о них», — сказал X)
    if DECEASED.search(window) and "gave-lecture" not in v.evidence:  # (a lecture in memory of …)
        v.person("no longer alive")  # «Дань памяти … г-на Гвидо де Марко»


STEPS = (reported_no_meeting, envoy_no_meeting, cited_frame, named_instrumental, governed_delegate_title, expert_elected_only,
         appointment, elected, bilateral_meeting, background_recalled, spokesperson_only, outside_the_meeting,
         delegation_listed, office_once_held, interview, written_not_said, author_quoted, answer_in_turn, performer,
         predecessor, in_writing, before_the_meeting, addressed, awarded, letter_or_seat_to_come, membership_heading, cover_member,
         photo_credit,
         no_longer_alive)


def decide(page: Page, m: Mention) -> Verdict:
    """The floor's evidence, then every step of :data:`STEPS` in turn."""
    evidence = floor_evidence(page, m)
    elsewhere = (m.role in SEAT_ROLES or m.role_by == "elected") and presiding_elsewhere(m.before, m.after, m.role_by)
    reported = bool((m.said and not (m.seated or m.spoke_before) and _reported(m.said, m.after_bracket)) or (
        m.told and not (m.seated or m.spoke_before or m.thanked or m.headed)) or (
        m.quoted and not (m.said or m.seated or m.spoke_before or m.thanked or m.headed)))
    v = Verdict(m.role, evidence, bool(evidence), elsewhere, spokesperson(m.before), reported)
    for step in STEPS:
        step(page, m, v)
    return v


def span_of(page: Page, m: Mention, v: Verdict):
    """The SPEAKER or PERSON span with its decision chain."""
    chain = [m.rule]
    if v.role:
        chain.append(f"role:{v.role} ({m.role_by})")
    if m.country:
        chain.append(f"country:{m.country} ({m.country_by})")
    seat = v.seat and not v.sourced and not v.outside  # the role may have been dropped by a step
    if v.elsewhere or v.spokes:
        chain.append("presides elsewhere" if v.elsewhere else "a spokesperson")
    if (seat and not (v.spokes and not v.spoke)) or v.spoke:
        chain.append("SPEAKER: " + ", ".join((["seat role"] if seat else []) + v.evidence))
        return page.ctx.span(m.a, m.b, "SPEAKER", {"name": m.name, "country": m.country, "role": v.role}, " > ".join(chain))
    chain.append(f"PERSON: {v.why}")
    return page.ctx.span(m.a, m.b, "PERSON", {"name": m.name}, " > ".join(chain))
