"""A state word that is part of the subject ('late invoicing', 'checks were overdue') is a word
to search, not a filter on the rows; a state said of the rows stays a filter. The last clause
of a question that asks for rows after an aside decides the intent; a quantifier over bodies
and 'the ones' are no topic words. Invented papers and wordings."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.state_subject import held_state_neighbours, subject_state_spans
from ingest.model import ActionRecord, DocumentInfo

_TITLES = (
    "Rent invoices are issued late to commercial tenants.",
    "Boiler safety checks were overdue at two depots.",
    "Publish the committee forward plan.",
)


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="log",
        filename="log.docx",
        format="docx",
        sha256="l",
        title="Audit Recommendations Log 2022",
        organisation="Upton Harbour Board",
    )
    records = [
        ActionRecord(
            id=f"log:{n}",
            document=doc.ref(),
            ref=f"UH-{n}",
            ordinal=n,
            title=title,
            finding=title,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, title in enumerate(_TITLES, start=1)
    ]
    return NameIndex.from_records([doc], records)


def test_the_rows_own_words_beside_a_state_word_are_gathered() -> None:
    held = _index().state_neighbours
    assert {"invoic", "issu"} <= held["late"] and {"boiler", "check"} <= held["overdu"]
    assert held_state_neighbours([]) == {}


def test_a_state_word_of_the_subject_is_no_filter() -> None:
    index = _index()
    for question in (
        "Which recommendations cover late invoicing of rent?",
        "List the items where boiler checks were overdue.",
        "How many points concern invoices issued late?",
    ):
        q = analyse(question, index)
        assert not q.slipped and q.subject_states, question
        assert q.intent in ("list", "count"), question


def test_a_state_said_of_the_rows_stays_a_filter() -> None:
    index = _index()
    for question in (
        "Which recommendations are late?",
        "List the overdue items on rent invoices.",
        "Which late points concern the forward plan?",
    ):
        q = analyse(question, index)
        assert q.slipped and not q.subject_states, question


def test_a_state_word_the_rows_never_write_with_its_neighbour_is_a_filter() -> None:
    spans = subject_state_spans("Which harbour dredging is late?", _index().state_neighbours, [])
    assert spans == []


def test_the_last_clause_asking_for_rows_decides_the_intent() -> None:
    index = _index()
    q = analyse("Boiler safety, since it worries me - give me the recommendations.", index)
    assert q.intent == "list" and "boiler" in q.terms
    q = analyse("About rent invoices; how many items are there?", index)
    assert q.intent == "count"
    # a first clause that asks something itself: a question in parts, not an aside
    q = analyse("Who owns UH-1 - and list the items on boilers", index)
    assert q.intent != "list" or q.refs


def test_a_quantifier_over_bodies_and_the_ones_are_no_topic_words() -> None:
    q = analyse("Show me the ones on boiler checks, at whichever body.", _index())
    assert q.intent == "list"
    assert not {"ones", "body", "whichever"} & set(q.terms) and "boiler" in q.terms


def test_a_premise_clause_before_the_request_is_no_aside() -> None:
    q = analyse("Now that the forward plan has been printed, what items does it hold?", _index())
    assert q.intent not in ("list", "count")
