"""From a loaded document to metadata, action records and chunks.

Usage::

    extracted = extract(load_document(Path("data/sample/000_f60702f293bad3c1.txt")))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.chunking import build_chunks
from ingest.metadata import describe
from ingest.model import (
    PAGE_SEPARATOR,
    ActionRecord,
    BlockKind,
    Chunk,
    DocumentInfo,
    ExtractedDocument,
    LoadedDocument,
)
from ingest.records import build_records
from ingest.render import render
from ingest.safety import flagged_spans, instruction_warnings, redact
from ingest.tables import find_tables
from ingest.vocabulary import Vocabulary


@dataclass(frozen=True)
class ChunkingOptions:
    prose_size: int = 900
    prose_overlap: int = 120


def document_id(filename: str) -> str:
    """A readable, URL-safe id from the file name: '000_f6.txt' -> '000_f6-txt'."""
    slug = re.sub(r"[^a-z0-9_]+", "-", filename.lower()).strip("-")
    return slug or "document"


# fields an answer or the records table may show as they are: instruction-like text in them is
# withheld (the verbatim row stays in ``columns`` and ``source_text``, which quotes are checked
# against; see assistant.citations)
SHOWN_FIELDS = (
    "title",
    "finding",
    "action",
    "progress",
    "owner",
    "priority",
    "due_text",
    "revised_from_text",
    "status_text",
    "category",
    "section",
)


def withhold_instructions(record: ActionRecord) -> ActionRecord:
    """The record with instruction-like text withheld from the fields it is shown by."""
    if not flagged_spans(record.source_text):
        return record
    changes = {}
    for name in SHOWN_FIELDS:
        value = getattr(record, name)
        if value and (redacted := redact(value)) != value:
            changes[name] = redacted
    return record.model_copy(update=changes) if changes else record


def _chunk_pages(
    chunk: Chunk, records: dict[str, ActionRecord], page_texts: list[tuple[int | None, str]]
) -> set[int]:
    """The pages a chunk's text comes from: its record's pages, or the pages its prose spans."""
    if chunk.record_id is not None and chunk.record_id in records:
        return set(records[chunk.record_id].pages)
    pages = {chunk.page} if chunk.page is not None else set()
    if chunk.source_start is None:
        return pages
    start, end = chunk.source_start, chunk.source_start + len(chunk.text)
    offset = 0
    for number, page_text in page_texts:
        page_end = offset + len(page_text)
        if number is not None and offset < end and start < page_end:
            pages.add(number)
        offset = page_end + len(PAGE_SEPARATOR)
    return pages


def mark_ocr_chunks(
    chunks: list[Chunk],
    records: list[ActionRecord],
    page_texts: list[tuple[int | None, str]],
    ocr_pages: dict[int, float],
) -> None:
    """Mark chunks whose text comes from pages read by OCR: metadata ``ocr`` (True) and
    ``ocr_confidence`` (the lowest mean confidence of those pages, in %), so an answer can say
    a quote comes from a scan; and records from those pages, by their ``ocr_confidence``."""
    if not ocr_pages:
        return
    for record in records:
        scanned_pages = [ocr_pages[p] for p in record.pages if p in ocr_pages]
        if scanned_pages:
            record.ocr_confidence = float(min(scanned_pages))
    by_id = {r.id: r for r in records}
    for chunk in chunks:
        scanned = [ocr_pages[p] for p in _chunk_pages(chunk, by_id, page_texts) if p in ocr_pages]
        if scanned:
            chunk.metadata["ocr"] = True
            chunk.metadata["ocr_confidence"] = float(min(scanned))


def extract(loaded: LoadedDocument, options: ChunkingOptions | None = None) -> ExtractedDocument:
    options = options or ChunkingOptions()
    text, page_texts, placed = render(loaded)
    vocab = Vocabulary.from_texts(
        [
            b.block.text if b.block.kind is not BlockKind.ROW else "\n".join(b.block.cells)
            for b in placed
        ]
    )
    layout = find_tables(placed, vocab)
    described = describe(placed, layout, loaded.filename, vocab)
    warnings = list(loaded.warnings) + layout.warnings + instruction_warnings(text)
    info = DocumentInfo(
        id=document_id(loaded.filename),
        filename=loaded.filename,
        format=loaded.format,
        sha256=loaded.sha256,
        title=described.title,
        organisation=described.organisation,
        doc_type=described.doc_type,
        date=described.date,
        date_text=described.date_text,
        period=described.period,
        period_inferred=described.period_inferred,
        year=described.year,
        pages=len(loaded.pages),
        warnings=warnings,
        ocr_pages=dict(loaded.ocr_pages),
    )
    records = [withhold_instructions(r) for r in build_records(layout, info, text, vocab)]
    chunks = build_chunks(
        layout,
        records,
        info,
        text,
        prose_size=options.prose_size,
        prose_overlap=options.prose_overlap,
    )
    mark_ocr_chunks(chunks, records, page_texts, info.ocr_pages)
    info.records = len(records)
    info.chunks = len(chunks)
    return ExtractedDocument(
        info=info,
        text=text,
        page_texts=page_texts,
        records=records,
        chunks=chunks,
        # with what building the records found (deadlines that can be read two ways)
        warnings=list(info.warnings),
    )
