"""``govrag search | ask | serve``: questions, from the command line or over HTTP."""

from __future__ import annotations

import argparse
import json

from assistant.cli import common


def cmd_search(args: argparse.Namespace) -> int:
    from vectorstore.filters import SearchFilters

    services = common.services()
    filters = SearchFilters.parse(json.loads(args.filters) if args.filters else None)
    result = services.retriever.search(args.query, k=args.k, filters=filters)
    if args.json:
        common.print_json(
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
        return common.EXIT_OK
    console = common.console()
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
    return common.EXIT_OK


# -- ask / serve -----------------------------------------------------------------------------------
def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.service import build_assistant

    assistant = build_assistant()
    filters = json.loads(args.filters) if args.filters else None
    answer = assistant.ask(args.question, filters, args.top_k, records_limit=args.records_limit)
    if args.json:
        common.print_json(answer.model_dump(mode="json"))
        return common.EXIT_OK
    from rich.markdown import Markdown

    console = common.console()
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
    return common.EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from assistant.settings import load_settings

    settings = load_settings()
    server = settings.server
    host = args.host or server.host
    port = args.port or server.port
    workers = args.workers or server.workers
    if workers > 1 and not settings.chroma_url:
        raise common.InvalidArguments(
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
    return common.EXIT_OK
