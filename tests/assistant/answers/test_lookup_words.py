"""The word-level pieces of lookups in the asker's own words (issue 14, classes 2 and 7), over
the bundled record with the hashing embedder: the search text in the record's spelling, a
year that names a paper, the fields a wh-word asks for, and which unknown words narrow a
subject. (The meaning links themselves are tested with the real model in
tests/assistant/test_lookup_evidence.py.)"""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.analysis.periods import lone_year_read
from assistant.answers.context import AnswerContext
from assistant.answers.support.linking import linked, respelt_text
from assistant.answers.support.summary import asked_fields
from assistant.answers.support.wordlinks import linked_coverage, narrowing_words
from tests.assistant.answers.conftest import DISTRICT_AUDIT_2002, PURE_2008, doc_id, sample_text

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_the_search_text_is_respelt_as_the_record_writes_it(
    analyse: Analyse, context: Context
) -> None:
    assert "whistle-blowing" in sample_text(PURE_2008)
    q = linked(
        analyse("What is the status of the whistleblowing publicity recommendation?"), context()
    )
    assert q.standalone is not None and "whistle blowing" in q.standalone
    assert respelt_text(
        "the contracts data base", {"data": ["database"], "base": ["database"]}
    ) == ("the contracts database")


def test_a_year_of_a_paper_names_the_paper(analyse: Analyse, context: Context) -> None:
    q = analyse("In the 2002 paper, what was the deadline for defining reporting hierarchies?")
    assert (q.since, q.until) == (2002, 2002)
    named = lone_year_read(q, context().documents)
    assert named.documents == [doc_id(DISTRICT_AUDIT_2002)]
    assert (named.since, named.until) == (None, None)
    listed = analyse("Which actions of the 2002 paper were about reporting hierarchies?")
    assert listed.documents == [doc_id(DISTRICT_AUDIT_2002)]  # the same paper, for a list


def test_a_year_written_as_a_deadline_stays_a_window(analyse: Analyse, context: Context) -> None:
    documents = context().documents
    q = analyse("Which recommendation of the 2008 plan was due by 2009?")
    assert lone_year_read(q, documents) is q  # no lookup, and a deadline's year
    due = analyse("What was due in 2002 for the staff appraisal action?")
    assert lone_year_read(due, documents).documents == due.documents
    slipped = analyse("What slipped in 2008 for the staff appraisal action?")
    assert lone_year_read(slipped, documents) is slipped


def test_a_year_starting_a_span_is_part_of_the_subject(analyse: Analyse, context: Context) -> None:
    q = analyse("What budget reductions are in the 2009-12 budget?")
    plain = lone_year_read(q, context().documents)
    assert (plain.since, plain.until, plain.documents) == (None, None, [])


def test_the_wh_word_asks_for_a_field(analyse: Analyse) -> None:
    assert "owner" in asked_fields(analyse("Who was given the job of clearing the backlog?"))
    assert "due" in asked_fields(analyse("In the 2008 plan, when are members to be trained?"))
    assert not asked_fields(analyse("What is happening about the backlog?")) & {"owner", "due"}


def test_an_unknown_word_narrowing_a_known_one_is_found(analyse: Analyse, context: Context) -> None:
    ctx = context()
    assert narrowing_words(analyse("Who owns the police pension scheme action?"), ctx) == [
        "pension"
    ]
    # coordinated with a known word, or in verb position: no kind of thing
    assert narrowing_words(analyse("Who owns the gifts and hospitality action?"), ctx) == []
    assert narrowing_words(analyse("What is being done (“Benefits tracking”)?"), ctx) == []


def test_framing_words_never_count_against_a_passage(analyse: Analyse, context: Context) -> None:
    q = analyse("Who looks after the annual audit letter?")
    weights = {"look": 4.0, "annual": 1.0, "audit": 1.0, "letter": 1.0}
    text = "R2 Ensure the Annual Audit Letter is on the web site."
    assert linked_coverage(text, weights, q, context()) == 1.0
