"""Optional extras: a feature whose packages are missing says which extra to install."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "004_5add8d988d270d36.txt"


def run_without(modules, *args):
    block = "; ".join(f"sys.modules[{m!r}] = None" for m in modules)
    code = f"import sys; {block}; from ie.cli import main; sys.argv = ['ie', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("suffix", ["parquet", "csv"])
def test_edges_extras_tables_missing(tmp_path, suffix):
    out = tmp_path / f"spans.{suffix}"
    r = run_without(["pandas", "pyarrow", "pyarrow.parquet"], "extract", str(SEED), "-o", str(out))
    assert r.returncode != 0
    assert "pip install 'ie[tables]'" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not out.exists()


def test_edges_extras_jsonl_needs_no_extra(tmp_path):
    out = tmp_path / "spans.jsonl"
    r = run_without(["pandas", "pyarrow", "dask", "distributed"], "extract", str(SEED), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 1
