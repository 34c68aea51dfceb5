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


def stated_index(
    docs: dict[str, tuple[str, str]],
    rows: dict[str, list[tuple[str, ...]]],
    date: str = "2024-07-01",
) -> NameIndex:
    """The name index of invented papers that write their own statuses: ``docs`` maps a key
    to (organisation, title), ``rows`` the key to rows of (ref, title, status as written,
    normalised status[, owner])."""
    infos = [
        DocumentInfo(
            id=key,
            filename=f"{key}.docx",
            format="docx",
            sha256=key,
            title=title,
            organisation=organisation,
            date=date,
            year=int(date[:4]),
        )
        for key, (organisation, title) in docs.items()
    ]
    records = []
    for doc in infos:
        for n, (ref, title, said, normal, *owned) in enumerate(rows[doc.id], 1):
            owner = owned[0] if owned else None
            columns = {"Recommendation": title, "Status": said}
            if owner:
                columns["Owner"] = owner
            records.append(
                ActionRecord(
                    id=f"{doc.id}:{ref}",
                    document=doc.ref(),
                    ref=ref,
                    ordinal=n,
                    title=title,
                    owner=owner,
                    status=normal,  # type: ignore[arg-type]
                    status_text=said,
                    columns=columns,
                    source_text=title,
                    source_start=0,
                    source_end=len(title),
                    year=int(date[:4]),
                )
            )
    return NameIndex.from_records(infos, records)
