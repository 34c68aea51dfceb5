"""The question's words and filters, applied to the register: the noun it counts, its topic
(the words that are not filters) and how much of a record is about it, the register positions
its filters and the API's filters keep, and the order to show them in."""

from __future__ import annotations

import re
from functools import partial

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.cell_kinds import in_percent_range
from assistant.analysis.column_labels import fits_labels
from assistant.analysis.themes import themes_named
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import aliases_of, document_aliases
from assistant.answers.support.carried_rows import carried_rows
from assistant.register import Positions, RecordQuery, intersect
from assistant.text import may_have_stem, stem_of, stems
from ingest.model import ActionRecord
from vectorstore.filters import SearchFilters


# -- words of the question ---------------------------------------------------------------------
def noun_of(question: str) -> str:
    """The noun the question counts or lists rows by ('recs' is 'recommendations')."""
    match = re.search(
        r"\b(recommendations?|recs?|actions?|areas? for improvement|improvement areas?|issues?|"
        r"items?|records?)\b",
        question,
        re.I,
    )
    word = match.group(1).lower() if match else "actions"
    word = "recommendations" if word in ("rec", "recs") else word
    return word if word.endswith("s") or " " in word else word + "s"


# A word in at least this share of the record's chunks (the body's own name, 'police' in a
# police body's papers, 'council' in a council's) says nothing about which records are meant.
COMMON_SHARE = 0.5


def common_in_record(term: str, context: AnswerContext) -> bool:
    total = context.stats.total
    return total >= 20 and context.stats.df(term) >= COMMON_SHARE * total


def topic_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Question words that are neither filters nor generic, that some chunk uses, and that
    not most chunks use."""
    theme_words = {w.lower() for theme in q.themes for w in re.findall(r"[A-Za-z]+", theme)}
    theme_stems = {stem_of(w) for w in theme_words}
    return [
        t
        for t in q.terms
        if t not in theme_words
        and stem_of(t) not in theme_stems
        and context.stats.df(t) > 0
        and not common_in_record(t, context)
    ]


def topic_weights(topic: list[str], context: AnswerContext) -> dict[str, float]:
    return {stem_of(t): context.stats.idf(t) for t in topic}


TOPIC_SHARE_MIN = 0.6  # a record is on the question's topic with this share of its weight


def on_topic(
    positions: Positions, weights: dict[str, float], context: AnswerContext, said: str = ""
) -> Positions:
    """The positions whose record has at least ``TOPIC_SHARE_MIN`` of the topic's weight (the
    IDF-weighted share of the topic stems its text contains), and those naming a thing the
    question names whose short form the papers define, by either form ('SoD' or 'scheme of
    delegation'; 'MSFs' or 'most similar forces'): a named thing is a subject of its own."""
    kept = positions[context.register.topic_shares(positions, weights) >= TOPIC_SHARE_MIN]
    for short, named in short_forms_of(weights, said, context).items():
        register = context.register
        spelled = register.topic_shares(positions, dict.fromkeys(named, 1.0)) >= 1.0
        forms = [stem_of(short), stem_of(short + "s")]  # 'MSF' and 'MSFs'
        by_name = np.union1d(positions[spelled], register.mentioning(forms))
        kept = np.union1d(kept, np.intersect1d(positions, by_name))
    return kept.astype(positions.dtype)


_JOINING = frozenset({"of", "the", "and", "for", "to", "in", "on", "a", "an"})


def short_forms_of(
    weights: dict[str, float], said: str, context: AnswerContext
) -> dict[str, set[str]]:
    """A short form (lower case) -> stems of its name, for the short forms the papers in scope
    define ('Scheme of Delegation (SoD)') whose name, two words or more, shares a word with
    the topic and has all its words in the topic or in ``said``."""
    if not weights:
        return {}
    docs = context.searched()
    generation = context.catalog.generation() if docs else 0
    aliases = aliases_of(
        [document_aliases(d.id, generation, partial(context.document_text, d.id)) for d in docs]
    )
    asked = set(weights) | stems(said)
    found: dict[str, set[str]] = {}
    for short, name in aliases.items():
        named = stems(name) - _JOINING
        if len(named) >= 2 and named & weights.keys() and named <= asked:
            found[short.lower()] = named
    return found


# Records near a subject in meaning, when its words are not theirs ('staff appraisal' and 'the
# performance review of officers'): cosine similarity of the record's chunk to the subject
# phrase, within SEMANTIC_MARGIN of the nearest record and at least SEMANTIC_FLOOR (MiniLM;
# chosen on the development set and the bundled papers: unrelated records score 0.2-0.4).
SEMANTIC_FLOOR = 0.45
SEMANTIC_MARGIN = 0.1


def near_in_meaning(context: AnswerContext, text: str) -> dict[str, float]:
    """Record id -> similarity, for the records whose chunk is near ``text`` in meaning."""
    if not text.strip():
        return {}
    hits = context.retriever.search(text, k=40, filters=SearchFilters(kind="record")).hits
    scored = {
        h.chunk.record_id: h.dense_score
        for h in hits
        if h.chunk.record_id and h.dense_score is not None
    }
    if not scored:
        return {}
    best = max(scored.values())
    return {
        rid: score
        for rid, score in scored.items()
        if score >= SEMANTIC_FLOOR and score >= best - SEMANTIC_MARGIN
    }


def on_subject(
    positions: Positions,
    topic: list[str],
    subject: str,
    context: AnswerContext,
    question: str = "",
) -> Positions:
    """The positions whose record is on the subject: by its words (:func:`on_topic`, names
    the ``question`` spells out read in their short forms too) or, in other words, by
    meaning (:func:`near_in_meaning` of the subject phrase)."""
    by_words = (
        on_topic(positions, topic_weights(topic, context), context, question or subject)
        if topic
        else positions[:0]
    )
    near = near_in_meaning(context, subject)
    if not near:
        return by_words
    loaded = context.register.loaded()
    wanted = {loaded.position[rid] for rid in near if rid in loaded.position}
    by_meaning = positions[np.isin(positions, np.array(sorted(wanted), dtype=np.int32))]
    return np.union1d(by_words, by_meaning).astype(np.int32)


# -- filters --------------------------------------------------------------------------------
def _api_query(filters: SearchFilters) -> RecordQuery:
    """The API filters that are record fields (the report-year window is applied apart)."""
    return RecordQuery(
        document=filters.document,
        status=list(filters.status) if filters.status else None,
        theme=filters.theme,
        revised=filters.has_revised,
    )


def _in_report_years(records: list[ActionRecord], filters: SearchFilters) -> list[ActionRecord]:
    if filters.year_from is not None:
        records = [r for r in records if r.year is not None and r.year >= filters.year_from]
    if filters.year_to is not None:
        records = [r for r in records if r.year is not None and r.year <= filters.year_to]
    return records


def apply_api_filters(
    records: list[ActionRecord], filters: SearchFilters, context: AnswerContext
) -> list[ActionRecord]:
    if filters.is_empty():
        return records
    query = _api_query(filters)
    return _in_report_years([r for r in records if context.register.matches(r, query)], filters)


def record_query(q: QueryAnalysis) -> RecordQuery:
    """The register query every record filter of the question makes."""
    return RecordQuery(
        document=q.documents or None,
        status=q.statuses or None,
        theme=q.themes or None,
        theme_all=q.themes_all,
        since=q.since,
        until=q.until,
        slipped=q.slipped,
        min_extensions=q.min_extensions,
        revised=q.revised,
        owner=q.owner,
        owner_not=q.owner_not,
        owner_or=q.owner_or or None,
        priority=q.priority,
        section=q.section,
        due_from=q.due_from,
        due_to=q.due_to,
        revised_from=q.revised_from,
        revised_to=q.revised_to,
        no_due=q.no_due,
        dated=q.dated,
        degree=q.degree,
        category=q.category,
        ref=q.refs or None,
        ref_not=q.refs_not or None,
        owner_only=q.owner_only,
        owner_shared=q.owner_shared,
        due_says=q.due_says,
        status_says=q.status_says or None,
    )


def filtered(q: QueryAnalysis, context: AnswerContext) -> Positions:
    """Register positions of the records the question's filters and the API filters keep."""
    query = record_query(q)
    register, filters = context.register, context.filters
    positions = register.select(query)
    if q.sections or q.no_owner or q.has_owner:  # the tables whose rows the question's noun
        # names (within their own papers: a paper holding none of them keeps its rows); no owner
        loaded = register.loaded()
        # a row lacks an owner only in a paper that names owners for its rows
        owning = {r.document.id for r in loaded.records if _owned(r)} if q.no_owner else set()
        holding = {r.document.id for r in loaded.records if r.section in q.sections}
        kept = [
            r
            for r in loaded.at(positions)
            if (r.section in q.sections or r.document.id not in holding)
            and not (q.no_owner and (_owned(r) or r.document.id not in owning))
            and not (q.has_owner and not _owned(r))  # 'do have a named lead'
        ]
        positions = loaded.positions_of(kept)
    if q.terms_not:  # 'apart from the one on backlog maintenance': records saying all of them
        loaded = register.loaded()
        wanted = stems(" ".join(q.terms_not))
        # 'not about partnerships': the rows tagged with a theme the words name are left out too
        unwanted = set(themes_named(" ".join(q.terms_not)))
        kept = [
            r
            for r in loaded.at(positions)
            if not _says_all(wanted, r)
            and not unwanted & set(r.themes)
            and not headed_by(wanted, r)
        ]
        positions = loaded.positions_of(kept)
    if q.column_says:  # 'a limited audit opinion': the rows holding the label in its column
        loaded = register.loaded()
        kept = [r for r in loaded.at(positions) if fits_labels(r, q.column_says)]
        positions = loaded.positions_of(kept)
    if q.percent_range is not None:  # 'at 100%': the rows whose percentage cell lies there
        loaded = register.loaded()
        kept = [r for r in loaded.at(positions) if in_percent_range(r, q.percent_range)]
        positions = loaded.positions_of(kept)
    if q.carried:  # 'carried over from last year': the rows the body's earlier paper holds too
        loaded = register.loaded()
        rows = carried_rows(
            loaded.at(positions), loaded.records, context.documents, q.carried, q.carried_year
        )
        positions = positions if rows is None else loaded.positions_of(rows)
    if filters.is_empty():
        return positions
    positions = intersect(positions, register.select(_api_query(filters)))
    if filters.year_from is None and filters.year_to is None:
        return positions
    loaded = register.loaded()
    return loaded.positions_of(_in_report_years(loaded.at(positions), filters))


def headed_by(wanted: set[str], record: ActionRecord) -> bool:
    """Whether the row's category holds every stem in ``wanted`` ('apart from the finance
    ones' leaves out the rows headed 'Finance', whatever their own words say)."""
    return bool(wanted) and bool(record.category) and wanted <= stems(record.category or "")


def _says_all(wanted: set[str], record: ActionRecord) -> bool:
    """Whether the row's title and action hold a word of every stem in ``wanted``; a row that
    cannot (:func:`~assistant.text.may_have_stem`) is passed over without stemming its words
    (a large record has 100,000 rows)."""
    said = f"{record.title} {record.action or ''}"
    # a compound is said either way: 'whistle-blowing' says 'whistleblowing' too
    text = f"{said} {_JOINED_HYPHEN.sub('', said)}" if "-" in said else said
    lowered = text.lower()
    if not all(may_have_stem(lowered, w) for w in wanted):
        return False
    return wanted <= stems(text)


_JOINED_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def _owned(record: ActionRecord) -> bool:
    """Whether the row names an owner (an empty cell, 'None' or a dash names none)."""
    return (record.owner or "").strip(" -–.").lower() not in ("", "none", "n/a", "tbc", "tbd")


def record_hits(
    q: QueryAnalysis, context: AnswerContext, text: str, k: int, near: str | None = None
) -> list[ActionRecord]:
    """The records whose chunks best match ``text``, best first, within the API filters and the
    documents the question names; ``near``: a chunk whose stored vector stands for the text's
    meaning (the chunk the text is from), so the text is not embedded again."""
    data = context.filters.model_dump(exclude_none=True)
    data["kind"] = "record"
    if q.documents and "document" not in data:
        data["document"] = q.documents
    filters = SearchFilters.model_validate(data)
    hits = (
        context.retriever.search_near(near, text, k=k, filters=filters)
        if near
        else context.retriever.search(text, k=k, filters=filters)
    ).hits
    records = context.register.by_id()
    return [records[h.chunk.record_id] for h in hits if h.chunk.record_id in records]


def relevance_order(
    q: QueryAnalysis, positions: Positions, context: AnswerContext, topic: list[str]
) -> Positions:
    """Most relevant first when the question has a topic; otherwise oldest report first."""
    if not topic or len(positions) < 2:
        return context.register.chronological(positions)
    hits = context.retriever.search(
        q.question, k=min(100, len(positions) * 3), filters=SearchFilters(kind="record")
    ).hits
    rank = {h.chunk.record_id: i for i, h in enumerate(hits) if h.chunk.record_id}
    return context.register.ranked(positions, rank, default=10_000)
