"""After a narrowing that names its list ('Which of PK-1, PK-2, PK-3 and PK-4 are late?'), a
pointing word ('that one', 'they') is the rows the answer kept, not the first ref named."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.conversation import Turn
from assistant.followups import rewrite_by_rules
from assistant.kept_rows import kept_of_named, that_one
from tests.assistant.test_followup_focus import record

HISTORY = [
    Turn(role="user", content="Which of PK-1, PK-2, PK-3 and PK-4 are late?"),
    Turn(role="assistant", content="PK-2 and PK-4 are late."),
]
PK2, PK4 = record("PK-2", title="Repaint the depot"), record("PK-4", title="Fence the yard")
NARROWED = Previous("Which of PK-1, PK-2, PK-3 and PK-4 are late", [PK2, PK4], ["PK-2", "PK-4"])


def test_a_pointing_word_after_a_narrowing_is_the_rows_kept() -> None:
    asked = rewrite_by_rules("when is that one due?", HISTORY, NARROWED)
    assert asked == "when is PK-2 and PK-4 due?", asked
    one = Previous("Which of PK-1, PK-2 and PK-3 are late", [PK2], ["PK-2"])
    asked = rewrite_by_rules("who runs it?", HISTORY, one)
    assert asked is not None and "PK-2" in asked and "PK-1" not in asked, asked


def test_rows_kept_only_when_fewer_than_named_and_all_among_them() -> None:
    assert kept_of_named(["PK-1", "PK-2", "PK-3", "PK-4"], NARROWED) == ["PK-2", "PK-4"]
    assert kept_of_named(["PK-2", "PK-4"], NARROWED) is None  # nothing was narrowed
    assert kept_of_named(["PK-1", "PK-2", "PK-3"], NARROWED) is None  # PK-4 was not named
    assert that_one("when is that one due?") == "when is that due?"
    assert that_one("is that one of the late ones?") == "is that one of the late ones?"
