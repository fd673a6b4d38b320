"""COUNTRY: every name form, across breaks, never inside organisations."""

import re

import pytest

from ie.pipeline import extract

# (text, [(mention, code)])
PHRASES = [
    ("представители Бразилии", [("Бразилии", "BR")]),
    ("делегация Брази-\n\nлии", [("Брази-\n\nлии", "BR")]),
    ("Венесуэлы (Боливарианская Республика)", [("Венесуэлы (Боливарианская Республика)", "VE")]),
    ("Нидерланды (Королевство)", [("Нидерланды (Королевство)", "NL")]),
    ("наблюдатель от Исламской Республики Иран", [("Исламской Республики Иран", "IR")]),
    ("Иран (Исламская Республика)", [("Иран (Исламская Республика)", "IR")]),
    ("Соединенных Штатов Америки", [("Соединенных Штатов Америки", "US")]),
    ("Соединенные Штаты", [("Соединенные Штаты", "US")]),
    ("с Соединенным Королевством Великобритании и Северной Ирландии",
     [("Соединенным Королевством Великобритании и Северной Ирландии", "GB")]),
    ("Лаосская Народно-Демо-\nкратическая Республика", [("Лаосская Народно-Демо-\nкратическая Республика", "LA")]),
    ("Тринидада и Тобаго", [("Тринидада и Тобаго", "TT")]),
    ("Кот-д’Ивуар", [("Кот-д’Ивуар", "CI")]),
    ("в Боснии и Герцеговине", [("Боснии и Герцеговине", "BA")]),
    ("Республикой Корея", [("Республикой Корея", "KR")]),
    ("Корейской Народно-Демократической Республики", [("Корейской Народно-Демократической Республики", "KP")]),
    ("Багамских Островов", [("Багамских Островов", "BS")]),
    ("Европейского Союза", [("Европейского Союза", "EU")]),
    ("Европейский союз", [("Европейский союз", "EU")]),
    ("Святой Престол", [("Святой Престол", "VA")]),
    ("Государства Палестина", [("Государства Палестина", "PS")]),
    ("делегации США и РФ", [("США", "US"), ("РФ", "RU")]),
    ("Belarus and France", [("Belarus", "BY"), ("France", "FR")]),
    ("Ливийской Арабской Джамахирии", [("Ливийской Арабской Джамахирии", "LY")]),
    ("Свазиленда", [("Свазиленда", "SZ")]),
    ("Министерство юстиции Франции", [("Франции", "FR")]),
    ("Папуа — Новой Гвинеи", [("Папуа — Новой Гвинеи", "PG")]),
    ("Демократической Республике Конго", [("Демократической Республике Конго", "CD")]),
    ("Объединенной Республики Танзания", [("Объединенной Республики Танзания", "TZ")]),
    ("Микронезии (Федеративные Штаты)", [("Микронезии (Федеративные Штаты)", "FM")]),
    ("Боливии (Многонациональное Государство)", [("Боливии (Многонациональное Государство)", "BO")]),
    ("Российской Федерацией", [("Российской Федерацией", "RU")]),
    ("Южной Африке", [("Южной Африке", "ZA")]),
    ("в Шри-Ланке", [("Шри-Ланке", "LK")]),
    ("делегация бывшей югославской Республики Македония", [("бывшей югославской Республики Македония", "MK")]),
    ("Святейшего Престола", [("Святейшего Престола", "VA")]),
    ("Папуа-Новой Гвинеи", [("Папуа-Новой Гвинеи", "PG")]),
    ("Боливарианской Республики Венесуэла", [("Боливарианской Республики Венесуэла", "VE")]),
    ("Китайской Народной Республики", [("Китайской Народной Республики", "CN")]),
    ("Côte d’Ivoire and Viet Nam", [("Côte d’Ivoire", "CI"), ("Viet Nam", "VN")]),
    ("представители Ирана (Исламской Республики)", [("Ирана (Исламской Республики)", "IR")]),
    ("Нидерландов \n\n(Королевства)", [("Нидерландов \n\n(Королевства)", "NL")]),
    ("Ливийская Арабская Джамахи-\n\nUNODC/SUBCOM/41/5\nPage 2\n\nрия", [("Ливийская Арабская Джамахи-\n\nUNODC/SUBCOM/41/5\nPage 2\n\nрия", "LY")]),
    ("Республики Союз Мьянма и Союза Мьянма", [("Республики Союз Мьянма", "MM"), ("Союза Мьянма", "MM")]),
    ("Member States: ARGENTINA, Bolivia (Plurinational State of)", [("ARGENTINA", "AR"), ("Bolivia (Plurinational State of)", "BO")]),
    ("Хашимитского Королевства Иордания", [("Хашимитского Королевства Иордания", "JO")]),
    # not countries
    ("Совет сотрудничества арабских государств Залива", []),
    ("Лига арабских государств", []),
    ("Совет Европы", []),
    ("российский опыт", []),
    ("Суверенный военный Мальтийский орден", []),
    ("Организация Объединенных Наций", []),
    ("Того же мнения придерживались все.", []),
    ("государства-участники", []),
]


@pytest.mark.parametrize("text,expected", PHRASES)
def test_country_phrases(text, expected):
    doc = extract(text)
    got = [(s.text, s.norm["code"]) for s in doc.spans_of("COUNTRY")]
    assert got == expected


def _paragraph(text, number):
    m = re.search(rf"(?m)^{number}\.\s.*?(?=^\d+\.\s|\Z)", text, re.S)
    assert m, number
    return m.start(), m.end()


@pytest.mark.parametrize("doc_id,para,n_min", [
    ("002_5c9ddce9bc1569ef", 9, 14), ("002_5c9ddce9bc1569ef", 14, 79),
    ("004_5add8d988d270d36", 16, 14), ("004_5add8d988d270d36", 21, 94), ("004_5add8d988d270d36", 22, 5),
])
def test_country_lists_in_seeds_found_whole(seed_docs, seeds, doc_id, para, n_min):
    """Every state of a list paragraph is a COUNTRY: the items between commas
    (and the last «и») are each covered by exactly one span."""
    text = seeds[doc_id]
    a, b = _paragraph(text, para)
    body = text[a:b].split(":", 1)[1]
    offset = a + text[a:b].index(":") + 1
    body = re.sub(r"(?:\s|\.|\[…\]|\[\.\.\.\])+$", "", body)
    spans = [s for s in seed_docs[doc_id].spans_of("COUNTRY") if a <= s.start < b]
    items = [m for m in re.finditer(r"[^,]+", body)]
    pieces = []
    for m in items:
        chunk = m.group()
        sub = re.split(r"\s+и\s+(?=[А-ЯЁ])", chunk) if " и " in chunk and not re.search(r"Тринидад|Босни", chunk) else [chunk]
        pos = m.start()
        for part in sub:
            i = chunk.index(part, pos - m.start())
            pieces.append((offset + m.start() + i + len(part) - len(part.lstrip()), offset + m.start() + i + len(part.rstrip())))
            pos = m.start() + i + len(part)
    assert len(pieces) >= n_min
    for start, end in pieces:
        covering = [s for s in spans if s.start == start and s.end == end]
        assert covering, f"not a whole COUNTRY: {text[start:end]!r}"


@pytest.mark.parametrize("doc_id,para", [("002_5c9ddce9bc1569ef", 17), ("004_5add8d988d270d36", 25)])
def test_country_none_in_organisation_lists(seed_docs, seeds, doc_id, para):
    a, b = _paragraph(seeds[doc_id], para)
    assert [s.text for s in seed_docs[doc_id].spans_of("COUNTRY") if a <= s.start < b] == []
