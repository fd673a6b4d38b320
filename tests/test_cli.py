"""The command line: outputs, and bad input handled in one line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS


def ie(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "ie.cli", *args], capture_output=True, text=True,
                          input=stdin, cwd=cwd or ROOT, env={**os.environ, "COLUMNS": "200"})


def test_cli_extract_seeds_offsets_exact(tmp_path):
    out = tmp_path / "spans.jsonl"
    r = ie("extract", str(SEEDS), "-o", str(out))
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    assert sum(len(rec["spans"]) for rec in records) > 200
    for rec in records:
        text = (SEEDS / f"{rec['doc_id']}.txt").read_text(encoding="utf-8")
        for s in rec["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_cli_extract_stdin_to_stdout():
    r = ie("extract", "-", stdin="Делегация Фран-\nции.")
    assert r.returncode == 0
    rec = json.loads(r.stdout)
    assert rec["doc_id"] == "stdin" and rec["spans"][0]["norm"]["code"] == "FR"


def _no_leftovers(folder):
    return [p.name for p in Path(folder).iterdir() if p.name != "in"]


@pytest.mark.parametrize("case", ["missing", "empty_folder", "not_utf8", "binary"])
def test_cli_extract_bad_input_one_line_no_file(tmp_path, case):
    src = tmp_path / "in"
    src.mkdir()
    if case == "missing":
        arg = str(src / "nope.txt")
    elif case == "empty_folder":
        arg = str(src)
    elif case == "not_utf8":
        (src / "a.txt").write_bytes("Франция".encode("cp1251"))
        arg = str(src / "a.txt")
    else:
        (src / "b.txt").write_bytes(b"\x00\x01\x02ELF\x00")
        arg = str(src / "b.txt")
    out = tmp_path / "out.jsonl"
    r = ie("extract", arg, "-o", str(out))
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ie: error:"), r.stderr
    assert "Traceback" not in r.stderr
    assert _no_leftovers(tmp_path) == []
    if case == "not_utf8":
        assert "byte 0" in lines[0] and "--encoding" in lines[0]


def test_cli_extract_encoding_option(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Делегация Франции.".encode("cp1251"))
    r = ie("extract", str(p), "--encoding", "cp1251")
    assert r.returncode == 0
    assert json.loads(r.stdout)["spans"][0]["text"] == "Франции"


def test_cli_extract_empty_file_gives_empty_record(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = ie("extract", str(p))
    assert r.returncode == 0
    assert json.loads(r.stdout) == {"doc_id": "empty", "text_sha256": json.loads(r.stdout)["text_sha256"], "spans": []}


def test_cli_extract_skip_bad_goes_on(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "good.txt").write_text("Франция", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    r = ie("extract", str(tmp_path), "--skip-bad", "-o", str(out))
    assert r.returncode == 0
    assert "skipped" in r.stderr and "bad.txt" in r.stderr
    assert [json.loads(l)["doc_id"] for l in out.read_text().splitlines()] == ["good"]


def test_cli_normalize_prints_reading_and_map(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Конфе-\n\nренция", encoding="utf-8")
    assert ie("normalize", str(p)).stdout == "Конференция\n"
    rows = [l.split("\t") for l in ie("normalize", str(p), "--map").stdout.splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [("0", "0", "5"), ("5", "8", "6")]


def test_cli_validate_gold_and_bad_file(tmp_path):
    r = ie("validate", "annotations/gold.jsonl", "--texts", "seeds")
    assert r.returncode == 0, r.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x", "text_sha256": "", "spans": [{"start": 0, "end": 1, "label": "NOPE", "text": "a", "norm": {}}]}\n')
    r = ie("validate", str(bad))
    assert r.returncode == 1 and "unknown label" in r.stderr


def test_cli_help_teaches():
    r = ie("extract", "--help")
    assert r.returncode == 0 and "Example: ie extract" in r.stdout


def test_cli_bench_scaling_reports_each_size():
    r = ie("bench", "--scaling", "--sizes", "0.05,0.1", "--json")
    assert r.returncode == 0, r.stderr
    import json

    out = json.loads(r.stdout)
    assert [s["size_mb"] for s in out["sizes"]] == [0.05, 0.1]
    assert all(s["chars"] > 0 and s["peak_rss_mb"] > 0 for s in out["sizes"]) and isinstance(out["flat"], bool)
    bad = ie("bench", "--scaling", "--sizes", "big")
    assert bad.returncode != 0 and "--sizes" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_evaluate_damaged_texts_carry_the_gold():
    """--damage scores the pipeline on PDF-damaged copies, every gold span moved along."""
    real = ROOT / "tests" / "data" / "real_numbers"
    args = ("evaluate", str(real / "gold.jsonl"), "--run", "--texts", str(real), "--json")
    clean = json.loads(ie(*args).stdout)
    r = ie(*args, "--damage", "harsh")
    assert r.returncode == 0, r.stderr
    harsh = json.loads(r.stdout)
    # the running symbols that page headers put in are gold spans of their own
    assert harsh["micro"]["gold"] > clean["micro"]["gold"]
    assert harsh["micro"]["exact"]["f1"] >= clean["micro"]["exact"]["f1"] - 0.01


def test_cli_evaluate_pools_sets():
    """--pool scores several gold sets' documents as one: every set's spans are counted once."""
    a, b = ROOT / "tests" / "data" / "real22", ROOT / "tests" / "data" / "real25"
    one = json.loads(ie("evaluate", str(a / "gold.jsonl"), "--run", "--texts", str(a), "--json").stdout)
    two = json.loads(ie("evaluate", str(b / "gold.jsonl"), "--run", "--texts", str(b), "--json").stdout)
    r = ie("evaluate", str(a / "gold.jsonl"), "--run", "--texts", str(a), "--pool", str(b / "gold.jsonl"), "--json")
    assert r.returncode == 0, r.stderr
    pooled = json.loads(r.stdout)
    assert pooled["micro"]["gold"] == one["micro"]["gold"] + two["micro"]["gold"]
    assert pooled["micro"]["exact"]["tp"] == one["micro"]["exact"]["tp"] + two["micro"]["exact"]["tp"]
    bad = ie("evaluate", str(a / "gold.jsonl"), "--pool", str(b / "gold.jsonl"))
    assert bad.returncode != 0 and "--pool needs --run" in bad.stderr and "Traceback" not in bad.stderr
