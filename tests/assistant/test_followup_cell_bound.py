"""'That' after an answer listing several rows is the row whose own cells alone hold a word
of the question; a word naming a column, or held by several of the rows, binds nothing."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.cell_bound import bound_by_cells, listed_one
from assistant.conversation import Turn
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant
from ingest.model import ActionRecord


def _rows(assistant: Assistant, *refs: str) -> list[ActionRecord]:
    """The rows of ``refs`` in the one paper holding all of them (the 2008 action plan)."""
    papers: dict[str, dict[str | None, ActionRecord]] = {}
    for r in assistant.register.all():
        papers.setdefault(r.document.id, {})[r.ref] = r
    held = next(rows for rows in papers.values() if all(ref in rows for ref in refs))
    return [held[ref] for ref in refs]


def _listed(assistant: Assistant) -> Previous:
    refs = ("R10", "R11", "R13")
    return Previous("which are the property actions?", _rows(assistant, *refs), list(refs))


def test_a_word_one_listed_row_alone_holds_binds_that(assistant: Assistant) -> None:
    previous = _listed(assistant)
    # 'reserves' is written in R13's cells only, 'backlog' in R11's only
    assert bound_by_cells("and what came of the reserves review on that?", previous) == "R13"
    assert listed_one("is the backlog work on it finished?", previous) == "R11"
    history = [Turn(role="user", content=previous.standalone), Turn(role="assistant", content="…")]
    asked = rewrite_by_rules("what happened with the reserves side of that?", history, previous)
    assert asked is not None and "R13" in asked


def test_no_word_of_one_row_alone_binds_nothing(assistant: Assistant) -> None:
    previous = _listed(assistant)
    # a column's own header names a field ('priority'), not a row
    assert bound_by_cells("what priority does that have?", previous) is None
    # a word two listed rows hold ('property') does not single one out
    assert bound_by_cells("what property is in that?", previous) is None
    # one row shown: nothing to choose between
    one = Previous("who owns R13?", _rows(assistant, "R13"), ["R13"])
    assert bound_by_cells("and the reserves on that?", one) is None
    # no word binds: 'it' after 'which one …?' is still the first found
    asked_one = Previous("which one is about property?", previous.records, previous.names)
    assert listed_one("when is it due?", asked_one) == "R10"
    assert listed_one("when is it due?", previous) is None


def test_a_count_asked_of_one_named_row_reads_its_cells(assistant: Assistant) -> None:
    """'How many … in X?' of one row bound by 'that' counts no rows: the row's own figure."""
    answer = assistant.ask("how many issues of training for staff are done in HMIC R4?")
    assert answer.route == "refs"
    assert "4,000" in answer.answer
    # a count over the register still counts rows
    assert assistant.ask("how many actions does the plan give a high priority?").route != "refs"
