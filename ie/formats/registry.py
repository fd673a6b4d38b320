"""Which format a path is: one table for every command that reads or writes
records.

>>> format_of("spans.parquet"), format_of("out.jsonl"), format_of("-")
('parquet', 'jsonl', 'jsonl')
>>> format_of("gold.spacy", CONVERTS)
'spacy'
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

__all__ = ["SUFFIXES", "format_of", "OUTPUTS", "CONVERTS", "DESCRIPTIONS"]

SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
            ".pq": "parquet", ".csv": "csv", ".spacy": "spacy"}
DESCRIPTIONS = {"jsonl": ".jsonl", "parquet": ".parquet", "csv": ".csv", "spacy": ".spacy",
                "brat": "a folder (brat)"}
OUTPUTS = ("jsonl", "parquet", "csv")   # what `ie extract` and `ie meetings` write
CONVERTS = ("jsonl", "spacy", "brat")   # annotation interchange (`ie convert`)


def format_of(path, allowed=OUTPUTS) -> str:
    """The format of ``path`` by its suffix (stdout, ``-`` or None, is JSON
    Lines; a folder or a name without a suffix is brat where brat is
    allowed), or an InputError naming the formats ``allowed``."""
    if path is None or str(path) == "-":
        return "jsonl"
    p = Path(path)
    suffix = p.suffix.lower()
    fmt = SUFFIXES.get(suffix)
    if fmt is None and "brat" in allowed and (p.is_dir() or not suffix):
        fmt = "brat"
    if fmt not in allowed:
        what = ", ".join(DESCRIPTIONS[f] for f in allowed[:-1]) + " or " + DESCRIPTIONS[allowed[-1]]
        raise InputError(f"{path}: unknown format {suffix or '(no suffix)'} here; use {what}")
    return fmt
