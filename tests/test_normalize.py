"""The reading text: hyphen breaks, page furniture, offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import hyphen_rows, seed_texts
from ie.normalize import hyphen_kind, normalize

SEEDS = seed_texts()
READINGS = {}


def reading_of(doc_id):
    if doc_id not in READINGS:
        r = normalize(SEEDS[doc_id])
        READINGS[doc_id] = (r, {o: i for i, o in r.pairs()})
    return READINGS[doc_id]


ROWS = [r for r in hyphen_rows() if r["kind"] != "other"]


def test_normalize_hyphen_table_covers_every_line_end_hyphen(seeds):
    import re

    found = {(d, m.start()) for d, t in seeds.items() for m in re.finditer(r"-[ \t]*(?=\n)", t)}
    listed = {(r["doc_id"], int(r["offset"])) for r in hyphen_rows()}
    assert found <= listed
    assert len(ROWS) >= 185


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['doc_id'][:3]}-{r['offset']}-{r['left']}|{r['right']}")
def test_normalize_decides_seed_hyphen(row):
    """Every line-end hyphen of the seeds reads as decided by a reader."""
    reading, inv = reading_of(row["doc_id"])
    start = int(row["offset"]) - len(row["left"])
    i = inv[start]
    assert reading.text[i:i + len(row["reading"])] == row["reading"]


PAIRS = [
    # (raw, reading)
    ("Конфе-\nренции", "Конференции"),
    ("Брази-\n\nлии", "Бразилии"),
    ("об-\nсуждение", "обсуждение"),
    ("о не-\nзаконном", "о незаконном"),
    ("представитель-\nница", "представительница"),
    ("государства-\nучастники", "государства-участники"),
    ("семинаров-\nпрактикумов", "семинаров-практикумов"),
    ("интернет-\nпровайдерами", "интернет-провайдерами"),
    ("Народно-Демо-\nкратическая", "Народно-Демократическая"),
    ("уголовно-право-\nвых", "уголовно-правовых"),
    ("кто-\nто", "кто-то"),
    ("CTOC/COP/WG.2/2024/4-\n\nCTOC/COP/WG.3/2024/4", "CTOC/COP/WG.2/2024/4-CTOC/COP/WG.3/2024/4"),
    ("Рабо-\n\n4/5 V.24-09626\n\nчая группа", "Рабочая группа"),
    ("Рабо-\n\nCTOC/COP/WG.3/2024/L.1\n\nчая группа", "Рабочая группа"),
    ("вопрос о\n\nV.24-09626\nпроведении", "вопрос о проведении"),
    ("первая строка\nвторая строка", "первая строка вторая строка"),
    ("Конец.\n2. Начало", "Конец.\n2. Начало"),
    ("слово  \u00a0 слово", "слово слово"),
    ("Рабочaя группa", "Рабочая группа"),
    ("**Проект доклада**", "Проект доклада"),
    ("## **В. Заявления**", "В. Заявления"),
    ("документ [CTOC/COP/WG.4/2021/1](#);", "документ CTOC/COP/WG.4/2021/1;"),
    # a link's text wrapped over lines: its target on the last line is no text either
    ("[Заголовок новости о\nзаседании](/images/2020/09/30/1.jpg?2021-02-17+09%3A23)\nТекст.",
     "[Заголовок новости о заседании Текст."),
    ("пере\u00adнос", "перенос"),
    # a line break an OCR or a copy turned into a space after the hyphen: the word is one again
    # (not a hyphen suspended before a conjunction, nor a compound or a name of two capitals)
    ("как намеренное иска- жение фактов", "как намеренное искажение фактов"),
    ("Вышин- ский заявил", "Вышинский заявил"),
    ("тепло- и энергоснабжение", "тепло- и энергоснабжение"),
    ("Жан- Пьер", "Жан- Пьер"),
    ("9–\n18 октября", "9–18 октября"),
    # other break hyphens join exactly as «-» does: a soft hyphen, U+2010, U+2011
    ("Бра\u00ad\nзилии", "Бразилии"),
    ("ок\u00ad\r\n\r\nтября", "октября"),
    ("Бра\u2010\nзилии", "Бразилии"),
    ("государства\u2011\nучастники", "государства-участники"),
    ("государств\u2010членов", "государств-членов"),
    ("Франция,\n\n1/4 GE.23-07415\n\nA/HRC/52/2\n\nЧерногория", "Франция, Черногория"),
    ("сес-\n\n3/4 23-24518 (R)\n\nE/CN.3/2024/1\n\nсии", "сессии"),
    ("Иорда-\n\nK2302871 2/3\n\nUNEP/EA.6/INF/21\n\nния", "Иордания"),
    ("Нью-Йорк,\n2015", "Нью-Йорк, 2015"),
    ("пять-\n\n4                                   11-27384\n\nE/2011/27\nE/CN.6/2011/12\n\nдесят шестой", "пятьдесят шестой"),
    ("*Председатель:*\nЛилиана", "Председатель: Лилиана"),
    ("повестки дня**", "повестки дня"),
    ("строка\r\nдругая", "строка другая"),
    (" a) Открытие совещания \n\n  Девятое совещание откроется", "a) Открытие совещания\nДевятое совещание откроется"),
    ("14. На совещании Рабочей группы были представлены следующие участники \nКонвенции: Австрия",
     "14. На совещании Рабочей группы были представлены следующие участники Конвенции: Австрия"),
    # a numbered sentence the PDF wrapped before its last, genitive word and colon runs on; a label does not
    ("2.  Конференция избрала трех заместителей Председателя\nКонференции:\n\nГийермо Салазара (Панама)",
     "2. Конференция избрала трех заместителей Председателя Конференции: Гийермо Салазара (Панама)"),
    ("1. Открытие сессии\nПредседатель:\nг-н Петров", "1. Открытие сессии\nПредседатель: г-н Петров"),
    # a numbered paragraph's first line wrapped short: the next line opens with an oblique adjective or noun
    ("1.     Профессор Иван Петров, лауреат\nГосударственной премии, прочитал лекцию.",
     "1. Профессор Иван Петров, лауреат Государственной премии, прочитал лекцию."),
    ("a) Открытие совещания\nВыборы должностных лиц", "a) Открытие совещания\nВыборы должностных лиц"),
    # ... or a first line that spans the page after the wide gap of its number (no heading, however few its words)
    ("2.         Двадцать шестая лекция, посвященная памяти Франка\nЛидгетта Макдугала, была прочитана.",
     "2. Двадцать шестая лекция, посвященная памяти Франка Лидгетта Макдугала, была прочитана."),
    # mixed scripts where only Cyrillic can be meant; a hyphen doubled by U+2011
    ("ВТOPAЯ CПEЦИAЛЬHAЯ CECCИЯ", "ВТОРАЯ СПЕЦИАЛЬНАЯ СЕССИЯ"),
    ("в ноябре 2011 гοда", "в ноябре 2011 года"),  # a Greek omicron
    ("на своих 611\u2011-м и 612-м заседаниях", "на своих 611-м и 612-м заседаниях"),
    ("в 90-\u2011е годы", "в 90-е годы"),
    # a quote's attribution wrapped onto a dash-led line runs on; a list of dashes does not
    ("«Рады сотрудничеству»,\n— заявил посол.", "«Рады сотрудничеству», — заявил посол."),
    ("Пункты:\n— первый;\n— второй.", "Пункты:\n— первый;\n— второй."),
    # a title's abbreviation ends no sentence, and initials after it are no list item; a word ending in «тов» does
    ("Речь тов.\nА. Я. Вышинского на заседании", "Речь тов. А. Я. Вышинского на заседании"),
    ("Он был готов.\nЗаседание открыто.", "Он был готов.\nЗаседание открыто."),
    # a day the PDF wrapped off its month is text; a bare page number between blank lines is furniture
    ("Distr.: General\n14\nAugust 2017\nRussian", "Distr.: General 14 August 2017 Russian"),
    ("Текст страницы.\n\n14\n\nДалее текст.", "Текст страницы.\nДалее текст."),
]


@pytest.mark.parametrize("raw,expected", PAIRS)
def test_normalize_reading_text(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw,expected", PAIRS)
def test_normalize_offsets_round_trip(raw, expected):
    r = normalize(raw)
    for i, o in r.pairs():
        # a reading char is the original char, or a 1:1 repair of it
        assert (r.text[i] == raw[o] or raw[o].isspace() or raw[o] in "aceopxyACEHKMOPTXBοΟ"
                or (r.text[i] == "-" and raw[o] in "\u00ad\u2010\u2011"))


@pytest.mark.parametrize("left,right,kind", [
    ("об", "суждение", "soft"), ("не", "законном", "soft"), ("представитель", "ница", "soft"),
    ("Мог", "енс", "soft"),  # a right part the dictionary knows only as a name: a broken name («Могенс»)
    ("Нкр", "ума", "soft"),  # a left part known only as an abbreviation («НКР»): a broken name («Нкрума»)
    ("Рай", "дер", "soft"), ("Мацу", "ура", "soft"),  # a capitalised word's short tail: a broken name (both parts words)
    ("государства", "участники", "compound"), ("государств", "участников", "compound"),
    ("интернет", "провайдерами", "compound"), ("веб", "сайте", "compound"),
    ("Северо", "Западный", "compound"), ("по", "следовательно", "soft"),
    ("Эспи", "носа", "soft"),
])
def test_normalize_hyphen_kind(left, right, kind):
    assert hyphen_kind(left, right) == kind


WORDS = st.sampled_from(["Конфе", "ренции", "Бразилии", "государства", "участники", "и", "2022", "года",
                         "CTOC/COP/2022/1", "4/5", "V.24-09626", "Франции", "Брази", "лии", "(", ")", "а)"])
SEPS = st.sampled_from([" ", "\n", "-\n", "-\n\n", "\n\n", "  \n", "-\n\n4/5 V.24-09626\n\n", "\r\n", "\u00ad", "\f"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPS), min_size=1, max_size=30))
def test_normalize_map_points_into_original(parts):
    raw = "".join(w + s for w, s in parts)
    r = normalize(raw)
    prev = -1
    for i, o in r.pairs():
        assert 0 <= o < len(raw)
        assert o > prev  # monotonic: the reading never goes back
        prev = o
    for start in range(len(r.text)):
        for end in range(start + 1, min(len(r.text), start + 12) + 1):
            a, b = r.to_original(start, end)
            assert 0 <= a < b <= len(raw)


@pytest.mark.parametrize("raw", [
    "Бра\u00adзилия " * 40000,  # a drop range per word once made every word scan every range
    "*а* " * 40000,
    "A/78/L.5\n" * 20000,  # every symbol line once copied the rest of the lines
])
def test_normalize_long_inputs_keep_every_word(raw):
    r = normalize(raw)
    assert len(r.text.split()) == len(raw.split())
    assert all(r.text[i] == raw[o] or raw[o] in "*\u00ad\n" for i, o in r.pairs())


LINE_WORDS = st.sampled_from(["Совет", "Безопасности,", "Франция", "2022", "A/78/L.5", "4/5", "Рабочaя", "гοда",
                              "Брази-", "лии", "**Председатель:**", "[текст](http://x)", "#", "\u00a0", "а)", "—"])
LINE_SEPS = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "-\n", "\r\n", " \u00a0", "\u00ad\n", "\u2011\n", "\f"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LINE_WORDS, LINE_SEPS), min_size=1, max_size=25))
def test_normalize_plain_lines_read_as_the_word_by_word_path_reads_them(parts):
    """A line with nothing to repair is copied whole; that shortcut must give
    the reading and the offset map the word-by-word path gives."""
    import ie.normalize as nm

    raw = "".join(w + s for w, s in parts)
    fast = normalize(raw)
    plain_words = nm._plain_words
    nm._plain_words = lambda line, start: None
    try:
        slow = normalize(raw)
    finally:
        nm._plain_words = plain_words
    assert (fast.text, fast.segments, fast.asides) == (slow.text, slow.segments, slow.asides)


def test_normalize_full_width_line_ending_a_sentence_runs_on():
    """A PDF line filled to its width that happens to end a sentence is not the
    end of a paragraph (a name or a clause on the next line belongs with it);
    a short line that ends a sentence still ends its paragraph."""
    full = "Заместитель Постоянного представителя при Организации выступил."
    assert 60 <= len(full) <= 95
    assert normalize(full + "\nНиколай Чулков дал оценку.").text == full + " Николай Чулков дал оценку."
    short = "Заседание открыто."
    assert normalize(short + "\nНиколай Чулков дал оценку.").text == short + "\nНиколай Чулков дал оценку."
    long_paragraph = "Очень длинный абзац новостной страницы, записанный одной строкой без переносов, " * 2 + "конец."
    assert normalize(long_paragraph + "\nНовый абзац.").text == long_paragraph + "\nНовый абзац."


RECORD_LINES = ("Председатель: г-н Хуан\nМАРТИНЕС (Аргентина)\n\nПОСОЛ ХЕЙЛИ:  Добрый день.\n\n"
                "Решения\n\n3/1. Обзор хода осуществления\n3/2. Техническая помощь\n\n*Н.Ф./Х.М.\n")


@pytest.mark.parametrize("line_end", ["\r\n", "\f", "\u2028", "\r"])
def test_every_line_end_reads_as_a_newline(line_end):
    """A file whose lines end in CRLF, form feeds, U+2028 or lone carriage
    returns gives the mentions a «\\n» file gives: a name wrapped at a line,
    a transcript label, a list of decisions under its heading, a sign-off."""
    from ie import extract

    def found(text):
        return [(s.label, s.text.replace(line_end, "\n"), s.norm) for s in extract(text).spans]

    plain = found(RECORD_LINES)
    assert {label for label, _, _ in plain} >= {"SPEAKER", "COUNTRY", "RESOLUTION", "PERSON"}
    assert found(RECORD_LINES.replace("\n", line_end)) == plain
    reading = normalize(RECORD_LINES.replace("\n", line_end))
    assert len(reading.lines) == len(reading.original) and reading.lines.count("\n") == RECORD_LINES.count("\n")


def test_a_word_broken_with_no_hyphen_is_read_whole():
    """An OCR that lost the break hyphen: «де\\nкабря» is one word when the halves make one and
    one half is no word; two words that are words stay apart, and a blank line parts them."""
    from ie import extract

    doc = extract("уже имело честь 20 де\nкабря 1945 г. обратиться. Союза Советских Социалистических Респуб\nлик, и")
    assert [(s.label, s.text) for s in doc.spans] == [
        ("DATE", "20 де\nкабря 1945 г."), ("COUNTRY", "Союза Советских Социалистических Респуб\nлик")]
    assert normalize("пошли по\nтом").text == "пошли по том"
    assert normalize("это де\n\nкабря").text == "это де кабря"
