"""'Did A or B put more recommendations in front of its committee? Give both numbers.': the rows
of the two papers the sides name, counted side by side; words outside a subject phrase only
frame the count (no abstention on words no paper uses, no third paper counted), while a subject
no paper covers still abstains. Questions of my own over other bodies' papers (data/papers/dev)."""

from __future__ import annotations

from assistant.service import Assistant


def test_two_bodies_rows_are_counted_whatever_frames_the_question(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "Did Severnside fire or Tamar Vale Homes put more recommendations in front of their "
        "audit committee? Give both numbers."
    )
    head = answer.answer.split("\n")[0]
    assert "Severnside" in head and "12 recommendations, against 10" in head
    assert {r.ref[:3] for r in answer.records if r.ref} == {"19/", "IA-"}  # no third paper
    answer = bodies_assistant.ask(
        "Which had more recommendations tabled at committee, Marshfield or Severnside?"
    )
    assert "12 recommendations, against 6" in answer.answer.split("\n")[0]
    answer = bodies_assistant.ask(
        "Have Northern Valleys or Fenbury got more actions waiting on their trackers? Tell me "
        "both totals."
    )
    assert "10 actions, against 8" in answer.answer.split("\n")[0]


def test_a_subject_no_paper_covers_still_abstains(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Did Severnside or Tamar Vale have more recommendations about drones?"
    )
    assert answer.abstained
