"""Spans and meetings as tables: pandas DataFrames, Parquet and CSV.

:func:`to_frame` gives one row per span, with the fields of ``norm`` as typed
columns, so that a corpus is one ``groupby`` away from an answer:

=============== ========================= ===================================
column          type                      from
=============== ========================= ===================================
doc_id          str                       the record
start, end      int64                     original offsets (end exclusive)
label, text     str                       the span
code, name      str                       COUNTRY (code, name); SPEAKER/PERSON name
role            str                       COUNTRY role, SPEAKER role
country         str                       SPEAKER's country code
date_start      datetime64[ms]            DATE ``norm.start``
date_end        datetime64[ms]            DATE ``norm.end``
granularity     str                       "day", "month" or "year": how the date was written
year_inferred   boolean                   DATE: the year was taken from an earlier date
ordinal         Int64                     MEETING: the (first) ordinal
ordinals        list of int               MEETING: every ordinal («1-м и 2-м заседаниях» → [1, 2])
unit            str                       MEETING unit
kind, number    str                       RESOLUTION
body            str                       RESOLUTION body
symbol          str                       DOCUMENT
norm            str                       the whole norm as JSON (nothing is lost)
rule            str                       the rule that made the span (``--explain``), else null
=============== ========================= ===================================

A month or year is a date at the first day of it (``2022-05`` → 2022-05-01,
``2019`` → 2019-01-01) with ``granularity`` saying so; a range's ends are
``date_start``/``date_end``.  A span listing several ordinals stays one row
(``ordinal`` is the first, ``ordinals`` all of them): one row is one span, so
row counts are span counts; ``frame.explode("ordinals")`` gives one row per
ordinal when wanted.  Columns that do not apply to a label are null.

:func:`meetings_frame` gives one row per document from its meeting record.

Files: :func:`write_spans` and :func:`write_meetings` choose the format by the
suffix (``.jsonl``/``.json``/``.ndjson``: JSON Lines records, ``.parquet``:
Parquet, ``.csv``: CSV) and write atomically; Parquet is written a row group
at a time, so memory stays bounded for an archive.  ``pandas.read_parquet``
gives back the same frame, dtypes included.

>>> from ie.doc import Document, Span
>>> d = Document("d", "в мае 2022 года", (Span(2, 15, "DATE", "мае 2022 года",
...     {"start": "2022-05", "end": "2022-05"}),))
>>> row = to_frame([d]).iloc[0]
>>> str(row.date_start.date()), row.granularity, row.label
('2022-05-01', 'month', 'DATE')
"""

from __future__ import annotations

import json

from ..errors import InputError
from ..extras import need
from .atomic import atomic_writer
from .jsonl import dumps, json_line, write_lines
from .registry import OUTPUTS, format_of

__all__ = ["to_frame", "meetings_frame", "span_rows", "meeting_row", "write_spans", "write_meetings",
           "read_spans", "SPAN_COLUMNS", "MEETING_COLUMNS"]

# column -> pandas dtype ("list" for list columns)
SPAN_COLUMNS = {
    "doc_id": "str", "start": "int64", "end": "int64", "label": "str", "text": "str",
    "code": "str", "name": "str", "role": "str", "country": "str",
    "date_start": "datetime64[ms]", "date_end": "datetime64[ms]", "granularity": "str",
    "year_inferred": "boolean", "ordinal": "Int64", "ordinals": "list", "unit": "str",
    "kind": "str", "number": "str", "body": "str", "symbol": "str", "norm": "str", "rule": "str",
}
_LISTS = ("chairs", "panel", "participants", "speakers", "observers", "organisations",
          "documents", "resolutions")
MEETING_COLUMNS = {
    "doc_id": "str", "body": "str", "session_ordinal": "Int64", "session_unit": "str", "city": "str",
    "date_start": "datetime64[ms]", "date_end": "datetime64[ms]",
    **{name: "list" for name in _LISTS},
    **{f"n_{name}": "int64" for name in _LISTS},
}
_COPIED = ("code", "name", "role", "country", "unit", "kind", "number", "body", "symbol")
_GRANULARITY = {1: "year", 2: "month", 3: "day"}
DOCUMENTS_KEY = "ie.documents"  # Parquet metadata: [[doc_id, text_sha256], ...] in order
BATCH_ROWS = 50_000  # rows per Parquet row group / CSV chunk
def _date(value):
    """ISO date at any granularity -> (first day, granularity); a year-less
    date («--06-27», «--06») has no day to stand for: (None, "day-no-year").

    >>> _date("2021-10"), _date("--06-27")
    (('2021-10-01', 'month'), (None, 'day-no-year'))
    """
    if not value:
        return None, None
    if str(value).startswith("--"):
        return None, ("day" if str(value).count("-") == 3 else "month") + "-no-year"
    parts = str(value).split("-")
    gran = _GRANULARITY.get(len(parts))
    y, m, d = (parts + ["01", "01"])[:3]
    return f"{y}-{m}-{d}", gran


def _record(doc):
    """(doc_id, spans as dicts) of a Document or a SPEC record dict."""
    if isinstance(doc, dict):
        return doc.get("doc_id"), doc.get("spans", ())
    return doc.doc_id, [s.to_json(rule=True) for s in doc.spans]


def span_rows(doc):
    """One dict per span of a Document or a SPEC record (dict), columns as
    in :data:`SPAN_COLUMNS` (dates still ISO strings)."""
    doc_id, spans = _record(doc)
    for s in spans:
        norm = s.get("norm") or {}
        row = dict.fromkeys(SPAN_COLUMNS)
        row.update(doc_id=doc_id, start=s["start"], end=s["end"], label=s["label"], text=s["text"],
                   norm=json.dumps(norm, ensure_ascii=False, sort_keys=True), rule=s.get("rule"))
        for key in _COPIED:
            value = norm.get(key)
            row[key] = None if value is None else str(value)
        if s["label"] == "DATE" or ("start" in norm and "end" in norm):
            row["date_start"], row["granularity"] = _date(norm.get("start"))
            row["date_end"], _ = _date(norm.get("end"))
            row["year_inferred"] = bool(norm.get("year_inferred", False))
        if "ordinal" in norm:
            ords = norm["ordinal"] if isinstance(norm["ordinal"], list) else [norm["ordinal"]]
            row["ordinals"] = [int(o) for o in ords]
            row["ordinal"] = row["ordinals"][0] if ords else None
        yield row


def _typed(rows, columns):
    pd = need("pandas", "tables", "a table of spans (pandas)")

    frame = pd.DataFrame(rows, columns=list(columns))
    for col, dtype in columns.items():
        if dtype == "list":
            frame[col] = frame[col].astype(object)
        elif dtype.startswith("datetime64"):
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d").astype(dtype)
        else:
            frame[col] = frame[col].astype(dtype)
    return frame


def to_frame(docs):
    """A DataFrame, one row per span, of Documents or SPEC records (dicts);
    one Document alone is accepted too."""
    if not isinstance(docs, (list, tuple)) and (isinstance(docs, dict) or hasattr(docs, "spans")):
        docs = [docs]
    return _typed([row for doc in docs for row in span_rows(doc)], SPAN_COLUMNS)


def _meeting(item):
    """A meeting record (dict) of a Document, a Meeting or a meeting dict."""
    if isinstance(item, dict):
        return item
    if hasattr(item, "to_json") and hasattr(item, "chairs"):
        return item.to_json()
    return item.meeting.to_json()


def _item(entry, name):
    if name in ("chairs", "panel"):
        return entry["name"]
    if name in ("participants", "speakers", "observers"):
        return entry["code"]
    if name == "organisations":
        return entry["name"]
    if name == "documents":
        return entry["symbol"]
    return f"{entry['kind']} {entry['number']}"  # resolutions


def meeting_row(item) -> dict:
    """One row of :func:`meetings_frame`: lists of names (chairs, panel,
    organisations), country codes (participants, speakers, observers),
    symbols (documents) and «kind number» (resolutions), and their counts."""
    m = _meeting(item)
    session, dates = m.get("session") or {}, m.get("dates") or {}
    row = {"doc_id": m.get("doc_id"), "body": (m.get("body") or {}).get("value"),
           "session_ordinal": session.get("ordinal"), "session_unit": session.get("unit"),
           "city": (m.get("city") or {}).get("value"),
           "date_start": _date(dates.get("start"))[0], "date_end": _date(dates.get("end"))[0]}
    for name in _LISTS:
        row[name] = [_item(e, name) for e in m.get(name) or ()]
        row[f"n_{name}"] = len(row[name])
    return row


def meetings_frame(docs):
    """A DataFrame, one row per document, from Documents (with their text),
    Meetings or meeting records (dicts)."""
    if not isinstance(docs, (list, tuple)) and (isinstance(docs, dict) or hasattr(docs, "doc_id")):
        docs = [docs]
    return _typed([meeting_row(d) for d in docs], MEETING_COLUMNS)


# --- files ---------------------------------------------------------------------

def _batches(rows, size=BATCH_ROWS):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    yield batch  # the last, maybe empty: an empty table still has its columns


def _write_table(rows, columns, path, fmt, documents=None):
    """Write rows (dicts) as Parquet or CSV to ``path``, atomically, a batch
    at a time.  ``documents``: ``[doc_id, text_sha256]`` of every document
    written, filled while the rows are made, kept in the Parquet file's
    metadata (so records read back whole, documents without spans too)."""
    with atomic_writer(path, "wb") as fh:
        if fmt == "parquet":
            pa = need("pyarrow", "tables", "Parquet output")
            pq = need("pyarrow.parquet", "tables", "Parquet output")

            writer = None
            try:
                for batch in _batches(rows):
                    table = pa.Table.from_pandas(_typed(batch, columns), preserve_index=False)
                    if writer is None:
                        writer = pq.ParquetWriter(fh, table.schema)
                    elif table.schema != writer.schema:
                        table = table.cast(writer.schema)
                    if table.num_rows or writer is not None:
                        writer.write_table(table)
            finally:
                if writer is not None:
                    if documents is not None and hasattr(writer, "add_key_value_metadata"):
                        writer.add_key_value_metadata({DOCUMENTS_KEY: json.dumps(documents, ensure_ascii=False)})
                    writer.close()
        else:
            import io

            text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
            for n, batch in enumerate(_batches(rows)):
                frame = _typed(batch, columns)
                for col, dtype in columns.items():
                    if dtype == "list":
                        frame[col] = [None if v is None else json.dumps(v, ensure_ascii=False) for v in frame[col]]
                frame.to_csv(text, index=False, header=n == 0)
            text.flush()
            text.detach()


def write_spans(docs, path, fmt: str | None = None) -> int:
    """Write the spans of Documents or SPEC records (dicts) to ``path`` in the
    format of its suffix; return the number of documents.

    JSON Lines is one SPEC record a line (``ie extract``'s records); Parquet
    and CSV are one row a span, the columns of :func:`to_frame`.
    """
    fmt = fmt or format_of(path, OUTPUTS)
    if fmt == "jsonl":
        return write_lines((json_line(doc) if isinstance(doc, dict) else dumps(doc) for doc in docs), path)
    documents = []  # [doc_id, text_sha256] of each, for the Parquet metadata; its length is the count

    def counted():
        for doc in docs:
            documents.append([doc.get("doc_id"), doc.get("text_sha256")] if isinstance(doc, dict)
                             else [doc.doc_id, doc.text_sha256])
            yield doc

    _write_table((row for doc in counted() for row in span_rows(doc)), SPAN_COLUMNS, path, fmt, documents)
    return len(documents)


def read_spans(path) -> list:
    """SPEC records (dicts) back from a Parquet file of span rows written by
    :func:`write_spans` (``ie extract -o x.parquet``): in document order,
    documents without spans and ``text_sha256`` included (from the file's
    metadata; a table written elsewhere gives its rows' documents, hash
    None)."""
    pq = need("pyarrow.parquet", "tables", "reading Parquet")
    try:
        file = pq.ParquetFile(path)
        table = file.read(columns=["doc_id", "start", "end", "label", "text", "norm", "rule"])
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e})") from None
    except Exception as e:  # not Parquet, or not our columns: one line, no traceback
        raise InputError(f"{path}: not a Parquet table of spans ({type(e).__name__}: {e})") from None
    meta = (file.metadata.metadata or {}).get(DOCUMENTS_KEY.encode())
    records = {}
    for doc_id, sha in json.loads(meta) if meta else ():
        records[doc_id] = {"doc_id": doc_id, "text_sha256": sha, "spans": []}
    for row in table.to_pylist():
        rec = records.setdefault(row["doc_id"], {"doc_id": row["doc_id"], "text_sha256": None, "spans": []})
        span = {"start": row["start"], "end": row["end"], "label": row["label"], "text": row["text"],
                "norm": json.loads(row["norm"]) if row["norm"] else {}}
        if row["rule"]:
            span["rule"] = row["rule"]
        rec["spans"].append(span)
    return list(records.values())


def write_meetings(items, path=None, fmt: str | None = None) -> int:
    """Write meeting records (of Documents, Meetings or dicts) to ``path``
    (stdout if None or ``-``: JSON Lines) in the format of its suffix; return
    how many.  JSON Lines keeps the whole record (provenance spans included);
    Parquet and CSV are the rows of :func:`meetings_frame`."""
    fmt = fmt or format_of(path, OUTPUTS)
    if fmt == "jsonl":
        return write_lines((json_line(_meeting(item)) for item in items), path)
    n = 0

    def counted():
        nonlocal n
        for item in items:
            n += 1
            yield meeting_row(item)

    _write_table(counted(), MEETING_COLUMNS, path, fmt)
    return n
