"""The date or the doer of an event a named row does not give: the refusal, before the row is
described.

A 'when' question about a row by its ref (often a follow-up whose row was carried) asks one of
three things:

- a time still to come ('when is it now expected?', 'when will it be finished?'): a planned
  time, answered by the row's due column (or, for another thing, by the passages), never
  refused here;
- the row's own making or closing ('when was it raised?', 'when was it completed?'): its
  paper's date, its deadline and status answer;
- the date of an event that happened ('when was the assessor *appointed*?', 'when did the
  vessel last go into *dock*?'): a sentence of the row must date that event by its paper's
  date, or no answer holds it; the row's summary (its deadline) answers another question.

The event is read from the question's words that neither name the row (its ref, its record
noun) nor frame the question; a word is the row's when its stem is in the row's cells, when it
is an acronym of the row's words, or when a word of the row is near it in meaning; only the
heads of the question's phrases count (a modifier narrows a thing the row may hold), no verb
does (it names the doing, the row's own action however paraphrased: only a thing the row does
not hold is another event's), and a phrase of mere happening ('take place') names no event.

'Who <did> …?' of a named row (:func:`unnamed_agent`) asks the doer of an event ('who *decided*
to defer it?', 'who *carried out* the re-tender?', 'who *approved* the policy?'); the row's
owner answers only a verb of holding or doing the row's own work ('who leads it?', 'who dealt
with it?'). Another event's doer must be named in a sentence of the row about that event ('…
approved by the Board'); else the record does not say who, and the owner is no answer. No word
of any one paper.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type, unquoted
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.analysis.patterns import EARLIER_MEETING
from assistant.analysis.time_spans import begun_by, span_starts
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.claims import verb_classes
from assistant.answers.support.doers import OWN_WORK, WHO_DID, names_by, names_inside
from assistant.answers.support.events import event_words
from assistant.answers.support.figures import FULL_MONTHS
from assistant.answers.support.frame import IRREGULAR_PARTICIPLES, frame_words
from assistant.answers.support.gather import gather
from assistant.answers.support.persons import asked_records, post_words
from assistant.answers.support.planned import asks_planned_date
from assistant.answers.support.recordtext import doc_label, record_name, safe_text
from assistant.answers.support.ref_phrase import ref_phrase_heads
from assistant.answers.support.series import item_series
from assistant.answers.support.unfinished import unfinished_row
from assistant.answers.support.values import paper_names
from assistant.answers.support.wordlinks import content_words, near_words
from assistant.evidence import Evidence, record_evidence
from assistant.text import stem_of, stems
from assistant.threads import SAME_ACTION, same_action, similarity, when
from ingest.dates import scan_dates
from ingest.model import ActionRecord

# a time asked: 'when', 'on what date', 'what day'; not 'how long', not 'since when'
_WHEN = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:when|on\s+what\s+(?:date|day)|what\s+date)\b", re.I
)
# verbs of the row's own making, listing or closing: its paper, deadline or status answers
_OWN_LIFE = frozenset(
    stem_of(w)
    for w in (
        "raise raised report reported identify identified find found record recorded make made "
        "issue issued list listed log logged open opened add added include included note noted "
        "complete completed completion finish finished done close closed closure implement "
        "implemented achieve achieved resolve resolved clear cleared sign signed end ended "
        "start started begin began due deadline target expected scheduled planned meant "
        "supposed intended finalise finalised finalize finalized wrap wrapped"
    ).split()
)
# words of the asked value, not of the event: 'what *date*', 'the *last* time'
_TIME_WORDS = frozenset(
    stem_of(w)
    for w in "date day month year time last first latest exactly roughly ago again".split()
    # a month names a time or a paper ('the September 2026 log'), never the event asked
    + FULL_MONTHS.lower().split("|")
)
_RECORD_NOUN = re.compile(rf"(?:{RECORD_NOUNS})", re.I)
# phrases of happening or being done, in any domain: no event of their own ('take place', 'be
# in place', 'go live', 'come into effect', 'be up and running', 'happen')
_LIGHT_PHRASE = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|in|into|put\s+in)\s+place\b|\bgo(?:es|ne)?\s+live\b|"
    r"\b(?:in|into)\s+(?:effect|force|operation|use)\b|\bup\s+and\s+running\b|"
    r"\b(?:happen|occur)\w*|\bready\b|\bsorted\b",
    re.I,
)


def _event_words(q: QueryAnalysis, question: str, context: AnswerContext) -> list[str]:
    """The question's words that name the event asked about, not the row, its paper or the
    frame."""
    question = _LIGHT_PHRASE.sub(" ", question)
    refs = {w.lower() for ref in q.refs for w in re.findall(r"[A-Za-z]+", ref)}
    refs |= {w.lower() for name in paper_names(context) for w in re.findall(r"[A-Za-z]+", name)}
    framing = {w.lower() for w in frame_words(question)}
    return [
        w
        for w in dict.fromkeys(w.removesuffix("'s") for w in content_words(question))
        if w not in refs
        and w not in framing
        and not _RECORD_NOUN.fullmatch(w)
        and stem_of(w) not in _OWN_LIFE | _TIME_WORDS
        and not w.isdigit()
    ]


def _heads(words: list[str], question: str) -> list[str]:
    """The words of ``words`` that end a run of the question's content words (the head of a
    noun phrase, a verb before its particle): a modifier ('the *remaining* blocks') narrows a
    thing the row may well hold, and is no event of its own."""
    tokens = re.findall(r"[a-z][\w'-]*", question.lower())
    content = set(content_words(question))
    heads = set()
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after not in content:
            heads.add(token.removesuffix("'s"))
    return [w for w in words if w in heads]


_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][a-z]+)+")


def _other_post(question: str, record: ActionRecord, context: AnswerContext) -> bool:
    """Whether the question names a post (capitalised words the register's owners use) that
    is not the row's owner: a premise about who holds it, for the row's description to check."""
    posts = post_words(context)
    owner = (record.owner or "").lower()
    return any(
        all(w.lower() in posts for w in re.findall(r"[A-Za-z]+", run.group(0)))
        and run.group(0).lower() not in owner
        for run in _CAPITAL_RUN.finditer(question)
    )


# the words before a verb: an auxiliary, a modal, 'to', a subject pronoun
_BEFORE_VERB = frozenset(
    "be been being is are was were to will shall would should could can must may might they "
    "we it he she you i did does do".split()
)


def _verbs(question: str) -> set[str]:
    """The question's verbs, read by form and place: a participle in -ed or -en, or a word
    after an auxiliary, a modal, 'to' or a subject pronoun. A verb names the doing (the row's
    own action, paraphrased); only a noun the row does not hold names another thing."""
    tokens = re.findall(r"[a-z][\w'-]*", question.lower())
    found = {t for t in tokens if len(t) > 4 and t.endswith(("ed", "en"))}
    found |= {t for t in tokens if t in IRREGULAR_PARTICIPLES}  # 'put into operation'

    found |= {t for i, t in enumerate(tokens) if i and tokens[i - 1] in _BEFORE_VERB}
    return found


def _held(word: str, record: ActionRecord, context: AnswerContext) -> bool:
    """Whether the row holds ``word``: its stem, an acronym of its words, or a word near it."""
    text = " ".join([record.source_text, record.owner or "", record.title or ""])
    if stem_of(word) in stems(text):
        return True
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    letters = "".join(w[0].lower() for w in words if w[:1].isupper())
    if len(word) >= 3 and word.isalpha() and word.lower() in letters:
        return True
    return bool(near_words([word], text, context))


def _part_of(one: str, other: str) -> bool:
    """Whether two stems are one, or one holds the other ('retrain' and 'train')."""
    return one == other or (min(len(one), len(other)) >= 4 and (one in other or other in one))


def _dates_event(record: ActionRecord, event: list[str], context: AnswerContext) -> bool:
    """Whether a sentence of the row speaking of the event (a word of it, one sharing its stem
    as a part, 'retraining' and 'training', or one near it in meaning) gives a date by its
    paper's date (a later one is a plan, no date of something that happened)."""
    return _dating(record, event, context, "") is not None


def _dating(
    record: ActionRecord, event: list[str], context: AnswerContext, chunk_id: str
) -> Evidence | None:
    """The first sentence of the row that speaks of the event and gives a date by its paper's
    date (:func:`_dates_event`); None when none does."""
    wanted = {stem_of(w) for w in event}
    for piece in record_evidence(record, chunk_id, 0):
        if not _past_dated(piece.text, record):
            continue
        said = stems(piece.text)
        if any(_part_of(a, b) for a in wanted for b in said):
            return piece
        if near_words(event, piece.text, context):
            return piece
    return None


# a month written alone ('published in June', 'held in September'): a date in the paper's year
_BARE_MONTH = re.compile(
    r"\b(?:in|since|from|during|by|on|until|at\s+the\s+end\s+of)\s+(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?-i:{FULL_MONTHS})\b(?!\s+\d)",
    re.I,
)
# a time still to come before it: 'to be proposed in June', 'due in March', 'will report in May'
_TO_COME = re.compile(
    r"\b(?:to|will|shall|would|due|planned|expected|scheduled|awaited|pending|next)\b", re.I
)
# a note of the deadline itself: its noun, or a verb of moving it
_DEADLINE_NOTE = re.compile(
    r"\b(?:deadlines?|target\s+dates?|due|revised|extended|moved|put\s+back|pushed\s+back|"
    r"deferred|postponed|rescheduled)\b",
    re.I,
)
LINK_NEAR = 0.5  # a word's cosine to a word of the row for the question to be about the row


def _past_dated(text: str, record: ActionRecord) -> bool:
    """Whether ``text`` gives a date by its row's paper's date (a later one is a plan): a
    date in full, or a month alone that no word of a time to come precedes ('Guidance
    published in June', not 'to be proposed in June'), which is in the paper's own year."""
    paper = str(record.report_date or "9999")
    if any(d.iso[:7] <= paper[:7] for d in scan_dates(text)[0]):
        return True
    if begun_by(text, paper):
        return True  # 'over 2012-2014', 'rolled out 2014-15': a span begun by then
    month = _BARE_MONTH.search(text)
    return month is not None and _TO_COME.search(text[: month.start()]) is None


def _asked_words(bare: str) -> list[str]:
    """The content words of the question without its refs, less the words of the time asked
    and of the row's own making or closing: what the question says the event is about."""
    asked = {"date", "day", "month", "year", "time", "last", "first", "exactly", "roughly"}
    return [w for w in content_words(bare) if w not in asked and stem_of(w) not in _OWN_LIFE]


def _linked(event: list[str], record: ActionRecord, context: AnswerContext) -> bool:
    """Whether a word of the event is the row's: its stem in the row, or near a row word in
    meaning (a looser floor than one word standing for another: 'bird flu' and 'avian')."""
    text = " ".join([record.source_text, record.title or ""])
    held = stems(text)
    return any(stem_of(w) in held for w in event) or bool(
        near_words(event, text, context, floor=LINK_NEAR)
    )


def _reported(record: ActionRecord) -> Evidence | None:
    """The row's dated report of its own action done: a sentence of its cells giving a date
    by its paper's date that is none of its deadlines ('Deadline moved back from …' reports
    no doing) and speaks of its matter (a stem of its title, finding or action: 'Induction
    held in September' of 'Provide an induction …'); None when it holds none. A question of
    when the row's thing happened, asked in other words, is answered by it, not refused."""
    matter = stems(" ".join(t for t in (record.title, record.finding, record.action) if t))
    for piece in record_evidence(record, "", 0):
        if _DEADLINE_NOTE.search(piece.text) or piece.text.strip() == (record.due_text or ""):
            continue  # the deadline's own cell, or a note of its move
        if _past_dated(piece.text, record) and stems(piece.text) & matter:
            return piece
    return None


def _assent_unsaid(q: QueryAnalysis, text: str) -> bool:
    """Whether the question asks the date of an assent ('when did the board *approve* it?',
    'when was it *signed off*?') and ``text`` speaks of none: a draft *presented* to a board
    or a plan *published* is no approval, so its date is not the one asked."""
    asked = event_words(q)
    return (
        bool(asked)
        and "assent" in verb_classes(" ".join(asked))
        and ("assent" not in verb_classes(text))
    )


def _reported_later(record: ActionRecord, context: AnswerContext) -> list[ActionRecord]:
    """The row's own action in later papers: its issue thread after it, and any row of a
    later paper with its ref and nearly its words (a follow-up paper files it under another
    heading, which the thread does not join)."""
    found = [r for r in context.register.threads().later(record) if same_action(record, r)]
    found += [
        r
        for r in context.register.all()
        if record.ref
        and r.ref == record.ref
        and r.document.id != record.document.id
        and when(r) > when(record)
        and similarity(record, r) >= SAME_ACTION
    ]
    return list({r.id: r for r in sorted(found, key=when)}.values())


def _dated_later(
    q: QueryAnalysis, record: ActionRecord, event: list[str], context: AnswerContext
) -> Answer | None:
    """The row's own action re-reported in a later paper (its issue thread), when a sentence
    of that later row dates the event the row itself does not ('Board approval deferred to
    its April meeting', and a year on 'Policy approved by the Board on 23 April 2024'): that
    sentence first, quoted and cited, saying which paper gives it; else None. The same item's
    rows in the body's earlier papers (:func:`item_series`, nearest first) are read after the
    later ones: a follow-up asked of the latest paper ('when was the new lift fitted?') may be
    dated only where it was first reported done."""
    series = item_series(record, context.register, context.documents)
    at = next((i for i, r in enumerate(series) if r.id == record.id), 0)
    editions = [(r, "later") for r in _reported_later(record, context)]
    editions += [(r, "earlier") for r in reversed(series[:at])]
    for later, side in editions:
        chunk_id = context.record_chunk_id(later.id)
        piece = None if chunk_id is None else _dating(later, event, context, chunk_id)
        if piece is None:
            continue
        builder = context.citations()
        n = builder.add_evidence(piece)
        if n is None:
            continue
        here = f"{record_name(record)} ({safe_text(record.document.title)})"
        there = f"{record_name(later)} in *{doc_label(None, later)}*"
        body = (
            f"{here} gives no date for it; the {side} paper does — {there}: "
            f"“{safe_text(piece.display())}” [{n}]"
        )
        return finish(
            q,
            context,
            body=body,
            line=f"1 of {len(context.register.all())} actions is the one asked about, "
            f"re-reported {side} ({record_name(later)}); searched {len(context.searched())} "
            f"documents, {context.span(context.searched())}.",
            matched=1,
            citations=builder.citations(),
            records=[later, record],
            route="refs",
        )
    return None


def undated_event(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when a 'when' question about the one row it names asks the date of a past
    event no sentence of that row dates; None when it asks a time still to come, the row's
    making or closing, or a sentence of the row dates the event."""
    question = unquoted(q.standalone or q.question)
    if not q.refs or q.claims or q.owner or not _WHEN.search(question):
        return None  # an owner named: a premise the row's description checks
    records = asked_records(q, context)
    if len(records) != 1:
        return None
    record = records[0]
    if _other_post(question, record, context):
        return None
    if (unfinished := _not_finished(q, context, record)) is not None:
        return unfinished  # 'when was it done in full?' of a row partial or set aside
    event = _event_words(q, question, context)
    closing = _closing_undated(question, record)
    if "due" in q.fields and not closing:
        return None  # a deadline asked: the row's due column answers
    if closing:  # 'when was it signed off?' of a row marked complete that holds no date
        name = f"{record_name(record)} ({safe_text(record.document.title)})"
        said = f" (“{safe_text(record.due_text)}”)" if record.due_text else ""
        reason = f"The row has it as complete{said} but gives no date for it."
        if record.due_date or record.revised_from_date:  # the plan, not when it was done
            reason = (
                f"The row has it as complete but gives no date it was done; its deadline was "
                f"{safe_text(record.due_text or '')}."
            )
        return abstain(
            q,
            context,
            f"the date {name} was done",
            reason,
            kind="value_not_given",
        )
    if not event:
        return None  # its deadline, its making or closing: the row's columns answer
    bare = _without_refs(question, q.refs)
    verbs = _verbs(bare)
    unheld = [w for w in _heads(event, bare) if w not in verbs and not _held(w, record, context)]
    if asks_planned_date(question) or answer_type(question) is None:
        # a time still to come: the row's deadline answers, or the passages; unless the thing
        # the ref is the complement of ('the budget *for* R4', "R4's budget") is not the row's
        unheld = [w for w in unheld if w in ref_phrase_heads(question, q.refs)]
        if not unheld or _spoken_of(unheld, record, q, context):
            return None
    elif not unheld and _dates_event(record, event, context):
        return None  # a sentence of the row dates the event
    elif not unheld and (later := _dated_later(q, record, event, context)) is not None:
        return later  # the same action re-reported later dates it
    elif _linked(_asked_words(bare), record, context) and (
        (reported := _reported(record)) is not None and not _assent_unsaid(q, reported.text)
    ):
        return None  # the row's dated report of its own action, the event in other words
    name = f"{record_name(record)} ({safe_text(record.document.title)})"
    what = " ".join(unheld or event)
    due = f" Its deadline is {safe_text(record.due_text)}." if record.due_text else ""
    if (dated := _reported(record)) is not None and _assent_unsaid(q, dated.text):
        due = f" What it dates is this: “{safe_text(dated.display())}”{due}"
    return abstain(
        q,
        context,
        f"a date for the '{what}' asked about in {name}",
        f"The row (“{safe_text(record.title)}”) gives no date for it.{due}",
        kind="value_not_given",
    )


# the row's own closing, asked as done: 'when was it completed / signed off / closed?'
_CLOSED = re.compile(
    # the words between may name the row's paper ('R3 in the Internal audit recommendations:
    # progress report 2'), with its colon, comma or brackets
    r"\b(?:was|were|got|has\s+been|had\s+been)\s+(?:[\w/&.'’:,()-]+\s+){0,14}?(?:completed|finished|"
    r"closed|signed\s+off|implemented|achieved|resolved|cleared|delivered|done|finalised|"
    r"finalized|marked\s+(?:as\s+)?(?:complete|done|closed))\b",
    re.I,
)


def _not_finished(q: QueryAnalysis, context: AnswerContext, record: ActionRecord) -> Answer | None:
    """The correction when the question dates the finishing of the named row and its status
    says it is still open or was set aside ('Partially implemented', 'Superseded'): the status
    cell, quoted, answers (:func:`.unfinished.unfinished_row`); None otherwise."""
    builder = context.citations()
    correction = unfinished_row(q, context, builder, named=record)
    if correction is None:
        return None
    return finish(
        q,
        context,
        body=correction,
        line=f"1 of {len(context.register.all())} actions is the one asked about "
        f"({record_name(record)}); searched {len(context.searched())} documents, "
        f"{context.span(context.searched())}.",
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="refs",
        notes=["premise-corrected"],
    )


def _closing_undated(question: str, record: ActionRecord) -> bool:
    """Whether the question asks when the row was done ('on what date was it signed off as
    complete?') of a row marked complete that holds no date at all (no deadline, no date in
    any of its cells): no cell of it says when, and its status is no date."""
    if record.status != "complete" or not _CLOSED.search(question) or asks_planned_date(question):
        return False
    due = {(t or "").strip() for t in (record.due_text, record.revised_from_text)} - {""}
    if (record.due_date or record.revised_from_date) and not _ACTUAL.search(question):
        return False  # 'when was it completed?': the deadline of a row marked done may answer
    # 'on what date was it actually finished?' sets the deadline aside: only another cell's
    # date (or a span) answers
    return not any(
        scan_dates(piece.text)[0] or span_starts(piece.text)
        for piece in record_evidence(record, "", 0)
        if piece.text.strip() not in due
    )


# the real time set against the plan: 'when was it actually done?', 'in fact', 'in the end'
_ACTUAL = re.compile(r"\b(?:actually|in\s+fact|in\s+the\s+end|in\s+reality|really)\b", re.I)


def _spoken_of(
    words: list[str], record: ActionRecord, q: QueryAnalysis, context: AnswerContext
) -> bool:
    """Whether a passage of the row's paper that is no other row's speaks of one of ``words``
    (its stem, or a word near it in meaning) and gives a date: that passage, not the row's
    deadline, may say when."""
    wanted = {stem_of(w) for w in words}
    evidence, _ = gather(q, context)
    for item in evidence:
        if item.document.id != record.document.id or item.record_id not in (None, record.id):
            continue
        if not scan_dates(item.text)[0]:
            continue
        if wanted & stems(item.text) or near_words(words, item.text, context):
            return True
    return False


def _without_refs(text: str, refs: list[str]) -> str:
    """``text`` without the refs that name the row ('for TLC-02', "IA-02's")."""
    for ref in refs:
        text = re.sub(
            rf"\s*(?:(?:for|of|in|on)\s+)?(?:{RECORD_NOUNS}\s+)?(?<![\w-]){re.escape(ref)}"
            r"(?![\w-])(?:'s)?",
            "",
            text,
            flags=re.I,
        )
    return text


# a sentence of a meeting before another: its words of meeting and of an earlier time
_MEETING_WORD = re.compile(r"\b(?:met|meet|meets|meeting|sat|sitting|session)\b", re.I)
_EARLIER_WORD = re.compile(r"\b(?:last|previous(?:ly)?|prior|since|before)\b", re.I)


def earlier_meeting(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When did the committee last sit?' asked with a row in focus: the meeting is its
    paper's body's, before the paper's own, and a sentence of the paper's prose (no row's)
    dates it ('… since the committee last met on 22 November 2023'): that sentence, cited;
    None when the question asks no earlier meeting or no such sentence is found."""
    question = unquoted(q.standalone or q.question)
    if not q.refs or not EARLIER_MEETING.search(question):
        return None
    records = asked_records(q, context)
    if len(records) != 1:
        return None
    record = records[0]
    paper = str(record.report_date or "")
    plain = q.model_copy(update={"refs": [], "documents": [record.document.id]})
    evidence, _ = gather(plain, context, text=_without_refs(question, q.refs))
    for item in evidence:
        if item.document.id != record.document.id or item.record_id is not None:
            continue
        dates = [d.iso for d in scan_dates(item.text)[0]]
        if not (
            _MEETING_WORD.search(item.text)
            and _EARLIER_WORD.search(item.text)
            and any(d < paper for d in dates)
        ):
            continue
        builder = context.citations()
        n = builder.add_evidence(item)
        if n is None:
            return None
        body = f"“{safe_text(item.display())}” [{n}] — *{safe_text(record.document.title)}*"
        return finish(
            q,
            context,
            body=body,
            line=f"An earlier meeting, from its paper's text; searched "
            f"{len(context.searched())} documents, {context.span(context.searched())}.",
            matched=0,
            citations=builder.citations(),
            records=[],
            route="passages",
        )
    return None


def unnamed_agent(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The refusal when 'who <did> …?' of the one row the question names asks the doer of an
    event (not of the row's own work) that no sentence of the row about it names; None when
    one does, when the verb is one of the row's own work, or no such doer is asked."""
    question = unquoted(q.standalone or q.question)
    found = WHO_DID.search(question)
    if not q.refs or q.claims or q.owner or found is None or stem_of(found["verb"]) in OWN_WORK:
        return None
    records = asked_records(q, context)
    if len(records) != 1:
        return None
    record = records[0]
    event = {
        stem_of(w) for w in _event_words(q, question[found.start("verb") :], context) if len(w) > 2
    }
    event.add(stem_of(found["verb"]))
    verb = stem_of(found["verb"])
    for piece in record_evidence(record, "", 0):
        held = stems(piece.text)
        if not event & held:
            continue
        if names_by(piece.text, question):
            return None  # '… approved by the Board': the row names who
        if any(w == verb or (len(verb) >= 4 and w.startswith(verb)) for w in held) and (
            names_inside(piece.text, question)
        ):
            return None  # 'the Clerk drafted it': a name in a sentence of the event's verb
    name = f"{record_name(record)} ({safe_text(record.document.title)})"
    owner = safe_text(record.owner)
    owner = f" It names its owner, {owner}, not who did that." if owner else ""
    return abstain(
        q,
        context,
        f"who {_without_refs(question[found.start('verb') :], q.refs).strip(' ?.!')} for {name}",
        f"No sentence of the row says who.{owner}",
        kind="value_not_given",
    )
