"""A figure of one row's progress note compared across a body's two papers ('did compliance
go up between the two reports?', 'was training completion higher in 2024 than in 2023?'):
the row the question describes, the same row in the body's other papers (its ref, or nearly
its wording), and the figure each paper's note gives of the same kind (a percentage, or a
count). The direction first ('Up: from 84% (2023) to 97% (2024)'), then each note quoted and
cited. None when the question does not compare two papers, no row is described, the row is in
one paper only, or its notes do not each give a figure of one kind."""

from __future__ import annotations

import re

from assistant.analysis import REGISTER_KINDS, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.carried_rows import same_row
from assistant.answers.support.figures import FULL_MONTHS
from assistant.answers.support.gather import gather
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import cite, safe_text
from assistant.answers.support.topics import record_hits
from assistant.citations import CitationBuilder
from assistant.evidence import coverage
from assistant.text import every_cell_text, stems
from ingest.model import ActionRecord

# a change asked of a figure: 'go up', 'higher', 'fall', 'improve', 'change'
_CHANGE = re.compile(
    r"\b(?:go(?:ne)?\s+(?:up|down)|went\s+(?:up|down)|r[io]se|risen|rising|increas\w*|"
    r"decreas\w*|higher|lower|fell|fall(?:en|ing)?|drop(?:ped)?|grow|grew|grown|improv\w*|"
    r"worsen\w*|declin\w*|chang\w*|better|worse)\b",
    re.I,
)
# a count compared ('were more surveys done in 2024 than in 2023?'): of no kind of row
_COUNTED = re.compile(r"\b(?:more|fewer|less)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+)\b", re.I)
_UP = re.compile(
    r"(?<![\w-])(?:more|higher|greater|bigger|larger|up|increas\w*|r[io]se|risen|improv\w*|better)\b",
    re.I,
)
_DOWN = re.compile(
    r"(?<![\w-])(?:fewer|less|lower|smaller|down|decreas\w*|fell|fall\w*|drop\w*|declin\w*|worse\w*)\b",
    re.I,
)
_YES_NO = re.compile(r"^\s*(?:was|were|did|is|are|has|have|had)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:[/-](\d{2,4}))?\b")
# two papers compared: 'between the two reports', 'from 2023 to 2024', 'than in 2023', 'since
# last year', 'in both years'
_TWO_PAPERS = re.compile(
    r"\bbetween\b|\bfrom\b[^?]*\bto\b|\bthan\s+(?:in\s+)?(?:the\s+)?(?:(?:19|20)\d\d|last|"
    r"previous|earlier|first|other)\b|\bsince\b|\bboth\b|\btwo\s+(?:reports|papers|years|"
    r"trackers|updates)\b|\byear\s+on\s+year\b|\bthe\s+(?:previous|earlier|last|prior)\s+"
    r"(?:report|paper|year|tracker|update)\b",
    re.I,
)
# a figure a note gives: a percentage, else a count (a year, a day of a date is no count)
_PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?%")
_COUNT = re.compile(
    r"(?<![\d/.,£$€-])\b\d{1,3}(?:,\d{3})*(?![\d/%-])"
    rf"(?!\s*(?:{FULL_MONTHS})\b)"
)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
SUBJECT_SHARE = 0.6  # of the subject's weight the row's cells must hold


def _figure(note: str) -> tuple[str, str] | None:
    """(kind, figure) of the first figure a note gives: ('%', '84%'), ('n', '1,240')."""
    found = _PERCENT.search(note)
    if found:
        return "%", found.group(0).replace(" ", "")
    for count in _COUNT.finditer(note):
        if not _YEARISH.match(count.group(0)):
            return "n", count.group(0)
    return None


def _value(figure: str) -> float:
    return float(re.sub(r"[^\d.]", "", figure))


def _same_rows(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext
) -> list[ActionRecord]:
    """The row and its re-reports in the other papers, one per paper, oldest first. The
    re-reports are sought among the rows whose text the index finds nearest the row's own
    (a re-report keeps most of its wording), not over every row of the register."""
    by_paper: dict[str, ActionRecord] = {record.document.id: record}
    wording = " ".join(t for t in (record.title, record.finding, record.action) if t)
    near = context.record_chunk_id(record.id)
    for other in record_hits(q, context, wording, _CANDIDATES, near=near):
        if other.document.id in by_paper:
            continue
        if same_row(other, record) or same_row(record, other):
            by_paper[other.document.id] = other
    years = context.years()
    return sorted(by_paper.values(), key=lambda r: (years.get(r.document.id) or 0, r.id))


_CANDIDATES = 50  # the rows nearest a row's wording among which its re-reports are sought


def _nearest_row(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The row whose sentences are most about the question's subject (its words of change
    left out) and whose note gives a figure: 'did *compliance* go up …?' names the note's
    measure, which the row's issue may not name."""
    evidence, weights = gather(q, context)
    framing = " ".join(m.group(0) for r in (_CHANGE, _TWO_PAPERS) for m in r.finditer(q.question))
    subject = {t: w for t, w in weights.items() if t not in stems(framing)}
    rows = context.register.by_id()
    best: tuple[float, ActionRecord] | None = None
    for item in evidence:
        record = rows.get(item.record_id or "")
        if record is None or _figure(record.progress or "") is None:
            continue
        share = coverage(every_cell_text(record), subject)
        if share >= SUBJECT_SHARE and (best is None or share > best[0]):
            best = (share, record)
    return best[1] if best else None


def _rows_across(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The row the question describes (or the nearest with a figure in its note) and its
    re-reports, one per paper; [] when none is described."""
    record = described_record(q, context) or _nearest_row(q, context)
    if record is None:
        return []
    return _same_rows(q.model_copy(update={"documents": []}), record, context)


def figure_across_papers(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The direction a row's progress figure took between the body's papers, first; None
    otherwise."""
    counted = _counted_figure(q.question)
    if not ((_CHANGE.search(q.question) or counted) and _TWO_PAPERS.search(q.question)):
        return None
    if q.refs or q.fields or (q.statuses and not counted):
        return None  # 'did the deadline change …?': a column's value, not a figure
    rows = _rows_across(q, context)
    if len(rows) < 2 and q.documents and len(q.years) >= 2:
        # two years compared: a paper named by a word of its title ('the 2024 follow-up')
        # whose row is in no other paper is no scope of the body's two papers
        rows = _rows_across(q.model_copy(update={"documents": []}), context)
    if not rows:
        return None
    figures = [(r, _figure(r.progress or "")) for r in rows]
    given = [(r, f) for r, f in figures if f is not None]
    if len(given) == 1 and len(rows) >= 2:
        return _one_side(q, context, rows, given[0][0])
    if len(given) < 2 or len({f[0] for _, f in given}) != 1:
        return None
    (first, (_, before)), (last, (_, after)) = given[0], given[-1]
    years = context.years()
    direction = (
        "Up"
        if _value(after) > _value(before)
        else "Down"
        if _value(after) < _value(before)
        else "No change"
    )
    builder = context.citations()
    head = (
        f"{direction}: from {before} ({years.get(first.document.id) or '?'}) to {after} "
        f"({years.get(last.document.id) or '?'})"
    )
    verdict = _verdict(q.question, {years.get(r.document.id): _value(f[1]) for r, f in given})
    lines = [f"**{head}.**" + (f" {verdict}." if verdict else "")]
    return _each_note(q, context, builder, lines, [row for row, _ in given], years)


def _counted_figure(question: str) -> bool:
    """'Were more surveys completed in 2024 than in 2023?': a count of things compared, of no
    kind of register row (more recommendations are counted from the rows)."""
    found = _COUNTED.search(question)
    return found is not None and not re.search(rf"\b{REGISTER_KINDS}", found.group("noun"), re.I)


def _end_year(found: re.Match[str]) -> int:
    """The year a written year stands for: a period's last ('2023/24' -> 2024)."""
    start, end = int(found.group(1)), found.group(2)
    if end is None:
        return start
    return int(end) if len(end) == 4 else start // 100 * 100 + int(end)


def _verdict(question: str, by_year: dict[int | None, float]) -> str:
    """'Yes' or 'No' to 'was it higher in A than in B?', the years in the question's order
    read against each paper's figure; '' when the question asks no such thing."""
    if not _YES_NO.match(question) or " than " not in question.lower():
        return ""
    up, down = _UP.search(question), _DOWN.search(question)
    if bool(up) == bool(down):
        return ""
    named = [_end_year(m) for m in _YEAR.finditer(question)]
    if len(named) != 2 or named[0] == named[1] or not all(y in by_year for y in named):
        return ""
    first, second = by_year[named[0]], by_year[named[1]]
    said = f"{'higher' if up else 'lower'} in {named[0]} than in {named[1]}"
    if first != second and (first > second) == bool(up):
        return f"Yes — {said}"
    return f"No — not {said}"


def _one_side(
    q: QueryAnalysis, context: AnswerContext, rows: list[ActionRecord], given: ActionRecord
) -> Answer:
    """One paper's note gives a figure, the other's none: both named, the gap said."""
    years = context.years()
    builder = context.citations()
    figure = _figure(given.progress or "")
    said = figure[1] if figure else ""
    lines = [
        f"**Only {safe_text(given.document.title)} ({years.get(given.document.id) or '?'}) "
        f"gives a figure: {safe_text(said)}; "
        + "; ".join(
            f"{safe_text(r.document.title)} ({years.get(r.document.id) or '?'}) gives none"
            for r in rows
            if r.id != given.id
        )
        + ".**"
    ]
    return _each_note(q, context, builder, lines, rows, years)


def _each_note(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    lines: list[str],
    rows: list[ActionRecord],
    years: dict[str, int | None],
) -> Answer:
    """The answer: ``lines`` then each paper's row with its progress note quoted and cited."""
    for row in rows:
        note = row.progress or ""
        marker = cite(builder, row, context.record_chunk_id(row.id), note) if note else ""
        quoted = f"“{safe_text(note)}”{marker}" if note else "no progress note"
        lines.append(
            f"- *{safe_text(row.document.title)}, {years.get(row.document.id) or '?'}*, "
            f"{safe_text(row.ref or '')}: {quoted}"
        )
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=(
            f"The figure each paper's progress note gives of the same row; searched "
            f"{len(searched)} documents ({context.span(searched)})."
        ),
        matched=len(rows),
        citations=builder.citations(),
        records=rows,
        route="passages",
    )
