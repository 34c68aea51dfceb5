"""'It' after an answer quoting several rows the user's topic fits is the one the question
singled out: by an owner it named that a row holds whole, else the row the answer showed by
its title (not one quoted only through its progress note)."""

from __future__ import annotations

from assistant.antecedents import Previous, one_referent
from assistant.service import Assistant
from assistant.singled_out import single_out
from ingest.model import ActionRecord


def _rows(assistant: Assistant, *refs: str) -> list[ActionRecord]:
    by_ref = {r.ref: r for r in assistant.register.all() if r.document.id.startswith("002")}
    return [by_ref[ref] for ref in refs]


def test_the_owner_the_question_named_singles_out_its_row(assistant: Assistant) -> None:
    rows = _rows(assistant, "HMIC R1", "HMIC R5")
    asked = assistant.analyse("what is the MPA on its own meant to do on resource leverage?")
    previous = Previous(
        asked.question,
        rows,
        ["HMIC R1", "HMIC R5"],
        quoted=True,
        text="",
        asked=asked,
        focus="resource leverage in the MPS Action Plan for PURE/SRL",
        focus_documents=[rows[0].document.id],
    )
    assert one_referent(previous) == "HMIC R5"
    # named by no owner, and no title shown: the topic is what 'it' points at
    previous.asked = assistant.analyse("anything about resource leverage?")
    assert one_referent(previous) == previous.focus


def test_the_row_shown_by_its_title_is_singled_out(assistant: Assistant) -> None:
    r4, r9 = _rows(assistant, "HMIC R4", "R9")
    shown = f"- “Some progress on training.” [1]\n- {r9.ref} {r9.title} [2]"
    asked = assistant.analyse("is there anything about training for members?")
    found = [(r4, "HMIC R4"), (r9, "R9")]
    assert single_out(found, asked, shown) == "R9"
    assert single_out(found, asked, "nothing shown by title") is None
