"""An item followed through a body's series of papers, over papers not bundled (data/papers/dev13:
four progress reports of one leisure trust, all of one date and told apart by the number their
titles end in; dev12: two harbour board reports told apart by the number the body's name ends
in; dev14: two action logs of one title and body, of February and September 2026). Wordings of
my own:

* the state now or in the end, no paper named: the latest paper's row, the earlier states shown
  oldest first; a paper named keeps its own row; 'now that …' is a clause, not 'now';
* 'which of the reports show X as <state>': the papers whose row of the item is in it;
* 'the latest report' scopes a count or a list to the last paper of the series;
* 'the Feb 2026 log' names the paper of that month, not every paper of its year."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2] / "data" / "papers"
PAPERS = (
    ROOT / "dev13" / "q03_leisure_docx.docx",
    ROOT / "dev13" / "q04_leisure_xlsx.xlsx",
    ROOT / "dev13" / "q05_leisure_html.html",
    ROOT / "dev13" / "q06_leisure_html.html",
    ROOT / "dev12" / "m01_harbour_html.html",
    ROOT / "dev12" / "m04_harbour_docx.docx",
    ROOT / "dev14" / "t04_transport_pdf.pdf",
    ROOT / "dev14" / "t06_transport_pdf.pdf",
)


@pytest.fixture(scope="module")
def series(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over four reports of one trust and two of a harbour board (ingested once)."""
    yield from assistant_over(list(PAPERS), real_services, tmp_path_factory, "series")


@pytest.mark.parametrize(
    "question",
    [
        "Is the safeguarding training records action done yet?",
        "Did the safeguarding training records action ever get finished?",
        "Has the safeguarding records action been completed in the end?",
    ],
)
def test_the_state_now_is_the_latest_reports_row(series: Assistant, question: str) -> None:
    body = series.ask(question).answer
    # report 6 has it partly met; reports 3 (achieved), 4 (in progress), 5 earlier, in order
    assert "progress report 6" in body.split("Earlier:")[0], body
    earlier = body.split("Earlier:")[1]
    assert earlier.index("report 3") < earlier.index("report 4") < earlier.index("report 5")


def test_a_report_named_keeps_its_row(series: Assistant) -> None:
    body = series.ask("In progress report 4, is the safeguarding records action done yet?").answer
    assert "progress report 6" not in body and "Earlier:" not in body, body


def test_now_that_is_no_state_now(series: Assistant) -> None:
    body = series.ask(
        "Now that the trustees have been told, is the register of interests action complete?"
    ).answer
    assert "Earlier:" not in body, body


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        (
            "Which of the progress reports show the register of interests action as complete?",
            "progress report 6",
            "progress report 5",
        ),
        (
            "In which reports is the swimming lessons income reconciliation marked complete?",
            "progress report 3",
            "progress report 6",
        ),
        (
            "Which boards show the CCTV images action as complete?",
            "Harbour Board 1",
            "Harbour Board 4",
        ),
    ],
)
def test_which_papers_show_the_item_in_a_state(
    series: Assistant, question: str, shown: str, not_shown: str
) -> None:
    head = series.ask(question).answer.split("\n")[0]
    assert head.startswith("**") and "papers that hold" in head, head
    listed = head.split("as complete: ")[1]  # the papers named, after the state asked
    assert shown in listed and not_shown not in listed, head


def test_the_latest_report_scopes_a_count(series: Assistant) -> None:
    answer = series.ask("How many actions are complete in the trust's latest progress report?")
    assert answer.records and {r.document.id for r in answer.records} == {"q06_leisure_html-html"}


@pytest.mark.parametrize(
    ("question", "head", "latest"),
    [
        ("Is the purchase card statements review still open?", "**Yes — ", "progress report 6"),
        ("Where is the exit interviews action at now?", "**In the latest paper", "report 6"),
        ("Was the register of interests action ever completed?", "**Yes — ", "progress report 6"),
        ("Where are they now with the CCTV images action?", "**In the latest", "Harbour Board 4"),
    ],
)
def test_the_state_now_asked_with_no_premise(
    series: Assistant, question: str, head: str, latest: str
) -> None:
    body = series.ask(question).answer
    said, earlier = body.split("Earlier:")
    assert said.startswith(head) and latest in said, body
    assert latest not in earlier, body  # the earlier states are of the earlier papers only


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("Which actions in the Feb 2026 log were not yet complete?", "t04_transport_pdf-pdf"),
        ("What does the Transport Manager own on the September 2026 log?", "t06_transport_pdf-pdf"),
        ("How many actions were complete in the February 2026 log?", "t04_transport_pdf-pdf"),
    ],
)
def test_a_month_names_the_paper_of_that_month(
    series: Assistant, question: str, paper: str
) -> None:
    answer = series.ask(question)
    assert answer.records and {r.document.id for r in answer.records} == {paper}, answer.answer
