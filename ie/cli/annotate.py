"""``ie review`` and ``ie convert``: annotation work."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional, Tuple

import typer

from ..errors import InputError
from .app import TEXTS_HELP, _check_output, _interrupted, app, fail, writing
from .gold import _run_on_gold, _texts_for


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
    from .. import review as rv
    from ..evaluate import ScoreError
    from ..formats.jsonl import read_jsonl

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
    from ..formats import convert as cv
    from ..formats.jsonl import read_jsonl

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
    with writing(dst):
        n = cv.convert(src, dst, originals)
    typer.echo(f"ie: {n} document(s) -> {dst}", err=True)
