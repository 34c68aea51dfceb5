"""``govrag eval --ingest FOLDER``: how well ingest reads a folder of papers with known rows.

The folder holds papers and a ``gold.jsonl`` with one line a table row (``paper``, ``ref`` or
null, ``title``, ``owner``, ``due_date``, ``revised_from_date``, ``status``; see
data/papers/README.md). Every paper goes through :func:`ingest.loaders.load_document` and
:func:`ingest.extract.extract` in process; its records are matched one-to-one to its gold rows
(by ref where the gold has one, then by the words of the issue found in the record's title,
finding, action or any of its cells), and the paper is scored:

* read: the file was loaded (else its error);
* recall: gold rows matched by a record; precision: records that matched a gold row;
* owner, due, revised, status: the share of matched rows whose field is right (owner: the same
  words, or one inside the other when they are of similar length; dates: the same ISO date;
  revised: the same original date, or both none; status: the same :data:`ingest.model.Status`);
* ref: matched rows with a gold ref whose record has the same ref;
* section: matched rows whose record has the gold's sub-heading (``category``) as its category,
  the same words, or both none (gold files without a ``category`` field are not scored);
* fields: the four fields right, over every gold row (a missed row counts four wrong).

Usage::

    govrag eval --ingest data/papers/dev [--json] [--out report.json] [--mismatches]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("owner", "due_date", "revised_from_date", "status")
MIN_TEXT_SCORE = 0.5


@dataclass
class Extracted:
    """What the scorer needs of one extracted record."""

    ref: str | None
    text: str  # title, finding, action and every cell: where a gold title is looked for
    owner: str | None
    due_date: str | None
    revised_from_date: str | None
    status: str
    category: str | None = None


@dataclass
class PaperScore:
    paper: str
    read: bool
    error: str | None = None
    gold: int = 0
    records: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    refs_gold: int = 0  # matched rows whose gold has a ref
    refs_right: int = 0
    sections_gold: int = 0  # matched rows whose gold says which sub-heading (or none) holds them
    sections_right: int = 0
    mismatches: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.records if self.records else 0.0

    def accuracy(self, name: str) -> float | None:
        return self.correct[name] / self.matched if self.matched else None

    @property
    def fields_right(self) -> float:
        total = self.gold * len(FIELDS)
        return sum(self.correct.values()) / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(
            recall=self.recall,
            precision=self.precision,
            accuracy={name: self.accuracy(name) for name in FIELDS},
            ref_accuracy=self.refs_right / self.refs_gold if self.refs_gold else None,
            section_accuracy=(
                self.sections_right / self.sections_gold if self.sections_gold else None
            ),
            fields_right=self.fields_right,
        )
        return out


# --- matching --------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9£%]+")


def norm(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


def norm_ref(ref: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (ref or "").lower())


def text_score(title: str, text: str) -> float:
    """The share of the gold title's words found in ``text``."""
    words = norm(title).split()
    if not words:
        return 0.0
    have = set(norm(text).split())
    return sum(1 for w in words if w in have) / len(words)


def match(gold: Sequence[dict[str, Any]], records: Sequence[Extracted]) -> list[tuple[int, int]]:
    """One-to-one (gold index, record index) pairs: by ref first, then by issue words."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_rec: set[int] = set()
    by_ref: dict[str, list[int]] = {}
    for j, rec in enumerate(records):
        if rec.ref:
            by_ref.setdefault(norm_ref(rec.ref), []).append(j)
    for i, row in enumerate(gold):
        key = norm_ref(row.get("ref"))
        if not key:
            continue
        candidates = [j for j in by_ref.get(key, []) if j not in used_rec]
        if candidates:
            best = max(candidates, key=lambda j: text_score(row["title"], records[j].text))
            pairs.append((i, best))
            used_gold.add(i)
            used_rec.add(best)
    scored = sorted(
        (
            (text_score(row["title"], rec.text), i, j)
            for i, row in enumerate(gold)
            if i not in used_gold
            for j, rec in enumerate(records)
            if j not in used_rec
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for score, i, j in scored:
        if score < MIN_TEXT_SCORE:
            break
        if i in used_gold or j in used_rec:
            continue
        pairs.append((i, j))
        used_gold.add(i)
        used_rec.add(j)
    return sorted(pairs)


def owner_ok(gold: str | None, got: str | None) -> bool:
    g, r = norm(gold), norm(got)
    if not g or not r:
        return g == r
    if g == r:
        return True
    if g in r or r in g:
        return min(len(g), len(r)) / max(len(g), len(r)) >= 0.6
    return False


def field_ok(name: str, gold: Any, got: Any) -> bool:
    if name == "owner":
        return owner_ok(gold, got)
    return (gold or None) == (got or None)


def score_paper(
    paper: str,
    gold: Sequence[dict[str, Any]],
    records: Sequence[Extracted] | None,
    error: str | None = None,
) -> PaperScore:
    """Score one paper; ``records`` None means the file was not read (``error`` says why)."""
    if records is None:
        return PaperScore(paper, read=False, error=error or "not read", gold=len(gold))
    result = PaperScore(paper, read=True, gold=len(gold), records=len(records))
    for i, j in match(gold, records):
        row, rec = gold[i], records[j]
        result.matched += 1
        wrong: dict[str, dict[str, Any]] = {}
        if row.get("ref"):
            result.refs_gold += 1
            result.refs_right += norm_ref(row["ref"]) == norm_ref(rec.ref)
            if norm_ref(row["ref"]) != norm_ref(rec.ref):
                wrong["ref"] = {"gold": row["ref"], "got": rec.ref}
        if "category" in row:
            result.sections_gold += 1
            if norm(row["category"]) == norm(rec.category):
                result.sections_right += 1
            else:
                wrong["category"] = {"gold": row["category"], "got": rec.category}
        for name in FIELDS:
            got = getattr(rec, name)
            if field_ok(name, row.get(name), got):
                result.correct[name] += 1
            else:
                wrong[name] = {"gold": row.get(name), "got": got}
        if wrong:
            result.mismatches.append({"ref": row.get("ref"), "title": row["title"], **wrong})
    matched = {i for i, _ in match(gold, records)}
    for i, row in enumerate(gold):
        if i not in matched:
            result.mismatches.append(
                {"ref": row.get("ref"), "title": row["title"], "missing": True}
            )
    return result


# --- reading the papers ----------------------------------------------------------------------


def read_gold(folder: Path) -> dict[str, list[dict[str, Any]]]:
    path = folder / "gold.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no gold file (one JSON object a table row)")
    papers: dict[str, list[dict[str, Any]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "paper" not in row or "title" not in row:
            raise ValueError(f"{path}:{number}: a gold row needs 'paper' and 'title'")
        papers.setdefault(row["paper"], []).append(row)
    return papers


def extract_records(path: Path) -> list[Extracted]:
    from ingest.extract import extract
    from ingest.loaders import LoadLimits, load_document

    loaded = load_document(path, LoadLimits(pdf_in_subprocess=False))
    document = extract(loaded)
    return [
        Extracted(
            ref=r.ref,
            text=" ".join([r.title, r.finding or "", r.action or "", *r.columns.values()]),
            owner=r.owner,
            due_date=r.due_date,
            revised_from_date=r.revised_from_date,
            status=r.status,
            category=r.category,
        )
        for r in document.records
    ]


def evaluate(folder: Path) -> list[PaperScore]:
    gold = read_gold(folder)
    scores = []
    for paper in sorted(gold):
        path = folder / paper
        try:
            records: list[Extracted] | None = extract_records(path)
            error = None
        except Exception as exc:  # a paper that cannot be read is a result, not a crash
            records, error = None, f"{type(exc).__name__}: {exc}"
        scores.append(score_paper(paper, gold[paper], records, error))
    return scores


def totals(scores: Iterable[PaperScore]) -> dict[str, Any]:
    scores = list(scores)
    gold = sum(s.gold for s in scores)
    records = sum(s.records for s in scores)
    matched = sum(s.matched for s in scores)
    correct = {name: sum(s.correct[name] for s in scores) for name in FIELDS}
    refs_gold = sum(s.refs_gold for s in scores)
    sections_gold = sum(s.sections_gold for s in scores)
    return {
        "papers": len(scores),
        "read": sum(s.read for s in scores),
        "gold": gold,
        "records": records,
        "matched": matched,
        "recall": matched / gold if gold else 0.0,
        "precision": matched / records if records else 0.0,
        "accuracy": {n: (correct[n] / matched if matched else None) for n in FIELDS},
        "ref_accuracy": sum(s.refs_right for s in scores) / refs_gold if refs_gold else None,
        "section_accuracy": (
            sum(s.sections_right for s in scores) / sections_gold if sections_gold else None
        ),
        "fields_right": sum(correct.values()) / (gold * len(FIELDS)) if gold else 0.0,
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def render_table(scores: Sequence[PaperScore], total: dict[str, Any]) -> str:
    head = [
        "paper",
        "read",
        "gold",
        "recs",
        "recall",
        "prec",
        "owner",
        "due",
        "revised",
        "status",
        "ref",
        "section",
        "fields",
    ]
    lines = []
    for s in scores:
        lines.append(
            [
                s.paper[:44],
                "yes" if s.read else "NO",
                str(s.gold),
                str(s.records),
                _pct(s.recall),
                _pct(s.precision if s.read else None),
                *(_pct(s.accuracy(n)) for n in FIELDS),
                _pct(s.refs_right / s.refs_gold if s.refs_gold else None),
                _pct(s.sections_right / s.sections_gold if s.sections_gold else None),
                _pct(s.fields_right),
            ]
        )
    lines.append(
        [
            "TOTAL",
            f"{total['read']}/{total['papers']}",
            str(total["gold"]),
            str(total["records"]),
            _pct(total["recall"]),
            _pct(total["precision"]),
            *(_pct(total["accuracy"][n]) for n in FIELDS),
            _pct(total["ref_accuracy"]),
            _pct(total["section_accuracy"]),
            _pct(total["fields_right"]),
        ]
    )
    widths = [max(len(row[c]) for row in [head, *lines]) for c in range(len(head))]
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    for row in lines:
        out.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    for s in scores:
        if s.error:
            out.append(f"not read: {s.paper}: {s.error}")
    return "\n".join(out)


def summary_line(total: dict[str, Any]) -> str:
    acc = total["accuracy"]
    return (
        f"files read {total['read']}/{total['papers']}; record recall {_pct(total['recall'])} "
        f"({total['matched']}/{total['gold']}), precision {_pct(total['precision'])}; accuracy: "
        f"owner {_pct(acc['owner'])}, due {_pct(acc['due_date'])}, revised-from "
        f"{_pct(acc['revised_from_date'])}, status {_pct(acc['status'])}; "
        f"ref {_pct(total['ref_accuracy'])}; section {_pct(total['section_accuracy'])}; "
        f"fields right {_pct(total['fields_right'])}"
    )


def build_parser(prog: str = "govrag eval --ingest") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Score ingest on a folder of papers with a gold.jsonl of their table rows: "
        "files read, record recall and precision, owner / due date / revised-from / status "
        "accuracy, per paper and in total.",
    )
    parser.add_argument(
        "--ingest",
        type=Path,
        required=True,
        metavar="FOLDER",
        help="the folder of papers and its gold.jsonl",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--out", type=Path, help="also write the JSON report to FILE")
    parser.add_argument(
        "--mismatches",
        action="store_true",
        help="list every missed row and wrong field (not for held-out papers)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    folder: Path = options.ingest
    try:
        scores = evaluate(folder)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    total = totals(scores)
    papers = [s.as_dict() for s in scores]
    if not options.mismatches:
        for paper in papers:
            paper.pop("mismatches", None)
    report: dict[str, Any] = {"folder": str(folder), "total": total, "papers": papers}
    if options.out:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if options.json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
        return 0
    sys.stdout.write(render_table(scores, total) + "\n")
    if options.mismatches:
        for s in scores:
            for m in s.mismatches:
                sys.stdout.write(f"{s.paper}: {json.dumps(m, ensure_ascii=False)}\n")
    sys.stdout.write(summary_line(total) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
