"""A person asked by the post they hold is read from the prose that names them in it
(assistant.answers.composers.prose_persons)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from assistant.answers.composers.prose_persons import _SAME, _named, _post_stem
from assistant.service import Assistant


def test_the_post_asked_is_read_as_a_noun_or_a_verb() -> None:
    assert _post_stem("Who chairs the parish finance committee?") == "chair"
    assert _post_stem("who's in the chair at the harbour board") == "chair"
    assert _post_stem("Who is the clerk to the council?") == "clerk"
    assert _post_stem("Who owns R4?") is None


def test_the_person_named_in_the_post_is_the_one_after_it_or_just_before_it() -> None:
    moved = "Mr Tom Hale retired in May; the panel is now chaired by Ms Ruth Okafor."
    assert _named(moved, "chair") == "Ms Ruth Okafor"
    assert _named("Cllr Ann Bright (Chair) opened the meeting.", "chair") == "Cllr Ann Bright"
    assert _named("The board met four times.", "chair") is None


def test_the_same_holder_across_papers_is_a_question_of_its_own() -> None:
    assert _SAME.search("Did the trust keep the same chair in both years?")
    assert _SAME.search("was it the same person chairing each time")
    assert not _SAME.search("Who chairs the same committee?")


_YEAR_ONE = """# Audit Actions Update

**Body:** Wenlow Harbour Board
**Committee:** Audit Committee
**Meeting:** 10 March 2021

The Audit Committee is chaired by Mrs Ada Quill, a co-opted member.

| Ref | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| WH-1 | Reconcile berth fees monthly. | Harbour Accountant | Jun-21 | Open |
"""
_YEAR_TWO = """# Audit Actions Update

**Body:** Wenlow Harbour Board
**Committee:** Audit Committee
**Meeting:** 9 March 2022

Mrs Ada Quill stood down in 2021; the Audit Committee is now chaired by Mr Bram Holt.

| Ref | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| WH-1 | Reconcile berth fees monthly. | Harbour Accountant | Jun-22 | Open |
"""


@pytest.fixture(scope="module")
def harbour(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """Two years of one invented body whose prose names its committee's chair."""
    from assistant.container import Services
    from assistant.settings import load_settings

    folder = tmp_path_factory.mktemp("harbour-papers")
    (folder / "wenlow_2021.md").write_text(_YEAR_ONE, encoding="utf-8")
    (folder / "wenlow_2022.md").write_text(_YEAR_TWO, encoding="utf-8")
    index = tmp_path_factory.mktemp("harbour-index")
    services = Services(load_settings(index_dir=index), embedder=real_services.embedder)  # type: ignore[attr-defined]
    assert not services.indexer.ingest_paths(sorted(folder.glob("*.md"))).skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def test_the_chair_is_read_from_the_prose(harbour: Assistant) -> None:
    answer = harbour.ask("Who chairs the Wenlow audit committee in 2022?")
    assert answer.answer.startswith("- **Mr Bram Holt**"), answer.answer


def test_the_same_chair_in_both_years_is_compared(harbour: Assistant) -> None:
    answer = harbour.ask("Did the Wenlow audit committee keep the same chair in both years?")
    assert answer.answer.startswith("No — the papers name different people"), answer.answer
    assert "Mrs Ada Quill" in answer.answer and "Mr Bram Holt" in answer.answer
