"""'The one about <paraphrase> - <question>' after a list: when no listed row holds a word of the
description, the row nearest it in meaning is picked, if clearly nearer than the others; a
description with a row's own words is left to the lexical pick, one near no row picks none."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.antecedents import Previous
from assistant.described_near import nearest_described
from assistant.service import Assistant


def _listed(assistant: Assistant) -> Previous:
    rows = [
        r
        for r in assistant.register.all()
        if r.ref in ("R2", "R21", "R22") and "PURE" in r.document.title
    ]
    assert len(rows) == 3
    return Previous(
        "which recommendations mention the authority?", rows, [r.ref or "" for r in rows]
    )


def _embed(assistant: Assistant):  # type: ignore[no-untyped-def]
    def embed(texts: Sequence[str]) -> list[list[float]]:
        return assistant.services.embedder.embed_documents(list(texts))

    return embed


def test_a_paraphrase_picks_the_row_nearest_in_meaning(assistant: Assistant) -> None:
    asked = nearest_described(
        "the one about gifts people were given - when is it due?",
        _listed(assistant),
        _embed(assistant),
    )
    assert asked == "When is R21 due?"  # hospitality and interests declared


def test_a_description_in_a_rows_words_or_near_none_is_not_picked(assistant: Assistant) -> None:
    previous, embed = _listed(assistant), _embed(assistant)
    # the row's own words: the lexical pick's
    assert (
        nearest_described("the one about whistle-blowing - who owns it?", previous, embed) is None
    )
    # near no row shown: nothing picked
    assert nearest_described("the one about car parking - who owns it?", previous, embed) is None
    # not a description of a shown row at all
    assert nearest_described("who owns R21?", previous, embed) is None


def test_one_row_in_focus_is_no_list_to_pick_from(assistant: Assistant) -> None:
    previous = _listed(assistant)
    one = Previous(previous.standalone, previous.records[:1], previous.names[:1])
    asked = "the one about gifts people were given - when is it due?"
    assert nearest_described(asked, one, _embed(assistant)) is None
