"""All cores and a Dask cluster: the same records, in the same order, as one
process; bad files and Ctrl-C handled as in one process."""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS


def ie(*args, **kw):
    return subprocess.run([sys.executable, "-m", "ie.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "COLUMNS": "200"}, **kw)


@pytest.fixture(scope="module")
def jobs1(tmp_path_factory):
    """What ``ie extract seeds/ --jobs 1`` writes, byte for byte."""
    out = tmp_path_factory.mktemp("jobs1") / "j1.jsonl"
    r = ie("extract", str(SEEDS), "--jobs", "1", "-o", str(out))
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def _with_bad(folder: Path) -> Path:
    shutil.copytree(SEEDS, folder)
    (folder / "000_bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8")  # sorts first
    return folder


def test_parallel_jobs2_byte_identical_to_jobs1(tmp_path, jobs1):
    out = tmp_path / "j2.jsonl"
    r = ie("extract", str(SEEDS), "--jobs", "2", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == jobs1
    assert r.stderr.strip() == f"ie: 5 document(s) -> {out}"


def test_parallel_skip_bad_under_jobs2_goes_on(tmp_path, jobs1):
    src = _with_bad(tmp_path / "in")
    out = tmp_path / "o.jsonl"
    r = ie("extract", str(src), "--jobs", "2", "--skip-bad", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "ie: skipped:" in r.stderr and "000_bad.txt" in r.stderr
    assert out.read_bytes() == jobs1


def test_parallel_bad_file_under_jobs2_one_line_no_file(tmp_path):
    src = _with_bad(tmp_path / "in")
    out = tmp_path / "o.jsonl"
    r = ie("extract", str(src), "--jobs", "2", "-o", str(out))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ie: error:") and "000_bad.txt" in lines[0], r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_parallel_ctrl_c_stops_cleanly_no_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):  # long enough to be interrupted mid-run
        for p in SEEDS.glob("*.txt"):
            shutil.copy(p, src / f"{i:02d}_{p.name}")
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "ie.cli", "extract", str(src), "--jobs", "2", "-o", str(out)],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:  # until records are being written
        if any(f.stat().st_size for f in tmp_path.glob(".o.jsonl.*")):
            break
        time.sleep(0.02)
    assert proc.poll() is None, "finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip() == "ie: error: interrupted (Ctrl-C); no output written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_parallel_pipe_n_process2_equals_n_process1(seeds):
    import ie
    from ie.pipeline import Pipeline

    items = [(text, doc_id) for doc_id, text in seeds.items()] * 2
    one = list(Pipeline().pipe(items, batch_size=3))
    two = list(ie.pipe(iter(items), n_process=2, batch_size=3))
    assert [d.doc_id for d in two] == [d.doc_id for d in one]
    assert [d.dumps(True) for d in two] == [d.dumps(True) for d in one]


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_parallel_dask_local_cluster_parts_equal_jobs1(tmp_path, client, jobs1):
    import ie

    out = tmp_path / "out"
    manifest = ie.dask.extract_to_folder([str(SEEDS)], out, client, partition_size=2)
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8")) == manifest
    parts = manifest["parts"]
    assert len(parts) == 3 and manifest["documents"] == 5
    assert b"".join((out / p["file"]).read_bytes() for p in parts) == jobs1
    assert [i for p in parts for i in p["doc_ids"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json"] + [p["file"] for p in parts])
    umask = os.umask(0)
    os.umask(umask)
    modes = {stat.S_IMODE((out / name).stat().st_mode) for name in ["manifest.json"] + [p["file"] for p in parts]}
    assert modes == {0o666 & ~umask}  # parts written by the workers too: one mode for the whole folder
    records = ie.dask.extract([str(SEEDS)], client).compute()
    assert records == [json.loads(line) for line in jobs1.decode("utf-8").splitlines()]


def test_parallel_dask_bad_file_leaves_nothing(tmp_path, client):
    from ie.run.cluster import extract_to_folder
    from ie.errors import InputError

    src = _with_bad(tmp_path / "in")
    with pytest.raises(InputError, match="000_bad.txt"):
        extract_to_folder([str(src)], tmp_path / "out", client, partition_size=2)
    assert not (tmp_path / "out").exists()
    manifest = extract_to_folder([str(src)], tmp_path / "out", client, partition_size=2, skip_bad=True)
    assert manifest["documents"] == 5 and "000_bad.txt" in manifest["skipped"][0]


def test_parallel_dask_parquet_parts_equal_the_span_table(tmp_path, client, seed_docs):
    import pandas as pd

    import ie

    out = tmp_path / "out"
    manifest = ie.dask.extract_to_folder([str(SEEDS)], out, client, partition_size=2, fmt="parquet")
    assert manifest["format"] == "parquet" and all(p["file"].endswith(".parquet") for p in manifest["parts"])
    got = pd.concat([pd.read_parquet(out / p["file"]) for p in manifest["parts"]], ignore_index=True)
    want = ie.to_frame([seed_docs[k] for k in sorted(seed_docs)])
    cols = ["doc_id", "start", "end", "label", "text"]
    assert got[cols].equals(want[cols])
