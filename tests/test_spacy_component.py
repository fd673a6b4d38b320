"""The un_ie spaCy component and the saved model models/ru_un_ie."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

MODEL = ROOT / "models" / "ru_un_ie"
REBUILD = "models/ru_un_ie is stale: rebuild it with `ie build-model models/ru_un_ie`"


def _exact(sdoc):
    return sorted((s._.exact[0], s._.exact[1], s.label_, s._.exact_text, repr(sorted(s._.norm.items())))
                  for s in sdoc.spans["ie"])


def _ie(doc):
    return sorted((s.start, s.end, s.label, s.text, repr(sorted(s.norm.items()))) for s in doc.spans)


@pytest.fixture(scope="module")
def model():
    import spacy

    return spacy.load(MODEL)


def test_spacy_component_model_carries_current_data():
    from importlib import resources

    for name in ("countries.tsv", "hyphen_exceptions.txt"):
        packaged = (resources.files("ie") / "data" / name).read_text(encoding="utf-8")
        assert (MODEL / "un_ie" / name).read_text(encoding="utf-8") == packaged, REBUILD


def test_spacy_component_model_spans_equal_extract(model, seeds, seed_docs):
    for doc_id, text in seeds.items():
        sdoc = model(text)
        assert _exact(sdoc) == _ie(seed_docs[doc_id]), f"{doc_id}: {REBUILD}"
        for span in sdoc.spans["ie"]:  # token-aligned, covering the exact span
            a, b = span._.exact
            assert span.start_char <= a < b <= span.end_char


def test_spacy_component_expands_to_tokens_keeps_exact():
    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("un_ie")
    doc = nlp("См. документ E/2022/28-E/CN.7/2022/14.")  # «28-E» is one spaCy token
    spans = list(doc.spans["ie"])
    assert [s._.exact_text for s in spans] == ["E/2022/28", "E/CN.7/2022/14"]
    assert [s.text for s in spans] == ["E/2022/28-E", "E/2022/28-E/CN.7/2022/14"]  # whole tokens
    assert [s._.norm["symbol"] for s in spans] == ["E/2022/28", "E/CN.7/2022/14"]  # no collision


def test_spacy_component_displacy_renders_spans(model):
    from spacy import displacy

    doc = model("Совещание открыла Председатель Манижа Бахтари (Афганистан) 12 октября 2021 года.")
    html = displacy.render(doc, style="span", options={"spans_key": "ie"}, jupyter=False)
    for label in ("SPEAKER", "COUNTRY", "DATE"):
        assert label in html


def test_spacy_component_reads_its_data_from_the_model_folder(tmp_path):
    import spacy

    copy = tmp_path / "m"
    shutil.copytree(MODEL, copy)
    tsv = copy / "un_ie" / "countries.tsv"
    tsv.write_text("".join(l + "\n" for l in tsv.read_text(encoding="utf-8").splitlines()
                           if not l.startswith("FR\t")), encoding="utf-8")
    hy = copy / "un_ie" / "hyphen_exceptions.txt"
    hy.write_text(hy.read_text(encoding="utf-8") + "\nsoft государства-участники\n", encoding="utf-8")
    (copy / "config.cfg").write_text((copy / "config.cfg").read_text().replace('ner = "auto"', 'ner = "none"'))
    nlp = spacy.load(copy)
    doc = nlp("Франция и Германия. Государства-\nучастники.")
    assert [s._.norm["code"] for s in doc.spans["ie"] if s.label_ == "COUNTRY"] == ["DE"]
    comp = nlp.get_pipe("un_ie")
    assert comp.ner == "none"
    from ie.normalize import hyphen_exceptions, hyphen_kind

    with hyphen_exceptions(hy):
        assert hyphen_kind("государства", "участники") == "soft"
    assert hyphen_kind("государства", "участники") == "compound"


def test_spacy_component_entry_point_in_a_fresh_process():
    code = ("import spacy; nlp = spacy.blank('ru'); nlp.add_pipe('un_ie'); "
            "doc = nlp('Делегация Брази-\\nлии.'); print([s._.norm['code'] for s in doc.spans['ie']])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/",
                       env={**os.environ})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['BR']"
