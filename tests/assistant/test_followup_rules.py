"""Follow-up rules on made-up records (no index): definite nouns and 'by then' point back at
what the last answer was about; a question naming its own record is left alone; a singular
pronoun takes one ref, a plural one all of them."""

from __future__ import annotations

from typing import Any

from assistant.antecedents import Previous
from assistant.followup_forms import looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from ingest.model import ActionRecord, DocumentRef


def record(ref: str, **fields: Any) -> ActionRecord:
    document = DocumentRef(
        id="d1", title="Estates Audit Plan", filename="d1.txt", date="2019-06-30"
    )
    data: dict[str, Any] = {
        "id": f"d1:{ref}",
        "document": document,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": "Review the estates strategy",
        "source_text": "Review the estates strategy",
        "source_start": 0,
        "source_end": 27,
        "report_date": "2019-06-30",
        "year": 2019,
    }
    data.update(fields)
    return ActionRecord(**data)


ONE = Previous("Who owns EA-4?", [record("EA-4", due_text="31/12/2019")], ["EA-4"])
HISTORY = [Turn(role="user", content="Who owns EA-4?"), Turn(role="assistant", content="…")]


def test_a_definite_noun_is_a_follow_up_but_a_compound_is_not() -> None:
    assert looks_like_follow_up("Was the deadline met?")
    assert looks_like_follow_up("Who wrote the report?")
    assert not looks_like_follow_up("Who approved the action plan for estates?")
    assert not looks_like_follow_up("Was the deadline of EA-9 met?")  # names its own record


def test_the_field_noun_becomes_the_records() -> None:
    assert rewrite_by_rules("Was the deadline met?", HISTORY, ONE) == "Was EA-4's deadline met?"


def test_the_document_noun_becomes_its_title() -> None:
    assert rewrite_by_rules("Who wrote the report?", HISTORY, ONE) == (
        "Who wrote the Estates Audit Plan?"
    )


def test_by_then_is_the_records_deadline() -> None:
    assert rewrite_by_rules("Was it done by then?", HISTORY, ONE) == "Was EA-4 done by 31/12/2019?"


def test_a_question_naming_its_own_record_is_not_rewritten() -> None:
    assert rewrite_by_rules("And is EA-9 complete?", HISTORY, ONE) is None


def test_a_singular_pronoun_takes_one_ref_of_the_question() -> None:
    history = [
        Turn(role="user", content="Compare EA-4 and EA-9"),
        Turn(role="assistant", content="…"),
    ]
    assert rewrite_by_rules("Who owns it?", history, None) == "Who owns EA-4?"
    assert rewrite_by_rules("Who owns them?", history, None) == "Who owns EA-4 and EA-9?"
