"""Names asked of a kind, read from the evidence in the forms papers write them
(``support/named_evidence``, used by ``support/unnamed_quotes`` and ``support/unnamed_kind``),
a part asked of a whole the question states (``unheld_quotes.unparted``) and question words
clipped from a paper's word (``context_links.clipped_from``). Over invented papers of an
invented council (``tests/fixtures/named_kinds``) and the bundled record, in wordings written
here: several per class, with the ones that must still be refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.analysis import answer_type
from assistant.answers.model import Answer
from assistant.answers.support.context_links import clipped_from
from assistant.answers.support.named_evidence import (
    listed_members,
    offers_options,
    related_named,
    titled_kind,
)
from assistant.answers.support.unnamed_quotes import asked_group, asked_predicate
from assistant.service import Assistant
from assistant.text import stems
from tests.assistant.conftest import assistant_over, checked_asker

Ask = Callable[[str], Answer]
NAMED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "named_kinds"


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("Which came first, the fleet review or the estates strategy?", True),
        ("which is older: the audit plan or the risk policy?", True),
        ("Which committee met earlier: the Audit Committee or the Standards Committee?", True),
        ("Which board signed it off - the trust board or the finance committee?", True),
        ("Which trustees sit on the committee?", False),
        ("which partners is the income being negotiated with?", False),
        ("Who are the funders of the grant?", False),
    ],
)
def test_options_the_question_names_are_no_name_to_look_up(question: str, offered: bool) -> None:
    assert offers_options(question) is offered


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("The strategy has three strands: prevention, response and recovery.", True),
        ("Its strands are prevention, response and recovery.", True),
        ("The plan covers three strands (prevention, response, recovery).", True),
        ("The strategy has three strands.", False),  # counted, never named
        ("Prevention, response and recovery matter most.", False),  # no word of the kind
    ],
)
def test_members_listed_where_the_kind_is_spoken_of(text: str, listed: bool) -> None:
    assert listed_members(text, {"strand"}) is listed


@pytest.mark.parametrize(
    ("text", "kind_word", "named"),
    [
        ("Internal audit raised eleven recommendations.", "auditors", True),
        ("The lighting is funded by the Home Office.", "funders", True),
        ("The county audit partnership will review it.", "auditors", True),
        ("The audit found gaps in the register.", "auditors", False),  # no word tells it apart
        ("Funding was agreed in May.", "funders", False),  # a month is no name
        ("Two funders have withdrawn.", "funders", False),  # the kind's own word: not here
    ],
)
def test_a_word_of_the_kind_s_root_with_a_name_names_it(
    text: str, kind_word: str, named: bool
) -> None:
    said = stems(f"which {kind_word} were involved?")
    assert related_named(text, kind_word, said) is named


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which programme funds the new lighting?", ["programme"]),  # a verb with its object
        ("which council runs the depot?", ["council"]),
        ("Which union reps sit on the panel?", ["union", "reps"]),
        ("Who are the employers offering work placements?", ["employers"]),
    ],
)
def test_a_verb_after_the_kind_is_no_part_of_it(question: str, kind: list[str]) -> None:
    assert asked_group(question, []) == kind


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("recs", ["recommendation", "recommendations", "records"]),
        ("docs", ["documents"]),
        ("taser", []),  # no paper word begins so
        ("recruitment", []),  # too long to be a clipping
        ("re", []),  # too short
    ],
)
def test_a_clipped_word_is_matched_by_spelling(word: str, found: list[str]) -> None:
    known = sorted(
        "documents docket recommendation recommendations records recent taxi "
        "recruitmentdrive".split()
    )
    assert [w for w in clipped_from(word, known) if w in found or not found] == found


@pytest.fixture(scope="module")
def named_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(NAMED_DIR.glob("*.md")), real_services, tmp_path_factory, "named"
    )


@pytest.fixture()
def ask_named(named_assistant: Assistant) -> Ask:
    return checked_asker(named_assistant)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a list after a colon names the strands
        ("What are the three strands of the community safety strategy?", "prevention"),
        ("Which strands make up the community safety strategy?", "prevention"),
        # the name stands in the quote's sentence, before the part quoted
        ("Which programme funds the new lighting in the town centre?", "lighting"),
        # a choice between options the question names
        (
            "Which strategy was adopted first, the estates strategy or the community safety "
            "strategy?",
            "",
        ),
        # a value of a column the paper keeps
        ("Which directorate is the phishing exercise under?", "Resources"),
    ],
)
def test_names_the_papers_give_in_their_own_forms_are_answered(
    ask_named: Ask, question: str, expected: str
) -> None:
    answer = ask_named(question)
    assert not answer.abstained, answer.answer
    assert expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which employers have offered work placements to care leavers?",
        "Who are the employers offering work placements to care leavers?",
        "Which neighbouring council will provide the standby depot?",
    ],
)
def test_names_the_papers_never_give_are_still_refused(ask_named: Ask, question: str) -> None:
    answer = ask_named(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert "unheld-named" in answer.notes


@pytest.mark.parametrize(
    "question",
    [
        "How much of the £40,000 grant has been spent so far?",
        "How much of the £40,000 has been spent on lighting columns?",
    ],
)
def test_a_part_the_quotes_give_is_answered(ask_named: Ask, question: str) -> None:
    answer = ask_named(question)
    assert not answer.abstained and "£12,000" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much of the 12.5m had partners actually agreed to?",
        "how much of the £12.5m of income generation have partners signed up to?",
    ],
)
def test_a_part_of_a_stated_whole_no_quote_gives_is_refused(ask: Ask, question: str) -> None:
    """R6 of the PURE plan gives the £12.5m of savings subject to negotiation, and no part."""
    answer = ask(question)
    assert answer.abstained and "unheld-part" in answer.notes, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2007/08 governance action plan say about getting audit recs dealt with?",
        "back in 07/08, what did the governance action plan say about audit recs?",
    ],
)
def test_a_clipped_word_the_papers_write_in_full_is_no_unknown_word(
    ask: Ask, question: str
) -> None:
    answer = ask(question)
    assert answer.abstention != "unknown_words", answer.answer


def test_a_word_no_paper_begins_is_still_unknown(ask: Ask) -> None:
    answer = ask("What did the 2007/08 governance action plan say about taser recs?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("text", "kind", "titled"),
    [
        ("The lighting works under the Safer Streets Programme lack a board.", {"programm"}, True),
        ("Agree it with Harrowby Borough Council.", {"council"}, True),
        ("Records go into the new HR System.", {"hr", "system"}, False),  # the kind's own words
        ("The programme lacks a board.", {"programm"}, False),
        ("Safer Streets funding ends in March.", {"programm"}, False),
    ],
)
def test_a_title_ending_in_the_kind_names_it(text: str, kind: set[str], titled: bool) -> None:
    assert titled_kind(text, kind) is titled


@pytest.mark.parametrize(
    "question",
    [
        "Which programme does the Safer Streets lighting come under?",
        "Which programme pays for the town centre lighting, the 'Safer Streets' one?",
    ],
)
def test_a_name_the_question_says_and_the_row_writes_as_a_title_is_answered(
    ask_named: Ask, question: str
) -> None:
    answer = ask_named(question)
    assert not answer.abstained and "Safer Streets Programme" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "What is the commissioning of the new fire risk assessments at the Hollin Moor "
            "Waste Partnership 5 depot expected to cost?",
            "amount",
        ),
        ("What is the survey expected to cost?", "amount"),
        ("What is the survey expected to show?", None),
    ],
)
def test_a_cost_asked_after_a_long_subject_is_an_amount(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


def test_a_cost_no_passage_gives_is_refused_after_a_long_subject(ask_named: Ask) -> None:
    answer = ask_named(
        "What is the exercise to test the business continuity plan with two external partners "
        "at Harrowby Borough Council expected to cost?"
    )
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("which initiatives were named, and what is the risk?", None),  # the asking itself
        ("Which projects are mentioned in the plan?", None),
        ("Which firm was hired for the review?", "hired"),  # an event of the kind: kept
    ],
)
def test_a_verb_of_naming_is_no_event_asked_of_the_kind(question: str, verb: str | None) -> None:
    assert asked_predicate(question, asked_group(question, [])) == verb
