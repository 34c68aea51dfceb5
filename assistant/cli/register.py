"""``govrag records | recurring | thread | slippage``: the action register, for auditors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.cli import common


# -- records / search ------------------------------------------------------------------------------
def _register() -> Any:
    from assistant.register import Register

    return Register(common.services().catalog)


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
        raise common.InvalidArguments("--format xlsx needs --output FILE (a workbook is binary)")
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
        return common.EXIT_OK
    from rich.table import Table

    table = Table("ref", "document", "title", "owner", "due", "status", show_lines=False)
    for r in records:
        due = r.due_date or ""
        if r.revised_from_date:
            due = f"{r.revised_from_date} → {r.due_date}"
        table.add_row(
            r.ref or "—", r.document.filename, r.title[:70], (r.owner or "")[:40], due, r.status
        )
    console = common.console()
    console.print(table)
    total = len(register.all())
    console.print(f"{len(records)} of {total} records match.")
    return common.EXIT_OK


def cmd_recurring(args: argparse.Namespace) -> int:
    from assistant.workbench import recurring, theme_name

    report = recurring(_register(), theme_name(args.theme))
    if args.json:
        common.print_json(report.model_dump())
        return common.EXIT_OK
    from rich.table import Table

    console = common.console()
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
    return common.EXIT_OK


def cmd_thread(args: argparse.Namespace) -> int:
    from assistant.workbench import thread_detail

    services = common.services()
    from assistant.register import Register

    detail = thread_detail(Register(services.catalog), services.catalog, args.id)
    if args.json:
        common.print_json(detail.model_dump())
        return common.EXIT_OK
    from rich.table import Table

    console = common.console()
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
    return common.EXIT_OK


def cmd_slippage(args: argparse.Namespace) -> int:
    from assistant.workbench import slippage

    register = _register()
    report = slippage(register, register.query(_record_query(args)))
    if args.json:
        common.print_json(report.model_dump())
        return common.EXIT_OK
    from rich.table import Table

    console = common.console()
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
    return common.EXIT_OK


def filter_options(p: argparse.ArgumentParser) -> None:
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
