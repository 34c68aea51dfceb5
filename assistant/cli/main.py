"""The ``govrag`` command line: its parser, the eval tools it hands over to, and ``main``.

Domain errors become one clear line on stderr and exit code 2; a batch ingest that skipped
files exits with 1. The commands live in ``index``, ``register`` and ``questions``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from assistant.cli import common, index, questions, register
from ingest.errors import GovragError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govrag",
        description="Chat over a governance record: ingest papers into action records, "
        "search, ask.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "ingest", help="ingest files or folders (.txt .md .html .pdf .docx .xlsx .csv)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--explain",
        action="store_true",
        help="show, per table, each column header -> record field and why (with --json: "
        "the summary's 'mapping')",
    )
    p.add_argument(
        "--columns",
        metavar="FILE",
        help="a column mapping file (.toml/.json) overriding header meanings; by default "
        "govrag-columns.toml or .json beside the papers",
    )
    p.set_defaults(handler=index.cmd_ingest)

    p = sub.add_parser("records", help="the action register, filtered; export CSV, XLSX, JSON")
    register.filter_options(p)
    p.add_argument("--slipped", action="store_true", help="only actions that slipped")
    p.add_argument("--priority", metavar="P", help="High, Medium or Low")
    p.add_argument(
        "--min-extensions",
        type=int,
        metavar="N",
        help="only actions whose deadline moved at least N times",
    )
    p.add_argument(
        "--format",
        choices=["table", "json", "csv", "xlsx"],
        default="table",
        help="output format (xlsx needs --output)",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.set_defaults(handler=register.cmd_records)

    p = sub.add_parser("recurring", help="themes and issue threads that recur across reports")
    p.add_argument("--theme", metavar="T", help="only this theme")
    p.add_argument("--json", action="store_true", help="print the same object as /v1/recurring")
    p.set_defaults(handler=register.cmd_recurring)

    p = sub.add_parser("thread", help="one issue's timeline across reports")
    p.add_argument("id", metavar="ID", help="a thread id (from `govrag recurring`) or a record id")
    p.add_argument("--json", action="store_true", help="print the same object as /v1/threads/ID")
    p.set_defaults(handler=register.cmd_thread)

    p = sub.add_parser("slippage", help="slipped actions, by theme, owner and document")
    register.filter_options(p)
    p.add_argument("--json", action="store_true", help="print the same object as /v1/slippage")
    p.set_defaults(handler=register.cmd_slippage)

    p = sub.add_parser("search", help="hybrid (dense + BM25) search over chunks")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=8, help="number of results (default 8)")
    p.add_argument(
        "--filters", metavar="JSON", help='e.g. \'{"year_from": 2008, "theme": ["partnership"]}\''
    )
    p.add_argument("--json", action="store_true", help="print hits as JSON")
    p.set_defaults(handler=questions.cmd_search)

    p = sub.add_parser("ask", help="answer a question with checked citations")
    p.add_argument("question")
    p.add_argument("--filters", metavar="JSON", help="same filters as search")
    p.add_argument("--top-k", type=int, default=None, help="passages to retrieve")
    p.add_argument(
        "--records-limit",
        type=int,
        default=None,
        metavar="N",
        help="most records in the JSON answer (default 1000; the answer counts them all)",
    )
    p.add_argument("--json", action="store_true", help="print the same object as POST /v1/ask")
    p.set_defaults(handler=questions.cmd_ask)

    p = sub.add_parser("serve", help="serve the web page and the HTTP API")
    p.add_argument("--host", default=None, help="default 127.0.0.1 (GOVRAG_SERVER__HOST)")
    p.add_argument("--port", type=int, default=None, help="default 8000 (GOVRAG_SERVER__PORT)")
    p.add_argument("--workers", type=int, default=None, help="uvicorn worker processes")
    p.set_defaults(handler=questions.cmd_serve)

    p = sub.add_parser("documents", help="list ingested documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=index.cmd_documents)

    p = sub.add_parser("remove", help="delete a document everywhere")
    p.add_argument("document", metavar="DOCUMENT", help="document id or file name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=index.cmd_remove)

    p = sub.add_parser(
        "reindex", help="repair the vector index after a crash (embed missing, drop orphans)"
    )
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="re-ingest the stored originals into a new index (e.g. after an upgrade); "
        "the old index is kept beside it",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=index.cmd_reindex)

    # Tools from eval/ (outside the product): their own parsers, loaded only when run.
    for name, text in _TOOLS.items():
        p = sub.add_parser(name, help=text, add_help=False)
        p.add_argument("args", nargs=argparse.REMAINDER)
        p.set_defaults(handler=cmd_tool, tool=name)
    return parser


# Tools from eval/ (outside the product): their own parsers, loaded only when run.
_TOOLS = {
    "eval": "score answers on the gold questions, with a baseline (docs/evaluation.md)",
    "bench": "ingest and query speed, bundled record to 100k chunks (docs/benchmarks.md)",
    "load": "bounded load test of a running server on loopback (docs/deployment.md)",
}


def _tool(name: str) -> Any:
    """The eval/ module behind ``govrag NAME``, imported only when it runs."""
    if name == "eval":
        import eval.runner

        return eval.runner
    if name == "bench":
        import eval.bench

        return eval.bench
    if name == "load":
        import eval.load

        return eval.load
    raise ValueError(name)


def _ingest_eval(words: Sequence[str]) -> bool:
    """``govrag eval --ingest FOLDER``: score ingest on papers with gold rows (issue 15). The
    tool is eval/ingest_eval.py, loaded by name when run, like the other eval tools."""
    return any(w == "--ingest" or w.startswith("--ingest=") for w in words)


def cmd_tool(args: argparse.Namespace) -> int:
    """``govrag eval ...``: hand the rest of the command line to the tool."""
    return int(_tool(args.tool).main(list(args.args)))


def help_markdown() -> str:
    """The --help text of govrag and every subcommand, as Markdown (docs/cli.md), wrapped at 100
    columns whatever the terminal (or a test runner's environment) says."""
    import os

    columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        return _help_markdown()
    finally:
        if columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = columns


def _help_markdown() -> str:
    parser = build_parser()
    parts = [
        "# govrag command line",
        "",
        "Generated by `make docs` from `govrag --help`; a test checks it is current.",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
    ]
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        text = _tool(name).build_parser().format_help() if name in _TOOLS else sub.format_help()
        parts += ["", f"## govrag {name}", "", "```text", text.rstrip(), "```"]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words and words[0] == "eval" and _ingest_eval(words[1:]):
        return int(importlib.import_module("eval.ingest_eval").main(words[1:]))
    if words and words[0] in _TOOLS:  # the tool parses its own options
        return int(_tool(words[0]).main(words[1:]))
    parser = build_parser()
    args = parser.parse_args(words)
    handler: Handler = args.handler
    try:
        return handler(args)
    except GovragError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        if exc.help:
            sys.stderr.write(f"hint: {exc.help}\n")
        return common.EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    finally:
        common.close_services()
