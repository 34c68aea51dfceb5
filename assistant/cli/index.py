"""``govrag ingest | remove | documents | reindex``: what is in the index."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli import common
from ingest.errors import GovragError

if TYPE_CHECKING:
    from vectorstore.indexer import IngestOutcome


# -- ingest / remove / documents -------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.columns import collect_mappings, use_mapping
    from ingest.mapping import (
        MAPPING_FILES,
        describe_table,
        explain_lines,
        find_mapping,
        load_mapping,
    )

    services = common.services()
    paths = [Path(p) for p in args.paths]
    columns = getattr(args, "columns", None)
    explain = getattr(args, "explain", False)
    mapping_file = Path(columns) if columns else find_mapping(paths)
    overrides = load_mapping(mapping_file) if mapping_file else None
    marks: list[tuple[str, int]] = []  # (file name, tables mapped before it)
    with use_mapping(overrides), collect_mappings() as mapped:

        def note(name: str) -> None:
            if name:
                marks.append((name, len(mapped)))

        if args.json:
            result = services.indexer.ingest_paths(paths, lambda name, _d, _t: note(name))
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
                    note(name)
                    bar.update(task, completed=done, total=total, description=name)

                def activity(what: str) -> None:  # e.g. "OCR page 2/5 of scan.pdf"
                    bar.update(task, description=what)

                result = services.indexer.ingest_paths(paths, progress, activity=activity)
        mapping: dict[str, list[dict[str, object]]] = {}
        for index, (name, start) in enumerate(marks):
            end = marks[index + 1][1] if index + 1 < len(marks) else len(mapped)
            if end > start:
                mapping[name] = [describe_table(*table) for table in mapped[start:end]]
        for outcome in result.outcomes:  # a file read now whose text has no table: []
            if outcome.action != "unchanged":
                mapping.setdefault(outcome.filename, [])
        if explain:
            _explain_unchanged(paths, result.outcomes, mapping)
    if any(o.action != "unchanged" for o in result.outcomes):
        _store_vocabulary(services)
    # a mapping file beside the papers is not a paper
    result.skipped = [s for s in result.skipped if Path(s["path"]).name not in MAPPING_FILES]
    summary = result.summary()
    summary["ignored"] = list(result.ignored)  # files of a folder that are not papers
    # warnings per file (hidden text, OCR pages, deadlines that can be read two ways...)
    summary["warnings"] = {o.filename: list(o.warnings) for o in result.outcomes if o.warnings}
    summary["mapping_file"] = str(mapping_file) if mapping_file else None
    summary["mapping"] = mapping  # how each file's table headers were read
    if args.json:
        common.print_json(summary)
    else:
        console = common.console()
        if mapping_file:
            console.print(f"column mapping: {mapping_file}", soft_wrap=True, markup=False)
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
            if explain:
                tables = mapping.get(outcome.filename, [])
                for line in explain_lines(tables) or ["(no tables)"]:
                    console.print(
                        f"           {line}", markup=False, highlight=False, soft_wrap=True
                    )
        for item in result.ignored:
            console.print(
                f"  ignored  {item['path']}: {item['reason']}", markup=False, highlight=False
            )
        for item in result.skipped:
            console.print(f"[red]  skipped[/]  {item['path']}: {item['reason']}")
        console.print(
            f"{summary['documents']} documents, {summary['pages']} pages, "
            f"{summary['records']} records, {summary['chunks']} chunks; "
            f"{len(result.skipped)} skipped"
        )
    return common.EXIT_PARTIAL if result.skipped else common.EXIT_OK


def _store_vocabulary(services: object) -> None:
    """Embed the papers' vocabulary now and keep it in the index folder, so the first question
    of every later process reads it instead of embedding it (a few seconds on a CPU)."""
    from assistant.container import Services
    from assistant.service import build_assistant

    if isinstance(services, Services):  # not over the fakes tests hand in
        build_assistant(services.settings, services).warm_vocabulary()


def _explain_unchanged(
    paths: list[Path], outcomes: list[IngestOutcome], mapping: dict[str, list[dict[str, object]]]
) -> None:
    """An unchanged file is not parsed again by ingest: for ``--explain``, read its tables."""
    from ingest.loaders import load_document
    from ingest.mapping import explain_tables
    from vectorstore.indexer import expand_paths

    files, _ = expand_paths(paths)
    by_name = {f.name: f for f in files}
    for outcome in outcomes:
        path = by_name.get(outcome.filename)
        if outcome.filename in mapping or path is None:
            continue
        try:
            mapping[outcome.filename] = explain_tables(load_document(path))
        except GovragError:
            continue


def cmd_remove(args: argparse.Namespace) -> int:
    services = common.services()
    removed = services.indexer.remove(args.document)
    if args.json:
        common.print_json({"removed": args.document, "chunks": len(removed)})
    else:
        print(f"removed {args.document} ({len(removed)} chunks)")
    return common.EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    documents = common.services().catalog.documents()
    if args.json:
        common.print_json([d.model_dump() for d in documents])
        return common.EXIT_OK
    from rich.table import Table

    table = Table("id", "title", "date / period", "org", "records", "chunks")
    for d in documents:
        when = d.date or (f"{d.period} (inferred)" if d.period else "")
        table.add_row(d.id, d.title, when, d.organisation or "", str(d.records), str(d.chunks))
    common.console().print(table)
    return common.EXIT_OK


def cmd_reindex(args: argparse.Namespace) -> int:
    if args.rebuild:
        return _rebuild(args)
    services = common.services()
    report = services.indexer.reconcile()
    common.print_json(report) if args.json else print(
        f"reconciled: {report['orphans_removed']} orphan vectors removed, "
        f"{report['vectors_added']} missing vectors added"
    )
    return common.EXIT_OK


def _rebuild(args: argparse.Namespace) -> int:
    """Re-ingest the originals stored in the catalog (any schema version) into a new index; the
    old index is kept beside it, not deleted: a SQLite index folder is renamed, a PostgreSQL
    catalog's tables move to a schema of their own in the same database. Vectors in a Chroma
    server stay (the ones a chunk still needs are not embedded again; the rest are dropped)."""
    import time

    from assistant.settings import load_settings

    settings = load_settings()
    if settings.catalog_url:
        from vectorstore import pg_catalog

        schema = pg_catalog.move_aside(settings.catalog_url)
        sources = pg_catalog.read_sources(settings.catalog_url, schema)
        aside = f"schema {schema} of {pg_catalog.redacted(settings.catalog_url)}"
    else:
        from vectorstore.catalog import read_sources

        index = Path(settings.index_dir)
        sources = read_sources(index / "catalog.sqlite")
        moved = index.with_name(f"{index.name}.old-{time.strftime('%Y%m%d-%H%M%S')}")
        index.rename(moved)
        aside = str(moved)
    services = common.services()
    done, failed = 0, []
    for filename, data in sources:
        try:
            services.indexer.ingest_bytes(data, filename)
            done += 1
        except GovragError as exc:
            failed.append({"file": filename, "reason": exc.message})
    services.indexer.reconcile()  # with a Chroma server: drop vectors no chunk needs
    report = {"rebuilt": done, "failed": failed, "old_index": aside}
    if args.json:
        common.print_json(report)
    else:
        print(f"rebuilt {done} of {len(sources)} documents; the old index is kept in {aside}")
        for item in failed:
            print(f"  skipped {item['file']}: {item['reason']}", file=sys.stderr)
    return common.EXIT_PARTIAL if failed else common.EXIT_OK
