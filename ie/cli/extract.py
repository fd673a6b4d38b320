"""``ie extract`` and ``ie meetings``: many documents to records, tables or a folder of parts."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError
from .app import (DOC_TIMEOUT, ENCODING, JOBS, PATHS, SKIP_BAD, _check_output, _interrupted, _write_failed,
                  app, fail, writing)


# --- extract and meetings ------------------------------------------------------------

@app.command(short_help="Entities of documents as records or span tables.")
def extract(
    paths: List[str] = PATHS,
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", show_default=False,
                                          help="Write here (atomically), format by suffix: .jsonl records, "
                                               ".parquet or .csv span rows; stdout (JSON Lines) if absent. "
                                               "With --dask: a folder."),
    encoding: str = ENCODING,
    skip_bad: bool = SKIP_BAD,
    explain: bool = typer.Option(False, "--explain", help="Add the rule behind each span to the records."),
    jobs: Optional[int] = JOBS,
    doc_timeout: float = DOC_TIMEOUT,
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS", show_default=False,
                                       help="Run on Dask: 'local' (a cluster on this machine) or a scheduler "
                                            "address tcp://host:8786; -o is then a folder of parts."),
    parts: Optional[str] = typer.Option(None, "--parts", metavar="FORMAT", show_default=False,
                                        help="With --dask: the parts' format, jsonl (SPEC records, the "
                                             "default) or parquet (span rows)."),
):
    """Extract entities from documents into SPEC records, one line a document
    (or, to .parquet/.csv, one row a span with the norm fields as columns).

    Example: ie extract seeds/ -o spans.jsonl
    """
    from ..run import Written, extract_to

    _check_jobs(jobs)
    timeout = _check_timeout(doc_timeout)
    if parts is not None and not dask:
        fail("--parts is the format of --dask parts; without --dask the suffix of -o chooses "
             "(.jsonl, .parquet or .csv)")
    if dask:
        return _extract_dask(paths, output, encoding, skip_bad, explain, jobs, dask, parts or "jsonl")
    written = Written()

    def work(bar):
        return extract_to(paths, output, encoding, skip_bad, jobs, explain, on_skip=_skipped, progress=bar,
                     timeout=timeout, written=written)

    _run_writer(work, output, "document(s)", paths, written, "record(s)")


def _check_jobs(jobs):
    if jobs is not None and jobs < 1:
        fail("--jobs must be at least 1")


def _check_timeout(seconds: float):
    if seconds < 0:
        fail("--doc-timeout must be 0 (no limit) or more")
    return seconds or None


def _run_writer(work, output, what: str, paths=(), written=None, records="record(s)"):
    """Check the output, then run ``work(progress)`` with a progress bar;
    turn bad input, a write error, a dead worker or a signal into one line
    and a non-zero exit."""
    from ..formats.registry import format_of
    from ..run import WorkerError

    _check_output(output, paths)
    try:
        format_of(output)
    except InputError as e:
        fail(str(e))
    bar = _ProgressBar(paths)
    try:
        n = work(bar)
    except (InputError, WorkerError) as e:
        bar.stop()
        fail(str(e))
    except KeyboardInterrupt as e:
        bar.stop()
        if (output is None or str(output) == "-") and written is not None:
            _interrupted(e, f"{written.n} {records} written to stdout")
        _interrupted(e, "no output written")
    except OSError as e:
        bar.stop()
        _write_failed(e, output)
    bar.stop()
    if output:
        typer.echo(f"ie: {n} {what} -> {output}", err=True)


def _skipped(message: str):
    typer.echo(f"ie: skipped: {message}", err=True)


class _ProgressBar:
    """``progress(done, total)`` callback: a rich bar on stderr when stderr
    is a terminal (silent otherwise), started on the first call, for
    multi-file work: documents, megabytes, documents/s, ETA."""

    def __init__(self, paths=()):
        self.bar = self.task = None
        self.started = False
        self.paths = paths
        self.mb = []  # megabytes read after each document

    def _sizes(self, total):
        from itertools import accumulate

        from ..sources import iter_sources

        sizes = []
        try:
            for src in iter_sources(self.paths or ()):
                sizes.append(0 if src.path == "-" else os.stat(src.path).st_size / 1e6)
        except (InputError, OSError):
            pass
        return list(accumulate(sizes)) if len(sizes) == total else []

    def __call__(self, done: int, total: int):
        if not self.started:
            self.started = True
            self.bar = _progress(total)
            if self.bar:
                self.mb = self._sizes(total)
                self.task = self.bar.add_task("extracting", total=total, mb="")
                self.bar.start()
        if self.bar:
            mb = f"{self.mb[done - 1]:.1f}/{self.mb[-1]:.1f} MB" if self.mb and done else ""
            self.bar.update(self.task, completed=done, mb=mb)

    def stop(self):
        if self.bar:
            self.bar.stop()
            self.bar = None


def _progress(total: int):
    """A rich progress bar on stderr if it is a terminal, else None."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "")

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("documents"), TextColumn("{task.fields[mb]}"), Rate(), TextColumn("ETA"),
                    TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


def _extract_dask(paths, output, encoding, skip_bad, explain, jobs, address, parts="jsonl"):
    from ..run.cluster import PART_FORMATS, extract_to_folder

    if output is None or str(output) == "-":
        fail("--dask writes a folder of parts: give -o FOLDER")
    if parts not in PART_FORMATS:
        fail(f"--parts must be {' or '.join(PART_FORMATS)}, not {parts}")
    if not output.is_dir() and output.suffix.lower() in (".jsonl", ".json", ".ndjson", ".parquet", ".pq", ".csv"):
        fail(f"{output}: --dask writes a folder of parts, not a {output.suffix} file; "
             f"give -o FOLDER (e.g. -o {output.with_suffix('')}/)")
    _check_output(output, paths, folder=True)
    with writing(output):
        manifest = extract_to_folder(paths, output, address, encoding=encoding, skip_bad=skip_bad,
                                     rule=explain, n_workers=jobs, on_skip=_skipped, fmt=parts)
    typer.echo(f"ie: {manifest['documents']} document(s) in {len(manifest['parts'])} part(s) -> {output}", err=True)


@app.command(short_help="One meeting record per document.")
def meetings(
    paths: List[str] = PATHS,
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", show_default=False,
                                          help="Write here (atomically), format by suffix: .jsonl records, "
                                               ".parquet or .csv rows; stdout (JSON Lines) if absent."),
    encoding: str = ENCODING,
    skip_bad: bool = SKIP_BAD,
    jobs: Optional[int] = JOBS,
    doc_timeout: float = DOC_TIMEOUT,
):
    """One meeting record per document: body, session, city, dates, chairs,
    panel, participating, speaking and observer states, organisations,
    documents and resolutions, each with the span it came from.

    Example: ie meetings seeds/ -o meetings.parquet
    """
    from ..run import Written, meetings_to

    _check_jobs(jobs)
    timeout = _check_timeout(doc_timeout)
    written = Written()

    def work(bar):
        return meetings_to(paths, output, encoding, skip_bad, jobs, on_skip=_skipped, progress=bar,
                           timeout=timeout, written=written)

    _run_writer(work, output, "meeting(s)", paths, written, "meeting record(s)")
