"""After an answer drawn from the text, a 'how many X … them?' turn makes X the subject a later
'those' counts; after an answer about rows, or when it counts a pointing word, it does not."""

from __future__ import annotations

from assistant.antecedents import has_own_focus
from assistant.counted_focus import counted_focus
from assistant.service import Assistant


def test_the_counted_thing_is_the_subject_after_text(assistant: Assistant) -> None:
    rows = assistant.ask("who owns R13?")
    assert rows.records
    text = rows.model_copy(update={"records": []})
    asked = "and how many workshops were held under them?"
    assert counted_focus(asked, text, "the plan") == "workshops in the plan"
    assert counted_focus(asked, text) == "workshops"
    assert has_own_focus(asked, text)
    # after rows, 'them' and 'those' are the rows shown: no new subject
    assert counted_focus(asked, rows) is None
    assert not has_own_focus(asked, rows)
    # a pointing word counted is no new subject
    assert counted_focus("how many of them are finished?", text) is None
