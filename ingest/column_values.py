"""Each column of a table mapped to its role, from its header and its first cells' values.

:func:`explain_roles` starts from each header's match (:func:`ingest.columns.match_header`,
a two-row header by its leaf words first) and lets the values decide where the header does
not: an unnamed column of identifiers, status phrases or dates; a narrative-sounding header
over nothing but dates (the deadline); a commentary header over status words (the status)
or grades (the rating); a column of percentages kept apart as :data:`PERCENT`; and of two
deadline columns, the later-worded one is the revised date. :func:`assign_roles` gives the
roles alone.
"""

from __future__ import annotations

import re

from ingest.columns import (
    _STATUS_VALUE_WORDS,
    NARRATIVE_PREFERENCE,
    ColumnMatch,
    Role,
    looks_like_ref,
    looks_like_status,
    match_header,
    normalise_header,
)
from ingest.dates import parse_dates
from ingest.vocabulary import has_sentence_end

_NARRATIVE_ROLES = {*NARRATIVE_PREFERENCE, Role.TITLE}
_MAY_HOLD_REFS = {Role.OTHER, Role.ACTION, Role.FINDING, Role.RECOMMENDATION, Role.TITLE}
_GRADE_VALUE = re.compile(  # a grade rows are rated by: 'High', 'Medium risk', 'Priority 2'
    r"^(?:very\s+)?(?:high|medium|low|critical|significant|major|minor|moderate|essential|"
    r"important|urgent|fundamental)(?:\s+(?:risk|priority))?$|^(?:priority|grade)\s*[1-4]$",
    re.I,
)
# Date wording that makes one of two deadline columns the revised one.
_LATER_DATE = re.compile(
    r"\b(?:now|expected|latest|revised|current|new|forecast|updated|extended|amended|moved|"
    r"rescheduled|deferred)\b"
)


def _may_be_rating(matches: list[ColumnMatch], first_cells: list[list[str]], index: int) -> bool:
    """Whether a commentary column could be a rating: its role not set by an override, and
    two or more values, all short labels."""
    return (
        matches[index].basis != "override"
        and len(_values(first_cells, index)) >= 2
        and _labels_only(first_cells, index)
    )


def _as_rating(matches: list[ColumnMatch], index: int) -> None:
    """The column at ``index`` kept as its own column (a rating), not the rows' progress."""
    old = matches[index]
    matches[index] = ColumnMatch(old.header, Role.OTHER, "values", 1.0, old.matched)


def _by_values(values: list[str], taken: set[Role] | frozenset[Role] = frozenset()) -> Role | None:
    """The role a column's values show (identifiers, statuses, dates), if not ``taken``."""
    if not values:
        return None
    enough = max(1, len(values) * 0.6)
    if Role.REF not in taken and sum(looks_like_ref(v) for v in values) >= enough:
        return Role.REF
    if Role.STATUS not in taken and sum(looks_like_status(v) for v in values) >= enough:
        return Role.STATUS
    if (
        Role.DUE not in taken
        and sum(bool(parse_dates(v)) and len(v.split()) <= 4 for v in values) >= enough
    ):
        return Role.DUE
    return None


def _group_prefix(header: list[str], index: int) -> int:
    """How many leading words the header at ``index`` shares with a neighbour, both having
    words after them: the group word of a two-row header ('Timing' over 'Set originally' |
    'Latest view' joined into 'Timing Set originally', 'Timing Latest view'); 0 if none."""
    words = normalise_header(header[index]).split()
    best = 0
    for other in (index - 1, index + 1):
        if not 0 <= other < len(header):
            continue
        theirs = normalise_header(header[other]).split()
        shared = 0
        while shared < min(len(words), len(theirs)) - 1 and words[shared] == theirs[shared]:
            shared += 1
        best = max(best, shared)
    return best


def _match_leaf_first(header: list[str], index: int) -> ColumnMatch:
    """The header's own match, or its leaf's when it sits under a group word and the leaf
    names a role by itself ('Status' over 'Original date' | 'Revised date': dates). Under a
    date group ('Timing' over 'Set originally' | 'Latest view') the leaf says which date."""
    match = match_header(header[index])
    shared = _group_prefix(header, index)
    if not shared or match.basis == "override":
        return match
    leaf = " ".join(normalise_header(header[index]).split()[shared:])
    found = match_header(leaf)
    dates = (Role.DUE, Role.REVISED_DUE)
    if (
        found.basis == "synonym"
        and found.role not in (Role.OTHER, match.role)
        and (match.role not in dates or found.role in dates)
    ):
        return ColumnMatch(header[index], found.role, "synonym", 1.0, found.matched)
    if match.role is Role.DUE and _LATER_DATE.search(leaf):
        return ColumnMatch(header[index], Role.REVISED_DUE, "synonym", 1.0, leaf)
    return match


def _values(first_cells: list[list[str]], index: int) -> list[str]:
    return [row[index] for row in first_cells if index < len(row) and row[index].strip()]


# a header that names the rows' priority or risk, whatever its cells hold
_NAMED_PRIORITY = re.compile(r"priorit|risk|severity|significance|importance|urgency")
_LABEL_WORDS = 3  # a rating cell ('Limited', 'No assurance', 'Partly met')


def _labels_only(first_cells: list[list[str]], index: int) -> bool:
    return all(len(v.split()) <= _LABEL_WORDS for v in _values(first_cells, index))


# a share done ('60%', '45 %', '100%'), as a '% complete' column holds it
_PERCENT_VALUE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\s?%$")
PERCENT = "percent complete"  # how a column of shares done is marked (kept beside the status)
_MAY_BE_PERCENT = (Role.STATUS, Role.PROGRESS, Role.OTHER, Role.PRIORITY)


_PERCENT_HEADER = re.compile(r"%|\bper ?cent")
_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")


def _percentages(header: str, first_cells: list[list[str]], index: int) -> bool:
    """A column of shares done: two or more values, nearly all percentages ('60%'), or bare
    figures up to 100 under a header that names a percentage ('% complete': '60')."""
    values = [v.strip() for v in _values(first_cells, index)]
    named = bool(_PERCENT_HEADER.search(header))
    fits = sum(
        bool(_PERCENT_VALUE.match(v)) or (named and bool(_FIGURE.match(v)) and float(v) <= 100)
        for v in values
    )
    return len(values) >= 2 and fits >= len(values) * 0.8


def _status_share(first_cells: list[list[str]], index: int) -> float:
    values = _values(first_cells, index)
    fits = sum(looks_like_status(" ".join(v.split())) for v in values)
    return fits / len(values) if values else 0.0


def _percent_apart(matches: list[ColumnMatch], first_cells: list[list[str]]) -> None:
    """A column of percentages ('% complete', 'Progress %': '60%') is how far the work has
    got in figures, no status and no commentary: kept as its own column, marked
    :data:`PERCENT`, whatever its header says."""
    for index, match in enumerate(matches):
        if (
            match.basis != "override"
            and match.role in _MAY_BE_PERCENT
            and _percentages(match.header, first_cells, index)
        ):
            matches[index] = ColumnMatch(match.header, Role.OTHER, "values", 1.0, PERCENT)


_MAY_HOLD_STATUS = (Role.STATUS, Role.PROGRESS, Role.OTHER, Role.PRIORITY)


def _wordy(first_cells: list[list[str]], index: int) -> bool:
    """Running text: most cells longer than a status phrase or holding a sentence's end."""
    values = _values(first_cells, index)
    long = sum(len(v.split()) > _STATUS_VALUE_WORDS or has_sentence_end(v) for v in values)
    return bool(values) and long >= len(values) / 2


def _status_by_vocabulary(matches: list[ColumnMatch], first_cells: list[list[str]]) -> None:
    """The status is read from the column whose cells hold status words ('Met', 'Partly
    met'), not from one a header names as the status whose cells hold none (comments,
    figures): that one is kept as commentary (running text) or as its own column, and the
    column of status words (another status column, a commentary or rating header, an unnamed
    one) becomes the status. A header naming a priority or risk keeps its role."""
    status = [i for i, m in enumerate(matches) if m.role is Role.STATUS]
    if not status or matches[status[0]].basis == "override":
        return
    first = status[0]
    if _status_share(first_cells, first) >= 0.3:
        return
    shares = {
        i: _status_share(first_cells, i)
        for i, m in enumerate(matches)
        if i != first
        and m.basis != "override"
        and m.role in _MAY_HOLD_STATUS
        and m.matched not in (PERCENT, "grouping")
        and len(_values(first_cells, i)) >= 2
        and not (m.role is Role.PRIORITY and _NAMED_PRIORITY.search(normalise_header(m.header)))
    }
    fitting = [i for i, share in shares.items() if share >= 0.8]
    if not fitting:
        return
    best = max(fitting, key=lambda i: (shares[i], -i))
    old = matches[first]
    kept = Role.PROGRESS if _wordy(first_cells, first) else Role.OTHER
    matches[first] = ColumnMatch(old.header, kept, "values", 1.0, old.matched)
    if matches[best].role is not Role.STATUS:
        matches[best] = ColumnMatch(matches[best].header, Role.STATUS, "values", 1.0)


_NAMES_ROW = (Role.TITLE, Role.FINDING, Role.RECOMMENDATION)
_REF_SHARE = 0.6  # of a column's cells that look like refs, for it to be the ref column


def _holds_refs(match: ColumnMatch, cells: list[str]) -> bool:
    """Whether a column that may hold refs ('Action', an unread header) holds mostly refs."""
    return (
        match.role in _MAY_HOLD_REFS
        and len(cells) >= 2
        and sum(looks_like_ref(v) for v in cells) >= len(cells) * _REF_SHARE
    )


def _ref_by_values_over_name(matches: list[ColumnMatch], first_cells: list[list[str]]) -> None:
    """The ref is read from the column whose cells are refs, not from one a header names as
    the ref ('Item', 'No.') whose cells are none (short phrases): when one of the first two
    columns, unnamed (its header unread, e.g. a '#' OCR lost), holds nothing but refs, it
    becomes the ref, and the named column the row's title (or its own column when the table
    has a title already). As :func:`_status_by_vocabulary` does for the status."""
    named = [i for i, m in enumerate(matches) if m.role is Role.REF]
    if len(named) != 1 or matches[named[0]].basis not in ("synonym", "similarity"):
        return
    ref = named[0]
    values = _values(first_cells, ref)
    if len(values) < 2 or sum(looks_like_ref(v) for v in values) >= len(values) * 0.3:
        return
    for index, match in enumerate(matches[:2]):
        if (
            index != ref
            and match.basis in ("none", "values")
            and _holds_refs(match, _values(first_cells, index))
        ):
            titled = any(m.role in _NAMES_ROW for m in matches)
            old = matches[ref]
            matches[ref] = ColumnMatch(
                old.header, Role.OTHER if titled else Role.TITLE, "values", 1.0, old.matched
            )
            matches[index] = ColumnMatch(match.header, Role.REF, "values", 1.0)
            return


def explain_roles(header: list[str], first_cells: list[list[str]]) -> list[ColumnMatch]:
    """How each column is mapped. Unnamed columns are judged by their values."""
    matches = [_match_leaf_first(header, index) for index in range(len(header))]
    _percent_apart(matches, first_cells)
    named = {m.role for m in matches if m.basis in ("override", "synonym", "similarity")}
    for index, match in enumerate(matches):
        if match.basis == "none":
            # an unnamed or unfamiliar header ('Stage reached'): its values say what it holds
            role = _by_values(_values(first_cells, index), named)
            if role is not None:
                matches[index] = ColumnMatch(match.header, role, "values", 1.0)
                named.add(role)
    if Role.DUE not in named:
        # a header read as narrative ('Planned', 'Agreed') over nothing but dates is the deadline
        for index, match in enumerate(matches):
            values = _values(first_cells, index)
            dated = sum(bool(parse_dates(v)) and len(v.split()) <= 4 for v in values)
            if (
                match.basis != "override"
                and match.role in _NARRATIVE_ROLES
                and len(values) >= 2
                and dated >= len(values) * 0.8
            ):
                matches[index] = ColumnMatch(match.header, Role.DUE, "values", 1.0)
                named.add(Role.DUE)
                break
    # a commentary-sounding header ('Position') over nothing but status words; a header read
    # as the finding ('Risk') over nothing but grades ('High', 'Priority 2'): the rows' rating
    # (and a bare 'Rating' over nothing but status words or colours is the rows' status)
    for role, read_as, share, test in (
        (Role.STATUS, (Role.PROGRESS, Role.OTHER, Role.PRIORITY), 0.8, looks_like_status),
        (Role.PRIORITY, (Role.FINDING, Role.OTHER), 1.0, _GRADE_VALUE.match),
    ):
        for index, match in enumerate(matches if role not in named else ()):
            values = _values(first_cells, index)
            fits = sum(bool(test(" ".join(v.split()))) for v in values)
            if (
                match.basis != "override"
                and match.role in read_as
                and not (
                    match.role is Role.PRIORITY
                    and _NAMED_PRIORITY.search(normalise_header(match.header))
                )
                and len(values) >= 2
                and fits >= len(values) * share
            ):
                matches[index] = ColumnMatch(match.header, role, "values", 1.0)
                break
    commentary = [i for i, m in enumerate(matches) if m.role is Role.PROGRESS]
    if len(commentary) == 1 and any(m.role is Role.STATUS for m in matches):
        # the one commentary column beside a status column over nothing but short labels that
        # are no status ('Assurance level': 'Limited', 'Reasonable'): a rating, not progress
        index = commentary[0]
        values = _values(first_cells, index)
        if (
            _may_be_rating(matches, first_cells, index)
            and len(set(values)) < len(values)  # a scale's few values, repeated
            and not any(
                has_sentence_end(v) or looks_like_status(" ".join(v.split())) for v in values
            )
        ):
            _as_rating(matches, index)
    if len(commentary) >= 2:
        # two commentary columns ('Assurance level', 'Update at March'): one over nothing but
        # short labels ('Limited', 'Reasonable') is a rating kept as its own column
        for index in commentary:
            if _may_be_rating(matches, first_cells, index) and any(
                len(_values(first_cells, other)) and not _labels_only(first_cells, other)
                for other in commentary
                if other != index
            ):
                _as_rating(matches, index)
    _status_by_vocabulary(matches, first_cells)
    _ref_by_values_over_name(matches, first_cells)
    certain = {m.role for m in matches if m.basis in ("override", "synonym")}
    for index, match in enumerate(matches):
        if match.basis == "similarity" and match.role in certain and match.role is not Role.OTHER:
            # a guess never takes a role a column already has by name
            matches[index] = ColumnMatch(match.header, Role.OTHER, "none", match.score)
    roles = [m.role for m in matches]
    if Role.REF not in roles:
        # 'Action' over 'IA-01', 'IA-02': a narrow column of identifiers is the ref column
        for index, match in enumerate(matches[:2]):
            if _holds_refs(match, _values(first_cells, index)):
                matches[index] = ColumnMatch(match.header, Role.REF, "values", 1.0)
                roles[index] = Role.REF
                break
    if not any(role in _NAMES_ROW for role in roles):
        # e.g. 'Area for Improvement' matched nothing else: the first wide column names the row
        for index, match in enumerate(matches):
            if match.role is Role.OTHER and match.matched != PERCENT:
                matches[index] = ColumnMatch(match.header, Role.TITLE, "fallback", 0.0)
                break
    due = [i for i, role in enumerate(roles) if role is Role.DUE]
    if len(due) == 2 and Role.REVISED_DUE not in roles:
        # two deadline columns: the one worded as later ('Now expected'), else the later one,
        # is the revised date
        worded = [i for i in due if _LATER_DATE.search(normalise_header(header[i]))]
        later = worded[0] if len(worded) == 1 else due[1]
        old = matches[later]
        matches[later] = ColumnMatch(old.header, Role.REVISED_DUE, old.basis, old.score, "later")
        roles[later] = Role.REVISED_DUE
    if Role.DUE not in roles and Role.REVISED_DUE in roles:
        # a lone 'New date' column is the deadline itself
        index = roles.index(Role.REVISED_DUE)
        old = matches[index]
        matches[index] = ColumnMatch(old.header, Role.DUE, old.basis, old.score, old.matched)
    return matches


def assign_roles(header: list[str], first_cells: list[list[str]]) -> list[Role]:
    """Role per column (see :func:`explain_roles` for why)."""
    return [m.role for m in explain_roles(header, first_cells)]
