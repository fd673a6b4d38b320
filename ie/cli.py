"""The ``ie`` command line: thin wrappers over importable functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .io import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Entities from Russian UN meeting documents, exact on PDF-extracted text.",
    pretty_exceptions_enable=False,
)


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


def _documents(paths, encoding, skip_bad, pipeline):
    """Yield finished Documents for the sources; report or raise bad inputs."""
    from .io import iter_sources, read_text

    sources = iter_sources(paths)
    progress = _progress(len(sources))
    task = progress.add_task("extracting", total=len(sources)) if progress else None
    if progress:
        progress.start()
    try:
        for src in sources:
            try:
                text = read_text(src, encoding)
            except InputError as e:
                if not skip_bad:
                    raise
                typer.echo(f"ie: skipped: {e}", err=True)
                continue
            yield pipeline(text, src.doc_id)
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (*.txt, *.md, recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write JSON Lines here (atomically); stdout if absent."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Text encoding of the inputs, e.g. cp1251."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Report unreadable files on stderr and go on."),
    explain: bool = typer.Option(False, "--explain", help="Add the rule behind each span to the records."),
):
    """Extract entities from documents into SPEC records, one line a document.

    Example: ie extract seeds/ -o spans.jsonl
    """
    from .io import write_jsonl
    from .pipeline import default_pipeline

    try:
        docs = _documents(paths, encoding, skip_bad, default_pipeline())
        n = write_jsonl(docs, output, rule=explain)
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted; no output written", 130)
    if output:
        typer.echo(f"ie: {n} document(s) -> {output}", err=True)


@app.command()
def normalize(
    path: str = typer.Argument(..., help="A text file, or - for stdin."),
    map_: bool = typer.Option(False, "--map", help="Print reading->original offsets instead of the text."),
    encoding: str = typer.Option("utf-8", "--encoding"),
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
    encoding: str = typer.Option("utf-8", "--encoding"),
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
):
    """Time the full pipeline against natasha's Segmenter+NER on the same text."""
    from .bench import run_bench

    if size <= 0:
        fail("--size must be positive")
    result = run_bench(size, natasha)
    if as_json:
        typer.echo(json.dumps(result, indent=1))
        return
    from .report import print_bench

    print_bench(result)


def main():
    try:
        app()
    except InputError as e:
        typer.echo(f"ie: error: {e}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
