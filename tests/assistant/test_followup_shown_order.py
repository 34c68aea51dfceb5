"""An ordinal follow-up ('the second one', 'the third') counts the rows as the last answer SHOWED
them: a list grouped by paper shows one paper's rows together even when they were ranked
interleaved with another paper's, and the member counts what they read."""

from __future__ import annotations

import re
from typing import Any

from assistant.answers.model import Answer
from assistant.citations import Citation
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.shown_order import shown_order
from ingest.model import ActionRecord, DocumentRef

FLEET = DocumentRef(id="f", title="Fleet Review", filename="f.txt")
STORES = DocumentRef(id="s", title="Stores Audit", filename="s.txt")


def record(document: DocumentRef, ref: str, start: int) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"{document.id}:{ref}",
        "document": document,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": f"Action {ref}",
        "source_text": f"Action {ref}",
        "source_start": start,
        "source_end": start + 50,
        "report_date": "2019-06-30",
        "year": 2019,
    }
    return ActionRecord(**data)


def citation(n: int, rec: ActionRecord, ref: bool = True) -> Citation:
    return Citation(
        n=n,
        chunk_id="c",
        document=rec.document,
        ref=rec.ref if ref else None,
        quote="Action",
        start=rec.source_start + 1,
    )


def test_records_follow_the_order_the_text_shows() -> None:
    a1, b1, a2, b2 = (
        record(FLEET, "F-1", 0),
        record(STORES, "S-1", 0),
        record(FLEET, "F-2", 100),
        record(STORES, "S-2", 100),
    )
    text = "*Fleet Review*\n- F-1 [1]\n- F-2 [3]\n\n*Stores Audit*\n- S-1 [2]\n- S-2 [4]"
    cites = [citation(1, a1), citation(2, b1), citation(3, a2, ref=False), citation(4, b2)]
    answer = Answer.model_construct(answer=text, citations=cites, records=[a1, b1, a2, b2])
    assert [r.ref for r in shown_order(answer)] == ["F-1", "F-2", "S-1", "S-2"]


def test_a_record_never_cited_keeps_its_place_after_the_shown_ones() -> None:
    a1, b1, a2 = record(FLEET, "F-1", 0), record(STORES, "S-1", 0), record(FLEET, "F-2", 100)
    answer = Answer.model_construct(
        answer="- S-1 [1]\n- F-1 [2]",
        citations=[citation(1, b1), citation(2, a1)],
        records=[a1, a2, b1],
    )
    assert [r.ref for r in shown_order(answer)] == ["S-1", "F-1", "F-2"]


def test_an_ordinal_follow_up_picks_the_row_shown_in_that_place(assistant: Assistant) -> None:
    chat = Chat(assistant)
    for first, ordinal, place in (
        ("Which actions mention the MPA?", "who owns the third one?", 2),
        ("which recommendations talk about the MPA", "and the fourth one, when is it due?", 3),
    ):
        shown = chat.respond([Turn(role="user", content=first)]).answer.answer
        refs = re.findall(r"^- \*\*([^*]+)\*\*", shown, re.M)
        follow = chat.respond(
            [
                Turn(role="user", content=first),
                Turn(role="assistant", content=shown),
                Turn(role="user", content=ordinal),
            ]
        )
        assert refs[place] in follow.standalone, (refs, follow.standalone)
