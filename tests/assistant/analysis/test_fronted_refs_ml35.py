"""A list of refs fronted before 'which' or 'how many' in other shapes than 'Of R1 and R2, which':
no preposition and a dash or colon ('KL-1, KL-2 and KL-4 - which of these …'), or their paper
named beside them ('Of KL-1 and KL-3 in the kiln log, which …'): the rows asked of are those
refs. Rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.fronted_refs import fronted_refs
from tests.assistant.analysis.invented_log import log_index

_INDEX = log_index(
    [
        ("KL-1", "Kiln servicing contract has lapsed", "Studio Manager"),
        ("KL-2", "Glaze stock is not counted", "Shop Lead"),
        ("KL-3", "Clay deliveries are not checked", "Studio Manager"),
        ("KL-4", "Firing logs are incomplete", "Technician"),
    ]
)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("KL-1, KL-2 and KL-4 - which of these are owned by the Studio Manager?", "list"),
        ("KL-1, KL-2 and KL-4: which of them does the Shop Lead own?", "list"),
        ("KL-1, KL-3 and KL-4 \u2014 which are the Technician's?", "list"),
        ("Of KL-1, KL-3 and KL-4 in the audit action log, which are the Studio Manager's?", "list"),
        ("KL-1, KL-2 and KL-3 - how many of them are owned by the Studio Manager?", "count"),
        ("Looking at KL-2, KL-3 and KL-4, which are owned by the Studio Manager?", "list"),
        ("For KL-1 and KL-4, which does the Technician own?", "list"),
        ("Of actions KL-1, KL-2 and KL-3, how many does the Shop Lead own?", "count"),
    ],
)
def test_fronted_refs_in_other_shapes_ask_of_those_rows(question: str, intent: str) -> None:
    q = analyse(question, _INDEX)
    assert q.intent == intent, question


def test_the_paper_named_with_the_refs_stays_beside_them() -> None:
    folded = fronted_refs("Of KL-1 and KL-3 in the kiln log, which are overdue?")
    assert folded == "which of KL-1 and KL-3 in the kiln log are overdue?"


@pytest.mark.parametrize(
    "question",
    ["2022 and 2023: which year had more actions?", "KL-1 - who owns it?", "KL-1, which owner?"],
)
def test_years_or_one_ref_are_no_fronted_list(question: str) -> None:
    assert fronted_refs(question) is None
