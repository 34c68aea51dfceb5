"""Two-sided questions answered on both sides, false premises corrected with the value the
record holds, and multi-hop questions whose first hop is a state ('the one overdue action',
'the action whose date was revised'). Questions of my own, over the bundled record and over
other bodies' papers (data/papers/dev11, dev12, dev14: archives services, harbour boards and
a community transport log, each body's papers of one form with the same refs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis.comparison import compared_sides
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

_PAPERS = Path(__file__).resolve().parents[2] / "data" / "papers"
_OTHERS = (
    "dev12/m01_harbour_html.html",  # Saltcombe Haven Harbour Board 1: HB08 due June 2024
    "dev12/m03_harbour_pdf.pdf",  # Board 3: HB08 due 31 December 2024
    "dev12/m04_harbour_docx.docx",  # Board 4: one revised row, HB07 (Clerk to the Board)
    "dev11/k04_archives_md.md",  # Archives Service 4: A-02 due 28 February 2026
    "dev11/k05_archives_html.html",  # Service 5: A-02 due November 2025
    "dev14/t04_transport_pdf.pdf",  # transport log: row 4 owned by the Chief Officer
)


@pytest.fixture(scope="module")
def others(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(
        [_PAPERS / name for name in _OTHERS], real_services, tmp_path_factory, "tw40"
    )


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Between making the audit letter and HMIC reports available online and improving "
            "the financial info in the Annual Report, which had the earlier target date?",
            [
                "making the audit letter and HMIC reports available online",
                "improving the financial info in the Annual Report",
            ],
        ),
        (
            "Between reviewing risk and control arrangements and publishing the annual audit "
            "letter, which was due first?",
            ["reviewing risk and control arrangements", "publishing the annual audit letter"],
        ),
        (
            "Between the staff appraisal and training action and the scheme of delegation one, "
            "which is due later?",
            ["the staff appraisal and training action", "the scheme of delegation one"],
        ),
        ("Between R2 and R5, which is due first?", ["R2", "R5"]),  # one 'and': as before
    ],
)
def test_between_splits_where_the_sides_open_alike(question: str, sides: list[str]) -> None:
    assert compared_sides(question) == sides


def test_both_sides_of_a_between_question_are_dated(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Between improving the financial information in the Annual Report and putting the audit "
        "letter and HMIC reports on the web site, which was due later?"
    ).answer
    head = answer.split("\n")[0]
    assert "Feb 09" in head and "December 08" in head and "is due later" in head
    assert "**R1**" in answer and "**R2**" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Which items deal with comparing the Met's costs against most similar forces?",
        "Which actions are about comparing performance with other forces?",
        "What recommendations involve comparing costs against similar forces?",
    ],
)
def test_comparing_as_a_topic_is_listed_not_compared(assistant: Assistant, question: str) -> None:
    q = assistant.analyse(question)
    assert q.intent == "list" and not q.sides


def test_a_compare_request_is_still_one(assistant: Assistant) -> None:
    assert assistant.analyse("Compare R2 with R5: which is due first?").intent == "compare"


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        (
            "Was the fuel sales reconciliation due earlier at Board 1 or at Board 3?",
            "June 2024",
            "31 December 2024",
        ),
        (
            "Which board had the earlier deadline for the fuel sales reconciliation, Board 1 or "
            "Board 3?",
            "June 2024",
            "31 December 2024",
        ),
        (
            "Is the fuel sales reconciliation due later at Board 3 than at Board 1?",
            "31 December 2024",
            "June 2024",
        ),  # asks 'later': the later one named first
        (
            "Was the loan agreement action due sooner at Service 4 or at Service 5?",
            "November 2025",
            "28 February 2026",
        ),
    ],
)
def test_one_row_in_each_of_two_papers_is_dated(
    others: Assistant, question: str, first: str, last: str
) -> None:
    answer = others.ask(question).answer
    head = answer.split("\n")[0]
    assert head.index(first) < head.index(last), head
    assert answer.count("— the deadline of") == 2  # each side a row's deadline, no paper's date
    assert "Board 1" in answer or "Service 4" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Service 4's loan agreement action got pushed into 2027 - what's the new date?",
        "Why was the loan agreement action at Service 4 moved back to 2027?",
        "Service 4 deferred its loan agreement action until March 2027, right?",
    ],
)
def test_a_moved_deadline_claimed_is_corrected_with_the_real_one(
    others: Assistant, question: str
) -> None:
    head = _head(others, question)
    assert head.startswith("**No") and "28 February 2026" in head and "2027" in head


def test_a_moved_deadline_in_the_bundled_record(assistant: Assistant) -> None:
    head = _head(
        assistant, "The scheme of delegation action was moved to December 2009, wasn't it?"
    )
    assert head.startswith("**No") and "Q2 2009" in head and "not December 2009" in head
    head = _head(assistant, "Why was R18 pushed back to 2010?")
    assert head.count("**No — ") == 1 and "not 2010" in head  # one 'No' leads both corrections


@pytest.mark.parametrize(
    "question",
    [
        "The Transport Manager was given the safeguarding policy review - has he made a start?",
        "The Finance Officer was tasked with the safeguarding policy review; is it finished?",
        "Since the Volunteer Coordinator was assigned the safeguarding policy work, how far has "
        "it got?",
    ],
)
def test_an_owner_given_the_row_is_corrected(others: Assistant, question: str) -> None:
    answer = others.ask(question).answer
    assert answer.startswith("**No") and "Chief Officer" in answer.split("\n")[0]
    assert "not started" in answer.lower()


def test_an_owner_given_the_row_that_holds_it_is_not_corrected(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The Director of Finance Services was given the scheme of delegation work - is it done?"
    ).answer
    assert not answer.startswith("**No")


@pytest.mark.parametrize(
    "question",
    [
        "Board 4's report has one action whose target date was revised. Who is responsible?",
        "In Board 4's report one action had its target date revised - who owns it?",
        "Who is responsible for the Board 4 action whose target date was revised?",
    ],
)
def test_the_row_a_revised_date_picks_is_answered(others: Assistant, question: str) -> None:
    answer = others.ask(question).answer
    assert "HB07" in answer.split("\n")[0] and "Clerk to the Board" in answer
    assert not answer.startswith("**No")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # the log has no notes column: each row says so, rather than the list being given
        (
            "What comment did the February 2026 log give against the actions that were overdue?",
            "the record gives no progress note",
        ),
        (
            "Who owns the actions that were overdue in the February 2026 log?",
            "is owned by **Bookings Supervisor**",
        ),
        ("In the February 2026 log, when were the overdue actions due?", "is due **Aug-25"),
    ],
)
def test_the_field_asked_of_the_overdue_rows(others: Assistant, question: str, asked: str) -> None:
    answer = others.ask(question).answer
    assert not answer.startswith("**3 overdue"), answer[:200]  # the field, not the list
    assert asked in answer and "(1, 4, 6)" in answer  # 1 and 4 past their dates, 6 so stated


@pytest.mark.parametrize(
    "question",
    [
        "Kestrel Moors and Fenbury both have an action on declarations of interest - who owns "
        "each?",
        "Who owns the declarations of interest action at Kestrel Moors and at Fenbury?",
        "Fenbury and Kestrel Moors both flagged declarations of interest: who is responsible for "
        "each?",
    ],
)
def test_the_row_of_each_named_paper_is_answered(
    bodies_assistant: Assistant, question: str
) -> None:
    answer = bodies_assistant.ask(question).answer
    assert "Monitoring Officer" in answer and "Company Secretary" in answer  # AL-06, W6


def test_a_row_named_by_its_owner_is_that_owners_row(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The District Audit rec led by the head of the Inspection Liaison Analysis Unit - since "
        "when has that unit existed, and by when should the process be in place?"
    ).answer
    assert not answer.startswith("**No") and answer.startswith("**R13**")
    assert "1999" in answer and "end of 2002" in answer
    answer = assistant.ask("Which PURE action owned by the Treasurer has a low priority?").answer
    assert not answer.startswith("**No")
    # words that describe another row: the owner is a claim, corrected
    answer = assistant.ask(
        "What progress has the scheme of delegation recommendation owned by the Treasurer made?"
    ).answer
    assert answer.startswith("**No — R18") and "not Treasurer" in answer
