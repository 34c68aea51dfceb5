"""Answers from the action register: lists and counts.

These answers are complete by construction: the filters run over every record, and the
coverage line says how many matched out of how many, in which documents and years. Words of
the question that are not filters narrow the set only when some record uses them.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import date, timedelta

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.column_labels import labels_phrase
from assistant.analysis.extremes import at_extreme, due_extreme
from assistant.analysis.intent import subject_phrases
from assistant.analysis.patterns import NOT_MET
from assistant.analysis.reading import TO_COME, pending_objects, quoted_words
from assistant.analysis.shares import threshold
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.action_asked import agreed_action_line
from assistant.answers.support.describe import describe_records
from assistant.answers.support.held_words import held_narrowing, specifying
from assistant.answers.support.later_rows import later_appearances
from assistant.answers.support.mentions import aliased_mention, named_mention, said_as
from assistant.answers.support.open_rows import labelled_instead, open_rows, unrecorded_note
from assistant.answers.support.owner_clause import owner_clause
from assistant.answers.support.paper_words import subject_words
from assistant.answers.support.recordtext import (
    cite_record,
    doc_label,
    key_sentence,
    progress_quotes,
    record_line,
    safe_text,
)
from assistant.answers.support.ref_families import family_scope
from assistant.answers.support.selected_state import selected
from assistant.answers.support.state_predicates import STATE_ORDER, STATUS_PHRASES, either_state
from assistant.answers.support.subject import Saying, saying
from assistant.answers.support.subject_roles import (
    framed_out,
    holding_some,
    none_about,
    unheld_subject,
    untagged_theme_rows,
)
from assistant.answers.support.topics import (
    filtered,
    noun_of,
    on_subject,
    on_topic,
    relevance_order,
    topic_terms,
    topic_weights,
)
from assistant.citations import record_quote
from assistant.register import SLIPPED_RULE, Positions
from assistant.text import and_list, record_text, stem, stems_among
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.bm25 import query_terms

MAX_LISTED = 30

# a predicate's plural verbs said of one row: '1 recommendation was partially met'
_SINGULAR_VERB = {"are": "is", "were": "was", "have": "has"}
_ONE_ROW_VERB = re.compile(r"\b(?:are|were|have)\b")

# rows related to the body's earlier paper ('carried over from last year', 'new this year')
_CARRIED_PHRASES = {
    "earlier": "were also in the body's earlier paper (the same ref or wording)",
    "new": "were not in the body's earlier paper",
    "later": "are listed as the body's next paper holds them (the same ref or wording)",
}


def singular(noun: str) -> str:
    if noun.startswith("areas"):
        return "area" + noun[5:]
    return noun[:-1] if noun.endswith("s") else noun


def describe(
    q: QueryAnalysis, noun: str, topic: list[str], documents: dict[str, DocumentInfo]
) -> tuple[str, str]:
    """(subject, predicate) for 'No {subject} in the record {predicate}.'"""
    kinds = q.themes or ([q.category.lower()] if q.category else [])  # 'internal control'
    subject = " and ".join(kinds) + f" {noun}" if kinds else noun
    if q.priority and re.fullmatch(r"(?:not )?[A-Za-z]+", q.priority):
        subject = f"{q.priority.lower()}-priority {subject}"
    elif q.priority and re.fullmatch(r"[A-Za-z]+(?: or [A-Za-z]+)+", q.priority):
        subject = f"{q.priority.lower().replace(' or ', '- or ')}-priority {subject}"
    elif q.priority:  # a grade the paper spells with a number: 'Priority 1 recommendations'
        subject = f"{q.priority} {subject}"
    if topic:
        subject += " mentioning " + ", ".join(f"'{t}'" for t in topic)
    subject += owner_clause(q)  # 'owned by the Clerk or the Treasurer', 'not owned by X'
    if q.refs_not:
        subject += " other than " + and_list(q.refs_not)
    if q.terms_not:
        subject += " leaving out those on " + " ".join(q.terms_not)
    if q.section:
        subject += f" in '{q.section}'"
    elif q.documents:
        subject += " in " + " and ".join(
            doc_label(documents.get(d)) for d in q.documents if d in documents
        )
    predicate = []
    if q.slipped and q.min_extensions:
        predicate.append("slipped more than once")
    elif q.slipped:
        predicate.append("slipped")
    if q.revised and not q.revised_from:
        more = " more than once" if q.min_extensions and not q.slipped else ""
        predicate.append(f"had a deadline revised{more}" if more else "had a revised deadline")
    if q.degree == NOT_MET:
        predicate.append("were not met at all")
    elif q.degree and len(q.statuses) > 1:  # 'in progress or partly met': each state its words
        predicate.append(either_state(sorted(q.statuses, key=STATE_ORDER.index), q.degree))
    elif q.degree:
        predicate.append(f"were met {q.degree}")
    elif q.status_says:  # the papers' own words: 'marked “Slipped”'
        predicate.append("marked " + " or ".join(f"“{safe_text(v)}”" for v in q.status_says))
    elif q.statuses:
        key = tuple(sorted(q.statuses, key=STATE_ORDER.index))
        predicate.append(STATUS_PHRASES.get(key) or either_state(list(key), None))
    if q.carried:
        predicate.append(("and " if predicate else "") + _CARRIED_PHRASES[q.carried])
    if q.column_says:  # a paper's own label column: 'with Audit opinion “Limited”'
        predicate.append(safe_text(labels_phrase(q.column_says)))
    if q.no_due or q.dated:
        predicate.append("have a dated deadline" if q.dated else "have no deadline")
    if q.no_owner or q.has_owner:
        named = ("and " if predicate else "") + "have a named owner"
        predicate.append("have no owner" if q.no_owner else named)
    # a quarter or season the papers write as a label ('Q2 2009'): named as they write it
    labelled = bool(q.due_says and q.due_from and re.search(r"\d{4}", q.due_says))
    if q.due_says and not labelled:
        denied = "do not " if q.due_says.startswith("not: ") else ""
        predicate.append(f"{denied}have the timescale '{q.due_says.removeprefix('not: ')}'")
    if q.revised_from:
        month = date.fromisoformat(q.revised_from)
        predicate.append(f"had its deadline moved from {month:%B %Y}")
    period = f"due in {q.due_says}" if labelled else q.period or _due_window(q)
    if period:
        if predicate and predicate[-1].endswith("deadline") and period.startswith("deadline "):
            period = period.removeprefix("deadline ")
        predicate.append(period)
    return subject.strip(), " ".join(predicate)


def criteria(q: QueryAnalysis, topic: list[str]) -> str:
    parts = []
    if q.themes:
        parts.append("theme: " + ", ".join(q.themes))
    if topic:
        parts.append("mentioning " + ", ".join(topic))
    if q.section:
        parts.append(f"section: {q.section}")
    elif q.sections:
        parts.append("sections: " + "; ".join(q.sections))
    elif q.documents:
        parts.append(f"documents: {len(q.documents)}")
    if q.owner:
        parts.append(f"owner: {q.owner}" + (" alone" if q.owner_only else ""))
        parts[-1] += " jointly" if q.owner_shared else ""
    if q.due_says:
        parts.append(f"timescale says: {q.due_says}")
    if q.owner_not:
        parts.append(f"owner not: {q.owner_not}")
    if q.refs_not:
        parts.append("leaving out: " + ", ".join(q.refs_not))
    if q.terms_not:
        parts.append("leaving out those on: " + " ".join(q.terms_not))
    if q.priority:
        parts.append(f"priority: {q.priority}")
    if q.category:
        parts.append(f"category: {q.category}")
    if q.degree:
        parts.append(f"met {q.degree}")
    if q.no_due or q.dated:
        parts.append("deadline dated" if q.dated else "no deadline")
    if q.no_owner or q.has_owner:
        parts.append("no owner" if q.no_owner else "owner named")
    if q.statuses:
        parts.append("status: " + ", ".join(s.replace("_", " ") for s in q.statuses))
    if q.status_says:
        parts.append("status as written: " + ", ".join(q.status_says))
    parts += [f"{h}: {' or '.join(v)}" for h, v in q.column_says.items()]
    if q.percent_range:
        parts.append("percentage {:g}–{:g}%".format(*q.percent_range))
    if q.slipped:
        parts.append("slipped")
    if q.min_extensions:
        parts.append(f"deadline moved at least {q.min_extensions} times")
    if q.carried:
        parts.append(_CARRIED_PHRASES[q.carried])
    if q.revised:
        parts.append("deadline revised")
    period = q.period or _due_window(q)
    if period:
        parts.append(period)
    return "; ".join(parts)


def _due_window(q: QueryAnalysis) -> str:
    """The deadline window the question filters by, in words, when the analysis kept the dates
    but no phrase for them ('due in December 2008', 'due in 2009', 'due between … and …')."""
    if not (q.due_from or q.due_to):
        return ""
    start = date.fromisoformat(q.due_from) if q.due_from else None
    end = date.fromisoformat(q.due_to) if q.due_to else None
    if start and end:
        whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        if whole_year and start.year == end.year:
            return f"due in {start.year}"
        if start.day == 1 and (start.year, start.month) == (end.year, end.month):
            return f"due in {start:%B %Y}"
        if start.day == 1 and (end + timedelta(days=1)).day == 1 and start.year == end.year:
            return f"due {start:%B}–{end:%B %Y}"  # whole months: a quarter, a half year
        return f"due between {start:%d %B %Y} and {end:%d %B %Y}"
    return f"due from {start:%d %B %Y}" if start else f"due by {end:%d %B %Y}"


def subject_text(q: QueryAnalysis, topic: list[str]) -> str:
    """The phrase naming the list's subject ('which items cover staff appraisal' -> 'staff
    appraisal'), to match records by meaning; '' when the question has no such phrase."""
    phrases = [p for p in subject_phrases(q.question) if set(query_terms(p)) & set(topic)]
    return " ".join(phrases)


def _tableless(q: QueryAnalysis, context: AnswerContext) -> list[DocumentInfo]:
    """Named documents that have no action table at all (only prose)."""
    named = context.documents_of(q.documents)
    return [d for d in named if d.records == 0]


def _quote_for(record: ActionRecord, q: QueryAnalysis) -> tuple[str, int] | None:
    if q.slipped or q.revised or q.due_from or q.due_to or q.due_says:
        return record_quote(record, record.due_text, record.status_text, record.title)
    if q.statuses or q.degree:
        return record_quote(record, record.status_text, record.due_text, record.title)
    if q.category:
        return record_quote(record, record.category, record.title)
    if q.priority:
        return record_quote(record, record.priority, record.title)
    return record_quote(record, record.title, record.finding, record.action)


def _unread_note(words: list[str]) -> str:
    return f"the list does not narrow by {', '.join(words)}: no subject word"


# -- lists and counts -----------------------------------------------------------------------
def listing(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """Every record the question's filters (and topic) keep: a list, or a count."""
    documents = {d.id: d for d in context.documents}
    tableless = _tableless(q, context)
    if tableless and len(tableless) == len(q.documents):
        titles = " and ".join(f"'{d.title}'" for d in tableless)
        return abstain(
            q,
            context,
            f"the actions of {titles}",
            "That paper has no action table in the record.",
            kind="out_of_record",
        )
    everything = context.register.all()
    matched = filtered(q, context)
    notes: list[str] = []
    if not len(matched) and len(untagged := untagged_theme_rows(q, context)):
        matched = untagged  # no row carries the theme: the rows whose words are on it
        notes.append(f"no row is tagged {' or '.join(q.themes)}: listed by their own words")
    still_open = open_rows(q, matched, context)
    if still_open is not None:  # 'not yet achieved': every row in scope not written as done
        matched = np.sort(still_open.positions)
        notes += [n for n in (unrecorded_note(still_open),) if n]
    if (nearest := labelled_instead(q, matched, context)) is not None:
        matched, q, note = nearest  # 'not started' where the paper writes 'Not implemented'
        notes.append(note)
    if (extreme := due_extreme(q.question)) and not q.refs:  # 'which is due first': that row
        loaded = context.register.loaded()
        matched = loaded.positions_of(at_extreme(loaded.at(matched), *extreme))
    ownerless = _stated_ownerless(q, matched, context)
    if ownerless is not None:  # a table with no owner column: the rows saying they have none
        matched = ownerless
    topic = specifying(subject_words(topic_terms(q, context), q.documents, context))
    framed = framed_out(topic, q, context)  # 'the main areas of concern': no subject
    topic = framed if framed or q.has_record_filters() else topic
    said_by: list[str] = []  # phrases the listed records are narrowed to saying
    unread: list[str] = []  # words no filter read: they may still single out subject rows
    mention = aliased_mention(q, matched, context) if topic else None
    if mention is None and topic and q.has_record_filters():
        mention = named_mention(q, matched, context)
    if mention is not None:  # 'which areas refer to the Harbour and Docks Plan?'
        said_by, matched = [mention[0]], mention[1]
        topic = []
    family = None if q.refs or not topic else family_scope(q, topic, matched, context)
    if family is not None:  # 'the cyber security review's': the rows of its ref family
        matched = family.positions
        topic = [t for t in topic if stem(t.lower()) not in family.name_words]
        notes.append(
            f"the {family.name} rows are those with {', '.join(family.codes)} in their refs"
        )
    if topic and q.has_record_filters():
        loose = [t for t in topic if t not in q.subject_terms]
        if loose:
            topic = [t for t in topic if t in q.subject_terms]
            says = saying(q.question, loose, matched, context)
            if not len(says.positions) and said_as(q.question, loose):
                # 'single out as a key risk': the rows saying the property after 'as'
                says = saying(q.question, said_as(q.question, loose), matched, context)
            one = says.one_property
            kept = len(says.positions)
            pending = _pending_rows(q, loose, matched, context)
            if pending and pending[2]:  # 'still waiting for X to be approved': rows stating it
                said_by, matched = [" … ".join(pending[0])], pending[1]
            elif one and 0 < kept < len(matched):  # 'the areas described as a key risk'
                said_by = [p.text for p in says.phrases]
                matched = says.positions
            elif one and not kept and _named_property(says):
                return _none_say(q, context, len(matched), [p.text for p in says.phrases])
            elif pending:
                said_by, matched = pending[0], pending[1]  # 'still awaiting approval'
            elif set(loose) <= quoted_words(q.question):  # "saying 'budget'": its text
                topic += loose
            else:  # 'fully met by the end of the year': 'end' names no subject
                unread = loose
                notes.append(_unread_note(loose))
    if q.has_record_filters() and not said_by and (unheld := unheld_subject(q, matched, context)):
        named, _ = describe(q, noun_of(q.question), [], documents)  # 'about drones': none is
        return none_about(q, context, len(matched), unheld, (named, criteria(q, [])))
    left = [t for t in q.subject_terms if not family or stem(t.lower()) not in family.name_words]
    if not topic and q.has_record_filters() and not said_by and left:  # less a family's name
        some = holding_some(q, matched, left, context)  # 'buses': rows saying 'bus'
        matched, topic = (some, left) if len(some) else (matched, topic)
    if topic:
        narrowed = on_subject(matched, topic, subject_text(q, topic), context, q.question)
        if len(narrowed) or not q.has_record_filters():
            matched = narrowed
        elif len(some := holding_some(q, matched, topic, context)):  # none on all its words
            matched = some
            notes.append(f"no row mentions {' and '.join(topic)} as asked; listed: rows with any")
        else:
            notes.append(
                f"no matching record mentions {', '.join(topic)}; the list ignores those words"
            )
            topic = []
        if topic and (held := held_narrowing(unread, matched, context)):
            matched, topic = held[0], topic + held[1]  # 'needed to understand better'
            notes.remove(_unread_note(unread))  # the subject rows holding those words
    elif not said_by and not q.has_record_filters() and q.terms and context.filters.is_empty():
        return abstain(
            q,
            context,
            "that subject",
            "None of its words appear in any record.",
            kind="unknown_words",
        )
    ordered = context.register.loaded().at(relevance_order(q, matched, context, topic))
    builder = context.citations()
    noun = noun_of(q.question)
    subject, predicate = describe(q, noun, topic, documents)
    subject += _saying_text(said_by)
    searched = context.searched()
    span = context.span(searched)
    rule = SLIPPED_RULE if q.slipped else None
    why = "; ".join(w for w in (criteria(q, topic), _saying_text(said_by).strip()) if w)
    line = (
        f"{len(ordered)} of {len(everything)} actions in {len(searched)} documents match"
        + (f" ({why})" if why else "")
        + (f"; searched {span}" if span else "")
        + "."
    )
    if rule:
        line += f" Rule: {rule}."
    if not ordered:
        return finish(
            q,
            context,
            body=f"No {subject} in the record {predicate}".rstrip() + ".",
            line=line,
            matched=0,
            rule=rule,
            route="register",
            notes=["zero-match", *notes],
        )

    if len(ordered) == 1:
        subject, predicate = describe(q, singular(noun), topic, documents)
        subject += _saying_text(said_by)
        predicate = _ONE_ROW_VERB.sub(lambda verb: _SINGULAR_VERB[verb.group(0)], predicate)
    lines: list[str] = []
    share = _share_verdict(q, len(ordered), context)
    if share:
        lines.append(share)
    if q.intent == "count":
        lines.append(f"**{len(ordered)}** {subject} {predicate}".rstrip() + ".")
    else:
        lines.append(f"**{len(ordered)} {subject} {predicate}".rstrip() + ":**")
    by_doc: OrderedDict[str, list[ActionRecord]] = OrderedDict()
    for record in ordered:
        by_doc.setdefault(record.document.id, []).append(record)
    listed = 0
    for doc_id, group in by_doc.items():
        if listed >= MAX_LISTED:
            break  # no heading of a paper none of whose rows is shown
        lines.append(f"\n*{doc_label(documents.get(doc_id), group[0])}*")
        for record in group:
            if listed >= MAX_LISTED:
                break
            chunk_id = context.record_chunk_id(record.id)
            reasons = None
            if q.slipped:
                slip = context.register.slippage(record)
                times = {1: "once", 2: "twice"}.get(slip.extensions, f"{slip.extensions} times")
                moved = [f"deadline moved {times}"] if slip.extensions else []
                reasons = moved + slip.reasons
            line_text = record_line(record, builder, chunk_id, _quote_for(record, q), reasons)
            if "priority" in q.fields and not q.priority and record.priority:
                line_text += f" — priority: {safe_text(record.priority)}"  # the field asked
            lines.append(f"- {line_text}")
            action = agreed_action_line(q, record, builder, chunk_id)
            if action:  # 'which action was the Clerk given?': the row's agreed action
                lines.append(f"  {action}")
            if "progress" in q.fields and record.progress:
                if len(ordered) == 1:  # one action: its whole progress note, sentence by sentence
                    quoted = progress_quotes(record, limit=5)
                else:
                    said = key_sentence(record, topic_weights(q.terms, context))
                    said = (
                        said
                        if said and said[0] in record.progress
                        else record_quote(record, record.progress)
                    )
                    quoted = [said] if said else []
                if quoted:
                    cited = " ".join(
                        f"“{text}”{cite_record(builder, record, chunk_id, (text, start))}"
                        for text, start in quoted
                    )
                    lines.append(f"  Progress: {cited}")
            listed += 1
    if len(ordered) > listed:
        lines.append(f"\n…and {len(ordered) - listed} more (in `records`).")
    if q.slipped or q.revised:
        lines += later_appearances(q, ordered[:5], context, builder)
    for note in notes:
        lines.append(f"\n_Note: {note}._")
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(ordered),
        rule=rule,
        citations=builder.citations(),
        records=ordered,
        route="register",
        notes=notes,
    )


# a row's own words that it has no owner ('This area continues to exist without a working
# lead'): a negation, up to two modifiers, and an owner noun
_SAYS_OWNERLESS = re.compile(
    r"\b(?:no|without|lacks?|lacking|absence of)\s+(?:(?:an?|any|clear|named|[a-z]+ing)\s+){0,2}"
    r"(?:owners?|leads?|leaders?|lead officers?|sponsors?|responsible (?:officers?|persons?))\b",
    re.I,
)


def _stated_ownerless(
    q: QueryAnalysis, matched: Positions, context: AnswerContext
) -> Positions | None:
    """'Which improvement area has no working lead?' where the scoped table has no owner
    column (the filter keeps none of its rows): the rows whose text says they have none; None
    when the question asks no such thing or the filter kept rows."""
    if not q.no_owner:
        return None
    scope = filtered(q.model_copy(update={"no_owner": False}), context)
    if not len(scope) or len(matched):
        return None  # the filter kept rows: the table has an owner column
    records = context.register.loaded().at(scope)
    if any(r.owner for r in records):
        return None
    keep = [
        p
        for p, r in zip(scope.tolist(), records, strict=True)
        if _SAYS_OWNERLESS.search(record_text(r))
    ]
    return np.array(keep, dtype=np.int32) if keep else None


def _share_verdict(q: QueryAnalysis, part: int, context: AnswerContext) -> str | None:
    """'Were at least half of the X met?': yes or no, with the count against the whole set
    (the rows of the question's scope before its predicate: status, degree, priority, owner,
    deadline); None unless the question sets such a threshold."""
    asked = threshold(q.question) if q.intent == "count" else None
    if asked is None:
        return None
    whole_q = q.model_copy(
        update={
            "statuses": [],
            "degree": None,
            "priority": None,
            "owner": None,
            "owner_not": None,
            "due_from": None,
            "due_to": None,
            "revised": None,
            "slipped": False,
            "no_due": False,
            "dated": False,
            "no_owner": False,
        }
    )
    whole = len(filtered(whole_q, context))
    if not whole:
        return None
    verdict = "Yes" if asked.met(part, whole) else "No"
    return (
        f"**{verdict} — {part} of {whole} ({round(100 * part / whole)}%), against {asked.words}.**"
    )


def _pending_rows(
    q: QueryAnalysis, loose: list[str], matched: Positions, context: AnswerContext
) -> tuple[list[str], Positions, bool] | None:
    """The rows whose own cells state the predicate a pending frame governs ('yet to be
    piloted' -> a cell saying 'pilot'), those stating it as still to come ('Pilot to commence
    Q4') before those that only mention it; and its words, and whether some row states all of
    them as still to come in one sentence ('waiting for a business case to be approved' -> 'the
    business case is yet to be approved', not 'the case has been approved'). None if no row,
    or every row, does."""
    objects = pending_objects(q.question, loose)
    if not objects:
        return None
    wanted = {stem(w) for w in objects}
    loaded = context.register.loaded()
    stating: dict[int, bool] = {}  # position -> states it as still to come
    whole: set[int] = set()  # positions with a sentence stating every word as still to come
    for position, record in zip(matched.tolist(), loaded.at(matched), strict=True):
        cells = [record.due_text, record.status_text, record.progress, *record.columns.values()]
        for cell in filter(None, cells):
            if not stems_among(cell, wanted):  # nor then any sentence of it
                continue
            for sentence in re.split(r"(?<=[.;])\s+", cell):
                said = stems_among(sentence, wanted)
                if said:
                    coming = bool(TO_COME.search(sentence))
                    stating[position] = stating.get(position, False) or coming
                    if coming and len(wanted) > 1 and said == wanted:
                        whole.add(position)
    to_come = [p for p, pending in stating.items() if pending]
    kept = np.array(sorted(whole or to_come or stating), dtype=np.int32)
    return (objects, kept, bool(whole)) if 0 < len(kept) < len(matched) else None


def _saying_text(phrases: list[str]) -> str:
    return " saying " + " or ".join(f"'{p}'" for p in phrases) if phrases else ""


def _named_property(says: Saying) -> bool:
    """The words the filters left name a property the record states somewhere (a phrase of
    two or more words some other record says), not a word of the question's frame, and no
    listed record holds its words even apart ('workstreams address' / 'addressing ... via the
    following workstreams')."""
    return says.said_elsewhere and not says.apart and any(len(p.slots) > 1 for p in says.phrases)


def _none_say(q: QueryAnalysis, context: AnswerContext, total: int, phrases: list[str]) -> Answer:
    """None of the ``total`` records the filters keep says the phrase: a zero-match answer."""
    noun = noun_of(q.question)
    subject, _ = describe(q, noun, [], {d.id: d for d in context.documents})
    quoted = " or ".join(f"'{p}'" for p in phrases)
    body = f"None of the {total} {subject} says {quoted}."
    why = "; ".join(w for w in (criteria(q, []), f"saying {quoted}") if w)
    line = f"0 of {total} actions that match ({why})."
    return finish(
        q, context, body=body, line=line, matched=0, route="register", notes=["zero-match"]
    )


def select_few(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A lookup whose subject is set by filters ('the area due in March 2009 — who owns it?'):
    the few records (one to three) that match are described; else None, and they are listed
    (:func:`listing`)."""
    matched = selected(q, context)  # 'the action that was overdue': overdue at its paper's date
    topic = topic_terms(q, context)
    if topic and len(matched) > 1:
        narrowed = on_topic(matched, topic_weights(topic, context), context)
        matched = narrowed if len(narrowed) else matched
    if 0 < len(matched) <= 3:
        return describe_records(q, context.register.loaded().at(matched), context, route="select")
    return None
