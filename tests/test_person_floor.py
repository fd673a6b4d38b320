"""Who took the floor at the meeting a page reports, and who did not: statements
and messages addressed to a body, briefings heard, statements read out for their
authors, interviews, predecessors in office, photo credits (examples invented)."""

import pytest

from ie.pipeline import extract
from test_person_unseen import P, S, people  # the same record shapes as the other person tables


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
    # … or read out in the passive after the name
    ("Возражений не последовало, и послание министра иностранных дел Ивана Петрова было оглашено в Совете.",
     [("Ивана Петрова", S("Иван Петров", role="министр"))]),
    # a speech in the Assembly, told before the name
    ("В своей последней речи в Генассамблее генсек Кофи Аннан призвал к реформе.",
     [("Кофи Аннан", S("Кофи Аннан", role="генеральный секретарь"))]),
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
    # the floor in a relative clause after the meeting attended; a ceremony conducted
    ("Ранее в Париже глава МИД Армении Арам Саркисян принял участие в сессии Генконференции, где выступил с речью.",
     [("Арам Саркисян", S("Арам Саркисян", "AM", "глава МИД"))]),
    ("Церемонию поднятия флагов провёл Постоянный представитель Казахстана Нурлан Ахметов.",
     [("Нурлан Ахметов", S("Нурлан Ахметов", "KZ", "постоянный представитель"))]),
    # … or a sentence after it opens with the speech and names nobody else
    ("Мир становится опаснее, считает генеральный секретарь ООН Антониу Гутерриш. Его слова приводит ТАСС. "
     "Выступая на открытии 52-й сессии Совета по правам человека, генсек призвал к диалогу.",
     [("Антониу Гутерриш", S("Антониу Гутерриш", role="генеральный секретарь"))]),
    ("В заседании приняли участие Генеральный директор ВМО профессор Петер Таалас и представители миссий.\n"
     "В своей вступительной речи Генеральный директор ВМО отметил, что климат меняется.",
     [("Петер Таалас", S("Петер Таалас", role="генеральный директор"))]),
    # a role that takes the floor with no name: the one person the page gives that role
    ("Перед началом дебатов президента встретил Генеральный секретарь ООН Антониу Гутерриш.\n\n"
     "Далее Генсек ООН выступил с докладом на открытии дебатов.",
     [("Антониу Гутерриш", S("Антониу Гутерриш", role="генеральный секретарь"))]),
    # a delegate heard by the body; a head of state's initial before a surname the dictionary knows as a word,
    # and that surname alone later
    ("Совет заслушал представителя Республики Индонезии Сухарта и отложил решение.",
     [("Сухарта", S("Сухарт", "ID", "представитель"))]),
    ("10 мая президент США Д. Эйзенхауэр выступил перед Ассамблеей. Как выразился Эйзенхауэр, мир хрупок.",
     [("Д. Эйзенхауэр", S("Д. Эйзенхауэр", "US", "президент")), ("Эйзенхауэр", S("Д. Эйзенхауэр", "US"))]),
    # words opened by the verb and a colon: the same person's other mentions take the floor too
    ("Во время обсуждения на заседании Совета Безопасности возник спор между послом Иваном Петровым и послом "
     "Карлом Шмидтом.\n\n"
     "Посол Шмидт ответил: «Вы не упомянули заложников».",
     [("Иваном Петровым", P("Иван Петров")), ("Карлом Шмидтом", S("Карл Шмидт", role="посол")),
      ("Шмидт", S("Карл Шмидт", role="посол"))]),
]


@pytest.mark.parametrize("text,expected", FLOOR)
def test_person_took_the_floor(text, expected):
    assert people(text) == expected


NO_FLOOR = [
    # words sent to a body's members before they meet
    ("Директор Иван Петров сообщил членам Совета управляющих, которые соберутся в понедельник на сессию, что "
     "проверки продолжаются.",
     [("Иван Петров", "PERSON")]),
    # the writer of a letter, named after the letter and the writer's role
    ("Имею честь препроводить письмо представителя Республики Кипр г-на Андреаса Петридиса от 3 мая 1978 года.",
     [("Андреаса Петридиса", "PERSON")]),
    # an office elected to, told in passing, seats nobody at a meeting
    ("ПАРИЖ, 13 окт. Экс-министр Франции Мари Дюбуа, избранная в пятницу на пост генерального директора "
     "организации, призвала страны не покидать ее.",
     [("Мари Дюбуа", "PERSON")]),
    # … or an election of years before
    ("Томас Бергер был избран Генеральным директором организации Административным советом в мае 2012 года.",
     [("Томас Бергер", "PERSON")]),
    # a deputy chair of a cabinet of ministers chairs no UN meeting
    ("Делегация страны во главе с заместителем Председателя Кабинета Министров Р.Мередовым командирована в Вену "
     "для участия в сессии Генеральной конференции.",
     [("Р.Мередовым", "PERSON")]),
    # a speaker recalls another's words: the other is cited, not at the meeting
    ("Постпред Иван Петров, выступая на заседании, напомнил о словах бывшего генсека ООН Олега Смирнова.",
     [("Иван Петров", "SPEAKER"), ("Олега Смирнова", "PERSON")]),
    # said before the meeting reported: «Ранее …», the meeting only what was called for
    ("На заседании Совета Безопасности ООН обсуждалась ситуация в регионе. Ранее президент Иван Петров призвал "
     "созвать экстренное заседание.",
     [("Иван Петров", "PERSON")]),
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
    # talk of a meeting still to come is no speech at it
    ("Министр иностранных дел Олег Носков рассказал о подготовке страны к 26-й конференции сторон.",
     [("Олег Носков", "PERSON")]),
    ("Послы встретились с главой агентства\n\nПостоянный представитель в Вене Олег Носков рассказал, что целью "
     "встречи был обмен мнениями о предстоящей сессии Совета управляющих.",
     [("Олег Носков", "PERSON")]),
    # an author quoted in a speech
    ("Свое выступление на закрытии сессии я хотела бы начать, процитировав классика литературы, "
     "Льва Николаевича Толстого. Несомненно, Толстой согласился бы с нами.",
     [("Льва Николаевича Толстого", "PERSON"), ("Толстой", "PERSON")]),
    # performers at a concert are no speakers
    ("В программе концерта выступят известные исполнители Патрик Дюпон, Андре Мартен.",
     [("Патрик Дюпон", "PERSON"), ("Андре Мартен", "PERSON")]),
    # «в свою очередь» answers the mention before it: a comment outside the meeting, answered outside it
    ("«Текст готов, голосуем завтра», — заявил журналистам постпред Франции Пьер Дюбуа. В свою очередь, постоянный "
     "представитель США Джон Смит ожидает, что проект будет принят.",
     [("Пьер Дюбуа", "PERSON"), ("Джон Смит", "PERSON")]),
    # heading a delegation is no floor taken (docs/LABEL-AUDIT.md, class 1)
    ("Делегацию Кыргызстана возглавил замминистра культуры Марат Тагаев. В ходе сессии делегация представила "
     "информацию о законодательстве.",
     [("Марат Тагаев", "PERSON")]),
    # present at the meeting, no floor taken
    ("На заседании исполнительного совета присутствовали министр иностранных дел Грузии Давид Мчедлидзе и другие.",
     [("Давид Мчедлидзе", "PERSON")]),
    # a delegation received by the head of the organisation: a bilateral meeting
    ("В штаб-квартире ЮНЕСКО армянскую делегацию приняла генеральный директор организации Анна Петрова, "
     "которая отметила активное участие Армении в программах.",
     [("Анна Петрова", "PERSON")]),
    # a comment to journalists on a session's results; the same person later with a delegate's seat only
    ("Олег Носков рассказал журналистам об итогах сессии Совета управляющих. Постоянный представитель России в "
     "Вене Олег Носков рассказал об итогах внеочередной сессии Совета управляющих.",
     [("Олег Носков", "PERSON"), ("Олег Носков", "PERSON")]),
    # a tag list, a blank line, then a headline whose verb has its own subject
    ("Виктор Орлов Москва Россия США Вашингтон\n\nМИД России призвал США к диалогу",
     [("Виктор Орлов", "PERSON")]),
    # the words quoted are the subject's, not those of a name in the instrumental after it
    ("«Мы будем планировать мир», — заявил Иван Петров перед началом переговоров с Карлом Шмидтом в Нью-Йорке.\n\n"
     "Накануне Петров выступил на юбилейной сессии Генассамблеи ООН.",
     [("Иван Петров", "SPEAKER"), ("Карлом Шмидтом", "PERSON"), ("Петров", "SPEAKER")]),
    # a speech of another person named before, the clause going on to a talk with this one
    ("Накануне тон выступления Ивана Петрова на сессии Генассамблеи, ряд его заявлений в беседе с Карлом Шмидтом "
     "укрепили ощущение перемен.",
     [("Ивана Петрова", "SPEAKER"), ("Карлом Шмидтом", "PERSON")]),
    # (and in a heading in capitals, initials and a surname with no title are a name)
    ("ВЫСТУПЛЕНИЕ ПОСТОЯННОГО ПРЕДСТАВИТЕЛЯ РОССИЙСКОЙ ФЕДЕРАЦИИ ПРИ ЮНЕСКО И.И.СЕМЕНОВА НА ПЛЕНАРНОМ ЗАСЕДАНИИ",
     [("И.И.СЕМЕНОВА", "SPEAKER")]),
]


@pytest.mark.parametrize("text,expected", NO_FLOOR)
def test_person_took_no_floor(text, expected):
    assert [(t, label) for t, (label, _) in people(text)] == expected


@pytest.mark.parametrize("text,names", [
    ("Руководящие органы\n\nВОЗ / Jean Martin\nГенеральный директор открыл сессию.", ["Jean Martin"]),
    ("Заголовок\n  • © РИА Новости / Пресс-служба МИД РФ\n\nТекст сообщения.", []),
    # a news agency's sign-off: its writers' initials
    ("«Мы против», — сказал он.\n\n*А.Б./В.Г.\n\nЧитайте также", ["А.Б.", "В.Г."]),
    # … on lines a PDF ended with a form feed and CRLF
    ("«Мы против», — сказал он.\r\n\r\n*А.Б./В.Г.\x0c\r\nЧитайте также", ["А.Б.", "В.Г."]),
    ("Органы\r\n\x0cВОЗ / Jean Martin\x0c\r\nГенеральный директор открыл сессию.", ["Jean Martin"]),
])
def test_person_page_furniture_lines(text, names):
    assert [s.text for s in extract(text).spans if s.label == "PERSON"] == names


# from real28 (the twelfth session): a speech page's heading over the address to the chair, a meeting addressed
# after the name, a speech named before or after it, a bracket closed before another subject's verb
SPEECH_PAGES = [
    ("Заключительное заявление\n\nГенерального директора ЮНИДО г-на Ивана Соколова\n\n12/05/2019\n\nГ-жа Председатель!\n\n"
     "Дамы и господа!", [("Ивана Соколова", S("Иван Соколов", role="генеральный директор"))]),
    ("Вступительное заявление Верховного комиссара ООН по правам человека Луизы Арбур\n\n3 марта 2006 г.\n\n"
     "Многоуважаемый Председатель,\nуважаемые члены Совета,", [("Луизы Арбур", S("Луиза Арбур", role="верховный комиссар"))]),
    # (the same heading over a news item, with no address to the chair under it: no speech page)
    ("Заявление министра иностранных дел Армении Арарата Мирзояна\n\nМинистр напомнил о переговорах.",
     [("Арарата Мирзояна", P("Арарат Мирзоян"))]),
    # (a photo credit after a caption that names the speech is no heading)
    ("Михаил Горбачев во время выступления на 43-й сессии Генеральной Ассамблеи ООН. Фото: Иван Петров / Фотохроника ТАСС"
     "\n\n7 декабря 1988 года\n\nУважаемый господин Председатель!",
     [("Михаил Горбачев", S("Михаил Горбачев")), ("Иван Петров", P("Иван Петров"))]),
    ("Президент Иван Петров на следующей неделе обратится к Генассамблее ООН по видеосвязи.",
     [("Иван Петров", S("Иван Петров", role="президент"))]),
    # (but not one who turned to something else, or wrote: «обратился к творчеству …», «… с письмом»)
    ("Режиссер Иван Петров обратился к творчеству писателя ещё в молодости.", [("Иван Петров", P("Иван Петров"))]),
    ("Министр Иван Петров обратился к председателю Совбеза с письмом.", [("Иван Петров", P("Иван Петров"))]),
    ("Заседание Совета Безопасности ООН прошло 5 мая. Посол Иван Петров обратился к советнику президента с просьбой.",
     [("Иван Петров", P("Иван Петров"))]),  # (an adviser is no audience, though «Совет» opens the word)
    ("Тон речи Бориса Ельцина в понедельник вечером перед Генассамблеей ООН удивил многих.",
     [("Бориса Ельцина", S("Борис Ельцин"))]),
    ("Из советских лидеров (а в ООН держали речь Никита Хрущев в 1959 году и Михаил Горбачев в 1988-м), "
     "Ельцин предложил на сессии пакет инициатив.",
     [("Никита Хрущев", P("Никита Хрущев")), ("Михаил Горбачев", P("Михаил Горбачев")), ("Ельцин", S("Ельцин"))]),
]


# the press's ways of telling a speech at the meeting: «в своем выступлении на …» after the name, the floor
# given («слово было предоставлено»), a briefing conducted, a speech in the sentence after the name
PRESS_SPEECHES = [
    ("Министр Иван Петров в своем выступлении на 77-й сессии Генассамблеи ООН подчеркнул, что мир меняется.",
     [("Иван Петров", S("Иван Петров", role="министр"))]),
    ("Заседание открыл председатель. Затем слово было предоставлено генеральному секретарю Ивану Петрову.",
     [("Ивану Петрову", S("Иван Петров", role="генеральный секретарь"))]),
    ("Совет Безопасности провел заседание по Сирии. Брифинг провел спецпосланник ООН Иван Петров.",
     [("Иван Петров", S("Иван Петров", role="специальный посланник"))]),
    ("Страну на саммите представлял вице-премьер Иван Петров. В своем выступлении он отметил важность диалога.",
     [("Иван Петров", S("Иван Петров", role="премьер"))]),
    ("Итоги деятельности агентства подвел генеральный директор Иван Петров. Сессия продлится пять дней.",
     [("Иван Петров", S("Иван Петров", role="генеральный директор"))]),
    # the one minister of the page who will speak at the session, named by the office alone
    ("В рамках 68-й сессии Регионального комитета ВОЗ министр здравоохранения Иван Петров встретился с генеральным "
     "директором ВОЗ.\n\nЗавтра министр здравоохранения "
     "выступит с речью на 68-й сессии Европейского регионального комитета ВОЗ.",
     [("Иван Петров", S("Иван Петров", role="министр"))]),
    ("Делегацию страны на сессии ФАО возглавляет министр сельского хозяйства Иван Петров.\n\nВ четверг министр "
     "сельского хозяйства выступит на пленарном заседании сессии.",
     [("Иван Петров", S("Иван Петров", role="министр"))]),
    # the page names the speech of its one minister, whose name it gave before
    ("В работе сессии Регионального комитета ВОЗ Азербайджан представляет министр здравоохранения Иван Петров. "
     "На сессии состоялось выступление азербайджанского министра.", [("Иван Петров", S("Иван Петров", role="министр"))]),
    # one singular verb after two names is the nearer name's; an apposition set off by commas keeps the first
    ("По ходу обсуждения письма А. Петренко, генсек ООН Иван Ли сообщил председателю Совета Безопасности об отзыве "
     "жалобы.", [("А. Петренко", P("А. Петренко")), ("Иван Ли", S("Иван Ли", role="генеральный секретарь"))]),
    ("На заседании Совета Безопасности Иван Петров, заместитель Сергея Сидорова, заявил о поддержке миссии.",
     [("Иван Петров", S("Иван Петров")), ("Сергея Сидорова", P("Сергей Сидоров"))]),
    # words of memory quoted before the name are the speaker's, not a tribute to the dead
    ("Постпред Иван Петров выступил на заседании Совбеза ООН. «Мы встаём в память о всех этих людях», — подчеркнул "
     "Петров.", [("Иван Петров", S("Иван Петров", role="постоянный представитель")), ("Петров", S("Иван Петров"))]),
    # an OCR's line break turned into a space inside the name: one name, its norm joined
    ("На заседании комитета первым выступил А. Я. Вышинский. Вышин- ский заявил, что это не так.",
     [("А. Я. Вышинский", S("А. Я. Вышинский")), ("Вышин- ский", S("А. Я. Вышинский"))]),
    # the office a copula gives («председателем … является»), not the nearer title
    ("Вчера открылось заседание Политического комитета Генеральной Ассамблеи. Председателем этого комитета является "
     "бельгийский делегат Иван Петров.", [("Иван Петров", S("Иван Петров", country="BE", role="председатель"))]),
    # a speech printed without quotation marks, its attribution opening the next line
    ("Главное из выступления на 68-й сессии Комитета ООН по космосу.\nМы будем работать в интересах всех народов.\n"
     "— заявил глава Роскосмоса Иван Петров.", [("Иван Петров", S("Иван Петров", role="глава"))]),
    # (a speech before no meeting makes no speaker)
    ("Министр Иван Петров в своем выступлении перед студентами подчеркнул, что мир меняется.",
     [("Иван Петров", P("Иван Петров"))]),
]


@pytest.mark.parametrize("text,expected", PRESS_SPEECHES)
def test_person_press_speeches_at_the_meeting(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text,expected", SPEECH_PAGES)
def test_person_speech_pages_and_meetings_addressed(text, expected):
    assert people(text) == expected


def test_person_one_label_joins_a_surname_in_an_oblique_case_to_the_full_name():
    text = ("Владимир Зеленский на следующей неделе обратится к Генассамблее ООН по видеосвязи. Против того, чтобы дать "
            "Зеленскому возможность выступить, голосовали семь стран.")
    assert people(text) == [("Владимир Зеленский", S("Владимир Зеленский")), ("Зеленскому", S("Владимир Зеленский"))]


def test_person_latin_photo_credit_is_the_photographer_not_the_agency():
    text = "Постпред выступил на заседании.\nФото: Michael M. Santiago / Getty Images\nФото: Anna Smith / Getty Images"
    assert [(t, label) for t, (label, _) in people(text)] == [("Michael M. Santiago", "PERSON"), ("Anna Smith", "PERSON")]


@pytest.mark.parametrize("text", [
    "В работе Исполсовета примет участие посол.",  # a body's compound short name
    "Министры официально учредили Управле",  # a word the passage cut
    "19 сентября 2006 года\n\nГ-жаПредседатель,\n\nВаши Превосходительства,",  # a title glued to a role word
    "Фото: Петров / Фотохроника ТАСС",  # an agency's service after a photo credit's slash
    "Затем выступил представитель Витай- ской Народной. Республики",  # a state's adjectives, broken by OCR
])
def test_person_no_name_in_short_names_cut_words_and_glued_titles(text):
    assert [s for s in people(text) if s[0] != "Петров"] == []


@pytest.mark.parametrize("text,expected", [
    # a byline in capitals: a first name and a surname
    ("С подробностями — ДМИТРИЙ ГОРНОСТАЕВ, собкор агентства в Нью-Йорке.", [("ДМИТРИЙ ГОРНОСТАЕВ", P("Дмитрий Горностаев"))]),
    # elected, a date between the name and the verb
    ("Заместитель министра финансов Китая Иван Ли 24 июня был избран генеральным директором ЮНИДО на сессии Совета.",
     [("Иван Ли", S("Иван Ли", "CN", "генеральный директор"))]),
    # re-elected is elected
    ("Дипломат Иван Соколов переизбран генеральным секретарем ЮНВТО на сессии Генеральной ассамблеи в Мадриде.",
     [("Иван Соколов", S("Иван Соколов", None, "генеральный секретарь"))]),
    # a headline «X: «…»» over «Об этом заявил …, выступая на …» that names nobody
    ("Иван Соколов: «Справедливости становится все меньше»\n\nОб этом заявил председатель Федерации профсоюзов, "
     "выступая на Генеральной конференции МОТ.", [("Иван Соколов", S("Иван Соколов"))]),
    # the chair of a national commission presides elsewhere: taking part is no floor
    ("В работе сессии примет участие Председатель Национальной комиссии по делам ЮНЕСКО Владимир Соколов.",
     [("Владимир Соколов", P("Владимир Соколов"))]),
    # a video conference held by an envoy is a meeting in view (as a press conference, GUIDELINES 44)
    ("17 апреля в пресс-центре состоялась видеоконференция постоянного представителя России при ЮНЕСКО Элеоноры "
     "Соколовой.", [("Элеоноры Соколовой", S("Элеонора Соколова", "RU", "постоянный представитель"))]),
])
def test_person_bylines_elections_national_bodies_video_conferences(text, expected):
    assert people(text) == expected



def test_person_tag_list_of_names_splits_at_each_first_name():
    # a page's tag list: two-word names in a row, one first name the dictionary only guesses («Антониу»)
    text = "Теги: Совбез ООН удар генсек ООН Стефан Дюжаррик Антониу Гутерриш Василий Небензя Барбара Вудворд"
    assert [t for t, _ in people(text)] == ["Стефан Дюжаррик", "Антониу Гутерриш", "Василий Небензя", "Барбара Вудворд"]


@pytest.mark.parametrize("text", [
    "Президент Азербайджана Иван Соколов, выступив на Специальной сессии Генеральной Ассамблеи, заявил о поддержке.",
    "Президент Азербайджана Иван Соколов, выступая на Специальной сессии Генеральной Ассамблеи, заявил о поддержке.",
])
def test_person_gerund_of_the_floor_after_the_name_makes_a_speaker(text):
    # «выступив» (perfective gerund) takes the floor as «выступая» does
    assert people(text) == [("Иван Соколов", S("Иван Соколов", "AZ", "президент"))]


@pytest.mark.parametrize("text,expected", [
    # thanks said as «признательны» for a briefing given here; role nouns alone are no name
    ("Признательны Спецпредставителю Генсекретаря, главе миссии ООН Ивану Соколову за обстоятельный брифинг.",
     [("Ивану Соколову", S("Иван Соколов", role="специальный представитель"))]),
    # «С такими словами X обратился … с трибуны сессии»: his own words, from the rostrum
    ("«Мы не отступим». С такими словами премьер-министр Иван Соколов обратился к мировому сообществу с трибуны "
     "76-й сессии Генеральной Ассамблеи.", [("Иван Соколов", S("Иван Соколов", role="министр"))]),
    # «Ранее председателем был X, а вице-председателем — Y»: predecessors in office
    ("Суд избрал нового председателя на заседании. Ранее председателем был Иван Соколов из Болгарии, а "
     "вице-председателем — Пётр Смирнов из Сербии.",
     [("Иван Соколов", P("Иван Соколов")), ("Пётр Смирнов", P("Пётр Смирнов"))]),
])
def test_person_thanks_rostrum_predecessors(text, expected):
    assert people(text) == expected


def test_country_inverted_name_of_a_members_list():
    doc = extract("Франция\nГермании, Федеративная Республика\nИталия")
    assert [(s.text, s.norm["code"]) for s in doc.spans] == [
        ("Франция", "FR"), ("Германии, Федеративная Республика", "DE"), ("Италия", "IT")]


@pytest.mark.parametrize("text,expected", [
    # an instruction given to a delegate: the title is the noun's object, not the person's floor
    ("МИД России дал указание представителю России в ООН Ю. Соколову голосовать за введение санкций.",
     [("Ю. Соколову", P("Ю. Соколов"))]),
    # a photo credit in brackets, the name in Latin letters
    ("он выкручивал им руки (фото Mary Smith)\nРезолюция принята.", [("Mary Smith", P("Mary Smith"))]),
])
def test_person_instructed_delegate_and_bracketed_photo_credit(text, expected):
    assert people(text) == expected


def test_person_speech_heading_with_the_name_wrapped_to_its_own_line():
    # the PDF wrapped the heading: the name alone on the line under the statement's words
    text = ("Вступительное заявление Верховного комиссара ООН по правам человека\nМария Лопес\n\n10 сентября 2018 г.\n\n"
            "Многоуважаемый Председатель,\nуважаемые члены Совета!")
    assert people(text)[0] == ("Мария Лопес", S("Мария Лопес", role="верховный комиссар"))


@pytest.mark.parametrize("tail", ["-", "-\r", "\u00ad\r\n\r"])
def test_person_tag_list_broken_by_a_hyphen_stays_a_tag_list(tail):
    # a tag list the PDF re-wrapped, a state broken across the line end («Рос-\nсия»), across a blank line
    # too: no floor for its names
    tags = (f"Иван Соколов Пётр Смирнов Рос{tail}\nсия Украина Белоруссия Сирия оон генасс{tail}\nамблея оон "
            "Иван Соколов Пётр Смирнов Россия Украина")
    text = tags + "\n\nИван Соколов выступил на заседании Генеральной Ассамблеи."
    assert [lab for _, (lab, _) in people(text)][:2] == ["PERSON", "PERSON"]


@pytest.mark.parametrize("text,expected", [
    # the quote the author's words break into names someone else; «- сказал он на заседании» is still the envoy's
    ("Об этом заявил постоянный представитель России при ООН Иван Соколов.\n\"Правительство во главе с премьером "
     "Петром Смирновым нас поддерживает, - сказал он на заседании СБ ООН. - Мы призываем к миру\".",
     [("Иван Соколов", S("Иван Соколов", "RU", "постоянный представитель")), ("Петром Смирновым", P("Петр Смирнов"))]),
    # a speech to come, in the compound future
    ("От Франции на Генассамблее будет выступать министр иностранных дел Иван Соколов.",
     [("Иван Соколов", S("Иван Соколов", role="министр"))]),
    # heads of state addressed by the speakers of a ceremony
    ("В ходе мероприятия к главам государств и правительств обратились Генеральный секретарь ООН Иван Соколов.",
     [("Иван Соколов", S("Иван Соколов", role="генеральный секретарь"))]),
    # said after bilateral talks: not at the meeting
    ("Совет Безопасности ООН проведет заседание по Сирии. «Мы договорились», — заявил глава МИД Иван Соколов по итогам "
     "переговоров с госсекретарем США.",
     [("Иван Соколов", P("Иван Соколов"))]),
    # the members a delegation was represented by take part, no floor of their own
    ("В ходе мероприятия выступила председатель сессии Анна Смит.\n\nГрузинскую делегацию на мероприятии также "
     "представляли министр иностранных дел Иван Соколов, постоянный представитель Грузии при ООН Пётр Смирнов.",
     [("Анна Смит", S("Анна Смит", role="председатель")), ("Иван Соколов", P("Иван Соколов")),
      ("Пётр Смирнов", P("Пётр Смирнов"))]),
])
def test_person_quoted_envoy_future_speech_ceremony_talks_delegation(text, expected):
    assert people(text) == expected


def test_person_surname_before_a_preposition_is_kept():
    # «Зеленский перед выступлением»: «перед» is a preposition, not a noun the adjective-like surname agrees with
    assert people("Президент Украины Владимир Зеленский перед выступлением на Генассамблее ООН призвал к миру.") == [
        ("Владимир Зеленский", S("Владимир Зеленский", "UA", "президент"))]


def test_person_full_name_with_one_initial_more_is_the_same_person():
    # the headline's «Джон Кеннеди» is the body's «Джон Ф. Кеннеди», who spoke: one label, one name
    found = people("Джон Кеннеди - Обращение к Генеральной Ассамблее ООН\n\nВыступление президента Джона Ф. Кеннеди "
                   "на сессии Генеральной Ассамблеи ООН.")
    assert [(text, label, norm["name"]) for text, (label, norm) in found] == [
        ("Джон Кеннеди", "SPEAKER", "Джон Ф. Кеннеди"), ("Джона Ф. Кеннеди", "SPEAKER", "Джон Ф. Кеннеди")]


def test_person_state_of_a_surname_alone_and_of_a_delegation_headed_by():
    """A surname alone as a SPEAKER takes the one state the page gives the person elsewhere (a full
    name written again keeps what its own sentence gives: readers differ there); «Делегация X во
    главе с министром Y» gives Y the delegation's state."""
    def states(text):
        return [(s.text, s.norm["country"]) for s in extract(text).spans if s.label == "SPEAKER"]

    assert states("Пашинян выступит на заседании Генассамблеи ООН\n\nАрмянский лидер Никол Пашинян проведет ряд "
                  "встреч в США.\n\nПремьер-министр Армении Никол Пашинян выступит на общих дебатах сессии.") == [
        ("Пашинян", "AM"), ("Никол Пашинян", None), ("Никол Пашинян", "AM")]
    assert states("Делегация Беларуси во главе с министром иностранных дел Сергеем Мартыновым приняла участие в "
                  "сессии.\n\nВыступая на заседании, Сергей Мартынов призвал к диалогу.")[0] == ("Сергеем Мартыновым", "BY")
