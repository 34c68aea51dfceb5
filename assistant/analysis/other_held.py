"""An owner introduced by one row, then asked about another row they hold: 'The director
responsible for X owns one other. What is it?', 'Whoever answers for X also has one that has
slipped. When is that one due?', 'Y's head of finance leads on X. What RAG rating does their
other action carry?'. :func:`other_held` spells the chain out as parts, each asked of what the
one before found (:mod:`assistant.bridging`): who holds the row described; which other rows
they hold; those of them the statement picks ('that has slipped'); then the question asked.

Nothing here knows a paper: the words are those of English about owners and their rows."""

from __future__ import annotations

import re

from assistant.analysis.patterns import unquoted

_ROLE = (
    r"(?:owner|lead|lead officer|officer|person|director|manager|head|body|team|unit|post|"
    r"chair|member|holder)"
)
_HOLD = (
    r"(?:owns?|holds?|leads?(?:\s+on)?|heads?|has|have|is\s+responsible\s+for|answers?\s+for|"
    r"is\s+(?:also\s+)?named\s+(?:against|on|for)|looks?\s+after|is\s+in\s+charge\s+of)"
)
# 'owns one other', 'has another', 'also has one that has slipped', 'leads a second action'
_OTHER = re.compile(
    rf"\b(?:also\s+{_HOLD}\s+(?:one|an?|another)|(?:also\s+)?{_HOLD}\s+"
    r"(?:(?:just|only|exactly)\s+)?(?:one\s+other|an?\s+other|another|a\s+second|one\s+more))\b"
    r"(?:\s+(?:[a-z]+\s+){0,2}?(?:recommendations?|actions?|items?|rows?|areas?|findings?|one))?"
    r"(?:\s*,?\s+(?:that|which|and\s+it|and\s+that)\s+(?P<pred>[^.?;:]{3,80}))?",
    re.I,
)
# 'their other action', "the owner's other recommendation", 'the other one' (and, pointing
# back at the other row a statement introduced, 'that one')
_OTHER_POINTER = re.compile(
    r"\b(?:(?:their|his|her|the\s+owner['’]s|that\s+(?:person|officer|owner)['’]s)\s+other\s+"
    r"(?:[a-z]+\s+)?(?:recommendation|action|item|row|area|finding|one)s?|"
    # 'the other action they lead', 'the other one she is responsible for': 'the other' row
    # whose holder a relative clause names by a pronoun (read whole, before 'the other one')
    r"the\s+other\s+(?:[a-z]+\s+)?(?:recommendation|action|item|row|area|finding|one)s?"
    rf"\s+(?:(?:that|which)\s+)?(?:they|he|she)\s+(?:(?:also|still)\s+)?"
    rf"(?:{_HOLD}|are\s+(?:responsible\s+for|in\s+charge\s+of))|the\s+other\s+one)\b",
    re.I,
)
_POINTER = re.compile(rf"{_OTHER_POINTER.pattern}|\bthat\s+(?:other\s+)?one\b", re.I)
# the statement's owner, by the row they hold: 'the director responsible for X', 'whoever
# answers for X', "Y's head of procurement leads on X"
_ROLE_OF = re.compile(
    rf"\bthe\s+{_ROLE}\s+(?:responsible\s+for|in\s+charge\s+of|of|for|leading(?:\s+on)?|owning|"
    rf"answerable\s+for)\s+(?P<np>[^.?;:]{{3,120}}?)(?:\s+(?=(?:also\s+)?{_HOLD}\b)|\s*$)",
    re.I,
)
_WHOEVER = re.compile(rf"\bwhoever\s+(?P<vp>[^.?;:]{{3,140}}?)\s+(?=(?:also\s+)?{_HOLD}\b)", re.I)
_SUBJECT_HOLDS = re.compile(
    r"^(?P<scope>(?:[A-Z][\w'’&-]*\s+){0,4}?[A-Z][\w&-]*['’]s?\s+)?(?:the\s+)?"
    rf"(?P<role>(?:[\w-]+\s+){{0,5}}?{_ROLE}(?:\s+of\s+[\w\s-]{{2,40}}?)?)\s+"
    r"(?:leads?\s+on|leads|owns|holds|is\s+responsible\s+for|answers\s+for|heads)\s+"
    r"(?P<np>[^.?;:]{3,120}?)\s*[.;:]\s+(?P<rest>\S.*)$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;:]\s+(?=[A-Z])|\s+[-–—]\s+")


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    text = text[:1].upper() + text[1:]
    return text if text.endswith("?") else text.rstrip(".") + "?"


# 'X sits with an officer — what else do they have?', 'X is down to the finance team: what
# else is on their list?': a statement naming a row by its owner, then a question of that owner
_HELD_BY = re.compile(
    r"^(?P<np>[^.?;:—–]{3,140}?)\s+(?:sits|rests|lies|is|was)\s+(?:down\s+to|with|owned\s+by|"
    r"led\s+by|held\s+by|assigned\s+to|the\s+responsibility\s+of)\s+"
    rf"(?:an?|the|one|some|a\s+named)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}s?"
    # 'a head of service', 'one of the directors': the post's own complement
    r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s*(?:[,;:.—–]|\s-)\s*(?P<rest>(?:and\s+)?(?:who|what|which|when|how|is|are|does|do|has|have)"
    r"\b[^?]*\b(?:they|them|their|he|she|his|her)\b.*)$",
    re.I,
)


def _held_by(text: str) -> list[str] | None:
    """'X sits with an officer — what else do they have on the plan?': who holds X, then the
    question asked of them."""
    found = _HELD_BY.match(unquoted(text))
    if found is None:
        return None
    np = text[found.start("np") : found.end("np")].strip()
    np = re.sub(r"^the\s+", "the ", np, flags=re.I)
    rest = text[found.start("rest") :].strip()
    first = _tidy(f"Who is responsible for {np[:1].lower() + np[1:]}")
    return [first, *(of_other_row(rest) or [_tidy(rest)])]


# 'the other recommendation held by the owner of X', 'the other action run by whoever leads
# on X': an owner's other row, the owner named by the row they hold, inside the question
_OTHER_OF_ROLE = re.compile(
    r"\bthe\s+other\s+(?:[a-z]+\s+)?(?:recommendation|action|item|row|area|finding|one)s?\s+"
    r"(?:(?:that|which)\s+(?:is|was)\s+)?(?:held|owned|led|run|managed|handled)\s+by\s+"
    rf"(?:the\s+(?:same\s+)?{_ROLE}\s+(?:responsible\s+for|in\s+charge\s+of|of|for|behind)|"
    r"whoever\s+(?:owns|holds|leads(?:\s+on)?|is\s+responsible\s+for))\s+"
    r"(?P<np>[^.?;:,]{2,120}?)\s*(?=[?.;:,]|$)",
    re.I,
)


def _other_of_role(text: str) -> list[str] | None:
    """'What is the status of the other action held by the owner of X?': who holds X, their
    other rows, then the question asked of them."""
    found = _OTHER_OF_ROLE.search(unquoted(text))
    # its end is the question's only as an object ('the status of the other …?'); as the
    # subject, the predicate after it would run into the row described ('when is … due?')
    if found is None or not re.search(
        r"\b(?:of|on|for|about|with|from|in|at)\s*$", text[: found.start()], re.I
    ):
        return None
    np = text[found.start("np") : found.end("np")].strip()
    asked = text[: found.start()] + "it" + text[found.end() :]
    return [_tidy(f"Who is responsible for {np}"), "Which other actions do they own?", _tidy(asked)]


def other_held(question: str) -> list[str] | None:
    """The chain of parts a question about an owner's other row asks, or None."""
    text = question.strip()
    held = _held_by(text) or _other_of_role(text)
    if held is not None:
        return held
    blanked = unquoted(text)
    cut = _SENTENCE_END.search(blanked)
    statement = blanked[: cut.start()] if cut else blanked
    rest = text[cut.end() :].strip() if cut else ""
    other = _OTHER.search(statement)
    pointer = _OTHER_POINTER.search(rest or statement)
    if other is None and pointer is None:
        return None
    first = _first_hop(text, statement, other)
    if first is None:
        return None
    parts = [first, "Which other actions do they own?"]
    predicate = other.group("pred") if other is not None else None
    if predicate:
        parts.append(f"Which of those {predicate.strip()}?")
    if rest:  # the question asked of the other row: its pointer ('their other action') is it
        asked = rest
        found = _POINTER.search(asked)
        if found is not None:
            asked = asked[: found.start()] + "it" + asked[found.end() :]
        parts.append(_tidy(asked))
    return parts if len(parts) >= 3 else None


# a question that only asks for the other rows ('what are their other actions?', 'list the
# other items they hold'): the rows of the owner are the answer, no question is asked of them
_ONLY_ROWS = re.compile(
    r"^(?:and\s+)?(?:(?:what|which)\s+(?:is|are|were|was)|list|name|give|show|tell\s+me)\b",
    re.I,
)


def of_other_row(part: str) -> list[str] | None:
    """A part asking something of an owner's other row ('how are they getting on with their
    other recommendation?', "what's the RAG on the other action they lead?"), once the owner
    is found: the owner's other rows, then the question asked of them ('… with it?'); None
    when the part names no such row or only asks which rows they are."""
    text = part.strip()
    found = _OTHER_POINTER.search(unquoted(text))
    if found is None or _ONLY_ROWS.match(text):
        return None
    asked = text[: found.start()] + "it" + text[found.end() :]
    return ["Which other actions do they own?", _tidy(asked)]


def _first_hop(text: str, statement: str, other: re.Match[str] | None) -> str | None:
    """'Who is responsible for X?' of the row the statement introduces its owner by."""
    scope = re.match(r"^(?P<s>(?:at|in|for)\s+[^,]{2,60}),\s+", statement, re.I)
    where = f" ({scope.group('s')})" if scope else ""
    found = _ROLE_OF.search(statement)
    if found is not None:
        return _tidy(f"Who is responsible for {found.group('np')}{where}")
    found = _WHOEVER.search(statement)
    if found is not None:
        return _tidy(f"Who {found.group('vp')}{where}")
    found = _SUBJECT_HOLDS.match(text)
    if found is not None and other is None:
        body = (found.group("scope") or "").strip()
        return _tidy(f"Who is responsible for {body + ' ' if body else ''}{found.group('np')}")
    return None
