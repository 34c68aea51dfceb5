"""Answers about named records: by ref ('R18', 'HMIC R4', 'item 4') or by description
('the HR policies action'), giving every field the question asks for."""

from __future__ import annotations

import re
from collections import OrderedDict

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.extremes import at_extreme, due_extreme
from assistant.analysis.headings import heading_scope
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.analysis.state_subject import blank_words
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.carried_rows import version_asked
from assistant.answers.support.describe import describe_records, lead_sentence
from assistant.answers.support.either_state import overdue_left_out, state_beside_overdue
from assistant.answers.support.meant_row import meant_row
from assistant.answers.support.overdue_asked import (
    OVERDUE,
    asks_whether_overdue,
    is_overdue,
    overdue_verdict,
    row_in_paper,
)
from assistant.answers.support.paper_words import subject_words
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import doc_label, record_line, record_name, safe_text
from assistant.answers.support.ref_suffixes import ending_in, ending_in_any, ref_rows
from assistant.answers.support.sided import row_in_each_paper
from assistant.answers.support.stated_target import stated_target
from assistant.answers.support.topics import (
    apply_api_filters,
    filtered,
    topic_terms,
    topic_weights,
)
from assistant.citations import record_quote
from ingest.model import ActionRecord


def resolve_refs(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    wanted = [r.lower() for r in q.refs]
    found = _family_refs(q, wanted, context) or context.register.with_refs(wanted)
    if not found:
        found = ending_in_any(context.register, wanted)
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    if q.section:
        found = [r for r in found if r.section == q.section] or found
    elif len(set(wanted)) == 1:
        found = _under_heading(q, wanted[0], found, context) or found
    if len({r.document.id for r in found}) > 1 and (q.since or q.until):
        # 'R6 and R7 in the 2002 report': the papers of the year named hold the refs meant
        found = [r for r in found if _of_years(r, q.since, q.until)] or found
    if len({r.document.id for r in found}) > 1 and q.terms:
        weights = topic_weights(topic_terms(q, context), context)
        if weights:
            shares = context.register.topic_share_of(found, weights)
            if len(set(wanted)) > 1:
                # 'R7, the sensitivity analysis, or R8, …': refs named together are one paper's,
                # the paper whose rows the question's words describe best taken together
                found = _best_paper(found, shares)
            elif max(shares) > 0:
                best = max(shares)
                found = [r for r, share in zip(found, shares, strict=True) if share == best]
    return apply_api_filters(found, context.filters, context)


def _under_heading(
    q: QueryAnalysis, want: str, found: list[ActionRecord], context: AnswerContext
) -> list[ActionRecord] | None:
    """'R2 in the 2008 HMIC inspection': of the rows the ref names, plainly or as the last word
    of a series ref ('HMIC R2'), in the papers named or found, those under the heading the
    question's words name (:func:`heading_scope`); None when it names none."""
    papers = set(q.documents) or {r.document.id for r in found}
    register = context.register  # only the papers holding such a row are read, row by row
    papers &= {r.document.id for r in (*register.with_refs([want]), *ending_in(register, want))}
    return heading_scope(q.question, ref_rows(register, papers, want))


# a word naming a family of rows as their list or table: 'that HMIC list', 'the HMIC recs'
_FAMILY_HEAD = (
    rf"(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{RECORD_NOUNS}|lists?|tables?|sections?|schedules?)\b"
)


_OWN_WORD = re.compile(r"[A-Za-z][\w&-]*")


def _family_refs(q: QueryAnalysis, wanted: list[str], context: AnswerContext) -> list[ActionRecord]:
    """'R3 in that HMIC list': a bare ref the question places in a family of refs by the
    family's own prefix word naming a list or table of rows ('HMIC R3' beside a plain 'R3'),
    the rows of that family (the other refs as named); [] when it places none of them so, the
    plain row writes the prefix word itself (then the word may describe that row), or the
    question's subject words fit the plain row better."""
    named = {w for ref in wanted for w in ref.split()}  # 'HMIC R4' named whole is its own
    weights = topic_weights(topic_terms(q, context), context)
    found: list[ActionRecord] = []
    placed = False
    for want in wanted:
        plain = context.register.with_refs([want])
        read: list[set[str]] = []

        def own(plain: list[ActionRecord] = plain, read: list[set[str]] = read) -> set[str]:
            # a prefix word the plain row itself writes ('R2 … key HMIC reports') may describe
            # it (read once, when a row's prefix is placed by the question)
            if not read:
                read.append(
                    {w.lower() for r in plain for w in re.findall(_OWN_WORD, r.source_text)}
                )
            return read[0]

        family = [
            r
            for r in ending_in(context.register, want)
            if (prefix := (r.ref or "").lower()[: -len(want)].strip())
            and not set(prefix.split()) & named
            and re.search(rf"\b{re.escape(prefix)}{_FAMILY_HEAD}", q.question, re.I)
            and not set(prefix.split()) <= own()
        ]
        if family and plain and weights:
            shares = context.register.topic_share_of(family + plain, weights)
            if max(shares[: len(family)]) < max(shares[len(family) :]):
                family = []  # the subject asked is the plain row's
        placed = placed or bool(family)
        found += family or plain
    return found if placed else []


def _best_paper(found: list[ActionRecord], shares: list[float]) -> list[ActionRecord]:
    """The records of the one paper whose records' topic shares sum highest (all of ``found``
    when none scores, or two papers tie)."""
    by_paper: dict[str, float] = {}
    for record, share in zip(found, shares, strict=True):
        by_paper[record.document.id] = by_paper.get(record.document.id, 0.0) + share
    ranked = sorted(by_paper.values(), reverse=True)
    if ranked[0] <= 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return found
    best = max(by_paper, key=lambda doc: by_paper[doc])
    return [r for r in found if r.document.id == best]


def _of_years(record: ActionRecord, since: int | None, until: int | None) -> bool:
    """Whether the record's paper is of a year in the window (open ends unbounded)."""
    year = record.year or (int(record.report_date[:4]) if record.report_date else None)
    return year is not None and (since or year) <= year <= (until or year)


def ref_ranges(context: AnswerContext) -> str:
    """'R1–R27 and HMIC R1–HMIC R5 in MPS Action Plan for PURE/SRL (2008); …' per document."""
    parts = []
    for doc in context.documents:
        refs = [r.ref for r in context.register.of_document(doc.id) if r.ref]
        if not refs:
            continue
        groups: OrderedDict[str, list[str]] = OrderedDict()
        for ref in refs:
            groups.setdefault(re.sub(r"[\d.]+$", "", ref), []).append(ref)
        spans = [g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups.values()]
        parts.append(f"{' and '.join(spans)} in {doc_label(doc)}")
    return "; ".join(parts)


def by_ref(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The records the question names by ref, described; None when the refs it names are in
    other documents than the ones it names (then it is a question about those documents)."""
    found = resolve_refs(q, context)
    if found and q.documents and not {r.document.id for r in found} & set(q.documents):
        # 'R5 relies on the toolkit; according to the 2007/08 AGS, what state was it in?'
        return None
    if not found:
        return abstain(
            q,
            context,
            f"an action numbered {', '.join(q.refs)}",
            f"Its refs are: {ref_ranges(context)}.",
            kind="out_of_record",
        )
    one_ref = len({(r.ref or "").lower() for r in found}) == 1
    if one_ref and asks_whether_overdue(q.question):  # 'is DM08 still overdue in the follow-up?'
        return overdue_check(q, row_in_paper(q, found[0], context), context)
    return (
        no_value(q, found, context)
        or no_outcome(q, found, context)
        or describe_records(q, found, context, route="refs")
    )


# a sentence that reports something decided or settled: 'it has been agreed that …', 'the
# Board approved …', 'Decision taken to …' (the stems of the verbs, and the noun)
_SETTLED = re.compile(
    r"\b(?:decid|decision(?![- ]making)|agree|approv|conclu|resolv|accept|endors|establish|"
    r"determin|confirm|adopt|reject|signed\s+off|chose|select|ratif)\w*",
    re.I,
)
# a question asking what was decided (not what came of the work: 'the outcome of R8' is its
# degree met, its progress)
_DECISION_ASKED = re.compile(r"\b(?:decid\w*|decision|resolv\w*|conclud\w*|rul(?:e|ed))\b", re.I)


def no_outcome(
    q: QueryAnalysis, found: list[ActionRecord], context: AnswerContext
) -> Answer | None:
    """'What did the board decide about R9?', 'what was agreed on it?' of the one record the
    question names, when none of its sentences reports anything decided, agreed or approved:
    an abstention naming the record (its summary would answer another question). None when
    the question asks no outcome, or the record reports one."""
    if not q.outcome or len(found) != 1 or q.claims or q.fields:
        return None
    if not _DECISION_ASKED.search(q.question):
        return None
    record = found[0]
    # a column headed with a word of deciding ('Agreed Action') holds what was decided
    headers = " ".join(record.columns)
    text = " ".join(v for v in (headers, record.action, record.progress, record.status_text) if v)
    if _SETTLED.search(text):
        return None
    name = f"{record_name(record)} ({doc_label(None, record)})"
    answer = abstain(
        q,
        context,
        f"what was decided about {name}",
        "The record reports no decision or outcome for it, only what was planned and done.",
        kind="value_not_given",
    )
    answer.records = [record]  # what a later 'it' points at
    return answer


def by_field(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When is the HR policies action due?': the one record the question is about, if clear
    (else None)."""
    best = described_record(q, context) or meant_row(q, context)  # its words, or its meaning
    best = best and version_asked(q, best, context)  # the row in its body's paper asked of
    found = [best] if best is not None else described_by_values(q, context)
    each = row_in_each_paper(q, context) if best is not None else []
    if best in each:  # 'A and B both have a recommendation to test X - who owns each?'
        found = each
    if not found:
        return None
    return no_value(q, found, context) or describe_records(q, found, context, route="field")


# the most rows a field question may be about when it describes them by register values only
# ('when is the action owned by the Treasurer due?'); more is a list question, not a lookup
_FEW = 4


def described_by_values(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The rows a field question describes only by values the register holds (an owner, a
    priority, a degree, a category, a table, a deadline window, a status) and no words of a
    subject: all the rows those values keep when they are few, else none."""
    describing = (
        q.owner,
        q.priority,
        q.degree,
        q.category,
        q.section,
        q.due_from,
        q.due_to,
        q.due_says,
        q.status_says,
        q.no_due,
        q.no_owner,
        q.statuses,
        q.revised_from,
        q.revised_to,
    )
    extreme = due_extreme(q.question)
    if q.refs or not (any(describing) or extreme) or topic_terms(q, context):
        return []
    found = list(context.register.loaded().at(filtered(q, context)))
    if extreme:  # 'the recommendation with the latest due date': that end of the rows kept
        found = at_extreme(found, *extreme)
    return found if 0 < len(found) <= _FEW else []


# the columns a question may ask for that a record may leave empty, and what is then missing
_EMPTY = {
    "due": ("deadline", lambda r: not r.due_text),
    "priority": ("priority", lambda r: not r.priority),
    # an owner cell left empty where its table has owners, and no sentence naming a lead
    "owner": ("owner", lambda r: not r.owner and lead_sentence(r) is None),
}


# a cell of the row that speaks of its owner ('Owner to be confirmed following the restructure')
_OWNER_WORDS = re.compile(
    r"\b(?:owner(?:ship)?|unassigned|(?:not\s+(?:yet\s+)?|to\s+be\s+)assigned)\b", re.I
)


# a passive agent naming a post or body ('Signed off by the Chief Executive in August')
_AGENT = re.compile(
    r"\bby\s+(?:the\s+|its\s+|our\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|End|Q[1-4]\b))[A-Z][A-Za-z]+"
)


# the question asks for a person or post: 'who …', 'whose …', 'which officer …', 'the name of …'
_PERSON_ASKED = re.compile(
    r"\bwho(?:m|se|'s)?\b|\b(?:which|what)\s+(?:\w+\s+)?(?:officer|person|post|role|manager|"
    r"director|team|lead|owner|department|body|committee|board)\b|\bname\s+of\b|"
    r"\b(?:any|some|no)(?:one|body)\b",
    re.I,
)


def owner_spoken_of(record: ActionRecord) -> bool:
    """Whether a cell of ``record`` besides its owner says something of who owns it, or names
    who did its work ('signed off by the Chief Executive'): then 'who …?' is answered from it."""
    cells = (record.action, record.progress, record.status_text)
    return any(_OWNER_WORDS.search(c) or _AGENT.search(c) for c in cells if c)


def owners_column(record: ActionRecord, context: AnswerContext) -> bool:
    """Whether a record of ``record``'s paper names an owner: its table has the column (a
    table with no owner column leaves 'no owner' an answer of its own)."""
    return any(r.owner for r in context.register.of_document(record.document.id))


def no_value(q: QueryAnalysis, found: list[ActionRecord], context: AnswerContext) -> Answer | None:
    """'By when should X be done?' of the one record the question is about, whose column for
    what it asks (its deadline, its priority) is empty, and none of whose sentences answers it
    either: an abstention naming the record, since the record holds no value to give. None
    when there is one (or a premise to correct, or several records, or other fields asked).
    A blank owner cell in a paper that names owners is abstained on the same way, said plainly
    (its owner cell is blank); in a paper with no owner column 'no owner' is an answer of its
    own. Lists of rows with no owner are answers, not this."""
    asked = [f for f in q.fields if f in ("due", "owner", "priority", "status", "progress")]
    if len(found) != 1 or not asked or any(f not in _EMPTY for f in asked) or q.claims:
        return None
    record = found[0]
    if not all(_EMPTY[f][1](record) for f in asked):
        return None
    if "due" in asked and stated_target(record, q.question) is not None:
        return None  # a sentence of its own sets a date for the work the question names
    if "owner" in asked and (not owners_column(record, context) or owner_spoken_of(record)):
        return None  # no owner column ('no owner named' is what it says), or a cell says more
    if "owner" in asked and not _PERSON_ASKED.search(unquoted(q.standalone or q.question)):
        return None  # 'what is X responsible for?': no person asked, the row answers it
    described = describe_records(q, found, context, route="field", card=False)
    own = [  # what was quoted from the record itself, not passages of other rows added after
        c
        for c in described.citations
        if c.document.id == record.document.id
        and c.start is not None
        and record.source_start <= c.start < record.source_end
    ]
    if "premise-corrected" in described.notes:
        return None  # the question asserts something of it: corrected, not abstained on
    owner_only = asked == ["owner"]
    if len(own) > 1 and not owner_only:  # (a lead sentence was looked for in _EMPTY)
        return None  # a sentence of the record answers it
    missing = " or ".join(_EMPTY[f][0] for f in asked)
    name = f"{record_name(record)} ({doc_label(None, record)})"
    blank = f"its {missing} cell is blank" if owner_only else f"gives no {missing} for it"
    subject = f"who owns {name}" if owner_only else f"the {missing} of {name}"
    answer = abstain(
        q,
        context,
        subject,
        f"The record has it (“{safe_text(record.title)}”) but {blank}.",
        kind="value_not_given",
    )
    answer.records = [record]  # the record it is about: a follow-up's 'it'
    # the route that found the row, not 'abstain': the question was understood and its row
    # found, so a follow-up ('and at board 4?') carries what it asked, as after an answer
    answer.route = ""
    return answer


def overdue(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'What is overdue?', 'which actions were overdue at the meeting?': the records
    :func:`is_overdue` keeps among those the question's other filters keep, each with its
    deadline and status cited; None when the question does not ask what is overdue."""
    either = state_beside_overdue(q.question)  # 'overdue or only partly done': either set
    if q.intent not in ("list", "count", "lookup") or q.refs:
        return None
    if not (OVERDUE.search(blank_words(q.question, q.subject_states)) or either):
        return None  # 'overdue fire risk assessments': the subject's words, no state asked
    if asks_whether_overdue(q.question) and (row := described_record(q, context)) is not None:
        return overdue_check(q, row_in_paper(q, row, context), context)
    left_out = overdue_left_out(q.question)  # 'excluding the overdue ones': the others
    loaded = context.register.loaded()
    records = [r for r in loaded.at(filtered(q.model_copy(update={"slipped": False}), context))]
    topic = subject_words(topic_terms(q, context), q.documents, context)
    subject = [t for t in topic if t in q.subject_terms]
    if subject:
        weights = topic_weights(subject, context)
        shares = context.register.topic_share_of(records, weights)
        on = [r for r, share in zip(records, shares, strict=True) if share >= 0.6]
        # in the papers the question names, words none of their overdue rows hold ('the
        # lighthouse board's overdue actions') describe the paper, not a subject
        if any(is_overdue(r) for r in on) or not q.documents:
            records = on
    found = [r for r in records if (is_overdue(r) or r.status in either) != left_out]
    builder = context.citations()
    searched = context.searched()
    line = (
        f"{len(found)} of {len(context.register.all())} actions in {len(searched)} documents "
        f"match (overdue: not complete and past the current deadline at the paper's date, or "
        f"stated overdue); searched {context.span(searched)}."
    )
    if not found:
        return finish(
            q,
            context,
            body="Every action asked is overdue by its paper's date."
            if left_out
            else "No action in the record is overdue by its paper's date.",
            line=line,
            matched=0,
            route="register",
            notes=["zero-match"],
        )
    if q.intent == "lookup" and set(q.fields) - {"status"} and 0 < len(found) <= 3 and not either:
        # 'what comment did the log give against the one overdue action?': the state sets the
        # row, the question asks its field
        return describe_records(q, found, context, route="register")
    named = f"overdue or {' / '.join(s.replace('_', ' ') for s in either)}" if either else "overdue"
    named = f"not {named}" if left_out else named
    lines = [
        f"**{len(found)} {named}** (overdue: not complete and past the deadline at the "
        "paper's date):"
    ]
    for record in found[:30]:
        chunk_id = context.record_chunk_id(record.id)
        quote = record_quote(record, record.due_text, record.status_text, record.title)
        stated = re.search(r"\boverdue\b", record.status_text or "", re.I)
        reason = (
            f"status given as “{safe_text(record.status_text)}”"
            if stated
            else f"due {record.due_date}, {record.status.replace('_', ' ')} at {record.report_date}"
            if is_overdue(record)
            else ""  # in the other state asked: its status line says so
        )
        label = doc_label(None, record)
        said = [reason] if reason else []
        lines.append(f"- {record_line(record, builder, chunk_id, quote, said)} — *{label}*")
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(found),
        citations=builder.citations(),
        records=found,
        route="register",
    )


def overdue_check(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> Answer:
    """'Is the X action still overdue in the follow-up?': yes or no for the one row, from its
    status, its current deadline and its paper's date, then the row with them cited."""
    builder = context.citations()
    chunk_id = context.record_chunk_id(record.id)
    quote = record_quote(record, record.status_text, record.due_text, record.title)
    line = record_line(record, builder, chunk_id, quote)
    return finish(
        q,
        context,
        body=f"**{overdue_verdict(record)}**\n\n- {line} — *{doc_label(None, record)}*",
        line=f"1 of {len(context.register.all())} actions match ({record_name(record)}); "
        f"overdue: not complete and past the current deadline at the paper's date, or stated "
        f"overdue.",
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="register",
    )
