"""Fuzz: every record of every damaged text is valid, and nothing raises.

The oracle is the project's own `ie validate` check (offsets, norms, no
same-label overlaps).  Fragments are windows of the seeds and of the real
passages, damaged as PDF text is (``ie.damage``), with adversarial pieces
spliced in.  CI runs a few hundred examples; a release check runs thousands:

    IE_FUZZ_EXAMPLES=5000 python -m pytest -q tests/test_fuzz.py
"""

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ie.damage import damage
from ie.pipeline import extract
from ie.validate import problems

ROOT = Path(__file__).resolve().parent.parent
# held-back sets (tests/data/holdout*) are never run through the extractor before their one measurement
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    if not p.parent.name.startswith("holdout")]
EXAMPLES = int(os.environ.get("IE_FUZZ_EXAMPLES", "300"))
# pieces that once crashed the pipeline or made an invalid record
ADVERSARIAL = ["5²", "²", "\ud800", "25 и 2 марта 2021 года", "17–2 октября 2022 года", "A/78/1-\nA/78/2\nV. Текст",
               " ДОКЛАД" * 8, "(Подпись) Иван Петров\nПОСТОЯННЫЙ ПРЕДСТАВИТЕЛЬ", "3\n1 марта", "\ufeff", "**",
               "A/\n\n78/\n\n2", "резолюция № 12", "Г-н Петров (Китай):", "\u00ad\n", "\u2010\n", "\r\n", "\f", "1-\n2"]


@st.composite
def fragments(draw):
    text = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, max(0, len(text) - 50)))
    piece = text[start:start + draw(st.integers(50, 3000))]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(piece)))
        piece = piece[:at] + draw(st.sampled_from(ADVERSARIAL)) + piece[at:]
    kind = draw(st.sampled_from(["clean", "hyphen", "harsh"]))
    return damage(piece, [], kind, seed=draw(st.integers(0, 10**6)))[0]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(fragments())
def test_fuzz_damaged_fragments_give_valid_records(text):
    doc = extract(text)
    record = doc.to_json()
    assert problems(record, text) == []
