"""Whether two records hold the same value of one field ('Do A and B carry the same
priority?', 'Is A led by the same director as B?'): the verdict first — the same or not —
then each record's value, cited. Owners are compared by the posts they name (a shared owner
cell holds several), degrees on the paper's own ordered scale, deadlines by their dates."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.comparison import asks_different, asks_original, same_field
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite, due_words, record_name, safe_text
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord

_OWNERS = re.compile(r"\b(?:owners|leads|responsible officers)\b", re.I)
_NEUTRAL = re.compile(r"\b(?:compar\w*|contrast\w*|side by side|versus|vs)\b", re.I)

# the degrees a paper writes 'how far met' in, highest first (any paper's words)
DEGREE_SCALE = (
    r"\b(?:fully|completely|wholly|in full)\b|\bcomplete[d]?\b|\bimplemented\b|\bclosed\b",
    r"\b(?:significantly|substantially|largely|mostly)\b",
    r"\b(?:moderately|reasonably)\b",
    r"\b(?:partially|partly|partial|slightly|limited)\b",
    r"\bnot (?:yet )?(?:met|started|implemented|begun)\b|\bnot at all\b",
)


def degree_step(text: str | None) -> int | None:
    """The step of :data:`DEGREE_SCALE` (0 = fully) ``text`` is written at, or None. A
    qualifier is read before the bare verb it qualifies: 'Partially implemented' is partial,
    'Not implemented' is not met, though both say 'implemented'."""
    last = len(DEGREE_SCALE) - 1
    for step in (last, *range(1, last), 0):
        if text and re.search(DEGREE_SCALE[step], text, re.I):
            return step
    return None


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9&]+", text.lower()))


def _value(
    field: str, record: ActionRecord, context: AnswerContext, original: bool
) -> tuple[str, str, frozenset[str]] | None:
    """A record's value of ``field``: (as written, the cell it is quoted from, what is
    compared); None when the record holds none."""
    if field == "owner":
        if not record.owner:
            return None
        parts = context.register.owner_parts(record) or [record.owner]
        return record.owner, record.owner, frozenset(_folded(p) for p in parts)
    if field == "priority":
        if not record.priority:
            return None
        return record.priority, record.priority, frozenset({_folded(record.priority)})
    if field == "due":
        if original and record.revised_from_text and record.revised_from_date:
            first = record.revised_from_text
            return f"{first} (its original deadline)", first, frozenset({record.revised_from_date})
        if not record.due_text:
            return None
        return due_words(record), record.due_text, frozenset({record.due_date or record.due_text})
    status = record.status_text
    if not status:
        return None
    step = degree_step(status)
    return status, status, frozenset({str(step) if step is not None else _folded(status)})


def compare_same(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, builder: CitationBuilder
) -> str | None:
    """The verdict of a sameness question over two records, as the answer's first line; None
    unless the question asks one and both records hold the field."""
    field = same_field(q.question)
    # 'how do the owners of A and B compare?': a comparison of a column no order ranks, told
    # as whether the two hold the same
    owners = q.fields == ["owner"] or (not q.fields and bool(_OWNERS.search(q.question)))
    neutral = field is None and owners and bool(_NEUTRAL.search(q.question))
    field = "owner" if neutral else field
    if field is None or len(records) != 2 or not q.sides:
        return None
    original = asks_original(q.question)
    values = [_value(field, record, context, original) for record in records]
    if any(v is None for v in values):
        missing = [r for r, v in zip(records, values, strict=True) if v is None]
        names = " and ".join(record_name(r) for r in missing)
        return f"**Cannot say: the record gives no {field} for {names}.**"
    said = []
    for record, value in zip(records, values, strict=True):
        assert value is not None
        marker = cite(builder, record, context.record_chunk_id(record.id), value[1])
        said.append(f"{record_name(record)}: {safe_text(value[0])}{marker}")
    (_, _, a), (_, _, b) = (v for v in values if v is not None)
    different = asks_different(q.question)
    if neutral:
        verdict = "The same" if a == b else "Partly the same" if a & b else "They differ"
    elif a == b:
        verdict = "No — they are the same" if different else "Yes — the same"
    elif field == "owner" and a & b:
        spelt = {_folded(p): p for r in records for p in context.register.owner_parts(r)}
        shared = ", ".join(safe_text(spelt.get(p, p)) for p in sorted(a & b))
        verdict = f"Partly — they share {shared}, but not every owner"
    else:
        verdict = "Yes — they differ" if different else "No — they differ"
    noun = {"owner": "owner", "priority": "priority", "due": "deadline", "degree": "degree met"}
    return f"**{verdict} ({noun[field]})**: {'; '.join(said)}."
