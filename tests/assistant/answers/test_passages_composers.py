"""guards.unknown_words (the guard), passages.passages (verbatim sentences, premises
corrected) and side_by_side.side_by_side (one sentence per document)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import guards, passages, side_by_side
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DOCUMENTS,
    MOPAC_2017,
    MPS_2017,
    PERIOD,
    PURE_2008,
    check_abstained,
    check_answer,
    doc_id,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]
ALL = [AGS_2007_08, MPS_2017, PURE_2008, MOPAC_2017, "004_8a3584b528f67d05"]
WHISTLE = "What has the MPS done to better publicise its whistle-blowing arrangements?"


def _words_of_record() -> set[str]:
    return {w for stem in ALL for w in re.findall(r"[a-z]+", sample_text(stem).lower())}


def test_unknown_words_abstains_naming_the_words_no_document_uses(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("What is the MPS policy on body-worn cameras?")
    words = _words_of_record()
    assert {"body", "worn", "cameras"}.isdisjoint(words) and "policy" in words
    answer = guards.unknown_words(q, context())
    check_abstained(answer, "'body', 'worn', 'cameras'", "No document in it uses those words.")
    assert answer is not None and "'policy'" not in answer.answer


def test_unknown_words_abstains_on_a_question_without_a_subject(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("What happened in 2012?")
    assert not q.terms and not q.themes and not q.documents
    check_abstained(guards.unknown_words(q, context()), "that question", "names no subject")


def test_unknown_words_passes_on_words_the_record_uses(analyse: Analyse, context: Context) -> None:
    q = analyse(WHISTLE)
    assert {"whistle", "blowing", "publicise"} <= _words_of_record()
    assert guards.unknown_words(q, context()) is None


def test_passages_quotes_what_was_done_on_whistle_blowing(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    answer = check_answer(assistant, passages.passages(analyse(WHISTLE), context()), "passages")
    said = "The MPS has recently launched the On-line 'Right Line'."
    assert said in sample_text(PURE_2008)
    assert f"Progress: “{said}” [" in answer.answer
    assert {c.document.id for c in answer.citations} == {doc_id(PURE_2008)}
    assert {c.ref for c in answer.citations} == {"R22"}
    assert "Status: complete (“Complete”)" in answer.answer
    n = len(answer.citations)
    assert answer.coverage.matched == n
    assert answer.coverage.line == (
        f"Answer drawn from {n} passages in 1 document; searched {DOCUMENTS} documents ({PERIOD})."
    )


def test_passages_corrects_a_premise_the_record_does_not_support(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Why was the MPS partnership toolkit cancelled?")
    answer = check_answer(assistant, passages.passages(q, context()), "passages")
    ags = sample_text(AGS_2007_08)
    assert not re.search(r"cancel|scrap|abandon", ags, re.I)
    assert answer.answer.startswith(
        "**The record does not say that the MPS partnership toolkit was cancelled.**"
    )
    assert "premise-corrected" in answer.notes
    assert "Its deadline is March 2009, revised from December 2008 [1]" in answer.answer
    assert (
        answer.citations[0].quote == "Original deadline of December 2008 now revised to March 2009"
    )
    assert "It is due to be launched in April." in ags
    assert any(c.quote == "It is due to be launched in April." for c in answer.citations)
    assert {c.document.id for c in answer.citations} == {doc_id(AGS_2007_08)}


def test_side_by_side_gives_one_sentence_per_document_oldest_first(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Compare how internal control was described in 2008 and 2017.")
    answer = check_answer(assistant, side_by_side.side_by_side(q, context()), "compare")
    assert answer.answer.startswith("**Internal control across 3 documents, oldest first:**")
    cited = [c.document.id for c in answer.citations]
    assert cited == [doc_id(AGS_2007_08), doc_id(PURE_2008), doc_id(MPS_2017)]
    years = {d.id: d.year or 0 for d in assistant.documents()}
    assert [years[d] for d in cited] == sorted(years[d] for d in cited)
    for citation in answer.citations:  # each speaks to the subject
        assert re.search(r"internal control", citation.quote, re.I)
        assert citation.quote in sample_text(citation.document.id.removesuffix("-txt"))
    assert [c.ref for c in answer.citations] == ["1", "R17", "9"]
    assert answer.coverage.matched == 3
    assert (
        answer.coverage.line
        == f"Compared 3 of {DOCUMENTS} documents that speak to it; searched {PERIOD}."
    )


def test_side_by_side_passes_when_one_document_speaks_to_it(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("Compare the whistle-blowing arrangements in 2008 and 2017.")
    speaking = [stem for stem in ALL if "whistle" in sample_text(stem).lower()]
    assert speaking == [PURE_2008]
    assert side_by_side.side_by_side(q, context()) is None


def test_the_kind_of_value_asked_for_is_read_from_the_question() -> None:
    from assistant.analysis import answer_type

    assert answer_type("How much did the 2009-12 budget save?") == "amount"
    assert answer_type("What was the total cost of the review?") == "amount"
    assert answer_type("What percentage of staff were appraised?") == "percentage"
    assert answer_type("When was the Standards Committee set up?") == "year"
    assert answer_type("In what year did the board accept the plan?") == "year"
    assert answer_type("When is R18 due?") is None  # a field of a record, not a passage value
    assert answer_type("How many recommendations were complete?") is None  # a count


def test_a_value_the_passages_give_is_answered(analyse: Analyse, context: Context) -> None:
    q = analyse("How much in new net savings does the 2009-12 budget include?")
    answer = passages.passages(q, context())
    assert not answer.abstained
    assert "£12" in answer.answer  # 'new net savings of £12.9m', verbatim from the PURE plan


def test_an_attribute_the_record_does_not_give_is_refused(
    analyse: Analyse, context: Context
) -> None:
    """The subject is in the record (the partnership toolkit), the amount asked for is not."""
    assert (
        "toolkit"
        in sample_text(AGS_2007_08).lower()
        + sample_text("004_8a3584b528f67d05").lower()
        + sample_text(PURE_2008).lower()
    )
    q = analyse("What was the total cost of the partnership toolkit?")
    assert not q.quantity  # no 'how much': the figure check alone would not refuse it
    answer = passages.passages(q, context())
    check_abstained(answer)
    assert "the amount of" in answer.answer and "£" not in answer.answer


def test_a_sentence_that_introduces_a_list_is_quoted_with_its_items(
    analyse: Analyse, context: Context
) -> None:
    """'The key things you need to know are:' is nothing without the bullets after it."""
    q = analyse(
        "What are the key things the 2017 MPS governance report says the panel needs to know?"
    )
    answer = passages.passages(q, context())
    line = next(x for x in answer.answer.splitlines() if "you need to know are:" in x)
    assert "Progress is evident across all improvement areas" in line
    assert "Gaps remain around how some strategic partnerships" in line


def test_a_figure_the_question_misstates_is_corrected(analyse: Analyse, context: Context) -> None:
    """The 2009-12 budget includes new net savings of £12.5m, not £20m."""
    q = analyse("Why does the 2009-12 budget include £20m of new net savings?")
    answer = passages.passages(q, context())
    assert answer.answer.startswith("**The record does not give £20m: it gives £12.5m** — “")
    assert "What the record says:" not in answer.answer  # nothing more to say
    assert "premise-corrected" in answer.notes
