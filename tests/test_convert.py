"""`ie convert`: JSONL <-> brat standoff <-> spaCy DocBin, offsets kept."""

import json
import os
import subprocess
import sys

import pytest

from conftest import GOLD, ROOT, SEEDS


def ie(*args):
    return subprocess.run([sys.executable, "-m", "ie.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "COLUMNS": "200"})


@pytest.mark.parametrize("via", ["brat", "gold.spacy"])
def test_convert_round_trip_gold_exact(tmp_path, via):
    mid, back = tmp_path / via, tmp_path / "back.jsonl"
    r = ie("convert", str(GOLD), str(mid), "--texts", str(SEEDS))
    assert r.returncode == 0, r.stderr
    r = ie("convert", str(mid), str(back))
    assert r.returncode == 0, r.stderr
    assert back.read_bytes() == GOLD.read_bytes()


def test_convert_brat_files_offsets_and_notes(tmp_path):
    out = tmp_path / "brat"
    assert ie("convert", str(GOLD), str(out)).returncode == 0  # texts default to the seeds
    doc_id = "002_5c9ddce9bc1569ef"
    text = (out / f"{doc_id}.txt").read_bytes().decode("utf-8")
    assert text == (SEEDS / f"{doc_id}.txt").read_bytes().decode("utf-8")
    gold = next(json.loads(l) for l in GOLD.read_text(encoding="utf-8").splitlines() if doc_id in l)
    lines = (out / f"{doc_id}.ann").read_text(encoding="utf-8").splitlines()
    broken = next(s for s in gold["spans"] if "\n" in s["text"])
    # brat cannot hold a line break in a span: fragments split at it
    t = next(l for l in lines if l.startswith("T") and l.split("\t")[1].split()[1] == str(broken["start"]))
    frags = [tuple(map(int, f.split())) for f in t.split("\t")[1].split(" ", 1)[1].split(";")]
    assert len(frags) > 1 and frags[0][0] == broken["start"] and frags[-1][1] == broken["end"]
    assert t.split("\t")[2] == " ".join(text[a:b] for a, b in frags)
    note = next(l for l in lines if l.startswith("#") and l.split("\t")[1] == "AnnotatorNotes " + t.split("\t")[0])
    assert json.loads(note.split("\t")[2]) == broken["norm"]
    assert "COUNTRY" in (out / "annotation.conf").read_text()


def test_convert_brat_made_elsewhere_crlf(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = "Делегация Фран-\r\nции и Германии.\r\n"
    (src / "d1.txt").write_bytes(text.encode("utf-8"))
    a = text.index("Фран")
    b = text.index("ции") + 3
    (src / "d1.ann").write_text(f"T1\tCOUNTRY {a} {a + 5};{a + 7} {b}\tФран- ции\n"
                                f"#1\tAnnotatorNotes T1\t{{\"code\": \"FR\", \"name\": \"Франция\", \"role\": null}}\n"
                                f"T2\tCOUNTRY {text.index('Герм')} {text.index('Герм') + 8}\tГермании\n",
                                encoding="utf-8")
    for dst in ("out.jsonl", "out.spacy"):
        r = ie("convert", str(src), str(tmp_path / dst))
        assert r.returncode == 0, r.stderr
    back = tmp_path / "back.jsonl"
    assert ie("convert", str(tmp_path / "out.spacy"), str(back)).returncode == 0
    assert back.read_bytes() == (tmp_path / "out.jsonl").read_bytes()
    rec = json.loads(back.read_text(encoding="utf-8"))
    assert [(s["text"], s["norm"].get("code")) for s in rec["spans"]] == [("Фран-\r\nции", "FR"), ("Германии", None)]


@pytest.mark.parametrize("case", ["bad_ann_text", "unknown_suffix", "no_texts"])
def test_convert_bad_input_one_line(tmp_path, case):
    src = tmp_path / "in"
    src.mkdir()
    (src / "d.txt").write_text("Франция", encoding="utf-8")
    (src / "d.ann").write_text("T1\tCOUNTRY 0 7\tГермания\n", encoding="utf-8")
    if case == "bad_ann_text":
        args = [str(src), str(tmp_path / "o.jsonl")]
    elif case == "unknown_suffix":
        args = [str(GOLD), str(tmp_path / "o.xml")]
    else:
        args = [str(GOLD), str(tmp_path / "o.spacy"), "--texts", str(src)]
    r = ie("convert", *args)
    assert r.returncode != 0
    assert r.stderr.startswith("ie: error:") and len(r.stderr.strip().splitlines()) == 1
    assert not any(p.name.startswith("o") for p in tmp_path.iterdir())
