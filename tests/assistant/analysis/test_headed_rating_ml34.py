"""A rating named with the words of the column that holds it ('the high risk rows' where a
paper heads its priority column 'Risk'), a ref written in two words ('KFT 21-04') read whole,
and a list of refs fronted before the wh-word ('Of R3, R4 and R9, which …') as the rows asked
of. Bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.request_frame import plain_request
from assistant.answers.router import choose_route
from assistant.text import NOT_PRIORITY
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.csv",
        format="csv",
        sha256=key,
        title="Audit action tracker",
        organisation=organisation,
        date="2024-05-01",
        year=2024,
    )


_ROWS = [  # doc, ref, title, header of the rating, rating, state, owner
    ("ferry", "FB-01", "Ticket machine takings are not reconciled", "Risk", "High", "Open", "Ferry Master"),
    ("ferry", "FB-02", "Slipway inspections are not logged", "Risk", "Medium", "Closed", "Ferry Master"),
    ("ferry", "FB-03", "Crew rest hours are not recorded", "Risk", "Low", "Open", "Crew Manager"),
    ("kiln", "KFT 21-04", "Kiln servicing contract has lapsed", "Grading", "Essential", "Open", "Studio Manager"),
    ("kiln", "KFT 21-05", "Glaze stock is not counted", "Grading", "Desirable", "Closed", "Shop Lead"),
]  # fmt: skip
_NORMAL = {"Open": "ongoing", "Closed": "complete"}


def _index() -> NameIndex:
    docs = {
        "ferry": _doc("ferry", "Quayhithe Ferry Board"),
        "kiln": _doc("kiln", "Brackenmoor Kiln Trust"),
    }
    records = [
        ActionRecord(
            id=f"{doc}:{ref}",
            document=docs[doc].ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status=_NORMAL[state],
            status_text=state,
            priority=rating,
            owner=owner,
            columns={"Ref": ref, "Finding": title, header: rating, "Position": state},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (doc, ref, title, header, rating, state, owner) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records(list(docs.values()), records)


@pytest.mark.parametrize(
    ("question", "priority"),
    [
        ("Which Quayhithe ferry actions are high risk?", "High"),
        ("List the medium-risk actions in the ferry board tracker.", "Medium"),
        ("How many ferry board actions carry a risk of low?", "Low"),
        ("Which Brackenmoor kiln actions have an essential grading?", "Essential"),
        ("How many of the ferry board actions are not high risk?", f"{NOT_PRIORITY}High"),
    ],
)  # fmt: skip
def test_a_held_rating_with_its_columns_header_is_the_priority(
    question: str, priority: str
) -> None:
    q = analyse(question, _index())
    assert q.priority == priority, question
    assert not {"risk", "grading", "high", "medium", "low", "essential"} & set(q.terms), q.terms


def test_a_rating_word_before_another_noun_stays_a_subject() -> None:
    # 'risk' heads no rating column of the kiln paper: 'high risk' there is what a row is about
    q = analyse("Which Brackenmoor kiln actions deal with high risk equipment?", _index())
    assert q.priority is None


def test_a_ref_in_two_words_leaves_no_code_word_as_a_subject() -> None:
    q = analyse("Which of KFT 21-04 and KFT 21-05 are still open?", _index())
    assert set(q.refs) == {"KFT 21-04", "KFT 21-05"}
    assert "kft" not in q.terms


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Of FB-01, FB-02 and FB-03, which are owned by the Ferry Master?", "list"),
        ("Out of FB-01 and FB-03, how many actions are still open?", "count"),
        ("Among KFT 21-04 and KFT 21-05, which are closed?", "list"),
        ("How many of FB-01, FB-02 and FB-03 in the ferry tracker are closed?", "count"),
    ],
)  # fmt: skip
def test_a_fronted_list_of_refs_asks_of_those_rows(question: str, intent: str) -> None:
    q = analyse(question, _index())
    assert q.intent == intent, question
    assert choose_route(q) == "register", question


def test_one_fronted_ref_is_no_list() -> None:
    q = analyse("Of FB-01, which owner is named?", _index())
    assert q.intent != "list"


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Count for me the ferry actions shown as Open.", "Count the ferry actions shown as Open."),
        ("count up the closed kiln actions", "count the closed kiln actions"),
        ("List out for us the low risk ferry actions", "List the low risk ferry actions"),
        ("Give me the ferry actions", "Give me the ferry actions"),
    ],
)  # fmt: skip
def test_an_imperatives_beneficiary_or_particle_is_no_part_of_the_question(
    question: str, plain: str
) -> None:
    assert plain_request(question) == plain


def test_a_count_asked_for_someone_is_a_count() -> None:
    q = analyse("Count for me the ferry board actions that are high risk.", _index())
    assert q.intent == "count" and q.priority == "High"


@pytest.mark.parametrize(
    ("question", "priority"),
    [
        ("Which Brackenmoor kiln actions are essential?", "Essential"),
        ("How many of the kiln trust's actions are not desirable?", f"{NOT_PRIORITY}Desirable"),
        ("List the desirable ones in the Brackenmoor kiln tracker.", "Desirable"),
    ],
)  # fmt: skip
def test_a_held_rating_said_alone_of_a_papers_rows_is_the_priority(
    question: str, priority: str
) -> None:
    assert analyse(question, _index()).priority == priority, question


def test_a_held_rating_word_before_a_phrase_of_its_own_stays_a_subject() -> None:
    q = analyse("Which Brackenmoor kiln actions are essential to the studio?", _index())
    assert q.priority is None
