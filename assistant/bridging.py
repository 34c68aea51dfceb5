"""A later part of a question asked in several parts, made to stand alone against what the
part before it found (:func:`bridge`), and whether a part names a subject of its own.

Used by :meth:`assistant.service.Assistant._ask_in_parts`; the rules that read a follow-up
against what came before are in :mod:`assistant.followups`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.antecedents import MAX_NAMED, Previous, focus_of, subject_of
from assistant.container_hop import in_container
from assistant.each_side import of_each_side
from assistant.followup_forms import NARROW, PRONOUN_ONLY, has_own_subject, refs_in
from assistant.followups import Turn, rewrite_by_rules
from assistant.held_by import held_by_owner
from assistant.held_hop import row_holding
from assistant.other_paper_row import in_other_paper, in_paper_telling, without_paper
from assistant.other_than_described import without_described
from assistant.owners_other import owners_other, relative_paper_ids
from assistant.referring import joined_previous, point_back
from assistant.register import Register
from assistant.shared_value import sharing_rows
from ingest.model import DocumentInfo


def bridge(
    part: str,
    prior_question: str,
    previous: Previous | None,
    scope: str | None,
    cited: Sequence[str] = (),
    papers: Sequence[DocumentInfo] = (),
    register: Register | None = None,
) -> tuple[str, bool, list[str]]:
    """:func:`_bridged`, with a shared owner cell found as the bridge read as its posts
    (:func:`shared_holder`)."""
    asked, bridged, within = _bridged(
        part, prior_question, previous, scope, cited, papers, register
    )
    return shared_holder(asked, part, previous, register), bridged, within


def shared_holder(
    asked: str, part: str, previous: Previous | None, register: Register | None
) -> str:
    """``asked`` with the owner the part before found, when its cell is shared by posts that
    each hold rows of their own ('Head of Estates and Chief Financial Officer'), read as
    either post: 'what else does that lead own?', rewritten as the rows owned by the cell,
    asks the other rows of each of them, not the rows of the whole cell (only the row found
    names it)."""
    if register is None or previous is None:
        return asked
    owners = {r.owner for r in previous.records if r.owner}
    if len(owners) != 1:
        return asked
    posts = register.owner_parts(next(r for r in previous.records if r.owner))
    # a post is named in words ('Head of Estates'); a bare initialism ('MPA') is a body whose
    # name many cells carry beside a post, not a holder of its own
    posts = [p for p in posts if len(p.split()) >= 2]
    owner = owners.pop()
    if len(posts) < 2 or f"owned by {owner}" not in asked or owner.lower() in part.lower():
        return asked  # a cell the user names whole asks for the rows it holds whole
    return asked.replace(f"owned by {owner}", "owned by " + " or ".join(posts), 1)


def _bridged(
    part: str,
    prior_question: str,
    previous: Previous | None,
    scope: str | None,
    cited: Sequence[str] = (),
    papers: Sequence[DocumentInfo] = (),
    register: Register | None = None,
) -> tuple[str, bool, list[str]]:
    """:func:`_bridge`, and a part read against the rows the part before found that names a
    paper relatively ('what else do they hold in the later plan?', 'when was it due in the
    previous report?') searched in that paper: the body's paper after (or before) the one
    those rows are in (``papers``: every paper held). A part with no subject of its own that
    names another paper of the body of the one row found ('what did the following year's
    report say?') is asked of that row's issue again in that paper
    (:func:`assistant.other_paper_row.in_other_paper`)."""
    previous = without_described(prior_question, previous)  # 'X is … . Which other …?'
    held = in_container(part, prior_question, previous)
    if held is not None:  # 'which section is X in, and how many actions does it have?'
        return held[0], True, held[1]
    shared = sharing_rows(part, prior_question, previous)
    if shared is not None and previous is not None:  # 'what is the new date — which share it?'
        return shared, True, [previous.records[0].document.id]
    asked, bridged, within = _bridge(part, prior_question, previous, scope, cited)
    there = bound_there(asked, previous)  # 'the report's risk there': the paper's name put in
    if there is not None:
        asked, bridged = there, True
    if bridged or asked != part or not has_own_subject(without_paper(part)):
        again = in_other_paper(part, asked, previous, papers, register)
        if again is not None and asked == _owners_rows(part, previous):
            # 'what else does that person own in the 2023 plan?': the owner's other rows in
            # that paper, not the row found (which the rewrite leaves out) asked there again
            return asked, True, again[1]
        if again is not None:
            return again[0], True, again[1]
        told = in_paper_telling(part, asked, previous, papers, register) if bridged else None
        if told is not None:  # what is asked is told in the row of another paper
            return told[0], True, told[1]
    if bridged and not within:
        within = relative_paper_ids(part, previous, papers)
    if bridged and not within and asked == _owners_rows(part, previous):
        within = _body_papers(previous, papers)
    return asked, bridged, within


def _owners_rows(part: str, previous: Previous | None) -> str | None:
    """The part asked as the rows of the owner the part before found, or None."""
    return held_by_owner(part, previous) or owners_other(part, previous)


def _body_papers(previous: Previous | None, papers: Sequence[DocumentInfo]) -> list[str]:
    """The papers of the body whose row the part before found, when other bodies' papers are
    held too: an owner's title ('Medical Director', 'Town Clerk') names a post in its own
    body, not the post of that name in another. Papers whose body is not known are kept; []
    (no narrowing) when the body is not known or every paper is that body's."""
    if previous is None or not previous.records:
        return []
    found = {r.document.id for r in previous.records}
    bodies = {p.organisation for p in papers if p.id in found}
    if len(bodies) != 1 or None in bodies:
        return []
    body = bodies.pop()
    kept = [p.id for p in papers if p.organisation in (body, None)]
    return kept if len(kept) < len(papers) else []


# 'there' closing a part, pointing back at the place found ('the remaining risk there'), not
# the 'there' of 'is there any …'
_THERE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b(?:in\s+)?there\s*[?.!]*\s*$", re.I
)


def bound_there(part: str, previous: Previous | None) -> str | None:
    """'Which area is it, and what is the remaining risk there?': 'there' closing a part is
    the one row the part before found, asked of by its name; None otherwise."""
    there = _THERE.search(part)
    if there is None or previous is None or len(previous.names) != 1:
        return None
    return f"{part[: there.start()].rstrip()} for {previous.names[0]}?"


def _bridge(
    part: str,
    prior_question: str,
    previous: Previous | None,
    scope: str | None,
    cited: Sequence[str] = (),
) -> tuple[str, bool, list[str]]:
    """A later part of a question, made to stand alone: (question, read against the part
    before it?, documents to search it in: none means the user's own scope).

    A part that points back ('who owns it?', 'that director', 'the report') or is too short
    to have a subject ('when does the project end?') is asked of what the part before it
    found: its one record, its records (up to ``MAX_NAMED``), or the records it quoted. The
    preface of the whole question ('For the 2009 plan, …') is carried into a part that has no
    subject of its own or points at one. When the part before found passages but no record to
    name, the part is asked as written within the documents those passages come from
    (``cited``: the ids of the documents it cited). A part with its own subject is asked as
    written."""
    mentioned = _mentions_what_was_asked(part, prior_question)
    if mentioned:
        return mentioned, True, []
    owners = held_by_owner(part, previous) or owners_other(part, previous)
    if owners:
        return owners, True, []
    each = of_each_side(part, previous)  # '…, and is either finished?'
    if each:
        return each, True, []
    history = [Turn(role="user", content=prior_question)]
    named = previous is not None and bool(previous.names)
    narrows = bool(NARROW.match(part.strip()))
    rewritten = rewrite_by_rules(part, history, previous) if named or narrows else None
    if rewritten:
        return rewritten, True, []
    pointed = point_back(part, previous)
    if pointed:
        return pointed, True, []
    own = has_own_subject(part)
    pronoun = bool(PRONOUN_ONLY.search(part))
    if own and not pronoun:
        held = row_holding(part, previous)  # a thing the row found speaks of: that row's
        return (held, True, []) if held else (part, False, [])
    stem = part.rstrip("?. ")
    if named and not pronoun and previous is not None:
        if len(previous.names) == 1 or previous.quoted:
            return f"{stem} ({previous.names[0]})?", True, []
        if len(previous.records) <= MAX_NAMED:
            return f"{stem} ({joined_previous(previous)})?", True, []
    if scope:  # no subject of its own, or one pointed at ('that area')
        return f"{scope}, {part[:1].lower()}{part[1:]}", False, []
    if cited:
        return part, True, list(dict.fromkeys(cited))
    # the subject of the part before, not its whole text
    subject = focus_of(prior_question) or subject_of(prior_question) or prior_question
    return f"{stem} ({subject.rstrip('?. ')})?", True, []


# 'which areas refer to it?', 'what else mentions them?': the pronoun is the object of a verb
# of mentioning, so it stands for a thing the text can name, not for a row of the register
_MENTION_OF_PRONOUN = re.compile(
    r"\b(?:refer(?:s|red|ring)?\s+(?:back\s+)?to|mention(?:s|ed|ing)?|cit(?:e|es|ed|ing)|"
    r"discuss(?:es|ed|ing)?|name[sd]?|quot(?:e|es|ed|ing))\s+(?P<p>it|them|this|that)\s*[?.!]*$",
    re.I,
)


def _mentions_what_was_asked(part: str, prior_question: str) -> str | None:
    """'Which board considered the costs report, and which areas refer to it?': what refers to
    'it' is the thing the part before asked about (its own subject phrase, 'the costs report'),
    not the record that answered it: a row does not refer to itself. None when the part has no
    such pronoun or the part before names no subject phrase."""
    found = _MENTION_OF_PRONOUN.search(part)
    if found is None:
        return None
    subject = focus_of(prior_question)
    if not subject or refs_in(subject):
        return None
    return part[: found.start("p")] + subject + part[found.end("p") :]
