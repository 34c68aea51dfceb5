"""A request frame ('could you please …', 'I'd like to know …', '…, wasn't it?') is read away
before the question is analysed, so a polite or indirect question asks what the plain one
asks (issue 14: false abstentions and wrong intents on polite wordings). Wordings written
here, over the bundled papers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.request_frame import plain_request
from assistant.answers.model import Answer


@pytest.mark.parametrize(
    ("framed", "plain"),
    [
        ("Could you please list the open actions?", "list the open actions?"),
        ("Please, which actions are open?", "which actions are open?"),
        ("I'd like to know which actions slipped", "which actions slipped"),
        ("We would really like you to name the owners.", "name the owners."),
        ("Would you mind listing the overdue items?", "list the overdue items?"),
        ("Tell me how many were met, please", "how many were met"),
        ("Can you let me know who owns R5?", "who owns R5?"),
        ("I was wondering whether the review was completed?", "was the review completed?"),
        ("Do you know when R5 is due?", "when is R5 due?"),
        ("Could you tell me when the plan was approved?", "when was the plan approved?"),
        ("Can you tell me how many were met?", "how many were met?"),
        ("Roughly how many actions are open?", "how many actions are open?"),
        ("About how much was saved, please?", "how much was saved?"),
        ("I need to see the actions due in 2009", "show the actions due in 2009"),
        ("It was completed, wasn't it?", "It was completed?"),
        ("What is due in March, right?", "What is due in March?"),
        ("Kindly give me the high ones, thanks.", "give me the high ones."),
    ],
)
def test_the_frame_is_read_away(framed: str, plain: str) -> None:
    assert plain_request(framed) == plain


@pytest.mark.parametrize(
    "question",
    [
        "Who owns R5?",
        "Can the board meet its deadline?",
        "Tell me about R5",
        "If R5 slipped, who owns it?",
        "Which actions were met, if any?",
        "Is R5 done or not?",
        "Did it slip again?",
        "How many times was it revised?",
        "please",
    ],
)
def test_a_question_without_a_frame_is_unchanged(question: str) -> None:
    assert plain_request(question) == question


@pytest.mark.parametrize(
    ("framed", "plain"),
    [
        (
            "Could you kindly list the high priority actions in the PURE plan?",
            "Which high priority actions are in the PURE plan?",
        ),
        (
            "I'd like to know how many recommendations were fully met in 2002",
            "How many recommendations were fully met in 2002?",
        ),
        (
            "Would you mind naming the actions whose deadline was revised?",
            "Which actions had their deadline revised?",
        ),
    ],
)
def test_a_framed_question_is_analysed_as_the_plain_one(
    name_index: NameIndex, framed: str, plain: str
) -> None:
    framed_analysis, plain_analysis = analyse(framed, name_index), analyse(plain, name_index)
    assert framed_analysis.intent == plain_analysis.intent
    assert framed_analysis.intent in ("list", "count")
    assert framed_analysis.statuses == plain_analysis.statuses
    assert framed_analysis.priority == plain_analysis.priority
    assert framed_analysis.slipped == plain_analysis.slipped
    assert framed_analysis.documents == plain_analysis.documents
    assert not {"like", "know", "kindly", "mind", "naming"} & set(framed_analysis.terms)


@pytest.mark.parametrize(
    ("framed", "plain"),
    [
        ("How many objectives are there in all?", "How many objectives are there?"),
        ("How many findings does the archive contain altogether?", "How many findings are there?"),
        ("List the risks logged in our system.", "List the risks."),
        ("Which items kept on the register are overdue?", "Which items are overdue?"),
        ("Show me the measures recorded.", "Show me the measures."),
        ("Which tasks within this database have slipped?", "Which tasks have slipped?"),
    ],
)
def test_the_record_named_as_where_rows_are_is_read_away(framed: str, plain: str) -> None:
    """The record as the rows' place or their sum ('in our system', 'in all') names no subject."""
    assert plain_request(framed) == plain


@pytest.mark.parametrize(
    "kept",
    [
        "Which actions are on the risk register?",
        "Which actions mention the register of interests?",
        "What is the overall status of the review?",
        "Which actions are listed in the documents from 2008?",
        "Who holds the actions recorded by the auditor?",
        "When were the briefing sessions held?",
        "Which issues were in the register?",
        "Which risks are on the register?",
    ],
)
def test_a_register_that_is_the_subject_stays(kept: str) -> None:
    assert plain_request(kept) == kept


def test_a_count_of_every_row_in_total_counts_every_row(ask: Callable[..., Answer]) -> None:
    total = ask("How many actions are there?").records_total
    for wording in ("How many actions does the record hold in total?", "Count the actions held."):
        answer = ask(wording)
        assert not answer.abstained and answer.records_total == total > 40, wording
