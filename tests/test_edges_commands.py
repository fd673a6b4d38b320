"""What a user expects of the commands: --version, python -m ie,
completion, progress on a terminal only, help without Python type names,
unknown values refused, binary inputs explained, no score for nothing."""

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import GOLD, ROOT, SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]
COMMANDS = ["extract", "meetings", "build-model", "normalize", "explain", "evaluate", "validate", "bench",
            "review", "convert"]


def ie(*args, columns="80", **kw):
    return subprocess.run([sys.executable, "-m", "ie", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": columns}, **kw)


def one_error(r):
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
    assert len(lines) == 1 and lines[0].startswith("ie: error:"), r.stderr
    return lines[0]


def test_edges_version_and_python_m_ie():
    from ie import __version__

    r = ie("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"ie {__version__}"
    r = ie("--help")
    assert r.returncode == 0 and "--install-completion" in r.stdout and "extract" in r.stdout


@pytest.mark.parametrize("command", [None] + COMMANDS)
def test_edges_help_has_no_type_names_and_no_cut_sentences(command):
    r = ie(*([command] if command else []), "--help")
    assert r.returncode == 0, r.stderr
    text = r.stdout
    assert not re.search(r"<(?:list\[\w+\]|bool|int|str|float|path|Path)[^>]*>|\{paths\}|\{\w+\}", text), text
    assert "..." not in text.replace("[ARGS]...", "").replace("PATH...", "")  # no truncated short help
    assert max(len(line) for line in text.splitlines()) <= 80
    assert not re.search(r"--\w+-\n", text)  # an option name is never broken across lines


def test_edges_extract_help_explains_the_jobs_default():
    text = " ".join(ie("extract", "--help").stdout.split())
    assert "Default: chosen by input size" in text and "up to all cores" in text
    assert "--doc-timeout" in text and "0: no limit" in text


@pytest.mark.parametrize("args,want", [
    (["explain", str(SEED), "--label", "FOO"], "unknown label FOO"),
    (["explain", str(SEEDS)], "is a folder"),
    (["extract", str(SEED), "-o", "x.jsonl", "--parts", "parquet"], "--parts is the format of --dask parts"),
    (["extract", str(SEED), "--dask", "local", "-o", "x.jsonl"], "writes a folder of parts"),
    (["extract", str(SEED), "--dask", "local", "-o", "x", "--parts", "csv"], "--parts must be jsonl or parquet"),
    (["review", str(GOLD), "--run", "--against", str(GOLD)], "not both"),
    (["evaluate", str(GOLD), str(GOLD), "--run"], "not both"),
    (["evaluate", str(GOLD), "--run", "--damage", "torn"], "--damage must be clean, hyphen, harsh"),
    (["evaluate", str(GOLD), str(GOLD), "--damage", "harsh"], "--damage needs --run"),
    (["extract", str(SEED), "--doc-timeout", "-1"], "--doc-timeout"),
])
def test_edges_unknown_or_conflicting_values_are_errors(args, want):
    assert want in one_error(ie(*args))
    assert not (ROOT / "x.jsonl").exists() and not (ROOT / "x").exists()


def test_edges_explain_label_any_case(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Делегация Франции 5 мая 2022 года.", encoding="utf-8")
    r = ie("explain", str(p), "--label", "country")
    assert r.returncode == 0 and r.stdout and all("\tCOUNTRY\t" in l for l in r.stdout.splitlines())


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x00\x01\x02\x03ELF binary"])
@pytest.mark.parametrize("encoding", [None, "cp1251"])
def test_edges_pdf_or_binary_says_extract_the_text_first(tmp_path, data, encoding):
    p = tmp_path / "report.pdf"
    p.write_bytes(data)
    line = one_error(ie("extract", str(p), *(["--encoding", encoding] if encoding else [])))
    assert "extract the text first" in line and "pdftotext -layout" in line
    assert "--encoding" not in line


def test_edges_evaluate_shows_a_dash_for_a_label_with_nothing(tmp_path):
    rec = tmp_path / "r.jsonl"
    rec.write_text(json.dumps({"doc_id": "d", "text_sha256": "", "spans": [
        {"start": 0, "end": 7, "label": "COUNTRY", "text": "Франция",
         "norm": {"code": "FR", "name": "Франция", "role": None}}]}) + "\n")
    r = ie("evaluate", str(rec), str(rec), columns="200")
    assert r.returncode == 0, r.stderr
    rows = {line.split("│")[1].strip(): line for line in r.stdout.splitlines() if line.count("│") > 3}
    assert "1.000" in rows["COUNTRY"]
    assert "–" in rows["PERSON"] and "1.000" not in rows["PERSON"]


def test_edges_progress_bar_only_on_a_terminal(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    out = tmp_path / "o.jsonl"
    r = ie("extract", str(SEEDS), "-o", str(out), "--jobs", "1")
    assert r.returncode == 0 and r.stderr.strip() == f"ie: 5 document(s) -> {out}"  # not a terminal: silent
    child = pexpect.spawn(sys.executable, ["-m", "ie", "extract", str(SEEDS), "-o", str(out), "--jobs", "1"],
                          cwd=str(ROOT), env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
                          encoding="utf-8", timeout=300, dimensions=(24, 100))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.before)
    assert re.search(r"extracting .*━.* [0-5]/5 documents [0-9.]+/0\.1 MB .*ETA", screen), screen


def test_edges_jobs_default_is_one_process_for_small_input():
    from ie.run import auto_jobs, records

    stats = {}
    assert len(list(records([str(SEEDS)], jobs=None, stats=stats))) == 5
    assert stats["jobs"] == 1
    assert auto_jobs(50_000_000, 4) == 4
