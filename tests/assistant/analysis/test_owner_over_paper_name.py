"""A paper's name inside a longer owner's name ('the Board' of 'the Board Chair') names the
owner, not the paper. Invented papers."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo


def _index() -> NameIndex:
    docs = [
        DocumentInfo(
            id="board",
            filename="board.docx",
            format="docx",
            sha256="b",
            title="Assurance Action Plan",
            organisation="Lowbridge Harbour Board",
        ),
        DocumentInfo(
            id="log",
            filename="log.docx",
            format="docx",
            sha256="l",
            title="Visiting Committee action log",
            organisation="Marsh Lane Visiting Committee",
        ),
    ]
    rows = [
        (docs[0], "B-1", "Publish the register of interests", "Harbour Master"),
        (docs[0], "B-2", "Refresh the board's terms of reference", "Company Secretary"),
        (docs[0], "B-3", "Reconcile the petty cash", "Clerk"),
        (docs[1], "V-1", "Write the annual report", "Board Chair"),
        (docs[1], "V-2", "Agree the visit rota", "Rota Coordinator"),
    ]
    records = [
        ActionRecord(
            id=f"{doc.id}:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (doc, ref, title, owner) in enumerate(rows, 1)
    ]
    return NameIndex.from_records(docs, records)


def test_the_board_of_the_board_chair_names_no_paper() -> None:
    q = analyse("What actions does the Board Chair have on the visiting committee log?", _index())
    assert q.owner == "Board Chair"
    assert q.documents == ["log"]


def test_the_board_alone_still_names_its_paper() -> None:
    q = analyse("Which of the harbour board's actions are owned by the Harbour Master?", _index())
    assert q.documents == ["board"]


def test_an_owner_written_in_lower_case_is_read_by_the_words_of_holding_after_it() -> None:
    for asked in (
        "Which actions have the clerk as lead?",
        "What is the clerk responsible for?",
        "Which actions is the clerk down for?",
    ):
        q = analyse(asked, _index())
        assert q.owner == "Clerk", asked


def test_an_owner_a_question_says_has_rows_is_read() -> None:
    q = analyse("Which open actions does the clerk have?", _index())
    assert q.owner == "Clerk"
