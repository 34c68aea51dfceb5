"""Answers over the bundled record: each intent, both kinds of 'no', corrected premises.

Every answer goes through ``ask``, which checks that each citation is verbatim.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import ABSTAIN_PHRASE, Answer

pytestmark = pytest.mark.slow
Ask = Callable[..., Answer]


def test_slipped_partnership_actions_since_2008(ask: Ask) -> None:
    answer = ask("Which partnership actions slipped since 2008?")
    assert not answer.abstained and answer.route == "register"
    assert [r.id for r in answer.records] == ["000_f60702f293bad3c1-txt:3"]
    assert "December 2008" in answer.answer and "March 2009" in answer.answer
    quotes = [c.quote for c in answer.citations]
    assert "Original deadline of December 2008 now revised to March 2009" in quotes
    # and what the 2017 report says about strategic partnerships
    later = [c for c in answer.citations if c.document.filename == "001_f17b8c3d3b95c95d.txt"]
    assert later and later[0].ref == "8"
    assert "This area continues to exist without a working lead." in answer.answer
    assert answer.coverage.matched == 1 and answer.coverage.searched_documents == 5
    assert answer.coverage.rule and "revised" in answer.coverage.rule
    assert "1 of 76 actions in 5 documents match" in answer.coverage.line


def test_count_is_exact(ask: Ask) -> None:
    answer = ask("How many recommendations in the District Audit report were completely met?")
    assert answer.query.intent == "count" and answer.coverage.matched == 6
    assert answer.answer.startswith("**6**")
    assert sorted(r.ref for r in answer.records) == ["R10", "R11", "R12", "R2", "R4", "R5"]
    assert all("Recommendation met" in c.quote for c in answer.citations)


def test_list_by_theme_and_document_is_complete(ask: Ask) -> None:
    answer = ask("Which HMIC recommendations are ongoing?")
    assert [r.ref for r in answer.records] == [f"HMIC R{i}" for i in range(1, 6)]
    assert len(answer.citations) == 5  # HMIC R5 is ongoing by its progress note, not a status cell


def test_unanswerable_abstains_without_citations(ask: Ask) -> None:
    answer = ask("What is the MPS policy on body-worn cameras?")
    assert answer.abstained and answer.citations == [] and answer.records == []
    assert answer.answer.startswith(ABSTAIN_PHRASE)
    assert "'cameras'" in answer.answer


def test_unknown_ref_abstains_and_lists_the_real_refs(ask: Ask) -> None:
    answer = ask("What did R30 recommend?")
    assert answer.abstained and answer.citations == []
    assert "R1–R27" in answer.answer and "R1–R13" in answer.answer


def test_zero_match_is_an_answer_not_an_abstention(ask: Ask) -> None:
    answer = ask("Which partnership actions had a revised deadline after 2009?")
    assert not answer.abstained and answer.records == [] and answer.citations == []
    assert answer.answer.startswith(
        "No partnership actions in the record had a revised deadline after 2009."
    )
    assert answer.coverage.matched == 0 and "searched 2002–2017" in answer.coverage.line


def test_false_premise_is_corrected(ask: Ask) -> None:
    answer = ask("Why was the partnership toolkit cancelled?")
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert answer.answer.startswith(
        "**The record does not say that the partnership toolkit was cancelled.**"
    )
    assert "It is due to be launched in April." in [c.quote for c in answer.citations]


def test_false_premise_about_a_named_record(ask: Ask) -> None:
    answer = ask("Why was R18 completed in 2008?")
    assert "premise-corrected" in answer.notes
    assert answer.answer.startswith("**No — the record does not show R18")
    assert "Q2 2009" in answer.answer and "Status: not stated" in answer.answer


def test_lookup_owner_by_ref(ask: Ask) -> None:
    answer = ask("Who is responsible for R18?")
    assert "Director of Finance Services" in answer.answer
    assert answer.citations[0].ref == "R18" and answer.citations[0].quote.startswith(
        "Director of Finance Services"
    )


def test_lookup_date_by_description(ask: Ask) -> None:
    answer = ask("When is the HR policies action due?")
    assert answer.route == "field"
    assert "March 2009" in answer.answer and "November 2008" in answer.answer


def test_explain_from_passages(ask: Ask) -> None:
    answer = ask("Why did the MPA need HR policies?")
    assert answer.route == "passages" and not answer.abstained
    assert any("effective MPA HR policies" in c.quote for c in answer.citations)


def test_lookup_in_a_named_year(ask: Ask) -> None:
    answer = ask("What does the 2017 report say about strategic partnerships?")
    assert {c.document.filename for c in answer.citations} == {"001_f17b8c3d3b95c95d.txt"}
    assert "no clear Met lead for some strategic partnerships" in answer.answer


def test_compare_across_documents(ask: Ask) -> None:
    answer = ask("How did partnership governance change between 2002 and 2017?")
    assert answer.route == "compare"
    files = [c.document.filename for c in answer.citations]
    assert len(set(files)) >= 2 and "001_f17b8c3d3b95c95d.txt" in files


def test_recurring_groups_by_document_and_year(ask: Ask) -> None:
    answer = ask("Has risk management been a recurring weakness?")
    assert answer.route == "recurring" and answer.answer.startswith("**Yes")
    documents = {r.document.filename for r in answer.records}
    assert {
        "000_f60702f293bad3c1.txt",
        "002_93be34f48625d430.txt",
        "001_f17b8c3d3b95c95d.txt",
    } <= documents


def test_filters_from_the_request_narrow_the_answer(ask: Ask) -> None:
    answer = ask("Which actions are complete?", filters={"document": ["002_93be34f48625d430.txt"]})
    assert {r.document.filename for r in answer.records} == {"002_93be34f48625d430.txt"}
    assert answer.coverage.matched == 5


def test_answer_carries_analysis_and_timings(ask: Ask) -> None:
    answer = ask("Which partnership actions slipped since 2008?")
    assert answer.query.themes == ["partnership"] and answer.query.slipped
    assert answer.timings_ms["total"] > 0
