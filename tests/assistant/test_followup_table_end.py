"""A row named by its place at an end of the paper in focus ('the last item in that table',
'the first recommendation in the plan'): the row at that end of the paper's own order, or of
the focus row's table; and 'the previous one' after a turn about one row is the row before it,
not the previous year's paper."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.row_order import beside, row_in_order
from assistant.service import Assistant
from assistant.table_end import table_end
from assistant.year_shift import shift_year

PURE = "002_93be34f48625d430-txt"


def _rows(assistant: Assistant, document: str) -> list:
    return sorted(assistant.register.of_document(document), key=lambda r: r.ordinal)


def _about(assistant: Assistant, document: str, ref: str) -> Previous:
    row = next(r for r in assistant.register.of_document(document) if r.ref == ref)
    return Previous(f"Who is responsible for {ref}?", [row], [ref], route="refs")


def test_an_end_of_the_table_is_read_in_the_papers_order(assistant: Assistant) -> None:
    focus = _about(assistant, PURE, "R20")  # in the first of the paper's three tables
    table = [r for r in _rows(assistant, PURE) if r.section == focus.records[0].section]
    for question, row in (
        ("what's the last item in that table?", table[-1]),
        ("and the first one in the table - who owns it?", table[0]),
        ("the final recommendation of that table: when is it due?", table[-1]),
        ("what about the last row in the plan?", _rows(assistant, PURE)[-1]),
    ):
        found = table_end(question, focus, assistant.register)
        assert found is not None, question
        assert [r.id for r in found[1].records] == [row.id], question
        assert "last" not in found[0] and "first" not in found[0], found[0]
    assert table[-1].ref == "R27" and table[0].ref == "R1"  # the table, not the whole paper


def test_a_list_in_focus_keeps_to_its_table(assistant: Assistant) -> None:
    rows = _rows(assistant, PURE)
    hmic = [r for r in rows if (r.ref or "").startswith("HMIC")]
    shown = Previous("Which HMIC recommendations are ongoing?", hmic[1:], ["…"] * 4)
    found = table_end("who owns the first one in that table?", shown, assistant.register)
    assert found is not None and found[1].records[0].id == hmic[0].id


def test_no_end_without_a_holder_or_one_paper(assistant: Assistant) -> None:
    focus = _about(assistant, PURE, "R20")
    for question in (
        "and the last one?",  # a list shown: another mechanism's
        "who owns the last item in that list?",
        "what is the last item in the plan due in 2009?",
        "what was the last meeting about?",
    ):
        assert table_end(question, focus, assistant.register) is None, question
    two_papers = Previous(
        "…", [focus.records[0], _rows(assistant, "004_8a3584b528f67d05-txt")[0]], []
    )
    assert table_end("the last item in that table?", two_papers, assistant.register) is None
    assert beside("what's the first row of the report?") and not beside("the last one?")


def test_other_bodies_papers(bodies_assistant: Assistant) -> None:
    register = bodies_assistant.register
    park = next(r for r in register.all() if r.ref == "AL-05")
    homes = next(r for r in register.all() if r.ref == "IA-04")
    for focus, question, ref in (
        (park, "what's the final action in that log?", "AL-09"),
        (park, "the first item of the tracker - is it done?", "AL-01"),
        (homes, "and the last one in that report, who owns it?", "IA-10"),
        (homes, "the following one - what's its status?", "IA-05"),
    ):
        found = row_in_order(question, Previous("…", [focus], [focus.ref or ""]), register)
        assert found is not None, question
        assert found[1].records[0].ref == ref, question


def test_the_previous_one_is_a_row_not_last_years_paper(assistant: Assistant) -> None:
    focus = _about(assistant, PURE, "R20")
    assert shift_year("and the previous one?", focus, assistant.documents()) is None
    chat = Chat(assistant)
    first = "Who owns R20 in the PURE action plan?"
    answered = chat.respond([Turn(role="user", content=first)])
    turns = [
        Turn(role="user", content=first),
        Turn(role="assistant", content=answered.answer.answer),
    ]
    follow = chat.respond([*turns, Turn(role="user", content="and the previous one?")])
    assert "R19" in follow.standalone, follow.standalone
    assert "Director of Strategy and Improvement" in follow.answer.answer
    last = chat.respond([*turns, Turn(role="user", content="what's the last item in that table?")])
    assert "R27" in last.standalone and "benchmarking" in last.answer.answer
