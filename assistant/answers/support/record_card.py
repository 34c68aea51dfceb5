"""The rest of one row, shown under an answer about it: a compact record card.

An answer about one row answers the cell it was asked for. A follow-up often asks a detail in
words no column header uses ('what's holding it up?', 'what was actually agreed?', 'who else
is involved?', 'when was it first due?'): the analysis cannot map them to a column, and the
answer gives the wrong cell. The card puts every cell the row holds that the answer has not
shown under it, each labelled by its own header and quoted verbatim with its citation, in the
row's order: the finding, the agreed action, the owner, the priority, the deadline (with its
reading when written in a shorthand, and the date first set when revised), the status as
written and the whole progress note. So the detail asked is there whatever its wording, and
the first line stays the direct answer.

    record_card(record, builder, chunk_id, shown) -> 'Rest of the row — Header: “…” [n]; …' | ''
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.support.held_due import with_reading
from assistant.answers.support.recordtext import safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, record_evidence
from ingest.model import ActionRecord

CELL_SENTENCES = 8  # sentences of one cell quoted (a progress note is quoted whole up to this)
CARD_SENTENCES = 16  # sentences of the whole card
LEAD = "Rest of the row —"

# a header a reader cannot use: a spreadsheet's placeholder ('Column 1')
_PLACEHOLDER = re.compile(r"^\s*column\s*\d+\s*$", re.I)
_MARKERS = re.compile(r"\[\d+\]|\*\*|[“”\"‘’']")


def _plain(text: str) -> str:
    """Text as compared for 'already shown': no markers, emphasis or quote marks, one space."""
    return " ".join(_MARKERS.sub(" ", text).split()).casefold()


def _shown(piece: str, shown: str, ref: str | None = None) -> bool:
    """Whether the answer already holds ``piece`` (a short value as a whole word run), the
    row's ref written before a cell's text ('R11 Develop a clear …') aside."""
    wanted = _plain(piece)
    if ref and wanted.startswith(_plain(ref) + " "):
        wanted = wanted[len(_plain(ref)) + 1 :]
    if not wanted:
        return True
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", shown) is not None


def _reading(record: ActionRecord, text: str) -> str:
    """A deadline cell's reading when it is written in a shorthand ('Mar-24' -> ' (31 March
    2024)'); '' for any other cell or a date spelt out."""
    for written, iso in (
        (record.due_text, record.due_date),
        (record.revised_from_text, record.revised_from_date),
    ):
        if written and iso and text.strip() == written.strip():
            read = with_reading(text, iso)
            return read[len(safe_text(text.strip())) :] if read != safe_text(text.strip()) else ""
    return ""


def carded(
    q: QueryAnalysis, records: list[ActionRecord], notes: list[str], compared: str | None
) -> bool:
    """Whether an answer shows a record card: one row described, not a list or a count, no
    comparison, no premise corrected (the correction is the answer)."""
    return (
        len(records) == 1
        and q.intent not in ("list", "count")
        and not compared
        and "premise-corrected" not in notes
    )


def card_cells(record: ActionRecord, shown: str) -> list[tuple[str, list[Evidence]]]:
    """The row's cells the answer ``shown`` does not hold, in the row's order, as (header, its
    sentences not shown); a cell whose every sentence is shown is left out."""
    plain = _plain(shown)
    cells: dict[str, list[Evidence]] = {}
    for item in record_evidence(record, "", 0):
        if _shown(item.text, plain, record.ref):
            continue
        cells.setdefault(item.label, []).append(item)
    return [(header, items[:CELL_SENTENCES]) for header, items in cells.items()]


def record_card(
    record: ActionRecord, builder: CitationBuilder, chunk_id: str | None, shown: str
) -> str:
    """'Rest of the row — Agreed action: “…” [n]; Progress to date: “…” [m] “…” [k].': every
    cell of ``record`` not in ``shown``, each quote cited; '' when the answer showed them all
    (or none can be cited)."""
    if chunk_id is None:
        return ""
    parts: list[str] = []
    budget = CARD_SENTENCES
    for header, items in card_cells(record, shown):
        quoted = []
        for item in items[:budget]:
            n = builder.add(
                chunk_id=chunk_id,
                document=record.document,
                quote=item.text,
                ref=record.ref,
                near=item.start,
            )
            if n is None:
                continue
            quoted.append(f"“{item.display()}”{_reading(record, item.text)} [{n}]")
        if not quoted:
            continue
        budget -= len(quoted)
        label = "" if _PLACEHOLDER.match(header) else f"{safe_text(header.strip())}: "
        parts.append(label + " ".join(quoted))
        if budget <= 0:
            break
    if not parts:
        return ""
    return f"{LEAD} " + "; ".join(parts) + "."
