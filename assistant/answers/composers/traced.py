"""One issue followed across its body's papers ('was X carried into the next year's plan, and
in what state?', 'does the X issue reappear in the later statement?', 'did X appear in the
earlier tracker?', 'was its 2023 owner still the owner a year later?').

The issue's row is the one the question describes (or names by ref); its rows in the body's
other papers are those re-reporting it (its ref with some of its wording, or nearly its
wording) or linked to it as the same issue (:mod:`assistant.threads`). The papers are ordered
by date, and the answer says first whether the paper asked about holds it (or that no later,
or earlier, paper does), then each paper's row side by side: its state, deadline and owner,
each cited."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import QueryAnalysis
from assistant.analysis.carried import paper_when
from assistant.analysis.tracing import Traced, trace_cue
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.carried_rows import same_row
from assistant.answers.support.paper_mention import mention_in_paper
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import cite, doc_label, due_words, safe_text
from assistant.answers.support.subject import match
from assistant.answers.support.topics import record_hits
from assistant.citations import CitationBuilder
from assistant.text import stems
from assistant.threads import similarity
from ingest.model import ActionRecord, DocumentInfo

_CANDIDATES = 50  # rows nearest the issue's wording among which its re-reports are sought


def _body_papers(seed: ActionRecord, context: AnswerContext) -> list[DocumentInfo]:
    """The papers of the seed's body (the same organisation), oldest first; papers of one
    date follow the number their titles end in."""
    by_id = {d.id: d for d in context.documents}
    own = by_id.get(seed.document.id)
    if own is None:
        return []
    body = (own.organisation or "").strip().lower()
    papers = [
        d
        for d in context.documents
        if d.id == own.id or (body and (d.organisation or "").strip().lower() == body)
    ]
    return sorted(papers, key=lambda d: (paper_when(d), d.filename))


# a paper described in the words of its title: "the next year's damp and mould report"
_PAPER_PHRASE = re.compile(
    r"((?:[\w'’-]+\s+){1,4}?)(?:report|plan|tracker|paper|review|update|log|statement|"
    r"follow[- ]?up)s?\b",
    re.I,
)


def _paper_words(text: str, titles: Sequence[str]) -> set[str]:
    """The words of ``text`` that describe a paper: those right before a paper noun that a
    paper's title holds (read back from the noun while they do)."""
    held = {w for title in titles for w in re.findall(r"[a-z0-9]+", title.lower())}
    found: set[str] = set()
    for phrase in _PAPER_PHRASE.finditer(text):
        for word in reversed(re.findall(r"[a-z0-9]+", phrase.group(1).lower())):
            if word not in held and word not in ("and", "of", "the", "s"):
                break
            found.add(word)
    return found


def _subject_query(q: QueryAnalysis, cue: Traced, titles: Sequence[str] = ()) -> QueryAnalysis:
    """The question with the words of the relation between papers, of the fields asked and
    of a paper described by its title's words left out: what remains describes the issue."""
    text = q.question[: cue.start] + " " + q.question[cue.end :]
    framing = stems(q.question[cue.start : cue.end]) | stems(
        "state status owner owned owns who due deadline date then later earlier previous next "
        "following year years paper papers report reports plan plans tracker follow up "
        "still listed again appear reappear carried statement summary update document edition "
        "version"
    )
    terms = [t for t in q.terms if not (stems(t) & framing) and not re.fullmatch(r"\d{4}", t)]
    papered = _paper_words(text, titles)
    kept = [t for t in terms if t.lower() not in papered]
    terms = kept or terms  # the issue described in its paper's words only: those words
    # a theme the question names describes the issue too ('the recommendation on embedding
    # risk management'): its words, where the question writes them
    said = set(re.findall(r"[a-z]+", text.lower()))
    terms += [
        w
        for theme in q.themes
        for w in re.findall(r"[a-z]+", theme.lower())
        if w in said and w not in terms and len(w) > 2
    ]
    return q.model_copy(
        update={"question": text, "standalone": text, "terms": terms, "documents": []}
    )


_WHEN = re.compile(r"\bwhen\b|\bwhat\s+date\b|\bby\s+when\b|\bgo\s+live\b", re.I)


def _issue_words(
    q: QueryAnalysis, cue: Traced, seed: ActionRecord, context: AnswerContext
) -> list[str]:
    """The words the question names the issue by that its row holds too ('scheme',
    'delegation'): what a paper's prose must say to speak of the same issue."""
    if q.refs:
        return []
    subject = _subject_query(q, cue, [d.title for d in context.documents])
    held = stems(_wording(seed))
    return [t for t in subject.terms if stems(t) & held and len(t) > 2]


def _named(q: QueryAnalysis, context: AnswerContext) -> list[DocumentInfo]:
    """The papers the question names itself, else those of the years it names."""
    named_ids = set(q.documents)
    named = [d for d in context.documents if d.id in named_ids]
    return named or [d for d in context.documents if d.year and d.year in q.years]


def _seed(q: QueryAnalysis, cue: Traced, context: AnswerContext) -> ActionRecord | None:
    """The row of the issue the question asks about: by ref, else the row it describes (in a
    paper it names first, when it names one that holds such a row)."""
    named = _named(q, context)
    if q.refs:
        rows = context.register.with_refs(q.refs)
        inside = [r for r in rows if r.document.id in {d.id for d in named}] or rows
        order = {d.id: paper_when(d) for d in context.documents}
        inside = sorted(inside, key=lambda r: order.get(r.document.id, ""))
        if not inside:
            return None
        return inside[-1] if cue.direction == "back" else inside[0]
    subject = _subject_query(q, cue, [d.title for d in context.documents])
    if not subject.terms:
        return None
    anchor: DocumentInfo | None = None
    if named:
        first = sorted(named, key=paper_when)
        anchor = first[-1] if cue.direction == "back" else first[0]
    found = _on_subject(subject, anchor, context)
    if found is None and anchor is not None:
        found = described_record(subject.model_copy(update={"documents": [anchor.id]}), context)
    return found or described_record(subject, context)


def _on_subject(
    subject: QueryAnalysis, anchor: DocumentInfo | None, context: AnswerContext
) -> ActionRecord | None:
    """The row nearest the issue as the recurrence matcher reads a subject
    (:func:`assistant.answers.support.subject.match`: its words in any form, in its title or
    issue, and by meaning), in the anchor paper when one is named and holds such a row; of a
    body with several papers first."""
    found = match(subject, context)
    if found is None or not len(found.positions):
        return None
    records = context.register.loaded().at(found.positions)
    scored = [
        (float(m) + (1.0 if w else 0.0) + (2.0 if t else 0.0), -i, r)
        for i, (r, m, w, t) in enumerate(
            zip(
                records,
                found.meaning.tolist(),
                found.by_words.tolist(),
                found.in_title.tolist(),
                strict=True,
            )
        )
    ]
    inside = [x for x in scored if anchor is None or x[2].document.id == anchor.id]
    # the question relates papers: a row of a body with several papers before one of a body
    # with a single paper (whose row no other paper could hold)
    several = _several_papers(context)
    return (
        max(inside, key=lambda x: (x[2].document.id in several, x[0], x[1]))[2] if inside else None
    )


def _several_papers(context: AnswerContext) -> set[str]:
    """The ids of the papers whose body has more than one paper."""
    bodies: dict[str, list[str]] = {}
    for doc in context.documents:
        body = (doc.organisation or "").strip().lower()
        if body:
            bodies.setdefault(body, []).append(doc.id)
    return {i for ids in bodies.values() if len(ids) > 1 for i in ids}


def _wording(record: ActionRecord) -> str:
    return " ".join(t for t in (record.title, record.finding, record.action) if t)


def appearances(
    seed: ActionRecord, q: QueryAnalysis, papers: list[DocumentInfo], context: AnswerContext
) -> list[ActionRecord]:
    """The seed's row in each paper of its body that holds the same issue, oldest first: a
    re-report (:func:`same_row`), else a row linked to it as the same issue (its thread)."""
    ids = {d.id for d in papers}
    thread = context.register.threads().thread_of(seed.id)
    linked = {r.id for r in thread.records} if thread else set()
    best: dict[str, tuple[float, ActionRecord]] = {seed.document.id: (9.0, seed)}
    candidates = record_hits(
        q.model_copy(update={"documents": []}), context, _wording(seed), _CANDIDATES
    )
    if thread:
        candidates += thread.records
    for other in candidates:
        doc = other.document.id
        if doc not in ids or doc == seed.document.id:
            continue
        if same_row(other, seed) or same_row(seed, other):
            score = 2.0 + similarity(other, seed)
        elif other.id in linked:
            score = 1.0 + similarity(other, seed)
        else:
            continue
        if doc not in best or score > best[doc][0]:
            best[doc] = (score, other)
    order = {d.id: i for i, d in enumerate(papers)}
    return sorted((r for _, r in best.values()), key=lambda r: order.get(r.document.id, 0))


def _line(
    record: ActionRecord,
    doc: DocumentInfo,
    context: AnswerContext,
    builder: CitationBuilder,
    asked: Sequence[str] = (),
) -> tuple[str, str, str | None]:
    """(the paper's line on the row, its state as shown, its owner or None), cited; a
    priority or an agreed action the question asks of the issue is given for each paper too
    ('what priority did it have in each tracker?')."""
    chunk = context.record_chunk_id(record.id)
    name = f"**{safe_text(record.ref)}** " if record.ref else ""
    title = f"{name}{safe_text(record.title)}{cite(builder, record, chunk, record.title)}"
    state = record.status.replace("_", " ")
    if record.status_text and record.status_basis == "stated":
        marker = cite(builder, record, chunk, record.status_text)
        state = f"“{safe_text(record.status_text)}”{marker}"
    elif record.status_text:  # read from a sentence of its progress note
        state = (
            f"{state} (from its progress note{cite(builder, record, chunk, record.status_text)})"
        )
    facts = [f"state: {state}"]
    if record.due_text:
        facts.append(f"due {due_words(record)}{cite(builder, record, chunk, record.due_text)}")
    owner = None
    if record.owner:
        owner = f"{safe_text(record.owner)}{cite(builder, record, chunk, record.owner)}"
    facts.append(f"owner: {owner or 'no owner named'}")
    for field in ("priority", "action"):
        value = getattr(record, field) if field in asked else None
        if value:
            facts.append(f"{field}: “{safe_text(value)}”{cite(builder, record, chunk, value)}")
    note = _first_sentence(record.progress)
    said = f" — “{safe_text(note)}”{cite(builder, record, chunk, note)}" if note else ""
    return f"- *{doc_label(doc)}*: {title} ({'; '.join(facts)}){said}", state, owner


def _first_sentence(text: str | None) -> str | None:
    if not text:
        return None
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    return first if len(first.split()) >= 3 else None


def _issue_name(record: ActionRecord) -> str:
    """'PBG-23-02 (Arboretum tree safety survey …)', 'item 4 (Assurance Framework)'."""
    words = safe_text(record.title).split()
    short = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    if not record.ref:
        return f"‘{short}’"
    ref = f"item {record.ref}" if re.fullmatch(r"\d+(?:\.\d+)*", record.ref) else record.ref
    return f"{safe_text(ref)} (‘{short}’)"


def _year(doc: DocumentInfo) -> str:
    return doc.date[:4] if doc.date else (doc.period or str(doc.year or "?"))


def _verdict(
    cue: Traced,
    chain: list[ActionRecord],
    papers: list[DocumentInfo],
    named: list[DocumentInfo],
    states: dict[str, str],
    issue: str,
) -> str:
    """The first line: whether the paper asked about holds the issue (or which papers do)."""
    by_id = {d.id: d for d in papers}
    held = [by_id[r.document.id] for r in chain]
    holds = {d.id for d in held}
    mine = [d for d in papers if d.id in {n.id for n in named}]
    first, last = held[0], held[-1]
    if cue.direction == "back":
        end = mine[-1] if mine else first
        before = [d for d in papers if paper_when(d) < paper_when(end)]
        if not before:
            held_in = doc_label(end)
            return f"**No earlier paper of this body is held: {issue} first appears in {held_in}.**"
        earlier = before[-1]
        if earlier.id in holds:
            return f"**Yes — {issue} is already in {doc_label(earlier)} ({states[earlier.id]}).**"
        return (
            f"**No — {doc_label(earlier)} does not hold {issue}; it first appears in "
            f"{doc_label(first)}.**"
        )
    if cue.direction == "each":
        listed = "; ".join(f"{_year(d)}: {states[d.id]}" for d in held)
        if len(held) == 1:
            return (
                f"**{issue[:1].upper()}{issue[1:]} appears only in {doc_label(first)} ({listed}).**"
            )
        return (
            f"**{issue[:1].upper()}{issue[1:]} appears in {len(held)} papers, first in "
            f"{_year(first)} and last in {_year(last)} — {listed}.**"
        )
    early = bool(mine) and paper_when(mine[0]) <= paper_when(first)
    start = mine[0] if len(mine) >= 2 or early else first
    target = mine[-1] if mine and paper_when(mine[-1]) > paper_when(start) else None
    later = [d for d in papers if paper_when(d) > paper_when(start)]
    after = [d for d in held if paper_when(d) > paper_when(start)]
    if target is None and later and (cue.next_paper or len(later) == 1):
        target = later[0]
    if not later:
        return (
            f"**No later paper of this body is held: {issue} appears last in "
            f"{doc_label(last)} ({states[last.id]}).**"
        )
    if target is None and after:  # 'in later papers': every later paper holding it
        listed = "; ".join(f"{doc_label(d)}: {states[d.id]}" for d in after)
        return f"**Yes — {issue} reappears in {len(after)} later papers: {listed}.**"
    if target is not None and target.id in holds:
        row = next(r for r in chain if r.document.id == target.id)
        return (
            f"**{_held_state(cue, row)} — {issue} is in {doc_label(target)}: {states[target.id]}.**"
        )
    if target is None:
        target = later[0]
    if not after:
        return (
            f"**No — no later paper holds {issue}; it appears only in {doc_label(last)} "
            f"({states[last.id]}).**"
        )
    return (
        f"**No — {doc_label(target)} does not hold {issue}; it last appears in "
        f"{doc_label(last)} ({states[last.id]}).**"
    )


def _held_state(cue: Traced, row: ActionRecord) -> str:
    """'Yes', or for a state asked ('still open …?') whether the row was in it then."""
    if cue.open_asked is None:
        return "Yes"
    is_open = row.status != "complete"
    if cue.open_asked:
        return "Yes, still open" if is_open else "No, closed by then"
    return "Yes, closed" if not is_open else "No, still open"


def _owner_line(
    chain: list[ActionRecord], papers: dict[str, DocumentInfo], owners: dict[str, str | None]
) -> str:
    """The owner in each paper, and whether it stayed the same."""
    plain = [(r.owner or "").strip().lower() for r in chain]
    shown = " → ".join(
        f"{owners[r.document.id] or 'no owner named'} ({_year(papers[r.document.id])})"
        for r in chain
    )
    if len(chain) < 2:
        return f"**Owner: {shown}.**"
    same = len(set(plain)) == 1 and plain[0]
    verdict = "The same owner in each paper" if same else "The owner changed"
    return f"**{verdict}: {shown}.**"


def _due_line(chain: list[ActionRecord], papers: dict[str, DocumentInfo]) -> str:
    """The deadline in each paper, and whether a later paper moved it later or earlier."""
    shown = " → ".join(
        f"{due_words(r) or 'no deadline given'} ({_year(papers[r.document.id])})" for r in chain
    )
    dated = [r.due_date for r in chain if r.due_date]
    if len(chain) < 2 or len(dated) < len(chain):
        return f"**Deadline: {shown}.**"
    moved = "later" if dated[-1] > dated[0] else "earlier" if dated[-1] < dated[0] else None
    verdict = f"The deadline moved {moved}" if moved else "The same deadline in each paper"
    return f"**{verdict}: {shown}.**"


def _priority_line(chain: list[ActionRecord], papers: dict[str, DocumentInfo]) -> str:
    """The priority in each paper, and whether it stayed the same (in each paper's own words:
    'High' in one paper's scale may be 'Essential' in the next's)."""
    shown = " → ".join(
        f"{safe_text(r.priority) if r.priority else 'no priority given'} "
        f"({_year(papers[r.document.id])})"
        for r in chain
    )
    given = [(r.priority or "").strip().lower() for r in chain]
    if len(chain) < 2 or not all(given):
        return f"**Priority: {shown}.**"
    verdict = "The same priority in each paper" if len(set(given)) == 1 else "The priority changed"
    return f"**{verdict}: {shown}.**"


def trace_issue(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """One issue followed across its body's papers: the verdict on the paper asked about,
    then each paper's row side by side. None unless the question asks such a relation of one
    issue and a row of it is found."""
    if q.intent in ("list", "count"):
        return None
    if q.intent == "recurring" and len({r.lower() for r in q.refs}) > 1:
        return None  # 'did R2 and R13 come up again?': several issues, each followed by meaning
    cue = trace_cue(q.question, refs=bool(q.refs))
    if cue is None:
        return None
    seed = _seed(q, cue, context)
    if seed is None:
        return None
    papers = _body_papers(seed, context)
    chain = appearances(seed, q, papers, context)
    by_id = {d.id: d for d in papers}
    builder = context.citations()
    lines: list[str] = []
    states: dict[str, str] = {}
    owners: dict[str, str | None] = {}
    for record in chain:
        line, state, owner = _line(record, by_id[record.document.id], context, builder, q.fields)
        lines.append(line)
        states[record.document.id] = state
        owners[record.document.id] = owner
    issue = _issue_name(seed)
    named = [d for d in _named(q, context) if d.id in by_id]
    head = _verdict(cue, chain, papers, named, states, issue)
    if "owner" in cue.fields and "status" not in cue.fields:
        head = f"{head}\n{_owner_line(chain, by_id, owners)}"
    if "due" in cue.fields and "status" not in cue.fields:
        head = f"{head}\n{_due_line(chain, by_id)}"
    if "priority" in cue.fields and "status" not in cue.fields:  # the value asked comes first
        head = f"{_priority_line(chain, by_id)}\n{head}"
    missing = [d for d in papers if d.id not in states]
    # a paper with no row of the issue may say it in its prose (a narrative statement)
    words = _issue_words(q, cue, seed, context) if missing else []
    dated = "due" in cue.fields or bool(_WHEN.search(q.question))
    said = [(d, mention_in_paper(context, d, words, dated, q.question)) for d in missing]
    for paper, mention in said:
        n = builder.add_evidence(mention) if mention is not None else None
        if mention is not None and n:
            quote = safe_text(mention.display())
            lines.append(f"- *{doc_label(paper)}* (in its text, no row): “{quote}” [{n}]")
            missing = [d for d in missing if d.id != paper.id]
    if len(missing) < len(papers) - len(chain) and (head.startswith("**No") or " only in " in head):
        head = (
            f"**{issue} is held as a row in {len(chain)} paper{'s' if len(chain) != 1 else ''}"
            " of its body; the others below speak of it in their text.**"
        )
    if missing:
        lines.append("- Not held in: " + "; ".join(doc_label(d) for d in missing) + ".")
    body = f"{head}\n\n" + "\n".join(lines)
    searched = context.searched()
    return finish(
        q,
        context,
        body=body,
        line=(
            f"{issue} followed across the {len(papers)} papers of its body: {len(chain)} hold it; "
            f"searched {len(searched)} documents ({context.span(searched)})."
        ),
        matched=len(chain),
        citations=builder.citations(),
        records=chain,
        route="recurring",
    )
