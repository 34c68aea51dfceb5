"""Whether an owner still holds rows in a paper ('Is the Head of X still down for anything in
the 2024 follow-up?', 'Does the Treasurer still own an action in the later report?', 'Was the
Clerk still an owner in 2022?'): the owner is linked to a post the register holds by its words
(a post is written in several forms across papers: 'Director of Resources' and 'Director of
Resources, MPA' are one), and the answer says first whether that post holds a row in the paper
asked about, then its rows there and in the body's paper before, each cited."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.recordtext import cite, doc_label, due_words, safe_text
from assistant.record_owners import bare_owner
from assistant.register import RecordQuery
from ingest.model import ActionRecord, DocumentInfo

# 'still' with a verb of holding, or 'still an owner'; the papers are named besides
_STILL_HOLDS = re.compile(
    r"\bstill\s+(?:(?:the\s+|an?\s+)?(?:owner|lead)\b|(?:own|owns|hold|holds|lead|leads|"
    r"down\s+for|responsible\s+for|named\s+(?:against|on|for)|have|has|carry|carries)\b)",
    re.I,
)
# the owner as the question names it: a run of capitalised words ('the Head of Digital')
_NAMED = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'-]*)*")
_LATER = re.compile(r"\b(?:later|latest|next|following|subsequent|newer|most\s+recent)\b", re.I)
_SMALL = frozenset({"of", "and", "for", "the", "&"})
MAX_SHOWN = 8  # rows listed per paper; the rest are in the answer's records


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in bare_owner(text).split() if w not in _SMALL)


def linked_owner(question: str, owners: frozenset[str]) -> str | None:
    """The post of ``owners`` (bare titles) the question names: every word of a capitalised
    run of the question in the post, the post with fewest other words first ('Director of
    Resources' names 'director of resources' before 'director of resources mpa')."""
    best: tuple[tuple[int, int], str] | None = None
    for found in _NAMED.finditer(question):
        words = [w for w in bare_owner(found.group(0)).split() if w not in _SMALL]
        # the run may open on the question's own first word ('Is the Clerk …'): the longest
        # tail of it a post holds
        for start in range(len(words)):
            named = frozenset(words[start:])
            if not any(len(w) > 3 for w in named):
                break
            fits = [o for o in owners if named <= _words(o)]
            if fits:
                owner = min(fits, key=lambda o: (len(_words(o) - named), o))
                extra = len(_words(owner) - named)
                if best is None or (-len(named), extra) < best[0]:
                    best = ((-len(named), extra), owner)
                break
    return best[1] if best else None


def _when(doc: DocumentInfo) -> str:
    return doc.date or (f"{doc.year}-06-30" if doc.year else "")


def owner_still(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Whether the owner the question names still holds rows in the paper it names (or the
    latest paper holding the owner's rows); None unless it asks so of a post the register
    holds."""
    if not _STILL_HOLDS.search(q.question) or q.refs:
        return None
    owners = context.register.owner_names()
    owner = linked_owner(q.question, owners)
    if owner is None:
        return None
    held = context.register.query(RecordQuery(owner=owner))  # per owner cell, not per row
    if not held:
        return None
    by_id = {d.id: d for d in context.documents}
    theirs = sorted({r.document.id for r in held}, key=lambda i: _when(by_id[i]))
    bodies = {(by_id[i].organisation or "").lower() for i in theirs}
    papers = sorted(
        (d for d in context.documents if (d.organisation or "").lower() in bodies),
        key=_when,
    )
    named = [d for d in papers if d.id in q.documents or (d.year and d.year in q.years)]
    if named:
        target = named[-1]
    elif _LATER.search(q.question):
        target = papers[-1]
    else:
        return None
    before = [d for d in papers if _when(d) < _when(target)]
    shown = [*before[-1:], target]
    builder = context.citations()
    lines: list[str] = []
    rows: list[ActionRecord] = []
    for paper in shown:
        mine = [r for r in held if r.document.id == paper.id]
        lines.append(f"\n*{doc_label(paper)}* — {len(mine)} row{'s' if len(mine) != 1 else ''}")
        for record in mine[:MAX_SHOWN]:
            chunk = context.record_chunk_id(record.id)
            marker = cite(builder, record, chunk, record.owner)
            name = f"**{safe_text(record.ref)}** " if record.ref else ""
            due = f"; due {due_words(record)}" if record.due_text else ""
            lines.append(
                f"- {name}{safe_text(record.title)} — owner: {safe_text(record.owner)}{marker}"
                f"{due}; {record.status.replace('_', ' ')}"
            )
        if len(mine) > MAX_SHOWN:
            lines.append(f"- …and {len(mine) - MAX_SHOWN} more (in `records`)")
        rows += mine
    spelt = [p for r in held for p in context.register.owner_parts(r) if bare_owner(p) == owner]
    post = spelt[-1] if spelt else owner  # as the register writes the post
    count = sum(1 for r in held if r.document.id == target.id)
    if count:
        head = (
            f"**Yes — {safe_text(post)} holds {count} row{'s' if count != 1 else ''} in "
            f"{doc_label(target)}.**"
        )
    else:
        last = by_id[theirs[-1]]
        head = (
            f"**No — {safe_text(post)} holds no row in {doc_label(target)}; its rows are last "
            f"in {doc_label(last)}.**"
        )
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join([head, *lines]),
        line=(
            f"{len(rows)} of {len(context.register.all())} actions match (owner: "
            f"{safe_text(post)}); searched {len(searched)} documents ({context.span(searched)})."
        ),
        matched=len(rows),
        citations=builder.citations(),
        records=rows,
        route="register",
    )
