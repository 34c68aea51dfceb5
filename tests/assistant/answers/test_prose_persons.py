"""A person asked by the post they hold is read from the prose that names them in it
(assistant.answers.composers.prose_persons)."""

from __future__ import annotations

from assistant.answers.composers.prose_persons import _SAME, _named, _post_stem


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
