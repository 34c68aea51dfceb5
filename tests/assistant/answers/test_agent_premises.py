"""Who a question says acted on a record, or spoke in a paper, checked against the record's
owner cell and the paper's author lines (issue 14, exam7 PR1): the wrong party is corrected,
then the rest of the question is answered; the right one, or a paper named as the speaker, is
not."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.agents import (
    named_agent,
    names_other,
    owner_parties,
    register_parties,
)
from assistant.answers.support.claims import claimed_speaker

PARTIES = owner_parties(["Director of Estates/Director of Finance", "Board Secretary", None])


def test_the_agent_is_the_subject_of_the_verb_or_of_a_passive() -> None:
    assert "Director of Finance" in PARTIES and "Board Secretary" in PARTIES
    assert named_agent("What did the Board Secretary do about the fleet review?", PARTIES) == (
        "the Board Secretary"
    )
    assert (
        named_agent("How far has the fleet review been taken by the Director of Estates?", PARTIES)
        == "the Director of Estates"
    )
    # after a clause that sets the scene
    said = "According to the plan, what has the Board Secretary done on the fleet review?"
    assert named_agent(said, PARTIES) == "the Board Secretary"
    # a role in capitals the register does not know is an agent too
    assert named_agent("Why did the Head of Procurement delay the tender?", PARTIES) == (
        "the Head of Procurement"
    )
    # named, but not as the doer
    assert named_agent("What is the Board Secretary's fleet review?", PARTIES) is None
    assert named_agent("Who reports to the Director of Finance on the fleet?", PARTIES) is None


def test_an_owner_cell_bears_out_any_one_of_its_parties() -> None:
    cell = "Director of Estates/Director of Finance"
    assert not names_other("the Director of Finance", cell)
    assert names_other("the Board Secretary", cell)
    assert names_other("the Director of Procurement", cell)


def test_the_speaker_of_a_paper_is_read_from_the_question() -> None:
    assert claimed_speaker("What did the Head of Estates explain to the board in the plan?") == (
        "the Head of Estates"
    )
    assert claimed_speaker("What did they report in the plan?") is None
    # 'report' as a noun, in a question that names no speaker
    assert claimed_speaker("Which has more actions: the audit report or the plan?") is None


def test_a_wrong_owner_named_as_the_doer_is_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask(
        "What has the Director of Finance Services done to provide financial training for members?"
    )
    assert "premise-corrected" in answer.notes and not answer.abstained
    assert "owned by MPA" in answer.answer and "not the Director of Finance Services" in (
        answer.answer
    )
    assert "strategic briefings" in answer.answer  # then what the record says of it


def test_the_true_owner_named_as_the_doer_is_not_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask("What did the MPA do about financial training for members?")
    assert "premise-corrected" not in answer.notes
    assert "strategic briefings" in answer.answer


def test_a_wrong_speaker_of_a_named_paper_is_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask(
        "What did the Director of Strategy and Insight tell the panel in the MOPAC Governance "
        "Improvement Plan?"
    )
    assert "premise-corrected" in answer.notes and not answer.abstained
    assert "Chief Financial Officer" in answer.answer


def test_a_paper_is_not_its_own_wrong_speaker(ask: Callable[[str], Answer]) -> None:
    answer = ask("What does the MPS Governance Report say about information management?")
    assert "premise-corrected" not in answer.notes


def test_the_parties_of_a_register_generation_are_read_once() -> None:
    reads: list[int] = []

    def owners() -> list[str | None]:
        reads.append(1)
        return ["Director of Estates/Director of Finance", None]

    first, second = object(), object()
    assert register_parties(first, owners) == register_parties(first, owners)
    assert len(reads) == 1
    assert "Director of Finance" in register_parties(second, owners)
    assert len(reads) == 2  # a new generation is read afresh


def test_a_party_is_found_whatever_its_case_and_however_many_parties_there_are() -> None:
    many = owner_parties([f"Officer {n} of Unit {n}" for n in range(3000)] + ["Board Secretary"])
    question = "What did the board secretary do about the estates review?"
    assert named_agent(question, many) == "the board secretary"
