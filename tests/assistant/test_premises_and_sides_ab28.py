"""Abstain on evidence, correct a premise on a real mismatch, compare the same aspect of each
side (issue 14, twenty-eighth session). Invented wordings: the pure readers first, then the
bundled record."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.comparison import compared_sides
from assistant.answers.composers.slipped_sides import asks_slip_compared
from assistant.answers.support.asked_attribute import figure_attribute, relative_only
from assistant.answers.support.asserted_post import asserted_post, post_borne_out
from assistant.answers.support.dated import asserted_dates
from assistant.service import Assistant


def test_a_date_modifying_a_due_word_is_asserted() -> None:
    found = asserted_dates("The estates work held to its June 2011 deadline?")
    assert [(a.year, a.month, a.event) for a in found] == [(2011, 6, "deadline")]
    found = asserted_dates("Was the review still on the original end-of-2019 target date?")
    assert [(a.year, a.event) for a in found] == [(2019, "deadline")]
    # a date naming a paper asserts nothing
    assert asserted_dates("What did the June 2011 report say?") == []


def test_a_post_asserted_as_holding_a_row() -> None:
    assert asserted_post("The depot supervisor is dealing with the fuel cards, isn't he?") == (
        "depot supervisor"
    )
    assert asserted_post("Is the fuel card work owned by the fleet manager?") == "fleet manager"
    assert asserted_post("Who is dealing with the fuel cards?") is None
    assert post_borne_out("finance director", "Director of Finance and Resources")
    assert not post_borne_out("depot supervisor", "Head of Fleet Services")


def test_a_figure_stated_only_against_the_attribute_asked() -> None:
    assert figure_attribute("What was the pavilion's agreed budget overall?") == "budget"
    said = ["The pavilion will cost £300,000 more than its budget."]
    assert relative_only("budget", said) == said[0]
    assert relative_only("budget", ["It came in £5k under budget."]) is not None
    assert relative_only("budget", ["The pavilion went over its budget by £40,000."]) is not None
    # a sentence giving the budget's own figure answers it
    assert relative_only("budget", [*said, "Its budget was set at £2.1 million."]) is None
    assert relative_only("budget", ["No figures were given."]) is None


def test_slips_and_places_compared() -> None:
    assert asks_slip_compared("Did the boiler work slip further than the roof survey?")
    assert asks_slip_compared("Which one was delayed by more, X or Y?")
    assert asks_slip_compared("Which had the longer delay, X or Y?")
    assert not asks_slip_compared("Which slipped, X or Y?")
    assert compared_sides(
        "Are there more open items in the estates section than in the finance section?"
    ) == ["the estates section", "the finance section"]


def test_a_joined_time_of_year_is_no_ref() -> None:
    index = NameIndex(documents=[], sections={}, owners=[])
    q = analyse("Is the boiler work still on its end-of-2019 deadline?", index)
    assert q.refs == []


def test_a_tagged_deadline_premise_is_corrected(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The 2007/08 action on MPA HR policies stuck to its November 2008 target, correct?"
    )
    first = answer.answer.splitlines()[0]
    assert "November 2008" in first and "March 2009" in first and "moved" in first, first
    # a true deadline is not corrected
    answer = assistant.ask("Was the 2007/08 HR policies action due in March 2009?")
    assert not answer.answer.startswith("**No"), answer.answer


def test_a_post_no_row_is_owned_by_is_corrected(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Since the estates manager is looking after the PURE backlog maintenance "
        "recommendation, has it been finished?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No") and "Director of Property Services" in first, first
    assert "estates manager" in first


def test_two_rows_slips_compared(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Within the 2007/08 governance action plan, which was put back further: the HR "
        "policies action or the partnership working one?"
    )
    first = answer.answer.splitlines()[0]
    assert "4 months against 3" in first and first.index("2") < first.index("3"), first


def test_two_places_rows_counted(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Are there more high priority recommendations in Internal Control than in Value for "
        "Money in the PURE plan?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Yes") and "5" in first and "4" in first, first


def test_a_period_no_paper_holds_does_not_fail(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What did the 2011/12 annual governance statement report about progress on risk management?"
    )
    assert answer.abstained


def test_more_premise_forms_are_read() -> None:
    from assistant.analysis import answer_type
    from assistant.analysis.claimed import read_claims
    from assistant.answers.support.asked_attribute import names_organisation
    from assistant.answers.support.typed import _ROLE_ASKED
    from assistant.answers.support.universal_premise import _claimed_done

    assert asserted_post("The Estates Officer at Hollinsford has the boiler action, right?") == (
        "Estates Officer"
    )
    premise = "the trust close the boiler action last year"
    assert [c.kind for c in read_claims(f"Why did {premise}?", premise, "explain")] == ["complete"]
    assert read_claims("How does the trust plan to close the boiler action?", None, "explain") == []
    index = NameIndex(documents=[], sections={}, owners=[])
    q = analyse("Why were all nine of the trust's audit recommendations implemented early?", index)
    assert _claimed_done(q, lambda: {"recommendation", "recommendations"}) == "implemented"
    found = _ROLE_ASKED.search("Who is the Head of Estates at Hollinsford?")
    assert found is not None and found.group("role") == "Head of Estates"
    assert not names_organisation(
        "The survey slipped as the Arborist post was vacant.", set(), set()
    )
    assert answer_type("What was the flood repair bill for the depot?") == "amount"


def test_the_row_that_slipped_most(assistant: Assistant) -> None:
    answer = assistant.ask("Which item of the 2007/08 governance action plan slipped the most?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**item 2 slipped furthest: 4 months"), first


def test_a_paper_of_a_year_no_paper_is_of() -> None:
    from assistant.analysis.periods import unknown_paper_years
    from ingest.model import DocumentInfo

    paper = DocumentInfo(
        id="p",
        title="Estates Action Plan",
        filename="p.txt",
        format="txt",
        sha256="0",
        year=2019,
        date="2019-12-04",
    )
    index = NameIndex(documents=[paper], sections={}, owners=[])
    assert unknown_paper_years("Who owned the boiler action in the 2012 estates plan?", index) == [
        "2012"
    ]
    assert unknown_paper_years("What did the 2019 estates plan say?", index) == []
    assert unknown_paper_years("Which actions are due in 2012?", index) == []


def test_a_rating_colour_and_a_statement_are_asserted() -> None:
    from assistant.answers.support.asserted_forms import declarative
    from assistant.answers.support.premises import _RATED

    found = _RATED.search("Why is the boiler action only rated amber?")
    assert found is not None and found[1] == "amber"
    assert _RATED.search("What did the Blue Light Collaboration agree?") is None
    assert declarative("The boiler action kept its June deadline?")
    assert not declarative("Which boiler actions kept their deadlines?")
    assert not declarative("List the boiler actions that kept their deadlines?")
