"""'Of the amber ones, which …' names a set by what describes it: read back in the last
question's own noun phrase ('the amber grounds actions in the 2025 tracker'), not the rows the
last answer kept under its other conditions (assistant/narrowing.py described_set)."""

from __future__ import annotations

from assistant.narrowing import described_set, names_described_set


def test_the_set_described_is_read_back_in_the_last_questions_phrase() -> None:
    last = "How many of the amber grounds actions in the 2025 tracker are closed?"
    asked = "Of the amber ones, which are due by June 2025?"
    assert names_described_set(asked)
    assert described_set(asked, last) == (
        "Which amber grounds actions in the 2025 tracker are due by June 2025?"
    )
    count = "out of the high-risk ones, how many does the Bursar own?"
    earlier = "Which high-risk recommendations were reported complete?"
    assert described_set(count, earlier) == (
        "How many high-risk recommendations does the Bursar own?"
    )


def test_no_phrase_of_those_words_leaves_it_to_the_narrowing() -> None:
    assert described_set("Of the amber ones, which slipped?", "List the fleet actions") is None
    assert described_set("Of the first two ones, which slipped?", "the first two actions") is None
    assert not names_described_set("of those, which slipped?")


def test_a_set_described_inside_the_partitive_by_the_last_predicate_keeps_it() -> None:
    # 'which of the medium ones …' after a list whose predicate names that value: the list's
    # own question, the new condition joined to it (ml34)
    last = "How many of the harbour board's recommendations are medium risk?"
    asked = "Which of the medium ones are closed?"
    assert names_described_set(asked)
    assert described_set(asked, last) == (
        "Which of the harbour board's recommendations are medium risk and are closed?"
    )
    assert described_set("how many of the amber ones belong to the Bursar?", "Which fleet "
                         "actions are rated amber?") == (
        "How many fleet actions are rated amber and belong to the Bursar?"
    )  # fmt: skip


def test_words_the_last_question_does_not_use_are_left_to_the_other_rules() -> None:
    last = "Which fleet actions are rated amber?"
    assert described_set("Which of the red ones are closed?", last) is None
    assert described_set("Which of the first ones are closed?", last) is None
    assert not names_described_set("which of the ones listed are closed?")


def test_a_clause_with_its_own_subject_joins_no_predicate() -> None:
    # 'which of the red ones are late?' joins the last question's predicate; '… is the Clerk
    # responsible for?' has a subject of its own, and is left to the rules that pick by owner
    last = "Which of the harbour recommendations are red?"
    assert described_set("which of the red ones are late?", last) == (
        "Which of the harbour recommendations are red and are late?"
    )
    assert described_set("Which of the red ones is the Clerk responsible for?", last) is None
