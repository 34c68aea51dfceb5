"""Whether the row in focus itself gives what ``event_bound`` or ``event_outcome`` would refuse:
the refusal of a time, reason or decision rests on evidence, so a cell that answers keeps the
row's answer (its card, with the cell quoted).

- ``cell_cause``: the reason of a delay in the cell that reports it — a cause word anywhere in
  the cell ('Procurement paused. Awaiting the framework.'), the agent of the delay ('delayed by
  the system upgrade', not 'delayed by three months'), or what a separator sets after the
  delay word ('Behind schedule – staff shortages', 'Delayed; restructure');
- ``date_cell_binds``: the row's date cell that itself mentions the event ('Q4 2020/21 –
  awaiting the new system') dates it;
- ``premise_corrected``: the tense asked against the tense the mention states. A time to come
  asked of an event the row reports done ('when will the software arrive?' of 'New software
  installed'), a past one asked of an event it reports not yet done ('when was the policy
  published?' of 'Awaiting the policy'), or a delay asked of one it reports none of: the row
  corrects the premise, which answers;
- ``status_answers``: 'did it go to the Board?' / 'did the Board approve it?' of a row whose own
  action is to take it there (or have it decided there) and whose status is stated: the status
  says whether that has happened.

    cell_cause(cell, mention) -> bool
    states_cause(text) -> bool
    date_cell_binds(mentions, record, question) -> bool
    premise_corrected(kind, question, mentions, words) -> bool
    asks_coming(question) -> bool
    status_answers(record, body_words, object_words, own) -> bool
"""

from __future__ import annotations

import re

from assistant.answers.support.causes import AGENT_DELAY, CAUSE_HEAD
from assistant.text import stem_of
from ingest.model import ActionRecord

# a delay, hold-up or stop: the only event whose reason ``event_bound`` reads
DELAY = re.compile(
    r"\b(?:delay\w*|late|slipp?\w*|postpon\w*|paus\w*|held\s+up|hold-?ups?|stall\w*|"
    r"behind|overdue|deferr?\w*|suspend\w*|stopp?ed|halt\w*|on\s+hold)\b",
    re.I,
)
# a time a cause may not be: 'delayed by three months', 'deferred by a year', 'by 31 March'
_SPAN = (
    r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"some|a\s+few|the\s+end)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# a cause or purpose in a note ('because', 'due to', 'awaiting', 'X: staff vacancy')
CAUSE = re.compile(
    rf"\b(?:{CAUSE_HEAD}|{AGENT_DELAY}|as|since|following|after|awaiting|waiting|until|"
    r"therefore|thus|hence|so|because|reasons?|in\s+order|to\s+(?:ensure|allow|enable)|"
    r"owing|result(?:s|ed)?\s+of|caused|while|whilst)\b|:\s*\S",
    re.I,
)
# causes in other words: the agent of a delay, a dependency, a purpose of waiting
_CAUSE_MORE = re.compile(
    rf"\b(?:delay\w*|held\s+up|slowed|hampered|affected|impacted|paused|stalled|postponed|"
    rf"deferred|suspended|halted|stopped|disrupted|interrupted)\s+by\s+(?!{_SPAN})\w|"
    r"\b(?:in\s+(?:light|view)\s+of|on\s+account\s+of|dependent\s+on|depends\s+on|"
    r"subject\s+to|linked\s+to|to\s+(?:align|await|coincide|fit)\s+with|to\s+await)\b",
    re.I,
)
# a delay word and, after a separator, what it is put down to
_DELAY_SET = re.compile(rf"{DELAY.pattern}(?:\s+[\w'’]+){{0,3}}\s*(?:\s[-–—]|;)\s*[A-Za-z]", re.I)


def states_cause(text: str) -> bool:
    """Whether ``text`` puts a delay down to something in the forms a note writes besides a
    word of cause: the agent of the delay ('held up by the system migration'), a dependency
    ('subject to the review'), or what a separator sets after the delay word ('Behind schedule
    – the supplier went into administration')."""
    return bool(_CAUSE_MORE.search(text) or _DELAY_SET.search(text))


def cell_cause(cell: str, mention: str) -> bool:
    """Whether ``cell`` (the cell holding the delay ``mention``) gives a reason for it."""
    if mention not in cell:
        return False
    return bool(CAUSE.search(cell) or _CAUSE_MORE.search(cell) or _DELAY_SET.search(cell))


def date_cell_binds(
    mentions: list[str], record: ActionRecord, times: re.Pattern[str], question: str
) -> bool:
    """Whether a mention of the event sits in the row's own date cell (its deadline, or the
    one it replaced) beside a time the question does not give: that cell dates the event."""
    given = {m.group(0).lower() for m in times.finditer(question)}
    for cell in (record.due_text, record.revised_from_text):
        cell = (cell or "").strip()
        if not cell or not any(mention in cell for mention in mentions):
            continue
        if any(m.group(0).lower() not in given for m in times.finditer(cell)):
            return True
    return False


# a negated or still-to-come outcome: it states none
UNSTATED = re.compile(
    r"\b(?:not|no|never|without|yet\s+to|awaiting|awaited|pending|due|will|shall|to\s+be|"
    r"shortly|soon|planned|scheduled|intend\w*|expected|proposed|seeking|seek|until|once)\b|"
    r"n[’']t\b",
    re.I,
)
# a time to come asked ('when will …', 'when is it going to …', 'expected to', 'due to arrive')
_ASKS_COMING = re.compile(
    r"\b(?:will|would|shall|going\s+to|expect\w*|due\s+to\s+[a-z]+|planned|scheduled|likely)\b|"
    r"\b(?:when|date)\s+(?:do|does|is|are)\b",
    re.I,
)
# a past time asked ('when was it …', 'when did …', 'on what date had …')
_ASKS_PAST = re.compile(r"\b(?:did|was|were|had|has\s+been|have\s+been)\b", re.I)
# an event reported done: a verb of finishing or arriving in the past, or a state of being there
_DONE = re.compile(
    r"\b(?:complete[d]?|done|finished|delivered|installed|implemented|in\s+place|filled|"
    r"appointed|recruited|published|issued|held|launched|live|received|arrived|approved|"
    r"agreed|signed\s+off|adopted|procured|purchased|bought|tested|closed|achieved|resolved|"
    r"in\s+post|took\s+place|started|begun|underway|under\s+way|introduced|rolled\s+out)\b",
    re.I,
)
_NO_DELAY = re.compile(rf"\b(?:no|not|without|never)\s+(?:\w+\s+){{0,2}}(?:{DELAY.pattern})", re.I)


def asks_coming(question: str) -> bool:
    """Whether ``question`` asks a time still to come ('when will …', 'expected to …')."""
    return _ASKS_COMING.search(question) is not None


def premise_corrected(kind: str, question: str, mentions: list[str], words: list[str]) -> bool:
    """Whether the mentions of the event say the opposite of what the question takes as given:
    done when a time to come is asked (a word of finishing, or the asked verb ``words`` in the
    past: 'Interface specified' of 'when will the interface be specified?'), not yet done when
    a past time is, no delay when the reason of one is."""
    if not mentions:
        return False
    if kind == "why":
        return all(_NO_DELAY.search(m) for m in mentions)
    if asks_coming(question):
        return any(
            (_done_of(m, words) or _past_of(m, words))
            and not (UNSTATED.search(m) or DELAY.search(m))
            for m in mentions
        )
    if _ASKS_PAST.search(question):
        return all(UNSTATED.search(m) or DELAY.search(m) for m in mentions)
    return False


# deciding on a thing is not doing it: 'the strategy agreed' says nothing of its publication
_DECIDED = re.compile(r"^(?:approved|agreed|signed\s+off|adopted)$", re.I)
_DECIDING_STEMS = ("approv", "agre", "sign", "adopt", "endors", "ratif", "decid")


def _done_of(text: str, words: list[str]) -> bool:
    """Whether ``text`` reports the event done: a verb of finishing or arriving; a verb of
    deciding only when deciding is what is asked ('when will it be approved?')."""
    deciding = any(w.startswith(_DECIDING_STEMS) for w in words)
    return any(deciding or not _DECIDED.match(m.group(0)) for m in _DONE.finditer(text))


def _past_of(text: str, words: list[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (stems) as a past participle ('specified')."""
    return any(stem_of(w.lower()) in words for w in re.findall(r"[A-Za-z]+(?:ed|en)\b", text))


# the row's own action takes a paper before a body, or asks a body to decide on it
_BEFORE_BODY = re.compile(
    r"\b(?:approv\w*|agree\w*|sign\w*\s+off|endors\w*|ratif\w*|submit\w*|present\w*|"
    r"report\w*|tak(?:e|es|en|ing)|tabl(?:e|ed|ing)|refer\w*|seek\w*)\b",
    re.I,
)


def status_answers(
    record: ActionRecord, body_words: list[str], object_words: list[str], own: set[str]
) -> bool:
    """Whether the row's stated status says if the asked outcome happened: its action names the
    body with a verb of taking or deciding, every other word asked is of the row's own work,
    and its status is stated."""
    action = record.action or ""
    held = {stem_of(w.lower()) for w in re.findall(r"[A-Za-z]+", action)}
    if record.status == "unknown" or not any(w in held for w in body_words):
        return False
    if not _BEFORE_BODY.search(action):
        return False
    return all(any(_near(w, h) for h in own) for w in object_words)


def _near(word: str, held: str) -> bool:
    return word == held or (min(len(word), len(held)) >= 4 and (word in held or held in word))
