"""One mention's own facts, read off its sentence: the role and how the
sentence gives it (an apposition, a heading, a bracket, the words before the
name, an election), the state the person represents, and the name as written
and in the nominative.  Each function reads one candidate; the person layer
(:mod:`ie.extractors.person`) decides the label from these and the evidence
of the floor."""

from __future__ import annotations

import re

from .context import _country, _role
from .edges import inverted_norm
from .names import _apposition_case, _initials_spaced, _recase, _recase_latin, _unspace, nominative_name
from .oblique import fold_lookalikes
from .patterns import (APPOSITION, CLOSED_BEFORE, DELEGATE_ROLES, ELECTED_AS, ELECTED_BEFORE, ELECTED_VERBS, HEADING_ROLE,
                       LIST_TO_BRACKET, QUOTE_BEFORE, ROLE_AFTER, ROLE_ELECTED_BEFORE, SEAT_ROLES, THEN_CHAIR)
from .press import became_role

__all__ = ["mention_country", "mention_name", "mention_role"]


def mention_role(text: str, a: int, b: int, before: str, after: str, taken, labels):
    """The role of the name at ``a:b`` and where it came from; returns
    ``(apposition, bracket, role, role_by, voted, background)``: the
    apposition and bracket matches after the name, and whether the person was
    elected by a vote at the meeting (``voted``), or in passing or years
    before (``background``)."""
    apposition = APPOSITION.match(after)
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
    if role is None or (role_by == "before" and (role not in SEAT_ROLES or role in DELEGATE_ROLES)):
        # «X (Китай) … избираются заместителями Председателя»; «…, избранный председателем 69-й сессии»
        elected = ELECTED_AS.match(after) if any(v in after for v in ELECTED_VERBS) else None
        got = _role(elected.group(2), nearest_first=True) if elected else None
        if got is None and ELECTED_BEFORE.search(before[-160:]):  # «избрали X своим председателем»
            tail = ROLE_AFTER.match(after)
            got = _role(tail.group("role"), nearest_first=True) if tail else None
            voted = got is not None
        if got is None and "избра" in before[-200:]:  # «Новым председателем Совета избран посол … X»
            ahead = ROLE_ELECTED_BEFORE.search(before[-200:])
            got = _role(ahead.group(1), nearest_first=True) if ahead else None
            voted = got is not None
        if got is None and "стал" in before[-160:]:  # «избрала председателя своей сессии. … им стал X»
            got = became_role(text[max(0, a - 400):a])  # (the election may be told in the sentence before)
            voted = got is not None
        if got is not None:
            role, role_by = got, "elected"
            voted = voted or elected.group("verb").startswith("избра")
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
