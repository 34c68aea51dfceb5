"""Values of a paper's own label columns named in a list or count: 'which actions have a
limited audit opinion?', 'how many received no assurance?', 'not Restricted or Limited'.

A paper may rate its rows in a column no field reads (an 'Audit opinion' beside the priority,
an 'Assurance' or 'Direction of travel' column): its cells are a few short labels, each held
by several rows. The values those columns hold are indexed per paper (:func:`label_columns`)
and a question's words are linked to them stem by stem, longest first. A value linked becomes
a filter on that column when the question names it as a label (the column's header words, a
labelling verb or a copula before it, a value of several words), or when no row of the papers
holding it uses its words elsewhere (the words can then mean nothing but the label). A value
denied ('not Limited or No assurance', 'neither … nor …', 'other than …') keeps the column's
other values. Columns a field reads (status, priority, owner, deadline, category) keep their
own readings and are not indexed here.

    labels_read(reading, 'count', name_index, documents) -> {'Audit opinion': ['Limited']}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import partial

from assistant.analysis.filters_read import Filters
from assistant.analysis.held_status import held_left
from assistant.analysis.model import Intent
from assistant.analysis.names import NameIndex
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import Reading, negation_before
from assistant.analysis.rows_asked import LABELLED
from assistant.text import stem, value_key
from ingest.model import ActionRecord

# a column of labels: at most this many distinct values, each of at most this many words
_MAX_VALUES = 10
_MAX_WORDS = 4
_MIN_ROWS = 3
# answer particles and placeholders a cell may hold, which a question uses as words
_NO_LABEL = frozenset({"yes", "no", "y", "n", "tbc", "tba", "na", "n/a", "none", "other", "-"})
# a copula or a verb of having right before a value: 'are Limited', 'received no assurance'
_HAS_VALUE = re.compile(
    r"\b(?:is|are|was|were|been|be|being|got|gets?|given|received?|receiving|carr(?:y|ies|ied)|"
    r"with|has|have|had|having|holds?|held|hold|show(?:s|ing|n)?|at)\s+(?:not\s+)?(?:an?\s+|the\s+)?$",
    re.I,
)
_HEADER_STOP = frozenset({"of", "the", "and", "to", "for", "in", "a", "an", "by", "on", "status"})


def label_columns(records: Iterable[ActionRecord]) -> dict[str, dict[str, frozenset[str]]]:
    """Document id -> each label column no field reads -> the values its cells hold (as
    written). A label column: three rows or more, every filled cell a short label without
    digits, two to ten values, some value held by several rows."""
    cells: dict[tuple[str, str], list[str]] = {}
    fielded: Counter[tuple[str, str]] = Counter()
    records_seen = list(records)
    for record in records_seen:
        fields = {
            (v or "").strip().lower()
            for v in (
                record.status_text,
                record.priority,
                record.owner,
                record.due_text,
                record.revised_from_text,
                record.ref,
                record.category,
                record.title,
                record.finding,
                record.action,
                record.progress,
            )
        } - {""}
        for header, cell in record.columns.items():
            key = (record.document.id, header)
            value = " ".join((cell or "").split())
            cells.setdefault(key, []).append(value)
            if value and value.lower() in fields:
                fielded[key] += 1
    out: dict[str, dict[str, frozenset[str]]] = {}
    for (doc, header), values in cells.items():
        filled = [v for v in values if v]
        if len(values) < _MIN_ROWS or len(filled) < 2 or fielded[(doc, header)]:
            continue
        if not header.strip() or any(not _label(v) for v in filled):
            continue
        held = Counter(filled)
        if not 2 <= len(held) <= _MAX_VALUES or held.most_common(1)[0][1] < 2:
            continue
        out.setdefault(doc, {})[header] = frozenset(held)
    for doc, graded in _heading_grades(records_seen).items():
        out.setdefault(doc, {})[HEADING] = graded
    return out


# the rows' group headings as a column of their own: the grade each heading gives its rows
# after its subject ('Payroll - Limited assurance', 'Procurement (Restricted assurance)')
HEADING = "heading"
_HEADING_TAIL = re.compile(r"(?:\s+[-\u2013\u2014:]\s+|\s*\(\s*)([^()\-\u2013\u2014:]+?)\)?\s*$")


def heading_grade(category: str | None) -> str | None:
    """The grade a group heading gives after its subject ('Limited assurance' of 'Payroll -
    Limited assurance'); None when it gives none in that shape."""
    found = _HEADING_TAIL.search(category or "")
    value = " ".join(found.group(1).split()) if found else ""
    return value if value and _label(value) and len(value.split()) <= 3 else None


def _heading_grades(records: list[ActionRecord]) -> dict[str, frozenset[str]]:
    """Document id -> the grades its group headings give, when two or more differ in their
    first word and share their last ('Limited assurance', 'Restricted assurance')."""
    grades: dict[str, set[str]] = {}
    for record in records:
        if grade := heading_grade(record.category):
            grades.setdefault(record.document.id, set()).add(grade)
    out = {}
    for doc, values in grades.items():
        lasts = {value_key(v)[-1] for v in values if value_key(v)}
        firsts = {value_key(v)[0] for v in values if value_key(v)}
        if len(values) >= 2 and len(lasts) == 1 and len(firsts) == len(values):
            out[doc] = frozenset(values)
    return out


def _label(value: str) -> bool:
    words = re.findall(r"[A-Za-z]+", value)
    return (
        bool(words)
        and len(value.split()) <= _MAX_WORDS
        and len(value) <= 40
        and not re.search(r"\d", value)
        and value.lower() not in _NO_LABEL
    )


def labels_read(
    reading: Reading,
    intent: Intent,
    name_index: NameIndex,
    documents: list[str],
    filters: Filters | None = None,
) -> dict[str, list[str]]:
    """The label columns' values a list or count names (header -> the values kept), their
    words and the header's consumed; {} when it names none as a label. ``filters``: the
    status values read, set right when the question lists held status values together (see
    :func:`status_list_read`)."""
    if intent not in ("list", "count"):
        return {}
    if filters is not None:
        status_list_read(reading, name_index, documents, filters)
    held = name_index.kept("label columns", lambda: label_columns(_rows(name_index)))
    scope = [d for d in (documents or list(held)) if d in held]
    if not scope:
        return {}
    question = reading.plain
    tokens = _tokens(question)
    stems_ = [stem(t) for t, _, _ in tokens]
    every = name_index.kept("label keys", lambda: _keys(held))
    in_scope = set(scope)
    keys = {
        key: holders
        for key, all_holders in every.items()
        if (holders := [h for h in all_holders if h[0] in in_scope])
    }
    used = [False] * len(tokens)
    named: list[tuple[int, int, list[tuple[str, str, str]]]] = []  # (start, end, holders)
    for key in sorted(keys, key=len, reverse=True):
        for at in range(len(tokens) - len(key) + 1):
            if tuple(stems_[at : at + len(key)]) != key or any(used[at : at + len(key)]):
                continue
            words = [t for t, _, _ in tokens[at : at + len(key)]]
            if any(w in reading.consumed for w in words) and len(key) == 1:
                continue  # read already as a name, state or rating
            for i in range(at, at + len(key)):
                used[i] = True
            named.append((tokens[at][1], tokens[at + len(key) - 1][2], keys[key]))
    if not named:
        return {}
    kept: dict[str, set[str]] = {}
    consumed: list[str] = []
    denied = any(
        negation_before(question, start) or excluding_cue(question, start) for start, _, _ in named
    )
    named.sort()
    gated = [
        bool(_header_said(question, {h for _, h, _ in holders}, [v for _, _, v in holders]))
        or LABELLED.search(question[:start]) is not None
        or _HAS_VALUE.search(question[:start]) is not None
        or _of_rows(question[end:], name_index.item_nouns)  # 'the red recommendations'
        or len(value_key(holders[0][2])) > 1
        or not _used_elsewhere(holders, name_index)
        for start, end, holders in named
    ]
    for _ in range(len(named)):  # 'not limited or minimal': a list is named as labels alike
        for i in range(1, len(named)):
            if _JOINER.match(question[named[i - 1][1] : named[i][0]]) and gated[i - 1] != gated[i]:
                gated[i - 1] = gated[i] = True
    for (start, end, holders), label in zip(named, gated, strict=True):
        if not label:
            continue
        headers = {h for _, h, _ in holders}
        said = _header_said(question, headers, [v for _, _, v in holders])
        consumed += [question[start:end], *said]
        for cue in (LABELLED.search(question[:start]), _HAS_VALUE.search(question[:start])):
            consumed += [cue.group(0)] if cue else []  # 'rated', 'received': the label's verb
        for _, header, value in holders:
            kept.setdefault(header, set()).add(value)
        # the column's own words beside the value ('substantial assurance' of a column also
        # holding 'No assurance'): the label's, no subject
        vocabulary = {stem(w) for h in headers for v in _values_of(held, h) for w in v.split()}
        consumed += [t for t, _, _ in tokens if stem(t) in vocabulary]
    if not kept:
        return {}
    if denied:  # 'not Limited or No assurance': the column's other values in the papers
        kept = {
            h: {v for d in scope for v in held[d].get(h, ())} - named_values
            for h, named_values in kept.items()
        }
    for text in consumed:
        reading.consume(text)
    if denied:
        for start, _, _ in named:
            denial = negation_before(question, start) or excluding_cue(question, start)
            reading.consume(denial or "")
    return {h: sorted(v) for h, v in kept.items() if v}


# the rows' own nouns after a value that describes them ('red items', 'limited-rated ones')
_ROW_NOUNS = frozenset(
    "one ones item items action actions recommendation recommendations rec recs finding "
    "findings row rows point points issue issues area areas".split()
)


def _of_rows(after: str, nouns: set[str]) -> bool:
    """Whether the words right after a value are a noun of the rows ('red actions',
    'limited-rated recommendations'), the value an adjective of them."""
    found = re.match(r"[\s-]*(?:(?:rated|graded)\s+)?([a-z]+)", after.lower())
    return found is not None and (found.group(1) in _ROW_NOUNS or found.group(1) in nouns)


def _tokens(question: str) -> list[tuple[str, int, int]]:
    """The question's words, lower case, with where each starts and ends."""
    return [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z']+", question)]


def _values_of(held: dict[str, dict[str, frozenset[str]]], header: str) -> set[str]:
    """Every value the column ``header`` holds in any paper, lower case."""
    return {v.lower() for columns in held.values() for v in columns.get(header, ())}


def _header_said(question: str, headers: set[str], values: list[str]) -> list[str]:
    """The words of ``question`` that are a content word of one of ``headers`` ('opinion' of
    'Audit opinion'; of the headings, the grades' shared noun: 'assurance'), stem by stem."""
    wanted = {
        stem(w)
        for h in headers - {HEADING}
        for w in re.findall(r"[a-z]+", h.lower())
        if w not in _HEADER_STOP
    }
    if HEADING in headers:
        wanted |= {value_key(v)[-1] for v in values if value_key(v)}
    return [w for w in re.findall(r"[A-Za-z]+", question) if stem(w.lower()) in wanted]


def _used_elsewhere(holders: list[tuple[str, str, str]], name_index: NameIndex) -> bool:
    """Whether some row of the papers holding the value writes its words in its text (title,
    finding, action, progress): the words may then name a subject rather than the label.
    Over many papers it is taken that one does (each paper's words are read once, kept)."""
    docs = {d for d, _, _ in holders}
    if len(docs) > _MAX_PAPERS_READ:
        return True
    said = f" {' '.join(value_key(holders[0][2]))} "
    return any(
        said in name_index.kept(f"row words:{d}", partial(_row_words, name_index, d)) for d in docs
    )


_MAX_PAPERS_READ = 20


def _row_words(name_index: NameIndex, doc: str) -> str:
    """The stems of the paper's rows' text, each row between bars: ' a b | c d '."""
    rows = (
        " ".join(v or "" for v in (r.title, r.finding, r.action, r.progress))
        for r in name_index.doc_rows.get(doc, [])
    )
    return " | ".join(" " + " ".join(value_key(text)) + " " for text in rows)


def _keys(
    held: dict[str, dict[str, frozenset[str]]],
) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """Each held value's stems -> the (document, header, value) holding it."""
    keys: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for doc, columns in held.items():
        for header, values in columns.items():
            for value in sorted(values):
                if key := value_key(value):
                    keys.setdefault(key, []).append((doc, header, value))
                if header == HEADING and len(key) > 1:  # 'rated Restricted': the grade's word
                    keys.setdefault(key[:-1], []).append((doc, header, value))
    return keys


def _rows(name_index: NameIndex) -> list[ActionRecord]:
    return [r for rows in name_index.doc_rows.values() for r in rows]


def fits_labels(record: ActionRecord, column_says: dict[str, list[str]]) -> bool:
    """Whether ``record`` holds one of the values kept in one of the label columns named."""
    cells = {h.lower(): " ".join((c or "").split()).lower() for h, c in record.columns.items()}
    cells[HEADING] = (heading_grade(record.category) or "").lower()
    return any(
        cells.get(header.lower()) in {v.lower() for v in values}
        for header, values in column_says.items()
    )


def labels_phrase(column_says: dict[str, list[str]]) -> str:
    """'with Audit opinion “Limited” or “No assurance”': the label columns' values kept."""
    return " or ".join(
        ("under a heading of " if header == HEADING else f"with {header} ")
        + " or ".join(f"“{v}”" for v in values)
        for header, values in column_says.items()
    )


# what joins the values of a list: 'X or Y', 'X, Y and Z', 'X nor Y', 'X/Y'
_JOINER = re.compile(r"^\s*(?:,\s*)?(?:(?:or|and|nor|and/or)\s+|/\s*|,\s*)(?:as\s+)?$", re.I)
# a negation of a whole list right before its first value ('not', "aren't", 'neither')
_LIST_DENIED = re.compile(
    r"(?:\bnot|n['’]t|\bneither|\bnever)\s+(?:(?:been|be|yet|currently|now|either|marked|"
    r"rated|flagged|shown|recorded|listed|classed|as)\s+)*$",
    re.I,
)


def _status_keys(held: dict[str, set[str]], scope: list[str]) -> dict[tuple[str, ...], list[str]]:
    """The stems of each status value ``scope``'s papers hold -> those values; {} when some
    paper writes its statuses as prose."""
    values = {v for d in scope for v in held.get(d, ())}
    by_key: dict[tuple[str, ...], list[str]] = {}
    if "" in values:
        return by_key
    for value in sorted(values):
        if key := value_key(value):
            by_key.setdefault(key, []).append(value)
    return by_key


def status_list_read(
    reading: Reading, name_index: NameIndex, documents: list[str], filters: Filters
) -> None:
    """Status values the papers hold, named as one list ('not implemented or on track', 'not
    started or behind schedule'): the list denied as a whole keeps the papers' other values
    (the general reading takes 'not implemented' alone and drops the rest); the list asked
    keeps its values where a slip word among them was read as the derived slippage. Filters
    left as read when the question names no such list."""
    question = reading.plain
    if not re.search(r"\b(?:or|nor|and)\b|[,/]", question, re.I):
        return  # no list
    held = name_index.status_values
    scope = documents or list(held)
    by_key = name_index.kept(
        f"status keys:{','.join(sorted(documents)) or '*'}", partial(_status_keys, held, scope)
    )
    if not by_key:
        return  # statuses written as prose: no set of labels
    tokens = _tokens(question)
    stems_ = [stem(t) for t, _, _ in tokens]
    found: list[tuple[int, int, list[str]]] = []  # (start, end, values), in question order
    used = [False] * len(tokens)
    for key in sorted(by_key, key=len, reverse=True):
        for at in range(len(tokens) - len(key) + 1):
            if tuple(stems_[at : at + len(key)]) == key and not any(used[at : at + len(key)]):
                for i in range(at, at + len(key)):
                    used[i] = True
                found.append((tokens[at][1], tokens[at + len(key) - 1][2], by_key[key]))
    found.sort()
    run = [found[0]] if found else []
    for item in found[1:]:
        if _JOINER.match(question[run[-1][1] : item[0]]):
            run.append(item)
        elif len(run) < 2:
            run = [item]
    if len(run) < 2:
        return
    named = [v for _, _, vs in run for v in vs]
    before = _LIST_DENIED.search(question[: run[0][0]])
    denied = before.group(0) if before else excluding_cue(question, run[0][0])
    if (
        denied
        # the reading keeps rows of a value the list denies ('On track' read as asked, or
        # 'not on track or implemented' read as every open state)
        and (
            set(filters.status_says) & set(named)
            or set(filters.statuses)
            & {s for v in named for s in name_index.value_statuses.get(v, ())}
        )
        and all(held.get(d, set()) & set(named) for d in scope if held.get(d))
    ):
        filters.status_says = held_left(named, held, documents)  # (each paper holds some)
    elif (
        not denied
        and filters.slipped
        and documents  # each paper named holds labels of its own among them
        and all(held.get(d, set()) & set(named) for d in documents)
        and all(value_key(v) != ("overdu",) for v in named)
    ):
        filters.status_says = named  # 'not started or behind schedule': the labels as held
    else:
        return
    filters.statuses, filters.slipped, filters.degree = [], False, None
    reading.consume(question[run[0][0] : run[-1][1]])
    if ones := re.match(r"\s+ones?\b", question[run[-1][1] :], re.I):
        reading.consume(ones.group(0))  # 'the implemented or on track ones': the rows so named
    if denied:
        reading.consume(denied)
