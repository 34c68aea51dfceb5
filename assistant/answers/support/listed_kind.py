"""'Which <kind> …' answered by a list of rows the kind did not narrow: the typed refusal.

'which sites were closed?', 'which business units reported those completions?', 'which
functions were missing from the review programme?' ask for things of a kind ('sites', 'business
units') that no row of the papers is: the register reads the rest of the question as a filter
('closed' as a status) and lists every row it keeps, or says none is kept. Neither is an
answer: the rows are actions, not sites. The register's note says which of the question's
words picked no row (:mod:`~assistant.answers.composers.register`); when the head of the kind
asked is one of them, and the papers do not call their rows by it, the list is refused,
without citations.

    listed_kind(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.unnamed_kind import asked_kind_phrase
from assistant.text import stem_of

# the register's note on the question's words that narrowed no list (its own wording)
_UNREAD = re.compile(r"^the list does not narrow by (.+): no subject word$")


def _unread_words(answer: Answer) -> set[str]:
    """The stems of the words the register's list did not narrow by."""
    words: set[str] = set()
    for note in answer.notes:
        found = _UNREAD.match(note)
        if found:
            words |= {stem_of(w.strip().lower()) for w in found.group(1).split(",")}
    return words


def listed_kind(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for 'which <kind> …' answered by a list of rows (or none) that the kind's
    head did not narrow; None when the head picked the rows, the papers call their rows by
    it, the question asks no kind, or a recurrence is asked."""
    if answer.abstained or q.intent == "recurring":
        return None  # a recurrence lists the threads of issues asked, not rows
    unread = _unread_words(answer)
    if not unread:
        return None
    for asked in dict.fromkeys((unquoted(q.question), unquoted(q.standalone or ""))):
        kind_words = asked_kind_phrase(asked, q.refs)
        if kind_words:
            break
    else:
        return None
    head = kind_words[-1]
    if stem_of(head) not in unread or {head, head.rstrip("s")} & context.row_nouns():
        return None
    named = " ".join(kind_words)
    refusal = abstain(
        q,
        context,
        f"which {named}",
        f"The papers' rows are actions, not {named}, and no row names the {named} asked "
        "about: a list of actions would not answer it.",
        kind="value_not_given",
    )
    refusal.notes.append("unheld-named")
    return refusal
