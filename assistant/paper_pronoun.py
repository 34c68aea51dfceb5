"""'its' before a kind of row is the paper the conversation is in: 'which of its assurance
actions are behind schedule?', 'how many of its recommendations are complete?' after a turn
about one paper (its intro, a figure, a list of its rows) ask of that paper's rows, named by title
('the assurance actions in the <title>'); the subject phrase of the turn before is no paper.
After a turn about one row, 'its actions' may be that row's own: left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.antecedents import PAPER_NP, Previous
from assistant.followup_forms import RECORD_NOUNS, singular_noun
from assistant.text import HAS_PRONOUN

# 'its actions', 'its three open recommendations', 'its assurance actions'
_ITS_ROWS = re.compile(
    r"\bits\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}?(?:actions|recommendations|items|findings|issues|"
    r"tasks|rows|records|improvements|areas\s+for\s+improvement|points|entries))\b",
    re.I,
)


def _one_paper(previous: Previous | None, title_of: Callable[[str], str]) -> str | None:
    """The title of the paper the turn before was about: of its rows when they are of one
    paper, else the paper its user named, else the paper its answer quoted first; a turn that
    found nothing passes the question to the turn before it."""
    for _ in range(3):
        if previous is None:
            return None
        titles = {r.document.title for r in previous.records}
        if len(titles) == 1:
            return titles.pop()
        if len(previous.focus_documents) == 1:
            return title_of(previous.focus_documents[0]) or None
        if not titles and previous.documents:
            return previous.documents[0]
        if titles:
            return None
        previous = previous.before
    return None


def its_rows(
    question: str, previous: Previous | None, title_of: Callable[[str], str]
) -> str | None:
    """``question`` with 'its <rows>' put as 'the <rows> in the <title>' of the paper the turn
    before was about; None when it has no such phrase or no one paper. ``title_of`` gives a
    paper's title by its id."""
    found = _ITS_ROWS.search(question)
    if found is None or previous is None:
        return None
    if len(previous.records) == 1 and not previous.quoted:
        return None  # after one row, 'its actions' may be the actions that row agreed
    title = _one_paper(previous, title_of)
    if not title:
        return None
    phrase = f"the {found.group('np')} in the {title}"
    return question[: found.start()] + phrase + question[found.end() :]


def names_a_body_only(question: str) -> bool:
    """Whether a follow-up that points back with a pronoun names a paper only by a word of
    its title that is a body or a theme ('what has it done with HMIC recommendations?', 'does
    it support MOPAC's plan?'): no paper noun phrase, no year, so 'it' still points back."""
    return (
        HAS_PRONOUN.search(question) is not None
        and PAPER_NP.search(question) is None
        and re.search(r"\b(?:19|20)\d\d\b", question) is None
    )


# 'which actions are marked complete?', 'how many recommendations are open?': rows asked for
# by their bare kind, after a turn about one paper, are that paper's rows
_BARE_ROWS = re.compile(
    r"^\s*(?:(?:and|so|then|ok|okay)[\s,]+)?(?:which|what|how\s+many)\s+([a-z]+)\s+"
    r"(?:are|were|is|was|have|has|had)\b",
    re.I,
)


def bare_rows(question: str) -> bool:
    """Whether ``question`` asks for rows by their bare kind ('which actions are …')."""
    found = _BARE_ROWS.match(question)
    return found is not None and singular_noun(found.group(1).lower()) in RECORD_NOUNS - {"one"}
