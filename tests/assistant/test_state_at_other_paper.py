"""The state of rows read at the body's next or previous paper ('still in progress a year
later', 'not started the year before'): the rows of that paper the paper asked of also holds;
a paper's kind in a question ('the 2021 audit recommendations' of an audit paper) is no theme;
a plural possessive ("the Homes' actions") names its body. Invented bodies in
``tests/fixtures/carried`` and papers of ``data/papers/dev``."""

from __future__ import annotations

from assistant.analysis.carried import _carried_phrase, carried_phrase
from assistant.analysis.named_scope import _without_plural_possessives
from assistant.answers.model import Answer
from assistant.service import Assistant


def _rows(answer: Answer) -> list[str]:
    return sorted((r.ref or r.title)[:24] for r in answer.records)


def test_the_other_paper_is_read_in_several_wordings() -> None:
    for question, direction in (
        ("Which 2021 items were still unresolved a year later?", "onward"),
        ("which of the 2020 ones were finished by the next report", "onward"),
        ("how many 2019 actions were closed in the following year's log?", "onward"),
        ("Which 2022 ones had not started the year before?", "back"),
        ("How many of the 2023 recommendations were rated amber a year earlier?", "back"),
        ("which 2021 actions were overdue in the previous tracker?", "back"),
    ):
        found = carried_phrase(question)
        assert found is not None and found.direction == direction, question
    for question in (
        "How many staff were trained in the last year?",
        "Which actions are due next year?",
        "Which recommendations were made in the 2021 report?",
        # no year: 'the previous report' names a paper, it relates none
        "How many recommendations were there in the previous report?",
        "Which actions were complete by the next report?",
    ):
        found = carried_phrase(question)
        assert found is None or found.direction is None, question


def test_rows_still_in_a_state_at_the_next_paper(carried_assistant: Assistant) -> None:
    answer = carried_assistant.ask(
        "Which Pellingham 2021 recommendations were still in progress a year later?"
    )
    assert _rows(answer) == ["PBC 20/03", "PBC 20/04"]
    assert {r.document.title[-4:] for r in answer.records} == {"2022"}
    answer = carried_assistant.ask(
        "Which of the Ostwick 2020 actions were complete in the following year's log?"
    )
    assert [r.title[:20] for r in answer.records] == ["Pump station fuel de"]


def test_rows_in_a_state_at_the_paper_before(carried_assistant: Assistant) -> None:
    answer = carried_assistant.ask(
        "Which of Pellingham's 2022 recommendations had not started the year before?"
    )
    assert _rows(answer) == ["PBC 20/04"]
    answer = carried_assistant.ask(
        "How many of Ostwick's 2021 actions were in progress a year earlier?"
    )
    assert answer.coverage.matched == 2
    # the rows asked of are the 2021 paper's: those whose row of the year before was in progress
    assert {r.document.title[-4:] for r in answer.records} == {"2021"}


def test_a_papers_own_kind_is_no_theme(carried_assistant: Assistant) -> None:
    for question, rows in (
        ("Which of Pellingham's 2021 audit recommendations are complete?", 2),
        ("List the Ostwick 2019 audit actions still in progress", 2),
        ("How many audit recommendations in Pellingham's 2022 follow-up are complete?", 3),
    ):
        answer = carried_assistant.ask(question)
        assert answer.query.themes == [], question
        assert answer.coverage.matched == rows, question


def test_a_plural_possessive_is_blanked_but_not_a_closing_quote() -> None:
    assert _without_plural_possessives("the Homes' actions") == "the Homes  actions"
    assert _without_plural_possessives("the commissioners' log?") == "the commissioners  log?"
    quoted = "which say 'late returns' at the partnerships' board?"
    assert _without_plural_possessives(quoted) == quoted


def test_a_plural_possessive_names_its_body(bodies_assistant: Assistant) -> None:
    for question in (
        "Which of the Homes' internal audit actions are complete?",
        "List Tamar Vale Homes' actions that are in progress",
    ):
        q = bodies_assistant.analyse(question)
        assert q.documents == ["d06_tamar_vale_homes_arc-md"], question
        assert "homes" not in [t.lower() for t in q.terms], question


def test_rows_in_both_of_the_bodys_papers(carried_assistant: Assistant) -> None:
    for question in (
        "Which Pellingham recommendations appear in both years' reports?",
        "How many Pellingham recommendations show up on both trackers?",
        "List the Pellingham recommendations that feature in both of the papers",
    ):
        answer = carried_assistant.ask(question)
        assert _rows(answer) == ["PBC 20/02", "PBC 20/03", "PBC 20/04", "PBC 20/06"], question


def test_a_phrase_naming_a_part_of_a_paper_is_no_relation() -> None:
    parts = ["Recommendations carried forward from 2021/22", "Action plan"]
    for question in (
        "Which recommendations are listed under 'carried forward from 2021/22'?",
        "Which rows are in the table of actions carried over from 2021/22?",
        "In the 2023 report, which recommendations carried forward from 2021/22 are complete?",
    ):
        assert _carried_phrase(question) is not None, question  # unguarded: a relation
        assert carried_phrase(question, parts) is None, question
    for question in (
        "List the recommendations carried over from last year",
        "Which actions were brought forward from the previous plan?",
    ):
        assert carried_phrase(question, parts) is not None, question


def test_new_before_the_row_noun_asks_for_the_rows_a_paper_adds(
    carried_assistant: Assistant,
) -> None:
    for question in (
        "Which new Pellingham recommendations are in the 2022 follow-up?",
        "How many new recommendations does Pellingham's 2022 report have?",
    ):
        answer = carried_assistant.ask(question)
        assert _rows(answer) == ["PBC 21/01", "PBC 21/02", "PBC 21/03"], question
    for question in (
        "Which new actions were raised at the committee?",
        "what new findings came out of the review?",
        "How many new issues does the log record?",
    ):
        found = carried_phrase(question)
        assert found is not None and found.kind == "new", question
    assert carried_phrase("Is there a new owner for the recommendation?") is None
