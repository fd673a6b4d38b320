"""Tables: spans and meetings as DataFrames, Parquet and CSV from the command line."""

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT, SEEDS


def ie(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "ie.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def frame(seed_docs):
    import ie as ie_pkg

    return ie_pkg.to_frame(list(seed_docs.values()))


def test_table_frame_one_row_per_span_offsets_exact(frame, seed_docs, seeds):
    assert len(frame) == sum(len(d.spans) for d in seed_docs.values())
    for row in frame.itertuples():
        assert seeds[row.doc_id][row.start:row.end] == row.text


@pytest.mark.parametrize("text, norm, start, end, granularity", [
    ("17–21 октября 2022 года", {"start": "2022-10-17", "end": "2022-10-21"}, "2022-10-17", "2022-10-21", "day"),
    ("мае 2022 года", {"start": "2022-05", "end": "2022-05"}, "2022-05-01", "2022-05-01", "month"),
    ("2013 по 2019 год", {"start": "2013", "end": "2019"}, "2013-01-01", "2019-01-01", "year"),
])
def test_table_dates_are_dates_at_their_first_day(text, norm, start, end, granularity):
    from ie.doc import Document, Span
    from ie.formats.table import to_frame

    row = to_frame(Document("d", text, (Span(0, len(text), "DATE", text, norm),))).iloc[0]
    assert (str(row.date_start.date()), str(row.date_end.date()), row.granularity) == (start, end, granularity)
    assert not row.year_inferred


def test_table_meeting_ordinal_list_stays_one_row(frame):
    rows = frame[frame.text == "1-м и 2-м заседаниях"]
    assert len(rows) == 1
    assert rows.iloc[0].ordinal == 1 and list(rows.iloc[0].ordinals) == [1, 2]
    assert rows.iloc[0].unit == "заседание"


def test_table_norm_fields_by_label(frame):
    country = frame[(frame.label == "COUNTRY") & (frame.code == "BR")].iloc[0]
    assert country["name"] == "Бразилия" and pd.isna(country.date_start) and pd.isna(country.ordinal)
    res = frame[frame.label == "RESOLUTION"].iloc[0]
    assert res.kind in ("резолюция", "решение") and ("/" in res.number or "(" in res.number)
    doc = frame[frame.label == "DOCUMENT"].iloc[0]
    assert doc.symbol.isascii()
    assert frame.year_inferred.dropna().any()  # «27 июня» after a full date


def test_table_extract_parquet_typed_columns(tmp_path, frame):
    out = tmp_path / "spans.parquet"
    r = ie("extract", str(SEEDS), "--jobs", "1", "-o", str(out))
    assert r.returncode == 0, r.stderr
    back = pd.read_parquet(out)
    assert list(back.columns) == list(frame.columns)
    assert back.start.dtype == "int64" and back.end.dtype == "int64"
    assert str(back.date_start.dtype).startswith("datetime64") and str(back.date_end.dtype).startswith("datetime64")
    assert str(back.ordinal.dtype) == "Int64" and str(back.year_inferred.dtype) == "boolean"
    scalar = [c for c in frame.columns if c not in ("ordinals", "rule")]
    pd.testing.assert_frame_equal(back[scalar], frame[scalar])
    assert [list(x) if x is not None else None for x in back.ordinals] == list(frame.ordinals)
    assert sorted(back.label.unique()) == sorted(frame.label.unique())


def test_table_parquet_of_extract_validates_and_scores_as_its_jsonl(tmp_path):
    empty = tmp_path / "in" / "empty.txt"  # a document without spans is kept too
    empty.parent.mkdir()
    empty.write_text("Без сущностей.\n", encoding="utf-8")
    for name in ("001_81b33d89fe5a526d", "004_5add8d988d270d36"):
        (tmp_path / "in" / f"{name}.txt").write_bytes((SEEDS / f"{name}.txt").read_bytes())
    table, lines = tmp_path / "x.parquet", tmp_path / "x.jsonl"
    for out in (table, lines):
        assert ie("extract", str(tmp_path / "in"), "-o", str(out)).returncode == 0
    r = ie("validate", str(table), "--texts", str(tmp_path / "in"))
    assert r.returncode == 0 and "valid (schema, texts and offsets)" in r.stdout, r.stderr
    scores = [json.loads(ie("evaluate", str(lines), str(pred), "--json").stdout) for pred in (lines, table)]
    assert scores[0] == scores[1] and scores[1]["micro"]["exact"]["f1"] == 1.0
    gold = [json.loads(x)["doc_id"] for x in lines.read_text(encoding="utf-8").splitlines()]
    assert "empty" in gold
    bad = tmp_path / "bad.parquet"
    bad.write_text("{}")
    r = ie("validate", str(bad))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "not a Parquet table of spans" in r.stderr


def test_table_extract_csv_and_unknown_suffix(tmp_path):
    out = tmp_path / "spans.csv"
    r = ie("extract", str(SEEDS / "004_5add8d988d270d36.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    back = pd.read_csv(out)
    assert {"doc_id", "start", "end", "label", "text", "code", "date_start"} <= set(back.columns)
    bad = tmp_path / "spans.xlsx"
    r = ie("extract", str(SEEDS / "004_5add8d988d270d36.txt"), "-o", str(bad))
    assert r.returncode != 0 and r.stderr.startswith("ie: error:") and "Traceback" not in r.stderr
    assert os.listdir(tmp_path) == ["spans.csv"]


def test_table_meetings_command_jsonl_and_parquet(tmp_path, seed_docs):
    jl, pq = tmp_path / "m.jsonl", tmp_path / "m.parquet"
    assert ie("meetings", str(SEEDS), "-o", str(jl)).returncode == 0
    records = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == sorted(seed_docs)
    assert records == [seed_docs[r["doc_id"]].meeting.to_json() for r in records]
    r = ie("meetings", str(SEEDS), "-o", str(pq))
    assert r.returncode == 0, r.stderr
    back = pd.read_parquet(pq).set_index("doc_id")
    m = seed_docs["004_5add8d988d270d36"].meeting
    row = back.loc["004_5add8d988d270d36"]
    assert str(row.date_start.date()) == m.dates["start"] and row.city == m.city["value"]
    assert list(row.speakers) == [s["code"] for s in m.speakers] and row.n_speakers == len(m.speakers)
    assert str(back.session_ordinal.dtype) == "Int64"


def test_table_meetings_bad_input_one_line_no_output(tmp_path):
    out = tmp_path / "m.parquet"
    r = ie("meetings", str(tmp_path / "missing.txt"), "-o", str(out))
    assert r.returncode != 0 and r.stderr.startswith("ie: error:") and len(r.stderr.splitlines()) == 1
    assert not out.exists() and os.listdir(tmp_path) == []


def test_table_year_less_dates_have_no_day_but_keep_their_norm():
    import ie

    frame = ie.to_frame([ie.extract("Совещание состоится 27 июня в Вене.")])
    row = frame[frame.label == "DATE"].iloc[0]
    assert row.text == "27 июня" and row.granularity == "day-no-year"
    assert row.date_start is None or str(row.date_start) == "NaT"
    assert "--06-27" in row.norm
