"""What a question asserts, to be checked against the record: its stated premise
(:func:`read_premise`) and the claims in it (:func:`read_claims`): a status, a completion, a
date it takes for granted; and the shapes that make a completion word intended, not asserted
('due to be completed', 'should it be finished'), which the status filter reads too."""

from __future__ import annotations

import re

from assistant.analysis.intent import ASKS_WHEN, REGISTER_KINDS, answer_type
from assistant.analysis.model import Claim, Intent
from assistant.analysis.patterns import CLAIMS, PREMISE


def read_premise(question: str) -> str | None:
    """The premise a question states before it asks ('Since X was completed, …'), or None."""
    for pattern in PREMISE:
        match = pattern.search(question.strip())
        if match:
            return match.group("p").strip(" ,")
    return None


def read_claims(question: str, premise: str | None, intent: Intent) -> list[Claim]:
    """The assertions the question (its premise, if it has one) makes, to be checked."""
    if intent in ("list", "count"):
        return []  # 'which were completed' is a filter, not an assertion
    if premise is None and (
        answer_type(question) == "year" or ASKS_WHEN.match(question) or _WHEN_HEAD.match(question)
    ):
        return []  # 'when was X launched?' asks when, it asserts nothing to correct
    return _claims(question, premise)


def _claims(question: str, premise: str | None) -> list[Claim]:
    scope = premise if premise else question
    return [
        # a yes/no question in a light verb ('has it been done?') claims completion as such
        Claim(kind=kind, text="completed" if _light(match) else _participle(match.group(0)))
        for pattern, kind in CLAIMS
        for match in pattern.finditer(scope)
        # 'due to be completed', 'expected to be delivered': intended, not asserted
        if not INTENDED_BEFORE.search(scope[: match.start()])
        # 'X is to be appointed', 'is being appointed', 'who was appointed': not asserted of X
        and not unreached(scope[: match.start()])
        # 'what has X already done about Y?' asks what was done: it asserts nothing
        and not (match.groupdict().get("light_already") and premise is None and _WH.match(scope))
        # 'were more surveys completed in 2024 than in 2023?': a count compared, no state
        and not _compared_count(scope[: match.start()])
    ]


_COMPARED_COUNT = re.compile(r"\b(?:more|fewer|less)\s+(?P<noun>(?:[\w-]+\s+){1,4})$", re.I)


def _compared_count(before: str) -> bool:
    """'more surveys' before the participle: a count of things of no kind of row compared
    ('more recommendations implemented' counts rows in a state: that state is read)."""
    found = _COMPARED_COUNT.search(before)
    return found is not None and not re.search(rf"\b{REGISTER_KINDS}", found.group("noun"), re.I)


def _participle(words: str) -> str:
    """A claimed verb as the state it leaves ('did X finish R5' claims R5 'finished')."""
    found = re.fullmatch(r"(clos|resolv|achiev)e[sd]?|(finish|implement|deliver)(?:e?s)?", words)
    return (
        f"{found.group(1)}ed"
        if found and found.group(1)
        else (f"{found.group(2)}ed" if found else words)
    )


# a question headed by 'when' ('and by when is it due to be finished?') asks a time
_WHEN_HEAD = re.compile(
    r"^\s*(?:(?:and|so|but|then|also|ok|okay)\b[\s,]*)?(?:(?:by|until|till)\s+)?when\b", re.I
)
_WH = re.compile(
    r"^\s*(?:(?:and|so|but)\b[\s,]*)?(?:what|which|who|whom|whose|how|why|where)\b", re.I
)
STILL_TO = re.compile(r"\b(?:still|remains?|remaining|left)\s+to\s+(?:be\s+)?$", re.I)
# 'due to be completed', 'should the review be finished', 'will it have been delivered': the
# state after the deadline's 'due to' or a modal is intended, not reached ('reported to be
# complete' asserts it)
INTENDED_BEFORE = re.compile(
    r"\b(?:due|meant|supposed|scheduled|planned|expected|set|intended)\s+to\s+(?:be\s+|have\s+"
    r"been\s+)?$|\b(?:have|has|need|needs|ought|got)\s+to\s+(?:be\s+|have\s+been\s+)$|"
    r"\b(?:will|would|shall|should|must|could|can|may|"
    r"might)\b(?:\s+[\w'’/.-]+){0,6}?\s+(?:be|have\s+been)\s+$",
    re.I,
)


# a state the words before it put still ahead ('is to be appointed', 'needs to be agreed') or
# under way ('is being replaced'); a verb of saying or seeing before 'to be' reports it reached
# ('said to be completed', 'shown to be delivered')
_TO_BE = re.compile(r"\b(?P<verb>[a-z]+)\s+to\s+(?:be|have\s+been)\s+$|\bbeing\s+$", re.I)
_EVIDENTIAL = frozenset(
    "said reported shown known claimed believed thought understood stated recorded noted "
    "confirmed deemed considered found seen appears appeared seems seemed".split()
)
# the person asked is the one the state is said of: 'who was appointed to lead X?' asks who, it
# asserts nothing of X
_WHO_SUBJECT = re.compile(
    r"^\s*(?:(?:and|so|but)\b[\s,]*)?(?:who|whom)\s+(?:is|was|are|were|will\s+be|"
    r"has\s+been|have\s+been|had\s+been|got|gets|(?:is|was|are|were)\s+(?:to\s+be|being))\s+$",
    re.I,
)


def unreached(before: str) -> bool:
    """Whether the words ``before`` a claimed state make it no assertion about the thing asked
    of: still to come or under way, or said of the person the question asks for."""
    found = _TO_BE.search(before)
    if found and (found.group("verb") or "").lower() not in _EVIDENTIAL:
        return True
    return bool(_WHO_SUBJECT.match(before))


def _light(match: re.Match[str]) -> bool:
    return any(v for k, v in match.groupdict().items() if k.startswith("light"))
