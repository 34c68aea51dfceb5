"""One invented paper, an audit action log of rows (ref, title, owner), as a name index: the
analysis tests read questions against it. Nothing here names a bundled paper."""

from __future__ import annotations

from assistant.analysis import NameIndex
from ingest.model import ActionRecord, DocumentInfo


def log_index(rows: list[tuple[str, str, str]]) -> NameIndex:
    """The name index of an invented action log holding ``rows``."""
    doc = DocumentInfo(
        id="log",
        filename="log.docx",
        format="docx",
        sha256="a",
        title="Audit action log",
        organisation="Hollinsford Borough Council",
    )
    records = [
        ActionRecord(
            id=f"log:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, title, owner) in enumerate(rows, 1)
    ]
    return NameIndex.from_records([doc], records)
