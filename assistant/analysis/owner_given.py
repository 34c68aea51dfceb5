"""An owner the register holds, named as the one a row was given to, then asked about ('the
Treasurer was assigned an action by the auditor. What was it?', 'an observation was handed to
the Clerk — which?'): the question asks for the rows that owner holds, not for a passage about
the owner.

The owner is read from the register's own owners (:func:`.names.owner_named`); the row by the
nouns the papers call their rows (:attr:`.names.NameIndex.item_nouns`) and the general ones; the
relation by a verb of giving in the passive, whichever of the two is its subject."""

from __future__ import annotations

import re

from assistant.analysis.names import NameIndex, owner_named, owner_span

# the general nouns of a register's row, besides what the papers call theirs
_ROW_NOUNS = frozenset("recommendation action item task point finding issue".split())
_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|got|get|gets|been)"
_GIVEN = (
    r"(?:given|assigned|allocated|handed|set|issued|tasked\s+with|charged\s+with|"
    r"made\s+responsible\s+for|left\s+with)"
)
_COUNT = r"(?:a|an|one|two|three|four|five|some|several|the|\d+)"
# 'what was it', 'which was it', 'what were they', 'which one': the wh-word asks of the row
_ASKS = re.compile(r"\b(?:what|which)\b", re.I)


def _row_pattern(nouns: set[str]) -> str:
    words = sorted({*_ROW_NOUNS, *(n.lower() for n in nouns if n.isalpha())}, key=len)
    return r"(?:" + "|".join(re.escape(w) for w in reversed(words)) + r")s?"


def _around_owner(question: str, idx: NameIndex) -> tuple[str, str] | None:
    """The words before and after the register owner a question that asks something names;
    None when it asks nothing or names no owner."""
    if not _ASKS.search(question):
        return None
    owner = owner_named(question, idx)
    span = owner_span(question.lower(), owner) if owner else None
    if span is None:
        return None
    return question[: span[0]], question[span[1] :]


def owner_given_rows(question: str, idx: NameIndex) -> bool:
    """Whether ``question`` names an owner of the register as the one a row was given to,
    and asks which ('The Chair of Finance was given a recommendation. What was it?')."""
    if owner_has_rows(question, idx):
        return True
    around = _around_owner(question, idx)
    if around is None:
        return False
    before, after = around
    rows = _row_pattern(idx.item_nouns)
    # '<owner> was given a recommendation', '<owner> has been assigned two actions'
    given_to = re.match(
        rf"\s*(?:\([^)]*\)\s*)?{_BE}\s+(?:\w+\s+)?{_GIVEN}\s+{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{rows}\b",
        after,
        re.I,
    )
    # 'a recommendation was given to the <owner>', 'an action assigned to the <owner>'
    given_by = re.search(
        rf"\b{rows}\s+(?:\w+\s+){{0,3}}?(?:{_BE}\s+)?{_GIVEN}\s+(?:to\s+)?(?:the\s+)?$",
        before,
        re.I,
    )
    return bool(given_to or given_by)


# '<owner> has a couple of recs', '<owner> is down for three actions', '<owner> leads several
# items': the rows an owner holds, said as a statement; a later clause asks of them by a plural
# pronoun ('- where are they at?', 'when are they due?', 'what state is each in?')
_HAS = (
    r"(?:has|have|had|holds?|held|owns?|owned|leads?|led|is\s+down\s+for|is\s+behind|"
    r"(?:has|have)\s+got|(?:is|are|was|were)\s+(?:responsible|accountable)\s+for)"
)
_SOME = (
    r"(?:(?:a\s+)?(?:couple|handful|number|few|pair)(?:\s+of)?|some|several|various|multiple|"
    r"two|three|four|five|six|\d+|a\s+few|more\s+than\s+one)"
)
_THEY = re.compile(r"\b(?:they|them|their|those|these|each|both)\b", re.I)


def owner_has_rows(question: str, idx: NameIndex) -> bool:
    """Whether ``question`` says an owner of the register holds several rows, then asks of
    them by a plural pronoun ('The Clerk has two actions in the plan - when are they due?'):
    the rows that owner holds are the ones asked about (the owner is the bridge)."""
    owner = owner_named(question, idx)
    span = owner_span(question.lower(), owner) if owner else None
    if span is None:
        return False
    rows = _row_pattern(idx.item_nouns | {"rec"})
    said = re.match(
        rf"\s*(?:\([^)]*\)\s*)?{_PLACE}{_HAS}\s+(?:(?:got|also|only|just)\s+)?{_SOME}\s+"
        rf"(?:of\s+(?:the|its|their)\s+)?(?:[\w/-]+\s+){{0,3}}?{rows}\b",
        question[span[1] :],
        re.I,
    )
    return said is not None and _THEY.search(question[span[1] + said.end() :]) is not None


# '<owner> was asked / required / expected / told / tasked to do', 'what must <owner> do',
# 'what did the auditors ask <owner> to do': the row's agreed action is asked of that owner
_ASKED_TO = (
    r"(?:asked|required|expected|told|instructed|tasked|meant|supposed|due|set|given|assigned|"
    r"handed)"
)  # 'given to do', 'handed to do': a thing to do handed over is the row's action
_PLACE = r"(?:(?:at|in|of|for)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+)?"
_DO_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?{_PLACE}(?P<ask>(?:{_BE}\s+)?{_ASKED_TO}\s+to\s+do|"
    r"(?:must|should|has\s+to|have\s+to|had\s+to|needs?\s+to|will)\s+do)\b",
    re.I,
)
_DO_BEFORE = re.compile(
    r"\b(?:what|which\s+\w+)\s+(?:was|were|is|are|did|does|do|has|have|had)\s+(?:\w+\s+){0,3}"
    r"(?:ask|asked|require|required|expect|expected|tell|told|want|wanted)\s+(?:the\s+)?$",
    re.I,
)
# 'what must <owner> do?', 'what does <owner> have to do?' (not 'what did <owner> do?': what
# the owner did, which the row's progress tells)
_MODAL_BEFORE = re.compile(r"\bwhat\s+(?:must|should|shall|will|would)\s+(?:the\s+)?$", re.I)
_AUX_BEFORE = re.compile(r"\bwhat\s+(?:does|did|do)\s+(?:the\s+)?$", re.I)
_DO_ONLY_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?{_PLACE}(?P<ask>(?:(?:have|has|had|need|needs)\s+to\s+)?do)\b",
    re.I,
)
_OBLIGED_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?{_PLACE}(?P<ask>(?:have|has|had|need|needs)\s+to\s+do)\b", re.I
)
# 'which action was given to <owner>', '<owner> was handed two tasks': the asked noun is an action
_ACTION_NOUN = re.compile(r"\b(?:actions?|tasks?)\b", re.I)


def owner_asked_to_do(question: str, idx: NameIndex) -> str | None:
    """The words asking what an owner of the register was asked to do ('What was the Clerk
    asked to do?', 'what must the Head of Estates do?', 'what did the auditors ask the
    Treasurer to do?'), which ask for that owner's rows by their agreed action; else None."""
    around = _around_owner(question, idx)
    if around is None:
        return None
    before, after = around
    after_do = (
        _DO_AFTER.match(after)
        or (_DO_ONLY_AFTER.match(after) if _MODAL_BEFORE.search(before) else None)
        or (_OBLIGED_AFTER.match(after) if _AUX_BEFORE.search(before) else None)
    )
    if after_do:
        return after_do.group("ask")
    asked = _DO_BEFORE.search(before)
    if asked and re.match(rf"\s*{_PLACE}to\s+do\b", after, re.I):
        return f"{asked.group(0).strip()} to do"
    return None


def given_action_asked(question: str, idx: NameIndex) -> bool:
    """Whether the rows an owner holds are asked by their agreed action: what the owner was
    asked to do, or an action or task given to them ('Which action was given to the Clerk?'),
    not an issue or a recommendation."""
    if owner_asked_to_do(question, idx) is not None:
        return True
    return owner_given_rows(question, idx) and bool(_ACTION_NOUN.search(question))
