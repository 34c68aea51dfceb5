"""A figure the question takes for granted that the passages about its subject contradict
('why did the £5m saving…', 'all 12 recommendations'): the correction, citing the sentence
that gives the record's figure, and the row that sentence is a cell of."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.support.figures import figure_contradicted
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.sentences import ANAPHORIC, next_in_passage
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage


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
