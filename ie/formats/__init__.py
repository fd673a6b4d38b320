"""Records in and out: one format registry, one atomic writer.

- :mod:`.registry`: which format a path is (``.jsonl``, ``.parquet``,
  ``.csv``, ``.spacy``, a brat folder);
- :mod:`.atomic`: every file is written to a temporary file and renamed,
  with the umask's mode;
- :mod:`.jsonl`: SPEC records as JSON Lines;
- :mod:`.table`: spans and meetings as pandas frames, Parquet and CSV;
- :mod:`.convert`: brat standoff and spaCy DocBin.

:func:`read_records` reads records (without their texts) from any format
that holds them, for ``ie validate`` and ``ie evaluate``.
"""

from __future__ import annotations

from pathlib import Path

from ..doc import Document
from ..errors import InputError
from .atomic import atomic_writer, check_output
from .jsonl import read_jsonl, write_jsonl
from .registry import SUFFIXES, format_of
from .table import read_spans

__all__ = ["read_records", "is_table", "read_jsonl", "write_jsonl", "atomic_writer",
           "check_output", "format_of", "read_spans"]


def is_table(path) -> bool:
    """Whether ``path`` is a Parquet file by its suffix (records are JSON
    Lines otherwise, whatever the suffix)."""
    return SUFFIXES.get(Path(path).suffix.lower()) == "parquet"


def read_records(path) -> list:
    """Documents without text from a file of records: Parquet span rows
    (``ie extract -o x.parquet``) by the suffix, else JSON Lines."""
    if not is_table(path):
        return read_jsonl(path)
    docs = []
    for data in read_spans(path):
        try:
            docs.append(Document.from_json(data))
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"{path}: {data.get('doc_id')}: bad span ({e})") from None
    return docs
