"""tools/by_source.py: a gold set scored by the kind of site its passages come from."""

import importlib.util
import json
from pathlib import Path

import ie

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("by_source", ROOT / "tools" / "by_source.py")
by_source = importlib.util.module_from_spec(spec)
spec.loader.exec_module(by_source)

SOURCES = """| passage | address | document |
|---|---|---|
| p_un | https://news.un.org/ru/story/2020/01/1 | UN News |
| p_press | https://www.kommersant.ru/doc/1 | a paper |
| p_lookalike | https://fun.org/un.org/page | not a UN site |
| p_none | (no address kept) | |
"""


def test_source_kind_reads_the_host_of_the_passage_address():
    assert by_source.source_kind(SOURCES, "p_un") == "un-system"
    assert by_source.source_kind(SOURCES, "p_press") == "other"
    assert by_source.source_kind(SOURCES, "p_lookalike") == "other"  # the host, not the path
    assert by_source.source_kind(SOURCES, "p_none") == "unknown"
    assert by_source.source_kind(SOURCES, "p_missing") == "unknown"


def _set(folder: Path, passages: dict, sources: str | None):
    folder.mkdir()
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as f:
        for doc_id, text in passages.items():
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            f.write(json.dumps(ie.extract(text, doc_id=doc_id).to_json(), ensure_ascii=False) + "\n")
    if sources is not None:
        (folder / "SOURCES.md").write_text(sources, encoding="utf-8")


def test_sets_are_pooled_by_kind_and_a_set_without_sources_borrows_its_neighbours(tmp_path, capsys):
    _set(tmp_path / "a", {"p_un": "Заседание Совета Безопасности 12 марта 2020 года."}, SOURCES)
    _set(tmp_path / "b", {"p_press": "Россия и Франция выступили 5 мая 2019 года."}, None)
    assert by_source.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in out] == [["un-system", "1"], ["other", "1"]]
    assert all("micro 1.000" in line for line in out)  # the gold here is the pipeline's own output


def test_a_set_with_no_gold_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert by_source.main([str(tmp_path / "empty")]) == 2
    assert capsys.readouterr().err.strip() == f"by_source.py: {tmp_path / 'empty'} has no gold.jsonl"
