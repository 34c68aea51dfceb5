"""Figures of a kind asked in prose (issue 14, classes 2 and 7): a duration, a frequency, a
proportion or the size of a change is asked by the question's frame and answered only by a
sentence holding a value of that kind; a 'how many X' is answered only by a number that counts
X (its own noun, or one near in meaning), never by the number of another noun of the sentence.
Invented papers and wordings (real model for the answers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import answer_type
from assistant.analysis.intent import intent_of
from assistant.answers.support.counted import asked_phrase, counts_asked, head_counted
from assistant.answers.support.figures import counted_heads
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "typed_values"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long did the canal dredging last?", "duration"),
        ("Over how many weeks was the bat survey carried out?", "duration"),
        ("For how many years has the quarry lease run?", "duration"),
        ("How often does the finance panel meet?", "frequency"),
        ("How frequently are the fire doors inspected?", "frequency"),
        ("How many times a year are the hedges cut?", "frequency"),
        ("How much of the restoration grant has been spent?", "proportion"),
        ("What share of the footpaths were resurfaced?", "proportion"),
        ("By how much did the fuel bill rise?", "change"),
        # the kinds read before stay as they were
        ("How much did the bat survey cost?", "amount"),
        ("What percentage of invoices were paid late?", "percentage"),
    ],
)
def test_the_kind_of_figure_is_read_from_the_frame(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_how_long_something_has_been_late_is_no_stated_duration() -> None:
    # a span between the register's dates, not a length a sentence gives
    assert answer_type("How long has the fencing action been overdue?") != "duration"
    assert answer_type("How long has the warden post been vacant?") != "duration"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a noun of what is raised in the subject itself: a frequency in the world
        ("How often do the hazard themes go to the trustees?", "lookup"),
        ("How often are the safety findings reported to the board?", "recurring"),  # a verb
        # as the predicate, or after 'there', it asks whether the subject recurs in the papers
        ("How often is drainage an issue?", "recurring"),
        ("How often have there been concerns about the boathouse?", "recurring"),
    ],
)
def test_a_noun_of_raising_asks_recurrence_only_as_a_predicate(question: str, intent: str) -> None:
    assert intent_of(question) == intent


@pytest.mark.parametrize(
    ("asked", "sentence"),
    [
        (["homes"], "23 homes bought; 9 more under offer."),
        (["academies"], "The trust runs nine academies across the county."),
        (["complaints"], "Complaints closed this year: 312."),
        (["stations"], "Checks complete at 14 of 21 stations."),
    ],
)
def test_a_number_written_with_the_asked_noun_counts_it(asked: list[str], sentence: str) -> None:
    assert counts_asked(asked, sentence)


@pytest.mark.parametrize(
    ("asked", "sentence"),
    [
        # the number counts another noun of the sentence, or is a share or a sum
        (["incidents"], "Serious incidents not declared within two working days."),
        (["households"], "Prevention outcomes up 18% since the fund was extended."),
        (["officers"], "Training ran over six sessions in the spring."),
        (["visitors"], "The 24-hour helpline for visitors opened in May."),
    ],
)
def test_a_number_of_another_noun_does_not_count_the_asked_one(
    asked: list[str], sentence: str
) -> None:
    assert not counts_asked(asked, sentence)


@pytest.fixture(scope="module")
def trust(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over the invented moorland trust paper, ingested once."""
    yield from assistant_over(
        sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "typed-figures"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How regularly does the estates team review the bothies?", "twice a year"),
        ("For how many months did the peat restoration programme run?", "18 months"),
        ("How much of the planned peat dam work was actually achieved?", "40%"),
        ("How many people sit on the Risk and Assurance Committee?", "nine members"),
        ("How much of the grazing land has the Land Agent visited so far?", "Half"),
    ],
)
def test_a_figure_of_the_kind_asked_answers(trust: Assistant, question: str, value: str) -> None:
    answer = trust.ask(question)
    assert not answer.abstained, answer.answer
    assert value.lower() in answer.answer.lower()


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        # '48 hours' counts hours, not call-outs; 'nine members' counts members, not meetings
        "How many call-outs has the ranger service answered?",
        "How many meetings has the Risk and Assurance Committee held?",
    ],
)
def test_a_count_of_another_noun_abstains(trust: Assistant, question: str) -> None:
    answer = trust.ask(question)
    assert answer.abstained, answer.answer
    assert not answer.citations


def test_an_adjective_counted_first_leaves_the_count_to_its_head_noun() -> None:
    assert counted_heads("How many full-time wardens left?", "full-time") == [
        "full-time",
        "wardens",
    ]
    assert counted_heads("How many regional depots closed?", "regional") == ["regional", "depots"]
    # a noun modifier keeps its own count; a verb ends the phrase
    assert counted_heads("How many flood defence repairs were made?", "flood") == ["flood"]
    assert counted_heads("How many people attended the talks?", "people") == ["people"]


def test_a_hyphenated_rise_is_no_change_asked() -> None:
    assert answer_type("How much are the high-rise lift repairs costing the trust?") == "amount"
    assert answer_type("How much has the repairs backlog risen?") == "change"


def test_a_count_of_the_head_noun_answers_when_a_modifier_is_named_too() -> None:
    phrase = asked_phrase("How many free parking passes were handed out?", "free")
    assert phrase == ["free", "parking", "passes"]
    assert head_counted(phrase, "275 courtesy parking passes issued in May and June.")
    # the head alone, with no word of the asked phrase: another kind of pass
    assert not head_counted(phrase, "275 bus passes issued in May and June.")
    assert asked_phrase("How many data protection breaches were reported?", "data") == [
        "data",
        "protection",
        "breaches",
    ]
    assert not head_counted(["data", "protection", "breaches"], "12 breaches were reported.")
