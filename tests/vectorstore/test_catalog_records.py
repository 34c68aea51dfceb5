"""The register's records as the catalog loads them: equal to what was stored, smaller in memory."""

from __future__ import annotations

import pytest

from ingest.model import ActionRecord

pytestmark = pytest.mark.slow


def test_loaded_records_equal_the_stored_ones_and_share_repeated_values(
    real_services: object,
) -> None:
    catalog = real_services.catalog  # type: ignore[attr-defined]
    records = catalog.records()
    stored = {
        str(row["id"]): ActionRecord.model_validate_json(row["data"])
        for row in catalog.conn.execute("SELECT id, data FROM records")
    }
    assert len(records) == len(stored) == 76
    for record in records:  # every value as stored, and every field still counts as given
        assert record.model_dump() == stored[record.id].model_dump()
        assert record.model_dump(exclude_unset=True) == record.model_dump()

    # repeated values are one object: headings of a table, owners, pydantic's field sets
    by_document: dict[str, list[ActionRecord]] = {}
    for record in records:
        by_document.setdefault(record.document.id, []).append(record)
    table = by_document["002_93be34f48625d430-txt"]
    first_headings = list(table[0].columns)
    for record in table[1:]:
        for heading in record.columns:
            same = [h for h in first_headings if h == heading]
            assert not same or same[0] is heading
    owners: dict[str, str] = {}
    for record in records:
        if record.owner:
            assert owners.setdefault(record.owner, record.owner) is record.owner
    assert len({id(r.__pydantic_fields_set__) for r in records}) == 1
    # a column's text and the field taken from it are one string
    assert any(
        value is record.finding or value is record.action or value is record.title
        for record in records
        for value in record.columns.values()
    )
