"""ie: entities from Russian UN meeting documents, exact on PDF-extracted text.

>>> import ie
>>> doc = ie.extract("Делегация Брази-\\n\\nлии выступила.")
>>> [(s.label, s.text, s.norm["code"]) for s in doc.spans]
[('COUNTRY', 'Брази-\\n\\nлии', 'BR')]

Importing is cheap; models and dictionaries load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "Document", "Span", "Pipeline", "extract", "normalize",
    "read_jsonl", "write_jsonl", "read_texts", "LABELS", "meeting", "Meeting", "to_frame", "meetings_frame",
]

_LAZY = {
    "Document": ("ie.doc", "Document"),
    "Span": ("ie.doc", "Span"),
    "LABELS": ("ie.doc", "LABELS"),
    "Pipeline": ("ie.pipeline", "Pipeline"),
    "extract": ("ie.pipeline", "extract"),
    "normalize": ("ie.normalize", "normalize"),
    "Meeting": ("ie.meetings", "Meeting"),
    "read_jsonl": ("ie.io", "read_jsonl"),
    "write_jsonl": ("ie.io", "write_jsonl"),
    "read_texts": ("ie.io", "read_texts"),
    "to_frame": ("ie.table", "to_frame"),
    "meetings_frame": ("ie.table", "meetings_frame"),
}


def meeting(text: str, doc_id: str | None = None):
    """The meeting record of a text (runs the pipeline)."""
    from .pipeline import extract as _extract

    return _extract(text, doc_id).meeting


def __dir__():
    """The public API (what tab completion offers), not the submodules."""
    return sorted(set(__all__) | {"__version__", "dask"})


def __getattr__(name):
    if name == "dask":  # the ie.dask module, imported on first use
        import importlib

        return importlib.import_module("ie.dask")
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'ie' has no attribute {name!r}")
