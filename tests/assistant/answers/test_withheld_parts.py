"""A part of a paper the paper marks as withheld ('Appendix 1 – … (Restricted)') is not in the
record: a question about what it says abstains, saying so; a question about the withholding
is answered from the covering paper. The result of an event the record only announces
abstains, however the question asks for it (issue 14, exam7 PR3)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis.patterns import OUTCOME
from assistant.answers.composers.documents import _WITHHELD_LINE
from assistant.answers.model import Answer
from assistant.service import Assistant


def test_withheld_parts_are_read_from_their_headings() -> None:
    text = (
        "Appendices\nAnnex B: Exempt\nAppendix 2 – Site valuations (Confidential)\n"
        "Appendix 3 – Budget summary\nThe confidential nature of part of this plan is noted.\n"
    )
    found = [
        (m.group("part"), m.group("mark") or m.group("mark2"))
        for m in _WITHHELD_LINE.finditer(text)
    ]
    assert found == [("Annex B", "Exempt"), ("Appendix 2", "Confidential")]


def test_the_content_of_a_restricted_appendix_is_not_in_the_record(
    ask: Callable[[str], Answer],
) -> None:
    for question in (
        "What actions does Appendix 1 of the December 2017 paper set out for HR policies?",
        "Show me the restricted appendix of the MOPAC plan.",
    ):
        answer = ask(question)
        assert answer.abstained and not answer.citations, question
        assert "restricted" in answer.answer


def test_which_part_is_withheld_is_answered(ask: Callable[[str], Answer]) -> None:
    answer = ask("Which appendix of the December 2017 paper is restricted?")
    assert not answer.abstained and "Appendix 1" in answer.answer


def test_another_part_is_not_taken_for_the_withheld_one(ask: Callable[[str], Answer]) -> None:
    answer = ask("What is attached at Appendix 1 of the December 2017 report?")
    assert not answer.abstained


def test_the_result_of_an_event_is_asked_for_in_many_ways() -> None:
    for question in (
        "What did the spring conference recommend?",
        "What were the findings of the peer review?",
        "What was learned at the away-day?",
        "How did the pilot go?",
    ):
        assert OUTCOME.search(question), question
    assert not OUTCOME.search("What does the plan recommend on staffing?")
    assert OUTCOME.search("What resulted from the peer review?")
    assert not OUTCOME.search("How many actions resulted from the peer review?")  # a count


def test_an_event_only_announced_has_no_result_in_the_record(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("What did the January workshop with Grant Thornton recommend?")
    assert answer.abstained and "planned" in answer.answer


def test_a_withheld_part_taken_to_be_public_is_corrected_from_the_paper_s_list(
    assistant: Assistant,
) -> None:
    # exam9 AB-C4: 'the appendix' is the one part the paper lists (Appendix A and B are only
    # mentioned in its text); 'as published' takes it to be public, which the paper denies
    answer = assistant.ask("In the MOPAC paper's appendix, as published, which items are late?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("**No — Appendix 1 (Governance Improvement Plan) is not")
    assert "marks it restricted" in answer.answer and len(answer.citations) == 1
