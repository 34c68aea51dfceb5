"""Unanswerables, false premises and comparisons over other bodies' papers (a harbour trust's
follow-up, a learning trust's progress report, a housing group's two damp and mould plans):
questions of my own, in wordings no probe uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

PAPERS = Path(__file__).resolve().parents[2] / "data" / "papers"
CHOSEN = (
    PAPERS / "dev2" / "e01_calderport_harbour_ia_followup.docx",
    PAPERS / "dev2" / "e06_heronsgate_lt_internal_scrutiny_2023.md",
    PAPERS / "dev3" / "u01_pellingford_gardens_ia_2023.docx",
    PAPERS / "dev3" / "u02_pellingford_gardens_ia_2024.pdf",
    PAPERS / "dev8" / "x02_corriemoor_lune_cfa_inspection_tracker.xlsx",
    PAPERS / "dev8" / "x05_saltmarsh_homes_damp_mould_2023.csv",
    PAPERS / "dev8" / "x06_saltmarsh_homes_damp_mould_2024.md",
)


@pytest.fixture(scope="module")
def trusts(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(list(CHOSEN), real_services, tmp_path_factory, "trusts")


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


def test_a_row_due_before_an_event_is_dated_against_the_event(trusts: Assistant) -> None:
    """'Is <row> due before <event>?': the row by its deadline, the event by the sentence that
    dates it (the next follow-up report's meeting), not by another row's deadline."""
    head = _head(
        trusts, "Will the floating assets review be due before the next follow-up report?"
    )  # CHT-CAP-03: 31 March 2024; next report: 13 September 2023
    assert head.startswith("**No") and "13 September 2023" in head and "31 March 2024" in head
    head = _head(
        trusts,
        "Was the remote access multi-factor authentication action due before the next "
        "follow-up report goes to the Committee?",
    )  # CHT-CYB-01: 31 March 2023
    assert head.startswith("**Yes") and "31 March 2023" in head and "13 September 2023" in head


def test_a_grade_put_in_place_of_the_papers_grade_is_corrected_first(trusts: Assistant) -> None:
    """The premise's grade where the subject's sentence holds another ('limited assurance',
    'adequate'): the grade the paper gives, first; a grade the premise gets right, no 'No'."""
    head = _head(trusts, "Why was the payroll audit given reasonable assurance?")
    assert head.startswith("**No") and "limited, not reasonable" in head
    head = _head(
        trusts, "Since the payroll review gave substantial assurance, why were leavers overpaid?"
    )
    assert head.startswith("**No") and "limited, not substantial" in head
    head = _head(trusts, "Why did the inspectors grade the Service 'good' for effectiveness?")
    assert head.startswith("**No") and "adequate" in head and "not good" in head
    head = _head(trusts, "Why did the payroll review give limited assurance?")
    assert not head.startswith("**No")


def test_other_words_for_the_same_thing_are_no_correction(trusts: Assistant) -> None:
    """'delayed' where the paper says 'postponed' is wording, not a wrong value."""
    head = _head(trusts, "Why was the Tier 2 oil spill exercise delayed?")
    assert not head.startswith("**No")


def test_an_owner_asserted_of_a_row_with_a_blank_owner_cell_is_corrected(
    trusts: Assistant,
) -> None:
    """A post said to hold a row whose owner cell is blank: the record names no owner, the
    row's note shows why; a post written with capital initials ('IT Manager') is an owner."""
    head = _head(trusts, "How come the Head of HR is accountable for the cyber incident plan?")
    assert head.startswith("**No — the record names no owner for CHT-CYB-03")
    head = _head(
        trusts, "Why has the IT Manager been made responsible for the cyber incident plan?"
    )
    assert head.startswith("**No — the record names no owner for CHT-CYB-03")
    assert "not the IT Manager" in head
    listed = trusts.ask("Which recommendations sit with the IT Manager?")
    assert {r.ref for r in listed.records} == {"CHT-CYB-01", "CHT-CYB-02"}


def test_a_rows_figure_compared_between_two_yearly_papers(trusts: Assistant) -> None:
    """'Were more/fewer X in A than in B?': the figure each paper's note gives of the same row
    (DM05: 74 flats fitted, then 151), the verdict read against the years in the question's
    order; 'completed' of a counted noun is no state asserted of the row."""
    head = _head(
        trusts,
        "Were fewer Harbour Row flats given mechanical ventilation in the 2023/24 plan than in "
        "the 2024/25 follow-up?",
    )
    assert "74" in head and "151" in head and "** Yes —" in head
    head = _head(trusts, "Were more stock surveys completed in the 2023/24 plan than in 2024/25?")
    assert "1,050" in head and "4,420" in head and "** No —" in head


def test_a_figure_one_paper_gives_names_the_paper_that_gives_none(trusts: Assistant) -> None:
    """A row carried into a later paper whose earlier note gives no figure: both papers named,
    the missing side said (the 2022/23 tracker's PBG-23-03 has no note)."""
    answer = trusts.ask(
        "Did the number of accessions with a verified location go up between the 2023 tracker "
        "and the 2024 follow-up?"
    ).answer
    assert "gives none" in answer.split("\n")[0] and "1,240" in answer
    assert "no progress note" in answer  # the paper with none is listed, its note said missing


def test_a_compared_count_of_things_done_asserts_no_state() -> None:
    """'more inspections carried out … completed' counts things; 'more actions completed'
    counts rows in a state, which stays read."""
    from assistant.analysis.claimed import read_claims

    question = "Were more boiler inspections completed in 2024 than in 2023?"
    assert read_claims(question, None, "lookup") == []
    question = "Were more actions completed in 2024 than in 2023?"
    assert [c.kind for c in read_claims(question, None, "lookup")] == ["complete"]


def test_a_prose_deadline_and_an_undated_year_event_are_ordered(assistant: Assistant) -> None:
    """A deadline the prose sets ('the deadline for compliance with General Data Protection
    Regulations in May 2018') against an event dated by day and month only ('a workshop with
    Grant Thornton on 16 January', in a paper of December 2017 that looks ahead: 2018)."""
    head = _head(
        assistant,
        "Which came first, the Grant Thornton workshop or the data protection compliance deadline?",
    )
    assert "16 January (2018)" in head and "May 2018" in head
    assert head.index("Grant Thornton workshop") < head.index("came first")


def test_a_wrong_size_of_a_papers_rows_is_corrected_then_the_rows_asked(
    trusts: Assistant,
) -> None:
    """'The harbour trust's auditors made 14 recommendations — which are high priority?': the
    paper's own count (11) first, whatever else the question says of the paper, then the rows
    its filter asks for."""
    answer = trusts.ask(
        "The harbour trust's auditors raised 14 recommendations; which of them were rated high?"
    ).answer
    head = answer.split("\n")[0]
    assert head.startswith("**No") and "11 recommendations, not 14" in head
    assert "the ones asked (6)" in head and "CHT-CYB-02:" in head and "CHT-PAY-03" not in head


def test_a_firm_named_in_a_prose_sentence_at_a_papers_head_is_a_party(
    trusts: Assistant,
) -> None:
    """A firm named in a prose sentence at a paper's head is no word of the paper's own
    masthead ('The Trust's internal auditors, Brindley Lowe LLP, …'): it names the party."""
    answer = trusts.ask("Which firm are the harbour trust internal auditors?")
    assert not answer.abstained and "Brindley Lowe LLP" in answer.answer
