"""'When was the Audit Action Tracker issued?': the date a paper was made is the paper's date.

A question asking when a named paper was issued, produced, written or published asks for a
fact of the paper itself (its date), not a row's deadline nor an event the prose dates. It is
read by form: 'when' with a copula or 'did', then a noun phrase that is only the paper's name
(the name index has already blanked it out of the residual) or a determiner with a paper noun
('this update', 'that tracker'), then a verb of making a paper. A noun phrase with words of
its own left over ('the business continuity plan') names a thing the rows are about, so it is
no paper's date.
"""

from __future__ import annotations

import re

# the nouns a paper is called by (a determiner with one of these, or the paper's own name)
_PAPER_HEAD = (
    r"(?:reports?|papers?|plans?|statements?|reviews?|trackers?|logs?|updates?|summary|"
    r"summaries|documents?|registers?|letters?|returns?|minutes|action\s+plans?)"
)
# the verbs of making a paper, in the forms that follow 'was' or 'did' ('published' and
# 'released' are left out: 'when was the inspection published?' may date a paper the one in
# hand reports on, which its prose dates)
_MADE = (
    r"(?:issued?|produced?|written|write|compiled?|prepared?|"
    r"drawn\s+up|draw\s+up|put\s+together|circulated?|finali[sz]ed?|dated|date\s+from)"
)
_ASKED = re.compile(
    r"\bwhen\s+(?:was|were|is|did|does)\s+(?P<np>[^?]{0,160}?)\s+(?:first\s+)?"
    rf"(?P<verb>{_MADE})\b(?:\s+(?:and|or)\s+[\w\s]+?)?\s*\??\s*$",
    re.I,
)
# what the noun phrase may hold besides the paper's name: determiners, a paper noun, a year
_ONLY_PAPER = re.compile(
    rf"^(?:(?:the|this|that|its|their|these|those|latest|last|most|recent|first|new|"
    rf"{_PAPER_HEAD}|\d{{4}}(?:/\d{{2,4}})?|[()'’.,:;/&–—-]+)\s*)*$",
    re.I,
)
# a paper's title as written, capitalised word by word ('the Audit Action Tracker'), ending on
# a paper noun: its name, when the index did not blank it
_TITLED = re.compile(
    rf"^(?:the\s+|this\s+|that\s+)?(?:(?:[A-Z][\w'’&-]*|of|and|for|on|the|\d{{4}}(?:/\d{{2,4}})?|"
    rf"[()'’.,:;/&–—-]+)\s*)*?(?i:{_PAPER_HEAD})(?:\s*\([^)]*\))?$"
)


def paper_made_verb(residual: str) -> str | None:
    """The verb of making when ``residual`` (the question with the papers it names blanked)
    asks when a paper was made, its noun phrase holding nothing but that paper; else None."""
    found = _ASKED.search(residual)
    if found is None:
        return None
    np = found.group("np").strip()
    if not (_ONLY_PAPER.match(np) or _TITLED.match(np)):
        return None
    return found.group("verb")
