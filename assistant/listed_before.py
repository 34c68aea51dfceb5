"""The list a turn's rows were picked from: whether the last answer showed rows to pick from
('the second one', 'and the one due in May?'), directly or by picking out of an earlier list."""

from __future__ import annotations

from assistant.antecedents import Previous


def enumerated(previous: Previous | None) -> bool:
    """Whether the last answer showed a list of rows to pick from (not passages quoted), or
    picked its rows out of one."""
    return previous is not None and (
        (
            not previous.quoted
            and len(previous.records) >= 2
            and previous.route.startswith(("register", "document", "overview"))
        )
        or listed_before(previous) is not None
    )


def listed_before(previous: Previous) -> str | None:
    """The question of the list the last turn picked its rows from ('which one is about X?'
    after a list): a further pick ('and the one due in May?') is made from that list too."""
    turn: Previous | None = previous
    while turn is not None and turn.pool and turn.before is not None:
        if [r.id for r in turn.before.records] == [r.id for r in turn.pool]:
            return turn.before.standalone.rstrip(" ?.")
        turn = turn.before
    return None
