"""What a party said in reply, asked of a row that names the party but reports no word of it.

'What did the Home Office say in reply?', 'what was the auditor's response?' asked of a row by
its ref (often a follow-up whose row was carried) ask for a party's words. The row may name the
party ('this is an issue for the Home Office') without reporting anything it said: its
progress note then answers another question. The party's words are reported when a sentence of
the row makes the party the subject of a verb of saying ('the Home Office replied …'), gives
its reply as a noun ('the Home Office's response', 'a reply from the Home Office'), or says
something was said by it ('as confirmed by the Home Office'). Decisions asked ('what did the
board decide?') are judged by :func:`~.records.no_outcome`.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.asked_attribute import MASTHEAD
from assistant.answers.support.persons import asked_records
from assistant.answers.support.recordtext import record_name
from assistant.evidence import record_evidence
from ingest.model import ActionRecord

# the verbs of saying, in any tense ('say', 'said', 'has replied', 'responds')
_SAYING = (
    r"(?:say|says|said|repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|comment(?:s|ed)?|"
    r"wr(?:ite|ites|ote|itten)|stat(?:e|es|ed)|advis(?:e|es|ed)|confirm(?:s|ed)?|"
    r"indicat(?:e|es|ed)|not(?:e|es|ed)|report(?:s|ed)?|explain(?:s|ed)?|argu(?:e|es|ed)|"
    r"object(?:s|ed)?|feed\s+back|fed\s+back)"
)
_REPLY_NOUNS = r"(?:reply|replies|response|responses|answer|answers|comments?|view|views|feedback)"
# a party named by a capitalised phrase ('the Home Office', 'HM Treasury', 'the Audit Panel')
_PARTY = r"(?P<party>[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’-]*){0,5})"
_ASKED = re.compile(
    # 'what did the Home Office say (in reply)?', 'how has HMIC responded?'
    rf"\b(?:what|how)\s+(?:did|has|have|had)\s+(?:the\s+)?{_PARTY}\s+{_SAYING}\b|"
    # 'what answer did the Home Office give?'
    rf"\bwhat\s+{_REPLY_NOUNS}\s+(?:did|has|have|had)\s+(?:the\s+)?"
    rf"{_PARTY.replace('party', 'giver')}\s+(?:give|given|make|made|send|sent)\b|"
    # "what was the Home Office's reply?", 'what was the response of the Audit Panel?'
    rf"\bwhat\s+(?:is|was|were|are)\s+(?:the\s+)?{_PARTY.replace('party', 'owner')}['’]s?\s+"
    rf"{_REPLY_NOUNS}\b|\b{_REPLY_NOUNS}\s+(?:of|from)\s+(?:the\s+)?"
    rf"{_PARTY.replace('party', 'source')}",
)


def asked_party_words(question: str) -> str | None:
    """The party whose words the question asks for ('the *Home Office* say in reply'), as
    written; None when it asks no party's words."""
    text = unquoted(question).strip()
    found = _ASKED.search(text[:1].lower() + text[1:])  # the party alone is capitalised
    if found is None:
        return None
    party = found["party"] or found["giver"] or found["owner"] or found["source"]
    return party.strip() if party else None


def gives_reply(text: str, party: str) -> bool:
    """Whether ``text`` reports something ``party`` said: the party the subject of a verb of
    saying (within three words: 'the Home Office has since replied'), its reply as a noun
    ("the Home Office's response", 'a reply from the Home Office'), or a thing said by it."""
    name = re.escape(party)
    return bool(
        re.search(rf"\b{name}\b(?:\s+[\w-]+){{0,3}}?\s+{_SAYING}\b", text, re.I)
        or re.search(rf"\b{name}(?:['’]s?)?\s+(?:[\w-]+\s+)?{_REPLY_NOUNS}\b", text, re.I)
        or re.search(rf"\b{_REPLY_NOUNS}\s+(?:of|from)\s+(?:the\s+)?{name}\b", text, re.I)
        or re.search(rf"\b{_SAYING}\s+by\s+(?:the\s+)?{name}\b", text, re.I)
    )


def unsaid_reply(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when the rows a question names by ref name the party whose words it asks
    for and report nothing it said; None when one does, when no row names the party (other
    guards judge), or when the question asks no party's words."""
    if not q.refs:
        return None
    party = asked_party_words(q.question)
    if party is None or _is_asked_row(party, q.refs):
        return None  # 'the response of R13': the row's own column, no party's words
    records = asked_records(q, context)
    texts = {r.id: _text(r) for r in records}
    named = [
        r
        for r in records
        if re.search(rf"\b{re.escape(party)}\b", texts[r.id], re.I)
        and not _own_body(party, r, context)
    ]
    if not named or any(gives_reply(texts[r.id], party) for r in records):
        return None
    names = ", ".join(record_name(r) for r in named)
    return abstain(
        q,
        context,
        f"what the {party} said about {names}",
        f"The record's row for {names} names the {party} but reports nothing it said.",
        kind="value_not_given",
    )


def _is_asked_row(party: str, refs: list[str]) -> bool:
    """Whether the 'party' read is a ref the question asks of ('what is the comment of
    R13?'): the row itself, whose reply noun is one of its columns."""
    words = party.lower().split()
    return any(ref.lower().split() == words[-len(ref.split()) :] for ref in refs)


def _own_body(party: str, record: ActionRecord, context: AnswerContext) -> bool:
    """Whether ``party`` is the body whose paper holds ``record`` (its words all in the
    paper's opening lines): what it says is the paper itself."""
    opening = context.document_text(record.document.id)[:MASTHEAD].lower()
    return all(w in opening for w in party.lower().split())


def _text(record: ActionRecord) -> str:
    """The row's column headers ('MPS response') and sentences, in one text."""
    headers = " ".join(f"{header}." for header in record.columns)
    return " ".join([headers, *(e.text for e in record_evidence(record, "", 0))])
