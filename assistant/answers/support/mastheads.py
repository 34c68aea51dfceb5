"""What a paper's masthead says about the paper itself: who wrote or presented it, in the
'Report by:' / 'Report author:' / 'Contact officer:' lines committee papers carry or a line of
its own ('Report of the Clerk to the Board.'); and which of its opening words
are the paper's own, not those of an event its prose dates."""

from __future__ import annotations

import re

from ingest.dates import scan_dates

# an author label opening a line or a sentence ('… note the revised dates. Prepared by: …')
AUTHOR_LINE = re.compile(
    r"(?:^|(?<=[.;]\s))[ \t]*(?:report (?:by|author|of|from)|authors?|contact officer|"
    r"(?:prepared|written|presented|submitted|compiled|signed)(?: off)? by)"
    r"\s*:\s*(?P<who>[^\n]+)$",
    re.I | re.M,
)
# the same said in a sentence of its own: 'Paper prepared by the Head of Risk.', 'This report
# was written by the Clerk.' (the paper's own noun, then an authoring verb, then 'by')
AUTHOR_SENTENCE = re.compile(
    r"(?:^|(?<=[.;]\s))[ \t]*(?:(?:this|the)\s+)?(?:paper|report)\s+(?:(?:was|has been)\s+)?"
    r"(?:prepared|written|presented|authored|compiled)\s+by\s+(?P<who>[^.;\n]{3,80})\.",
    re.I | re.M,
)


# a masthead line naming whose paper it is, with no verb: 'Report of the Clerk to the Board.',
# 'Paper from the Director of Resources.' (a line of its own, the paper's noun first, then a
# post or a name in capitals: never a prose sentence, which goes on past the name)
AUTHOR_HEADING = re.compile(
    r"^[ \t]*(?:paper|report|note|update)\s+(?:of|from)\s+"
    r"(?P<who>(?-i:(?:[Tt]he\s+)?[A-Z])[^.;:\n]{2,80})\.[ \t]*$",
    re.I | re.M,
)


# an authoring participle written as a label with no colon, as a cover sheet read line by line
# runs its labels together ('… Date of meeting 10 September 2025 Prepared by the Chief Officer
# for the trustees.'): capitalised, so never the verb of a prose sentence ('was prepared by')
AUTHOR_LABEL = re.compile(
    r"(?-i:\b(?:Prepared|Written|Presented|Submitted|Compiled|Produced)\s+by)\s+"
    r"(?P<who>(?-i:(?:the\s+)?[A-Z])[^.;:\n]{2,80})(?=[.;]|[ \t]*$)",
    re.I | re.M,
)
# the small words a post's or a name's capitals may have between them ('the Clerk to the Board')
_JOINING = frozenset("the of to and for at in on & -".split())


def _post_or_name(words: str) -> bool:
    """Whether ``words`` read as a post or a name ('the Director of Resources', 'Jo Collins,
    Head of Finance'): capitalised words and the small words joining them, nothing else."""
    tokens = words.replace(",", " ").split()
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _JOINING for t in tokens)


def author_lines(text: str) -> list[re.Match[str]]:
    """The author lines of a paper's text, in order: labels (with a colon or, capitalised, with
    none), authoring sentences and masthead lines naming whose paper it is."""
    found = [*AUTHOR_LINE.finditer(text), *AUTHOR_SENTENCE.finditer(text)]
    found += (m for m in AUTHOR_HEADING.finditer(text) if _post_or_name(m.group("who")))
    found += AUTHOR_LABEL.finditer(text)
    return sorted(found, key=lambda m: m.start())


# a stretch of one line up to a full stop, or the line's rest; prose when eight words or more
# are in it (seven of them followed by a space or sign: the last may touch the stop)
_STRETCH = re.compile(r"[^.\n]*(?:\.|\n|$)")
_WORD_THEN_SIGN = re.compile(r"\w+\W")
_PROSE_WORDS = 7


def without_dated_events(opening: str, paper_date: str | None) -> str:
    """A paper's opening less its prose sentences that date an event on another day than
    the paper's ('… twelve recommendations, which Cabinet accepted on 17 September 2024'):
    their words say what happened then, not what the paper is. Read stretch by stretch, in
    time linear in the opening's length."""

    def kept(found: re.Match[str]) -> str:
        stretch = found.group(0)
        if not stretch.endswith(".") or len(_WORD_THEN_SIGN.findall(stretch[:-1])) < _PROSE_WORDS:
            return stretch
        dates = scan_dates(stretch)[0]
        other = any(d.iso != paper_date for d in dates)
        return " " if other else stretch

    return _STRETCH.sub(kept, opening)
