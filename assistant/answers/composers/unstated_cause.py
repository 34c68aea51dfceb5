"""A reason asked for a change of schedule ('why was X put back?', 'what delayed X?') when the
record shows the change but no sentence about X gives its cause: the answer says the papers do
not give why, in its first line, and then says what they do record (the move and the row's
note) in words. Tried after :func:`prose_reasons.reason_in_text`, which answers when a cause is
stated; this one abstains only when the asked subject is held (a row about it, with its
deadline moved) and nothing about it reads as a cause, however loosely worded.

The asked type is a cause; the subject and the attribute are checked apart: the row is found
by the subject's words, the cause in any sentence about that row. The same holds for a reason
asked of what a row found ('why were the X out of date?', :func:`unstated_finding_cause`): a
finding says what was found, not why."""

from __future__ import annotations

import itertools
import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.causes import AGENT_DELAY
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
    rf"as\s+(?:the|a|an|its|their)\b|{AGENT_DELAY}|"
    r"\w+\s+delays\b(?<!further delays)(?<!more delays))",  # 'contractor delays'
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


def _state(record: ActionRecord) -> str:
    """The row's finding, the state it reports ('risk assessments were out of date'): its
    finding cell, or its title when that is not its action; empty when the row writes only
    what is to be done."""
    if record.finding:
        return record.finding
    title = record.title or ""
    return title if title and title != (record.action or "") else ""


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


# a row asked as left out of a paper the question names: what the paper holds, not a cause
_OMISSION = re.compile(r"\b(?:left\s+out|omit\w*|drop(?:s|ped|ping)?|remov\w*|exclud\w*)\b", re.I)


def unstated_finding_cause(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Why were the X out of date?' asked of the state one row's finding reports, when none
    of the row's other sentences, nor a sentence of its paper near the subject, may give a
    cause: the finding says what was found, not why, and restating it answers nothing. An
    abstention that says so first, then what the row records; None when the question asks
    of the row's action (its finding is then the reason), of a change of schedule
    (:func:`unstated_cause`), or when a cause may be given."""
    asked = q.standalone or q.question
    if q.intent not in ("lookup", "explain", "list") or q.claims or q.refs:
        return None
    if not _ASKS_REASON.search(asked) or _MOVED_ASKED.search(asked) or _WORK_STATE.search(asked):
        return None  # a reason for the work's state or schedule, not for what was found
    if q.fields or q.statuses:
        return None
    if q.documents and _OMISSION.search(asked):
        return None  # 'why did the 2024 update drop X?': whether a paper holds the row
    evidence, weights = gather(q, context, k=WIDER * context.top_k)
    named = stems(" ".join(paper_names(context)))
    subject = {t: w for t, w in without_light_verbs(weights).items() if t not in _FRAME | named}
    if not subject:
        return None
    rows = _rows_about(evidence, subject, context, set())
    states = {frozenset(stems(_state(r))) for r in rows}
    if not rows or len(states) != 1:
        return None  # no row, or rows reporting different findings: the passages answer
    record = rows[-1]  # one finding, re-reported in a body's later papers maybe
    state = _state(record)
    if not state or coverage(state, subject) < SUBJECT_SHARE:
        return None  # the question is not about what the row found
    asked_pairs = _pairs(asked)
    if (coverage(record.action or "", subject), len(asked_pairs & _pairs(record.action or ""))) >= (
        coverage(state, subject),
        len(asked_pairs & _pairs(state)),
    ):
        return None  # 'why is X to be done?': the finding is the reason
    if _STATED_CAUSE.search(state) or any(_cause_near(r, evidence, subject) for r in rows):
        return None
    where = "; ".join(  # a row with no ref is named by its paper: its title is the finding
        f"{record_name(r)}, {safe_text(r.document.title)}" if r.ref else safe_text(r.document.title)
        for r in rows
    )
    recorded = _recorded(record)
    return abstain(
        q,
        context,
        f"why {_lowered(state)} ({where}): the papers record the finding but give no reason for it",
        f"They record only that {recorded}." if recorded else "",
        kind="value_not_given",
    )


# the state of the work on a row, not what the row found: 'why is X *still overdue*?', 'why was
# X *closed*?', 'why was X *given* high priority?' ask of its status or a field (and often
# assert one), which the other answers check
_WORK_STATE = re.compile(
    r"\b(?:still|overdue|outstanding|open|unresolved|incomplete|unfinished|closed|complete[ds]?|"
    r"implemented|done|finished|signed\s+off|marked|rated|given|assigned|owned|priority|"
    r"not\s+(?:yet\s+)?(?:started|begun))\b",
    re.I,
)
# a cause the finding itself states ('… were late because the post was vacant'); read
# strictly, as the finding's 'after' and 'since' place it in time
_STATED_CAUSE = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|result(?:ed|ing)?"
    r"\s+from|in\s+the\s+absence\s+of|for\s+lack\s+of|pending|awaiting)\b",
    re.I,
)


def _pairs(text: str) -> set[tuple[str, str]]:
    """The stems of ``text``'s neighbouring words: the question says what it asks of in the
    order the finding, or the action, writes it ('keys were not logged' against 'keep a log of
    keys')."""
    words = [stem(w) for w in re.findall(r"[A-Za-z][\w'-]*", text.lower())]
    return set(itertools.pairwise(words))


def _lowered(state: str) -> str:
    """The finding as a clause: its full stop dropped, its first letter lower-cased when its
    first word is an ordinary capitalised word ('Risk assessments …' → 'risk assessments
    …'; 'MFA was …' and 'NHS …' kept as written)."""
    text = safe_text(state).strip().rstrip(".")
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[:1].isupper() and first[1:].islower():
        return text[:1].lower() + text[1:]
    return text
