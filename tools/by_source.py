#!/usr/bin/env python3
"""Score gold sets split by where each passage comes from.

Every set under ``tests/data/`` has a ``SOURCES.md`` whose table gives each
passage's address (a development set opened from held-back sets has none of its
own: its passages are looked up in the ``SOURCES.md`` of the other sets beside it).  This script runs the pipeline on the sets named, pools
their passages by the kind of site the address is on, and prints exact F1 per
label and micro for each kind:

  un-system  a page of the UN or a UN-system organisation (un.org, ohchr.org,
             who.int, unesco.org, iaea.org, … see UN_SITES)
  other      every other site: ministries, missions, news agencies, papers
  unknown    a passage whose address the SOURCES file does not give

It only reads and scores; it prints no text of any passage, so it may be run
on held-back sets (scores only).  Example:

  python tools/by_source.py tests/data/holdout7 tests/data/holdout8
  python tools/by_source.py tests/data/holdout* --labels SPEAKER --labels PERSON
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

# the hosts of the UN and UN-system organisations (a host ending in one of them)
UN_SITES = ("un.org", "ohchr.org", "who.int", "unesco.org", "ilo.org", "iaea.org", "wmo.int", "unep.org", "unodc.org",
            "unhcr.org", "itu.int", "fao.org", "wipo.int", "unicef.org", "undp.org", "unwto.org", "imo.org", "unido.org",
            "wfp.org", "ifad.org", "unctad.org", "unece.org", "unescap.org", "unfccc.int", "upu.int", "icao.int",
            "icj-cij.org", "wto.org", "unaids.org", "unfpa.org", "unwomen.org", "ungeneva.org", "unric.org",
            "unrussia.ru", "unic.ru", "undocs.org", "cbd.int", "unccd.int")
ADDRESS = re.compile(r"https?://([^/\s|)]+)")
KINDS = ("un-system", "other", "unknown")


def source_kind(sources: str, doc_id: str) -> str:
    """The kind of site of ``doc_id``'s address in a SOURCES.md text."""
    for line in sources.splitlines():
        if doc_id in line:
            m = ADDRESS.search(line)
            if m:
                host = m.group(1).lower().split(":")[0]
                return "un-system" if any(host == s or host.endswith("." + s) for s in UN_SITES) else "other"
    return "unknown"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Each SET is a folder with gold.jsonl, SOURCES.md and <doc_id>.txt.")
    ap.add_argument("sets", nargs="+", metavar="SET", help="a gold set folder")
    ap.add_argument("--labels", action="append", metavar="LABEL", help="print only this label (repeatable)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ie.evaluate import align, score_pairs
    from ie.formats.jsonl import read_jsonl
    from ie.pipeline import default_pipeline

    for folder in map(Path, args.sets):
        if not (folder / "gold.jsonl").is_file():
            print(f"by_source.py: {folder} has no gold.jsonl", file=sys.stderr)
            return 2
    pipe = default_pipeline()
    pairs, passages = defaultdict(list), defaultdict(int)
    beside = {}  # parent folder -> the SOURCES.md of every set in it, read once
    for folder in map(Path, args.sets):
        own = folder / "SOURCES.md"
        sources = own.read_text(encoding="utf-8") if own.is_file() else ""
        if folder.parent not in beside:
            beside[folder.parent] = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.parent.glob("*/SOURCES.md")))
        for gold in read_jsonl(folder / "gold.jsonl"):
            kind = source_kind(sources, gold.doc_id)
            if kind == "unknown":  # a set opened from held-back sets: its passages' own SOURCES.md is beside it
                kind = source_kind(beside[folder.parent], gold.doc_id)
            text = (folder / f"{gold.doc_id}.txt").read_text(encoding="utf-8")
            pairs[kind] += align([gold], [pipe(text, gold.doc_id)])
            passages[kind] += 1
    for kind in KINDS:
        if not passages[kind]:
            continue
        s = score_pairs(pairs[kind])
        cells = [f"{lab} {s['labels'][lab]['exact']['f1']:.3f} ({s['labels'][lab]['gold']})"
                 for lab in (args.labels or sorted(s["labels"])) if lab in s["labels"]]
        print(f"{kind:9s} {passages[kind]:4d} passages  micro {s['micro']['exact']['f1']:.3f}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
