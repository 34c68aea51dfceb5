"""A paper's cover read as facts of the paper: the committee it went to and the day that
committee met, asked in words of my own ('which committee got X?', 'when did the committee
meet to go through X?', 'the older of the A and B logs'), over other bodies' papers
(data/papers/dev: covers labelled line by line, as a spreadsheet's cells, and a heading
'<body> - Audit Committee' with no label)."""

from __future__ import annotations

from assistant.analysis.paper_order import paper_by_order
from assistant.analysis.recurrence import PAPERS_QUANTIFIED, PAPERS_SPANNED
from assistant.answers.composers.unset_date import _step
from assistant.answers.support.cover_fields import cover_facts
from assistant.answers.support.frame import frame_words
from assistant.service import Assistant
from ingest.model import DocumentInfo

_LINES = (
    "Annual Governance Statement - Action Plan Update\nBody: Harrowgate Borough Council\n"
    "Committee: Audit and Governance Committee\nDate of meeting: 24 September 2019\n"
    "This report sets out progress.\nRef\tIssue\tAction\tOwner\n"
)
_RUN_TOGETHER = (
    "Follow-up Report\nBody Eastmoor Hospitals NHS Foundation Trust Committee Audit Committee "
    "Date of meeting Thursday 16 January 2020 Report of the Audit Manager. Copy held.\n"
    "Ref\tRecommendation\tLead\tDue\n"
)
_HEADING = "Audit actions tracker\nHolmebridge College - Audit Committee\nRec\tFinding\tOwner\n"


def test_cover_details_are_read_whatever_the_layout() -> None:
    lines = cover_facts(_LINES)
    assert lines["committee"].value == "Audit and Governance Committee"
    assert lines["date"].value == "24 September 2019"
    assert lines["body"].value == "Harrowgate Borough Council"
    run = cover_facts(_RUN_TOGETHER)
    # the label 'Committee' is read once: the second is the value's own word
    assert run["body"].value == "Eastmoor Hospitals NHS Foundation Trust"
    assert run["committee"].value == "Audit Committee"
    assert run["date"].value == "Thursday 16 January 2020"
    assert run["author"].value == "the Audit Manager"
    for facts, text in ((lines, _LINES), (run, _RUN_TOGETHER)):
        for fact in facts.values():  # each value is cited where it stands
            assert text[fact.start : fact.start + len(fact.value)] == fact.value
    assert cover_facts(_HEADING)["committee"].value == "Audit Committee"
    # a heading's dash is no label's value; a body named '… Committee' before the label
    both = cover_facts(
        "Heronsgate Learning Trust - Audit and Risk Committee - 6 March 2024\nBody Ousemouth "
        "Flood Committee Committee Ousemouth Flood Committee Date of meeting 17 April 2024\n"
    )
    assert both["body"].value == "Ousemouth Flood Committee"
    assert both["committee"].value == "Ousemouth Flood Committee"
    assert both["date"].value == "17 April 2024"
    assert cover_facts("Ref\tIssue\tOwner\nR1\tX\tY\n") == {}  # a table with no cover


def test_the_committee_a_paper_went_to_is_its_covers(bodies_assistant: Assistant) -> None:
    for question, committee in (
        ("Which committee got Fenbury's internal audit recommendations log?", "Audit and Risk"),
        ("Who was the Severnside tracker presented to?", "Audit and Standards Committee"),
        ("To which committee did the Marshfield progress update go?", "Governance and Audit"),
        ("what committee looked at the Holmebridge audit actions tracker?", "Audit Committee"),
    ):
        answer = bodies_assistant.ask(question)
        assert answer.route == "document", question
        assert f"**{committee}" in answer.answer, (question, answer.answer)
        assert answer.citations and committee in answer.citations[0].quote
    # a row's event asked of a body is no question about the paper's cover
    for question in (
        "Which board took over the review group's duties in the Fenbury log?",
        "When did the Marshfield auditors meet to agree the revaluation policy?",
    ):
        assert bodies_assistant.analyse(question).doc_field is None, question


def test_the_day_a_committee_met_to_take_a_paper(bodies_assistant: Assistant) -> None:
    for question, day in (
        # 'go through the log' reads one paper: no question across papers
        (
            "what date did the Fenbury audit and risk committee meet to go through the IA log?",
            "9 March 2022",
        ),
        (
            "When did the Tamar Vale committee sit to look at the internal audit actions update?",
            "18 February 2021",
        ),
        ("when was the Marshfield external audit recs update's meeting?", "17 November 2021"),
        # of two papers named, the older: Marshfield (November 2021), not Fenbury (2022)
        (
            "when did the committee meet to consider the older of the Fenbury and Marshfield "
            "papers?",
            "17 November 2021",
        ),
    ):
        answer = bodies_assistant.ask(question)
        assert answer.query.doc_field == "date", question
        assert f"**{day}**" in answer.answer, (question, answer.answer)


def _paper(id_: str, when: str) -> DocumentInfo:
    return DocumentInfo(
        id=id_,
        filename=f"{id_}.pdf",
        format="pdf",
        sha256=id_,
        title="Audit action log",
        date=when,
        year=int(when[:4]),
    )


def test_papers_picked_by_their_place_in_time() -> None:
    papers = [_paper("a", "2025-05-14"), _paper("b", "2025-09-10"), _paper("c", "2026-02-04")]
    for question, picked in (
        ("When did the trustees meet to look at the very first of these audit action logs?", "a"),
        ("when did the board look at the first audit action log?", "a"),
        ("what was due, going by the most recent log?", "c"),
        ("and the more recent of those two papers - when was its meeting?", "c"),
        ("which committee took the older of the two logs?", "a"),
    ):
        found = paper_by_order(question, papers)
        assert found is not None and found.documents == [picked], question
    assert paper_by_order("what changed since the last log?", papers) is None  # relative
    # one paper picked of two, or one paper read through: no question across papers
    assert not PAPERS_SPANNED.search("when did they meet to consider the older of the two logs?")
    assert PAPERS_SPANNED.search("what is said about it in the two gardens papers?")
    assert not PAPERS_QUANTIFIED.search("what date did they meet to go through the report?")
    assert PAPERS_QUANTIFIED.search("how has it moved through the reports?")


def test_colloquial_finishing_steps_are_the_rows_own() -> None:
    # a step of finishing the work: the row's deadline dates it (no refusal of the step)
    assert _step("By what date was the broken lift meant to be sorted?") is None
    assert _step("When is the roof leak supposed to be repaired?") is None
    assert _step("When is the contract due to be let?") == "let"  # a step of its own


def test_a_graded_noun_is_not_narrowed_by_its_grade() -> None:
    # 'a proper loan agreement' is the loan agreement: 'proper' grades it, names no kind
    for question in (
        "who is leading on getting a proper loan agreement in place?",
        "who is putting a decent asset register together?",
        "is there a genuine plan for the backlog?",
    ):
        graded = next(w for w in ("proper", "decent", "genuine") if w in question)
        assert graded in frame_words(question), question
    assert "written" not in frame_words("who is getting a written loan agreement in place?")


def test_a_later_part_asks_the_cover_of_the_papers_found(bodies_assistant: Assistant) -> None:
    # 'when did their committees meet?' names no paper: those the first part found
    answer = bodies_assistant.ask(
        "Which committee got Fenbury's internal audit recommendations log, and when did it meet?"
    )
    second = answer.answer.split("**When did it meet?**")[1]
    assert "**9 March 2022**" in second, answer.answer
    answer = bodies_assistant.ask(
        "What is Tamar Vale's gas safety action, and who was that paper presented to?"
    )
    assert "**Audit and Risk Committee**" in answer.answer, answer.answer
