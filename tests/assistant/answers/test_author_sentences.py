"""A paper's author is read where committee papers put it: a label opening a line or a
sentence ('… note the dates. Prepared by: …'), or a sentence of its own ('Paper prepared by
the Clerk.'), not only a label at the start of a line (issue 14, pc29)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.mastheads import author_lines


def _authors(text: str) -> list[str]:
    return [m.group(0).strip() for m in author_lines(text)]


def test_a_label_after_a_sentence_on_the_same_line_is_an_author_line() -> None:
    text = "Members are asked to approve the changes. Written by: Head of Internal Review\n"
    assert _authors(text) == ["Written by: Head of Internal Review"]


def test_an_authoring_sentence_names_the_author() -> None:
    text = "The board is asked to note the log. This report was compiled by the Town Clerk.\n"
    found = author_lines(text)
    assert [m.group("who") for m in found] == ["the Town Clerk"]
    assert _authors(text) == ["This report was compiled by the Town Clerk."]


def test_labels_and_sentences_come_in_text_order() -> None:
    text = "Report author: Finance Manager\nSummary.\nPaper presented by the Chair.\n"
    assert _authors(text) == ["Report author: Finance Manager", "Paper presented by the Chair."]


def test_a_by_phrase_inside_prose_is_no_author_line() -> None:
    text = "Savings were prepared by departments. The plan was reviewed by the committee.\n"
    assert _authors(text) == []


def test_a_meeting_going_over_the_paper_asks_the_paper_s_date(
    ask: Callable[[str], Answer],
) -> None:
    # 'go over' / 'review' are what a meeting does with a paper: the masthead's date answers
    answer = ask("When did the Audit Panel meet to go over the MPS Governance Report?")
    assert answer.route == "document" and "31 March 2017" in answer.answer
    answer = ask("When did the Audit Panel meet to review the strategic partnerships lead?")
    assert answer.route != "document"  # a subject of its own: the passages answer it
