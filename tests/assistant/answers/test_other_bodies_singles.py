"""Single questions over another body's paper, answered from the values its rows hold: a state
the paper writes ('Slipped') and one it closes rows by without doing them ('Superseded'); a
grade spelt with a number ('Priority 1'); a spreadsheet's ISO deadline read in words; the
committee its masthead names; a lack the question itself states, or the row exists to supply;
a row said to sit with a post; how far a row has got. The paper is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import check_citations

TRACKER = """# Audit Recommendations - Quarterly Monitoring

**Body:** Dunmere Port Authority
**Committee:** Joint Scrutiny Committee
**Meeting:** 9 July 2024

The internal auditors raised 8 recommendations in 2023/24, all shown below; three are shown as slipped.

## Recommendations

| Rec | Observation | Recommendation | Officer | Grade | Target | Status | Update |
| --- | --- | --- | --- | --- | --- | --- | --- |
| DP-1 | Quay lighting was not surveyed. | Survey the quay lighting. | Harbour Engineer | Priority 1 | 2024-03-31 | Slipped | Survey let in June. |
| DP-2 | Dredging contracts were renewed without quotes. | Obtain three quotes for dredging contracts. | Head of Finance | Priority 2 | 2024-12-31 | In progress | Framework agreed. |
| DP-3 | The pilot rota was not checked. | Check the pilot rota monthly. | Marine Manager | Priority 2 | 2023-12-31 | Superseded | Replaced by the new rostering system. |
| DP-4 | Berth charges were not audited. | Audit the berth charges. | Head of Finance | Priority 1 | 2024-01-31 | Implemented | Audit done in January. |
| DP-5 | Tug crews missed training. | Train every tug crew. | Marine Manager | Priority 1 | 2024-05-31 | Slipped | Crews trained on 9 of 14 tugs. |
| DP-6 | Oil spill cases have no target response time. | Set and publish a response time for oil spill cases. | Harbour Master | Priority 2 | 2024-09-30 | In progress | Draft standard to the board in October. |
| DP-7 | Lock gate keys are not signed out. | Keep a signed key register. | Harbour Master | Priority 3 | 2024-02-29 | Implemented | Register in use. |
| DP-8 | Fuel stock was not counted. | Count fuel stock each month. | Head of Finance | Priority 3 | 2024-04-30 | Slipped | Counting from July. |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "dunmere_port_jsc_recs.md").write_text(TRACKER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


def _ask(assistant: Assistant, question: str) -> tuple[str, set[str]]:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    return answer.answer, {r.ref for r in answer.records if r.ref}


def test_slipped_counts_the_rows_the_paper_marks_so(assistant: Assistant) -> None:
    # DP-4 and DP-7 passed their deadlines too, complete; the committee words name the paper
    text, refs = _ask(
        assistant,
        "How many of the recommendations in the Dunmere joint scrutiny committee "
        "report have slipped?",
    )
    assert refs == {"DP-1", "DP-5", "DP-8"}
    assert text.startswith("**3** ") and "marked “Slipped”" in text.split("\n")[0]
    assert "8 recommendations" not in text  # the paper's total is no count of the slipped


def test_implemented_leaves_out_the_superseded_row(assistant: Assistant) -> None:
    text, refs = _ask(assistant, "How many of the Dunmere recommendations were implemented?")
    assert refs == {"DP-4", "DP-7"}
    assert text.startswith("**2** ")


def test_a_grade_spelt_with_a_number_is_no_figure(assistant: Assistant) -> None:
    text, refs = _ask(assistant, "What are the port authority's Priority 1 recommendations?")
    assert refs == {"DP-1", "DP-4", "DP-5"}
    assert "does not give" not in text


def test_an_iso_deadline_is_also_given_in_words(assistant: Assistant) -> None:
    text, _ = _ask(
        assistant,
        "At Dunmere, which is due sooner: the quay lighting survey or the berth charges audit?",
    )
    assert "31 January 2024" in text and "31 March 2024" in text


def test_a_lack_the_question_states_is_no_premise(assistant: Assistant) -> None:
    text, _ = _ask(
        assistant,
        "The Dunmere point about dredging contracts renewed without quotes: where has that got to?",
    )
    assert "there is none" not in text
    assert "In progress" in text and "Framework agreed." in text


def test_the_lack_a_row_exists_to_supply_is_no_denial(assistant: Assistant) -> None:
    text, _ = _ask(assistant, "Has Dunmere published a response time for oil spill cases yet?")
    assert "there is none" not in text
    assert "In progress" in text


def test_a_row_said_to_sit_with_another_post_is_corrected(assistant: Assistant) -> None:
    text, _ = _ask(
        assistant,
        "Dunmere's oil spill response time action sits with the Head of Finance - when is it due?",
    )
    assert text.startswith("**No — DP-6") and "Harbour Master" in text


def test_how_far_a_row_has_got_gives_its_progress_note(assistant: Assistant) -> None:
    text, _ = _ask(assistant, "How far have they got with DP-5's tug crew training?")
    assert "Crews trained on 9 of 14 tugs." in text
