"""Words that frame what a question asks of a row, read by their place, never as its subject:
'what date is shown *against* X?' asks X's date column; 'who is *in charge of* X?' its owner.
"""

from __future__ import annotations

import re

# a date written against a row in its table ('what date is shown against X?', 'the date
# beside X'), asked by a wh-word: its date column; the words frame it, none names X
# ('what's the date *for the rec on* X?'): 'for', 'on' or 'of' only before a row's noun (the
# record nouns of nouns.RECORD_NOUNS, which imports what imports this)
_ROW = r"(?:actions?|recommendations?|recs?|items?|areas?|issues?|records?|findings?|points?)"
# the row's noun ends its phrase ('the rec *on* X'), not a paper's name ('the action plan')
_ENDS = r"(?=\s+(?:on|about|for|to|regarding|concerning|that|which|with|in)\b|\s*[?,]|$)"
DATE_AGAINST = re.compile(
    r"\b(?:what|which)(?:(?:['’]s|\s+(?:is|was))\s+the)?\s+(?:dates?|deadlines?)\b"
    r"(?:\s+(?:is|are|was|were|has|have|been|being)){0,2}\s+"
    r"(?:(?:shown|put|entered|recorded|listed|written|marked|set|given)\s+)?"
    r"(?:against|beside|alongside|next\s+to|attached\s+to|"
    rf"(?:for|on|of)(?=\s+(?:(?:the|this|that|its)\s+)?(?:[\w/&-]+\s+){{0,3}}?{_ROW}{_ENDS}))\b",
    re.I,
)

# the multi-word ways of asking who answers for a thing ('who is in charge of X', 'who is on
# the hook for Y', 'who takes Z forward'): when the owner field is asked, these frame the
# question, and none of their words names its subject (one-word forms are read already)
RESPONSIBILITY_FRAME = re.compile(
    r"\bin\s+charge\b|\bon\s+the\s+hook\b|\btak(?:e|es|ing)\s+(?:[\w-]+\s+){0,3}?forward\b",
    re.I,
)
