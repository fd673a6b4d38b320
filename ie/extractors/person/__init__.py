"""SPEAKER and PERSON: named people, the name alone, in the nominative.

Candidates are gathered by :mod:`.gather` from these sources (and a few more
shapes: initials, Latin names, photo credits, letter-spaced names), merged:

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

Each span's ``rule`` is its decision chain, which ``ie explain`` prints: the
candidate source, the role and the country with where each came from, and
why SPEAKER or PERSON («title-name > role:председатель (heading) > SPEAKER:
seat role», «ner > PERSON: reported speech, no meeting in view»).  The word
lists the rules read are data files (``ie/data/words/``, :mod:`.words`).

Where each decision lives: a mention's own facts — its role, its state, its
name as written and in the nominative — in :mod:`.mention`; the floor told
elsewhere in the page in :mod:`.floor`; news pages (a chair of another body,
a spokesperson, words said outside the meeting) in :mod:`.press`; one name and
one label per person in :mod:`.consistent`.
"""

from __future__ import annotations

import re
from bisect import bisect_right



from .patterns import (
    role_matches,
    AFTER_REACH,
    BEFORE_REACH,
    FORMER,
    ADDRESSED_BEFORE,
    ADDRESSED_AFTER,
    AWARDED_BEFORE,
    SEAT_TO_COME,
    LIST_REACH,
    MEETING_REACH,
    MEETING_WORD,
    PARAGRAPH_SPEAKER,
    PARTICIPLE_AFTER,
    INSTRUMENTAL_END,
    BRACKET_AFTER,
    LINE_END,
    WITH_BEFORE,
    SEAT_ROLES,
    SEAT_VERB,
    TRANSCRIPT_HEAD,
    TRANSCRIPT_LABEL,
    IN_WRITING,
    RECORD_LABEL,
    AT_MEETING_AFTER,
    DECEASED,
    DECEASED_REACH,
    SPEECH_NEXT_LINE,
    STATEMENT_BEFORE,
    THANKED_FOR,
    THANKS_BEFORE,
    TABLE_AFTER,
    SPOKE_AFTER,
    SPEECH_NEXT_SENTENCE,
    SEAT_OBJECT,
    MEETING_EVENT,
    APPOINTED_BEFORE,
    DELEGATE_ROLES,
    SEAT_AFTER,
    BYLINE_BEFORE,
    SENTENCE_LINE,
    PARAGRAPH_BREAK,
    TURNED_APOSTROPHE,
    INDEX_LINE,
    QUOTE_ROLE_BEFORE,
    APPOINTS_AFTER,
)
from .names import (
    nominative_name,
)
from ...lines import blank_line_between, line_around
from .oblique import fold_lookalikes, opens_sentence as _opens_sentence
from .context import _reported, _spoke_before, listed_after
from .press import (attributed, bilateral, membership_list, at_bilateral, recalled, acts_at_meeting, briefing_near, news_source,
                    outside_meeting, spoke_before_next, presiding_elsewhere, reported_before, speech_before, spokesperson,
                    told_before, governed_title, takes_office, succeeded, held, interviewed, interview_heading,
                    written_quote, cited_author, performs, delegation_member, sentence_tail)
from .floor import briefed, gave_lecture, presented_for, said_there_later, speech_after, speech_at, spoke_where
from .gather import gather
from .mention import mention_country, mention_name, mention_role
from .consistent import OUTSIDE_REASONS, STRONG, one_label_per_person, one_name_per_person
from .edges import latin_aliases
from .candidates import (
    _Countries,
    _Intervals,
    _later_mentions,
    needs_ner,
)

__all__ = ["PersonExtractor", "needs_ner", "nominative_name"]


LINE_REACH = 80  # how far an index line is looked at either side of its name
# a speaking verb that says nothing was said: a neuter past has a neuter subject («Решение Хрущева … привело к
# тому»), a contribution made («внес существенный вклад»), condolences sent («выразил соболезнования»)
NOT_SAID = re.compile(r"[а-яё]+ло(?![\w-])|внес\w*\s+(?:[\w-]+\s+){0,2}?вклад|выразил\w*\s+(?:[\w-]+\s+){0,2}?соболезновани", re.I)
IN_TURN = re.compile(r"(?<![\w-])[Вв]\s+свою\s+очередь(?![\w-])[^.;!?«»\"]{0,70}$")  # the answer to the mention before
# the reasons that put a mention's words outside the meeting, a «в свою очередь» answer too
OUTSIDE_WHY = OUTSIDE_REASONS + ("reported speech, no meeting in view", "in turn, outside the meeting")


def _index_line(original: str, o: int, ob: int) -> bool:
    """Is the name at ``o:ob`` of the original alone on its line with its title, a
    record's contents line («Г-н ХЕДМАН»)?  A line longer than the reach is none."""
    line = line_around(original, o, ob, LINE_REACH)
    return line is not None and INDEX_LINE.match(original, *line) is not None


class PersonExtractor:
    labels = ("SPEAKER", "PERSON")

    def __init__(self, use_ner: str = "auto"):
        self.use_ner = use_ner  # "auto" (restricted), "all" or "none"

    def warm(self):
        if self.use_ner != "none":
            from ...ner import tagger

            tagger()

    def __call__(self, ctx):
        text = fold_lookalikes(ctx.text)  # «пο Эбοле», «Чурκин»: letters of other scripts read as Cyrillic (same offsets)
        text = TURNED_APOSTROPHE.sub("’", text)  # «Д‘Эското»: a turned comma for the apostrophe (same offsets)
        countries = _Countries(ctx.of("COUNTRY"))
        cands, hints, labels, taken = gather(ctx, text, countries, self.use_ner)
        meetings = []  # made on first need: the meeting words of the text

        def near_meeting(lo, hi):
            if not meetings:
                meetings.append(_Intervals([m.span() for m in MEETING_WORD.finditer(text) if held(text, m.start())]))
            return meetings[0].overlaps(lo, hi)

        out, own, outside_names = [], {}, set()
        two_sides = bilateral(text)  # the document reports a bilateral meeting (press.bilateral)
        sent_starts = [s.start for s in ctx.sentences]

        def new_line(lo, hi):  # a line of the original in [lo, hi) that opens a sentence: «\nОб этом сообщила»
            o_lo, o_hi, o_end = ctx.reading.offset(lo), ctx.reading.offset(max(lo, hi - 1)), ctx.reading.offset(hi)
            return any(_opens_sentence(m.group(1)) for m in SENTENCE_LINE.finditer(ctx.reading.original, o_lo, o_hi)) or (
                PARAGRAPH_BREAK.search(ctx.reading.original, max(0, o_end - 40), o_end) is not None
                and o_lo < o_end - 2)  # a name opening a paragraph: «…выступила против …\n\nX встретился»

        def same_line(lo, hi):  # no line break of the original in [lo, hi)
            return LINE_END.search(ctx.reading.original, ctx.reading.offset(lo), ctx.reading.offset(hi - 1) + 1) is None

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
            apposition, bracket, role, role_by, voted, background = mention_role(text, a, b, before, after, taken, labels)
            country, country_by = mention_country(text, a, b, after, countries, sent, bracket, apposition)
            written, name = mention_name(text, a, b, rule, before, apposition, hints.get((a, b)))
            after_bracket = BRACKET_AFTER.sub("", after)  # «Г-н X (Индия), …, говорит»
            if role_by == "apposition" and after_bracket == after:  # «Г-н X, заместитель Генерального директора ВОИС, произнес речь»
                after_bracket = after[:apposition.start(1)] + after[apposition.end(1):]
            said = SPOKE_AFTER.search(after_bracket)
            if said and NOT_SAID.match(after_bracket, said.start("verb")):
                said = None  # «Решение Хрущева … привело к тому», «внес вклад», «выразил соболезнования»
            elif said and attributed(after_bracket, said.start("verb")):
                said = None  # «… министр X, сообщает ТАСС»: the verb's subject comes after it
            elif said and after_bracket == after and blank_line_between(ctx.reading, b, b + said.start("verb")):
                said = None  # a tag list's name, a blank line, then «МИД России призвал …»: another paragraph's verb
            oblique = name.split() != written.split() and len(name.split()) == len(written.split())
            told = not said and not oblique and told_before(before)  # «сообщила замгенсека ООН X»: the verb before its subject
            if said and oblique and not PARTICIPLE_AFTER.match(after_bracket):
                said = None  # an oblique name is no verb's subject: «на встрече с … Аминой Мохаммед заявил»
            ob = ctx.reading.offset(b - 1) + 1  # on the original lines, which the reading text joins
            o = ctx.reading.offset(a)  # on the original lines: the reading text may have joined them
            opens = bool(PARAGRAPH_SPEAKER.search(ctx.reading.original, max(0, o - 12), o)) and (
                BRACKET_AFTER.match(after) is not None or said)  # «Г-н БРУНИ (Управление … по правам человека), …»
            seated = SEAT_VERB.search(before[-400:])
            # … of a meeting, a group or a ceremony, not of an office; or after the name: «X также возглавил церемонию»
            seated = (seated and SEAT_OBJECT.search(before[-400:], max(0, seated.start() - 80))
                      and "котор" not in before[-400:][seated.end():]) or (
                SEAT_AFTER.match(after_bracket) is not None)
            spoke_before = _spoke_before(before, a, taken, apart=new_line, same_line=same_line, oblique=oblique) and not BYLINE_BEFORE.search(before[-20:])
            at_table = TABLE_AFTER.search(after) is not None
            indexed = rule == "title-name" and _index_line(ctx.reading.original, o, ob)  # «Г-н ХЕДМАН» alone on its line
            seated = seated or at_table
            # thanked for a briefing given here: «спасибо … Дикарло за её сегодняшний ценный доклад»
            thanked = bool(THANKED_FOR.match(after)) and bool(THANKS_BEFORE.search(before[-150:]))
            # a heading over the speech: «Пан Ги Мун\n\nВыступление на пленарном заседании»
            headed = SPEECH_NEXT_LINE.match(ctx.reading.original, ob, ob + 80) is not None or (
                SPEECH_NEXT_SENTENCE.match(text, b, b + 200) is not None)  # «… Путин. Его выступление состоится …»
            # «Вступительное заявление Верховного комиссара … Зейда Раада аль Хусейна на 30-й сессии»
            stated = (not spoke_before and AT_MEETING_AFTER.match(after) is not None and not FORMER.search(before[-60:])
                      and (_spoke_before(before, a, taken, STATEMENT_BEFORE) or reported_before(before)))  # «заявил X на заседании»
            quoted = QUOTE_ROLE_BEFORE.search(before[-120:])  # «…», – добавил Гутерриш: reported, as a verb after the name
            spoke_before = spoke_before or stated
            labelled = RECORD_LABEL.match(after) is not None  # «Г-н Небензя (Российская Федерация): Мы …»
            # a transcript's label: «ПОСОЛ ХЕЙЛИ:  Добрый день» (a line of its own title and name)
            # (a title or capitals: «Захарова: Лавров выступит …» is a news headline, not a label)
            head = TRANSCRIPT_HEAD.search(ctx.reading.original, max(0, o - 40), o)
            labelled = (labelled or (TRANSCRIPT_LABEL.match(ctx.reading.original, ob) is not None and head is not None
                                     and (bool(head.group().strip()) or text[a:b].isupper()))) and not interview_heading(before)
            # «выступили X (…), советник … Y и генеральный секретарь CITES Z»: the list of the verb before X goes on
            prev = out[-1] if out else None
            in_list = (prev is not None and prev.label == "SPEAKER" and ("spoke-before" in prev.rule or "listed-after" in prev.rule)
                       and not oblique and listed_after(text, prev.end, a, b))
            # why the person spoke, in the order the rules are read (the first is the decision; `ie explain` shows all)
            evidence = [why for why, hit in (
                (f"spoke-after:{re.match(r'[а-яё]+', after_bracket[said.start('verb'):], re.I).group().lower()}"
                 if said else "", said),
                ("opens-paragraph", opens), ("seat-verb", seated and not at_table), ("at-table", at_table), ("spoke-before", spoke_before and not stated), ("listed-after-speaker", in_list),
                ("statement-at-session", stated), ("thanked-for-briefing", thanked), ("heading-over-speech", headed),
                ("quoted", quoted), ("told", told), ("record-label", labelled), ("speech-announced", speech_before(before)),
                ("takes-office", role is not None and takes_office(before)),
                ("speaks-before-others", role is not None and spoke_before_next(before, after)),
                ("acts-at-meeting", not oblique and acts_at_meeting(before, after)), ("index-line", indexed),
                ("gave-lecture", gave_lecture(before, after)), ("briefed", briefed(before)),
                ("presented-for", presented_for(before)), ("speech-at-meeting", speech_at(before) or speech_after(after)),
                ("said-there-later", not oblique and said_there_later(text, b, taken)),
                ("spoke-where", not oblique and spoke_where(after))) if hit]
            spoke = bool(evidence)
            elsewhere = (role in SEAT_ROLES or role_by == "elected") and presiding_elsewhere(before, after, role_by)  # «председатель сената …»
            spokes = spokesperson(before)  # «официальный представитель МИД X»: speaks for an office
            seat = role in SEAT_ROLES and not elsewhere and not spokes
            reported = (said and not (seated or spoke_before) and _reported(said, after_bracket)) or (
                told and not (seated or spoke_before or thanked or headed)) or (
                quoted and not (said or seated or spoke_before or thanked or headed))
            person_why = "no role, no speech"
            if reported and not seat and not near_meeting(a - MEETING_REACH[0], b + MEETING_REACH[1]):
                spoke, person_why = False, "reported speech, no meeting in view"  # speaking outside any meeting
            if (role in DELEGATE_ROLES and role not in ("представитель", "наблюдатель") and (not spoke or reported)
                    and not any(held(text, m.start()) for m in MEETING_EVENT.finditer(text, max(0, a - 300), b + 300))):
                # an envoy's full title with no meeting near: «постоянный представитель РФ при ООН X сообщил» in the news
                # («Представитель Нигерии X сообщил …» is the delegate speaking at the meeting reported)
                role, spoke, person_why = None, False, "an envoy, no meeting in view"
            if (role_by in ("before", "apposition") and oblique and any(w.endswith(INSTRUMENTAL_END) for w in written.split())
                    and not voted and WITH_BEFORE.search(before[-120:])):
                role, spoke, person_why = None, False, "named in the instrumental"  # «встреча с генеральным секретарем X-ом»
            if role in DELEGATE_ROLES and role_by == "before" and not spoke and governed_title(before):
                role, person_why = None, "a delegate's title governed by a word before it"  # «попросил постпреда X»
            if role == "эксперт" and role_by != "elected":
                role = None  # «эксперт» only as the office one is elected to: «был избран экспертом Комитета»
            appoints = APPOINTS_AFTER.match(after_bracket) is not None and (not spoke or reported)
            appointed = APPOINTED_BEFORE.search(before[-80:])
            # «назначил своего Председателя, д-ра X» seats X; a seat role elsewhere in the clause does not
            # («одобрить назначение X (Страна) сопредседателем Группы», «Председателем … назначена посол X»)
            chair_named = appointed is not None and any(r in SEAT_ROLES for _, r in role_matches(appointed.group()))
            if ((appointed or appoints) and not voted and not (spoke and not reported)
                    and (role not in SEAT_ROLES or role in DELEGATE_ROLES or not chair_named)):
                # «объявил о назначении X на должность …»; «X сообщил Совету о намерении назначить Y»
                role, spoke, person_why = None, False, "announces an appointment" if appoints else "appointed"
            if voted and not elsewhere and (role in SEAT_ROLES or not background):
                evidence.append("elected")
                spoke = True
            if two_sides and not voted and not labelled and at_bilateral(before, after):
                role, spoke, person_why = None, False, "a bilateral meeting"  # GUIDELINES 25: both sides are PERSONs
            if recalled(before, after):
                role, spoke, person_why = None, False, "background recalled, no meeting in view"
            if spokes and not briefing_near(text, a, b):
                spoke, person_why = False, "a spokesperson, no briefing in view"
            elif spokes and (reported or stated or told):
                spoke, person_why = False, "a spokesperson reporting"  # «сообщил пресс-секретарь ООН X» (real a_03)
            sourced = (not voted and news_source(before, after) and not taken.starts_within(a - 120, a)
                       and "said-there-later" not in evidence)
            # «Ранее постпред X заявил …», «X заявила журналистам»: a comment before or after the meeting reported
            # (the chair of the meeting reported keeps the seat: «Ранее председатель конференции X заявил», GUIDELINES 36)
            outside = (not voted and not sourced and outside_meeting(before, after)
                       and not (role in SEAT_ROLES and role not in DELEGATE_ROLES and not elsewhere))
            if outside:
                spoke, person_why = False, "a comment outside the meeting"
            if sourced:
                spoke, person_why = False, "the source of a news item"  # «…, об этом заявила журналистам постпред X»
            strong = STRONG.search(" ".join(evidence)) is not None  # (the floor taken, not only words reported)
            if delegation_member(before) and not strong and "at-table" not in evidence:
                role, spoke, person_why = None, False, "a delegation's member"  # «В состав делегации входят … X»
            if role in SEAT_ROLES and not spoke and role_by != "elected" and FORMER.search(before[-200:]):
                role, person_why = None, "office once held"
            if spoke and not strong and interviewed(text, before, b):
                role, spoke, person_why = None, False, "an interview"  # «ИНТЕРВЬЮ X: …», «X обратил внимание … В беседе с корреспондентом»
            if not strong and written_quote(before):
                role, spoke, person_why = None, False, "written, not said"  # «…», — написал постпред X (a post)
            if not said and cited_author(before) and not STRONG.search(" ".join(e for e in evidence if e != "spoke-before")):
                role, spoke, person_why = None, False, "an author quoted"  # «…начать, процитировав классика … Пушкина»
            if (IN_TURN.search(before[-80:]) and out and out[-1].label == "PERSON" and not strong
                    and out[-1].norm["name"].split()[-1] in outside_names):
                role, spoke, person_why = None, False, "in turn, outside the meeting"  # «— заявил Чуркин. В свою очередь, постпред США X ожидает …»
            if spoke and performs(before) and not said:
                role, spoke, person_why = None, False, "a performer"  # «В программе концерта выступят исполнители X, Y»
            if not (spoke and not reported) and succeeded(before):
                role, spoke, person_why = None, False, "a predecessor in office"  # «сменив на этом посту … X»
            if spoke and evidence[0].startswith("spoke-after") and IN_WRITING.search(before[-200:]):
                spoke, person_why = False, "in writing"  # «В письме … г-н Маруган информировал Комитет»
            if ADDRESSED_BEFORE.search(before[-40:]) and ADDRESSED_AFTER.match(after):
                role, spoke, person_why = None, False, "addressed"  # «дорогой Ханс!»: a form of address seats nobody
            if not said and not voted and AWARDED_BEFORE.search(before[-250:]):
                role, spoke, person_why = None, False, "awarded a prize"  # «премия … вручена представителю Перу г-ну X»
            clause = sentence_tail(before)
            if role in SEAT_ROLES and not voted and not (spoke and not reported) and (
                    IN_WRITING.search(clause) or SEAT_TO_COME.search(clause)):
                # «в письме председателя сессии ГА X», «Председателем Совета станет представитель Украины X»
                role, spoke, person_why = None, False, "a letter, or a seat to come"
            if role in SEAT_ROLES and not spoke and membership_list(text, b, countries):
                role, person_why = None, "a heading over a membership list"  # «Независимый председатель Совета: г-н X» + states
            if rule == "photo-credit":
                role, spoke, person_why = None, False, "a photo credit"  # «Photo©…: Kari Nordmann\n\nСессия открылась»
            if DECEASED.search(before[-DECEASED_REACH:]) and "gave-lecture" not in evidence:  # (a lecture in memory of …)
                role, spoke, person_why = None, False, "no longer alive"  # «Дань памяти … г-на Гвидо де Марко»
            chain = [rule]
            if role:
                chain.append(f"role:{role} ({role_by})")
            if country:
                chain.append(f"country:{country} ({country_by})")
            seat = role in SEAT_ROLES and not elsewhere and not spokes and not sourced and not outside  # the role may have been dropped above
            if elsewhere or spokes:
                chain.append("presides elsewhere" if elsewhere else "a spokesperson")
            if (seat and not (spokes and not spoke)) or spoke:
                chain.append("SPEAKER: " + ", ".join((["seat role"] if seat else []) + evidence))
                out.append(ctx.span(a, b, "SPEAKER", {"name": name, "country": country, "role": role}, " > ".join(chain)))
            else:
                chain.append(f"PERSON: {person_why}")
                out.append(ctx.span(a, b, "PERSON", {"name": name}, " > ".join(chain)))
                if person_why in OUTSIDE_WHY:
                    outside_names.add(name.split()[-1])  # (the surnames whose words the page puts outside the meeting)
                own[(a, b)] = (role, country)  # what the mention would say as a SPEAKER (consistent.py)
        people = one_name_per_person(ctx, _later_mentions(ctx, latin_aliases(ctx, out, cands), cands, countries))
        return one_label_per_person(ctx, people, own, countries)  # (one name first: the label goes by the name)
