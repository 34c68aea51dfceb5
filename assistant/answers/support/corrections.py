"""Openings of a passage answer for what a question takes for granted that is no field of a
record: a date it puts on an event (:func:`date_lead`), who it says wrote a paper
(:func:`author_lead`), a thing it takes to exist that a passage denies (:func:`denied_lead`).
Each gives the opening lines (a correction, cited, or a confirmation) and the question and
scored sentences the rest of the answer is drawn from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.analysis import SET_DATE, QueryAnalysis, unquoted
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.answers.context import AnswerContext
from assistant.answers.support.agents import (
    content_words,
    named_agent,
    names_other,
    register_parties,
    without_agent,
)
from assistant.answers.support.asserted_post import asserted_post, post_borne_out
from assistant.answers.support.carried_rows import version_asked
from assistant.answers.support.claims import (
    author_contradicted,
    claimed_author,
    claimed_speaker,
    denied_phrase,
    pending_phrase,
    verb_classes,
)
from assistant.answers.support.dated import DUE_WORDS, asserted_dates, check_date, embedded_premise
from assistant.answers.support.gather import gather
from assistant.answers.support.mastheads import author_lines
from assistant.answers.support.premises import (
    described_record,
    issue_text,
    premise_scope,
    record_premise,
)
from assistant.answers.support.recordtext import cite, doc_label, record_name, safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage, term_weights
from assistant.register import record_text
from assistant.text import stem, stems
from ingest.dates import scan_dates
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

WHAT_THE_RECORD_SAYS = "What the record says:"

# a sentence that speaks of a thing as still to come, and one that reports it done
FUTURE = re.compile(
    r"\b(?:looking forward to|will|shall|planned|plans? to|is due to|are due to|to be held|intend|"
    r"to go live|to be (?:launched|implemented|introduced|completed|trialled))\b",
    re.I,
)
PAST = re.compile(
    r"\b(?:was|were|has been|have been|agreed|decided|concluded|found|resulted)\b", re.I
)


@dataclass
class Lead:
    """The opening lines of an answer, its notes, and the question (its claims and the years it
    asserts taken out) and scored sentences the rest is drawn from."""

    lines: list[str]
    notes: list[str]
    q: QueryAnalysis
    evidence: list[Evidence]
    weights: dict[str, float]
    about: list[ActionRecord] = field(default_factory=list)  # the one record it is about


def date_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """A date the question asserts of an event ('since X launched in May 2009') that the
    sentences about X contradict, or that they leave out: the correction, citing the sentence
    that gives the record's date (or speaks of the event undated), then what the record says
    of X. The asserted year is the claim, not a filter: the passages are searched in every
    document."""
    scope = premise_scope(q)
    inside = scope is None and q.intent in ("lookup", "explain")
    if inside:  # a dated event the question takes for granted inside it ('the X launched in
        scope = embedded_premise(unquoted(q.question))  # 2007'), read for its date only
    if scope is None or q.outcome:  # 'did X actually go live in Q2?' asks what came of it
        return None
    claimed = [a for a in asserted_dates(scope) if a.event not in DUE_WORDS]
    if not claimed and described_record(q, context) is None:  # a deadline no row holds ('the
        claimed = asserted_dates(scope)  # compliance deadline in May 2019'): the prose's
    if not claimed:
        return None
    # a date inside the question is corrected only by a clause that dates the same event
    # otherwise; else it stays what it was, a window
    unfiltered = q.model_copy(update={"since": None, "until": None, "period": None})
    evidence, weights = gather(unfiltered, context)
    # the premise itself, searched further: the sentence dating the event may rank low for
    # the question as a whole ('what has it achieved?')
    about, _ = gather(unfiltered, context, k=max(16, 2 * context.top_k), text=scope)
    dated_out = {w.lower() for a in claimed for w in re.findall(r"[A-Za-z]+", a.text)}
    said = set(query_terms(scope)) - dated_out
    subject = term_weights([t for t in q.terms if t in said and t not in q.refs], context.stats)
    relevant = evidence[:12] + [
        e for e in about[:16] if e.start not in {x.start for x in evidence[:12]}
    ]
    around = [_around(e, relevant, context) for e in relevant]
    found = None
    for asserted in claimed:
        found = check_date(asserted, subject, [e.text for e in relevant], around)
        if found is not None:
            break
    if found is None:  # no sentence dates the event: the date is no window either, and a
        # claim of another kind ('fully met in 2002') is checked as it would be undated
        if any(c.kind != "other" for c in q.claims) and not inside:
            return _claim_lead(unfiltered, context, builder, evidence, weights)
        if not (q.since or q.until) or inside:
            return None
        return Lead([], [], unfiltered.model_copy(update={"claims": []}), evidence, weights)
    if inside and (
        found.stated is None
        or found.borne_out
        or not (found.by_event or found.asserted.event is None)  # another event's date
    ):
        return None  # 'the toolkit developed in 2007' may only say which one: a date borne out
        # or left undated is no premise to lead with (the question goes its usual way)
    item = relevant[found.index]
    if found.borne_out and FUTURE.search(item.text) and not PAST.search(item.text):
        return None  # a date the record only plans for bears nothing out
    n = builder.add_evidence(item)
    if n is None:
        return None
    quoted = f"“{item.display()}” [{n}]"
    written = safe_text(found.asserted.text)
    # the claims of a premise the record bears out are not checked again ('launched')
    plain = unfiltered.model_copy(update={"claims": []})
    if found.borne_out and found.stated is not None:
        head = f"The record gives {safe_text(found.stated.text)}: {quoted}"
        return Lead([head], [], plain, evidence, weights)
    if found.stated is not None:
        head = (
            f"**The record does not give {written} for this: it gives "
            f"{safe_text(found.stated.text)}** — {quoted}"
        )
    else:
        head = f"**The record gives no date for this, so not {written}** — {quoted}"
    return Lead([head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights)


def described_correction(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> tuple[ActionRecord, str] | None:
    """The record the question describes in words, and the correction of what the question
    asserts of it (cited from its cells); None when no record is clearly described or nothing
    asserted of it is contradicted."""
    record = described_record(q, context)
    if record is None:
        return None
    record = version_asked(q, record, context)  # 'before it was first pushed back': the first
    chunk_id = context.record_chunk_id(record.id)
    correction = record_premise(q, record, builder, chunk_id, described=True)
    if correction and _owned_as_said(q, record, context):
        return None  # 'the rec led by the head of X': the post names the row, another one
    return (record, correction) if correction else None


# a row named by its owner: 'the rec led by X', 'the action that is owned by X' (not 'X owns it'),
# with the words before its noun that describe it ('the District Audit rec', 'the X action')
_BY_OWNER = re.compile(
    rf"(?P<head>[^,;:?–—.]*?)\b{RECORD_NOUNS}\s+(?:(?:that|which)\s+(?:is|was|has\s+been)\s+)?"
    r"(?:led|owned|run|held|managed|overseen|handled)\s+by\s+(?P<post>[^,;:?–—]+)",
    re.I,
)


def _owned_as_said(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext, post: str | None = None
) -> bool:
    """Whether the question names the row by its owner ('the District Audit rec led by the
    head of X'), its other words naming no more than the paper, and a row of the papers it
    names is owned by that post: the owner picks the row, it is no claim about ``record``.
    Words that describe ``record`` ('the scheme of delegation action led by X') make it one."""
    named = _BY_OWNER.search(unquoted(q.question))
    post = post or asserted_post(unquoted(q.question))
    if named is None or not post or post.lower() not in named["post"].lower():
        return False
    titles = stems(" ".join(d.title for d in context.documents_of(q.documents)))
    head = stems(" ".join(query_terms(named["head"]))) - titles
    if head & stems(issue_text(record)):
        return False
    return any(
        other.id != record.id and other.owner and post_borne_out(post, other.owner)
        for other in context.register.all()
        if not q.documents or other.document.id in q.documents
    )


def _claim_lead(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    evidence: list[Evidence],
    weights: dict[str, float],
) -> Lead | None:
    """'Why did X close Y back in 2023?', and no sentence dates it: the state claimed is
    checked against the row the question describes, in every paper (the year was the claim's,
    not a window); the correction leads, else None."""
    found = described_correction(q, context, builder)
    if found is None:
        return None
    _, correction = found
    plain = q.model_copy(update={"claims": []})
    return Lead([correction, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights)


def _around(item: Evidence, relevant: list[Evidence], context: AnswerContext) -> str:
    """The rest of ``item``'s row (every cell of its record), or of its passage."""
    record = context.register.by_id().get(item.record_id) if item.record_id else None
    if record is not None:
        return " ".join(v for v in record.columns.values() if v)
    return " ".join(e.text for e in relevant if e.chunk_id == item.chunk_id and e is not item)


def denied_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """A thing the question asks about or takes to exist ('who is the new lead for X?') that
    the passages about X say is missing ('X continues to exist without a working lead'): the
    record's denial, cited, then what it says of X. A year in the question is part of what it
    takes for granted ('appointed in 2016'), not a filter."""
    if q.intent not in ("lookup", "explain") or q.refs or not q.terms:
        return None
    unfiltered = q.model_copy(update={"since": None, "until": None, "period": None})
    evidence, weights = gather(unfiltered, context)
    records = context.register.by_id()
    asked = stems(q.question)
    names = " ".join(d.title for d in context.documents_of(q.documents))
    denials: list[tuple[Evidence, str]] = []
    top = evidence[:12]
    denying = {e.record_id for e in top if e.record_id and denied_phrase(q.question, e.text, names)}
    # the other sentences of a record that denies it, wherever they rank
    for item in top + [e for e in evidence[12:] if e.record_id in denying]:
        record = records.get(item.record_id) if item.record_id else None
        title = stems(record.title) if record and record.title else set()
        named = bool(title) and title <= asked  # the question names the record by its title
        about = f"{item.text} {record.title if record else ''}"  # 'this area' is the record's
        phrase = denied_phrase(q.question, item.text, names)
        # the passage must be about the subject, not only name the thing denied ('lead')
        denied = stems(phrase or "")
        subject = {t: w for t, w in weights.items() if t not in denied}
        unknown = [t for t in q.terms if stem(t) not in denied and context.stats.df(t) == 0]
        if not named and (
            (not subject and unknown)  # every word naming the subject is one no paper uses
            or coverage(about, subject or weights) < 0.5
        ):
            continue
        if phrase and record is not None and _lack_addressed(record, item.text, phrase):
            continue  # the row's finding is the lack its action supplies: no denial of it
        if phrase and all(phrase != p for _, p in denials):
            denials.append((item, phrase))
    if not denials:
        return None
    quoted = []
    for item, _ in denials[:2]:
        n = builder.add_evidence(item)
        if n is not None:
            quoted.append(f"“{item.display()}” [{n}]")
    if not quoted:
        return None
    said = " and ".join(f"“{safe_text(p)}”" for _, p in denials[:2])
    head = f"**The record says there is none: {said}** — {' '.join(quoted)}"
    plain = unfiltered.model_copy(update={"claims": []})
    cited = {item.record_id for item, _ in denials[:2]}
    denier = [records[r] for r in cited if r and r in records] if len(cited) == 1 else []
    # the one record the denial is from: a follow-up's 'it'
    return Lead(
        [head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights, denier
    )


def _lack_addressed(record: ActionRecord, sentence: str, phrase: str) -> bool:
    """Whether a denial is the row's own finding ('cases have no target response time') that
    its action is to supply ('set and publish a response time'): the lack the row records,
    not a denial that the thing asked about exists or was done."""
    finding = f"{record.finding or ''} {record.title or ''}"
    if sentence not in finding or not record.action:
        return False
    lacked = stems(phrase) - stems("no without lack lacks lacking absence of nor a an any")
    return bool(lacked & stems(record.action))


def author_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """Who the question says wrote or presented a paper it names ('why did the Chief Executive
    present the plan to the panel?') against the paper's own author lines ('Report by: …'):
    when they name someone else, the correction quoting them, then what the record says of the
    rest of the question. The claimed author is the claim, not an owner filter."""
    if not q.documents:
        return None
    scope = premise_scope(q)
    # what the premise says wrote it, or who the question says spoke in it ('what did X tell
    # the panel in the plan?')
    claimed = (claimed_author(scope) if scope else None) or claimed_speaker(q.question)
    named = context.documents_of(q.documents)
    titles = stems(" ".join(d.title for d in named))
    said = {stem(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", claimed or "")}
    if claimed is None or said <= (titles | {"the"}) or any(stems(d.title) <= said for d in named):
        return None  # 'what does the MPS Governance Report (of May) say…': the paper speaks
    lines: list[str] = []
    for doc in named[:2]:
        text = context.document_text(doc.id)
        found = author_lines(text)
        chunk_id = context.first_chunk_id(doc.id)
        if not found or chunk_id is None:
            continue
        if not author_contradicted(claimed, [m.group(0) for m in found]):
            return None  # the paper bears it out
        cites = []
        for match in found[:2]:
            line = match.group(0).strip()
            n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=line, near=match.start())
            if n:
                cites.append(f"“{safe_text(line)}” [{n}]")
        if cites:
            lines.append(f"*{safe_text(doc.title)}*: {'; '.join(cites)}")
    if not lines:
        return None
    head = f"**No — the record does not name {safe_text(claimed)} as the author:** " + " ".join(
        lines
    )
    gone = {w.lower() for w in re.findall(r"[A-Za-z]+", claimed)}  # the rest is the subject
    plain = q.model_copy(
        update={
            "claims": [],
            "owner": None,
            "since": None,
            "until": None,
            "period": None,
            "terms": [t for t in q.terms if t not in gone] or q.terms,
        }
    )
    evidence, weights = gather(plain, context)
    return Lead([head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights)


def agent_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """Who the question says acted on a record ('what did the Treasurer do to improve X?',
    'how has X been handled by the ACHR?') against the owner the record names: when the record
    the rest of the question describes is owned by someone else, and its own text does not
    name the agent either, the correction citing its owner cell, then what the record says."""
    if q.intent not in ("lookup", "explain") or q.refs:
        return None
    register = context.register
    parties = register_parties(register.loaded(), lambda: (r.owner for r in register.all()))
    agent = named_agent(q.question, parties)
    if agent is None:
        return None
    rest = without_agent(q, agent)
    record = described_record(rest, context) if rest.terms else None
    if record is None or not record.owner or not names_other(agent, record.owner):
        return None
    agent_stems = {stem(w.lower()) for w in content_words(agent)}
    if agent_stems <= stems(record_text(record)) or agent_stems <= stems(record.document.title):
        return None  # the record's own text names the agent, or it is the paper's own body
    if _owned_as_said(q, record, context, agent):
        return None  # 'the rec led by the head of X': the agent names the row it owns
    chunk_id = context.record_chunk_id(record.id)
    marker = cite(builder, record, chunk_id, record.owner)
    head = (
        f"**No — {record_name(record)} ({doc_label(None, record)}) is owned by "
        f"{safe_text(record.owner)}{marker}, not {safe_text(agent)}.**"
    )
    plain = rest.model_copy(update={"claims": [], "question": q.question})
    evidence, weights = gather(rest, context)
    return Lead(
        [head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights, [record]
    )


def pending_lead(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> Lead | None:
    """A question asking when or whether a thing was done ('when was X approved?', 'has X been
    signed off?') where a sentence about X says it is still to be done ('X is yet to be
    approved', 'awaiting approval'): the record's words, cited, with the date of the paper
    that says so, then what the record says of X. No date is no reason to abstain here: the
    record answers that there is none yet."""
    if q.intent not in ("lookup", "explain") or not q.terms or _asks_deadline(q.question):
        return None  # 'when was X first due?': the deadline set, whether or not X is done
    unfiltered = q.model_copy(update={"since": None, "until": None, "period": None})
    evidence, weights = gather(unfiltered, context)
    found = None
    records = context.register.by_id()
    for item in evidence[:12]:
        phrase = pending_phrase(q.question, item.text)
        if phrase is None or _issue_cell(item, records) or _done_later(item, phrase, evidence):
            continue
        # about the subject: the question's words but the verb the phrase denies, in the
        # sentence or the title of its record ('standards … awaiting approval' of a
        # commercial controls area)
        said = verb_classes(phrase)
        subject = {t: w for t, w in weights.items() if not verb_classes(t) & said}
        record = records.get(item.record_id) if item.record_id else None
        about = f"{item.text} {record.title if record and record.title else ''}"
        if not subject or coverage(about, subject) >= 0.5:
            found = (item, phrase)
            break
    if found is None:
        return None
    item, phrase = found
    n = builder.add_evidence(item)
    if n is None:
        return None
    documents = {d.id: d for d in context.documents}
    paper = documents.get(item.document.id)
    when = f" (as of {doc_label(paper)})" if paper is not None else ""
    no = "No — the" if _ASKS_WHETHER.match(q.question) else "The"
    head = f"**{no} record says “{safe_text(phrase)}”{when}** — “{item.display()}” [{n}]"
    plain = unfiltered.model_copy(update={"claims": []})
    return Lead([head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights)


_ASKS_WHETHER = re.compile(r"^\s*(?:has|have|had|was|were|is|are|did)\b", re.I)


def _issue_cell(item: Evidence, records: dict[str, ActionRecord]) -> bool:
    """Whether ``item`` is the issue a row was raised on (its finding or title: 'risks were not
    reported to the committee'), the state before its action, not the state the row reports."""
    record = records.get(item.record_id) if item.record_id else None
    issue = [c.strip() for c in (record.finding, record.title) if c] if record else []
    return any(item.text.strip() in cell for cell in issue) and bool(record and record.progress)


def _done_later(item: Evidence, phrase: str, evidence: list[Evidence]) -> bool:
    """Whether a later paper's sentence among ``evidence`` reports as done, with a date, the
    thing ``item`` says is pending ('Awaiting appointment of a Herbarium Manager', and a year on
    'Herbarium Manager appointed June 2023'): the pending state is no longer the record's."""
    said = verb_classes(phrase) - verb_classes("awaiting await pending yet to be not still")
    paper = str(item.document.date or "")
    return any(
        str(other.document.date or "") > paper
        and verb_classes(other.text) & said
        and pending_phrase_free(other.text)
        and scan_dates(other.text)[0]
        for other in evidence[:12]
    )


def pending_phrase_free(text: str) -> bool:
    """Whether ``text`` says nothing is still to be done ('awaiting', 'not yet')."""
    return not re.search(r"\b(?:await\w*|pending|not\s+yet|yet\s+to|still\s+to)\b", text, re.I)


def _asks_deadline(question: str) -> bool:
    """Whether ``question`` asks a row's deadline by its noun ('first due', 'the target date')
    or by a verb of setting a time ('what date was agreed for X')."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    return bool(words & DUE_WORDS) or SET_DATE.search(question) is not None
