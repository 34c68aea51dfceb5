"""A request for rows asked after an aside or a fronted topic.

'Anything on payroll I should know about - list the actions', 'On fuel cards - give me the
items', 'Thinking of payroll, what actions are there?': the clause that asks comes last, after
words that only set the topic, so a reading anchored at the question's start finds no request
and takes it for a lookup. The last clause is read on its own; when it asks for rows (a list or
a count, whose head is a noun the papers call their rows or a general row noun), that is what
the question asks, and the clauses before it give the subject. A clause before it that asks
something itself (a wh-word, an opening auxiliary) makes a question in parts, left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.analysis.appearing import asks_where_it_appears
from assistant.analysis.model import Intent
from assistant.analysis.nouns import RECORD_NOUNS

# where an aside or a fronted topic ends and the asking clause starts
_CLAUSE_BREAK = re.compile(r"\s+[-–—]+\s+|\s*[:;]\s+|,\s+")
# a question that asks something before its last clause: it opens with a wh-word or an
# auxiliary (a 'which' after a comma is a relative: 'payroll, which the board raised')
_ASKS = re.compile(
    r"^\s*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|has|have|had|do|"
    r"does|did|can|could|will|would|should)\b",
    re.I,
)

# a clause asserting something before the request ('now that the appendix has been
# published, what …'): a premise of the question, whose reading is left as it is; an aside
# or a topic ('on payroll', 'thinking of payroll') names a subject and asserts nothing
_PREMISE = re.compile(
    r"^\s*(?:now that|since|because|as(?! for\b)|although|though|if|once|given that|"
    r"seeing that|after|when|while|whereas)\b|\b(?:has|have|had|is|are|was|were|been|being)\b",
    re.I,
)


def request_clause_intent(
    question: str, intent_of: Callable[[str], Intent], row_nouns: Iterable[str]
) -> Intent | None:
    """The intent of ``question``'s last clause when it asks for rows and what comes before it
    asks nothing (see the module's docstring), or the rows of a subject said to appear in
    several places ('X turns up in several places in the plan - where?'); None otherwise."""
    if asks_where_it_appears(question):
        return "list"
    nouns = "|".join(re.escape(n) for n in sorted(row_nouns, key=len, reverse=True) if n)
    # a general row noun, or the pronoun of every row ('list everything not yet finished')
    every = "ones|everything|anything"
    heads = rf"\b(?:{RECORD_NOUNS}|{every}{'|(?:' + nouns + ')s?' if nouns else ''})\b"
    # the last clause; else an earlier one that asks, a complement after it ('X: list
    # everything not finished, leaving out the ones rated red')
    for brk in reversed(list(_CLAUSE_BREAK.finditer(question))):
        before, clause = question[: brk.start()], question[brk.end() :]
        if not before.strip() or "?" in before or _ASKS.match(before) or _PREMISE.search(before):
            return None
        asked = intent_of(clause)
        if asked in ("list", "count"):
            return asked if re.search(heads, clause, re.I) else None
    return None
