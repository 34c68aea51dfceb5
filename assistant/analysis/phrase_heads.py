"""The head noun of a wh-phrase ('what [is] [the] [modifiers] HEAD'), for the patterns that
type a question by the noun it asks for (:mod:`.intent`): the head is the last noun of the
phrase, so 'what are the rate arrears …?' asks of arrears, not of a rate."""

from __future__ import annotations

# words of another role than a noun's modifier: auxiliaries, prepositions, joiners, determiners
_FUNCTION_WORDS = (
    r"is|was|are|were|be|been|did|does|do|has|have|had|will|would|can|could|should|may|"
    r"might|must|of|on|in|for|about|to|with|by|at|from|and|or|that|which|the|a|an|its|their|"
    r"this|these|those"
)
# particles and adverbs of time or degree, which end a noun phrase ('the rate now')
_PARTICLES_AND_TIME = r"down|up|out|back|off|now|then|so|still|yet|currently|today|overall"
# The head noun of a wh-phrase, read by its place: 'what [the] [up to four modifiers] HEAD',
# 'below what HEAD'. Modifiers are neither auxiliaries nor prepositions, so the head stays in
# the wh-phrase's own noun phrase ('what internal-audit assurance grade did X get?' asks a
# grade; 'what did the board say about the rate?' asks no rate).
_NOT_MODIFIER = rf"(?!(?:{_FUNCTION_WORDS})\b)"
_MODIFIERS = rf"(?:{_NOT_MODIFIER}[\w'-]+\s+){{0,4}}?"
_WH = (
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?" + _MODIFIERS
)


# After 'what is/are the …' the noun phrase runs to the first word of another role; a content
# word that still follows the matched noun before that point is the phrase's real head ('what
# are the rate arrears down to?' asks of arrears, not a rate). Past participles ('the rate
# agreed') and adverbs of time or degree ('the rate now') end the phrase instead. A present
# participle ends it too: 'what is the assurance framework missing?' asks the object of
# 'missing', and the phrase's head is 'framework', not 'assurance'.
_PHRASE_END = (
    rf"(?:\s*(?:[?.!,;:]|$)|\s+(?:{_FUNCTION_WORDS}|{_PARTICLES_AND_TIME})\b|"
    r"\s+[a-z'-]{2,}ing\b)"
)
COMPOUND_TAIL = (
    rf"\s+(?!(?:{_PARTICLES_AND_TIME}|before|after|"
    r"since|during|under|over|against|between|within|without|into|across|per|than|as|like|"
    r"until|through|among|beyond|behind|above|below|near|last|next|this|each|every|so far)\b)"
    r"(?!(?:set|put|cut|given|made|taken|done|paid|spent|held|met|seen|shown|known|found|kept|"
    r"left|sent|won|lost|due)\b)"
    rf"{_NOT_MODIFIER}(?![a-z'-]+(?:ed|en|ing)\b)[a-z][a-z'-]*{_PHRASE_END}"
)
_WH_BE = r"\b(?:what|which)\s+(?:is|was|are|were)\s+"


def wh_head(heads: str) -> str:
    """A pattern for a wh-phrase whose head noun is one of ``heads``."""
    return rf"(?!{_WH_BE}(?:\S+\s+){{0,5}}?(?:{heads})s?{COMPOUND_TAIL}){_WH}(?:{heads})s?\b"
