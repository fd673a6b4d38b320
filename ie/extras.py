"""Optional extras: what a feature needs beyond the core, and a clear error
when it is missing.

The core (`pip install ie`) is the library, the command line, JSON Lines and
spaCy.  Tables (pandas DataFrames, Parquet, CSV) need ``ie[tables]``; Dask
needs ``ie[dask]``.

>>> need("json", "tables", "a test").__name__
'json'
"""

from __future__ import annotations

import importlib

from .errors import InputError

__all__ = ["MissingExtra", "need"]


class MissingExtra(InputError):
    """A feature was asked for whose optional packages are not installed."""


def need(module: str, extra: str, what: str):
    """Import ``module``; if it is missing, say which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{what} needs the optional packages of ie[{extra}]: "
                           f"pip install 'ie[{extra}]'") from None
