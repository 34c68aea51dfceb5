"""A figure the question takes for granted that the passages about its subject contradict
('why did the £5m saving…', 'all 12 recommendations'): the correction, citing the sentence
that gives the record's figure, and the row that sentence is a cell of."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.support.figures import figure_contradicted, figures
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.sentences import ANAPHORIC, next_in_passage
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage

MATES_DEPTH = 24  # sentences read for a figure of the subject said in another of its cells
ANCHORS = 3  # best sentences whose cells are read when none holds enough of the claim


def figure_premise(
    q: QueryAnalysis, evidence: list[Evidence], weights: dict[str, float], builder: CitationBuilder
) -> str | None:
    """A figure the question takes for granted ('why did the £5m saving…', 'all 12
    recommendations') that the passages about its subject contradict with another figure of
    the same kind: the correction, citing the sentence that gives the record's figure."""
    relevant = [e for e in evidence[:12] if not weights or coverage(e.text, weights) >= 0.4]
    antecedent: dict[int, Evidence] = {}
    for item in list(relevant):  # 'a total of 45 …' then 'completion of 18 of these'
        nearest = next_in_passage(item, evidence)
        if nearest is not None and nearest not in relevant and ANAPHORIC.search(nearest.text):
            relevant.append(nearest)
            antecedent[len(relevant) - 1] = item
    relevant += _cell_mates(q, relevant, evidence, weights)
    found = figure_contradicted(q.question, [e.text for e in relevant])
    if found is None:
        return None
    asked, given, index = found
    before = antecedent.get(index)  # what 'these' refers to, quoted first
    m = builder.add_evidence(before) if before is not None else None
    n = builder.add_evidence(relevant[index])
    if n is None:
        return None
    quoted = f"“{relevant[index].display()}” [{n}]"
    if before is not None and m is not None:
        quoted = f"“{before.display()}” [{m}] {quoted}"
    # the row the sentence is a cell of: what a 'which item …?' after the premise asks
    held = relevant[index]
    ref = held.ref or ""
    row = (f"item {ref}" if ref[:1].isdigit() else ref) if ref else ""
    where = f" It is in **{row}** of *{safe_text(held.document.title)}*." if row else ""
    if asked.kind == "done":
        return (
            f"**The record does not say {safe_text(asked.text)} were done: it says "
            f"{safe_text(given.text)}** — {quoted}{where}"
        )
    return (
        f"**The record does not give {safe_text(asked.text)}: it gives {safe_text(given.text)}** "
        f"— “{relevant[index].display()}” [{n}]{where}"
    )


def _cell_mates(
    q: QueryAnalysis,
    relevant: list[Evidence],
    evidence: list[Evidence],
    weights: dict[str, float],
) -> list[Evidence]:
    """Sentences that speak of the subject through the sentence before them: the next one in
    the passage, or another of the same record's cells ('Operation X has made progress …' then
    'We are on track to have reviewed 6 million records …'), that states a figure of a kind
    the question states and shares a word of its claim."""
    kinds = {f.kind for f in figures(unquoted(q.question))}
    anchors = relevant or evidence[:ANCHORS]  # none holds enough of the claim: the best
    records = {e.record_id for e in anchors if e.record_id}
    following = {id(n) for e in anchors if (n := next_in_passage(e, evidence)) is not None}
    mates = []
    for item in evidence[:MATES_DEPTH]:
        if item in relevant or not (item.record_id in records or id(item) in following):
            continue
        if {f.kind for f in figures(item.text)} & kinds and coverage(item.text, weights) > 0:
            mates.append(item)
    return mates
