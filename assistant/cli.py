"""The ``govrag`` command line. Domain errors become one clear line on stderr and exit code 2;
a batch ingest that skipped files exits with 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ingest.errors import GovragError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]


class InvalidArguments(GovragError):
    """Options that cannot work together (reported like any other error: exit code 2)."""

    code = "invalid_arguments"


def _services() -> Any:
    from assistant.container import Services
    from assistant.settings import load_settings

    return Services(load_settings())


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


# -- ingest / remove / documents -------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    services = _services()
    paths = [Path(p) for p in args.paths]
    if args.json:
        result = services.indexer.ingest_paths(paths)
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            transient=True,
        ) as bar:
            task = bar.add_task("", total=None)

            def progress(name: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=name)

            result = services.indexer.ingest_paths(paths, progress)
    summary = result.summary()
    if args.json:
        _print_json(summary)
    else:
        console = _console()
        for outcome in result.outcomes:
            console.print(
                f"{outcome.action:>9}  {outcome.filename}  ({outcome.records} records, "
                f"{outcome.chunks} chunks, {outcome.embedded} embedded)"
            )
            replaced = outcome.replaced_line()
            if replaced:
                console.print(f"           {replaced}")
            for warning in outcome.warnings:
                console.print(f"           [yellow]warning:[/] {warning}")
        for item in result.skipped:
            console.print(f"[red]  skipped[/]  {item['path']}: {item['reason']}")
        console.print(
            f"{summary['documents']} documents, {summary['pages']} pages, "
            f"{summary['records']} records, {summary['chunks']} chunks; "
            f"{len(result.skipped)} skipped"
        )
    return EXIT_PARTIAL if result.skipped else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    services = _services()
    removed = services.indexer.remove(args.document)
    if args.json:
        _print_json({"removed": args.document, "chunks": len(removed)})
    else:
        print(f"removed {args.document} ({len(removed)} chunks)")
    return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    documents = _services().catalog.documents()
    if args.json:
        _print_json([d.model_dump() for d in documents])
        return EXIT_OK
    from rich.table import Table

    table = Table("id", "title", "date / period", "org", "records", "chunks")
    for d in documents:
        when = d.date or (f"{d.period} (inferred)" if d.period else "")
        table.add_row(d.id, d.title, when, d.organisation or "", str(d.records), str(d.chunks))
    _console().print(table)
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace) -> int:
    if args.rebuild:
        return _rebuild(args)
    services = _services()
    report = services.indexer.reconcile()
    _print_json(report) if args.json else print(
        f"reconciled: {report['orphans_removed']} orphan vectors removed, "
        f"{report['vectors_added']} missing vectors added"
    )
    return EXIT_OK


def _rebuild(args: argparse.Namespace) -> int:
    """Re-ingest the originals stored in the catalog (any schema version) into a new index; the
    old index is renamed beside it, not deleted."""
    import time

    from assistant.container import Services
    from assistant.settings import load_settings
    from vectorstore.catalog import read_sources

    settings = load_settings()
    index = Path(settings.index_dir)
    sources = read_sources(index / "catalog.sqlite")
    aside = index.with_name(f"{index.name}.old-{time.strftime('%Y%m%d-%H%M%S')}")
    index.rename(aside)
    services = Services(settings)
    done, failed = 0, []
    for filename, data in sources:
        try:
            services.indexer.ingest_bytes(data, filename)
            done += 1
        except GovragError as exc:
            failed.append({"file": filename, "reason": exc.message})
    services.indexer.reconcile()  # with a Chroma server: drop vectors no chunk needs
    report = {"rebuilt": done, "failed": failed, "old_index": str(aside)}
    if args.json:
        _print_json(report)
    else:
        print(f"rebuilt {done} of {len(sources)} documents; the old index is kept in {aside}")
        for item in failed:
            print(f"  skipped {item['file']}: {item['reason']}", file=sys.stderr)
    return EXIT_PARTIAL if failed else EXIT_OK


# -- records / search ------------------------------------------------------------------------------
def _register() -> Any:
    from assistant.register import Register

    return Register(_services().catalog)


def _record_query(args: argparse.Namespace) -> Any:
    from assistant.register import RecordQuery

    return RecordQuery(
        document=args.document or None,
        status=args.status or None,
        theme=args.theme or None,
        since=args.since,
        until=args.until,
        slipped=getattr(args, "slipped", False),
        owner=args.owner,
        ref=args.ref or None,
        priority=getattr(args, "priority", None),
        min_extensions=getattr(args, "min_extensions", None),
    )


def cmd_records(args: argparse.Namespace) -> int:
    from assistant.workbench import export_rows, to_csv, to_xlsx

    register = _register()
    records = register.query(_record_query(args))
    form = "json" if args.json else args.format
    if form == "xlsx" and not args.output:
        raise InvalidArguments("--format xlsx needs --output FILE (a workbook is binary)")
    if form in ("csv", "xlsx", "json"):
        if form == "json":
            data = json.dumps(
                [r.model_dump() for r in records], indent=2, ensure_ascii=False, default=str
            )
            payload: str | bytes = data + "\n"
        elif form == "csv":
            payload = to_csv(export_rows(register, records))
        else:
            described = " ".join(sys.argv[2:]) if sys.argv[1:2] == ["records"] else ""
            payload = to_xlsx(export_rows(register, records), described)
        if args.output:
            path = Path(args.output)
            if isinstance(payload, bytes):
                path.write_bytes(payload)
            else:
                path.write_text(payload, encoding="utf-8")
            sys.stderr.write(f"wrote {len(records)} records to {path}\n")
        else:
            assert isinstance(payload, str)
            sys.stdout.write(payload)
        return EXIT_OK
    from rich.table import Table

    table = Table("ref", "document", "title", "owner", "due", "status", show_lines=False)
    for r in records:
        due = r.due_date or ""
        if r.revised_from_date:
            due = f"{r.revised_from_date} → {r.due_date}"
        table.add_row(
            r.ref or "—", r.document.filename, r.title[:70], (r.owner or "")[:40], due, r.status
        )
    console = _console()
    console.print(table)
    total = len(register.all())
    console.print(f"{len(records)} of {total} records match.")
    return EXIT_OK


def cmd_recurring(args: argparse.Namespace) -> int:
    from assistant.workbench import recurring, theme_name

    report = recurring(_register(), theme_name(args.theme))
    if args.json:
        _print_json(report.model_dump())
        return EXIT_OK
    from rich.table import Table

    console = _console()
    themes = Table("theme", "reports", "years", "actions", "threads", title="Recurring themes")
    for t in report.themes:
        years = f"{t.years[0]}–{t.years[-1]}" if len(t.years) > 1 else str(t.years[0])
        themes.add_row(t.theme, str(t.documents), years, str(t.actions), str(t.threads))
    console.print(themes)
    threads = Table("thread", "reports", "years", "title", title="Issue threads in several reports")
    for th in report.threads:
        threads.add_row(th.id, str(th.documents), ", ".join(map(str, th.years)), th.title[:70])
    console.print(threads)
    console.print(f"Rule: {report.rule}.")
    return EXIT_OK


def cmd_thread(args: argparse.Namespace) -> int:
    from assistant.workbench import thread_detail

    services = _services()
    from assistant.register import Register

    detail = thread_detail(Register(services.catalog), services.catalog, args.id)
    if args.json:
        _print_json(detail.model_dump())
        return EXIT_OK
    from rich.table import Table

    console = _console()
    console.print(f"[bold]{detail.id}[/bold] {detail.title}")
    console.print(
        f"{detail.appearances} appearances in {detail.documents} reports, "
        f"{', '.join(map(str, detail.years))}; themes: {', '.join(detail.themes)}; "
        f"deadline extensions: {detail.extensions}"
    )
    table = Table("date", "document", "ref", "status", "due", "progress")
    for a in detail.timeline:
        due = a.due_date or (a.due_text or "")
        if a.revised_from_date:
            due = f"{a.revised_from_date} → {due}"
        table.add_row(
            a.date or str(a.year or ""),
            a.document[:40],
            a.ref or "—",
            a.status_text or a.status,
            due,
            (a.progress or "")[:80],
        )
    console.print(table)
    return EXIT_OK


def cmd_slippage(args: argparse.Namespace) -> int:
    from assistant.workbench import slippage

    register = _register()
    report = slippage(register, register.query(_record_query(args)))
    if args.json:
        _print_json(report.model_dump())
        return EXIT_OK
    from rich.table import Table

    console = _console()
    rows = Table("ref", "document", "original", "current", "ext.", "months", "why")
    for r in report.rows:
        rows.add_row(
            r.ref or "—",
            r.document[:35],
            r.original_due or "",
            r.current_due or "",
            str(r.extensions),
            "" if r.months_slipped is None else str(r.months_slipped),
            "; ".join(r.reasons)[:80],
        )
    console.print(rows)
    for name, groups in (("theme", report.by_theme), ("owner", report.by_owner)):
        table = Table(name, "actions", "slipped", "extensions", "months", title=f"By {name}")
        for g in groups:
            if g.slipped:
                table.add_row(
                    g.name, str(g.actions), str(g.slipped), str(g.extensions), str(g.months)
                )
        console.print(table)
    console.print(f"{report.slipped} of {report.matched} actions slipped. Rule: {report.rule}.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from vectorstore.filters import SearchFilters

    services = _services()
    filters = SearchFilters.parse(json.loads(args.filters) if args.filters else None)
    result = services.retriever.search(args.query, k=args.k, filters=filters)
    if args.json:
        _print_json(
            {
                "query": args.query,
                "hits": [
                    {
                        "chunk_id": h.chunk.id,
                        "score": round(h.score, 6),
                        "dense_rank": h.dense_rank,
                        "lexical_rank": h.lexical_rank,
                        "dense_score": h.dense_score,
                        "lexical_score": h.lexical_score,
                        "kind": h.chunk.kind,
                        "ref": h.chunk.ref,
                        "page": h.chunk.page,
                        "record_id": h.chunk.record_id,
                        "metadata": h.chunk.metadata,
                        "text": h.chunk.text,
                    }
                    for h in result.hits
                ],
                "timings_ms": {k: round(v, 2) for k, v in result.timings_ms.items()},
            }
        )
        return EXIT_OK
    console = _console()
    for rank, hit in enumerate(result.hits, start=1):
        meta = hit.chunk.metadata
        label = f"{meta.get('filename')} p.{hit.chunk.page}" + (
            f" {hit.chunk.ref}" if hit.chunk.ref else ""
        )
        console.print(
            f"[bold]{rank}. {label}[/]  score {hit.score:.4f} "
            f"(dense #{hit.dense_rank}, bm25 #{hit.lexical_rank})"
        )
        console.print("   " + hit.chunk.text.replace("\n", "\n   ")[:600])
    return EXIT_OK


# -- ask / serve -----------------------------------------------------------------------------------
def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.service import build_assistant

    assistant = build_assistant()
    filters = json.loads(args.filters) if args.filters else None
    answer = assistant.ask(args.question, filters, args.top_k, records_limit=args.records_limit)
    if args.json:
        _print_json(answer.model_dump(mode="json"))
        return EXIT_OK
    from rich.markdown import Markdown

    console = _console()
    console.print(Markdown(answer.answer))
    if answer.citations:
        console.print("\n[bold]Sources[/]")
        for c in answer.citations:
            where = (
                c.document.filename
                + (f" p.{c.page}" if c.page else "")
                + (f" {c.ref}" if c.ref else "")
            )
            console.print(f"[{c.n}] {where}: “{c.quote}”", markup=False)
    for note in answer.notes:
        console.print(f"[dim]note: {note}[/]")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from assistant.settings import load_settings

    settings = load_settings()
    server = settings.server
    host = args.host or server.host
    port = args.port or server.port
    workers = args.workers or server.workers
    if workers > 1 and not settings.chroma_url:
        raise InvalidArguments(
            f"{workers} workers need a Chroma server: embedded Chroma is one process's files",
            help="Start `chroma run --path var/chroma --port 8001` and set "
            "GOVRAG_CHROMA_URL=http://127.0.0.1:8001 (see docs/deployment.md).",
        )
    print(f"govrag serving on http://{host}:{port}  (chat at /, API docs at /docs)", flush=True)
    from assistant.api.protocol import http_protocol

    uvicorn.run(
        "assistant.api.app:create_app",
        factory=True,
        http=http_protocol(),  # uvicorn's own 400s in the API's one error shape
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
    return EXIT_OK


def _filters(p: argparse.ArgumentParser) -> None:
    """The register filters shared by `records` and `slippage`."""
    p.add_argument("--document", action="append", metavar="NAME", help="document id or file name")
    p.add_argument(
        "--status",
        action="append",
        metavar="S",
        help="complete|partial|ongoing|not_started|unknown",
    )
    p.add_argument(
        "--theme", action="append", metavar="T", help="e.g. partnership, 'risk management'"
    )
    p.add_argument("--since", type=int, metavar="YEAR", help="due (or report) year from")
    p.add_argument("--until", type=int, metavar="YEAR", help="due (or report) year to")
    p.add_argument("--owner", metavar="TEXT", help="owner contains this text")
    p.add_argument("--ref", action="append", metavar="REF", help="e.g. R18")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govrag",
        description="Chat over a governance record: ingest papers into action records, "
        "search, ask.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest files or folders (.txt .md .html .pdf)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=cmd_ingest)

    p = sub.add_parser("records", help="the action register, filtered; export CSV, XLSX, JSON")
    _filters(p)
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
    p.set_defaults(handler=cmd_records)

    p = sub.add_parser("recurring", help="themes and issue threads that recur across reports")
    p.add_argument("--theme", metavar="T", help="only this theme")
    p.add_argument("--json", action="store_true", help="print the same object as /v1/recurring")
    p.set_defaults(handler=cmd_recurring)

    p = sub.add_parser("thread", help="one issue's timeline across reports")
    p.add_argument("id", metavar="ID", help="a thread id (from `govrag recurring`) or a record id")
    p.add_argument("--json", action="store_true", help="print the same object as /v1/threads/ID")
    p.set_defaults(handler=cmd_thread)

    p = sub.add_parser("slippage", help="slipped actions, by theme, owner and document")
    _filters(p)
    p.add_argument("--json", action="store_true", help="print the same object as /v1/slippage")
    p.set_defaults(handler=cmd_slippage)

    p = sub.add_parser("search", help="hybrid (dense + BM25) search over chunks")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=8, help="number of results (default 8)")
    p.add_argument(
        "--filters", metavar="JSON", help='e.g. \'{"year_from": 2008, "theme": ["partnership"]}\''
    )
    p.add_argument("--json", action="store_true", help="print hits as JSON")
    p.set_defaults(handler=cmd_search)

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
    p.set_defaults(handler=cmd_ask)

    p = sub.add_parser("serve", help="serve the web page and the HTTP API")
    p.add_argument("--host", default=None, help="default 127.0.0.1 (GOVRAG_SERVER__HOST)")
    p.add_argument("--port", type=int, default=None, help="default 8000 (GOVRAG_SERVER__PORT)")
    p.add_argument("--workers", type=int, default=None, help="uvicorn worker processes")
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("documents", help="list ingested documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_documents)

    p = sub.add_parser("remove", help="delete a document everywhere")
    p.add_argument("document", metavar="DOCUMENT", help="document id or file name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove)

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
    p.set_defaults(handler=cmd_reindex)

    # Tools from eval/ (outside the product): their own parsers, loaded only when run.
    for name, text in _TOOLS.items():
        p = sub.add_parser(name, help=text, add_help=False)
        p.add_argument("args", nargs=argparse.REMAINDER)
        p.set_defaults(handler=cmd_tool, tool=name)
    return parser


_TOOLS = {
    "eval": "score answers on the gold questions, with a baseline (docs/evaluation.md)",
    "bench": "ingest and query speed, bundled record to 100k chunks (docs/benchmarks.md)",
    "load": "bounded load test of a running server on loopback (docs/deployment.md)",
}


def _tool_main(name: str) -> Callable[[list[str]], int]:
    if name == "eval":
        from eval.runner import main as eval_main

        return eval_main
    if name == "bench":
        from eval.bench import main as bench_main

        return bench_main
    if name == "load":
        from eval.load import main as load_main

        return load_main
    raise ValueError(name)


def _tool_help(name: str) -> str:
    if name == "eval":
        from eval.runner import build_parser as eval_parser

        return eval_parser().format_help()
    if name == "bench":
        from eval.bench import build_parser as bench_parser

        return bench_parser().format_help()
    if name == "load":
        from eval.load import build_parser as load_parser

        return load_parser().format_help()
    raise ValueError(name)


def cmd_tool(args: argparse.Namespace) -> int:
    """``govrag eval ...``: hand the rest of the command line to the tool."""
    return _tool_main(args.tool)(list(args.args))


def help_markdown() -> str:
    """The --help text of govrag and every subcommand, as Markdown (docs/cli.md)."""
    import os

    os.environ.setdefault("COLUMNS", "100")
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
        text = _tool_help(name) if name in _TOOLS else sub.format_help()
        parts += ["", f"## govrag {name}", "", "```text", text.rstrip(), "```"]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words and words[0] in _TOOLS:  # the tool parses its own options
        return _tool_main(words[0])(words[1:])
    parser = build_parser()
    args = parser.parse_args(words)
    handler: Handler = args.handler
    try:
        return handler(args)
    except GovragError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        if exc.help:
            sys.stderr.write(f"hint: {exc.help}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
