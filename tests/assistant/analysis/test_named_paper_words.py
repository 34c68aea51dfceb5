"""Words inside a paper's name are its name, not a question's field or filter (issue 14,
exam8 LK9). The paper is invented; nothing here names a bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_TITLE = "Harbour Works Progress Summary"


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="harbour", filename="harbour.docx", format="docx", sha256="h", title=_TITLE,
        organisation="Kelmouth Port Authority",
    )  # fmt: skip
    text = "Dredge the outer berths before the spring tides."
    record = ActionRecord(
        id="harbour:H3", document=doc.ref(), ref="H3", ordinal=1, title="Berth dredging",
        action=text, progress="Two berths were dredged in May.", owner="Harbour Master",
        source_text=text, source_start=0, source_end=len(text),
    )  # fmt: skip
    return NameIndex.from_records([doc], [record])


def test_a_field_word_inside_a_paper_name_asks_for_no_field() -> None:
    q = analyse(f"Which berths were found silted under H3 in the {_TITLE}?", _index())
    assert q.fields == []
    # the same word outside the name still asks for the progress note
    asked = analyse(f"What progress has been made on H3 in the {_TITLE}?", _index())
    assert asked.fields == ["progress"]


def test_a_revision_word_on_another_noun_is_no_revised_deadline() -> None:
    # exam8 LK15: 'the revised mooring charges' revised the charges, not a deadline
    q = analyse("When did the revised mooring charges take effect for H3?", _index())
    assert not q.revised
    assert analyse("Which actions had their deadlines revised?", _index()).revised
    assert analyse("Which revised actions are still open?", _index()).revised
    assert analyse("Which actions were extended?", _index()).revised


def test_a_reply_to_a_body_s_remark_frames_the_question() -> None:
    # exam9 LK-C2: the reply and the remark say where the question comes from, not its subject
    from assistant.analysis.source_phrases import source_words

    said = source_words("Replying to the Harbour Board's concern about silt, what was dredged?")
    assert {"replying", "harbour", "board", "concern"} <= said
    assert "silt" not in said and "dredged" not in said
    assert {"answer", "ferry", "panel", "point"} <= source_words(
        "In answer to the Ferry Panel's point on fares, what changed?"
    )
