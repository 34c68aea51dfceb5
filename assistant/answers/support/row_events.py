"""An event of a row dated in its progress note: 'when did the board sign it off?' of a row
whose finding and action name the subject and whose note says 'Approved by the Board on 4 March
2024.'

The note's sentence names the event (its verb) but not the subject: the row's other cells do.
The answer is the note's date, not the row's deadline (a deadline is when the work was due, the
note says when it happened).
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.analysis import ANSWER_SHAPES
from assistant.answers.context import AnswerContext
from assistant.answers.support.events import speaks_of
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import stem
from vectorstore.bm25 import STOPWORDS

ROW_SHARE = 0.5  # the share of the subject's weight the row's own cells must hold
ROWS_READ = 3  # the best passages' rows read for a dated note


_WORD = re.compile(r"[a-z][a-z'-]+")


def names_another(question: str, named: str, subject: dict[str, float]) -> bool:
    """Whether the row's ``named`` cells give the question's head noun another modifier: the
    question asks of the 'arrears policy' and the row names the 'reserves policy' (a modifier
    of the subject the row lacks, before a head it holds, where the row puts a content word of
    its own). Such a row is about another thing of that kind, however much of the subject's
    weight its shared head holds."""
    asked = _WORD.findall(question.lower())
    own = _WORD.findall(named.lower())
    held = {stem(w) for w in own}
    for modifier, head in pairwise(asked):
        if stem(modifier) not in subject or stem(modifier) in held or stem(head) not in held:
            continue
        for before, word in pairwise(own):
            if stem(word) == stem(head) and before not in STOPWORDS and len(before) > 2:
                return True
    return False


def event_in_note(
    asked: str,
    evidence: list[Evidence],
    event: list[str],
    subject: dict[str, float],
    context: AnswerContext,
    question: str = "",
) -> Evidence | None:
    """The sentence of a best row's progress or status cell that gives a value of the
    ``asked`` type and speaks of the asked ``event``, when the row's finding, title or action
    name the ``subject``; None otherwise (no event word, no such row, or no dated note)."""
    shape = ANSWER_SHAPES.get(asked)
    if not event or shape is None:
        return None
    records = context.register.by_id()
    for record_id in list(dict.fromkeys(e.record_id for e in evidence if e.record_id))[:ROWS_READ]:
        record = records.get(record_id)
        chunk_id = context.record_chunk_id(record_id)
        if record is None or chunk_id is None:
            continue
        notes = " ".join(v for v in (record.progress, record.status_text) if v)
        named = " ".join(v for v in (record.title, record.finding, record.action) if v)
        if not notes or coverage(named, subject) < ROW_SHARE:
            continue
        if names_another(question, named, subject):  # the 'reserves policy', not the 'arrears'
            continue
        for item in record_evidence(record, chunk_id, 0):
            if item.text not in notes or item.text in named:
                continue  # only the note's own sentences
            if shape.search(item.text) and speaks_of(item.text, event, context):
                item.score = max((e.score for e in evidence), default=0.0) + 0.01
                return item
    return None
