"""A question in two sentences whose second asks of the grouping that holds the row the first
describes: 'In the 2019 plan, find the section that holds the only open item. Who owns the other
item in that section?', 'One recommendation has no owner (the Standards one). How many are in
the same section?', 'The heading holding DW-3: which of its items are overdue?'.

The first hop is the described row, asked as a question of its own ('Which open item?'); the
second keeps its pointer ('that section'), which :func:`assistant.container_hop.in_container`
reads as the found row's grouping. Nothing here knows a paper: the words are those of English
about a table's groupings."""

from __future__ import annotations

import re

from assistant.text import NOT_IT_ACRONYM

# a grouping of a table's rows (as assistant.container_hop reads it)
CONTAINER = (
    r"(?:section|sub-?section|heading|sub-?heading|category|table|part|chapter|group|grouping|"
    r"block)"
)
# the grouping pointed at by the later sentence: 'that section', 'the same heading'
CONTAINER_POINTED = re.compile(rf"\b(?:that|this|the\s+same|its)\s+{CONTAINER}\b", re.I)
# a cut between sentences: an end mark, then a capital letter (not 'R2. ' inside a name: the next
# word must open a sentence)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’'\"])[.!]\s+(?=[A-Z])")
# the verbs that hold rows: 'the section that holds X', 'the heading containing X'
_HOLDS = (
    r"(?:(?:that|which)\s+(?:holds?|contains?|includes?|has|lists?|carries)|holding|containing|"
    r"including|listing|carrying|with)"
)
# a command asking for the grouping of a row described: 'find the section that holds X'
_FIND = re.compile(
    rf"^(?P<pre>[^.!?]*?)\b(?:please\s+)?(?:find|identify|locate|take|get|look\s+at|work\s+out|"
    rf"name|say)\s+(?:the|which|what)\s+{CONTAINER}\s+{_HOLDS}\s+(?P<np>[^.!?]+?)\s*[.!]?$",
    re.I,
)
# a fronted grouping: 'The heading holding DW-3: which of its items are overdue?'
_FRONTED = re.compile(
    rf"^(?:the|that)\s+(?P<noun>{CONTAINER})\s+{_HOLDS}\s+(?P<np>[^:;—–?]+?)\s*[:;—–]\s*(?P<q>\S[^?]*\?)$",
    re.I,
)
# a grouping fronted as the scope of the question: 'In the section holding DW-3, which items
# are overdue?', 'Within the category that includes X: how many are done?'
_SCOPED = re.compile(
    rf"^(?:in|within|under|across)\s+(?:the|that)\s+(?P<noun>{CONTAINER})\s+{_HOLDS}\s+"
    rf"(?P<np>[^,:;—–?]+?)\s*[,:;—–]\s*(?P<q>\S[^?]*\?)$",
    re.I,
)
# a statement of one row: 'One recommendation has no owner', 'Only one item is rated red'
_ONE_ROW = re.compile(
    r"^(?:there\s+is\s+)?(?:only\s+one|just\s+one|a\s+single|one)\s+(?!of\s+(?:them|these|those)\b)"
    r"(?P<rest>[^.!?]+?)\s*[.!]?$",
    re.I,
)
# what a described row is called before its description: 'the only', 'the one', 'a'
_LEAD = re.compile(r"^(?:the\s+)?(?:only|single|one|sole)\s+|^(?:the|a|an)\s+", re.I)


def _which(np: str, pre: str = "") -> str:
    """'Which <np>?', after a preface the sentence opened with ('In the 2019 plan, ')."""
    described = _LEAD.sub("", np.strip(" ,")).strip()
    lead = pre.strip(" ,")
    if lead:
        return f"{lead}, which {described}?"
    return f"Which {described}?"


def _first_hop(sentence: str) -> str | None:
    """The row a first sentence describes, asked as a question; None when it describes none."""
    text = sentence.strip()
    found = _FIND.match(text)
    if found is not None:
        return _which(found["np"], found["pre"])
    one = _ONE_ROW.match(text)
    if one is not None:
        return _which(one["rest"])
    return None


def container_parts(question: str) -> list[str] | None:
    """[the described row as a question, the question of its grouping] when ``question`` asks
    of the grouping that holds a row it describes first; None otherwise."""
    text = question.strip()
    fronted = _FRONTED.match(text)
    if fronted is not None:  # 'its items', 'in it': the grouping, named as such
        noun = fronted["noun"].lower()
        asked = re.sub(r"\bits\b", f"that {noun}'s", fronted["q"].strip(), flags=re.I)
        asked = re.sub(
            rf"\b{NOT_IT_ACRONYM}(?:it|there)\b(?!['’])", f"that {noun}", asked, flags=re.I
        )
        return [_which(fronted["np"]), asked[:1].upper() + asked[1:]]
    scoped = _SCOPED.match(text)
    if scoped is not None and not re.match(r"(?:the\s+)?(?:most|fewest|least)\b", scoped["np"]):
        # the question asked within that grouping (not one picked by a count: 'the most rows')
        asked = scoped["q"].strip()
        asked = asked[:1].upper() + asked[1:-1].rstrip() + f" in that {scoped['noun'].lower()}?"
        return [_which(scoped["np"]), asked]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not cuts:
        return None
    first, last = text[: cuts[-1]].strip(), text[cuts[-1] :].strip()
    if not last.endswith("?") or CONTAINER_POINTED.search(last) is None or "?" in first:
        return None
    hop = _first_hop(first)
    if hop is None:
        return None
    return [hop, last]
