"""A party a named row speaks of without naming: the refusal, before the row is described.

A question about a row by its ref (often a follow-up whose row was carried) may ask for a
party the row's own cells do not name:

- an organisation in a role ('which *consultancy* drafted them?', 'which *contractors* got
  those contracts?'): the row's cells must write an organisation's proper name (not its own
  body's, not a post's, not a word of the question); a row that says 'a consultant has been
  appointed' names none, and its owner (a post) is no answer;
- the holder of a role the row itself writes apart from its owner ('who is the *supervising
  engineer*?', when the row says 'recommended by the supervising engineer' and its owner is
  another post): the row names the role, not who holds it, unless a person's name is in it.

Both are decided on the row's cells, read whole; no word of any one paper.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.asked_attribute import MASTHEAD, names_organisation, party_asked
from assistant.answers.support.persons import asked_records, names_person, post_words
from assistant.answers.support.recordtext import record_name
from assistant.evidence import record_evidence
from assistant.text import stem_of
from ingest.model import ActionRecord

# 'who is the <role> …?': the role's words up to a preposition, an adverb of place or the end
_HOLDER_ASKED = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+(?:the|its|their|this|that)\s+"
    r"(?P<role>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?)"
    r"(?=\s+(?:for|of|on|at|in|behind|there|here|named|mentioned|referred)\b|\s*[?.,!;]|\s*$)",
    re.I,
)
# a name possessed by another ("the Authority's Local Code of Governance"): a thing the body
# holds, not another organisation; the possessor stays
_POSSESSED = re.compile(r"(['’]s)\s+[A-Z][\w&'-]*(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w&'-]*)*")
# roles a body's own unit may fill ('what new *body* did the MPA create?': a sub-committee),
# named in common words, not by a proper name: no name test decides them
_UNIT_ROLES = frozenset({"body", "organisation", "organization"})


def unnamed_in_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when the rows a question names by ref do not name the party it asks (an
    organisation in a role, or the holder of a role the row speaks of besides its owner);
    None when they do, or when the question asks no such party."""
    if not q.refs:
        return None
    records = asked_records(q, context)
    if not records:
        return None
    names = ", ".join(record_name(r) for r in records)
    role = party_asked(unquoted(q.question))
    if role is not None and role not in _UNIT_ROLES:
        if any(_names_party(q, r, context, role) for r in records):
            return None
        return abstain(
            q,
            context,
            f"which {role} it was, for {names}",
            f"The record's row for {names} names no {role}.",
            kind="value_not_given",
        )
    held = _role_without_holder(q.question, records, context)
    if held is None:
        return None
    return abstain(
        q,
        context,
        f"who the {held} is, for {names}",
        f"The record's row for {names} speaks of the {held} but does not say who that is; "
        "its owner is another post.",
        kind="value_not_given",
    )


def _cells(record: ActionRecord) -> list[str]:
    """The row's sentences, its owner cell left out (a post, never the party asked)."""
    owner = (record.owner or "").strip()
    return [e.text for e in record_evidence(record, "", 0) if e.text.strip() != owner]


def _names_party(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext, role: str | None = None
) -> bool:
    """Whether a cell of ``record`` writes an organisation's proper name (for ``role``)."""
    known, common = _paper_words(q.question, record, context)
    return any(
        names_organisation(_POSSESSED.sub(r"\g<1> thing", cell), known, common, role)
        for cell in _cells(record)
    )


def _role_without_holder(
    question: str, records: list[ActionRecord], context: AnswerContext
) -> str | None:
    """The role 'who is the <role>?' asks, when every row writes that role whole in a cell
    other than its owner, its owner cell does not hold the role's head word, and no cell names
    a person; else None."""
    found = _HOLDER_ASKED.search(unquoted(question))
    if found is None:
        return None
    role = found["role"].lower()
    phrase = re.compile(rf"\b{re.escape(role)}\b", re.I)
    head = stem_of(role.split()[-1])
    for record in records:
        cells = _cells(record)
        owner = {stem_of(w) for w in re.findall(r"[a-z]+", (record.owner or "").lower())}
        if head in owner or not any(phrase.search(c) for c in cells):
            return None
        known, common = _paper_words(question, record, context)
        if any(names_person(c, known | common) for c in cells):
            return None
    return role


# a capitalised word standing alone after 'the' ('the Authority', 'the Trust'): the paper's
# own body or organ, named by its kind, not another party's name
_THE_KIND = re.compile(r"\bthe\s+([A-Z][a-z]+)\b(?!\s+[A-Z&])")
# a short capital abbreviation ('HR', 'ICT'), written this often in one paper: its own usage
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")
OWN_USAGE = 3


def _own_usage(text: str) -> set[str]:
    """The capitalised words a paper uses as its own (lower-cased): a kind of body it names
    with 'the', and the abbreviations it writes ``OWN_USAGE`` times or more."""
    kinds = {w.lower() for w in _THE_KIND.findall(text)}
    counts: dict[str, int] = {}
    for word in _ABBREVIATION.findall(text):
        counts[word] = counts.get(word, 0) + 1
    return kinds | {w.lower() for w, n in counts.items() if n >= OWN_USAGE}


def _paper_words(
    question: str, record: ActionRecord, context: AnswerContext
) -> tuple[set[str], set[str]]:
    """The capitalised words no party's name is made of (the question's, the paper's own
    body's and title's, the kinds of body and the abbreviations it uses as its own, the
    register's posts'), and the words ``record``'s paper also writes in lower case (common
    words, not a name's)."""
    text = context.document_text(record.document.id)
    # its own body: in its opening lines, and the body the catalogue gives for it
    paper = next((d for d in context.documents if d.id == record.document.id), None)
    body = f"{text[:MASTHEAD]} {paper.organisation or '' if paper else ''}"
    own = {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w'&-]*", body)}
    own |= _own_usage(text)
    common = set(re.findall(r"\b[a-z][\w'-]*", text))
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'&-]*", question)}
    return asked | own | post_words(context), common
