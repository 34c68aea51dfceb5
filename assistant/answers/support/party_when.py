"""When another party will act: a date the row's own deadline does not give.

'When is the county expected to publish its model policy?', 'when does the Home Office expect
to release the data?', 'when does the joint Programme Manager start?', 'when will the lead be
appointed?' ask the date of an act of a party the question names as its subject: a body or a
post (a noun of either, or a name in capitals) that is neither the row's owner nor the body of
the row's paper. The row's date column dates its owner's action ('Review the safeguarding
policy'), not that party's act ('Waiting for the county's new model policy'). Only a sentence
about the row that names the party and gives a time answers; with none, the answer is the
refusal, with what the row does hold.

    party_when(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.recordtext import doc_label, record_name, safe_text
from assistant.answers.support.row_paper import paper_naming
from assistant.answers.support.unheld import about_row_texts, cited_record, held_summary
from assistant.text import stem_of, stems

# 'when is / will / does <party> …', at the question's start or after a dash or a joiner
_WHEN = re.compile(
    r"(?:^|[-–—,;:.]\s*|\b(?:and|so|but|ok|okay|right)\s+)(?:when|by\s+when|(?:on\s+|by\s+)?"
    r"what\s+date)\s+(?:is|are|will|would|does|do|should|might|can)\s+(?P<rest>.+)$",
    re.I,
)
# nouns of a body or a post that acts: the party a question may name as its subject
_PARTY_NOUNS = (
    r"county|council|government|department|ministry|office|authority|regulator|inspectorate|"
    r"commission|commissioner|partners?|suppliers?|contractors?|consultants?|providers?|"
    r"agency|trust|auditors?|insurers?|funders?|officer|manager|director|head|chair|lead|"
    r"leader|clerk|secretary|treasurer|controller|inspector|adviser|advisor|co-?ordinator|"
    r"administrator|accountant|analyst|supervisor|coordinator"
)
# the subject: a determiner, a few modifiers, and a party's noun or a name in capitals, with
# an 'of/for <Name>' after it; then the verb (not 'due', which asks the row's date column)
_SUBJECT = re.compile(
    r"^(?:the|its|their|our|a|an|new)\s+(?P<np>(?:[\w'&-]+\s+){0,4}?"
    rf"(?:(?:{_PARTY_NOUNS})\b|(?-i:[A-Z][\w&-]+)(?=\s+(?-i:[a-z]))))"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*))?"
    r"\s+(?!due\b|overdue\b)(?P<verb>[a-z]+)\b",
    re.I,
)
# words of the question's frame after its subject, naming no act
_FRAME = frozenset(
    """expect expects expected expecting going likely planned plan plans planning meant
    supposed intend intends intended hope hopes aim aims due get got the its their our this
    that these those item action row log entry and for with from into have has had been being
    actually exactly finally eventually now then""".split()
)
OWN_WORK = 0.5  # of the act's words the row's own cells must hold for it to be the row's work
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|\t")  # a quote read sentence by sentence
_STOP = frozenset("the its their our a an new for of joint".split())
# a time as a sentence gives it: a year, a month, a quarter, a season, 'next week' ('this
# year' dates what the paper reports, not an act to come)
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bnext\s+(?:week|month|quarter|year)\b|"
    r"\b(?:spring|summer|autumn|winter)\b|\bwithin\s+\w+\s+(?:weeks?|months?)\b",
    re.I,
)


def asked_party(question: str) -> tuple[str, set[str], set[str]] | None:
    """The party a 'when will <party> <verb> …?' question names as its subject, the stems of
    its words and those of the act asked ('the county expected to publish its model policy' ->
    ('county', {'counti'}, {'publish', 'model', 'polici'})); None when its subject is a thing,
    a pronoun or the row itself."""
    found = _WHEN.search(unquoted(question))
    if found is None:
        return None
    subject = _SUBJECT.match(found["rest"])
    if subject is None:
        return None
    words = [w for w in re.findall(r"[A-Za-z][\w&-]*", subject["np"]) if w.lower() not in _STOP]
    if not words:
        return None
    act = re.findall(r"(?<![A-Za-z])[a-z][a-z'-]{2,}", found["rest"][subject.start("verb") :])
    acted = {stem_of(w) for w in (a.split("'")[0] for a in act) if w not in _FRAME}
    return subject["np"].strip(), {stem_of(w.lower()) for w in words}, acted


def party_when(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal when a question asks when another party will act and the one row the answer
    is about dates only its own action: no sentence about the row names the party with a time.
    None when the party is the row's owner or its paper's body, or a sentence gives the time."""
    if answer.abstained or q.claims or "premise-corrected" in answer.notes:
        return None
    asked = asked_party(q.standalone or q.question)
    if asked is None:
        return None
    party, words, act = asked
    record = cited_record(answer, context)
    if record is None:
        return None
    own = stems(record.owner or "") | paper_naming(record, context)
    if words & own:
        return None  # the row's owner, or its own body: its date column dates their act
    work = stems(" ".join(getattr(record, cell) or "" for cell in ("title", "finding", "action")))
    if act and len(act & work) >= OWN_WORK * len(act):
        return None  # the row's own work, done with the party ('test booked with the supplier')
    due = (record.due_text or "").strip()
    texts = [*about_row_texts(record, context, q), *(c.quote for c in answer.citations)]
    for text in (part for t in texts for part in _SENTENCE_END.split(t)):
        rest = text.replace(due, " ") if due else text
        if words <= stems(rest) and _TIME.search(rest):
            return None  # a sentence names the party with a time
    name = f"{record_name(record)} ({doc_label(None, record)})"
    refusal = abstain(
        q,
        context,
        f"a date for what the {safe_text(party)} is to do, for {name}",
        f"The record does not say: its row gives {held_summary(record)}, and its date is for "
        "the row's own action, not for that party's.",
        kind="value_not_given",
    )
    refusal.records = [record]  # the row it is about: a follow-up's 'it'
    refusal.notes.append("unheld-party-when")
    return refusal
