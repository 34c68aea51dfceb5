"""Whose paper it is, read from a masthead line of its own ('Report of the Clerk to the
Board.') and from labels of authorship beyond 'Report by:' ('Contact officer:', 'Report of:',
'Submitted by:'), never from a prose sentence that starts the same way (issue 14, pr39)."""

from __future__ import annotations

from assistant.answers.support.mastheads import author_lines


def _authors(text: str) -> list[str]:
    return [m.group(0).strip() for m in author_lines(text)]


def test_a_report_of_line_names_the_author() -> None:
    text = "Body: Harbour Board\nDate of meeting: 9 October 2025\nReport of the Clerk to the Board.\t\n"
    found = author_lines(text)
    assert [m.group("who") for m in found] == ["the Clerk to the Board"]


def test_a_report_from_a_named_person_with_a_post() -> None:
    text = "Title\nPaper from Jo Collins, Head of Finance.\nSummary follows.\n"
    assert _authors(text) == ["Paper from Jo Collins, Head of Finance."]


def test_labels_of_authorship_other_than_report_by() -> None:
    text = "Contact officer: Sam Reed, Audit Manager\nSubmitted by: the Treasurer\n"
    assert _authors(text) == [
        "Contact officer: Sam Reed, Audit Manager",
        "Submitted by: the Treasurer",
    ]


def test_a_prose_sentence_opening_with_report_of_is_no_author() -> None:
    text = "Report of the District Auditor identified eleven weaknesses in 2002.\n"
    assert _authors(text) == []
    assert _authors("The report of the Clerk was noted.\n") == []
