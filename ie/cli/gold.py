"""Finding the gold and its texts for the commands that score, review,
convert or build the model: the checkout's files, a ``--texts`` folder."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

CHECKOUT = Path(__file__).resolve().parents[2]  # the project folder, when ie runs from a checkout


def _checkout_file(relative: str, option: str) -> Path:
    """A file of the project checkout (``annotations/gold.jsonl``), or an
    InputError asking for ``option`` when ie is installed without one."""
    p = CHECKOUT / relative
    if not p.is_file():
        raise InputError(f"no {relative} beside the installed ie (not a checkout of the project): give {option}")
    return p


def _texts_folder(folder) -> Path:
    """``--texts FOLDER`` checked, or the checkout's seeds, or an InputError."""
    if folder is None:
        seeds = CHECKOUT / "seeds"
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
    from ..sources import decode

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
    originals = _texts_for(gold_docs, folder)
    return _run_on_texts(gold_docs, originals, ner), originals


def _run_on_texts(gold_docs, originals, ner="auto"):
    from ..pipeline import Pipeline, default_pipeline

    pipe = default_pipeline() if ner == "auto" else Pipeline(ner=ner)
    return [pipe(originals[g.doc_id], g.doc_id) for g in gold_docs]


def _damaged_gold(gold_docs, originals, kind: str, seed: int = 0):
    """The gold and its texts with PDF damage of ``kind`` (``ie.damage``):
    document ``i`` damaged with seed ``seed + i``, its gold carried along."""
    from ..doc import Document
    from ..damage import damage_record

    docs, texts = [], {}
    for i, g in enumerate(gold_docs):
        record, text = damage_record(g.to_json(), originals[g.doc_id], kind, seed=seed + i)
        docs.append(Document.from_json(record))
        texts[g.doc_id] = text
    return docs, texts
