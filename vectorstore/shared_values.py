"""Records read from a catalog made small: values that repeat from record to record are one object.

Owners, statuses, dates, headings and themes repeat across thousands of rows; :func:`share_values`
makes each equal string one object, a column's text the same object as the field taken from it,
and records share pydantic's set of the fields they were given. Both catalog backends call it
on every record they read.
"""

from __future__ import annotations

from ingest.model import ActionRecord

# short values that repeat from row to row (owners, statuses, dates, headings)
_REPEATING_FIELDS = (
    "section",
    "category",
    "parent_ref",
    "owner",
    "priority",
    "due_text",
    "due_date",
    "revised_from_text",
    "revised_from_date",
    "status",
    "status_text",
    "status_basis",
    "report_date",
)


def share_values(
    record: ActionRecord, shared: dict[str, str], field_sets: dict[frozenset[str], set[str]]
) -> None:
    """Make equal values one object, in place: strings that repeat across records (owners,
    statuses, column headings) come from ``shared``, a column's text is the same object as the
    field taken from it, and records share pydantic's set of the fields they were given (2 KB
    each). Every value stays equal; on 80k records the register takes 0.2 GB less."""
    fields_set = record.__pydantic_fields_set__
    object.__setattr__(
        record, "__pydantic_fields_set__", field_sets.setdefault(frozenset(fields_set), fields_set)
    )
    data = record.__dict__  # in place, without validate-on-assign: every value stays equal
    for name in _REPEATING_FIELDS:
        value = data[name]
        if value is not None:
            data[name] = shared.setdefault(value, value)
    data["themes"] = [shared.setdefault(theme, theme) for theme in data["themes"]]
    fields = {
        value: value
        for value in (data["title"], data["finding"], data["action"], data["progress"])
        if value
    }
    data["columns"] = {
        shared.setdefault(heading, heading): fields.get(value) or shared.get(value) or value
        for heading, value in data["columns"].items()
    }
