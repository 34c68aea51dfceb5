"""'Was the <problem found> stopped?': when the question's subject is a row's finding (the
problem as found), not its action, the answer is the row's status and progress now, not a
denial read off the finding's own negative wording."""

from __future__ import annotations

from assistant.answers.support.problem_state import names_problem
from assistant.service import Assistant


def test_a_finding_stopped_is_answered_from_the_status(bodies_assistant: Assistant) -> None:
    for question, head, progress in (
        (
            "Kestrel Moors: was letting trail maintenance contracts without competition stopped?",
            "**Not yet",
            "Specification written.",
        ),
        ("Kestrel Moors: has late banking of car park income been stopped?", "**Yes", "Weekly"),
        (
            "At Tamar Vale, has the failure to escalate rent arrears cases in line with policy "
            "been stopped?",
            "**Yes",
            "Training delivered September 2020.",
        ),
    ):
        answer = bodies_assistant.ask(question).answer
        assert answer.startswith(head), (question, answer[:200])
        assert progress in answer and "does not say" not in answer, answer[:300]


def test_the_subject_must_be_the_findings_words(bodies_assistant: Assistant) -> None:
    register = bodies_assistant.register
    row = next(r for r in register.all() if r.ref == "AL-08")
    of_finding = bodies_assistant.analyse(
        "was letting trail maintenance contracts without competition stopped?"
    )
    of_action = bodies_assistant.analyse(
        "was the tendering of trail maintenance contracts above 25,000 dropped?"
    )
    assert names_problem(of_finding, of_finding.claims[0], row)
    assert not names_problem(of_action, of_action.claims[0], row)
