"""Data that must not go wrong silently: doc_ids, validation that checks,
outputs that cannot be written or would overwrite an input, special files,
file modes.  Every test runs the real command."""

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]


def ie(*args, cwd=None, umask=None, pre=None, **kw):
    def preexec():
        if umask is not None:
            os.umask(umask)
        if pre:
            pre()

    return subprocess.run([sys.executable, "-m", "ie", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, "COLUMNS": "200"},
                          preexec_fn=preexec, **kw)


def one_error(r):
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
    assert len(lines) == 1 and lines[0].startswith("ie: error:"), r.stderr
    return lines[0]


@pytest.fixture
def archive(tmp_path):
    """Two reports of the same name in different years."""
    for year, country in (("2022", "Франции"), ("2023", "Бразилии")):
        (tmp_path / "arch" / year).mkdir(parents=True)
        (tmp_path / "arch" / year / "report.txt").write_text(f"Делегация {country}.", encoding="utf-8")
    return tmp_path / "arch"


def test_edges_nested_equal_names_get_distinct_doc_ids_that_round_trip(tmp_path, archive):
    out = tmp_path / "out.jsonl"
    r = ie("extract", str(archive), "-o", str(out))
    assert r.returncode == 0, r.stderr
    ids = [json.loads(l)["doc_id"] for l in out.read_text().splitlines()]
    assert ids == ["2022/report", "2023/report"]
    assert ie("validate", str(out), "--texts", str(archive)).returncode == 0
    r = ie("evaluate", str(out), str(out), "--texts", str(archive), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["micro"]["exact"]["f1"] == 1.0
    brat = tmp_path / "brat"
    r = ie("convert", str(out), str(brat), "--texts", str(archive))
    assert r.returncode == 0, r.stderr
    assert (brat / "2022" / "report.ann").is_file() and (brat / "2023" / "report.txt").is_file()
    back = tmp_path / "back.jsonl"
    assert ie("convert", str(brat), str(back)).returncode == 0
    assert back.read_text() == out.read_text()
    r = ie("review", str(out), "--against", str(out), "--texts", str(archive), "--summary")
    assert r.returncode == 0, r.stderr


def test_edges_colliding_doc_ids_refused_and_same_file_once(tmp_path, archive):
    line = one_error(ie("extract", str(archive / "2022" / "report.txt"), str(archive / "2023" / "report.txt")))
    assert "doc_id 'report'" in line and "2022" in line and "2023" in line
    r = ie("extract", str(SEED), str(SEED), str(SEEDS))
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 5


def test_edges_validate_texts_that_check_nothing_fail(tmp_path):
    rec = tmp_path / "r.jsonl"
    r = ie("extract", str(SEED), "-o", str(rec))
    assert r.returncode == 0, r.stderr
    assert "no such folder" in one_error(ie("validate", str(rec), "--texts", str(tmp_path / "nope")))
    assert "not a folder" in one_error(ie("validate", str(rec), "--texts", str(SEED)))
    empty = tmp_path / "empty"
    empty.mkdir()
    r = ie("validate", str(rec), "--texts", str(empty))
    assert r.returncode == 1 and "no text" in r.stderr and "not checked" in r.stderr
    r = ie("validate", str(rec), "--texts", str(SEEDS))
    assert r.returncode == 0 and "offsets" in r.stdout


def test_edges_validate_long_problem_list_is_cut_and_counted(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(f'{{"doc_id": "d{i}", "text_sha256": "", "spans": [{{"start": 0, "end": 1, '
                           f'"label": "NOPE", "text": "a", "norm": {{}}}}]}}\n' for i in range(100)))
    r = ie("validate", str(bad))
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) <= 23
    assert "… and 80 more" in r.stderr and lines[-1].endswith("100 problem(s)")


def test_edges_output_equal_to_an_input_refused(tmp_path):
    same = tmp_path / "same.jsonl"
    shutil.copy(SEED, same)
    before = same.read_bytes()
    assert "also an input" in one_error(ie("extract", str(same), "-o", str(same)))
    assert same.read_bytes() == before
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    assert "also an input" in one_error(ie("extract", str(folder), "-o", str(folder / "a.txt")))
    assert "also the input" in one_error(ie("convert", "annotations/gold.jsonl", "annotations/gold.jsonl"))


@pytest.mark.parametrize("case", ["folder", "under_file", "read_only"])
def test_edges_unwritable_output_refused_before_work(tmp_path, case):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    cmd = ["extract", str(SEED)]
    wrap = None
    if case == "folder":
        target = out_dir
        want = "is a folder"
    elif case == "under_file":
        (tmp_path / "file.txt").write_text("x")
        target = tmp_path / "file.txt" / "x.jsonl"
        want = "is a file, not a folder"
    else:
        target = out_dir / "x.jsonl"
        out_dir.chmod(0o555)
        want = "cannot write in"
        if os.geteuid() == 0:
            capsh = shutil.which("capsh")
            if not capsh:
                pytest.skip("root without capsh: a read-only folder cannot be simulated")
            wrap = [capsh, "--drop=cap_dac_override,cap_dac_read_search", "--"]
    if wrap:
        import shlex

        line = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "ie", *cmd, "-o", str(target)])
        r = subprocess.run([*wrap, "-c", line], capture_output=True, text=True, cwd=ROOT)
    else:
        r = ie(*cmd, "-o", str(target))
    out_dir.chmod(0o755)
    assert want in one_error(r)
    assert not any(out_dir.iterdir())


def test_edges_full_disk_keeps_previous_output(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))  # ulimit -f 8

    r = ie("extract", str(SEEDS), "-o", str(out), "--jobs", "1", pre=limit)
    assert "cannot write" in one_error(r) and "File too large" in r.stderr
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_edges_stdout_on_dev_full_one_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "ie", "extract", str(SEEDS), "--jobs", "1"], stdout=full,
                           stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert "cannot write to stdout" in one_error(r)


def test_edges_fifo_in_folder_is_reported_and_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    os.mkfifo(folder / "pipe.txt")
    r = ie("extract", str(folder), timeout=120)
    assert r.returncode == 0, r.stderr
    assert "pipe.txt: not a regular file" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.parametrize("umask", [0o002])  # not 022: a hard-coded 0644 would pass that
def test_edges_new_files_get_the_umask_mode(tmp_path, umask):
    want = 0o666 & ~umask
    made = []
    for suffix in ("jsonl", "parquet", "csv"):
        out = tmp_path / f"spans.{suffix}"
        assert ie("extract", str(SEED), "-o", str(out), umask=umask).returncode == 0
        made.append(out)
    out = tmp_path / "meetings.jsonl"
    assert ie("meetings", str(SEED), "-o", str(out), umask=umask).returncode == 0
    made.append(out)
    for dst in ("gold.spacy", "gold.jsonl"):
        r = ie("convert", "annotations/gold.jsonl", str(tmp_path / dst), umask=umask)
        assert r.returncode == 0, r.stderr
        made.append(tmp_path / dst)
    r = ie("convert", "annotations/gold.jsonl", str(tmp_path / "brat"), umask=umask)
    assert r.returncode == 0, r.stderr
    made += sorted((tmp_path / "brat").iterdir())[:2]
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc_id": SEED.stem, "text_sha256": "", "spans": []}) + "\n")
    os.chmod(gold, want)
    r = ie("review", str(gold), "--against", str(tmp_path / "gold.jsonl"), "--texts", str(SEEDS),
           input="k\nq\n", umask=umask)
    assert r.returncode == 0, r.stderr
    made += [gold, tmp_path / "g.jsonl.review.jsonl"]
    assert {p.name: oct(_mode(p)) for p in made} == {p.name: oct(want) for p in made}
