"""The ``ie`` command line: thin wrappers over importable functions."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import typer

from .io import InputError

def _argument_type_hidden():
    """Typer prints an argument's Python type beside its name in --help
    (``PATH... <list[str]>``) and braces around it in the usage line
    (``{paths}...``); an argument given a metavar shows just that, as
    ``PATH...`` or ``[GOLD]``."""
    from typer.core import TyperArgument

    shown, usage = TyperArgument.display_type_rich, TyperArgument._usage_display_name

    def display_type_rich(self, ctx):
        return None if self.metavar is not None else shown(self, ctx)

    def usage_display_name(self):
        if self.metavar is None:
            return usage(self)
        name = self.metavar if self.required else f"[{self.metavar}]"
        return name + ("..." if self.nargs != 1 else "")

    TyperArgument.display_type_rich = display_type_rich
    TyperArgument._usage_display_name = usage_display_name


_argument_type_hidden()

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    help="Entities from Russian UN meeting documents, exact on PDF-extracted text.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DOC_TIMEOUT_S = 120.0
VALIDATE_SHOWN = 20  # problems listed before "… and N more"

# Options the commands that read documents share.
PATHS = typer.Argument(..., metavar="PATH", show_default=False,
                       help="Files, folders (*.txt, *.md, recursively) or - for stdin.")
ENCODING = typer.Option("utf-8", "--encoding", metavar="NAME", help="Text encoding of the inputs, e.g. cp1251.")
SKIP_BAD = typer.Option(False, "--skip-bad", help="Report unreadable files (and documents past the time limit) "
                                                  "on stderr and go on.")
JOBS = typer.Option(None, "-j", "--jobs", metavar="N", show_default=False,
                    help="Worker processes. Default: chosen by input size: one process for less than 2 MB "
                         "(starting a worker takes seconds), then one per MB, up to all cores. "
                         "The output is the same for any N.")
DOC_TIMEOUT = typer.Option(DOC_TIMEOUT_S, "--doc-timeout", metavar="SECONDS",
                           help="Stop a document whose extraction takes longer than this and report it as a "
                                "bad file (skipped with --skip-bad); 0: no limit.")
TEXTS_HELP = "Folder with <doc_id>.txt (default: the seeds, in a checkout of the project)."


def fail(message: str, code: int = 1):
    """One line on stderr and a non-zero exit; never a traceback."""
    typer.echo(f"ie: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool):
    if value:
        from . import __version__

        typer.echo(f"ie {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
    """Entities from Russian UN meeting documents, exact on PDF-extracted text."""


# --- signals and write errors ------------------------------------------------------

class Interrupted(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP: handled alike; exit 128 + the signal."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOP = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


def _on_stop(signum, frame):
    for sig in _STOP:  # the first signal wins: the cleanup is not interrupted again
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def install_signals():
    """SIGTERM and SIGHUP handled like Ctrl-C (unless ignored, as under
    nohup); a file-size limit (ulimit -f) is a write error, not a crash."""
    for sig in _STOP:
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _on_stop)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _interrupted(e: BaseException, what: str):
    """Exit for an interruption with one line: 128 + the signal (130 for Ctrl-C)."""
    signum = getattr(e, "signum", signal.SIGINT)
    name = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
    fail(f"interrupted ({name}); {what}", 128 + signum)


def _drop_stdout():
    """After a write error on stdout: point it at /dev/null, so that the
    flush at exit does not fail again with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _write_failed(e: OSError, output):
    if isinstance(e, BrokenPipeError):  # the reader of stdout has gone (ie extract … | head)
        _drop_stdout()
        raise typer.Exit(141)
    if output is None or str(output) == "-":
        _drop_stdout()
        fail(f"cannot write to stdout ({e.strerror or e})")
    fail(f"{output}: cannot write ({e.strerror or e})")


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
    from .parallel import Written, extract_to
    from .table import extract_to_table, format_of

    _check_jobs(jobs)
    timeout = _check_timeout(doc_timeout)
    if parts is not None and not dask:
        fail("--parts is the format of --dask parts; without --dask the suffix of -o chooses "
             "(.jsonl, .parquet or .csv)")
    if dask:
        return _extract_dask(paths, output, encoding, skip_bad, explain, jobs, dask, parts or "jsonl")
    written = Written()

    def work(bar):
        write = extract_to if format_of(output) == "jsonl" else extract_to_table
        return write(paths, output, encoding, skip_bad, jobs, explain, on_skip=_skipped, progress=bar,
                     timeout=timeout, written=written)

    _run_writer(work, output, "document(s)", paths, written, "record(s)")


def _check_jobs(jobs):
    if jobs is not None and jobs < 1:
        fail("--jobs must be at least 1")


def _check_timeout(seconds: float):
    if seconds < 0:
        fail("--doc-timeout must be 0 (no limit) or more")
    return seconds or None


def _check_output(output, paths=(), folder=False):
    """Before any work: the output must be writable, and not an input."""
    from .io import check_output, iter_sources

    if output is None or str(output) == "-":
        return
    try:
        inputs = [p for p in paths or () if p != "-"]
        inputs += [s.path for s in iter_sources(paths)] if paths else []
        check_output(output, folder=folder, inputs=inputs)
    except InputError as e:
        fail(str(e))


def _run_writer(work, output, what: str, paths=(), written=None, records="record(s)"):
    """Check the output, then run ``work(progress)`` with a progress bar;
    turn bad input, a write error, a dead worker or a signal into one line
    and a non-zero exit."""
    from .parallel import WorkerError

    _check_output(output, paths)
    try:
        from .table import format_of

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

        from .io import iter_sources

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
    from .dask import PART_FORMATS, extract_to_folder

    if output is None or str(output) == "-":
        fail("--dask writes a folder of parts: give -o FOLDER")
    if parts not in PART_FORMATS:
        fail(f"--parts must be {' or '.join(PART_FORMATS)}, not {parts}")
    if not output.is_dir() and output.suffix.lower() in (".jsonl", ".json", ".ndjson", ".parquet", ".pq", ".csv"):
        fail(f"{output}: --dask writes a folder of parts, not a {output.suffix} file; "
             f"give -o FOLDER (e.g. -o {output.with_suffix('')}/)")
    _check_output(output, paths, folder=True)
    try:
        manifest = extract_to_folder(paths, output, address, encoding=encoding, skip_bad=skip_bad,
                                     rule=explain, n_workers=jobs, on_skip=_skipped, fmt=parts)
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt as e:
        _interrupted(e, "no output written")
    except OSError as e:
        _write_failed(e, output)
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
    from .parallel import Written
    from .table import meetings_to

    _check_jobs(jobs)
    timeout = _check_timeout(doc_timeout)
    written = Written()

    def work(bar):
        return meetings_to(paths, output, encoding, skip_bad, jobs, on_skip=_skipped, progress=bar,
                           timeout=timeout, written=written)

    _run_writer(work, output, "meeting(s)", paths, written, "meeting record(s)")


# --- one document ----------------------------------------------------------------------

@app.command("build-model", short_help="Save the pipeline as a spaCy pipeline.")
def build_model(
    output: Path = typer.Argument(Path("models/ru_un_ie"), metavar="FOLDER",
                                  help="Folder to write the spaCy pipeline to."),
    gold: Optional[Path] = typer.Option(None, "--gold", metavar="FILE", show_default=False,
                                        help="Gold records to score it on (default: annotations/gold.jsonl "
                                             "in a checkout of the project)."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False, help=TEXTS_HELP),
):
    """Save the ie pipeline as a spaCy pipeline (tokenizer + un_ie, with the
    country gazetteer and hyphen exceptions) with its model card, scored on
    the gold.

    Example: ie build-model models/ru_un_ie
    """
    from .spacy_component import build_model as build

    try:
        gold = gold or _checkout_file("annotations/gold.jsonl", "--gold FILE")
        texts = _texts_folder(texts)
    except InputError as e:
        fail(str(e))
    _check_output(output, folder=True)
    try:
        result = build(output, gold, texts)
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt as e:
        _interrupted(e, "no model written")
    except OSError as e:
        _write_failed(e, output)
    micro = result["micro"]["exact"]
    typer.echo(f"ie: model -> {output} (seed gold: P {micro['precision']:.3f} R {micro['recall']:.3f} "
               f"F1 {micro['f1']:.3f})", err=True)


def _one_file(path: str) -> str:
    """A file argument: ``-`` or an existing file, else a one-line error."""
    if path != "-":
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{path}: is a folder; this command takes one file (ie extract reads folders)")
        if not p.exists():
            raise InputError(f"{path}: no such file")
    return path


@app.command(short_help="The reading text of a document, or its offset map.")
def normalize(
    path: str = typer.Argument(..., metavar="FILE", help="A text file, or - for stdin."),
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
        reading = run(read_text(Source(_one_file(path), Path(path).stem), encoding))
    except InputError as e:
        fail(str(e))
    try:
        if not map_:
            sys.stdout.write(reading.text + "\n")
        else:
            for r, o, n in reading.segments:
                sys.stdout.write(f"{r}\t{o}\t{n}\t{json.dumps(reading.text[r:r + n], ensure_ascii=False)}\n")
        sys.stdout.flush()
    except OSError as e:
        _write_failed(e, None)


@app.command(short_help="Each span with the rule that made it.")
def explain(
    path: str = typer.Argument(..., metavar="FILE", help="A text file, or - for stdin."),
    label: Optional[List[str]] = typer.Option(None, "--label", metavar="LABEL", show_default=False,
                                              help="Only this label (repeatable): COUNTRY, DATE, MEETING, "
                                                   "RESOLUTION, SPEAKER, PERSON or DOCUMENT."),
    encoding: str = ENCODING,
):
    """Show each span with the rule that made it."""
    from .doc import LABELS
    from .io import Source, read_text
    from .pipeline import extract as run

    wanted = {lab.upper() for lab in label or ()}
    unknown = sorted(wanted - set(LABELS))
    if unknown:
        fail(f"unknown label {', '.join(unknown)}; labels: {', '.join(LABELS)}")
    try:
        doc = run(read_text(Source(_one_file(path), Path(path).stem), encoding), Path(path).stem)
    except InputError as e:
        fail(str(e))
    try:
        for s in doc.spans:
            if wanted and s.label not in wanted:
                continue
            sys.stdout.write(f"{s.start}:{s.end}\t{s.label}\t{s.text!r}\t"
                             f"{json.dumps(s.norm, ensure_ascii=False)}\t{s.rule}\n")
        sys.stdout.flush()
    except OSError as e:
        _write_failed(e, None)


# --- gold and scores -------------------------------------------------------------------

def _checkout_file(relative: str, option: str) -> Path:
    """A file of the project checkout (``annotations/gold.jsonl``), or an
    InputError asking for ``option`` when ie is installed without one."""
    p = Path(__file__).resolve().parent.parent / relative
    if not p.is_file():
        raise InputError(f"no {relative} beside the installed ie (not a checkout of the project): give {option}")
    return p


def _texts_folder(folder) -> Path:
    """``--texts FOLDER`` checked, or the checkout's seeds, or an InputError."""
    if folder is None:
        seeds = Path(__file__).resolve().parent.parent / "seeds"
        if not seeds.is_dir():
            raise InputError("no seeds/ beside the installed ie (not a checkout of the project): "
                             "give --texts FOLDER")
        return seeds
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"--texts {folder}: no such folder")
    if not folder.is_dir():
        raise InputError(f"--texts {folder}: not a folder (give the folder holding <doc_id>.txt)")
    return folder


def _texts_for(gold_docs, folder, required=True):
    """doc_id -> original text, from ``folder``'s ``<doc_id>.txt``."""
    from .io import decode

    folder = _texts_folder(folder)
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


@app.command(short_help="Score predictions against gold.")
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold records (JSONL)."),
    pred: Optional[Path] = typer.Argument(None, metavar="PRED", show_default=False,
                                          help="Predicted records (JSONL); or use --run."),
    run: bool = typer.Option(False, "--run", help="Run the current pipeline on the gold's texts and score it."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False, help=TEXTS_HELP),
    labels: Optional[List[str]] = typer.Option(None, "--labels", metavar="LABEL", show_default=False,
                                               help="Score only this label (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    show_errors: bool = typer.Option(False, "--errors", help="List every error with its context."),
    ner: str = typer.Option("auto", "--ner", metavar="WHERE",
                            help="With --run: where slovnet NER runs: auto (only where needed), all, none."),
):
    """Score predictions against gold: exact and partial P/R/F1, norm accuracy.

    Example: ie evaluate annotations/gold.jsonl --run --errors
    """
    from . import evaluate as ev
    from .io import read_jsonl

    try:
        if run and pred is not None:
            raise InputError("give PRED records or --run, not both")
        if ner not in ("auto", "all", "none"):
            raise InputError(f"--ner must be auto, all or none, not {ner}")
        for lab in labels or []:
            if lab not in ev.LABELS:
                raise InputError(f"unknown label {lab}; labels: {', '.join(ev.LABELS)}")
        gold_docs = read_jsonl(gold)
        if run:
            pred_docs, originals = _run_on_gold(gold_docs, texts, ner)
        elif pred is not None:
            pred_docs = read_jsonl(pred)
            originals = _texts_for(gold_docs, texts, required=False) if (texts or show_errors) else {}
        else:
            raise InputError("give PRED records or --run")
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


@app.command(short_help="Check records against the SPEC schema.")
def validate(
    path: Path = typer.Argument(..., metavar="FILE", help="A JSONL file of SPEC records."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False,
                                         help="Folder with <doc_id>.txt to check each record's text and "
                                              "offsets too; every record must have its text there."),
):
    """Check records against the SPEC schema (labels, norms, offsets, overlaps)."""
    from .validate import validate_file

    if path.is_dir():
        fail(f"{path}: is a folder; give a JSONL file of records")
    if not path.is_file():
        fail(f"{path}: no such file")
    found = []
    originals = None
    try:
        if texts is not None:
            from .io import read_jsonl

            docs = read_jsonl(path)
            originals = _texts_for(docs, _texts_folder(texts), required=False)
            found += [f"{d.doc_id}: no text {Path(texts) / (d.doc_id + '.txt')}; its offsets were not checked"
                      for d in docs if d.doc_id not in originals]
    except InputError as e:
        fail(str(e))
    found = validate_file(path, originals) + found
    shown = _screenful()
    try:
        for p in found[:shown]:
            typer.echo(p, err=True)
        if len(found) > shown:
            typer.echo(f"… and {len(found) - shown} more", err=True)
    except OSError as e:
        _write_failed(e, None)
    if found:
        fail(f"{path}: {len(found)} problem(s)")
    checked = "schema, texts and offsets" if texts is not None else "schema only; give --texts to check offsets"
    typer.echo(f"{path}: valid ({checked})")


def _screenful() -> int:
    """How many problems to list: a screenful on a terminal, else VALIDATE_SHOWN."""
    import shutil

    if not sys.stderr.isatty():
        return VALIDATE_SHOWN
    return max(5, shutil.get_terminal_size((80, VALIDATE_SHOWN + 4)).lines - 4)


@app.command(short_help="Throughput and memory against natasha.")
def bench(
    size: float = typer.Option(1.0, "--size", metavar="MB", help="Megabytes of text (the example documents "
                                                                   "repeated)."),
    natasha: bool = typer.Option(True, "--natasha/--no-natasha", help="Also time natasha Segmenter+NER."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    jobs: int = typer.Option(1, "-j", "--jobs", metavar="N",
                             help="ie worker processes (files read by the workers, as ie extract --jobs)."),
    scaling: bool = typer.Option(False, "--scaling", help="Instead: one document of each --sizes, each in a "
                                                          "fresh process; chars/s, peak memory, and whether the "
                                                          "time per character stays flat."),
    sizes: str = typer.Option("1,5,20", "--sizes", metavar="MB,MB,…", help="With --scaling: the document sizes."),
):
    """Time the full pipeline against natasha's Segmenter+NER on the same text:
    chars/s, documents/s, start-up time and peak memory per worker.

    Example: ie bench --size 50 --jobs 2 --no-natasha; ie bench --scaling
    """
    from .bench import run_bench, run_scaling

    if scaling:
        try:
            mbs = [float(x) for x in sizes.split(",") if x.strip()]
        except ValueError:
            fail(f"--sizes must be megabytes separated by commas, not {sizes!r}")
        if not mbs or min(mbs) <= 0:
            fail("--sizes must be positive megabytes")
        try:
            result = run_scaling(mbs)
        except KeyboardInterrupt as e:
            _interrupted(e, "no result")
        except RuntimeError as e:
            fail(str(e))
        if as_json:
            typer.echo(json.dumps(result, indent=1))
            return
        from .report import print_scaling

        print_scaling(result)
        return
    if size <= 0:
        fail("--size must be positive")
    if jobs < 1:
        fail("--jobs must be at least 1")
    try:
        result = run_bench(size, natasha, jobs)
    except KeyboardInterrupt as e:
        _interrupted(e, "no result")
    if as_json:
        typer.echo(json.dumps(result, indent=1))
        return
    from .report import print_bench

    print_bench(result)


@app.command(short_help="Review disagreements with the gold, one key a decision.")
def review(
    gold: Optional[Path] = typer.Argument(None, metavar="GOLD", show_default=False,
                                          help="Gold records (JSONL); decisions go to GOLD.review.jsonl beside it."),
    against: Optional[Path] = typer.Option(None, "--against", metavar="FILE", show_default=False,
                                           help="Predicted (or another annotator's) records."),
    run: bool = typer.Option(False, "--run", help="Compare the gold with the current pipeline's output."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False, help=TEXTS_HELP),
    labels: Optional[List[str]] = typer.Option(None, "--filter", metavar="LABEL", show_default=False,
                                               help="Only disagreements of this label (repeatable)."),
    docs: Optional[List[str]] = typer.Option(None, "--doc", metavar="ID", show_default=False,
                                             help="Only this document (repeatable)."),
    only: Optional[List[str]] = typer.Option(None, "--only", metavar="KIND", show_default=False,
                                             help="Only missing, spurious, boundary, label or norm (repeatable)."),
    summary: bool = typer.Option(False, "--summary", help="Print counts by label and kind; no review."),
    list_: bool = typer.Option(False, "--list", help="Print the disagreements as a tab-separated table; no review."),
    agreement: Optional[Tuple[Path, Path]] = typer.Option(None, "--agreement", metavar="LOG1 LOG2",
                                                          show_default=False,
                                                          help="Two reviewers' agreement (Cohen's kappa)."),
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
        if run and against is not None:
            raise InputError("give --against PRED or --run, not both")
        filters = rv.Filters(tuple(labels or ()), tuple(docs or ()), tuple(only or ()))
        gold_docs = read_jsonl(gold)
        if run:
            pred_docs, originals = _run_on_gold(gold_docs, texts)
        elif against is not None:
            pred_docs = read_jsonl(against)
            originals = _texts_for(gold_docs, texts, required=not (summary or list_)) \
                if texts is not None or not (summary or list_) else {}
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
    except KeyboardInterrupt as e:
        _interrupted(e, "every decision made is saved")


@app.command(short_help="Convert between JSONL records, brat and spaCy DocBin.")
def convert(
    src: Path = typer.Argument(..., metavar="IN",
                               help="Input: records .jsonl, a brat folder (.txt + .ann) or a spaCy .spacy file."),
    dst: Path = typer.Argument(..., metavar="OUT", help="Output: .jsonl, .spacy, or a folder for brat standoff."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False,
                                         help="For JSONL input: " + TEXTS_HELP),
):
    """Convert annotations between JSONL records, brat standoff and spaCy DocBin.

    Offsets are kept exactly; norms travel as brat AnnotatorNotes and as
    spaCy user data. Example: ie convert annotations/gold.jsonl gold_brat/
    """
    from . import convert as cv
    from .io import read_jsonl

    try:
        out_fmt = cv.format_of(dst)
        if src.exists() and dst.exists() and os.path.samefile(src, dst):
            raise InputError(f"{dst}: is also the input; the output would overwrite it")
        originals = None
        if cv.format_of(src) == "jsonl":
            originals = _texts_for(read_jsonl(src), texts)
    except InputError as e:
        fail(str(e))
    _check_output(dst, folder=out_fmt == "brat")
    try:
        n = cv.convert(src, dst, originals)
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt as e:
        _interrupted(e, "no output written")
    except OSError as e:
        _write_failed(e, dst)
    typer.echo(f"ie: {n} document(s) -> {dst}", err=True)


def main():
    install_signals()
    try:
        app()
    except InputError as e:
        typer.echo(f"ie: error: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt as e:  # outside a command's own handling
        code = 128 + getattr(e, "signum", signal.SIGINT)
        typer.echo("ie: error: interrupted", err=True)
        sys.exit(code)


if __name__ == "__main__":
    main()
