"""A date is the asked event's: 'when was X approved?' is not answered by a sentence dating X's
launch, nor by a year naming the period X is for; a passive's agent ('by the cabinet') names who
acted, not the subject; and a row naming another thing of the subject's kind ('the grants
scheme' for 'the loans scheme') does not date the subject's event in its note."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.analysis import QueryAnalysis
from assistant.analysis.patterns import DOC_FIELDS
from assistant.answers.support.events import (
    _event_kind,
    event_words,
    off_event,
    speaks_of,
    without_event,
)
from assistant.answers.support.row_events import names_another
from assistant.evidence import Evidence
from ingest.model import DocumentRef

NO_EMBEDDER = SimpleNamespace(retriever=None)  # words alone: nothing is near in meaning


def _said(text: str) -> Evidence:
    paper = DocumentRef(id="p-txt", title="Paper", filename="p.txt", date=None)
    return Evidence(text, 0, paper, "c1", None, None, None, "", 0, None)


def test_a_launch_does_not_date_an_approval() -> None:
    assert not speaks_of("The toolkit goes live in June.", ["approved"], NO_EMBEDDER)  # type: ignore[arg-type]
    assert not speaks_of("It will be launched in June.", ["approved"], NO_EMBEDDER)  # type: ignore[arg-type]
    assert not speaks_of("Two wardens were appointed in May.", ["replaced"], NO_EMBEDDER)  # type: ignore[arg-type]


def test_assent_in_other_words_still_dates_an_approval() -> None:
    assert speaks_of("The charter was agreed by the trustees in May.", ["approved"], NO_EMBEDDER)  # type: ignore[arg-type]
    assert _event_kind("approved") == "assent"
    assert _event_kind("launched") is None
    assert _event_kind("implemented") == "complete"  # the state classes are kept


def test_a_value_of_another_event_is_off_the_event() -> None:
    budget = _said("The maintenance budget for 2025/26 is £3.1 million.")
    assert off_event(budget, ["ratified"], NO_EMBEDDER, True)  # type: ignore[arg-type]
    ratified = _said("The maintenance budget was ratified in February 2025.")
    assert not off_event(ratified, ["ratified"], NO_EMBEDDER, True)  # type: ignore[arg-type]
    assert not off_event(budget, ["ratified"], NO_EMBEDDER, False)  # type: ignore[arg-type]
    assert not off_event(None, ["ratified"], NO_EMBEDDER, True)  # type: ignore[arg-type]


def test_a_participle_before_its_agent_is_the_event() -> None:
    q = QueryAnalysis(
        question="When was the loans scheme endorsed by the cabinet?",
        intent="lookup",
        terms=["loans", "scheme", "cabinet"],  # the reading set 'endorsed' aside
    )
    assert event_words(q) == ["endorsed"]


def test_the_agent_is_no_part_of_the_subject() -> None:
    weights = {"loan": 2.0, "scheme": 1.5, "cabinet": 1.0}
    question = "When was the loans scheme endorsed by the cabinet?"
    assert without_event(weights, ["endorsed"], question) == {"loan": 2.0, "scheme": 1.5}
    assert without_event(weights, ["endorsed"]) == weights  # no question: no agent read


def test_a_row_giving_the_head_another_modifier_names_another_thing() -> None:
    subject = {"loan": 2.0, "scheme": 2.0}
    question = "When was the loans scheme endorsed?"
    assert names_another(question, "The grants scheme has not been endorsed.", subject)
    assert not names_another(question, "The scheme has not been endorsed.", subject)
    assert not names_another(question, "No loans scheme has been endorsed.", subject)


def test_a_clause_opened_by_a_wh_word_is_the_object_not_the_event() -> None:
    q = QueryAnalysis(
        question="On what date did the panel sign off the plan for how grants are allocated?",
        intent="lookup",
        terms=["panel", "sign", "plan", "grants", "allocated"],
    )
    assert event_words(q) == ["sign off"]  # the phrasal verb, one event (events.PHRASAL)


def test_accepting_is_giving_assent() -> None:
    said = "Proposals for change were accepted by the panel on 3 May."
    assert speaks_of(said, ["sign"], NO_EMBEDDER)  # type: ignore[arg-type]
    assert speaks_of(said, ["approved"], NO_EMBEDDER)  # type: ignore[arg-type]


def test_an_adverb_between_who_and_the_writing_verb_still_asks_the_author() -> None:
    author = next(p for p, kind in DOC_FIELDS if kind == "author")
    assert author.search("who actually prepared the grants paper for the panel?")
    assert author.search("who prepared the grants paper?")
    assert not author.search("who actually owns the grants action?")
