"""A topic put before its question ('the X — where is that at?') is the turn's focus; a ref
whose number has its own join ('QR 31/06') is read whole when a follow-up carries it; a
ref-shaped word of a paper's title named whole is no ref; a status asked of one row comes
with what its progress note says was done."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis.analyse import _refs
from assistant.analysis.names import NameIndex
from assistant.answers.model import Answer
from assistant.antecedents import Previous, focus_of
from assistant.dislocated import dislocated_topic
from assistant.followup_forms import refs_in
from assistant.followups import Turn, rewrite_by_rules
from ingest.model import ActionRecord, DocumentInfo, DocumentRef


def test_a_topic_before_a_dash_or_comma_is_the_focus() -> None:
    asked = "Fellside depot roof repairs — any news on that?"
    assert dislocated_topic(asked) == "Fellside depot roof repairs"
    assert focus_of(asked) == "Fellside depot roof repairs"
    assert dislocated_topic("the grit bin survey, has it started yet?") == "the grit bin survey"
    assert dislocated_topic("Bus shelter cleaning: progress?") == "Bus shelter cleaning"


def test_a_scope_or_a_question_first_is_no_dislocated_topic() -> None:
    assert dislocated_topic("In the 2019 plan, who looks after parking?") is None
    assert dislocated_topic("When does the survey end, and who pays for it?") is None


def test_a_joined_number_after_an_acronym_stays_one_ref() -> None:
    assert refs_in("who signs off QR 31/06 in the works log") == ["QR 31/06"]
    assert refs_in("is QR 4 closed?") == ["QR 4"]


def _row(doc: str) -> ActionRecord:
    document = DocumentRef(id=doc, title=f"Works log {doc}", filename=f"{doc}.md")
    return ActionRecord(
        id=f"{doc}:QR 31/06",
        document=document,
        section="Works",
        ref="QR 31/06",
        ordinal=1,
        title="Resurface the depot yard.",
        source_text="Resurface the depot yard.",
        source_start=0,
        source_end=25,
    )


def test_a_pronoun_after_the_same_ref_in_two_papers_keeps_the_whole_ref() -> None:
    rows = [_row("w1"), _row("w2")]
    previous = Previous(
        "who answers for QR 31/06 in the Works log w2",
        rows,
        ["QR 31/06 in the Works log w1", "QR 31/06 in the Works log w2"],
    )
    history = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
    rewritten = rewrite_by_rules("and who signed it off?", history, previous) or ""
    assert "QR 31/06" in rewritten


def test_a_ref_shaped_word_of_a_named_title_is_no_ref() -> None:
    paper = DocumentInfo(
        id="k9", filename="k9.csv", format="csv", sha256="0", title="k9 fellside works log"
    )
    index = NameIndex(documents=[paper], sections={}, owners=[])
    assert _refs("what is late in the k9 fellside works log?", index) == []
    assert _refs("is K9 done?", index) == ["K9"]


def test_a_status_asked_of_one_row_quotes_its_progress_note(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("How far along is R7 in the 2002 progress summary?").answer
    assert "Status:" in answer
    assert "; Progress: “" in answer
