"""An owner the question names in another form than the register's cells: the remit before
the post ('the Finance Director' for 'Director of Finance'), or the post alone where one
owner of the register is that post of something ('the Clerk' for 'Clerk to the Joint
Committee'). The owner returned is the one held, as written, with the words that named it.

Usage::

    owner_in_other_form("what is the Finance Director handling?", ["Director of Finance"])
    # ('Director of Finance', 'Finance Director')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a post 'of'/'to'/'for' its remit: 'Director of Finance', 'Clerk to the Joint Committee'
_POST_OF = re.compile(
    r"^(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?P<link>of|to|for)\s+(?:the\s+)?(?P<remit>.+)$"
)


def _found(question: str, words: str) -> re.Match[str] | None:
    """``words`` as whole words of ``question``, any case."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", question, re.I)


def owner_in_other_form(question: str, owners: Sequence[str]) -> tuple[str, str] | None:
    """The held owner the question names with its remit first or by its post alone, and the
    words that named it; None when it names none, or the post alone fits several owners (or is
    itself an owner of the register)."""
    held = {o.lower() for o in owners}
    inverted: list[tuple[str, str]] = []
    by_post: dict[str, list[str]] = {}
    for owner in owners:
        shape = _POST_OF.match(owner.strip())
        if shape is None:
            continue
        remit = re.sub(r"\s*\(.*\)$", "", shape.group("remit")).strip()
        if shape.group("link") == "of" and len(remit.split()) <= 3:
            variant = f"{remit} {shape.group('post')}"
            if (found := _found(question, variant)) and variant.lower() not in held:
                inverted.append((owner, found.group(0)))
        by_post.setdefault(shape.group("post"), []).append(owner)
    if inverted:
        return max(inverted, key=lambda pair: len(pair[1]))
    for post, holders in by_post.items():
        shortest = min(holders, key=len)
        # one post however its cells go on ('Clerk to the Board and Treasurer' is the same one)
        if any(not h.startswith(shortest) for h in holders) or post.lower() in held:
            continue
        # the post written capitalised after 'the', and no longer name going on after it
        found = re.search(rf"\bthe\s+({re.escape(post)})(?![\w-])(?!\s+[A-Z(])", question)
        if found:
            return shortest, found.group(1)
    return _remit_alone(question, owners) or shortened(question, owners)


# the little words an owner's initials skip: 'Data Protection Officer' -> DPO, 'Head of
# Finance' -> HF (not HOF)
_SKIPPED = frozenset({"of", "the", "and", "for", "to", "&", "in"})


def shortened(question: str, owners: Sequence[str]) -> tuple[str, str] | None:
    """The one held owner the question writes short: by its initials in capitals ('the DPO' for
    'Data Protection Officer', 'the SIRO'), its words cut to their first letters ('the Chief
    Exec' for 'Chief Executive'), or run together ('the harbourmaster' for 'Harbour Master');
    with the words that named it. None when none does, or the form fits several owners."""
    found: list[tuple[str, str, str]] = []  # (owner, its plain name, the words written)
    for owner in owners:
        plain = re.sub(r"\s*\(.*?\)", "", owner).strip()
        words = re.findall(r"[A-Za-z]+", plain)
        if len(words) < 2 or " and " in f" {plain.lower()} " or "/" in plain:
            continue  # a joint holding has no initials of its own
        kept = [w for w in words if w.lower() not in _SKIPPED]
        initials = "".join(w[0] for w in kept).upper()
        forms = [
            rf"(?-i:{initials}s?)" if len(initials) >= 3 else None,
            _own_short_form(owner, words),  # 'DoO' of 'Director of Operations (DoO)'
            r"\s+".join(rf"(?:{re.escape(w[:4])}[a-z]*\.?{_short_forms(w)})" for w in kept),
            re.escape("".join(words)),
        ]
        for form in forms:
            hit = re.search(rf"(?<![\w-])(?:{form})(?![\w-])", question, re.I) if form else None
            if hit and _fits(hit.group(0), words) and hit.group(0).lower() != plain.lower():
                found.append(
                    (owner, plain.lower(), hit.group(0) + _qualified(question, hit, owner))
                )
                break
    held = {o.lower() for o in owners}
    shapes = [f for f in found if f[2].lower() not in held]
    return (shapes[0][0], shapes[0][2]) if len({p for _, p, _ in shapes}) == 1 else None


# the short forms a post's words are commonly written in ('ops manager', 'finance mgr'): a
# general vocabulary of job titles, not of any paper
_ABBREVIATIONS = {
    "ops": "operations", "mgr": "manager", "dir": "director", "asst": "assistant",
    "dept": "department", "comms": "communications", "govt": "government",
    "mgmt": "management", "admin": "administration", "info": "information",
    "sec": "secretary", "procs": "procurement", "svcs": "services", "hd": "head",
}  # fmt: skip


def _own_short_form(owner: str, words: list[str]) -> str | None:
    """The short form the cell itself gives the post in brackets ('DoO' of 'Director of
    Operations (DoO)', 'HoF' of 'Head of Finance (HoF)'), or its initials with the small words'
    letters in small ('DoO' of 'Director of Operations'), matched in its own case; None when
    neither has two capitals (a word, not an initialism)."""
    given = re.search(r"\(([A-Za-z&]{2,8})\)", owner)
    mixed = "".join(w[0] if w.lower() not in _SKIPPED else w[0].lower() for w in words)
    forms = [f for f in (given.group(1) if given else None, mixed) if f and f != f.upper()]
    forms = [f for f in forms if sum(c.isupper() for c in f) >= 2]
    return rf"(?-i:{'|'.join(map(re.escape, forms))})" if forms else None


def _short_forms(word: str) -> str:
    """'|ops' for 'Operations': the alternation of the word's common short forms, if any."""
    return "".join(f"|{a}" for a, full in _ABBREVIATIONS.items() if full == word.lower())


# 'the ops manager for the transfer stations' of 'Operations Manager (Transfer Stations)'
_QUALIFIER = re.compile(r"\((?P<q>[^()]+)[)}]|\{(?P<b>[^(){}]+)\)")


def _qualified(question: str, hit: re.Match[str], owner: str) -> str:
    """The words after ``hit`` that say the owner's bracketed qualifier ('for the transfer
    stations' of 'Operations Manager (Transfer Stations)'), to be read with it; '' if none."""
    found = _QUALIFIER.search(owner)
    if found is None:
        return ""
    said = r"\s+".join(re.escape(w) for w in (found["q"] or found["b"]).split())
    after = re.match(
        rf"\s*(?:\(|\s(?:for|at|of|in)\s+(?:the\s+)?){said}\)?", question[hit.end() :], re.I
    )
    return after.group(0) if after else ""


def _fits(written: str, words: list[str]) -> bool:
    """Whether ``written`` is the owner's words shortened: its initials, each word a start of
    the owner's, or the words run together."""
    if written.replace(" ", "").lower() == "".join(words).lower() or written.rstrip("s").isupper():
        return True
    if re.fullmatch(r"[A-Za-z&]{2,8}", written) and sum(c.isupper() for c in written) >= 2:
        return True  # the post's own short form in mixed case ('DoO')
    cut = re.findall(r"[A-Za-z]+", written)
    kept = [w for w in words if w.lower() not in _SKIPPED]
    return len(cut) == len(kept) and all(
        k.lower().startswith(c.lower()) or _ABBREVIATIONS.get(c.lower()) == k.lower()
        for c, k in zip(cut, kept, strict=True)
    )


# a verb placing rows with a party: 'led by IT', 'owned by the estates team', 'falls to finance'
_PLACED = re.compile(
    r"\b(?:(?:led|owned|run|held|managed|handled|overseen)\s+by|(?:falls?|fell|sits?|rests?|"
    r"lies?)\s+(?:to|with))\s+(?:the\s+)?(?P<remit>[\w&-]+(?:\s+[\w&-]+)?)"
    r"(?:\s+(?:team|function|department|directorate|service|services|unit|side))?",
    re.I,
)


def _remit_alone(question: str, owners: Sequence[str]) -> tuple[str, str] | None:
    """The one held owner a question names by its remit alone after a verb placing the rows
    ('led by IT' for 'Head of IT Services', 'owned by the estates team' for 'Director of
    Estates'); None when no owner's remit opens with those words, or several do. A remit in
    capitals is matched in capitals ('IT', not the pronoun 'it')."""
    for placed in _PLACED.finditer(question):
        words = placed.group("remit").split()
        for size in (len(words), 1) if len(words) > 1 else (1,):
            asked = " ".join(words[:size])
            holders = {
                owner
                for owner in owners
                if (remit := _remit_of(owner)) is not None and _opens_with(remit, asked)
            }
            if len(holders) == 1:
                return holders.pop(), asked
            if holders:
                return None
    return None


# the nouns of a post named after its remit: 'IT Manager', 'Data Protection Officer'
_POST_NOUN = re.compile(
    r"^(?P<remit>[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,3}?)\s+(?:Manager|Officer|Lead|Coordinator|"
    r"Controller|Director|Adviser|Advisor|Accountant|Engineer|Administrator|Team|Unit|"
    r"Partner|Owner|Inspector|Surveyor|Analyst|Specialist|Secretary)$"
)


def _remit_of(owner: str) -> str | None:
    """The remit of a post, whichever way round it is named: 'Head of IT Services' -> 'IT
    Services', 'IT Manager' -> 'IT'; None for a name of no such shape."""
    shape = _POST_OF.match(owner.strip())
    if shape is not None:
        return shape.group("remit") if shape.group("link") == "of" else None
    first = _POST_NOUN.match(owner.strip())
    return first.group("remit") if first is not None else None


def _opens_with(remit: str, asked: str) -> bool:
    """Whether a remit ('IT Services') opens with the asked words ('IT'), whole words; a
    short word in capitals on either side is matched in the same case."""
    held = remit.split()[: len(asked.split())]
    return len(held) == len(asked.split()) and all(
        h == a if (h.isupper() or a.isupper()) and len(h) <= 4 else h.lower() == a.lower()
        for h, a in zip(held, asked.split(), strict=True)
    )
