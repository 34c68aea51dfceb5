"""A value asked of a row, read from the row's own progress cell when that cell names nothing
of the subject (support/row_values.py); a count of 'members of staff' read from a sentence
counting staff (figures.has_figure); and a long cell read only near the sentence naming the
subject, so a figure about another matter in it answers nothing."""

from __future__ import annotations

from assistant.answers.support import row_values
from assistant.service import Assistant


def test_a_count_in_a_short_progress_cell_answers(bodies_assistant: Assistant) -> None:
    # d07 AL-01: 'Review and close all enforcement cases older than two years.' / '312 cases
    # closed.': the progress cell repeats nothing of the subject but the counted noun
    answer = bodies_assistant.ask(
        "How many old enforcement cases have been closed at Kestrel Moors so far?"
    )
    assert not answer.abstained, answer.answer
    assert "312" in answer.answer, answer.answer


def test_a_progress_note_gives_money_only_with_its_unit() -> None:
    amount = row_values.NUMERIC["amount"]
    assert amount.search("Arrears reduced to £18,200.")
    assert amount.search("Savings of 40 thousand pounds agreed.")
    assert not amount.search("We have reviewed 6 million records.")  # a count, not money


def test_members_of_staff_are_counted_by_a_sentence_counting_staff(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Overall, how many members of staff have had financial training?")
    assert not answer.abstained, answer.answer
    assert "4,000" in answer.answer, answer.answer


def test_a_figure_far_from_the_subject_in_a_long_cell_answers_nothing(
    assistant: Assistant,
) -> None:
    # the 2017 report's information management row: requests in its first sentence, '6
    # million records' two sentences on, about another matter
    answer = assistant.ask("How many Freedom of Information requests has the Met had to deal with?")
    assert "6 million" not in answer.answer, answer.answer
