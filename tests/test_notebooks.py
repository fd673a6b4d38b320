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
