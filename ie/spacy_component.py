"""The ``un_ie`` spaCy component: the ie pipeline inside a spaCy ``Language``.

Registered as a factory (and as a ``spacy_factories`` entry point, so
``spacy.blank("ru").add_pipe("un_ie")`` works once ``ie`` is installed).  It
runs the ie pipeline on ``doc.text`` and puts every span into
``doc.spans["ie"]``:

- tokens are split at every span boundary (``doc.retokenize``), so each span
  is exactly its characters: ``span.text`` is the span's text («A/78/L.5»
  out of «A/78/L.5,A/78/L.6»); its offsets are also ``span._.exact``
  (``(start, end)``) and ``span._.exact_text``;
- the longest spans that do not overlap are also ``doc.ents`` (displaCy's
  ``style="ent"``), and the component's ``labels`` go into ``meta.json``;
- its normalised value is ``span._.norm``.  Norms live in
  ``doc.user_data["ie_norms"]`` keyed by ``"start:end:LABEL"`` of the EXACT
  offsets, and each span carries its exact offsets as its span id
  (``span.id_ == "start:end"``), so two spans that expand to the same tokens
  never share a value (extension values keyed by token offsets collide,
  spaCy issue #9706).

``nlp.to_disk`` saves, beside the config (which holds the ``ner`` setting:
where slovnet NER runs, and the spans key), the component's resources whole
(every data file of ``ie.resources``: gazetteer, months, numerals, bodies,
hyphen exceptions, symbol prefixes, word lists); ``from_disk`` uses the saved
files, so a model folder carries the data it was built with and reproduces
``ie.extract`` exactly.

>>> import spacy
>>> nlp = spacy.blank("ru")
>>> _ = nlp.add_pipe("un_ie")
>>> doc = nlp("Выступили представители Брази-\\nлии.")
>>> [(s.text, s.label_, s._.norm["code"], s._.exact) for s in doc.spans["ie"]]
[('Брази-\\nлии', 'COUNTRY', 'BR', (24, 34))]
>>> [(e.text, e.label_) for e in doc.ents]
[('Брази-\\nлии', 'COUNTRY')]

``python -m ie.spacy_component build models/ru_un_ie`` (or ``ie build-model``)
writes the bundled model with its card.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doc import LABELS, Document
from .doc import Span as IESpan
from .resources import Resources, default

__all__ = ["UnIE", "make_un_ie", "to_document", "build_model", "split_at", "SPANS_KEY", "NORMS"]

SPANS_KEY = "ie"
NORMS = "ie_norms"  # doc.user_data key: {"start:end:LABEL": norm}


def _exact(span):
    """Exact original offsets of a span made by the component (its id), else
    its own character offsets."""
    sid = span.id_
    if sid and ":" in sid:
        a, _, b = sid.partition(":")
        if a.isdigit() and b.isdigit():
            return int(a), int(b)
    return span.start_char, span.end_char


def _norm(span):
    a, b = _exact(span)
    return span.doc.user_data.get(NORMS, {}).get(f"{a}:{b}:{span.label_}")


def _exact_text(span):
    a, b = _exact(span)
    return span.doc.text[a:b]


for _name, _getter in (("norm", _norm), ("exact", _exact), ("exact_text", _exact_text)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter)


class UnIE:
    """Runs the ie pipeline on ``doc.text``; spans into ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language | None = None, name: str = "un_ie", *,
                 spans_key: str = SPANS_KEY, ner: str = "auto"):
        if ner not in ("auto", "all", "none"):
            raise ValueError(f"ner must be auto, all or none, not {ner!r}")
        self.name = name
        self.spans_key = spans_key
        self.ner = ner
        self.resources = default()  # the data this component carries (from_disk: the saved data)
        self._pipeline = None

    @property
    def pipeline(self):
        """The ie Pipeline, built on first use with this component's resources."""
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline(ner=self.ner, resources=self.resources)
        return self._pipeline

    def extract(self, text: str, doc_id: str | None = None) -> Document:
        """The ie Document of ``text`` with this component's data."""
        return self.pipeline(text, doc_id)

    @property
    def labels(self) -> tuple:
        """The labels this component assigns (listed in the saved meta.json)."""
        return tuple(LABELS)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        result = self.extract(doc.text)
        split_at(doc, [x for s in result.spans for x in (s.start, s.end)])
        group, norms = [], {}
        for s in result.spans:
            span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="strict",
                                 span_id=f"{s.start}:{s.end}")
            if span is None:  # inside white space the tokenizer keeps whole: the nearest tokens
                span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand",
                                     span_id=f"{s.start}:{s.end}")
            if span is None:
                continue
            group.append(span)
            norms[f"{s.start}:{s.end}:{s.label}"] = s.norm
        doc.spans[self.spans_key] = group
        doc.set_ents(filter_spans(group), default="outside")
        doc.user_data.setdefault(NORMS, {}).update(norms)
        return doc

    def pipe(self, docs, batch_size: int = 16):
        for doc in docs:
            yield self(doc)

    # --- serialisation: the data travels with the model folder -----------------

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.resources.save(path)

    def from_disk(self, path, exclude=tuple()):
        self.resources = Resources.load(path)
        self._pipeline = None
        return self


def split_at(doc: Doc, offsets) -> Doc:
    """Split ``doc``'s tokens so that every character offset in ``offsets``
    is a token boundary (the last piece keeps the token's trailing space).

    >>> import spacy
    >>> doc = spacy.blank("ru")("Совета77/1 и RES/78,5")
    >>> [t.text for t in doc]
    ['Совета77/1', 'и', 'RES/78,5']
    >>> [t.text for t in split_at(doc, [6, 10, 13, 19])]
    ['Совета', '77/1', 'и', 'RES/78', ',5']
    """
    cuts = sorted(set(offsets))
    plans = []
    for token in doc:
        a, b = token.idx, token.idx + len(token.text)
        inside = [c - a for c in cuts if a < c < b]
        if inside:
            bounds = [0, *inside, len(token.text)]
            plans.append((token, [token.text[x:y] for x, y in zip(bounds, bounds[1:])]))
    if plans:
        with doc.retokenize() as retokenizer:
            for token, orths in plans:
                retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
    return doc


@Language.factory("un_ie", assigns=["doc.spans", "doc.ents"], default_config={"spans_key": SPANS_KEY, "ner": "auto"})
def make_un_ie(nlp: Language, name: str, spans_key: str, ner: str) -> UnIE:
    """The ie pipeline as a spaCy component (spans in ``doc.spans[spans_key]``)."""
    return UnIE(nlp, name, spans_key=spans_key, ner=ner)


def to_document(doc: Doc, doc_id: str | None = None, spans_key: str = SPANS_KEY) -> Document:
    """An ie Document (exact offsets and norms) from a Doc the component made."""
    spans = []
    for sp in doc.spans[spans_key] if spans_key in doc.spans else ():
        a, b = sp._.exact
        spans.append(IESpan(a, b, sp.label_, doc.text[a:b], dict(sp._.norm or {})))
    return Document(doc_id, doc.text, tuple(spans))


# --- the bundled model ---------------------------------------------------------

def _scores(nlp, gold_path: Path, seeds: Path) -> dict:
    from .evaluate import score
    from .formats.jsonl import read_jsonl
    from .sources import decode

    gold = read_jsonl(gold_path)
    pred = []
    for g in gold:
        text = decode((seeds / f"{g.doc_id}.txt").read_bytes(), g.doc_id)
        pred.append(to_document(nlp(text), g.doc_id))
    return score(gold, pred)


CARD = """# ru_un_ie — the ie rules as a spaCy pipeline

A spaCy pipeline (`spacy.blank("ru")` tokenizer + the `un_ie` component) that
finds what `ie.extract` finds in Russian UN meeting documents: COUNTRY, DATE,
MEETING, RESOLUTION, SPEAKER, PERSON and DOCUMENT spans with their normalised
values.

```python
import spacy
nlp = spacy.load("models/ru_un_ie")          # needs the ie package installed
doc = nlp(open("seeds/004_5add8d988d270d36.txt", encoding="utf-8").read())
for span in doc.spans["ie"]:
    print(span.label_, span._.exact, span._.exact_text, span._.norm)
```

`spacy.displacy.render(doc, style="span", options={{"spans_key": "ie"}})` shows it.

## What it contains

| file | what |
|---|---|
| `config.cfg`, `meta.json` | the pipeline (`un_ie`: spans_key `{spans_key}`, ner `{ner}`) and this card's facts |
| `tokenizer`, `vocab/` | spaCy's Russian tokenizer (rules only, no vectors) |
| `un_ie/countries.tsv` | the country gazetteer (names, variants, abbreviations, Latin names); every case form is generated from it with pymorphy3 when the model loads |
| `un_ie/months.tsv`, `un_ie/numerals.tsv` | month names and ordinal/cardinal words (every case form generated) |
| `un_ie/bodies.tsv` | UN bodies that adopt resolutions and decisions |
| `un_ie/hyphen_exceptions.txt` | line-end hyphens that are compounds or soft breaks |
| `un_ie/symbol_prefixes.txt` | the first segments of UN document symbols |
| `un_ie/words/` | the person layer's word lists, when the package has them |

These are the package's resources whole (`ie.resources.Resources`): loading
the model gives exactly `ie.extract`'s spans with the data it was built with.

No weights are trained: the component runs the rules of the `ie` package
(version {ie_version}) with the data above, and slovnet NER with navec
embeddings from natasha's wheel for names.  The `ie` package must be
installed; it registers the `un_ie` factory as a spaCy entry point.

## How it was built

    ie build-model models/ru_un_ie

(= `python -m ie.spacy_component build models/ru_un_ie`): a blank Russian
pipeline, `add_pipe("un_ie")`, `nlp.to_disk`, then the seed gold is scored
through the saved model and written into this card and `meta.json`.
Rebuild after changing `ie/data/` or the rules.

## Scores

Exact (start, end, label) matches on the seed gold (`annotations/gold.jsonl`,
{n_docs} documents, {n_gold} spans), spans taken from the saved model (exact
offsets, `span._.exact`), the same numbers as
`ie evaluate annotations/gold.jsonl --run`:

| label | gold | pred | P | R | F1 | norm acc |
|---|---|---|---|---|---|---|
{rows}

## Limits

- The gold is the five seed documents the rules were written against: these
  scores say the model reproduces the annotated decisions, not how it does
  on unseen documents.  Expect lower numbers on other bodies' reports.
- Spans are aligned to spaCy tokens: one that starts or ends inside a token
  (two symbols joined by a hyphen, «E/2022/28-E/CN.7/2022/14», where spaCy
  makes «28-E» one token) is expanded to whole tokens in `doc.spans["ie"]`;
  the exact characters are `span._.exact` / `span._.exact_text`, and each
  span's norm is its own (`span._.norm`, keyed by the exact offsets).
- Russian only; text as pulled from PDFs is expected (hyphen breaks, page
  headers), other layouts are read as plain text.
- PERSON has no gold spans in the seeds, so its score says nothing.
"""


def _fmt(x):
    return "-" if x is None else f"{x:.3f}"


def build_model(output, gold: Path | None = None, seeds: Path | None = None) -> dict:
    """Save the ``un_ie`` pipeline to ``output`` with its card (README.md and
    meta.json, scored on the seed gold); return the scores."""
    import spacy

    from . import __version__
    from .errors import InputError
    from .resources import seeds_dir

    root = Path(__file__).resolve().parent.parent
    gold = Path(gold) if gold else root / "annotations" / "gold.jsonl"
    seeds = Path(seeds) if seeds else seeds_dir()
    if not gold.is_file():
        raise InputError(f"{gold}: no such file (the gold to score the model on)")
    output = Path(output)
    if output.exists() and not output.is_dir():
        raise InputError(f"{output}: exists and is not a folder")
    nlp = spacy.blank("ru")
    comp = nlp.add_pipe("un_ie")
    tmp = output.with_name(f".{output.name}.tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        nlp.to_disk(tmp)
        saved = spacy.load(tmp)
        result = _scores(saved, gold, seeds)
        labels = result["labels"]
        nlp.meta.update({
            "name": "un_ie", "version": __version__,
            "description": "Entities of Russian UN meeting documents (the ie rules as a spaCy pipeline): "
                           "spans in doc.spans['ie'], norms in span._.norm",
            "author": "ie",
            "requirements": [f"ie>={__version__}"],
            "sources": [{"name": "ie seed gold", "url": "annotations/gold.jsonl"}],
            "performance": {
                "spans_ie_f": result["micro"]["exact"]["f1"],
                "spans_ie_p": result["micro"]["exact"]["precision"],
                "spans_ie_r": result["micro"]["exact"]["recall"],
                "spans_ie_per_type": {lab: {"p": v["exact"]["precision"], "r": v["exact"]["recall"],
                                            "f": v["exact"]["f1"], "norm_acc": v.get("norm_accuracy")}
                                      for lab, v in labels.items()},
            },
        })
        nlp.to_disk(tmp)  # again, with the scores in meta.json
        rows = []
        for lab, v in list(labels.items()) + [("micro", result["micro"])]:
            e = v["exact"]
            rows.append(f"| {lab} | {v['gold']} | {v['pred']} | {_fmt(e['precision'])} | "
                        f"{_fmt(e['recall'])} | {_fmt(e['f1'])} | {_fmt(v.get('norm_accuracy'))} |")
        (tmp / "README.md").write_text(CARD.format(
            spans_key=comp.spans_key, ner=comp.ner, ie_version=__version__, rows="\n".join(rows),
            n_docs=_count_docs(gold), n_gold=result["micro"]["gold"]),
            encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        tmp.rename(output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


def _count_docs(gold: Path) -> int:
    with open(gold, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[0] != "build":
        print("usage: python -m ie.spacy_component build OUTPUT_FOLDER", file=sys.stderr)
        return 2
    result = build_model(argv[1])
    print(f"{argv[1]}: micro F1 {result['micro']['exact']['f1']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
