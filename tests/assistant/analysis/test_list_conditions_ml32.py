"""Member lists and counts whose conditions are linked to what the rows hold (issue 14, ml32):
a state said by a negative subject ('nobody has begun'), an owner written with its acronym's
capitals ('the IT Manager'), an owner too common to name by its words alone but named in the
role of holding rows ('is the Warden responsible for'), owners joined by 'or', and 'what work
is X taking forward'. The papers are invented."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.owner_forms import owner_in_other_form
from assistant.analysis.state_phrases import state_in_other_words
from assistant.record_query import RecordQuery
from assistant.register import Register
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.analysis.invented_log import log_index, stated_index

_LOG = [
    ("QL-01", "Renew the moorings licence", "Berth Warden"),
    ("QL-02", "Test the server backups", "IT Manager"),
    ("QL-03", "Patch the booking system", "IT Manager"),
    ("QL-04", "Reconcile the harbour dues", "Dues Officer"),
    ("QL-05", "Refresh the tide gauges", "Warden"),
    ("QL-06", "Publish the moorings tariff", "Warden"),
    ("QL-07", "Review the pontoon insurance", "Harbour Engineer"),
]


def _rows(prefix: str) -> list[tuple[str, ...]]:
    return [
        (f"{prefix}1", "Renew the moorings licence", "Open", "ongoing", "Warden"),
        (f"{prefix}2", "Test the server backups", "Open", "ongoing", "IT Manager"),
        (f"{prefix}3", "Patch the booking system", "Closed", "complete", "IT Manager"),
        (f"{prefix}4", "Count the stores", "Open", "ongoing", "Stores Manager"),
        (f"{prefix}5", "Refresh the tide gauges", "Not begun", "not_started", "Warden"),
        (f"{prefix}6", "Publish the moorings tariff", "Closed", "complete", "Deputy Warden"),
        (f"{prefix}7", "Review the warden rota", "Open", "ongoing", "Fleet Manager"),
        (f"{prefix}8", "Service the launches", "Open", "ongoing", "Fleet Manager"),
        (f"{prefix}9", "Check the warden's log", "Open", "ongoing", "Finance Manager"),
    ]


@pytest.fixture(scope="module")
def log() -> Any:
    return log_index(_LOG)


@pytest.fixture(scope="module")
def trusts() -> Any:
    """Two papers whose rows spread 'Warden' and 'Manager' so wide that neither word alone,
    nor 'IT Manager' read as 'it' + 'manager', is specific enough to name an owner."""
    index = stated_index(
        {"a": ("Quayside Trust", "Audit follow-up 2024"),
         "b": ("Riverbank Trust", "Audit follow-up 2024")},
        {"a": _rows("A"), "b": _rows("B")},
    )  # fmt: skip
    assert "Warden" not in (index.named_owners or [])
    assert "IT Manager" not in (index.named_owners or [])
    return index


@pytest.mark.parametrize(
    "question",
    [
        "Which actions on the log has nobody begun?",
        "Which actions hasn't anyone picked up yet?",
        "How many actions has no one made a start on?",
        "Which of the actions have yet to get off the ground?",
        "List the actions no-one has got round to",
    ],
)
def test_a_negative_subject_or_a_base_form_denies_the_act(question: str) -> None:
    held = {"p": {"Not begun", "Under way", "Closed"}}
    read = state_in_other_words(question, held, ["p"])
    assert read is not None and read.says == ["Not begun"]


def test_no_negative_subject_reads_no_state() -> None:
    held = {"p": {"Not begun", "Under way", "Closed"}}
    assert state_in_other_words("Which actions did the Warden begin in May?", held, ["p"]) is None


def test_states_are_read_in_a_paper_of_its_own_words() -> None:
    index = stated_index(
        {"p": ("Quayside Trust", "Audit follow-up 2024")},
        {"p": [("A1", "Seal the slipway", "Not begun", "not_started"),
               ("A2", "Paint the bollards", "Under way", "ongoing")]},
    )  # fmt: skip
    q = analyse("Which Quayside actions has nobody begun?", index)
    assert q.intent == "list" and q.status_says == ["Not begun"]


def test_an_owner_written_with_its_acronyms_capitals_is_named(trusts: Any) -> None:
    q = analyse("Which of the Quayside actions does the IT Manager look after?", trusts)
    assert q.intent == "list" and q.owner == "IT Manager"
    # the pronoun 'it', and the words in lower case, name no owner
    assert analyse("Which Quayside actions does it cover?", trusts).owner is None
    assert analyse("Which Quayside actions does the it manager own?", trusts).owner is None


@pytest.mark.parametrize(
    "question",
    [
        "Which actions is the Warden responsible for?",
        "Which of the actions are the Warden's?",
        "List the actions owned by the Warden",
    ],
)
def test_a_common_owner_is_named_in_the_role_of_holding_rows(trusts: Any, question: str) -> None:
    q = analyse(question.replace("actions", "Quayside actions"), trusts)
    assert q.owner == "Warden"  # not 'Deputy Warden', which the question does not write


def test_a_common_owner_as_a_topic_is_no_filter(trusts: Any) -> None:
    assert analyse("Which Quayside actions mention the warden?", trusts).owner is None


@pytest.mark.parametrize(
    ("question", "owner", "others"),
    [
        ("List the actions owned by the Dues Officer or the Warden", "Dues Officer", ["Warden"]),
        ("How many actions does the Harbour Engineer or the IT Manager have?", "Harbour Engineer",
         ["IT Manager"]),
        ("Which actions are the Warden's or the Harbour Engineer's?", "Harbour Engineer",
         ["Warden"]),
    ],
)  # fmt: skip
def test_owners_joined_by_or_are_all_kept(
    log: Any, question: str, owner: str, others: list[str]
) -> None:
    q = analyse(question, log)
    assert {q.owner, *q.owner_or} == {owner, *others}
    assert not q.themes and not q.terms  # 'Officer', 'Engineer' are no subject words


def test_owners_compared_are_no_alternatives(log: Any) -> None:
    q = analyse("Does the Harbour Engineer or the IT Manager have more actions?", log)
    assert not q.owner_or


def test_the_register_keeps_rows_of_any_owner_joined() -> None:
    register = Register.__new__(Register)
    register.owner_names = lambda: frozenset({"Warden", "Dues Officer", "Harbour Engineer"})  # type: ignore[method-assign]
    query = RecordQuery(owner="Warden", owner_or=["Dues Officer"])
    fits = [
        register._owner_fits(cell, query) for cell in ("Warden", "Dues Officer", "Harbour Engineer")
    ]
    assert fits == [True, True, False]


@pytest.mark.parametrize(
    "question",
    [
        "What work is the Harbour Engineer taking forward?",
        "What tasks does the Dues Officer have in the log?",
    ],
)
def test_a_wh_noun_of_work_asks_the_owners_rows(log: Any, question: str) -> None:
    q = analyse(question, log)
    assert q.intent == "list" and q.owner in ("Harbour Engineer", "Dues Officer")


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("How many actions have a target date in the first quarter of 2025?",
         ("2025-01-01", "2025-03-31")),
        ("Which actions have completion dates falling in the second half of 2024?",
         ("2024-07-01", "2024-12-31")),
    ],
)  # fmt: skip
def test_a_date_noun_then_a_window_bounds_the_deadline(
    log: Any, question: str, window: tuple[str, str]
) -> None:
    q = analyse(question, log)
    assert (q.due_from, q.due_to) == window and q.since is None


def test_a_count_of_the_title_columns_noun_counts_rows() -> None:
    """A table headed 'Objective' whose paper never calls its rows objectives: 'how many
    objectives are amber?' counts its rows in that held state, no lookup of a figure."""
    doc = DocumentInfo(
        id="p", filename="p.xlsx", format="xlsx", sha256="p", title="Service plan delivery",
        organisation="Vale Trading Standards", date="2024-07-01", year=2024,
    )  # fmt: skip
    rows = [("V1", "Cut doorstep crime", "Amber"), ("V2", "Stop underage sales", "Green")]
    records = [
        ActionRecord(
            id=f"p:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status="ongoing",
            status_text=said,
            columns={"Objective": title, "RAG": said},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title, said) in enumerate(rows, 1)
    ]
    index = NameIndex.from_records([doc], records)
    assert "objective" in index.column_nouns and "objective" not in index.item_nouns
    q = analyse("How many Vale objectives are amber?", index)
    assert q.intent == "count" and q.status_says == ["Amber"]
    assert analyse("How many Vale vans are amber?", index).intent != "count"


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are not owned by the Dues Officer or the Warden?",
        "Other than the Dues Officer or the Warden, who else holds actions?",
    ],
)
def test_owners_joined_under_one_negation_are_all_left_out(log: Any, question: str) -> None:
    q = analyse(question, log)
    if q.intent in ("list", "count"):
        assert q.owner is None and {q.owner_not, *q.owner_or} == {"Dues Officer", "Warden"}


def test_the_register_leaves_out_rows_of_either_owner_denied() -> None:
    register = Register.__new__(Register)
    query = RecordQuery(owner_not="Warden", owner_or=["Dues Officer"])
    cells = ("Warden", "Dues Officer", "Harbour Engineer")
    kept = [register.matches(ActionRecord.model_construct(owner=cell), query) for cell in cells]
    assert kept == [False, False, True]


def test_a_stated_slip_joined_to_another_held_value_keeps_both() -> None:
    index = stated_index(
        {"p": ("Wyvern Police and Crime Panel", "Recommendations monitor 2024")},
        {"p": [("W1", "Audit seized cash", "Slipped", "ongoing"),
               ("W2", "Track vetting renewals", "Not yet due", "ongoing"),
               ("W3", "Review overtime", "Achieved", "complete")]},
    )  # fmt: skip
    q = analyse("Which Wyvern recommendations have slipped or are not yet due?", index)
    assert sorted(q.status_says) == ["Not yet due", "Slipped"] and not q.slipped
    q = analyse("Which Wyvern recommendations have slipped?", index)
    assert q.status_says == ["Slipped"] and not q.slipped


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("Which actions does the DPO own?", "Data Protection Officer"),
        ("Which recommendations belong to the SIRO?", "Senior Information Risk Owner"),
        ("Which actions is the Chief Exec responsible for?", "Chief Executive"),
        ("Which actions is the harbourmaster responsible for?", "Harbour Master"),
    ],
)
def test_an_owner_written_short_is_the_held_owner(question: str, owner: str) -> None:
    owners = [
        "Data Protection Officer", "Senior Information Risk Owner", "Chief Executive",
        "Harbour Master", "Head of Regeneration",
    ]  # fmt: skip
    found = owner_in_other_form(question, owners)
    assert found is not None and found[0] == owner


def test_short_forms_that_fit_no_owner_or_several_name_none() -> None:
    owners = ["Head of Regeneration", "Data Protection Officer", "Deputy Planning Officer"]
    assert owner_in_other_form("Which HR actions are open?", owners) is None  # two letters
    assert owner_in_other_form("Which actions does the DPO own?", owners) is None  # two DPOs


@pytest.mark.parametrize(
    "question",
    [
        "Which ones does the Harbour Engineer lead on?",
        "Which of them is the Dues Officer responsible for?",
        "Which ones is the Harbour Engineer leading?",
    ],
)
def test_a_bare_which_with_an_owner_subject_asks_the_owners_rows(log: Any, question: str) -> None:
    q = analyse(question, log)
    assert q.intent == "list" and q.owner in ("Harbour Engineer", "Dues Officer")


@pytest.fixture(scope="module")
def rated() -> Any:
    return stated_index(
        {"r": ("Saltcote Fire Authority", "Inspection action tracker 2025"),
         "m": ("Dunmere College", "Internal audit summary 2025")},
        {"r": [("R1", "Fit vehicle trackers", "Red", "not_started"),
               ("R2", "Refresh risk files", "Amber", "ongoing"),
               ("R3", "Share debrief notes", "Green", "ongoing"),
               ("R4", "Audit fitness tests", "Blue", "complete")],
         "m": [("M1", "Approve reserves policy", "Met", "complete"),
               ("M2", "Audit school funds", "Met: partially", "partial"),
               ("M3", "Invoice lettings", "Not met", "ongoing")]},
    )  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Saltcote tracker: list everything that isn't done yet, leaving out the ones rated red.",
        "Saltcote actions - show me everything not finished yet, apart from anything marked red",
    ],
)
def test_a_list_request_before_a_complement_keeps_both_conditions(
    rated: Any, question: str
) -> None:
    q = analyse(question, rated)
    assert q.intent == "list"
    assert sorted(q.status_says) == ["Amber", "Green"] and "complete" not in q.statuses


@pytest.mark.parametrize(
    "question",
    [
        "Which Dunmere recommendations were met in full - not the partly met ones?",
        "Which Dunmere recommendations were met completely, not the ones only partly met?",
    ],
)
def test_a_held_value_set_aside_beside_one_asked_is_left_out(rated: Any, question: str) -> None:
    assert analyse(question, rated).status_says == ["Met"]


@pytest.mark.parametrize(
    "question",
    [
        "anything in the financial management section of the PURE plan that isn't high priority?",
        "Any financial management recommendations in the PURE plan not rated high?",
    ],
)
def test_anything_with_a_condition_asks_the_rows_that_meet_it(
    name_index: Any, question: str
) -> None:
    q = analyse(question, name_index)
    assert q.intent == "list"
    assert q.category == "Financial Management" and q.priority == "not High"


def test_anything_without_a_condition_stays_a_lookup(name_index: Any) -> None:
    assert analyse("Anything on body-worn cameras?", name_index).intent != "list"


@pytest.mark.parametrize(
    "question",
    [
        "What does the Harbour Engineer have to deliver under the log?",
        "What is the Dues Officer expected to do in the log?",
        "What has the Harbour Engineer got to sort out at Hollinsford?",
    ],
)
def test_an_obligation_of_an_owner_asks_its_rows(log: Any, question: str) -> None:
    q = analyse(question, log)
    assert q.intent == "list" and q.owner in ("Harbour Engineer", "Dues Officer")


@pytest.mark.parametrize(
    ("question", "owned"),
    [
        ("How many Saltcote actions are red or amber but do have a named lead officer?", True),
        ("Which Saltcote actions still open have an owner assigned?", True),
        ("Which Saltcote actions not yet done have a responsible officer?", True),
        ("Which Saltcote actions do not have a named lead?", False),
        ("Which Saltcote actions have no owner?", False),
    ],
)
def test_an_owner_said_to_be_there_keeps_rows_with_one(
    rated: Any, question: str, owned: bool
) -> None:
    q = analyse(question, rated)
    assert q.has_owner is owned and not (q.has_owner and q.no_owner)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Which actions on the log say 'ongoing' in the date column?", "ongoing"),
        ("Which actions on the log don't say 'ongoing' in the date column?", "not: ongoing"),
        ("How many actions do not have 'ongoing' in the timescale column?", "not: ongoing"),
    ],
)
def test_a_value_in_the_due_column_and_its_denial(log: Any, question: str, says: str) -> None:
    q = analyse(question, log)
    assert q.due_says == says and not q.statuses


def test_the_register_reads_a_denied_due_value() -> None:
    register = Register.__new__(Register)
    query = RecordQuery(due_says="not: ongoing")
    cells = ("Ongoing", "March 2009", None)
    kept = [
        register.matches(ActionRecord.model_construct(owner=None, due_text=c), query) for c in cells
    ]
    assert kept == [False, True, True]
