"""Retrieval chunks: one per action record (reads standalone) plus prose chunks.

Record chunks name the document, section and columns, so a chunk makes sense on its own in
search results and to the embedder. Prose chunks are verbatim runs of narrative text (headings
and paragraphs between tables, on one page) split with LangChain's recursive splitter; their
place in the document text is kept so answers can quote them exactly.
"""

from __future__ import annotations

import hashlib

from langchain_text_splitters import RecursiveCharacterTextSplitter

from ingest.model import ActionRecord, BlockKind, Chunk, DocumentInfo, PlacedBlock
from ingest.table_model import Layout
from ingest.themes import THEME_NAMES, theme_key


def chunk_id(document_id: str, kind: str, text: str, occurrence: int = 0) -> str:
    """A content-hashed id, so unchanged chunks keep their id (and their vector) on re-ingest.

    Text that occurs more than once in a document (a passage repeated in an appendix, a
    running header, two identical rows) gets one id per occurrence: the first keeps the plain
    hash, the n-th repeat hashes its occurrence number too.
    """
    key = f"{document_id}\0{kind}\0{text}" + (f"\0{occurrence}" if occurrence else "")
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _base_metadata(info: DocumentInfo) -> dict[str, str | int | float | bool]:
    meta: dict[str, str | int | float | bool] = {
        "document_id": info.id,
        "document_title": info.title,
        "filename": info.filename,
    }
    if info.date:
        meta["date"] = info.date
    if info.year is not None:
        meta["year"] = info.year
    return meta


def _context_line(info: DocumentInfo, section: str | None) -> str:
    when = info.date or (f"{info.period} (inferred)" if info.period else "undated")
    show_section = section and section.lower() != info.title.lower()
    return f"{info.title} ({when})" + (f" — {section}" if show_section else "")


def record_chunk(record: ActionRecord, info: DocumentInfo, ordinal: int) -> Chunk:
    lines = [_context_line(info, record.section)]
    if record.category:
        lines.append(f"Category: {record.category}")
    lines.append(f"Ref {record.ref}: {record.title}" if record.ref else record.title)
    for column, value in record.columns.items():
        bare = value.strip().rstrip(".")
        if column.lower().startswith("page") or bare in ("~", "✓") or bare == record.ref:
            continue
        lines.append(f"{column}: {value}")
    status = record.status.replace("_", " ")
    lines.append(f"Status: {status}" + (f" ({record.status_text})" if record.status_text else ""))
    if record.revised_from_text:
        lines.append(f"Deadline revised from {record.revised_from_text} to {record.due_text}")
    if record.themes:
        lines.append("Themes: " + ", ".join(record.themes))
    text = "\n".join(lines)
    meta = _base_metadata(info)
    meta.update(
        {
            "kind": "record",
            "record_id": record.id,
            "status": record.status,
            "has_revised": record.revised_from_date is not None,
        }
    )
    if record.ref:
        meta["ref"] = record.ref
    if record.pages:
        meta["page"] = record.pages[0]
    if record.due_date:
        meta["due_year"] = int(record.due_date[:4])
    if record.section:
        meta["section"] = record.section
    for theme in THEME_NAMES:
        meta[theme_key(theme)] = theme in record.themes
    return Chunk(
        id=chunk_id(info.id, "record", text),
        document_id=info.id,
        kind="record",
        text=text,
        record_id=record.id,
        ordinal=ordinal,
        page=record.pages[0] if record.pages else None,
        ref=record.ref,
        section=record.section,
        metadata=meta,
    )


def _prose_runs(layout: Layout) -> list[tuple[list[PlacedBlock], str | None]]:
    """Consecutive prose blocks on one page, not absorbed into a table."""
    runs: list[tuple[list[PlacedBlock], str | None]] = []
    for item, section in layout.prose:
        if runs:
            last_run, _ = runs[-1]
            last = last_run[-1]
            if item.index == last.index + 1 and item.span.page == last.span.page:
                last_run.append(item)
                continue
        runs.append(([item], section))
    return runs


def prose_chunks(
    layout: Layout, info: DocumentInfo, text: str, size: int, overlap: int, start_ordinal: int
) -> list[Chunk]:
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=size, chunk_overlap=overlap, add_start_index=True
    )
    chunks: list[Chunk] = []
    for blocks, section in _prose_runs(layout):
        if all(b.block.kind is BlockKind.HEADING for b in blocks):
            continue
        start, end = blocks[0].span.start, blocks[-1].span.end
        run_text = text[start:end]
        if len(run_text.strip()) < 30:
            continue
        for piece in splitter.create_documents([run_text]):
            offset = start + int(piece.metadata["start_index"])
            verbatim = piece.page_content
            assert text[offset : offset + len(verbatim)] == verbatim
            body = f"{_context_line(info, section)}\n\n{verbatim}"
            meta = _base_metadata(info)
            meta["kind"] = "prose"
            if blocks[0].span.page is not None:
                meta["page"] = blocks[0].span.page
            if section:
                meta["section"] = section
            chunks.append(
                Chunk(
                    id=chunk_id(info.id, "prose", body),
                    document_id=info.id,
                    kind="prose",
                    text=body,
                    ordinal=start_ordinal + len(chunks),
                    page=blocks[0].span.page,
                    section=section,
                    source_start=offset,
                    metadata=meta,
                )
            )
    return chunks


def build_chunks(
    layout: Layout,
    records: list[ActionRecord],
    info: DocumentInfo,
    text: str,
    *,
    prose_size: int = 900,
    prose_overlap: int = 120,
) -> list[Chunk]:
    chunks = [record_chunk(r, info, i) for i, r in enumerate(records)]
    chunks += prose_chunks(layout, info, text, prose_size, prose_overlap, len(chunks))
    return _unique_ids(chunks)


def _unique_ids(chunks: list[Chunk]) -> list[Chunk]:
    """Give every repeat of a chunk's text its own id (see :func:`chunk_id`)."""
    seen: dict[str, int] = {}
    unique: list[Chunk] = []
    for chunk in chunks:
        repeats = seen.get(chunk.id, 0)
        seen[chunk.id] = repeats + 1
        if repeats:
            new_id = chunk_id(chunk.document_id, chunk.kind, chunk.text, repeats)
            chunk = chunk.model_copy(update={"id": new_id})
        unique.append(chunk)
    return unique
