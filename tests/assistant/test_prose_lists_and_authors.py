"""Facts in prose: a sentence whose next sentence introduces a list ('The main areas identified
are as follows:') is quoted with the list, so what the passage found is in the answer; and who
put a paper together, from a cover line that reads 'Prepared by the Chief Officer …' with no
colon. Issue 14, builder pr39: the bundled record, data/papers/dev14 and a paper of our own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, checked_asker

DEV14 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev14"


@pytest.mark.parametrize(
    "question",
    [
        "What was wrong with risk management according to the 2007/08 AGS?",
        "what did Internal Audit's review of risk management find, in the 2007/08 AGS plan?",
        "What problems with risk management did the 2007/08 governance action plan identify?",
        "what weaknesses were found in the MPS approach to risk in the 2007/08 AGS?",
    ],
)
def test_a_list_introduced_after_the_sentence_found_is_quoted(
    ask: Callable[..., Answer], question: str
) -> None:
    answer = ask(question)
    assert "The main areas identified are as follows:" in answer.answer
    assert "An up to date risk management policy is not in place" in answer.answer
    assert "not fully effective" in answer.answer


_PAPER = """# Payroll audit: summary for the Finance Committee

**Body:** Northmere Valley Water Board
**Meeting:** 3 June 2025

The internal auditors reviewed the payroll service in March 2025 and found that controls \
over starters and leavers were weak. The weaknesses they reported were as follows:

- Starters were set up on the payroll before a signed contract was received.
- Leavers were paid for up to two months after their last day.
- Overtime claims were approved by the claimants' own deputies.

The Board accepted every recommendation.

| Ref | Finding | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| PAY-1 | Starters set up without a contract. | Check contracts before set-up. | Payroll Manager | 30 September 2025 | In progress |
"""


@pytest.fixture(scope="module")
def payroll_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    paper = tmp_path_factory.mktemp("payroll") / "payroll_audit.md"
    paper.write_text(_PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "payroll")


@pytest.mark.parametrize(
    "question",
    [
        "What did the internal auditors find about starters and leavers in the payroll service?",
        "What was weak about payroll controls over starters and leavers?",
        "what weaknesses in starters and leavers controls did the auditors report?",
    ],
)
def test_the_list_of_another_body_s_paper(payroll_assistant: Assistant, question: str) -> None:
    answer = checked_asker(payroll_assistant)(question)
    assert "up to two months after their last day" in answer.answer


@pytest.fixture(scope="module")
def transport_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    papers = [DEV14 / "t04_transport_pdf.pdf"]
    yield from assistant_over(papers, real_services, tmp_path_factory, "transport")


@pytest.mark.parametrize(
    "question",
    [
        "who put together the audit action log that went to the trustees in February 2026?",
        "Who prepared the Ridgeway audit action log?",
        "who wrote the audit action log for the Board of Trustees?",
    ],
)
def test_a_cover_label_without_a_colon_names_the_author(
    transport_assistant: Assistant, question: str
) -> None:
    answer = checked_asker(transport_assistant)(question)
    assert answer.route == "document"
    assert "Prepared by the Chief Officer for the trustees" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What board is MOPAC writing delivery plans for?",
        "Which board are MOPAC drafting delivery plans for?",
    ],
)
def test_a_verb_in_ing_after_be_narrows_no_kind(ask: Callable[..., Answer], question: str) -> None:
    # 'is MOPAC writing': the clause's verb, not a kind of delivery no paper speaks of
    answer = ask(question)
    assert "London Crime Reduction Board" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["Is the housing delivery plan on track?", "What is the MPS doing about housing delivery?"],
)
def test_an_ing_noun_after_a_determiner_still_narrows(
    ask: Callable[..., Answer], question: str
) -> None:
    answer = ask(question)
    assert answer.abstained and "'housing'" in answer.answer
