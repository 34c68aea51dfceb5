"""A reason asked for a change of schedule ('why was X put back?', 'what delayed X?') when the
record shows the change but no sentence about X gives its cause: the answer says the papers do
not give why, in its first line, and then says what they do record (the move and the row's
note) in words. Tried after :func:`prose_reasons.reason_in_text`, which answers when a cause is
stated; this one abstains only when the asked subject is held (a row about it, with its
deadline moved) and nothing about it reads as a cause, however loosely worded.

The asked type is a cause; the subject and the attribute are checked apart: the row is found
by the subject's words, the cause in any sentence about that row."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.events import without_light_verbs
from assistant.answers.support.figures import MONTH_NAMES
from assistant.answers.support.gather import gather
from assistant.answers.support.persons import asked_records
from assistant.answers.support.recordtext import record_name, safe_text
from assistant.answers.support.values import paper_names
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import split_sentences, stem, stems
from ingest.model import ActionRecord

# a reason asked: 'why', 'how come', 'what (was the reason|caused|delayed|held up) …'
_ASKS_REASON = re.compile(
    r"\b(?:why|how\s+come|for\s+what\s+reasons?|what\s+(?:was|is|were|are)\s+the\s+"
    r"(?:reasons?|causes?|explanation)|what\s+(?:caused|delayed|held\s+up|led\s+to))\b",
    re.I,
)
# the asked event is a change of schedule: the date moved, the work late
_MOVED_ASKED = re.compile(
    r"\b(?:postpon\w*|put\s+back|pushed\s+back|moved\s+back|set\s+back|delay\w*|defer\w*|"
    r"slip\w*|moved|extended|resched\w*|late|held\s+up|behind)\b",
    re.I,
)
# what shows a row's schedule changed, in its note
_MOVED_SHOWN = re.compile(
    r"\b(?:moved|extended|revised|slipped|deferred|postponed|delayed|put\s+back|"
    r"pushed\s+back|re-?scheduled|now)\b",
    re.I,
)
# any wording that may give a cause, read loosely: abstaining is wrong whenever one might
_CAUSE_WORDS = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|result(?:ed|ing)?\s+(?:of|from|in)|"
    r"caused|pending|await\w*|waiting|until|following|after|since|so\s+that|in\s+order\s+to|"
    r"to\s+allow|to\s+enable|to\s+align|given|while|whilst|reflect\w*|depend\w*|subject\s+to|"
    r"request|requir\w*|lack\w*|shortage|unable|no\s+bids|not\s+(?:yet\s+)?(?:received|"
    r"available|agreed|approved|signed)|delay(?:ed|s)?\s+(?:by|in|to|of)|held\s+up\s+by|"
    r"as\s+(?:the|a|an|its|their)\b)",
    re.I,
)
_FRAME = frozenset(
    stem(w)
    for w in (
        "why come reason reasons cause caused causes explanation delay delayed delays late "
        "slip slipped slipping behind held hold up put back pushed moved postponed deferred "
        "extended rescheduled set"
    ).split()
)
SUBJECT_SHARE = 0.6  # of the subject's weight the row's own cells must hold
CAUSE_SHARE = 0.3  # of it a sentence may give its cause with: read loosely, to keep answering
WIDER = 3  # times the usual passages read
_MOST_ROWS = 3  # rows the subject may fit and still be asked of: more, it names a kind


def _cells(record: ActionRecord) -> str:
    """The row's own cells that name what it is about."""
    return " ".join(c for c in (record.title, record.finding, record.action, record.category) if c)


def _rows_about(
    evidence: list[Evidence], subject: dict[str, float], context: AnswerContext, change: set[str]
) -> list[ActionRecord]:
    """The rows the subject's words describe best: the best one when its cells hold enough of
    them, with every other row holding as much (two rows: the subject is either of them). When
    more rows than a few fit, those whose note writes the asked change ('postponed', with
    stems ``change``) are the ones asked of."""
    by_id = context.register.by_id()
    scored: dict[str, float] = {}
    for item in evidence:
        record = by_id.get(item.record_id) if item.record_id else None
        if record is not None and record.id not in scored:
            scored[record.id] = coverage(f"{_cells(record)} {record.progress or ''}", subject)
    ranked = sorted(scored.items(), key=lambda s: -s[1])
    if not ranked or ranked[0][1] < SUBJECT_SHARE:
        return []
    best = [by_id[i] for i, score in ranked if score >= ranked[0][1] - 0.05]
    if len(best) > _MOST_ROWS:
        best = [r for r in best if change & stems(r.progress or "")]
    return best if len(best) <= _MOST_ROWS else []


def _moved(record: ActionRecord) -> bool:
    """Whether the row shows its schedule changed: a revised date, or a note saying so."""
    return bool(record.revised_from_text) or bool(_MOVED_SHOWN.search(record.progress or ""))


def _cause_near(record: ActionRecord, evidence: list[Evidence], subject: dict[str, float]) -> bool:
    """Whether the row's note, or a sentence of its paper near its subject (its own words,
    the paper's name left out), may give a cause."""
    if _CAUSE_WORDS.search(record.progress or ""):
        return True
    cells = _cells(record)
    for item in evidence:
        if item.text.strip() in cells:
            continue  # the row's finding says why the action is needed, not why it moved
        near = (
            item.document.id == record.document.id and coverage(item.text, subject) >= CAUSE_SHARE
        )
        about = item.record_id == record.id or near
        if about and _CAUSE_WORDS.search(item.text):
            return True
    return False


def _recorded(record: ActionRecord) -> str:
    """What the row records of the change, in words: its old and new dates and its note."""
    said = []
    note = (record.progress or "").strip()
    due, was = record.due_text or "", record.revised_from_text or ""
    if due and was and not _MOVED_SHOWN.search(note):
        written = f"reads “{safe_text(due)}”" if was in due else f"moved from {was} to {due}"
        said.append(f"its deadline {written}")
    if note:
        said.append(f"its note reads “{safe_text(note)}”")
    if record.status_text:
        said.append(f"its status is {safe_text(record.status_text)}")
    return "; ".join(said)


def unstated_cause(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Why was X put back?' of a row whose deadline moved with no cause given: an abstention
    that says so first and then what the row records; None whenever a cause may be given,
    the subject is not one row, or the row shows no change."""
    asked = q.standalone or q.question
    if q.intent not in ("lookup", "explain", "list") or q.claims:
        return None
    if not (_ASKS_REASON.search(asked) and _MOVED_ASKED.search(asked)):
        return None
    evidence, weights = gather(q, context, k=WIDER * context.top_k)
    named = stems(" ".join(paper_names(context)))  # a paper's name says where, not what
    subject = {t: w for t, w in without_light_verbs(weights).items() if t not in _FRAME | named}
    if not subject:
        return None
    change = {stem(m.group(0)) for m in _MOVED_ASKED.finditer(asked) if " " not in m.group(0)}
    rows = _rows_about(evidence, subject, context, change)
    moved = [r for r in rows if _moved(r)]
    if not moved or any(_cause_near(r, evidence, subject) for r in rows):
        return None  # no row about it moved, or one may give a cause: the passages answer
    if len(moved) > 1:  # the subject fits several moved rows, and none gives a cause
        names = "; ".join(f"{record_name(r)} ({safe_text(r.document.title)})" for r in moved)
        return abstain(
            q,
            context,
            "why the deadline was moved: the papers give no reason for it in any of the rows "
            f"it may be ({names})",
            " ".join(f"For {record_name(r)}, {_recorded(r)}." for r in moved if _recorded(r)),
            kind="value_not_given",
        )
    record = moved[0]
    name = record_name(record)
    title = safe_text(record.document.title)
    recorded = _recorded(record)
    return abstain(
        q,
        context,
        f"why the deadline of {name} ({title}) was moved: the papers give no reason for it",
        f"They record only that {recorded}." if recorded else "",
        kind="value_not_given",
    )


# 'to' opening a purpose ('deferred to avoid the audit'), not a date ('moved to June 2025')
_PURPOSE_TO = re.compile(
    r"\bto\s+(?!(?:the|a|an|end|mid|early|late|next|q[1-4]|spring|summer|autumn|winter)\b|"
    rf"{MONTH_NAMES})[a-z]{{3,}}",
    re.I,
)


_OUTSIDE_WORDS = 3  # words of a sentence foreign to its row that may make it a cause


def _says_more_than_the_move(record: ActionRecord) -> bool:
    """Whether a row's note may say why its date moved: a sentence of the note that moves the
    date with a purpose ('deferred to avoid …'), or that follows a sentence in words the row's
    cells never use ('Contractor went into administration. Date moved to June.'), the cause
    written just before the move, in words no list holds. A note that reports the row's work
    and never speaks of the move (the move read from the revised date) gives no cause."""
    own = stems(_cells(record))
    before: str | None = None
    for sentence in split_sentences(record.progress or ""):
        if _MOVED_SHOWN.search(sentence.text):
            if _PURPOSE_TO.search(sentence.text):
                return True
            if before is not None:
                words = re.findall(r"[A-Za-z]{4,}", before)
                if len({stem(w) for w in words} - own) >= _OUTSIDE_WORDS:
                    return True
            before = None
        else:
            before = sentence.text
    return False


def unstated_row_cause(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Why was its deadline pushed back?' of the one row the question names by ref (often a
    carried follow-up), whose deadline moved while none of its sentences but those naming
    what it is about may give a cause: the same abstention as :func:`unstated_cause`; None
    otherwise."""
    asked = q.standalone or q.question
    if not q.refs or q.claims or not (_ASKS_REASON.search(asked) and _MOVED_ASKED.search(asked)):
        return None
    records = asked_records(q, context)
    if len(records) != 1:
        return None
    record = records[0]
    if not _moved(record) or _CAUSE_WORDS.search(record.progress or ""):
        return None
    if _says_more_than_the_move(record):
        return None  # 'Contractor went into administration. Date moved to June.': it may say why
    cells = _cells(record)
    if any(
        _CAUSE_WORDS.search(e.text)
        for e in record_evidence(record, "", 0)
        if e.text.strip() not in cells
    ):
        return None  # a sentence of the row that may give a cause: it answers
    recorded = _recorded(record)
    return abstain(
        q,
        context,
        f"why the deadline of {record_name(record)} ({safe_text(record.document.title)}) was "
        "moved: the papers give no reason for it",
        f"They record only that {recorded}." if recorded else "",
        kind="value_not_given",
    )
