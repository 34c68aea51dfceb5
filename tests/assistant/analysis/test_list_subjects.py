"""A list's subject spelled out by alternatives after it ('about fleet upkeep, either the
vans or the depots') is still the one subject: the alternatives' words are no terms of their
own and name no theme."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.intent import asks_what_was_recorded, subject_phrases
from assistant.analysis.nouns import fronted_topic
from assistant.analysis.themes import elaboration
from ingest.model import ActionRecord, DocumentInfo

EMPTY = NameIndex.from_records([], [])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which actions concern fleet upkeep, either the vans or the depots?", "either"),
        ("How many items are about tenant safety, whether fire risks or gas checks?", "whether"),
        ("List the findings on recruitment (be it pay or training).", "be it"),
        ("Which actions touch on waste - either via recycling or via landfill?", "either via"),
    ],
)
def test_a_trailing_disjunction_spells_out_the_subject(question: str, said: str) -> None:
    span = elaboration(question)
    assert span is not None and question[span[0] : span[1]].lstrip(",(- ").startswith(said)


@pytest.mark.parametrize(
    "question",
    [
        "Is either R3 or R5 complete?",  # the alternatives are the question
        "Which came first, the depot review or the fleet audit?",
        "Check whether the vans or the depots cost more.",
    ],
)
def test_alternatives_that_are_the_question_are_not_an_elaboration(question: str) -> None:
    assert elaboration(question) is None


def test_the_alternatives_add_no_term_and_no_theme() -> None:
    q = analyse("Which actions are about depots, either depot risks or depot staffing?", EMPTY)
    assert q.intent == "list"
    assert q.terms == ["depots"]
    assert "risk management" not in q.themes
    # the subject's own word stays a term though the alternatives repeat it
    q = analyse("Which actions are about fleet costs, either fleet fuel or fleet risks?", EMPTY)
    assert q.terms == ["fleet", "costs"] and "risk management" not in q.themes


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "Depot security comes up in two of the plans. Which actions deal with it?",
            "Depot security",
        ),
        ("The fleet budget is raised by several bodies. Which items call for it?", "fleet budget"),
        ("Tenant surveys: which paper asks for them, and who owns that?", "Tenant surveys"),
    ],
)
def test_a_topic_stated_before_the_question_is_what_its_pronoun_names(
    question: str, topic: str
) -> None:
    assert fronted_topic(question) == topic
    assert topic in subject_phrases(question)


@pytest.mark.parametrize(
    "question",
    [
        "Depot security comes up in two plans. Which actions are late?",  # no pronoun
        "There are two plans. Which of them is older?",  # no topic opens the statement
        "Which actions deal with depot security?",
    ],
)
def test_no_fronted_topic_without_a_pronoun_or_a_topic(question: str) -> None:
    assert fronted_topic(question) is None


def test_the_fronted_topic_is_the_list_subject() -> None:
    q = analyse("Depot security comes up in two of the plans. Which actions call for it?", EMPTY)
    assert q.intent == "list" and q.subject_terms == ["depot", "security"]


@pytest.mark.parametrize(
    "question",
    [
        "How many recommendations did the regulator make in its 2011 inspection of fleet safety?",
        "Which findings did the auditors raise in their audit of depot stores?",
    ],
)
def test_the_bodys_own_exercise_is_no_theme_of_its_rows(question: str) -> None:
    q = analyse(question, EMPTY)
    assert q.intent in ("list", "count")
    assert "audit and inspection" not in q.themes
    assert not {"inspection", "audit"} & set(q.terms)


def test_a_theme_word_outside_such_a_phrase_still_names_the_theme() -> None:
    q = analyse("Which actions are about audit and inspection?", EMPTY)
    assert "audit and inspection" in q.themes


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("What did the fire inspectors recommend on depot stores?", True),
        ("What does the regulator recommend under the fleet heading?", True),
        ("What did the 2011 summary say about recommendation D4?", False),
        ("What did the regulator find about the depots?", False),
    ],
)
def test_the_verb_the_rows_are_named_after_asks_for_the_rows(question: str, listed: bool) -> None:
    assert asks_what_was_recorded(question, {"recommendation", "area"}) is listed


def test_what_a_named_source_recommended_is_a_list_and_an_unnamed_one_is_not() -> None:
    doc = DocumentInfo(
        id="fire", filename="fire.txt", format="txt", sha256="f", title="Fire Inspectorate Report"
    )
    row = ActionRecord(
        id="fire:F1",
        document=doc.ref(),
        section="Fire Inspectorate recommendations",
        ref="F1",
        ordinal=1,
        title="Check the depot stores",
        source_text="Check the depot stores",
        source_start=0,
        source_end=22,
    )
    index = NameIndex.from_records([doc], [row])
    index.item_nouns = {"recommendation"}
    named = analyse("What did the Fire Inspectorate recommend on depot stores?", index)
    assert named.intent == "list"
    unnamed = analyse("What did the spring workshop with the consultants recommend?", index)
    assert unnamed.intent == "lookup", unnamed.intent
