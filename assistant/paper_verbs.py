"""'the report', 'that tracker' or 'it' with a verb only a paper takes is the paper, not the
row in focus: a paper is published, written, presented; it says, lists, covers, mentions. So
after a turn about a row, 'when was the report published?' and 'what does it say about X?'
ask of the row's paper, named by its title ('what does the <title> say about X?': a search in
that paper). A row is due, done, owned: those verbs are left to the other rules.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.column_words import column_words
from assistant.followup_forms import ORDINAL

_PAPER_NOUN = r"(?:report|plan|paper|statement|document|tracker|log|letter|minutes|update)"
_SUBJECT = rf"(?:it|(?:the|that|this)\s+{_PAPER_NOUN})"
_SAYS = (
    r"(?:say|said|list|listed|cover|covered|mention|mentioned|describe|described|contain|"
    r"contained|include|included|set\s+out|show|showed|note|noted|recommend|recommended)"
)
_MADE = r"(?:published|written|presented|issued|produced|prepared|dated|released|submitted)"
_PAPER_VERB = re.compile(
    # 'what does the report say about X?', 'did it mention Y?'
    rf"\b(?:do|does|did|will|would)\s+(?P<asked>{_SUBJECT})\s+{_SAYS}\b"
    # 'when was the tracker published?', 'who was it presented to?'
    rf"|\b(?:was|is|were|has\s+been)\s+(?P<made>{_SUBJECT})\s+(?:first\s+)?{_MADE}\b"
    # 'who wrote it?', 'who presented that report?'
    rf"|\b(?:wrote|presented|published|issued|produced|prepared|submitted)\s+(?P<object>{_SUBJECT})"
    r"(?!\s+(?:on|about|for)\b)\b"
    # 'who's the report from?', 'who is it by?': the paper's sender or author
    rf"|^\W*(?:and\s+)?who(?:'s|’s|\s+is|\s+was)\s+(?P<sender>{_SUBJECT})\s+(?:from|by)\W*$",
    re.I,
)
# the noun as a noun in the row's own text ('the annual report', 'a recovery plan'): the
# row's own thing may be meant; 'log and report every outage' uses it as a verb
_AS_NOUN = r"\b(?:the|a|an|its|their|annual|recovery|action|continuity|improvement|new|draft)\s+"


def _row_column(noun: str, previous: Previous) -> bool:
    """Whether ``noun`` names a column the row in focus fills ('the update' of a row with a
    progress update, by the words of its headers): what it says is that cell, not the paper."""
    row = previous.records[0]
    if noun == "update" and row.progress:
        return True
    return noun in column_words([row]) and any(
        noun in header.lower() and value for header, value in row.columns.items()
    )


def _one_title(previous: Previous) -> str | None:
    """The title of the one paper the rows in focus are of."""
    titles = {r.document.title for r in previous.records}
    return titles.pop() if len(titles) == 1 else None


def of_the_paper(question: str, previous: Previous | None) -> str | None:
    """``question`` with the subject of a paper verb ('the report', 'it') put as the title of
    the paper the rows in focus are of; None when no paper verb goes with such a subject, when
    the turn before was about no row of one paper, or when the row's own text has the noun
    (its own report or plan may be meant)."""
    if previous is None or not previous.records or previous.route.startswith("document"):
        return None
    if ORDINAL.search(question):  # 'does the second of those show X?': a row picked, no paper
        return None
    found = _PAPER_VERB.search(question)
    title = _one_title(previous)
    if found is None or title is None:
        return None
    group = next(g for g in ("asked", "made", "object", "sender") if found.group(g))
    subject = found.group(group)
    noun = subject.split()[-1].lower()
    own = " ".join(f"{r.title} {r.action or ''}" for r in previous.records[:1]).lower()
    if noun != "it" and re.search(rf"{_AS_NOUN}(?:\w+\s+){{0,2}}{noun}\b", own):
        return None
    if group == "asked" and _row_column(noun, previous):
        return None  # 'what does the update say?': the row's own update column says it
    start, end = found.span(group)
    return f"{question[:start]}the {title}{question[end:]}"
