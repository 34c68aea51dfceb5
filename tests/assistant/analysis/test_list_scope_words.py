"""Which rows a list, count or recurrence gathers, read from invented wordings over invented
papers (no index, no model): end verbs denied or stated ('yet to be done', 'put into
effect'), a subject after a finite verb of relation, a paper's description beside its own
name, a possessive before a quantified paper noun, and a trailing ask of the state."""

from __future__ import annotations

from assistant.analysis.intent import intent_of, subject_phrases
from assistant.analysis.owner_forms import owner_in_other_form
from assistant.analysis.owner_given import owner_asked_to_do
from assistant.analysis.state_phrases import state_in_other_words
from assistant.analysis.targets import named_targets
from tests.assistant.analysis.invented_log import log_index, stated_index

HELD = {"p": {"Finished", "Working on it", "Not begun"}}
OPEN = ["partial", "ongoing", "not_started"]


def test_an_end_verb_after_a_copula_or_denial_is_a_state() -> None:
    undone = state_in_other_words("which points have yet to be done", HELD, [])
    assert undone is not None and undone.statuses == OPEN
    denied = state_in_other_words("which tasks are not delivered yet", HELD, [])
    assert denied is not None and denied.statuses == OPEN and "yet" in denied.words
    done = state_in_other_words("how many were delivered", HELD, [])
    assert done is not None and done.statuses == ["complete"]
    # what was done about a subject asks for progress, not for a state
    assert state_in_other_words("what was done about the boilers", HELD, []) is None
    assert state_in_other_words("what has been done about the boilers", HELD, []) is None


def test_putting_in_place_is_implementing_not_starting() -> None:
    undone = state_in_other_words("which have not yet been put into effect", HELD, [])
    assert undone is not None and undone.statuses == OPEN and not undone.says
    done = state_in_other_words("which were put in place", HELD, [])
    assert done is not None and done.statuses == ["complete"]


def test_a_finite_verb_of_relation_heads_the_subject() -> None:
    assert "fuel cards" in subject_phrases("Which depot actions relate to fuel cards?")
    assert "kiln safety" in subject_phrases("Which pottery findings concern kiln safety?")
    assert "glazing" in subject_phrases("What points touch on glazing?")


def test_a_possessive_before_the_quantified_papers_still_asks_recurrence() -> None:
    assert intent_of("Did the boiler replacement appear in both of the trust's papers?") == (
        "recurring"
    )


def test_a_trailing_ask_of_its_state_keeps_the_recurrence() -> None:
    asked = "Was the roof survey raised in both reports, and is it still open?"
    assert intent_of(asked) == "recurring"
    assert intent_of("Has the kiln audit come up in more than one paper, and where does it stand?")
    # a question with no recurrence before the joint is not made one
    assert intent_of("Who owns the roof survey, and is it still open?") != "recurring"


def test_a_paper_description_beside_another_papers_name_is_that_papers() -> None:
    index = stated_index(
        {
            "fire": ("Quarrymoor Fire Authority", "Internal Audit Recommendation Tracker"),
            # a body's name as short as the other paper's description, so neither is read first
            "college": ("Linthwaite College", "Internal Audit and Assurance - Recommendations"),
        },
        {
            "fire": [("QF1", "Hydrant checks lapsed.", "Open", "ongoing")],
            "college": [("LC1", "Learner files incomplete.", "Open", "ongoing")],
        },
    )
    documents, *_ = named_targets("Which Linthwaite College audit recommendations are open?", index)
    assert documents == ["college"]
    # apart from the other paper's name, the words still name their own paper
    documents, *_ = named_targets("Which audit recommendations are open?", index)
    assert "fire" in documents


def test_a_thing_given_to_do_asks_the_owners_rows() -> None:
    index = log_index([("A1", "Reseal the kiln room.", "Studio Manager")])
    assert owner_asked_to_do("What has the Studio Manager been given to do?", index)
    assert owner_asked_to_do("What was the Studio Manager assigned to do?", index)


def test_earlier_papers_and_the_latest_one_ask_recurrence() -> None:
    assert intent_of("Was the kiln venting gap raised in earlier years too?") == "recurring"
    assert intent_of("Did the glazing fault come up in previous reports?") == "recurring"
    assert intent_of("Is the glazing fault still open in the latest report?") == "recurring"
    assert intent_of("Has the kiln audit been followed across the studio's reports?") == (
        "recurring"
    )
    # earlier years as a row's period, with no verb of raising, ask for rows, not recurrence
    assert intent_of("Which actions from earlier years are open?") != "recurring"


def test_a_remit_alone_after_a_placing_verb_names_its_one_owner() -> None:
    owners = ["Head of IT Services", "Director of Estates", "Kiln Technician"]
    assert owner_in_other_form("Which jobs are led by IT?", owners) == ("Head of IT Services", "IT")
    assert owner_in_other_form("What sits with the estates team?", owners) == (
        "Director of Estates",
        "estates",
    )
    assert owner_in_other_form("Which jobs were led by it?", owners) is None  # a pronoun
    # two owners of one remit: neither is picked
    shared = ["Head of Finance", "Director of Finance"]
    assert owner_in_other_form("Which points fall to finance?", shared) is None


def test_a_remit_named_alone_links_to_a_post_named_after_it() -> None:
    """'sits with IT' of 'IT Manager', 'led by payroll' of 'Payroll Manager': the remit
    before the post noun, as for 'Head of IT Services'; two posts of one remit name none."""

    owners = ["IT Manager", "Payroll Manager", "Harbour Master", "Head of Estates"]
    assert owner_in_other_form("which items sit with IT?", owners) == ("IT Manager", "IT")
    assert owner_in_other_form("which are led by payroll?", owners) == (
        "Payroll Manager",
        "payroll",
    )
    assert owner_in_other_form("which are led by payroll?", [*owners, "Payroll Officer"]) is None
