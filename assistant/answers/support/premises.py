"""What a question asserts or assumes, checked against the record.

A question may assert something about a record ('was fully met', 'was delivered by its
November 2008 deadline', 'was cancelled'); :func:`record_premise` corrects it from the
record's own facts. A question may also use words no document uses: :func:`missing_terms`.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, asks_responsibility, framing_words, unquoted
from assistant.analysis.owners import modifies_a_noun
from assistant.answers.context import AnswerContext
from assistant.answers.support import moved_words
from assistant.answers.support.asserted_forms import DUE_HELD, TAGGED, declarative
from assistant.answers.support.asserted_post import asserted_post, post_borne_out
from assistant.answers.support.dated import DUE_WORDS, agrees, asserted_dates
from assistant.answers.support.gather import spelled_shorts
from assistant.answers.support.given_to import given_to
from assistant.answers.support.moved_from import asserted_move, move_contradicted, move_measured
from assistant.answers.support.moved_words import says_moved
from assistant.answers.support.problem_state import problem_ended
from assistant.answers.support.quoted_row import quoted_record
from assistant.answers.support.recordtext import (
    cite,
    cite_record,
    doc_label,
    due_words,
    negative_sentences,
    record_name,
    safe_text,
    status_sentence,
)
from assistant.answers.support.series import state_version
from assistant.answers.support.topics import TOPIC_SHARE_MIN, common_in_record, record_hits
from assistant.answers.support.written_status import is_done, written_status
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import coverage, split_compound, term_weights
from assistant.register import record_text
from assistant.text import split_sentences, stem, stems
from ingest.dates import scan_dates
from ingest.model import ActionRecord


def missing_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Key words of the question that no chunk of the record contains (a short form a paper
    only spells out, 'GDPR', is known by its name)."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    unknown = [
        t
        for t in q.terms
        if context.stats.df(t) == 0
        and stem(t) not in claim_stems
        and not split_compound(t, context.stats)  # 'database' where the record has 'data base'
    ]
    spelled = {s.lower() for s in spelled_shorts(q.question, context)} if unknown else set()
    return [t for t in unknown if t not in spelled]


def subject_of(q: QueryAnalysis) -> str:
    """The question's subject in its own words and casing ('MPS partnership toolkit')."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    written = {w.lower(): w for w in re.findall(r"[A-Za-z0-9']+", q.question)}
    framing = framing_words(q.question)
    words = [written.get(t, t) for t in q.terms if stem(t) not in claim_stems and t not in framing]
    return " ".join(words) if words else "that"


def record_premise(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    subject: str | None = None,
    described: bool = False,
) -> str | None:
    """A correction when the question asserts what the record contradicts or does not say.

    `described`: the record is the one the question describes (:func:`described_record`), so
    a value it asserts that the record does not hold at all (a priority) is corrected too.

    `subject` is the question's own name for the thing ('partnership toolkit'); when given, an
    unsupported claim is denied in the question's words and the record is then named.
    """
    if described and not _described_by_what_it_is(q, record):
        return None  # only a word its progress note uses in passing: not the row described
    name = record_name(record)
    where = f"({doc_label(None, record)})"
    # every value the question gets wrong is corrected, the first with the record's facts; a
    # further owner only when the question speaks of ownership ('the MPA web site' owns nothing)
    checks = (
        _priority_contradicted,
        _value_contradicted,
        _field_claim_contradicted,
        _due_date_contradicted,
        move_contradicted,
        move_measured,
    )
    found: list[str] = []
    for check in checks:
        if found and check is _value_contradicted and not asks_responsibility(q.question):
            continue
        said = check(q, record, builder, chunk_id, name, where, described)
        if said:
            found.append(said)
    if found:
        first = _HEAD.match(found[0])
        heads = (m.group(0) for c in found[1:] if (m := _HEAD.match(c)))
        more = "".join(f" {h.replace('**No — ', '**', 1)}" for h in heads)  # one 'No' leads
        if first is None or not more:
            return found[0]
        return found[0][: first.end()] + more + found[0][first.end() :]
    text = record_text(record) + " " + (record.due_text or "") + " " + (record.status_text or "")
    present = stems(text)
    for claim in q.claims:
        if claim.kind == "complete" and not is_done(record):  # nor set aside: "Superseded"
            head = (
                f"**No — the record does not show {name} {where} as {_claim_words(claim.text)}.**"
            )
            return head + _facts(record, builder, chunk_id, negatives=True)
        if claim.kind == "slipped" and not record.revised_from_date and not _slipped(record):
            return f"**The record does not say {name} {where} slipped.**" + _facts(
                record, builder, chunk_id
            )
        if claim.kind == "stopped" and (ended := problem_ended(q, claim, record, name, where)):
            return ended + _facts(record, builder, chunk_id)  # the problem found, now ended?
        if claim.kind in ("stopped", "other") and not (stems(claim.text) & present):
            if subject:
                head = (
                    f"**The record does not say that the {subject} was {claim.text.lower()}.**"
                    f" The record has it as {name} {where}."
                )
            else:
                head = f"**The record does not say {name} {where} was {claim.text.lower()}.**"
            return head + _facts(record, builder, chunk_id)
    # a year naming the row's own paper ('the 2008 plan') asserts no deadline of it
    paper = record.year if record.document.id in q.documents else None
    asked = {q.since, q.until} - {None, paper}
    dated = {int(d[:4]) for d in (record.due_date, record.revised_from_date) if d}
    if asked and dated and not asked & dated and ("due" in q.fields or q.claims):
        return f"**No — {name} {where} was not due then.**" + _facts(record, builder, chunk_id)
    return None


# the bold correction a check opens with, and its citation: what a second check adds
_HEAD = re.compile(r"\*\*.+?\*\*(?:\s?\[\d+\])*\.?")


def _priority_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """A priority the question gives the record that its priority cell contradicts (or, for
    the record it describes, that it has none): corrected, cited."""
    if q.priority and record.priority and q.priority.lower() != record.priority.lower():
        head = f"**No — {name} {where} is {safe_text(record.priority)} priority, not {q.priority}**"
        return (
            head
            + cite(builder, record, chunk_id, record.priority)
            + "."
            + _facts(record, builder, chunk_id)
        )
    if described and q.priority and not record.priority and q.intent in ("lookup", "explain"):
        head = f"**The record gives {name} {where} no priority, so not {q.priority}.**"
        return (
            head + _rated_in_words(q, record, builder, chunk_id) + _facts(record, builder, chunk_id)
        )
    return None


def _rated_in_words(
    q: QueryAnalysis, record: ActionRecord, builder: CitationBuilder, chunk_id: str | None
) -> str:
    """Where the record rates a thing in prose, not in a column ('a low risk' asked; 'This area
    remains a key corporate risk' written): its sentence using the noun the question rated,
    quoted and cited; '' when no sentence of the record uses it."""
    found = re.search(rf"\b{re.escape(q.priority or '')}[- ]([a-z]{{3,}})\b", q.question, re.I)
    if found is None or found.group(1).lower() in ("priority", "rating", "grade", "grading"):
        return ""
    noun = stem(found.group(1).lower())
    for sentence in split_sentences(record.source_text):
        if noun in stems(sentence.text) and len(sentence.text.split()) >= 5:
            quote = record_quote(record, sentence.text)
            marker = cite_record(builder, record, chunk_id, quote)
            if quote and marker:
                return f" The record says: “{quote[0]}”{marker}."
    return ""


_STATUS_WORDS = {
    "complete": "complete",
    "partial": "partly met",
    "ongoing": "ongoing",
    "not_started": "not started",
}


def _value_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """A value of a field the question names for this record (its owner, how far it was met,
    its status) that the record's own value of that field contradicts: corrected, cited."""
    if q.intent in ("list", "count"):
        return None  # there the values are filters, not assertions
    if (
        q.owner
        and record.owner
        and q.owner.lower() not in record.owner.lower()
        # 'on the MPA web site': no owner claimed; 'did the Treasurer miss the deadline': one is
        and (not modifies_a_noun(q.question, q.owner) or _acts_on(q.question, q.owner))
    ):
        marker = cite(builder, record, chunk_id, record.owner)
        return (
            f"**No — {name} {where} is owned by {safe_text(record.owner)}{marker}, "
            f"not {q.owner}.**" + _facts(record, builder, chunk_id)
        )
    post = None if q.owner else asserted_post(unquoted(q.question))  # no owner of that name
    if post and record.owner and not post_borne_out(post, record.owner):
        marker = cite(builder, record, chunk_id, record.owner)
        return (
            f"**No — {name} {where} is owned by {safe_text(record.owner)}{marker}, "
            f"not the {safe_text(post)}.**" + _facts(record, builder, chunk_id)
        )
    # 'the IT Manager has X', 'why is the Payroll Manager responsible for X?': no owner at all
    held = q.owner and (  # an owner named as holding it, or as given it in the premise
        asks_responsibility(q.question) or given_to(q.premise, q.owner)
    )
    said = asserted_post(unquoted(q.question)) or (q.owner if held else None)
    # the row named by its ref is the one described ('why was DM10 given to the X?')
    named = bool(record.ref and record.ref.lower() in {r.lower() for r in q.refs})
    named = named and record.document.id in q.documents  # in the paper the question names
    if said and not record.owner and (described or named):
        return f"**No — the record names no owner for {name} {where}, not the " + (
            f"{safe_text(said)}.**" + _facts(record, builder, chunk_id)
        )
    colour = _RATED.search(premise_scope(q) or (unquoted(q.question) if q.premise else "") or "")
    cells = " ".join([record.status_text or "", *(str(v) for v in (record.columns or {}).values())])
    if colour and written_status(record) and not re.search(rf"\b{colour[1]}\b", cells, re.I):
        said = safe_text(written_status(record) or "")
        marker = cite(builder, record, chunk_id, written_status(record) or "")
        return (
            f"**No — the record gives {name} {where} as “{said}”{marker}, not "
            f"{colour[1].lower()}.**" + _facts(record, builder, chunk_id)
        )
    stated = record.status_basis == "stated" and record.status != "unknown"
    if q.degree and record.status_text and q.degree.lower() not in record.status_text.lower():
        marker = cite(builder, record, chunk_id, record.status_text)
        return (
            f"**No — the record gives {name} {where} as “{safe_text(record.status_text)}”"
            f"{marker}, not met {q.degree}.**" + _facts(record, builder, chunk_id)
        )
    if _OPEN_NOW.search(premise_scope(q) or "") and stated and record.status == "complete":
        marker = cite(builder, record, chunk_id, record.status_text or "")
        return (
            f"**No — {name} {where} is recorded as complete"
            f"{f' (“{safe_text(record.status_text)}”)' if record.status_text else ''}"
            f"{marker}, not still open.**" + _facts(record, builder, chunk_id)
        )
    if q.statuses and stated and record.status not in q.statuses and not q.claims:
        said = " or ".join(_STATUS_WORDS.get(s, s) for s in q.statuses)
        return f"**No — the record does not show {name} {where} as {said}.**" + _facts(
            record, builder, chunk_id
        )
    return None


# a rating colour asserted of a row ('only rated amber', 'still at green', 'flagged red')
_RATED = re.compile(
    r"\b(?:rated|marked|flagged|graded|coloured|colored|showing|shown\s+as|at|still|now|"
    r"rag[- ]?rated|as)\s+(?:as\s+)?(?:an?\s+)?(red|amber|green|blue)\b",
    re.I,
)
# a state asserted as still open now ('X is still overdue', 'remains outstanding'): present
# tense only, since a row overdue once may be complete now
_OPEN_NOW = re.compile(
    r"\b(?:(?:is|are|remains?)\s+(?:still\s+)?|still\s+)(?:overdue|late|outstanding|open|"
    r"unfinished|incomplete|behind(?:\s+schedule)?|not\s+(?:yet\s+)?(?:done|complete[d]?|"
    r"finished|implemented))\b",
    re.I,
)
# an inverted auxiliary before a post, and a verb with its object after it ('did the Treasurer
# *miss the* deadline', 'was the Clerk *given the* row'): the post is the clause's subject
_ACTS_BEFORE = re.compile(
    r"\b(?:did|does|do|will|would|can|could|should|has|have|had|is|are|was|were|been)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ACTS_AFTER = re.compile(
    r"^\s+[a-z]+(?:\s+(?:up|off|out|on|back|in|over))?\s+(?:the|its|their|this|that|a|an|"
    r"[A-Z0-9][\w/.-]*\d[\w/.-]*)\b"
)


def _acts_on(question: str, owner: str) -> bool:
    """Whether ``owner`` is its clause's subject, acting on an object, not modifying a noun."""
    found = re.search(rf"\b{re.escape(owner)}(?![\w])", question, re.I)
    return bool(
        found
        and _ACTS_BEFORE.search(question[: found.start()])
        and _ACTS_AFTER.match(question[found.end() :])
    )


# A claim about which way a deadline moved (:mod:`.moved_words`), or that an action now has
# someone leading it: each is checked against the record's deadline columns and its owner cell.
_HAS_LEAD = re.compile(
    r"\b(?:now\s+)?(?:has|have|had|got|gets|get|given|assigned|found|acquired|gained)\s+"
    r"(?:now\s+)?(?:an?|its|a new|their)\s+(?:owner|lead|leader|lead officer|named lead|"
    r"responsible officer)\b|\bnow (?:owned|led) by\b|\bnow has (?:someone|somebody)\b",
    re.I,
)


# the words that ask for a field's value ('what is the new date?', 'its current owner'): they
# describe no record
_FIELD_ASKED = re.compile(
    r"\b(?:new|revised|current|original|latest|updated|amended|old|previous|present)\s+"
    r"(?:(?:due|target|completion|end)\s+)?(?:dates?|deadlines?|timescales?|owners?|leads?|"
    r"status|target)\b",
    re.I,
)


def _field_claim_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """A claim about the record's deadline moving (earlier, later) or its having an owner,
    that its own columns contradict: the correction, citing them."""
    if q.intent in ("list", "count"):
        return None
    question = unquoted(q.question)
    if _HAS_LEAD.search(question) and not record.owner:
        return f"**No — the record names no owner for {name} {where}.**" + _facts(
            record, builder, chunk_id
        )
    earlier = moved_words.MOVED_EARLIER.search(question)
    later = moved_words.MOVED_LATER.search(question) or (
        moved_words.SLIP.search(question) and not _slipped(record)
    )
    if not (earlier or later) or not record.due_text:
        return None
    if not record.revised_from_date or not record.due_date:
        if not says_moved([s.text for s in split_sentences(record_text(record))]):
            # no revised date, and no sentence of the record says the deadline moved
            return (
                f"**No — the record shows no change to the deadline of {name} {where}.**"
                + _facts(record, builder, chunk_id)
            )
        return None
    moved_later = record.due_date > record.revised_from_date
    if earlier and moved_later:
        return (
            f"**No — the deadline of {name} {where} was moved later, not brought forward: "
            f"from {safe_text(record.revised_from_text or record.revised_from_date)} to "
            f"{due_words(record)}**{cite(builder, record, chunk_id, record.due_text)}."
            + _facts(record, builder, chunk_id)
        )
    if later and not earlier and not moved_later:
        return (
            f"**No — the deadline of {name} {where} was brought forward, not put back: "
            f"from {safe_text(record.revised_from_text or record.revised_from_date)} to "
            f"{due_words(record)}**{cite(builder, record, chunk_id, record.due_text)}."
            + _facts(record, builder, chunk_id)
        )
    return None


_YES_NO = re.compile(r"^\s*(?:was|were|did|has|have|had|is|are|does|do)\b", re.I)


def premise_scope(q: QueryAnalysis) -> str | None:
    """The words of a question that assert rather than ask: its premise ('since X was
    launched in May 2009, …'), or the whole of a yes/no question ('was X published in
    2015?'); None for a question that asserts nothing (and for lists and counts, whose values
    are filters)."""
    if q.intent not in ("lookup", "explain"):
        return None
    if q.premise:
        return unquoted(q.premise)
    if _YES_NO.match(q.question) or TAGGED.search(q.question) or declarative(q.question):
        return unquoted(q.question)
    return None


def asserted_due(q: QueryAnalysis) -> bool:
    """Whether the question asserts a deadline date ('given X was due in Feb 2010')."""
    scope = premise_scope(q)
    return bool(scope) and any(a.event in DUE_WORDS for a in asserted_dates(scope or ""))


def _due_date_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
    described: bool = False,
) -> str | None:
    """A deadline date the question asserts ('was due in Feb 2010') that the record's deadline
    does not agree with: corrected from its date column; one that agrees only with the deadline
    it had before it was moved is answered with the move."""
    scope = premise_scope(q)
    if not scope or not record.due_text or not record.due_date:
        return None
    claimed = [a for a in asserted_dates(scope) if a.event in DUE_WORDS]
    if not claimed:
        return None
    earlier = scan_dates(record.revised_from_text or "")[0]
    # the cell may write both ('Original deadline of X now revised to Y'): the current is Y
    current = [d for d in scan_dates(record.due_text)[0] if d.iso not in {e.iso for e in earlier}]
    if any(agrees(claimed[0], d) for d in current or scan_dates(record.due_text)[0]):
        return None
    if any(agrees(claimed[0], d) for d in earlier):  # the deadline it had before it was moved
        return (
            f"**{name} {where} was due {safe_text(record.revised_from_text or '')}, but its "
            f"deadline was moved to {due_words(record)}**"
            f"{cite(builder, record, chunk_id, record.due_text)}."
            + _facts(record, builder, chunk_id)
        )
    if not scan_dates(record.due_text)[0] and not earlier:
        return None
    return (
        f"**No — {name} {where} is due {due_words(record)}, not {safe_text(claimed[0].text)}**"
        f"{cite(builder, record, chunk_id, record.due_text)}." + _facts(record, builder, chunk_id)
    )


def _held_with(question: str, owner: str) -> bool:
    """Whether the question places the thing with the owner it names ('the action is with the
    Head of X', 'it sits with', 'rests with'): an owner asserted of it."""
    return bool(
        re.search(
            r"\b(?:is|are|was|were|sits?|sat|rests?|lies|remains?)(?:\s+(?:now|still))?\s+with\s+"
            rf"(?:the\s+)?{re.escape(owner)}\b",
            question,
            re.I,
        )
    )


def asserts_field(q: QueryAnalysis) -> bool:
    """Whether the question asserts a value of a record's field (a priority, how far it was
    met, an owner, that it has a lead, which way its deadline moved): what
    :func:`described_record` and :func:`record_premise` check."""
    question = unquoted(q.question)
    return bool(
        q.priority
        or q.degree
        or (q.owner and asks_responsibility(question))  # 'why does the Treasurer own X?'
        # an owner the premise names ('why was X handed to the Treasurer?') is asserted of X
        or bool(q.owner and q.premise and q.owner.lower() in q.premise.lower())
        or bool(q.owner and _held_with(question, q.owner))  # 'X is with the Treasurer'
        or bool(not q.owner and asserted_post(question))  # 'the site manager is handling X'
        or _HAS_LEAD.search(question)
        or moved_words.MOVED_EARLIER.search(question)
        or (q.intent in ("lookup", "explain") and moved_words.MOVED_LATER.search(question))
        or (q.intent in ("lookup", "explain") and moved_words.SLIP.search(question))
        or asserted_due(q)
        or asserted_move(question) is not None  # 'since X slipped from May to June, …'
        or bool(_RATED.search(question))  # 'why is X only rated amber?'
    )


def described_record(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one record the question quotes (:func:`quoted_record`) or describes in words ('the
    whistle-blowing action'): the best of the records nearest the question that holds at least
    ``TOPIC_SHARE_MIN`` of its topic's weight; None when no record is clearly meant."""
    if (quoted := quoted_record(q, context)) is not None:
        return quoted
    asserted = value_words(q)
    # the theme words too: 'the partnership working action' is described by them ('one' is not)
    topic = [t for t in q.terms if t not in {*asserted, "one"} and not common_in_record(t, context)]
    # in the record's spelling: 'data base' is its 'database'
    weights = term_weights(topic, context.stats)
    if not weights:
        return None
    found = record_hits(q, context, q.standalone or q.question, k=5)
    scored = list(zip(context.register.topic_share_of(found, weights), found, strict=True))
    if not scored:
        return None
    if max(share for share, _ in scored) < TOPIC_SHARE_MIN:
        return None
    # what the record is (its issue, title, action) weighs as much as all its words: a rare
    # word its progress note mentions in passing does not make it the one described
    # the question's common words break a tie ('financial training for *members*')
    every = term_weights([t for t in q.terms if t not in asserted], context.stats)
    best = max(
        (
            (
                share + coverage(issue_text(record), weights),
                coverage(issue_text(record), every),
                -rank,
                record,
            )
            for rank, (share, record) in enumerate(scored)
            if share >= TOPIC_SHARE_MIN
        ),
        key=lambda t: (t[0], t[1], t[2]),
    )[3]
    return state_version(q, best, context)  # as its body's latest paper has it, if asked now


def value_words(q: QueryAnalysis) -> set[str]:
    """The words of a question that assert a value of a record ('brought forward', 'delayed')
    or ask for one ('what is the new date?'): they do not describe which record is meant."""
    question = unquoted(q.question)
    return (
        {
            w.lower()
            for pattern in (
                moved_words.MOVED_EARLIER,
                moved_words.MOVED_LATER,
                moved_words.SLIP,
                _HAS_LEAD,
                _FIELD_ASKED,
                DUE_HELD,
                _RATED,
            )
            for m in pattern.finditer(question)
            for w in moved_words.verb_ends(re.findall(r"[A-Za-z]+", m.group(0)))
        }
        | {w.lower() for c in q.claims for w in re.findall(r"[A-Za-z]+", c.text)}
        | {w.lower() for w in re.findall(r"[A-Za-z]+", asserted_post(question) or "")}
    )


def _described_by_what_it_is(q: QueryAnalysis, record: ActionRecord) -> bool:
    """Whether a word describing the row in the question (not one asserting a value of it)
    is a word of what the row is (its issue, title, action, category, section)."""
    asserted = value_words(q)
    described = {stem(t) for t in q.terms if t not in asserted}
    return not described or bool(
        described & stems(f"{issue_text(record)} {record.section or ''} {' '.join(record.themes)}")
    )


def issue_text(record: ActionRecord) -> str:
    """What a record is: its title, issue, agreed action and category (not its progress)."""
    return " ".join(v for v in (record.title, record.finding, record.action, record.category) if v)


def _claim_words(text: str) -> str:
    lowered = text.lower()
    return f"done {lowered}" if lowered.startswith("by ") else lowered


def _slipped(record: ActionRecord) -> bool:
    return bool(
        record.due_date
        and record.report_date
        and record.due_date < record.report_date
        and record.status != "complete"
    )


def _facts(
    record: ActionRecord, builder: CitationBuilder, chunk_id: str | None, negatives: bool = False
) -> str:
    """What the record does say: owner, deadline (and revision), status, the telling sentences."""
    parts = []
    if record.owner:
        marker = cite(builder, record, chunk_id, record.owner)
        parts.append(f" Owner: {safe_text(record.owner)}{marker}.")
    if record.due_date and record.due_text:
        due = f" Its deadline is {due_words(record)}"
        if record.revised_from_text:
            due += f", revised from {safe_text(record.revised_from_text)}"
        parts.append(due + cite(builder, record, chunk_id, record.due_text) + ".")
    parts.append(status_sentence(record, builder, chunk_id))
    sentences = negative_sentences(record) if negatives else []
    if not sentences:
        first = record_quote(record, record.progress)
        sentences = [first] if first else []
    for sentence in sentences:
        parts.append(f" “{sentence[0]}”{cite_record(builder, record, chunk_id, sentence)}")
    return "".join(parts)


def claim_supported(claim_text: str, texts: list[str]) -> bool:
    claim = {stem(w) for w in re.findall(r"[A-Za-z]+", claim_text)}
    return any(claim & stems(t) for t in texts)
