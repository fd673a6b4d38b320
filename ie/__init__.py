"""ie: entities from Russian UN meeting documents, exact on PDF-extracted text.

>>> import ie
>>> doc = ie.extract("Делегация Брази-\\n\\nлии выступила.")
>>> [(s.label, s.text, s.norm["code"]) for s in doc.spans]
[('COUNTRY', 'Брази-\\n\\nлии', 'BR')]

Importing is cheap; models and dictionaries load on first use.
"""

from __future__ import annotations

from . import display as _display  # noqa: F401  (documents show themselves in Jupyter)

__version__ = "0.1.0"

__all__ = [
    "Document", "Span", "Pipeline", "extract", "pipe", "normalize",
    "read_jsonl", "write_jsonl", "read_texts", "LABELS", "meeting", "Meeting", "to_frame", "meetings_frame",
]

_LAZY = {
    "Document": ("ie.doc", "Document"),
    "Span": ("ie.doc", "Span"),
    "LABELS": ("ie.doc", "LABELS"),
    "Pipeline": ("ie.pipeline", "Pipeline"),
    "extract": ("ie.pipeline", "extract"),
    "normalize": ("ie.normalize", "normalize"),
    "Meeting": ("ie.doc", "Meeting"),
    "read_jsonl": ("ie.formats.jsonl", "read_jsonl"),
    "write_jsonl": ("ie.formats.jsonl", "write_jsonl"),
    "read_texts": ("ie.sources", "read_texts"),
    "to_frame": ("ie.formats.table", "to_frame"),
    "meetings_frame": ("ie.formats.table", "meetings_frame"),
}


def meeting(text: str, doc_id: str | None = None):
    """The meeting record of a text (runs the pipeline)."""
    from .pipeline import extract as _extract

    return _extract(text, doc_id).meeting


def pipe(texts, n_process: int = 1, batch_size: int = 16, pipeline=None):
    """A Document per text (``text`` or ``(text, doc_id)``), in order;
    ``n_process`` > 1 (or -1: all cores) runs worker processes that each
    load the pipeline once (a script needs ``if __name__ == "__main__":``)."""
    if n_process == 1:
        from .pipeline import default_pipeline

        return (pipeline or default_pipeline()).pipe(texts, batch_size)
    from .run import pipe as _pipe

    return _pipe(texts, n_process, batch_size, pipeline)


def __dir__():
    """The public API (what tab completion offers), not the submodules."""
    return sorted(set(__all__) | {"__version__", "dask"})


def __getattr__(name):
    if name == "dask":  # the Dask runner, imported on first use
        import importlib

        return importlib.import_module("ie.run.cluster")
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'ie' has no attribute {name!r}")
