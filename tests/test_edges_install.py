"""ie without the checkout: the wheel, installed into a fresh venv, runs
``ie extract``, ``ie bench`` and ``ie evaluate`` with explicit paths, and
commands that need the checkout's seeds or gold say so in one line."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD, ROOT, SEEDS

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A venv (seeing this environment's packages, so nothing is downloaded)
    with the ie wheel installed into it."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy: building never touches the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "ie", src / "ie", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp / "dist"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                        "-w", str(dist), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    wheel = next(dist.glob("ie-*.whl"))
    env_dir = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(env_dir)], check=True)
    py = env_dir / "bin" / "python"
    r = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    work = tmp / "work"  # far from the checkout
    work.mkdir()
    return env_dir, work


def run(venv, *args):
    env_dir, work = venv
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env['PATH']}"
    return subprocess.run([str(env_dir / "bin" / "ie"), *args], capture_output=True, text=True, cwd=work,
                          env=env, timeout=600)


def test_edges_wheel_is_the_installed_ie(venv):
    env_dir, work = venv
    r = subprocess.run([str(env_dir / "bin" / "python"), "-c", "import ie; print(ie.__file__)"],
                       capture_output=True, text=True, cwd=work)
    assert str(env_dir) in r.stdout, r.stdout + r.stderr
    assert run(venv, "--version").stdout.strip().startswith("ie ")


def test_edges_wheel_extract_bench_evaluate(venv, tmp_path):
    out = tmp_path / "seeds.jsonl"
    r = run(venv, "extract", str(SEEDS), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert len(out.read_text().splitlines()) == 5
    r = run(venv, "bench", "--size", "0.1", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["documents"] >= 1
    r = run(venv, "evaluate", str(GOLD), str(out), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["micro"]["exact"]["f1"] > 0.9
    r = run(venv, "evaluate", str(GOLD), "--run", "--texts", str(SEEDS), "--json")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("args", [["evaluate", "GOLD", "--run"], ["review", "GOLD", "--run"],
                                  ["convert", "GOLD", "x.spacy"], ["build-model", "m"]])
def test_edges_wheel_needs_explicit_paths_in_one_line(venv, args):
    args = [str(GOLD) if a == "GOLD" else a for a in args]
    r = run(venv, *args)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1, r.stderr
    assert lines[0].startswith("ie: error:") and ("--texts" in lines[0] or "--gold" in lines[0])
