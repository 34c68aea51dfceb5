"""Normalise how far an action has got: complete, partial, ongoing, not_started or unknown.

A status the paper states ('Recommendation met: significantly', 'Complete', 'Ongoing' in a
status, date or short progress cell) wins. Otherwise the status is inferred from progress
wording ('work is continuing', 'has not yet been approved') and marked ``inferred``; the
triggering words are kept verbatim in ``status_text``. Nothing found means 'unknown'.

The words as written stay in ``status_text`` (so 'Overdue' or 'Red' remain visible); they map:

* complete — Complete(d), Implemented, Closed, Done, Achieved, Delivered, Met, Superseded (the
  action needs no more work), No longer required; RAG Blue;
* partial — Partially implemented/complete/met, Partly met, Met: partially/significantly;
* ongoing — In progress, Ongoing, Open, On track, Not yet due, Overdue, Behind schedule,
  Delayed, At risk, Not (yet) met, Not complete, Not (yet) implemented, Not (yet) achieved;
  RAG Green (on track)
  and Amber (at risk). 'Not implemented' says the action is still open, not that no work has
  begun: a follow-up audit writes it of actions part-way through as well;
* not_started — Not (yet) started, Not commenced, Not begun, Not actioned, Met: not; RAG Red;
* a paper's own key ('Green – complete') overrides the RAG defaults (:func:`rag_key`);
  'Yes'/'No' answer a column such as 'Implemented?' (complete / ongoing).

A verb opening an action ('Complete the review of ...') is an instruction, not a status.
Where no column states one, a progress note that opens with a status term set off by a mark
('In progress: ...', 'Partially implemented - ...', a scan's 'Compiete – ...') states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ingest.model import Status
from ingest.scan_words import read_as
from ingest.wordlist import is_common_word

_MET = re.compile(r"recommendation\s+met\s*:\s*(?P<degree>[a-z]+)", re.I)
_DEGREE: dict[str, Status] = {
    "completely": "complete",
    "fully": "complete",
    "significantly": "partial",
    "substantially": "partial",
    "moderately": "partial",
    "partially": "partial",
    "partly": "partial",
    "minimally": "partial",
    "not": "not_started",
}
# A bare 'Complete' followed by a lower-case word is a verb ('Complete the review of ...'):
# an instruction, not a status. 'Completed the review' and 'Complete.' are statuses.
_IMPERATIVE = r"(?!\s+(?:the|a|an|all|any|each|every|and|this|that|these|those|work|an?\b|[a-z]))"
_STATED: list[tuple[re.Pattern[str], Status]] = [
    (
        re.compile(
            r"\bnot (?:yet )?(?:started|commenced|begun|actioned)\b|\bto commence\b|"
            r"^\W*met\s*:\s*not\b",
            re.I,
        ),
        "not_started",
    ),
    (
        re.compile(
            r"\bpartial(?:ly)?\s+(?:implemented|complete[d]?|met|achieved|done|in place)\b|"
            r"\bpartly\s+(?:met|implemented|complete[d]?|achieved)\b|"
            r"\bnot (?:yet )?fully\s+(?:implemented|complete[d]?|met|achieved)\b|"
            r"^\W*met\s*:\s*(?:partially|partly|significantly|substantially|moderately|minimally)\b",
            re.I,
        ),
        "partial",
    ),
    (
        re.compile(
            r"^\W*(?:(?:fully\s+)?(?:completed|implemented|closed|done|achieved|superseded|delivered)|"
            rf"complete{_IMPERATIVE}|met(?:\s*:\s*(?:completely|fully))?{_IMPERATIVE}|"
            r"no longer (?:required|relevant|applicable))\b",
            re.I,
        ),
        "complete",
    ),
    (
        re.compile(
            r"\b(?:on-?\s?going|in progress|underway|started|not yet due|overdue|behind schedule|"
            r"delayed|on track|off track|at risk|slipp(?:ed|ing)|not complete[d]?|incomplete|"
            r"not (?:yet )?met|not (?:yet )?implemented|not (?:yet )?achieved)\b|"
            # the short labels trackers also write for work that is open ('In hand', 'Pending')
            r"^\W*(?:open|in hand|in train|pending|outstanding|under review|progressing|"
            r"being (?:progressed|implemented|addressed|taken forward)|wip)\W*$|^\W*open\b",
            re.I,
        ),
        "ongoing",
    ),
    (re.compile(r"\bpartial(?:ly)?\b", re.I), "partial"),
]
# RAG colours as most trackers define them: Blue = complete, Green = on track (ongoing), Amber =
# some slippage or risk (ongoing), Red = not started or significantly off track (not_started).
# A paper whose key says otherwise ('Green - complete') is read with its own key
# (:func:`rag_key`).
DEFAULT_RAG: dict[str, Status] = {
    "blue": "complete",
    "green": "ongoing",
    "amber": "ongoing",
    "red": "not_started",
}
_RAG_WORD = re.compile(r"^\W*(blue|green|amber|red|b|g|a|r)\W*$|\b(blue|green|amber|red)\b", re.I)
_RAG_LETTER = {"b": "blue", "g": "green", "a": "amber", "r": "red"}
_YES_NO = re.compile(r"^\W*(yes|y|no|n)\W*$", re.I)
_LEADING_STATUS = re.compile(
    r"^\W*((?:completed|implemented|closed|done|on-?\s?going|not (?:yet )?started)\b|"
    rf"complete{_IMPERATIVE}\b)[.;:]?",
    re.I,
)
_KEY_ENTRY = re.compile(
    r"\b(blue|green|amber|red)\b\s*(?P<sep>[-–=:(]|means|indicates|denotes|is)?\s*"
    r"(?P<words>[A-Za-z][A-Za-z /-]{1,40})",
    re.I,
)


# the status words trackers write, as a vocabulary a scan's look-alike misreading is read back
# against ('Compiete', 'ln progress', 'Imp1emented')
STATUS_TERMS = (
    "Complete",
    "Completed",
    "Implemented",
    "Closed",
    "Achieved",
    "In progress",
    "Ongoing",
    "On track",
    "Overdue",
    "Delayed",
    "Behind schedule",
    "Not started",
    "Not yet started",
    "Not yet due",
    "Not met",
    "Partly met",
    "Partly achieved",
    "Not achieved",
    "Partially implemented",
    "Partially complete",
    "Not implemented",
    "In hand",
    "Pending",
    "Outstanding",
)


def stated_status(text: str) -> Status | None:
    """The status a short status phrase states ('Partially implemented', 'Not yet due'),
    without RAG colours; None when it states none."""
    for pattern, status in _STATED:
        if pattern.search(text):
            return status
    return None


# a key's description of a colour, read loosely ('the action has been completed', 'work is
# under way'): the first that matches, in this order
_KEY_STATUS: list[tuple[re.Pattern[str], Status]] = [
    (re.compile(r"\bnot (?:yet )?(?:started|begun|commenced|actioned)\b", re.I), "not_started"),
    (
        re.compile(r"\bnot (?:yet |fully )?(?:implemented|complete|completed|achieved)\b", re.I),
        "ongoing",
    ),
    (re.compile(r"\bpartial(?:ly)?\b|\bpartly\b|\bin part\b", re.I), "partial"),
    (
        re.compile(
            r"\b(?:complete[ds]?|completion|implemented|closed|done|achieved|delivered|"
            r"finished|met in full|fully met)\b",
            re.I,
        ),
        "complete",
    ),
    (
        re.compile(
            r"\b(?:in progress|under ?way|on track|on-?going|behind|overdue|delayed|at risk|"
            r"slipp(?:ed|ing)|off track|not yet due|open)\b",
            re.I,
        ),
        "ongoing",
    ),
]
_COLOUR = re.compile(r"\b(blue|green|amber|red)\b", re.I)
# a clause that defines a colour: it opens with it, or names it as a rating or a marking
_DEFINES = re.compile(
    r"^\W*(?:blue|green|amber|red)\s*(?:[-–=:(]|(?:are|is|have|has|had|were|was|means|"
    r"indicates|denotes|shows|signifies)\b|(?=(?:complete|completed|closed|done|implemented|"
    r"on track|in progress|not|partial|partly|overdue|behind|delayed|on-?going)\b))|"
    r"\b(?:shown|marked|coloured|colored|rated|flagged|"
    r"highlighted)\s+(?:as\s+|in\s+)?(?:blue|green|amber|red)\b|\b(?:blue|green|amber|red)\s+"
    r"(?:rating|status|rag|colour|color)\b|\b(?:blue|green|amber|red)\s*(?:[-–=:(]|means|"
    r"indicates|denotes|shows|signifies)",
    re.I,
)
KEY_CLAUSE_WORDS = 14  # a key's clause is short; a longer one is prose that names a colour


def rag_key(text: str) -> dict[str, Status]:
    """The paper's RAG key, where its text gives one, over the default: 'Green – complete',
    'Green: the action has been completed', 'a green rating means …', 'actions shown in green
    have been completed, amber are in progress', 'RAG key: Green = Complete'. Each clause (cut
    at ';', ',', '.', ' and ', a new line) that names one colour and defines it is read for the
    status it describes."""
    key = dict(DEFAULT_RAG)
    for clause in re.split(r"[;,.\n]|\band\b|\bwhile\b|\bwhereas\b", text):
        colours = {c.lower() for c in _COLOUR.findall(clause)}
        if len(colours) != 1 or len(clause.split()) > KEY_CLAUSE_WORDS:
            continue
        if not _DEFINES.search(clause.strip()):
            continue
        words = _COLOUR.sub(" ", clause)
        status = stated_status(words) or next(
            (status for pattern, status in _KEY_STATUS if pattern.search(words)), None
        )
        if status is not None:
            key[colours.pop()] = status
    return key


def _rag(line: str, key: dict[str, Status]) -> Status | None:
    match = _RAG_WORD.search(line)
    if not match:
        return None
    word = (match.group(1) or match.group(2)).lower()
    return key.get(_RAG_LETTER.get(word, word))


_STILL_GOING = (
    r"continu(?:es|ing|e) to",
    r"remains? (?:a |an )?(?:key|ongoing|developing)",
    r"will remain ongoing",
    r"(?:is|are) still",
    r"is currently (?:being|in)",
    r"are currently being",
    r"in the process of",
    r"awaiting",
    r"work is (?:underway|continuing|ongoing)",
    r"in the final stages",
    r"in development",
    r"almost complete",
    r"(?:is|are) being developed",
    r"further work is required",
)
_NOT_YET = (
    r"not yet (?:been )?(?:approved|started|begun|in place)",
    r"yet to be (?:approved|agreed|started)",
)


def _sentence_with(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The whole sentence around any of the phrases, so status_text reads on its own."""
    return re.compile(r"[^.]*\b(?:" + "|".join(phrases) + r")\b[^.]*\.?", re.I)


_INFERRED: list[tuple[re.Pattern[str], Status]] = [
    (_sentence_with(_NOT_YET), "ongoing"),
    (_sentence_with(_STILL_GOING), "ongoing"),
    (_sentence_with((r"(?:has|have) been (?:completed|implemented|achieved)",)), "complete"),
]


# status marks drawn instead of words: a circle filled to the share done (a Harvey ball), a tick
# or a cross. A lone bullet is the filled circle as text extraction writes it. The paper's own
# key ('● Complete  ◐ In progress  ○ Not started') overrides these (:func:`mark_key`).
FILLED = "●"
Mark = tuple[Status, str | None]  # a mark's status and the words the paper's key gives it
DEFAULT_MARKS: dict[str, Status] = {
    FILLED: "complete",
    "◕": "partial",
    "◑": "partial",
    "◐": "partial",
    "◒": "partial",
    "◓": "partial",
    "◔": "partial",
    "○": "not_started",
    "◯": "not_started",
    "✓": "complete",
    "✔": "complete",
    "☑": "complete",
    "✅": "complete",
    "✗": "ongoing",
    "✘": "ongoing",
    "☒": "ongoing",
    "❌": "ongoing",
}
_AS_FILLED = str.maketrans({"•": FILLED, "⬤": FILLED, "◉": FILLED})
_MARK = "[" + "".join(DEFAULT_MARKS) + "]"
_MARK_ENTRY = re.compile(
    rf"(?P<mark>{_MARK}) *(?:[-–=:]|means|denotes|indicates|is)? *"
    rf"(?P<words>[A-Za-z][A-Za-z' /-]*?) *(?=$|{_MARK}|[;,.(])"
)
KEY_MARK_WORDS = 5  # a key's entry is a short label; a longer one is a bullet point of prose


def mark_key(text: str) -> dict[str, Mark]:
    """The marks a paper draws for status, each with the status and the words its key gives
    ('● Complete ◐ In progress ○ Not started', '✓ = done'): read from a legend, a line of
    running text (no table row: no cell breaks) that shows at least two different marks each
    followed by a short label; the default meanings, with no words, otherwise and for marks
    the key leaves out. A table row's mark is followed by the next cell's words, which are
    never a key."""
    marks = dict(_DEFAULT_MARK_KEY)
    for line in text.translate(_AS_FILLED).split("\n"):
        if "\t" in line:
            continue
        entries = []
        for match in _MARK_ENTRY.finditer(line.strip()):
            words = " ".join(match.group("words").split())
            if 0 < len(words.split()) <= KEY_MARK_WORDS:
                status = stated_status(words) or next(
                    (status for pattern, status in _KEY_STATUS if pattern.search(words)), None
                )
                if status is not None:
                    entries.append((match.group("mark"), status, words))
        if len({mark for mark, _, _ in entries}) >= 2:
            for mark, status, words in entries:
                if marks[mark][1] is None:  # the first legend naming a mark gives its words
                    marks[mark] = (status, words)
    return marks


_DEFAULT_MARK_KEY: dict[str, Mark] = {m: (s, None) for m, s in DEFAULT_MARKS.items()}


def is_status_mark(value: str) -> bool:
    """Whether a cell is one drawn status mark ('◐', '✓', a lone bullet)."""
    return _marked(value, _DEFAULT_MARK_KEY) is not None


def _marked(phrase: str, marks: dict[str, Mark]) -> tuple[Status, str] | None:
    """(status, words) of a cell that is one status mark ('◐'), read with the paper's key."""
    cell = phrase.strip().translate(_AS_FILLED)
    if len(cell) != 1 or cell not in marks:
        return None
    status, words = marks[cell]
    return status, words or cell


@dataclass(frozen=True)
class StatusReading:
    status: Status
    text: str | None
    basis: Literal["stated", "inferred", "none"]


def read_status(
    status_cells: list[str],
    progress_texts: list[str],
    stated_anywhere: list[str] | None = None,
    *,
    action_texts: list[str] | None = None,
    key: dict[str, Status] | None = None,
    yes_no: bool = False,
    marks: dict[str, Mark] | None = None,
) -> StatusReading:
    """Status from 'Recommendation met' phrases, explicit status/date cells (words, then RAG
    colours read with ``key``), then the leading word of progress or remaining-action text,
    then progress wording. ``yes_no``: the status cells answer a question such as
    'Implemented?' (Yes -> complete, No -> ongoing)."""
    key = key or DEFAULT_RAG
    for text in progress_texts + status_cells + (stated_anywhere or []):
        match = _MET.search(text)
        if match:
            degree = match.group("degree").lower()
            verbatim = text[match.start() : match.end()]
            return StatusReading(_DEGREE.get(degree, "partial"), verbatim, "stated")
    for text in status_cells:
        lines = text.split("\n")
        for index, line in enumerate(lines):
            phrase = line
            if index + 1 < len(lines) and stated_status(line) is None and _rag(line, key) is None:
                # a phrase wrapped over two lines ('Not' over 'started'): read it whole
                joined = f"{line.strip()} {lines[index + 1].strip()}"
                if stated_status(joined) is not None:
                    phrase = joined
            status = stated_status(phrase)
            if status is None:
                status = _rag(phrase, key)
            if status is None and (term := read_as(phrase, STATUS_TERMS) or _near_term(phrase)):
                status = stated_status(term)  # a scan's look-alike or dropped letters; as read
            if status is None and (marked := _marked(phrase, marks or _DEFAULT_MARK_KEY)):
                status, phrase = marked  # a drawn mark, quoted by its key's words
            if status is None and yes_no:
                answer = _YES_NO.match(phrase)
                if answer:
                    status = "complete" if answer.group(1).lower().startswith("y") else "ongoing"
            if status is not None:
                return StatusReading(status, phrase.strip(), "stated")
    for text in progress_texts + (action_texts or []):
        lead = _LEADING_STATUS.match(text)
        if not lead and text in progress_texts and (opening := _opening_status(text)):
            return opening
        if lead:
            word = lead.group(1).lower()
            stated: Status = (
                "ongoing" if "going" in word else "not_started" if "not" in word else "complete"
            )
            return StatusReading(stated, lead.group(0).strip(), "stated")
    for text in progress_texts + (action_texts or []):
        for pattern, status in _INFERRED:
            match = pattern.search(text.replace("\n", " "))
            if match:
                return StatusReading(status, match.group(0).strip(), "inferred")
    return StatusReading("unknown", None, "none")


# a progress note that opens with its status, set off from the rest ('In progress: ...',
# 'Partially implemented - ...', 'Not started. ...'): the opening phrase and its separator
_OPENING = re.compile(r"^\W*([A-Za-z][A-Za-z' ]{1,30}?)\s*(?:[–—:;.,(]|\s-\s)")


def _opening_status(text: str) -> StatusReading | None:
    """The status a progress note states in its opening words, where no column holds one:
    the phrase before the first separator, when it is a status term of the vocabulary or a
    scan's look-alike or near spelling of one ('Compiete: ...'); None otherwise."""
    match = _OPENING.match(text)
    if not match:
        return None
    phrase = " ".join(match.group(1).split())
    term = next((t for t in STATUS_TERMS if t.lower() == phrase.lower()), None)
    term = term or read_as(phrase, STATUS_TERMS) or _near_term(phrase)
    status = stated_status(term) if term else None
    if status is None:
        return None
    return StatusReading(status, text[match.start(1) : match.end(1)].strip(), "stated")


# a status cell's own short label: a few words of letters, not a sentence or a date, and not
# opening in lower case (the wrapped end of a comment's line, never a status)
_LABEL = re.compile(r"^[A-Z][A-Za-z'/ -]{1,30}$")


def unread_label(reading: StatusReading, status_cell: str | None) -> StatusReading:
    """A status column's label the vocabulary does not know ('Parked', 'With legal'), kept as
    written with its class unknown, where nothing else gave the row a status; the reading
    unchanged otherwise."""
    cell = " ".join((status_cell or "").split())
    if reading.basis != "none" or not _LABEL.match(cell):
        return reading
    return StatusReading("unknown", cell, "stated")


NEAR_TERM = 0.92  # a scan's dropped or doubled letter ('Partiall implemented') still reads


def _near_term(phrase: str) -> str | None:
    """The status term a scanned cell misspells by a letter or two, when it is long enough
    that such a near spelling cannot be another word."""
    cell = " ".join(phrase.split()).lower()
    if len(cell) < 8 or len(cell.split()) > 4:
        return None
    if all(is_common_word(word) for word in re.findall(r"[a-z]+", cell)):
        return None  # real words ('Not stated') say what they say
    best, ratio = max(
        ((t, SequenceMatcher(None, cell, t.lower()).ratio()) for t in STATUS_TERMS),
        key=lambda scored: scored[1],
    )
    return best if ratio >= NEAR_TERM else None
