"""The register's shared-owner filter: an owner's rows split into those held alone and those
held with another owner, on the bundled record."""

from __future__ import annotations

from dataclasses import replace

from assistant.register import RecordQuery
from assistant.service import Assistant


def test_shared_and_sole_rows_split_an_owners_rows(assistant: Assistant) -> None:
    register = assistant.register
    asked = RecordQuery(owner="Director of Finance Services")
    every = {r.id for r in register.query(asked)}
    sole = {r.id for r in register.query(replace(asked, owner_only=True))}
    shared = register.query(replace(asked, owner_shared=True))
    assert shared and sole
    assert {r.id for r in shared} | sole == every and not {r.id for r in shared} & sole
    expected = [
        r.id for r in register.all() if register.matches(r, replace(asked, owner_shared=True))
    ]
    assert [r.id for r in shared] == expected
