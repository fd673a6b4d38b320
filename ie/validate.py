"""Schema check of SPEC records: labels, norms, offsets, overlaps.

>>> problems({"doc_id": "d", "text_sha256": "x", "spans": [
...     {"start": 0, "end": 2, "label": "DATE", "text": "ab", "norm": {"start": "2022-13", "end": "2022"}}]})
['d: span 0:2 DATE: norm.start is not an ISO date: 2022-13']
"""

from __future__ import annotations

import datetime as dt
import json
import re

from .doc import LABELS, text_sha256

__all__ = ["problems", "validate_file", "ISO_CODES"]

ISO_CODES = None


def _codes():
    global ISO_CODES
    if ISO_CODES is None:
        from .resources import default

        ISO_CODES = {row[0] for row in default().rows("countries.tsv")}
    return ISO_CODES


# a year, month or day; or ISO 8601's year-less month or day («--06», «--06-27»)
ISO_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")
ROLES = {None, "participant", "speaker", "observer"}
UNITS = {"сессия", "совещание", "заседание"}
KINDS = {"резолюция", "решение"}


def _iso_ok(value) -> bool:
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    if value.startswith("--"):
        value = "2000" + value[1:]  # a leap year: «--02-29» is a day
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _norm_problems(label, norm):
    out = []
    if not isinstance(norm, dict):
        return ["norm is not an object"]
    need = {
        "COUNTRY": {"code", "name"}, "DATE": {"start", "end"}, "MEETING": {"ordinal", "unit"},
        "RESOLUTION": {"kind", "number", "body"}, "SPEAKER": {"name", "country", "role"},
        "PERSON": {"name"}, "DOCUMENT": {"symbol"},
    }[label]
    missing = need - set(norm)
    if missing:
        return [f"norm lacks {', '.join(sorted(missing))}"]
    if label == "COUNTRY":
        if norm["code"] is not None and norm["code"] not in _codes():  # null: a dissolved state (SPEC)
            out.append(f"norm.code is not a known code: {norm['code']}")
        if norm.get("role") not in ROLES:
            out.append(f"norm.role is not one of participant/speaker/observer/null: {norm.get('role')}")
    elif label == "DATE":
        for k in ("start", "end"):
            if not _iso_ok(norm[k]):
                out.append(f"norm.{k} is not an ISO date: {norm[k]}")
        if not out and norm["start"] > norm["end"] and len(norm["start"]) == len(norm["end"]):
            out.append("norm.start is after norm.end")
    elif label == "MEETING":
        ords = norm["ordinal"] if isinstance(norm["ordinal"], list) else [norm["ordinal"]]
        if not ords or not all(isinstance(o, int) and not isinstance(o, bool) and o > 0 for o in ords):
            out.append(f"norm.ordinal must be positive integers: {norm['ordinal']}")
        if norm["unit"] not in UNITS:
            out.append(f"norm.unit is not сессия/совещание/заседание: {norm['unit']}")
    elif label == "RESOLUTION":
        if norm["kind"] not in KINDS:
            out.append(f"norm.kind is not резолюция/решение: {norm['kind']}")
        if not isinstance(norm["number"], str) or not norm["number"]:
            out.append("norm.number must be a non-empty string")
    elif label == "SPEAKER":
        if norm["country"] is not None and norm["country"] not in _codes():
            out.append(f"norm.country is not a known code: {norm['country']}")
    if label in ("SPEAKER", "PERSON") and not (isinstance(norm["name"], str) and norm["name"].strip()):
        out.append("norm.name must be a non-empty string")
    if label == "DOCUMENT" and not (isinstance(norm["symbol"], str) and "/" in norm["symbol"]):
        out.append(f"norm.symbol is not a symbol: {norm['symbol']}")
    return out


def problems(record: dict, text: str | None = None) -> list:
    """Every schema problem of one record, as one-line messages."""
    doc = record.get("doc_id")
    out = []
    if text is not None and record.get("text_sha256") != text_sha256(text):
        out.append(f"{doc}: text_sha256 does not match the text")
    seen = set()
    by_label = {}
    for s in record.get("spans", []):
        try:
            start, end, label = int(s["start"]), int(s["end"]), s["label"]
        except (KeyError, TypeError, ValueError):
            out.append(f"{doc}: span without start/end/label: {s}")
            continue
        where = f"{doc}: span {start}:{end} {label}"
        if label not in LABELS:
            out.append(f"{where}: unknown label")
            continue
        if not 0 <= start < end:
            out.append(f"{where}: bad offsets")
        if text is not None and text[start:end] != s.get("text"):
            out.append(f"{where}: text {s.get('text')!r} != original {text[start:end]!r}")
        key = (start, end, label)
        if key in seen:
            out.append(f"{where}: duplicate")
        seen.add(key)
        by_label.setdefault(label, []).append((start, end))
        out += [f"{where}: {p}" for p in _norm_problems(label, s.get("norm"))]
    for label, spans in by_label.items():
        spans.sort()
        for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
            if b0 < a1 and (a0, a1) != (b0, b1):
                out.append(f"{doc}: {label} spans {a0}:{a1} and {b0}:{b1} overlap")
    return out


def validate_file(path, texts: dict | None = None) -> list:
    """Problems of a file of records (JSON Lines, or Parquet span rows by
    the suffix); ``texts`` maps doc_id -> original text."""
    from .formats import is_table, read_spans

    out = []
    if is_table(path):
        for record in read_spans(path):
            out += problems(record, (texts or {}).get(record.get("doc_id")))
        return out
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                out.append(f"{path}:{n}: not JSON ({e.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("spans"), list):
                out.append(f"{path}:{n}: not a record (needs doc_id, text_sha256, spans)")
                continue
            text = (texts or {}).get(record.get("doc_id"))
            out += problems(record, text)
    return out
