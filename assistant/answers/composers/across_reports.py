"""Issues across reports: recurrence of a theme or topic, and comparison by document and year.

Both answers walk the documents in date order. In each, the records on the subject are shown
with what they say (their best sentences for the question), and where a paper speaks to the
subject only in prose (a covering report, say), its best passage is shown instead.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from assistant.analysis import QueryAnalysis
from assistant.analysis.recurrence import BODIES_ASKED, OF_BODIES, STATE_ASKED, content_asked
from assistant.analysis.theme_frame import asks_course
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support import seeded_rows as seeded_of
from assistant.answers.support.asked_words import question_words
from assistant.answers.support.describe import ranked_first
from assistant.answers.support.excerpts import (
    PROSE_COVERAGE,
    PROSE_COVERAGE_BESIDE_RECORDS,
    RECURRING_SENTENCES,
    own_passage,
    prose_passages,
    sentences,
    state_sentence,
)
from assistant.answers.support.gather import gather
from assistant.answers.support.progress_themes import progress_speaking
from assistant.answers.support.reach import asks_which_has_more, scope
from assistant.answers.support.recordtext import (
    cite_record,
    doc_label,
    due_words,
    record_name,
    safe_text,
)
from assistant.answers.support.recurring_rows import (
    alike_rows,
    bodies_head,
    body_of,
    more_line,
    of_bodies,
    shown_title,
    with_alike,
)
from assistant.answers.support.side_owners import owner_fact, owners_line
from assistant.answers.support.subject import match, subject_of, subject_weights
from assistant.answers.support.tallies import Tally, compared_line
from assistant.answers.support.topics import (
    apply_api_filters,
    on_topic,
    topic_terms,
    topic_weights,
)
from assistant.answers.support.wordlinks import linked_coverage
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence, term_weights
from assistant.workbench import recurring
from ingest.model import ActionRecord, DocumentInfo

PER_DOCUMENT = {"recurring": 6, "compare": 3}

MAX_REPORTS = 12  # reports shown in full; the rest are counted

MAX_THREADS = 3  # issue threads listed under a recurrence answer

MAX_STEPS = 6  # appearances of a thread shown

MAX_OVERVIEW = 20  # threads in an overview of what recurs

MAX_THEMES = 6  # themes in it

MAX_PASSAGE_HITS = 60

OWN_SEARCHES = 4  # prose-only papers searched within themselves, per question
OWN_HITS = 6  # chunks of such a search


def _subject(
    q: QueryAnalysis, context: AnswerContext
) -> tuple[list[str], dict[str, float], str] | None:
    """(topic terms, weights to rank sentences with, how to name the subject)."""
    topic = topic_terms(q, context)
    words = list(q.terms)
    for theme in q.themes:
        words += [w for w in re.findall(r"[a-z]+", theme.lower()) if w not in words]
    weights = term_weights(words, context.stats)
    if q.themes:
        return topic, weights, " and ".join(q.themes)
    if topic:
        return topic, weights, ", ".join(f"'{t}'" for t in topic)
    return None


def _on_topic_ids(topic: list[str], context: AnswerContext) -> set[str]:
    """Ids of every record on the topic (one pass over the register's arrays)."""
    register = context.register
    everything = np.arange(len(register.all()), dtype=np.int32)
    chosen = on_topic(everything, topic_weights(topic, context), context)
    return {record.id for record in register.loaded().at(chosen)}


def _subject_ids(
    q: QueryAnalysis, topic: list[str], context: AnswerContext
) -> dict[str, float] | None:
    """Record id -> how near the record is to the question's subject, for the records on it
    in every paper of every year (:func:`subject.match`: by its words, in its issue or said as
    a phrase, and by meaning, calibrated on the register). None when the question names no
    subject but its themes (the theme is the subject), or when no record is on a subject
    named only by theme words."""
    found = match(q, context)
    if found is None or not len(found.positions):
        if q.themes:
            return None
        return {}
    records = context.register.loaded().at(found.positions)
    # its title names the subject, then its issue does, then by meaning
    return {
        r.id: float(m) + (1.0 if w else 0.0) + (2.0 if t else 0.0)
        for r, m, w, t in zip(
            records,
            found.meaning.tolist(),
            found.by_words.tolist(),
            found.in_title.tolist(),
            strict=True,
        )
    }


def _records_in(
    q: QueryAnalysis,
    context: AnswerContext,
    doc: DocumentInfo,
    candidates: dict[str, list[ActionRecord]],
) -> list[ActionRecord]:
    """The document's records among ``candidates`` (:func:`_candidates`), in the section the
    question names, if the document has it."""
    themed = list(candidates.get(doc.id, ()))  # sorted later
    if not themed:
        return themed
    if q.section and q.section in {r.section for r in context.register.of_document(doc.id)}:
        themed = [r for r in themed if r.section == q.section]
    return apply_api_filters(themed, context.filters, context)


def _asked_for(q: QueryAnalysis, documents: list[DocumentInfo]) -> set[str]:
    """Ids of the documents the question names, itself or by their year (not those of a
    range or of the whole record)."""
    return {d.id for d in documents if d.id in q.documents or (d.year and d.year in q.years)}


def _said_in_progress(
    q: QueryAnalysis, context: AnswerContext, doc: DocumentInfo
) -> list[ActionRecord]:
    """A paper the question asks about, none of whose records is tagged with its themes: its
    records whose progress speaks of a theme (tags read only a record's issue, title and
    action; a paper may report on the theme only in what it says was done)."""
    return progress_speaking(context.register, doc.id, q.themes)


def _held_by_document(
    subject_ids: set[str] | dict[str, float] | None, context: AnswerContext
) -> npt.NDArray[np.bool_] | None:
    """The register positions of the records ``subject_ids`` names, as a mask (None: no such
    list): a document's are found from its positions, without reading its records."""
    if subject_ids is None:
        return None
    loaded = context.register.loaded()
    held = np.zeros(len(loaded.records), dtype=bool)
    held[[loaded.position[i] for i in subject_ids if i in loaded.position]] = True
    return held


def _candidates(
    q: QueryAnalysis,
    subject_ids: set[str] | dict[str, float] | None,
    held: npt.NDArray[np.bool_] | None,
    context: AnswerContext,
) -> dict[str, list[ActionRecord]]:
    """Document id -> its records on the question's themes, or (without themes) whose ids are
    in ``subject_ids`` (``held``: their register positions, as a mask), in register order. Read
    once for every document: over thousands of papers, each paper's share is then one look-up."""
    if q.themes and subject_ids is None:
        return context.register.with_themes(q.themes)  # do not modify
    grouped: dict[str, list[ActionRecord]] = {}
    if held is not None:
        loaded = context.register.loaded()
        for record in loaded.at(np.flatnonzero(held).astype(np.int32)):
            grouped.setdefault(record.document.id, []).append(record)
    return grouped


def _appearance(
    record: ActionRecord,
    weights: dict[str, float],
    limit: int,
    context: AnswerContext,
    builder: CitationBuilder,
    asked: dict[str, float] | None = None,
    owner: bool = False,
    priority: bool = False,
    state: bool = False,
) -> str:
    """'**R16** Identify, record and monitor… (“Ongoing”; due …): “…” [n] “…” [m]'; its owner
    too when the question asks for it."""
    chunk_id = context.record_chunk_id(record.id)
    label = f"**{record.ref}** " if record.ref else ""
    facts = []
    stated = record_quote(record, record.status_text) if record.status_basis == "stated" else None
    if stated:
        facts.append(f"“{stated[0]}”{cite_record(builder, record, chunk_id, stated)}")
    else:
        facts.append(record.status.replace("_", " "))
    if record.due_text and record.due_text != record.status_text:
        due = record_quote(record, record.due_text)
        facts.append(f"due {due_words(record)}{cite_record(builder, record, chunk_id, due)}")
    if owner:
        facts.append(owner_fact(record, chunk_id, builder))
    if priority and record.priority:  # the detail asked of each paper's row
        marker = cite_record(builder, record, chunk_id, record_quote(record, record.priority))
        facts.append(f"priority: {safe_text(record.priority)}{marker}")
    chosen = sentences(record, weights, limit, asked)
    stands = state_sentence(record, {start for _, start in chosen}) if state else None
    if stands and any(stands[0] in text for text, _ in chosen):  # said in a shown sentence
        stands = None
    said = " ".join(  # where the row stands, when asked, in order with the rest
        f"“{text}”{cite_record(builder, record, chunk_id, (text, start))}"
        for text, start in sorted([*chosen, *([stands] if stands else [])], key=lambda p: p[1])
    )
    return f"{label}{safe_text(record.title)} ({'; '.join(facts)})" + (f": {said}" if said else "")


def _passages_by_document(
    q: QueryAnalysis,
    context: AnswerContext,
    documents: list[DocumentInfo],
    weights: dict[str, float],
) -> dict[str, list[Evidence]]:
    """One retrieval over the documents in scope; its sentences grouped by document, best
    first. A paper that speaks to the subject only in prose is found here."""
    ids = [d.id for d in documents]
    every = len(ids) == len(context.searched())
    k = min(MAX_PASSAGE_HITS, max(8, 3 * len(ids)))
    evidence, _ = gather(q, context, k=k, documents=None if every else ids, terms=list(weights))
    grouped: dict[str, list[Evidence]] = {}
    for item in evidence:
        grouped.setdefault(item.document.id, []).append(item)
    return grouped


def _own_passage(
    q: QueryAnalysis,
    context: AnswerContext,
    doc: DocumentInfo,
    weights: dict[str, float],
    shown: set[int],
    floor: float,
) -> Evidence | None:
    """A paper that speaks to the subject only in prose, and whose passage on it the search over
    every paper in scope left out (its few hits went to papers with records): searched within
    itself, its sentence that says most of the question by meaning and by the question's words."""
    evidence, _ = gather(q, context, k=OWN_HITS, documents=[doc.id], terms=list(weights))
    mine = [e for e in evidence if e.document.id == doc.id]
    return own_passage(
        mine,
        weights,
        shown,
        floor,
        lambda text: linked_coverage(text, weights, q, context),
        question_words(q, context),
    )


# a report's showing on the subject: the paper, its records on it, whether its text speaks to it


def _walk(
    q: QueryAnalysis,
    context: AnswerContext,
    kind: str,
    tally: list[Tally] | None = None,
    seeded: dict[str, float] | None = None,
) -> tuple[list[str], list[ActionRecord], int, CitationBuilder, str] | None:
    subject = _subject(q, context)
    if subject is None:
        return None
    topic, weights, name = subject
    builder = context.citations()
    lines: list[str] = []
    records: list[ActionRecord] = []
    documents_used = 0
    limit = 2
    documents = scope(q, context)
    asked = term_weights(q.terms, context.stats) or weights
    passages = _passages_by_document(q, context, documents, asked)
    hidden = 0
    own_searches = 0
    said = question_words(q, context)
    owner = "owner" in q.fields  # 'who owns it at each?': the detail asked of every row
    # 'where did it stand?', 'how has it changed across the plans?': each row's state too
    state = kind == "recurring" and bool(STATE_ASKED.search(q.question) or asks_course(q.question))
    nearness: dict[str, float] = {}
    subject_ids: set[str] | dict[str, float] | None
    if kind == "recurring":
        subject_ids = seeded or alike_rows(_subject_ids(q, topic, context), context)
        nearness = subject_ids or {}
        weights = (None if seeded else subject_weights(q, context)) or weights  # on the subject
        limit = RECURRING_SENTENCES
    elif asks_course(q.question) and not q.fields:  # 'how did X move between A and B?': the
        # rows on the subject, by words and meaning as for a recurrence, each with its state
        subject_ids = alike_rows(_subject_ids(q, topic, context), context)
        nearness = subject_ids or {}
        weights = subject_weights(q, context) or weights
        limit, state = RECURRING_SENTENCES, True
    else:  # a comparison shows each paper's records on its themes, or on its words
        subject_ids = None if q.themes else _on_topic_ids(topic, context)
    held = _held_by_document(subject_ids, context)
    candidates = _candidates(q, subject_ids, held, context)
    asked_for = _asked_for(q, documents)
    for doc in documents:
        found = _records_in(q, context, doc, candidates)
        if not found and q.themes and doc.id in asked_for and not nearness:
            # a subject named beyond its theme ('linking budgets with performance data') is
            # looked for by its words: the theme alone does not bring a paper's rows in
            found = _said_in_progress(q, context, doc)
        if documents_used >= MAX_REPORTS:  # the records still count, and are all in `records`
            if found or doc.id in passages:
                hidden += 1
                records += found
            continue
        if nearness:  # nearest the subject first
            found.sort(key=lambda r: (-nearness.get(r.id, 0.0), r.ordinal))
        elif q.themes or topic:
            share = context.register.topic_share_of(found, weights)
            by_id = {r.id: value for r, value in zip(found, share, strict=True)}
            found.sort(key=lambda r: (-by_id[r.id], r.ordinal))
        block: list[str] = []
        cap = PER_DOCUMENT[kind]
        for record in found[:cap]:
            shown_row = _appearance(
                record, weights, limit, context, builder, said, owner, "priority" in q.fields, state
            )
            block.append(f"- {shown_row}")
        if len(found) > cap:
            block.append(more_line(found[cap:], kind, context, builder))
        shown = {c.start for c in builder.citations() if c.start is not None}
        prose: list[Evidence] = []
        if not found or doc.records == 0:
            floor = PROSE_COVERAGE if doc.records == 0 else PROSE_COVERAGE_BESIDE_RECORDS
            prose = prose_passages(passages.get(doc.id, []), asked, shown, floor)
            if not prose and doc.records == 0 and own_searches < OWN_SEARCHES:
                own_searches += 1
                own = _own_passage(q, context, doc, asked, shown, floor)
                prose = [own] if own else []
        for passage in prose:
            n = builder.add_evidence(passage)
            if n:
                block.append(f"- {passage.display()} [{n}]")
        if block:
            if tally is not None:
                tally.append((doc, found, bool(prose)))
            documents_used += 1
            plural = "s" if len(found) != 1 else ""
            count = f" — {len(found)} action{plural}" if found else " — in the text"
            lines.append(f"\n*{doc_label(doc)}*{count}")
            lines += block
            records += found
    if hidden:
        lines.append(f"\n*…and {hidden} more reports* (their actions are in `records`).")
    return lines, records, documents_used + hidden, builder, name


def recurrence(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Has a theme or topic recurred: its records in each report, oldest first, and the issue
    threads that link them. None when the question names no subject ('which findings keep
    recurring?' is answered by :func:`recurring_overview`)."""
    of_bodies = bool(OF_BODIES.search(q.question))
    if BODIES_ASKED.search(q.question):  # 'did another body have it?': every body's papers
        q = q.model_copy(update={"documents": [], "years": [], "since": None, "until": None})
    # 'has R16 come up in other reports?': the rows are the issue; 'there's an R5 in more than
    # one paper': the label is what recurs
    seeds, labels = seeded_of.seed_rows(q, context), seeded_of.labels_asked(q)
    near = seeded_of.seeded_nearness(seeds, context, labels) if seeds else None
    q = seeded_of.seeded_question(q, seeds) if seeds else q
    walked = _walk(q, context, "recurring", None, near)
    if walked is None:
        return None
    lines, records, used, builder, name = walked
    named = [] if seeds else subject_of(q, context)
    if seeds:
        name = " / ".join(dict.fromkeys(record_name(r) for r in seeds))
    if named:  # the subject in the question's own words
        name = " / ".join(f"'{phrase.text}'" for phrase in named)
    searched = context.searched()
    written = "\n".join(lines)
    labelled: dict[str, set[int]] = {}  # each label looked for once (copies share labels)
    for d in searched:
        if d.year:
            labelled.setdefault(doc_label(d), set()).add(d.year)
    used_years = {y for label, ys in labelled.items() if f"*{label}*" in written for y in ys}
    span = context.span(searched)
    total = len(context.register.all())
    line = (
        f"{len(records)} of {total} actions in {used} of {len(searched)} documents match "
        f"(recurring: {name}); searched {span}."
    )
    rule = "recurring = the same theme or issue in more than one report"
    if not lines:
        return finish(
            q,
            context,
            body=f"No actions about {name} appear in the record.",
            line=line,
            matched=len(records),
            rule=rule,
            route="recurring",
            notes=["zero-match"],
        )
    lines += _thread_lines(q, context, builder, records)
    head = _head(name, used, sorted(used_years), len(records), len(scope(q, context)) == 1)
    if of_bodies:  # 'at more than one body?': the bodies counted, not the reports
        shown = [d for d in searched if f"*{doc_label(d)}*" in written]
        head = bodies_head(name, list(dict.fromkeys(body_of(d) for d in shown)), head)
    if content_asked(q.question):  # 'where does X come up?', 'who has X?': not whether
        head = re.sub(r"^\*\*(?:Yes|No) — (.)", lambda m: "**" + m.group(1).upper(), head)
    return finish(
        q,
        context,
        body="\n".join([head, *lines]),
        line=line,
        matched=len(records),
        rule=rule,
        citations=builder.citations(),
        records=records,
        route="recurring",
    )


def _head(name: str, used: int, years: list[int], found: int, one_paper: bool) -> str:
    """The first line: yes or no, in how many reports and which years; within one paper the
    question asks about, in how many of its items."""
    if one_paper:
        if found >= 2:
            return f"**Yes — {name} comes up in {found} separate items of this paper:**"
        return f"**No — {name} comes up in {'only one item' if found else 'no item'}:**"
    listed = ", ".join(str(y) for y in years)
    if used >= 2 and len(years) >= 2:
        return f"**Yes — {name} recurs in {used} reports over {len(years)} years ({listed}):**"
    if used >= 2:
        when = f" of {listed}" if years else ""
        return f"**Yes — {name} comes up in {used} reports{when}, all of one year:**"
    when = f" ({listed})" if years else ""
    return f"**No — {name} appears in only one report{when}:**"


def recurring_overview(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """The issues that recur across reports, widest span of years first, each appearance cited;
    then the themes found in most reports."""
    report = recurring(context.register)
    builder = context.citations()
    index = context.register.threads()
    threads = [t for t in (index.get(s.id) for s in report.threads) if t is not None]
    threads = with_alike(threads, context)  # and rows alike in meaning across papers
    reached = {d.id for d in scope(q, context)}
    within = ""
    steps: dict[str, list[ActionRecord]] = {t.id: t.records for t in threads}
    if len(reached) < len(context.searched()):  # 'which 2008 issues were still open in 2017?'
        asked = set(q.years)
        steps = of_bodies(threads, reached, context) if q.documents else steps
        threads = [
            t
            for t in threads
            if len({r.document.id for r in steps[t.id]}) >= 2
            and any(r.document.id in reached for r in steps[t.id])
            and asked <= {r.year for r in steps[t.id] if r.year}
        ]
        within = f" ({' and '.join(str(y) for y in sorted(asked))})" if asked else ""
    if not threads and not report.themes:
        return abstain(
            q,
            context,
            "issues that recur",
            "No issue appears in two reports.",
            kind="nothing_found",
        )
    lines = [
        f"**{len(threads)} issues appear in more than one report{within}** (widest span first):"
    ]
    records: list[ActionRecord] = []
    for thread in threads[:MAX_OVERVIEW]:
        shown = []
        for record in steps[thread.id][:MAX_STEPS]:
            chunk_id = context.record_chunk_id(record.id)
            marker = cite_record(builder, record, chunk_id, record_quote(record, record.title))
            shown.append(f"{record.year or '?'} {record_name(record)}{marker}")
        spanned = sorted({r.year for r in steps[thread.id] if r.year})
        years = f" ({spanned[0]}–{spanned[-1]})" if len(spanned) > 1 else ""
        title = shown_title(thread, steps[thread.id])
        lines.append(f"- *{safe_text(title)}*{years}: " + " → ".join(shown))
        records += steps[thread.id]
    if len(threads) > MAX_OVERVIEW:
        lines.append(f"- …and {len(threads) - MAX_OVERVIEW} more (`govrag recurring`)")
    themes = [
        f"{t.theme} ({t.documents} reports, {t.years[0]}–{t.years[-1]})"
        for t in report.themes[:MAX_THEMES]
        if len(t.years) > 1
    ]
    if themes:
        lines.append("\n**Themes found in most reports:** " + "; ".join(themes) + ".")
    searched = context.searched()
    span = context.span(searched)
    line = f"{len(threads)} issue threads across {len(searched)} documents; searched {span}."
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(records),
        rule=report.rule,
        citations=builder.citations(),
        records=records,
        route="recurring",
    )


def _thread_lines(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder, records: list[ActionRecord]
) -> list[str]:
    """The issue threads among these records that span several reports, each appearance cited:
    '2002 R5 [1] → 2008 3 [4] → 2017 8 [9]'."""
    index = context.register.threads()
    shown = {r.id for r in records}
    threads = [
        t
        for t in index.recurring(q.themes[0] if q.themes else None)
        if any(r.id in shown for r in t.records)
    ][:MAX_THREADS]
    if not threads:
        return []
    lines = ["\n**Followed across reports** (the same issue linked from report to report):"]
    for thread in threads:
        steps = []
        for record in thread.records[:MAX_STEPS]:
            chunk_id = context.record_chunk_id(record.id)
            marker = cite_record(builder, record, chunk_id, record_quote(record, record.title))
            label = record_name(record)
            status = record.status.replace("_", " ")
            steps.append(f"{record.year or '?'} {label} ({status}){marker}")
        more = len(thread.records) - MAX_STEPS
        tail = f" → …{more} more" if more > 0 else ""
        title = safe_text(thread.title)
        lines.append(f"- *{title}* (thread {thread.id}): " + " → ".join(steps) + tail)
    return lines


def by_records(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Per document: the records on the subject and what they say, oldest first. None for a
    question of which has more (:func:`counted`), without a subject, or with fewer than two
    documents on it."""
    if asks_which_has_more(q, context):
        return None
    tally: list[Tally] = []
    walked = _walk(q, context, "compare", tally)
    if walked is None:
        return None
    lines, records, used, builder, name = walked
    if used < 2:
        return None
    named = subject_of(q, context) if asks_course(q.question) else []
    name = " / ".join(f"'{phrase.text}'" for phrase in named) or name  # in the question's words
    lines.append(f"\n{compared_line(tally)}")
    owners = owners_line(tally) if "owner" in q.fields else None
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"Compared {used} of {len(searched)} documents ({len(records)} actions about {name}); "
        f"searched {span}."
    )
    head = f"**{name[:1].upper()}{name[1:]} across {used} reports, oldest first:**"
    head = ranked_first(q, records, context, builder, head)  # 'further along at A or B?'
    return finish(
        q,
        context,
        body="\n".join([owners, head, *lines] if owners else [head, *lines]),
        line=line,
        matched=len(records),
        citations=builder.citations(),
        records=records,
        route="compare",
    )
