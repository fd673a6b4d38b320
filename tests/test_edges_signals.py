"""SIGTERM and SIGHUP handled like Ctrl-C; workers die with their parent;
a per-document time limit; text that is not valid Unicode."""

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

psutil = pytest.importorskip("psutil")


def big_folder(folder: Path, copies: int = 60) -> Path:
    folder.mkdir()
    for i in range(copies):
        for p in SEEDS.glob("*.txt"):
            shutil.copy(p, folder / f"{i:03d}_{p.name}")
    return folder


def start(args, **kw):
    return subprocess.Popen([sys.executable, "-m", "ie", *args], cwd=ROOT, stderr=subprocess.PIPE,
                            text=True, **kw)


def workers_of(pid):
    """The worker processes under ``pid`` (not multiprocessing's resource tracker)."""
    out = []
    for k in psutil.Process(pid).children(recursive=True):
        try:
            if "resource_tracker import" not in " ".join(k.cmdline()):
                out.append(k)
        except psutil.Error:
            pass
    return out


def wait_for_workers(proc, n, deadline=120):
    """Until ``n`` worker processes run and have started work."""
    end = time.monotonic() + deadline
    while time.monotonic() < end and proc.poll() is None:
        try:
            kids = workers_of(proc.pid)
            if len(kids) >= n and all(k.cpu_times().user > 1.0 for k in kids):
                return kids
        except psutil.Error:
            pass
        time.sleep(0.1)
    pytest.fail(f"the workers did not start (exit {proc.poll()})")


def alive(procs):
    out = []
    for p in procs:
        try:
            if p.status() != psutil.STATUS_ZOMBIE:
                out.append(p.pid)
        except psutil.NoSuchProcess:
            pass
    return out


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_edges_signal_during_jobs2_leaves_nothing(tmp_path, sig, code):
    src = big_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    proc = start(["extract", str(src), "--jobs", "2", "-o", str(out)], stdout=subprocess.DEVNULL)
    kids = wait_for_workers(proc, 2)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "interrupted" in lines[0] and "no output written" in lines[0], err
    assert "leaked" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    time.sleep(1)
    assert alive(kids) == []


def test_edges_sigterm_on_stdout_says_how_many_records(tmp_path):
    src = big_folder(tmp_path / "in")
    out = tmp_path / "stdout.jsonl"
    with open(out, "w") as fh:
        proc = start(["extract", str(src), "--jobs", "1"], stdout=fh)
        end = time.monotonic() + 120
        while time.monotonic() < end and out.stat().st_size == 0:  # records are flowing
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    n = len(out.read_text(encoding="utf-8").splitlines())
    assert err.strip() == f"ie: error: interrupted (SIGTERM); {n} record(s) written to stdout"


def test_edges_workers_die_with_a_killed_parent(tmp_path):
    """SIGKILL of the parent: no worker outlives it by more than a few
    seconds, so a caller's capture_output does not hang."""
    src = big_folder(tmp_path / "in")
    script = textwrap.dedent(f"""
        import subprocess, sys
        subprocess.run([sys.executable, "-m", "ie", "extract", {str(src)!r}, "--jobs", "2",
                        "-o", {str(tmp_path / 'o.jsonl')!r}], capture_output=True)
    """)
    proc = start(["--version"])  # warm nothing; just the interpreter path
    proc.communicate()
    caller = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    end = time.monotonic() + 120
    ie_proc = None
    while time.monotonic() < end and ie_proc is None:
        kids = psutil.Process(caller.pid).children()
        ie_proc = kids[0] if kids else None
        time.sleep(0.05)
    assert ie_proc is not None
    holder = type("P", (), {"pid": ie_proc.pid, "poll": lambda self: None})()
    workers = wait_for_workers(holder, 2)
    ie_proc.kill()
    caller.wait(timeout=30)  # returns: nothing holds its pipes open
    time.sleep(2)
    assert alive(workers) == []


SLOW = textwrap.dedent("""
    # Test hook (tests/test_edges_signals.py): a document holding SLOWDOWN
    # spins forever in the pipeline, in this process and in spawned workers.
    import ie.pipeline as _p

    _call = _p.Pipeline.__call__

    def _slow(self, text, doc_id=None):
        if "SLOWDOWN" in text:
            while True:
                pass
        return _call(self, text, doc_id)

    _p.Pipeline.__call__ = _slow
""")


@pytest.fixture
def slow_env(tmp_path):
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_edges_doc_timeout_reports_and_goes_on(tmp_path, slow_env, jobs):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Делегация Франции.", encoding="utf-8")
    (src / "b_slow.txt").write_text("SLOWDOWN Делегация Бразилии.", encoding="utf-8")
    (src / "c.txt").write_text("Делегация Китая.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "ie", "extract", str(src), "--skip-bad", "--doc-timeout", "1",
                        "--jobs", jobs, "-o", str(out)], capture_output=True, text=True, cwd=ROOT,
                       env=slow_env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "ie: skipped:" in r.stderr and "b_slow.txt" in r.stderr and "--doc-timeout" in r.stderr
    assert [l.split('"')[3] for l in out.read_text().splitlines()] == ["a", "c"]
    r = subprocess.run([sys.executable, "-m", "ie", "extract", str(src), "--doc-timeout", "1", "--jobs", jobs,
                        "-o", str(out)], capture_output=True, text=True, cwd=ROOT, env=slow_env, timeout=300)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1 and "b_slow.txt" in lines[0] and "longer than 1 s" in lines[0]


def test_edges_lone_surrogate_is_a_bad_document_not_a_crash(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Делегация Франции.", encoding="utf-8")
    (src / "b.txt").write_bytes(b"\\ud800 \\u0414\\u0435\\u043b\\u0435\\u0433\\u0430\\u0446\\u0438\\u044f")
    out = tmp_path / "out.jsonl"
    base = [sys.executable, "-m", "ie", "extract", str(src), "--encoding", "unicode_escape", "-o", str(out)]
    r = subprocess.run(base, capture_output=True, text=True, cwd=ROOT)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1 and "lone surrogate U+D800" in lines[0], r.stderr
    assert not out.exists()
    r = subprocess.run(base + ["--skip-bad"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "b.txt" in r.stderr and "surrogate" in r.stderr
    assert len(out.read_text().splitlines()) == 1


def test_edges_lone_surrogate_from_python_callers_is_written_escaped(tmp_path):
    import json

    import ie
    from ie.doc import Document, Span

    text = "Выступил г-н A\ud800B."
    doc = Document("d", text, (Span(13, 16, "PERSON", "A\ud800B", {"name": "A\ud800B"}),))
    out = tmp_path / "r.jsonl"
    assert ie.write_jsonl([doc, ie.extract("Делегация Фран\udc00ции.", "e")], out) == 2
    line = out.read_text(encoding="utf-8").splitlines()[0]
    assert "\\ud800" in line
    back = ie.read_jsonl(out)[0]
    assert back.spans[0].text == "A\ud800B" and back.text_sha256 == doc.text_sha256
