"""A question that asks for a person BY NAME ('which named officer…', 'the name of the person
who…', 'who, by name, …'), and whether a record's owner cell names a person or only a post
('Treasurer', 'Director of Finance Services'): registers name posts; members ask for people."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.analysis import QueryAnalysis, answer_type, asks_responsibility
from assistant.answers.context import AnswerContext
from assistant.answers.support.premises import described_record
from ingest.model import ActionRecord

# the person asked by name: 'named', 'by name', 'name of the person' (a person noun, not a
# thing's name: 'the name of the programme' asks no person)
_PERSON_NOUN = r"(?:person|individual|officer|official|people|member of staff|staff member)"
_ASKS_NAME = re.compile(
    rf"\bby name\b|\bnamed\s+(?:\w+\s+)?{_PERSON_NOUN}\b|"
    rf"\bname(?:s)? of (?:the |a |an |that |this )?(?:\w+\s+)?{_PERSON_NOUN}\b|"
    rf"\b{_PERSON_NOUN}'?s? (?:full )?names?\b|\bwhat (?:is|was) (?:his|her|their) names?\b",
    re.I,
)
# a personal name: an honorific and a name, or a given name and a family name, none of them a
# post or a body word
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Cllr|Councillor|Professor|Prof)\.?\s+[A-Z][a-z]+"
)
_NAME_RUN = re.compile(r"\b[A-Z][a-z'-]+\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\b")


def asks_name(q: QueryAnalysis) -> bool:
    """Whether the question asks for a person's name, not a post or a body."""
    return _ASKS_NAME.search(q.question) is not None or answer_type(q.question) == "person"


def asks_owner_name(q: QueryAnalysis, owner: str) -> bool:
    """Whether the name asked is the owner's: asked by name outright ('who, by name, …'), or
    of a person the question describes by the owner's post or by responsibility; not of
    another party the question names by its role ('who is the surveyor?')."""
    if _ASKS_NAME.search(q.question) or asks_responsibility(q.question):
        return True
    asked = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", q.question)}
    return bool(asked & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", owner)} - _SMALL)


def names_person(text: str, post_words: set[str]) -> bool:
    """Whether ``text`` names a person: an honorific and a name, or a run of two or three
    capitalised words none of which the register uses in its posts and bodies."""
    if _HONORIFIC.search(text):
        return True
    return any(
        not {w.lower() for w in run.group(0).split()} & post_words
        for run in _NAME_RUN.finditer(text)
    )


# the post whose holder's name is asked: 'the Monitoring Officer's name', 'the SIRO's name'
_POST_NAMED = re.compile(
    r"((?:\b(?:[A-Z][\w&-]*|of|and|for|&)\s+){0,5}\b[A-Z][\w&-]*)['’]s?\s+(?:full\s+)?names?\b"
)
_SMALL = frozenset({"the", "of", "and", "for", "&", "a", "an"})


@lru_cache(maxsize=65536)
def _post_forms(owner: str) -> frozenset[str]:
    """The ways a question may write the post of an owner cell: its words and its initials
    ('Senior Information Risk Owner' is 'SIRO')."""
    words = [w for w in re.findall(r"[A-Za-z][\w&-]*", owner) if w.lower() not in _SMALL]
    return frozenset({w.lower() for w in words} | {"".join(w[0] for w in words).lower()})


def posts_asked(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The rows whose owner cell is the post whose holder's name the question asks ('what is
    the Monitoring Officer's name?'): every word (or the initials) of the post in the cell."""
    named = _POST_NAMED.search(q.question)
    if named is None:
        return _post_written(q, context) if asks_name(q) else []
    asked = {w.lower() for w in named.group(1).split() if w.lower() not in _SMALL}
    asked -= {"what", "which", "and", "so", "who"}
    if not asked:
        return []
    return [r for r in context.register.all() if r.owner and asked <= _post_forms(r.owner)]


def _post_written(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """'Who is the trust's Head of Estates by name?': the rows of the owner cell the question
    writes whole (as the cell spells it, or any case when of several words), the longest
    one written; in the papers it names, if any."""
    papers = set(q.documents)
    rows = [
        r for r in context.register.all() if r.owner and (not papers or r.document.id in papers)
    ]
    written: dict[str, int] = {}
    for owner in {r.owner.strip() for r in rows if r.owner}:
        flags = re.I if len(owner.split()) > 1 else 0
        if re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", q.question, flags):
            written[owner] = len(owner.split())
    if not written:
        return []
    longest = max(written.values())
    chosen = {o for o, n in written.items() if n == longest}
    return [r for r in rows if r.owner and r.owner.strip() in chosen]


def asked_records(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The records the question names by ref (in the paper it names, if any), else the rows of
    the post whose holder it asks by name, else the one record it describes; none when
    unclear."""
    if q.refs:
        found = context.register.with_refs([r.lower() for r in q.refs])
        if q.documents:
            found = [r for r in found if r.document.id in q.documents]
        return found
    held = posts_asked(q, context)
    if held and len({r.owner for r in held}) == 1:
        return held[:1]  # the post is the subject: any row it owns names it the same way
    record = described_record(q, context)
    return [record] if record is not None else []


def post_words(context: AnswerContext) -> set[str]:
    """Every word the register's owner cells use: the words of posts and bodies."""
    register = context.register
    return register.memo(
        "post words",
        lambda: {
            w.lower()
            for r in register.all()
            if r.owner
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", r.owner)
        },
    )
