"""The scorer: figures computed by hand."""

import dataclasses

from ie.doc import Document
from ie.evaluate import errors, score


def test_evaluate_gold_against_itself(gold):
    result = score(gold, gold)
    for lab, v in result["labels"].items():
        assert v["exact"]["f1"] == 1.0 and v["partial"]["f1"] == 1.0
        assert v["norm_accuracy"] in (1.0, None)
    assert result["micro"]["exact"]["f1"] == 1.0


def test_evaluate_hand_computed(gold):
    """One span removed, one shifted by a character, one with a wrong norm."""
    doc = next(d for d in gold if d.doc_id.startswith("004"))
    countries = [s for s in doc.spans if s.label == "COUNTRY"]
    n = len(countries)  # gold COUNTRY spans in this document
    removed, shifted, renamed = countries[0], countries[1], countries[2]
    spans = [s for s in doc.spans if s not in (removed, shifted, renamed)]
    spans.append(dataclasses.replace(shifted, end=shifted.end - 1, text=shifted.text[:-1]))
    spans.append(dataclasses.replace(renamed, norm={**renamed.norm, "code": "XX"}))
    pred = Document.from_json({**doc.to_json(), "spans": [s.to_json() for s in spans]})
    gold_one = [doc]
    c = score(gold_one, [pred], ["COUNTRY"])["labels"]["COUNTRY"]
    # exact: tp = n - 2 (removed and shifted miss), fp = 1 (shifted), fn = 2
    tp, fp, fn = n - 2, 1, 2
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert c["exact"]["tp"] == tp and c["exact"]["fp"] == fp and c["exact"]["fn"] == fn
    assert c["exact"]["precision"] == round(p, 4)
    assert c["exact"]["recall"] == round(r, 4)
    assert c["exact"]["f1"] == round(2 * p * r / (p + r), 4)
    # partial: the shifted span overlaps its gold: every pred overlaps, one gold unmatched
    assert c["partial"]["precision"] == 1.0
    assert c["partial"]["recall"] == round((n - 1) / n, 4)
    # norm: one of the tp matches has the wrong code
    assert c["norm_accuracy"] == round((tp - 1) / tp, 4)
    kinds = sorted(e.kind for e in errors(gold_one, [pred], ["COUNTRY"]))
    assert kinds == ["boundary", "missing", "norm"]


def test_evaluate_refuses_other_text(gold):
    import pytest

    from ie.evaluate import ScoreError

    doc = gold[0]
    other = Document.from_json({**doc.to_json(), "text_sha256": "0" * 64})
    with pytest.raises(ScoreError, match=doc.doc_id):
        score([doc], [other])
