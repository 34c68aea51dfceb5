"""The other party of an event the question takes for granted ('the workshop with <Firm>',
'the talks with the <Office>', 'the review by <Body>'), checked against the sentence the rest
of the question describes: when that sentence names another party in the same place (the same
preposition before a name) and never the question's, the correction leads the answer.

The party is read from the question's form: a preposition of company or agency ('with', 'by',
'alongside', 'from') before a proper name (capitalised words or an initialism); the event by
the rest of the question's words. No list of names or events."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.corrections import WHAT_THE_RECORD_SAYS, Lead
from assistant.answers.support.figures import MONTH_NAMES
from assistant.answers.support.gather import evidence_aliases, gather
from assistant.answers.support.recordtext import safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import coverage, term_weights
from assistant.text import stem, stems
from vectorstore.bm25 import query_terms

EVENT_SHARE = 0.6  # of the rest of the question's weight a sentence must hold to be the event

# a proper name: capitalised words (with 'of', 'and', '&' between them) or an initialism
_NAME = r"(?:[A-Z][A-Za-z&'-]*|[A-Z]{2,}[a-z]?)(?:\s+(?:of|and|for|&)?\s*[A-Z][A-Za-z&'-]*)*"
_PARTY = re.compile(
    rf"\b(?P<prep>with|by|alongside|from)\s+(?:the\s+)?(?P<name>{_NAME})|"
    # the text's other party may be written in lower case ('with the district auditor')
    r"\b(?P<lprep>with|by|alongside|from)\s+the\s+(?P<lower>(?:[a-z]+\s+){0,2}?[a-z]+)"
    r"(?=\s*[,.;:]|\s+(?:on|in|at|about|to|for|regarding|particularly|and|over|after)\b)"
)
_ARTICLES = frozenset("the a an".split())
# prepositions of the same role: company ('with', 'alongside'), or agency and source
_ROLE = {"with": "with", "alongside": "with", "by": "by", "from": "by"}
# a time, not a party ('by March', 'from April', 'by the Summer')
_TIME = re.compile(
    rf"^(?:{MONTH_NAMES}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|"
    r"Summer|Autumn|Winter|Q[1-4]|End|Then|Now)\b)",
    re.I,
)


@dataclass(frozen=True)
class Party:
    prep: str
    name: str
    start: int
    end: int


def claimed_party(question: str) -> Party | None:
    """The party the question names after a preposition of company or agency, not at the
    question's first word ('By when …' asks a date)."""
    for found in _PARTY.finditer(question):
        name = found.group("name")
        if found.start() == 0 or not name or _TIME.match(name):
            continue
        if name.split()[0].lower() in _ARTICLES:
            continue
        return Party(_ROLE[found.group("prep").lower()], name, found.start(), found.end())
    return None


def party_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """'What did X agree in its talks with <Party>?' where the sentence about those talks
    names another party after the same preposition: the correction, citing the sentence,
    then what the record says."""
    if q.intent not in ("lookup", "explain") or q.refs:
        return None
    question = unquoted(q.question)
    party = claimed_party(question)
    if party is None:
        return None
    named = {stem(w) for w in re.findall(r"[A-Za-z]+", party.name)}
    rest_text = question[: party.start] + " " + question[party.end :]
    rest_terms = [t for t in q.terms if stem(t) not in named and t in set(query_terms(rest_text))]
    if len(rest_terms) < 2:
        return None  # too little left to find the event by
    rest = q.model_copy(update={"terms": rest_terms, "claims": []})
    evidence, _ = gather(rest, context)
    weights = term_weights(rest_terms, context.stats)
    aliases = evidence_aliases(evidence[:6], context, q.question)
    for item in evidence[:6]:
        said = with_aliases(item.text, aliases)
        if coverage(said, weights) < EVENT_SHARE:
            continue
        if named <= stems(said):
            return None  # the event's sentence names the party: borne out
        other = _other_party(item.text, party)
        if other is None:
            return None  # the sentence names no party where the question does
        if stems(other) & stems(rest_text) - _ARTICLE_STEMS:
            return None  # a party the question names itself, in another role ('the ESFA')
        n = builder.add_evidence(item)
        if n is None:
            return None
        head = (
            f"**The record does not name {safe_text(party.name)} here: it names "
            f"{safe_text(other)}** — “{item.display()}” [{n}]"
        )
        return Lead([head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], rest, evidence, weights)
    return None


_ARTICLE_STEMS = stems("the a an")


def _other_party(text: str, party: Party) -> str | None:
    """The proper name ``text`` gives after the question's preposition, when it shares no
    word with the question's party."""
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", party.name)}
    for found in _PARTY.finditer(text):
        prep = found.group("prep") or found.group("lprep")
        name = found.group("name") or found.group("lower")
        if _ROLE[prep.lower()] != party.prep or _TIME.match(name):
            continue
        if {stem(w) for w in re.findall(r"[A-Za-z]+", name)} & asked:
            continue
        return name if found.group("name") else f"the {name}"
    return None
