"""A follow-up's rewrite checked for form before it is used.

A rewrite by the rules puts words of the turn before into the user's question: a ref, a
title, the subject phrase of the last question. When the phrase taken is not a noun phrase but
a piece of the last question's clause ('happening with the depot roof repairs', 'the
mower contract not being', '(the trust made faster on the plan)'), the rewritten question asks
something the user did not, and is refused or misread. Such a rewrite is recognised by the
grammar of what it inserted, not by the words of any paper: a phrase opening with a verb of a
question's frame and its preposition, a phrase ending on a negation, a participle of 'be' or
an article, a parenthesis holding such a verb piece, or a slot left empty before a colon. It
is then replaced by the question asked of the one row the turn before rested on ('how much
has been saved so far for K7?'); with no one row, the rewrite is kept (it still names the
paper in focus).

    well_formed("how much has been saved so far?", malformed_rewrite, previous)
        -> 'how much has been saved so far for K7?'
"""

from __future__ import annotations

import difflib
import re

from assistant.antecedents import Previous
from assistant.followup_forms import PRONOUN_ONLY, refs_in
from assistant.referring import SINGULAR, refer

__all__ = ["inserted", "malformed", "well_formed"]

_TOKEN = re.compile(r"\S+")
# verbs a question's frame is made of, not a noun phrase's words: a closed class of English
_FRAME_VERB = (
    r"(?:made|makes|make|got|gets|said|says|went|goes|going|happened|happening|happens|done|"
    r"doing|being|been)"
)
_PREP = r"(?:with|on|about|to|for|of|in|at|by|from|into|over)"
# a verb of the frame with its preposition ('happening with X', 'made slower in X'): a piece
# of a clause, not a noun phrase
_FRAME_PIECE = rf"{_FRAME_VERB}\s+(?:(?:[a-z]+er|on|out|up)\s+)?{_PREP}\b"
_VERB_OPENING = re.compile(rf"^{_FRAME_PIECE}", re.I)
# a phrase that stops on a word that needs something after it ('the mower contract not being')
_DANGLING = re.compile(r"\b(?:not|never|being|been|the|a|an|its|their)[\s,;:]*$", re.I)
# a parenthesis holding a frame verb with its preposition: a clause pasted in as an aside
_CLAUSE_ASIDE = re.compile(rf"\([^()]*\b{_FRAME_PIECE}[^()]*\)", re.I)
# a slot left empty: a preposition or article right before a colon ('other actions in : X')
_EMPTY_SLOT = re.compile(rf"\b(?:{_PREP}|the|a|an)\s+:", re.I)
_GAP = 2  # words alike between two inserted runs that still make them one phrase


def inserted(question: str, standalone: str) -> list[str]:
    """The phrases ``standalone`` has in place of (or besides) words of ``question``: runs of
    new words, two runs with at most two words alike between them read as one."""
    ours = _TOKEN.findall(question.lower())
    words = _TOKEN.findall(standalone)
    matcher = difflib.SequenceMatcher(a=ours, b=[w.lower() for w in words], autojunk=False)
    spans: list[list[int]] = []
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag not in ("replace", "insert") or end <= start:
            continue
        if spans and start - spans[-1][1] <= _GAP:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [" ".join(words[start:end]) for start, end in spans]


def malformed(question: str, standalone: str) -> bool:
    """Whether a rewrite put into ``question`` a piece of a clause rather than a noun phrase."""
    if standalone == question:
        return False
    if _EMPTY_SLOT.search(standalone) and not _EMPTY_SLOT.search(question):
        return True
    for run in inserted(question, standalone):
        phrase = run.strip(" ?.!,;").lstrip("(").rstrip(")")
        if _CLAUSE_ASIDE.search(run) or _VERB_OPENING.match(phrase):
            return True
        if len(phrase.split()) >= 2 and _DANGLING.search(phrase):
            return True
    return False


def well_formed(question: str, standalone: str, previous: Previous | None) -> str:
    """``standalone`` when it is well formed; else ``question`` asked of the one row the turn
    before rested on. With no one row to ask it of, the rewrite is kept: the paper it names
    still scopes the turn, and the turns after it read it back."""
    rows = {r.id for r in previous.records} if previous is not None else set()
    if previous is None or len(rows) != 1 or not previous.names or refs_in(question):
        return standalone
    if not malformed(question, standalone):
        return standalone
    name, asked = previous.names[0], question.strip()
    if SINGULAR.search(asked):
        return SINGULAR.sub(lambda m: refer(m, name), asked, count=1)
    if PRONOUN_ONLY.search(asked):
        return standalone  # 'they', 'he': not the one row
    return f"{asked.rstrip(' ?.!')} for {name}?"
