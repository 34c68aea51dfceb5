"""A fact of a named paper's cover sheet: the meeting it went to, the body it is from, who
presented it, what it is for, what the meeting is asked to do ('which committee got the X
plan?', 'whose name is on it as the presenter?', 'what is the panel recommended to do?').
The fact is quoted from the paper's own opening (or its closing resolution); a question whose
other words are not the paper's own is about something else, and is left to the next composer.
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis, asks_responsibility
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.cover_sheet import (
    CoverFact,
    CoverKind,
    asked_cover_kind,
    closing,
    cover_facts,
    opening,
    paper_verb,
    verb_dated,
)
from assistant.answers.support.recordtext import safe_text
from assistant.text import stems

SHOWN = 3
_WHAT: dict[CoverKind, str] = {
    "meeting": "went to",
    "body": "is from",
    "author": "is presented by",
    "purpose": "says what it is for",
    "decision": "asks the meeting",
    "date": "is dated",
}
# the words of asking about a paper itself, whatever paper it is
_ASKING = stems(
    "paper report plan tracker log update document name names presenter presented present "
    "presenting submitted submit brought tabled introduced written write wrote prepared "
    "purpose aim point recommend recommended recommends asked ask invited requested "
    "resolved decision decide decided got get go went sent going considered consider "
    "committee panel board meeting body organisation organization council trust authority "
    "whose this that it its one do does did on for about why when date dated published "
    "issued released circulated "
    # a request's frame: 'I'm looking at X - …', 'can you tell me …'
    "i'm look looking see reading read tell know want wondering"
)


def _about_the_paper(q: QueryAnalysis, text: str, title: str) -> bool:
    """Whether every key word of the question is one of the paper's opening or closing, its
    title, or a word of asking about a paper."""
    own = stems(opening(text)) | stems(closing(text)[0]) | stems(title) | _ASKING
    return all(stems(term) <= own for term in q.terms)


def cover_fact(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The cover-sheet facts of the kind asked, of each paper the question names; None when
    it names no paper, asks no such fact, or asks of something the paper reports."""
    kind = asked_cover_kind(q.question)
    # a later part ('and who is it going to?') is asked of the paper the part before it found
    named = q.documents or list(context.filters.document or [])
    if q.doc_field and q.documents:
        return None  # 'who wrote X?', 'which meeting was X for?': the paper's own composer
    fields = set(q.fields) - ({"owner"} if not asks_responsibility(q.question) else set())
    if fields:  # ('who is it for?' reads 'who' as an owner asked, and asks none)
        return None  # 'who's the lead for it?', 'when is it due?': a row's field is asked
    if kind is None or not named or q.refs or q.intent in ("compare", "recurring"):
        return None
    documents = context.documents_of(named)[:SHOWN]
    builder = context.citations()
    lines: list[str] = []
    for doc in documents:
        text = builder.text(doc.id)
        if not _about_the_paper(q, text, doc.title):
            return None
        if kind == "date" and (verb := paper_verb(q.question)) and verb_dated(text, verb):
            return None  # 'when was the inspection published?': the paper dates that event
        facts = [f for f in cover_facts(text) if f.kind == kind]
        if kind == "date" and doc.date_text and doc.date_text in text:
            facts = [CoverFact("date", doc.date_text, text.index(doc.date_text))]
        chunk_id = context.first_chunk_id(doc.id)
        if not facts or chunk_id is None:
            continue
        cited = []
        for fact in facts[:2]:
            n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=fact.text, near=fact.start)
            if n:
                cited.append(f"**{safe_text(fact.text.rstrip('.'))}** [{n}]")
        if cited:
            colon = "" if kind == "date" else ":"
            lines.append(f"*{safe_text(doc.title)}* {_WHAT[kind]}{colon} " + "; ".join(cited) + ".")
    if not lines:
        return None
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"From the cover sheet of {len(lines)} document{'s' if len(lines) > 1 else ''}; "
        f"searched {len(searched)} documents" + (f" ({span})" if span else "") + "."
    )
    return finish(
        q,
        context,
        body="\n\n".join(lines),
        line=line,
        matched=len(lines),
        citations=builder.citations(),
        route="document",
    )
