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
    ActionRecord,
    BlockKind,
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
    info.records = len(records)
    info.chunks = len(chunks)
    return ExtractedDocument(
        info=info,
        text=text,
        page_texts=page_texts,
        records=records,
        chunks=chunks,
        warnings=warnings,
    )
