"""Who took the floor at the meeting a page reports, and who did not: statements
and messages addressed to a body, briefings heard, statements read out for their
authors, interviews, predecessors in office, photo credits (examples invented)."""

import pytest

from ie.pipeline import extract


def S(name, country=None, role=None):
    return ("SPEAKER", {"name": name, "country": country, "role": role})


def P(name):
    return ("PERSON", {"name": name})


def people(text):
    return [(s.text, (s.label, s.norm)) for s in extract(text).spans if s.label in ("SPEAKER", "PERSON")]


FLOOR = [
    # a statement or message addressed to a body or a session is given there
    ("Заявление Верховного комиссара по правам человека Луизы Арбур в адрес Совета по правам человека\n\n"
     "Женева, 3 марта 2006 года",
     [("Луизы Арбур", S("Луиза Арбур", role="верховный комиссар"))]),
    ("Ниже приводится текст послания Генерального секретаря ООН Пан Ги Муна участникам шестой сессии Форума.",
     [("Пан Ги Муна", S("Пан Ги Мун", role="генеральный секретарь"))]),
    # (but the page that calls the author «former» is an archive: GUIDELINES 13)
    ("Послание бывшего Генерального секретаря Кофи Аннана участникам Совещания министров.",
     [("Кофи Аннана", P("Кофи Аннан"))]),
    # a statement presented or read out for its author: both took part
    ("Послание было представлено 5 мая 2004 г. от его имени Директором Информационного центра Александром Горелик.",
     [("Александром Горелик", S("Александр Горелик"))]),
    ("На заседании комитета Соколов зачитал заявление директора департамента Игоря Мельникова.",
     [("Соколов", S("Соколов")), ("Игоря Мельникова", S("Игорь Мельников"))]),
    # briefings heard at the meeting reported: every name the verb governs
    ("Члены Совета провели консультации и заслушали брифинги Специального представителя Генерального секретаря "
     "Ханса Бергмана и руководителя отдела Марии Лопес.",
     [("Ханса Бергмана", S("Ханс Бергман", role="представитель генерального секретаря")),
      ("Марии Лопес", S("Мария Лопес", role="руководитель"))]),
    # a speech in the Assembly, told before the name
    ("В своей последней речи в Генассамблее генсек Кофи Аннан призвал к реформе.",
     [("Кофи Аннан", S("Кофи Аннан"))]),
    # chairing a debate to come (but heading a delegation to come is no seat: real sets)
    ("Министр иностранных дел Норвегии Ивар Хансен будет председательствовать на дебатах Совета Безопасности.",
     [("Ивар Хансен", S("Ивар Хансен", "NO", "министр"))]),
    ("Делегацию возглавит заместитель министра Олег Носков.", [("Олег Носков", P("Олег Носков"))]),
    # a news item's source who spoke at the meeting: «выступая на …», or «сказал он на сессии» a little later
    ("Об этом во вторник заявил генеральный секретарь ООН Антониу Гутерриш, выступая на открытых дебатах в "
     "Совете Безопасности.",
     [("Антониу Гутерриш", S("Антониу Гутерриш", role="генеральный секретарь"))]),
    ("Торговля находится под угрозой. Об этом заявил генеральный директор ВТО Нгози Оконджо-Ивеала.\n\n"
     "«Рост замедляется», — сказала она на пленарном заседании конференции.",
     [("Нгози Оконджо-Ивеала", S("Нгози Оконджо-Ивеала", role="генеральный директор"))]),
    # … or a sentence after it opens with the speech and names nobody else
    ("Мир становится опаснее, считает генеральный секретарь ООН Антониу Гутерриш. Его слова приводит ТАСС. "
     "Выступая на открытии 52-й сессии Совета по правам человека, генсек призвал к диалогу.",
     [("Антониу Гутерриш", S("Антониу Гутерриш", role="генеральный секретарь"))]),
    # a role that takes the floor with no name: the one person the page gives that role
    ("Перед началом дебатов президента встретил Генеральный секретарь ООН Антониу Гутерриш.\n\n"
     "Далее Генсек ООН выступил с докладом на открытии дебатов.",
     [("Антониу Гутерриш", S("Антониу Гутерриш", role="генеральный секретарь"))]),
]


@pytest.mark.parametrize("text,expected", FLOOR)
def test_person_took_the_floor(text, expected):
    assert people(text) == expected


NO_FLOOR = [
    # an office elected to, told in passing, seats nobody at a meeting
    ("ПАРИЖ, 13 окт. Экс-министр Франции Мари Дюбуа, избранная в пятницу на пост генерального директора "
     "организации, призвала страны не покидать ее.",
     [("Мари Дюбуа", "PERSON")]),
    # a deputy chair of a cabinet of ministers chairs no UN meeting
    ("Делегация страны во главе с заместителем Председателя Кабинета Министров Р.Мередовым командирована в Вену "
     "для участия в сессии Генеральной конференции.",
     [("Р.Мередовым", "PERSON")]),
    # the predecessor in an office
    ("В сентябре он возглавит сессию Генассамблеи, сменив на этом посту представителя Мальдив Абдуллу Шахида.",
     [("Абдуллу Шахида", "PERSON")]),
    # an interview: what the person said, said outside the meeting
    ("ИНТЕРВЬЮ Анна Линдт: голос тех, кого не слышат\n\nМы говорили с Анной Линдт о ее работе.",
     [("Анна Линдт", "PERSON"), ("Анной Линдт", "PERSON")]),
    ("Посол Виктор Орлов обратил внимание на политизацию сессии Совета. В беседе с корреспондентом ТАСС он "
     "отметил, что вопросы важны.",
     [("Виктор Орлов", "PERSON")]),
    # a quote written, not said: a post («…», — написал постпред X)
    ("«Я обратился к членам Совета с просьбой созвать сессию», — написал постпред Эстонии при ООН Свен Юргенсон.",
     [("Свен Юргенсон", "PERSON")]),
    # a tag list, a blank line, then a headline whose verb has its own subject
    ("Виктор Орлов Москва Россия США Вашингтон\n\nМИД России призвал США к диалогу",
     [("Виктор Орлов", "PERSON")]),
]


@pytest.mark.parametrize("text,expected", NO_FLOOR)
def test_person_took_no_floor(text, expected):
    assert [(t, label) for t, (label, _) in people(text)] == expected


@pytest.mark.parametrize("text,names", [
    ("Руководящие органы\n\nВОЗ / Jean Martin\nГенеральный директор открыл сессию.", ["Jean Martin"]),
    ("Заголовок\n  • © РИА Новости / Пресс-служба МИД РФ\n\nТекст сообщения.", []),
    # a news agency's sign-off: its writers' initials
    ("«Мы против», — сказал он.\n\n*А.Б./В.Г.\n\nЧитайте также", ["А.Б.", "В.Г."]),
])
def test_person_page_furniture_lines(text, names):
    assert [s.text for s in extract(text).spans if s.label == "PERSON"] == names
