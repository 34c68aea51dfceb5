"""A row named by its own words quoted (as a follow-up names a row with no ref), and the 'latest
position' frame asking for a row's update (issue 14, thirty-fourth session). The paper is
invented; nothing here names a bundled one."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any, cast

import numpy as np
import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.support.quoted_row import quoted_record
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.text import stems
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.conftest import assistant_over

PAPER = """# Fernmouth Harbour Trust - Audit Actions Update

Report to the Audit Committee, 14 May 2024.

| Issue | Agreed action | Owner | Target date | Progress |
| --- | --- | --- | --- | --- |
| Mooring fees are not reconciled to the berth register each month | Reconcile mooring fees to the berth register monthly | Harbour Master | June 2024 | Two reconciliations done. |
| Mooring fees for visiting yachts are collected in cash without receipts | Issue numbered receipts for all cash mooring fees | Finance Officer | March 2024 | Receipt books issued in February. |
| Dredging contract has no break clause | Renegotiate the dredging contract with a break clause | Chief Executive | September 2024 | Talks with the contractor begin in July. |
"""


@pytest.fixture(scope="module")
def harbour(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("quoted-rows")
    paper = folder / "fernmouth_harbour_actions.md"
    paper.write_text(PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "quoted-rows")


def test_a_quoted_opening_of_a_row_s_title_names_that_row(harbour: Assistant) -> None:
    # the words 'mooring fees' are in two rows; the quotation opens only one
    answer = harbour.ask("Who owns “Mooring fees for visiting yachts are collected in…”?")
    assert "Finance Officer" in answer.answer
    assert "Harbour Master" not in answer.answer
    answer = harbour.ask("When is “Mooring fees are not reconciled to the berth…” due?")
    assert "June 2024" in answer.answer


class _Rows:
    """A register of made-up rows, as :func:`quoted_record` reads one."""

    def __init__(self, rows: list[ActionRecord]) -> None:
        self.rows = rows

    def all(self) -> list[ActionRecord]:
        return self.rows

    def memo(self, key: str, build: Callable[[], Any]) -> Any:
        return build()

    def _share(self, record: ActionRecord, weights: dict[str, float]) -> float:
        held = stems(record.title)
        return sum(w for s, w in weights.items() if s in held) / (sum(weights.values()) or 1.0)

    def mentioning(self, words: list[str]) -> list[int]:
        return [i for i, r in enumerate(self.rows) if stems(r.title) & set(words)]

    def topic_shares(self, positions: list[int], weights: dict[str, float]) -> Any:
        return np.array([self._share(self.rows[i], weights) for i in positions])

    def topic_share_of(self, records: list[ActionRecord], weights: dict[str, float]) -> list[float]:
        return [self._share(r, weights) for r in records]


class _Words:
    """Document frequencies over the made-up rows' titles (one document a row)."""

    def __init__(self, rows: list[ActionRecord]) -> None:
        self.texts = [set(re.findall(r"[a-z]+", r.title.lower())) for r in rows]

    def df(self, term: str) -> int:
        return sum(term in words for words in self.texts)

    def idf(self, term: str) -> float:
        return math.log(1 + len(self.texts) / (1 + self.df(term)))


def test_quoted_record_takes_the_one_row_the_quotation_opens() -> None:
    doc = DocumentInfo(
        id="h", filename="h.md", format="md", sha256="h", title="Audit Actions Update",
        organisation="Fernmouth Harbour Trust",
    )  # fmt: skip

    def row(n: int, title: str) -> ActionRecord:
        return ActionRecord(
            id=f"h:row-{n}", document=doc.ref(), ordinal=n, title=title, source_text=title,
            source_start=0, source_end=len(title),
        )  # fmt: skip

    rows = [
        row(1, "Mooring fees are not reconciled to the berth register each month"),
        row(2, "Mooring fees for visiting yachts are collected in cash"),
        row(3, "Mooring fees for visiting yachts are collected in cash at the slipway"),
    ]
    context = cast(Any, SimpleNamespace(register=_Rows(rows), stats=_Words(rows)))
    index = NameIndex.from_records([doc], rows)

    def found(question: str) -> str | None:
        record = quoted_record(analyse(question, index), context)
        return record.id if record else None

    assert found("Who owns “Mooring fees are not reconciled to the…”?") == "h:row-1"
    assert found("Who owns “collected in cash at the slipway”?") == "h:row-3"
    assert found("Who owns “Mooring fees for visiting yachts…”?") is None  # two rows open so
    assert found("Who owns “mooring fees”?") is None  # too short to be a row's words
    assert found("Who owns the mooring fees row?") is None
    # the question's own subject is another row's: the quotation (a rewrite's) does not decide
    assert (
        found("And the slipway cash - when is “Mooring fees are not reconciled to the…” due?")
        is None
    )


def test_the_latest_position_on_a_row_is_its_update(harbour: Assistant) -> None:
    answer = harbour.ask("What's the latest position on the dredging contract?")
    assert "Talks with the contractor" in answer.answer


def test_position_words_of_the_frame_are_no_topic_terms() -> None:
    doc = DocumentInfo(
        id="h", filename="h.md", format="md", sha256="h", title="Audit Actions Update",
        organisation="Fernmouth Harbour Trust",
    )  # fmt: skip
    index = NameIndex.from_records([doc], [])
    q = analyse("What is the current position on the dredging contract?", index)
    assert q.fields == ["progress"]
    assert "position" not in q.terms and "current" not in q.terms
    # a position that is the subject ('the financial position') is no update asked for
    assert "progress" not in analyse("What is the trust's financial position?", index).fields


def test_a_row_s_words_quoted_name_no_paper() -> None:
    doc = DocumentInfo(
        id="t", filename="t.md", format="md", sha256="t", title="Well-led Review Actions",
        organisation="Ashdene Foundation Trust",
    )  # fmt: skip
    index = NameIndex.from_records([doc], [])
    q = analyse("Has “Continuation in three foundation year courses is below…” been met?", index)
    assert q.documents == []
    assert analyse("Has the foundation trust's review been met?", index).documents == ["t"]


def _tracker(year: int, owner: str) -> str:
    return f"""# Fernmouth Harbour Trust - Audit Actions Tracker

Report to the Audit Committee, 14 May {year}.

| Ref | Issue | Owner | Target date | Progress |
| --- | --- | --- | --- | --- |
| HT-1 | Mooring fees are not reconciled to the berth register | {owner} | June {year} | In hand. |
| HT-2 | The slipway has no permit-to-work system | Harbour Engineer | July {year} | Drafted. |
"""


@pytest.fixture(scope="module")
def trackers(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("trackers")
    papers = []
    for year, owner in ((2023, "Harbour Master"), (2024, "Finance Officer")):
        paper = folder / f"fernmouth_tracker_{year}.md"
        paper.write_text(_tracker(year, owner), encoding="utf-8")
        papers.append(paper)
    yield from assistant_over(papers, real_services, tmp_path_factory, "trackers")


def test_a_ref_of_two_years_papers_under_one_title_is_named_with_its_year(
    trackers: Assistant,
) -> None:
    chat = Chat(trackers)
    turns = [Turn(role="user", content="What does the 2024 tracker say about mooring fees?")]
    first = chat.respond(turns)
    turns += [Turn(role="assistant", content=first.answer.answer)]
    turns += [Turn(role="user", content="Who owns it?")]
    second = chat.respond(turns)
    assert "2024" in second.standalone
    assert "Finance Officer" in second.answer.answer
    assert "Harbour Master" not in second.answer.answer
