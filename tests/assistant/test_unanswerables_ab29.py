"""Abstain on evidence, correct a premise, compare the same aspect of each side (issue 14,
twenty-ninth session). Invented wordings: the pure readers first, then the bundled record."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse, answer_type
from assistant.analysis.comparison import asked_more, asked_order, compared_sides
from assistant.answers.composers.slipped_sides import _sides
from assistant.answers.router import choose_route
from assistant.answers.support.asked_attribute import other_attribute
from assistant.answers.support.asserted_post import asserted_post
from assistant.answers.support.change_between import change_between
from assistant.answers.support.finer_date import month_asked_into, month_only
from assistant.answers.support.moved_from import asserted_move
from assistant.answers.support.part_asked import part_asked, speaks_of_part
from assistant.answers.support.targets_only import asks_achieved, only_a_target
from assistant.evidence import Evidence
from assistant.service import Assistant
from ingest.model import DocumentRef


def test_a_wh_clitic_asks_the_same_kind_as_the_full_verb() -> None:
    assert answer_type("What's the projected spend on the depot roof?") == "amount"
    assert answer_type("What’s the budget for the new depot?") == "amount"
    assert answer_type("what's the percentage of invoices paid late?") == "percentage"
    assert answer_type("What's the frequency of the fleet checks?") == "frequency"
    assert answer_type("What's the depot roof about?") is None


def test_a_name_asked_of_a_post_described_by_a_grouping_goes_to_the_passages() -> None:
    index = NameIndex(documents=[], sections={}, owners=[])
    named = analyse("What is the name of the manager who holds the most actions?", index)
    assert named.group_by == "owner"
    assert choose_route(named) == "passages"
    grouped = analyse("Who holds the most actions?", index)
    assert grouped.group_by == "owner"
    assert choose_route(grouped) == "register"


def test_an_unpriced_action_asked_its_cost_with_a_clitic_abstains(assistant: Assistant) -> None:
    answer = assistant.ask("What's the expected cost of the members' financial training?")
    assert answer.abstained
    assert answer.abstention == "value_not_given"


def test_a_sum_bound_to_another_money_noun_is_not_the_one_asked() -> None:
    said = ["Grant funding of £2.4 million for the depot roof was confirmed."]
    assert other_attribute("cost", said) == said[0]
    assert other_attribute("cost", ["£300k of savings are expected from the depot roof."])
    # a sum of the asked kind, or of no named kind, may answer: no refusal
    assert other_attribute("cost", [*said, "The depot roof will cost £3.1 million."]) is None
    assert other_attribute("cost", ["The depot roof needs £3.1 million."]) is None
    assert other_attribute("cost", ["The spend on the depot roof is £3.1 million."]) is None
    assert other_attribute("priority", said) is None  # no money noun asked


def test_a_target_is_no_count_of_what_was_done() -> None:
    assert asks_achieved("How many invoices had the team actually cleared by then?")
    assert asks_achieved("How many depots have been inspected so far?")
    assert not asks_achieved("How many depots are there?")
    assert only_a_target("We are on track to have cleared 4,000 invoices by June.")
    assert only_a_target("The team aims to inspect 12 depots next year.")
    assert not only_a_target("The team has cleared 4,000 invoices.")


def test_a_count_asked_of_what_was_done_with_only_a_target_abstains(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("How many records had actually been reviewed under Operation Filesafe?")
    assert answer.abstained
    assert answer.abstention == "only_planned"
    assert "target" in answer.answer


def test_a_day_asked_of_a_month_the_question_names() -> None:
    assert month_asked_into("On what date in May 2019 did the board sign off the depot?") == "May"
    assert month_asked_into("Which day of March was the depot opened?") == "March"
    assert month_asked_into("On what date was the depot opened?") is None
    only = ["At its May meeting the board signed off the depot."]
    assert month_only("May", only) == only[0]
    assert month_only("May", [*only, "The board met on 14 May to sign it off."]) is None
    assert month_only("May", ["The board met on May 14th."]) is None
    assert month_only("May", ["The board signed it off in June."]) is None


def test_a_day_asked_where_the_record_gives_the_month_abstains(assistant: Assistant) -> None:
    answer = assistant.ask(
        "On what exact date in September did the Audit Panel ask for more detail on items 1-5?"
    )
    assert answer.abstained
    assert answer.abstention == "value_not_given"
    assert "month only" in answer.answer


def test_a_count_asked_of_the_goal_itself_is_no_count_of_what_was_done() -> None:
    assert not asks_achieved("How many invoices will the team have cleared by June?")
    assert not asks_achieved("How many depots has the unit planned to have inspected?")


def test_a_move_of_a_deadline_asserted_in_a_premise() -> None:
    assert asserted_move(
        "Since the depot work slipped from May 2019 to July 2019, who owns it?"
    ) == (
        "May 2019",
        "July 2019",
    )
    assert asserted_move("Given the roof survey was pushed back from June 2020, is it done?") == (
        "June 2020",
        None,
    )
    assert asserted_move("Which actions moved from the estates team?") is None


def test_a_move_from_the_wrong_date_is_corrected_with_the_rows_own(assistant: Assistant) -> None:
    answer = assistant.ask(
        "As the partnership working action in the 2007/08 plan was put back from October 2008"
        " to March 2009, is the toolkit out yet?"
    )
    assert not answer.abstained
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No")
    assert "December 2008" in first
    assert "April" in answer.answer  # what the row says of the toolkit, asked beside the move
    agreeing = assistant.ask(
        "As the partnership working action in the 2007/08 plan was put back from December 2008"
        " to March 2009, is the toolkit out yet?"
    )
    assert not agreeing.answer.startswith("**No")


def test_slip_sides_set_out_before_the_question_or_after_a_lead_in() -> None:
    index = NameIndex(documents=[], sections={}, owners=[])
    both = analyse(
        "Both the depot roof and the fleet audit actions slipped to May. Which slipped more?", index
    )
    assert _sides(both) == ["the depot roof", "the fleet audit actions"]
    lead_in = analyse(
        "Estates plan: has the depot roof action slipped by more than the fleet audit action?",
        index,
    )
    assert _sides(lead_in) == ["the depot roof action", "the fleet audit action"]


def test_two_described_slips_compared_name_each_side(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Both the HR policies and the partnership working actions in the 2007/08 plan slipped"
        " to March 2009. Which slipped further?"
    )
    first = answer.answer.splitlines()[0]
    assert "item 2 (the HR policies) slipped further than item 3" in first
    assert "4 months against 3" in first


def _said(text: str) -> Evidence:
    return Evidence(
        text=text,
        start=0,
        document=DocumentRef(id="d", title="t", filename="f.txt"),
        chunk_id="c",
        page=None,
        ref=None,
        record_id=None,
        label="",
        rank=0,
        year=None,
        score=1.0,
    )


def test_the_size_of_a_change_is_worked_out_from_its_two_ends() -> None:
    weights = {"depot": 1.0, "fuel": 1.0}
    said = [_said("Depot fuel spend of £1.2m rising to £1.5m next year.")]
    line = change_between("By how much will the depot fuel spend rise?", said, weights)
    assert line and line[0].startswith("**£0.3m**")
    pct = [_said("The depot fuel hedge moved from 40% to 55% of purchases.")]
    line = change_between("By how much did the depot fuel hedge increase?", pct, weights)
    assert line and line[0].startswith("**15 percentage points**")
    assert change_between("What is the depot fuel spend?", said, weights) == []


def test_a_noun_of_change_naming_the_thing_measured_asks_no_size() -> None:
    weights = {"depot": 1.0, "fuel": 1.0}
    said = [_said("Depot fuel reductions of £1.2m rising to £1.5m next year.")]
    assert change_between("How much were the depot fuel reductions?", said, weights) == []


def test_a_part_of_a_whole_asked_by_what_it_is_for() -> None:
    assert part_asked("How much of the £2m grant went on the depot roof?") == (
        "the £2m grant",
        "the depot roof",
    )
    assert part_asked("What share of that came from agency staff?") == ("that", "agency staff")
    assert part_asked("How much of the programme was delivered?") is None
    assert speaks_of_part("agency staff", "Agency staff costs fell by 12%.")
    assert not speaks_of_part("agency staff", "The grant of £2m was confirmed.")


def test_a_part_the_record_does_not_break_down_abstains(assistant: Assistant) -> None:
    answer = assistant.ask("How much of the £142m of budget reductions comes from overtime?")
    assert answer.abstained
    assert answer.abstention == "value_not_given"
    assert "break the figure down" in answer.answer
    given = assistant.ask("How much of the budget reductions relates to public-facing services?")
    assert not given.abstained
    assert "9%" in given.answer


def test_a_scope_set_before_a_comparison_is_no_part_of_its_sides() -> None:
    assert compared_sides(
        "In the estates plan, is the depot roof action due before the fleet audit one?"
    ) == ["the depot roof action", "the fleet audit one"]
    assert compared_sides("Estates plan: is the depot roof action due before the fleet one?") == [
        "the depot roof action",
        "the fleet one",
    ]


GARDENS = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev3"
GARDENS_PAPERS = (
    "u01_pellingford_gardens_ia_2023.docx",
    "u02_pellingford_gardens_ia_2024.pdf",
    "u03_hallbrook_tarn_trading_standards_plan.xlsx",
)


@pytest.fixture(scope="module")
def gardens(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over one body's papers of two years, in which the same refs recur, and a
    plan graded by RAG colours."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("gardens-ab29")
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths([GARDENS / name for name in GARDENS_PAPERS])
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def test_two_slips_are_measured_in_the_same_paper(gardens: Assistant) -> None:
    # the business continuity row is listed unmoved in the 2023 tracker and moved in the 2024
    # follow-up, which lists the tree survey too: both are read from the later paper
    answer = gardens.ask(
        "At Pellingford, which was pushed back further: the tree safety survey or the business"
        " continuity plan test?"
    )
    assert "never moved" not in answer.answer
    assert "12 months against 11" in answer.answer.splitlines()[0]


def test_a_plain_rating_asked_with_a_clitic_reads_the_rows_grade(assistant: Assistant) -> None:
    answer = assistant.ask("what's the rating on R21 in the PURE plan?")
    assert not answer.abstained
    assert "High" in answer.answer


def test_the_name_asked_of_posts_of_every_kind() -> None:
    assert answer_type("What's the name of the Harbour Master?") == "person"
    assert answer_type("What is the name of the Curator of the herbarium?") == "person"
    assert answer_type("What is the name of the depot roof scheme?") is None


def test_a_yes_no_comparison_after_a_scope_is_still_yes_or_no() -> None:
    assert asked_order("In the estates plan, is the depot roof due before the fleet audit?") == (
        "min"
    )
    assert asked_more("At the depot: does the manager own more actions than the clerk?") == "max"
    assert asked_order("In the estates plan, is the roof due before or after the audit?") is None


def test_a_post_asserted_after_a_bare_given() -> None:
    assert asserted_post("Given the fleet manager leads the fuel card work, is it done?") == (
        "fleet manager"
    )


def test_a_colour_asserted_of_a_row_does_not_describe_it(gardens: Assistant) -> None:
    # the avian flu row is Blue (complete): 'red' is a value asserted of it, not a topic word
    answer = gardens.ask("Why is the bird flu outbreak preparedness action still red?")
    assert answer.answer.startswith("**No"), answer.answer[:200]
    assert "Blue" in answer.answer.splitlines()[0]
