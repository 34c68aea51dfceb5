"""register.listing (complete lists and counts) and register.select_few (the few records a
lookup's filters pick)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import register
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    DISTRICT_AUDIT_2002,
    DOCUMENTS,
    MPS_2017,
    PERIOD,
    PURE_2008,
    RECORDS,
    check_answer,
    doc_id,
    refs_of,
    sample_row,
    sample_text,
)

PURE = "AUDIT COMMISSION POLICE USE OF RESOURCES RECOMMENDATIONS"
HMIC = "HMIC Inspection of Resource Leverage – MPS 2008 (Recommendations)"

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_listing_lists_every_complete_pure_recommendation(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Which Audit Commission PURE recommendations are marked complete?")
    answer = check_answer(assistant, register.listing(q, context()), "register")
    complete = ["R3", "R10", "R11", "R22", "R26"]
    for ref in complete:  # the Date column of each row says so
        assert sample_row(PURE_2008, ref, PURE).rsplit("\t", 1)[-1].startswith("Complete")
    assert sorted(refs_of(answer), key=lambda r: int(str(r)[1:])) == complete
    assert {r.document.id for r in answer.records} == {doc_id(PURE_2008)}
    assert answer.answer.startswith("**5 recommendations")
    for ref in complete:
        assert f"**{ref}**" in answer.answer
    owner = "Director of Finance Services & MPA"  # R22's Responsibility column
    assert f"\t{owner}\t" in sample_row(PURE_2008, "R22", PURE)
    assert (
        f"**R22** Better publicise whistle-blowing arrangements within the authority and force. — owner: {owner}; status: complete ["
        in answer.answer
    )
    assert answer.coverage.matched == 5 and len(answer.citations) == 5
    assert answer.coverage.line.startswith(
        f"5 of {RECORDS} actions in {DOCUMENTS} documents match ("
    )
    assert "status: complete" in answer.coverage.line
    assert answer.coverage.line.endswith(f"; searched {PERIOD}.")


def test_listing_counts_the_hmic_recommendations(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "How many recommendations came out of the HMIC Inspection of Resource Leverage 2008?"
    )
    answer = check_answer(assistant, register.listing(q, context()), "register")
    for n in range(1, 6):  # the HMIC table has rows R1 to R5
        assert sample_row(PURE_2008, f"R{n}", HMIC)
    assert answer.answer.startswith("**5** recommendations")
    assert refs_of(answer) == [f"HMIC R{n}" for n in range(1, 6)]
    assert answer.coverage.line.startswith(f"5 of {RECORDS} actions in {DOCUMENTS} documents")


def test_listing_abstains_for_a_paper_without_an_action_table(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("Which actions are listed in Appendix 1 of the MOPAC Governance Improvement Plan?")
    answer = register.listing(q, context())
    assert answer.abstained and answer.route == "abstain"
    assert "'MOPAC Governance Improvement Plan'" in answer.answer
    assert "no action table" in answer.answer


def test_select_few_describes_the_one_record_due_in_july_2002(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("The 2002 recommendation due in July 2002 — who owns it?")
    answer = check_answer(assistant, register.select_few(q, context()), "select")
    row = sample_row(DISTRICT_AUDIT_2002, "R12")
    owner = "ACPRS/ Head of Best Value Group"
    assert "\tJuly 2002\t" in row and f"\t{owner}\t" in row
    assert refs_of(answer) == ["R12"]
    assert answer.records[0].document.id == doc_id(DISTRICT_AUDIT_2002)
    assert f"is owned by **{owner}** [1]" in answer.answer
    assert answer.citations[0].quote == owner
    assert answer.coverage.line == (
        f"1 of {RECORDS} actions match (R12); searched {DOCUMENTS} documents, {PERIOD}."
    )


def test_select_few_passes_on_more_than_three_matches(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Who owns the actions due in March 2009?")
    assert q.due_from and q.due_to  # the filter that picks them
    due = [r for r in assistant.register.all() if q.due_from <= (r.due_date or "") <= q.due_to]
    assert len(due) > 3
    assert register.select_few(q, context()) is None
    # the same question about a month with a single record due is answered
    narrowed = q.model_copy(update={"due_from": "2002-07-01", "due_to": "2002-07-31"})
    assert refs_of(check_answer(assistant, register.select_few(narrowed, context()), "select")) == [
        "R12"
    ]


def test_listing_narrows_to_the_records_that_say_the_questions_phrase(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    # the section filter leaves 'key risk': only the areas whose text says it are listed
    q = analyse(
        "Which of the 2015/16 AGS improvement areas does the March 2017 report describe as a key risk?"
    )
    answer = check_answer(assistant, register.listing(q, context()), "register")
    section = "Table A: 2015/16 Annual Governance Statement improvement areas"
    text = sample_text(MPS_2017)
    assert "this remains a key risk" in text and "remains a key corporate risk" in text
    assert refs_of(answer) == ["2", "9"]
    assert answer.answer.startswith(f"**2 improvement areas in '{section}' saying 'key risk':**")
    assert "does not narrow" not in answer.answer


def test_listing_keeps_the_records_saying_either_wording_offered(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    # 'a key risk or a key corporate risk': one property in two wordings, either said
    for question in (
        "Which 2017 improvement areas are described as a key risk or a key corporate risk?",
        "In the March 2017 report's table, which areas are labelled as a key corporate risk or "
        "a key risk?",
    ):
        answer = check_answer(assistant, register.listing(analyse(question), context()), "register")
        assert refs_of(answer) == ["2", "9"], question
        assert "'key risk'" in answer.answer and "'key corporate risk'" in answer.answer


def test_listing_says_none_of_the_listed_records_says_the_phrase(
    analyse: Analyse, context: Context
) -> None:
    # 'key risk' is said in the record, but by none of the five HMIC recommendations
    q = analyse(
        "Which of the HMIC Resource Leverage recommendations does the 2008 plan describe as a key risk?"
    )
    answer = register.listing(q, context())
    assert not answer.abstained and answer.coverage.matched == 0 and not answer.records
    assert answer.answer.startswith(f"None of the 5 recommendations in '{HMIC}' says 'key risk'.")
    assert "zero-match" in answer.notes


def test_listing_keeps_the_rows_stating_the_whole_pending_predicate(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "Which improvement areas of the 2017 report are still waiting for a business case to "
        "be approved?"
    )
    answer = check_answer(assistant, register.listing(q, context()), "register")
    # items 3 and 6 say their business case is yet to be / has not yet been approved; item 10
    # says an outline case 'has been approved' (the opposite), so it is not listed
    assert "Business Case is yet to be approved." in sample_row(MPS_2017, "3")
    assert "Business Case which aims" in sample_text(MPS_2017)
    assert "has not yet been approved" in sample_row(MPS_2017, "6")
    assert refs_of(answer) == ["3", "6"]


def test_listing_keeps_the_rows_writing_a_capitalised_name_with_and_for_ampersand(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Which of the 2017 improvement areas cite the Police and Crime Plan?")
    answer = check_answer(assistant, register.listing(q, context()), "register")
    for ref in ("1", "8"):  # the rows write 'Police & Crime Plan'
        assert "Police & Crime Plan" in sample_row(MPS_2017, ref)
    assert refs_of(answer) == ["1", "8"]
    assert "saying 'Police and Crime Plan'" in answer.answer


def test_listing_keeps_the_rows_saying_the_property_after_as(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Which 2017 improvement areas does the report pick out as a key risk?")
    answer = check_answer(assistant, register.listing(q, context()), "register")
    assert "remains a key risk" in sample_row(MPS_2017, "2")
    assert "remains a key corporate risk" in sample_row(MPS_2017, "9")
    assert refs_of(answer) == ["2", "9"]


def test_listing_keeps_the_rows_with_both_themes_one_phrase_names(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    for question, refs in (
        ("Which risk management actions also involve partnerships?", ["R16"]),
        ("which training items are about finance", ["R9"]),
    ):
        q = analyse(question)
        assert q.themes_all, question
        answer = check_answer(assistant, register.listing(q, context()), "register")
        assert [r.ref for r in answer.records] == refs, question
    either = analyse("Which actions are about partnership or risk management?")
    assert not either.themes_all
    answer = check_answer(assistant, register.listing(either, context()), "register")
    assert len(answer.records) > 5


def test_listing_keeps_the_rows_stating_a_negated_perfect_of_the_thing_named(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    for question in (
        "Across the March 2017 improvement areas, where has a business case not yet been approved?",
        "Which 2017 improvement areas have a business case that hasn't been approved?",
        "In the 2017 report's improvement areas, which ones are still waiting for a business "
        "case to be approved?",
    ):
        q = analyse(question)
        assert q.intent == "list", question
        answer = check_answer(assistant, register.listing(q, context()), "register")
        assert refs_of(answer) == ["3", "6"], question
