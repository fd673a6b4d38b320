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
    from ie.resources import default

    saved = {p.relative_to(MODEL / "un_ie").as_posix(): p.read_text(encoding="utf-8")
             for p in (MODEL / "un_ie").rglob("*") if p.is_file()}
    assert saved == default().files, REBUILD  # every data file, whole


def test_spacy_component_model_spans_equal_extract(model, seeds, seed_docs):
    for doc_id, text in seeds.items():
        sdoc = model(text)
        assert _exact(sdoc) == _ie(seed_docs[doc_id]), f"{doc_id}: {REBUILD}"
        for span in sdoc.spans["ie"]:  # token-aligned, covering the exact span
            a, b = span._.exact
            assert span.start_char <= a < b <= span.end_char


@pytest.mark.parametrize("text,symbols", [
    ("См. документ E/2022/28-E/CN.7/2022/14.", ["E/2022/28", "E/CN.7/2022/14"]),  # «28-E» was one token
    ("Документы A/78/L.5,A/78/L.6 приняты.", ["A/78/L.5", "A/78/L.6"]),
])
def test_spacy_component_splits_tokens_so_span_text_is_exact(text, symbols):
    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("un_ie")
    doc = nlp(text)
    spans = [s for s in doc.spans["ie"] if s.label_ == "DOCUMENT"]
    assert [s.text for s in spans] == symbols
    assert [s._.exact_text for s in spans] == symbols
    assert [s._.norm["symbol"] for s in spans] == symbols
    assert doc.text == text


def test_spacy_component_sets_ents_from_non_overlapping_spans():
    import spacy
    from spacy import displacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("un_ie")
    doc = nlp("Совещание открыла Председатель Манижа Бахтари (Афганистан) 12 октября 2021 года.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Афганистан", "COUNTRY") in ents and ("12 октября 2021 года", "DATE") in ents
    assert all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:]))
    html = displacy.render(doc, style="ent", jupyter=False)
    assert "COUNTRY" in html and "DATE" in html


def test_spacy_component_saved_meta_lists_the_labels(tmp_path):
    out = tmp_path / "m"
    r = subprocess.run([sys.executable, "-m", "ie", "build-model", str(out)], capture_output=True, text=True,
                       cwd=ROOT, preexec_fn=lambda: os.umask(0o002))
    assert r.returncode == 0, r.stderr
    import json
    import stat

    for made in (out / "meta.json", out / "README.md", out / "un_ie" / "countries.tsv"):
        assert oct(stat.S_IMODE(made.stat().st_mode)) == oct(0o664), made  # the umask's mode

    from ie.doc import LABELS

    assert json.loads((out / "meta.json").read_text())["labels"]["un_ie"] == list(LABELS)
    import spacy

    doc = spacy.load(out)("Делегация Франции.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Франции", "COUNTRY")]


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
    months = copy / "un_ie" / "months.tsv"  # every data file travels, not only the gazetteer
    months.write_text(months.read_text(encoding="utf-8").replace("\tмай\t", "\tмайя\t"), encoding="utf-8")
    nlp = spacy.load(copy)
    doc = nlp("Франция и Германия. Государства-\nучастники. 5 мая 2020 года")
    assert [s._.norm["code"] for s in doc.spans["ie"] if s.label_ == "COUNTRY"] == ["DE"]
    assert [s.text for s in doc.spans["ie"] if s.label_ == "DATE"] == ["2020 года"]  # the year alone
    packaged = spacy.load(MODEL)("5 мая 2020 года")
    assert [s.text for s in packaged.spans["ie"]] == ["5 мая 2020 года"]
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
