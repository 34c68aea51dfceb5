"""The answer of a composer that reads a value from rows the question names by ref (a reason,
a figure): the rows' lines, cited, and one coverage line saying where the value was read."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.citations import Citation
from ingest.model import ActionRecord


def finish_named_rows(
    q: QueryAnalysis,
    context: AnswerContext,
    lines: list[str],
    used: list[ActionRecord],
    citations: Iterable[Citation],
    read_from: str,
) -> Answer:
    """The answer of ``lines`` about the rows ``used``; ``read_from`` says where the value was
    read ('The figure is read from the row's own cells')."""
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n\n".join(lines),
        line=(
            f"{read_from}; {len(used)} of {len(context.register.all())} actions match "
            f"({', '.join(q.refs)}); searched {len(searched)} documents, "
            f"{context.span(searched)}."
        ),
        matched=len(used),
        citations=citations,
        records=used,
        route="refs",
    )
