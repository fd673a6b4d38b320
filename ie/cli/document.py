"""``ie build-model``, ``ie normalize``, ``ie explain``: one document or the model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError
from .app import ENCODING, TEXTS_HELP, _check_output, _write_failed, app, fail, writing
from .gold import _checkout_file, _texts_folder


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
    from ..spacy_component import build_model as build

    try:
        gold = gold or _checkout_file("annotations/gold.jsonl", "--gold FILE")
        texts = _texts_folder(texts)
    except InputError as e:
        fail(str(e))
    _check_output(output, folder=True)
    with writing(output, "no model written"):
        result = build(output, gold, texts)
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
    from ..sources import Source, read_text
    from ..normalize import normalize as run

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
    from ..doc import LABELS
    from ..sources import Source, read_text
    from ..pipeline import extract as run

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
