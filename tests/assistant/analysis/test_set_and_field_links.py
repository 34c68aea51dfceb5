"""Which rows a list names and which field a lookup asks, read by the role of the words
(issue 14): a state word modifying a date noun names the due column, not a state; a body's
short name picks among papers whose titles share the words a question also names; a post noun
with its own present-tense verb asks for the owner. The bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.value_asks import owner_by_post
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str, title: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.docx",
        format="docx",
        sha256=key,
        title=title,
        organisation=organisation,
        date="2024-10-01",
        year=2024,
    )


_DOCS = [
    _doc("harbour", "Quillmouth Harbour Board", "Internal Audit Recommendation Log"),
    _doc("school", "Daventon Grammar School", "Internal Audit and Assurance Recommendations"),
]
_ROWS = {  # doc -> (ref, title, status as written)
    "harbour": [("Q1", "Mooring fees uncollected", "Complete"), ("Q2", "Crane checks", "Open")],
    "school": [("S1", "Trip consent forms", "Complete"), ("S2", "Lettings income", "Open")],
}  # fmt: skip
_NORMAL = {"Complete": "complete", "Open": "ongoing"}


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"{doc.id}:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status=_NORMAL[said],
            status_text=said,
            revised_from_text="1 May 2024" if n == 1 else None,
            columns={"No": ref, "Point": title, "Completion date": "1 June 2024", "Status": said},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for doc in _DOCS
        for n, (ref, title, said) in enumerate(_ROWS[doc.id], 1)
    ]
    return NameIndex.from_records(_DOCS, records)


@pytest.mark.parametrize(
    "question",
    [
        "Which harbour board actions had the completion date moved?",
        "list the grammar school points whose completion dates were revised",
        "How many of the harbour actions have a completion target later than planned?",
    ],
)
def test_a_state_word_before_a_date_noun_names_no_state(question: str) -> None:
    q = analyse(question, _index())
    assert q.status_says == [] and q.statuses == [], question


def test_the_state_itself_is_still_read() -> None:
    q = analyse("Which harbour board actions are complete?", _index())
    assert q.statuses == ["complete"] or q.status_says == ["Complete"]


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Which school audit recommendations are still open?", ["school"]),
        ("list the school's audit recommendation points", ["school"]),
        ("how many harbour audit recommendations are open", ["harbour"]),
        ("Which audit recommendation actions are open?", ["harbour"]),  # no body word: the title
    ],
)  # fmt: skip
def test_a_body_word_picks_among_papers_the_title_words_also_name(
    question: str, documents: list[str]
) -> None:
    assert analyse(question, _index()).documents == documents, question


@pytest.mark.parametrize(
    "question",
    [
        "Which officer oversees the lettings income point?",
        "which manager deals with crane checks",
        "What department runs the consent forms work?",
    ],
)
def test_a_post_noun_with_its_own_verb_asks_for_the_owner(question: str) -> None:
    assert owner_by_post(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Which team actions are late?",  # the -s word is the subject of an auxiliary
        "what officers oversee it",  # a plural post noun: no such verb read
        "Which actions relate to payroll?",  # no post noun
    ],
)
def test_no_post_verb_read(question: str) -> None:
    assert owner_by_post(question) is None, question


@pytest.mark.parametrize(
    "question",
    [
        "Tell me the harbour actions that are still open",
        "tell us the school points which are not yet implemented",
        "Give me the harbour actions that are high priority and overdue",
        "Harbour: the actions that are not yet implemented?",
    ],
)
def test_rows_in_a_state_asked_by_a_request_are_a_list(question: str) -> None:
    assert analyse(question, _index()).intent == "list", question


def test_a_request_for_one_thing_stays_a_lookup() -> None:
    q = analyse("Tell me the reason that is given for the crane checks slipping", _index())
    assert q.intent != "list"
