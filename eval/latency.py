"""Latency of /v1/ask and /v1/search, in process or over HTTP.

Usage::

    python -m eval.latency --url http://127.0.0.1:8000 --rounds 5
    python -m eval.latency --url http://127.0.0.1:8001 http://127.0.0.1:8002 --rounds 5
    python -m eval.latency --questions eval/gold.jsonl --rounds 1 --slowest 10

``--questions`` times every question of a question set (one JSON object a line with a
``question``) instead of the fixed twenty: a sweep over the set at a large index finds a kind
of question whose time grows with the record before a user meets it. ``--slowest N`` adds the
N slowest questions, each with its median time.

With several servers (two backends, say), each question goes to every server in turn (the
order alternating), so all of them are measured under the same load on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.client import AskClient, HttpClient, InProcessClient

# Varied questions of every intent (none of them in the gold set).
QUESTIONS = [
    "Which partnership actions slipped since 2008?",
    "How many recommendations did the District Audit report make?",
    "Which HMIC recommendations are ongoing?",
    "Who is responsible for R18?",
    "When is the HR policies action due?",
    "What does the 2017 report say about strategic partnerships?",
    "Why did the MPA need HR policies?",
    "What was done about whistle-blowing?",
    "How did partnership governance change between 2002 and 2017?",
    "Has risk management been a recurring weakness?",
    "Which recommendations mention benchmarking?",
    "What is the MPS policy on body-worn cameras?",
    "Why was the partnership toolkit cancelled?",
    "Which actions are owned by the Director of Finance Services?",
    "What progress was made on the contracts database?",
    "How many actions are complete?",
    "What did the MOPAC plan say about data protection?",
    "Which actions had a revised deadline?",
    "What is the Assurance Framework risk in 2017?",
    "What are the HMIC areas for improvement on income generation?",
]


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(samples: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples), 1) if samples else 0.0,
        "p95_ms": round(percentile(samples, 95), 1),
        "p99_ms": round(percentile(samples, 99), 1),
        "mean_ms": round(statistics.fmean(samples), 1) if samples else 0.0,
        "max_ms": round(max(samples), 1) if samples else 0.0,
    }


def time_calls(call: Callable[[str], Any], questions: Sequence[str], rounds: int) -> list[float]:
    call(questions[0])  # warm-up (model, caches, connections)
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            call(question)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(
    client: AskClient, rounds: int = 5, questions: Sequence[str] = QUESTIONS
) -> dict[str, Any]:
    client.search(questions[0], 8)  # loads the model before anything is timed
    asks = time_calls(client.ask, questions, rounds)
    return {
        "client": client.name,
        "ask": summarise(asks),
        # the first round meets every question new (caches kept per index generation are cold)
        "ask_first_round": summarise(asks[: len(questions)]),
        "search": summarise(time_calls(lambda q: client.search(q, 8), questions, rounds)),
        # the median of each question's rounds: which kinds of question cost the time
        "ask_by_question": {
            question: round(statistics.median(asks[n :: len(questions)]), 1)
            for n, question in enumerate(questions)
        },
    }


def interleaved(
    clients: Sequence[AskClient], rounds: int = 5, questions: Sequence[str] = QUESTIONS
) -> list[dict[str, Any]]:
    """``measure`` for several clients at once: each question is asked (then searched) of
    every client in turn, the first client alternating, so they share the machine's noise."""
    for client in clients:
        client.search(questions[0], 8)
        client.ask(questions[0])  # warm-up, not timed
    asks: list[list[float]] = [[] for _ in clients]
    searches: list[list[float]] = [[] for _ in clients]
    turn = 0
    for _ in range(rounds):
        for question in questions:
            order = list(range(len(clients)))
            order = order[turn % len(order) :] + order[: turn % len(order)]
            turn += 1
            for n in order:
                started = time.perf_counter()
                clients[n].ask(question)
                asks[n].append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                clients[n].search(question, 8)
                searches[n].append((time.perf_counter() - started) * 1000)
    return [
        {
            "client": getattr(client, "url", client.name),
            "ask": summarise(asks[n]),
            "ask_first_round": summarise(asks[n][: len(questions)]),
            "search": summarise(searches[n]),
            "ask_by_question": {
                question: round(statistics.median(asks[n][i :: len(questions)]), 1)
                for i, question in enumerate(questions)
            },
        }
        for n, client in enumerate(clients)
    ]


def set_questions(path: Path) -> list[str]:
    """The questions of a question set file (JSONL, one object with a ``question`` a line)."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(str(json.loads(line)["question"]))
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a question object ({error})") from error
    if not questions:
        raise SystemExit(f"{path}: holds no questions")
    return questions


def slowest(by_question: dict[str, float], count: int) -> list[dict[str, Any]]:
    """The ``count`` questions of the highest median time, slowest first."""
    ranked = sorted(by_question.items(), key=lambda item: -item[1])[:count]
    return [{"question": question, "ms": ms} for question, ms in ranked]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Latency of /v1/ask and /v1/search.")
    parser.add_argument(
        "--url", nargs="+", help="running servers (several: interleaved); omit: in process"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--questions", type=Path, help="a question set (JSONL) to time instead of the fixed 20"
    )
    parser.add_argument("--slowest", type=int, default=0, help="also list the N slowest questions")
    args = parser.parse_args(argv)
    questions = set_questions(args.questions) if args.questions else QUESTIONS
    if args.url and len(args.url) > 1:
        report: Any = interleaved([HttpClient(url) for url in args.url], args.rounds, questions)
        runs = report
    else:
        client: AskClient = HttpClient(args.url[0]) if args.url else InProcessClient()
        report = measure(client, args.rounds, questions)
        runs = [report]
    if args.slowest:
        for run in runs:
            run["slowest"] = slowest(run["ask_by_question"], args.slowest)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
