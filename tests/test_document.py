"""DOCUMENT: symbols, pairs, look-alikes, breaks; not job numbers."""

import pytest

from ie.pipeline import extract

CASES = [
    # an FAO Council document with a sub-item number (real10, invented row)
    ("Июнь 2022 года CL 170/12.1 С документами", [("CL 170/12.1", "CL 170/12.1")]),
    # a known prefix lower-cased by a document site's title (real9, invented rows); one letter is too little
    ("Организация Объединенных Наций copuos/T. 540 Комитет", [("copuos/T. 540", "COPUOS/T.540")]),
    ("см. также copuos/legal/T. 690...", [("copuos/legal/T. 690", "COPUOS/LEGAL/T.690")]),
    ("дроби a/b и ab/cd", []),
    # … but a principal organ's letter with two numbers after it is a symbol, after dot leaders too; a slash a
    # text put after a series dot is no part of it
    ("Организация Объединенных Наций...e/2011/36 Исполнительный совет", [("e/2011/36", "E/2011/36")]),
    ("см. a/77/215 и x.e/2010/35", [("a/77/215", "A/77/215")]),
    ("поддержку резолюции А/78/L./12, утвержденной", [("А/78/L./12", "A/78/L.12")]),
    # IMO committee documents keep the space after the committee (real8, invented rows)
    ("(Приложение 1 к MSC 97/22/Add.1 и MEPC 70/18)", [("MSC 97/22/Add.1", "MSC 97/22/Add.1"), ("MEPC 70/18", "MEPC 70/18")]),
    # real7 class (invented rows): an OCR «I» or «l» for the «1» of a revision, corrigendum or addendum
    ("(A/CONF.199/20/Rev.I и E/CN.4/2005/L.3/Corr.l)",
     [("A/CONF.199/20/Rev.I", "A/CONF.199/20/Rev.1"), ("E/CN.4/2005/L.3/Corr.l", "E/CN.4/2005/L.3/Corr.1")]),
    ("документы A/62/5 Rev. 2 и A/62/6 Rev.1.", [("A/62/5 Rev. 2", "A/62/5 Rev. 2"), ("A/62/6 Rev.1", "A/62/6 Rev.1")]),
    ("Список предложений от членов РСС RCC/71A2/3 Предложение", []),  # an ITU proposal's number
    # issue 15, real6 causes (invented rows): WIPO's revision mark with no number, a symbol a page break
    # cut after its slash
    ("1. Открытие сессий (A/61/INF/1 Rev.)\n2. Отчет (WO/GA/50/2 Rev.)",
     [("A/61/INF/1 Rev.", "A/61/INF/1 Rev."), ("WO/GA/50/2 Rev.", "WO/GA/50/2 Rev.")]),
    ("-- [ Страница 3 ] --\n\nUNEP/OzL.Pro.21/ 87. Комитет обсудил", []),
    ("документ E/CN.4/ Sub.2/1985/6", [("E/CN.4/ Sub.2/1985/6", "E/CN.4/Sub.2/1985/6")]),
    # issue 14, real5 causes (invented rows): a country pair inside one symbol's segment, a spaced
    # symbol glued to the word before, a summary record's number split twice on its own line
    ("периодический доклад (CEDAW/C/SRB-KOS/1) и", [("CEDAW/C/SRB-KOS/1", "CEDAW/C/SRB-KOS/1")]),
    ("ответы (CRC/C/GBR-JEY/5/Add.2)", [("CRC/C/GBR-JEY/5/Add.2", "CRC/C/GBR-JEY/5/Add.2")]),
    ("документы E/2021/5-E/CN.6/2021/3", [("E/2021/5", "E/2021/5"), ("E/CN.6/2021/3", "E/CN.6/2021/3")]),
    ("СимволS / RES / 1441 (Документ)", [("S / RES / 1441", "S/RES/1441")]),
    ("Distr.\n\nCCPR/C/SR.2 4 17\n\n5 July 2007", [("CCPR/C/SR.2 4 17", "CCPR/C/SR.2417")]),
    ("CCPR/C/SR.24 17 5\n", [("CCPR/C/SR.24", "CCPR/C/SR.24")]),
    # old Russian series names in capitals, Cyrillic look-alike prefixes, a space after a slash or a dot
    ("резолюция Е/РЕЗ/1984/12 Совета", [("Е/РЕЗ/1984/12", "E/RES/1984/12")]),
    ("в документе А/4321 говорится", [("А/4321", "A/4321")]),
    ("доклад Е/1984/ 12 и E/CN.4/ Sub.2/1984/7", [("Е/1984/ 12", "E/1984/12"), ("E/CN.4/ Sub.2/1984/7", "E/CN.4/Sub.2/1984/7")]),
    ("отчет A/C.3/SR. 456 о заседании", [("A/C.3/SR. 456", "A/C.3/SR.456")]),
    ("ДОПОЛНЕНИЕ № 12 (А /3 5 /1 2 )\n", []),  # letter-spaced digits: no symbol read in part
    ("см. A/RES/1514 (XV) и S/RES/242 (1967)", [("A/RES/1514 (XV)", "A/RES/1514 (XV)"), ("S/RES/242 (1967)", "S/RES/242 (1967)")]),
    # issue 14, real4 causes (invented rows): two symbols a flattened header glued together
    ("Distr. A/HRC/40/3A/HRC/40/3/Add.1 General",
     [("A/HRC/40/3", "A/HRC/40/3"), ("A/HRC/40/3/Add.1", "A/HRC/40/3/Add.1")]),
    ("UNEP/CBD/COP/9/1UNEP/CBD/COP/9/2 Distr.", [("UNEP/CBD/COP/9/1", "UNEP/CBD/COP/9/1"), ("UNEP/CBD/COP/9/2", "UNEP/CBD/COP/9/2")]),
    # old IAEA symbols with a Roman session; WMO and IOC session-prefixed series; FAO governing bodies
    ("о резолюциях GC(X)/RES/212 и GC(XI)/RES/230,", [("GC(X)/RES/212", "GC(X)/RES/212"), ("GC(XI)/RES/230", "GC(XI)/RES/230")]),
    ("в документе GC(XV)/451;", [("GC(XV)/451", "GC(XV)/451")]),
    ("[Cg-XVIII/Doc. 4.2]", [("Cg-XVIII/Doc. 4.2", "Cg-XVIII/Doc. 4.2")]),
    ("См. EC-LXX/Rep. 3.1: Отчет", [("EC-LXX/Rep. 3.1", "EC-LXX/Rep. 3.1")]),
    ("Рассылается IOC-XXIV/3 Annex 2 Париж", [("IOC-XXIV/3 Annex 2", "IOC-XXIV/3 Annex 2")]),
    ("Доклад C 2021/REP и документ CL 168/REP.", [("C 2021/REP", "C 2021/REP"), ("CL 168/REP", "CL 168/REP")]),
    ("С 2019/2020 учебного года", []),
    ("Доклад Административного комитета (WP.21/AC.3) 13−27", []),
    ("(ECE/TRANS/WP.29/1097)", [("ECE/TRANS/WP.29/1097", "ECE/TRANS/WP.29/1097")]),
    ("(CTOC/COP/WG.3/2024/L.1)", [("CTOC/COP/WG.3/2024/L.1", "CTOC/COP/WG.3/2024/L.1")]),
    ("повестка дня (CTOC/COP/2022/1);", [("CTOC/COP/2022/1", "CTOC/COP/2022/1")]),
    ("(E/2022/28-E/CN.7/2022/14)", [("E/2022/28", "E/2022/28"), ("E/CN.7/2022/14", "E/CN.7/2022/14")]),
    ("(CTOC/COP/WG.2/2024/4-\n\nCTOC/COP/WG.3/2024/4).",
     [("CTOC/COP/WG.2/2024/4", "CTOC/COP/WG.2/2024/4"), ("CTOC/COP/WG.3/2024/4", "CTOC/COP/WG.3/2024/4")]),
    ("(СТОС/СОР/ВГ.4/2021/2)", [("СТОС/СОР/ВГ.4/2021/2", "CTOC/COP/WG.4/2021/2")]),
    ("документе [СТОС/COP/WG.4/2021/INF/1/Rev.1](#).", [("СТОС/COP/WG.4/2021/INF/1/Rev.1", "CTOC/COP/WG.4/2021/INF/1/Rev.1")]),
    ("http://undocs.org/ru/CTOC/COP/WG.4/2021/6", [("CTOC/COP/WG.4/2021/6", "CTOC/COP/WG.4/2021/6")]),
    ("https://undocs.org/ru/A/RES/55/25", [("A/RES/55/25", "A/RES/55/25")]),
    ("документ A/77/10.", [("A/77/10", "A/77/10")]),
    ("(A/RES/70/1)", [("A/RES/70/1", "A/RES/70/1")]),
    ("S/2022/1023", [("S/2022/1023", "S/2022/1023")]),
    ("(UNEP/EA.5/Res.14)", [("UNEP/EA.5/Res.14", "UNEP/EA.5/Res.14")]),
    ("документ WO/PBC/20/8", [("WO/PBC/20/8", "WO/PBC/20/8")]),
    ("документ GOV/2006/14;", [("GOV/2006/14", "GOV/2006/14")]),
    ("CERD/C/SR.2598 и 2599", [("CERD/C/SR.2598", "CERD/C/SR.2598")]),
    ("(E/CN.15/2023/L.3/Rev.1)", [("E/CN.15/2023/L.3/Rev.1", "E/CN.15/2023/L.3/Rev.1")]),
    ("ECE/TRANS/WP.29/1147", [("ECE/TRANS/WP.29/1147", "ECE/TRANS/WP.29/1147")]),
    ("A/HRC/S-26/2", [("A/HRC/S-26/2", "A/HRC/S-26/2")]),
    ("UNODC/CND/2022/1", [("UNODC/CND/2022/1", "UNODC/CND/2022/1")]),
    ("CTOC/COP/WG.3/2024/L.1\n\nD. Участники", [("CTOC/COP/WG.3/2024/L.1", "CTOC/COP/WG.3/2024/L.1")]),
    ("Рабо-\n\nCTOC/COP/WG.3/2024/L.1\n\nчая группа", [("CTOC/COP/WG.3/2024/L.1", "CTOC/COP/WG.3/2024/L.1")]),
    ("CTOC/COP/\nWG.3/2024/2", [("CTOC/COP/\nWG.3/2024/2", "CTOC/COP/WG.3/2024/2")]),
    ("(CTOC/COP/WG.7/2021/5, CTOC/COP/WG.7/2022/4)",
     [("CTOC/COP/WG.7/2021/5", "CTOC/COP/WG.7/2021/5"), ("CTOC/COP/WG.7/2022/4", "CTOC/COP/WG.7/2022/4")]),
    ("E/CN.7/2022/14,", [("E/CN.7/2022/14", "E/CN.7/2022/14")]),
    ("ТD/B/C.I/49", [("ТD/B/C.I/49", "TD/B/C.I/49")]),
    ("E/ICEF/2023/7", [("E/ICEF/2023/7", "E/ICEF/2023/7")]),
    ("A/CONF.234/16", [("A/CONF.234/16", "A/CONF.234/16")]),
    ("(CCPR/C/GC/36)", [("CCPR/C/GC/36", "CCPR/C/GC/36")]),
    ("E/2022/28/Add.1", [("E/2022/28/Add.1", "E/2022/28/Add.1")]),
    ("CTOC/COP/2006/12", [("CTOC/COP/2006/12", "CTOC/COP/2006/12")]),
    ("документ UNODC/\nSUBCOM/40/5", [("UNODC/\nSUBCOM/40/5", "UNODC/SUBCOM/40/5")]),
    ("(Ѕ/2023/549)", [("Ѕ/2023/549", "S/2023/549")]),
    ("документ EB152/DIV/3 и A76/4", [("EB152/DIV/3", "EB152/DIV/3"), ("A76/4", "A76/4")]),
    ("документы 41 С/23 и 41\nC/4", [("41 С/23", "41 C/23"), ("41\nC/4", "41 C/4")]),
    ("EB152/\nCONF./4", [("EB152/\nCONF./4", "EB152/CONF./4")]),
    # damaged PDF text: two symbols a line apart, a page header inside a broken symbol
    ("A/78/1-\nA/78/2\nV. Текст", [("A/78/1", "A/78/1"), ("A/78/2", "A/78/2")]),
    ("документ CTOC/COP/\n\nA/HRC/52/2\n\nWG.3/2024/L.1 текст",
     [("CTOC/COP/\n\nA/HRC/52/2\n\nWG.3/2024/L.1", "CTOC/COP/WG.3/2024/L.1")]),
    # broken after «.» or «/» at a line end, across blank lines, counters and headers
    ("см. A/CONF.\n\n251/7 и далее", [("A/CONF.\n\n251/7", "A/CONF.251/7")]),
    ("документ A/CONF.\n4/5 V.24-09626\n251/7.", [("A/CONF.\n4/5 V.24-09626\n251/7", "A/CONF.251/7")]),
    ("документ A/CONF.\n\nA/HRC/52/2\n\n251/7.", [("A/CONF.\n\nA/HRC/52/2\n\n251/7", "A/CONF.251/7")]),
    ("документ A/CONF.251/7.\nДалее", [("A/CONF.251/7", "A/CONF.251/7")]),
    ("документ A/78/Add.\nОбщие прения", [("A/78/Add", "A/78/Add")]),  # no word joined to it
    # old symbols with spaces
    ("(A / 5123)", [("A / 5123", "A/5123")]),
    ("S / PV. 1000 и", [("S / PV. 1000", "S/PV.1000")]),
    # a Security Council resolution keeps its year; a symbol in a link
    ("резолюция S/RES/2720 (2023) Совета", [("S/RES/2720 (2023)", "S/RES/2720 (2023)")]),
    ("http://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1&Lang=R", [("A/RES/70/1", "A/RES/70/1")]),
    ("[LC/MDS.5/3]", [("LC/MDS.5/3", "LC/MDS.5/3")]),
    # glued to the word before: the symbol starts at a known prefix
    ("в документеA/78/2 и", [("A/78/2", "A/78/2")]),
    ("см. докладеE/CN.7/2022/14.", [("E/CN.7/2022/14", "E/CN.7/2022/14")]),
    # old one-letter series with a number, a comma misread for a dot (real_numbers)
    ("СОВЕТ БЕЗОПАСНОСТИ S/5722 27 May", [("S/5722", "S/5722")]),
    ("текст резолюции (А/АС,109/77) по вопросу", [("А/АС,109/77", "A/AC.109/77")]),
    # UNESCO Executive Board documents, also glued to a link
    ("201 EX/41 Исполнительный совет", [("201 EX/41", "201 EX/41")]),
    ("(201 EX/4 Part I; 201 EX/4.INF.2)", [("201 EX/4 Part I", "201 EX/4 Part I"), ("201 EX/4.INF.2", "201 EX/4.INF.2")]),
    ("Исполнительный совет 180 EX/Decisionsunesdoc.unesco.org/images/0017/001778/177800r.pdf",
     [("180 EX/Decisions", "180 EX/Decisions")]),
    # source-broken summary-record symbols (tests/data/real): a letter split off a known
    # prefix, a number split by a space at the end of its line, spaces around dots
    ("Distr.\n\nС AT/C/SR.410\n\n4 May 2000", [("С AT/C/SR.410", "CAT/C/SR.410")]),
    ("Distr.\n\nCAT/C/SR.4 85\n\n4 January 2008", [("CAT/C/SR.4 85", "CAT/C/SR.485")]),
    ("см. CAT/C/SR.4 85 и далее", [("CAT/C/SR.4", "CAT/C/SR.4")]),  # mid-line: not joined
    ("Distr .\n\nСERD/C/SR.1 8 2 3\n\n22 August 2008", [("СERD/C/SR.1 8 2 3", "CERD/C/SR.1823")]),  # letter-spaced
    ("CERD/C/SR.12 3 4 5\n", [("CERD/C/SR.12", "CERD/C/SR.12")]),  # five digits: no summary record's number
    ("в документе CAT / C / SR .485/ Add .1.", [("CAT / C / SR .485/ Add .1", "CAT/C/SR.485/Add.1")]),
    ("(201 EX/4.INF.2; 156 ЕХ/5.5; 186 EX/6-V)", [("201 EX/4.INF.2", "201 EX/4.INF.2"), ("156 ЕХ/5.5", "156 EX/5.5"), ("186 EX/6-V", "186 EX/6-V")]),
    # IAEA series with the session in brackets (real_numbers k_), a Cyrillic С in it
    ("Генеральная конференция\nGC(58)/RES/10\nСентябрь 2014 года", [("GC(58)/RES/10", "GC(58)/RES/10")]),
    ("Пункт 13 повестки дня\n(GC(58)/22)\nМеры", [("GC(58)/22", "GC(58)/22")]),
    ("документы GC(49)/16 и GC(49)/16/Corr.1;", [("GC(49)/16", "GC(49)/16"), ("GC(49)/16/Corr.1", "GC(49)/16/Corr.1")]),
    ("GС(61)/3 Стр. iii", [("GС(61)/3", "GC(61)/3")]),
    # what real symbols carry at their end: a part designation, a stray mark, a glued word
    ("доклада (CCPR/C/101/CRP.1/Part. II и Add.1)", [("CCPR/C/101/CRP.1/Part. II", "CCPR/C/101/CRP.1/Part.II")]),
    ("Замечания, Латвия, A/59/38 (Part II), paras. 12-40", [("A/59/38 (Part II)", "A/59/38 (Part II)")]),
    ("WHA37/1984/REC/_1\n\nВСЕМИРНАЯ", [("WHA37/1984/REC/_1", "WHA37/1984/REC/1")]),
    ("WHA36/1983/REC/i\n\nВСЕМИРНАЯ", [("WHA36/1983/REC/i", "WHA36/1983/REC/1")]),
    ("Генеральная конференция GC(50)/COM.5/OR/.2 Issued", [("GC(50)/COM.5/OR/.2", "GC(50)/COM.5/OR.2")]),
    ("Бельгия\n\nCRC/C/OPAC/BEL/CO/1и Corr.1", [("CRC/C/OPAC/BEL/CO/1", "CRC/C/OPAC/BEL/CO/1")]),
    ("доклад Конференции (ICCD/COP(16)/20)", [("ICCD/COP(16)/20", "ICCD/COP(16)/20")]),
    # a flattened header: the prefix glued to the capitals before it, the dateline's day to the number
    ("Distr.GENERALCCPR/C/SR.241217 July 2007ENGLISH", [("CCPR/C/SR.2412", "CCPR/C/SR.2412")]),
    ("Distr.GENERALCAT/C/SR.10125 May 2010RUSSIAN", [("CAT/C/SR.1012", "CAT/C/SR.1012")]),
    ("сборник HRI/GEN/1/Rev.8 (Vol. II), стр. 5", [("HRI/GEN/1/Rev.8 (Vol. II)", "HRI/GEN/1/Rev.8 (Vol. II)")]),
    # source-broken: a WHO session number split off, an IAEA slash lost, a spaced number split
    ("WHA 39/1986/REС/1\n\nВСЕМИРНАЯ", [("WHA 39/1986/REС/1", "WHA39/1986/REC/1")]),
    ("документ GC(50)21 и проект", [("GC(50)21", "GC(50)/21")]),
    ("Distr .\n\nCCPR / C / SR .24 11\n\n3 July 2008", [("CCPR / C / SR .24 11", "CCPR/C/SR.2411")]),
    ("Distr .\r\n\x0cCCPR / C / SR .24 11\x0c\r\n3 July 2008", [("CCPR / C / SR .24 11", "CCPR/C/SR.2411")]),
    # an old record's cover in OCR: the series' dot or slash lost to a space
    ("Предварительная повестка дня (S/Agenda 536) … S/PV 536 Документы", [("S/Agenda 536", "S/Agenda/536"), ("S/PV 536", "S/PV.536")]),
    ("A/C.1/PV 123", [("A/C.1/PV 123", "A/C.1/PV.123")]),
    # not symbols
    ("квартира В/123", []),
    ("во исполнение решений 186 EX/6-V и 186 EX/39", []),  # governed: RESOLUTIONs
    ("A/12", []),
    ("пунктС/3", []),
    ("в главе II/3 доклада", []),
    ("XXV/3", []),
    ("В / 3", []),
    ("4/5 V.24-09626", []),
    ("V.07-80404 (R)", []),
    ("GE.01-41063", []),
    ("и/или", []),
    ("решение 2/5", []),
    ("ISSN 1020-3567", []),
    ("COVID-19", []),
    ("МВФ/ВБ", []),
    ("км/ч", []),
    # an OCR that lower-cased a Security Council symbol's series (but a path in an address is none)
    ("письмом представителя (документ s/9091»-, А/7588) от", [("s/9091", "S/9091"), ("А/7588", "A/7588")]),
    ("см. http://example.org/s/1234 и", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_document_phrases(text, expected):
    got = [(s.text, s.norm["symbol"]) for s in extract(text).spans_of("DOCUMENT")]
    assert got == expected
