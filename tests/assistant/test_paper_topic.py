"""'what did the audit commission plan say on the same topic?': the conversation's topic in the
user's own words, kept where the paper the turn names holds them (a stand-in analyser and
stand-in papers; no index)."""

from __future__ import annotations

import pytest

from assistant.analysis import QueryAnalysis
from assistant.followups import Turn
from assistant.paper_topic import held_topic, topic_phrases

# the subject words a stand-in analyser leaves once papers and framing are read
FRAMING = {"what", "was", "wrong", "with", "who", "took", "over", "from", "the", "in", "plan"}
PAPERS = {
    "pure": "R15 Embed risk management in planning. This is a core task of the Corporate Risk "
    "Manager.",
    "ags": "The Corporate Risk Review Group was replaced by the Service Improvement Board. Risk "
    "management is not embedded.",
    "letter": "Fees for the audit were agreed with the Treasurer.",
}


def analyse(text: str) -> QueryAnalysis:
    words = [w.strip("?,.").lower() for w in text.split()]
    terms = [w for w in words if w and w not in FRAMING and w not in {"2007/08", "ags"}]
    return QueryAnalysis(question=text, intent="lookup", terms=terms)


def history(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for question in questions:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="…")]
    return turns


EARLIER = history(
    "What was wrong with risk management in the 2007/08 AGS?",
    "who took over from the Corporate Risk Review Group?",
)


@pytest.mark.parametrize(
    "question",
    [
        "what did the audit commission plan say on the same topic?",
        "and does the PURE plan touch on that issue?",
        "is this area of work in the PURE plan too?",
    ],
)
def test_the_topic_is_the_phrase_the_named_paper_holds(question: str) -> None:
    # the nearest turn's 'Corporate Risk Review Group' is not in the PURE plan; its 'corporate
    # risk' is, as is the first turn's 'risk management': the nearest of equal length wins
    topic = held_topic(question, EARLIER, {"pure"}, None, analyse, PAPERS.__getitem__)
    assert topic == "corporate risk"


def test_the_longest_held_phrase_is_taken() -> None:
    topic = held_topic(
        "what did the 2007/08 plan say on the same topic?",
        EARLIER,
        {"ags"},
        None,
        analyse,
        PAPERS.__getitem__,
    )
    assert topic == "corporate risk review group"


def test_a_paper_holding_none_gets_the_nearest_turns_own_words() -> None:
    topic = held_topic(
        "what did the audit letter say on the same topic?",
        EARLIER,
        {"letter"},
        None,
        analyse,
        PAPERS.__getitem__,
    )
    assert topic == "corporate risk review group"  # said, not held: the paper's answer refuses


def test_no_topic_noun_or_no_paper_named_moves_nothing() -> None:
    assert held_topic("who owns it?", EARLIER, {"pure"}, None, analyse, PAPERS.__getitem__) is None
    assert held_topic("the same topic?", EARLIER, set(), None, analyse, PAPERS.__getitem__) is None


def test_a_stopword_between_subject_words_stays_in_the_phrase() -> None:
    question = "What about governance of partnership working in the plan?"
    runs = topic_phrases(question, ["governance", "partnership", "working"])
    assert runs == [[("governance", True), ("of", False), ("partnership", True), ("working", True)]]
