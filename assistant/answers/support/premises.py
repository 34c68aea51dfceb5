"""What a question asserts or assumes, checked against the record.

A question may assert something about a record ('was fully met', 'was delivered by its
November 2008 deadline', 'was cancelled'); :func:`record_premise` corrects it from the
record's own facts. A question may also use words no document uses: :func:`missing_terms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import (
    REGISTER_KINDS,
    QueryAnalysis,
    asks_responsibility,
    framing_words,
    unquoted,
)
from assistant.answers.context import AnswerContext
from assistant.answers.support.dated import DUE_WORDS, agrees, asserted_dates
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
from assistant.answers.support.topics import (
    TOPIC_SHARE_MIN,
    common_in_record,
    filtered,
    record_hits,
)
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import split_compound, term_weights
from assistant.register import record_text
from assistant.text import stem, stems
from ingest.dates import scan_dates
from ingest.model import ActionRecord


def missing_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Key words of the question that no chunk of the record contains."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    return [
        t
        for t in q.terms
        if context.stats.df(t) == 0
        and stem(t) not in claim_stems
        and not split_compound(t, context.stats)  # 'database' where the record has 'data base'
    ]


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
    name = record_name(record)
    where = f"({doc_label(None, record)})"
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
        return head + _facts(record, builder, chunk_id)
    contradiction = (
        _value_contradicted(q, record, builder, chunk_id, name, where)
        or _field_claim_contradicted(q, record, builder, chunk_id, name, where)
        or _due_date_contradicted(q, record, builder, chunk_id, name, where)
    )
    if contradiction:
        return contradiction
    text = record_text(record) + " " + (record.due_text or "") + " " + (record.status_text or "")
    present = stems(text)
    for claim in q.claims:
        if claim.kind == "complete" and record.status != "complete":
            head = (
                f"**No — the record does not show {name} {where} as {_claim_words(claim.text)}.**"
            )
            return head + _facts(record, builder, chunk_id, negatives=True)
        if claim.kind == "slipped" and not record.revised_from_date and not _slipped(record):
            return f"**The record does not say {name} {where} slipped.**" + _facts(
                record, builder, chunk_id
            )
        if claim.kind in ("stopped", "other") and not (stems(claim.text) & present):
            if subject:
                head = (
                    f"**The record does not say that the {subject} was {claim.text.lower()}.**"
                    f" The record has it as {name} {where}."
                )
            else:
                head = f"**The record does not say {name} {where} was {claim.text.lower()}.**"
            return head + _facts(record, builder, chunk_id)
    asked = {q.since, q.until} - {None}
    dated = {int(d[:4]) for d in (record.due_date, record.revised_from_date) if d}
    if asked and dated and not asked & dated and ("due" in q.fields or q.claims):
        return f"**No — {name} {where} was not due then.**" + _facts(record, builder, chunk_id)
    return None


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
) -> str | None:
    """A value of a field the question names for this record (its owner, how far it was met,
    its status) that the record's own value of that field contradicts: corrected, cited."""
    if q.intent in ("list", "count"):
        return None  # there the values are filters, not assertions
    if q.owner and record.owner and q.owner.lower() not in record.owner.lower():
        marker = cite(builder, record, chunk_id, record.owner)
        return (
            f"**No — {name} {where} is owned by {safe_text(record.owner)}{marker}, "
            f"not {q.owner}.**" + _facts(record, builder, chunk_id)
        )
    stated = record.status_basis == "stated" and record.status != "unknown"
    if q.degree and record.status_text and q.degree.lower() not in record.status_text.lower():
        marker = cite(builder, record, chunk_id, record.status_text)
        return (
            f"**No — the record gives {name} {where} as “{safe_text(record.status_text)}”"
            f"{marker}, not met {q.degree}.**" + _facts(record, builder, chunk_id)
        )
    if q.statuses and stated and record.status not in q.statuses and not q.claims:
        said = " or ".join(_STATUS_WORDS.get(s, s) for s in q.statuses)
        return f"**No — the record does not show {name} {where} as {said}.**" + _facts(
            record, builder, chunk_id
        )
    return None


# A claim about which way a deadline moved, or that an action now has someone leading it: each
# is checked against the record's deadline columns and its owner cell.
_MOVED_EARLIER = re.compile(
    r"\b(?:brought|pulled|moved|put)\s+(?:forward|earlier|up)\b|\badvanced\b|"
    r"\bbrought (?:in|back) earlier\b|\bmade earlier\b|\baccelerated\b",
    re.I,
)
_MOVED_LATER = re.compile(
    r"\b(?:pushed|put|moved)\s+back\b|\bmoved later\b|\bpostponed\b|\bdeferred\b|"
    r"\bextended\b|\brescheduled\b|\brevised\b",
    re.I,
)
_HAS_LEAD = re.compile(
    r"\b(?:now\s+)?(?:has|have|had|got|gets|get|given|assigned|found|acquired|gained)\s+"
    r"(?:now\s+)?(?:an?|its|a new|their)\s+(?:owner|lead|leader|lead officer|named lead|"
    r"responsible officer)\b|\bnow (?:owned|led) by\b|\bnow has (?:someone|somebody)\b",
    re.I,
)


def _field_claim_contradicted(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    name: str,
    where: str,
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
    earlier = _MOVED_EARLIER.search(question)
    later = _MOVED_LATER.search(question)
    if not (earlier or later) or not record.due_text:
        return None
    if not record.revised_from_date or not record.due_date:
        said = record_text(record)
        if not (_MOVED_LATER.search(said) or _MOVED_EARLIER.search(said)):
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
    if _YES_NO.match(q.question):
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
) -> str | None:
    """A deadline date the question asserts ('was due in Feb 2010') that neither the record's
    deadline nor the one it revised agrees with: corrected from its date column."""
    scope = premise_scope(q)
    if not scope or not record.due_text or not record.due_date:
        return None
    claimed = [a for a in asserted_dates(scope) if a.event in DUE_WORDS]
    if not claimed:
        return None
    written = "\n".join(t for t in (record.due_text, record.revised_from_text) if t)
    dates = scan_dates(written)[0]
    if not dates or any(agrees(claimed[0], d) for d in dates):
        return None
    return (
        f"**No — {name} {where} is due {due_words(record)}, not {safe_text(claimed[0].text)}**"
        f"{cite(builder, record, chunk_id, record.due_text)}." + _facts(record, builder, chunk_id)
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
        or _HAS_LEAD.search(question)
        or _MOVED_EARLIER.search(question)
        or (q.intent in ("lookup", "explain") and _MOVED_LATER.search(question))
        or asserted_due(q)
    )


def described_record(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one record the question describes in words ('the whistle-blowing action'): the best
    of the records nearest the question that holds at least ``TOPIC_SHARE_MIN`` of its topic's
    weight; None when no record is clearly meant."""
    question = unquoted(q.question)
    asserted = {  # the words that assert a value ('brought forward') do not describe it
        w.lower()
        for pattern in (_MOVED_EARLIER, _MOVED_LATER, _HAS_LEAD)
        for m in pattern.finditer(question)
        for w in re.findall(r"[A-Za-z]+", m.group(0))
    }
    # the theme words too: 'the partnership working action' is described by them
    topic = [t for t in q.terms if t not in asserted and not common_in_record(t, context)]
    # in the record's spelling: 'data base' is its 'database'
    weights = term_weights(topic, context.stats)
    if not weights:
        return None
    found = record_hits(q, context, q.question, k=5)
    scored = list(zip(context.register.topic_share_of(found, weights), found, strict=True))
    if not scored:
        return None
    best_share = max(share for share, _ in scored)
    if best_share < TOPIC_SHARE_MIN:
        return None
    return next(record for share, record in scored if share == best_share)


def _claim_words(text: str) -> str:
    lowered = text.lower()
    if lowered.startswith("by "):
        return f"done {lowered}"
    return lowered


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


# -- figures the question takes for granted ------------------------------------------------------
# '£5m', '£1.2 million', '12%', '40 per cent', '13 recommendations': a figure with its kind
_FIGURE = re.compile(
    r"(?P<amount>£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k|thousand)?\b)|"
    r"(?P<percent>\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b))|"
    r"(?P<count>\b\d{1,4}(?:,\d{3})*\s+(?P<noun>[a-z]{3,})\b)",
    re.I,
)
_SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
_NOT_A_COUNT = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|and|or|to|per|of)$",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    """A figure as written, its kind ('amount', 'percent' or 'count of <noun stem>') and value."""

    text: str
    kind: str
    value: float


def figures(text: str) -> list[Figure]:
    """The figures ``text`` states: amounts, percentages and counts of a noun (not years, not
    dates, not refs)."""
    found = []
    for match in _FIGURE.finditer(text):
        written = match.group(0).strip()
        number = re.search(r"\d[\d,]*(?:\.\d+)?", written)
        if number is None:
            continue
        value = float(number.group(0).replace(",", ""))
        if match.group("amount"):
            unit = re.search(r"(bn|billion|m|million|k|thousand)\s*$", written, re.I)
            value *= _SCALE[unit.group(1).lower()] if unit else 1
            found.append(Figure(written, "amount", value))
        elif match.group("percent"):
            found.append(Figure(written, "percent", value))
        else:
            noun = match.group("noun")
            before = text[max(0, match.start() - 12) : match.start()]
            if (
                _NOT_A_COUNT.match(noun)
                or (1900 <= value <= 2100 and "," not in written)
                or re.search(r"(?:item|ref|paragraph|para|section|page|no\.?)\s*$", before, re.I)
                or re.search(r"\d\s*[/–-]\s*$", before)  # '2015/16 Annual…' is a period
            ):
                continue
            found.append(Figure(written, f"count of {stem(noun)}", value))
    return found + done_counts(text)


# How many of a set were done: 'all 45 milestones were completed', '30 of the 45 milestones
# are finished' (a question's claim), 'completion of 18 of these', '12 of 30 are done' (a
# passage's figure). Compared as the kind 'done'.
_DONE_WORD = re.compile(
    r"\b(?:complet\w*|finish\w*|done|implemented|met|closed|delivered|achieved|cleared|"
    r"signed off)\b",
    re.I,
)
_ALL_N = re.compile(r"\ball (?:the |of the |its |their )?(?P<n>\d[\d,]*)\s+[a-z]{3,}", re.I)
_N_OF = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+)?"
    r"(?:\d[\d,]*\b|these\b|them\b|those\b)",
    re.I,
)


def done_counts(text: str) -> list[Figure]:
    """The counts of things done that ``text`` states ('all 45 … completed', '18 of these …
    completed'), as figures of the kind 'done', when a word of completion is in the same
    sentence (or clause)."""
    found = []
    for clause in re.split(r"(?<=[.;?!])\s+", text):
        if not _DONE_WORD.search(clause):
            continue
        for match in [*_ALL_N.finditer(clause), *_N_OF.finditer(clause)]:
            value = float(match.group("n").replace(",", ""))
            if 1900 <= value <= 2100:
                continue
            found.append(Figure(match.group(0).strip(), "done", value))
    return found


def figure_contradicted(question: str, texts: list[str]) -> tuple[Figure, Figure, int] | None:
    """A figure the question states that none of ``texts`` (the passages about its subject,
    best first) states, while one of them gives a different figure of the same kind: (the
    question's figure, the record's, the index of the text that gives it). None when every
    figure is borne out, or nothing of its kind is said."""
    said = [(index, figure) for index, text in enumerate(texts) for figure in figures(text)]
    for asked in figures(unquoted(question)):
        same_kind = [(i, f) for i, f in said if f.kind == asked.kind]
        if not same_kind or any(abs(f.value - asked.value) < 1e-9 for _, f in same_kind):
            continue
        index, given = same_kind[0]
        return asked, given, index
    return None


_NOUN_END = re.compile(
    r"^(?:have|has|had|were|was|are|is|been|be|of|in|on|to|by|for|that|which|who|from|with|"
    r"and|or|now|all|completed?|finished|done|implemented|met|closed|delivered)$",
    re.I,
)


def _counts_rows(question: str, figure: Figure) -> bool:
    """Whether the noun a claimed count counts ('all 45 improvement activities' counts
    activities: the last word of the noun phrase) is a kind of row the register holds."""
    at = question.find(figure.text)
    rest = question[at + len(figure.text) - len(figure.text.split()[-1]) :] if at >= 0 else ""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", rest)
    phrase: list[str] = []
    for word in words[:5]:
        if _NOUN_END.match(word) and phrase:
            break
        if not _NOUN_END.match(word):
            phrase.append(word)
    return bool(phrase) and re.fullmatch(REGISTER_KINDS, phrase[-1].lower()) is not None


def count_premise(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> str | None:
    """A count of records done that the question takes for granted ('why were all 13
    recommendations of the District Audit report completed?') checked against the register:
    the records of the documents (or section) it names, or all of them when it claims as many
    as the register holds. The correction, citing the status of the records not complete."""
    question = unquoted(q.question)
    claims = [f for f in done_counts(question) if _counts_rows(question, f)]
    if not claims or q.intent not in ("lookup", "explain", "list", "count"):
        return None
    scope_query = q.model_copy(update={"statuses": [], "degree": None, "slipped": False})
    loaded = context.register.loaded()
    scope = loaded.at(filtered(scope_query, context))
    claimed = claims[0].value
    everything = claims[0].text.lower().startswith("all")
    if not scope or not (q.documents or q.section or (everything and len(scope) == claimed)):
        return None
    done = [r for r in scope if r.status == "complete"]
    if len(done) == claimed:
        return None
    open_ = [r for r in scope if r.status != "complete"][:3]
    cited = "; ".join(
        f"{record_name(r)}: {r.status.replace('_', ' ')}"
        + cite(builder, r, context.record_chunk_id(r.id), r.status_text, r.due_text, r.title)
        for r in open_
    )
    where = doc_label(None, scope[0]) if len({r.document.id for r in scope}) == 1 else "the record"
    head = (
        f"**No — the record does not show {safe_text(claims[0].text)} as done: {where} has "
        f"{len(scope)} actions, of which {len(done)} are complete.**"
    )
    return head + (f" Not complete: {cited}." if cited else "")


# -- something the question takes to exist that the record says is missing ----------------------
# 'without a working lead', 'no clear Met lead', 'no formal plan', 'lacks a …': a negation and
# the (up to three) words of the noun phrase it denies, which stops at a grammar word
_NEGATED = re.compile(
    r"\b(?:no|without|lacks?|lacking|absence of|nor)\s+(?:an?\s+|any\s+)?"
    r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})",
    re.I,
)
_PHRASE_END = frozenset(
    "for of to and the a an in on at by with from as that which who is are was were has have "
    "had be been will would can could some any its their this these those".split()
)


def _noun_key(word: str) -> str:
    """A noun's form for matching, singular ('leads' -> 'lead'); no stemming, so a verb
    ('governed') is never its noun ('governance')."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low


def denied_phrase(question: str, text: str, names: str = "") -> str | None:
    """The phrase of ``text`` that says a thing the question asks about does not exist
    ('without a working lead' for 'who is the new lead?'): a negation whose noun phrase has as
    its head (the last word of each part joined by 'or') a noun the question uses; None when
    the text denies nothing the question names. Words of ``names`` (the titles of the papers
    the question names) name a paper, not the thing asked about."""
    asked = {_noun_key(w) for w in re.findall(r"[A-Za-z]+", unquoted(question))}
    asked -= {_noun_key(w) for w in re.findall(r"[A-Za-z]+", names)}
    asked -= {_noun_key(w) for w in (*_PHRASE_END, "or", "no", "not")}
    for match in _NEGATED.finditer(text):
        words: list[str] = []
        run = 0  # words since the last 'or': up to three a noun phrase
        for word in match.group("words").split():  # 'no clear governance or formal plan'
            if word.lower() in _PHRASE_END or run >= 3:
                break
            words.append(word)
            run = 0 if word.lower() == "or" else run + 1
        while words and words[-1].lower() == "or":
            words.pop()
        heads = [w for i, w in enumerate(words) if i == len(words) - 1 or words[i + 1] == "or"]
        if any(_noun_key(re.sub(r"\W+$", "", h)) in asked for h in heads):
            end = match.start("words") + len(" ".join(words))
            return text[match.start() : end]
    return None


# -- who wrote or presented a paper --------------------------------------------------------------
# A paper's author lines ('Report by: The Chief Financial Officer, MOPAC', 'Report author: …').
AUTHOR_LINE = re.compile(
    r"^\s*(?:report (?:by|author)|author|prepared by|written by|presented by)\s*:\s*(?P<who>.+)$",
    re.I | re.M,
)
_AUTHORING = r"(?:present|write|wrote|written|author|prepar|sign|submit)\w*"
# who the premise says wrote or presented it: '<who> [personally] presented …', '… presented
# by <who>', 'did <who> [personally] present …'
_CLAIMED_AUTHOR = [
    re.compile(
        rf"\b(?:did|does|do|has|had|have)\s+(?P<who>.+?)\s+(?:\w+ly\s+)?{_AUTHORING}\b", re.I
    ),
    re.compile(rf"\b{_AUTHORING}\s+by\s+(?P<who>[^,;?.—–]+)", re.I),
    re.compile(rf"^(?P<who>[^,;?.—–]+?)\s+(?:\w+ly\s+)?{_AUTHORING}\b", re.I),
]


def claimed_author(scope: str) -> str | None:
    """Who the words ``scope`` (a premise) say wrote or presented a paper, as written."""
    for pattern in _CLAIMED_AUTHOR:
        match = pattern.search(scope)
        if match:
            who = match.group("who").strip()
            if re.search(r"[A-Za-z]{3,}", who) and len(who.split()) <= 8:
                return who
    return None


def author_contradicted(claimed: str, lines: list[str]) -> bool:
    """Whether a paper's author lines name someone else: fewer than half the content words of
    the claimed author are in them ('the Chief Executive' against 'The Chief Financial
    Officer, MOPAC')."""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", claimed) if w.lower() not in _PHRASE_END]
    if not words or not lines:
        return False
    said = stems(" ".join(lines))
    present = sum(1 for w in words if stem(w.lower()) in said)
    return present * 2 < len(words) or (present < len(words) and len(words) <= 2)
