"""The record filters a question names besides names and time: slipped, revised, statuses,
priority, degree, category, no deadline (a step of :func:`~assistant.analysis.analyse.analyse`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.analysis import quoted_labels as quoted_
from assistant.analysis.asked_values import asked_values
from assistant.analysis.category_labels import category_by_label, category_words
from assistant.analysis.cell_kinds import percent_range
from assistant.analysis.claimed import INTENDED_BEFORE, STILL_TO
from assistant.analysis.degrees import degree_named, degrees_named, in_a_clause
from assistant.analysis.extremes import asked_frames
from assistant.analysis.held_status import (
    HeldStatus,
    colour_meant,
    held_left,
    held_status_read,
)
from assistant.analysis.joined_states import joined_states
from assistant.analysis.model import Intent
from assistant.analysis.names import NameIndex, owner_named
from assistant.analysis.negated_states import (
    excluding_cue,
    revision_denied,
    states_beside_negated,
    states_excluded,
    states_set_aside,
    without_contrasts,
)
from assistant.analysis.patterns import (
    DEGREE,
    DONE,
    NO_DUE,
    NOT_AT_ALL,
    NOT_MET,
    PRIORITY,
    REPEATEDLY,
    REVISED,
    SLIPPED,
    STATUS_WORDS,
    moved_elsewhere,
    revises_another_noun,
)
from assistant.analysis.reading import (
    PENDING,
    Reading,
    excluded_spans,
    negation_before,
)
from assistant.analysis.rows_asked import LABELLED
from assistant.analysis.state_phrases import date_moved, state_in_other_words
from assistant.text import NOT_PRIORITY, stem, stems
from ingest.model import STATUSES
from ingest.status import stated_status
from vectorstore.bm25 import query_terms


@dataclass
class Filters:
    """The record filters named besides names and time."""

    slipped: bool = False
    min_extensions: int | None = None
    revised: bool | None = None
    statuses: list[str] = field(default_factory=list)
    priority: str | None = None
    degree: str | None = None
    category: str | None = None
    no_due: bool = False
    dated: bool = False
    due_says: str | None = None
    status_says: list[str] = field(default_factory=list)
    percent_range: tuple[float, float] | None = None


def read_filters(
    reading: Reading, intent: Intent, name_index: NameIndex, documents: list[str]
) -> Filters:
    """Slipped, extended more than once, revised, statuses, priority, degree, category, no
    deadline."""
    quoted: list[str] = []  # 'count "Complete – ongoing" too': a compound label as written
    held_values = name_index.status_values
    if intent in ("list", "count"):  # "the status 'In progress'": the value as written
        reading.plain, quoted = quoted_.labels_read(reading, held_values, documents)
    question = reading.plain
    undated = _UNDATED.search(question) if intent in ("list", "count") else None
    filters = Filters(no_due=bool(NO_DUE.search(question) or undated))
    if undated:  # 'without a target date', 'deadline not set'
        reading.consume(undated.group(0))
    if intent in ("list", "count") and (bounded := percent_range(question)):  # 'at 100%'
        filters.percent_range = bounded[0]
        reading.consume(bounded[1])
        question = question.replace(bounded[1], " " * len(bounded[1]))
    dated = _DATED.search(question) if intent in ("list", "count") and not undated else None
    if dated:  # 'which have an actual target date (rather than just ongoing)'
        filters.dated = True
        reading.consume(dated.group(0))
        question = _due_alternatives(question, dated.end(), reading)
    reading.consume(" ".join(asked_frames(question)))  # 'the latest due date', 'which bodies'
    graded_q, denied_full = _degree_asked(question)
    if denied_full:
        reading.consume(denied_full)
    degree_match = DEGREE.search(graded_q)
    degree = (degree_match.group(1) or degree_match.group(2)).lower() if degree_match else None
    if degree not in ("fully", "completely"):  # 'completely met' is the status 'complete' already
        filters.degree = degree
    paper_degree = (
        degree_named(graded_q, name_index, documents) if intent in ("list", "count") else None
    )
    if degree is None and paper_degree and paper_degree[0] not in ("fully", "completely"):
        filters.degree = paper_degree[0]  # 'only partly met' where the rows read 'met: partially'
        reading.consume(paper_degree[1])
    elif degree is None and paper_degree and documents:
        filters.degree = paper_degree[0]  # 'fully satisfied' of a paper grading 'met: fully'
        reading.consume(paper_degree[1])
    # 'fully satisfied', 'met in full': the top of the scale is the state complete, read below
    # unless a status word is read first
    in_full = paper_degree[1] if degree is None and paper_degree and not filters.degree else None
    graded = paper_degree[1].lower() if paper_degree and filters.degree else ""
    joined = degrees_named(question, name_index) if intent in ("list", "count") else None
    if joined is not None:  # 'met completely or significantly': rows of either degree
        filters.degree, degree = " or ".join(joined[0]), joined[0][0]
        reading.consume(joined[1])
        question = question.replace(joined[1], " " * len(joined[1]))  # no status of its own
    not_at_all = NOT_AT_ALL.search(question) if intent in ("list", "count") else None
    if not_at_all and degree is None and not filters.degree:  # not 'partly or not at all'
        filters.degree = NOT_MET  # below every degree the register states: no complement
        reading.consume(not_at_all.group(0))
    filters.category = read_category(reading, intent, name_index, documents)
    slipped_match = SLIPPED.search(question)
    if slipped_match and colour_meant(slipped_match.group(0), name_index.status_values, documents):
        slipped_match = None  # 'off track' of papers rating by colour: their red, read below
    if (
        slipped_match
        and intent in ("list", "count")
        and excluding_cue(question, slipped_match.start())
    ):
        reading.consume(slipped_match.group(0))  # 'leaving aside the overdue ones': the others,
        slipped_match = None  # which the overdue reading keeps (their states read below)
    # 'how often did the partnership deadline move?': the cue's words are read, not the
    # subject between them
    moved = (
        None
        if slipped_match
        else re.search(r"\b(how (?:often|many times))\b.*\b(move[ds]?)\b", question, re.I)
    )
    filters.slipped = slipped_match is not None or moved is not None
    if slipped_match:
        reading.consume(slipped_match.group(0))
    elif moved:
        reading.consume(moved.group(1))
        reading.consume(moved.group(2))
    repeated = REPEATEDLY.search(question)
    if repeated and (filters.slipped or REVISED.search(question)):
        filters.min_extensions = 2
        reading.consume(repeated.group(0))
    revised_match = REVISED.search(question)
    if revised_match and (
        moved_elsewhere(question, revised_match)
        or revises_another_noun(question, revised_match, name_index.item_nouns)
    ):
        reading.consume(revised_match.group(0))
        revised_match = None  # 'moved to the Director of X': a new owner, not a new deadline
    left_out = (
        excluding_cue(question, revised_match.start())
        if revised_match and intent in ("list", "count")
        else None
    )
    if revised_match:  # 'leaving out the ones whose deadline was revised': those never moved
        filters.revised = not left_out
        reading.consume(
            f"{left_out} {revised_match.group(0)}" if left_out else revised_match.group(0)
        )
    elif (moved_date := date_moved(question)) and intent in ("list", "count"):
        filters.revised = True  # 'pushed out', 'had to move their date'
        reading.consume(moved_date)
    denied = revision_denied(question, revised_match.start() if revised_match else None)
    if denied and intent in ("list", "count") and not filters.slipped:
        filters.revised = False  # 'never rescheduled', 'kept to its original date'
        reading.consume(denied)
    stated: tuple[int, int] | None = None  # where the status read below was named
    statuses = STATUS_WORDS
    if intent in ("list", "count"):
        statuses = [*STATUS_WORDS, (DONE, ["complete"])]
    if not filters.slipped and filters.degree != NOT_MET:
        for pattern, values in statuses:
            status_match = pattern.search(question)
            before = question[: status_match.start()] if status_match else ""
            still = STILL_TO.search(before)
            intended = status_match and INTENDED_BEFORE.search(before) and not still
            if intended and not negation_before(question, len(before)):
                continue  # 'due to be complete': the state intended, not the state reached
            if status_match and in_a_clause(question, status_match.start()):
                continue  # 'due to be completed by <date>': a deadline, not a status
            if (
                status_match
                and intent in ("list", "count")
                and excluding_cue(question, status_match.start())
                and any(
                    not excluding_cue(question, m.start())
                    for p, _ in statuses
                    for m in p.finditer(question)
                )
            ):
                continue  # 'still open, other than those not started': the state left out
            if (
                status_match
                and graded
                and values == ["complete"]
                and status_match.group(0).lower() in graded
            ):
                continue  # 'mostly achieved': the participle the degree read grades
            if status_match and due_field_value(question, status_match):
                # 'a timescale of ongoing': the words the due column holds, not a status
                filters.due_says = status_match.group(0).lower()
                reading.consume(status_match.group(0))
                if (denied := negation_before(question, status_match.start())) and intent in (
                    "list",
                    "count",
                ):  # "don't say 'ongoing' in the date column": the other cells
                    filters.due_says = f"not: {filters.due_says}"  # (no cell opens so)
                    reading.consume(denied)
                break
            if status_match:
                filters.statuses = values
                stated = (status_match.start(), status_match.end())
                scope = negation_before(question, status_match.start()) or (
                    still.group(0) if still else None  # 'still to be done': not done
                )
                if scope and not status_match.group(0).lower().startswith("not"):
                    filters.statuses = [s for s in OPEN_OR_DONE if s not in values]
                    reading.consume(scope)
                reading.consume(status_match.group(0))
                break
    if in_full and not filters.statuses and not filters.slipped:
        filters.statuses = ["complete"]
        reading.consume(in_full)
    beside = states_beside_negated(question, statuses, filters.degree)
    if beside is not None and not filters.slipped:  # 'implemented, not partially'
        filters.statuses, filters.degree = beside
    excluded = states_excluded(question, statuses) if intent in ("list", "count") else None
    if excluded is not None and not filters.slipped:  # 'leaving aside the completed ones'
        filters.statuses = [s for s in OPEN_OR_DONE if s not in excluded[0]]
        reading.consume(" ".join(excluded[1]))
    held = held_status_read(reading.plain, intent, name_index.status_values, documents, filters)
    if (
        held is not None and excluded is None
    ):  # 'rated red', 'marked Open': the rows carrying the value as written
        read = held.over(filters.degree, filters.slipped)
        kept, stated = filters.statuses, _apart(stated, held)
        filters.status_says, filters.statuses, filters.degree, filters.slipped = read
        reading.consume(" ".join(held.texts))
        if intent in ("list", "count") and all(
            excluding_cue(question, at) or _DENIED_LABEL.search(question[:at]) for at in held.starts
        ):
            for at in held.starts:  # 'but not rated red': the label's verb is no subject word
                if label := LABELLED.search(question[:at]):
                    reading.consume(label.group(0).strip())
            filters.status_says = held_left(held.values, name_index.status_values, documents)
            if stated:  # 'still open but not rated red': both hold, the state and another value
                filters.statuses = kept
        elif intent in ("list", "count"):  # 'met in full - not the partly met ones': the
            filters.status_says = asked_values(question, held, name_index, documents) or (
                filters.status_says  # values named outside the negation
            )
    if intent in ("list", "count") and not filters.slipped:
        _read_joined_or_other(reading, question, statuses, name_index, documents, filters)
        if excluded is None:
            _set_aside(reading, question, statuses, name_index, filters)
        either = re.search(r"\beither\b", question, re.I)
        if either and (filters.statuses or filters.status_says or filters.degree):
            reading.consume(either.group(0))  # 'either … or …' of states: no subject word
        if filters.statuses and filters.status_says:  # values no row in the states asked holds
            filters.status_says = [
                v for v in filters.status_says if _meaning(v, name_index) & set(filters.statuses)
            ] or filters.status_says
    if quoted:  # the label as written, and what else is read only when asked beside it
        besides, meant = (filters.statuses, filters.status_says), name_index.value_statuses
        said = quoted_.beside_labels(reading, quoted, besides, meant, held_values, documents)
        filters.status_says, filters.statuses = said, []
    pending = PENDING.search(question) if intent in ("list", "count") else None
    if pending:  # 'still awaiting approval': the predicate's own words ('approval') narrow it
        reading.consume(pending.group(0))
    joined_priority = _JOINED_PRIORITY.search(question) if intent in ("list", "count") else None
    if joined_priority:  # 'medium or low priority', 'rated high and medium': rows of either
        named = [w.capitalize() for w in joined_priority.groups() if w]
        filters.priority = " or ".join(dict.fromkeys(named))
        reading.consume(joined_priority.group(0))
        return filters
    priority_match = PRIORITY.search(question) or (
        _RATED_ONES.search(question) if intent in ("list", "count") else None
    )
    if priority_match:
        filters.priority = (priority_match.group(1) or priority_match.group(2)).capitalize()
        reading.consume(priority_match.group(0))
        negated = negation_before(question, priority_match.start()) or excluding_cue(
            question, priority_match.start()
        )  # 'not rated low', 'not counting the low-priority ones'
        if negated and intent in ("list", "count"):  # 'not rated medium': the other ratings
            filters.priority = f"{NOT_PRIORITY}{filters.priority}"
            reading.consume(negated)
    return filters


# a rating as the rows' adjective: 'which of the high ones …', 'the low-rated items'
_RATED_ONES = re.compile(
    r"\b(?:the|those|these|any|all|its|their)\s+(high|medium|low)(?:[- ]rated)?\s+"
    r"(?:ones?|items?|recommendations?|recs?|actions?|rows?|findings?|areas?)\b",
    re.I,
)


# a value denied where it stands ('not rated red', "isn't marked as Amber", 'not red')
_DENIED_LABEL = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:been|be|being|yet|currently|now|even|still|fully|"
    r"completely|wholly|entirely|totally)\s+)*"
    r"(?:(?:marked|rated|flagged|shown|graded|classed|listed|recorded|labell?ed|coded)\s+"
    r"(?:as\s+)?)?['\"‘“]?$",
    re.I,
)


# two ratings joined before the rating noun ('medium or low priority', 'high- and medium-
# priority') or after a rating verb ('rated high or medium')
_RATING = r"(high|medium|low)"
_JOINED_PRIORITY = re.compile(
    rf"\b(?:either\s+)?{_RATING}(?:[- ](?:priority|rated)|-)?\s*(?:,\s*)?(?:or|and|and/or|&)\s+"
    rf"{_RATING}[- ](?:priority|rating|grading|grade|importance|rated)\b|"
    r"\b(?:rated|graded|ranked|classed|classified|scored|assessed|prioriti[sz]ed)\s+(?:as\s+)?"
    rf"(?:either\s+)?{_RATING}\s*(?:,\s*)?(?:or|and|and/or)\s+{_RATING}\b",
    re.I,
)


def _apart(stated: tuple[int, int] | None, held: HeldStatus) -> tuple[int, int] | None:
    """``stated``, the words a status was read from, when none of the held values' words are
    among them (a state of its own beside the value, not the value's own word)."""
    if stated is None:
        return None
    spans = [(at, at + len(text)) for at, text in zip(held.starts, held.texts, strict=True)]
    return None if any(a < stated[1] and stated[0] < b for a, b in spans) else stated


def _read_joined_or_other(
    reading: Reading,
    question: str,
    statuses: list[tuple[re.Pattern[str], list[str]]],
    name_index: NameIndex,
    documents: list[str],
    filters: Filters,
) -> None:
    """Two states joined ('complete or not started', 'neither closed nor open'), else a state
    in words no status column writes ('yet to be acted on', 'wrapped up'): they decide."""
    held = name_index.status_values
    joined = joined_states(question, statuses, held, documents, name_index.value_statuses)
    if joined is not None:
        filters.status_says, filters.statuses = joined.says, joined.statuses
        if joined.says or filters.degree == NOT_MET:  # the values hold the degree of each side
            filters.degree = None  # ('partly implemented or not implemented at all')
        either = re.search(r"\b(?:either|neither)\b", question, re.I)
        reading.consume(" ".join([*joined.words, *([either.group(0)] if either else [])]))
        return
    other = state_in_other_words(question, held, documents)
    if other and filters.status_says and not (filters.statuses or filters.degree or other.whole):
        # a held value and a state in other words both hold ('not done yet, leaving out the
        # ones rated red'): the values that are in that state
        says = [v for v in filters.status_says if v in other.says]
        filters.status_says, filters.statuses = says or filters.status_says, other.statuses
        reading.consume(other.words)
        return
    if (filters.statuses or filters.status_says or filters.degree) and not (other and other.whole):
        return
    if other is not None:
        filters.status_says, filters.statuses = other.says, other.statuses
        reading.consume(other.words)


# the top of the scale denied ('not met completely'): the rows set aside, not the degree asked
_FULL_DENIED = re.compile(
    r"(?:\bnot|\b[a-z]+n['’]t|\bnever)\s+(?:(?:yet|been|quite)\s+)*(?:(?:met|implemented|achieved)\s+)?"
    r"(?:completely|fully|wholly|in\s+full)\b(?:\s+(?:met|implemented|achieved)\b)?",
    re.I,
)


def _degree_asked(question: str) -> tuple[str, str | None]:
    """``question`` as its degree is read (same length): a denied full degree blanked when another
    is named, quotes dropped, a contrast's values set aside; the denied words besides."""
    text = re.sub(r"(?<!\w)['‘’\"](\w+)['‘’\"](?!\w)", lambda m: f" {m.group(1)} ", question)
    text = without_contrasts(text)
    denied = _FULL_DENIED.search(text)
    rest = _FULL_DENIED.sub(lambda m: " " * len(m.group(0)), text)
    if denied and re.search(
        r"\b(?:partial|partly|moderate|significant|substantial|large)", rest, re.I
    ):
        return rest, denied.group(0)
    return text, None


def _meaning(value: str, name_index: NameIndex) -> set[str]:
    """The statuses the rows holding a status value read as ('Overdue': ongoing)."""
    return set(name_index.value_statuses.get(value) or {stated_status(value) or "unknown"})


def _set_aside(
    reading: Reading,
    question: str,
    statuses: list[tuple[re.Pattern[str], list[str]]],
    name_index: NameIndex,
    filters: Filters,
) -> None:
    """A state asked, and another left out of it in an exclusion clause ('under way but not
    yet done, leaving aside the ones not started'): the rows in the state left out are taken
    from the state asked (statuses, or held values by what their rows read as)."""
    out, words = states_set_aside(question, statuses)
    if not out or not (filters.statuses or filters.status_says):
        return
    kept = [s for s in filters.statuses if s not in out]
    said = [v for v in filters.status_says if not _meaning(v, name_index) <= out]
    if (filters.statuses and not kept) or (filters.status_says and not said):
        return  # the whole state asked is left out: no reading of it
    filters.statuses, filters.status_says = kept, said
    reading.consume(" ".join(words))


# a deadline that gives a date: 'have an actual target date', 'with a firm deadline'
_DATED = re.compile(
    r"\b(?:has|have|had|having|with|carry|carries|given|got)\s+(?:an?\s+|any\s+)?"
    r"(?:(?:actual|real|specific|firm|fixed|proper|concrete|definite|set|calendar)\s+)+"
    r"(?:target\s+|due\s+|completion\s+|end\s+)?(?:dates?|deadlines?|timescales?)\b"
    # 'which of them have a deadline?', 'with a due date set': the bare noun, when the clause
    # ends there (not 'have a deadline in 2009' or 'have a deadline after March': a window)
    r"|\b(?:has|have|had|having|with|carry|carries|been\s+given|got)\s+(?:an?\s+|any\s+)"
    r"(?:(?:target|due|completion|end|implementation)\s+)?(?:dates?|deadlines?|timescales?)"
    r"(?:\s+(?:set|recorded|given|stated|attached|written|at\s+all))?"
    r"(?=\s*(?:[?.,;!]|$|\b(?:and|or|but|while|whereas|so|are|is|were|was)\b))",
    re.I,
)
# what the dated deadline is set against: 'rather than just ongoing or nothing at all'
_DUE_CONTRAST = re.compile(
    r"^[^.?!;]{0,20}?\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not|other\s+than)\s+"
    r"(?:just\s+|only\s+|merely\s+|simply\s+)?[^.?!;]*",
    re.I,
)


def _due_alternatives(question: str, at: int, reading: Reading) -> str:
    """``question`` with the words a dated deadline is contrasted with ('rather than just
    "ongoing" or nothing at all') blanked and read: values of the deadline column, not
    states."""
    found = _DUE_CONTRAST.match(question[at:])
    if found is None:
        return question
    reading.consume(found.group(0))
    start, end = at + found.start(), at + found.end()
    return question[:start] + " " * (end - start) + question[end:]


# a deadline named by its absence, in more words than NO_DUE reads: 'without a target date',
# 'no set deadline', 'undated', 'deadline not given', 'timescale TBC'
_UNDATED = re.compile(
    r"\b(?:no|without(?:\s+an?|\s+any)?|missing|lacking|lacks?)\s+(?:(?:set|fixed|firm|target|"
    r"agreed|completion|implementation|stated|specified|named|clear|end)\s+)+"
    r"(?:dates?|deadlines?|timescales?)\b|\bundated\b|"
    r"\b(?:deadlines?|due dates?|target dates?|timescales?)\s+(?:(?:is|are|was|were|still)\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:set|given|stated|specified|agreed|fixed)|blank|missing|empty|tbc|"
    r"to be (?:confirmed|agreed|set))\b",
    re.I,
)

# the words that name the due column ('timescale', 'deadline', 'target date')
_DUE_NOUN = r"(?:timescales?|time-?scales?|deadlines?|due dates?|target dates?|target|due|dated?)"


def due_field_value(question: str, found: re.Match[str]) -> bool:
    """Whether status words stand as the value of the due column ('an ongoing timescale',
    'deadline given as ongoing', 'timescale: on-going') rather than as a status."""
    before = question[max(0, found.start() - 40) : found.start()]
    after = question[found.end() : found.end() + 30]
    return bool(
        re.match(rf"^[\s'\"‘“]*(?:(?:in|under)\s+(?:the|its|their)\s+)?{_DUE_NOUN}\b", after, re.I)
        or re.search(
            rf"\b{_DUE_NOUN}\s*(?:(?:is|was|are|were|of|as|reads?|says?|given as|shown as|"
            rf"set (?:as|to)|recorded as|marked|listed as|stated as)\s*)?[:\s'\"‘“]*$",
            before,
            re.I,
        )
    )


# the statuses a filter and its complement split ('unknown' is in neither: unstated)
OPEN_OR_DONE = tuple(s for s in STATUSES if s != "unknown")


def read_category(
    reading: Reading, intent: Intent, name_index: NameIndex, documents: list[str]
) -> str | None:
    """A record category named outside any name ('Statutory'), when records are listed; one
    only the papers named hold (another paper's heading is a topic there). A category named
    only inside a complement ('apart from the finance ones') is no filter: its words are read
    as those of the rows left out."""
    if intent not in ("list", "count"):
        return None
    _read_paper_titles(reading, name_index)  # a paper's whole title names no heading
    consumed, residual = set(reading.consumed), reading.residual
    category = _category_named(reading, name_index, documents)
    blanked = [i for i, c in enumerate(reading.residual) if c != residual[i]]
    spans = excluded_spans(reading.question)
    if category and blanked and all(any(a <= i < b for a, b in spans) for i in blanked):
        reading.consumed, reading.residual = consumed, residual
        return None
    return category


def _category_named(reading: Reading, name_index: NameIndex, documents: list[str]) -> str | None:
    residual = f" {category_words(reading.residual)} "
    owner = f" {category_words(owner_named(reading.residual, name_index) or '')} "
    fuller = _category_by_words(reading, name_index, documents, owner)
    if fuller is not None:  # 'parks corporate services': the category, not its head
        return fuller
    for category in name_index.categories:
        held = name_index.category_documents.get(category)
        if documents and held is not None and not held & set(documents):
            continue  # 'the 2017 report's items about internal control': no such heading there
        words = category_words(category)  # 'health-and-safety' names 'Health & Safety'
        if words and f" {words} " in residual and f" {words} " not in owner:  # not a post's
            reading.consume(category)
            spelt = r"[\s-]*".join(
                "(?:and|&)" if w == "and" else re.escape(w) for w in words.split()
            )
            # its words name the category, not a theme too ('value-for-money' is no budget theme)
            reading.blank([m.span() for m in re.finditer(rf"\b{spelt}\b", reading.residual, re.I)])
            return category
    return category_by_label(reading, name_index, documents, residual, owner)


def _read_paper_titles(reading: Reading, name_index: NameIndex) -> None:
    """Every held paper's whole title in the question read as that paper's name (blanked and
    consumed), even when several papers share it: the words of 'the Internal Audit
    Recommendations Tracker' name papers, not a heading or a topic of their rows."""
    for title in {d.title for d in name_index.documents if len(d.title.split()) >= 3}:
        spelt = r"\W+".join(re.escape(w) for w in re.findall(r"[A-Za-z0-9]+", title))
        for found in re.finditer(rf"\b{spelt}\b", reading.residual, re.I):
            reading.consume(found.group(0))
            reading.blank([found.span()])


def _category_by_words(
    reading: Reading, name_index: NameIndex, documents: list[str], owner: str
) -> str | None:
    """A category named by all its content words in another order and form, close together
    ('the fire service internal audits' names 'Internal audit - Fire'): the one category whose
    stems the question's phrase holds (the longest, when one's words hold another's)."""
    # the question's words, read or not (a row noun's 'internal audit actions' may be read as
    # the rows asked); one of the category's words must be left unread (not a paper's name)
    text = reading.plain if len(reading.plain) == len(reading.residual) else reading.residual
    tokens = [(m.span(), stem(m.group(0))) for m in re.finditer(r"[A-Za-z]+", text)]
    found: list[tuple[int, str, list[tuple[int, int]]]] = []
    rivals: list[tuple[int, str]] = []  # named within a looser reach ('libraries and parks …')
    for category in name_index.categories:
        held = name_index.category_documents.get(category)
        if documents and held is not None and not held & set(documents):
            continue
        wanted = {stem(w) for w in query_terms(category) if w.isalpha()}  # its content words
        if len(wanted) < 2 or wanted & stems(owner):
            continue
        # side by side in any form; a longer name may have one word between ('fire service
        # internal audits')
        spans = _named_within(tokens, wanted, len(wanted) + (len(wanted) > 2))
        if spans and any(reading.residual[a:b].strip() for a, b in spans):
            found.append((len(wanted), category, spans))
        elif _named_within(tokens, wanted, len(wanted) + 3):
            rivals.append((len(wanted), category))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    size = found[0][0]
    if (len(found) > 1 and found[1][0] == size) or any(n >= size for n, _ in rivals):
        return None  # two categories named alike: neither is picked
    _, category, spans = found[0]
    reading.consume(" ".join(reading.residual[a:b] for a, b in spans))
    reading.blank(spans)
    return category


def _named_within(
    tokens: list[tuple[tuple[int, int], str]], wanted: set[str], window: int
) -> list[tuple[int, int]]:
    """The spans of the first run of ``window`` words that holds every stem ``wanted``."""
    for i in range(len(tokens)):
        near = tokens[i : i + window]
        if tokens[i][1] in wanted and wanted <= {s for _, s in near}:
            return [span for span, s in near if s in wanted]
    return []
