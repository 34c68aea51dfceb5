"""A follow-up that names only an attribute, asked of the one row the turn before was about
('any news on progress?', 'when was it supposed to be wrapped up?', 'who had that?').

The conversation carries the last answer's rows. A turn whose own words name no subject of
their own asks its attribute (read from the new turn: a column, a state, who or when) of the
one row the last answer rested on. The words are read by their role against the data, not by a
list of phrasings: a word the analyser keeps as a search term names a subject only when the
register holds it in some row's title or issue text other than the carried row's, and the turn
asked as written finds such a row; a word no row is about ('meant', 'news'), a column's name,
or a word of the carried row itself only frames the question. A turn naming a ref, a paper,
an owner, or a theme the row lacks is a fresh question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type, counted_noun
from assistant.analysis.cell_kinds import percent_cells, percent_words
from assistant.analysis.reason_asks import REASON_FRAME, asks_reason
from assistant.answers.support.carried_rows import same_row
from assistant.antecedents import Previous, cited_records, join_names, record_names
from assistant.column_words import column_words
from assistant.followup_forms import FIELD_NOUNS, PRONOUN_ONLY, refs_in
from assistant.own_noun import states_new_subject
from assistant.referring import SINGULAR, refer
from assistant.register import Register
from assistant.row_field_nouns import cell_words
from assistant.shown_order import shown_order
from assistant.text import HAS_PRONOUN, stem, stems
from assistant.turn_answers import TurnAnswers
from ingest.errors import GovragError
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

MAX_WORDS = 10  # a longer turn carries a subject of its own
MAX_ROWS = 4  # a turn with no pronoun asks its attribute of every row of a list this short
# ... unless most of its words only build the sentence: 'and by when is the process supposed
# to be in place' has eleven words but three that could name a thing (the evidence decides)
MAX_CONTENT = 4
# who or when asked: the owner or a date of the row
_WHO_WHEN = re.compile(
    r"^(?:(?:and|so|but|then|ok|okay)[\s,]+)?(?:by\s+|until\s+)?(?:who|whom|whose|when)\b", re.I
)
# 'they', 'them', 'these': several things pointed at, not the one row
_PLURAL = re.compile(r"\b(?:they|them|their|these|those|both)\b", re.I)
# a turn's opening joiner ('and which …', 'so how many …')
_LEAD = r"^(?:(?:and|so|but|then)[\s,]+)?"
# 'which …', 'list …': a list, not an attribute of one row ('how many …' may count rows or
# ask a figure of the row: see :func:`_counts_in_row`)
_ROWS = re.compile(rf"{_LEAD}(?:which|list)\b", re.I)
# 'how many <noun> …': the noun counted
_COUNTED = re.compile(
    rf"{_LEAD}how\s+many\s+"
    r"(?!(?:is|are|was|were|be|been|have|has|had|do|does|did|will|would|can|could|of|in|on|at)\b)"
    r"([a-z][\w'-]*)",
    re.I,
)
# 'how many of the <noun phrase> …': a partitive, whose head is the noun counted
_PARTITIVE = re.compile(rf"{_LEAD}how\s+many\s+of\b", re.I)
_DIGIT = re.compile(r"\d")
# the particles of phrasal verbs ('clawed back', 'held up', 'signed off'): part of the verb
# that frames the turn, never its subject (a closed class of English, not of these papers)
_PARTICLES = frozenset("back up out off down away over through".split())


def _content_words(question: str) -> list[str]:
    """The words of ``question`` that are not function words of English."""
    return [w for w in re.findall(r"[A-Za-z][\w'-]*", question) if w.lower() not in STOPWORDS]


def _points_by_content(question: str) -> bool:
    """A long turn with few content words and no pronoun: it can point back only by those
    words (a pronoun's turn is the pronoun rules', read as written when they decline)."""
    return len(_content_words(question)) <= MAX_CONTENT and not HAS_PRONOUN.search(question)


def may_carry(question: str) -> bool:
    """Whether ``question`` has the form of a turn asking one attribute: short, naming no ref,
    not asking for a list or a count, not pointing at several things."""
    q = question.strip()
    return (
        len(q.split()) > 0
        and (len(q.split()) <= MAX_WORDS or _points_by_content(q))
        and not refs_in(q)
        and _ROWS.match(q) is None
        and _PLURAL.search(q) is None
    )


def _account(row: ActionRecord) -> str:
    """The row's own account: its finding and progress note."""
    return " ".join(p for p in (row.finding, row.progress) if p)


def _gives_figure(question: str, row: ActionRecord) -> bool:
    """Whether the row's account holds a figure of the kind the turn asks: an amount for
    'how much did it cost?', a percentage, else any number."""
    kind = answer_type(question)
    if kind == "percentage" and percent_cells(row):  # a column of its own ('% complete': 60)
        return True
    shape = ANSWER_SHAPES.get(kind, _DIGIT) if kind else _DIGIT
    return bool(shape.search(_account(row)))


def _counts_in_row(question: str, row: ActionRecord) -> bool:
    """Whether a 'how many <noun>' turn asks a figure the row's account gives of that noun
    ('how many directorates comply?' of a row whose note says '2 of 6 directorates
    compliant'); a count of anything else ('how many actions …', 'how many of the urgent
    items …') counts rows instead."""
    turn = question.strip()
    counted = _COUNTED.match(turn)
    noun = counted.group(1) if counted else counted_noun(turn) if _PARTITIVE.match(turn) else None
    if not noun:
        return True
    account = _account(row)
    return bool(_DIGIT.search(account)) and stem(noun) in stems(account)


def _row_text(record: ActionRecord) -> str:
    cells = " ".join(v for v in record.columns.values() if v)
    parts = (record.title, record.finding, record.action, record.progress, record.owner, cells)
    return " ".join(p for p in parts if p)


def _asks_attribute(question: str, analysis: QueryAnalysis) -> bool:
    """Whether the turn asks an attribute of a row: a column, a state, who or when, a reason
    (its progress note or finding says why) or a figure (its account gives one)."""
    return bool(
        analysis.fields
        or analysis.statuses
        or analysis.claims
        or _WHO_WHEN.match(question)
        or analysis.intent == "explain"  # 'why the delay?': a reason, the row's own account
        or asks_reason(question)  # 'what's the cause of the slip?': the same, by its noun
        or _LATEST.search(question) is not None  # 'what's the latest?': its progress note
        or analysis.quantity  # 'how much has been recovered?': a figure its account gives
        or answer_type(question) in _FIGURES  # 'what share of staff are trained?'
        or column_words_only(analysis)  # 'what's the latest position?': words of columns
        or bool(cell_words(question))  # 'what do the remarks say?': a cell of the row named
    )


# the words a row's columns are asked by, beyond the field nouns: its dates, its holder, its
# standing ('the target date', 'the RAG', 'the current position', 'what stage')
COLUMN_FRAME = frozenset(
    stem(w)
    for w in "target date dates deadline due rag rating owner lead status position stage "
    "standing progress update latest current now".split()
)


def column_words_only(analysis: QueryAnalysis) -> bool:
    """Whether every search word of the turn is a word columns are asked by."""
    terms = {stem(t) for t in analysis.terms}
    return bool(terms) and terms <= COLUMN_FRAME


# a superlative standing for its noun ('what's the latest?', 'and the most recent?'): the
# latest word on the row, its progress note (English ellipsis, whatever the papers)
_LATEST = re.compile(
    r"\bthe\s+(?:very\s+)?(?:latest|newest|most\s+recent)"
    r"(?:\s+(?:on|with|about|for)\s+(?:it|that|this|this\s+one|that\s+one))?\s*[?.!]*\s*$",
    re.I,
)


# the kinds of figure a row's account may give ('what share …', 'what percentage …')
_FIGURES = frozenset({"amount", "percentage", "proportion", "headcount"})


def _holds(question: str, analysis: QueryAnalysis, row: ActionRecord) -> bool:
    """Whether ``row`` holds what the turn asks: an owner for who or an owner field, a dated
    deadline for when or a due field, a priority, a progress note. A row that lacks it does
    not answer the turn: asked as written, the record's evidence decides (it may abstain)."""
    asked = set(analysis.fields)
    wh = _WHO_WHEN.match(question)
    if wh:
        asked.add("owner" if "who" in wh.group(0).lower() else "due")
    if _LATEST.search(question):
        asked.add("progress")
    held = {
        "owner": bool(row.owner),
        "due": bool(row.due_date or row.revised_from_date),
        "priority": bool(row.priority),
        "progress": bool(row.progress),
    }
    reason = analysis.intent == "explain" or asks_reason(question)
    if reason and not (row.progress or row.finding):
        return False  # a reason asked of a row that gives none: the record's evidence decides
    figure = analysis.quantity or answer_type(question) in _FIGURES
    if figure and not asked and not _gives_figure(question, row):
        return False  # a figure asked of a row whose account gives none of its kind
    return all(held.get(field, True) for field in asked)


def _own_subject(
    question: str,
    analysis: QueryAnalysis,
    rows: list[ActionRecord],
    register: Register,
    found: Callable[[], list[ActionRecord]] | None,
) -> bool:
    """Whether the turn names a subject of its own: a paper, an owner, a search term other
    rows are about (in their title or issue) and the row is not (a theme the row lacks then
    settles it; read only from the row's own words, it does not), when
    the turn asked as written rests on such a row ('note' is about a row on consignment notes,
    yet 'what did the latest note say?' finds no row by it: the word only frames the turn)."""
    if analysis.documents or analysis.refs or analysis.owner:
        return True
    shared = set(rows[0].themes)
    for row in rows[1:]:
        shared &= set(row.themes)
    words = {stem(w) for w in FIELD_NOUNS | column_words(rows) | framing(question)}
    words |= stems(" ".join(_row_text(r) for r in rows))
    loaded = register.loaded()
    about: set[str] = set()  # the other rows a word of the turn is about
    for term in analysis.terms:
        if term.lower() in _PARTICLES:
            continue
        word = stem(term)
        if len(word) >= 3 and word not in words:
            for part in ("title", "issue"):
                about |= {r.id for r in loaded.at(register.mentioning([word], part))}
    about -= {r.id for r in rows}
    if not about:
        # a theme the row lacks, read from words the row itself uses ('how many staff have
        # one?' of a row on devices for staff): no subject of the turn's own
        return False
    if set(analysis.themes) - shared:
        return True
    if found is None:  # nothing found as written: the words themselves decide
        return True
    try:
        rows = found()
    except GovragError:  # refused as written: it found no subject of its own
        return False
    return any(r.id in about for r in rows)


def asks_of_row(question: str, analysis: QueryAnalysis) -> bool:
    """Whether the turn asks something a row holds: an attribute (see :func:`_asks_attribute`),
    or, pointing back with a pronoun, anything that is not a value of a kind no row column
    gives (a person's name, a score): 'what's actually been done on it so far?' asks the
    row's own account."""
    if _asks_attribute(question, analysis):
        return True
    kind = answer_type(question)
    return kind is None and PRONOUN_ONLY.search(question) is not None


def row_holds(question: str, analysis: QueryAnalysis, row: ActionRecord) -> bool:
    """Whether ``row`` holds what the turn asks (see :func:`_holds`)."""
    return _holds(question, analysis, row) and _counts_in_row(question, row)


def names_own_subject(
    question: str, analysis: QueryAnalysis, row: ActionRecord, register: Register
) -> bool:
    """Whether a turn that found nothing as written still names a subject of its own: a
    paper, an owner, a theme the row lacks, or a word other rows are about (in their title or
    issue) and ``row`` is not."""
    return _own_subject(question, analysis, [row], register, None)


def framing(question: str) -> set[str]:
    """The words that frame what a turn asks, not a subject of its own: a reason's nouns
    ('the explanation for the delay'), the words naming a cell of the row ('the
    response', 'the update box') and the name of a percentage asked ('% done')."""
    return {
        *(REASON_FRAME if asks_reason(question) else ()),
        *cell_words(question),
        *percent_words(question),  # 'what % done?': 'done' names the percentage asked
    }


def _shown_rows(previous: Previous) -> tuple[list[ActionRecord], list[str]]:
    """The distinct rows of the last answer with their names, in the order shown."""
    rows: dict[str, tuple[ActionRecord, str]] = {}
    for record, name in zip(previous.records, previous.names, strict=False):
        rows.setdefault(record.id, (record, name))
    return [r for r, _ in rows.values()], [n for _, n in rows.values()]


def _in_papers(
    rows: list[ActionRecord], documents: list[str], register: Register
) -> list[ActionRecord] | None:
    """Each of ``rows`` as the papers ``documents`` report it: the row itself when it is of
    one of them, else the one row there that re-reports it (its ref with its wording, or
    nearly its wording: :func:`same_row`); None when a row has no one such row there."""
    found: list[ActionRecord] = []
    for row in rows:
        if row.document.id in documents:
            found.append(row)
            continue
        there = [r for d in documents for r in register.of_document(d) if same_row(r, row)]
        if len(there) != 1:
            return None
        found.append(there[0])
    return list({r.id: r for r in found}.values())  # two years' rows: the one of that paper


def _quoted_holding(
    question: str, rows: list[ActionRecord], names: list[str]
) -> tuple[list[ActionRecord], list[str]]:
    """Of the rows a passage answer quoted, the one whose own text holds more of the turn's
    words than any other ('when is the full solution meant to go live?' after a quote whose
    row says 'the Full Solution to go live in Q2 2009'); all of them when none does."""
    asked = stems(" ".join(_content_words(question)))
    held = [len(asked & stems(_row_text(r))) for r in rows]
    best = max(held)
    if best == 0 or held.count(best) > 1:
        return rows, names
    at = held.index(best)
    return [rows[at]], [names[at]]


def carried_row(
    question: str,
    previous: Previous | None,
    answers: TurnAnswers,
    register: Register,
    filters: dict[str, object] | None = None,
) -> str | None:
    """``question`` asked of the one row ``previous`` rested on, when its own words name only
    an attribute ('when was it meant to be finished?' -> 'when was AL-09 meant to be
    finished?'); of the few rows it listed when it points at none of them by a pronoun ('what
    reasons are given?' after two rows listed: of both); None when it names a subject of its
    own, asks no attribute, or the last answer rested on no row."""
    if previous is None or not previous.names or not may_carry(question):
        return None
    rows, names = _shown_rows(previous)
    if len(rows) > 1 and previous.quoted:
        rows, names = _quoted_holding(question, rows, names)
    q = question.strip()
    several = len(rows) > 1
    if not rows or len(rows) > MAX_ROWS or len(names) < len(rows):
        return None
    if several and (SINGULAR.search(q) or PRONOUN_ONLY.search(q)):
        return None  # 'it' of several rows: which one is not clear
    if several and states_new_subject(q, [], framing(q)):
        return None  # 'why was the test postponed?': a thing of one of them, not all
    try:
        analysis = answers.analyse(question)
    except GovragError:
        return None
    if not _asks_attribute(question, analysis):
        return None
    if analysis.documents and not (analysis.refs or analysis.owner):
        # 'and what's the position in the follow-up report?': the same row, in the paper named
        moved = _in_papers(rows, analysis.documents, register)
        if moved is None:
            return None
        rows, names = moved, record_names(register, moved)
        analysis = analysis.model_copy(update={"documents": []})
    if not all(_holds(question, analysis, r) and _counts_in_row(question, r) for r in rows):
        return None

    def found() -> list[ActionRecord]:  # the rows the turn rests on or quotes, asked as written
        answer = answers.ask(question, filters)
        return shown_order(answer) or cited_records(register, answer.citations)

    if _own_subject(question, analysis, rows, register, found):
        return None
    if not PRONOUN_ONLY.search(question) and states_new_subject(question, rows, framing(question)):
        return None  # 'when is the canteen refurbishment due?': a thing of its own, not the row
    name = join_names(rows, names)
    if SINGULAR.search(q):
        return SINGULAR.sub(lambda m: refer(m, name), q, count=1)
    if PRONOUN_ONLY.search(q):
        return None  # 'he', 'she': a person, not the row
    return f"{q.rstrip(' ?.!')} for {name}?"
