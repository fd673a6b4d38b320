"""SPEAKER and PERSON: named people, the name alone, in the nominative.

Candidates come from two sources, merged:

- ``ner``: slovnet PER spans, run only on sentences that hold a capitalised
  word the gazetteers and rules do not explain (see :func:`needs_ner`);
- ``name-bracket``: 2–5 capitalised words right before a bracketed country
  («Хельга Гайер (Германия)»), the panel and chair pattern of UN reports.

Titles («Ее Превосходительство», «г-жа», «Посол») are cut off.  A person is a
SPEAKER when a role word governs the name in its sentence (chair, co-chair,
panel member, representative, rapporteur, moderator) or the sentence says
the person spoke, opened or presented; otherwise a PERSON.  The country comes
from the bracket after the name, or from «представитель <страны>» before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import morph
from ..segment import TOKEN

__all__ = ["PersonExtractor", "needs_ner", "nominative_name"]

TITLES = re.compile(
    r"(?:(?:Его|Ее|Её)\s+(?:Превосходительство|Высочество|Величество|Святейшество)|"
    r"г-н|г-жа|г-на|г-же|г-ну|г-ном|г-не|господин[аеу]?|госпож[аиуе]|д-р|др\.|профессор[а]?|Посол|посол|"
    r"Председатель|Сопредседатель|судья|Судья|доктор)\s+"
)
NAME_WORD = r"[А-ЯЁ][а-яё’']+(?:-[А-ЯЁ]?[а-яё’']+)?"
INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
NAME_BRACKET = re.compile(
    rf"(?<![\w-])((?:{NAME_WORD}\s+){{1,4}}{NAME_WORD}|{INITIALS}{NAME_WORD}|{NAME_WORD}\s+{INITIALS}(?<!\.)(?=\s*\())"
    rf"\s*\(([^()]{{2,80}})\)"
)

# role word (a regex on the sentence before the name) -> norm.role
ROLES = [
    (re.compile(r"сопредседател", re.I), "сопредседатель"),
    (re.compile(r"заместител[ьяеию]\w*\s+председател", re.I), "заместитель председателя"),
    (re.compile(r"(?<!со)председател|председательств", re.I), "председатель"),
    (re.compile(r"дискуссионн\w+\s+групп|участник\w*\s+(?:дискуссии|обсуждения\s+в\s+группе)|в\s+состав\s+группы\s+экспертов", re.I),
     "член дискуссионной группы"),
    (re.compile(r"специальн\w+\s+докладчик", re.I), "специальный докладчик"),
    (re.compile(r"докладчик", re.I), "докладчик"),
    (re.compile(r"директор\w*[-‑]исполнител", re.I), "директор-исполнитель"),
    (re.compile(r"заместител\w+\s+генеральн\w+\s+секретар", re.I), "заместитель генерального секретаря"),
    (re.compile(r"(?<!заместителя\s)генеральн\w+\s+секретар", re.I), "генеральный секретарь"),
    (re.compile(r"верховн\w+\s+комиссар", re.I), "верховный комиссар"),
    (re.compile(r"модератор", re.I), "модератор"),
    (re.compile(r"представител", re.I), "представитель"),
]
# Roles that seat a person at the meeting; other role words («Генеральный
# секретарь») make a SPEAKER only when the sentence says the person spoke.
SEAT_ROLES = {"председатель", "сопредседатель", "заместитель председателя", "член дискуссионной группы",
              "докладчик", "модератор"}
SPOKE = re.compile(r"выступил|заявил|сделал\w*\s+заявлени|открыл|представил[аи]?\b|обратил\w*\s+к\s+участникам", re.I)
# Capitalised words that are common nouns/adjectives of UN prose: they never
# make a sentence worth running the NER on.
COMMON_POS = {"NOUN", "ADJF", "PRTF", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "NUMR", "PRED", "ADJS"}
PERSON_TAGS = {"Name", "Surn", "Patr"}
CAP_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)?")


@lru_cache(maxsize=50_000)
def _unexplained(word: str) -> bool:
    """A capitalised word that may be part of a person's name."""
    parses = morph.parse(word)
    if any(PERSON_TAGS & set(p.tag.grammemes) for p in parses[:3]):
        return True
    return not morph.is_known(word) or parses[0].tag.POS not in COMMON_POS


def needs_ner(sentence: str, offset: int, covered) -> bool:
    """Run slovnet here? Only where two or more capitalised words stand in a
    row, not covered by other spans, and one of them is not explained by the
    dictionary as a common word (a name, or a word it does not know)."""
    prev_end, run, odd = -10, 0, False
    for m in CAP_WORD.finditer(sentence):
        a = offset + m.start()
        if any(s <= a < e for s, e in covered):
            run, odd, prev_end = 0, False, m.end()
            continue
        if m.start() - prev_end > 2:
            run, odd = 0, False
        run += 1
        odd = odd or _unexplained(m.group())
        prev_end = m.end()
        if run >= 2 and odd:
            return True
    return False


def nominative_name(name: str) -> str:
    """The nominative of a name, agreeing in gender; foreign names kept.

    >>> nominative_name("Ивана Петрова"), nominative_name("Томаса Барроуза")
    ('Иван Петров', 'Томас Барроуз')
    >>> nominative_name("Александра Гелбер"), nominative_name("Сесилия Алехандра Тельо Герреро")
    ('Александра Гелбер', 'Сесилия Алехандра Тельо Герреро')
    """
    words = name.split()
    names = [p for p in morph.parse(words[0]) if "Name" in p.tag]
    if not names or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in names):
        return name
    for first in names:
        case, gender = first.tag.case, first.tag.gender
        out = [morph._match_case(words[0], first.inflect({"nomn", "sing"}).word)]
        for w in words[1:]:
            form = None
            fixed = False
            for p in morph.parse(w):
                if "Fixd" in p.tag or p.tag.POS is None:
                    fixed = True
                    break
                if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF") and p.tag.gender in (gender, None):
                    f = p.inflect({"nomn", "sing"})
                    if f is not None:
                        form = morph._match_case(w, f.word)
                        break
            if form is None and not fixed:
                break
            out.append(form or w)
        else:
            return " ".join(out)
    return name


class PersonExtractor:
    labels = ("SPEAKER", "PERSON")

    def __init__(self, use_ner: str = "auto"):
        self.use_ner = use_ner  # "auto" (restricted), "all" or "none"

    def warm(self):
        if self.use_ner != "none":
            from ..ner import tagger

            tagger()

    def __call__(self, ctx):
        text = ctx.text
        countries = [s for s in ctx.spans if s.label == "COUNTRY"]
        covered = [(s.start, s.end) for s in ctx.spans]
        cands = {}
        for m in NAME_BRACKET.finditer(text):
            inner = (m.start(2), m.end(2))
            if any(c.start == inner[0] and c.end == inner[1] for c in countries):
                a, b = _strip_title(text, m.start(1), m.end(1))
                if b > a and not _overlaps_country(countries, a, b):
                    cands[(a, b)] = "name-bracket"
        if self.use_ner != "none":
            sents = [s for s in ctx.sentences
                     if self.use_ner == "all" or needs_ner(s.text, s.start, covered)]
            if sents:
                from ..ner import tag

                for found in tag([s.text for s in sents], [s.start for s in sents]):
                    for c in found:
                        if c.type != "PER":
                            continue
                        a, b = _strip_title(text, c.start, c.end)
                        if b - a < 3 or _overlaps_country(countries, a, b) or not _looks_like_name(text[a:b]):
                            continue
                        if not any(x <= a < y or a <= x < b for x, y in cands):
                            cands[(a, b)] = "ner"
        out = []
        for (a, b), rule in sorted(cands.items()):
            sent = next((s for s in ctx.sentences if s.start <= a < s.end), None)
            before = text[sent.start:a] if sent else text[max(0, a - 300):a]
            role = _role(before)
            country = _country(text, b, countries, sent, a)
            name = nominative_name(re.sub(r"\s+", " ", text[a:b]))
            spoke = bool(SPOKE.search(before[-200:] + text[b:(sent.end if sent else b + 200)]))
            if role in SEAT_ROLES or spoke:
                out.append(ctx.span(a, b, "SPEAKER", {"name": name, "country": country, "role": role},
                                    f"{rule}+role:{role or 'spoke'}"))
            else:
                out.append(ctx.span(a, b, "PERSON", {"name": name}, rule))
        return out


def _strip_title(text, a, b):
    while True:
        m = TITLES.match(text, a, b)
        if not m:
            return a, b
        a = m.end()


def _looks_like_name(s: str) -> bool:
    words = [m.group() for m in TOKEN.finditer(s)]
    if not (1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if w not in ("-", "’"))):
        return False
    # at least one word no dictionary explains as a common word («Секретариатом» is not a name)
    return any(_unexplained(w) for w in words if w[:1].isalpha())


def _overlaps_country(countries, a, b):
    return any(c.start < b and a < c.end for c in countries)


def _role(before: str):
    """The role word nearest before the name, within its sentence."""
    best, best_key, best_pos = None, (-1, 0), -1
    window = before[-250:]
    for rx, role in ROLES:
        for m in rx.finditer(window):
            key = (m.end(), m.end() - m.start())  # nearest to the name, then longest
            if key > best_key:
                best, best_key, best_pos = role, key, m.start()
    if best == "представитель" and not re.search(r"представител\w*\s+[А-ЯЁ]", window[best_pos:]):
        # «представители следующих государств: …» is about states, not this person
        best = None if re.search(r"представител\w+\s+следующ", window[best_pos:]) else best
    return best


def _country(text, end, countries, sent, start):
    """Code of the bracketed country after the name, or of the state the
    sentence says the person represents."""
    m = re.match(r"\s*\(", text[end:end + 3])
    if m:
        pos = end + m.end()
        for c in countries:
            if c.start == pos:
                return c.norm["code"]
    if sent is not None:
        rep = None
        for m in re.finditer(r"представител\w*", text[sent.start:start], re.I):
            rep = sent.start + m.end()
        if rep is not None:
            after = [c for c in countries if rep <= c.start < start]
            if after:
                return after[0].norm["code"]
    return None
