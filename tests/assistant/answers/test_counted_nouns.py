"""A count is of the register's rows only when its noun is what the papers call their rows
(assistant.answers.support.figures): 'records' or 'activities' the prose counts are figures,
read with their scale and their head noun."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from assistant.answers.support.figures import figures, names_register_rows


def _context() -> Any:
    register = SimpleNamespace(all=lambda: [])
    return cast(Any, SimpleNamespace(documents=[], register=register, row_nouns=set))


def test_words_for_any_row_count_rows_and_other_nouns_do_not() -> None:
    context = _context()
    assert names_register_rows("actions", context)
    assert names_register_rows("items", context)
    assert not names_register_rows("records", context)  # no paper here calls its rows records
    assert not names_register_rows("activities", context)


def test_a_count_is_read_with_its_scale_and_the_head_of_its_noun_phrase() -> None:
    found = {f.kind: f.value for f in figures("The depot scanned 2 million invoices in May.")}
    assert found["count of invoic"] == 2_000_000
    found = {
        f.kind: f.value for f in figures("Migration of 310 tenant files is under way.", heads=True)
    }
    assert found["count of file"] == 310 and found["count of tenant"] == 310
