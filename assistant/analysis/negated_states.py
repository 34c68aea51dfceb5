"""A status asked for beside one set aside: 'implemented, not partially', 'fully met rather
than partly', 'in progress but not overdue'. The negated word names the rows left out, the
other the rows asked for; read alone, the first status word found would decide both."""

from __future__ import annotations

import re

from assistant.analysis.reading import CLAUSE_END
from assistant.analysis.reading import exclusion_spans as reading_spans
from assistant.text import degree_root

# a negation whose scope is the next word or two: a closed class of particles and conjunctions
_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bnor|\brather than|\bother than|\binstead of|\bbut not|\bexcept|"
    r"\bexcluding)\s*[,(]?\s*(?:(?:the|those|any)\s+)?(?:(?:only|just|yet|even|been|being|"
    r"merely)\s+)?$",
    re.I,
)


def status_spans(
    question: str, table: list[tuple[re.Pattern[str], list[str]]]
) -> list[tuple[int, int, list[str]]]:
    """Where the question names a status of ``table`` (start, end, its statuses); a word inside
    a longer status phrase ('complete' of 'not complete') is that phrase's, not one of its own."""
    found: list[tuple[int, int, list[str]]] = []
    for pattern, values in table:
        found += [(m.start(), m.end(), values) for m in pattern.finditer(question)]
    return [
        (s, e, v)
        for s, e, v in found
        if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in found)
    ]


def states_beside_negated(
    question: str, table: list[tuple[re.Pattern[str], list[str]]], degree: str | None
) -> tuple[list[str], str | None] | None:
    """The statuses asked for and the degree kept, when the question names one status and sets
    another aside (``table``: the status words and their statuses); None unless it does both."""
    found = status_spans(question, table)
    negated = [f for f in found if _NEGATED.search(question[max(0, f[0] - 30) : f[0]])]
    positive = [f for f in found if f not in negated]
    if not negated or not positive:
        return None
    left_out = {v for _, _, values in negated for v in values}
    asked = [v for _, _, values in positive for v in values if v not in left_out]
    if not asked:
        return None
    if degree is not None and any(
        degree_root(w) == degree_root(degree)
        for s, e, _ in negated
        for w in re.findall(r"[A-Za-z]+", question[s:e])
    ):
        degree = None  # 'not partially': the degree is the one set aside
    return list(dict.fromkeys(asked)), degree


def exclusion_spans(question: str) -> list[tuple[str, int, int]]:
    """(the cue, where its object starts, where it ends) of every clause that leaves rows out
    ('leaving aside the completed ones', 'neither complete nor not started'): the object runs
    to the next clause mark, asking word or main verb."""
    return reading_spans(question, CLAUSE_END)


def excluding_cue(question: str, at: int) -> str | None:
    """The cue of the exclusion clause whose object holds the words at ``at``, if any."""
    return next((cue for cue, a, b in exclusion_spans(question) if a <= at < b), None)


def states_excluded(
    question: str, table: list[tuple[re.Pattern[str], list[str]]]
) -> tuple[list[str], list[str]] | None:
    """(the statuses left out, the words that named them and their cue) when every status word
    of the question stands in an exclusion clause ('leaving aside the completed ones', 'neither
    complete nor not started'); None when none does, or one stands outside (asked for)."""
    spans = exclusion_spans(question)
    if not spans:
        return None
    found = status_spans(question, table)
    inside = [f for f in found if any(a <= f[0] < b for _, a, b in spans)]
    if not inside or len(inside) < len(found):
        return None
    left_out = list(dict.fromkeys(v for _, _, values in inside for v in values))
    words = [question[s:e] for s, e, _ in inside]
    words += [cue for cue, a, b in spans if any(a <= s < b for s, _, _ in inside)]
    return left_out, words


def states_set_aside(
    question: str, table: list[tuple[re.Pattern[str], list[str]]]
) -> tuple[set[str], list[str]]:
    """(the statuses the question's exclusion clauses name, the cues and objects that name
    them) when a state is asked outside them too ('under way but not yet achieved, leaving out
    the ones not started'): the rows left out of the state asked; (set(), []) when none."""
    out: set[str] = set()
    words: list[str] = []
    found = status_spans(question, table)
    for cue, a, b in exclusion_spans(question):
        inside = [values for s, _, values in found if a <= s < b]
        if inside:
            out |= {v for values in inside for v in values}
            words += [cue, question[a:b]]
    return out, words


# a deadline said to stand as first set: 'kept to its original date', 'no revision', 'deadline
# never changed', 'still on the original timescale'
_DEADLINE = r"(?:deadlines?|due dates?|target dates?|dates?|timescales?|targets?)"
UNREVISED = re.compile(
    rf"\b(?:kept|keeping|stuck|sticking|held|holding|remain(?:ed|s|ing)?|still|stayed|staying)"
    rf"\s+(?:(?:to|at|on|with|within)\s+)?(?:(?:its|their|the)\s+)?(?:original|first|initial)\s+"
    rf"{_DEADLINE}|"
    r"\b(?:no|without(?:\s+any)?|never\s+(?:had|got|needed)\s+an?)\s+(?:revisions?|extensions?|"
    rf"rescheduling|change(?:s)?\s+to\s+(?:the|its|their)\s+{_DEADLINE})\b|"
    rf"\b{_DEADLINE}\s+(?:(?:has|have|had|was|were)\s+)?(?:never|not)\s+(?:been\s+)?"
    r"(?:changed|moved|revised|extended|altered|rescheduled|pushed back|put back)\b|"
    rf"\b(?:unchanged|unrevised|original)\s+{_DEADLINE}\s+(?:kept|held|unchanged|still stands|"
    r"stands|met)?",
    re.I,
)


def revision_denied(question: str, revised_at: int | None) -> str | None:
    """The words saying a row's deadline was never moved ('kept to its original date', 'have
    never been rescheduled' of a revision word at ``revised_at``); None when none do."""
    found = UNREVISED.search(question)
    if found and found.group(0).strip().split()[0].lower() not in ("original",):
        return found.group(0)
    if revised_at is None:
        return None
    before = question[max(0, revised_at - 30) : revised_at]
    denied = re.search(
        r"\b(?:never|not|n't|without|no)\s+(?:(?:yet|ever|once|been|being|had|having|its|their|"
        r"the|a|an|any)\s+)*$",
        before,
        re.I,
    )
    return denied.group(0) if denied else None


# a contrast that sets values aside after the ones asked: '(not Partly met or Not met)',
# ', not partly met', 'rather than partly', 'as opposed to moderately': to the phrase's end
_CONTRAST_ASIDE = re.compile(
    r"(?:\(\s*|[,;\u2013\u2014]\s*|\s-\s*)(?:but\s+|and\s+)?not\b[^()?;.!,]*\)?|"
    r"\b(?:rather\s+than|as\s+opposed\s+to|instead\s+of)\b[^()?;.!,]*",
    re.I,
)


def contrast_spans(question: str) -> list[tuple[int, int]]:
    """(where the contrast's 'not' or cue starts, where its phrase ends) of each contrast."""
    spans = []
    for found in _CONTRAST_ASIDE.finditer(question):
        cue = re.search(r"not\b|rather|as\s+opposed|instead", found.group(0), re.I)
        spans.append((found.start() + (cue.start() if cue else 0), found.end()))
    return spans


def without_contrasts(question: str) -> str:
    """``question`` with the values a contrast sets aside blanked (same length, so places
    hold): 'assessed as Met (not Partly met or Not met)' asks 'Met', whatever the degree
    words inside the parenthesis say."""
    return _CONTRAST_ASIDE.sub(lambda m: " " * len(m.group(0)), question)
