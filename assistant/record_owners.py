"""Who owns a record: the owners its owner cell names, each on its own ('Director of X / MPA'
is two), and post titles compared as a register writes them ('the', '&')."""

from __future__ import annotations

import functools
import re
from collections.abc import Set

from ingest.model import ActionRecord

_OWNER_SPLIT = re.compile(r"\s*(?:/|,|;)\s*")
_AND = re.compile(r"\s+(?:and|with)\s+|\s*&\s*", re.I)  # '&' is 'and' spelt short


def owners_of(record: ActionRecord, known: Set[str] | None = None) -> list[str]:
    """The owners a record names, each on its own ('Director of X / MPA' -> two). 'A and B'
    (or 'A & B') is two owners when A and B each own a record on their own somewhere in
    ``known`` (bare names): 'Director of Finance Services and Treasurer' is two, 'Head of Pay
    and Benefits' and 'Director of Strategy and Improvement' one (one known half is not
    enough: 'Director of Strategy' may be a post of its own)."""
    return _owner_parts(record.owner or "", known)


def _owner_parts(cell: str, known: Set[str] | None) -> list[str]:
    if known is None or isinstance(known, frozenset):  # a register's owners: kept per cell
        return list(_kept_parts(cell, known))
    return [p for part in _OWNER_SPLIT.split(cell) for p in joined_posts(part, known)]


@functools.lru_cache(maxsize=65536)
def _kept_parts(cell: str, known: frozenset[str] | None) -> tuple[str, ...]:
    """:func:`_owner_parts` with an unchanging ``known``: rows share their owner cells, and an
    owner count asks it of thousands of rows."""
    return tuple(p for part in _OWNER_SPLIT.split(cell) for p in joined_posts(part, known))


def joined_posts(part: str, known: Set[str] | None) -> list[str]:
    """'A and B' as two posts when A and B each own a record on their own in ``known``; else
    the part as it stands ([] when blank)."""
    part = part.strip()
    pieces = _AND.split(part) if part else []
    if len(pieces) > 1 and known is not None and all(bare_owner(p) in known for p in pieces):
        return [p.strip() for p in pieces if p.strip()]
    return [part] if part else []


def sole_owner(record: ActionRecord, owner: str, known: Set[str] | None = None) -> bool:
    """Whether ``owner`` is the record's only owner (shared owners excluded). A post named
    short holds a longer title of the same post alone ('Director of Finance' alone holds a row
    of the 'Director of Finance Services' alone), as an owner filter matches it."""
    return cell_sole_owner(record.owner or "", owner, known)


def cell_sole_owner(cell: str, owner: str, known: Set[str] | None = None) -> bool:
    """:func:`sole_owner` of an owner cell (it reads nothing else of the record)."""
    parts = _owner_parts(cell, known)
    if len(parts) != 1:
        return bare_owner(cell) == bare_owner(owner)  # 'Area Manager, Response': one post
    held, named = bare_owner(parts[0]), bare_owner(owner)
    longer = held[len(named) + 1 :] if held.startswith(named + " ") else None
    # ('Director of Estates and Facilities' is a post of two remits, not the 'Director of
    # Estates' one: a title joined on by 'and' is no longer title of the same post)
    return held == named or (longer is not None and not longer.startswith("and "))


def known_owners(records: list[ActionRecord]) -> set[str]:
    """Every owner (bare) that some record names as its owner between separators."""
    return {bare_owner(p) for r in records for p in owners_of(r)}


@functools.lru_cache(maxsize=8192)
def bare_owner(name: str) -> str:
    """A post title compared: lower case, no 'the', '&' read as 'and'. Kept per title: an
    owner filter compares every record's owner, and a register repeats a few hundred titles."""
    words = re.findall(r"[a-z0-9]+|&", name.lower())
    return " ".join("and" if w == "&" else w for w in words if w != "the")


def holds_owner(record: ActionRecord, owner: str, known: Set[str]) -> bool:
    """Whether the record is ``owner``'s: its owner cell holds the title, and not only as the
    end of a longer post ('Town Clerk' asked, 'Deputy Town Clerk' held), when the register
    names the title asked as a post of its own."""
    return cell_holds_owner(record.owner or "", owner, known)


def cell_holds_owner(cell: str, owner: str, known: Set[str]) -> bool:
    """:func:`holds_owner` of an owner cell (it reads nothing else of the record)."""
    asked = bare_owner(owner)
    if asked not in bare_owner(cell):
        return False
    known_ = known if isinstance(known, frozenset) else frozenset(known)
    return _cell_holds(cell, asked, known_)


@functools.lru_cache(maxsize=65536)
def _cell_holds(cell: str, asked: str, known: frozenset[str]) -> bool:
    """:func:`holds_owner` for one owner cell, kept per (cell, title, register's owners): an
    owner filter tests every record, and a register repeats a few hundred cells."""
    for part in _owner_parts(cell, known) + _joined_posts(cell, known) + _titled_runs(cell):
        held = bare_owner(part)
        if asked in held and not (held.endswith(" " + asked) and asked in known):
            return True
    return False


def _titled_runs(cell: str) -> list[str]:
    """Runs of two or more neighbouring pieces of an owner cell split at commas or slashes,
    read as one post: a post may be titled with its remit after a comma ('Area Manager,
    Response'; 'Head of Service, Housing'), and asked by that whole title."""
    pieces = [p.strip() for p in _OWNER_SPLIT.split(cell) if p.strip()]
    return [
        ", ".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 2, len(pieces) + 1)
    ]


def _joined_posts(cell: str, known: frozenset[str]) -> list[str]:
    """The posts of an owner cell joined by 'and' ('Director of Finance and Head of
    Procurement', 'Chief Fire Officer and Treasurer') when every piece is an owner of the
    register, or a title of several words starting with a word some owner starts with (a
    post's head: 'Director', 'Head'); a remit joined on ('Head of Pay and Benefits', 'Health
    and Safety Adviser') is neither."""
    heads = {owner.split()[0] for owner in known if owner}
    posts: list[str] = []
    for part in _OWNER_SPLIT.split(cell):
        pieces = [p.strip() for p in _AND.split(part) if p.strip()]
        bare = [bare_owner(p).split() for p in pieces]
        # each a post: an owner of the register, or a title of several words with a post's head
        if len(pieces) > 1 and all(
            " ".join(words) in known or (len(words) >= 2 and words[0] in heads) for words in bare
        ):
            posts += pieces
    return posts
