"""Action records from reconstructed tables: one per recommendation / issue / improvement area."""

from __future__ import annotations

import re

from ingest.cleaning import first_sentence, struck_parts
from ingest.column_values import PERCENT
from ingest.columns import Role, looks_like_status
from ingest.dates import DueDate, parse_revised_to, parse_revision, read_due
from ingest.model import ActionRecord, DocumentInfo, Status
from ingest.status import Mark, mark_key, rag_key, read_status, unread_label
from ingest.table_model import Layout, LogicalRow, Table
from ingest.table_roles import GROUPING, OWNER_AND_DUE, split_owner_due
from ingest.tables import INLINE_REF
from ingest.themes import classify
from ingest.vocabulary import Vocabulary

_STATUTORY = re.compile(r"\s*\b(STATUTORY|NON-STATUTORY|Non-statutory|Statutory)\b\.?\s*$")
_FOOTNOTE = re.compile(r"(?<=[.;])\s+\d{1,2}$")
_NO_DATE = re.compile(r"^\W*(?:n/?a|none|-+|–|tbc|tba|not applicable)?\W*$", re.I)
# Columns besides progress and status whose text may say a deadline moved.
_REVISION_ROLES = (Role.OTHER, Role.AGREED, Role.ACTION)
NARRATIVE_STATUS_WORDS = 8  # a 'Status' column this wordy is commentary, read as progress too


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
    owner = " ".join(owner.split()).strip(" ,;/")  # a joint owner's separator cut off
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
    key, marks = rag_key(text), mark_key(text)
    for table in layout.tables:
        raw_refs: list[str] = []
        table_records: list[ActionRecord] = []
        groups = _group_labels(table)
        for row, group in zip(table.rows, groups, strict=True):
            ordinal = len(records) + 1
            record = _record(table, row, info, text, ordinal, key, marks, group)
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


def _group_labels(table: Table) -> list[str | None]:
    """Each row's label in the table's grouping column (:data:`GROUPING`): its own cell, or
    carried down from the row above where the cell is blank (the label written on a group's
    first row only); a sub-heading row starts afresh."""
    index = next((i for i, m in enumerate(table.matches) if m.matched == GROUPING), None)
    labels: list[str | None] = []
    carried: str | None = None
    previous: str | None = None
    for row in table.rows:
        if row.category != previous:
            carried = None
        previous = row.category
        if index is not None:
            carried = " ".join(row.text(index).split()) or carried
        labels.append(carried)
    return labels


# a heading that numbers the one record under it (a record card's 'Recommendation 2')
_NUMBERED_HEADING = re.compile(
    r"(?:recommendation|finding|issue|action|observation|risk|matter|area)\s+(?:no\.?\s*)?"
    r"(?P<ref>[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?[a-z]?)[.:]?",
    re.I,
)
_STATUS_THEN_COMMENT = re.compile(
    r"^(?P<status>[^–—:;,-]{2,30}?)\s*[–—:;-]\s+(?P<comment>\S.*)$", re.S
)


def _status_comment(status_text: str | None) -> str | None:
    """The commentary written after a status in its own cell ('Green – on track', 'Complete -
    mandate updated in November'), when it says more than another status."""
    match = _STATUS_THEN_COMMENT.match(" ".join((status_text or "").split()))
    if not match or not looks_like_status(match.group("status")):
        return None
    comment = match.group("comment").strip()
    return None if looks_like_status(comment) else comment


def _with_share_done(progress: str | None, table: Table, row: LogicalRow) -> str | None:
    """The progress text with the row's share done from a percentage column ('% complete:
    60%') after it: a figure the record keeps, read for neither status nor deadline."""
    for index, match in enumerate(table.matches):
        value = " ".join(row.text(index).split())
        if match.matched != PERCENT or not value or (progress and value in progress):
            continue
        line = f"{table.header[index] or 'Complete'}: {value}"
        progress = f"{progress}\n{line}" if progress else line
    return progress


def _owner_and_due(table: Table, row: LogicalRow) -> tuple[str, str]:
    """The owner cell's text, and a deadline written in it when its header names both."""
    index = table.column(Role.OWNER)
    text = row.text(index)
    if index is None or table.matches[index].matched != OWNER_AND_DUE:
        return text, ""
    return split_owner_due(text)


def _deadlines(
    table: Table,
    row: LogicalRow,
    progress: str | None,
    status_text: str | None,
    warnings: list[str],
) -> tuple[str | None, DueDate | None, DueDate | None]:
    """(due_text, current deadline, revised-from deadline) from the due and revised-due
    columns, revision wording in any of them, then in the progress or status text."""
    col = table.column
    due_text = row.text(col(Role.DUE)) or _owner_and_due(table, row)[1] or None
    reading = read_due(due_text, serials=True)
    due, revised_from = reading.due, reading.revised_from
    if due is None and reading.ambiguous:
        warnings.append(
            f"deadline {reading.ambiguous[0]!r} can be read more than one way (day and month, "
            "or the year); left unread, the text is kept"
        )
    revised_text = row.text(col(Role.REVISED_DUE))
    if revised_text and not _NO_DATE.match(revised_text):
        revised = read_due(revised_text, serials=True)
        if revised.due is not None:
            if due is not None and revised.due.iso != due.iso:
                revised_from = revised.revised_from or due
            elif due is None:
                revised_from = revised.revised_from
            due = revised.due
            due_text = revised_text
    # every commentary column may say it: a second 'Remarks' column beside 'Progress'
    commentary = [progress] if progress else []
    commentary += [
        row.text(i)
        for i, role in enumerate(table.roles)
        if role is Role.PROGRESS and row.text(i) and row.text(i) != progress
    ]
    if revised_from is None:
        others = [
            row.text(i)
            for i, role in enumerate(table.roles)
            if role in _REVISION_ROLES and row.text(i)
        ]
        texts = commentary + ([status_text] if status_text else [])
        for source in texts + others:
            moved = parse_revision(source)  # 'Original deadline of ... now revised to ...'
            if moved is not None:
                due, revised_from = moved
                due_text = _moved_text(due_text, due, source)
                break
    if revised_from is None and due is not None:
        for source in commentary:
            new = parse_revised_to(source)  # 'the target date is now March 2020'
            if new is not None and new.iso > due.iso:
                due, revised_from = new, due
                due_text = _moved_text(due_text, due, source)
                break
    return due_text, due, revised_from


def _moved_text(cell: str | None, due: DueDate, source: str) -> str | None:
    """The deadline's words once a note moves it: the due cell still holds the old date
    ('31/03/2022' beside 'moved back from 31/03/2022 to 31/07/2022'), so the new date as the
    note writes it takes its place; a cell that already reads as the new date stays."""
    if cell is not None and (read := read_due(cell, serials=True).due) and read.iso == due.iso:
        return cell
    return due.text if due.text and due.text in source else cell


def _record(
    table: Table,
    row: LogicalRow,
    info: DocumentInfo,
    text: str,
    ordinal: int,
    key: dict[str, Status] | None = None,
    marks: dict[str, Mark] | None = None,
    group: str | None = None,
) -> ActionRecord:
    col = table.column
    ref_text = _clean_ref(row.first(col(Role.REF))) or None
    title_col = table.title_column
    title_source = row.text(title_col)
    # a column of groups merged down the rows ('Estates'), as a sub-heading row would be
    category = row.category or group or None
    numbered = _NUMBERED_HEADING.fullmatch(" ".join((row.category or table.section or "").split()))
    if numbered and ref_text is None and sum(r.category == row.category for r in table.rows) == 1:
        ref_text = numbered.group("ref")  # one record under 'Recommendation 2': its number
        category = None if category == row.category else category
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
    status_col = col(Role.STATUS)
    status_text = row.text(status_col) or None
    progress = row.text(col(Role.PROGRESS)) or None
    if progress is None and status_text and len(status_text.split()) >= NARRATIVE_STATUS_WORDS:
        progress = status_text  # a wordy 'Status' column is the commentary
    progress = progress or _status_comment(status_text)
    title = (
        first_sentence(title_source) if title_source else first_sentence(finding or action or "")
    )
    title = title or ref_text or first_sentence(progress or "") or f"Row {ordinal}"

    due_text, due, revised_from = _deadlines(table, row, progress, status_text, info.warnings)
    # Wording is read from the status column, deadlines, progress, then remaining actions (a
    # verb opening an action is not a status); never from the finding itself.
    short_progress = progress if progress and len(progress.split()) <= 4 else None
    standing = [
        struck_parts(t or "")[0] for t in (status_text, short_progress, row.text(col(Role.DUE)))
    ]
    status = read_status(
        [t for t in standing if t],  # a struck-out status ('~~Not started~~') was replaced
        [progress] if progress else [],
        stated_anywhere=[struck_parts(row.text(i))[0] for i in range(len(table.header))],
        action_texts=[t for t in (row.text(col(Role.ACTION)),) if t],
        key=key,
        yes_no=status_col is not None and "?" in table.header[status_col],
        marks=marks,
    )
    status = unread_label(status, standing[0])

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
        progress=_with_share_done(progress, table, row),
        owner=_owner(_owner_and_due(table, row)[0], title_source.strip())
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
