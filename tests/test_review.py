"""`ie review`: the real terminal program driven through a pseudo-terminal,
its decision log surviving SIGKILL, and the script-facing outputs.

Every test works on a copy of the gold in tmp_path; the "prediction" is the
gold with three disagreements made in one document: a span over a hyphen
break cut at the hyphen (boundary), a changed country role (norm) and a
dropped span (missing).
"""

import json
import os
import signal
import subprocess
import sys

import pexpect
import pytest

from conftest import GOLD, ROOT, SEEDS

DOC = "002_5c9ddce9bc1569ef"


def _records(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def _spans(path, doc=DOC):
    return next(r for r in _records(path) if r["doc_id"] == doc)["spans"]


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


@pytest.fixture()
def case(tmp_path):
    """A gold copy, a prediction with three disagreements, and those spans."""
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(GOLD.read_bytes())
    records = _records(GOLD)
    spans = next(r for r in records if r["doc_id"] == DOC)["spans"]
    a = next(i for i, s in enumerate(spans) if s["label"] == "COUNTRY" and "-\n" in s["text"])
    b = next(i for i in range(a + 1, len(spans)) if spans[i]["label"] == "COUNTRY")
    c = b + 1
    orig = {"A": dict(spans[a]), "B": dict(spans[b]), "C": dict(spans[c])}
    cut = spans[a]["text"].index("-\n") + 1
    spans[a] = dict(spans[a], end=spans[a]["start"] + cut, text=spans[a]["text"][:cut])
    role = "observer" if spans[b]["norm"].get("role") != "observer" else "speaker"
    spans[b] = dict(spans[b], norm=dict(spans[b]["norm"], role=role))
    pred_a = dict(spans[a])
    del spans[c]
    pred = tmp_path / "pred.jsonl"
    _write(pred, records)
    return {"gold": gold, "pred": pred, "log": tmp_path / "gold.jsonl.review.jsonl",
            "pred_a": pred_a, "pred_role": role, **orig}


def _spawn(case, *extra):
    args = ["-m", "ie.cli", "review", str(case["gold"]), "--against", str(case["pred"]),
            "--texts", str(SEEDS), *extra]
    return pexpect.spawn(sys.executable, args, cwd=str(ROOT), encoding="utf-8", timeout=30,
                         dimensions=(50, 160), env={**os.environ, "TERM": "xterm"})


def _ie(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "ie.cli", *args], capture_output=True, text=True,
                          input=stdin, cwd=ROOT, env={**os.environ, "COLUMNS": "200"})


def _has(spans, s):
    return any((x["start"], x["end"], x["label"], x["norm"]) == (s["start"], s["end"], s["label"], s["norm"])
               for x in spans)


def test_review_pty_accept_edit_undo_quit_resume(case):
    child = _spawn(case)
    child.expect("BOUNDARY")
    child.expect("item 1/3")
    child.expect("accept prediction")  # the keys are on screen
    child.send("a")
    child.expect("NORM")
    child.send("e")
    child.expect("end word")  # edit mode's keys
    child.send("n")
    child.expect("norm field")
    new_role = next(r for r in ("participant", "speaker", None) if r not in (case["B"]["norm"]["role"], case["pred_role"]))
    child.sendline(f"role={json.dumps(new_role)}")
    child.expect("role: " + json.dumps(new_role))
    child.send("\r")
    child.expect("MISSING")
    spans = _spans(case["gold"])
    assert _has(spans, case["pred_a"]) and not _has(spans, case["A"])  # accepted at once
    assert _has(spans, {**case["B"], "norm": {**case["B"]["norm"], "role": new_role}})  # edited
    child.send("u")
    child.expect("NORM")
    child.expect("undone")
    child.send("q")
    child.expect(pexpect.EOF)
    spans = _spans(case["gold"])
    assert _has(spans, case["pred_a"]) and _has(spans, case["B"]) and _has(spans, case["C"])
    kinds = [e["type"] + ":" + e.get("decision", "") for e in map(json.loads, case["log"].read_text().splitlines())]
    assert kinds == ["base:", "decision:accept", "decision:edit", "undo:"]

    child = _spawn(case)  # resume: the decided item is skipped
    child.expect("NORM")
    child.expect("1 decided, 2 left")
    child.send("k")
    child.expect("MISSING")
    child.send("q")
    child.expect(pexpect.EOF)
    assert _has(_spans(case["gold"]), case["B"])
    r = _ie("validate", str(case["gold"]), "--texts", str(SEEDS))
    assert r.returncode == 0, r.stderr
    r = _ie("review", str(case["gold"]), "--against", str(case["pred"]), "--summary")
    assert "1 pending, 2 decided" in r.stdout


def test_review_sigkill_leaves_valid_gold_and_resumable_log(case):
    child = _spawn(case)
    child.expect("BOUNDARY")
    child.send("a")
    child.expect("NORM")  # the next screen: the accept is confirmed
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    with open(case["log"], "ab") as fh:  # as if killed in the middle of the next write
        fh.write(b'{"type": "decision", "seq": 2, "hash": "')
    r = _ie("validate", str(case["gold"]), "--texts", str(SEEDS))
    assert r.returncode == 0, r.stderr
    assert _has(_spans(case["gold"]), case["pred_a"])

    r = _ie("review", str(case["gold"]), "--against", str(case["pred"]), stdin="k\nq\n")
    assert r.returncode == 0, r.stderr
    assert "unfinished last line" in r.stdout
    assert "1 decided, 2 left" in r.stdout  # the confirmed accept was kept
    entries = [json.loads(l) for l in case["log"].read_text().splitlines()]
    assert [e.get("decision") for e in entries[1:]] == ["accept", "keep"]
    spans = _spans(case["gold"])
    assert _has(spans, case["pred_a"]) and _has(spans, case["B"])


def test_review_log_rebuilds_gold_after_kill_before_rename(case):
    from ie.review import Item, ReviewLog
    from ie.doc import Span

    before = case["gold"].read_bytes()
    log = ReviewLog(case["gold"])
    item = Item(DOC, "boundary", Span.from_json(case["A"]), Span.from_json(case["pred_a"]))
    log.decide(item, "accept", Span.from_json(case["pred_a"]))
    case["gold"].write_bytes(before)  # the log line landed, the gold rename did not
    again = ReviewLog(case["gold"])
    assert "gold brought up to date" in " ".join(again.messages)
    assert _has(_spans(case["gold"]), case["pred_a"])
    # an edit made outside the review is kept, as the new base
    records = _records(case["gold"])
    next(r for r in records if r["doc_id"] == DOC)["spans"].remove(case["B"])
    _write(case["gold"], records)
    third = ReviewLog(case["gold"])
    assert "new base" in " ".join(third.messages)
    assert not _has(_spans(case["gold"]), case["B"]) and set(third.decided()) == {item.hash}


def test_review_piped_keys_summary_list_and_agreement(case, tmp_path):
    second = tmp_path / "second"
    second.mkdir()
    gold2 = second / "gold.jsonl"
    gold2.write_bytes(case["gold"].read_bytes())
    args = ["--against", str(case["pred"]), "--texts", str(SEEDS)]
    assert _ie("review", str(case["gold"]), *args, stdin="a\nk\nk\n").returncode == 0
    assert _ie("review", str(gold2), *args, stdin="a\na\nk\n").returncode == 0
    r = _ie("review", "--agreement", str(case["log"]), str(gold2) + ".review.jsonl")
    assert r.returncode == 0, r.stderr
    total = next(l for l in r.stdout.splitlines() if "all" in l)
    assert "3" in total and "0.667" in total  # the three decisions shared; they differ on one

    r = _ie("review", str(gold2), *args, "--list", "--only", "norm")
    rows = r.stdout.splitlines()
    assert rows[0].startswith("hash\tdoc_id\tkind") and len(rows) == 2
    assert rows[1].split("\t")[2:5] == ["norm", "COUNTRY", "accept"]
    r = _ie("review", str(gold2), *args, "--only", "nonsense")
    assert r.returncode != 0 and r.stderr.strip().startswith("ie: error:") and "Traceback" not in r.stderr


def _screens(raw):
    """The screens a terminal program drew: split at each clear, escapes removed."""
    import re

    return [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", part).replace("\r", "") for part in raw.split("\x1b[2J")[1:]]


def _spawn80(case):
    args = ["-m", "ie", "review", str(case["gold"]), "--against", str(case["pred"]), "--texts", str(SEEDS)]
    return pexpect.spawn(sys.executable, args, cwd=str(ROOT), encoding="utf-8", timeout=30,
                         dimensions=(24, 80), env={**os.environ, "TERM": "xterm"})


def test_review_fits_80x24(case):
    child = _spawn80(case)
    child.expect("help")  # the key bar, last on the screen
    main = _screens(child.before + child.after)[-1]
    child.send("e")
    child.expect("cancel")
    edit = _screens(child.before + child.after)[-1]
    child.send("x")
    child.expect("help")
    child.send("?")
    child.expect("any key")
    help_screen = _screens(child.before + child.after)[-1]
    child.send("\r")
    child.expect("help")
    child.send("q")
    child.expect(pexpect.EOF)
    for screen in (main, edit, help_screen):
        lines = screen.rstrip("\n").split("\n")
        assert len(lines) <= 23, screen  # the header never scrolls away
        assert max(len(l) for l in lines) <= 80, screen
    for screen in (main, edit):
        lines = screen.rstrip("\n").split("\n")
        assert lines[0].startswith("BOUNDARY")
        assert lines[-1].lstrip().startswith(("a ", "[]{}")), screen  # the key bar is one line, whole


def test_review_help_does_not_swallow_the_next_key(case):
    child = _spawn(case)
    child.expect("BOUNDARY")
    child.send("?")
    child.expect("any key")
    child.send("a")  # closes the help and accepts
    child.expect("NORM")
    child.send("q")
    child.expect(pexpect.EOF)
    assert _has(_spans(case["gold"]), case["pred_a"])


def test_review_ctrl_c_exits_130_decisions_kept(case):
    child = _spawn(case)
    child.expect("BOUNDARY")
    child.send("a")
    child.expect("NORM")
    child.sendcontrol("c")
    child.expect("every decision made is saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert _has(_spans(case["gold"]), case["pred_a"])
    r = _ie("review", str(case["gold"]), "--against", str(case["pred"]), "--summary")
    assert "2 pending, 1 decided" in r.stdout


def test_review_second_session_on_the_same_gold_is_refused(case):
    child = _spawn(case)
    child.expect("BOUNDARY")
    r = _ie("review", str(case["gold"]), "--against", str(case["pred"]), "--texts", str(SEEDS), stdin="a\nq\n")
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1, r.stderr
    assert "is being reviewed by" in lines[0] and f"pid {child.pid}" in lines[0]
    assert not case["log"].read_text().count('"decision"')  # the refused session decided nothing
    child.send("q")
    child.expect(pexpect.EOF)
    r = _ie("review", str(case["gold"]), "--against", str(case["pred"]), "--texts", str(SEEDS), stdin="k\nq\n")
    assert r.returncode == 0, r.stderr  # free again once the first has quit
