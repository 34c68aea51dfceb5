"""Whether a sum in a sentence is the sum a question asks for, read by the noun it is bound to.

A sum is written with the noun it measures: 'new net savings of £12.5m', '£142m of budget
reductions', '£40k grant', 'a budget of £3m'. A question naming the kind of sum it asks ('what
was the total 2009-12 *budget*?') is not answered by a sentence whose every sum measures
another kind ('The 2009-12 budget includes new net savings of £12.5m': a sum of savings, in a
sentence about the budget). A sum bound to no noun of money ('£2m has been set aside') may be
any kind, and so is never refused here.
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES
from assistant.analysis.clitics import wh_unclitic
from assistant.text import stem

# English nouns naming a kind of sum: the value noun of a question, or a sum's own noun
_MONEY_NOUNS = (
    r"budget|cost|spend|spending|expenditure|outlay|saving|savings|cut|reduction|price|fee|"
    r"charge|salary|income|revenue|funding|grant|investment|allocation|contribution|deficit|"
    r"surplus|overspend|underspend|debt|arrears|bill|premium|loan|reserve|provision|value|"
    r"payment|overpayment|underpayment|award|settlement|fine|levy|subsidy|efficiencies|"
    r"efficiency|pressure|gap|shortfall"
)
_NOUN = rf"(?:{_MONEY_NOUNS})s?"
# the wh-phrase's head: 'what was the total 2009-12 budget', 'what is its annual spend'
_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:was|is|were|are|will be)\s+(?:the|its|their)\s+"
    rf"(?:[\w'/-]+\s+){{0,3}}?(?P<noun>{_NOUN})\b(?!\s+(?:{_MONEY_NOUNS}|[a-z]+ed)\b)",
    re.I,
)
# a sum's own noun before it ('savings of £12.5m', 'a budget of around £3m', 'cost £4,600')
_BEFORE = re.compile(
    rf"\b(?P<noun>{_NOUN})\s+(?:of|at|totalling|totaling|worth|amounting to|estimated at|"
    r"is|was|were|are|be|of up to|of around|of about|of some|of over|of under)?\s*"
    r"(?:(?:up to|around|about|some|over|under|nearly|almost|approximately)\s+)?$",
    re.I,
)
# … or after it ('£142m of budget reductions', '£40k grant', '£3m in savings')
_AFTER = re.compile(
    rf"^\s*(?:(?:of|in)\s+)?(?:(?:new|net|gross|further|additional|total|annual|recurring|"
    rf"one-off|capital|revenue|budget|cash|planned|agreed|identified)\s+){{0,3}}(?P<noun>{_NOUN})\b",
    re.I,
)
_SUM = re.compile(
    r"£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand)?\b|"
    r"\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand|pounds)\b",
    re.I,
)


def asked_money_noun(question: str) -> str | None:
    """The stem of the kind of sum the question's wh-phrase names ('what was the total
    budget …?' -> 'budget'); None when it names none."""
    found = _ASKED.search(re.sub(r"“[^”]*”", "it", wh_unclitic(question)))
    return stem(found.group("noun").lower()) if found else None


def own_nouns(text: str) -> list[str | None]:
    """The stem of the noun each sum of ``text`` is bound to, or None for a sum bound to no
    noun of money ('£2m has been set aside')."""
    out: list[str | None] = []
    for found in _SUM.finditer(text):
        before = _BEFORE.search(text[max(0, found.start() - 40) : found.start()])
        after = _AFTER.match(text[found.end() : found.end() + 60])
        bound = before or after
        out.append(stem(bound.group("noun").lower()) if bound else None)
    return out


def sums_of_other_kind(question: str, text: str, kind: str | None = "amount") -> bool:
    """Whether the question asks a sum (``kind``: the answer type asked) and every sum
    ``text`` gives is bound to a kind of sum other than the one the question names ('new net
    savings of £12.5m' for 'the total budget'): the sentence holds no value of the asked kind."""
    asked = asked_money_noun(question) if kind == "amount" else None
    if asked is None or not ANSWER_SHAPES["amount"].search(text):
        return False
    nouns = own_nouns(text)
    return bool(nouns) and all(n is not None and n != asked for n in nouns)
