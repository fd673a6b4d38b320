"""The gold is valid: offsets, schema, no duplicates or same-label overlaps."""

import json

from conftest import GOLD
from ie.validate import problems


def test_annotations_gold_valid(seeds):
    records = [json.loads(l) for l in GOLD.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert sorted(r["doc_id"] for r in records) == sorted(seeds)
    for rec in records:
        assert problems(rec, seeds[rec["doc_id"]]) == []


def test_annotations_cover_every_label():
    labels = {s["label"] for l in GOLD.read_text(encoding="utf-8").splitlines() for s in json.loads(l)["spans"]}
    assert {"COUNTRY", "DATE", "MEETING", "RESOLUTION", "SPEAKER", "DOCUMENT"} <= labels
