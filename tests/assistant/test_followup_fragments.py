"""Bare noun-phrase follow-ups on made-up records (no index): 'the cost implications?' is a
follow-up by its form (a determiner, no wh-word, no verb), and a noun phrase whose words are
all words of a column header of the record in focus asks that column of it."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followup_forms import fragment, looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from ingest.model import ActionRecord, DocumentRef

DEPOTS = DocumentRef(id="d1", title="Depot Review", filename="d1.txt", date="2019-06-30")


def depot_action(ref: str) -> ActionRecord:
    return ActionRecord(
        id=f"d1:{ref}",
        document=DEPOTS,
        ref=ref,
        ordinal=1,
        title="Replace the depot boilers",
        source_text="Replace the depot boilers",
        source_start=0,
        source_end=25,
        columns={
            "Ref": ref,
            "Action": "Replace the depot boilers",
            "Funding Implications (£)": "40k",
            "Outstanding hazards": "Two boilers still unsafe",
        },
    )


ONE = Previous("Who owns DR-3?", [depot_action("DR-3")], ["DR-3"])
HISTORY = [Turn(role="user", content="Who owns DR-3?"), Turn(role="assistant", content="…")]


def test_a_bare_noun_phrase_is_a_follow_up() -> None:
    assert fragment("the funding implications?")
    assert looks_like_follow_up("And the outstanding hazards?")
    assert looks_like_follow_up("the owner of the second one?")
    assert not fragment("the boilers were replaced?")
    assert not fragment("The depot review: who wrote it?")


def test_a_noun_phrase_of_column_words_asks_that_column_of_the_record() -> None:
    assert rewrite_by_rules("the funding implications?", HISTORY, ONE) == (
        "the funding implications of DR-3?"
    )
    assert rewrite_by_rules("And the outstanding hazard?", HISTORY, ONE) == (
        "the outstanding hazard of DR-3?"
    )


def test_a_noun_phrase_not_all_column_words_is_not_a_column() -> None:
    # 'funding plan' is no column: not asked as the record's column
    assert rewrite_by_rules("and the funding plan?", HISTORY, ONE) != "the funding plan of DR-3?"
