"""Follow-ups with no clause of their own: a bare question word after an answer built from
sentences asks the last question again with that word; a bare noun phrase naming a field by a
header some paper gives it asks that field of the row in focus; a bare paper whose row lacks the
carried value asks what that paper says about the topic instead of being refused."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.antecedents import Previous
from assistant.elliptical import bare_follow_up
from assistant.paper_change import asked_or_told
from assistant.service import Assistant
from assistant.turn_answers import TurnAnswers
from ingest.model import ActionRecord


def _row(assistant: Assistant, ref: str, paper: str = "") -> ActionRecord:
    return next(r for r in assistant.register.all() if r.ref == ref and paper in r.document.id)


def _bare(assistant: Assistant, question: str, previous: Previous) -> str | None:
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    return bare_follow_up(question, previous, answers, assistant.register)


def test_a_bare_question_word_after_sentences_asks_the_last_question_again(
    assistant: Assistant,
) -> None:
    undated = _row(assistant, "5", "001_")  # a row of a paper with no date column
    assert not undated.due_date
    said = Previous(
        "how many staff will the finance teams have retrained?",
        [undated],
        ["item 5"],
        quoted=True,
        route="passages",
    )
    asked = _bare(assistant, "and by when exactly?", said)
    assert asked == "By when staff will the finance teams have retrained?"
    assert _bare(assistant, "where?", said) == "Where staff will the finance teams have retrained?"
    # the same question word again asks nothing new; a row answer is not re-asked this way
    when = Previous("when will the new ledger be live?", [undated], ["item 5"], route="passages")
    assert _bare(assistant, "when?", when) is None
    by_row = Previous("who owns item 5?", [undated], ["item 5"], route="field")
    assert _bare(assistant, "by when?", by_row) is None


def test_a_bare_question_word_is_left_to_a_row_that_holds_the_field(
    assistant: Assistant,
) -> None:
    dated = _row(assistant, "R21")
    assert dated.due_date
    said = Previous(
        "what will staff be made aware of?", [dated], ["R21"], quoted=True, route="passages"
    )
    assert _bare(assistant, "by when?", said) is None


def test_a_field_named_by_another_paper_s_header_is_asked_of_the_row(
    bodies_assistant: Assistant,
) -> None:
    row = _row(bodies_assistant, "W4")  # its paper heads the owner column 'Resp. officer'
    previous = Previous("What is said on tenancy fraud?", [row], ["W4"], route="passages")
    # 'accountable manager' is how another paper heads the column of its owners
    for question in ("and the accountable manager?", "what about the accountable manager?"):
        asked = _bare(bodies_assistant, question, previous)
        assert asked == f"{question.rstrip('?')} for W4?", question
    answer = bodies_assistant.ask("and the accountable manager for W4?")
    assert row.owner and row.owner in answer.answer


def test_a_noun_phrase_naming_a_value_or_a_pick_is_no_field(
    bodies_assistant: Assistant,
) -> None:
    row = _row(bodies_assistant, "W4")
    previous = Previous("What is said on tenancy fraud?", [row], ["W4"], route="passages")
    for question in ("and the second?", "and the other one?", "and the closed ones?"):
        assert _bare(bodies_assistant, question, previous) is None, question
    several = Previous("Which are open?", [row, _row(bodies_assistant, "W5")], ["W4", "W5"])
    assert _bare(bodies_assistant, "and the accountable manager?", several) is None


def _told(abstention: str | None) -> object:
    return lambda question, filters: SimpleNamespace(abstention=abstention)


def test_a_paper_whose_row_lacks_the_carried_value_is_asked_what_it_says() -> None:
    previous = Previous(
        "when was R7 in the 2001/2 audit summary due?",
        [],
        ["R7 in the 2001/2 audit summary"],
        focus="standards for performance in the 2001/2 audit summary",
    )
    question = "what about the 2017 governance report?"
    kept = asked_or_told(question, previous, _told(None))  # type: ignore[arg-type]
    assert kept == "when was standards for performance in the 2017 governance report due?"
    told = asked_or_told(question, previous, _told("value_not_given"))  # type: ignore[arg-type]
    assert told == "What does the 2017 governance report say about standards for performance?"
    # a question naming no paper is none of this
    assert asked_or_told("who owns it?", previous, _told("value_not_given")) is None  # type: ignore[arg-type]


def test_it_after_a_thing_the_row_s_text_speaks_of_is_that_thing(assistant: Assistant) -> None:
    row = _row(assistant, "10", "001_")  # titled by an area, not by what its text reports

    def about(focus: str) -> Previous:
        asked = f"When will {focus} open?"
        return Previous(asked, [row], ["item 10"], route="field", focus=focus)

    portal = about("the online booking portal in the 2017 report")
    asked = _bare(assistant, "and what does it offer residents?", portal)
    assert asked == "and what does the online booking portal offer residents?"
    # a field of the row, a subject the row is titled by, or a subject named by a field: the row
    assert _bare(assistant, "who is in charge of it?", portal) is None
    assert (
        _bare(assistant, "what does it offer?", about("public access in the 2017 report")) is None
    )
    assert (
        _bare(assistant, "what does it offer?", about("the target for the booking portal")) is None
    )


def test_it_after_a_pick_of_rows_or_a_paper_is_no_thing_of_the_text(assistant: Assistant) -> None:
    """After 'which of …?' (a question that picked the row), a pick from a list, or an answer
    about a paper, 'it' is the row or the paper, not the words of the last question."""
    row = _row(assistant, "10", "001_")
    focus = "the online booking portal in the 2017 report"
    picked = Previous(
        "Which of the actions on the online booking portal had no owner?",
        [row],
        ["item 10"],
        route="register",
        focus=focus,
    )
    assert _bare(assistant, "and what does it offer residents?", picked) is None
    from_pool = Previous(
        f"When will {focus} open?", [row], ["item 10"], route="field", focus=focus, pool=[row, row]
    )
    assert _bare(assistant, "and what does it offer residents?", from_pool) is None
    paper = Previous(f"When will {focus} open?", [row], ["item 10"], route="document", focus=focus)
    assert _bare(assistant, "and what does it offer residents?", paper) is None
