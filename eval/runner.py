"""Run the gold set against govrag (in process or over HTTP) and the baseline, side by side.

Usage::

    govrag eval                                   # in process, with the baseline
    python -m eval.runner --url http://127.0.0.1:8000 --json
    python -m eval.runner --limit 2 --no-baseline --min-strict 0.6
    govrag eval --conversations conversations.jsonl --min-conversations 0.8   # multi-turn only
    govrag eval --url http://127.0.0.1:8000 --conversations c.jsonl --chat-api completions

Exit codes: 0 done (and every threshold met), 1 below a threshold, 2 bad input (gold or
conversations file, option), 3 the system could not be evaluated (empty index, server
unreachable).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from eval.baseline import BaselineRAG, MiniLMEmbeddings, SourceDocument, read_folder
from eval.client import CHAT_APIS, AskClient, ChatClient, HttpClient, InProcessClient
from eval.conversations import GoldConversation, load_conversations, play_all
from eval.gold import DEFAULT_GOLD, TYPES, GoldError, GoldQuestion, load_gold, select
from eval.latency import QUESTIONS as WARM_UP_QUESTIONS
from eval.metrics import Response, score_question
from eval.report import (
    Evaluated,
    build_report,
    conversation_report,
    summary_table,
    write_report,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(__file__).resolve().parent / "out"
DEFAULT_BASELINE_DOCS = ROOT / "data" / "sample"
SEARCH_K = 10

EXIT_OK, EXIT_BELOW_THRESHOLD, EXIT_BAD_INPUT, EXIT_UNAVAILABLE = 0, 1, 2, 3


class Unavailable(RuntimeError):
    """The system under test cannot be evaluated (empty index, server unreachable)."""


@dataclass(frozen=True)
class Threshold:
    option: str
    metric: str
    at_least: bool  # False: at most


THRESHOLDS = (
    Threshold("--min-strict", "strict_accuracy", True),
    Threshold("--min-grounding", "citation_grounding", True),
    Threshold("--min-abstention", "abstention_accuracy", True),
    Threshold("--max-false-abstention", "false_abstention_rate", False),
    # the share of conversations with every turn strictly correct (--conversations)
    Threshold("--min-conversations", "conversation_accuracy", True),
)


# -- the systems under test ---------------------------------------------------------------------
@dataclass(frozen=True)
class ServedDocument:
    id: str
    filename: str
    text: str  # the stored text: pages joined by "\f"


class Corpus:
    """The documents the assistant serves, with their stored text (for grounding)."""

    def __init__(self, documents: Sequence[ServedDocument]) -> None:
        self.documents = list(documents)
        self._filenames = {d.id: d.filename for d in self.documents}
        self.texts = {d.filename: d.text for d in self.documents}

    def filename(self, document_id: str) -> str:
        return self._filenames.get(document_id, document_id)

    @classmethod
    def in_process(cls, assistant: Any) -> Corpus:
        catalog = assistant.services.catalog
        return cls(
            [
                ServedDocument(d.id, d.filename, catalog.document_text(d.id))
                for d in assistant.documents()
            ]
        )

    @classmethod
    def over_http(cls, client: HttpClient) -> Corpus:
        documents = []
        for info in client.get_json("/v1/documents"):
            detail = client.get_json(f"/v1/documents/{info['id']}")
            text = "\f".join(page["text"] for page in detail["pages"])
            documents.append(ServedDocument(info["id"], info["filename"], text))
        return cls(documents)


class System(Protocol):
    name: str

    def ask(self, question: str) -> dict[str, Any]:
        """An answer in the /v1/ask shape."""
        ...

    def search_documents(self, question: str, k: int = SEARCH_K) -> list[str]:
        """The document (file name) of each of the top k search hits, best first."""
        ...


class GovragSystem:
    """govrag through an AskClient (in process or HTTP)."""

    name = "govrag"

    def __init__(self, client: AskClient, corpus: Corpus) -> None:
        self.client = client
        self.corpus = corpus

    def ask(self, question: str) -> dict[str, Any]:
        return self.client.ask(question)

    def search_documents(self, question: str, k: int = SEARCH_K) -> list[str]:
        hits = self.client.search(question, k)["hits"]
        return [self.corpus.filename(str(h["document_id"])) for h in hits]


def evaluate(
    system: System,
    questions: Sequence[GoldQuestion],
    texts: dict[str, str],
    progress: Callable[[str], None] = lambda _: None,
) -> list[Evaluated]:
    """Ask every question (timed), search it (for retrieval metrics), score the answer.

    The answer is asked before the search so that a query-embedding cache cannot make the
    timed call cheaper. A failing ask is recorded as an error, a failing search as no hits;
    neither is raised.
    """
    system.search_documents(WARM_UP_QUESTIONS[0])  # loads the model before anything is timed
    system.ask(WARM_UP_QUESTIONS[0])
    evaluated = []
    for index, question in enumerate(questions, start=1):
        started = time.perf_counter()
        try:
            body = system.ask(question.question)
            response = Response.from_api(body, (time.perf_counter() - started) * 1000)
        except Exception as exc:  # one broken answer must not stop the run
            response = Response.failed(f"{type(exc).__name__}: {exc}")
        try:
            hits = system.search_documents(question.question, SEARCH_K)
        except Exception:  # a failed search found nothing: it scores 0, it is not left out
            hits = []
        score = score_question(question, response, hits, texts)
        evaluated.append(Evaluated(question, response, score))
        if index % 10 == 0 or index == len(questions):
            progress(f"{system.name}: {index}/{len(questions)}")
    return evaluated


# -- command line -------------------------------------------------------------------------------
def _fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value}")
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if seconds < 0 or seconds != seconds:
        raise argparse.ArgumentTypeError(f"expected 0 or more seconds, got {text!r}")
    return seconds


def build_parser(prog: str = "govrag eval") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Score govrag (and a plain LangChain RAG baseline) on the gold questions, "
        "and govrag on multi-turn conversations.",
        epilog="Exit codes: 0 done, 1 below a threshold, 2 bad input, 3 system unavailable.",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        help=f"gold questions (JSONL; default {DEFAULT_GOLD.parent.name}/{DEFAULT_GOLD.name}, "
        "not run when only --conversations is given)",
    )
    parser.add_argument(
        "--conversations",
        type=Path,
        metavar="FILE",
        help="gold conversations (JSONL), played turn by turn through the chat interface",
    )
    parser.add_argument(
        "--chat-api",
        choices=CHAT_APIS,
        default="chat",
        help="with --url: POST /v1/chat (default) or the OpenAI-compatible "
        "POST /v1/chat/completions",
    )
    parser.add_argument("--url", help="a running govrag server; omit to evaluate in process")
    parser.add_argument(
        "--max-wait",
        type=_seconds,
        default=120.0,
        metavar="S",
        help="with --url: wait out a 429 or 503 for as long as its Retry-After asks, up to S "
        "seconds per request (default 120; 0 never waits)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report folder")
    parser.add_argument("--limit", type=_positive, help="at most N questions of each type")
    parser.add_argument("--types", nargs="+", metavar="T", help=f"only these: {' '.join(TYPES)}")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    for threshold in THRESHOLDS:
        bound = "at least" if threshold.at_least else "at most"
        what = (
            "the share of conversations with every turn strictly correct"
            if threshold.metric == "conversation_accuracy"
            else f"govrag's {threshold.metric}"
        )
        parser.add_argument(
            threshold.option,
            type=_fraction,
            metavar="X",
            help=f"fail unless {what} is {bound} X",
        )
    return parser


def check_thresholds(overall: dict[str, Any], options: argparse.Namespace) -> list[dict[str, Any]]:
    """One entry per threshold given on the command line, with its value and verdict."""
    results = []
    for threshold in THRESHOLDS:
        limit = getattr(options, threshold.option.lstrip("-").replace("-", "_"))
        if limit is None:
            continue
        value = overall.get(threshold.metric)
        if value is None:
            passed = False
        else:  # the tolerance lets 63/90 meet 0.7 whatever the float rounding
            passed = value >= limit - 1e-9 if threshold.at_least else value <= limit + 1e-9
        results.append(
            {
                "option": threshold.option,
                "metric": threshold.metric,
                "limit": limit,
                "value": value,
                "passed": passed,
            }
        )
    return results


def _machine() -> str:
    """CPUs, processor model, memory, OS and Python, as far as they can be read."""
    processor = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        processor = next(
            line.split(":", 1)[1].strip()
            for line in cpuinfo.splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    try:
        memory = f", {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB"
    except (AttributeError, ValueError, OSError):
        memory = ""
    return (
        f"{os.cpu_count()} CPUs ({processor}){memory}, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )


def _load_average() -> float | None:
    """The 1-minute load average, where the OS reports one."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


class GovragClient(AskClient, ChatClient, Protocol):
    """Both halves of what the harness asks of a client (both clients have them)."""


def _govrag(options: argparse.Namespace, assistant: Any | None) -> tuple[GovragClient, Corpus]:
    try:
        client: GovragClient
        if options.url:
            http = HttpClient(options.url, chat_api=options.chat_api, max_wait=options.max_wait)
            corpus = Corpus.over_http(http)
            client = http
        else:
            if assistant is None:
                from assistant.service import build_assistant

                assistant = build_assistant()
            corpus = Corpus.in_process(assistant)
            client = InProcessClient(assistant)
    except Exception as exc:
        where = options.url or "the in-process assistant"
        raise Unavailable(f"cannot use {where}: {type(exc).__name__}: {exc}") from exc
    if not corpus.documents:
        raise Unavailable("the index is empty: run `govrag ingest data/sample` first")
    return client, corpus


def _chat_api(options: argparse.Namespace) -> str:
    """How the conversations reach the assistant, for the report."""
    if not options.url:
        return "in process, the /v1/chat logic"
    path = "/v1/chat/completions" if options.chat_api == "completions" else "/v1/chat"
    return f"POST {path}"


def run_conversations(
    client: ChatClient,
    conversations: Sequence[GoldConversation],
    texts: dict[str, str],
    file: str,
    api: str,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """Play every conversation (after one warm-up turn, so the model is loaded before anything
    is timed); the report's ``conversations`` part."""
    # a broken chat endpoint shows as failed turns, each with its error
    with contextlib.suppress(Exception):
        client.chat([{"role": "user", "content": WARM_UP_QUESTIONS[0]}])
    played = play_all(client, conversations, texts, progress)
    return conversation_report(file, api, played)


def _baseline_documents(options: argparse.Namespace, corpus: Corpus) -> list[SourceDocument]:
    """With --url, the server's stored text; in process, the raw files of data/sample/."""
    if options.url:
        return [SourceDocument(d.filename, d.text) for d in corpus.documents]
    documents = read_folder(DEFAULT_BASELINE_DOCS)
    if not documents:
        raise Unavailable(f"the baseline found no .txt files in {DEFAULT_BASELINE_DOCS}")
    served = {d.filename for d in corpus.documents}
    indexed = {d.filename for d in documents}
    if served != indexed:
        print(
            f"warning: the assistant serves {sorted(served)} but the baseline indexes "
            f"{sorted(indexed)} from {DEFAULT_BASELINE_DOCS}",
            file=sys.stderr,
        )
    return documents


def run(
    options: argparse.Namespace,
    questions: Sequence[GoldQuestion],
    assistant: Any | None = None,
    command: str = "",
    conversations: Sequence[GoldConversation] = (),
) -> dict[str, Any]:
    """Evaluate govrag on the questions (and the baseline unless --no-baseline), then on the
    conversations; the report, not yet written. Either may be empty (not run)."""

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    load_at_start = _load_average()
    client, corpus = _govrag(options, assistant)
    results: dict[str, list[Evaluated]] = {}
    if questions:
        system = GovragSystem(client, corpus)
        results[system.name] = evaluate(system, questions, corpus.texts, progress)
    if questions and not options.no_baseline:
        progress("baseline: indexing")
        documents = _baseline_documents(options, corpus)
        try:
            baseline = BaselineRAG(documents, MiniLMEmbeddings())
        except Exception as exc:
            raise Unavailable(f"cannot build the baseline: {type(exc).__name__}: {exc}") from exc
        try:
            results[baseline.name] = evaluate(baseline, questions, corpus.texts, progress)
        finally:
            baseline.close()
    section = None
    if conversations:
        section = run_conversations(
            client,
            conversations,
            corpus.texts,
            str(options.conversations),
            _chat_api(options),
            progress,
        )
    types = [t for t in TYPES if any(q.type == t for q in questions)]
    meta = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": command,
        "mode": f"HTTP {options.url}" if options.url else "in process",
        "gold": str(options.gold) if questions else None,
        "questions": len(questions),
        "limit_per_type": options.limit,
        "baseline": bool(questions) and not options.no_baseline,
        "conversations": str(options.conversations) if conversations else None,
        "documents": sorted(corpus.texts),
        "machine": _machine(),
        # latency is only comparable between runs on an otherwise idle machine
        "load_average": {"start": load_at_start, "end": _load_average()},
    }
    report = build_report(meta, types, results)
    report["conversations"] = section
    measured: dict[str, Any] = dict(report["systems"]["govrag"]["overall"]) if questions else {}
    if section is not None:
        measured["conversation_accuracy"] = section["overall"]["conversation_accuracy"]
    report["thresholds"] = check_thresholds(measured, options)
    return report


def main(argv: Sequence[str] | None = None, *, assistant: Any | None = None) -> int:
    """``govrag eval``. ``assistant`` replaces the one built from settings (tests)."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        options = parser.parse_args(args)
    except SystemExit as exc:  # argparse has printed the usage error (or --help)
        return int(exc.code or 0)
    if options.chat_api == "completions" and not options.url:
        print(
            "error: --chat-api completions needs --url (in process, the chat logic is called "
            "directly)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    # --conversations alone skips the question set; --gold with it runs both
    if options.gold is None and options.conversations is None:
        options.gold = DEFAULT_GOLD
    try:
        questions: list[GoldQuestion] = []
        if options.gold is not None:
            questions = select(load_gold(options.gold), options.types, options.limit)
        conversations = load_conversations(options.conversations) if options.conversations else []
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if options.gold is not None and not questions:
        print(
            f"error: no questions of type {' '.join(options.types)} in {options.gold}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT

    command = shlex.join(["govrag", "eval", *args])
    try:
        report = run(options, questions, assistant, command, conversations)
    except Unavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    paths = write_report(report, options.out)

    if options.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(summary_table(report))
        print(f"\nwrote {', '.join(str(p) for p in paths)}")
    failed = [t for t in report["thresholds"] if not t["passed"]]
    for t in failed:
        value = "not measured" if t["value"] is None else f"{t['value']:.3f}"
        bound = ">=" if t["option"].startswith("--min") else "<="
        print(
            f"threshold failed: {t['metric']} {value}, needs {bound} {t['limit']} ({t['option']})",
            file=sys.stderr,
        )
    return EXIT_BELOW_THRESHOLD if failed else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
