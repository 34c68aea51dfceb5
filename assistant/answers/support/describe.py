"""Named records described: every field the question asks for (or a summary), a premise
corrected from the record, and the sentences elsewhere in the record that answer what the
fields did not."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.compared_aspect import compared_aspect, direction
from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.asked_of_record import asked_sentences
from assistant.answers.support.due_compare import asks_of_first, compare_due
from assistant.answers.support.gather import gather
from assistant.answers.support.held_due import current_due, due_sentence, first_due
from assistant.answers.support.line_due import line_due
from assistant.answers.support.narrative import narrative
from assistant.answers.support.premises import record_premise
from assistant.answers.support.record_card import carded, record_card
from assistant.answers.support.recordtext import (
    asked_progress,
    category_line,
    cite,
    cite_record,
    doc_label,
    due_words,
    key_sentence,
    record_name,
    safe_text,
    status_sentence,
    told_apart,
)
from assistant.answers.support.row_paper import about_row
from assistant.answers.support.sameness import compare_same, degree_step
from assistant.answers.support.sentences import best_for_part, continuation
from assistant.answers.support.stated_target import stated_target
from assistant.answers.support.unheld import unheld
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence, coverage, record_evidence, term_weights
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

PROGRESS_SENTENCES = 5  # sentences of a progress note quoted when the note is asked for
STATUS_NOTE_SENTENCES = 2  # sentences of a progress note shown with a status asked for
NOTE_WORDS = 5  # the fewest words of a progress sentence quoted beside a status


def describe_records(
    q: QueryAnalysis,
    records: list[ActionRecord],
    context: AnswerContext,
    route: str,
    card: bool = True,
) -> Answer:
    """One paragraph per record (the fields asked, or a summary); an answer about one row
    then shows the rest of that row as a record card (``card``), so a detail asked in words
    no column names is there."""
    if q.years and len({r.ref for r in records}) < len(records):
        # one row in several papers, the question set at a year ('still open in March
        # 2025?'): the paper of that year speaks first, its premise checked first
        records = sorted(records, key=lambda r: r.year not in q.years)
    builder = context.citations()
    notes: list[str] = []
    weights = term_weights(q.terms, context.stats)
    refs = {ref.lower() for ref in q.refs}
    if refs and not q.fields and set(q.terms) <= refs:
        # 'what paper is due on R11, and to whom?': no topic word but the ref, yet the
        # question's own words ('paper', 'due') pick the record's sentence that answers it
        weights = term_weights([t for t in query_terms(q.question) if t not in refs], context.stats)
    paragraphs = []
    compared = (
        compare_same(q, records[:6], context, builder)
        or compare_due(q, records[:6], context, builder)
        or compare_rank(q, records[:6], context, builder)
    )
    if compared:
        paragraphs.append(compared)
    elif card and carded(q, records, notes, compared) and not q.claims:
        # a detail of a kind the row and its paper never give: said so, not the row card
        refused = unheld(q, records[0], context)
        if refused is not None:
            return refused
    register = context.register
    categories = register.memo(
        "categories", lambda: {r.category for r in register.all() if r.category}
    )
    cards = []
    for record in records[:6]:
        chunk_id = context.record_chunk_id(record.id)
        marked = category_line(q.question, record, categories, builder, chunk_id)
        said = describe_one(q, record, builder, chunk_id, notes, weights)
        for asked in asked_sentences(q, record, said, context) if len(records) == 1 else []:
            # what the summary leaves unsaid, from the record's own text
            said += f" “{asked[0]}”{cite_record(builder, record, chunk_id, asked)}"
        paragraphs.append(f"{marked} {said}" if marked else said)
        if card and carded(q, records, notes, compared):
            cards.append(record_card(record, builder, chunk_id, paragraphs[-1]))
    # words asked that neither the answer nor its one row holds: the row's paper about the row
    extra = (
        about_row(q, records[0], context, builder, f"{paragraphs[-1]} {cards[0]}")
        if cards
        else None
    )
    extra = extra or supplement(q, context, builder, " ".join(paragraphs), {r.id for r in records})
    paragraphs += [c for c in cards if c]
    if extra:
        paragraphs.append(extra)
    searched = context.searched()
    span = context.span(searched)
    names = ", ".join(r.ref or safe_text(r.title) for r in records[:6])
    total = len(context.register.all())
    line = f"{len(records)} of {total} actions match ({names}); searched {len(searched)} documents"
    line += f", {span}." if span else "."
    return finish(
        q,
        context,
        body="\n\n".join(paragraphs),
        line=line,
        matched=len(records),
        citations=builder.citations(),
        records=records,
        route=route,
        notes=notes,
    )


# Ordered scales, read from the words a register writes its values in (any paper's: 'High',
# 'P1', 'Critical'; 'met: fully', 'Partially implemented'), highest first.
_PRIORITY_SCALE = (
    r"\bcritical\b|\bvery high\b|\bp(?:riority\s*)?0\b",
    r"\bhigh\b|\bp(?:riority\s*)?1\b|\bmajor\b|\bsignificant\b|\bfundamental\b|\bred\b",
    r"\bmedium\b|\bmoderate\b|\bp(?:riority\s*)?2\b|\bamber\b|\bimportant\b",
    r"\blow\b|\bminor\b|\bp(?:riority\s*)?3\b|\bgreen\b|\bhousekeeping\b|\bmerits attention\b",
)
_STATUS_RANK = {"complete": 0, "partial": 3, "ongoing": 3, "not_started": 4}


def _rank(scale: tuple[str, ...], text: str | None) -> int | None:
    """The step of ``scale`` (0 = top) ``text`` is written at, or None."""
    for step, pattern in enumerate(scale):
        if text and re.search(pattern, text, re.I):
            return step
    return None


def compare_rank(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, builder: CitationBuilder
) -> str | None:
    """'Which is the higher priority, A or B?', 'which was met more fully?': the two values
    placed on their ordered scale and the comparison stated first, each value cited."""
    # asked outside the sides' descriptions, else anywhere (a side read with the aspect's own
    # words: 'was more progress made on X or on Y?')
    aspect = compared_aspect(_without_sides(q)) or compared_aspect(q.question)
    ranked = [f for f in dict.fromkeys(q.fields) if f in ("priority", "status")]
    if aspect is not None and len(ranked) == 1:
        # the field the analysis read as asked is the aspect, not a word of a side's
        # description ('the prioritisation one … which was met more fully?')
        aspect = "priority" if ranked[0] == "priority" else "degree"
    if aspect is None or len(records) != 2:
        return None
    values: list[tuple[ActionRecord, str, int]] = []
    for record in records:
        if aspect == "priority":
            text = record.priority
            step = _rank(_PRIORITY_SCALE, text)
        else:
            text = record.status_text
            step = degree_step(text)
            if step is None and record.status_basis == "stated":
                step = _STATUS_RANK.get(record.status)
        if text is None or step is None:
            return None
        values.append((record, text, step))

    names = told_apart(records, context)

    def value(item: tuple[ActionRecord, str, int]) -> str:
        record, text, _ = item
        marker = cite(builder, record, context.record_chunk_id(record.id), text)
        return f"{names[record.id]}: “{safe_text(text)}”{marker}"

    if values[0][2] == values[1][2]:
        head = "**They stand level**" if aspect == "priority" else "**They were met alike**"
    else:
        higher = min(values, key=lambda v: v[2])
        lower = max(values, key=lambda v: v[2])
        if asks_of_first(q):
            first = values[0]
        else:
            first = higher if direction(q.question) == "max" else lower
        other = values[1] if first is values[0] else values[0]
        rising = first is higher
        name, versus = names[first[0].id], names[other[0].id]
        if aspect == "priority":
            head = f"**{name} has a {'higher' if rising else 'lower'} priority than {versus}**"
        else:
            head = f"**{name} was met {'further' if rising else 'less far'} than {versus}**"
    return f"{head} ({'; '.join(value(v) for v in values)})."


def ranked_first(
    q: QueryAnalysis,
    records: list[ActionRecord],
    context: AnswerContext,
    builder: CitationBuilder,
    head: str,
) -> str:
    """``head``, after the comparison of one row in each of two papers on a ranked aspect
    ('was the X action further along at A or at B?'), when the question asks one; of two
    bodies with several papers, each body's latest."""
    bodies = {d.id: d.organisation or d.title for d in context.documents}
    latest: dict[str, ActionRecord] = {}
    for record in sorted(records, key=lambda r: (r.document.date or "", r.document.id)):
        latest[bodies.get(record.document.id) or record.document.id] = record
    records = list(latest.values()) if len(latest) == 2 else records
    if len(records) != 2 or len({r.document.id for r in records}) != 2:
        return head
    ranked = compare_rank(q, records, context, builder)
    if not ranked:
        return head
    held = "; ".join(
        f"{record_name(r)} in {safe_text(bodies.get(r.document.id) or r.document.title)}"
        for r in records
    )
    return f"{ranked.rstrip('.')} — {held}.\n\n{head}"


def _without_sides(q: QueryAnalysis) -> str:
    """The question without the words that describe its sides ('R13, the prioritisation one'):
    what it compares them on is asked outside them."""
    question = q.question
    for side in q.sides:
        question = question.replace(side, " ")
    return question


def describe_one(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    notes: list[str],
    weights: dict[str, float],
) -> str:
    """One record: a premise correction if needed, then each field asked (or a summary)."""
    name = f"**{record.ref}**" if record.ref else f"**{safe_text(record.title)}**"
    where = f"({doc_label(None, record)})"
    correction = record_premise(q, record, builder, chunk_id)
    if correction:
        notes.append("premise-corrected")
        return correction
    fields = [
        f for f in q.fields if f in ("due", "owner", "priority", "status", "progress", "action")
    ]
    if not fields:
        text = _summary(q, record, builder, chunk_id, weights, name, where)
        # a column the question names by its header ('the residual risk'), then what no
        # column holds, from the record's own text before any other record's
        extra = _named_column(q, record, text) or _uncovered_sentences(q, record, text, weights)
        if not extra:  # asked what no column says ('what's holding it up?'): its own account
            missing = _uncovered(q, f"{text} {_naming(record)}", weights)
            extra = narrative(record, text, missing, q.intent == "explain")
        for more in extra:
            text += f" “{more[0]}”{cite_record(builder, record, chunk_id, more)}"
        return text
    sentences = []
    for field in fields:
        sentences.append(_field_sentence(field, q, record, builder, chunk_id, weights, name, where))
        name, where = "It", ""
    text = " ".join(s for s in sentences if s)
    for more in _uncovered_sentences(q, record, text, weights):
        text += f" “{more[0]}”{cite_record(builder, record, chunk_id, more)}"
    return text


def _field_sentence(
    field: str,
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    weights: dict[str, float],
    name: str,
    where: str,
) -> str:
    subject = f"{name} {where}".strip()
    if field == "due" and record.due_text and not record.due_date:
        marker = cite(builder, record, chunk_id, record.due_text)
        return f"{subject}: its date column says “{safe_text(record.due_text)}”{marker}."
    if field == "due":
        if not record.due_text:
            target = stated_target(record, q.question)  # no deadline cell, but its text sets a date
            if target is not None:
                marker = cite_record(builder, record, chunk_id, target[:2])
                return (
                    f"{subject}: no deadline is given in its date column, but its text sets "
                    f"one: **{safe_text(target[2])}** — “{target[0]}”{marker}."
                )
            marker = cite(builder, record, chunk_id, record.title)
            return f"{subject}: the record gives no deadline for this action{marker}."
        text = line_due(record, subject, weights, builder, chunk_id) or due_sentence(
            asked_due_kind(q.question), subject, record
        )  # one line's action's; else now, first set, or both and how far it moved
        text = text or f"{subject} is due **{current_due(record)}**"
        first = first_due(record)
        if first and "first due" not in text:
            text += f", revised from {first}"
        elif record.revised_from_text and not first:
            text += f", revised from {safe_text(record.revised_from_text)}"
        text += cite(builder, record, chunk_id, record.due_text) + "."
        if not record.revised_from_text and _ASKS_CHANGE.search(q.question):
            text += " The record gives no earlier or revised deadline for it."
        if "status" not in q.fields:
            text += status_sentence(record, builder, chunk_id)
        for dated in _dated_progress(record, shown=text):
            text += f" “{dated[0]}”{cite_record(builder, record, chunk_id, dated)}"
        return text
    if field == "owner":
        if not record.owner:
            lead = lead_sentence(record)
            if lead is None:  # no column, no sentence: the row is cited as what was read
                marker = cite(builder, record, chunk_id, record.title)
                # a blank cell is said plainly as not recorded, apart from an owner 'None'
                return (
                    f"{subject}: the owner is not recorded — the record names no owner for "
                    f"this action{marker}."
                )
            tag = _TAGGED_PARTY.search(lead[0])
            named = f" It names **{tag.group(1)}**:" if tag else " It says:"
            said = f"{named} “{lead[0]}”{cite_record(builder, record, chunk_id, lead)}"
            return f"{subject}: the record names no owner for this action.{said}"
        marker = cite(builder, record, chunk_id, record.owner)
        return f"{subject} is owned by **{safe_text(record.owner)}**{marker}."
    if field == "priority":
        if not record.priority:
            return f"{subject}: the record gives no priority."
        marker = cite(builder, record, chunk_id, record.priority)
        return f"{subject} has **{safe_text(record.priority)}** priority{marker}."
    if field == "status":
        text = f"{subject}:{status_sentence(record, builder, chunk_id)}"
        if q.fields != ["status"] or record.status_basis != "stated":
            return text  # several fields asked: each answered by its own cell
        # 'how far along is it?': the state is the status cell and what the note says was done
        noted = asked_progress(record, q.question, weights, STATUS_NOTE_SENTENCES)
        said = " ".join(
            f"“{quote[0]}”{cite_record(builder, record, chunk_id, quote)}"
            for quote in noted
            if len(quote[0].split()) >= NOTE_WORDS  # a cut piece proves nothing on its own
        )
        return f"{text.rstrip('.')}; Progress: {said}" if said else text
    body: str | None = record.progress if field == "progress" else record.action
    if not body:
        kind = "progress note" if field == "progress" else "agreed action"
        return f"{subject}: the record gives no {kind}."
    label = "Progress" if field == "progress" else "Agreed action"
    if field == "progress":  # asked for: the whole note, sentence by sentence
        quoted = asked_progress(record, q.question, weights, PROGRESS_SENTENCES)
        if quoted:
            said = " ".join(
                f"“{text}”{cite_record(builder, record, chunk_id, (text, start))}"
                for text, start in quoted
            )
            return f"{subject} — {label}: {said}"
    best = key_sentence(record, weights) if weights else None
    if best is None or best[0] not in body:
        best = record_quote(record, body)
    if best is None:
        return ""
    return f"{subject} — {label}: “{best[0]}”{cite_record(builder, record, chunk_id, best)}"


def _summary(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    weights: dict[str, float],
    name: str,
    where: str,
) -> str:
    marker = cite(builder, record, chunk_id, record.title, record.finding, record.action)
    parts = [f"{name} {where}: {safe_text(record.title)}{marker}"]
    details = []
    if record.owner:
        details.append(f"Owner: {safe_text(record.owner)}.")
    if record.due_text:
        due = f"Due: {due_words(record)}"
        if record.revised_from_text:
            due += f" (revised from {safe_text(record.revised_from_text)})"
        details.append(due + cite(builder, record, chunk_id, record.due_text) + ".")
    if details:
        parts.append(" ".join(details))
    parts.append(status_sentence(record, builder, chunk_id).strip())
    # the record's own sentence for what its title and columns leave unsaid ('where will the
    # letters be published?' named by ref): the question's words the summary does not hold
    said = key_sentence(record, weights) if weights else record_quote(record, record.progress)
    if said and record.progress and said[0] in record.progress:
        parts.append(f"Progress: “{said[0]}”{cite_record(builder, record, chunk_id, said)}")
    elif weights:
        # the record's own sentence for what its title and columns leave unsaid ('where will
        # the letters be published?' named by ref): the question's words not yet shown
        missing = _uncovered(q, f"{' '.join(parts)} {_naming(record)}", weights)
        said = key_sentence(record, missing) if missing else None
        label = _column_label(record, said[0]) if said else None
        whole = said is not None and (
            said[0].rstrip().endswith((".", "!", "?", ")")) or len(said[0].split()) >= 10
        )  # not a fragment a wrapped cell or page break cut off
        if said and label and whole and said[0] not in " ".join(parts):
            parts.append(f"{label}: “{said[0]}”{cite_record(builder, record, chunk_id, said)}")
    return " ".join(p for p in parts if p)


def _named_column(q: QueryAnalysis, record: ActionRecord, shown: str) -> list[tuple[str, int]]:
    """'What is the residual risk for area 8?': the sentences (up to two) of the column whose
    header has a word of the question that the answer so far lacks."""
    asked = stems(" ".join(q.terms)) - stems(shown)
    if not asked:
        return []
    for header, value in record.columns.items():
        if not value.strip() or not asked & stems(header):
            continue
        said = [
            (e.text, e.start)
            for e in record_evidence(record, "", 0)
            if e.text in value and e.text not in shown
        ]
        if said:
            return said[:2]
    return []


def _column_label(record: ActionRecord, sentence: str) -> str | None:
    """The name of the record's text column a sentence is from (progress, agreed action), or
    None for the title and columns already shown."""
    if record.progress and sentence in record.progress:
        return "Progress"
    if record.action and sentence in record.action:
        return "Agreed action"
    return None


def _uncovered(q: QueryAnalysis, shown: str, weights: dict[str, float]) -> dict[str, float]:
    """The question's weighted terms that the answer so far does not contain."""
    present = stems(shown)
    return {term: w for term, w in weights.items() if term not in present}


# 'is that still the original date?', 'has the deadline moved?': whether it was revised
_ASKS_CHANGE = re.compile(
    r"\b(?:original(?:ly)?|still the same|changed?|moved|revised|extended|postponed|"
    r"pushed back|slipped)\b",
    re.I,
)

_DATED = re.compile(
    r"\b(?:(?:19|20)\d\d(?:/\d{2})?|Q[1-4]\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)

_LEAD = re.compile(
    r"\b(?:tak\w+ the lead|lead(?:s|ing)? on|responsib\w+|accountab\w+|will be led by|"
    r"(?:a )?matter for|an issue for|(?:will be|is being|to be) (?:taken forward|handled|"
    r"progressed|managed|delivered) by|"
    # or that none leads: 'exists without a working lead', 'there is no clear lead for it'
    r"(?:without|no|lacks?|lacking)\s+(?:[\w'-]+\s+){0,3}?(?:leads?|leaders?|leadership|owners?))\b",
    re.I,
)
# the party a tag names: '… resource leverage (MPA).' -> 'MPA'
_TAGGED_PARTY = re.compile(r"\(([A-Z][\w&/ -]{1,40})\)\s*\.?\s*$")


def _dated_progress(record: ActionRecord, shown: str, limit: int = 2) -> list[tuple[str, int]]:
    """Progress sentences that put a date on the work ('to go live in Q2 2009')."""
    progress = record.progress or ""
    out = []
    for item in record_evidence(record, "", 0):
        if item.text in progress and item.text not in shown and _DATED.search(item.text):
            out.append((item.text, item.start))
    return out[:limit]


def lead_sentence(record: ActionRecord) -> tuple[str, int] | None:
    """When the owner cell is empty, the sentence that says who takes the lead, if any: not
    one that makes a body responsible for some other work ('the Committee is now responsible
    for considering public complaints' under 'review the Committee's meetings')."""
    items = record_evidence(record, "", 0)
    for item in items:
        if _LEAD.search(item.text) and not _leads_other_work(record, item.text):
            return item.text, item.start
    for item in items:  # else a party tagged at the end of the row's text: '(MPA)'
        if _TAGGED_PARTY.search(item.text):
            return item.text, item.start
    return None


# what a body is made responsible for: 'responsible for considering public complaints'
_FOR_WHAT = re.compile(r"\b(?:responsib\w+|accountab\w+)\s+for\s+((?:[\w'-]+\s*){1,4})", re.I)
_POINTING = frozenset("this that it its these those the action work".split())


def _leads_other_work(record: ActionRecord, text: str) -> bool:
    """Whether ``text`` makes someone responsible for work of its own naming that shares no
    word with the action's title or agreed action: a lead for that work, not for this action
    ('responsible for this', 'responsible for the review of meetings' lead it)."""
    found = _FOR_WHAT.search(text)
    if found is None:
        return False
    words = found.group(1).lower().split()
    if not words or words[0] in _POINTING:
        return False
    said = stems(" ".join(query_terms(" ".join(words))))
    return not said & stems(" ".join(query_terms(f"{record.title} {record.finding or ''}")))


def _naming(record: ActionRecord) -> str:
    """Words that identify the record (its ref and title): finding it already answers them."""
    return " ".join(t for t in (record.ref, record.title, record.category, record.section) if t)


def _uncovered_sentences(
    q: QueryAnalysis, record: ActionRecord, shown: str, weights: dict[str, float]
) -> list[tuple[str, int]]:
    """The record's sentences answering what the fields did not ('by when should every member
    have a role profile?' -> the progress sentence naming 'the end of December 2002'). Two when
    a page break cut the answering sentence in two."""
    missing = _uncovered(q, f"{shown} {_naming(record)}", weights)
    if not missing or sum(missing.values()) < 0.2 * sum(weights.values()):
        return []
    items = [
        e
        for e in record_evidence(record, "", 0)
        if len(e.text.split()) >= 4 and e.text not in shown
    ]
    ranked = sorted(items, key=lambda e: (-coverage(e.text, missing), e.start))
    chosen = [e for e in ranked[:2] if coverage(e.text, missing) >= 0.45]
    return [(e.text, e.start) for e in sorted(chosen, key=lambda e: e.start)]


def supplement(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    shown: str,
    exclude: set[str],
) -> str | None:
    """For questions that join two facts: the best sentence elsewhere in the record that covers
    the words the records described so far do not."""
    weights = term_weights(q.terms, context.stats)
    named = " ".join(_naming(r) for rid in exclude if (r := context.register.get(rid)))
    missing = _uncovered(q, f"{shown} {named}", weights)
    evidence, _ = gather(q, context, terms=list(q.terms))
    best = None
    if missing and sum(missing.values()) >= 0.4 * sum(weights.values()):
        candidates = [
            e for e in evidence if e.record_id not in exclude and len(e.text.split()) >= 5
        ]
        scored = sorted(candidates, key=lambda e: (-coverage(e.text, missing), e.rank, e.start))
        if scored and coverage(scored[0].text, missing) >= 0.5:
            best = scored[0]
    found = [best] if best is not None else _other_parts(q, context, shown, exclude)
    lines = []
    for item in found:
        n = builder.add_evidence(item)
        if n is None:
            continue
        text = f"“{item.display()}” [{n}]"
        nearest = continuation(item, context)
        if nearest is not None and nearest.start not in {i.start for i in found}:
            m = builder.add_evidence(nearest)
            if m:
                text += f" “{nearest.display()}” [{m}]"
        where = safe_text(item.document.title) + (f", ref {item.ref}" if item.ref else "")
        lines.append(f"Also in the record: {text} — *{where}*")
    return "\n\n".join(lines) or None


def _other_parts(
    q: QueryAnalysis, context: AnswerContext, shown: str, exclude: set[str]
) -> list[Evidence]:
    """'When was the DRM programme launched, and which workstreams address R17?': the best
    sentence for each part of the question that names none of its refs, if not shown already."""
    refs = {ref.lower() for ref in q.refs}
    found: list[Evidence] = []
    previous = None
    for part in q.parts:
        words = {w.lower() for w in re.findall(r"[A-Za-z0-9.]+", part.text)}
        if refs and not words & refs:
            item = best_for_part(q, context, part, found, previous=previous)
            if item and item.record_id not in exclude and item.text not in shown:
                found.append(item)
        previous = part
    return found
