"""'not <verb> in the 2023 report': a verb of appearing relates the rows to an earlier paper
(rows it does not hold), a state word places a state at that paper ('not implemented in the
2023 report' asks for that paper's rows marked so, not for the rows the later paper adds)."""

from __future__ import annotations

from assistant.analysis.carried import carried_phrase


def test_a_state_at_a_paper_is_no_relation_between_papers() -> None:
    for question in (
        "Which Ambleside recommendations were not implemented in the 2021 report?",
        "How many actions were not completed in the previous plan?",
        "List the findings not yet addressed in the earlier review",
        "Which items were not met in the first report?",
    ):
        assert carried_phrase(question) is None, question


def test_a_verb_of_appearing_still_asks_for_rows_the_earlier_paper_lacks() -> None:
    for question in (
        "Which recommendations were not listed in the 2021 report?",
        "Which actions never appeared in the previous plan?",
        "How many items were not in the earlier review?",
        "Which findings were not yet raised in the last report?",
    ):
        found = carried_phrase(question)
        assert found is not None and found.kind == "new", question
