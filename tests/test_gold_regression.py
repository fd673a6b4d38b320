"""Gold regression: the pipeline against every gold set in the repository.

Each label's exact F1 has a floor just under the figure measured when the
floor was set; a change that loses accuracy anywhere fails here.  Raise a
floor when a set improves (the figures come from
`ie evaluate GOLD --run --texts DIR`).
"""

from pathlib import Path

import pytest

from ie.evaluate import score
from ie.formats.jsonl import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LABELS = ("COUNTRY", "DATE", "MEETING", "RESOLUTION", "SPEAKER", "PERSON", "DOCUMENT")
# exact F1 floors, in LABELS order, and the micro F1 floor
FLOORS = {
    "seeds": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
    "real": ((1.0, 0.99, 1.0, 1.0, 0.96, 0.95, 1.0), 0.98),
    "real_numbers": ((1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0), 0.995),
    "real2": ((1.0, 1.0, 1.0, 1.0, 0.98, 0.97, 1.0), 0.995),
    "real3": ((1.0, 0.98, 1.0, 1.0, 0.91, 0.93, 1.0), 0.975),
    "real4": ((1.0, 1.0, 1.0, 0.98, 0.76, 0.93, 0.98), 0.99),
    "real5": ((0.99, 0.99, 0.99, 1.0, 0.92, 0.94, 1.0), 0.98),
    "real6": ((0.99, 0.99, 1.0, 1.0, 1.0, 1.0, 1.0), 0.995),
    "real7": ((0.99, 0.99, 1.0, 1.0, 0.9, 0.89, 1.0), 0.97),
    "real8": ((0.98, 0.97, 1.0, 1.0, 0.82, 0.86, 1.0), 0.955),
    "real9": ((0.99, 0.98, 1.0, 1.0, 0.94, 0.96, 1.0), 0.98),
    "real10": ((0.98, 0.99, 0.97, 1.0, 0.83, 0.83, 1.0), 0.975),
    "real13": ((1.0, 0.98, 1.0, 1.0, 0.96, 0.96, 1.0), 0.99),
    "real14": ((1.0, 0.98, 1.0, 0.96, 1.0, 0.66, 1.0), 0.975),
    "real15": ((1.0, 0.98, 1.0, 1.0, 0.84, 0.94, 1.0), 0.97),
    "real16": ((0.99, 1.0, 1.0, 1.0, 0.7, 0.8, 1.0), 0.92),
    "real17": ((1.0, 0.97, 1.0, 1.0, 0.85, 0.79, 0.93), 0.985),
    "real18": ((0.99, 1.0, 1.0, 1.0, 0.82, 0.9, 1.0), 0.95),
    "real19": ((1.0, 0.98, 1.0, 1.0, 0.9, 0.9, 1.0), 0.97),
    "real20": ((1.0, 0.97, 1.0, 0.99, 1.0, 0.88, 1.0), 0.985),
    "real21": ((1.0, 1.0, 1.0, 1.0, 0.42, 0.84, 1.0), 0.915),
    "real22": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
    "real23": ((1.0, 1.0, 1.0, 1.0, 1.0, 0.87, 1.0), 0.955),
    "real24": ((1.0, 0.99, 1.0, 1.0, 1.0, 1.0, 1.0), 0.995),
    "real25": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
    "real26": ((1.0, 1.0, 1.0, 1.0, 0.72, 0.8, 1.0), 0.93),
    "real27": ((1.0, 0.92, 1.0, 1.0, 0.94, 0.95, 1.0), 0.965),
    "real28": ((1.0, 0.98, 1.0, 1.0, 0.9, 0.94, 1.0), 0.965),
    "real29": ((0.97, 0.96, 0.9, 1.0, 0.84, 0.85, 1.0), 0.92),
    "real30": ((0.93, 0.95, 1.0, 1.0, 0.89, 0.94, 1.0), 0.935),
    "real31": ((0.97, 0.99, 0.95, 1.0, 0.85, 0.86, 0.85), 0.93),
    "real32": ((0.97, 0.92, 0.99, 1.0, 0.78, 0.8, 0.99), 0.9),
    "real33": ((0.97, 0.95, 0.95, 1.0, 0.84, 0.9, 0.85), 0.935),
    "real34": ((0.98, 0.9, 0.99, 1.0, 0.9, 0.94, 0.99), 0.955),
    "real35": ((0.98, 0.97, 0.99, 1.0, 0.9, 0.95, 0.88), 0.97),
    "real36": ((0.98, 0.95, 0.99, 1.0, 0.87, 0.65, 0.94), 0.935),
    "synth1": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
    "synth2": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
    "synth3": ((1.0, 1.0, 1.0, 1.0, 0.97, 0.94, 1.0), 0.995),
    "synth4": ((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1.0),
}
# set: (gold, texts); every set with floors is checked
SETS = {name: (ROOT / "annotations" / "gold.jsonl", ROOT / "seeds") if name == "seeds"
        else (DATA / name / "gold.jsonl", DATA / name) for name in FLOORS}


@pytest.fixture(scope="module")
def predictions(pipeline):
    """set -> (gold records, the pipeline's Documents for them)."""
    out = {}
    for name, (gold_path, texts) in SETS.items():
        gold = read_jsonl(gold_path)
        out[name] = gold, [pipeline((texts / f"{g.doc_id}.txt").read_text(encoding="utf-8"), g.doc_id)
                           for g in gold]
    return out


@pytest.fixture(scope="module")
def scores(predictions):
    return {name: score(gold, pred) for name, (gold, pred) in predictions.items()}


@pytest.mark.parametrize("name", list(SETS))
def test_gold_regression_no_label_slides_back(scores, name):
    labels, micro = FLOORS[name]
    got = scores[name]
    slid = {lab: round(got["labels"][lab]["exact"]["f1"], 4) for lab, floor in zip(LABELS, labels)
            if got["labels"][lab]["exact"]["f1"] < floor - 1e-9}
    assert not slid, f"{name}: exact F1 under its floor: {slid}"
    assert got["micro"]["exact"]["f1"] >= micro - 1e-9


def test_gold_regression_saved_model_gives_extracts_spans_on_every_set(predictions):
    """``models/ru_un_ie`` (its saved resources) reproduces ``ie.extract``
    exactly; rebuild it with ``ie build-model`` after changing ``ie/data``."""
    import spacy

    from ie.spacy_component import to_document

    nlp = spacy.load(ROOT / "models" / "ru_un_ie")
    for name, (_, docs) in predictions.items():
        for doc in docs:
            got = to_document(nlp(doc.text), doc.doc_id)
            assert [s.to_json() for s in got.spans] == [s.to_json() for s in doc.spans], (
                f"{name}/{doc.doc_id}: the saved model differs from ie.extract; run `ie build-model`")

