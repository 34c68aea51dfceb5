"""Questions that name the register's values, fields and sides in other words (issue 14).

Each question is written here, over the bundled papers, in wording the analyser's tables were
not built on: negated statuses and degrees, due-date windows, owners held alone, fields asked
in paraphrase, owners counted against each other, the time between two papers, and subjects
narrowed by meaning across reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.model import Answer
from assistant.answers.router import choose_route
from assistant.service import Assistant
from ingest.extract import extract
from ingest.loaders import load_document
from tests.assistant.conftest import check_citations

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
Ask = Callable[..., Answer]


@pytest.fixture(scope="module")
def name_index() -> NameIndex:
    docs = [extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    return NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])


@pytest.fixture(scope="module")
def ask(assistant: Assistant) -> Ask:
    """The real-model assistant's answers, citations checked. (The session-wide ``ask`` binds
    to whichever ``assistant`` first requests it: after tests/assistant/answers/, the hashing
    embedder's, which has no meaning to match by.)"""

    def run(question: str, **kwargs: object) -> Answer:
        answer = assistant.ask(question, **kwargs)  # type: ignore[arg-type]
        check_citations(assistant, answer)
        return answer

    return run


def refs(answer: Answer) -> set[str]:
    return {r.ref or r.title for r in answer.records}


# -- class 1: list, count and recurring filters ---------------------------------------------
def test_negated_status_in_other_words_is_a_complement(name_index: NameIndex) -> None:
    q = analyse("Which of the District Audit recommendations are not yet done?", name_index)
    assert q.intent == "list"
    assert sorted(q.statuses) == ["not_started", "ongoing", "partial"]


def test_not_at_all_is_a_degree_filter_not_a_complement(ask: Ask) -> None:
    q = ask("How many of the District Audit recommendations were not achieved at all?")
    assert q.query.degree == "not at all" and not q.query.statuses
    assert q.coverage.matched == 0
    assert "not met at all" in q.answer


def test_before_the_end_of_a_year_is_a_due_window(name_index: NameIndex) -> None:
    q = analyse("Which actions are due before the end of 2009?", name_index)
    assert (q.due_from, q.due_to) == (None, "2009-12-31")
    assert q.since is None and q.until is None  # not a window on the reports' years
    after = analyse("Which items have deadlines after the end of 2008?", name_index)
    assert after.due_from == "2009-01-01" and after.since is None


def test_a_verb_whose_object_is_an_owner_is_no_revised_deadline(name_index: NameIndex) -> None:
    moved = analyse("Which actions were moved to the Treasurer?", name_index)
    assert moved.revised is None and moved.owner == "Treasurer"
    deadline = analyse("Which actions were moved to March 2009?", name_index)
    assert deadline.revised is True


def test_how_many_without_a_noun_counts_records(name_index: NameIndex) -> None:
    q = analyse("How many had their deadline put back?", name_index)
    assert q.intent == "count" and q.revised is True
    assert choose_route(q) == "register"
    figure = analyse("How many were trained last year?", name_index)
    assert figure.intent == "lookup"  # no register value named: a figure in prose


def test_an_owner_alone_leaves_out_shared_records(ask: Ask) -> None:
    answer = ask("Which actions are owned solely by the Director of Finance Services?")
    assert answer.query.owner_only
    assert answer.records
    for record in answer.records:
        assert record.owner == "Director of Finance Services"
    shared = ask("Which actions does the Treasurer hold on its own?")
    assert refs(shared) == {"R2"}  # R13 is shared with the Director of Finance Services


def test_a_body_acronym_before_the_noun_is_no_subject_word(name_index: NameIndex) -> None:
    q = analyse("Which MPS actions are owned by the Director of Property Services?", name_index)
    assert "mps" not in q.subject_terms
    topic = analyse("Which actions about the MPA are complete?", name_index)
    assert topic.owner is None  # a topic phrase names a subject, not who owns it
    assert "mpa" in topic.subject_terms


def test_a_recurring_subject_is_narrowed_within_its_theme(ask: Ask) -> None:
    answer = ask("Has the question of financial training for members come up again and again?")
    assert "R9" in refs(answer)
    assert len(answer.records) <= 5  # not every finance and training record


# -- class 2: fields asked in other words ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Who's on the hook for R21?", "owner"),
        ("Whose job is R13?", "owner"),
        ("Who is accountable for HMIC R5?", "owner"),
        ("How urgent is R24?", "priority"),
        ("What is the target date for the whistle-blowing action?", "due"),
    ],
)
def test_field_paraphrases(name_index: NameIndex, question: str, field: str) -> None:
    assert analyse(question, name_index).field == field


def test_a_paraphrased_field_is_answered_with_its_value(ask: Ask) -> None:
    answer = ask("How urgent is R24?")
    assert "High" in answer.answer
    owner = ask("Whose job is HMIC R5?")
    assert "MPA" in owner.answer


def test_a_status_word_as_the_timescale_filters_the_due_column(ask: Ask) -> None:
    answer = ask("Which actions have a timescale of ongoing?")
    assert answer.query.due_says == "ongoing" and not answer.query.statuses
    assert answer.records
    for record in answer.records:
        assert "ongoing" in re.sub(r"[^a-z]", "", (record.due_text or "").lower())


# -- class 3: comparisons -------------------------------------------------------------------
def test_who_owns_more_counts_each_side(ask: Ask) -> None:
    answer = ask("Which has fewer actions, the Head of Pay and Benefits or the Treasurer?")
    first = answer.answer.splitlines()[0]
    assert "Head of Pay and Benefits owns fewer: 1 against 2" in first
    assert answer.citations


def test_how_far_apart_two_papers_are(ask: Ask) -> None:
    answer = ask("How far apart are the 2017 governance report and the District Audit report?")
    assert "15 years apart" in answer.answer
    assert not answer.abstained and len(answer.citations) == 2


def test_each_side_is_echoed_next_to_its_ref(ask: Ask) -> None:
    answer = ask("Which is due first, the scheme of delegation action or the whistle-blowing one?")
    assert "“the scheme of delegation action” is **R18**" in answer.answer
    assert "“the whistle-blowing one” is **R22**" in answer.answer


def test_sides_in_other_words_resolve_by_meaning(ask: Ask) -> None:
    answer = ask(
        "Which was met more fully, the recommendation on appraising staff or the one on "
        "measurable performance targets?"
    )
    assert "is **R6**" in answer.answer and "is **R8**" in answer.answer
    assert "R6 was met further than R8" in answer.answer


def test_a_subject_word_inside_an_owner_title_is_no_owner(name_index: NameIndex) -> None:
    q = analyse("Which pay and benefits actions have a deadline in 2009?", name_index)
    assert q.owner is None and {"pay", "benefits"} <= set(q.subject_terms)
    owned = analyse("Which actions does the treasurer own?", name_index)
    assert owned.owner == "Treasurer"


def test_a_list_shows_the_field_it_was_asked_for(ask: Ask) -> None:
    answer = ask("Which actions owned by the Treasurer are the most urgent?")
    assert answer.query.fields == ["priority"]
    # 'the most urgent': the top of the paper's scale (answers.support.rating_scale)
    assert answer.query.priority == "High"
    assert "priority: High" in answer.answer and "priority: Low" not in answer.answer
