"""An answer about one row answers the asked cell first, then shows the rest of that row as a
record card: every cell it holds that the answer has not shown, under its own header, quoted
verbatim and cited. A detail asked in words no column header uses is then still there. Lists,
counts, comparisons and refusals show no card. A bare ref the question places in a family of
refs by the family's prefix word ('R5 in the HMIC table') is that family's row."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answers.support.record_card import LEAD, card_cells, record_card
from assistant.citations import CitationBuilder
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.answers.conftest import check_citations
from tests.assistant.test_follow_ups import converse

DOC = DocumentRef(id="d-txt", filename="d.txt", title="Estates Audit Tracker")
SOURCE = (
    "E-7\tThe boiler room has no fire door.\tFit a fire door.\tHead of Estates\tHigh\t"
    "Mar-24\tOpen\tQuote received. Work waits for the contractor's return in May."
)
ROW = ActionRecord(
    id="d-txt:E-7",
    document=DOC,
    ref="E-7",
    ordinal=1,
    title="The boiler room has no fire door.",
    finding="The boiler room has no fire door.",
    action="Fit a fire door.",
    owner="Head of Estates",
    priority="High",
    due_text="Mar-24",
    due_date="2024-03-31",
    status="ongoing",
    status_text="Open",
    status_basis="stated",
    progress="Quote received. Work waits for the contractor's return in May.",
    columns={
        "Ref": "E-7",
        "Finding": "The boiler room has no fire door.",
        "Agreed action": "Fit a fire door.",
        "Owner": "Head of Estates",
        "Risk": "High",
        "Due": "Mar-24",
        "Status": "Open",
        "Update": "Quote received. Work waits for the contractor's return in May.",
    },
    source_text=SOURCE,
    source_start=0,
    source_end=len(SOURCE),
)


class _Catalog:
    """The one invented document, one page, read from no scan."""

    def document_text(self, document_id: str) -> str:
        return SOURCE

    def pages(self, document_id: str) -> list[dict[str, int]]:
        return [{"start": 0, "number": 1}]

    def document(self, document_id: str) -> SimpleNamespace:
        return SimpleNamespace(ocr_pages={})


def _builder() -> CitationBuilder:
    return CitationBuilder(_Catalog())  # type: ignore[arg-type]


def test_cells_already_shown_are_left_out_and_the_rest_kept_in_row_order() -> None:
    shown = "**E-7** (Estates Audit Tracker) is owned by **Head of Estates** [1]."
    cells = card_cells(ROW, shown)
    headers = [header for header, _ in cells]
    assert "Owner" not in headers  # the answer said it
    assert headers == ["Finding", "Agreed action", "Risk", "Due", "Status", "Update"]
    update = dict(cells)["Update"]
    assert [e.text for e in update] == [
        "Quote received.",
        "Work waits for the contractor's return in May.",
    ]


def test_the_card_quotes_each_cell_under_its_header_with_a_terse_date_read() -> None:
    builder = _builder()
    card = record_card(ROW, builder, "d-txt:E-7", "E-7 is owned by Head of Estates.")
    assert card.startswith(LEAD)
    assert "Agreed action: “Fit a fire door.”" in card
    assert "Due: “Mar-24” (31 March 2024)" in card  # a shorthand followed by its reading
    assert "contractor's return in May" in card
    assert all(c.quote in SOURCE for c in builder.citations())  # every quote verbatim
    assert card.count("[") == len(builder.citations())


def test_a_row_wholly_shown_gets_no_card() -> None:
    assert record_card(ROW, _builder(), "d-txt:E-7", SOURCE.replace("\t", " ")) == ""


def test_an_owner_question_keeps_its_answer_first_and_the_row_follows(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Which officer is accountable for R18 in the PURE action plan?")
    first, *rest = answer.answer.split("\n\n")
    assert "Director of Finance Services" in first and LEAD not in first
    card = next(p for p in rest if p.startswith(LEAD))
    assert "Interim Solution" in card and "Q2 2009" in card  # the comment and the date
    assert "Director of Finance Services" not in card  # nothing said twice
    check_citations(assistant, answer)


def test_a_follow_up_in_words_no_header_uses_finds_the_detail_in_the_card(
    assistant: Assistant,
) -> None:
    *_, late = converse(
        assistant,
        "Who owns R11 in the PURE action plan?",
        "what's the next step there?",
    )
    assert "next 6 months" in late.answer.answer, late.answer.answer[:800]


def test_lists_and_counts_show_no_card(assistant: Assistant) -> None:
    for question in (
        "Which PURE recommendations have high priority?",
        "How many PURE recommendations have high priority?",
    ):
        assert LEAD not in assistant.ask(question).answer


def test_a_ref_placed_in_its_family_by_the_prefix_word(assistant: Assistant) -> None:
    family = assistant.ask("In the HMIC table of the PURE plan, who looks after R5?")
    assert [r.ref for r in family.records] == ["HMIC R5"], family.answer[:400]
    plain = assistant.ask("In the PURE plan, who looks after R5?")
    assert [r.ref for r in plain.records] == ["R5"], plain.answer[:400]
