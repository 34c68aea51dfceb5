"""How records read in answers: labels, deadline words, status sentences, key sentences, and
their citations (always verbatim spans of the record's source).

A field shown outside a quote (a title, an owner, a status cell) goes through :func:`safe_text`,
which withholds instruction-like text: documents are data, and an answer never repeats what
reads like an instruction, quoted or not."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from assistant.analysis.reading import excluded_spans
from assistant.answers.context import AnswerContext
from assistant.answers.support.written_status import status_label, written_status
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import split_sentences, stems, verbatim_pieces
from ingest.dates import read_due
from ingest.model import ActionRecord, DocumentInfo
from ingest.safety import looks_like_instruction, redact
from vectorstore.bm25 import STOPWORDS

# what says a thing is not (yet) done, in a record's sentence or in the question asked
_NOT_DONE = re.compile(
    r"\b(?:not|no|cannot|unable|unlikely|never|failed|yet to|remains?|without|gaps?|only|"
    r"limited|patchy|fragmented|delay\w*)\b|n't\b",
    re.I,
)


def safe_text(value: str | None) -> str:
    """A record or document field as an answer may show it: instruction-like text withheld."""
    return redact(value) if value else ""


def doc_label(doc: DocumentInfo | None, record: ActionRecord | None = None) -> str:
    """'MPS Governance Report (2017)'; 'Audit Log (Marrowby Fire Authority, 2021)' when the
    body's name is words the title does not hold."""
    if doc is None and record is not None:
        when = record.report_date or (str(record.year) if record.year else "")
        return f"{safe_text(record.document.title)}" + (f" ({when[:4]})" if when else "")
    assert doc is not None
    return _paper_label(doc.title, doc.date, doc.period, doc.organisation)


@lru_cache(maxsize=4096)
def _paper_label(title: str, date: str | None, period: str | None, body: str | None) -> str:
    """:func:`doc_label` of a paper from its fields (read once: an answer over every paper
    labels thousands of them, and copies of one paper share their label)."""
    when = date[:4] if date else (period or "")
    body = body or ""
    if len(body.split()) < 2 or body.isupper() or body.lower() in title.lower():
        body = ""  # an acronym ('MPS') or a title that names it already
    told = ", ".join(safe_text(p) for p in (body, when) if p)  # whose paper, across bodies
    return f"{safe_text(title)}" + (f" ({told})" if told else "")


def due_words(record: ActionRecord) -> str:
    """The deadline as written: 'March 2009' from '... now revised to March 2009';
    'Sept 2008; March 2009' for a row with several actions."""
    lines = [line.strip() for line in (record.due_text or "").split("\n") if line.strip()]
    words = []
    for line in lines:
        match = re.search(r"revised to (.+)$", line)
        value = (match.group(1) if match else line).strip()
        if value not in words:
            words.append(value)
    written = safe_text("; ".join(words))
    if written and record.due_date and _moved_elsewhere(written, record):
        # the deadline column keeps the date first set; the row's update moved it
        return f"{long_date(record.due_date)} (revised from {written})"
    if written and record.due_date and terse_date(written):
        return f"{written} ({long_date(record.due_date)})"  # 'Mar-24 (31 March 2024)'
    return written or (record.due_date or "")


def _moved_elsewhere(written: str, record: ActionRecord) -> bool:
    """Whether the deadline as written is the date the row was revised from, its current
    deadline given elsewhere in the row ('Deadline moved back from X to Y' in the update)."""
    if not record.revised_from_date or len(written.split("; ")) > 1:
        return False
    reading = read_due(written)
    return (
        reading.due is not None
        and reading.revised_from is None
        and reading.due.iso == record.revised_from_date
        and reading.due.iso != record.due_date
    )


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# a deadline written in a house shorthand a reader must work out: a quarter, a season, an
# abbreviated month with a two-digit year, or figures alone ('Q2 2024/25', 'Spring 2025',
# 'Mar-24', '31/03/24', a spreadsheet's ISO cell '2024-03-31')
_TERSE = re.compile(
    r"\bQ[1-4]\b|\b(?:spring|summer|autumn|winter)\b|\b[A-Za-z]{3}[-\s]\d{2}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)


def terse_date(written: str) -> bool:
    """Whether a deadline is written in a shorthand (see _TERSE) and names no month in full
    ('May-25' is a shorthand though 'May' is a whole month's name)."""
    bare = _TERSE.sub(" ", written)
    spelt = any(re.search(rf"\b{m}\b", bare, re.I) for m in _MONTH_NAMES)
    return not spelt and bool(_TERSE.search(written))


def long_date(iso: str) -> str:
    """'2024-03-31' -> '31 March 2024'."""
    year, month, day = (int(p) for p in iso[:10].split("-"))
    return f"{day} {_MONTH_NAMES[month - 1]} {year}"


def cite_record(
    builder: CitationBuilder,
    record: ActionRecord,
    chunk_id: str | None,
    quote: tuple[str, int] | None,
) -> str:
    """' [n]' for a verbatim quote of the record, or '' when it cannot be cited."""
    if quote is None or chunk_id is None:
        return ""
    n = builder.add(
        chunk_id=chunk_id, document=record.document, quote=quote[0], ref=record.ref, near=quote[1]
    )
    return f" [{n}]" if n else ""


def cite(
    builder: CitationBuilder, record: ActionRecord, chunk_id: str | None, *candidates: str | None
) -> str:
    return cite_record(builder, record, chunk_id, record_quote(record, *candidates))


def status_sentence(record: ActionRecord, builder: CitationBuilder, chunk_id: str | None) -> str:
    """' Status: partial (“Recommendation met: significantly”) [n].'"""
    status = status_label(record)
    if record.status_basis == "none" or not record.status_text:
        return " Status: not stated."
    citation = cite(builder, record, chunk_id, record.status_text)
    if record.status_basis == "stated":
        return f" Status: {status} (“{safe_text(record.status_text)}”){citation}."
    return f" Status: {status}, from the progress note{citation}."


def key_sentence(record: ActionRecord, weights: dict[str, float]) -> tuple[str, int] | None:
    """The record's sentence that best matches the question (else its status or progress)."""
    items = record_evidence(record, "", 0)
    scored = sorted(
        ((coverage(e.text, weights), -e.start, e) for e in items if len(e.text.split()) >= 4),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    if scored and scored[0][0] > 0:
        best = scored[0][2]
        return best.text, best.start
    fallback = record_quote(record, record.status_text, record.progress, record.action)
    return fallback


def negative_sentences(record: ActionRecord, limit: int = 3) -> list[tuple[str, int]]:
    """The last progress sentences that say what is not done (when correcting a premise)."""
    progress = record.progress or ""
    out = [
        (item.text, item.start)
        for item in record_evidence(record, "", 0)
        if item.text in progress and _NOT_DONE.search(item.text) and len(item.text.split()) >= 5
    ]
    return out[-limit:]


def record_line(
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    quote: tuple[str, int] | None,
    reasons: list[str] | None = None,
) -> str:
    """'**R18** Embed the scheme of delegation… — owner: …; due: …; status: … [n]'."""
    label = f"**{record.ref}** " if record.ref else ""
    details = []
    if record.owner:
        details.append(f"owner: {safe_text(record.owner)}")
    if record.revised_from_date and record.due_date:
        details.append(f"due: {safe_text(record.revised_from_text)} → {due_words(record)}")
    elif record.due_date:
        details.append(f"due: {due_words(record)}")
    written = written_status(record) if record.status == "unknown" else None
    if written:  # a status the register could not read
        details.append(f"status as written: {safe_text(written)}")
    else:
        details.append(f"status: {status_label(record)}{_own_words(record)}")
    if reasons:
        details.append("; ".join(reasons))
    marker = cite_record(builder, record, chunk_id, quote)
    return f"{label}{safe_text(record.title)}{_action_head(record)} — {'; '.join(details)}{marker}"


_HEAD_WORDS = 12
_OWN_WORDS = 40  # a stated status longer than this is a progress note, not the paper's label


def _own_words(record: ActionRecord) -> str:
    """' (“In progress”)': the status as the paper labels it, when it states one in other
    words than the register's state ('Closed', 'Amber', 'Not yet due'); a question asking
    where a row stands is often answered in the paper's own label. '' when the label is the
    state's own word, is not stated, or is a longer note."""
    said = (record.status_text or "").strip()
    if record.status_basis != "stated" or not said or len(said) > _OWN_WORDS:
        return ""
    if re.sub(r"[^a-z]", "", said.lower()) == re.sub(r"[^a-z]", "", record.status):
        return ""
    return f" (“{safe_text(said)}”)"


def _action_head(record: ActionRecord) -> str:
    """' (action: Review the approach to business risk management…)' for a row whose title
    is cut short: a long finding's opening may never reach its subject, which the row's agreed
    action names; '' when the title is whole or the action is what it shows."""
    title = record.title or ""
    action = (record.action or "").strip().split("\n")[0].strip()
    if not title.endswith("…") or not action or action[:40] in title:
        return ""
    words = action.split()
    head = " ".join(words[:_HEAD_WORDS]) + ("…" if len(words) > _HEAD_WORDS else "")
    return f" (action: {safe_text(head)})"


def record_name(record: ActionRecord) -> str:
    """How an answer names a record: 'item 3', 'R18', or its title in quotes."""
    if record.ref:
        return f"item {record.ref}" if record.ref[0].isdigit() else record.ref
    title = safe_text(record.title)
    title = title if len(title) <= 60 else title[:57].rstrip() + "…"
    return f"‘{title}’"


def progress_quotes(record: ActionRecord, limit: int) -> list[tuple[str, int]]:
    """The record's progress note as verbatim sentences (quote, document offset), in order."""
    quoted: list[tuple[str, int]] = []
    for sentence in split_sentences(record.progress or ""):
        found = record_quote(record, sentence.text)  # a page break may cut it short
        if found and sentence.text.startswith(found[0]) and found not in quoted:
            quoted.append(found)
        if len(quoted) >= limit:
            break
    return quoted


def asks_undone(question: str) -> bool:
    """Whether a 'what/which' question asks what is not done ('which data could they not
    supply?', 'what gaps remain?'): a negation in its own clause, not in a complement ('not
    counting R2') nor a restriction ('the only …')."""
    clause = re.match(r"\s*(?:what|which)\b[^,;:?]*", question, re.I)
    if clause is None:
        return False
    left_out = excluded_spans(question)
    return any(
        found.group(0).lower() not in ("only", "no")
        and not any(a <= found.start() < b for a, b in left_out)
        for found in _NOT_DONE.finditer(question[: clause.end()])
    )


def asked_progress(
    record: ActionRecord, question: str, weights: dict[str, float], limit: int
) -> list[tuple[str, int]]:
    """The sentences of a long progress note that answer the question, in the note's order:
    what is not done when it asks what could not be done ('which data could they not
    supply?'), or those holding most of its words when the best of them lies past the first
    ``limit``; else the first ``limit`` sentences."""
    every = progress_quotes(record, limit=1_000)
    if len(every) <= limit:
        return every
    if asks_undone(question):
        picked = [s for s in every if _NOT_DONE.search(s[0]) and len(s[0].split()) >= 5]
        if picked:
            return picked[-limit:]
    if weights:
        share = [coverage(text, weights) for text, _ in every]
        if max(share) > 0 and max(share) > max(share[:limit]):
            best = sorted(range(len(every)), key=lambda i: (-share[i], i))[:limit]
            return [every[i] for i in sorted(best) if share[i] > 0]
    return every[:limit]


# a sentence that opens by pointing back: a pronoun, or an additive connective
_POINTS_BACK = re.compile(
    r"^(?:it|its|this|these|those|they|their|such|in addition|additionally|also|"
    r"further(?:more)?|moreover)\b",
    re.I,
)


def goes_on(previous: str, sentence: str) -> bool:
    """Whether ``sentence`` goes on about what ``previous`` said: it opens by pointing back
    ('This will …', 'In addition, …'), or names with 'The' a word the one before said ('The
    Dock Safety Workstream will …' / 'The workstream is …')."""
    if _POINTS_BACK.match(sentence):
        return True
    opening = re.match(r"The\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", sentence)
    said = stems(previous)
    return bool(opening) and any(
        w and w not in STOPWORDS and stems(w) <= said
        for w in opening.groups()  # type: ignore[union-attr]
    )


def continuations(record: ActionRecord, chosen: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The sentences that go on from the chosen ones in the same cell (:func:`goes_on`), each
    quoted verbatim: what a chosen sentence leaves to the next ('… will be addressing this
    issue. The workstream is currently in its scoping phase.')."""
    starts = {start for _, start in chosen}
    out: list[tuple[str, int]] = []
    for value in record.columns.values():
        parts = split_sentences(value)
        for before, after in itertools.pairwise(parts):
            mine = any(before.text.startswith(t) or t.startswith(before.text) for t, _ in chosen)
            said = any(after.text in t for t, _ in chosen) or any(after.text in t for t, _ in out)
            if not mine or said or not goes_on(before.text, after.text):
                continue
            found = record_quote(record, after.text)
            if found and after.text.startswith(found[0]) and found[1] not in starts:
                starts.add(found[1])
                out.append(found)
    return out


def whole_sentence(record: ActionRecord, start: int) -> tuple[str, list[tuple[str, int]]] | None:
    """The sentence of a record's merged cell that a wrapped row or page break cut into pieces
    ('The 2009-12 Policing Plan' / 'and budget has integrated …'), found by the document
    offset of any of its pieces: its merged text and every piece (quote, document offset), in
    order; None when the sentence at ``start`` is one verbatim piece or no sentence of the
    record."""
    for value in record.columns.values():
        for sentence in split_sentences(value):
            pieces = [
                (piece, record.source_start + position)
                for piece, position in verbatim_pieces(sentence.text, record.source_text)
            ]
            if any(offset == start for _, offset in pieces):
                joined = len(pieces) > 1 and not any(_opens(p) for p, _ in pieces[1:])
                return (sentence.text, pieces) if joined else None
    return None


def _opens(piece: str) -> bool:
    """A piece that opens a sentence of its own ('In accordance with …'): a capitalised
    function word, where a wrapped line goes on mid-sentence ('and budget has …'). Two cells
    the ingest ran together are not one sentence."""
    first = piece.split()[0] if piece.split() else ""
    return first[:1].isupper() and first.lower() in STOPWORDS


def cite_whole(
    builder: CitationBuilder, record: ActionRecord, chunk_id: str | None, start: int
) -> tuple[str, list[int]] | None:
    """The merged sentence a piece at ``start`` belongs to, with a citation of each of its
    pieces (every piece verbatim in the source): its text and citation numbers; None when the
    sentence is whole on one line or a piece cannot be cited."""
    whole = whole_sentence(record, start)
    if whole is None or chunk_id is None:
        return None
    text, pieces = whole
    if looks_like_instruction(text):
        return None
    numbers = []
    for quote, offset in pieces:
        n = builder.add(
            chunk_id=chunk_id, document=record.document, quote=quote, ref=record.ref, near=offset
        )
        if n is None:
            return None
        numbers.append(n)
    return text, numbers


def quote_whole(
    item: Evidence, context: AnswerContext, builder: CitationBuilder
) -> tuple[str, Evidence] | None:
    """A record's sentence that a wrapped row or a page break cut into pieces, quoted as the
    record's merged cell reads it ('The 2009-12 Policing Plan and budget has integrated …'),
    every piece cited: the text, and the last piece (where the sentences that go on follow)."""
    record = context.register.get(item.record_id) if item.record_id else None
    if record is None:
        return None
    cited = cite_whole(builder, record, item.chunk_id, item.start)
    pieces = pieces_of(item, context)
    if cited is None or not pieces:
        return None
    text, numbers = cited
    return f"{text} {''.join(f'[{n}]' for n in numbers)}", pieces[-1]


def pieces_of(item: Evidence, context: AnswerContext) -> list[Evidence]:
    """The evidence pieces of the record sentence ``item`` is a piece of, in order."""
    record = context.register.get(item.record_id) if item.record_id else None
    whole = whole_sentence(record, item.start) if record is not None else None
    if record is None or whole is None:
        return []
    starts = [offset for _, offset in whole[1]]
    pieces = [e for e in record_evidence(record, item.chunk_id, item.rank) if e.start in starts]
    return sorted(pieces, key=lambda e: e.start)


_ASKS_YES_NO = re.compile(r"^\s*(?:is|was|are|were|does|did|do|has|had)\b", re.I)


def _words(text: str) -> str:
    """Lower-case words, hyphens as spaces: ' non statutory '."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def category_line(
    question: str,
    record: ActionRecord,
    categories: set[str],
    builder: CitationBuilder,
    chunk_id: str | None,
) -> str:
    """The record's category when the question names one of the register's categories
    ('is H3 a statutory duty?'): the longest category the question names is the one asked
    ('non-statutory' before 'statutory'); a yes/no question is answered yes or no. '' when
    the question names none, or the record has none."""
    said = _words(question)
    named = [c for c in categories if _words(c).strip() and _words(c) in said]
    if not named or not record.category:
        return ""
    asked = max(named, key=lambda c: len(_words(c)))
    marker = cite(builder, record, chunk_id, record.category, record.title)
    name = record.ref or f"‘{safe_text(record.title)}’"
    verdict = ""
    if _ASKS_YES_NO.match(question):
        verdict = "Yes: " if _words(asked) == _words(record.category) else "No: "
    return f"{verdict}{name} is marked **{safe_text(record.category)}**{marker}."


def told_apart(records: list[ActionRecord], context: AnswerContext) -> dict[str, str]:
    """Each record's name, with its paper's body (else title, else date) after it when two
    records read alike: 'B-02 (Service 3)' and 'B-02 (Service 2)', never 'B-02 than B-02'."""
    names = {r.id: record_name(r) for r in records}
    if len(set(names.values())) == len(names):
        return names
    documents = {d.id: d for d in context.documents}
    for label in (
        lambda r: documents[r.document.id].organisation if r.document.id in documents else None,
        lambda r: r.document.title,
        lambda r: r.document.date,
    ):
        told = {r.id: label(r) for r in records}
        if all(told.values()) and len(set(told.values())) == len(records):
            return {r.id: f"{names[r.id]} ({safe_text(str(told[r.id]))})" for r in records}
    return names
