"""A later part of a question that asks of the row the part before found, in another paper of
the same body ('…, and what did the following year's report say?', 'what happened to it in the
later paper?', 'and in the 2024 follow-up, what was its position?').

The paper is read from the part against the paper of that row: a relative word on a paper noun
('the later paper', "the next year's report", 'the earlier tracker') or a year on one ('the 2024
follow-up'), or a year step ('a year later'). The same issue is found again in that paper by
the row's own words: its ref with some of its wording, or nearly its wording
(:func:`assistant.answers.support.carried_rows.same_row`), else the row its issue thread links
it to. The part is then asked of that row, searched in that paper; when the paper holds no such
row, nothing is changed (the part's own answer says what that paper holds).

Used by :func:`assistant.bridging.bridge`; nothing here knows a paper or a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.analysis.carried import earlier_paper, later_paper, paper_when
from assistant.analysis.patterns import GENERIC
from assistant.analysis.series_order import series_body
from assistant.answers.support.carried_rows import bare_ref, rows_like, same_row_scored
from assistant.antecedents import Previous
from assistant.paper_names import paper_name
from assistant.referring import SINGULAR, refer
from assistant.register import Register
from assistant.text import record_text, stems
from assistant.threads import MIN_LINK, key_stems, overlap
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.bm25 import query_terms

_PAPER_NOUN = (
    r"(?:report|plan|paper|tracker|update|follow-?up|log|register|statement|review|list|"
    r"edition|version|summary|return|document|meeting)s?"  # a paper's date is its meeting's
)
# a paper named by a noun phrase: 'the later paper', "the following year's report", 'the 2024
# follow-up', 'the earlier tracker' (up to four words before the paper noun)
_PAPER = re.compile(
    rf"\b(?:the|that|this|its)\s+(?P<paper>(?:[\w'’/-]+\s+){{0,4}}?{_PAPER_NOUN})\b", re.I
)
# 'the later one', 'the earlier one', 'the 2024 one': a paper, when the part asks of the one
# row found
_ONE = re.compile(
    r"\b(?:the|that)\s+(?P<paper>(?:later|latest|next|following|newer|earlier|earliest|previous|"
    r"prior|older|first|original|(?:19|20)\d\d(?:[/-]\d\d)?)\s+one)\b",
    re.I,
)
# ('the follow-up' of a paper is the one after it)
_ONWARD = re.compile(
    r"\b(?:later|latest|next|following|subsequent|newer|newest|more\s+recent|second|"
    r"follow-?up)\b",
    re.I,
)
_BACK = re.compile(
    r"\b(?:earlier|earliest|previous|prior|preceding|older|oldest|original|first)\b", re.I
)
# a step of a year without a paper noun: 'a year later', 'the year after', 'the year before'
_YEAR_STEP = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?P<on>later|on)|the\s+(?:next|following)\s+year\b(?![\w'’])|"
    r"the\s+year\s+after|(?:a|one)\s+year\s+(?P<back>earlier|before)|"
    r"the\s+(?:previous|prior|preceding)\s+year\b(?![\w'’])|the\s+year\s+before)\b",
    re.I,
)
_STEP_BACK = re.compile(r"\b(?:before|previous|prior|preceding|earlier)\b", re.I)
_SUPERLATIVE = re.compile(r"\b(?:latest|newest|most\s+recent|earliest|oldest|first)\b", re.I)
# a paper named by its noun and number: 'report 4', 'update 2' (its title closes with it)
_NUMBERED = re.compile(rf"\b(?P<paper>{_PAPER_NOUN}\s+\d{{1,2}})\b(?![/.:-]?\d)", re.I)
# a paper placed after its noun: 'the report before that', 'the paper after this one', 'the
# one after'
_PAPER_STEP = re.compile(
    rf"\b(?:the|a)\s+(?:[\w'’/-]+\s+){{0,3}}?(?:{_PAPER_NOUN}|one)\s+(?P<dir>before|after)"
    r"(?:\s+(?:that|this|it)(?:\s+one)?)?(?=\s*(?:[?.!,;:–—]|\s-\s|$|\s+(?!(?:the|a|its)\b)\w))",
    re.I,
)
_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)(?:[/-](?P<end>\d\d))?\b")


def _years(phrase: str) -> set[int]:
    """The years a paper phrase names ('2023/24' names 2023 and 2024)."""
    years: set[int] = set()
    for found in _YEAR.finditer(phrase):
        year = int(found.group("y"))
        years.add(year)
        if found.group("end"):
            years.add(year // 100 * 100 + int(found.group("end")))
    return years


def without_paper(part: str) -> str:
    """``part`` with the papers it names left out: what is left names its subject, if any
    ('what did the later one record?' names none)."""
    for pattern in (_PAPER_STEP, _PAPER, _ONE, _YEAR_STEP, _NUMBERED):
        part = pattern.sub(" ", part)
    return part


def _body(paper: DocumentInfo) -> str:
    return series_body(paper)


def paper_named(
    part: str, own: DocumentInfo, papers: Sequence[DocumentInfo], *, absolute: bool = False
) -> DocumentInfo | None:
    """The paper of ``own``'s body that ``part`` names other than ``own``: for a relative
    phrase the one after (or before) ``own`` (with ``absolute``, when nothing came before the
    part, the body's latest or earliest paper), the one of the year a paper phrase names; None
    when the part names no other paper of that body."""
    body = _body(own)
    if not body:
        return None
    mine = [p for p in papers if _body(p) == body]
    phrases = [m.group("paper") for m in (*_PAPER.finditer(part), *_ONE.finditer(part))]
    for phrase in phrases:
        years = _years(phrase)
        if years:
            named = [p for p in mine if p.year in years]
            return named[0] if len(named) == 1 and named[0].id != own.id else None
        onward, back = bool(_ONWARD.search(phrase)), bool(_BACK.search(phrase))
        if onward != back:  # 'the latest report' is the body's last, wherever the turn was
            return _step(own, mine, onward, absolute or bool(_SUPERLATIVE.search(phrase)))
    placed = None if absolute else _PAPER_STEP.search(part)
    if placed is not None:  # 'the report before that'
        return _step(own, mine, placed.group("dir").lower() == "after", False)
    step = None if absolute else _YEAR_STEP.search(part)
    if step is not None:
        back = bool(step.group("back") or _STEP_BACK.search(step.group(0)))
        return _step(own, mine, not back, False)
    return None


def _step(
    own: DocumentInfo, mine: Sequence[DocumentInfo], onward: bool, absolute: bool
) -> DocumentInfo | None:
    """The body's paper after (before) ``own``; with ``absolute`` its latest (earliest)."""
    if absolute:
        dated = sorted((p for p in mine if paper_when(p)), key=paper_when)
        if len(dated) < 2:
            return None
        found = dated[-1] if onward else dated[0]
        return None if found.id == own.id else found
    step = later_paper if onward else earlier_paper
    return step(own, mine, None)  # type: ignore[return-value]


def same_issue(
    seed: ActionRecord, rows: Sequence[ActionRecord], register: Register
) -> ActionRecord | None:
    """The row of ``rows`` (one paper's) that is ``seed``'s issue again: a re-report of it (its
    ref with its wording, or nearly its wording), else the row its thread links to it; the
    closest in wording first. None when no row is."""
    thread = register.threads().thread_of(seed.id)
    linked = thread.record_ids if thread else frozenset()
    seed_stems, seed_ref = key_stems(seed), bare_ref(seed)
    best: tuple[float, ActionRecord] | None = None
    for row in rows:
        # one similarity a row (same_row is symmetric: one order tests both)
        near = overlap(key_stems(row), seed_stems)
        if same_row_scored(row, seed_ref, near):
            score = 2.0 + near
        elif row.id in linked and near >= MIN_LINK:
            score = 1.0 + near
        else:
            continue
        if best is None or score > best[0]:
            best = (score, row)
    return best[1] if best else None


def _name(row: ActionRecord, paper: DocumentInfo, register: Register) -> str:
    """How the part names the row found again: its ref in its paper (by a name no other paper
    has, :func:`paper_name`), else its title's words."""
    if row.ref:  # a bare number is read as a ref only as 'item 3'
        ref = f"item {row.ref}" if re.fullmatch(r"[\d.]+", row.ref) else row.ref
        return f"{ref} in the {paper_name(register, paper.id, paper.title)}"
    words = row.title.split()
    quoted = "“" + " ".join(words[:10]) + ("…" if len(words) > 10 else "") + "”"
    return f"{quoted} in the {paper_name(register, paper.id, paper.title)}"


def in_other_paper(
    part: str,
    asked: str,
    previous: Previous | None,
    papers: Sequence[DocumentInfo],
    register: Register | None,
    *,
    absolute: bool = False,
) -> tuple[str, list[str]] | None:
    """``asked`` (``part`` made to stand alone) asked of the row the part before found, again
    in the other paper of its body that ``part`` names, with that paper's id to search it in;
    None when the part names no other paper, the part before found no one row, or that paper
    holds no row of the same issue. With ``absolute`` (the first part, which nothing came
    before), a relative phrase names the body's latest or earliest paper, and ``previous`` is
    what that part itself found."""
    if register is None or previous is None or not previous.records:
        return None
    if len(previous.records) > 1 and not previous.quoted:
        return None
    seed = previous.records[0]
    own = next((p for p in papers if p.id == seed.document.id), None)
    if own is None:
        return None
    target = paper_named(part, own, papers, absolute=absolute)
    if target is None:
        return None
    row = same_issue(seed, register.of_document(target.id), register)
    if row is None:
        return None
    name = _name(row, target, register)
    for old in previous.names:
        if old and old in asked:
            return asked.replace(old, name), [target.id]
    return f"{asked.rstrip('?. ')} ({name})?", [target.id]


def _held_words(part_stems: set[str], register: Register) -> Callable[[ActionRecord], int]:
    """How many of ``part_stems`` a row's text (:func:`record_text`) has: read from the
    register's stem ids of its words when the row is the register's (stemmed once a
    generation: a body of many papers has thousands of rows of one issue), else stemmed."""
    loaded = register.loaded()
    ids = {loaded.stem_id[s] for s in part_stems if s in loaded.stem_id}

    def held(row: ActionRecord) -> int:
        at = loaded.position.get(row.id)
        if at is None or loaded.records[at] is not row:
            return len(part_stems & stems(record_text(row)))
        words = loaded.words[loaded.word_starts[at] : loaded.word_starts[at + 1]]
        return len(ids.intersection(words.tolist())) if ids else 0

    return held


def in_paper_telling(
    part: str,
    asked: str,
    previous: Previous | None,
    papers: Sequence[DocumentInfo],
    register: Register | None,
) -> tuple[str, list[str]] | None:
    """``asked`` of the same issue's row in another paper of the body of the one row the part
    before found, when that row holds more of ``part``'s own words than the row found: what
    the part asks is told where the issue was reported again ('since when have its packs been
    in use?' of a row whose later report says 'packs used … since October'). None when the
    part before found no one row, or no other paper's row of its issue tells more."""
    if register is None or previous is None or len(previous.records) != 1:
        return None
    seed = previous.records[0]
    own = next((p for p in papers if p.id == seed.document.id), None)
    if own is None or not _body(own):
        return None
    part_stems = stems(" ".join(t for t in query_terms(part) if t not in GENERIC))
    if not part_stems:
        return None
    best: tuple[int, ActionRecord, DocumentInfo] | None = None
    with register.pinned():  # one register for every paper of the body (thousands at scale)
        held_words = _held_words(part_stems, register)
        like = rows_like(seed, register)  # each paper's rows that may be the issue again
        for paper in papers:
            if paper.id == own.id or paper.id not in like or _body(paper) != _body(own):
                continue
            row = same_issue(seed, like[paper.id], register)
            if row is None:
                continue
            held = held_words(row)
            if best is None or held > best[0]:
                best = (held, row, paper)
        if best is None or best[0] <= held_words(seed):
            return None
    name = _name(best[1], best[2], register)
    for old in previous.names:
        if old and old in asked:
            return asked.replace(old, name), [best[2].id]
    return f"{asked.rstrip('?. ')} ({name})?", [best[2].id]


# nothing asked besides the paper: 'and in the closure report?', 'what about the 2024 one?'
_ASKS = re.compile(
    r"\b(?:what(?!\s+about\b)|who|whom|whose|when|which|why|where|how(?!\s+about\b)|is|are|was|"
    r"were|has|have|had|does|do|did|will|can|could|should|would)\b",
    re.I,
)


# 'the 2024 one': a paper by its year alone, after a turn about one row
_YEAR_ONE = re.compile(r"\b(?:the|that)\s+(?P<paper>(?:19|20)\d\d(?:[/-]\d\d)?\s+one)\b", re.I)


def _paper_years(question: str) -> set[int]:
    """The years the paper phrases of ``question`` name ('the 2024 follow-up', 'the 2024 one')."""
    found = [*_PAPER.finditer(question), *_YEAR_ONE.finditer(question)]
    return set().union(set(), *(_years(m.group("paper")) for m in found))


def _title_years(paper: DocumentInfo) -> set[int]:
    """The first year of each period a paper's title gives ('Plan - 2024/25 Follow-up': 2024),
    else the paper's own year: what 'the 2024 paper' may call it."""
    years = {int(m.group("y")) for m in _YEAR.finditer(paper.title or "")}
    return years or ({paper.year} if paper.year else set())


def _paper_turned_to(
    question: str, own: DocumentInfo, named: set[str], papers: Sequence[DocumentInfo]
) -> DocumentInfo | None:
    """The one other paper of ``own``'s body the turn names: by the analyser's reading
    (``named``), by a year on a paper noun read against each paper's title (its periods) or
    own year, or by a relative phrase ('the later report', 'a year later'). None when it
    names ``own`` itself. One paper the analyser reads may be another body's: the issue is
    then found there by the row's own words (:func:`same_issue`), not by its ref alone."""
    if own.id in named:
        return None
    if len(named) == 1:
        return next((p for p in papers if p.id in named), None)
    mine = [p for p in papers if _body(p) and _body(p) == _body(own) and p.id != own.id]
    if named:
        return None  # several papers named
    years = _paper_years(question)
    if years:
        dated = [p for p in mine if years & _title_years(p)]
        return dated[0] if len(dated) == 1 and not years & _title_years(own) else None
    return paper_named(question, own, papers)


def _shown_in(
    question: str, shown: Sequence[ActionRecord], named: set[str], papers: Sequence[DocumentInfo]
) -> ActionRecord | None:
    """Of the rows shown, from papers of one body, the one of the paper the turn names (by the
    analyser's reading, or a year on a paper noun read against each paper's title)."""
    mine = [p for p in papers if p.id in {r.document.id for r in shown}]
    if len(mine) < 2 or len({_body(p) for p in mine}) != 1 or not _body(mine[0]):
        return None
    picked = [p for p in mine if p.id in named]
    if not picked and not named:
        picked = [p for p in mine if _paper_years(question) & _title_years(p)]
    rows = [r for r in shown if len(picked) == 1 and r.document.id == picked[0].id]
    return rows[0] if len(rows) == 1 else None


def reported_again(
    question: str,
    previous: Previous | None,
    named_in: Callable[[str], set[str]],
    papers: Sequence[DocumentInfo],
    register: Register,
) -> tuple[str, Previous] | None:
    """A turn about the one row in focus asked of another paper of its body ('and in the
    closure report?', 'what had happened to it by the 2024 follow-up?'): the same issue's row
    there (:func:`same_issue`, by its ref and wording or its thread), or of the rows shown from
    several papers of one body the one in the paper named; with a turn about that row for the
    rest of the question to be resolved against (``named_in`` reads the papers a text names).
    A turn asking nothing besides the paper asks the last question again of that row. None
    when the turn names no other paper of the body, or that paper holds no such row."""
    if previous is None or not previous.records:
        return None
    pointers = (_PAPER, _YEAR_ONE, _ONE, _YEAR_STEP, _PAPER_STEP, _NUMBERED)
    if not any(p.search(question) for p in pointers):
        # no paper phrase (a body word names none): only 'was it finally done?' moves
        return finally_in_latest(question, previous, named_in, papers, register)
    named = named_in(question)
    if len(previous.records) > 1 and not previous.quoted:
        row = _shown_in(question, previous.records, named, papers)  # one of several shown
        target = next((p for p in papers if row and p.id == row.document.id), None)
    else:
        seed = previous.records[0]
        own = next((p for p in papers if p.id == seed.document.id), None)
        target = None if own is None else _paper_turned_to(question, own, named, papers)
        row = (
            None if target is None else same_issue(seed, register.of_document(target.id), register)
        )
    if row is None or target is None:
        return None
    name = _name(row, target, register)
    turn = Previous(name, [row], [name])
    rest = without_paper(question)
    if _ASKS.search(rest):  # 'what had happened to it by …': the row's; no pointer, not it
        if SINGULAR.search(rest) is None:
            return None
        asked = _paper_put(_after_fronted_paper(question), target, register)
        return SINGULAR.sub(lambda m: refer(m, name), asked, count=1), turn
    last = previous.standalone.rstrip(" ?.")
    for old in sorted(previous.names, key=len, reverse=True):
        if old and old in last:
            return _moved(last.replace(old, "\x00", 1), question, turn, name)
    return _moved(last, question, turn, name) and (f"What is {name} about?", turn)


def _moved(left: str, question: str, turn: Previous, name: str) -> tuple[str, Previous] | None:
    """The last question (``left``: without the row's old name, a NUL where it stood) asked
    of the row named ``name``: a paper it still names by a year is the one the turn names
    ('in the 2023 report' after 'and in the 2024 one?'); None when it names a paper the turn
    does not replace."""
    years = {m.group(0) for m in _YEAR.finditer(left)}
    said = {m.group(0) for m in _YEAR.finditer(question)}
    if len(years) == 1 and len(said) == 1:
        left = left.replace(years.pop(), said.pop())
    elif years or _PAPER.search(left):
        return None
    return left.replace("\x00", name, 1) + "?", turn


# a paper put first, then the question asked there: 'and in report 6, who has it?', 'ok,
# report 4 now - what's its status?', 'going back to the previous report: when was it due?'
_FRONTED = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|now|then|right|but)\b[\s,]*)*"
    r"(?:(?:what|how)\s+about\s+|(?:going\s+|turning\s+|switching\s+|moving\s+)?"
    r"(?:back\s+)?(?:to|in|at|for|from|over\s+to)\s+)?"
    r"(?P<paper>[^,;:–—?]+?)(?:\s+now)?\s*(?:[,;:–—]|\s-\s)\s*(?P<rest>\S.*)$",
    re.I,
)
_MAX_PAPER_WORDS = 8  # a fronted part longer than this is a clause, not a paper


def _after_fronted_paper(question: str) -> str:
    """``question`` without a fronted part that only names a paper (the row's name, put in
    for the pronoun, names that paper); else as it is."""
    found = _FRONTED.match(question)
    if found is None or len(found.group("paper").split()) > _MAX_PAPER_WORDS:
        return question
    paper = found.group("paper")
    pointers = (_PAPER, _YEAR_ONE, _ONE, _YEAR_STEP, _PAPER_STEP, _NUMBERED)
    if not any(p.search(paper) for p in pointers) or without_paper(paper).split():
        return question  # more than a paper before the question: kept
    rest = found.group("rest")
    return rest[:1].upper() + rest[1:]


def _paper_put(asked: str, paper: DocumentInfo, register: Register) -> str:
    """``asked`` with the paper it names by its place ('the following report', 'the report
    before that', 'the later one') put as that paper's name: a row named by its words alone is
    then read in that paper, not in the one the conversation was in."""
    for pattern in (_PAPER_STEP, _PAPER, _ONE):
        for found in pattern.finditer(asked):
            phrase = found.group("paper") if "paper" in pattern.groupindex else found.group(0)
            if pattern is _PAPER_STEP or _ONWARD.search(phrase) or _BACK.search(phrase):
                name = f"the {paper_name(register, paper.id, paper.title)}"
                return asked[: found.start()] + name + asked[found.end() :]
    return asked


# 'was it finally done?', 'did it ever get completed?', 'was it closed in the end?': the row's
# state as its body last reported it, not as the paper the turn before quoted gave it
_EVENTUAL = re.compile(r"\b(?:finally|eventually|ultimately|ever|in\s+the\s+end|at\s+last)\b", re.I)
_DONE = re.compile(
    r"\b(?:done|complete[ds]?|completion|finish(?:ed)?|implement(?:ed)?|closed?|met|resolved|"
    r"cleared|delivered|signed\s+off|sorted|happen(?:ed)?)\b",
    re.I,
)


def finally_in_latest(
    question: str,
    previous: Previous,
    named_in: Callable[[str], set[str]],
    papers: Sequence[DocumentInfo],
    register: Register,
) -> tuple[str, Previous] | None:
    """A turn asking whether the one row in focus was in the end done ('was it finally
    done?'), naming no paper, asked of the same issue's row (:func:`same_issue`) in the
    latest paper of its body, when that is a later paper than the row's; else None."""
    if not (_EVENTUAL.search(question) and _DONE.search(question)) or named_in(question):
        return None
    if len(previous.records) > 1 and not previous.quoted:
        return None
    seed = previous.records[0]
    own = next((p for p in papers if p.id == seed.document.id), None)
    body = _body(own) if own is not None else ""
    if own is None or not body:
        return None
    latest = _step(own, [p for p in papers if _body(p) == body], True, True)
    row = None if latest is None else same_issue(seed, register.of_document(latest.id), register)
    if row is None or latest is None or SINGULAR.search(question) is None:
        return None
    name = _name(row, latest, register)
    asked = SINGULAR.sub(lambda m: refer(m, name), question, count=1)
    return asked, Previous(name, [row], [name])
