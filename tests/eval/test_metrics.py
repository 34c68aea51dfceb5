"""Every metric on hand-made examples, including the edge cases (no facts, no citations, empty
sets, empty slices)."""

from __future__ import annotations

import pytest

from eval.gold import GoldQuestion
from eval.metrics import (
    METRICS,
    CitationView,
    Response,
    aggregate,
    by_type,
    fact_present,
    fact_recall,
    grounded_citations,
    is_cited,
    is_zero_match,
    missing_facts,
    normalise,
    outcome,
    recall_at_k,
    reciprocal_rank,
    relevant_citations,
    score_question,
    set_scores,
    strict_correct,
)

TEXTS = {
    "a.txt": "The Interim Solution went live in Oct 08.\fFull Solution: Q2 2009.",
    "b.txt": "R5 is Low.",
}


def question(
    qtype: str = "lookup",
    facts: tuple[tuple[str, ...], ...] = (("Q2 2009",), ("Interim Solution", "interim")),
    records: tuple[str, ...] = (),
    sources: tuple[str, ...] = ("a.txt",),
) -> GoldQuestion:
    answerable = qtype != "unanswerable"
    if not answerable:
        facts, records, sources = (), (), ()
    return GoldQuestion("q1", "When?", qtype, answerable, facts, records, sources)


def cite(quote: str = "Full Solution: Q2 2009", filename: str = "a.txt") -> CitationView:
    return CitationView(filename=filename, quote=quote)


def answer(text: str = "Due Q2 2009 after the interim solution [1].", **kw: object) -> Response:
    kw.setdefault("citations", (cite(),))
    return Response(answer=text, **kw)  # type: ignore[arg-type]


# -- key facts ----------------------------------------------------------------------------------
def test_normalise_folds_case_dashes_and_whitespace() -> None:
    assert (
        normalise("Q4  2008\u201309\n\tCOMPLETE \u2014 ongoing") == "q4 2008-09 complete - ongoing"
    )


@pytest.mark.parametrize(
    ("alternatives", "text", "expected"),
    [
        (["Head of Pay"], "owned by the HEAD OF PAY and Benefits", True),
        (["Q4 2008-09"], "pilot to commence Q4 2008\u201309", True),  # en dash in the answer
        (["Q4 2008\u201309"], "pilot to commence Q4 2008-09", True),  # en dash in the fact
        (["without a working lead"], "exists without a\nworking   lead", True),
        (["SIB", "Service Improvement Board"], "the Service Improvement Board", True),
        (["March 2009"], "Marc h 2009", False),
        (["SIB"], "the responsibility of the board", False),  # not inside a word
        (["6"], "6 of 76 actions", True),
        (["6"], "of 76 actions", False),  # nor inside a number
        (["15"], "in 2015/16", False),
        (["7"], "7 of 76 actions", True),
        (["7"], "of 76 actions", False),  # nor the start of a longer number
        (["7"], "a score of 7.5", False),
        (["13"], "13 recommendations, against 5.", True),
        (["March 31"], "on March 31st 2002", True),  # a boundary before it only
        (["£142m"], "savings of £142m", True),
        ([""], "anything", False),  # an empty alternative never matches
        (["3 actions"], "**3** actions are open", True),  # read as shown, without emphasis
        (["**3** actions"], "3 actions are open", True),  # a fact written in markdown too
        (["R1 Improve"], "- **R1** Improve the plan", True),
        (["file_name.txt"], "see file_name.txt", True),  # an underscore inside a word stays
        (["R1"], "**R10** Improve", False),
    ],
)
def test_fact_present(alternatives: list[str], text: str, expected: bool) -> None:
    assert fact_present(alternatives, text) is expected


def test_fact_recall_counts_facts_not_alternatives() -> None:
    facts = [["Q2 2009"], ["Interim Solution", "interim"], ["Director"]]
    assert fact_recall(facts, "interim, then Q2 2009") == pytest.approx(2 / 3)
    assert missing_facts(facts, "interim, then Q2 2009") == ["Director"]


def test_fact_recall_without_facts_is_not_measured() -> None:
    assert fact_recall([], "any answer") is None
    assert missing_facts([], "any answer") == []


# -- retrieval ----------------------------------------------------------------------------------
def test_recall_at_k_uses_the_documents_of_the_first_k_hits() -> None:
    hits = ["a.txt", "a.txt", "c.txt", "a.txt", "d.txt", "b.txt"]
    assert recall_at_k(hits, {"a.txt", "b.txt"}, 5) == 0.5
    assert recall_at_k(hits, {"a.txt", "b.txt"}, 10) == 1.0
    assert recall_at_k([], {"a.txt"}, 5) == 0.0


def test_reciprocal_rank_ranks_distinct_documents() -> None:
    hits = ["c.txt", "c.txt", "c.txt", "b.txt", "a.txt"]
    assert reciprocal_rank(hits, {"b.txt"}) == 0.5  # second distinct document
    assert reciprocal_rank(hits, {"a.txt", "b.txt"}) == 0.5  # the first expected one counts
    assert reciprocal_rank(hits, {"z.txt"}) == 0.0


def test_retrieval_without_expected_sources_is_not_measured() -> None:
    assert recall_at_k(["a.txt"], set(), 5) is None
    assert reciprocal_rank(["a.txt"], set()) is None


# -- sets ---------------------------------------------------------------------------------------
def test_set_scores_partial_overlap() -> None:
    precision, recall, f1 = set_scores(["R1", "R2", "R9"], ["R1", "R2", "R3", "R4"])
    assert precision == pytest.approx(2 / 3)
    assert recall == 0.5
    assert f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_set_scores_ignore_duplicates() -> None:
    assert set_scores(["R1", "R1"], ["R1"]) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("returned", "gold", "expected"),
    [
        ([], [], (1.0, 1.0, 1.0)),  # nothing expected, nothing returned: right
        ([], ["R1"], (0.0, 0.0, 0.0)),  # nothing returned: no division by zero
        (["R1"], [], (0.0, 0.0, 0.0)),  # nothing expected but something returned
        (["R2"], ["R1"], (0.0, 0.0, 0.0)),  # disjoint: F1 without dividing by zero
    ],
)
def test_set_scores_edge_cases(
    returned: list[str], gold: list[str], expected: tuple[float, float, float]
) -> None:
    assert set_scores(returned, gold) == expected


# -- strictness, abstention, outcomes -----------------------------------------------------------
def test_strict_needs_every_fact_a_citation_and_no_abstention() -> None:
    q = question()
    assert strict_correct(q, answer())
    assert not strict_correct(q, answer("Due Q2 2009 [1]."))  # a fact is missing
    assert not strict_correct(q, answer(citations=()))  # not cited
    assert not strict_correct(q, answer(abstained=True))


def test_strict_without_facts_needs_only_a_cited_answer() -> None:
    q = question(facts=())
    assert strict_correct(q, answer("Anything [1]."))
    assert not strict_correct(q, answer("Anything.", citations=()))


def test_zero_match_answer_counts_as_cited() -> None:
    zero = Response(
        answer="No partnership actions in the record had a revised deadline.", matched=0
    )
    assert is_zero_match(zero) and is_cited(zero)
    noted = Response(
        answer="**No actions about drones appear in the record.**", notes=("zero-match",)
    )
    assert is_zero_match(noted)
    # a zero-match answer must say so, and must not be an abstention or return records
    assert not is_zero_match(Response(answer="Here is what I found.", matched=0))
    assert not is_zero_match(Response(answer="No match.", matched=0, abstained=True))
    assert not is_zero_match(Response(answer="No match.", matched=0, records=("d:R1",)))
    assert not is_zero_match(Response(answer="No match.", matched=None))  # count unknown
    q = question(facts=(("no partnership actions",),))
    assert strict_correct(q, zero)


def test_unanswerable_is_strict_when_abstained_without_citations() -> None:
    q = question("unanswerable")
    assert strict_correct(q, Response(answer="The record does not cover this.", abstained=True))
    assert not strict_correct(q, Response(answer="x", abstained=True, citations=(cite(),)))
    assert not strict_correct(q, answer())  # answered


def test_outcomes() -> None:
    q, u = question(), question("unanswerable")
    assert outcome(q, answer()) == "correct"
    assert outcome(q, answer("Q2 2009 [1].")) == "hallucinated"  # answered, a fact missing
    assert outcome(q, answer(citations=())) == "hallucinated"  # answered, uncited
    assert outcome(q, Response(answer="not covered", abstained=True)) == "missing"
    assert outcome(q, Response.failed("HTTPStatusError: 500")) == "missing"
    assert outcome(u, Response(answer="not covered", abstained=True)) == "correct"
    assert outcome(u, answer()) == "hallucinated"
    assert not strict_correct(q, Response(answer=answer().answer, error="boom"))


# -- citations ----------------------------------------------------------------------------------
def test_grounding_is_a_verbatim_substring_of_the_cited_document() -> None:
    citations = [
        cite("Full Solution: Q2 2009"),  # verbatim
        cite("went live in Oct 08.\fFull"),  # verbatim across a page break
        cite("Full  Solution: Q2 2009"),  # whitespace differs: not verbatim
        cite("full solution: q2 2009"),  # case differs
        cite("R5 is Low."),  # verbatim, but in another document than the one cited
        cite("Full Solution", filename="unknown.txt"),
        cite("   "),
    ]
    assert grounded_citations(citations, TEXTS) == 2
    assert grounded_citations([], TEXTS) == 0


def test_relevance_is_citing_an_expected_source() -> None:
    citations = [cite(), cite(filename="b.txt"), cite()]
    assert relevant_citations(citations, {"a.txt"}) == 2
    assert relevant_citations(citations, set()) == 0


# -- parsing the /v1/ask object -----------------------------------------------------------------
def test_response_from_api() -> None:
    body = {
        "answer": "R18 is due Q2 2009 [1].",
        "abstained": False,
        "citations": [
            {"n": 1, "document": {"id": "a-txt", "filename": "a.txt"}, "quote": "Q2 2009"}
        ],
        "records": [{"id": "a-txt:R18", "ref": "R18"}],
        "coverage": {"matched": 1, "searched_documents": 5, "line": ""},
        "notes": ["x"],
        "query": {"intent": "lookup"},
    }
    r = Response.from_api(body, latency_ms=12.5)
    assert r.citations == (CitationView("a.txt", "Q2 2009"),)
    assert r.records == ("a-txt:R18",)
    assert (r.matched, r.notes, r.latency_ms, r.abstained) == (1, ("x",), 12.5, False)
    empty = Response.from_api({})
    assert (empty.answer, empty.citations, empty.records, empty.matched) == ("", (), (), None)


# -- one question, and slices -------------------------------------------------------------------
def test_score_question_sets_only_for_set_types() -> None:
    lookup = score_question(question(), answer(), ["a.txt"], TEXTS)
    assert lookup.set_f1 is None and lookup.strict and lookup.mrr == 1.0
    listing = score_question(
        question("list", facts=(("R1",),), records=("d:R1", "d:R2")),
        answer("R1 [1]", records=("d:R1",)),
        None,
        TEXTS,
    )
    assert (listing.set_precision, listing.set_recall) == (1.0, 0.5)
    assert listing.recall_at_5 is None and listing.mrr is None  # retrieval not measured
    assert listing.grounded == 1 and listing.relevant == 1


def test_aggregate_of_nothing_divides_by_nothing() -> None:
    result = aggregate([])
    assert list(result) == list(METRICS)
    assert result["n"] == 0 and result["citations"] == 0 and result["errors"] == 0
    assert all(v is None for k, v in result.items() if k not in {"n", "citations", "errors"})


def test_aggregate() -> None:
    q_lookup, q_unans = question(), question("unanswerable")
    q_list = question("list", facts=(("R1",),), records=("d:R1",))
    scores = [
        score_question(q_lookup, answer(latency_ms=10.0), ["a.txt"], TEXTS),  # correct
        score_question(  # answered with an ungrounded, irrelevant citation: hallucinated
            q_lookup,
            answer("Q2 2009", citations=(cite("nope", "b.txt"),), latency_ms=30.0),
            ["b.txt", "a.txt"],
            TEXTS,
        ),
        score_question(q_lookup, Response(answer="x", abstained=True, latency_ms=20.0), [], TEXTS),
        score_question(q_unans, Response(answer="x", abstained=True, latency_ms=40.0), [], TEXTS),
        score_question(q_list, answer("R1 [1]", records=("d:R1",), latency_ms=50.0), None, TEXTS),
        score_question(q_lookup, Response.failed("boom"), None, TEXTS),
    ]
    result = aggregate(scores)
    assert result["n"] == 6 and result["errors"] == 1
    assert result["retrieval_recall_at_5"] == pytest.approx(2 / 3)  # 1, 1, 0 (3 measured)
    assert result["retrieval_mrr"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert result["fact_recall"] == pytest.approx((1 + 0.5 + 0 + 1 + 0) / 5)
    assert (result["set_precision"], result["set_recall"], result["set_f1"]) == (1.0, 1.0, 1.0)
    assert result["strict_accuracy"] == pytest.approx(3 / 6)
    assert result["abstention_accuracy"] == 1.0
    assert result["false_abstention_rate"] == pytest.approx(1 / 5)
    assert result["citations"] == 3
    assert result["citation_grounding"] == pytest.approx(2 / 3)
    assert result["citation_relevance"] == pytest.approx(2 / 3)
    assert result["correct_rate"] == pytest.approx(3 / 6)
    assert result["hallucination_rate"] == pytest.approx(1 / 6)
    assert result["missing_rate"] == pytest.approx(2 / 6)
    assert result["truthfulness"] == pytest.approx(2 / 6)
    assert result["latency_p50_ms"] == 30.0  # the failed call is left out
    assert result["latency_p95_ms"] == 50.0


def test_aggregate_without_citations_or_unanswerable_questions() -> None:
    result = aggregate([score_question(question(), answer(citations=()), ["a.txt"], TEXTS)])
    assert result["citations"] == 0
    assert result["citation_grounding"] is None and result["citation_relevance"] is None
    assert result["abstention_accuracy"] is None  # no unanswerable question in the slice
    assert result["false_abstention_rate"] == 0.0
    assert result["truthfulness"] == -1.0


def test_by_type_keeps_every_type_asked_for() -> None:
    scores = [score_question(question(), answer(), ["a.txt"], TEXTS)]
    result = by_type(scores, ["lookup", "count"])
    assert list(result) == ["lookup", "count"]
    assert result["lookup"]["n"] == 1 and result["count"]["n"] == 0
    assert result["count"]["strict_accuracy"] is None


def test_pinning_counts_quotes_that_occur_once_in_their_document() -> None:
    from eval.metrics import CitationView, pinned_citations

    texts = {"a.txt": "R1\tReview the policy\tComplete\nR2\tTrain the staff\tComplete\n"}
    views = [
        CitationView(filename="a.txt", quote="Complete"),  # twice in the document: pins nothing
        CitationView(filename="a.txt", quote="Train the staff\tComplete"),  # once
        CitationView(filename="a.txt", quote="absent"),
        CitationView(filename="b.txt", quote="R1"),  # document unknown
    ]
    assert pinned_citations(views, texts) == 1
    score = score_question(
        question(), answer(citations=(cite("Complete", "a.txt"),)), ["a.txt"], texts
    )
    assert aggregate([score])["citation_pinning"] == 0.0


def test_numbers_in_citation_markers_and_the_coverage_line_are_not_facts() -> None:
    text = "The plan has 13 recommendations [5].\n\n_4 of 76 actions in 5 documents match; searched 2002–2017._"
    assert not fact_present(["5"], text)  # only in "[5]" and "in 5 documents"
    assert not fact_present(["76"], text)
    assert fact_present(["13"], text)
    assert fact_present(["5"], "**5** actions match [1] [2].")


def test_a_list_that_buries_the_gold_records_in_a_larger_set_is_not_strict() -> None:
    q = question("list", facts=(("R1",),), records=("d:R1", "d:R2"))
    listed = answer("R1 and R2 [1].")
    assert strict_correct(q, Response(**{**listed.__dict__, "records": ("d:R1", "d:R2", "d:R3")}))
    whole_section = ("d:R1", "d:R2", "d:R3", "d:R4", "d:R5")
    assert not strict_correct(q, Response(**{**listed.__dict__, "records": whole_section}))
    recurring = question("recurring", facts=(("R1",),), records=("d:R1",))
    assert strict_correct(recurring, Response(**{**listed.__dict__, "records": whole_section}))
