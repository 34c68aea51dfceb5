"""The owner of each side of a comparison across papers, when the question asks for it ('how
did the owner of X differ between the two reports?'): each paper's row shows its owner (or that
none is named), and the comparison line says whether the owner stayed the same or changed,
oldest first."""

from __future__ import annotations

from assistant.answers.support.recordtext import cite_record, safe_text
from assistant.answers.support.tallies import Tally
from assistant.citations import CitationBuilder, record_quote
from ingest.model import ActionRecord

NO_OWNER = "no owner named"


def owner_fact(record: ActionRecord, chunk_id: str | None, builder: CitationBuilder) -> str:
    """'owner: Head of X [n]', or that the row names none."""
    if not (record.owner or "").strip():
        return NO_OWNER
    quoted = record_quote(record, record.owner)
    return f"owner: {safe_text(record.owner or '')}{cite_record(builder, record, chunk_id, quoted)}"


def owners_line(tally: list[Tally]) -> str | None:
    """'**Owner:** none named (2023) → Head of X (2024).' when each paper compared shows one
    row; 'the same in both' when no paper changed it; None otherwise."""
    sides = [(doc, found[0]) for doc, found, _ in tally if len(found) == 1]
    if len(sides) < 2 or len(sides) != len(tally):
        return None
    said = []
    for doc, record in sides:
        when = doc.period or (doc.date[:4] if doc.date else str(doc.year or "?"))
        owner = (record.owner or "").strip()
        said.append((when, safe_text(owner) if owner else NO_OWNER, owner.lower()))
    if len({low for _, _, low in said}) == 1:
        years = ", ".join(when for when, _, _ in said)
        return f"**Owner:** the same in each report ({said[0][1]}; {years})."
    return "**Owner changed:** " + " → ".join(f"{name} ({when})" for when, name, _ in said) + "."
