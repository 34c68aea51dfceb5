"""A later part whose words the row found does not hold, but the same issue's row in another
paper of its body does ('…, and since when have its kiosks been open?' of a row whose next
tracker says 'kiosks open since May'), is asked of that row in that paper
(assistant.other_paper_row.in_paper_telling, used by assistant.bridging.bridge)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

from assistant.analysis.parts import question_parts
from assistant.antecedents import Previous
from assistant.other_paper_row import in_paper_telling
from ingest.model import ActionRecord, DocumentInfo, DocumentRef
from tests.assistant.fake_catalog import PapersCatalog


def _paper(pid: str, year: int, body: str = "Brindle Water Board") -> DocumentInfo:
    return DocumentInfo(
        id=pid,
        filename=f"{pid}.md",
        format="md",
        sha256=pid,
        title=f"Tracker {year}",
        organisation=body,
        date=f"{year}-03-01",
        year=year,
    )


def _row(paper: DocumentInfo, ref: str, progress: str) -> ActionRecord:
    title = "Refurbish the visitor kiosks at the three reservoirs"
    data: dict[str, Any] = {
        "id": f"{paper.id}:{ref}",
        "document": DocumentRef(
            id=paper.id, title=paper.title, filename=paper.filename, date=paper.date
        ),
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": title,
        "action": title,
        "progress": progress,
        "source_text": title,
        "source_start": 0,
        "source_end": len(title),
        "report_date": paper.date,
        "year": paper.year,
    }
    return ActionRecord(**data)


class _Threads:
    def thread_of(self, record_id: str) -> None:
        return None


class _Register:
    def __init__(self, rows: list[ActionRecord]) -> None:
        self.rows = rows

    def of_document(self, document_id: str) -> list[ActionRecord]:
        return [r for r in self.rows if r.document.id == document_id]

    def all(self) -> list[ActionRecord]:  # the rows of each wording stem are read from these
        return self.rows

    def memo(self, key: str, build: Any) -> Any:
        return build()

    @contextmanager
    def pinned(self) -> Iterator[None]:
        yield

    def loaded(self) -> Any:  # no stem ids kept: each row's words are stemmed
        return SimpleNamespace(position={}, stem_id={}, records=self.rows)

    @property
    def catalog(self) -> Any:  # the papers, for how a follow-up names each (paper_names)
        return PapersCatalog(PAPERS)

    def threads(self) -> _Threads:
        return _Threads()


FIRST, NEXT, OTHER = _paper("b21", 2021), _paper("b22", 2022), _paper("q22", 2022, "Quarry Trust")
SEED = _row(FIRST, "BW-4", "Contractor appointed; works start in spring.")
LATER = _row(NEXT, "BW-4", "All kiosks open to visitors since May 2022.")
ELSEWHERE = _row(OTHER, "BW-4", "Kiosks open to visitors since June.")
REGISTER: Any = _Register([SEED, LATER, ELSEWHERE])
PAPERS = [FIRST, NEXT, OTHER]


def test_a_part_told_in_the_issue_s_later_row_is_asked_there() -> None:
    previous = Previous(
        "Which action refurbishes the kiosks?", [SEED], ["BW-4 in the Tracker 2021"]
    )
    asked = "Since when have BW-4 in the Tracker 2021's kiosks been open to visitors?"
    told = in_paper_telling(
        "since when have its kiosks been open to visitors?", asked, previous, PAPERS, REGISTER
    )
    assert told is not None
    assert told[1] == ["b22"] and "Tracker 2022" in told[0]


def test_a_part_the_row_found_already_tells_stays_with_it() -> None:
    previous = Previous("Which action refurbishes the kiosks?", [SEED], ["BW-4"])
    assert (
        in_paper_telling(
            "who appointed the contractor for it?", "Who appointed …?", previous, PAPERS, REGISTER
        )
        is None
    )
    # several rows found: no one issue to follow
    many = Previous("Which actions?", [SEED, LATER], ["BW-4", "BW-4"])
    assert in_paper_telling("since when open?", "Since when open?", many, PAPERS, REGISTER) is None


def test_a_question_word_after_its_preposition_opens_a_part() -> None:
    parts = question_parts("Which action covers the kiosks, and since when have they been open?")
    assert parts == ["Which action covers the kiosks?", "Since when have they been open?"]
    assert len(question_parts("Which kiosks have been open since when the works ended?")) == 1
