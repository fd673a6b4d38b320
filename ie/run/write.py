"""The command line's jobs: extract many documents and write what they give,
to stdout or atomically to a file in the format of its suffix.
"""

from __future__ import annotations

import json
import sys

from ..formats.atomic import atomic_writer
from ..formats.registry import OUTPUTS, format_of
from ..formats.table import write_meetings, write_spans
from .local import meeting_records, records
from .signals import held

__all__ = ["Written", "extract_to", "meetings_to", "write_lines"]


class Written:
    """How many records a writer has written so far (kept when it is
    interrupted, to say so)."""

    def __init__(self):
        self.n = 0


def extract_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False,
               jobs: int | None = None, rule: bool = False, on_skip=None, progress=None,
               timeout: float | None = None, written: Written | None = None) -> int:
    """Write the records of ``paths`` to ``output`` (atomically: nothing is
    left on error or Ctrl-C) or stdout, in the format of its suffix: JSON
    Lines records, or Parquet/CSV span rows; return how many documents.
    ``written.n`` counts them as they go."""
    lines = records(paths, encoding, skip_bad, jobs, rule, on_skip=on_skip, progress=progress,
                    timeout=timeout)
    written = written or Written()
    fmt = format_of(output, OUTPUTS)
    if fmt != "jsonl":
        return write_spans((json.loads(line) for line in _counting(lines, written)), output, fmt)
    return write_lines(lines, output, written)


def meetings_to(paths, output=None, encoding: str = "utf-8", skip_bad: bool = False, jobs: int | None = None,
                on_skip=None, progress=None, timeout: float | None = None, written: Written | None = None) -> int:
    """``ie meetings``: one meeting record per source, in input order, to
    ``output`` (by its suffix; stdout if None); atomic; return how many.
    Each record is built in the worker from the pipeline's own reading text."""
    lines = meeting_records(paths, encoding, skip_bad, jobs, on_skip=on_skip, progress=progress, timeout=timeout)
    written = written or Written()
    fmt = format_of(output, OUTPUTS)
    if fmt != "jsonl":
        return write_meetings((json.loads(line) for line in _counting(lines, written)), output, fmt)
    return write_lines(lines, output, written)


def write_lines(lines, output, written: Written) -> int:
    """The one JSON Lines writer: ``lines`` to stdout (each counted once
    written) or atomically to ``output``; ``written.n`` counts as they go."""
    if output is None or str(output) == "-":
        for line in lines:
            with held():  # a record written is a record counted
                sys.stdout.write(line + "\n")
                written.n += 1
        sys.stdout.flush()
        return written.n
    with atomic_writer(output) as fh:
        for line in lines:
            fh.write(line + "\n")
            written.n += 1
    return written.n


def _counting(items, written):
    """``items``, counting them into ``written.n`` as they pass to a table
    writer."""
    for item in items:
        yield item
        written.n += 1


