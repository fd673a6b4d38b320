"""Shared, heavy fixtures: loaded once per test session."""

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "annotations" / "gold.jsonl"


def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def hyphen_rows():
    lines = (l for l in (ROOT / "tests" / "data" / "hyphens.tsv").open(encoding="utf-8") if not l.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.fixture(scope="session")
def seeds():
    return seed_texts()


@pytest.fixture(scope="session")
def pipeline():
    from ie.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_docs(seeds, pipeline):
    return {doc_id: pipeline(text, doc_id) for doc_id, text in seeds.items()}


@pytest.fixture(scope="session")
def gold():
    from ie.formats.jsonl import read_jsonl

    return read_jsonl(GOLD)
