"""The shapes of resolution and decision designations, and of what stands
around them in a citation (dates, bodies, annexes, headings, tables of
contents): the patterns ``resolution.py`` reads numbers with."""

from __future__ import annotations

import re

KINDS = {"резолюция": "резолюция", "решение": "решение"}
# a slip of the pen that still governs a full designation, never a bare number: «революцию 1722 (XVI)»
MISSPELT = {"революция": "резолюция"}
MAX_LIST = 40

# «55/25», «2006/27», «1929 (2010)», «169 (II)», «S-26/2», «10/6», «ES-10/19», Basel «BC-15/1»
# WHO: «WHA70.12», «EB152.R3», «EB152(1)»; UNEP «UNEP/EA.5/Res.14»; UNESCO «41 C/23» (Latin or
# Cyrillic С); dotted «2.4.1»; Montreal Protocol «XXXIV/1»
L = "A-ZАВЕКМНОРСТХ"  # Latin capitals and their Cyrillic look-alikes («ЕS-11/4»)
R = "IVXLCХС"  # Roman numerals, Cyrillic Х and С among them («2625 (ХХV)»)
# old GA parts: «3367 A (XXX)», «3411 A и B (XXX)», «3419 A-D (XXX)», «217 А (III)» (Cyrillic А), «377 A»
# (a Cyrillic letter only before its session: «резолюция 1540 А также» is no part)
GA_PART = (r"(?:[A-HАВ](?:(?:-|\s+и\s+)[A-HАВ])?\s?\([IVXLCХС]{1,6}\)|[A-H](?:(?:-|\s+и\s+)[A-H])?)"
           r"(?![\w/(-])")
# a GA resolution's part after its number, or a range of parts: «38/183 J», «55/5 B-F»; a Cyrillic
# look-alike («19/13 С») only before no word in capitals (an all-capitals line: «55/5 В СООТВЕТСТВИИ»)
SLASH_PART = r"(?:\s(?:[A-Z](?:-[A-Z])?|[АВСЕН](?:-[А-НA-H])?(?!\s+[А-ЯЁ]{2}))(?![\w/(.-]))"
# WMO: a resolution of Congress or the Executive Council with its session, «9 (Кг‑17)», «4 (ИС-68)», «2 (Cg-18)»
WMO = r"[0-9]{1,3}\s?\((?:Кг|ИС|Cg|EC)[-‑‐][0-9]{1,3}\)"
WMO_RE = re.compile(WMO)
# IMO: a series, the number and the Assembly's or committee's session, «A.902(22)», «MSC.255(84)», «A.500(XII)»;
# the shape names a resolution by itself (listed, a line's head: «А.902(22) – Назначение …», Cyrillic А)
IMO = r"(?:[AА]\.[0-9]{2,4}|(?:[MМ]S[CС]|[MМ][EЕ][PР][CС]|FAL|L[EЕ]G)\.[0-9]{2,4}\s?)\((?:[0-9]{1,3}|[IVX]{1,5})\)"  # a committee's in Cyrillic look-alikes, a space before the session: «МЕРС.181 (59)»
IMO_RE = re.compile(rf"(?<![\w./-]){IMO}(?![\w/])")
# WHO: an Assembly's or Board's resolution names itself by its shape, as a heading of its text or cited
# («EB59.R25 ГОСУДАРСТВА-ЧЛЕНЫ …», «резолюцию WHA8.13»); not a document («EB146/12», «A73/4»)
WHO_RE = re.compile(r"(?<![\w./-])(?:WHA[0-9]{1,2}\.[0-9]{1,3}|EB[0-9]{1,3}\.R[0-9]{1,3})(?![\w/.])")
# also «2117 (2013 год)», «425 (от 1978 года)»; the year in brackets may carry «г.»: «1308 (2000 г.)»
YEAR_IN_BRACKETS = r"(?:от\s)?[0-9]{4}(?:\s?г\.|\sгода?)?"
NUMBER = (rf"(?:(?:[{L}]{{1,5}}-)?[0-9]{{1,4}}/[0-9]{{1,4}}[A-Z]?(?:\s?\((?:[{R}]{{1,6}}|[0-9]{{4}})\)|{SLASH_PART})?"
          rf"|[0-9]{{1,4}}\s?\(\s?(?:{YEAR_IN_BRACKETS}|(?:[SE]-)?[{R}]{{1,6}}|E?S-[0-9]{{1,2}}|[ivx]{{1,5}})\)"  # a special session «3202(S-VI)», «186 (S-2)», OPANAL «267 (E-V)»; «1296 ( 2000 г.)»; CERD «1 (v)»
          rf"|{IMO}"
          rf"|{WMO}"
          rf"|[0-9]{{1,4}}\s?{GA_PART}"
          r"|(?:WHA|EB|EUR/RC|AFR/RC|EM/RC)[0-9]{1,3}(?:\.R?[0-9]{1,3}|\([0-9]{1,3}\)|\.R(?![\w.]))"  # «EB136.R»: number lost
          r"|[A-Z]{2,6}/[A-Z]{1,4}\.[0-9]{1,2}/(?:Res|Dec|RES|DEC)\.[0-9]{1,3}"
          r"|(?:IDB|PBC|GC)\.[0-9]{1,2}/(?:Res|Dec|RES|DEC)\.[0-9]{1,3}"  # UNIDO «IDB.49/Dec.3», «GC.20/Res.2»
          r"|[AА][0-9]{1,2}-[0-9]{1,3}(?![\w/-])"  # ICAO Assembly «A40-1» (after the governing word only)
          r"|Conf\.\s?[0-9]{1,2}\.[0-9]{1,2}(?:\s?\(Rev\.\s?CoP[0-9]{1,2}\))?"  # CITES «Conf. 11.3 (Rev. CoP19)»
          r"|[0-9]{2}\s?[CС]/[0-9]{1,3}"
          r"|[CС]\s?[0-9]{1,3}/(?:18|19|20)[0-9]{2}(?![\w/])"  # a Universal Postal Congress «C 53/2008»
          r"|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![.0-9])"
          r"|[0-9]{1,2}/ ?(?:CP|CMP|CMA|COP|MOP|СР|СОР)\. ?[0-9]{1,2}|(?:19|20)[0-9]{2}/EB\.(?:A|[0-9])/[0-9]{1,3}"  # UNFCCC «1/CP.21», «1/ СР. 16»; WFP «2021/EB.A/4»
          rf"|(?:[A-ZА-ЯЁ]{{2,5}}-)?[{R}]{{1,7}}/[0-9]{{1,3}}"  # «VIII/28», Basel OEWG «РГОС-VI/1»
          r"|(?:СК|SC|РК|RC)\s?[0-9]{1,2}/[0-9]{1,3}"
          r"|[0-9]{2}\s?COM\s?[0-9]{1,2}[A-F]?(?:\.[0-9]{1,3})?(?![\w.])"  # the World Heritage Committee: «27 COM 7B.32»
          r"|[0-9]{3}\s?[EЕ][XХ]/[0-9]{1,3}(?:\.[0-9]{1,2})?(?:-[IVX]{1,4})?)")  # UNESCO Board «186 EX/6-V», «156 ЕХ/5.5»  # Stockholm, Rotterdam: «решение СК1/7», «СК 1/2»
# a bare number: after a number sign («резолюция № 1234», «No. 77»), or a resolution's
# three or four digits that no «год» follows («резолюцией 1540 (от 28 апреля 2004 года)»)
SIGN = r"(?:№|No\.?|N|(?:за\s+)?номер(?:ом|а)?(?=\s))\s?"  # «резолюции номер 822, 853», «за номером 2016»
BARE = r"[0-9]{1,4}"
# a conference's resolution cited by its short number at a clause's end: «приложение II, резолюция 1.»
CLOSED = re.compile(r"[ \t]*(?:[.;)](?![0-9])|\n|$)")
NOT_YEAR = re.compile(r"\s*(?:год|г\.|гг)")
MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
DATE = rf"[0-9]{{1,2}}\s+(?:{MONTHS})\s+[0-9]{{4}}(?:\s*(?:года|г\.))?"
NUMERIC_DATE = r"[0-9]{1,2}\.[0-9]{2}\.[0-9]{4}(?:\s*г\.)?"  # a legal database's «РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148»
# a date attached to a number: «76/262 от 26 апреля 2022 года», «1540 (от 28 апреля 2004 года)»
DATE_AFTER = re.compile(rf"\s*,?\s+от\s+(?:{DATE}|{NUMERIC_DATE})|\s*\((?:от\s+)?{DATE}\)")  # also «от 26.04.2022»
# a title: «Резолюция, принятая Генеральной Ассамблеей … от 20 декабря 1965 года № 2105»,
# «Резолюция от 31 июля 1957 года № 663»: the number after the date and the sign; a legal database's
# heading with the issuer in capitals: «РЕЗОЛЮЦИЯ ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ 4 декабря 1990 г. N 45/62»
TITLED = re.compile(rf"\s*,?\s*(?:(?:ООН|оон)\s+)?(?:принят\w{{0,3}}\s+(?P<by>[^№\n]{{1,160}}?)\s+)?"
                    rf"(?:(?:Міжнародний|Международный)\s+(?:документ|договір|договор)\s+)?"  # a Ukrainian legal database's «Резолюція, Міжнародний документ від 08.04.2003 № 1474(2003)»
                    rf"(?:от\s+{DATE}\s*№|(?:[Оо][Тт]|від)\s+{NUMERIC_DATE}\s*(?:№|N)|(?:[А-ЯЁ]{{2,}}\s+){{1,4}}{DATE}\s*(?:№|N))\s?"
                    rf"(?P<n>{NUMBER}|[0-9]{{1,4}})(?![\w/])")  # «Резолюция Генеральной Ассамблеи оон от … № 95 (I)»
# a legal database's number field in a resolution's record («Тип: Резолюція …», «• Номер: 1474(2003)», on the original lines)
NUMBER_FIELD = re.compile(r"(?m)^[ \t•*-]*Номер:[ \t]*(?P<number>[0-9]{1,4}[ \t]?\((?:(?:19|20)[0-9]{2}|[IVXL]{1,7})\))[ \t]*$")
RESOLUTION_RECORD = re.compile(r"Тип:[ \t]*Резолюці")
# a legal database's link after a number in copies of resolutions: «1612 (2005) ( 995_d48 ) и 1674 (2006)»
LINK_REF = re.compile(r"\s*\(\s*[0-9]{3}_[0-9a-z]{2,4}\s*\)")
WS = re.compile(r"\s*")
AGENCIES = {"ООН", "ЮНЕП", "ЮНЕСКО", "ВОЗ", "МАГАТЭ", "ФАО", "МОТ", "ВМО", "ЮНИДО", "ВОИС", "ИКАО", "ИМО", "МСЭ",
            "ЮНКТАД", "ПРООН", "ЮНИСЕФ", "ЮНВТО", "МФСР", "ВПП", "УВКБ"}
AGENCY_RE = re.compile(r"\s+([А-ЯЁ]{2,7})(?=\s+(?:№\s?)?[0-9IVXLC])")
UN_RE = re.compile(r"\s+ООН(?=\s+(?:№\s?)?[0-9])")
SPACED_RE = re.compile(r"[ \t]+")  # designations with a slash listed with no comma
YEAR_MARK = re.compile(r"\(\s?(?:от\s)?([0-9]{4})(?:\s?г\.|\sгода?)?\)$|\(от\s([0-9]{4})\)$")
CP_SPACES = re.compile(r"(?<=/) (?=[A-ZА-ЯЁ]{2,4}\.)|(?<=[A-ZА-ЯЁ]{2}\.) (?=[0-9])")  # «1/ СР. 16»: spaces the text put in
SPLIT_NORM = re.compile(r"^([0-9]{2}) ([0-9]{2})(?=\s?\()")
SPLIT_RE = re.compile(r"(?P<n>[0-9]{2} [0-9]{2}\s?\([0-9]{4}\))")
DATED_BARE_RE = re.compile(rf"(?P<n>[0-9]{{3,4}})(?=\s+от\s+{DATE})")
# a dated item of a preamble's list after a clause of its own: «47/193 от 22 декабря 1992 года о проведении …,
# 55/196 от 20 декабря 2000 года, в которой она провозгласила …, 58/217 от …» (the next item dated too; a
# clause naming resolutions of its own opens another list)
DATED_CLAUSE_SEP = re.compile(rf"(?:(?![Рр]езолюц|[Рр]ешени)[^.;:!?\n]){{1,250}}?(?:,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+)(?={NUMBER}\s+от\s+{DATE})")
# a bare number after «резолюция»: ITU «Резолюции 21 (Пересм. Пусан, 2014 г.)», CITES «Резолюции 12.7»
REVISED_HEAD = r"\((?:Пересм\.|Rev\.|[А-ЯЁ][а-яё-]+,\s*(?:19|20)[0-9]{2}\s*г\.\))"  # also «32 (Киото, 1994 г.)»
REVISED = re.compile(r"\s*" + REVISED_HEAD)
REVISED_BRACKET = re.compile(r"\s*\([^()\n]{1,60}\)")  # the bracket of a revised resolution: «(Пересм. Пусан, 2014 г.)»
REVISED_NEXT = re.compile(r"(?:\s*,\s*|\s+и\s+)(?P<n>[0-9]{1,3})(?=\s*" + REVISED_HEAD + ")")
DOTTED_RE = re.compile(r"\s*(?P<n>[0-9]{1,2}\.[0-9]{1,2})(?![.0-9])")
NAV_RE = re.compile(r"[ \t]*→")  # «← 419 Списки резолюций 421 →»: a navigation link
NUMBER_RE = re.compile(NUMBER)
FIRST_RE = re.compile(rf"\s*(?P<sign>{SIGN})?(?P<n>{NUMBER}|{BARE})")
BARE_RE = re.compile(rf"(?:{SIGN})?(?P<n>{NUMBER}|{BARE})")  # «№ 1325 и № 1820»
SC_FORM = re.compile(r"[0-9]{3,4}\s?\((?:от\s)?[0-9]{4}[^)]{0,6}\)")  # «1373 (2001)»: a Council resolution
BARE_IN_LIST = re.compile(r"(?P<n>[0-9]{3,4})(?=\s*(?:[,;)]|\.(?![0-9])|и\s|или\s|а\s+также|\n|$))")
AHEAD_NUMBER_RE = re.compile(rf"\s*(?:{SIGN})?(?P<n>{NUMBER})")  # a number after a body named in a list
ITEM_NUMBER_RE = re.compile(rf"(?:{SIGN})?(?P<n>{NUMBER})")  # «№ 5/1 и № 5/2»
SEP_RE = re.compile(
    r"(?:\s*,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+|\s+или\s+|\s*–\s*|\s+а\s+также\s+)"
    r"(?:(?:приложени[еяи]|раздел[ы]?|пункт[ыа]?)\s+[IVXLC\d]{1,6}(?:\s*(?:,|и)\s*[IVXLC\d]{1,6}){0,5}\s*,\s*(?:и\s+)?)?"
)
ANNEX_RE = re.compile(r"\s*,\s*(?:приложени[еяи]|раздел[ы]?)\s+[IVXLC\d]{1,6}(?:\s*(?:,|и)\s*[IVXLC\d]{1,6}){0,5}")
HEADING_RE = re.compile(r"(?:(?:^|(?<=[\n:.]\s)|(?<=[\n:.]))[^\S\n]*(?:[\^•·*][^\S\n]*)?(Решения|Резолюции)(?![\w-])"  # (no run of lines: linear; «^ Решения»: a link's mark)
                        r"|(?:^|(?<=\n))(решения|резолюции)(?=[ \t]+(?:Страница|Стр\.|Page)\b|[ \t]*\n)"  # a lower-cased TOC heading
                        r"|(?<![\w-])(Решения|Резолюции)(?=\s+\d{1,4}/\d{1,4}\.\s|,?\s+принятые\s+[А-ЯЁ]))")  # «Содержание Решения, принятые Конференцией»
HEADING_WORD = re.compile(r"[Рр]е(?:шения|золюции)(?![\w-])")  # every match of HEADING_RE holds one


def headings(text: str):
    """The matches of HEADING_RE, as ``finditer`` gives them, read only around
    the words they hold (the pattern opens with look-behinds, so a scan of every
    position costs most of the extractor): each match starts at most a line's
    indent before its word and looks at most a short way after it."""
    end = 0
    for w in HEADING_WORD.finditer(text):
        if w.start() < end:
            continue
        m = HEADING_RE.search(text, max(end, w.start() - 200), w.end() + 200)
        while m is not None and m.end() <= w.start():  # an earlier word's match, found already
            m = HEADING_RE.search(text, m.end(), w.end() + 200)
        if m is not None and m.start() <= w.start():
            end = m.end()
            yield m


ITEM_RE = re.compile(rf"(?m)^[ \t\u00a0]*\[?(?P<number>{NUMBER})(?:\.|\]|:)?\s+[«А-ЯЁ]")  # «3/1. Обзор», «[EB152(2)] Сроки», «СК-3/5: Исключения»
# a table of contents flattened onto one line: «… ........ 12 3/2. Техническая помощь …»;
# the page number before the item is never a resolution (nor the column heads «Решение Стр.» before the first)
TOC_ITEM_RE = re.compile(rf"(?:(?:\.{{3,}}|(?:\.[ ]){{3,}}|…+)[ \t]*[0-9]{{1,4}}|(?<![\w-])(?:Стр\.|Страница|Page))\s+(?P<number>{NUMBER})\.?\s+[«А-ЯЁ]")
# items in running text under a heading: after a sentence end or a page number («назначения 1 58/401. Назначение»)
INLINE_ITEM_RE = re.compile(r"(?:(?<=[.;:]\s)|(?<=[0-9]\s))(?P<number>[0-9]{1,3}/[0-9]{1,4})\.\s+[«А-ЯЁ]")
# a decision of the Conference headed by its Roman session, wherever it stands: «VIII/28. Административное …»
ROMAN_ITEM_RE = re.compile(r"(?m)^(?P<number>[IVXL]{1,6}/[0-9]{1,3})\.\s+[«А-ЯЁ]")
# a numbered heading under a title line: «Резолюция, принятая Советом … 8 июля 2022 года\n\n50/18. Ликвидация»
TITLE_ITEM_RE = re.compile(rf"(?m)^[ \t]*(?P<kind>Резолюция|Решение),?[ \t]+принят\w{{0,3}}[ \t]+(?P<by>[^\n]{{1,200}}(?:\n(?:[^\n\d\s]|(?:19|20)[0-9]{{2}}[ \t]+год)[^\n]{{0,40}})?)\n\s*"
                           rf"(?P<number>{NUMBER})(?:\.\s*|(?=[А-ЯЁ][а-яё]))[«А-ЯЁ]")  # (or glued to its title: «22/18Помощь»)
# a special session's resolution heading its text on a line of its own: «S-5/1.» (no symbol is so shaped)
SPECIAL_HEADING = re.compile(r"(?m)^[ \t]*(?P<number>E?S-[0-9]{1,2}/[0-9]{1,3})\.?[ \t]*$")
# a resolution's number heading its text on a line of its own: «            39/148. РАССМОТРЕНИЕ»
REPEAT_RE = re.compile(rf"(?m)^[ \t]*(?P<number>{NUMBER})\.[ \t]+[«А-ЯЁ]")
STATES_PARTIES = re.compile(r"Конференци\w+\s+государств\s*[-—–]?\s*участник")
PARTIES_ONLY = re.compile(r"Конференци\w+\s+[Уу]частников")
HEADING_REACH = 20_000  # reading characters a heading's list may run
ADOPTED_RE = re.compile(r"^\s*,?\s*(?:принят(?:ая|ой|ую|ое|ого|ом|ые|ых|ыми|ым|ыми)|утвержденн(?:ая|ой|ую|ое|ого|ом|ые|ых))\s+")
