"""Data that flows out of ingest: the normalised intermediate and the extracted documents.

Every loader produces a :class:`LoadedDocument` (pages made of headings, paragraphs and table
rows), so record extraction never knows whether the source was text, Markdown, HTML or PDF.
Extraction turns it into an :class:`ExtractedDocument`: metadata, action records and chunks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["complete", "partial", "ongoing", "not_started", "unknown"]
STATUSES: tuple[Status, ...] = ("complete", "partial", "ongoing", "not_started", "unknown")
PAGE_SEPARATOR = "\f"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ROW = "row"


@dataclass(frozen=True)
class Block:
    """One heading, paragraph or table row as a loader saw it (text already cleaned)."""

    kind: BlockKind
    text: str = ""
    cells: tuple[str, ...] = ()
    header_hint: bool = False  # the loader knows this row is a table header (bold, <th>)
    # the loader read the row's bounds from the source (a Word, sheet, HTML or pipe-table row):
    # it is one row as written, never a line of a cell wrapped onto the next line
    bounded: bool = False


@dataclass
class Page:
    """A page of a document: its number (None when the format has no pages) and blocks."""

    number: int | None
    blocks: list[Block] = field(default_factory=list)
    ocr_confidence: float | None = None  # mean word confidence (%) when OCR read this page


@dataclass
class LoadedDocument:
    """The normalised intermediate every loader returns."""

    path: str
    filename: str
    format: str
    sha256: str
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    # page number -> mean OCR word confidence (%), for the pages read from a scan by OCR
    ocr_pages: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    """A character range of the stored document text, and the page it lies on."""

    start: int
    end: int
    page: int | None


@dataclass(frozen=True)
class PlacedBlock:
    """A block with its place in the stored document text; rows also know each cell's span."""

    block: Block
    span: Span
    cell_spans: tuple[Span, ...] = ()
    index: int = 0


class DocumentRef(BaseModel):
    """How a record, chunk or citation names its document."""

    id: str
    title: str
    filename: str
    date: str | None = Field(None, description="Report date, ISO 8601, when the text states one.")


class DocumentInfo(BaseModel):
    """Metadata of one ingested document."""

    id: str
    filename: str
    format: str
    sha256: str
    title: str
    organisation: str | None = None
    doc_type: str = "report"
    date: str | None = Field(None, description="Report date (ISO) found in the text.")
    date_text: str | None = Field(None, description="The verbatim date as written.")
    period: str | None = Field(None, description="Reporting period, e.g. '2007/08'.")
    period_inferred: bool = Field(
        False, description="True when the period was inferred (no report date in the text)."
    )
    year: int | None = Field(
        None, description="Year used for filtering: report date or period end."
    )
    pages: int = 0
    records: int = 0
    chunks: int = 0
    warnings: list[str] = Field(default_factory=list)
    ocr_pages: dict[int, float] = Field(
        default_factory=dict,
        description="Pages read from a scan by OCR: page number -> mean word confidence (%).",
    )

    def ref(self) -> DocumentRef:
        return DocumentRef(id=self.id, title=self.title, filename=self.filename, date=self.date)


class ActionRecord(BaseModel):
    """One recommendation / governance issue / improvement area row, with provenance."""

    id: str = Field(description="Stable id: document id + ref (or row ordinal).")
    document: DocumentRef
    section: str | None = None
    category: str | None = Field(None, description="Sub-heading inside the table, if any.")
    ref: str | None = None
    parent_ref: str | None = None
    ordinal: int = Field(description="Position of the record in its document, from 1.")
    title: str
    finding: str | None = None
    action: str | None = None
    progress: str | None = None
    owner: str | None = None
    priority: str | None = None
    due_text: str | None = None
    due_date: str | None = None
    revised_from_text: str | None = None
    revised_from_date: str | None = None
    status: Status = "unknown"
    status_text: str | None = None
    status_basis: Literal["stated", "inferred", "none"] = "none"
    themes: list[str] = Field(default_factory=list)
    pages: list[int] = Field(default_factory=list)
    columns: dict[str, str] = Field(
        default_factory=dict, description="Every column of the source row, verbatim."
    )
    source_text: str = Field(description="Verbatim span of the stored document text.")
    source_start: int
    source_end: int
    report_date: str | None = Field(None, description="The document's report date (ISO).")
    year: int | None = None
    ocr_confidence: float | None = Field(
        None,
        description="When the row was read from a scan by OCR: the lowest mean word confidence "
        "(%) of its pages, so an answer can say a quote comes from a scan; else None.",
    )

    @property
    def from_scan(self) -> bool:
        """Whether the row was read from a scan by OCR."""
        return self.ocr_confidence is not None

    @property
    def label(self) -> str:
        return f"{self.ref} {self.title}" if self.ref else self.title


class Chunk(BaseModel):
    """A retrievable unit: one per action record, plus prose chunks."""

    id: str
    document_id: str
    kind: Literal["record", "prose"]
    text: str
    record_id: str | None = None
    ordinal: int
    page: int | None = None
    ref: str | None = None
    section: str | None = None
    source_start: int | None = Field(
        None, description="For prose chunks: offset of the text in the document text."
    )
    metadata: dict[str, str | int | float | bool] = Field(default_factory=dict)


@dataclass
class ExtractedDocument:
    """Everything ingest derives from one file."""

    info: DocumentInfo
    text: str  # stored document text: pages joined by PAGE_SEPARATOR
    page_texts: list[tuple[int | None, str]]
    records: list[ActionRecord]
    chunks: list[Chunk]
    warnings: list[str] = field(default_factory=list)
