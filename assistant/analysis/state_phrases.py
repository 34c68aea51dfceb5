"""States asked in words no status column writes: 'yet to be acted on', 'didn't quite get
there', 'wrapped up', 'pushed out'. A small lexicon of verbs of acting, finishing and moving a
date names where on the road to done a row stands; that place is then linked to the values the
papers in scope hold for it (their own words: 'Not implemented', 'Partly met'), else to the
normalised status."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.status import stated_status

# verbs of acting on a recommendation that no status reading covers ('implemented', 'started'
# and 'complete' are read as statuses already; 'put in place' is implementing: see _FINISHED)
_ACTED = (
    r"(?:acted\s+(?:on|upon)|actioned|taken\s+(?:forward|up)|progressed|addressed|tackled|picked\s+up|"
    r"got(?:ten)?\s+(?:going|started|off\s+the\s+ground|under\s+way|(?:a)?round\s+to)|kicked\s+off|commenced|"
    r"set\s+in\s+motion|followed\s+up|carried\s+out|touched|looked\s+at|worked\s+on)"
)
# a subject denying that anyone acted: 'nobody', 'no one', "hasn't anyone", 'none of them'
_NOBODY = (
    r"(?:\bno(?:body|[\s-]+one)|\bnone\s+of\s+(?:them|these|those|which|the\s+\w+)|"
    r"(?:n['’]t|\bnot)\s+(?:yet\s+)?(?:any(?:one|body)|a\s+(?:single\s+)?(?:person|soul)))"
)
# beginning, in its base form ('yet to get going', 'still to make a start on')
_BEGIN = (
    r"start|begin|commence|get\s+(?:going|started|off\s+the\s+ground|under\s*way)|"
    r"make\s+(?:a\s+|any\s+)?(?:start|headway|progress)"
)
# the act denied or still to come: 'yet to be acted on', 'not yet been taken forward'
UNSTARTED = re.compile(
    rf"(?:\b(?:yet|still)\s+to\s+be\s+|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?|"
    rf"n['’]t\s+(?:yet\s+)?(?:been\s+)?(?:even\s+)?){_ACTED}\b|"
    # 'haven't been started', 'never begun': the status words read only 'not (yet) started'
    r"(?:n['’]t|\bnever)\s+(?:(?:yet|been|even|got)\s+)*(?:started|begun)\b|"
    # the act still to come, in its base form: 'yet to get off the ground', 'still to start'
    rf"\b(?:yet|still)\s+to\s+(?:{_BEGIN})\b|"
    # left alone: 'untouched', 'left untouched'
    r"\buntouched\b|"
    # a negative subject denies the act: 'nobody has begun', 'that no one has picked up',
    # "hasn't anyone started", 'none of them have been taken forward'
    rf"{_NOBODY}\s+(?:(?:has|have|had|is|are|was|were|yet|even|really|actually|so\s+far|"
    rf"been|got|gotten|being)\s+)*(?:{_ACTED}|started|begun|begin|began|start|starting|"
    r"made\s+(?:a\s+|any\s+)?start|"
    r"(?:working|worked|work)\s+on|acting\s+on)\b",
    re.I,
)
# some way along but short of the top of the paper's scale: 'didn't quite get there', 'fell
# short of fully met', 'nearly done', 'part-way through'
_SHORT = re.compile(
    r"\b(?:fell|falls?|falling|came|comes?|coming)\s+short\b|"
    r"\bshort\s+of\s+(?:being\s+)?(?:fully|completely|wholly|full)\b",
    re.I,
)
_NEARLY = re.compile(
    r"(?:\bnot|n['’]t)\s+quite\s+(?:[a-z]+\s+){0,2}?(?:there|done|finished|complete[d]?|"
    r"implemented|met|achieved|delivered|over the line)\b|"
    r"\b(?:almost|nearly|only\s+half|half)[\s-]+(?:been\s+)?(?:there|done|finished|"
    r"complete[d]?|implemented|met|achieved|delivered)\b|"
    r"\bpart[\s-]*(?:way|done|finished|implemented|delivered)\b|"
    r"\b(?:part|some|most)\s+of\s+the\s+way\b",
    re.I,
)
# some progress made, contrasted with an end not reached: 'made some headway but are not
# finished', 'got started but never completed' — between the paper's bottom and its top
_UNDER_WAY = (
    r"(?:(?:made|making|make|shown?|showing|seen)\s+(?:some|good|real|limited|little|a\s+bit"
    r"\s+of|a\s+little)?\s*(?:headway|progress|inroads|strides)|(?:got|been|were|was)\s+"
    r"(?:started|going|under\s*way|begun)|started|begun|under\s*way|in\s+(?:hand|train)|"
    r"being\s+worked\s+on)"
)
_ENDED = (
    r"(?:finished|complete[d]?|done|implemented|met|achieved|delivered|closed|there|over\s+the"
    r"\s+line)"
)
_PROGRESS_SHORT_OF_END = re.compile(
    rf"\b{_UNDER_WAY}\b[^.?!]{{0,30}}?\b(?:but|yet|though|although)\b[^.?!]{{0,20}}?"
    rf"(?:\b(?:not|never)|n['’]t|\b(?:yet|still)\s+to\s+be)\s+(?:(?:yet|been|quite|fully)\s+)*"
    rf"{_ENDED}\b",
    re.I,
)
# work going on now, in words no status column writes: 'being worked on', 'in hand', 'work is
# continuing' — under way, not ended
_BEING_WORKED = re.compile(
    r"\b(?:being\s+(?:worked\s+on|progressed|taken\s+forward|actioned|addressed|tackled|"
    r"dealt\s+with|looked\s+at)|in\s+(?:hand|train)|work\s+(?:is\s+)?(?:continuing|"
    r"ongoing|under\s*way))\b",
    re.I,
)
# finished, in idioms no status column writes: 'wrapped up', 'signed off', 'put to bed'
_FINISHED = re.compile(
    r"\b(?:wrapped\s+up|signed\s+off|ticked\s+off|finished\s+off|seen\s+through|"
    r"closed\s+(?:off|out|down)|put\s+to\s+bed|sorted\s+out|got(?:ten)?\s+done|"
    r"dealt\s+with|over\s+the\s+line|brought\s+to\s+a\s+close|"
    # putting in place is implementing, the end of the road, not the start of acting
    r"put\s+(?:in|into)\s+(?:practice|effect|place|operation))\b|"
    # a light verb of ending after a copula or a denial: 'have yet to be done', 'are not
    # delivered', 'were done' (not 'what was done about X', which asks for the progress)
    # ('due to be done by 2008' sets a deadline: it names no state)
    r"(?:(?<=\bbe\s)(?<!\bdue\sto\sbe\s)(?<!\bset\sto\sbe\s)(?<!\bmeant\sto\sbe\s)"
    r"(?<!\bexpected\sto\sbe\s)(?<!\bscheduled\sto\sbe\s)(?<!\bplanned\sto\sbe\s)|(?<=\bbeen\s)|(?<=\bare\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bnot\s)|(?<=n't\s)|(?<=n’t\s)|"
    r"(?<=\bget\s)|(?<=\bgot\s))(?:done|delivered)\b(?:\s+yet\b)?(?!\s+(?:about|on|with|for|to)\b)",
    re.I,
)
_NOT_BEFORE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\byet\s+to\s+be|\bstill\s+to\s+be)(?:\s+(?:yet|been|be|got|"
    r"gotten|quite|fully))*\s*$",
    re.I,
)
# a deadline moved, in words the revision pattern does not read: 'pushed out', 'had to move
# their date', 'deferred', 'the date was shifted'
_DATE = r"(?:dates?|deadlines?|target\s+dates?|due\s+dates?|timescales?|targets?)"
MOVED_DATE = re.compile(
    r"\b(?:pushed\s+(?:out|back|further\s+out)|deferred|put\s+off|kicked\s+down\s+the\s+road|"
    r"re-?dated|re-?timed)\b|"
    rf"\b(?:move[ds]?|moving|shift(?:ed|s)?|chang(?:ed|es?)|extend(?:ed|s)?|push(?:ed)?\s+back|"
    rf"reset)\s+(?:the|their|its|a)\s+(?:original\s+)?{_DATE}\b|"
    rf"\b{_DATE}\s+(?:(?:was|were|has|have|had|got|been|being)\s+)+(?:moved|shifted|pushed)\b",
    re.I,
)

# a held value denying the act or the end ('Not started', 'Not implemented', 'Not met'): not
# 'Not yet due', which is a timing
_DENIED_VALUE = re.compile(
    r"^\s*(?:not|never)\s+(?:yet\s+)?(?:started|begun|commenced|actioned|implemented|"
    r"progressed|addressed|met|achieved|done|complete[d]?|delivered)\s*$",
    re.I,
)

# a held value of some way along: 'Partly actioned', 'Met in part', 'Partially complete'
_PART_VALUE = re.compile(r"\b(?:partial(?:ly)?|partly|in part|part)\b", re.I)


def _under_way_value(value: str) -> bool:
    """A held value of a row under way: an open state the papers write as progress ('In
    progress', 'Under way', 'On track'), not a denial ('Not started') nor a timing ('Not yet
    due')."""
    return (
        stated_status(value) == "ongoing"
        and not _DENIED_VALUE.match(value)
        and not re.match(r"\s*not\s+yet\s+due\b", value, re.I)
    )


@dataclass
class StateRead:
    """A state asked in other words: the held values it names (else the statuses), and the
    words that named it."""

    says: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    words: str = ""
    # the words also deny the end ('under way but not finished'): they replace a reading of
    # their denial alone ('not finished' as every open state)
    whole: bool = False


def _held(held: dict[str, set[str]], documents: list[str]) -> list[str]:
    return sorted({v for d in documents or list(held) for v in held.get(d, ()) if v})


def state_in_other_words(
    question: str, held: dict[str, set[str]], documents: list[str]
) -> StateRead | None:
    """The state a list or count asks in words of acting or finishing, linked to the values
    the papers in scope (``documents``, else every paper) hold; None when it names none."""
    values = _held(held, documents)
    if any("" in held.get(d, ()) for d in documents or list(held)):
        values = []  # a paper writing its statuses as sentences: every row by its state
    denied = [v for v in values if _DENIED_VALUE.match(v)]
    partial = [v for v in values if stated_status(v) == "partial" or _PART_VALUE.search(v)]
    found = UNSTARTED.search(question)
    if found:  # not acted on: the paper's own 'not started' / 'not implemented'
        return StateRead(denied, [] if denied else ["not_started"], found.group(0))
    found = _SHORT.search(question)
    if found:  # below the top of the scale: part done, or the paper's 'not met'
        below = partial + denied
        return StateRead(below, [] if below else ["partial", "not_started"], found.group(0))
    found = _PROGRESS_SHORT_OF_END.search(question)
    if found:  # under way, not ended: the part-way and in-progress values, else those states
        between = [v for v in values if v in partial or _under_way_value(v)]
        return StateRead(
            between, [] if between else ["partial", "ongoing"], found.group(0), whole=True
        )
    found = _NEARLY.search(question)
    if found:
        return StateRead(partial, [] if partial else ["partial"], found.group(0))
    found = _BEING_WORKED.search(question)
    if found and not _NOT_BEFORE.search(question[max(0, found.start() - 30) : found.start()]):
        # under way now: the part-way and in-progress values, else those states
        between = [v for v in values if v in partial or _under_way_value(v)]
        return StateRead(between, [] if between else ["partial", "ongoing"], found.group(0))
    found = _FINISHED.search(question)
    if found:
        negated = _NOT_BEFORE.search(question[max(0, found.start() - 30) : found.start()])
        if negated:  # 'not yet wrapped up': every open state
            words = negated.group(0) + found.group(0)
            return StateRead([], ["partial", "ongoing", "not_started"], words)
        return StateRead([], ["complete"], found.group(0))
    return None


def date_moved(question: str) -> str | None:
    """The words saying a row's deadline was moved, in idioms of moving a date ('pushed out',
    'had to move their date'); None when there are none."""
    found = MOVED_DATE.search(question)
    return found.group(0) if found else None
