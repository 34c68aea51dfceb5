"""Action records from reconstructed tables: one per recommendation / issue / improvement area."""

from __future__ import annotations

import re

from ingest.cleaning import first_sentence
from ingest.columns import Role
from ingest.dates import parse_due, parse_revision
from ingest.model import ActionRecord, DocumentInfo
from ingest.status import read_status
from ingest.tables import INLINE_REF, Layout, LogicalRow, Table
from ingest.themes import classify
from ingest.vocabulary import Vocabulary

_STATUTORY = re.compile(r"\s*\b(STATUTORY|NON-STATUTORY|Non-statutory|Statutory)\b\.?\s*$")
_FOOTNOTE = re.compile(r"(?<=[.;])\s+\d{1,2}$")


def _clean_ref(value: str) -> str:
    return value.strip().rstrip(".").strip()


def _section_prefix(section: str | None) -> str:
    """'HMIC Inspection of ...' -> 'HMIC'; otherwise the section's initials."""
    if not section:
        return "T"
    for word in section.split():
        bare = word.strip("():,")
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            return bare
    return "".join(w[0] for w in section.split() if w[:1].isupper())[:4] or "T"


def _owner(text: str, title: str) -> str | None:
    owner = " ".join(text.split())
    if title and len(title) > 12 and title in owner:
        owner = owner.replace(title, " ")  # a title the extractor copied into the owner cell
    owner = re.sub(r"\s+(?:19|20)\d\d\b", "", owner)
    owner = " ".join(owner.split()).strip(" ,;")
    return owner or None


class _RefAllocator:
    """Keeps refs unique in a document: a later table reusing 'R1' becomes 'HMIC R1'."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.earlier_tables: set[str] = set()

    def table_done(self, refs: list[str]) -> None:
        self.earlier_tables.update(refs)

    def allocate(self, ref: str | None, table: Table) -> str | None:
        if ref is None:
            return None
        if ref in self.earlier_tables:
            ref = f"{_section_prefix(table.section)} {ref}"
        candidate, suffix = ref, 2
        while candidate in self.used:
            candidate = f"{ref} ({suffix})"
            suffix += 1
        self.used.add(candidate)
        return candidate


def build_records(
    layout: Layout, info: DocumentInfo, text: str, vocab: Vocabulary
) -> list[ActionRecord]:
    """Every logical row of every table as an :class:`ActionRecord`."""
    records: list[ActionRecord] = []
    allocator = _RefAllocator()
    for table in layout.tables:
        raw_refs: list[str] = []
        table_records: list[ActionRecord] = []
        for row in table.rows:
            ordinal = len(records) + 1
            record = _record(table, row, info, text, ordinal)
            if record.ref:
                raw_refs.append(record.ref)
            record.ref = allocator.allocate(record.ref, table)
            record.id = f"{info.id}:{record.ref}" if record.ref else f"{info.id}:row-{ordinal}"
            records.append(record)
            table_records.append(record)
        allocator.table_done(raw_refs)
        refs = {r.ref for r in table_records if r.ref}
        for record in table_records:
            if record.ref and "." in record.ref and record.ref.rsplit(".", 1)[0] in refs:
                record.parent_ref = record.ref.rsplit(".", 1)[0]
    return records


def _record(
    table: Table, row: LogicalRow, info: DocumentInfo, text: str, ordinal: int
) -> ActionRecord:
    col = table.column
    ref_text = _clean_ref(row.first(col(Role.REF))) or None
    title_col = table.title_column
    title_source = row.text(title_col)
    category = row.category
    inline = INLINE_REF.match(title_source) if title_col is not None else None
    if inline and (ref_text is None or table.roles[title_col or 0] is Role.RECOMMENDATION):
        ref_text = ref_text or inline.group("ref")
        title_source = inline.group("rest")
    statutory = _STATUTORY.search(title_source)
    if statutory:
        category = category or statutory.group(1).capitalize()
        title_source = title_source[: statutory.start()]
    title_source = _FOOTNOTE.sub("", title_source.strip())

    finding = row.text(col(Role.FINDING)) or None
    action = row.text(col(Role.ACTION)) or None
    recommendation_col = col(Role.RECOMMENDATION)
    if recommendation_col is not None:
        recommendation = row.text(recommendation_col)
        if recommendation_col == title_col:
            recommendation = title_source
        action = (
            f"{action}\n{recommendation}"
            if action and recommendation
            else action or recommendation or None
        )
    progress = row.text(col(Role.PROGRESS)) or None
    title = (
        first_sentence(title_source) if title_source else first_sentence(finding or action or "")
    )
    title = title or (ref_text or f"Row {ordinal}")

    due_text = row.text(col(Role.DUE)) or None
    due, revised_from = parse_due(due_text)
    if revised_from is None and progress:
        moved = parse_revision(
            progress
        )  # 'Original deadline of ... now revised to ...' in progress
        if moved is not None:
            due, revised_from = moved
    # Wording is read from progress, then remaining actions; never from the finding itself.
    status = read_status(
        [due_text] if due_text else [],
        [t for t in (progress, row.text(col(Role.ACTION))) if t],
        stated_anywhere=[row.text(i) for i in range(len(table.header))],
    )

    spans = row.spans()
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    pages = sorted({s.page for s in spans if s.page is not None})
    columns = {
        (table.header[i] or f"Column {i + 1}"): row.text(i)
        for i in range(len(table.header))
        if row.text(i)
    }
    return ActionRecord(
        id="",
        document=info.ref(),
        section=table.section,
        category=category,
        ref=ref_text,
        ordinal=ordinal,
        title=title,
        finding=finding,
        action=action,
        progress=progress,
        owner=_owner(row.text(col(Role.OWNER)), title_source.strip())
        if col(Role.OWNER) is not None
        else None,
        priority=" ".join(row.text(col(Role.PRIORITY)).split()) or None,
        due_text=due_text,
        due_date=due.iso if due else None,
        revised_from_text=revised_from.text if revised_from else None,
        revised_from_date=revised_from.iso if revised_from else None,
        status=status.status,
        status_text=status.text,
        status_basis=status.basis,
        themes=classify(title_source, finding, action, category),
        pages=pages,
        columns=columns,
        source_text=text[start:end],
        source_start=start,
        source_end=end,
        report_date=info.date,
        year=info.year,
    )
