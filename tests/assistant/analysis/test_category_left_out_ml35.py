"""A heading of the rows named inside a complement ('apart from the harbour ones', 'leaving out
corporate services') leaves those rows out: it is no category filter, and its words describe the
rows left out, which the register's filter matches by their heading. Rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.support.topics import headed_by
from assistant.text import stems
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(
    id="ferry",
    filename="ferry.csv",
    format="csv",
    sha256="f",
    title="Audit action tracker",
    organisation="Quayhithe Ferry Board",
    date="2024-05-01",
    year=2024,
)
_ROWS = [  # ref, title, category
    ("QF-1", "Ticket machine takings are not reconciled", "Harbour dues"),
    ("QF-2", "Slipway inspections are not logged", "Marine safety"),
    ("QF-3", "Crew rest hours are not recorded", "Corporate services"),
    ("QF-4", "Fuel invoices are paid late", "Corporate services"),
]


def _record(ref: str, title: str, category: str) -> ActionRecord:
    return ActionRecord(
        id=f"ferry:{ref}",
        document=_DOC.ref(),
        ref=ref,
        ordinal=int(ref[-1]),
        title=title,
        category=category,
        status="ongoing",
        status_text="Open",
        source_text=title,
        source_start=0,
        source_end=len(title),
        year=2024,
    )


def _index() -> NameIndex:
    return NameIndex.from_records([_DOC], [_record(*row) for row in _ROWS])


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Apart from the harbour dues ones, which Quayhithe ferry actions are open?", "harbour"),
        ("Leaving out corporate services, which Quayhithe ferry actions are open?", "corporate"),
        ("Which Quayhithe ferry actions are open, excluding marine safety?", "marine"),
    ],
)
def test_a_heading_in_a_complement_leaves_its_rows_out(question: str, left: str) -> None:
    q = analyse(question, _index())
    assert q.category is None, question
    assert left in q.terms_not, question


def test_a_heading_asked_for_is_still_the_category() -> None:
    q = analyse("Which Quayhithe ferry actions in corporate services are open?", _index())
    assert q.category == "Corporate services"


def test_a_row_is_left_out_by_the_words_of_its_heading() -> None:
    rows = [_record(*row) for row in _ROWS]
    left = [r.ref for r in rows if headed_by(stems("corporate services"), r)]
    assert left == ["QF-3", "QF-4"]
    assert not headed_by(set(), rows[0])
