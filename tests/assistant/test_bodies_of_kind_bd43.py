"""Bodies asked by their kind over the papers in scope ('which of them are fire and rescue
authorities?', 'which bodies are NHS trusts?', 'which councils have papers in here?'): the
papers' bodies whose names say that kind, read against the names the papers hold, listed and
cited; never a refusal because the kind also names those papers. Seven papers of
data/papers/dev (:data:`tests.assistant.conftest.BODIES_PAPERS`): one fire and rescue
authority, one transport authority, a city council, two housing bodies, a college and a CSV
naming no body. After a turn about two to four bodies' papers and no row, a plural pronoun
('do both have X?') is those bodies, by name. Wordings of my own."""

from __future__ import annotations

import pytest

from assistant.analysis.bodies import kind_named
from assistant.answers.composers.bodies import kind_asked
from assistant.antecedents import Previous
from assistant.body_possessive import body_part
from assistant.service import Assistant
from ingest.model import DocumentInfo
from tests.assistant.test_follow_ups import converse

_NAMES = [
    "Severnside Fire and Rescue Authority",
    "Brackenmoor Fire and Rescue Authority",
    "Northern Valleys Transport Authority",
    "Eastmoor Hospitals NHS Foundation Trust",
    "South Coast Ambulance Service NHS Trust",
    "Riverside Learning Trust",
    "Oakhurst Parish Council",
    "University of Castlebridge",
]


@pytest.mark.parametrize(
    ("question", "phrase", "bodies"),
    [
        (
            "which of them are fire and rescue authorities?",
            "fire and rescue authorities",
            {"Severnside Fire and Rescue Authority", "Brackenmoor Fire and Rescue Authority"},
        ),
        (
            "Which bodies are NHS trusts?",
            "NHS trusts",
            {"Eastmoor Hospitals NHS Foundation Trust", "South Coast Ambulance Service NHS Trust"},
        ),
        ("is any of them a university?", "university", {"University of Castlebridge"}),
        ("how many authorities are there?", "authorities", set(_NAMES[:3])),
    ],
)
def test_a_kind_is_read_against_the_names_held(
    question: str, phrase: str, bodies: set[str]
) -> None:
    kind = kind_named(question, _NAMES)
    assert kind is not None and kind.phrase == phrase and kind.bodies == bodies


@pytest.mark.parametrize(
    "question",
    ["Who owns the fleet fuel card action?", "Which universities were audited?"],
)
def test_no_kind_where_no_held_name_says_it(question: str) -> None:
    names = _NAMES[:3] if "universities" in question else _NAMES
    assert kind_named(question, names) is None


def _docs(names: list[str]) -> list[DocumentInfo]:
    return [
        DocumentInfo(
            id=f"d{i}", filename=f"d{i}.txt", format="txt", sha256="", title="T", organisation=name
        )
        for i, name in enumerate(names)
    ]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which of them are fire and rescue authorities?", True),
        ("Which fire and rescue authorities have papers in here?", True),
        ("Which different bodies do these papers come from and are NHS trusts?", True),
        ("how many of the papers are from councils?", True),
        # the kind names the papers a question is about, and asks nothing of their bodies
        ("Which fire and rescue authority actions are overdue?", False),
        ("Which councils' recommendations are about grants in the record?", False),
        ("Who owns the trust's payroll action?", False),
        ("Which is the Severnside Fire and Rescue Authority's latest paper?", False),
    ],
)
def test_the_kind_is_asked_of_the_papers_bodies(question: str, asked: bool) -> None:
    assert (kind_asked(question, _docs(_NAMES)) is not None) is asked


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "named", "left_out"),
    [
        (
            "Which of these papers are from authorities?",
            ["Severnside Fire and Rescue Authority", "Northern Valleys Transport Authority"],
            ["Marshfield City Council"],
        ),
        (
            "Which bodies are fire and rescue authorities?",
            ["Severnside Fire and Rescue Authority"],
            ["Northern Valleys Transport Authority"],
        ),
        (
            "Which councils have papers in here?",
            ["Marshfield City Council"],
            ["Fenbury Housing Group", "Severnside"],
        ),
    ],
)
def test_bodies_of_the_kind_are_listed(
    bodies_assistant: Assistant, question: str, named: list[str], left_out: list[str]
) -> None:
    answer = bodies_assistant.ask(question)
    assert not answer.abstained
    assert all(name in answer.answer for name in named)
    assert not any(name in answer.answer for name in left_out)
    assert len(answer.citations) == len(named)  # each body cited where its paper names it
    assert all(any(name in c.quote for c in answer.citations) for name in named)


@pytest.mark.slow
def test_a_follow_up_asks_the_kind_of_the_bodies_listed(bodies_assistant: Assistant) -> None:
    listed, kind = converse(
        bodies_assistant,
        "How many different bodies do these papers come from?",
        "which of them are fire and rescue authorities?",
    )
    assert "different bodies" in listed.answer.answer
    assert not kind.answer.abstained
    assert "Severnside Fire and Rescue Authority" in kind.answer.answer
    assert "Northern Valleys" not in kind.answer.answer


_ORGS = {"a": "Severnside Fire and Rescue Authority", "b": "Brackenmoor Fire and Rescue Authority"}


@pytest.mark.parametrize(
    ("question", "standalone"),
    [
        (
            "do both have something about grant conditions?",
            "do Severnside Fire and Rescue Authority and Brackenmoor Fire and Rescue Authority"
            " have something about grant conditions?",
        ),
        (
            "when did each of them last meet?",
            "when did each of Severnside Fire and Rescue Authority and Brackenmoor Fire and"
            " Rescue Authority last meet?",
        ),
        ("which of them is a council?", None),  # a pick among them, left to its own rules
        ("do both papers mention grants?", None),  # 'both' before a noun of its own
    ],
)
def test_a_plural_pronoun_after_bodies_names_them(question: str, standalone: str | None) -> None:
    previous = Previous("Which authorities have papers here?", [], [], document_ids=["a", "b"])
    assert body_part(question, previous, lambda i: _ORGS.get(i, "")) == standalone


def test_no_bodies_meant_after_rows_or_one_body() -> None:
    one_body = Previous("q", [], [], document_ids=["a", "c"])
    orgs = {**_ORGS, "c": _ORGS["a"]}
    assert body_part("do both have X?", one_body, lambda i: orgs.get(i, "")) is None


@pytest.mark.slow
def test_both_after_bodies_of_a_kind_asks_of_their_papers(bodies_assistant: Assistant) -> None:
    _, both = converse(
        bodies_assistant,
        "Which authorities have papers in here?",
        "do both have anything about leavers?",
    )
    standalone = both.standalone
    assert "Severnside Fire and Rescue Authority" in standalone
    assert "Northern Valleys Transport Authority" in standalone
