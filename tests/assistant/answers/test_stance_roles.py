"""Words that say when, how sure or how much a thing matters (a time adverbial, an evaluation
word, a hedge, a preposition, a relational head) frame a question and name no subject: a
guard must not refuse for lack of them, and a sentence giving the answer need not hold them.
A subject the papers lack, or a figure they never give, is still refused."""

from __future__ import annotations

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.support.asked_figure import figure_missing
from assistant.answers.support.frame import (
    asked_value_noun,
    frame_words,
    stance_words,
    without_stance,
    word_stems,
)
from assistant.evidence import Evidence
from assistant.service import Assistant
from ingest.model import DocumentRef


@pytest.mark.parametrize(
    ("question", "stance", "subject"),
    [
        ("At the outset, who ran the ferry timetable?", {"at", "outset"}, {"ferry", "timetable"}),
        ("Who ran the ferry timetable in the end?", {"in", "end"}, {"ferry", "timetable"}),
        ("What has the kiosk earned to date?", {"to", "date"}, {"kiosk"}),
        ("At this stage, is the pier safe?", {"stage"}, {"pier"}),
        ("What is the headline cost of the pier?", {"headline"}, {"pier", "cost"}),
        ("Which is the key risk on the ferry?", {"key"}, {"ferry", "risk"}),
        ("What is the main one on kiosk takings?", {"main"}, {"kiosk", "takings"}),
        ("Approximately when was the lamp fixed?", {"approximately"}, {"lamp"}),
        ("Were around 40 lamps fixed, or so?", {"around", "or", "so"}, {"lamps"}),
        ("Which ferry repairs, if any, slipped?", {"if", "any"}, {"ferry", "repairs"}),
        ("Were lamps out beyond six weeks?", {"beyond"}, {"lamps", "weeks"}),
        ("Who owns its equivalent on the pier?", {"equivalent"}, {"pier"}),
        ("Originally, who owned the kiosk?", {"originally"}, {"kiosk"}),
    ],
)
def test_a_word_of_stance_frames_and_names_no_subject(
    question: str, stance: set[str], subject: set[str]
) -> None:
    found = stance_words(question)
    assert stance <= found
    assert stance <= frame_words(question)
    assert not subject & found


@pytest.mark.parametrize(
    "question",
    [
        "When is the end of the ferry contract?",  # 'the end of …' is a date, no adverbial
        "What is the date of the kiosk audit?",
        "Who chairs the kiosk board?",
    ],
)
def test_a_time_noun_with_its_of_phrase_stays_a_subject_word(question: str) -> None:
    assert not {"end", "date", "board", "kiosk"} & stance_words(question)


def test_a_participle_closing_a_how_frame_before_a_phrase_frames_it() -> None:
    framed = frame_words("How were the pier lamps mended during the winter?")
    assert "mended" in framed
    assert not {"pier", "lamps", "winter"} & framed


def test_the_kind_of_answer_a_wh_phrase_names_frames_it() -> None:
    framed = frame_words("Which catering firm runs the kiosk?")
    assert "firm" in framed
    assert not {"catering", "kiosk"} & framed


def test_an_evaluation_word_does_not_hide_the_value_noun() -> None:
    assert asked_value_noun("What is the headline figure for kiosk takings?") == "figure"
    assert asked_value_noun("What's the key sum the ferry earned?") == "sum"
    assert asked_value_noun("What is the kiosk's headline?") is None


class _Stats:
    """Document frequencies of a record that writes 'head' and 'line' but never 'headline'."""

    total = 100

    def df(self, term: str) -> int:
        return {"head": 10, "line": 10, "pier": 5}.get(term, 0)

    def idf(self, term: str) -> float:
        return 1.0


def test_a_stance_compound_takes_the_parts_it_was_cut_into_with_it() -> None:
    question = "What is the headline cost of the pier?"
    weights = {"head": 1.0, "line": 1.0, "cost": 1.0, "pier": 1.0}
    kept = without_stance(question, weights, _Stats())  # type: ignore[arg-type]
    assert kept == {"cost": 1.0, "pier": 1.0}
    said = word_stems("Who is the head of the headline team?", {"headline"}, _Stats())  # type: ignore[arg-type]
    assert "head" not in said  # the question says 'head' apart: it stays a subject word
    assert without_stance("Who owns the pier?", {"pier": 1.0}) == {"pier": 1.0}


_DOC = DocumentRef(id="d", title="Harbour plan", filename="d.md")


def _said(text: str) -> Evidence:
    return Evidence(text, 0, _DOC, "c1", None, None, None, "intro", 0, 2024)


def test_a_figure_asked_by_its_value_noun_must_be_about_the_subject() -> None:
    q = QueryAnalysis(
        question="What is the headline figure for the cost of the ferry refit?", intent="lookup"
    )
    subject = {"figur": 1.0, "cost": 1.0, "ferri": 1.0, "refit": 1.0}
    other = [_said("The net cost of the pier lighting rose to £3.1m.")]
    assert figure_missing(q, other, subject)
    given = [_said("The ferry refit cost £212,000 in the year.")]
    assert not figure_missing(q, given, subject)
    plain = QueryAnalysis(question="Who owns the ferry refit?", intent="lookup")
    assert not figure_missing(plain, other, subject)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the corresponding lead for publicising whistle-blowing?",
        "In the end, how far was the recommendation on HMIC work in the plan met?",
    ],
)
def test_a_stance_word_does_not_refuse_an_answerable_question(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the key sum for the cost of the body-worn camera rollout?",
        "At the outset, who led the taser training action?",
        "What is the headline figure for what the whistle-blowing publicity cost?",
    ],
)
def test_a_stance_word_does_not_answer_an_unanswerable_question(
    assistant: Assistant, question: str
) -> None:
    assert assistant.ask(question).abstained
