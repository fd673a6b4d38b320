"""Every notebook in notebooks/ runs clean from a fresh kernel; the saved
copies show their plots."""

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _images(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if "image/png" in o.get("data", {})]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_run_clean(path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    saved_images = len(_images(nb))
    for cell in nb.cells:  # a clean run: nothing carried over from the saved outputs
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()  # raises on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    assert len(_images(nb)) == saved_images > 0  # the saved copy shows every plot a run makes


def test_notebooks_tour_shows_a_highlighted_document():
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / "tour.ipynb", as_version=4)
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if "text/html" in o.get("data", {})]
    assert any('class="ie-doc' in h and "COUNTRY" in h for h in html)


def test_notebooks_use_the_public_api_only():
    """The notebooks show what a user writes: ``import ie`` and its public
    names, never the package's internals."""
    import re

    import ie

    for path in NOTEBOOKS:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"from ie\.\w+ import|import ie\.\w+", source), path.name
        for name in set(re.findall(r"\bie\.(\w+)", source)) - {"ipynb"}:
            assert name in dir(ie), f"{path.name}: ie.{name} is not public"


def test_notebooks_readme_command_runs(tmp_path):
    """The command notebooks/README.md gives (jupyter nbconvert, from the
    [notebook] extra) executes a copy of each notebook."""
    import shutil
    import subprocess
    import sys

    readme = (ROOT / "notebooks" / "README.md").read_text(encoding="utf-8")
    assert "jupyter nbconvert --to notebook --execute" in readme
    pytest.importorskip("nbconvert")
    for path in NOTEBOOKS:
        copy = ROOT / "notebooks" / f".test-{path.name}"
        shutil.copy(path, copy)
        try:
            # nbconvert run by this interpreter (``-m jupyter`` may find another
            # environment's jupyter-nbconvert on PATH, and its kernel)
            r = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                                "--inplace", str(copy)], capture_output=True, text=True, cwd=ROOT, timeout=600)
            assert r.returncode == 0, r.stderr[-2000:]
        finally:
            copy.unlink(missing_ok=True)
