"""A figure asked of the one row a question names by ref, read from that row's own cells first.

'How much has been recovered for MHA 23-01?', 'what percentage is X-4 at?' (often a follow-up
whose row was carried: 'how many stations have been checked so far?') name a row and ask a
value of a kind (an amount, a percentage, a count). The row's cells are read before any prose:
a sentence of the row that holds a value of the asked kind and writes a word of the question
the row's ref does not already say answers; the one writing most of them, a sentence of the
time the question asks of counting one word more (the progress note speaks of now: 'how much
has been recovered?'; the lead cells of when the row was raised: 'what were the
overpayments?'); on a tie the progress note is taken over the lead cells, and an earlier
sentence over a later one. A sentence that writes none of the question's words states a
figure of something else ('how much did it cost?' of a row stating its savings). None when
the question names no single row, asks no such kind of value, or no cell of the row holds
one about it: the prose is then searched as before, and may abstain.
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.asked_of_record import unsaid_words
from assistant.answers.support.figures import FULL_MONTHS
from assistant.answers.support.named_rows import finish_named_rows
from assistant.answers.support.record_card import record_card
from assistant.answers.support.recordtext import cite_record, cite_whole, doc_label, safe_text
from assistant.answers.support.targets_only import asks_achieved, only_a_target
from assistant.evidence import Evidence, record_evidence
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

# the kinds of value a row's cells write as figures; a date or a person is a column's value
# (the deadline, the owner), which the field route reads
_FIGURE_KINDS = ("amount", "percentage", "headcount", "proportion")


def _named_rows(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The rows of the one ref the question names, in the paper it names when it names one."""
    if len({r.lower() for r in q.refs}) != 1:
        return []
    found = context.register.with_refs([q.refs[0].lower()])
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    return found


# a figure of any kind ('how much has been recovered?' names no unit): a sum, a share, a count
_ANY_FIGURE = re.compile(
    rf"{ANSWER_SHAPES['amount'].pattern}|{ANSWER_SHAPES['percentage'].pattern}|"
    r"(?<![\d/.-])\b(?!(?:19|20)\d\d\b)\d[\d,]*\b(?![/.-]?\d)"
    rf"(?!\s*(?:{FULL_MONTHS})\b)",
    re.I,
)


def _shape(q: QueryAnalysis) -> re.Pattern[str] | None:
    """The shape of the figure asked: its kind's, or any figure's for 'how much / how many'
    whose kind the wording does not give."""
    kind = answer_type(q.question)
    if kind in _FIGURE_KINDS:
        return ANSWER_SHAPES.get(kind) or _ANY_FIGURE
    if kind is None and (q.quantity or q.intent == "count"):
        return _ANY_FIGURE
    return None


def _held(asked: list[str], text: str) -> int:
    """How many of the question's unsaid words the sentence writes (by stem)."""
    present = stems(text)
    return sum(stem_of(word) in present for word in asked)


def chosen_sentences(
    texts: list[str], asked: list[str], noted: list[bool], past: bool, partitive: bool
) -> list[int]:
    """Which of a row's figure sentences answer (indices, in the order shown): the one writing
    most of the asked words, a sentence of the time asked of counting one word more (``noted``:
    the sentence is the progress note's); on a tie the note, then the earlier. A sentence
    writing none of the asked words gives a figure of something else: none is chosen then.
    A partitive question ('how much of that has come in?') asks a part of the figure the
    chosen sentence gives: the note's figure sentence, which need not repeat the whole's noun,
    is shown after it."""
    said = [i for i, text in enumerate(texts) if _held(asked, text)]
    if not said:
        return []
    best = max(said, key=lambda i: (_held(asked, texts[i]) + (noted[i] != past), noted[i], -i))
    if partitive and not noted[best]:
        part = next((i for i, text in enumerate(texts) if noted[i] and i != best), None)
        if part is not None:
            return [best, part]
    return [best]


def _best_sentences(
    q: QueryAnalysis, record: ActionRecord, shape: re.Pattern[str], context: AnswerContext
) -> list[Evidence]:
    chunk_id = context.record_chunk_id(record.id)
    if chunk_id is None:
        return []
    achieved = asks_achieved(q.question)  # 'how many had it reviewed so far?': no goal answers
    typed = [
        e
        for e in record_evidence(record, chunk_id, 0)
        if shape.search(e.text)
        and len(e.text.split()) >= 2
        and e.text not in (record.due_text, record.revised_from_text)  # a date is no figure
        and not (achieved and only_a_target(e.text))
    ]
    typed.sort(key=lambda e: e.start)
    shown = " ".join(x for x in (record.ref, record.document.title) if x)
    progress = record.progress or ""
    chosen = chosen_sentences(
        [e.text for e in typed],
        unsaid_words(q, shown),
        [bool(progress) and e.text in progress for e in typed],
        _PAST.search(q.question) is not None,
        _PARTITIVE.search(q.question) is not None,
    )
    return [typed[i] for i in chosen]


# a part of a figure asked ('how much of that has come in?', 'how many of them are done?')
_PARTITIVE = re.compile(
    r"\bhow\s+(?:much|many)\s+of\s+(?:that|this|it|these|those|them|the)\b|"
    r"\b(?:what|which)\s+(?:share|proportion|part|percentage)\s+of\b",
    re.I,
)


# a question asked of the time the row was raised ('what were the overpayments?', 'how many
# were found at first?'), not of now ('how much has been recovered?', 'what is it now?')
_PAST = re.compile(
    r"\b(?:was|were|did|originally|initially|at\s+first|in\s+the\s+first\s+place|"
    r"to\s+begin\s+with)\b",
    re.I,
)


def figure_of_named_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The sentence of the named row that gives the asked kind of figure, first; else None."""
    # 'how many issues have been fixed on J1?' counts no rows: one named row is one row, so
    # the count asked is a figure its cells give
    if not q.refs or q.intent not in ("lookup", "explain", "count"):
        return None
    shape = _shape(q)
    rows = _named_rows(q, context)
    if shape is None or not rows:
        return None
    builder = context.citations()
    lines: list[str] = []
    used: list[ActionRecord] = []
    for record in rows:
        chunk_id = context.record_chunk_id(record.id)
        quoted: list[str] = []
        for best in _best_sentences(q, record, shape, context):
            # a sentence a line break cut is shown whole, each of its pieces cited
            whole = cite_whole(builder, record, chunk_id, best.start)
            text, marker = (
                (whole[0], "".join(f" [{n}]" for n in whole[1]))
                if whole is not None
                else (best.text, cite_record(builder, record, chunk_id, (best.text, best.start)))
            )
            if marker:
                quoted.append(f"“{safe_text(text)}”{marker}")
        if not quoted:
            continue
        label = doc_label(None, record)
        lines.append(f"**{safe_text(record.ref or '')}** ({safe_text(label)}): {'; '.join(quoted)}")
        used.append(record)
    if not lines:
        return _only_a_goal(q, context, rows, shape)
    if len(used) == 1 and q.intent in ("lookup", "explain"):  # the rest of the one row
        card = record_card(used[0], builder, context.record_chunk_id(used[0].id), lines[0])
        lines += [card] if card else []
    return finish_named_rows(
        q, context, lines, used, builder.citations(), "The figure is read from the row's own cells"
    )


def _only_a_goal(
    q: QueryAnalysis, context: AnswerContext, rows: list[ActionRecord], shape: re.Pattern[str]
) -> Answer | None:
    """'How many had it reviewed so far?' of a row whose cells give the figure only as a goal
    ('on track to have reviewed 6 million by 2018'): the record states no result; else None."""
    if not asks_achieved(q.question):
        return None
    for record in rows:
        chunk_id = context.record_chunk_id(record.id)
        if chunk_id is None:
            continue
        asked = unsaid_words(q, " ".join(x for x in (record.ref, record.document.title) if x))
        for e in record_evidence(record, chunk_id, 0):
            if shape.search(e.text) and only_a_target(e.text) and _held(asked, e.text):
                goal = f"It gives only a target: “{safe_text(e.display())}”"
                done = "how many had been done by the paper's date"
                return abstain(q, context, done, goal, kind="only_planned")
    return None
