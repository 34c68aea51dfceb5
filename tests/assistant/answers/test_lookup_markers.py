"""Lookups of a record's marks and of figures in prose (issue 14, classes 2 and 7; exam8 LK10,
LK15, LK16), over the bundled record with the hashing embedder. Questions invented."""

from __future__ import annotations

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


def _ask(assistant: Assistant, question: str) -> Answer:
    return assistant.ask(question)


def test_a_category_the_question_names_is_answered_from_the_record(
    assistant: Assistant,
) -> None:
    # the 2002 summary marks each row Statutory or Non-statutory (a category, not a field)
    no = check_answer(
        assistant, assistant.ask("Is R9 of the 2002 summary a statutory duty?"), "refs"
    )
    assert no.answer.startswith("No: R9 is marked **Non-statutory**")
    yes = assistant.ask("Is R3 of the 2002 summary a statutory recommendation?")
    assert yes.answer.startswith("Yes: R3 is marked **Statutory**")
    # the longest category named is the one asked: 'non-statutory' is not 'statutory'
    assert assistant.ask("Is R3 of the 2002 summary non-statutory?").answer.startswith("No: ")


def test_a_figure_a_named_agent_states_is_read_from_its_sentence(assistant: Assistant) -> None:
    # exam8 LK16: the counted noun is a row noun, but a named set does the including
    answer = assistant.ask("How many items did the corporate health indicator set comprise?")
    assert answer.route != "register" or "in its text" in answer.answer
    assert "60 corporate health indicators" in answer.answer
    # a count of rows with a register filter stays a count of rows
    owned = assistant.ask("How many actions does the Director of Finance Services own?")
    assert owned.answer.startswith("**")


def test_a_question_asks_what_is_undone_only_by_a_negation_in_its_own_clause() -> None:
    from assistant.answers.support.recordtext import asks_undone

    assert asks_undone("Which figures could the depot not provide for E2?")
    assert asks_undone("What shortfalls remain in the quay inspections?")
    # a complement, a restriction or a yes/no question asks no list of what is undone
    assert not asks_undone("What was done on E2, not counting the pilot?")
    assert not asks_undone("What is the only depot action on lighting?")
    assert not asks_undone("Was E2 not finished?")


def test_short_forms_are_kept_by_document_and_index_generation() -> None:
    from assistant.answers.support.acronyms import document_aliases

    reads: list[str] = []

    def text() -> str:
        reads.append("read")
        return "The Quay Lighting Group (QLG) met twice. The QLG agreed the budget."

    first = document_aliases("quay-lk6", 1, text)
    assert dict(first) == {"QLG": "Quay Lighting Group"}
    assert document_aliases("quay-lk6", 1, text) == first and reads == ["read"]  # kept
    document_aliases("quay-lk6", 2, text)  # a new generation reads the text again
    assert reads == ["read", "read"]


def test_what_happened_after_the_last_paper_is_not_in_the_record(assistant: Assistant) -> None:
    # exam9 AB-C1: a named paper does not make a later year answerable
    later = assistant.ask(
        "What did the Audit Panel decide about the PURE plan when it met in 2021?"
    )
    assert later.abstained and "latest paper is from 2017" in later.answer
    assert "status" not in assistant.analyse("When the board met in 2021, who attended?").fields
    assert "status" in assistant.analyse("Was R3 met in full?").fields
    # a year the papers look ahead to is not 'after the record'
    ahead = assistant.ask("What savings did the MPS expect to make by 2020?")
    assert "latest paper" not in ahead.answer


def test_the_outcome_of_a_process_still_under_way_is_not_in_the_record(
    assistant: Assistant,
) -> None:
    # exam9 AB-C3: 'registers are currently being reviewed' reports no finding of the review
    answer = assistant.ask("What did the review of the business group risk registers find?")
    assert answer.abstained and "no later paper reports the outcome" in answer.answer


def test_a_post_the_record_names_without_its_holder_is_no_answer_to_who(
    assistant: Assistant,
) -> None:
    # exam9 AB-C2: the 2002 summary speaks of a sergeant's appointment, never of a name
    answer = assistant.ask("Who is the sergeant appointed to track recommendations?")
    assert answer.abstained and "name the post, not who holds it" in answer.answer
    # a paper's author line names a person: answered
    assert not assistant.ask("Who wrote the MOPAC Governance Improvement Plan?").abstained
    appointed = assistant.ask("Who has been appointed as joint Programme Manager for Blue Light?")
    assert appointed.abstained, appointed.answer


def test_numbered_rows_in_a_sentence_are_a_count(assistant: Assistant) -> None:
    from assistant.answers.support.figures import figures

    assert [(f.kind, f.value) for f in figures("see berths 4-9 and pages 2 to 3")] == [
        ("count of berth", 6),
        ("count of page", 2),
    ]
    assert figures("the plan for 2002-2017") == []
    # exam9 LK-C3: no row of the register answers; the paper's sentence numbers the items
    answer = assistant.ask("How many items of Appendix A did the Audit Panel ask to be expanded?")
    assert "items 1-5 in Appendix A" in answer.answer, answer.answer


def test_a_row_count_no_row_answers_is_the_prose_count_with_what_these_are(
    assistant: Assistant,
) -> None:
    # exam9 LK-C3: no 2017 row is complete; the report's text counts what business units did
    answer = assistant.ask("How many records had business units reported as completed in 2017?")
    assert "18 of these" in answer.answer and "45 activities" in answer.answer, answer.answer
    assert answer.answer.index("45 activities") < answer.answer.index("18 of these")


def test_a_post_asked_by_what_it_answers_for_asks_the_owner_not_a_holder() -> None:
    from assistant.answers.support.typed import _ROLE_ASKED

    assert _ROLE_ASKED.search("Who is the programme lead appointed in 2009?")
    assert not _ROLE_ASKED.search("Who was the lead in charge of R3?")
    assert not _ROLE_ASKED.search("Who is the manager responsible for R3?")


def test_only_a_sentence_counting_the_set_before_it_points_back() -> None:
    from assistant.answers.support.sentences import COUNTS_BACK

    assert COUNTS_BACK.search("18 of these were completed by March.")
    assert COUNTS_BACK.search("They number 12 in all.")
    assert not COUNTS_BACK.search("In 2008 it was agreed that 12 actions would close.")


def test_a_number_of_the_counted_noun_the_prose_writes_beats_counting_rows(
    assistant: Assistant,
) -> None:
    # 'records' is a kind of row, but the passage about the subject writes '6 million records'
    for question in (
        "Operation Filesafe - how many records is the Met on track to have reviewed?",
        "how many records will Operation Filesafe have reviewed by March 2018",
    ):
        answer = assistant.ask(question)
        assert "6 million records" in answer.answer, answer.answer
    rows = assistant.ask("How many recommendations in the district audit report were met?")
    assert "6 million" not in rows.answer and rows.records
