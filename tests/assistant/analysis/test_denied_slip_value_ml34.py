"""A paper that writes slippage as a status value of its own ('Behind schedule', 'Slipped'):
'not behind schedule' asks for its rows in the other values, not the slipped ones (the
negation was lost when the slip reading took the words). Rows invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_STATES = {"Behind schedule": "ongoing", "On track": "ongoing", "Complete": "complete"}
_ROWS = [
    ("WD-1", "Chalet leases are unsigned", "Behind schedule"),
    ("WD-2", "Beach hut fees are not benchmarked", "On track"),
    ("WD-3", "The pier survey is out of date", "Complete"),
    ("WD-4", "Lifeguard rotas are not approved", "Behind schedule"),
]


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="front",
        filename="front.html",
        format="html",
        sha256="f",
        title="Seafront Programme - Assurance Actions",
        organisation="Wrayford Seafront Board",
        date="2024-02-01",
        year=2024,
    )
    records = [
        ActionRecord(
            id=f"front:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status=_STATES[said],
            status_text=said,
            columns={"Ref": ref, "Issue": title, "Progress status": said},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title, said) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([doc], records)


@pytest.mark.parametrize(
    "question",
    [
        "Which Wrayford seafront actions are not behind schedule?",
        "How many of the seafront board's actions aren't behind schedule?",
    ],
)
def test_a_denied_slip_value_asks_for_the_other_values(question: str) -> None:
    q = analyse(question, _index())
    assert not q.slipped, question
    assert sorted(q.status_says) == ["Complete", "On track"], q.status_says


def test_the_slip_value_asked_plainly_is_kept() -> None:
    q = analyse("Which Wrayford seafront actions are behind schedule?", _index())
    assert q.status_says == ["Behind schedule"] or q.slipped


@pytest.mark.parametrize(
    "question",
    [
        "Wrayford seafront programme - what's showing on track?",
        "In the seafront board's actions, what is marked as on track?",
    ],
)
def test_what_shows_a_held_value_asks_for_its_rows(question: str) -> None:
    q = analyse(question, _index())
    assert q.intent == "list", question
    assert q.status_says == ["On track"], q.status_says
    assert not {"showing", "marked"} & set(q.terms), q.terms


@pytest.mark.parametrize(
    "question",
    ["Which Wrayford seafront actions are running behind?", "How many seafront actions are falling behind?"],
)  # fmt: skip
def test_a_slip_in_other_words_is_the_papers_slip_value_sharing_a_word(question: str) -> None:
    q = analyse(question, _index())
    assert q.status_says == ["Behind schedule"] and not q.slipped, question
