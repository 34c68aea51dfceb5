"""The one row a question names by quoting its own words.

A follow-up names a row that has no ref by its title, quoted and cut short ('Who owns
“Developing a published ambition or model that will enable…”?'): the conversation writes it so
(:func:`~assistant.antecedents.record_names`), and a user may paste it so. A quotation of three
words or more that opens one row's title, or stands inside its issue or agreed action, names
that row; searching by its words instead may rank a row that shares a few of them higher.
A short cell's value quoted whole (a deadline, a status) is read earlier, by the analysis, for
rows with a ref (:mod:`assistant.analysis.quoted_cells`); the two are one idea, read twice.

    quoted_record(q, context) -> ActionRecord | None
"""

from __future__ import annotations

import re

from assistant.analysis import QUOTED, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.evidence import term_weights
from assistant.text import folded
from ingest.model import ActionRecord

MIN_WORDS = 3  # a shorter quotation is a phrase, not a row's words
OWN_SHARE = 0.5  # of the weight of the question's own words the row must hold
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")


def quoted_record(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The row a quotation in the question is the words of (module doc); None when no
    quotation is, or when it is the words of several rows."""
    question = q.standalone or q.question
    quotations = [folded(_ELLIPSIS.sub("", m.group(0)[1:-1])) for m in QUOTED.finditer(question)]
    quotations = [text for text in quotations if len(text.split()) >= MIN_WORDS]
    if not quotations:
        return None
    rows = quotable_texts(context)
    for text in quotations:
        found = [
            record
            for title, issue, record in rows
            if (title.startswith(text) or text in issue or text in title)
            and (not q.documents or record.document.id in q.documents)
        ]
        if len({r.id for r in found}) == 1 and _fits(q, quotations, found[0], context):
            return found[0]
    return None


def quotable_texts(context: AnswerContext) -> list[tuple[str, str, ActionRecord]]:
    """Every row's title and its issue and action, folded, read once a generation."""
    return context.register.memo(
        "quoted_row.texts",
        lambda: [
            (folded(r.title or ""), folded(" ".join(v for v in (r.finding, r.action) if v)), r)
            for r in context.register.all()
        ],
    )


def _fits(
    q: QueryAnalysis, quotations: list[str], record: ActionRecord, context: AnswerContext
) -> bool:
    """Whether the question's own words outside the quotations (weighed by how rare they are in
    the record) are no other row's more than the quoted row's: 'they also have the X business
    case - when's “<another row>” due?' is about X; a chatty 'right, so …' names no row."""
    quoted = {w for text in quotations for w in text.split()}
    weights = term_weights([t for t in q.terms if t not in quoted], context.stats)
    if not weights:
        return True
    register = context.register
    mentioning = register.mentioning(list(weights))
    if not len(mentioning):
        return True
    own = register.topic_share_of([record], weights)[0]
    return own >= OWN_SHARE or own >= float(register.topic_shares(mentioning, weights).max())
