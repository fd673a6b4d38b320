"""A verbatim record's cover: the chair is a SPEAKER, the members it lists are
PERSONs and their states participants — with the cover as written and with its
two columns read one after the other by a PDF tool (examples invented)."""

import pytest

from ie.extractors.cover import Cover
from ie.pipeline import extract

AS_WRITTEN = """СОВЕТ БЕЗОПАСНОСТИ
Четверг, 17 марта 1988 года, 10 ч. 30 м.

Председатель: г-н ПЕТРОВИЧ (Югославия)
Члены: Алжир г-н САЛЕХ
Аргентина г-н КАРРЕРАС
Китай г-н ВАН Цзяньхун
Соединенное Королевство Великобритании
и Северной Ирландии сэр Джон СМИТ

Повестка дня
"""

COLUMNS = """ПРЕДВАРИТЕЛЬНЫЙ СТЕНОГРАФИЧЕСКИЙ ОТЧЕТ
Председатель:
Члены:
г-н ПЕТРОВИЧ (Югославия)
Алжир
Аргентина
Франция
г-н САЛЕХ
г-н КАРРЕРАС
г-н ДЮПОН
В настоящем отчете содержатся подлинные тексты выступлений на русском языке.
"""


def _people(text):
    return [(s.label, s.text, s.norm.get("role")) for s in extract(text).spans if s.label in ("SPEAKER", "PERSON")]


@pytest.mark.parametrize("text", [AS_WRITTEN, COLUMNS])
def test_cover_chair_speaks_members_are_listed(text):
    found = _people(text)
    assert found[0] == ("SPEAKER", "ПЕТРОВИЧ", "председатель")
    assert {label for label, _, _ in found[1:]} == {"PERSON"}
    assert ("PERSON", "КАРРЕРАС", None) in found


def test_cover_given_name_after_a_surname_in_capitals_ends_the_line():
    assert ("PERSON", "ВАН Цзяньхун", None) in _people(AS_WRITTEN)


@pytest.mark.parametrize("text", [AS_WRITTEN, COLUMNS])
def test_cover_states_of_the_members_list_are_participants(text):
    roles = {s.text: s.norm["role"] for s in extract(text).spans if s.label == "COUNTRY"}
    assert roles["Алжир"] == roles["Аргентина"] == "participant"
    assert roles["Югославия"] is None  # the chair's bracket


def test_cover_list_ends_at_prose():
    cover = Cover.of(COLUMNS)
    assert len(cover.blocks) == 1
    end = cover.blocks[0][1]
    assert COLUMNS[:end].endswith("г-н ДЮПОН") and cover.chair(COLUMNS.index("ПЕТРОВИЧ"))


def test_cover_members_word_in_prose_opens_no_list():
    text = "Члены: Совета заслушали брифинг, после чего г-н САЛЕХ выступил с заявлением."
    assert Cover.of(text).blocks == []
    assert _people(text) == [("SPEAKER", "САЛЕХ", None)]


def test_cover_surnames_read_apart_from_their_titles_are_members_each():
    # the titles' column first («г-н\ng-н»), then the surnames' column, one a line
    text = COLUMNS.replace("г-н САЛЕХ\nг-н КАРРЕРАС\nг-н ДЮПОН", "г-н\nг-н\nг-н\nСАЛЕХ\nКАРРЕРАС\nВАН Цзяньхун")
    assert _people(text)[1:] == [("PERSON", "САЛЕХ", None), ("PERSON", "КАРРЕРАС", None), ("PERSON", "ВАН Цзяньхун", None)]
