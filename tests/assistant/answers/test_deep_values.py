"""Values a passage answer must read past the first lines for: a subject named by its short
form ('the ILAU') where the question spells it out, or the reverse (acronyms); a value in a
record's cell said in other words than the question's (passages._gives_in_record, with the
real model in tests/assistant/test_lookup_evidence.py); a sentence
a wrapped table cell cut into pieces, quoted whole (recordtext.whole_sentence)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import passages
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import question_aliases, text_aliases, with_aliases
from assistant.answers.support.recordtext import asked_progress, progress_quotes, whole_sentence
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    PURE_2008,
    check_answer,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]

INVENTED = (
    "The Fleet Review Board (FRB) met twice. Savings were agreed by FRB on 3 May 09. "
    "The Estates Planning Group has met; EPG minutes follow. The Depot Plan is new."
)


def test_short_forms_are_read_from_the_text_itself() -> None:
    pairs = dict(text_aliases(INVENTED))
    assert pairs["FRB"] == "Fleet Review Board"  # defined in brackets
    assert pairs["EPG"] == "Estates Planning Group"  # initials of one capitalised run
    assert "DP" not in pairs  # too short to be read from initials alone


def test_a_sentence_is_read_in_both_forms() -> None:
    aliases = dict(text_aliases(INVENTED))
    read = with_aliases("Savings were agreed by FRB on 3 May 09.", aliases)
    assert read.endswith("Fleet Review Board")
    assert with_aliases("The Fleet Review Board met.", aliases).endswith("FRB")
    assert with_aliases("Nothing of the kind.", aliases) == "Nothing of the kind."
    assert with_aliases("Two EPGs met.", aliases).endswith("Estates Planning Group")  # plural


def test_a_question_spelling_out_a_short_form_the_record_uses_is_linked() -> None:
    known = {"frb"}.__contains__
    found = question_aliases("When did the Fleet Review Board agree the savings?", known)
    assert found == {"FRB": "Fleet Review Board"}
    assert question_aliases("When did the Audit Panel meet?", known) == {}


def test_a_date_given_under_the_short_form_answers_the_full_name(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    text = sample_text(DISTRICT_AUDIT_2002)
    assert "The ILAU has always, since its formation in 1999" in text
    q = analyse("When was the Inspection Liaison and Analysis Unit formed?")
    answer = check_answer(assistant, passages.passages(q, context()), "passages")
    first = answer.answer.splitlines()[0]
    assert "since its formation in 1999" in first, first


def test_a_sentence_a_wrapped_cell_cut_is_quoted_whole(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    text = sample_text(PURE_2008)
    assert "The 2009-12 Policing Plan\t" in text  # the row wraps after 'Plan'
    q = analyse("What will the 2009-12 Policing Plan and budget form the basis of?")
    answer = check_answer(assistant, passages.passages(q, context()), "passages")
    first = answer.answer.splitlines()[0]
    assert first.startswith(
        "- The 2009-12 Policing Plan and budget has integrated financial resources"
    ), first
    quotes = [c.quote for c in answer.citations[:2]]
    assert quotes[0].endswith("The 2009-12 Policing Plan") and quotes[1].startswith("and budget")


def test_two_cells_the_ingest_ran_together_are_not_one_sentence(assistant: Assistant) -> None:
    text = sample_text(AGS_2007_08)
    cut = "This now explicitly includes the governance arrangements between the MPA and"
    assert cut in text
    record = next(r for r in assistant.records() if r.source_text and cut in r.source_text)
    start = record.source_start + record.source_text.index(cut)
    assert whole_sentence(record, start) is None


def test_a_value_sentence_is_read_with_the_one_before_it(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    # 'These reductions reflect the budget principles …' then 'Less than 9% relate to …'
    assert "Less than 9% relate to public-facing, operational services." in sample_text(PURE_2008)
    q = analyse("What percentage of the budget reductions affect operational services?")
    answer = check_answer(assistant, passages.passages(q, context()), "passages")
    assert "Less than 9%" in answer.answer.splitlines()[0]


def test_a_verb_after_a_plural_noun_narrows_nothing(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    # 'touch' is in no paper; it is the clause's verb, not a kind of reductions
    assert "touch" not in sample_text(PURE_2008).lower()
    q = analyse("What share of the budget reductions touch public-facing services?")
    answer = check_answer(assistant, passages.passages(q, context()), "passages")
    assert "Less than 9%" in answer.answer


def test_a_long_note_is_quoted_by_what_the_question_asks_of_it(assistant: Assistant) -> None:
    # R1's note runs to nine sentences; what could not be done is said in its last two
    text = sample_text(DISTRICT_AUDIT_2002)
    assert "We have been unable to provide data for BVPI 153b" in text
    answer = assistant.ask(
        "What progress notes say the MPS could not deliver on R1 in the District Audit summary?"
    )
    assert not answer.abstained, answer.answer
    assert "unable to provide data for BVPI 153b" in answer.answer
    assert "not yet made data available" in answer.answer
    asked = answer.answer.split("\n\nRest of the row —")[0]  # the rest of R1 follows as its card
    assert "An additional survey" not in asked  # 'November' is no 'no'


def test_a_long_note_without_a_negation_keeps_its_first_sentences(assistant: Assistant) -> None:
    record = next(r for r in assistant.records() if r.ref == "R1" and r.year == 2002)
    first = asked_progress(record, "What progress was made on R1?", {}, 3)
    assert [text for text, _ in first] == [text for text, _ in progress_quotes(record, 3)]


def test_a_ref_question_without_topic_words_gets_the_sentence_its_own_words_name(
    assistant: Assistant,
) -> None:
    # 'paper' and 'due' are no topic words, but they name the sentence that answers
    assert "a paper is due to Management Board & the MPA" in sample_text(PURE_2008)
    answer = assistant.ask("Which paper is due on R11 in the PURE plan, and to whom?")
    assert not answer.abstained, answer.answer
    assert "a paper is due to Management Board & the MPA" in answer.answer
