"""Theme questions across papers (rc44): the words that frame the theme are read by their role
(a sentence about 'it', a recurrence predicated of the theme, the theme's own verb, the papers'
descriptions); a course over papers is the theme's verb before a span; a ref with an article
or a plural is a label. Pure functions: no model."""

from __future__ import annotations

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.theme_frame import asks_course, theme_frame_words
from assistant.answers.support.seeded_rows import labels_asked


def _framed(question: str, intent: str = "recurring") -> set[str]:
    return {w.lower() for piece in theme_frame_words(question, intent) for w in piece.split()}


@pytest.mark.parametrize(
    ("question", "frame", "theme"),
    [
        (
            "Is performance management a recurring problem? Trace it through the papers "
            "from the early 2000s to 2017.",
            {"problem", "trace"},
            {"performance", "management"},
        ),
        (
            "Governance of partnership working keeps coming up. How has it been dealt with "
            "across these papers, from the 2002 District Audit plan to the 2017 Met report?",
            {"dealt", "district"},
            {"partnership", "working"},
        ),
        (
            "How did the scheme of delegation work move between the 2007/08 AGS action plan "
            "and the PURE action plan?",
            {"move"},
            {"scheme", "delegation"},
        ),
        (
            "Staff vetting delays were flagged in 2019. Did they come back in the later plans?",
            {"come", "back"},
            {"staff", "vetting", "delays"},
        ),
        (
            "How has the handling of mandate fraud changed across the Hartwell plans?",
            {"changed", "hartwell"},
            {"handling", "mandate", "fraud"},
        ),
    ],
)
def test_the_frame_is_read_by_role_and_the_theme_is_left(
    question: str, frame: set[str], theme: set[str]
) -> None:
    framed = _framed(question, "compare" if question.startswith("How did") else "recurring")
    assert frame <= framed
    assert not theme & framed


@pytest.mark.parametrize(
    "question",
    [
        # the papers' words name the theme too: nothing to drop without losing it
        "Has it come up across the fire safety reports?",
        # one sentence, naming its subject beside the pronoun: no sentence only frames it
        "Has it come up again, the staff vetting backlog?",
        # not a question of a theme across papers
        "Who owns the action on supplier bank details in the 2022 plan?",
    ],
)
def test_nothing_that_names_the_theme_is_dropped(question: str) -> None:
    intent = "lookup" if question.startswith("Who") else "recurring"
    framed = _framed(question, intent)
    assert not {"fire", "safety", "staff", "vetting", "backlog", "supplier", "bank"} & framed


@pytest.mark.parametrize(
    ("question", "course"),
    [
        ("How did the scheme of delegation work move between the 2008 and 2017 plans?", True),
        ("How has the checking of supplier bank details changed across the three plans?", True),
        ("How did checks on supplier bank changes develop from 2022 to 2024?", True),
        ("How did staff vetting fare in each of the plans?", True),
        # one paper, or no span at all: no course over papers
        ("How did staff vetting fare in the 2022 plan?", False),
        ("How did the 2022 plan compare with the 2024 plan on vetting?", False),
        ("Who moved the vetting action between the plans?", False),
    ],
)
def test_a_course_is_the_themes_verb_over_a_span(question: str, course: bool) -> None:
    assert asks_course(question) is course


@pytest.mark.parametrize(
    ("question", "ref", "label"),
    [
        ("There's an R4 in more than one of these papers - what is each about?", "R4", True),
        ("Is there a C2 in each of the plans?", "C2", True),
        ("What do the R12s say across the papers?", "R12", True),
        # the ref names one row, whose issue may recur in other words: not a label
        ("Has R4 come up in other reports?", "R4", False),
        ("Did the issue in C2 recur in later plans?", "C2", False),
    ],
)
def test_a_ref_with_an_article_or_a_plural_is_a_label(question: str, ref: str, label: bool) -> None:
    q = QueryAnalysis(question=question, intent="recurring", refs=[ref])
    assert labels_asked(q) is label
