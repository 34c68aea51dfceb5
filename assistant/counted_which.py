"""'Which ones?' after 'how many …?': the same question, asked as a list.

After "How many of the canal partnership's recommendations have been implemented?", a bare
"which ones?", "what are they?", "name them" asks for the rows counted, not for rows mentioning
'ones': the last question with 'how many' put as 'which'. Whatever the last turn was answered
from (a count, the paper's overview, a sentence), the question the user asked is what is
listed, with all its filters.

    which_of_count("Which ones?", previous)
        -> "Which of the canal partnership's recommendations have been implemented?"
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous

__all__ = ["which_of_count"]

_BARE_WHICH = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|right)[\s,]+)?(?:(?:which|what)\s+(?:ones|are\s+they|were\s+they|"
    r"ones\s+(?:are|were)\s+they)|(?:name|list)\s+them|which\s+are\s+those)\s*(?:then|please)?"
    r"\W*$",
    re.I,
)
_HOW_MANY = re.compile(r"^\W*(?:(?:and|so|ok|okay)[\s,]+)?how\s+many\b", re.I)


def which_of_count(question: str, previous: Previous | None) -> str | None:
    """The last question as a list when ``question`` only asks which the counted ones are;
    None otherwise (or when the last question counted nothing)."""
    if previous is None or not _BARE_WHICH.match(question):
        return None
    last = previous.standalone.strip()
    if not _HOW_MANY.match(last):
        return None
    listed = _HOW_MANY.sub("Which", last, count=1).rstrip(" ?.")
    return f"{listed}?"
