"""SPEAKER and PERSON: named people, the name alone, in the nominative.

Candidates are gathered by :mod:`.gather` from these sources (and a few more
shapes: initials, Latin names, photo credits, letter-spaced names), merged:

- ``ner``: slovnet PER spans, run only on sentences that hold a capitalised
  word the gazetteers and rules do not explain (see :func:`needs_ner`);
- ``name-bracket``: 2–5 capitalised words right before a bracketed country
  («Хельга Гайер (Германия)»), the panel and chair pattern of UN reports;
- ``title-name``: the words after «г-н»/«г-жа» and their cases;
- ``rep-name``: the words after «представитель <страны>»;
- ``later-mention``: a surname alone, once the full name is known
  («Г-жа Забелина» after «Мария Александровна Забелина»).

Titles («Ее Превосходительство», «г-жа», «Посол») are cut off.  A person is a
SPEAKER when a role word governs the name in its sentence (chair, co-chair,
panel member, representative, rapporteur, moderator) or the sentence says
the person spoke, opened or presented; otherwise a PERSON.  The country comes
from the bracket after the name, or from «представитель <страны>» before it.

Each span's ``rule`` is its decision chain, which ``ie explain`` prints: the
candidate source, the role and the country with where each came from, and
why SPEAKER or PERSON («title-name > role:председатель (heading) > SPEAKER:
seat role», «ner > PERSON: reported speech, no meeting in view»).  The word
lists the rules read are data files (``ie/data/words/``, :mod:`.words`).

Where each decision lives: a mention's own facts — its role, its state, its
name as written and in the nominative, what the words around it say of the
floor — in :mod:`.mention` (a :class:`~.mention.Mention`); the label in
:mod:`.verdict`, the floor's evidence first and then its named steps in
order (:data:`~.verdict.STEPS`); the floor told elsewhere in the page in
:mod:`.floor`; news pages (a chair of another body, a spokesperson, words
said outside the meeting) in :mod:`.press`; one name and one label per
person in :mod:`.consistent`.
"""

from __future__ import annotations

from .candidates import _later_mentions, needs_ner
from .spans import _Countries
from .consistent import one_label_per_person, one_name_per_person
from .edges import latin_aliases
from .gather import gather
from .mention import Page, read_mention
from .names import nominative_name
from .oblique import fold_lookalikes
from .patterns import TURNED_APOSTROPHE
from .press import bilateral
from .verdict import OUTSIDE_WHY, decide, span_of

__all__ = ["PersonExtractor", "needs_ner", "nominative_name"]


class PersonExtractor:
    labels = ("SPEAKER", "PERSON")

    def __init__(self, use_ner: str = "auto"):
        self.use_ner = use_ner  # "auto" (restricted), "all" or "none"

    def warm(self):
        if self.use_ner != "none":
            from ...ner import tagger

            tagger()

    def __call__(self, ctx):
        text = fold_lookalikes(ctx.text)  # «пο Эбοле», «Чурκин»: letters of other scripts read as Cyrillic (same offsets)
        text = TURNED_APOSTROPHE.sub("’", text)  # «Д‘Эското»: a turned comma for the apostrophe (same offsets)
        countries = _Countries(ctx.of("COUNTRY"))
        cands, hints, labels, taken = gather(ctx, text, countries, self.use_ner)
        page = Page(ctx, text, countries, hints, labels, taken, bilateral(text))
        own = {}
        for (a, b), rule in sorted(cands.items()):
            m = read_mention(page, a, b, rule)
            v = decide(page, m)
            span = span_of(page, m, v)
            page.out.append(span)
            if span.label == "PERSON":
                if v.why in OUTSIDE_WHY:
                    page.outside_names.add(m.name.split()[-1])  # (the surnames whose words the page puts outside the meeting)
                own[(a, b)] = (v.role, m.country)  # what the mention would say as a SPEAKER (consistent.py)
        out = page.out
        people = one_name_per_person(ctx, _later_mentions(ctx, latin_aliases(ctx, out, cands), cands, countries))
        return one_label_per_person(ctx, people, own, countries)  # (one name first: the label goes by the name)
