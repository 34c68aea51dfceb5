"""The words that put a list over every paper or body ('across every body', 'in any of the
papers', 'whichever body'), and the pronoun standing for the rows ('give me the ones on X'):
they frame which rows are asked, never what the rows are about, so they are no topic terms.
Read by structure (a quantifier before a noun of papers or bodies), never by a paper's names."""

from __future__ import annotations

import re

from assistant.analysis.patterns import PAPER_NOUN

# a quantifier over the papers or the bodies that wrote them, with a preposition before it
_ANY_PAPER = re.compile(
    r"\b(?:(?:in|across|at|from|for|by|over|throughout|of)\s+)?"
    r"(?:every|each|all|any|whichever|whatever|either)(?:\s+(?:one\s+)?of)?"
    r"(?:\s+(?:the|these|those|its|their|our))?\s+(?:[\w/-]+\s+)?"
    rf"(?:{PAPER_NOUN}|bod(?:y|ies)|organi[sz]ations?)\b",
    re.I,
)
# 'the ones', 'those ones': the rows asked, pointed at before their description
_ROW_PRONOUN = re.compile(r"\b(?:the|those|these|which|any|all)\s+(ones)\b", re.I)


def scope_frame_words(question: str) -> list[str]:
    """The words of ``question`` that quantify over papers or bodies, or point at the rows
    asked ('the ones'); [] when there are none."""
    found = [m.group(0) for m in _ANY_PAPER.finditer(question)]
    return found + [m.group(1) for m in _ROW_PRONOUN.finditer(question)]
