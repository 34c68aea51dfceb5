"""Which rows a list or count gathers: the open rows as the complement of done over the scope
(rows with no status recorded kept apart), a review named by its ref family, and the rows of
the later paper a question about 'the <year> ones … the year before' asks of."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis.ref_codes import asks_group_raised, code_families, linked_words
from assistant.answers.model import Answer
from assistant.answers.support.written_status import written_status
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(id="t", filename="t.md", format="md", sha256="t", title="Tracker")
_OTHER = DocumentInfo(id="u", filename="u.md", format="md", sha256="u", title="Log")


def _row(
    ref: str,
    doc: DocumentInfo = _DOC,
    status_text: str | None = None,
    columns: dict[str, str] | None = None,
) -> ActionRecord:
    return ActionRecord(
        id=f"{doc.id}:{ref}",
        document=doc.ref(),
        ref=ref,
        ordinal=1,
        title=ref,
        status_text=status_text,
        columns=columns or {},
        source_text=ref,
        source_start=0,
        source_end=1,
    )


def test_codes_that_vary_between_a_papers_rows_are_its_families() -> None:
    rows = [_row("WB-TRS-1"), _row("WB-TRS-2"), _row("WB-FLE-1"), _row("Q7", _OTHER)]
    found = code_families(rows)
    assert set(found["t"]) == {"TRS", "FLE"}  # 'WB', on every row, groups nothing
    assert [r.ref for r in found["t"]["TRS"]] == ["WB-TRS-1", "WB-TRS-2"]
    assert "u" not in found  # one code on every row of the paper: no family


def test_a_code_is_named_by_the_word_it_opens_or_the_words_it_initials() -> None:
    assert linked_words("TRS", ["the", "treasury", "audit"]) == []  # 'tre…', not 'trs'
    assert linked_words("TRE", ["the", "treasury", "audit"]) == [1]
    assert linked_words("FL", ["fleet", "logistics", "review"]) == [0, 1]
    assert linked_words("FL", ["flow", "meters"]) == []  # two letters open no word


def test_what_a_named_review_found_asks_for_its_rows() -> None:
    codes = {"t": {"TRE", "FLE"}}
    assert asks_group_raised("On the tracker, what did the treasury audit turn up?", [], codes)
    assert asks_group_raised("What has the fleet review at Norbury concluded?", ["t"], codes)
    assert not asks_group_raised("What did the treasury audit say about cheques?", [], codes)
    assert not asks_group_raised("What did the depot inspection find?", [], codes)


def test_a_status_the_register_could_not_read_is_taken_from_its_column() -> None:
    unread = _row("A1", columns={"Ref": "A1", "Current status": "With the service"})
    assert written_status(unread) == "With the service"
    assert written_status(_row("A2", columns={"Ref": "A2", "Comment": "Chased"})) is None
    assert written_status(_row("A3", status_text="Overdue ")) == "Overdue"


def test_rows_with_no_status_are_kept_apart_from_the_open_ones(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("Of the Police Use of Resources recommendations, how many are unfinished?")
    refs = {r.ref for r in answer.records}
    assert "R1" not in refs and "R5" in refs  # R1 states no status; R5 is ongoing
    assert answer.answer.lstrip("*").startswith(str(len(refs)))
    assert "no status recorded (R1" in answer.answer


def test_the_later_papers_rows_are_listed_for_a_state_a_year_before(
    carried_assistant: Assistant,
) -> None:
    answer = carried_assistant.ask(
        "Which of the 2020 Ostwick actions were in progress a year earlier?"
    )
    assert len(answer.records) == 2
    assert {r.document.id for r in answer.records} == {"ostwick_2020-md"}
    assert "fuel deliveries" in answer.answer and "Flood gate keys" in answer.answer
