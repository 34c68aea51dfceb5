"""Build the measuring corpus of issue 15 from its specs: the papers, ``gold.jsonl`` (one line a
table row) and ``questions.jsonl`` (gold questions in the format of ``eval/gold.jsonl``).

Usage::

    .venv/bin/python -m eval.papers.build                  # both halves into data/papers/
    .venv/bin/python -m eval.papers.build --half dev --gold-only

The held-out specs (``eval/papers/heldout_specs.py``) are imported only when that half is
built, so building the dev half never reads them.
"""

from __future__ import annotations

import argparse
import calendar
import importlib
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eval.papers.spec import Paper, Row, format_date, gold_rows, gold_status

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "data" / "papers"
HALVES = {
    "dev": "eval.papers.dev_specs",
    "heldout": "eval.papers.heldout_specs",
    "heldout2": "eval.papers.heldout2_specs",
    "heldout3": "eval.papers.heldout3_specs",
    "heldout4": "eval.papers.heldout4_specs",
    "dev2": "eval.papers.dev2_specs",
    "heldout5": "eval.papers.heldout5_specs",
    "heldout6": "eval.papers.heldout6_specs",
    "dev3": "eval.papers.dev3_specs",
    "heldout7": "eval.papers.heldout7_specs",
    "heldout8": "eval.papers.heldout8_specs",
    "heldout9": "eval.papers.heldout9_specs",
    "heldout10": "eval.papers.heldout10_specs",
    "heldout11": "eval.papers.heldout11_specs",
    "heldout12": "eval.papers.heldout12_specs",
    "heldout13": "eval.papers.heldout13_specs",
    "heldout14": "eval.papers.heldout14_specs",
    "dev4": "eval.papers.dev4_specs",
    "heldout15": "eval.papers.heldout15_specs",
    "dev5": "eval.papers.dev5_specs",
    "dev6": "eval.papers.dev6_specs",
    "heldout16": "eval.papers.heldout16_specs",
    "dev7": "eval.papers.dev7_specs",
    "heldout17": "eval.papers.heldout17_specs",
    "dev8": "eval.papers.dev8_specs",
    "dev9": "eval.papers.dev9_specs",
    "heldout18": "eval.papers.heldout18_specs",
    "heldout19": "eval.papers.heldout19_specs",
    "heldout20": "eval.papers.heldout20_specs",
    "heldout21": "eval.papers.heldout21_specs",
    "heldout22": "eval.papers.heldout22_specs",
    "heldout23": "eval.papers.heldout23_specs",
    "dev10": "eval.papers.dev10_specs",
    "dev11": "eval.papers.dev11_specs",
    "dev12": "eval.papers.dev12_specs",
    "dev13": "eval.papers.dev13_specs",
    "heldout24": "eval.papers.heldout24_specs",
    "heldout25": "eval.papers.heldout25_specs",
    "dev14": "eval.papers.dev14_specs",
    "heldout26": "eval.papers.heldout26_specs",
    "heldout27": "eval.papers.heldout27_specs",
    "dev15": "eval.papers.dev15_specs",
    "heldout28": "eval.papers.heldout28_specs",
    "heldout29": "eval.papers.heldout29_specs",
    "heldout30": "eval.papers.heldout30_specs",
}
# What --half all builds (dev2 and heldout2-6 are built only when asked for by name).
ALL_HALVES = ("dev", "heldout")
PREFIXES = {
    "dev": "pd",
    "heldout": "ph",
    "heldout2": "pk",
    "heldout3": "pm",
    "heldout4": "pn",
    "dev2": "pe",
    "heldout5": "pr",
    "heldout6": "ps",
    "dev3": "pu",
    "heldout7": "pt",
    "heldout8": "pv",
    "heldout9": "pw",
    "heldout10": "py",
    "heldout11": "pz",
    "heldout12": "pq",
    "heldout13": "pg",
    "heldout14": "pj",
    "dev4": "po",
    "heldout15": "pa",
    "dev5": "pb",
    "dev6": "pc",
    "heldout16": "pf",
    "dev7": "pi",
    "heldout17": "pl",
    "dev8": "px",
    "dev9": "p9",
    "heldout18": "qa",
    "heldout19": "qb",
    "heldout20": "qc",
    "heldout21": "qd",
    "heldout22": "qe",
    "heldout23": "qf",
    "dev10": "p0",
    "dev11": "qk",
    "dev12": "qm",
    "dev13": "qn",
    "heldout24": "qg",
    "heldout25": "qh",
    "dev14": "qo",
    "heldout26": "qi",
    "heldout27": "qj",
    "dev15": "qp",
    "heldout28": "ql",
    "heldout29": "qq",
    "heldout30": "qr",
}


def papers(half: str) -> tuple[Paper, ...]:
    module = importlib.import_module(HALVES[half])
    specs: tuple[Paper, ...] = module.PAPERS
    return specs


def meeting_date(paper: Paper) -> date:
    """The meeting date written on the cover ('Thursday 16 January 2020')."""
    match = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", paper.meeting)
    if not match:
        raise ValueError(f"{paper.slug}: no date in {paper.meeting!r}")
    months = {calendar.month_name[i].lower(): i for i in range(1, 13)}
    return date(int(match.group(3)), months[match.group(2).lower()], int(match.group(1)))


def _name(row: Row) -> str:
    return row.ref or " ".join(row.issue.split()[:6])


def _label(row: Row) -> list[str]:
    """What an answer naming ``row`` contains: its ref, else (or when the ref is a bare number,
    which any answer may contain) the first words of its issue."""
    if row.ref and not row.ref.isdigit():
        return [row.ref]
    return [" ".join(row.issue.split()[:5])]


def _date_facts(paper: Paper, value: str) -> list[str]:
    d = date.fromisoformat(value)
    month = calendar.month_name[d.month]
    forms = [
        value,
        format_date(value, paper.date_style),
        f"{d.day} {month} {d.year}",
        d.strftime("%d/%m/%Y"),
    ]
    out: list[str] = []
    for form in forms:
        if form not in out:
            out.append(form)
    return out


def _current_due(row: Row) -> date | None:
    """The row's current deadline (the revised one when it moved); None when none is set."""
    current = row.revised or row.due
    return date.fromisoformat(current) if current else None


def _where(paper: Paper) -> str:
    return f"the {paper.body} paper '{paper.title}'"


def questions(paper: Paper, index: int) -> list[dict[str, Any]]:
    """Two questions about ``paper``, of kinds taken in turn so that every kind is asked."""
    rows = paper.rows
    statuses = [gold_status(paper, r) for r in rows]
    when = meeting_date(paper)
    revised = [r for r in rows if r.revised]
    overdue = [
        r
        for r, s in zip(rows, statuses, strict=True)
        if r.status.strip().lower() == "overdue"
        or (s != "complete" and (d := _current_due(r)) is not None and d < when)
    ]
    complete = [r for r, s in zip(rows, statuses, strict=True) if s == "complete"]
    # the owner question asks of a row whose owner cell is filled (a blank cell has no answer
    # to write as a fact)
    owned = [r for r in rows if r.owner.strip()] or list(rows)
    pick = rows[(index * 3 + 1) % len(rows)]
    if not pick.owner.strip():
        pick = owned[(index * 3 + 1) % len(owned)]
    # the due question asks of a row with a date set (an undated row has no date to write)
    dated = [r for r in rows if _current_due(r) is not None] or list(rows)
    pick2 = rows[(index * 5 + 2) % len(rows)]
    if _current_due(pick2) is None:
        pick2 = dated[(index * 5 + 2) % len(dated)]
    kinds = ["revised", "owner", "overdue", "due", "count"]
    chosen = [kinds[index % 5], kinds[(index + 2) % 5]]
    out: list[dict[str, Any]] = []
    source = [paper.filename]
    for kind in chosen:
        if kind == "revised" and not revised:
            kind = "count"
        if kind == "overdue" and not overdue:
            kind = "owner"
        if kind == "due" and _current_due(pick2) is None:
            kind = "count"
        if kind == "revised":
            out.append(
                {
                    "question": f"Which deadlines were revised in {_where(paper)}?",
                    "type": "list",
                    "facts": [_label(r) for r in revised[:5]],
                    "notes": f"{len(revised)} rows with a revised date: "
                    + ", ".join(f"{_name(r)} {r.due}->{r.revised}" for r in revised),
                }
            )
        elif kind == "overdue":
            out.append(
                {
                    "question": f"Which actions in {_where(paper)} were overdue at the meeting "
                    f"of {paper.meeting}?",
                    "type": "list",
                    "facts": [_label(r) for r in overdue[:5]],
                    "notes": f"marked Overdue, or not complete with the current due date before "
                    f"{when.isoformat()}: "
                    + ", ".join(f"{_name(r)} due {r.revised or r.due}" for r in overdue),
                }
            )
        elif kind == "owner":
            out.append(
                {
                    "question": f"Who owns the action on "
                    f"'{' '.join(pick.issue.split()[:9]).rstrip('.,')}' in {_where(paper)}?",
                    "type": "lookup",
                    "facts": [[pick.owner]],
                    "notes": f"{_name(pick)}: owner column '{pick.owner}'",
                }
            )
        elif kind == "due":
            current = pick2.revised or pick2.due or ""
            subject = pick2.ref if pick2.ref else " ".join(pick2.issue.split()[:9]).rstrip(".,")
            out.append(
                {
                    "question": f"When is action {subject} of {_where(paper)} due?"
                    if pick2.ref
                    else f"When is the action on '{subject}' in {_where(paper)} due?",
                    "type": "lookup_date",
                    "facts": [_date_facts(paper, current)],
                    "notes": f"{_name(pick2)}: current due date {current}"
                    + (f" (revised from {pick2.due})" if pick2.revised else ""),
                }
            )
        else:
            n = len(complete)
            out.append(
                {
                    "question": f"How many actions in {_where(paper)} are complete?",
                    "type": "count",
                    "facts": [[str(n)]],
                    "notes": f"{n} of {len(rows)} rows complete (gold status): "
                    + ", ".join(_name(r) for r in complete),
                }
            )
    for item in out:
        item.update({"answerable": True, "records": [], "sources": source})
    return out


def gold(half: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The row gold and the questions of ``half``, derived from its specs only."""
    rows: list[dict[str, Any]] = []
    qs: list[dict[str, Any]] = []
    prefix = PREFIXES[half]
    # a half may write its own questions (QUESTIONS, derived from its specs) instead
    own = getattr(importlib.import_module(HALVES[half]), "QUESTIONS", None)
    for index, paper in enumerate(papers(half)):
        rows += gold_rows(paper)
        if own is None:
            qs += questions(paper, index)
    if own is not None:
        qs = list(own)
    ordered = []
    for number, q in enumerate(qs, start=1):
        ordered.append(
            {
                "id": f"{prefix}{number:03d}",
                "question": q["question"],
                "type": q["type"],
                "answerable": q["answerable"],
                "facts": q["facts"],
                "records": q["records"],
                "sources": q["sources"],
                "notes": q["notes"],
            }
        )
    return rows, ordered


def jsonl(items: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def build(
    half: str,
    out_root: Path = DEFAULT_OUT,
    *,
    gold_only: bool = False,
    formats: Sequence[str] | None = None,
) -> Path:
    """Write ``half`` into ``out_root/half``; the folder."""
    folder = out_root / half
    folder.mkdir(parents=True, exist_ok=True)
    rows, qs = gold(half)
    (folder / "gold.jsonl").write_text(jsonl(rows), encoding="utf-8")
    (folder / "questions.jsonl").write_text(jsonl(qs), encoding="utf-8")
    if not gold_only:
        from eval.papers.render import write

        for paper in papers(half):
            if formats is None or paper.fmt in formats:
                write(paper, folder)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.papers.build", description=__doc__)
    parser.add_argument("--half", choices=[*HALVES, "all"], default="all")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--gold-only", action="store_true", help="write only the gold files")
    options = parser.parse_args(argv)
    halves = list(ALL_HALVES) if options.half == "all" else [options.half]
    for half in halves:
        folder = build(half, options.out, gold_only=options.gold_only)
        sys.stdout.write(f"{half}: {len(papers(half))} papers -> {folder}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
