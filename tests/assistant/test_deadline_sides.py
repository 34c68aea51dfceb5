"""'Which falls due first: <body>'s X or <body>'s Y?': a side that names its paper's body and
describes a row of it is compared on that row's deadline, not on the paper's date (a paper has
no deadline). Questions of my own over other bodies' papers (data/papers/dev); in each, the
papers' dates stand in the opposite order to the rows' deadlines."""

from __future__ import annotations

from assistant.service import Assistant


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


def test_sides_naming_their_body_are_compared_on_their_rows_deadlines(
    bodies_assistant: Assistant,
) -> None:
    head = _head(
        bodies_assistant,
        "Which falls due first: Fenbury's check of contractor insurance certificates or "
        "Marshfield's late pension fund reconciliation?",
    )  # papers: Marshfield Nov 2021, Fenbury Mar 2022; deadlines: W5 Oct 2021, item 3 Mar 2022
    assert head.startswith("**“Fenbury's") and "is due first" in head and "2021-10-31" in head
    head = _head(
        bodies_assistant,
        "Is the Severnside firefighter competence records action due before the Northern "
        "Valleys ticket machine cash count?",
    )  # papers: Severnside Mar 2020 first; deadlines: NV-03 May 2020 first
    assert head.startswith("**No") and "2020-05-31" in head and "2020-09-30" in head
    head = _head(
        bodies_assistant,
        "Which has the later deadline, Tamar Vale's governance code compliance review or the "
        "Northern Valleys real time information screens?",
    )  # papers: Northern Valleys Oct 2020 first; deadlines: IA-08 Aug 2020 first
    assert "Northern Valleys real time information screens” is due later" in head
    assert "2021-03-31" in head
