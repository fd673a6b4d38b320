"""``ie evaluate``, ``ie validate`` and ``ie bench``: gold, schema and speed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError
from .app import TEXTS_HELP, VALIDATE_SHOWN, _interrupted, _write_failed, app, fail
from .gold import _damaged_gold, _run_on_gold, _run_on_texts, _texts_folder, _texts_for


@app.command(short_help="Score predictions against gold.")
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold records (JSONL, or .parquet span rows)."),
    pred: Optional[Path] = typer.Argument(None, metavar="PRED", show_default=False,
                                          help="Predicted records (JSONL, or the .parquet of ie extract); "
                                               "or use --run."),
    run: bool = typer.Option(False, "--run", help="Run the current pipeline on the gold's texts and score it."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False, help=TEXTS_HELP),
    labels: Optional[List[str]] = typer.Option(None, "--labels", metavar="LABEL", show_default=False,
                                               help="Score only this label (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    show_errors: bool = typer.Option(False, "--errors", help="List every error with its context."),
    ner: str = typer.Option("auto", "--ner", metavar="WHERE",
                            help="With --run: where slovnet NER runs: auto (only where needed), all, none."),
    damage: str = typer.Option("clean", "--damage", metavar="KIND",
                               help="With --run: score on texts with PDF damage, the gold carried along: clean "
                                    "(as written), hyphen (re-wrapped, words hyphen-broken across line ends, "
                                    "blank lines and page headers) or harsh (hyphen plus CRLF, soft hyphens, "
                                    "form feeds, no-break spaces)."),
    seed: int = typer.Option(0, "--seed", metavar="N", help="With --damage: the seed of the first document's "
                                                            "damage (document i gets N+i)."),
    pool: Optional[List[Path]] = typer.Option(None, "--pool", metavar="GOLD", show_default=False,
                                              help="With --run: one more gold set, its texts beside it "
                                                   "(<folder>/<doc_id>.txt), scored together with GOLD as one "
                                                   "pool (repeatable)."),
):
    """Score predictions against gold: exact and partial P/R/F1, norm accuracy.

    Example: ie evaluate annotations/gold.jsonl --run --errors;
    ie evaluate tests/data/real/gold.jsonl --run --texts tests/data/real --damage harsh;
    ie evaluate tests/data/holdout7/gold.jsonl --run --texts tests/data/holdout7
    --pool tests/data/holdout8/gold.jsonl (the two sets' documents scored as one)
    """
    from .. import evaluate as ev
    from ..formats import read_records

    try:
        if run and pred is not None:
            raise InputError("give PRED records or --run, not both")
        if ner not in ("auto", "all", "none"):
            raise InputError(f"--ner must be auto, all or none, not {ner}")
        from ..damage import KINDS

        if damage not in KINDS:
            raise InputError(f"--damage must be {', '.join(KINDS)}, not {damage}")
        if damage != "clean" and not run:
            raise InputError("--damage needs --run (the gold's texts are damaged, then extracted)")
        for lab in labels or []:
            if lab not in ev.LABELS:
                raise InputError(f"unknown label {lab}; labels: {', '.join(ev.LABELS)}")
        if pool and not run:
            raise InputError("--pool needs --run (each pooled set's texts are extracted)")
        pairs, errs, originals = [], [], {}
        for gold_path, folder in [(gold, texts)] + [(p, p.parent) for p in pool or []]:
            gold_docs = read_records(gold_path)
            if run and damage != "clean":
                gold_docs, found = _damaged_gold(gold_docs, _texts_for(gold_docs, folder), damage, seed)
                pred_docs = _run_on_texts(gold_docs, found, ner)
            elif run:
                pred_docs, found = _run_on_gold(gold_docs, folder, ner)
            elif pred is not None:
                pred_docs = read_records(pred)
                found = _texts_for(gold_docs, folder, required=False) if (folder or show_errors) else {}
            else:
                raise InputError("give PRED records or --run")
            set_pairs = ev.align(gold_docs, pred_docs)
            pairs += set_pairs
            errs += ev.errors_pairs(set_pairs, labels) if show_errors else []
            originals.update(found)
        result = ev.score_pairs(pairs, labels)
    except (InputError, ev.ScoreError) as e:
        fail(str(e))
    if as_json:
        if show_errors:
            result["errors"] = [_error_json(e) for e in errs]
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    from ..report import print_errors, print_scores

    print_scores(result)
    if show_errors:
        print_errors(errs, originals)


def _error_json(e):
    return {"doc_id": e.doc_id, "kind": e.kind,
            "gold": e.gold.to_json() if e.gold else None, "pred": e.pred.to_json(rule=True) if e.pred else None}


@app.command(short_help="Check records against the SPEC schema.")
def validate(
    path: Path = typer.Argument(..., metavar="FILE", help="A file of SPEC records: JSONL, or the .parquet "
                                                         "span rows of ie extract."),
    texts: Optional[Path] = typer.Option(None, "--texts", metavar="FOLDER", show_default=False,
                                         help="Folder with <doc_id>.txt to check each record's text and "
                                              "offsets too; every record must have its text there."),
):
    """Check records against the SPEC schema (labels, norms, offsets, overlaps)."""
    from ..validate import validate_file

    if path.is_dir():
        fail(f"{path}: is a folder; give a file of records (.jsonl or .parquet)")
    if not path.is_file():
        fail(f"{path}: no such file")
    found = []
    originals = None
    try:
        if texts is not None:
            from ..formats import read_records

            docs = read_records(path)
            originals = _texts_for(docs, _texts_folder(texts), required=False)
            found += [f"{d.doc_id}: no text {Path(texts) / (d.doc_id + '.txt')}; its offsets were not checked"
                      for d in docs if d.doc_id not in originals]
        found = validate_file(path, originals) + found
    except InputError as e:
        fail(str(e))
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
    from ..bench import run_bench, run_scaling

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
        from ..report import print_scaling

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
    from ..report import print_bench

    print_bench(result)
