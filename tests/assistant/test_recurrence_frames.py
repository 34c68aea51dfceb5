"""The words that frame a recurrence question are never its subject: a preposition before a
quantified set of bodies ('for more than one council'), a particle after 'keep …ing' ('keeps
coming back'), papers named relatively ('in subsequent reports'), a command to follow a subject
('track X across the years'), and the rows asked for ('Which entries?'); a generic head noun in
-ing inside the subject ('asset planning') stays in its phrase
(assistant.analysis.recurrence, assistant.analysis.comparison, assistant.answers.support.subject)."""

from __future__ import annotations

from assistant.analysis.comparison import frame_words
from assistant.analysis.intent import intent_of
from assistant.analysis.recurrence import recurrence_cue
from assistant.answers.support.subject import phrases
from assistant.text import stem_of


def test_a_quantified_set_of_bodies_after_for_asks_for_recurrence() -> None:
    question = "Unreconciled supplier statements - is that an issue for more than one body?"
    assert intent_of(question) == "recurring"
    cue = recurrence_cue(question)
    assert cue is not None and "body" in cue and "supplier" not in cue


def test_a_particle_after_keep_ing_and_papers_named_relatively_frame_the_question() -> None:
    cue = recurrence_cue("Which problems keep coming back in the trust's papers?")
    assert cue is not None and "back" in cue.split()
    cue = recurrence_cue("Was fleet maintenance flagged again in subsequent reports?")
    assert cue is not None and "subsequent reports" in cue and "fleet" not in cue
    cue = recurrence_cue("Track fleet maintenance through the plans")
    assert cue is not None and "Track" in cue.split() and "fleet" not in cue
    assert intent_of("Track fleet maintenance through the plans") == "recurring"


def test_the_rows_asked_for_anywhere_frame_a_recurrence_question() -> None:
    words = frame_words("Has fleet maintenance come up more than once? Which entries?", "recurring")
    assert "entries" in words
    words = frame_words("Is fleet upkeep raised again, and in which items?", "recurring")
    assert "items" in words
    # a row noun that names the subject is not asked for: no 'which' before it
    assert "findings" not in frame_words("Have audit findings on fleets recurred?", "recurring")


def test_a_generic_head_noun_in_ing_stays_inside_the_subject_phrase() -> None:
    subject = {stem_of(w) for w in ("linking", "asset", "capital")}
    found = phrases("linking asset planning with capital planning - where does it recur?", subject)
    assert [p.text for p in found] == ["linking asset planning with capital planning"]
    # the head has no slot of its own: it fills nothing by itself
    assert all(stem_of("planning") not in slot for slot in found[0].slots)
    # a verb of the question in -ing is no head ('keeps coming up')
    found = phrases("asset disposals keep coming up", {stem_of(w) for w in ("asset", "disposals")})
    assert [p.text for p in found] == ["asset disposals"]
