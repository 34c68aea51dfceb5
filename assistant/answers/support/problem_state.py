"""Whether the problem a row was raised on has ended: 'was the practice of X stopped?' when
X is the row's finding ('Fares are banked by one person'), not its action.

A row's cells mean different things by their header: the finding (issue) is the problem as it
was found, written at the time; the action answers it; the status and progress say where the
action stands at the paper's date. A question whose subject is the finding's words asks
whether the problem is over, and that is read from the status, never from the finding's own
negative wording ('the record does not say it was stopped' would deny what the status shows).
A subject that is the action's words ('was the toolkit dropped?') asks of the action itself,
and is left to the claim check.
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.analysis.model import Claim
from assistant.text import stems
from ingest.model import ActionRecord

__all__ = ["names_problem", "problem_ended"]


def names_problem(q: QueryAnalysis, claim: Claim, record: ActionRecord) -> bool:
    """Whether the question's subject is the row's finding (the problem found) rather than
    its action: more of its words are the finding cell's than the action cell's, and at
    least two of them are."""
    finding = record.finding or record.title
    if not finding or not record.action or finding.strip() == record.action.strip():
        return False
    subject = stems(" ".join(q.terms)) - stems(claim.text)
    in_finding = len(subject & stems(finding))
    return in_finding >= 2 and in_finding > len(subject & stems(record.action))


def problem_ended(
    q: QueryAnalysis, claim: Claim, record: ActionRecord, name: str, where: str
) -> str | None:
    """The bold answer to whether the problem in ``record``'s finding was stopped, read from
    the row's status: yes when its action is complete, not yet otherwise; None when the
    subject is not the finding or the row states no status (the claim check answers)."""
    if record.status_basis == "none" or record.status == "unknown":
        return None
    if not names_problem(q, claim, record):
        return None
    if record.status == "complete":
        return f"**Yes — the action taken on it, {name} {where}, is complete.**"
    return f"**Not yet, as the record stands — the action taken on it, {name} {where}, is open.**"
