"""A subject followed across other bodies' papers ('did another body have a similar finding?',
'which other body has …', 'at more than one body?'): every body's papers are walked, the answer
counts the bodies and says plainly when only one body's papers hold the subject. Papers of
``data/papers/dev`` (housing, fire, park, transport bodies)."""

from __future__ import annotations

from assistant.analysis.intent import intent_of
from assistant.analysis.recurrence import recurrence_cue
from assistant.service import Assistant


def test_another_body_asks_for_recurrence() -> None:
    for question in (
        "Did any other body have a finding about gas safety certificates?",
        "Did another organisation have a similar finding to Fenbury's void property one?",
        "Which other body has a lone working finding?",
        "Were rent arrears criticised at other bodies too?",
    ):
        assert intent_of(question) == "recurring", question
    for question in (
        "Fenbury has a similar gas safety finding. When is theirs due?",
        "Who owns the action on the other body's website?",
    ):
        assert intent_of(question) != "recurring", question


def test_likening_words_frame_the_subject() -> None:
    cue = recurrence_cue("Did another body have a similar finding to Fenbury's void property one?")
    assert cue is not None
    words = cue.lower().split()
    assert {"another", "similar", "one"} <= set(words) and "void" not in words


def test_the_bodies_are_counted(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Did any other body have a finding about gas safety certificates?"
    )
    head = answer.answer.splitlines()[0]
    assert head.startswith("**Yes") and "2 bodies" in head, head
    assert "Tamar Vale Homes" in head and "Fenbury Housing Group" in head
    answer = bodies_assistant.ask("Has void property turnaround come up at more than one body?")
    head = answer.answer.splitlines()[0]
    assert head.startswith("**Yes") and "bodies" in head, head


def test_one_body_only_is_said_plainly(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Did another body have a similar finding to the bus station cleaning contract one?"
    )
    head = answer.answer.splitlines()[0]
    assert head.startswith("**No") and "only at" in head, head
    assert "Northern Valleys Transport Authority" in head


def test_a_row_likened_to_anothers_is_asked_of_its_body(bodies_assistant: Assistant) -> None:
    # 'similar' and 'theirs' liken and point; they are no words the papers must use
    for question, ref in (
        ("Fenbury has a similar gas safety finding. When is theirs due?", "W1"),
        ("Tamar Vale Homes had a similar void property point - who owns theirs?", "IA-10"),
        ("Severnside has a similar business continuity finding; what is its status?", "19/20-10"),
    ):
        answer = bodies_assistant.ask(question)
        assert not answer.abstained, question
        assert [r.ref for r in answer.records][:1] == [ref], question
