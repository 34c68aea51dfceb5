"""Warm-up builds the tables a question reads off the whole register, so the first question
that needs one does not pay for it (seconds at 100,000 chunks)."""

from __future__ import annotations

from assistant.answers.support import agents, linking
from assistant.service import Assistant


def test_warm_up_builds_the_registers_kept_tables(assistant: Assistant) -> None:
    register = assistant.register
    with register._lock:
        register._memo.clear()
    linking._CACHE.clear()
    agents._PARTIES.clear()
    assert assistant.warm_vocabulary() > 0
    with register._lock:
        built = set(register._memo)
    assert {"row nouns", "owner names", "owners by length"} <= built
    per_row = {"ref-code-families", "row-headings", "normal-row-texts", "quoted_row.texts"}
    assert per_row | {"post words", "priorities"} <= built
    assert register._chunk_ids is not None and register._chunk_ids[0] is register.loaded()
    assert linking._CACHE, "the papers' acronyms are read at warm-up"
    assert agents._PARTIES and agents._PARTIES[0][0] is register.loaded()
