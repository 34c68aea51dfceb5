"""'When was that tracker issued?', 'what date is this update from?': the date the paper in
focus was made, asked of the paper (its title), not of the row the last answer was about; and
'when was <paper> produced/compiled/come out' read as the paper's date."""

from __future__ import annotations

from assistant.analysis.paper_made import paper_made_verb
from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_a_paper_made_verb_after_only_the_papers_name_asks_its_date() -> None:
    for residual, verb in (
        ("When was the                     compiled?", "compiled"),
        ("When was that tracker issued?", "issued"),
        ("When was this summary circulated?", "circulated"),
        ("When does the register date from?", "date from"),
        ("When was the Fleet Renewal Review (2021) produced?", "produced"),
    ):
        assert paper_made_verb(residual) == verb, residual


def test_a_noun_phrase_with_words_of_its_own_is_a_rows_subject() -> None:
    for residual in (
        "When was the lone working policy produced?",
        "When was the                business continuity plan written?",
        "When was the survey of the quay wall issued?",
        "When is that tracker due?",
    ):
        assert paper_made_verb(residual) is None, residual


def test_that_paper_noun_with_a_making_verb_is_the_paper_not_the_row() -> None:
    row = record("EA-4", action="Send a quarterly update report to the board")
    title = row.document.title
    previous = Previous("What does EA-4 say", [row], ["EA-4"], quoted=True)
    for question, expected in (
        ("When was that report issued?", f"When was the {title} issued?"),
        ("what date is this update from?", f"what date is the {title} from?"),
        ("And when was the report produced?", f"And when was the {title} produced?"),
    ):
        assert rewrite_by_rules(question, HISTORY, previous) == expected, question


def test_a_rows_update_asked_without_a_making_verb_stays_the_rows() -> None:
    row = record("EA-4", action="Send a quarterly update report to the board")
    previous = Previous("What does EA-4 say", [row], ["EA-4"], quoted=True)
    asked = rewrite_by_rules("what does the latest update say?", HISTORY, previous) or ""
    assert row.document.title not in asked
