"""A list's words read by role (answers/support/subject_roles.py): a subject no row in scope
holds is zero of the rows searched; framing words (the kind of row, an evaluation of it)
narrow nothing; a subject split over rows keeps the rows holding part of it; a theme no row
carries falls back to the rows' own words. Invented wordings over the bundled record and the
other bodies' papers."""

from __future__ import annotations

from assistant.service import Assistant


def test_a_subject_no_row_in_scope_holds_is_zero_of_the_rows_searched(
    assistant: Assistant,
) -> None:
    # whistle-blowing is a row of the Audit Commission section, none of the HMIC section's five
    answer = assistant.ask(
        "Which of the HMIC resource leverage recommendations mention whistle-blowing?"
    )
    assert answer.coverage.matched == 0 and not answer.records and not answer.abstained
    assert "None** of the 5 recommendations" in answer.answer
    assert "zero-match" in answer.notes


def test_framing_words_of_a_list_narrow_nothing(assistant: Assistant) -> None:
    # 'principal areas of concern': the kind of row and an evaluation of it, no subject
    answer = assistant.ask(
        "What were the principal areas of concern in the 2002 District Audit summary?"
    )
    assert answer.coverage.matched == 13
    answer = assistant.ask("List the key issues raised in the 2017 governance report.")
    assert answer.coverage.matched == 10 and "mentioning 'key'" not in answer.answer


def test_a_verb_of_involvement_opens_the_subject(bodies_assistant: Assistant) -> None:
    # 'involve members': the rows on members, not every row with a note
    answer = bodies_assistant.ask("Which Northern Valleys actions involve members?")
    assert sorted(r.ref for r in answer.records) == ["NV-04", "NV-06"]


def test_a_subject_split_over_rows_keeps_the_rows_holding_part_of_it(
    bodies_assistant: Assistant,
) -> None:
    # no Kestrel Moors row says both 'staff' and 'safety': the row on safety, not all nine
    answer = bodies_assistant.ask("Which Kestrel Moors actions are about staff safety?")
    assert [r.ref for r in answer.records] == ["AL-07"]


def test_a_theme_read_from_the_subject_is_no_unheld_subject(bodies_assistant: Assistant) -> None:
    # 'staff pay' names the HR theme: its rows are not 'zero of N about staff pay'
    answer = bodies_assistant.ask(
        "Which of the Severnside fire authority recommendations are about staff pay?"
    )
    assert "is about staff pay" not in answer.answer


def test_a_subject_in_another_form_than_the_rows_keeps_those_rows(
    bodies_assistant: Assistant,
) -> None:
    # 'buses' against rows saying 'bus': the bus rows, neither every row nor none
    answer = bodies_assistant.ask(
        "How many of the Northern Valleys transport authority actions are about buses?"
    )
    assert sorted(r.ref for r in answer.records) == ["NV-02", "NV-06"]
