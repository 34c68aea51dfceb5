"""Dates and amounts of an event, in the words a record does not share with the question
(support/events.py, composers/passages.py, analysis/reading.py): a receipt said from the
sender's side ('when did the Board *receive* the report?' against 'report to the Board in April
2023'), a verb governing its object through a preposition ('decide *on* the letter'), the
sentence dating the event in its own words preferred to one found through its row's cells,
and 'so far' framing a question rather than naming its subject. Questions invented over the
development papers, real model."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.model import Answer
from assistant.answers.support.events import event_words, received_as_sent
from assistant.service import Assistant

Ask = Callable[..., Answer]

PAPERS = Path(__file__).resolve().parents[2] / "data" / "papers"
DEV_PAPERS = (
    PAPERS / "dev2" / "e01_calderport_harbour_ia_followup.docx",
    PAPERS / "dev2" / "e02_north_tyneford_ca_audit_tracker.xlsx",
    PAPERS / "dev8" / "x05_saltmarsh_homes_damp_mould_2023.csv",
    PAPERS / "dev8" / "x06_saltmarsh_homes_damp_mould_2024.md",
    PAPERS / "dev3" / "u05_elmsford_town_deal_assurance.html",
)


@pytest.fixture(scope="module")
def papers(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over five development papers of four bodies, one body's in two years."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("events-pc35")
    settings = load_settings(index_dir=index)
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(list(DEV_PAPERS))
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def test_a_receipt_is_said_from_the_senders_side() -> None:
    assert received_as_sent("receive", "First exceptions report to the Board in April 2023.")
    assert received_as_sent("received", "Reported to the Transport Committee in January 2024.")
    assert received_as_sent("get", "Recovery plan to come to the May meeting.")
    # no sending to anyone: the sentence dates something else of the subject
    assert not received_as_sent("receive", "Exceptions log in use since April 2023.")
    # only a verb of receiving is read so: an approval is not a report
    assert not received_as_sent("approve", "Reported to the Transport Committee in January.")


def test_a_verb_governing_its_object_through_a_preposition_is_the_event() -> None:
    def event(question: str) -> list[str]:
        return event_words(analyse(question, NameIndex([], {}, [])))

    assert event("When did the trustees decide on the lease extension?") == ["decide"]
    assert event("When did the panel agree to the revised budget?") == ["agree"]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "When did the Calderport Board receive the first quarterly exceptions report on"
            " navigation aids?",
            "April 2023",
        ),
        (
            "When was the first exceptions report on aids to navigation received by the"
            " Calderport Board?",
            "April 2023",
        ),
        (
            "When did the North Tyneford Transport Committee receive the report on bus"
            " franchising transition risks?",
            "January 2024",
        ),
    ],
)
def test_a_receipt_is_dated_by_the_sending(papers: Assistant, question: str, value: str) -> None:
    answer = papers.ask(question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer.split("\n")[0]


def test_a_planned_decision_is_dated_through_its_preposition(papers: Assistant) -> None:
    answer = papers.ask(
        "When did the Elmsford College governors decide on the match funding letter?"
    )
    assert not answer.abstained, answer.answer
    assert "February" in answer.answer.split("\n")[0]


def test_the_sentence_dating_the_event_in_its_own_words_comes_first(papers: Assistant) -> None:
    # the 2023/24 row's finding holds a year ('predates the 2023 national guidance') and its
    # action says 'approved by the Board'; the 2024/25 update dates the approval itself
    answer = papers.ask("When did the Saltmarsh Homes Board approve the new damp and mould policy?")
    assert not answer.abstained, answer.answer
    assert "23 April 2024" in answer.answer.split("\n")[0]


def test_take_place_frames_the_question() -> None:
    q = analyse("When did the budget workshop take place?", NameIndex([], {}, []))
    assert "take" not in q.terms and "place" not in q.terms


def test_a_paper_bears_the_date_it_came_out() -> None:
    from assistant.answers.support.events import _PAPER_OF_DATE, phrasal_key

    assert phrasal_key("come", "out") == "come out"
    assert phrasal_key("came", "back") == "come back"
    assert _PAPER_OF_DATE.search("graded the Service in its report of 4 September 2024")
    assert not _PAPER_OF_DATE.search("report to the panel in September")


def test_the_meeting_that_got_a_paper_is_its_date(papers: Assistant) -> None:
    answer = papers.ask(
        "What date was the committee meeting that got the damp and mould follow-up?"
    )
    assert not answer.abstained, answer.answer
    assert "11 March 2025" in answer.answer


def test_a_deadline_no_sentence_of_a_tableless_paper_sets_is_refused(ask: Ask) -> None:
    # the MOPAC paper has no action table; it speaks of refreshing the code of conduct with
    # no date, and of the data protection work with one
    refused = ask(
        "By when does the MOPAC governance improvement plan say the code of conduct will be"
        " refreshed?"
    )
    assert refused.abstained and not refused.citations, refused.answer
    dated = ask(
        "What deadline does the MOPAC governance improvement plan give for the data protection work?"
    )
    assert not dated.abstained, dated.answer
    assert "May 2018" in dated.answer
