"""The comparative word of 'Was A larger than B?' and the end of side A before it.

Any word ending in '-er' read as the comparative ('boiler', 'officer', 'register') cut side A
short ('was the boiler inspection cost more than the fee?' gave side A 'the'), and the one
word allowed between side A and the comparative (a verb: 'Is A due earlier than B?', 'Did A
cost more than B?') took the last word of a noun phrase after 'is' or 'was' ('Was the audit
*fee* larger than …?')."""

from __future__ import annotations

import re

# comparatives in '-er' (by their stems) and the irregular ones; 'more'/'less' with or
# without the adjective they grade
COMPARATIVE = (
    r"(?:(?:earli|lat|soon|old|new|larg|great|high|low|long|short|bigg|small|few|cheap|dear|"
    r"bett|fast|slow|quick|clos|near|furth|farth|wid|deep|hard|easi|riski|costli|prici|tough|"
    r"strong|weak|heavi|light|busi|strict|tight|saf|less|broad|narrow|rich|poor)er\b|worse\b|"
    r"(?:more|less)(?:\s+(?!than\b)\w[\w-]*|(?=\s+than\s+(?!(?:one|once|a|an|two|three|half|"
    r"\d+)\b))))"
)
# a word that may stand between a side and its comparative in a 'be' question: 'due', a
# participle ('completed', 'given', 'set'), a word of degree ('any better', 'slightly later')
_PARTICIPLE = re.compile(
    r"due|\w+ed|\w+en|set|put|held|run|paid|spent|made|met|cut|kept|left|built|sent|done|"
    r"a|an|any|much|far|even|still|no|rather|\w+ly",  # or a word grading the comparative
    re.I,
)
_DO = re.compile(r"do|does|did|will|would|should|could", re.I)


def side_before(aux: str, side: str, verb: str | None) -> str:
    """Side A of 'AUX A [verb] COMPARATIVE than B': with the word before the comparative when
    it is no verb (after 'is', 'was', 'has' only a participle or 'due' is: 'Was the audit fee
    larger …' compares the fee; 'Did the inspection cost more …' the inspection)."""
    if not verb or _DO.fullmatch(aux) or _PARTICIPLE.fullmatch(verb):
        return side
    return f"{side} {verb}"


# 'Are there more X in A than in B?', 'Were fewer X under A than under B?': the rows of two
# places counted, each place after the same preposition
THERE_MORE_IN = re.compile(
    r"^(?:is|was|are|were)\s+there\s+(?:more|fewer|less)\s+.+?\s+(?P<p>in|on|under|within|"
    r"for)\s+(?P<a>.+?)\s+than\s+(?P=p)\s+(?P<b>.+)$",
    re.I,
)
