"""Answers read off a row's cells are kept per cell (rows share their owner, deadline and
status cells): what is kept is what the cell gives read afresh, on the bundled record and on
other bodies' papers (``data/papers/dev``)."""

from __future__ import annotations

import pytest

from assistant.record_owners import _kept_parts, _owner_parts, cell_sole_owner
from assistant.text import says_degree


@pytest.mark.parametrize("name", ["assistant", "bodies_assistant"])
def test_owner_parts_kept_per_cell_equal_a_fresh_read(
    request: pytest.FixtureRequest, name: str
) -> None:
    register = request.getfixturevalue(name).register
    known = register.owner_names()
    assert isinstance(known, frozenset)
    cells = sorted({r.owner for r in register.all() if r.owner})
    assert cells
    for cell in cells:
        fresh = _owner_parts(cell, set(known))  # a mutable set is never kept
        assert _owner_parts(cell, known) == fresh == _owner_parts(cell, known)
        for owner in cells[:20]:
            assert cell_sole_owner(cell, owner, known) == cell_sole_owner(cell, owner, set(known))
    assert _kept_parts.cache_info().hits > 0  # the second read of a cell was kept


@pytest.mark.parametrize("name", ["assistant", "bodies_assistant"])
def test_degree_kept_per_cell_equals_a_fresh_read(
    request: pytest.FixtureRequest, name: str
) -> None:
    register = request.getfixturevalue(name).register
    cells = sorted({r.status_text or "" for r in register.all()})
    for degree in ("partly", "significantly or moderately", "fully", "substantial"):
        for cell in cells:
            assert says_degree(cell, degree) == says_degree.__wrapped__(cell, degree)
