"""The field a question asks of rows it found: what an owner was asked to do is each row's
agreed action (not its issue); two deadlines compared are the ones that hold now, said to be
revised where they were."""

from __future__ import annotations

from assistant.analysis.comparison import compared_sides
from assistant.analysis.names import NameIndex
from assistant.analysis.owner_given import owner_asked_to_do
from assistant.answers.support.current_due import current_as_written
from assistant.service import Assistant
from tests.assistant.conftest import check_citations


def test_asked_to_do_reads_the_frame_around_an_owner() -> None:
    idx = NameIndex(documents=[], sections={}, owners=["Depot Supervisor", "Clerk"])
    assert owner_asked_to_do("What is the Depot Supervisor required to do?", idx)
    assert owner_asked_to_do("What should the Clerk at Oakvale do?", idx)
    assert owner_asked_to_do("What did the inspectors want the Clerk to do?", idx)
    assert owner_asked_to_do("When is the Clerk due to report?", idx) is None
    assert owner_asked_to_do("What does the Clerk's report say?", idx) is None


def test_an_owner_asked_to_do_lists_agreed_actions(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("What is the Head of Income at Tamar Vale required to do?")
    check_citations(bodies_assistant, answer)
    assert "Agreed action: “Retrain income officers" in answer.answer
    assert "Agreed action: “Appoint a debt recovery agency" in answer.answer
    assert not answer.abstained


def test_compared_deadlines_are_current_and_say_revised(bodies_assistant: Assistant) -> None:
    # 19/20-02 was first due before 19/20-03, and is now due after it
    answer = bodies_assistant.ask("Of 19/20-03 and 19/20-02 at Severnside, which is due later?")
    check_citations(bodies_assistant, answer)
    first = answer.answer.split("\n", 1)[0]
    assert first.index("19/20-02") < first.index("19/20-03"), first
    assert "revised from 2019-12-31" in first


def test_what_an_owner_did_is_not_what_they_were_asked() -> None:
    idx = NameIndex(documents=[], sections={}, owners=["Depot Supervisor", "Clerk"])
    assert owner_asked_to_do("What did the Clerk do to speed up payments?", idx) is None
    assert owner_asked_to_do("What does the Clerk have to do next?", idx)


def test_which_of_two_named_rows_ranked_is_a_comparison() -> None:
    assert compared_sides("Which of K-4 and K-9 has the later deadline?") == ["K-4", "K-9"]
    assert compared_sides("Which of the depot item and the fleet item is due first?") == [
        "the depot item",
        "the fleet item",
    ]
    # rows named in the plural are rows to list, not two sides
    assert compared_sides("Which of the actions and findings were closed first?") == []


def test_a_current_deadline_kept_beside_the_first_is_stated_as_the_paper_writes_it() -> None:
    assert current_as_written("Q4 2030/31 (was Q2 2030/31)", "Q2 2030/31") == "Q4 2030/31"
    assert current_as_written("15/01/2031 now 30/09/2031", "15/01/2031") == "30/09/2031"
    assert current_as_written("2031-05-31 (previously 2030-11-30)", "2030-11-30") == "2031-05-31"
    # the cell holds the first date alone (the new one is in another column): no words of its own
    assert current_as_written("2030-11-30", "2030-11-30") is None
