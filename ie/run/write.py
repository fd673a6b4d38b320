"""The command line's jobs: extract many documents and write what they give,
to stdout or atomically to a file in the format of its suffix.
"""

from __future__ import annotations

import json

from ..formats.jsonl import Written, write_lines
from ..formats.registry import OUTPUTS, format_of
from ..formats.table import write_meetings, write_spans
from .local import meeting_records, records

__all__ = ["Written", "extract_to", "meetings_to"]


def extract_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False,
               jobs: int | None = None, rule: bool = False, on_skip=None, progress=None,
               timeout: float | None = None, written: Written | None = None) -> int:
    """Write the records of ``paths`` to ``output`` (atomically: nothing is
    left on error or Ctrl-C) or stdout, in the format of its suffix: JSON
    Lines records, or Parquet/CSV span rows; return how many documents.
    ``written.n`` counts them as they go."""
    lines = records(paths, encoding, skip_bad, jobs, rule, on_skip=on_skip, progress=progress,
                    timeout=timeout)
    return _write(lines, output, written or Written(), write_spans)


def meetings_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = None,
                on_skip=None, progress=None, timeout: float | None = None, written: Written | None = None) -> int:
    """``ie meetings``: one meeting record per source, in input order, to
    ``output`` (by its suffix; stdout if None); atomic; return how many.
    Each record is built in the worker from the pipeline's own reading text."""
    lines = meeting_records(paths, encoding, skip_bad, jobs, on_skip=on_skip, progress=progress, timeout=timeout)
    return _write(lines, output, written or Written(), write_meetings)


def _write(lines, output, written: Written, table) -> int:
    """JSON ``lines`` to ``output`` in the format of its suffix: as they are
    (JSON Lines, stdout if None), or through ``table`` (Parquet/CSV rows)."""
    fmt = format_of(output, OUTPUTS)
    if fmt == "jsonl":
        return write_lines(lines, output, written)
    return table((json.loads(line) for line in _counting(lines, written)), output, fmt)


def _counting(items, written):
    """``items``, counting them into ``written.n`` as they pass to a table
    writer."""
    for item in items:
        yield item
        written.n += 1


