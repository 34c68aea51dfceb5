"""The evaluation report: ``report.json``, ``report.md`` and ``scores_by_type.png``.

Usage::

    report = build_report(meta, questions, {"govrag": evaluated, "baseline": evaluated_b})
    report["conversations"] = conversation_report("conversations.jsonl", "POST /v1/chat", played)
    write_report(report, Path("eval/out"))
    print(summary_table(report))
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eval.conversations import PlayedConversation, summarise
from eval.gold import GoldQuestion
from eval.metrics import METRICS, QuestionScore, Response, aggregate, by_type

REPORT_FILES = ("report.json", "report.md", "scores_by_type.png")
# What the chart and the per-type tables show.
CHART_METRICS = {
    "strict_accuracy": "strict accuracy",
    "fact_recall": "key-fact recall",
    "truthfulness": "truthfulness (correct − hallucinated)",
    "citation_relevance": "citation relevance (cites an expected source)",
}
TYPE_COLUMNS = (
    "n",
    "retrieval_recall_at_5",
    "retrieval_recall_at_10",
    "retrieval_mrr",
    "fact_recall",
    "set_f1",
    "strict_accuracy",
    "abstention_accuracy",
    "false_abstention_rate",
    "citation_grounding",
    "citation_pinning",
    "citation_relevance",
    "truthfulness",
    "latency_p50_ms",
    "latency_p95_ms",
)
_SHORT = {
    "retrieval_recall_at_5": "R@5",
    "retrieval_recall_at_10": "R@10",
    "retrieval_mrr": "MRR",
    "fact_recall": "facts",
    "set_precision": "set P",
    "set_recall": "set R",
    "set_f1": "set F1",
    "strict_accuracy": "strict",
    "abstention_accuracy": "abstain",
    "false_abstention_rate": "false abst.",
    "citation_grounding": "grounded",
    "citation_pinning": "pinned",
    "citation_relevance": "relevant",
    "truthfulness": "truthful",
    "latency_p50_ms": "p50 ms",
    "latency_p95_ms": "p95 ms",
}


@dataclass(frozen=True)
class Evaluated:
    """One system's answer to one gold question, and its scores."""

    question: GoldQuestion
    response: Response
    score: QuestionScore


def build_report(
    meta: Mapping[str, Any],
    types: Sequence[str],
    results: Mapping[str, Sequence[Evaluated]],
) -> dict[str, Any]:
    """Aggregates overall and by type for each system, plus every question's details."""
    systems = {}
    for name, evaluated in results.items():
        scores = [e.score for e in evaluated]
        systems[name] = {"overall": aggregate(scores), "by_type": by_type(scores, types)}
    questions: dict[str, dict[str, Any]] = {}
    for name, evaluated in results.items():
        for e in evaluated:
            q = e.question
            row = questions.setdefault(
                q.id,
                {"id": q.id, "type": q.type, "question": q.question, "answerable": q.answerable},
            )
            row[name] = _details(e.score, e.response)
    return {
        "meta": dict(meta),
        "metrics": dict(METRICS),
        "types": list(types),
        "systems": systems,
        "thresholds": [],
        "questions": list(questions.values()),
        "conversations": None,
    }


def _details(score: QuestionScore, response: Response) -> dict[str, Any]:
    """A question's (or turn's) scores and answer, for the report."""
    detail = asdict(score)
    for key in ("id", "type", "answerable"):
        del detail[key]
    detail["answer"] = response.answer
    detail["citations_detail"] = [
        {"document": c.filename, "quote": c.quote} for c in response.citations
    ]
    detail["records"] = list(response.records)
    return detail


def conversation_report(
    file: str, api: str, played: Sequence[PlayedConversation]
) -> dict[str, Any]:
    """The ``conversations`` part of the report: the shares correct, the per-question metrics
    pooled over every turn, each conversation turn by turn, and the turns not strictly right."""
    turns = [t for p in played for t in p.turns]
    items: list[dict[str, Any]] = []
    for p in played:
        rows: list[dict[str, Any]] = []
        for number, turn in enumerate(p.turns, start=1):
            q = turn.question
            rows.append(
                {
                    "id": q.id,
                    "turn": number,
                    "type": q.type,
                    "question": q.question,
                    "answerable": q.answerable,
                    "standalone": turn.standalone,
                    "rewritten": turn.rewritten,
                    **_details(turn.score, turn.response),
                }
            )
        items.append(
            {
                "id": p.conversation.id,
                "correct": p.correct,
                "notes": p.conversation.notes,
                "turns": rows,
            }
        )
    failures = [
        {
            "conversation": item["id"],
            "id": row["id"],
            "turn": row["turn"],
            "type": row["type"],
            "question": row["question"],
            "standalone": row["standalone"],
            "outcome": row["outcome"],
            "why": why_not_strict(row, row["answerable"]),
        }
        for item in items
        for row in item["turns"]
        if not row["strict"]
    ]
    return {
        "file": file,
        "api": api,
        "overall": summarise(played),
        "turn_metrics": aggregate([t.score for t in turns]),
        "items": items,
        "failures": failures,
    }


def write_report(report: Mapping[str, Any], out: Path) -> list[Path]:
    """Write the report files to ``out`` (created if needed); returns their paths. The chart
    is drawn only when questions were evaluated (a conversations-only run has none)."""
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path, png_path = (out / name for name in REPORT_FILES)
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(render_markdown(report), encoding="utf-8")
    if not report["systems"]:
        return [json_path, md_path]
    plot_by_type(report, png_path)
    return [json_path, md_path, png_path]


# -- text -----------------------------------------------------------------------------------------
def fmt(value: Any, metric: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if metric.endswith("_ms"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def overall_rows(report: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    names = list(report["systems"])
    rows = [
        [metric] + [fmt(report["systems"][n]["overall"][metric], metric) for n in names]
        for metric in report["metrics"]
    ]
    return ["metric", *names], rows


def type_rows(report: Mapping[str, Any], system: str) -> tuple[list[str], list[list[str]]]:
    header = ["type"] + [_SHORT.get(c, c) for c in TYPE_COLUMNS]
    slices = {**report["systems"][system]["by_type"], "all": report["systems"][system]["overall"]}
    rows = [[t] + [fmt(slices[t][c], c) for c in TYPE_COLUMNS] for t in [*report["types"], "all"]]
    return header, rows


def summary_table(report: Mapping[str, Any]) -> str:
    """Overall metrics side by side, then strict accuracy and fact recall by type; then the
    conversations, when they were played."""
    parts = []
    if report["systems"]:
        parts.append(_questions_summary(report))
    if report.get("conversations"):
        parts.append(conversation_summary(report["conversations"]))
    return "\n\n".join(parts)


def _questions_summary(report: Mapping[str, Any]) -> str:
    header, rows = overall_rows(report)
    names = list(report["systems"])
    lines = [*_aligned(header, rows), ""]
    by_type_header = ["type"] + [
        f"{n} {_SHORT[m]}" for m in ("strict_accuracy", "fact_recall") for n in names
    ]
    by_type_rows = []
    for t in report["types"]:
        cells = [t]
        for metric in ("strict_accuracy", "fact_recall"):
            cells += [fmt(report["systems"][n]["by_type"][t][metric]) for n in names]
        by_type_rows.append(cells)
    return "\n".join(lines + _aligned(by_type_header, by_type_rows))


def conversation_rows(section: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Conversations, turns and follow-up turns: how many, how many strictly correct, share."""
    o = section["overall"]
    rows = [
        [label, str(o[count]), str(o[correct]), fmt(o[share])]
        for label, count, correct, share in (
            ("conversations", "conversations", "conversations_correct", "conversation_accuracy"),
            ("turns", "turns", "turns_correct", "turn_accuracy"),
            ("follow-up turns", "follow_ups", "follow_ups_correct", "follow_up_accuracy"),
        )
    ]
    return ["", "n", "correct", "share"], rows


def conversation_summary(section: Mapping[str, Any]) -> str:
    lines = [f"conversations: {section['file']} ({section['api']})"]
    lines += _aligned(*conversation_rows(section))
    failures = section["failures"]
    if failures:
        lines += ["", f"turns not strictly right ({len(failures)}):"]
        for f in failures:
            asked = f" [asked as: {f['standalone']}]" if f["standalone"] else ""
            lines.append(f"  {f['id']}  {f['outcome']}  {f['why']}{asked}")
    return "\n".join(lines)


def _aligned(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def render_markdown(report: Mapping[str, Any]) -> str:
    meta = report["meta"]
    load = meta.get("load_average") or {}
    gold = (
        f"{meta.get('gold')} ({meta.get('questions', '?')} questions; "
        f"types: {', '.join(report['types'])})"
        if meta.get("gold")
        else "not run"
    )
    lines = [
        "# govrag evaluation report",
        "",
        f"- date: {meta.get('date', '?')}",
        f"- command: `{meta.get('command', '?')}`",
        f"- system under test: {meta.get('mode', '?')}",
        f"- gold: {gold}",
    ]
    if report.get("conversations"):
        section = report["conversations"]
        lines.append(f"- conversations: {section['file']} ({section['api']})")
    lines += [
        f"- machine: {meta.get('machine', '?')}; load average (1 min) at start "
        f"{load.get('start', '?')}, at end {load.get('end', '?')}",
        "",
    ]
    if report["systems"]:
        lines += ["## Overall", "", *_table(*overall_rows(report)), ""]
        for name in report["systems"]:
            lines += [f"## By type: {name}", "", *_table(*type_rows(report, name)), ""]
    if report["thresholds"]:
        rows = [
            [
                t["option"],
                t["metric"],
                fmt(t["value"]),
                fmt(t["limit"]),
                "pass" if t["passed"] else "FAIL",
            ]
            for t in report["thresholds"]
        ]
        lines += [
            "## Thresholds",
            "",
            *_table(["option", "metric", "value", "limit", ""], rows),
            "",
        ]
    lines += _failures(report)
    if report.get("conversations"):
        lines += _conversations_markdown(report["conversations"])
    lines += ["## Metric definitions", ""]
    lines += [f"- **{name}**: {text}" for name, text in report["metrics"].items()]
    if report["systems"]:
        lines += ["", "![scores by type](scores_by_type.png)"]
    lines.append("")
    return "\n".join(lines)


# Per-question metrics shown for the turns of the conversations (report.json has them all).
TURN_COLUMNS = (
    "n",
    "fact_recall",
    "strict_accuracy",
    "abstention_accuracy",
    "false_abstention_rate",
    "citation_grounding",
    "citation_relevance",
    "set_f1",
    "errors",
)


def _conversations_markdown(section: Mapping[str, Any]) -> list[str]:
    metrics = section["turn_metrics"]
    lines = [
        "## Conversations",
        "",
        "A conversation is correct when every one of its turns is strictly correct; follow-up "
        "turns are every turn after the first.",
        "",
        *_table(*conversation_rows(section)),
        "",
        "### Every turn",
        "",
        *_table(
            [_SHORT.get(c, c) for c in TURN_COLUMNS],
            [[fmt(metrics[c], c) for c in TURN_COLUMNS]],
        ),
        "",
        "### Conversation by conversation",
        "",
        *_table(
            ["conversation", "correct", "turns (strict)"],
            [
                [
                    item["id"],
                    "yes" if item["correct"] else "no",
                    ", ".join(
                        f"{row['turn']} {'✓' if row['strict'] else '✗'}" for row in item["turns"]
                    ),
                ]
                for item in section["items"]
            ],
        ),
        "",
    ]
    failures = section["failures"]
    if failures:
        rows = [
            [
                f["id"],
                f["type"],
                _cell(f["question"]),
                _cell(f["standalone"] or "–"),
                f["outcome"],
                _cell(f["why"]),
            ]
            for f in failures
        ]
        lines += [
            f"### Turns not strictly right ({len(failures)})",
            "",
            *_table(["turn", "type", "question", "answered as", "outcome", "why"], rows),
            "",
        ]
    return lines


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def why_not_strict(detail: Mapping[str, Any], answerable: bool) -> str:
    """Why a question (or turn) is not strictly correct, from its report details."""
    return str(
        detail["error"]
        or "; ".join(
            filter(
                None,
                [
                    "abstained" if detail["abstained"] else "",
                    "no citation" if answerable and not detail["citations"] else "",
                    ("missing: " + ", ".join(detail["facts_missing"]))
                    if detail["facts_missing"]
                    else "",
                    "cited" if not answerable and detail["citations"] else "",
                    "answered" if not answerable and not detail["abstained"] else "",
                ],
            )
        )
    )


def _failures(report: Mapping[str, Any]) -> list[str]:
    system = next(iter(report["systems"]), None)
    if system is None:
        return []
    rows = []
    for q in report["questions"]:
        detail = q.get(system)
        if not detail or detail["strict"]:
            continue
        why = why_not_strict(detail, q["answerable"])
        rows.append([q["id"], q["type"], detail["outcome"], why.replace("|", "\\|")])
    if not rows:
        return []
    return [
        f"## Questions {system} did not get strictly right ({len(rows)})",
        "",
        *_table(["id", "type", "outcome", "why"], rows),
        "",
    ]


# -- chart ----------------------------------------------------------------------------------------
def plot_by_type(report: Mapping[str, Any], path: Path) -> None:
    """Grouped bars: one panel per metric of CHART_METRICS, types on the x axis, one bar per
    system side by side."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = list(report["types"])
    names = list(report["systems"])
    fig, axes = plt.subplots(2, 2, figsize=(13, 8), sharex=True)
    width = 0.8 / max(1, len(names))
    positions = list(range(len(types)))
    for ax, (metric, title) in zip(axes.flat, CHART_METRICS.items(), strict=True):
        low = -1.0 if metric == "truthfulness" else 0.0
        for i, name in enumerate(names):
            values = [report["systems"][name]["by_type"][t][metric] for t in types]
            heights = [math.nan if v is None else float(v) for v in values]
            offset = (i - (len(names) - 1) / 2) * width
            ax.bar([p + offset for p in positions], heights, width, label=name)
        for p, t in zip(positions, types, strict=True):
            if all(report["systems"][n]["by_type"][t][metric] is None for n in names):
                ax.text(p, low + 0.03, "n/a", ha="center", fontsize=8, color="grey")
        ax.set_title(title, fontsize=10)
        ax.set_ylim(low, 1.0)
        ax.axhline(0, color="black", linewidth=0.5)
        ax.grid(axis="y", alpha=0.3)
        ax.set_xticks(positions)
        ax.set_xticklabels(types, rotation=30, ha="right", fontsize=8)
    axes.flat[0].legend(fontsize=8)
    fig.suptitle(f"govrag evaluation by question type — {report['meta'].get('date', '')}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
