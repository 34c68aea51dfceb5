"""An owner asked for with another ('owned jointly by X', 'X shares with someone else', 'X
and somebody else') keeps only the rows X holds with another owner; 'alone or jointly' keeps
any; 'solely' keeps the rows X holds alone. The reading over invented rows, then the
register's filter over an invented owner cell."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from tests.assistant.analysis.test_owner_locus import _index


@pytest.mark.parametrize(
    "question",
    [
        "Which Pennick college actions are owned jointly by the Bursar?",
        "How many actions does the Bursar share with someone else at Pennick college?",
        "Which Pennick actions are held by the Bursar together with another officer?",
    ],
)
def test_shared_ownership_is_read(question: str) -> None:
    q = analyse(question, _index())
    assert q.owner == "Bursar" and q.owner_shared and not q.owner_only, (question, q)
    assert not {"jointly", "someone", "share", "together"} & set(q.terms), (question, q)


@pytest.mark.parametrize(
    "question",
    [
        "Which Pennick college actions does the Bursar own, alone or jointly?",
        "Which Pennick college actions does the Bursar own?",
        "Which Pennick college actions are owned solely by the Bursar?",
        "List the Pennick actions the Bursar owns, including any shared with another officer.",
    ],
)
def test_no_shared_filter_without_shared_words(question: str) -> None:
    assert not analyse(question, _index()).owner_shared, question


def test_shared_ownership_is_not_shown_in_the_analysis() -> None:
    q = analyse("Which Pennick college actions are owned jointly by the Bursar?", _index())
    assert "owner_shared" not in q.model_dump()
