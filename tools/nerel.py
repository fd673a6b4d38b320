#!/usr/bin/env python3
"""NEREL as a development set for PERSON, COUNTRY and DATE in Russian news prose.

NEREL (https://github.com/nerel-ds/NEREL) is a Russian news corpus annotated
in brat standoff format (``<doc>.txt`` + ``<doc>.ann``) with 29 nested entity
types.  This script turns one of its splits into the project's record shape
(SPEC.md) and scores the pipeline on it.  No NEREL data lives in this
repository: unpack and convert into a scratch folder such as /tmp/nerel.

The ``test`` split is RESERVED: every command here refuses it.  Develop on
``dev`` (and ``train``) only.

Commands (``python tools/nerel.py COMMAND --help`` for each):

  unpack  GIT_DIR DEST         copy the train and dev splits (never test) out of
                               a bare NEREL git mirror into DEST
  convert NEREL_SPLIT_DIR OUT  brat -> OUT/texts/<doc>.txt + OUT/gold.jsonl
                               (+ OUT/meta.json with what was kept and dropped)
  score   GOLD_DIR             run ie.extract on OUT/texts and print exact
                               P/R/F1 per label and micro (ie.evaluate.score);
                               --natasha scores natasha's PER instead

Typical session:

  python tools/nerel.py unpack /work/.mirror/nerel-ds+NEREL/repo /tmp/nerel/raw
  python tools/nerel.py convert /tmp/nerel/raw/NEREL-v1.1/dev /tmp/nerel/dev
  python tools/nerel.py score /tmp/nerel/dev
  python tools/nerel.py score /tmp/nerel/dev --natasha

Mapping (details in tools/README.md):

  PERSON   -> PERSON, norm {"name": the mention as written}; a leading title
              («миссис», «г-н», …) is cut off.
  COUNTRY  -> COUNTRY where the mention is a noun phrase naming a sovereign
              state (or observer state / EU, as SPEC says); adjectives
              («российский»), parts of states («Англия», «Северная Ирландия»)
              and unrecognised territories («Косово», «Тайвань») are dropped.
              norm {"code": ISO alpha-2 from ie/data/countries.tsv, else null}.
              NEREL ORGANIZATION mentions of the European Union become COUNTRY EU.
  DATE     -> DATE, cut to SPEC's extent: from the first day number / month /
              year (leading prepositions, weekdays, «начале», «весной» …
              outside); mentions with no month, year or numeric date
              (durations «два года», relative «вчера», «в четверг», the «19» of
              «COVID-19») are dropped.  norm {}.  --raw-dates keeps NEREL's extents.
  Discontinuous entities are dropped; of nested mentions of one label only the
  outermost is kept.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

RESERVED = "test"
ALLOWED_SPLITS = ("train", "dev")
SCORED = ("PERSON", "COUNTRY", "DATE")


class Refused(SystemExit):
    pass


def refuse_test(path, what="split") -> None:
    """Stop if any component of ``path`` is the reserved test split."""
    parts = [p.lower() for p in Path(path).resolve().parts]
    if RESERVED in parts or any(p.endswith("-test") or p.endswith("_test") for p in parts):
        raise Refused(f"nerel.py: refusing {what} {path!s}: the NEREL 'test' split is reserved "
                      f"and must never be read, converted or scored. Use 'dev' (or 'train').")


def progress(i, n, t0, what):
    if i == n or i % 20 == 0:
        rate = i / max(time.time() - t0, 1e-9)
        print(f"\r{what}: {i}/{n} documents ({rate:.1f}/s)", end="\n" if i == n else "",
              file=sys.stderr, flush=True)


# ---------------------------------------------------------------- unpack

def cmd_unpack(args):
    """Extract NEREL-<version>/{train,dev} from a bare git mirror (git archive | tar)."""
    paths = [f"NEREL-{args.version}/{s}" for s in ALLOWED_SPLITS]
    dest = Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["git", "--git-dir", args.git_dir, "archive", args.rev, *paths],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode:
        sys.exit(f"nerel.py: git archive failed: {proc.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        members = [m for m in tar.getmembers() if RESERVED not in Path(m.name).parts]
        tar.extractall(dest, members=members)
    commit = subprocess.run(["git", "--git-dir", args.git_dir, "rev-parse", args.rev],
                            capture_output=True, text=True).stdout.strip()
    for p in paths:
        n = len(list((dest / p).glob("*.ann")))
        print(f"{dest / p}: {n} documents")
    print(f"NEREL commit {commit}; the test split was not extracted.")


# ---------------------------------------------------------------- brat

def read_text(path: Path) -> str:
    """The file's characters exactly (no newline translation); a BOM is an error."""
    text = path.read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        sys.exit(f"nerel.py: {path}: starts with a byte-order mark; brat offsets would be ambiguous")
    return text


def read_ann(path: Path, text: str):
    """Text-bound annotations: (id, type, [(start, end), ...], text)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("T"):
            continue  # relations (R), links (N), events, notes
        tid, spec, mention = line.split("\t", 2)
        typ, offsets = spec.split(" ", 1)
        frags = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
        got = " ".join(text[a:b] for a, b in frags)
        if got != mention:
            sys.exit(f"nerel.py: {path}:{n}: {tid} text {mention!r} != slice {got!r}")
        out.append((tid, typ, frags, mention))
    return out


# ---------------------------------------------------------------- PERSON

TITLE = re.compile(r"^(?:миссис|мистер|мисс|сэр|мадам|г-н|г-жа|г-на|г-жи|господин\w*|госпож\w+)\s+", re.I)


def map_person(text, a, b):
    m = TITLE.match(text[a:b])
    if m:
        a += m.end()
    return (a, b, {"name": text[a:b]}) if b > a else None


# ---------------------------------------------------------------- COUNTRY

# Names that are not sovereign states in SPEC's sense (UN members, the two
# observer states, the EU): parts of states and territories.  Keys are the
# lemmas of the words, lower-case.
NOT_STATES = {"англия", "шотландия", "уэльс", "северный ирландия", "косово", "тайвань",
              "приднестровье", "приднестровский молдавский республика", "пмр", "южный осетия",
              "абхазия", "гонконг", "макао", "днр", "лнр", "донецкий народный республика",
              "луганский народный республика", "нагорный карабах", "карабах", "крым",
              "гренландия", "пуэрто-рико", "сомалиленд", "каталония", "курдистан", "чечня",
              "новороссия", "палестинский автономия", "ичкерия", "европа", "азия", "африка",
              "иерусалим", "кастилия-ла-манча", "республика сербский", "рюо", "england", "scotland",
              "wales", "northern ireland", "taiwan", "kosovo", "hong kong",
              # historical polities and colonies that are no state of SPEC's list
              "русь", "древний русь", "киевский русь", "российский империя", "бельгийский конго"}


class CountryMapper:
    def __init__(self):
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from ie.extractors.country import gazetteer  # read-only reuse of the project's loader
        import pymorphy3

        self.gaz = gazetteer()
        self.morph = pymorphy3.MorphAnalyzer()
        self.unknown = Counter()  # kept with code null
        self.dropped = Counter()  # (reason, text)

    def lookup(self, mention):
        hit = self.gaz.lookup(mention)
        if hit is None and "ё" in mention:
            hit = self.gaz.lookup(mention.replace("ё", "е"))
        return hit

    def lemmas(self, mention):
        return " ".join(self.morph.parse(w)[0].normal_form for w in re.findall(r"[\w.-]+", mention)).lower()

    def is_adjective(self, mention, after=""):
        """Adjectives and descriptions, not names: «российских», «Российско-»,
        «израильского государства», «American»."""
        words = re.findall(r"\w+", mention)
        if not words or mention.endswith("-") or (mention.endswith("о") and after.startswith("-")):
            return True
        if words[0][:1].islower():
            return True
        if len(words) == 1 and words[0].isascii():
            return bool(re.search(r"(?:an|ish|ese|ana|ian|ic)$", words[0]))
        if len(words) == 1:
            tags = {p.tag.POS for p in self.morph.parse(words[0])[:2]}
            return bool(tags & {"ADJF", "ADJS", "PRTF"}) and "NOUN" not in tags
        return False

    def __call__(self, mention, after=""):
        """(norm, None), or (None, reason) when the mention is not a state;
        ``after``: the text right after the mention."""
        hit = self.lookup(mention)
        if hit:
            return {"code": hit[0]}, None
        if self.is_adjective(mention, after):
            self.dropped["adjective", mention] += 1
            return None, "adjective"
        if self.lemmas(mention) in NOT_STATES:
            self.dropped["not a sovereign state", mention] += 1
            return None, "not a sovereign state"
        self.unknown[mention] += 1
        return {"code": None}, None


# ---------------------------------------------------------------- DATE

MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[йяюе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|"
                   r"january|february|march|april|may$|june|july|august|september|october|november|december)", re.I)
YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})(?:г|гг|-?х|-?е|-?ых|-?ые|-?м|-?й|-?го)?$")
NUMDATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
DAYWORD = re.compile(r"^(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|"
                     r"тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|"
                     r"двадцат|тридцат)\w*$", re.I)
CONNECT = {"и", "по", "на", "до", "-", "–", "—", ",", "или"}
DATE_TOKEN = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\w+|[^\w\s]")


def _is_month(tok):
    return bool(MONTH.match(tok)) and tok.isalpha()


def _day(tok):
    return (tok.isdigit() and 1 <= int(tok) <= 31) or bool(DAYWORD.match(tok))


def map_date(text, a, b):
    """SPEC's extent of a NEREL DATE, or None when it holds no calendar anchor."""
    toks = [(m.start() + a, m.end() + a, m.group()) for m in DATE_TOKEN.finditer(text[a:b])]
    anchored = any(_is_month(t) or YEAR.match(t) or NUMDATE.match(t) for _, _, t in toks)
    if not anchored:
        return None
    start = None
    for i, (s, _, t) in enumerate(toks):
        if _is_month(t) or YEAR.match(t) or NUMDATE.match(t):
            start = s
            break
        if _day(t):  # a day number leads to a month through numbers and connectors
            for _, _, u in toks[i + 1:]:
                if _is_month(u):
                    start = s
                    break
                if not (_day(u) or u.lower() in CONNECT or (u.isdigit() and len(u) <= 2)):
                    break
            if start is not None:
                break
    end = b
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        if text[end - 1] == "." and re.search(r"\bг\.$", text[start:end]):
            break  # «1957 г.» keeps its dot
        end -= 1
    return (start, end, {}) if end > start else None


# ---------------------------------------------------------------- convert

def outermost(spans):
    """Drop spans contained in another span of the same label (and duplicates)."""
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1], s[2]))
    out = []
    for s in spans:
        if any(o[2] == s[2] and o[0] <= s[0] and s[1] <= o[1] for o in out):
            continue
        out.append(s)
    return out


def convert_doc(text, anns, cm, stats, raw_dates=False):
    spans = []
    for tid, typ, frags, mention in anns:
        if typ not in ("PERSON", "COUNTRY", "DATE", "ORGANIZATION"):
            continue
        if len(frags) > 1:
            if typ != "ORGANIZATION":
                stats["dropped", typ, "discontinuous"] += 1
            continue
        (a, b), = frags
        if typ == "PERSON":
            m = map_person(text, a, b)
            if m is None:
                stats["dropped", typ, "title only"] += 1
                continue
            spans.append((m[0], m[1], "PERSON", m[2]))
        elif typ == "COUNTRY":
            norm, why = cm(mention, text[b:b + 2])
            if norm is None:
                stats["dropped", typ, why] += 1
                continue
            spans.append((a, b, "COUNTRY", norm))
        elif typ == "ORGANIZATION":
            hit = cm.lookup(mention)
            if hit and hit[0] == "EU":
                stats["kept", "COUNTRY", "EU from ORGANIZATION"] += 1
                spans.append((a, b, "COUNTRY", {"code": "EU"}))
        else:  # DATE
            prev, nxt = text[a - 1:a] or " ", text[b:b + 1] or " "
            if prev.isalnum() or (prev == "-" and text[a - 2:a - 1].isalnum()) or nxt.isalnum():
                stats["dropped", typ, "part of a word (COVID-19)"] += 1
                continue
            m = (a, b, {}) if raw_dates else map_date(text, a, b)
            if m is None:
                stats["dropped", typ, "no month, year or numeric date"] += 1
                continue
            if (m[0], m[1]) != (a, b):
                stats["kept", typ, "cut to SPEC extent"] += 1
            spans.append((m[0], m[1], "DATE", m[2]))
    keyed = {(s, e, lab): norm for s, e, lab, norm in spans}
    kept = outermost([(s, e, lab) for s, e, lab, _ in spans])
    stats["dropped", "*", "nested in same label / duplicate"] += len(keyed) - len(kept) + (len(spans) - len(keyed))
    out = []
    for s, e, lab in sorted(kept):
        assert text[s:e] and text[s:e] == text[s:e].strip(), (lab, text[s:e])
        out.append({"start": s, "end": e, "label": lab, "text": text[s:e], "norm": keyed[s, e, lab]})
        stats["kept", lab, "total"] += 1
    return out


def cmd_convert(args):
    src, out = Path(args.split_dir), Path(args.out_dir)
    refuse_test(src, "split directory")
    refuse_test(out, "output directory")
    split = src.resolve().name
    if split not in ALLOWED_SPLITS:
        sys.exit(f"nerel.py: {src}: the split directory must be named one of {ALLOWED_SPLITS}, not {split!r}")
    if Path("/work/main") in [out.resolve(), *out.resolve().parents]:
        sys.exit("nerel.py: write NEREL data outside the repository (e.g. /tmp/nerel/dev)")
    anns = sorted(src.glob("*.ann"))
    if not anns:
        sys.exit(f"nerel.py: {src}: no .ann files (is this a NEREL split directory?)")
    (out / "texts").mkdir(parents=True, exist_ok=True)
    cm = CountryMapper()
    stats = Counter()
    t0 = time.time()
    records = []
    for i, ann in enumerate(anns, 1):
        doc_id = ann.stem
        text = read_text(ann.with_suffix(".txt"))
        spans = convert_doc(text, read_ann(ann, text), cm, stats, args.raw_dates)
        with open(out / "texts" / f"{doc_id}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        records.append({"doc_id": doc_id, "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                        "spans": spans})
        progress(i, len(anns), t0, f"convert {split}")
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    meta = {"split": split, "source": str(src.resolve()), "documents": len(records),
            "raw_dates": args.raw_dates,
            "counts": {" / ".join(k): v for k, v in sorted(stats.items())},
            "country_unknown_kept_code_null": dict(cm.unknown.most_common()),
            "country_dropped": {f"{why}: {t}": n for (why, t), n in cm.dropped.most_common()}}
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, v in sorted(stats.items()):
        print(f"{' / '.join(k)}: {v}")
    if cm.unknown:
        print("COUNTRY kept with code null (not in ie/data/countries.tsv): "
              + ", ".join(f"{t} ×{n}" for t, n in cm.unknown.most_common()))
    print(f"wrote {out / 'gold.jsonl'} ({len(records)} documents) and {out / 'texts'}/")


# ---------------------------------------------------------------- score

def load_gold(gold_dir: Path):
    refuse_test(gold_dir, "gold directory")
    meta_path = gold_dir / "meta.json"
    if meta_path.exists() and json.loads(meta_path.read_text(encoding="utf-8")).get("split") == RESERVED:
        raise Refused("nerel.py: this gold was made from the reserved test split; refusing to score it")
    import ie

    gold = ie.read_jsonl(gold_dir / "gold.jsonl")
    texts = {}
    for g in gold:
        t = (gold_dir / "texts" / f"{g.doc_id}.txt").read_bytes().decode("utf-8")
        if hashlib.sha256(t.encode("utf-8")).hexdigest() != g.text_sha256:
            sys.exit(f"nerel.py: {g.doc_id}: text does not match gold text_sha256")
        texts[g.doc_id] = t
    return gold, texts


def predict_ie(gold, texts):
    import ie
    from ie.doc import Document, Span

    pipeline = ie.Pipeline(ner=os.environ.get("IE_NER", "auto"))
    preds, t0 = [], time.time()
    for i, g in enumerate(gold, 1):
        d = pipeline(texts[g.doc_id], g.doc_id)
        spans = [Span(s.start, s.end, "PERSON", s.text, s.norm, s.rule) if s.label == "SPEAKER" else s
                 for s in d.spans]
        preds.append(Document(g.doc_id, d.text, tuple(spans)))
        progress(i, len(gold), t0, "ie.extract")
    return preds


def predict_natasha(gold, texts):
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    from ie.doc import Document, Span

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    preds, t0 = [], time.time()
    for i, g in enumerate(gold, 1):
        text = texts[g.doc_id]
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        spans = [Span(s.start, s.stop, "PERSON", text[s.start:s.stop], {})
                 for s in doc.spans if s.type == "PER"]
        preds.append(Document(g.doc_id, text, tuple(spans)))
        progress(i, len(gold), t0, "natasha")
    return preds


def print_scores(result, labels, title, show_norm=True):
    print(title)
    print(f"{'label':<8} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}   {'partial F1':>10}  {'norm acc':>8}")
    rows = [(lab, result["labels"][lab]) for lab in labels] + [("micro", result["micro"])]
    for lab, r in rows:
        e = r["exact"]
        norm = "-" if r["norm_accuracy"] is None or not show_norm else f"{r['norm_accuracy']:.4f}"
        print(f"{lab:<8} {e['precision']:>7.4f} {e['recall']:>7.4f} {e['f1']:>7.4f} {e['tp']:>5} {e['fp']:>5} "
              f"{e['fn']:>5}   {r['partial']['f1']:>10.4f}  {norm:>8}")


def cmd_score(args):
    gold_dir = Path(args.gold_dir)
    labels = [x.strip().upper() for x in args.labels.split(",") if x.strip()]
    bad = [x for x in labels if x not in SCORED]
    if bad:
        sys.exit(f"nerel.py: NEREL gold exists only for {','.join(SCORED)}, not {','.join(bad)}")
    if args.natasha:
        labels = ["PERSON"]  # natasha's LOC is not COUNTRY; only PER is comparable
    gold, texts = load_gold(gold_dir)
    from ie.doc import Document
    from ie.evaluate import errors, score

    preds = predict_natasha(gold, texts) if args.natasha else predict_ie(gold, texts)
    preds = [Document(p.doc_id, p.text, tuple(s for s in p.spans if s.label in labels)) for p in preds]
    gold = [Document(g.doc_id, texts[g.doc_id], tuple(s for s in g.spans if s.label in labels)) for g in gold]
    result = score(gold, preds, labels=labels)
    system = "natasha Segmenter+NewsNERTagger (PER -> PERSON)" if args.natasha else "ie.extract (SPEAKER -> PERSON)"
    print_scores(result, labels, f"NEREL {gold_dir} — {len(gold)} documents — {system} — exact match",
                 show_norm=not args.natasha)
    if "COUNTRY" in labels:
        pairs = [(gs, ps) for g, p in zip(gold, preds) for gs in g.spans_of("COUNTRY")
                 for ps in p.spans_of("COUNTRY") if gs.key == ps.key]
        ok = sum(gs.norm.get("code") == ps.norm.get("code") for gs, ps in pairs)
        print(f"COUNTRY code agreement on exact matches: {ok}/{len(pairs)}")
    if args.save_pred:
        with open(args.save_pred, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(p.dumps(rule=True) + "\n")
    if args.errors_out:
        with open(args.errors_out, "w", encoding="utf-8") as fh:
            fh.write("doc_id\tkind\tlabel\tgold\tpred\tcontext\trule\n")
            for e in errors(gold, preds, labels=labels):
                s = e.gold or e.pred
                text = texts[e.doc_id]
                lo, hi = min(x.start for x in (e.gold, e.pred) if x), max(x.end for x in (e.gold, e.pred) if x)
                ctx = (text[max(0, lo - 40):lo] + "[" + text[lo:hi] + "]" + text[hi:hi + 40]).replace("\n", "⏎").replace("\t", " ")
                fh.write("\t".join([e.doc_id, e.kind, s.label, e.gold.text if e.gold else "",
                                    e.pred.text if e.pred else "", ctx,
                                    (e.pred.rule or "") if e.pred else ""]).replace("\n", "⏎") + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="nerel.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("unpack", help="extract train and dev (never test) from a bare NEREL git mirror",
                       description="Run `git archive` on the mirror for NEREL-<version>/train and /dev only "
                                   "and untar them into DEST (e.g. /tmp/nerel/raw). The test split is not extracted.")
    p.add_argument("git_dir", help="bare git directory of nerel-ds/NEREL, e.g. /work/.mirror/nerel-ds+NEREL/repo")
    p.add_argument("dest", help="where to put NEREL-<version>/{train,dev} (outside /work/main)")
    p.add_argument("--version", default="v1.1", help="dataset folder suffix: v1.1 (default) or v1.0")
    p.add_argument("--rev", default="HEAD", help="git revision (default HEAD)")
    p.set_defaults(func=cmd_unpack)

    p = sub.add_parser("convert", help="brat split -> texts/ + gold.jsonl in the project's record shape",
                       description="Read <doc>.txt + <doc>.ann of one NEREL split (train or dev; test is refused) "
                                   "and write OUT_DIR/texts/<doc>.txt (the exact characters), OUT_DIR/gold.jsonl "
                                   "({doc_id, text_sha256, spans}) and OUT_DIR/meta.json (counts of what was kept, "
                                   "cut and dropped, and every COUNTRY decision). Every brat span is checked "
                                   "against its slice of the text.")
    p.add_argument("split_dir", metavar="NEREL_SPLIT_DIR", help="e.g. /tmp/nerel/raw/NEREL-v1.1/dev")
    p.add_argument("out_dir", metavar="OUT_DIR", help="e.g. /tmp/nerel/dev (must be outside /work/main)")
    p.add_argument("--raw-dates", action="store_true",
                   help="keep NEREL's DATE extents and durations as they are (default: cut to SPEC's extent "
                        "and drop mentions without a month, year or numeric date)")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("score", help="exact P/R/F1 of ie.extract (or natasha) against a converted split",
                       description="Run ie.extract on every GOLD_DIR/texts/<doc>.txt, relabel SPEAKER as PERSON "
                                   "(news has no meeting record), keep only the scored labels and print "
                                   "ie.evaluate.score per label and micro. --natasha scores natasha's PER as "
                                   "PERSON instead (a baseline; its LOC is not COUNTRY and is not scored).")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="a folder written by `convert`, e.g. /tmp/nerel/dev")
    p.add_argument("--labels", default=",".join(SCORED), help="comma-separated subset of PERSON,COUNTRY,DATE")
    p.add_argument("--natasha", action="store_true", help="score natasha Segmenter+NER PER instead of ie")
    p.add_argument("--save-pred", metavar="FILE", help="also write the predictions (records, with rules) here")
    p.add_argument("--errors-out", metavar="FILE", help="also write every disagreement as TSV (ie.evaluate.errors)")
    p.set_defaults(func=cmd_score)

    args = ap.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
