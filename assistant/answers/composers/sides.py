"""Comparisons of two records the question names in words ('Which is due sooner, the roof
survey or the lab audit?'): each side resolved to the one record it describes, then compared
on the aspect asked (deadline, priority, how far met) and both described, each value cited."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from assistant.analysis import QueryAnalysis, due_order
from assistant.analysis.compared_aspect import compared_aspect, direction
from assistant.analysis.comparison import (
    TIME_ORDER,
    asked_more,
    asked_order,
    asks_each,
    asks_original,
    than_values,
)
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.current_due import current_due_words, without_revision
from assistant.answers.support.describe import describe_records
from assistant.answers.support.described_paper import described_paper
from assistant.answers.support.mastheads import author_lines
from assistant.answers.support.recordtext import (
    cite,
    cite_record,
    doc_label,
    due_words,
    record_name,
    safe_text,
)
from assistant.answers.support.side_dates import (
    Dated,
    event_date,
    event_sentence,
    gap,
    held_words,
    order_key,
    prose_event,
)
from assistant.answers.support.sided import names_row, resolve_side, rows_of_paper_sides
from assistant.answers.support.tallies import (
    kind_counted,
    larger_table,
    owner_of_side,
    side_categories,
    side_sections,
    side_values,
)
from assistant.answers.support.topics import (
    apply_api_filters,
    record_query,
)
from assistant.citations import CitationBuilder, record_quote
from assistant.register import record_text, sole_owner
from ingest.dates import parse_dates
from ingest.model import ActionRecord, DocumentInfo


def by_sides(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Both sides resolved to two different records: compared and described, each side's own
    words next to the record it resolved to; two papers' dates and the time between them; two
    owners' records counted; else None."""
    if q.apart and len(q.documents) == 2:
        return dates_apart(q, context)
    if len(q.sides) == 2 and _MORE.search(q.question):
        counted = owners_counted(q, context) or values_counted(q, context)
        if counted is not None:
            return counted
    ordered = in_time_order(q, context)
    if ordered is not None:
        return ordered
    if len(q.sides) != 2:
        return None
    if len(q.documents) >= 2 and any(paper_named(side, context) for side in q.sides):
        return None  # two papers compared: paper_counts.counted and the overviews answer
    first, second = rows_of_paper_sides(q, context) or (
        resolve_side(s, q, context) for s in q.sides
    )
    if first is None or second is None or first.id == second.id:
        return None
    answer = describe_records(q, [first, second], context, route="compare")
    echo = "; ".join(
        f"“{safe_text(side)}” is **{record_name(record)}**"
        for side, record in zip(q.sides, (first, second), strict=True)
    )
    verdict, _, rest = answer.answer.partition("\n\n")  # the verdict stays the first line
    answer.answer = f"{verdict}\n\n{echo}.\n\n{rest}" if rest else f"{verdict}\n\n{echo}."
    return answer


_MORE = re.compile(r"\b(?:more|fewer|most|fewest|less|least|greater|larger|bigger)\b", re.I)


_FEWER = re.compile(r"\b(?:fewer|fewest|less|least)\b", re.I)


def owners_counted(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Who has more actions, A or B?' where both sides name owners: the records each owns
    (shared ones included, and said), counted and compared; None unless both are owners."""
    register = context.register
    owners = register.owners_by_length()
    named = [owner_of_side(side, owners) for side in q.sides]
    if any(o is None for o in named) or named[0] == named[1]:
        return None
    builder = context.citations()
    lines: list[str] = []
    counts: list[tuple[str, list[ActionRecord]]] = []
    for owner in named:
        assert owner is not None
        # every value filter of the question but the owners applies to both sides ('which had
        # more completed': each owner's completed records); the themes, read loosely from its
        # topic words, do not: an owner's holding is counted whole
        query = replace(record_query(q), owner=owner, owner_not=None, owner_only=False, theme=None)
        held = apply_api_filters(context.register.query(query), context.filters, context)
        counts.append((owner, held))
    (a, held_a), (b, held_b) = counts
    kind = kind_counted(q)
    if len(held_a) == len(held_b):
        lines.append(f"**Neither: {a} and {b} each own {len(held_a)}{kind}.**")
    else:
        more, fewer = sorted(counts, key=lambda c: -len(c[1]))
        asked = "fewer" if _FEWER.search(q.question) else "more"
        first, then = (fewer, more) if asked == "fewer" else (more, fewer)
        lines.append(
            f"**{first[0]} owns {asked}{kind}: {len(first[1])} against {len(then[1])} for "
            f"{then[0]}.**"
        )
    for owner, held in counts:
        alone = sum(1 for r in held if sole_owner(r, owner, register.owner_names()))
        shared = f" ({alone} alone, {len(held) - alone} shared)" if alone != len(held) else ""
        cited = _cited(builder, context, held, lambda r: r.owner)
        more_text = f" and {len(held) - 12} more" if len(held) > 12 else ""
        listed = f" — {cited}{more_text}" if cited else ""
        lines.append(f"- **{owner}**: {len(held)}{shared}{listed}")
    return _counted(
        q,
        context,
        builder,
        lines,
        counts,
        f"{len(held_a)} and {len(held_b)} of {len(context.register.all())} actions match "
        f"(owner: {a}; owner: {b}{'; ' + kind.strip(' ()') if kind else ''}).",
    )


def _cited(
    builder: CitationBuilder,
    context: AnswerContext,
    held: list[ActionRecord],
    said: Callable[[ActionRecord], str | None],
) -> str:
    """The first 12 of ``held`` by name, each citing the words ``said`` reads from it."""
    return ", ".join(
        record_name(r)
        + cite_record(builder, r, context.record_chunk_id(r.id), record_quote(r, said(r), r.title))
        for r in held[:12]
    )


def _counted(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    lines: list[str],
    counts: list[tuple[str, list[ActionRecord]]],
    line: str,
) -> Answer:
    """The answer comparing two counted sides: ``lines`` over every side's records, with yes
    or no first where the question asks it of the first side ('Does A own more than B?')."""
    records = [r for _, side in counts for r in side]
    asked = asked_more(q.question)
    if asked is not None and lines and lines[0].startswith("**"):
        first, second = (len(side) for _, side in counts)
        yes = first > second if asked == "max" else first < second
        lines = [f"**{'Yes' if yes else 'No'} — " + lines[0].removeprefix("**"), *lines[1:]]
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(records),
        route="compare",
        citations=builder.citations(),
        records=records,
    )


def values_counted(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Were more rated high or medium?', 'more met significantly or moderately?': the rows of
    the question's scope holding each side's value of one field, counted and compared; None
    unless both sides name a value of one field the rows hold."""
    query = replace(record_query(q), priority=None, degree=None, status=None, theme=None)
    scope = apply_api_filters(context.register.query(query), context.filters, context)
    found = side_values(q.sides, scope) or side_values(than_values(q.question), scope)
    if found is None:  # 'more high-priority ones under internal control or value for money?'
        # the sides name categories: every other filter of the question counts within each
        query = replace(record_query(q), category=None, theme=None)
        scope = apply_api_filters(context.register.query(query), context.filters, context)
        found = side_categories(q.sides, scope) or side_sections(q.sides, q.sections, scope)
    if found is None:
        return None
    field, values, value_of = found
    builder = context.citations()
    counts = [(v, [r for r in scope if value_of(r) == v]) for v in values]
    (a, held_a), (b, held_b) = counts
    if len(held_a) == len(held_b):
        lines = [f"**Neither: {len(held_a)} each are {a} and {b} ({field}).**"]
    else:
        (more, more_held), (fewer, fewer_held) = sorted(counts, key=lambda c: -len(c[1]))
        lines = [f"**More are {more}: {len(more_held)} against {len(fewer_held)} {fewer}.**"]
        if field == "section":  # two tables: the one asked named first, and by how many
            lines = [larger_table(counts, bool(_FEWER.search(q.question)))]
    for value, held in counts:
        cited = _cited(
            builder,
            context,
            held,
            lambda r: {"priority": r.priority, "category": r.category}.get(field, r.status_text),
        )
        lines.append(f"- **{value}** ({field}): {len(held)} — {cited or 'none'}")
    return _counted(
        q,
        context,
        builder,
        lines,
        counts,
        f"{len(held_a)} and {len(held_b)} of {len(scope)} actions in scope ({field}: {a}; "
        f"{field}: {b}).",
    )


def dates_apart(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'How far apart are paper A and paper B?': each paper's date (or, undated, the year of
    its period), cited where the text states it, and the time between them; None unless both
    have one."""
    documents = context.documents_of(q.documents)
    if len(documents) != 2 or not all(d.date or d.year for d in documents):
        return None
    documents.sort(key=lambda d: d.date or f"{d.year}-06-30")
    builder = context.citations()
    said = []
    for doc in documents:
        chunk_id = context.first_chunk_id(doc.id)
        if doc.date and doc.date_text:
            n = (
                builder.add(chunk_id=chunk_id, document=doc.ref(), quote=doc.date_text)
                if (chunk_id)
                else None
            )
            cite = f" [{n}]" if n else ""
            said.append(f"*{safe_text(doc.title)}* is dated **{safe_text(doc.date_text)}**{cite}")
        else:
            period = f", from its period {doc.period}" if doc.period else ""
            said.append(f"*{safe_text(doc.title)}* states no date; its year is {doc.year}{period}")
    first, last = documents
    if first.date and last.date:
        start, end = date.fromisoformat(first.date), date.fromisoformat(last.date)
        months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
        years, rest = divmod(months, 12)
        gap = (
            " and ".join(
                p
                for p in (
                    f"{years} year{'s' if years != 1 else ''}" if years else "",
                    f"{rest} month{'s' if rest != 1 else ''}" if rest else "",
                )
                if p
            )
            or f"{(end - start).days} days"
        )
        head = f"**They are {gap} apart** ({(end - start).days} days)"
    else:
        years = (last.year or 0) - (first.year or 0)
        head = f"**They are about {years} year{'s' if years != 1 else ''} apart**"
    if first.date != last.date:
        head += f" — *{safe_text(first.title)}* came first"
    return finish(
        q,
        context,
        body=f"{head}: " + "; ".join(said) + ".",
        line=f"Dates of 2 documents; searched {len(context.searched())} documents.",
        matched=0,
        route="compare",
        citations=builder.citations(),
    )


# a side that names a deadline ('the deadline for X', 'X's due date') is compared on it
_DEADLINE_WORDS = re.compile(
    r"\b(?:deadlines?|due|timescales?|target dates?|completion dates?|dates? (?:set )?for|"
    r"to be (?:done|complete)\w*)\b",  # 'the earlier date for commissioning X': X's deadline
    re.I,
)
PAPER_TITLE_SHARE = 0.75  # share of a paper's title words a side must hold to name the paper
_TITLE_STOP = frozenset("the of and for on in to a an by at".split())


def _title_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9&]+", text.lower()) if w not in _TITLE_STOP]


def paper_named(side: str, context: AnswerContext) -> DocumentInfo | None:
    """The paper a side names by its title ('the meeting that received the X Report'): the one
    whose title words the side holds most of (at least PAPER_TITLE_SHARE, two words or more),
    when no other paper's title is held as fully."""
    words = set(_title_words(side))
    shares = []
    for doc in context.documents:
        title = _title_words(doc.title)
        held = sum(1 for w in title if w in words)
        if title and held >= 2:
            shares.append((held / len(title), doc))
    shares.sort(key=lambda pair: -pair[0])
    if not shares or shares[0][0] < PAPER_TITLE_SHARE:
        return None
    if len(shares) > 1 and shares[1][0] == shares[0][0]:
        return None
    return shares[0][1]


def _paper_of_side(side: str, q: QueryAnalysis, context: AnswerContext) -> DocumentInfo | None:
    """The paper a side stands for when the question names as many papers as it has sides
    ('the one on the X plan or the one on the Y report'): the paper whose title and body's
    words the side holds most of, each side a different paper; None otherwise."""
    named = context.documents_of(q.documents)
    if len(named) != len(q.sides) or len(named) < 2:
        return None

    def held(text: str, doc: DocumentInfo) -> int:
        words = set(_title_words(text))
        return sum(
            1 for w in set(_title_words(f"{doc.title} {doc.organisation or ''}")) if w in words
        )

    best: list[DocumentInfo] = []
    for each in q.sides:
        scores = sorted(((held(each, d), d.id) for d in named), reverse=True)
        if scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
            return None
        best.append(next(d for d in named if d.id == scores[0][1]))
    if len({d.id for d in best}) != len(best) or side not in q.sides:
        return None
    return best[q.sides.index(side)]


def _dated_side(
    side: str,
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    deadline: bool,
    latest: bool,
    prose_only: bool = False,
) -> Dated | None:
    """A side's date of the right kind: asked a deadline, its record's first (a paper has none:
    'Fenmarsh's check of X'); the date of the paper it names, else (unless a deadline is asked)
    the date of the event a sentence reports, else its record's deadline. ``prose_only``
    (a deadline asked of a side that names no row): the event's sentence is prose, not a
    row's cell ('to the 16 March meeting' in a row's note dates no event the side names)."""
    row = deadline or names_row(side, q)  # a deadline asked, or an action named ('R2')
    if row and not names_row(side, q) and _DEADLINE_WORDS.search(side):
        # 'the GDPR compliance deadline': a deadline the prose sets, when a sentence holds
        # more of the side's words than the row it would resolve to
        record = resolve_side(side, q, context)
        event = event_sentence(side, q, context)
        if (
            event is not None
            and not event.record_id
            and (
                record is None
                or held_words(side, event.text) > held_words(side, record_text(record))
            )
        ):
            return prose_event(side, q, context, builder)
    if row and (due := _deadline_of_side(side, q, context, builder, latest)):
        return due
    paper = paper_named(side, context) or _paper_of_side(side, q, context)
    paper = paper or described_paper(side, q, context)  # 'Heronsgate's Audit Committee'
    if paper is not None and paper.date and paper.date_text:
        chunk_id = context.first_chunk_id(paper.id)
        n = (
            builder.add(chunk_id=chunk_id, document=paper.ref(), quote=paper.date_text)
            if chunk_id
            else None
        )
        marker = f" [{n}]" if n else ""
        return Dated(
            side, paper.date, paper.date_text, "paper", f"*{safe_text(paper.title)}*", marker
        )
    if paper is not None and paper.year and (paper.period or not deadline):
        return _year_of_paper(side, paper, context, builder)
    if not deadline:
        event = event_sentence(side, q, context)
        if event is not None and prose_only and event.record_id:
            event = None  # a row's note dates no event the side names
        when = event_date(event) if event is not None else None
        if event is not None and when is not None:
            n = builder.add_evidence(event)
            marker = f" [{n}]" if n else ""
            return Dated(side, when[0], when[1], "event", f"“{event.display()}”", marker)
    return _deadline_of_side(side, q, context, builder, latest)


def _after_due(side: str, q: QueryAnalysis) -> bool:
    """Whether ``side`` is the standard a deadline is measured against ('is A due before
    B?', 'was A due earlier than B'): it follows the question's deadline word, which is said
    of the side before it, and it names no row by ref or as 'the one about …'."""
    at = q.question.find(side)
    said = _DEADLINE_WORDS.search(q.question)
    return (
        said is not None
        and at > said.end()
        and not names_row(side, q)
        and (q.question.find(q.sides[0]) < said.start())
    )


def _deadline_of_side(
    side: str, q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder, latest: bool
) -> Dated | None:
    """The deadline of the record a side describes, or None."""
    return _deadline_of_row(side, resolve_side(side, q, context), q, context, builder, latest)


def _deadline_of_row(
    side: str,
    record: ActionRecord | None,
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    latest: bool,
) -> Dated | None:
    """The deadline of ``record``, the row ``side`` stands for; None when it has none."""
    if record is None or not record.due_date or not record.due_text:
        return None
    marker = cite(builder, record, context.record_chunk_id(record.id), record.due_text)
    if asks_original(q.question) and record.revised_from_date and record.revised_from_text:
        # 'which was originally due first?': the deadline first set, where it was revised
        written = f"{record.revised_from_text} (original; now {due_words(record)})"
        what = f"**{record_name(record)}**"
        return Dated(side, record.revised_from_date, written, "deadline", what, marker)
    iso, written = record.due_date, current_due_words(record)  # the one that holds now
    current = [d for d in parse_dates(record.due_text) if d.iso != record.revised_from_date]
    if len(current) > 1:  # a row of several actions, each with its deadline: the one asked
        chosen = max(current, key=lambda d: d.iso) if latest else min(current, key=lambda d: d.iso)
        iso, written = chosen.iso, f"{chosen.text} (the {'last' if latest else 'first'} of them)"
    return Dated(side, iso, written, "deadline", f"**{record_name(record)}**", marker)


def _year_of_paper(
    side: str, paper: DocumentInfo, context: AnswerContext, builder: CitationBuilder
) -> Dated:
    """A paper that prints no date, dated by its year (the end of the period it covers, as
    '2007/08' ends in 2008): an order against a paper of another year holds, within one year
    there is none. The period is cited where the paper writes it."""
    written = paper.period or str(paper.year)
    chunk_id = context.first_chunk_id(paper.id)
    n = (
        builder.add(chunk_id=chunk_id, document=paper.ref(), quote=written)
        if chunk_id and written in builder.text(paper.id)
        else None
    )
    marker = f" [{n}]" if n else ""
    what = f"*{safe_text(paper.title)}* (the year of its period; it prints no date)"
    return Dated(side, str(paper.year), written, "paper", what, marker)


_EITHER_WAY = re.compile(r"\b(?:before or after|after or before)\b", re.I)
_ASKS_LATER = re.compile(
    r"\b(?:later|latest|last|after|newer|newest|younger|youngest|(?:more|most) recent)\b", re.I
)
_ASKS_EARLIER = re.compile(
    r"\b(?:earlier|earliest|first|sooner|soonest|before|older|oldest|(?:less|least) recent)\b",
    re.I,
)


def _behind(
    value: Dated, q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> str:
    """Who stands behind a side, when the question asks it of each ('and who presented
    each?'): a paper's author lines, an action's owner; each cited. '' when the record
    names none."""
    if value.kind == "paper":
        paper = paper_named(value.side, context)
        chunk_id = context.first_chunk_id(paper.id) if paper else None
        if paper is None or chunk_id is None:
            return ""
        said = []
        for line in author_lines(builder.text(paper.id))[:2]:
            quote = line.group(0).strip()
            n = builder.add(chunk_id=chunk_id, document=paper.ref(), quote=quote, near=line.start())
            if n:
                said.append(f"“{safe_text(quote)}” [{n}]")
        return f"; {', '.join(said)}" if said else "; the paper names no author"
    if value.kind == "deadline":
        record = resolve_side(value.side, q, context)
        if record is None or not record.owner:
            return ""
        marker = cite(builder, record, context.record_chunk_id(record.id), record.owner)
        return f"; owned by **{safe_text(record.owner)}**{marker}"
    return ""


def in_time_order(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Which came first, A or B?', 'did A happen before or after B, and by how many months?':
    each side dated by a value of its own kind (a paper's date, an event a sentence dates, an
    action's deadline), the order stated first with the time between; None unless both are."""
    if len(q.sides) != 2 or not (due_order(q.question) or TIME_ORDER.search(q.question) or q.apart):
        return None
    if compared_aspect(q.question) is not None:
        return None  # priority or degree: compared on their scales
    rest = q.question
    for side in q.sides:
        rest = rest.replace(side, " ")
    deadline_asked = bool(_DEADLINE_WORDS.search(rest))
    builder = context.citations()
    dated = []
    latest = direction(q.question) == "max"
    # 'was X due earlier at Board 1 or at Board 3?': each side names a paper, X is one row of each
    in_papers = rows_of_paper_sides(q, context) if _DEADLINE_WORDS.search(q.question) else None
    for index, side in enumerate(q.sides):
        own = bool(_DEADLINE_WORDS.search(side))
        value = None
        if in_papers is not None and (row := in_papers[index]):
            value = _deadline_of_row(side, row, q, context, builder, latest)
            label = doc_label(next(iter(context.documents_of([row.document.id])), None), row)
            value = value._replace(what=f"{value.what} in *{label}*") if value else None
        if value is None and deadline_asked and not own and _after_due(side, q):
            value = prose_event(side, q, context, builder)  # 'is A due before <event>?'
        if value is None:
            value = _dated_side(side, q, context, builder, deadline_asked or own, latest)
        if value is None and deadline_asked and not own and not names_row(side, q):
            # 'is R4 due before the next report goes to the Board?': the deadline is asked of
            # the row; a side that describes no row is dated by its paper or the event a
            # sentence reports
            value = _dated_side(side, q, context, builder, False, latest, prose_only=True)
        if value is None:
            return None
        dated.append(value)
    a, b = dated
    if a.kind == b.kind == "deadline" and a.what == b.what:
        return None  # both sides read as one action: not two things to order
    asked = asked_order(q.question)
    key_a, key_b = order_key(a, b)
    if key_a == key_b:
        same = "date" if len(key_a) > 4 else "year"
        shared = safe_text(without_revision(a.written))  # each side has its own first date
        head = f"**They fall on the same {same}, {shared}**"
        head = f"**No — they fall on the same {same}, {shared}**" if asked else head
    else:
        first, last = (a, b) if key_a < key_b else (b, a)
        deadlines = first.kind == last.kind == "deadline"
        verb = "is due first" if deadlines else "came first"
        if verb == "is due first" and asks_original(q.question):
            verb = "was originally due first"
        named, other, word = first, last, "earlier"
        if _ASKS_LATER.search(q.question) and not _ASKS_EARLIER.search(q.question):
            # 'which is due later?': the later one named first, in the question's own terms
            named, other, word = last, first, "later"
            verb = verb.replace("first", "later") if deadlines else "came later"
        head = (
            f"**“{safe_text(named.side)}” {verb}: {safe_text(named.written)}{named.marker}, "
            f"against {safe_text(other.written)}{other.marker} for “{safe_text(other.side)}” — "
            f"{gap(first.iso, last.iso)} {word}.**"
        )
        if asked is not None:  # 'Was A due before B?': yes or no first
            yes = (key_a < key_b) == (asked == "min")
            head = f"**{'Yes' if yes else 'No'} — " + head.removeprefix("**")
        elif _EITHER_WAY.search(q.question):  # 'does A come before or after B?': A's side
            head = f"**{'Before' if key_a < key_b else 'After'} — " + head.removeprefix("**")
    kinds = {"paper": "the date of", "event": "dated by", "deadline": "the deadline of"}
    lines = [head, ""]
    for value in dated:
        behind = _behind(value, q, context, builder) if asks_each(q.question) else ""
        lines.append(
            f"- “{safe_text(value.side)}”: {safe_text(value.written)}{value.marker} — "
            f"{kinds[value.kind]} {value.what}{behind}"
        )
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=f"Two dates compared; searched {len(searched)} documents, {context.span(searched)}.",
        matched=sum(1 for v in dated if v.kind == "deadline"),
        route="compare",
        citations=builder.citations(),
    )
