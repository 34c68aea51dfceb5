"""The owners a list is filtered on, as its heading says them: 'owned by the Clerk alone',
'owned by the Finance Officer or the Clerk to the Board', 'not owned by the MPA or the
Treasurer'."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis


def _the(owner: str) -> str:
    return owner if owner.isupper() else f"the {owner}"


def owner_clause(q: QueryAnalysis) -> str:
    """The heading's words for the question's owner filters ('' when it has none)."""
    said = ""
    if q.owner:
        alone = " alone" if q.owner_only else " jointly with another" if q.owner_shared else ""
        said += f" owned by {' or '.join(_the(o) for o in [q.owner, *q.owner_or])}{alone}"
    if q.owner_not:
        neither = [] if q.owner else q.owner_or  # 'not owned by X or Y': rows of neither
        said += f" not owned by {' or '.join(_the(o) for o in [q.owner_not, *neither])}"
    return said
