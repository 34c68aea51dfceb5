"""The rows the owner of the rows in focus holds besides them, as a chat turn reads them: 'the
other recommendation the MPA holds' picks from that owner's rows in the paper; a follow-up
asking for them is scoped to the paper by filter; in 'what else is on their list, and how is
it rated?' the later part's 'it' is left to the list when the list is one row."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.analysis import QueryAnalysis
from assistant.antecedents import MAX_NAMED, Previous, record_names
from assistant.first_part import first_part
from assistant.followup_forms import IT_PRONOUN, without_contraction
from assistant.followups import Turn, rewrite_by_rules
from assistant.owner_back import asks_one_other, others_of_owner, owner_scope
from assistant.register import RecordQuery, Register
from ingest.errors import GovragError
from ingest.model import ActionRecord

Filters = dict[str, object] | None


def owners_paper(question: str, previous: Previous | None, filters: Filters) -> Filters:
    """``filters`` scoped to the paper of the rows in focus, for a follow-up (or its first
    part) asking for their owner's other rows (see :func:`owner_scope`); else None."""
    if (filters or {}).get("document"):
        return None
    head = without_contraction((first_part(question) or question).strip())
    papers = owner_scope(head, previous)
    return {**(filters or {}), "document": papers} if papers else None


def owners_others(
    question: str,
    previous: Previous,
    analyse: Callable[[str], QueryAnalysis],
    register: Register,
) -> Previous:
    """'the other recommendation the MPA holds' after a turn about one record, with no
    list before it to pick from: the list 'the other' picks from is that record and the
    other records of the owner the question names, in the same paper."""
    if previous.pool or len(previous.records) != 1:
        return previous
    try:
        owner = analyse(question).owner
    except GovragError:
        return previous
    if not owner:
        return previous
    current = previous.records[0]
    held = register.query(RecordQuery(owner=owner, document=[current.document.id]))
    others = [r for r in held if r.id != current.id]
    # of the same section first: 'the other recommendation' is of the same kind
    others = [r for r in others if r.section == current.section] or others
    if not others or len(others) > MAX_NAMED:
        return previous
    previous.pool = [current, *others]
    previous.pool_names = record_names(register, previous.pool)
    return previous


def rest_of_owners_others(
    head: str,
    rest: str,
    history: Sequence[Turn],
    previous: Previous | None,
    register: Register,
) -> str:
    """The later part of 'what else is on their list, and how is it rated?': after a first
    part asking for the owner's other rows, a singular 'it' agrees with those rows only
    when they are one ('their other action', or an owner with one other row in the
    paper): it is then left for the first part's answer to resolve; otherwise it is the
    row in focus, resolved against the turn before."""
    if previous is None or not IT_PRONOUN.search(rest) or asks_one_other(head):
        return rest
    if others_of_owner(without_contraction(head.strip()), previous) is None:
        return rest
    if len(owners_other_rows(previous, register)) == 1:
        return rest
    joint = re.match(r"^[\s,;]*(?:(?:and|then)\s+)?", rest)
    start = joint.end() if joint else 0
    part = rest[start:].strip()
    resolved = rewrite_by_rules(part[:1].upper() + part[1:], history, previous)
    if not resolved or IT_PRONOUN.search(resolved):
        return rest
    return f" {resolved[:1].upper()}{resolved[1:]}"  # a question of its own after the list


def paper_unread(
    question: str,
    standalone: str,
    previous: Previous | None,
    papers_named: Callable[[str], set[str]],
) -> str:
    """The owner's other rows asked without their paper's title when the title does not
    read as that paper (its words would filter as themes or terms instead): the chat
    scopes the question to the paper by filter anyway (:func:`owners_paper`)."""
    if previous is None or not previous.records:
        return standalone
    title = f" in the {previous.records[0].document.title}"
    if title not in standalone or owners_paper(question, previous, None) is None:
        return standalone
    if previous.records[0].document.id in papers_named(standalone):
        return standalone
    return standalone.replace(title, "", 1)


def owners_other_rows(previous: Previous, register: Register) -> list[ActionRecord]:
    """The rows the one owner of the rows in focus holds besides them, in their paper."""
    owners = {r.owner for r in previous.records if r.owner}
    papers = {r.document.id for r in previous.records}
    if len(owners) != 1 or len(papers) != 1:
        return []
    held = register.query(RecordQuery(owner=owners.pop(), document=[*papers]))
    shown = {r.id for r in previous.records}
    return [r for r in held if r.id not in shown]
