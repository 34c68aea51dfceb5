"""Two-sided comparisons are read from the question's form, in any body's words."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.compared_aspect import compared_aspect, direction
from assistant.analysis.comparison import (
    bare_side,
    compared_sides,
    comparison_frame,
    same_field,
)
from assistant.analysis.intent import intent_of


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Which is due sooner, the library roof survey or the lab safety audit?",
            ["the library roof survey", "the lab safety audit"],
        ),
        (
            "Which came first: the fleet replacement plan or the depot review?",
            ["the fleet replacement plan", "the depot review"],
        ),
        (
            "Is the ward staffing action or the pharmacy audit due later?",
            ["the ward staffing action", "the pharmacy audit"],
        ),
        (
            "Does the tenant survey or the damp inspection have the higher priority?",
            ["the tenant survey", "the damp inspection"],
        ),
        (
            "Which is due first: the roof survey, or the lab audit?",
            ["the roof survey", "the lab audit"],
        ),
        (
            "Is the tenant survey a higher priority than the damp inspection?",
            ["the tenant survey", "the damp inspection"],
        ),
        (
            "Is the roof survey due earlier or later than the lab audit?",
            ["the roof survey", "the lab audit"],
        ),
        (
            "Between the cyber training and the records retention policy, which was met more "
            "fully?",
            ["the cyber training", "the records retention policy"],
        ),
    ],
)
def test_the_two_sides_are_read_from_the_form_of_the_question(
    question: str, sides: list[str]
) -> None:
    assert compared_sides(question) == sides


@pytest.mark.parametrize(
    "question",
    [
        "Who owns the library roof survey or the lab safety audit?",  # no comparative word
        "Which actions are due sooner than planned?",  # no 'A or B'
        "Is it 2019 or 2020?",  # sides without words
    ],
)
def test_no_sides_without_a_comparative_between_two_things(question: str) -> None:
    assert compared_sides(question) == []


def test_the_aspect_and_direction_come_from_the_comparative() -> None:
    assert compared_aspect("Which has the higher priority, A or B?") == "priority"
    assert compared_aspect("Which is more urgent, A or B?") == "priority"
    assert compared_aspect("Which was met more fully, A or B?") == "degree"
    assert compared_aspect("Which is due sooner, A or B?") is None  # deadlines: due_order
    assert direction("Which has the higher priority, A or B?") == "max"
    assert direction("Which is due sooner, A or B?") == "min"
    assert direction("Which is the lower priority, A or B?") == "min"


def test_an_order_in_time_with_an_interval_is_one_comparison() -> None:
    from assistant.analysis import question_parts
    from assistant.analysis.comparison import asks_interval
    from assistant.analysis.intent import intent_of

    question = (
        "Did the depot pilot go live before or after the board adopted its tender rules, "
        "and by how many months?"
    )
    assert compared_sides(question) == [
        "the depot pilot go live",
        "the board adopted its tender rules",
    ]
    assert asks_interval(question) and intent_of(question) == "compare"
    assert question_parts(question) == [question]
    split = "Which came first, the roof survey or the lab audit, and who owns the audit?"
    assert len(question_parts(split)) == 2  # a part of its own is still cut


def test_statements_before_a_question_name_what_it_points_back_to() -> None:
    from assistant.analysis import without_context

    part = (
        "Plan B7 depends on a fleet telematics contract for its savings. According to the "
        "2019 estates review, what stage was that contract at?"
    )
    assert without_context(part) == (
        "According to the 2019 estates review, what stage was the fleet telematics contract at?"
    )
    # nothing pointed back to: the statements stay, as they may be the subject
    kept = "Plan B7 depends on a telematics contract. Who owns B7?"
    assert without_context(kept) == kept


@pytest.mark.parametrize(
    ("question", "field", "sides"),
    [
        (
            "Do the actions on the fleet audit and on depot safety carry the same priority?",
            "priority",
            ["the actions on the fleet audit", "depot safety"],
        ),
        (
            "Is the roof survey led by the same director as the lab audit?",
            "owner",
            ["the roof survey", "the lab audit"],
        ),
        (
            "Were the tenant survey and the damp inspection met to the same degree?",
            "degree",
            ["the tenant survey", "the damp inspection"],
        ),
        ("Are FL-2 and FL-7 rated the same?", "priority", ["FL-2", "FL-7"]),
        ("Is FL2's deadline the same as FL9's?", "due", ["FL2", "FL9"]),
        (
            "Does the pharmacy audit share an owner with the ward staffing one?",
            "owner",
            ["the pharmacy audit", "the ward staffing"],
        ),
        (
            "Is the same officer responsible for the cyber training and for the records policy?",
            "owner",
            ["the cyber training", "the records policy"],
        ),
        ("Do R4 and R8 have different deadlines?", "due", ["R4", "R8"]),
    ],
)
def test_a_sameness_question_compares_two_sides_on_one_field(
    question: str, field: str, sides: list[str]
) -> None:
    assert same_field(question) == field
    assert compared_sides(question) == sides
    assert intent_of(question) == "compare"


@pytest.mark.parametrize(
    "question",
    [
        "Which actions share an owner with FL-2?",  # a list of records, not two sides
        "How many recommendations have the same owner as R9?",
        "Did the same thing happen in 2017?",  # no field, no two sides
    ],
)
def test_sameness_words_alone_do_not_make_a_comparison(question: str) -> None:
    assert compared_sides(question) == []
    assert intent_of(question) != "compare"


@pytest.mark.parametrize(
    ("question", "sides", "aspect"),
    [
        (
            "Did the fleet audit fare better or worse than the depot review?",
            ["the fleet audit", "the depot review"],
            "degree",
        ),
        ("Is FL-3 more or less urgent than FL-8?", ["FL-3", "FL-8"], "priority"),
        (
            "Was the tenant survey rated higher or lower than the damp inspection?",
            ["the tenant survey", "the damp inspection"],
            "priority",
        ),
        (
            "Which is due first: R4 or the new payroll system going live?",
            ["R4", "the new payroll system going live"],
            None,
        ),
    ],
)
def test_a_pair_of_opposites_is_the_polarity_not_the_sides(
    question: str, sides: list[str], aspect: str | None
) -> None:
    assert compared_sides(question) == sides
    assert compared_aspect(question) == aspect
    assert intent_of(question) == "compare"


def test_a_side_is_resolved_without_what_happens_to_it() -> None:
    assert bare_side("the new payroll system going live") == "the new payroll system"
    assert bare_side("the fleet plan is due to be signed off") == "the fleet plan"
    assert bare_side("the depot review") == "the depot review"


def test_a_comparisons_frame_is_not_its_subject() -> None:
    question = "Which depot report was dated earlier, the fleet plan or the estates plan, and who wrote each?"
    assert comparison_frame(question) == ["earlier", ", and who wrote each?"]
    q = analyse(question, NameIndex.from_records([], []))
    assert "earlier" not in q.terms and "wrote" not in q.terms


def test_met_more_fully_than_compares_and_asserts_nothing() -> None:
    question = "Was the fleet audit met more fully than the depot review?"
    q = analyse(question, NameIndex.from_records([], []))
    assert q.intent == "compare" and q.claims == []
    asserted = analyse(
        "Since the fleet audit was fully met, who signed it off?", NameIndex.from_records([], [])
    )
    assert [c.text for c in asserted.claims] == ["fully met"]


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Compare the deadlines of the reserves recommendation and the hospitality one",
            ["the reserves recommendation", "the hospitality one"],
        ),
        (
            "How do the owners of the NICC business case and the income generation area compare?",
            ["the NICC business case", "the income generation area"],
        ),
        ("contrast the priority of R3 with R21", ["R3", "R21"]),
        (
            "Compare the timescales for the appraisal recommendation and the partner working one",
            ["the appraisal recommendation", "the partner working one"],
        ),
    ],
)
def test_a_column_of_two_things_named_in_turn_reads_both_sides(
    question: str, sides: list[str]
) -> None:
    assert compared_sides(question) == sides


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "which is due sooner in the 2011 plan - the boiler work or replacing the roof tiles",
            ["the boiler work", "replacing the roof tiles"],
        ),
        (
            "Of the fleet recommendation and the stores one, which is due to land first, and when?",
            ["the fleet recommendation", "the stores one"],
        ),
        (
            "Out of the library survey and the lab audit, which was rated higher?",
            ["the library survey", "the lab audit"],
        ),
        (
            "the treasurer and the head of estates - who owns more of the depot actions?",
            ["the treasurer", "the head of estates"],
        ),
        (
            "The boiler work and the roof survey: which was due earlier?",
            ["The boiler work", "the roof survey"],
        ),
    ],
)
def test_sides_after_a_spaced_dash_or_in_a_fronted_partitive(
    question: str, sides: list[str]
) -> None:
    assert compared_sides(question) == sides
    assert intent_of(question) == "compare"


def test_a_pair_fronted_before_a_list_of_rows_is_no_comparison() -> None:
    assert compared_sides("Fleet and stores: which actions were finished first?") == []
    assert compared_sides("the boiler work and the roof survey - which came due later?") == [
        "the boiler work",
        "the roof survey",
    ]
