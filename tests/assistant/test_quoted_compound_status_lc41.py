"""A quoted status label of two states joined ('Complete – ongoing', 'Partially implemented -
on track') is matched against the cells' status as written, not read word by word (where its
second word would decide the state); with 'too' or 'including' the states the rest of the
question names are added to it. On the bundled record (its PURE plan writes 'Complete –
ongoing', 'Started - Ongoing work', 'On-going – monthly') and on a tracker of my own in the
shape of data/papers/dev3's CSV tracker, with labels of three shapes. Wordings of my own."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

TRACKER = """Audit Action Tracker
Wendlow Water Board - Audit Committee
Tuesday 3 March 2026

ID,Issue identified,Recommendation,Owner,Due,Status,Notes
WW-1,Meter readings are estimated,Read every meter twice a year,Finance Manager,31/03/2026,Partially implemented - on track,Half read
WW-2,Leak reports are not logged,Log every leak report,Operations Manager,31/01/2026,Partially implemented - behind,Awaiting system
WW-3,Board papers are late,Issue papers a week ahead,Clerk,31/12/2025,Complete/verified,Done in January
WW-4,No business continuity test,Test the plan yearly,Operations Manager,30/06/2026,Not started,
WW-5,Asset register incomplete,Complete the asset register,Finance Manager,30/04/2026,Partially implemented - on track,Two sites left
WW-6,Gifts register not reviewed,Review gifts register quarterly,Clerk,31/12/2025,Complete,Reviewed
"""


@pytest.fixture(scope="module")
def tracker(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("compound")
    path = folder / "w01_wendlow_water_tracker.csv"
    path.write_text(TRACKER, encoding="utf-8")
    yield from assistant_over([path], real_services, tmp_path_factory, "compound")


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ('How many PURE recommendations are marked "Complete – ongoing"?', ["R26"]),
        ("Which actions have the status 'Started - Ongoing work'?", ["R15"]),
        ('List the recommendations marked "On-going – monthly"', ["R14"]),
    ],
)
def test_a_quoted_compound_label_is_matched_as_written(
    ask: Callable[[str], Answer], question: str, refs: list[str]
) -> None:
    answer = ask(question)
    assert [r.ref for r in answer.records] == refs
    assert answer.query is not None and answer.query.statuses == []


def test_a_compound_label_counted_too_adds_the_state_asked(ask: Callable[[str], Answer]) -> None:
    """'complete ones, count "Complete – ongoing" too': the complete rows and that label."""
    alone = ask("How many PURE recommendations are complete?")
    both = ask('How many PURE recommendations are complete? Count "Complete – ongoing" too')
    refs = {r.ref for r in both.records}
    assert "R26" in refs and {r.ref for r in alone.records} <= refs


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ('Which Wendlow actions are "Partially implemented - on track"?', ["WW-1", "WW-5"]),
        ("how many actions are at 'Partially implemented - behind'", ["WW-2"]),
        ("Which actions does the tracker show as “Complete/verified”?", ["WW-3"]),
    ],
)
def test_compound_labels_of_another_body(
    tracker: Assistant, question: str, refs: list[str]
) -> None:
    answer = tracker.ask(question)
    assert sorted(r.ref or "" for r in answer.records) == refs
    assert not answer.abstained and answer.citations


def test_a_compound_label_beside_another_state(tracker: Assistant) -> None:
    """'not started, including "Partially implemented - behind"': both sets of rows."""
    answer = tracker.ask(
        "Which actions are not started, including those marked 'Partially implemented - behind'?"
    )
    assert sorted(r.ref or "" for r in answer.records) == ["WW-2", "WW-4"]


def test_a_plain_quoted_label_is_still_read(tracker: Assistant) -> None:
    answer = tracker.ask("Which actions are marked 'Complete'?")
    assert "WW-6" in [r.ref for r in answer.records]
