"""'and the rest?' after a list or count with a condition: the same scope without the condition,
less the rows shown (more_rows.rest_of). Invented papers, the real question reader."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis, analyse
from assistant.antecedents import Previous
from assistant.more_rows import rest_of
from tests.assistant.analysis.invented_log import log_index
from tests.assistant.test_followup_focus import record

INDEX = log_index(
    [
        ("A1", "Tree inspection backlog in the parks", "Head of Parks"),
        ("A2", "Playground safety checks overdue", "Head of Parks"),
        ("A3", "Grounds contract not retendered", "Treasurer"),
        ("A4", "Open spaces strategy out of date", "Treasurer"),
    ]
)


def _read(question: str) -> QueryAnalysis:
    return analyse(question, INDEX)


def _listed(question: str, *refs: str) -> Previous:
    return Previous(question, [record(r) for r in refs], list(refs), route="register")


def test_the_rest_drops_the_condition_and_leaves_the_rows_shown_out() -> None:
    last = _listed("Which actions does the Head of Parks own?", "A1", "A2")
    for asked in ("and the rest?", "what about the others?", "the remaining ones?"):
        rest = rest_of(asked, last, _read)
        assert rest == "Which actions, other than A1 and A2?", asked
        read = _read(rest)
        assert read.refs_not == ["A1", "A2"] and not read.owner


def test_no_rest_without_a_condition_or_after_no_list() -> None:
    assert rest_of("and the rest?", _listed("Which actions are in the log?", "A1"), _read) is None
    described = Previous("Who owns A1?", [record("A1")], ["A1"], route="refs")
    assert rest_of("and the rest?", described, _read) is None
    last = _listed("Which actions does the Head of Parks own?", "A1", "A2")
    assert rest_of("and the rest of the budget?", last, _read) is None


def test_the_rest_of_rows_named_is_those_the_answer_did_not_keep() -> None:
    listed = _listed("Which actions are in the log?", "A1", "A2", "A3")
    kept = Previous(
        "Which of A1, A2 and A3 does the Treasurer own?",
        [record("A3")],
        ["A3"],
        route="register",
        before=listed,
    )
    assert rest_of("and the rest?", kept, _read) == "Which of A1 and A2?"
