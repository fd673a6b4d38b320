"""Named-entity candidates from slovnet's Russian NER.

The model and navec embeddings ship inside natasha's wheel; they are found
on disk without importing natasha (which would pull pymorphy2 in) and loaded
on first use.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Candidate", "tagger", "tag"]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str  # PER, LOC, ORG
    text: str


def _natasha_data() -> str:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natasha is not installed: pip install natasha")
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


@lru_cache(maxsize=1)
def tagger():
    from navec import Navec
    from slovnet import NER

    data = _natasha_data()
    navec = Navec.load(os.path.join(data, "emb", "navec_news_v1_1B_250K_300d_100q.tar"))
    ner = NER.load(os.path.join(data, "model", "slovnet_ner_news_v1.tar"), batch_size=32)
    ner.navec(navec)
    return ner


def tag(texts, offsets=None):
    """Tag each text; yield lists of Candidates shifted by ``offsets``."""
    texts = list(texts)
    offsets = offsets or [0] * len(texts)
    if not texts:
        return []
    # slovnet pads every batch to its longest sentence: sentences of like
    # length batched together waste no work on padding
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = [None] * len(texts)
    for i, markup in zip(order, tagger().map([texts[i] for i in order])):
        text, base = texts[i], offsets[i]
        out[i] = [Candidate(base + s.start, base + s.stop, s.type, text[s.start:s.stop]) for s in markup.spans]
    return out
