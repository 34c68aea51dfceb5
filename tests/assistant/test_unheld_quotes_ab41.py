"""A value asked that no quote of the answer holds gets the typed refusal, not the quotes that
mention the subject (issue 14; ``support/unheld_quotes``, ``support/unnamed_kind`` for answers
found by the question's words): a time of an event ('when will a lead be appointed?' of a row
saying only that it has none), a count ('how many of the units …?' of a sentence naming no
number), a frequency asked exactly ('regularly' is none) and members of a kind the quotes
speak of but never name ('which business groups …?'). The answerable twins (a dated event, a
count, a frequency asked loosely, members named by code) are still answered. Over the bundled
record and another body's papers (``data/papers/dev``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.unheld_quotes import asked_event
from assistant.answers.support.unnamed_kind import asked_kind_phrase
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("when will a lead be appointed for it?", {"appoint", "lead"}),
        ("and by when does the new manager start?", {"manag", "new"}),
        ("when does the regulator expect to release the data?", {"regul", "data"}),
    ],
)
def test_the_event_is_read_from_the_words_after_when(question: str, event: set[str]) -> None:
    assert event <= asked_event(question, [])


@pytest.mark.parametrize(
    "question",
    [
        "when is R10 due?",  # the date column
        "when is it expected to be completed?",  # the row's own life, by a deadline word
        "when was IA-04 raised?",  # its own making
        "how long has it been open?",  # no time of an event
    ],
)
def test_a_deadline_or_the_rows_own_life_asks_no_event(question: str) -> None:
    refs = [w for w in ("R10", "IA-04") if w in question]
    assert asked_event(question, refs) == set()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Which performance indicators couldn't the MPS provide data for?",
            ["performance", "indicators"],
        ),
        ("which drivers still haven't been checked?", ["drivers"]),
        ("which units recently reported completions?", ["units"]),
    ],
)
def test_the_kind_ends_before_an_adverb_or_a_negation(question: str, kind: list[str]) -> None:
    assert asked_kind_phrase(question, []) == kind


@pytest.mark.parametrize(
    "question",
    [
        "when will a lead be appointed for item 8 in the 2017 governance report?",
        "when is a lead for item 8 in the 2017 governance report going to be appointed?",
        "when is the new lead for item 8 of the 2017 governance report going to start?",
    ],
)
def test_a_time_no_quote_gives_is_refused(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    # refused by the time no quote holds, or before it by the event the row never dates
    assert {"unheld-time", "unbound-when"} & set(answer.notes)
    # what the row holds instead: that it has no lead, or that leads are to be appointed
    assert any(s in answer.answer for s in ("without a working lead", "appointment of leads"))


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("how many of the local command units were found to have weak controls?", "unheld-count"),
        (
            "how many of the local command units had weaknesses in business controls?",
            "unheld-count",
        ),
        ("how often does the BGRC forum meet exactly?", "unheld-frequency"),
        ("precisely how often do the BGRCs meet in their forum?", "unheld-frequency"),
        ("which business groups were making patchy use of the hierarchies?", "unheld-named"),
        ("which business groups had patchy use of the performance hierarchies?", "unheld-named"),
    ],
)
def test_a_count_an_exact_frequency_or_unnamed_members_are_refused(
    ask: Ask, question: str, note: str
) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert note in answer.notes


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how often does the BGRC forum meet?", "regularly"),  # asked loosely: the quote answers
        (
            "Which performance indicators couldn't the MPS provide data for in its 2002 plan?",
            "153b",
        ),
        (
            "when was the draft of guidelines for cross cutting reviews put to the BVPB?",
            "7 March 2002",
        ),
    ],
)
def test_a_value_a_quote_holds_is_answered(ask: Ask, question: str, said: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # IA-05: 'Appoint a debt recovery agency …', due 2021-04-30: the row's date is quoted
        # (AL-09's 'Awaiting new backup software.', due 2021-08-31 for testing restores, is no
        # date of the software's arrival: refused, see test_event_bound_ev42)
        ("when will the debt recovery agency for former tenant arrears be appointed?", "2021"),
        # 19/20-03: '14 of 21 stations'
        ("How many stations have had their checks completed for 19/20-03?", "14 of 21"),
    ],
)
def test_over_another_bodys_papers_a_quoted_value_is_kept(
    ask_bodies: Ask, question: str, said: str
) -> None:
    answer = ask_bodies(question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # AL-07: 'Draft with union reps.': reps spoken of, none named
        "which union reps is the lone working draft with?",
        "which union reps were sent the draft lone working procedures?",
        # AL-05: 'Check sheets in use.' for 'ranger vehicles': none named
        "which ranger vehicles now have daily check sheets?",
    ],
)
def test_over_another_bodys_papers_unnamed_members_are_refused(
    ask_bodies: Ask, question: str
) -> None:
    answer = ask_bodies(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert "unheld-named" in answer.notes
