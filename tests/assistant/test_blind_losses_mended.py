"""Four readings a start/end comparison of the blind sets showed lost, mended as classes, in
invented wordings: an ordinal pick is no paper's verb; 'under way but not yet finished' keeps
the in-progress rows; a bare 'the recommendations' is any of the register's rows, not the list
just shown (a state's date bound beside a paper's year: test_state_request_forms)."""

from __future__ import annotations

from assistant.analysis.state_phrases import state_in_other_words
from assistant.antecedents import Previous
from assistant.narrowing import as_narrowing
from assistant.paper_verbs import of_the_paper
from assistant.service import Assistant


def test_an_ordinal_pick_is_no_papers_verb(bodies_assistant: Assistant) -> None:
    records = [r for r in bodies_assistant.register.all() if r.ref][:3]
    previous = Previous("which are open?", records, [r.ref or "" for r in records], "register")
    assert of_the_paper("does the second of those show any slippage?", previous) is None
    assert of_the_paper("does it show any slippage?", previous) is not None


def test_under_way_but_not_finished_keeps_the_in_progress_values() -> None:
    held = {"p": {"Done", "Part done", "In progress", "Not yet due", "Not started"}}
    read = state_in_other_words("which got under way but aren't yet finished?", held, ["p"])
    assert read is not None and sorted(read.says) == ["In progress", "Part done"]


def test_a_bare_row_noun_is_not_the_list_just_shown() -> None:
    assert as_narrowing("which of the recommendations are overdue?") == (
        "which of the recommendations are overdue?"
    )
    assert as_narrowing("which of the recommendations you listed are overdue?") == (
        "which of those are overdue?"
    )
    assert as_narrowing("of the ones shown, which are late?") == "which of those are late?"
