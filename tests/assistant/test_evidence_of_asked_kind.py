"""Refusal and premise checks decided on evidence of the asked kind about the asked subject:
a 'why' premise giving a row a state is checked against the row; a plain 'rating' of one row
is its graded column; a count of things done that are no rows is checked against the prose's
figures. Invented wordings over the bundled record."""

from __future__ import annotations

from assistant.service import Assistant


def _first(answer_text: str) -> str:
    return answer_text.splitlines()[0]


def test_a_state_a_why_premise_gives_a_row_is_corrected(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Why is the SMART performance measures recommendation down as fully met?"
    )
    first = _first(answer.answer)
    assert first.startswith("**No") and "R8" in first, first
    assert "moderately" in answer.answer


def test_a_plain_rating_of_one_row_reads_its_graded_column(assistant: Assistant) -> None:
    answer = assistant.ask("What rating was the backlog maintenance plan recommendation given?")
    assert not answer.abstained and "**Medium** priority" in _first(answer.answer)
    graded = assistant.ask("How was R9 of the district audit graded?")
    assert "Recommendation met: significantly" in _first(graded.answer)
    # a rating of a kind of its own is no column of the row
    other = assistant.ask("What assurance rating did the backlog maintenance plan receive?")
    assert other.abstained


def test_all_of_a_count_of_non_rows_done_is_checked_by_the_prose(assistant: Assistant) -> None:
    answer = assistant.ask("Since all 45 activities have now been delivered, what remains to do?")
    first = _first(answer.answer)
    assert "18" in first and "activity sampling" not in first, first
