"""A verb whose object is a sum ('what did X charge / pay / bill?') asks an amount; the verb
itself names nothing of the subject, so a sentence giving another sum with it ('the survey
cost £4,600') does not answer; a sentence giving the sum reads on from its passage."""

from __future__ import annotations

from assistant.analysis import answer_type
from assistant.answers.support.values import giver_first, gives, without_value_verbs
from assistant.evidence import Evidence
from assistant.text import stem
from ingest.model import DocumentRef

_DOC = DocumentRef(id="d", title="Depot works update", filename="depot.docx")


def _passage(*texts: str) -> list[Evidence]:
    out, start = [], 0
    for rank, text in enumerate(texts):
        out.append(Evidence(text, start, _DOC, "c0", 1, None, None, "prose", rank, 2022))
        start += len(text) + 1
    return out


def test_verbs_of_paying_ask_an_amount() -> None:
    assert answer_type("What did the haulier charge for moving the salt store?") == "amount"
    assert answer_type("what did the trust pay the surveyors, roughly") == "amount"
    assert answer_type("What did Fernside Ltd invoice the board for?") == "amount"
    assert answer_type("What did the survey find?") is None
    assert answer_type("What did the review raise?") is None


def test_a_paying_word_in_the_topic_asks_no_amount() -> None:
    # the question's verb is 'say'; 'charges' and 'costs' are nouns of what it is about
    assert answer_type("What does the log say about parking permit charges?") is None
    assert answer_type("what do the papers say regarding depot running costs") is None
    assert answer_type("What did the review of parking charges cost?") == "amount"


def test_on_names_a_topic_only_after_a_verb_of_saying() -> None:
    assert answer_type("What did the work on the roof cost?") == "amount"
    assert answer_type("what did the survey on flooding cost the trust") == "amount"
    assert answer_type("What did the report say on parking charges?") is None
    assert answer_type("what did the board note on costs") is None


def test_the_verb_of_paying_is_no_word_of_the_subject() -> None:
    weights = {stem("roof"): 2.0, stem("repair"): 2.0, stem("cost"): 2.0}
    assert without_value_verbs("amount", weights) == {stem("roof"): 2.0, stem("repair"): 2.0}
    assert without_value_verbs("year", weights) == weights
    other = _passage("The gritting survey cost £4,600.")
    assert gives("amount", other, weights) is None
    said = _passage("The roof repair cost £12,300.")
    assert gives("amount", said, weights) is said[0]


def test_the_sum_reads_on_from_the_sentences_before_it() -> None:
    passage = _passage(
        "Brackley Surveys, the board's roof contractor, finished the repair in May.",
        "The bill for the year was £12,300.",
    )
    weights = {stem("brackley"): 3.0, stem("surveys"): 2.0, stem("roof"): 2.0}
    ordered = giver_first(passage, passage[1], "amount", weights, {})
    assert ordered[0] is passage[1]


def test_an_inflected_paying_word_after_did_is_a_noun_of_the_subject() -> None:
    assert answer_type("What did the trust create to rein in agency staffing costs?") is None
    assert answer_type("what did the board set up to cut overtime spending") is None
    assert answer_type("What will the new depot cost?") == "amount"
