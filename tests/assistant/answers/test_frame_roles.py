"""Words that frame a question by their grammatical role (a comparative, a degree or aspect
word, 'one' as a pronoun, an aside at the question's edge) are no subject words; the words
naming the subject stay. A value stated apart from its year (in another sentence of its
passage, or in a paper of that year) is of that year: no 'another period' refusal."""

from __future__ import annotations

import pytest

from assistant.answers.support.frame import aside_words, frame_words
from assistant.answers.support.unnamed import other_of_kind
from assistant.evidence import Evidence
from ingest.model import DocumentRef


@pytest.mark.parametrize(
    ("question", "framing", "subject"),
    [
        ("Is the ferry refit any bigger than the pier repair?", {"bigger"}, {"ferry", "pier"}),
        ("Which came due sooner, the kiosk or the lamps?", {"sooner"}, {"kiosk", "lamps"}),
        ("What is the more recent figure for kiosk takings?", {"recent"}, {"kiosk", "takings"}),
        ("Have the pier lamps ever been replaced, or not yet?", {"ever", "yet"}, {"pier"}),
        ("Is the kiosk refit still quite late?", {"still", "quite"}, {"kiosk", "refit"}),
        ("Who owns the lamps one?", {"one"}, {"lamps"}),
        ("Which one covers the ferry?", {"one"}, {"ferry"}),
    ],
)
def test_a_word_of_a_framing_role_is_no_subject_word(
    question: str, framing: set[str], subject: set[str]
) -> None:
    framed = frame_words(question)
    assert framing <= framed
    assert not subject & framed


def test_a_numeral_one_and_a_noun_in_er_stay_subject_words() -> None:
    framed = frame_words("Did one kiosk manager leave the ferry?")
    assert not {"one", "manager", "ferry"} & framed


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Who looks after the pier lamps, out of curiosity?", {"curiosity"}),
        ("The kiosk refit slipped, didn't it?", {"didn't", "it"}),
        ("Has the ferry been repainted, do you know?", {"know"}),
        ("Just checking, who owns the kiosk?", {"checking"}),
    ],
)
def test_an_aside_at_the_edge_frames_the_question(question: str, aside: set[str]) -> None:
    assert aside <= aside_words(question)
    assert not {"kiosk", "pier", "lamps", "ferry"} & aside_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who chairs the board, at the canteen?",  # a thing named: no aside
        "Who owns the kiosk, and the ferry?",
        "Who owns the kiosk, in 2024?",
        "Is the ferry repaired, is it overdue?",  # a second question
    ],
)
def test_a_segment_naming_a_thing_is_no_aside(question: str) -> None:
    assert not {"canteen", "ferry", "2024", "overdue"} & aside_words(question)


_DOC = DocumentRef(id="d", title="Kiosk plan", filename="d.md")


def _said(text: str, chunk: str, year: int | None, start: int = 0) -> Evidence:
    return Evidence(text, start, _DOC, chunk, None, None, None, "intro", 0, year)


_WEIGHTS = {"kiosk": 1.0, "taking": 1.0}


def test_a_value_whose_year_its_passage_states_is_of_that_year() -> None:
    evidence = [
        _said("Kiosk takings were £4,100.", "c1", 2024),
        _said("The figures below are for 2022/23.", "c1", 2024, 30),
        _said("Kiosk takings in 2021/22 were £3,900.", "c2", 2024),
    ]
    assert other_of_kind("What were kiosk takings in 2022/23?", evidence, _WEIGHTS, []) is None


def test_a_value_stated_without_a_year_in_a_paper_of_that_year_answers() -> None:
    evidence = [
        _said("Kiosk takings were £4,100.", "c1", 2023),
        _said("Kiosk takings in 2021/22 were £3,900.", "c2", 2023),
    ]
    assert other_of_kind("What were kiosk takings in 2022/23?", evidence, _WEIGHTS, []) is None


def test_a_value_of_another_stated_year_is_still_refused() -> None:
    evidence = [
        _said("Kiosk takings in 2021/22 were £3,900.", "c2", 2020),
        _said("Kiosk takings were £4,100.", "c1", 2020),
    ]
    found = other_of_kind("What were kiosk takings in 2022/23?", evidence, _WEIGHTS, [])
    assert found is not None and found[:2] == ("2022/23", "2021/22")
