"""The meeting record of seeds 002 and 004, field by field."""

import pytest


@pytest.fixture(scope="module")
def m002(seed_docs):
    return seed_docs["002_5c9ddce9bc1569ef"].meeting


@pytest.fixture(scope="module")
def m004(seed_docs):
    return seed_docs["004_5add8d988d270d36"].meeting


def test_meetings_002(m002, seeds):
    text = seeds["002_5c9ddce9bc1569ef"]
    assert m002.body["value"] == "Рабочая группа по вопросам международного сотрудничества"
    assert (m002.session["ordinal"], m002.session["unit"]) == (15, "совещание")
    assert m002.city["value"] == "Вена"
    assert (m002.dates["start"], m002.dates["end"]) == ("2024-06-05", "2024-06-06")
    assert [(c["name"], c["country"], c["role"]) for c in m002.chairs] == [
        ("Томас Барроуз", "US", "сопредседатель"), ("Альдана Рор", "AR", "сопредседатель")]
    assert m002.panel == []
    assert [s["code"] for s in m002.speakers] == [
        "AZ", "AR", "BR", "HN", "DO", "IN", "CN", "CO", "MX", "RU", "US", "UG", "FR", "ZA", "EU", "IR"]
    assert len(m002.participants) == 79
    assert {"AU", "PS", "EU", "LA", "NL", "VE", "JP"} <= {p["code"] for p in m002.participants}
    assert [o["code"] for o in m002.observers] == ["IR"]
    assert "Лига арабских государств" in [o["name"] for o in m002.organisations]
    # provenance: every value points at its words in the original
    for item in m002.chairs + m002.speakers + [m002.dates, m002.city, m002.body]:
        a, b = item["span"]
        assert text[a:b].strip() and (item.get("name") or item.get("value") or item.get("start")) is not None


def test_meetings_004(m004, seeds):
    assert m004.body["value"] == "Рабочая группа по торговле людьми"
    assert (m004.session["ordinal"], m004.session["unit"]) == (11, "совещание")
    assert (m004.dates["start"], m004.dates["end"]) == ("2021-10-12", "2021-10-13")
    assert [(c["name"], c["country"], c["role"]) for c in m004.chairs] == [("Манижа Бахтари", "AF", "председатель")]
    assert [(p["name"], p["country"]) for p in m004.panel] == [
        ("Хельга Гайер", "DE"), ("Хуан Франсиско Эспиноса Паласиос", "CO"), ("Карина Санчес Фернандес", "PY"),
        ("Александра Гелбер", "US"), ("Сесилия Алехандра Тельо Герреро", "PE"), ("Доминик Ламбер", "FR"),
        ("Портер Глок", "US")]
    assert [s["code"] for s in m004.speakers] == [
        "AU", "AM", "BS", "BD", "VE", "GM", "GT", "EU", "ID", "CA", "CN", "CO", "US", "CL", "IR"]
    assert len(m004.participants) == 94
    assert [o["code"] for o in m004.observers] == ["BT", "IR", "YE", "MD", "PK", "VA"]
    assert {d["symbol"] for d in m004.documents} >= {"CTOC/COP/WG.4/2021/1", "CTOC/COP/WG.4/2021/2"}
    assert [(r["kind"], r["number"]) for r in m004.resolutions] == [("решение", "4/4"), ("резолюция", "7/1")]
    assert "Совет Европы" in [o["name"] for o in m004.organisations]


def test_meetings_record_json_round(m004):
    import json

    data = json.loads(m004.dumps())
    assert data["doc_id"] == "004_5add8d988d270d36" and data["chairs"][0]["country"] == "AF"
    assert "Рабочая группа по торговле людьми" in repr(m004)


GA_HEADING = """Организация Объединенных Наций
A/C.3/78/SR.1

**Генеральная Ассамблея**
Семьдесят восьмая сессия

Distr.: General
12 October 2023

## **Третий комитет**

**Краткий отчет о 1-м заседании,**
состоявшемся в Центральных учреждениях, Нью-Йорк,
в четверг, 28 сентября 2023 года, в 10 ч 00 м

1. Комитет провел общие прения со 2 октября по 22 ноября 2023 года.
"""

SC_HEADING = """Организация Объединенных Наций                    S/2023/549
**Совет Безопасности**

Distr.: General
25 July 2023

Письмо Председателя Комитета от 21 июля 2023 года на имя Председателя Совета Безопасности

Группа провела совещание 31 января 2024 года.
"""


@pytest.mark.parametrize("text,body,dates", [
    (GA_HEADING, "Третий комитет", ("2023-09-28", "2023-09-28")),
    (SC_HEADING, "Совет Безопасности", ("2023-07-25", "2023-07-25")),
    ("**Генеральная Ассамблея**\nДвадцать первая сессия\n\nНью-Йорк, 3–14 сентября 2018 года\n",
     "Генеральная Ассамблея", ("2018-09-03", "2018-09-14")),
    ("**Совет Безопасности**\n\n**Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)**\n\n"
     "Нью-Йорк, 12 марта 2024 года\n\n1. Комитет рассмотрел доклады за 2022 и 2023 годы.\n",
     "Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)", ("2024-03-12", "2024-03-12")),
])
def test_meetings_body_and_dates_from_ga_sc_heading(text, body, dates):
    import ie

    m = ie.meeting(text)
    assert m.body["value"] == body
    assert (m.dates["start"], m.dates["end"]) == dates
    a, b = m.body["span"]
    assert text[a:b] == body
