"""A fact stated in the prose, asked in the asker's words, is answered rather than refused as
not covered (issue 14, classes 2 and 7): the rescue after a refusal reads a kind asked by the
frame alone ('when' in any tense, a name: support/asked_kind.py, support/asked_name.py); a
light verb closing the question ('how far X had *got*') names no event; a participle after
'are they' is the question's own verb; 'who put their name to the paper?' asks its author;
'since when …?' asks a date. Questions invented over the bundled record and a leisure trust's
progress report (data/papers/dev13); the questions whose subject no paper holds stay refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis, answer_type, framing_words
from assistant.analysis.patterns import DOC_FIELDS
from assistant.answers.model import Answer
from assistant.answers.support.asked_kind import rescue_kind
from assistant.answers.support.asked_name import name_shape, new_name
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, checked_asker

Ask = Callable[..., Answer]

LEISURE = (
    Path(__file__).resolve().parents[2] / "data" / "papers" / "dev13" / "q06_leisure_html.html"
)


@pytest.fixture(scope="module")
def leisure(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over one leisure trust's internal audit progress report."""
    yield from assistant_over([LEISURE], real_services, tmp_path_factory, "prose-rescue")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When is MOPAC's workshop with its auditors happening?", "year"),
        ("and when will the new system go live?", "year"),
        ("so when's the review taking place?", "year"),
        ("What's the name of the online system they launched?", "name"),
        ("and what board are they writing delivery plans for?", "name"),
        ("what is the board doing about it?", None),
        ("who owns R5?", None),
    ],
)
def test_a_kind_asked_by_the_frame_alone(question: str, kind: str | None) -> None:
    found = rescue_kind(QueryAnalysis(question=question, intent="lookup"))
    assert (found[0] if found else None) == kind


def test_a_name_asked_of_a_row_is_its_columns_to_give() -> None:
    asked = "What is the name of the person who owns R3 in the PURE plan?"
    assert rescue_kind(QueryAnalysis(question=asked, intent="lookup")) is not None
    assert rescue_kind(QueryAnalysis(question=asked, intent="lookup", refs=["R3"])) is None


def test_a_name_asked_has_the_shape_of_a_name() -> None:
    shape = name_shape("and what board are they writing delivery plans for?")
    assert shape is not None
    assert shape.search("delivery plans for the London Crime Reduction Board and its sub-boards")
    assert not shape.search("the board met in June")  # no name: a common noun
    # a capitalised run not closed by the noun asked names something else
    firm = name_shape("Which consultancy was engaged to write the HR policies?")
    assert firm is not None
    assert not firm.search("The Authority's Local Code of Corporate Governance recognises it")
    named = name_shape("What's the name of the online system the Met launched?")
    assert named is not None
    assert named.search("The MPS has recently launched the On-line 'Right Line'.")
    # a name the question itself writes is its subject, not the name asked
    assert not new_name(named, "The Met launched it.", "What did the Met launch?")
    assert name_shape("when is it due?") is None


def test_the_verbs_that_frame_a_question() -> None:
    assert "writing" in framing_words("and what board are they writing delivery plans for?")
    assert "drafting" in framing_words("which committee is she drafting the terms for?")
    assert "writing" not in framing_words("what are the writing standards for reports?")


@pytest.mark.parametrize(
    ("question", "author"),
    [
        ("who actually put their name to the governance improvement plan paper?", True),
        ("whose name is on the 2017 governance report?", True),
        ("who put his name to the MOPAC paper that went to the panel?", True),
        ("who is putting names forward for the panel?", False),
        ("what is the name of the plan?", False),
    ],
)
def test_signing_a_paper_asks_its_author(question: str, author: bool) -> None:
    fields = [field for pattern, field in DOC_FIELDS if pattern.search(question)]
    assert ("author" in fields[:1]) is author


def test_since_when_asks_a_date() -> None:
    assert answer_type("since when has that unit existed?") == "year"
    assert answer_type("and since when has the ILAU been responsible for it?") == "year"


@pytest.mark.parametrize(
    "question",
    [
        "when did the business groups first do an informal self-audit of how far the "
        "performance management framework had got?",
        "when did business groups first carry out an informal self-audit of how far the "
        "performance management framework had got?",
        "when was the informal self-audit of how far business groups had got with the "
        "performance management framework done?",
    ],
)
def test_a_light_verb_closing_the_question_names_no_event(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "May 2001" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "and what board are they writing delivery plans for?",
        "which board are they writing the delivery plans for?",
        "What board is MOPAC drafting delivery plans for?",
    ],
)
def test_the_name_asked_is_given_first(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "London Crime Reduction Board" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "who actually put their name to the MOPAC governance improvement plan paper?",
        "whose name is on the MOPAC governance improvement plan?",
        "who put their name to the MOPAC paper that went to the Audit Panel in December 2017?",
    ],
)
def test_who_put_their_name_to_a_paper_is_its_author(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "Chief Financial Officer" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which consultancy was engaged to write the Authority's HR policies?",
        "When is the canteen committee meeting?",
        "when will the taser training workshop take place?",
        "whats the name of the joint programme manager for blue light?",
    ],
)
def test_a_value_no_paper_gives_is_still_refused(ask: Ask, question: str) -> None:
    assert ask(question).abstained


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which committee are they reporting the exit interview themes to?", "People Committee"),
        ("what committee are they going to report exit interview themes to?", "People Committee"),
        ("which committee did they take the revised scheme to in September?", "Governance"),
    ],
)
def test_a_name_asked_over_another_bodys_paper(
    leisure: Assistant, question: str, name: str
) -> None:
    answer = checked_asker(leisure)(question)
    assert not answer.abstained, answer.answer
    assert name in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "when is the canteen committee going to approve the scheme of delegation?",
        "what's the name of the taser supplier the trust uses?",
    ],
)
def test_another_bodys_unheld_value_is_still_refused(leisure: Assistant, question: str) -> None:
    assert checked_asker(leisure)(question).abstained
