"""The time or reason of an event the row in focus mentions but is not about: answered only by a
clause that binds one to the mention, else the typed refusal in place of the row's own date.

'The update says the post is vacant - when do they expect to fill it?' of a row whose action
is to write a scheme of delegation: the note mentions the post, never when it will be filled,
and the row's deadline is for the scheme. The asked event is read from the question's own
content words (its verb and object: 'fill' + 'post', 'publish' + 'policy', 'arrive' +
'system'), less the words of its frame (wh-words, auxiliaries, pronouns, words of expecting
or of a deadline, times, the row's ref and its paper's name) and of the row's own life
(raised, completed, due). Then, for the row the answer is about:

- the event words the row's own cells (title, finding, action) hold are its own work: when
  every event word is one of them, the asked event is the row's action and its deadline
  answers (None here);
- the clauses of the answer's quotes and of the row's notes that share an event word
  mention the event; with no mention it is not this class (None);
- a mention answers when its own clause binds a time ('fitted in February', 'six months
  ago') other than the times the question already gives ('what date *in August*'), or, for
  'why', a cause ('because', 'due to', 'awaiting', 'following', 'X: staff vacancy');
- the refusal rests on evidence (:mod:`.event_evidence`): none either when another cell of
  the row answers (the cell reporting a delay gives its reason, the row's date cell holds the
  mention beside a time), when the fullest mentions correct the question's premise (done
  when a time to come is asked, not done when a past one is, no delay when its reason is; a
  time to come of a row stated complete), when a note says little but a time ('Expected in
  March': it may be the event's; not a time in the row's own work, nor one of another
  subject), or when a sentence of the row's paper outside the row binds one to the event;
- otherwise the refusal, without citations, saying in plain words what the mention says and
  whose date the row's deadline is.

    unbound_event(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.answer_types import ANSWER_SHAPES
from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.analysis.own_clauses import joined_clauses
from assistant.analysis.time_spans import SPAN
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.cause_elsewhere import other_reports
from assistant.answers.support.event_evidence import (
    CAUSE,
    DELAY,
    UNSTATED,
    asks_coming,
    cell_cause,
    date_cell_binds,
    premise_corrected,
)
from assistant.answers.support.event_refusal import CLAUSE_HEAD, clipped, in_row, row_refusal
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.row_paper import paper_names
from assistant.answers.support.unheld import OWN_LIFE, cited_record, refs_as_it
from assistant.answers.support.written_status import is_done
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

# a time asked anywhere in the question: 'when do they expect to fill it?', 'what date in
# August …, and which year?', 'by when …'; not 'since when' (a span) nor 'how long'
# at a clause's head: 'which group took it in when it left' asks no time
_WHEN = re.compile(
    rf"{CLAUSE_HEAD}(?<!since\s)(?:when|by\s+when|(?:on\s+|by\s+)?what\s+(?:date|day)|"
    r"(?:in\s+)?(?:what|which)\s+(?:year|month|quarter))\b",
    re.I,
)
_WHY = re.compile(
    rf"{CLAUSE_HEAD}(?:why\b|what\s+(?:was|is|were|are|has\s+been)\s+(?:the\s+)?(?:reasons?|cause)\b|"
    r"for\s+what\s+reason\b)",
    re.I,
)
# the row's own date asked ('when is it due?', 'what is the deadline?'); 'due to arrive' and
# 'expected to be filled' ask the time of another event, and are read on, as are 'meant' and
# 'supposed' (frame words): 'when was it supposed to be done?' names no event but the row's
# own, 'when is the national plan meant to be published?' another thing's
_DEADLINE = re.compile(
    r"\b(?:deadlines?|timescales?|target(?:ed)?|revised|moved|slipped|"
    r"extended|deferred|postponed|rescheduled|pushed)\b|\bdue\b(?!\s+to\s+[a-z])",
    re.I,
)
# the words that frame a question rather than name its event
FRAME = frozenset(
    (
        "when why what which who whom whose where how date day days month months year years "
        "time times week weeks quarter since by on in at of for to from with into about and or "
        "but so then than the a an that this these those it its they them their there he she "
        "his her we our us you your is are was were be been being am do does did done will "
        "would can could should shall might may must has have had get got expect expects "
        "expected expecting expectation due deadline deadlines timescale timescales target "
        "targeted scheduled schedule planned plan meant supposed intended estimate estimated "
        "likely going go goes gone actually really exactly precisely finally eventually now "
        "still yet ever ok okay right please then also any some say says said saying tell "
        "told update updates note notes mention mentions mentioned record records row rows "
        "item items action actions recommendation recommendations rec recs paper papers "
        "report reports log logs entry one ones reason reasons cause causes why happen "
        "happened take taken place"
    ).split()
)
# a time a clause binds: a date, month, year or quarter (ANSWER_SHAPES['year']), a day's date,
# a season, or a span or relative time ('six months ago', 'in the next 6 months', 'by end of')
_NUMBER_WORD = r"\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few"
_TIME = re.compile(
    rf"{ANSWER_SHAPES['year'].pattern}|{SPAN.pattern}|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
    r"\b(?:spring|summer|autumn|winter)\b|"
    rf"\b(?:{_NUMBER_WORD})\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)\b|"
    rf"\b(?:next|last|past|within|in)\s+(?:the\s+)?(?:next\s+)?(?:{_NUMBER_WORD})?\s*"
    r"(?:days?|weeks?|months?|years?|quarters?)\b|\bend\s+of\s+(?:the\s+)?(?:year|month|quarter)\b",
    re.I,
)
_CELLS = re.compile(r"\t|\n|\s{3,}")
_SENTENCES = re.compile(r"(?<=[.!?;])\s+")
# a label's colon binds its value ('Meeting date: 7 December 2020'): no clause ends there
_CLAUSES = re.compile(r"\s[-–—]\s|;\s|,\s+(?:but|and|while|whilst|although)\s")


_RECORD_NOUN = re.compile(rf"(?:{RECORD_NOUNS})", re.I)
_OWN_CELLS = ("title", "finding", "action", "owner")
_NOTE_CELLS = ("progress", "status_text")


def _same(word: str, held: str) -> bool:
    """Whether two stems name one thing: equal, one inside the other, or one stem long enough
    ('vacanc', 'vacant')."""
    if word == held:
        return True
    if min(len(word), len(held)) >= 4 and (word in held or held in word):
        return True
    return min(len(word), len(held)) >= 5 and word[:5] == held[:5]


def _in(word: str, held: set[str] | frozenset[str]) -> bool:
    return any(_same(word, h) for h in held)


def initials(text: str) -> set[str]:
    """The initials of each run of two to six capitalised words of ``text`` ('Independent
    Monitoring Board': 'imb'), small linking words skipped: the short forms it may go by."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _LINKING]
    found: set[str] = set()
    for start in range(len(words)):
        run = ""
        for word in words[start : start + 6]:
            if not word[0].isupper():
                break
            run += word[0].lower()
            if len(run) >= 2:
                found.add(run)
    return found


_LINKING = frozenset({"of", "and", "for", "the", "&", "in", "on"})


def event_words(
    question: str, refs: list[str], naming: set[str], short_forms: frozenset[str] = frozenset()
) -> list[str]:
    """The stems of ``question``'s words that name the asked event (its verb and things): not
    its frame, a time, the row's ref, its paper's name (or a capitals short form of it, in
    ``short_forms``), nor the row's own life."""
    text, ref_words = refs_as_it(wh_unclitic(unquoted(question)), refs)
    text = _TIME.sub(" ", text)
    found = []
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", text):
        low = word.lower().strip("'’-")
        for part in low.split("-"):
            stem = stem_of(part)
            if (
                len(part) < 3
                or part in FRAME
                or part in ref_words
                or part.endswith(("n't", "n’t"))
                or _RECORD_NOUN.fullmatch(part)
                or stem in OWN_LIFE
                or stem in naming
                or (word.isupper() and part in short_forms)
            ):
                continue
            found.append(stem)
    return list(dict.fromkeys(found))


def asked_kind(question: str) -> str | None:
    """'when' or 'why': the kind of detail of an event ``question`` asks; None for neither."""
    if _WHEN.search(question):
        return "when"
    if _WHY.search(question):
        return "why"
    return None


def clauses(texts: list[str]) -> list[tuple[str, str]]:
    """(sentence, clause) pairs of ``texts``: each cell, sentence and clause on its own."""
    pairs = []
    for text in texts:
        for cell in _CELLS.split(text):
            for sentence in _SENTENCES.split(cell.strip()):
                for clause in (
                    c for part in _CLAUSES.split(sentence) for c in joined_clauses(part)
                ):
                    if clause.strip():
                        pairs.append((sentence.strip(), clause.strip()))
    return pairs


def _bound(kind: str, sentence: str, clause: str, question: str) -> bool:
    """Whether the mention's clause binds a time the question does not give (for 'when'), or
    its sentence a cause (for 'why')."""
    if kind == "why":
        return CAUSE.search(sentence) is not None
    given = {m.group(0).lower() for m in _TIME.finditer(question)}
    return any(m.group(0).lower() not in given for m in _TIME.finditer(clause))


def quoted(answer: Answer, record: ActionRecord | None) -> list[str]:
    """The answer's quotes and the row's notes: where a mention of the event may be."""
    texts = [c.quote for c in answer.citations]
    if record is not None:
        texts += [getattr(record, cell) or "" for cell in _NOTE_CELLS]
    return [t for t in texts if t.strip()]


def unbound_event(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for the time (or reason) of an event the answer's row mentions but never
    dates (or explains); None when the event is the row's own action, no quote mentions it,
    or a clause of the mention binds a time (a cause) to it."""
    if answer.abstained or "premise-corrected" in answer.notes:
        return None  # a premise taken as true ('why was it delayed?') is still asked of
    question = unquoted(q.question)
    kind = asked_kind(question)
    if kind is None or not answer.citations or (kind == "when" and _DEADLINE.search(question)):
        return None
    if kind == "why" and not DELAY.search(question):
        return None  # the reason of a delay the row mentions; other reasons are the row's own
    record = cited_record(answer, context)
    if record is None:
        return None  # no one row: nothing tells its own work from another event
    named = paper_names(record, context)
    words = event_words(question, q.refs, stems(named), frozenset(initials(named)))
    own = stems(" ".join(own_cells(record)))
    distinct = [w for w in words if not _in(w, own)]
    if not distinct:
        return None  # the row's own action (or no event named): its deadline answers
    pairs = clauses(quoted(answer, record))
    mentions = [(sentence, clause) for sentence, clause in pairs if shares(distinct, stems(clause))]
    if kind == "why":
        mentions = [(sentence, clause) for sentence, clause in mentions if DELAY.search(clause)]
    source = "It"
    if not mentions and not (record.progress or "").strip():
        # a row with no note of its own: the same row's note in another report of its body
        # may speak of the event ('Waiting for the county's model policy' a quarter before)
        mentions, source = _other_report_mentions(kind, distinct, record, context)
    if not mentions:
        return None  # the answer never speaks of the event: not this mechanism's to refuse
    if any(_bound(kind, sentence, clause, question) for sentence, clause in mentions):
        return None
    if _row_gives(kind, question, [clause for _, clause in mentions], distinct, answer, record):
        return None
    work = [cell for cell in own_cells(record) if cell.strip()]
    if kind == "when" and any(
        _bound(kind, s, c, question)
        for s, c in pairs
        if _dateless(c, record)
        and says_only_time(c, own | set(words))
        and not any(c in cell for cell in work)
    ):
        return None  # a time elsewhere in the notes, beside no word of the event: may be its
        # (not one in the row's own work, 'invoice within 14 days', nor one of another thing)
    if _paper_gives(kind, distinct, question, record, context):
        return None
    return _refusal(q, context, kind, record, mentions[0][0], source)


def _other_report_mentions(
    kind: str, words: list[str], record: ActionRecord, context: AnswerContext
) -> tuple[list[tuple[str, str]], str]:
    """The clauses of the nearest other report's note on the same row that speak of the
    event (:func:`.cause_elsewhere.other_reports`), and that report named; none when no
    report's note does."""
    for row in other_reports(record, context):
        notes = [getattr(row, cell) or "" for cell in _NOTE_CELLS]
        found = [
            (s, c) for s, c in clauses([n for n in notes if n.strip()]) if shares(words, stems(c))
        ]
        if kind == "why":
            found = [(s, c) for s, c in found if DELAY.search(c)]
        if found:
            return found, f"Its note in the {safe_text(row.document.title)} ({row.year or ''})"
    return [], "It"


def _paper_gives(
    kind: str, words: list[str], question: str, record: ActionRecord, context: AnswerContext
) -> bool:
    """Whether a sentence of the row's paper outside the row, about the same event (holding
    two of its words, or its one), binds a time (a cause) to it: the paper answers."""
    text = context.document_text(record.document.id)
    own = record.source_text or ""
    need = min(2, len(words))
    for sentence, clause in clauses([text]):
        if own and sentence in own:
            continue
        held = stems(sentence)
        if sum(1 for w in words if _in(w, held)) < need:
            continue
        if kind == "why" and not DELAY.search(sentence):
            continue
        if _bound(kind, sentence, clause, question):
            return True
    return False


def _row_gives(
    kind: str,
    question: str,
    mentions: list[str],
    words: list[str],
    answer: Answer,
    record: ActionRecord,
) -> bool:
    """Whether a cell of the row answers after all: the cell reporting a delay gives its reason,
    the row's date cell holds the mention beside a time, or the mentions (or, for a time to
    come, the row's status 'complete') correct the question's premise (the event done, not yet
    done, or not delayed)."""
    if premise_corrected(kind, question, fullest(mentions, words), words):
        return True
    if kind == "when" and is_done(record) and asks_coming(question):
        # a step of a row stated complete is no time to come: its status answers, unless the
        # mention's own clause puts the event still to come ('… and training will follow')
        return not any(UNSTATED.search(m) for m in fullest(mentions, words))
    if kind == "when":
        return date_cell_binds(mentions, record, _TIME, question)
    cells = [cell.strip() for text in quoted(answer, record) for cell in _CELLS.split(text)]
    return any(cell_cause(cell, mention) for cell in cells for mention in mentions)


def says_only_time(clause: str, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``clause`` says little but a time beside words ``known`` (stems of the event and
    of the row's own work): 'Expected in March', 'Go-live planned for June 2021', 'on track to
    have reviewed 6 million records by March 2018' of a row on reviewing records may date the
    event; one with a subject of its own ('An additional survey was carried out in November')
    dates that."""
    rest = _TIME.sub(" ", clause)
    words = [
        w
        for w in re.findall(r"[A-Za-z]{3,}", rest)
        if w.lower() not in FRAME and not _in(stem_of(w.lower()), known)
    ]
    return len(words) <= 2


def fullest(mentions: list[str], words: list[str]) -> list[str]:
    """The mentions naming most of the event's words: what the record says of the event itself
    ('the Home Office has not yet made data available (re drugs)'), not of a neighbour sharing
    a word or two ('the Home Office released the necessary BVPIs')."""
    counts = [sum(1 for w in words if _in(w, stems(m))) for m in mentions]
    top = max(counts, default=0)
    return [m for m, n in zip(mentions, counts, strict=True) if n == top]


def own_cells(record: ActionRecord) -> list[str]:
    """The texts of the row's own work: its title, finding, action and owner, and the cells
    of columns read as none of the register's fields ('Action agreed' where the paper's
    action header was not mapped), but not its notes, status or dates."""
    cells = [getattr(record, c) or "" for c in _OWN_CELLS]
    notes = {
        (t or "").strip()
        for t in (record.progress, record.status_text, record.due_text, record.revised_from_text)
    }
    known = notes | set(cells)
    return cells + [v for v in (record.columns or {}).values() if v and v.strip() not in known]


def _dateless(clause: str, record: ActionRecord) -> bool:
    """Whether ``clause`` is not the row's date column (its deadline, or the one it replaced)."""
    due = [(t or "").strip() for t in (record.due_text, record.revised_from_text) if t]
    return not any(d and (d in clause or clause in d) for d in due)


def shares(words: list[str], held: set[str]) -> bool:
    return any(_in(w, held) for w in words)


def _refusal(
    q: QueryAnalysis,
    context: AnswerContext,
    kind: str,
    record: ActionRecord | None,
    said: str,
    source: str = "It",
) -> Answer:
    """The refusal: what the mention says (``source``: where, when not the row itself), and
    whose date the row's deadline is."""
    what = "a date" if kind == "when" else "a reason"
    reason = f"{source} says “{safe_text(clipped(said))}”, and gives no {what[2:]} for that."
    if kind == "when" and record is not None and record.due_text:
        action = safe_text((record.action or record.title or "").strip())
        reason += (
            f" The row's own deadline, “{safe_text(record.due_text.strip())}”, is for its "
            f"action (“{clipped(action, 100)}”), not for that."
        )
    subject = f"{what} for what is asked{in_row(record)}"
    return row_refusal(q, context, record, subject, reason, f"unbound-{kind}")
