"""The sentence that gives the value a question asks for ('when was X formed?', 'how much
did Y save?') about its subject, before a passage answer may quote anything: among the best
sentences; else deeper, in every sentence of the record the best passages are cells of, read
for meaning (:func:`gives_in_record`); short forms read with their names either way."""

from __future__ import annotations

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.wordlinks import linked_coverage
from assistant.evidence import Evidence, coverage, record_evidence


def gives(
    asked: str,
    evidence: list[Evidence],
    weights: dict[str, float],
    needed: int = 1,
    pool: list[Evidence] | None = None,
    aliases: dict[str, str] | None = None,
) -> Evidence | None:
    """The first sentence about the question's subject that holds a value of the kind asked for
    ('£142m', '12%', '2009'), or ``needed`` of them (a change from one value to another).

    About the subject: half its weight or more, and every word of a subject of two words or
    fewer ('the Transformation Directorate' is not 'the transformation partner'); a sentence
    that opens with a pronoun ('It is due …') is read with the sentence before it, and one
    that names it by its short form ('the ILAU') with its name spelled out (``aliases``)."""
    shape = ANSWER_SHAPES[asked]
    share = 1.0 if len(weights) <= 2 else 0.5
    for item in evidence:
        if len(shape.findall(item.text)) < needed:
            continue
        said = item.text
        if item.text.startswith(_PRONOUN_OPENINGS):
            before = _previous_in_passage(item, pool or evidence)
            said = f"{before.text} {said}" if before is not None else said
        if not weights or coverage(with_aliases(said, aliases or {}), weights) >= share - 1e-9:
            return item
    return None


def gives_in_record(
    q: QueryAnalysis,
    context: AnswerContext,
    asked: str,
    evidence: list[Evidence],
    weights: dict[str, float],
    needed: int,
    aliases: dict[str, str],
) -> Evidence | None:
    """The value read deeper: when the best passages are cells of a record, every sentence of
    that record's merged cells (a long progress note puts the date of one step in its sixth
    sentence), and the best sentences read for meaning, not letters ('revenue-raising schemes'
    is 'income generation initiatives'). The sentence about the subject that gives a value of
    the asked kind, else None."""
    shape = ANSWER_SHAPES[asked]
    records = context.register.by_id()
    pool: list[Evidence] = [e for e in evidence[:6] if e.record_id is None]
    for record_id in dict.fromkeys(e.record_id for e in evidence[:3] if e.record_id):
        record = records.get(record_id)
        chunk_id = context.record_chunk_id(record_id)
        if record is not None and chunk_id is not None:
            pool += record_evidence(record, chunk_id, 0)
    share = 1.0 if len(weights) <= 2 else 0.5
    for item in pool:
        if len(shape.findall(item.text)) < needed or len(item.text.split()) < 4:
            continue
        # read with the sentence before it: 'These reductions reflect …' then 'Less than 9%
        # relate to …' (a cell's sentences go on about one thing)
        before = _previous_in_passage(item, pool)
        said = f"{before.text} {item.text}" if before is not None else item.text
        own = coverage(with_aliases(item.text, aliases), weights)
        if own == 0:
            continue  # the sentence itself names nothing of the subject ('This will remain …')
        read = with_aliases(said, aliases)
        if own >= share / 2 and item.record_id in records:  # its row names the rest ('over
            row = records[item.record_id]  # 4,000 staff' under 'provide senior managers …')
            read = f"{read} {with_aliases(row.title or '', aliases)} {row.finding or ''}"
        if linked_coverage(read, weights, q, context) >= share - 1e-9:
            item.score = max((e.score for e in evidence), default=0.0) + 0.01
            return item
    return None


def giver_first(
    evidence: list[Evidence],
    giver: Evidence,
    asked: str,
    weights: dict[str, float],
    aliases: dict[str, str],
) -> list[Evidence]:
    """The sentence that gives the asked value first, when the best-ranked one gives none and
    speaks of the subject no more than it does (a record's 'Lead' cell naming the unit ranks
    with 'The ILAU has, since its formation in 1999, …')."""
    top = evidence[0]
    if giver is top or ANSWER_SHAPES[asked].search(top.text):
        return evidence
    if coverage(with_aliases(top.text, aliases), weights) > coverage(
        with_aliases(giver.text, aliases), weights
    ):
        return evidence
    giver.score = max(giver.score, top.score + 0.01)
    return [giver, *(e for e in evidence if e is not giver)]


_PRONOUN_OPENINGS = ("It ", "It's ", "This ", "These ", "They ", "Its ", "Their ", "That ")


def _previous_in_passage(item: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right before ``item`` in the same passage, if retrieved."""
    before = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start < item.start
    ]
    return max(before, key=lambda e: e.start) if before else None
