"""Re-decide stored answers with this tree's fact matching, so a run made before a change to
the scorer can be set beside one made after it (a start and an end scored alike).

Reads each set's ``report.json`` under ``--out`` (as :mod:`eval.sets` writes them), keeps every
stored condition of strictness but the facts (abstained, error, citations, set precision), and
matches the facts again with :func:`eval.metrics.fact_present`. An answer that failed for want of
citations is not re-decided (whether it stated a zero match is not stored), so a re-scored figure
can only be lower than a fresh run's. With the matching unchanged it reproduces every stored
figure. ``--write DIR`` keeps the re-decided reports there, in the same layout.

    python -m eval.rescore --out /tmp/start-run [--only ab,ac] [--write /tmp/start-rescored]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.conversations import load_conversations
from eval.gold import GoldQuestion, load_gold
from eval.metrics import MIN_SET_PRECISION, fact_present
from eval.sets import DEFAULT_MANIFEST, choose, load_manifest


def strict_again(item: dict[str, Any], gold: GoldQuestion) -> bool:
    """One stored item's ``strict``, with its facts matched again."""
    if item.get("error"):
        return False
    if not gold.answerable:
        return bool(item["strict"])  # a refusal: no facts to match
    facts = all(fact_present(f, item.get("answer") or "") for f in gold.facts)
    if item["strict"]:
        return facts
    if item.get("abstained") or not item.get("citations"):
        return False
    precision = item.get("set_precision")
    if gold.type in ("list", "count") and gold.records and precision is not None:
        return facts and precision >= MIN_SET_PRECISION  # not buried in a larger set
    return facts


def rescore_report(
    report: dict[str, Any],
    questions: Sequence[GoldQuestion],
    conversations: Mapping[str, Sequence[GoldQuestion]],
) -> dict[str, int]:
    """Re-decide every item of ``report`` in place; the counts right (questions, turns and
    conversations fully right) before and after."""
    by_id = {q.id: q for q in questions}
    counts = dict.fromkeys(
        ("questions", "questions_was", "turns", "turns_was", "conversations", "conversations_was"),
        0,
    )
    for item in report.get("questions", []):
        counts["questions_was"] += bool(item["govrag"]["strict"])
        item["govrag"]["strict"] = strict_again(item["govrag"], by_id[item["id"]])
        counts["questions"] += item["govrag"]["strict"]
    for conversation in (report.get("conversations") or {}).get("items", []):
        turns = conversations[conversation["id"]]
        was = all(t["strict"] for t in conversation["turns"])
        for stored, gold in zip(conversation["turns"], turns, strict=True):
            counts["turns_was"] += bool(stored["strict"])
            stored["strict"] = strict_again(stored, gold)
            counts["turns"] += stored["strict"]
        conversation["correct"] = all(t["strict"] for t in conversation["turns"])
        counts["conversations_was"] += was
        counts["conversations"] += conversation["correct"]
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="a folder eval.sets wrote")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--only", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--write", type=Path, help="keep the re-decided reports here")
    options = parser.parse_args(argv)
    print("| set | questions right, stored → again | turns | conversations |")
    print("| --- | --- | --- | --- |")
    for item in choose(load_manifest(options.manifest), options.only.split(","), None):
        path = options.out / item.name / "report.json"
        if not path.exists():
            continue
        report = json.loads(path.read_text())
        questions = load_gold(item.questions) if item.questions else []
        conversations = {
            c.id: c.turns
            for c in (load_conversations(item.conversations) if item.conversations else [])
        }
        n = rescore_report(report, questions, conversations)
        print(
            f"| {item.name} | {n['questions_was']} → {n['questions']} | {n['turns_was']} → "
            f"{n['turns']} | {n['conversations_was']} → {n['conversations']} |"
        )
        if options.write:
            (options.write / item.name).mkdir(parents=True, exist_ok=True)
            (options.write / item.name / "report.json").write_text(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
