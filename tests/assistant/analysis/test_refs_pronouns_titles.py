"""A held ref is no topic word; a follow-up whose one noun phrase is a pronoun; a when-question
on work yet to be done asks the deadline; a paper's title in the possessive names it (issue 14,
thirty-fourth session). The papers and rows are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.followup_forms import short_follow_up
from ingest.model import ActionRecord, DocumentInfo


def _doc(doc_id: str, title: str, body: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id, filename=f"{doc_id}.docx", format="docx", sha256=doc_id, title=title,
        organisation=body,
    )  # fmt: skip


def _row(doc: DocumentInfo, ref: str, text: str, owner: str) -> ActionRecord:
    return ActionRecord(
        id=f"{doc.id}:{ref}", document=doc.ref(), ref=ref, ordinal=1, title=text, action=text,
        owner=owner, source_text=text, source_start=0, source_end=len(text),
    )  # fmt: skip


_VERGER = _doc("verger", "Internal auditor's recommendations: progress", "Wexcombe Town Council")
_LEDGER = _doc("ledger", "External audit recommendations - progress update", "Orbury City Council")


def _index() -> NameIndex:
    rows = [
        _row(_VERGER, "2", "Reconcile the burial fees account monthly.", "Town Clerk"),
        _row(_VERGER, "QX/24/10", "Renew the verger's lone working device.", "Verger"),
        _row(_LEDGER, "2", "Hold large journals for approval.", "Chief Accountant"),
    ]
    return NameIndex.from_records([_VERGER, _LEDGER], rows)


def test_a_held_ref_with_a_slash_is_read_as_a_ref_not_a_topic_word() -> None:
    for asked in ("Show me QX/24/10.", "show me recommendation QX/24/10", "Show me QX/24/10"):
        q = analyse(asked, _index())
        assert q.refs == ["QX/24/10"], asked
        assert "qx" not in q.terms, asked  # else the list looks for rows mentioning 'qx'


def test_a_follow_up_whose_only_noun_phrase_is_a_pronoun() -> None:
    for asked in (
        "When does it have to be finished?",
        "when does it need to be done by?",
        "who is meant to be looking after it?",
        "What date does it have to be completed by?",
    ):
        assert short_follow_up(asked), asked
    # a noun phrase of its own may be what the pronoun refers to: not by this form
    for asked in ("When was it approved by the board?", "When does it have to be done for HMIC?"):
        assert not short_follow_up(asked), asked


def test_a_when_question_on_work_still_to_do_asks_the_deadline() -> None:
    for asked in (
        "When does QX/24/10 have to be finished?",
        "When must QX/24/10 be completed by?",
        "When will QX/24/10 be done?",
    ):
        q = analyse(asked, _index())
        assert q.fields == ["due"], asked
        assert q.statuses == [], asked  # the state intended, not one asserted
    past = analyse("When was QX/24/10 completed?", _index())
    assert "due" not in past.fields  # an event past, not the deadline
    assert analyse("Has QX/24/10 been finished?", _index()).statuses == ["complete"]


def test_a_title_written_with_a_possessive_names_its_paper() -> None:
    q = analyse("Who owns item 2 in the internal auditor's recommendations?", _index())
    assert q.documents == ["verger"]
    q = analyse(
        "Who was item 2 in the Internal auditor's recommendations: progress given to?", _index()
    )
    assert q.documents == ["verger"]
