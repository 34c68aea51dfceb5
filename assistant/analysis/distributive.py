"""A question asked of each of the papers it names ('X is in both the 2008 plan and the 2017
report. What deadline did each give?', 'what status does each of them record?', '… when are
they due, respectively?'): a distributive word standing for the papers, not a determiner of a
row noun ('each recommendation' groups rows). With two papers or more named, the answer is the
subject's row in each paper, as a comparison gives it, not one row.

Nothing here knows a paper: the words are those of English quantifiers."""

from __future__ import annotations

import re

from assistant.analysis.patterns import PAPER_NOUN

_AUX = r"(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)"
_DISTRIBUTIVE = re.compile(
    # 'did each give', 'do both record', 'was either met'
    rf"\b{_AUX}\s+(?:each|both|either)(?:\s+(?:of\s+(?:them|these|those)|one))?\s+[a-z]"
    # 'each gave', 'each of them say', 'each one records'
    rf"|\beach(?:\s+(?:of\s+(?:them|these|those|the\s+two)|one))?\s+(?:{_AUX}\b|[a-z]+(?:s|ed)\b)"
    # 'for each', 'in each of them', 'of each paper'
    rf"|\b(?:for|in|of|from|by|at)\s+(?:each|both|either)(?:\s+of\s+(?:them|these|those|the\s+two)"
    rf"|\s+one|\s+(?:[\w/'’-]+\s+)?{PAPER_NOUN})?\s*(?:[?.,;]|$)"
    r"|\brespectively\b|\bapiece\b",
    re.I,
)
# a quantifier floated after a subject of several papers, before its bare verb: 'what did the
# 2023 tracker and the 2024 follow-up each say about it?', 'did the two plans each give a date
# for it?', 'what figure did the reports each record?' (the verb is known by what follows it: a
# preposition, an object's determiner or the end of the question; an auxiliary comes before)
_FLOATED = re.compile(
    rf"\b{_AUX}\b[^.?!;]*?\s(?:each|both)\s+(?!of\b|one\b|the\b|a\b|an\b|other\b)[a-z]+"
    r"\s*(?:[?.!]|$|\s(?:about|as|on|for|of|in|to|regarding|concerning|it|its|their|them|"
    r"the|a|an|any|what|how|this|that)\b)",
    re.I,
)
# 'each recommendation', 'each owner', 'both actions': a row noun after the quantifier groups
# rows ('how many does each lead hold?'), which grouping reads
_ROW_QUANTIFIED = re.compile(
    r"\b(?:each|every|both|either)\s+(?!of\b|one\b)(?:[a-z]+\s+)?(?:recommendations?|actions?|"
    r"items?|rows?|owners?|leads?|officers?|managers?|directors?|areas?|findings?|issues?|"
    r"priorit(?:y|ies)|status(?:es)?|categor(?:y|ies)|themes?|sections?)\b",
    re.I,
)


def asks_each_paper(question: str) -> bool:
    """Whether ``question`` asks the same thing of each of the things it names, by a
    distributive word standing alone ('what deadline did each give?', 'for each?',
    'respectively'), not one quantifying rows."""
    if _ROW_QUANTIFIED.search(question):
        return False
    return _DISTRIBUTIVE.search(question) is not None or _FLOATED.search(question) is not None
