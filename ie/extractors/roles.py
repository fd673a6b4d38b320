"""COUNTRY roles from the sentence that governs a list of states.

- ``speaker``: the sentence says the state's representatives (or observers)
  made statements: «С заявлениями … выступили представители следующих
  государств: …», «выступила представительница Европейского союза»;
- ``observer``: states represented as observers that are not parties:
  «Наблюдателями были представлены следующие не являющиеся участниками …
  государства: …», «Наблюдателем был представлен Святой Престол»;
- ``participant``: states listed as represented: «На совещании были
  представлены следующие участники Конвенции: …» (also when the sentence says
  «наблюдателями» of parties), and the members a record's cover lists
  («Члены: Алжир г-н ДЖУДИ», ``ie.extractors.cover``);
- null elsewhere, and always for a country in a person's bracket
  («Хельга Гайер (Германия)»).

A stage, not an extractor: it rewrites the COUNTRY spans found before it.

>>> from ie.pipeline import extract
>>> doc = extract("С заявлениями выступили представители Бразилии и Индии. На совещании были представлены Китай и Чили.")
>>> [(s.text, s.norm["role"]) for s in doc.spans_of("COUNTRY")]
[('Бразилии', 'speaker'), ('Индии', 'speaker'), ('Китай', 'participant'), ('Чили', 'participant')]
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["CountryRoles", "sentence_role"]

# heads of state, of government and ministers named in the plural: «выступят президенты Бразилии и США»,
# «главы Гайаны, Катара … выступят» (a state with its leader's name after it is that person's, not the list's)
LEADERS = r"(?:президенты|главы|министры|премьер-министры|лидеры|руководители)(?![\w-])"
SPEAKER = re.compile(r"(?:с\s+заявлени\w+|с\s+вступительн\w+\s+заявлени\w+)[^.]{0,200}?выступил|выступил\w*\s+(?:\w+\s+){0,2}?(?:с\s+заявлени|представител|наблюдател|делегаци)|сделал\w*\s+заявлени|заявлени\w+\s+сделал|"
                     rf"выступ(?:ят|или|ают)\s+(?:[^.;:]{{0,80}}?\s)?{LEADERS}|{LEADERS}[^.;:]{{0,200}}?выступ(?:ят|или|ают)(?![\w-])", re.I)
# «Представитель Нигерии Чиди Оконкво сообщил …»: one state's representative who spoke
REPRESENTATIVE_BEFORE = re.compile(r"(?:представител\w*|делегаци\w*|наблюдател\w*\s+от)\s*$", re.I)
# Words that introduce the states that spoke: «представители следующих государств», «наблюдатель от»
REPRESENTED_STATE = re.compile(r"представител|наблюдател|делегаци|государств|стран|(?<![\w-])от\s|" + LEADERS, re.I)
# «По просьбе представителя Соединенного Королевства …»: the state took the floor
ON_REQUEST = re.compile(r"(?:по\s+(?:просьбе|предложению|инициативе)|слово)\s+представител\w*\s*$", re.I)
OBSERVER_BEFORE = re.compile(r"наблюдател\w*\s+от\s*$", re.I)
SPOKE_VERB = re.compile(r"(?<![\w-])(?:выступил|заявил|сообщил|отметил|подчеркнул|рассказал|сослался|напомнил|указал|"
                        r"призвал|предложил|поделил|проинформировал|информировал|выразил|поблагодарил|приветствовал|"
                        r"представил|изложил|описал|пояснил|высказал|внес\w*|сделал\w*\s+заявлени)", re.I)
REPRESENTED = re.compile(r"(?:был[аио]?|были)\s+представлен|приняли\s+участие|участвовали\s+(?:представители|делегации)|присутствовали|присутствуют"
                         r"|участник\w*\s+(?:[\w-]+\s+){0,2}?(?:был[аио]?|было|стало)\s+[\w-]+\s*:", re.I)  # «участников было девять: ЕС, Италия»
OBSERVER = re.compile(r"наблюдател", re.I)
PARTIES = re.compile(r"следующие\s+(?:государства\s*[-—–]\s*)?участники|следующие\s+государства[-—–\s]+участники", re.I)
GROUP_BEFORE = re.compile(r"Групп\w*\s+77\s+и\s+$")
NAME_BEFORE = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]+\s*\(\s*$")


def sentence_role(sentence: str):
    """The role a sentence gives the states it lists, or None."""
    if SPEAKER.search(sentence):
        return "speaker"
    if REPRESENTED.search(sentence):
        if OBSERVER.search(sentence) and not PARTIES.search(sentence):
            return "observer"
        return "participant"
    return None


class CountryRoles:
    label = "COUNTRY"

    def __call__(self, ctx):
        sents = ctx.sentences
        text = ctx.text
        k = 0
        cache = {}
        cover = ctx.cover  # a verbatim record's cover lists its members' states
        for idx, s in enumerate(ctx.spans):
            if s.label != "COUNTRY":
                continue
            while k < len(sents) and sents[k].end <= s.start:
                k += 1
            if k >= len(sents):
                break
            sent = sents[k]
            if NAME_BEFORE.search(text[max(sent.start, s.start - 60):s.start]):
                continue  # a person's country: role stays null
            if GROUP_BEFORE.search(text[max(sent.start, s.start - 30):s.start]):
                continue  # «от имени Группы 77 и Китая»: a group's name, not the state
            if cover.blocks and cover.member(ctx.reading.offset(s.start)):
                ctx.spans[idx] = replace(s, norm={**s.norm, "role": "participant"}, rule=(s.rule or "") + "+role:participant")
                continue  # «Члены: Алжир г-н ДЖУДИ»
            lead = text[max(sent.start, s.start - 40):s.start]
            if REPRESENTATIVE_BEFORE.search(lead) and not sentence_role(sent.text):
                spoke = SPOKE_VERB.search(text[s.end:sent.end]) or ON_REQUEST.search(lead)
                role = "speaker" if spoke else ("observer" if OBSERVER_BEFORE.search(lead) else None)
                if role:
                    ctx.spans[idx] = replace(s, norm={**s.norm, "role": role}, rule=(s.rule or "") + f"+role:{role}")
                continue
            if k not in cache:
                cache[k] = sentence_role(sent.text)
                if cache[k] is None and k and sents[k - 1].text.rstrip().endswith(":"):
                    cache[k] = sentence_role(sents[k - 1].text)  # a list set apart
            role = cache[k]
            if role == "speaker" and not REPRESENTED_STATE.search(text[sent.start:s.start]) and not (
                    k and sents[k - 1].text.rstrip().endswith(":")):
                continue  # «выступил X, Генеральный секретарь Совета … Таиланда»: not the state speaking
            if role:
                ctx.spans[idx] = replace(s, norm={**s.norm, "role": role}, rule=(s.rule or "") + f"+role:{role}")
        return []
