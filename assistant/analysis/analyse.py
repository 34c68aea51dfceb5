"""``analyse``: a question read, step by step, into a :class:`QueryAnalysis`.

Rules, not a model: every decision can be read here and tested. The steps share a
:class:`Reading` of the question: each step that reads part of the question marks those words
as *consumed* on it, and the topic terms are the words no step consumed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.approx_years import strict_years
from assistant.analysis.asked_frames import DATE_AGAINST, RESPONSIBILITY_FRAME
from assistant.analysis.blank_columns import blank_filters, read_blank_column
from assistant.analysis.bodies import body_acronyms
from assistant.analysis.carried import carried_phrase, papers_of_window, related_papers
from assistant.analysis.category_labels import category_label
from assistant.analysis.claimed import read_claims, read_premise
from assistant.analysis.column_labels import labels_read
from assistant.analysis.comparison import asks_of_papers_jointly, compared_sides
from assistant.analysis.distributive import asks_each_paper
from assistant.analysis.due_asked import of_named_rows
from assistant.analysis.filters_read import read_category, read_filters
from assistant.analysis.fronted_refs import counts_refs, fronted_refs
from assistant.analysis.grouping import asked_grouping
from assistant.analysis.headed_rating import headed_rating
from assistant.analysis.headers import describes_row, fields_by_header
from assistant.analysis.intent import (
    TIME_APART,
    asks_what_was_recorded,
    counted_noun,
    intent_of,
    noun_phrase_subject,
    rows_counted,
    subject_phrases,
    which_noun,
)
from assistant.analysis.model import DocField, FieldName, Intent, QueryAnalysis, QuestionPart
from assistant.analysis.named_scope import compared_sections, read_names, sections_of_noun
from assistant.analysis.names import NameIndex, counts_column_rows, refs_named
from assistant.analysis.numbered_bodies import papers_numbered
from assistant.analysis.numbered_rows import names_only_rows, numbered_refs
from assistant.analysis.ones import one_of_which
from assistant.analysis.ordinal_rows import placed_refs
from assistant.analysis.other_stated import other_than_stated
from assistant.analysis.owner_alternatives import owners_or
from assistant.analysis.owner_given import given_action_asked, owner_asked_to_do, owner_given_rows
from assistant.analysis.owners import (
    asks_owners_rows,
    has_owner,
    holds_rows,
    no_owner,
    owner_alone,
    owner_as_locus,
    owner_jointly,
    read_owner,
)
from assistant.analysis.paired_states import paired_states
from assistant.analysis.paper_formats import scoped_by_format
from assistant.analysis.paper_made import paper_made_verb
from assistant.analysis.paper_order import read_paper_order
from assistant.analysis.paper_scope import scope_frame_words
from assistant.analysis.paper_units import asked_paper_unit
from assistant.analysis.parts import question_parts
from assistant.analysis.patterns import (
    DOC_FIELDS,
    EARLIER_MEETING,
    FIELD_TRIGGERS,
    FIELD_WORDS,
    OUTCOME,
    POSITION_WORDS,
    SET_DATE,
    unquoted,
)
from assistant.analysis.periods import (
    all_years,
    due_year_span,
    paper_of_year,
    state_as_reported,
    unknown_paper_years,
    unknown_periods,
    with_full_years,
)
from assistant.analysis.quoted_cells import quoted_rows
from assistant.analysis.reading import (
    ASPECT_WORDS,
    Reading,
    excluded,
    excluded_words,
    without_leading_complement,
)
from assistant.analysis.recurrence import STOOD
from assistant.analysis.ref_codes import asks_group_raised
from assistant.analysis.ref_forms import read_as_held
from assistant.analysis.request_clause import request_clause_intent
from assistant.analysis.request_frame import plain_request
from assistant.analysis.rows_asked import asks_rows
from assistant.analysis.scopes import section_of_year
from assistant.analysis.state_subject import blank_spans, subject_state_spans
from assistant.analysis.targets import named_targets
from assistant.analysis.theme_frame import frame_of
from assistant.analysis.themes import elaboration, themes_intersected, themes_named, title_words
from assistant.analysis.time_read import (
    held_due_label,
    papers_of_year,
    read_time,
    relative_due,
    yearless_due,
)
from assistant.analysis.titled_span import papers_titled_by_span
from assistant.analysis.value_asks import POST_NOUNS, owner_by_post, what_in_state
from ingest.model import DocumentInfo
from vectorstore.bm25 import query_terms
from vectorstore.identifiers import as_held, identifiers


def _one_body(
    named: Sequence[str], of_year: Sequence[str], documents: Sequence[DocumentInfo]
) -> bool:
    """Whether the papers a year names are of the body of the papers a name names (or either
    body is unknown): 'the 2019 items in Heronsgate's 2021 tracker' keeps Heronsgate's paper
    when the 2019 paper is another body's."""
    body = {d.id: (d.organisation or "").strip().lower() for d in documents}
    named_bodies = {body.get(i, "") for i in named}
    year_bodies = {body.get(i, "") for i in of_year}
    return "" in named_bodies | year_bodies or bool(named_bodies & year_bodies)


def analyse(question: str, name_index: NameIndex) -> QueryAnalysis:
    """Read a question into what it asks for: intent, themes, time window, due window,
    statuses, priority, owner, documents or sections named, refs, the fields asked for,
    premises and key terms."""
    question = plain_request(question)  # 'could you please list X, thanks' -> 'list X'
    question = with_full_years(question)  # 'the 07/08 plan' -> 'the 2007/08 plan'
    question = one_of_which(question) or question  # 'One of the X is Y. Which?': which X is Y
    question = other_than_stated(question) or question  # 'X sits with Y. What other …?'
    reading = Reading(question, residual=question)
    # 'late banking', 'assessments were overdue': a state word of the subject names no filter
    held_states = subject_state_spans(question, name_index.state_neighbours, name_index.item_nouns)
    reading.plain = blank_spans(reading.plain, held_states)
    # 'apart from R10, what …'; 'of R3, R4 and R9, which …': 'which of R3, R4 and R9 …'
    folded = fronted_refs(reading.plain) or without_leading_complement(reading.plain)
    intent = intent_of(folded)
    if intent == "list" and names_only_rows(folded, lambda asked: _refs(asked, name_index)):
        intent = "lookup"  # 'Show me E2.', 'pull up recommendation 4': the rows named, shown
    if intent == "lookup" and counts_refs(folded):
        intent = "count"  # 'how many of R1, R2 and R3 are complete?': the rows named, counted
    if intent in ("lookup", "explain"):  # 'On payroll - list the actions': the last clause asks
        intent = request_clause_intent(reading.plain, intent_of, name_index.item_nouns) or intent
    counted = counted_noun(reading.plain, name_index.item_nouns)
    rows = rows_counted(reading.plain, counted, name_index.item_nouns)
    asked_to_do = owner_asked_to_do(reading.plain, name_index)
    if intent == "lookup" and rows is None and counts_column_rows(counted, name_index):
        rows = counted or ""  # 'how many objectives are amber?': rows headed 'Objective'
    if intent == "lookup" and rows is not None:
        intent = "count"  # 'how many of the observations / things did the audit recommend'
        reading.consume(rows)
    elif intent == "lookup" and asks_rows(reading.plain, name_index.item_nouns, _held(name_index)):
        intent = "list"
    elif intent in ("lookup", "explain") and (
        asks_owners_rows(reading.plain, name_index)
        or owner_given_rows(reading.plain, name_index)
        or asked_to_do
    ):
        intent = "list"  # "what's the Treasurer responsible for?": the rows the owner holds
    if intent == "list" and asked_to_do:
        reading.consume(asked_to_do)  # 'what was the Clerk asked to do?': frame, no subject
    if intent == "list" and (load := owner_as_locus(reading.plain, name_index)):
        reading.consume(load)  # "what's on the Clerk's plate?": the noun frames, no subject
    post = owner_by_post(reading.plain)
    if intent == "list" and post and post.split()[1].lower() in POST_NOUNS:
        intent = "lookup"  # 'which team carries the point on X': one row's owner
    parts = [*name_index.sections, *name_index.categories]  # a phrase naming a part is none
    carried = carried_phrase(reading.plain, parts) if intent in ("list", "count") else None
    if carried is not None:  # 'carried over from last year': a relation, no words or year to read
        reading.blank([(carried.start, carried.end)])
        reading.consume(reading.plain[carried.start : carried.end])
        gap = " " * (carried.end - carried.start)
        reading.plain = reading.plain[: carried.start] + gap + reading.plain[carried.end :]
    years = all_years(reading.plain)
    unread = (set(reading.consumed), reading.residual)  # before any name is read (read first)
    docs = name_index.documents
    documents, named = read_names(reading, name_index, due_year_span(reading.question))
    if not documents and not named:  # 'in the 2023/24 plan': the paper whose title writes it
        documents = papers_titled_by_span(reading.plain, name_index.documents)
    documents = scoped_by_format(reading, documents, name_index)  # 'the spreadsheet tracker'
    # 'open in the 2023 plan, done by the 2024 follow-up': a state at each of a body's papers
    paired = paired_states(question, name_index.documents, name_index.status_values, documents)
    if len(named) == 1 and (
        moved := section_of_year(
            named[0], name_index.sections, name_index.documents, {y for _, y in years}
        )
    ):
        named = [moved]  # 'the improvement areas from the 2008 inspection': that year's table
        documents = list(name_index.sections[moved])
    elif (
        len(named) <= 1
        and documents
        and (of_year := paper_of_year(reading.plain, docs))
        and not set(documents) & set(of_year[0])
        and _one_body(documents, of_year[0], docs)
    ):  # 'the 2002 recommendation on HMIC's work': the 2002 paper, not a 2008 one so named
        named, documents = [], of_year[0]
        reading.consumed, reading.residual = unread  # the name's words are its subject's
    ordered = (
        None if len(documents) == 1 or named else read_paper_order(reading, documents, name_index)
    )
    documents = ordered.documents if ordered else documents  # 'the oldest paper held'
    section = named[0] if len(named) == 1 else None
    if intent == "lookup" and (documents or named):  # 'what did the auditors recommend on X?'
        intent = "list" if asks_what_was_recorded(reading.plain, name_index.item_nouns) else intent
        if asks_group_raised(reading.plain, documents, name_index.ref_codes):
            intent = "list"  # 'what did the cyber security review find?': its ref family's rows
        if which_noun(_which_name(reading), name_index.item_nouns):
            intent = "list"  # 'which use of resources recommendations …': a name's words
    if (
        intent in ("lookup", "explain")
        and len(documents) >= 2
        and (
            asks_of_papers_jointly(reading.plain)
            or asks_each_paper(reading.plain)
            # 'statements 2, 5 and 8': the numbered bodies' papers, each asked of
            or bool(papers_numbered(reading.question, name_index.documents)[0])
        )
    ):
        intent = "compare"  # 'what do the 2008 plan and the 2017 report say about X?'
    if intent in ("lookup", "explain") and len(documents) >= 2 and STOOD.search(reading.plain):
        intent = "recurring"  # 'where it stood in the 2008 plan, the 2015 AGS and …': each
    reading.residual = unquoted(reading.residual)
    time = read_time(reading, years, intent)
    if (
        intent in ("list", "count")
        # 'which owner has the most 2023 recommendations?': a total by group, over that paper
        or asked_grouping(question, {}, name_index.owners) is not None
    ) or (
        intent == "compare"
        and len(documents) <= 1
        and len({y for _, y in years}) == 1
        and not refs_named(reading.plain, name_index)  # refs are found by the year's window
    ):  # 'in the 2002 summary, were more met completely or significantly?': one paper's rows
        documents = papers_of_year(reading, time, documents, name_index)
    relative_due(reading, time, documents, name_index)  # 'due this financial year'
    yearless_due(reading, time, documents, name_index)  # 'due by September': the papers' year
    if state_as_reported(reading.plain, time.due_to, documents, name_index):
        time.due_from = time.due_to = time.due_text = None  # 'met by 31 March 2002', as reported
    if carried and carried.direction and not documents:  # 'the 2024 ones … the year before'
        documents = papers_of_window(time, name_index.documents)
    later, carried_year = (
        related_papers(documents, name_index.documents, carried) if carried else ([], None)
    )
    documents = later or documents  # the papers with an earlier one of their body, if any
    sections = named if len(named) > 1 else []  # 'the audit and the inspection recommendations'
    sections = sections or sections_of_noun(
        reading, intent, counted, documents, section, name_index
    )
    if len(sections) == 1:
        section, sections = sections[0], []
    blank = read_blank_column(reading, intent)  # "don't have a deadline set": empty cells
    filters = read_filters(reading, intent, name_index, documents)
    blank_filters(blank, filters)
    if intent in ("list", "count") and filters.priority is None:  # 'the high risk ones'
        filters.priority = headed_rating(reading, name_index, documents)
    column_says = labels_read(reading, intent, name_index, documents, filters)  # 'limited'
    if filters.statuses or filters.degree or filters.slipped or filters.status_says:
        reading.consume_words(ASPECT_WORDS)  # 'not started yet', 'still open': the state's
        reading.consume_words(LABEL_VERBS)  # "what's showing amber": the label's verb
    if intent in ("list", "count", "lookup") and not filters.due_says:  # "due in Q2 2009", held
        filters.due_says = held_due_label(reading, documents, name_index)
    in_state = filters.statuses or filters.degree or filters.slipped or filters.status_says
    unit = asked_paper_unit(question, name_index.documents) if in_state else None
    if unit:  # 'which services show X as not started': the papers frame it, X is the subject
        reading.consume(unit)
    if intent == "lookup" and in_state and (what_in_state(reading.plain, reading.consumed) or unit):
        intent = "list"  # 'what is still open on the log?': the rows in that state
        filters.category = read_category(reading, intent, name_index, documents)
    field_rows = name_index.header_rows, documents  # the rows a field's word may describe instead
    fields, doc_field = _read_fields(reading, intent, time.due_text, field_rows)
    headed = fields_by_header(
        reading, intent, name_index.header_fields, documents, fields, name_index.header_rows
    )
    fields = fields or headed  # 'what RAG rating does X carry': a paper's own header
    if ordered and ordered.alone and not (fields or doc_field):
        doc_field = "date"  # 'which is the newest paper?': that paper, by its date
    post = owner_by_post(reading.residual) if intent == "lookup" else None
    if post and not fields:  # 'which post holds the recommendation on X': its owner
        fields = ["owner"]
        reading.consume(post)
    # 'in more than one of the papers', 'dated earlier', 'who wrote each?': frame, not subject
    reading.consume(" ".join(frame_of(reading.plain, question, intent)))
    if intent in ("list", "count"):  # 'across every body', 'the ones on X': which rows, no topic
        reading.consume(" ".join(scope_frame_words(reading.plain)))
    _read_elaboration(reading, intent)
    apart = TIME_APART.search(reading.plain)
    if apart:  # 'how far apart': a span of time, not how far something was met
        reading.consume(apart.group(0))
        fields = [f for f in fields if f != "status"]
    premise = read_premise(question)
    owner, owner_excluded, fields = read_owner(
        reading, intent, fields, name_index, premise, documents
    )
    ownerless, fields = no_owner(reading, intent, fields, blank == "owner")
    owned = not ownerless and not owner and has_owner(reading, intent)  # 'with a named lead'
    owner_or, neither = owners_or(reading, intent, owner, name_index.owners_of(documents))
    owner_excluded = owner_excluded or neither  # 'not owned by X or Y': rows of neither
    if (
        intent == "list"
        and "action" not in fields
        and given_action_asked(reading.plain, name_index)
    ):
        fields = [*fields, "action"]  # 'which action was the Clerk given?': its agreed action
    owner_only = bool(owner) and owner_alone(reading)
    owner_shared = bool(owner) and not owner_only and owner_jointly(reading)
    claims = read_claims(reading.plain, premise, intent)
    refs = _refs(question, name_index)
    # a ref in pieces names its row, no topic: 'JAC' of 'JAC/24/10', 'MHA' of 'MHA 23-02'
    reading.consume(
        " ".join(
            r
            for r in refs
            if " " in r.strip() or (r.lower() in name_index.refs and re.search(r"[/.\-]", r))
        )
    )
    # a list or count quoting a cell's value asks for the rows in that state, not for one row
    asks_one = not refs and intent not in ("list", "count")
    quoted, quotes = quoted_rows(question, name_index.cell_values) if asks_one else ([], [])
    if len(quoted) == 1 and (not documents or quoted[0][0] in documents):
        # "the rec with the timescale 'Process in place by end of 2002'": the row holding it
        documents, refs = [quoted[0][0]], [quoted[0][1]]
        reading.consume(" ".join(quotes))
    elif not refs and (placed := placed_refs(question, documents, section, name_index)):
        refs = placed[0]  # 'the third recommendation in the 2002 report': by its place
        reading.consume(placed[1])
    if intent == "lookup" and owner and not refs and holds_rows(reading.plain, owner):
        intent = "list"  # 'the Clerk has a couple of actions in the log: where are they at?'
    left = excluded(question, refs)  # 'other than R12': refs the answer leaves out
    reading.consume(" ".join(left))
    # 'apart from the one on backlog maintenance': words describing the records left out
    left_words = [
        w
        for w in (excluded_words(question, refs) if intent in ("list", "count") else [])
        if w not in reading.consumed  # 'other than the Treasurer': read as an owner already
    ]
    reading.consume(" ".join(left_words))
    titled = name_index.titles_of(documents) if intent in ("list", "count") else []  # their kind
    held = name_index.header_fields
    headers = {key: f for doc in documents or held for key, f in held.get(doc, {}).items()}
    grouping = asked_grouping(question, headers, name_index.owners)
    if grouping:  # 'under each risk rating': the column's words name no theme or subject
        reading.consume(grouping.words)
    themes = themes_named(reading.residual, reading.consumed | title_words(titled))
    return of_named_rows(
        QueryAnalysis(
            question=question,
            intent=intent,
            themes=themes,
            themes_all=intent in ("list", "count") and themes_intersected(reading.residual, themes),
            since=time.since,
            until=time.until,
            period=time.period,
            due_from=time.due_from,
            due_to=time.due_to,
            statuses=filters.statuses,
            slipped=filters.slipped,
            min_extensions=filters.min_extensions,
            revised=filters.revised,
            priority=filters.priority,
            degree=filters.degree,
            category=filters.category,
            revised_from=time.revised_from,
            revised_to=time.revised_to,
            no_due=filters.no_due,
            dated=filters.dated,
            no_owner=ownerless,
            has_owner=owned,
            due_says=filters.due_says,
            status_says=filters.status_says,
            column_says=column_says,
            percent_range=filters.percent_range,
            owner_only=owner_only and not owner_excluded,
            owner_shared=owner_shared and not owner_excluded,
            carried=carried.kind if later and carried else None,
            carried_year=carried_year if later and carried else None,
            paired=paired,
            quantity=bool(re.search(r"\bhow (?:many|much)\b", question, re.I))
            and intent == "lookup",
            years=sorted({y for _, y in years}),
            owner=None if owner_excluded else owner,
            owner_not=owner if owner_excluded else None,
            owner_or=owner_or,
            documents=documents,
            section=section,
            sections=sections or compared_sections(question, intent, name_index),
            unknown_periods=unknown_periods(  # 'the 2008/09-era plans': near a paper's year
                strict_years(question, years, (d.year for d in name_index.documents if d.year)),
                name_index,
            )
            + unknown_paper_years(question, name_index),
            refs=[r for r in refs if r not in left],
            refs_not=left,
            terms_not=left_words,
            subject_states=[question[a:b].lower() for a, b in held_states],
            field=fields[0] if fields and intent in ("lookup", "explain") else None,
            fields=fields,
            header_named=bool(headed),
            doc_field=doc_field,
            premise=premise,
            claims=claims,
            outcome=bool(OUTCOME.search(question)),
            terms=(terms := reading.terms(claims)),
            subject_terms=_subject_terms(question, terms, name_index),
            parts=_parts(question, name_index),
            sides=compared_sides(question) if intent == "compare" else [],
            apart=apart is not None,
            group_by=grouping.field if grouping else None,
            group_extreme=grouping.extreme if grouping else None,
        )
    )


# the verbs a paper's label is said with ('showing amber', 'flagged as overdue'): no subject
LABEL_VERBS = frozenset("showing shown marked flagged labelled labeled".split())


def _read_elaboration(reading: Reading, intent: Intent) -> None:
    """A list's trailing 'either A or B' spelling out its subject: its own words are no term
    and name no theme (the subject before it does)."""
    span = elaboration(reading.plain) if intent in ("list", "count", "recurring") else None
    if span is not None:
        consumed = set(reading.consumed)
        before = re.findall(r"[A-Za-z0-9]+", reading.plain[: span[0]])
        reading.consume(reading.plain[span[0] : span[1]])
        reading.consumed -= {w.lower() for w in before} - consumed
        reading.blank([span])


def _held(name_index: NameIndex) -> set[str]:
    """Every status value the papers hold, as written ('Blue', 'Behind schedule')."""
    return {v for values in name_index.status_values.values() for v in values if v}


def _which_name(reading: Reading) -> str:
    """'which <name> …' when a name read follows 'which' directly: 'which' and the name's own
    words ('which use of resources recommendations' -> 'which recommendations'), so its head
    noun is read past the 'of' inside the name; '' otherwise."""
    found = re.search(r"\bwhich(\s{2,})\S", reading.residual, re.I)
    if found is None:
        return ""
    named = reading.plain[found.start(1) : found.end(1)].split()
    return "which " + (named[-1] if named else "")


def _read_fields(
    reading: Reading,
    intent: Intent,
    due_text: str | None,
    rows: tuple[dict[str, list[frozenset[str]]], list[str]] = ({}, []),
) -> tuple[list[FieldName], DocField | None]:
    """The fields of a record asked for (only the words that asked are consumed), and a field
    of a document itself ('who wrote the report')."""
    question = reading.plain
    fields: list[FieldName] = []
    for pattern, name in FIELD_WORDS:
        found = pattern.search(reading.residual)
        if (
            found
            and " " not in found.group(0)
            and describes_row(reading.residual, found.span(), *rows)
        ):
            continue  # 'the monthly progress report on X': the row's words, no field asked
        if found and name not in fields:
            fields.append(name)
            reading.consume_each(pattern, only=FIELD_TRIGGERS)  # each word asking it
            if name == "progress":  # 'what is the latest position on X?': the frame's words
                reading.consume(found.group(0), only=POSITION_WORDS)
    if "due" in fields:  # 'what date is shown against X?': the date column, no word of X
        for against in DATE_AGAINST.finditer(question):
            reading.consume(against.group(0))
    if "owner" in fields:  # 'who is in charge of X': 'charge' asks who, it names nothing of X
        for frame in RESPONSIBILITY_FRAME.finditer(question):
            words = frame.group(0).split()  # 'takes [the plan] forward': its ends only
            reading.consume(" ".join(words if len(words) < 3 else (words[0], words[-1])))
    # 'what date was first agreed for X?': the row's deadline, not its paper's date; 'when
    # did the committee last meet?': an earlier meeting than the paper's own
    earlier = SET_DATE.search(question) or EARLIER_MEETING.search(question)
    if intent in ("lookup", "list") and not due_text and not earlier:
        for pattern, doc_field in DOC_FIELDS:
            if intent == "list" and doc_field == "date":
                continue  # 'which individuals wrote …?' lists the paper's authors
            doc_match = pattern.search(question)
            if doc_match:  # only the verb, when one was read: the rest names the subject
                verb = next((v for v in doc_match.groupdict().values() if v), None)
                reading.consume(verb or doc_match.group(0))
                return fields, doc_field
        made = paper_made_verb(reading.residual) if rows[1] else None
        if made:  # 'when was the Audit Action Tracker issued?': the paper's own date
            reading.consume(made)
            return fields, "date"
    return fields, None


def _subject_terms(question: str, terms: list[str], name_index: NameIndex) -> list[str]:
    """The terms in the phrases that name a list's subject, less the name of an organisation
    written as an acronym ('MPS', 'MPA'): a body's name says who, not what about."""
    named = {t for phrase in subject_phrases(question) for t in query_terms(phrase)}
    bodies = body_acronyms(name_index.documents, name_index.owners)
    modifier = noun_phrase_subject(question) or ""  # 'which MPS actions': whose, not what about
    elsewhere = {t for p in subject_phrases(question) if p != modifier for t in query_terms(p)}
    acronyms = {
        w.lower()
        for w in re.findall(r"\b[A-Z]{2,6}s?\b", modifier)
        if (w.lower() in bodies or w.lower().rstrip("s") in bodies) and w.lower() not in elsewhere
    }
    return [t for t in terms if t in named and t not in acronyms]


# a time of a year written joined ('end-of-2023', 'mid-2024', 'early-2025'): a date, no ref
_TIME_OF_YEAR = re.compile(
    r"(?:end|mid|start|early|late|beginning|middle|spring|summer|autumn|winter)"
    r"(?:[-/.]of)?[-/.](?:19|20)\d\d",
    re.I,
)


def _refs(question: str, name_index: NameIndex) -> list[str]:
    """Refs in the question: identifier-like tokens ('R18', 'item 4'), and any ref the
    register holds written out ('NV-03', '19/20-08')."""
    found = [r for r in identifiers(question) if not re.fullmatch(r"(19|20)\d\d", r)]
    found = as_held(found, lambda ref: ref.lower() in name_index.refs)
    found = [f for f in found if not _of_title_named(f, question, name_index)]
    found += [n for n in numbered_refs(question, name_index.refs) if n not in found]
    for ref in refs_named(question, name_index):
        low = ref.lower()
        if _of_title_named(ref, question, name_index):
            continue
        if any(low in f.lower() for f in found):
            continue  # already read ('R4' inside 'HMIC R4')
        if re.search(r"[/.\-]", ref):
            # the register's spelling replaces the pieces the identifier reader made of it
            found = [f for f in found if f.lower() not in low]
        found.append(ref)
    found = [f for f in found if not _of_category_named(f, question, name_index)]
    found = [f for f in found if not _as_amount(f, question) and not _in_date(f, question)]
    found = read_as_held(question, found, name_index.refs)  # 'REC 12(a)'; 'tier-1' no ref
    # 'end-of-2023' is a date, unless the register holds it as a ref
    return [r for r in found if not _TIME_OF_YEAR.fullmatch(r) or r.lower() in name_index.refs]


def _in_date(ref: str, question: str) -> bool:
    """Whether ``ref`` is only ever the day and month of a date written with dots or slashes
    ('28.02.2026', '31/03/2025'), not a row."""
    spots = list(re.finditer(rf"(?<![\w.]){re.escape(ref)}(?![\w])", question))
    return bool(spots) and all(
        re.match(r"[./]\d{2,4}\b", question[m.end() :]) and re.fullmatch(r"\d{1,2}[./]\d{1,2}", ref)
        for m in spots
    )


def _as_amount(ref: str, question: str) -> bool:
    """Whether ``ref`` is written as a sum or a rate ('£3.9 million', '1.5%'), not a row."""
    return bool(
        re.search(
            rf"[£$€]\s*{re.escape(ref)}(?![\w.])|(?<![\w.]){re.escape(ref)}\s*"
            r"(?:%|per\s*cent|million|billion|bn|m\b|k\b)",
            question,
            re.I,
        )
    )


def _of_category_named(ref: str, question: str, name_index: NameIndex) -> bool:
    """Whether ``ref`` is the code in a category's head the question names whole ('B3' of
    'under condition B3', the category 'Condition B3: outcomes'), not a row's ref."""
    asked = f" {' '.join(re.findall(r'[a-z0-9]+', question.lower()))} "
    return any(
        (head := category_label(c)) is not None
        and ref.lower() in head.split()
        and f" {head} " in asked
        for c in name_index.categories
    )


def _of_title_named(ref: str, question: str, name_index: NameIndex) -> bool:
    """Whether ``ref`` is no ref of the register but a word of a paper's title the question
    names whole ('d07' of 'the d07 moors actions', a title made from a file name)."""
    if ref.lower() in name_index.refs:
        return False
    low = question.lower()
    return any(
        d.title.lower() in low and re.search(rf"\b{re.escape(ref)}\b", d.title, re.I)
        for d in name_index.documents
        if d.title
    )


def _parts(question: str, name_index: NameIndex) -> list[QuestionPart]:
    texts = question_parts(question)
    if len(texts) < 2:
        return []
    return [QuestionPart(text=t, documents=named_targets(t, name_index)[0]) for t in texts]
