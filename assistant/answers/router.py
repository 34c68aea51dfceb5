"""Which composers answer a question, in which order.

:func:`choose_route` reads the analysed question once. Each route names, as data, the chain of
composers that try it in turn (:data:`CHAINS`): a composer answers or returns None, and the
next one tries. The last composer of every chain always answers. :data:`LLM_ROUTES` are the
routes an LLM may answer (narrative questions from retrieved passages); every other route is
answered by its composers, with or without an LLM.

- List, count and filter questions go to the action register (filters first, the complete set).
- Questions naming refs go to those records; field questions ('who owns…') to the one record
  they describe.
- Questions about a document itself (its date, its author) go to its metadata.
- Recurrence and comparison walk the reports in date order.
- Everything else is answered from retrieved passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from assistant.analysis import (
    SET_DATE,
    WRITTEN_KINDS,
    QueryAnalysis,
    answer_type,
    asks_responsibility,
)
from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.composers import (
    across_reports,
    bodies,
    documents,
    grouped,
    guards,
    headers,
    owner_still,
    paper_counts,
    paper_cover,
    paper_states,
    passages,
    progress_figures,
    prose_amounts,
    prose_doer,
    prose_facts,
    prose_persons,
    prose_reasons,
    records,
    register,
    row_event,
    row_figure,
    row_level,
    row_party,
    row_percent,
    row_reason,
    side_by_side,
    side_figures,
    sides,
    slipped_sides,
    state_change,
    stated_parts,
    titled_row,
    traced,
    typed_span,
    unsaid_reply,
    unset_date,
    unstated_cause,
)
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.overdue_asked import OVERDUE

Route = Literal[
    "unknown_period",
    "document",
    "refs",
    "register",
    "select",
    "recurring",
    "compare",
    "field",
    "passages",
]
Composer = Callable[[QueryAnalysis, AnswerContext], Answer | None]

# the guard every passage answer starts with, and the overview of a document named alone
_FROM_PASSAGES: tuple[Composer, ...] = (
    guards.unknown_words,
    documents.overview,
    passages.passages,
)

CHAINS: dict[Route, tuple[Composer, ...]] = {
    # a period no paper covers, unless a paper's text writes it (a forecast's year)
    "unknown_period": (documents.unknown_period, *_FROM_PASSAGES),
    # the date of something the paper reports, not of the paper: answered from its passages
    "document": (
        documents.withheld,  # what a part the paper withholds says: not in the record
        bodies.bodies,  # 'which fire and rescue authorities have papers here?': their bodies
        guards.finer_date,  # 'on what date in May did X?': the record gives the month only
        documents.after_the_record,  # what happened after the last paper: none can say
        paper_cover.committee_of_paper,  # 'which committee got X?': its cover's committee
        documents.document_facts,
        guards.unknown_words,
        passages.passages,
    ),
    "refs": (
        documents.withheld,
        stated_parts.part_in_text,  # 'were more or fewer than half of the N done?'
        documents.after_the_record,
        documents.unnamed_person,  # a person asked by name; the record names a post
        row_percent.percent_of_row,  # 'what % done is 1.6?': the row's percentage column
        row_party.unnamed_in_row,  # 'which consultancy drafted R2?': the row names none
        unsaid_reply.unsaid_reply,  # 'what did the Home Office reply?': the row names, no words
        row_event.earlier_meeting,  # 'when did the committee last sit?': its paper's prose
        row_event.undated_event,  # 'when was the assessor appointed?': the row dates it not
        row_event.unnamed_agent,  # 'who decided to defer it?': the row names no doer, an owner
        row_reason.reason_of_named_row,  # 'why has R4 slipped?': the cause its note or paper gives
        unstated_cause.unstated_row_cause,  # 'why was its deadline moved?': no cause in the row
        traced.trace_issue,  # 'was R4 still listed a year later?': the row in each paper
        slipped_sides.slipped_more,  # 'which slipped by more, R2 or R5?': the moves measured
        records.by_ref,
        *_FROM_PASSAGES,
    ),
    # a figure the question takes for granted is checked before the list is drawn
    "register": (
        documents.withheld,
        bodies.bodies,  # 'how many different bodies do the papers come from?'
        guards.unbroken_split,  # 'how many of the 214 homes were in each estate?': no split
        state_change.paired_rows,  # 'open in the 2023 plan, done by the 2024 follow-up'
        grouped.by_group,  # 'how many does each lead hold?', 'which owner has the most?'
        slipped_sides.slipped_most,  # 'which of X's rows slipped furthest?': moves measured
        stated_parts.part_in_text,  # 'were more or fewer than half of the N done?'
        owner_still.owner_still,  # 'does the Clerk still hold any row in the later report?'
        paper_states.papers_in_state,  # 'which of the reports show X as complete?'
        passages.premise_first,
        prose_reasons.reason_in_text,  # 'what was the reason X is late?': a cause, no list
        unstated_cause.unstated_cause,  # 'why was X put back?', and no cause is given
        unstated_cause.unstated_finding_cause,  # 'why were X out of date?': the row says not
        prose_persons.person_in_prose,  # 'name the trustee who chairs X': a name, no list
        records.overdue,  # narrower than 'slipped': past the current deadline, not complete
        row_figure.figure_of_named_row,  # 'how many were fixed on J1?': one row's own figure
        passages.prose_count,
        register.listing,
    ),
    "select": (
        documents.withheld,
        passages.premise_first,
        prose_facts.dated_in_text,  # a deadline of a paper with no rows, in its prose
        register.select_few,
        register.listing,
    ),
    "recurring": (
        bodies.bodies,  # 'which organisations are these papers from?': no issue recurring
        state_change.paired_rows,  # 'which of the 2023 ones were still listed in 2024?'
        traced.trace_issue,  # 'does the X issue reappear in the later plan?': one issue followed
        paper_states.papers_in_state,  # 'which ones show X as complete?': X in each paper
        passages.stated_premise,  # 'Since X owns Y, how often …?': the owner checked first
        prose_persons.person_in_prose,  # 'the same person chairing in both years?': names
        progress_figures.figure_across_papers,  # 'higher in 2024 than in 2023?': a row's figure
        across_reports.recurrence,
        across_reports.recurring_overview,
    ),
    "compare": (
        bodies.bodies,  # 'which bodies do the papers come from and are X authorities?'
        guards.unbroken_split,  # 'how was the 1,847 total split between the estates?'
        row_percent.percent_across,  # 'how does X's % done in report 2 compare with 3?'
        state_change.paired_rows,  # 'which were open in 2023 and closed in 2024?'
        stated_parts.part_in_text,  # 'more or fewer than half?': a stated part of N
        traced.trace_issue,  # 'how did the X action change between the two reports?'
        paper_counts.counted_framed,  # two papers' rows counted: other words only frame it
        side_figures.figures_by_side,  # 'which is bigger, A or B?': a figure for each side
        guards.unknown_words,
        slipped_sides.slipped_more,  # 'did A slip further than B?': the two moves measured
        sides.by_sides,  # 'which is due sooner, the A action or the B one?'
        paper_counts.counted,  # 'which has more: A or B?' names two papers and no subject
        documents.overview,
        progress_figures.figure_across_papers,  # a row's figure in each of two papers
        across_reports.by_records,
        side_by_side.side_by_side,
        passages.passages,
    ),
    # the record described is found first: words it does not use may only frame the question
    "field": (
        documents.withheld,
        stated_parts.part_in_text,  # 'were more or fewer than half of the N done?'
        documents.after_the_record,
        owner_still.owner_still,  # 'was the Clerk still an owner in the 2022 log?'
        traced.trace_issue,  # 'who owned X in 2023, and who owns it in 2024?'
        passages.premise_first,
        guards.unknown_subject,  # no record is described by words no paper uses
        row_percent.percent_of_row,  # 'how far along is X?': its percentage column
        documents.unnamed_person,
        prose_reasons.reason_in_text,
        unstated_cause.unstated_cause,
        unstated_cause.unstated_finding_cause,
        prose_facts.dated_in_text,  # a date no row holds (no table; another event): prose
        unset_date.unset_step_date,  # 'when is the contract due to be let?': no date set
        records.by_field,
        guards.unknown_words,
        documents.overview,
        passages.passages,
    ),
    "passages": (
        documents.withheld,
        bodies.bodies,  # 'which organisations are these papers from?'
        guards.unbroken_split,  # 'what is the breakdown of the 1,847 cases by estate?'
        stated_parts.part_in_text,  # 'were more or fewer than half of the N done?'
        documents.after_the_record,
        owner_still.owner_still,  # 'is the Head of X still down for anything in 2024?'
        # 'was X higher in 2024 than in 2023?': a row's figure in each paper, before a year
        # in the question is read as a date it asserts
        progress_figures.figure_across_papers,
        passages.premise_first,
        paper_states.papers_in_state,  # 'at which meetings was X shown as complete?'
        paper_states.state_now,  # 'is X still open?': the latest paper's row, earlier states
        guards.unknown_kind,  # 'who chairs the canteen board?': no board of that kind
        guards.finer_date,  # 'on what date in May did X?': the record gives the month only
        unset_date.unset_step_date,  # 'by what date is the tender due to be awarded?'
        guards.relative_figure,  # 'what is X's budget?': only '£1m more than its budget'
        guards.unbroken_part,  # 'how much of the £2m was for X?': the record gives no split
        prose_persons.person_in_prose,  # 'who chairs the board?': a name the prose gives
        documents.unnamed_person,
        prose_doer.unnamed_doer,  # 'who carried out the review?': no sentence about it names one
        row_percent.percent_of_row,  # 'what % done is X?': the row's percentage column
        headers.header_value,  # a column the question names by the paper's own header word
        row_level.level_of_row,  # 'what level was X assessed at?': its paper's grading column
        row_figure.figure_of_named_row,  # 'how much has R4 recovered?': the row's own cells
        prose_reasons.reason_in_text,  # 'why did X slip?': the sentence giving its cause
        unstated_cause.unstated_cause,
        unstated_cause.unstated_finding_cause,
        prose_amounts.amount_in_prose,  # 'the outlay on X?': a sum the prose states
        guards.unknown_words,
        titled_row.titled_row,  # 'what's the position on X?': the row its heading names, whole
        documents.overview,
        passages.passages,
    ),
}

# Tried when a route's chain refused for want of evidence (model.abstention in
# typed_span.RESCUED): the one span of the asked kind that restates the question answers it.
RESCUE: Composer = typed_span.typed_span
RESCUED: frozenset[str] = typed_span.RESCUED

# Narrative questions only. The register routes (register, select, refs, field, recurring)
# are complete sets or named records, built from fields; document facts and periods the record
# does not cover are stated from metadata: an LLM adds nothing there but risk.
LLM_ROUTES: frozenset[Route] = frozenset({"compare", "passages"})
# Run before an LLM is asked, as they run first in the default chains: a question whose key
# words no document uses is refused, LLM or not.
# A premise the record contradicts is corrected from the record first, LLM or not.
# What a part the paper withholds says is not in the record, LLM or not.
# One issue or one owner followed across papers is read from the register's rows, LLM or not.
LLM_GUARDS: tuple[Composer, ...] = (
    documents.withheld,
    passages.premise_first,
    guards.unknown_words,
    owner_still.owner_still,
    traced.trace_issue,
)


# the words that make 'when …?' ask for a deadline (a register column), not an event's date
_DEADLINE = re.compile(
    r"\b(?:due|deadlines?|timescales?|target(?:ed)?|expected|scheduled|planned|revised|meant|"
    r"supposed|intended|"
    r"moved|slipped|extended|deferred|postponed|rescheduled|(?:pushed|put|set)\s+(?:back|out))\b",
    re.I,
)


# a statement put as a question (its tag read off: 'the X got put back because Y, wasn't it?'):
# it opens on the noun phrase it asserts something of, not on an auxiliary asking of a set
# (one sentence with no wh-word: 'X slipped. What was its original date?', 'the issues that
# slipped - what was the new date?' name a topic, then ask of the set)
_STATED = re.compile(
    r"^\s*(?:so\s+)?(?:the|this|that|its|their)\s+(?!(?:ones?|any)\b)"
    r"(?![^?]*(?:[.!;]\s|\b(?:what|which|who|whom|whose|when|where|why|how)\b))\w",
    re.I,
)


def _described_side(q: QueryAnalysis) -> bool:
    """Whether a two-sided comparison names one side in words, not by a ref ('which was due
    first: R19 or the fraud awareness programme?'): the sides are compared, not the refs
    described. A side that names its ref and describes it too ('R7, the sensitivity analysis')
    is named by its ref: the side's words are read without their punctuation."""
    if q.intent != "compare" or len(q.sides) != 2:
        return False
    refs = {ref.lower() for ref in q.refs}

    def by_ref(side: str) -> bool:
        words = " ".join(re.findall(r"[\w./-]+", side.lower()))
        if any(re.search(rf"(?<![\w./-]){re.escape(ref)}(?![\w./-])", words) for ref in refs):
            return True  # a ref of several words ('HLT 22/07') is read whole
        # 'R12, the asset base evaluation': the side in apposition to the ref before it
        before = q.question[: max(q.question.find(side), 0)].lower()
        return any(re.search(rf"\b{re.escape(ref)}\s*[,(–-]\s*$", before) for ref in refs)

    return not all(by_ref(side) for side in q.sides)


def choose_route(q: QueryAnalysis) -> Route:
    if q.unknown_periods:
        return "unknown_period"
    if q.group_by and q.intent != "compare" and answer_type(q.question) != "person":
        # 'the name of the director who owns most of them': the grouping only describes the
        # post whose holder's name is asked, which the passages must give
        return "register"  # 'how many does each lead hold?': totals by a column of the rows
    if (
        q.doc_field
        and (q.documents or q.section)
        and not q.refs
        and not (q.revised or q.slipped or q.statuses)  # 'which dates were revised in X?'
        and not (q.premise and q.claims)  # 'since X was fully sorted, who signed it off?'
        and not (q.intent == "compare" and len(q.sides) == 2)  # 'which came first, A or B?'
    ):
        return "document"
    if (
        q.intent in ("lookup", "explain")
        and answer_type(q.question) not in (None, "year")
        and not q.header_named  # 'what RAG rating': a column the paper itself heads so
        # 'Since X owns Y, how often …?': the owner it states is checked by the field route
        and not (q.premise and answer_type(q.question) in WRITTEN_KINDS)
        and not (q.refs and "due" in q.fields and asked_due_kind(q.question) == "slip")
    ):
        return "passages"  # a value of a kind no register column holds: a name, a score, a rate
    if (
        q.refs
        and q.intent in ("lookup", "explain", "compare")
        and not q.quantity
        and not _described_side(q)
    ):
        return "refs"
    if (
        q.intent == "lookup"
        and answer_type(q.question) == "year"
        and not _DEADLINE.search(q.question)
        and not SET_DATE.search(q.question)  # 'what date was first agreed for X?': a deadline
        and not (q.header_named and "due" in q.fields)  # 'its implementation date': a column
    ):
        return "passages"  # 'when was X launched?': the date of an event, which prose gives
    if q.intent in ("list", "count"):
        return "register"
    if q.intent == "recurring":
        return "recurring"
    if q.intent == "compare" or (
        q.intent == "lookup" and slipped_sides.asks_slip_compared(q.question)
    ):
        return "compare"
    if q.quantity:
        return "passages"
    if (
        q.intent == "lookup"
        and (q.slipped or q.revised)
        and not q.claims
        and not q.fields
        # 'the X got put back because Y, wasn't it?': one X (whether it is overdue is the
        # register's own verdict)
        and not (_STATED.match(q.question) and not OVERDUE.search(q.question))
    ):
        return "register"  # 'did any partnership deadlines slip?' is a question about the set
    if (
        q.intent == "lookup"
        and (q.due_from or q.due_to or q.revised_from or q.no_due or q.category)
        and not q.outcome  # 'was X actually finished by March 2009?' asks what came of X
    ):
        return "select"  # 'the HMIC area for improvement due in March 2009 — who owns it?'
    if (
        q.intent == "lookup"
        and (q.revised or q.slipped)
        and q.documents
        and not (q.refs or q.subject_terms or q.claims or q.outcome)
        and set(q.fields) - {"due"}
    ):
        return "select"  # 'who owns the Board 5 action whose date was revised?': the row it sets
    if (
        q.intent == "lookup"
        and OVERDUE.search(q.question)
        and set(q.fields) - {"status"}
        and not (q.refs or q.subject_terms or q.claims or q.outcome)
    ):
        return "register"  # 'what comment was given against the one overdue action?': its row
    fields = set(q.fields)
    if not asks_responsibility(q.question):
        fields.discard("owner")  # 'who will manage X?': another role, in the action's sentences
    if q.intent == "lookup" and fields & {"due", "owner", "status", "priority"} and not q.claims:
        return "field"
    if q.intent == "lookup" and fields == {"due"} and all(c.kind == "slipped" for c in q.claims):
        return "field"  # 'X slipped - what was it meant to be done by?': a move, then its dates
    return "passages"
