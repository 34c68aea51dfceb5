"""The kind of value a question asks for, read from the head noun of its wh-phrase (issue 14,
exam5 FP-5 and FP-9), and a 'when was X <event>?' question answered from the sentence dating
the event, not from a deadline column (FP-3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.model import Answer
from assistant.answers.router import choose_route


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # modifiers, hyphenated ones too, between the wh-word and the head noun
        ("What internal-audit assurance grade did the payroll controls receive?", "rating"),
        ("What staff sickness absence rate did the force report?", "percentage"),
        ("What level of assurance did internal audit give?", "rating"),
        # a preposition before the wh-word
        ("Below what amount can the committee approve spending without a tender?", "threshold"),
        # the name of a post holder, or a post spelled out in capitals
        ("What is the name of the programme's risk officer?", "person"),
        ("Who is the Corporate Risk Manager?", "person"),
        # who chairs: a name or the post that does
        ("Who chairs the steering group?", "holder"),
        # the head is outside the wh-phrase: no value of a kind is asked
        ("What did the board say about the rate of progress?", None),
        ("Which report set the limit?", None),
        ("Who is responsible for R18?", None),
        ("What is the name of the new risk register?", None),
        # the time, the amount or the person asked by other frames than 'when' / 'how much'
        ("On what dates did the working party sit?", "year"),
        ("the pilot: which month did it start", "year"),
        ("What did the estates review cost?", "amount"),
        ("what did the council spend on the new depot", "amount"),
        ("Who was the inspector who carried out the review of custody?", "person"),
        ("Who is the Force's Head of Estates?", "person"),
        ("Who is the officer who is responsible for R3?", None),
    ],
)
def test_the_kind_asked_is_read_from_the_wh_phrase_head(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


def test_a_post_that_chairs_answers_who_chairs_but_not_a_name() -> None:
    assert ANSWER_SHAPES["holder"].search("The Business and Resources Group, chaired by DoR, …")
    assert ANSWER_SHAPES["holder"].search("a forum chaired by the Corporate Risk Manager")
    assert not ANSWER_SHAPES["person"].search("a forum chaired by the Corporate Risk Manager")


def test_who_chaired_is_answered_by_the_post_the_paper_names(ask: Callable[[str], Answer]) -> None:
    answer = ask("Who chaired the Business and Resources Group?")
    assert not answer.abstained and "chaired by DoR" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Corporate Risk Manager?",  # the post, never its holder's name
        "What internal audit rating did budgetary management receive?",  # 'improved', no grade
        "What staff sickness rate did the Met report?",
        "When was the Transformation Directorate set up?",  # a sentence on the 'transformation
        # partner' holds a year; none on the directorate does
        "What did the partnership toolkit cost to develop?",  # no amount in its sentences
        "what did the Met spend on the Blue Light Collaboration",
        "On what dates were the workshops launching the HR policies run?",  # 'will be undertaken'
        "Who was the consultant who drafted the Authority's HR policies?",  # no name given
        # a premise the record bears out leaves the value asked still unsaid
        "Since the Community Engagement Strategy was published in July 2016, how much has it cost?",
        "Given the interim scheme of delegation solution went live in October 2008, how much "
        "did it save?",
    ],
)
def test_an_absent_value_of_the_kind_asked_abstains(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations


def test_when_an_event_happened_is_asked_of_the_prose_not_the_deadline(
    ask: Callable[[str], Answer], analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse("When was the Developing Resource Management programme launched?")
    assert not q.claims  # 'launched' is what is asked about, not a claim to correct
    assert choose_route(q) == "passages"
    answer = ask("When was the Developing Resource Management programme launched?")
    assert not answer.abstained and "July 2008" in answer.answer
    assert "premise-corrected" not in answer.notes
    assert choose_route(analyse("When was the improvement to financial information due?")) in (
        "field",
        "select",
    )


def test_an_event_the_record_never_dates_abstains_instead_of_quoting_a_date_column(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("When was the Right Line launched?")  # 'recently launched'; its column: Complete
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    ["Who owns the taser training action?", "Who is responsible for the drone roof survey policy?"],
)
def test_no_record_is_described_by_words_no_paper_uses(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)  # exam5 FP-6: the field route answered with an arbitrary record
    assert answer.abstained and not answer.records
