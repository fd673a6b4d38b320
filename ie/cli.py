"""The ``ie`` command line: thin wrappers over importable functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import typer

from .io import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Entities from Russian UN meeting documents, exact on PDF-extracted text.",
    pretty_exceptions_enable=False,
)

# Options the commands that read documents share.
PATHS = typer.Argument(..., help="Files, folders (*.txt, *.md, recursively) or - for stdin.")
ENCODING = typer.Option("utf-8", "--encoding", help="Text encoding of the inputs, e.g. cp1251.")
SKIP_BAD = typer.Option(False, "--skip-bad", help="Report unreadable files on stderr and go on.")
JOBS = typer.Option(None, "-j", "--jobs", help="Worker processes (default: all cores); output is the same for any N.")


def fail(message: str, code: int = 1):
    """One line on stderr and a non-zero exit; never a traceback."""
    typer.echo(f"ie: error: {message}", err=True)
    raise typer.Exit(code)


def _progress(total: int):
    """A rich progress bar on a terminal for multi-file work, else nothing."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), transient=True)


@app.command()
def extract(
    paths: List[str] = PATHS,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here (atomically), format by suffix: .jsonl records, .parquet or .csv span rows; stdout (JSON Lines) if absent. With --dask: a folder."),
    encoding: str = ENCODING,
    skip_bad: bool = SKIP_BAD,
    explain: bool = typer.Option(False, "--explain", help="Add the rule behind each span to the records."),
    jobs: Optional[int] = JOBS,
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: 'local' (a cluster on this machine) or a scheduler address tcp://host:8786; -o is then a folder of parts."),
    parts: str = typer.Option("jsonl", "--parts", help="With --dask: the parts' format, jsonl (SPEC records) or parquet (span rows)."),
):
    """Extract entities from documents into SPEC records, one line a document
    (or, to .parquet/.csv, one row a span with the norm fields as columns).

    Example: ie extract seeds/ -o spans.jsonl
    """
    from .parallel import extract_to
    from .table import extract_to_table, format_of

    _check_jobs(jobs)
    if dask:
        return _extract_dask(paths, output, encoding, skip_bad, explain, jobs, dask, parts)
    def work(bar):
        write = extract_to if format_of(output) == "jsonl" else extract_to_table
        return write(paths, output, encoding, skip_bad, jobs, explain, on_skip=_skipped, progress=bar)

    _run_writer(work, output, "document(s)")


def _check_jobs(jobs):
    if jobs is not None and jobs < 1:
        fail("--jobs must be at least 1")


def _run_writer(work, output, what: str):
    """Run ``work(progress)`` with a progress bar; turn bad input, a dead
    worker or Ctrl-C into one line and a non-zero exit."""
    from .parallel import WorkerError

    bar = _ProgressBar()
    try:
        n = work(bar)
    except (InputError, WorkerError) as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted; no output written", 130)
    finally:
        bar.stop()
    if output:
        typer.echo(f"ie: {n} {what} -> {output}", err=True)


def _skipped(message: str):
    typer.echo(f"ie: skipped: {message}", err=True)


class _ProgressBar:
    """``progress(done, total)`` callback: a rich bar on a terminal, started
    on the first call, for multi-file work."""

    def __init__(self):
        self.bar = self.task = None
        self.started = False

    def __call__(self, done: int, total: int):
        if not self.started:
            self.started = True
            self.bar = _progress(total)
            if self.bar:
                self.task = self.bar.add_task("extracting", total=total)
                self.bar.start()
        if self.bar:
            self.bar.update(self.task, completed=done)

    def stop(self):
        if self.bar:
            self.bar.stop()


def _extract_dask(paths, output, encoding, skip_bad, explain, jobs, address, parts="jsonl"):
    from .dask import extract_to_folder

    if output is None or str(output) == "-":
        fail("--dask writes a folder of parts: give -o FOLDER")
    try:
        manifest = extract_to_folder(paths, output, address, encoding=encoding, skip_bad=skip_bad,
                                     rule=explain, n_workers=jobs, on_skip=_skipped, fmt=parts)
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted; no output written", 130)
    typer.echo(f"ie: {manifest['documents']} document(s) in {len(manifest['parts'])} part(s) -> {output}", err=True)


@app.command()
def meetings(
    paths: List[str] = PATHS,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here (atomically), format by suffix: .jsonl records, .parquet or .csv rows; stdout (JSON Lines) if absent."),
    encoding: str = ENCODING,
    skip_bad: bool = SKIP_BAD,
    jobs: Optional[int] = JOBS,
):
    """One meeting record per document: body, session, city, dates, chairs,
    panel, participating, speaking and observer states, organisations,
    documents and resolutions, each with the span it came from.

    Example: ie meetings seeds/ -o meetings.parquet
    """
    from .table import format_of, meetings_to

    _check_jobs(jobs)

    def work(bar):
        format_of(output)
        return meetings_to(paths, output, encoding, skip_bad, jobs, on_skip=_skipped, progress=bar)

    _run_writer(work, output, "meeting(s)")


@app.command("build-model")
def build_model(
    output: Path = typer.Argument(Path("models/ru_un_ie"), help="Folder to write the spaCy pipeline to."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold records to score it on (default: annotations/gold.jsonl)."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder with <doc_id>.txt (default: bundled seeds)."),
):
    """Save the ie pipeline as a spaCy pipeline (tokenizer + un_ie, with the
    country gazetteer and hyphen exceptions) with its model card, scored on
    the gold.

    Example: ie build-model models/ru_un_ie
    """
    from .spacy_component import build_model as build

    try:
        result = build(output, gold, texts)
    except InputError as e:
        fail(str(e))
    micro = result["micro"]["exact"]
    typer.echo(f"ie: model -> {output} (seed gold: P {micro['precision']:.3f} R {micro['recall']:.3f} "
               f"F1 {micro['f1']:.3f})", err=True)


@app.command()
def normalize(
    path: str = typer.Argument(..., help="A text file, or - for stdin."),
    map_: bool = typer.Option(False, "--map", help="Print reading->original offsets instead of the text."),
    encoding: str = ENCODING,
):
    """Print the reading text of a document: lines unwrapped, hyphen breaks
    joined, page headers and debris dropped.  With --map, one line per
    reading segment: reading_start, original_start, length and the text.
    """
    from .io import Source, read_text
    from .normalize import normalize as run

    try:
        src = Source(path, Path(path).stem)
        if path != "-" and not Path(path).is_file():
            raise InputError(f"{path}: no such file")
        reading = run(read_text(src, encoding))
    except InputError as e:
        fail(str(e))
    if not map_:
        sys.stdout.write(reading.text + "\n")
        return
    for r, o, n in reading.segments:
        sys.stdout.write(f"{r}\t{o}\t{n}\t{json.dumps(reading.text[r:r + n], ensure_ascii=False)}\n")


@app.command()
def explain(
    path: str = typer.Argument(..., help="A text file, or - for stdin."),
    label: Optional[List[str]] = typer.Option(None, "--label", help="Only these labels."),
    encoding: str = ENCODING,
):
    """Show each span with the rule that made it."""
    from .io import Source, read_text
    from .pipeline import extract as run

    try:
        doc = run(read_text(Source(path, Path(path).stem), encoding) if path == "-" or Path(path).is_file()
                  else _missing(path), Path(path).stem)
    except InputError as e:
        fail(str(e))
    for s in doc.spans:
        if label and s.label not in label:
            continue
        typer.echo(f"{s.start}:{s.end}\t{s.label}\t{s.text!r}\t{json.dumps(s.norm, ensure_ascii=False)}\t{s.rule}")


def _missing(path):
    raise InputError(f"{path}: no such file")


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold records (JSONL)."),
    pred: Optional[Path] = typer.Argument(None, help="Predicted records (JSONL); or use --run."),
    run: bool = typer.Option(False, "--run", help="Run the current pipeline on the gold's texts and score it."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder with <doc_id>.txt (default: bundled seeds)."),
    labels: Optional[List[str]] = typer.Option(None, "--labels", help="Score only these labels."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    show_errors: bool = typer.Option(False, "--errors", help="List every error with its context."),
    ner: str = typer.Option("auto", "--ner", help="With --run: where slovnet NER runs: auto (only where needed), all, none."),
):
    """Score predictions against gold: exact and partial P/R/F1, norm accuracy.

    Example: ie evaluate annotations/gold.jsonl --run --errors
    """
    from . import evaluate as ev
    from .io import read_jsonl

    try:
        gold_docs = read_jsonl(gold)
        if run:
            if ner not in ("auto", "all", "none"):
                raise InputError(f"--ner must be auto, all or none, not {ner}")
            pred_docs, originals = _run_on_gold(gold_docs, texts, ner)
        elif pred is not None:
            pred_docs = read_jsonl(pred)
            originals = _texts_for(gold_docs, texts, required=False)
        else:
            raise InputError("give PRED records or --run")
        for lab in labels or []:
            if lab not in ev.LABELS:
                raise InputError(f"unknown label {lab}; labels: {', '.join(ev.LABELS)}")
        result = ev.score(gold_docs, pred_docs, labels)
        errs = ev.errors(gold_docs, pred_docs, labels) if show_errors else []
    except (InputError, ev.ScoreError) as e:
        fail(str(e))
    if as_json:
        if show_errors:
            result["errors"] = [_error_json(e) for e in errs]
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    from .report import print_errors, print_scores

    print_scores(result)
    if show_errors:
        print_errors(errs, originals)


def _error_json(e):
    return {"doc_id": e.doc_id, "kind": e.kind,
            "gold": e.gold.to_json() if e.gold else None, "pred": e.pred.to_json(rule=True) if e.pred else None}


def _texts_for(gold_docs, folder, required=True):
    from .bench import seeds_dir
    from .io import decode

    folder = Path(folder) if folder else seeds_dir()
    out = {}
    for g in gold_docs:
        p = folder / f"{g.doc_id}.txt"
        if not p.is_file():
            if required:
                raise InputError(f"{g.doc_id}: no text {p} (give --texts FOLDER)")
            continue
        out[g.doc_id] = decode(p.read_bytes(), str(p))
    return out


def _run_on_gold(gold_docs, folder, ner="auto"):
    from .pipeline import Pipeline, default_pipeline

    originals = _texts_for(gold_docs, folder)
    pipe = default_pipeline() if ner == "auto" else Pipeline(ner=ner)
    return [pipe(originals[g.doc_id], g.doc_id) for g in gold_docs], originals


@app.command()
def validate(
    path: Path = typer.Argument(..., help="A JSONL file of SPEC records."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder with <doc_id>.txt to check text and offsets too."),
):
    """Check records against the SPEC schema (labels, norms, offsets, overlaps)."""
    from .validate import validate_file

    if not path.is_file():
        fail(f"{path}: no such file")
    originals = {}
    if texts:
        from .io import read_jsonl

        try:
            originals = _texts_for(read_jsonl(path), texts, required=False)
        except InputError as e:
            fail(str(e))
    found = validate_file(path, originals)
    for p in found:
        typer.echo(p, err=True)
    if found:
        fail(f"{path}: {len(found)} problem(s)")
    typer.echo(f"{path}: valid")


@app.command()
def bench(
    size: float = typer.Option(1.0, "--size", help="Megabytes of text (the seeds repeated)."),
    natasha: bool = typer.Option(True, "--natasha/--no-natasha", help="Also time natasha Segmenter+NER."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    jobs: int = typer.Option(1, "-j", "--jobs", help="ie worker processes (files read by the workers, as ie extract --jobs)."),
):
    """Time the full pipeline against natasha's Segmenter+NER on the same text:
    chars/s, documents/s, start-up time and peak memory per worker.

    Example: ie bench --size 50 --jobs 2 --no-natasha
    """
    from .bench import run_bench

    if size <= 0:
        fail("--size must be positive")
    if jobs < 1:
        fail("--jobs must be at least 1")
    result = run_bench(size, natasha, jobs)
    if as_json:
        typer.echo(json.dumps(result, indent=1))
        return
    from .report import print_bench

    print_bench(result)


@app.command()
def review(
    gold: Optional[Path] = typer.Argument(None, help="Gold records (JSONL); decisions go to GOLD.review.jsonl beside it."),
    against: Optional[Path] = typer.Option(None, "--against", help="Predicted (or another annotator's) records."),
    run: bool = typer.Option(False, "--run", help="Compare the gold with the current pipeline's output."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder with <doc_id>.txt (default: bundled seeds)."),
    labels: Optional[List[str]] = typer.Option(None, "--filter", help="Only disagreements of this label (repeatable)."),
    docs: Optional[List[str]] = typer.Option(None, "--doc", help="Only this document (repeatable)."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Only missing|spurious|boundary|label|norm (repeatable)."),
    summary: bool = typer.Option(False, "--summary", help="Print counts by label and kind; no review."),
    list_: bool = typer.Option(False, "--list", help="Print the disagreements as a tab-separated table; no review."),
    agreement: Optional[Tuple[Path, Path]] = typer.Option(None, "--agreement", help="LOG1 LOG2: two reviewers' agreement."),
):
    """Review disagreements one at a time: accept, keep, edit, relabel, skip, undo.

    Every decision is logged at once to GOLD.review.jsonl and the gold is
    rewritten from the log; run the same command again to resume.

    Example: ie review annotations/gold.jsonl --run --only missing
    """
    from . import review as rv
    from .evaluate import ScoreError
    from .io import read_jsonl

    try:
        if agreement:
            rv.print_agreement(rv.agreement(*agreement))
            return
        if gold is None:
            raise InputError("give GOLD records (or --agreement LOG1 LOG2)")
        filters = rv.Filters(tuple(labels or ()), tuple(docs or ()), tuple(only or ()))
        gold_docs = read_jsonl(gold)
        if run:
            pred_docs, originals = _run_on_gold(gold_docs, texts)
        elif against is not None:
            pred_docs = read_jsonl(against)
            originals = _texts_for(gold_docs, texts, required=not (summary or list_))
        else:
            raise InputError("give --against PRED or --run")
        if summary or list_:
            log = rv.ReviewLog(gold, write=False)
            if summary:
                rv.print_summary(rv.summary(log, pred_docs, filters))
            else:
                rv.print_listing(rv.listing(log, pred_docs, filters))
            return
        rv.review(gold, pred_docs, originals, filters,
                  source=f"gold {gold}  vs  {'the current pipeline' if run else against}")
    except (InputError, ScoreError) as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted; every decision made is saved", 130)


@app.command()
def convert(
    src: Path = typer.Argument(..., help="Input: records .jsonl, a brat folder (.txt + .ann) or a spaCy .spacy file."),
    dst: Path = typer.Argument(..., help="Output: .jsonl, .spacy, or a folder for brat standoff."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder with <doc_id>.txt for JSONL input (default: bundled seeds)."),
):
    """Convert annotations between JSONL records, brat standoff and spaCy DocBin.

    Offsets are kept exactly; norms travel as brat AnnotatorNotes and as
    spaCy user data. Example: ie convert annotations/gold.jsonl gold_brat/
    """
    from . import convert as cv
    from .io import read_jsonl

    try:
        originals = None
        if cv.format_of(src) == "jsonl":
            originals = _texts_for(read_jsonl(src), texts)
        n = cv.convert(src, dst, originals)
    except InputError as e:
        fail(str(e))
    typer.echo(f"ie: {n} document(s) -> {dst}", err=True)


def main():
    try:
        app()
    except InputError as e:
        typer.echo(f"ie: error: {e}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
