"""The deadline of the one action of a row the question names, when the row sets several.

An action plan often puts several agreed actions in one row, each on its own line with its own
deadline ('Clearly define the strategy …  Sept 2008' and, lines below, 'Design and implement a
structure …  March 2009'); the register reads the row's deadline as all of them ('Sept 2008;
March 2009'). A question that names one of those actions asks that action's deadline: the
line of the row that holds one of the deadlines and whose words best cover the question's
subject gives it, quoted and cited where it stands. Read from the row's own lines and the
question's weights, never from a list of words.
"""

from __future__ import annotations

import re

from assistant.answers.support.recordtext import cite_record, safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import coverage
from ingest.model import ActionRecord

# how much better the named action's line must cover the question than any other dated line
MARGIN = 0.15
_SPACES = re.compile(r"\s+")


def _dated_lines(record: ActionRecord) -> list[tuple[list[str], str, int]]:
    """(the line's cells less its deadline, the deadline as written, where the deadline stands
    in the document) for each line of the row that ends on one of its deadlines."""
    parts = [p.strip() for p in re.split(r"[;\n]", record.due_text or "") if p.strip()]
    if len(parts) < 2:
        return []
    found: list[tuple[list[str], str, int]] = []
    offset = 0
    for line in record.source_text.split("\n"):
        start = offset
        offset += len(line) + 1
        cells = [c.strip(" \x0c") for c in line.split("\t") if c.strip(" \x0c")]
        # the first cell holding a deadline; a line opening on one repeats the line before
        at = next((i for i, cell in enumerate(cells) if cell in parts), 0)
        if at == 0:
            continue
        where = line.find(cells[at], line.find(cells[at - 1]) + len(cells[at - 1]))
        found.append((cells[:at], cells[at], record.source_start + start + where))
    return found if len({due for _, due, _ in found}) >= 2 else []


def line_due(
    record: ActionRecord,
    subject: str,
    weights: dict[str, float],
    builder: CitationBuilder,
    chunk_id: str | None,
) -> str | None:
    """'<subject>: the action “…” is due **March 2009** [n]' when the row sets several
    deadlines, each on the line of its own action, and the question's words pick out one of
    those lines; None otherwise (the row's deadline answers as a whole)."""
    lines = _dated_lines(record)
    if not lines or not weights:
        return None
    scored = sorted(
        ((coverage(" ".join(cells), weights), cells, due, at) for cells, due, at in lines),
        key=lambda t: -t[0],
    )
    best, runner_up = scored[0], scored[1]
    if best[0] <= 0 or best[0] - runner_up[0] < MARGIN:
        return None
    _, cells, due, at = best
    marker = cite_record(builder, record, chunk_id, (due, at))
    action = _SPACES.sub(" ", max(cells, key=lambda c: coverage(c, weights)))
    if len(action) > 160:
        action = action[:157].rsplit(" ", 1)[0] + " …"
    others = "; ".join(dict.fromkeys(d for _, _, d, _ in scored[1:] if d != due))
    rest = f" (the row's other deadline: {safe_text(others)})" if others else ""
    return f"{subject}: the action “{safe_text(action)}” is due **{safe_text(due)}**{marker}{rest}"
