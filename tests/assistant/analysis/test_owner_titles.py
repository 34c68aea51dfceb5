"""Owner filters read against the owners the register holds: a title with 'and' in it is
matched whole, a word cut from such a title is no owner, and 'alone or jointly' is no sole
ownership. The papers are invented; nothing here names a bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.record_owners import sole_owner
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.analysis.invented_log import log_index


def _index() -> NameIndex:
    return log_index(
        [
            ("A1", "Tree inspection backlog in the parks", "Head of Parks and Open Spaces"),
            ("A2", "Playground safety checks overdue", "Head of Parks and Open Spaces/ Treasurer"),
            ("A3", "Grounds contract not retendered", "Treasurer"),
            ("A4", "Open spaces strategy out of date", "Head of Planning"),
            ("A5", "Allotment rents not reviewed", "ACPRS/ Head of Estates group"),
        ]
    )


def test_an_owner_title_with_and_is_matched_whole() -> None:
    q = analyse("Which actions does the Head of Parks and Open Spaces own?", _index())
    assert q.owner == "Head of Parks and Open Spaces"


def test_a_word_cut_from_a_title_is_no_owner() -> None:
    assert "Spaces" not in _index().owners
    q = analyse("Which actions are about open spaces?", _index())
    assert q.owner is None


def test_alone_or_jointly_is_not_sole_ownership() -> None:
    index = _index()
    assert analyse("Which actions does the Treasurer own alone?", index).owner_only
    jointly = analyse("Which actions does the Treasurer own, alone or jointly?", index)
    assert jointly.owner == "Treasurer" and not jointly.owner_only


def test_an_owner_is_read_with_articles_the_cell_leaves_out() -> None:
    index = _index()
    assert "Head of Estates group" in index.owners
    for question in (
        "How many actions fell to the Head of the Estates group?",
        "Which actions went to the head of the estates group?",
    ):
        q = analyse(question, index)
        assert q.owner == "Head of Estates group", question
        assert not {"estates", "group"} & set(q.terms), question  # the owner's words: no topic


def test_a_short_owner_is_no_owner_inside_another_word() -> None:
    index = _index()
    assert "ACPRS" in index.owners
    # 'acprs' is written inside a longer word only: no owner filter
    q = analyse("How many actions mention the xacprsy review?", index)
    assert q.owner is None
    assert analyse("Which actions does ACPRS own?", index).owner == "ACPRS"


def test_what_an_owner_answers_for_is_a_list_of_its_rows() -> None:
    index = _index()
    for question in (
        "what's the head of planning leading on in the action log?",
        "What is the Treasurer responsible for?",
        "What does the Head of Parks and Open Spaces have a hand in on the audit log?",
        "what does ACPRS look after",
        # a verb whose object is the wh-word, alone or before the paper it is scoped to
        "what has the head of planning got in the action log",
        "What did the Head of Parks and Open Spaces get given?",
        "what's ACPRS taken on in the log?",
        "What does the Treasurer do?",
    ):
        q = analyse(question, index)
        assert q.intent == "list", question
        assert q.owner, question
    for question in (
        "Does the Treasurer own anything else in the action log?",
        "is ACPRS responsible for any other actions?",
        "does the Head of Planning lead anything",
    ):
        q = analyse(question, index)
        assert q.intent == "list" and q.owner, question
    assert analyse("Does the Treasurer own A3?", index).intent != "list"
    # no stranded preposition, or the owner is not the subject: no list of its rows
    assert analyse("What is the Treasurer?", index).intent != "list"
    assert analyse("What does the Treasurer say about rents?", index).intent != "list"
    assert analyse("What has the Treasurer done about the rents?", index).intent != "list"
    assert analyse("What did the Head of Planning say of it?", index).intent != "list"


def test_shared_rows_left_out_are_the_owner_alone() -> None:
    index = _index()
    for question in (
        "Excluding joint ones, how many actions does the Treasurer own?",
        "Which actions does the Head of Parks and Open Spaces hold, not counting shared ones?",
        "Leaving aside jointly owned items, what does the Treasurer lead on?",
    ):
        q = analyse(question, index)
        assert q.owner and q.owner_only, question
        assert not {"joint", "jointly", "shared"} & set(q.terms_not), question


def test_a_post_of_a_subject_is_named_as_a_compound() -> None:
    index = log_index(
        [
            ("B1", "Depot lease unsigned", "Director of Finance"),
            ("B2", "Reserves below policy", "Director of Finance Services"),
            ("B3", "Fees not benchmarked", "Director of Finance Services/ Head of Planning"),
        ]
    )
    for question, owner in (
        ("Which actions sit with the finance director alone?", "Director of Finance"),
        ("how many actions does the finance services director own", "Director of Finance Services"),
        ("What is the planning head responsible for?", "Head of Planning"),
    ):
        q = analyse(question, index)
        assert q.owner == owner, question
        assert "finance" not in q.terms and "planning" not in q.terms, question


def test_a_post_named_short_holds_its_longer_title_alone() -> None:
    [record] = [r for r in _records("Director of Finance Services")]
    assert sole_owner(record, "Director of Finance")
    assert sole_owner(record, "director of finance services")
    [shared] = _records("Director of Finance Services/ Treasurer")
    assert not sole_owner(shared, "Director of Finance")
    assert not sole_owner(record, "Director of Fin")  # a word cut short is no post
    [joined] = _records("Director of Finance and Property")
    assert not sole_owner(joined, "Director of Finance")  # a post of two remits


def _records(owner: str) -> list[ActionRecord]:
    return [
        ActionRecord(
            id="log:C1",
            document=DocumentRef(id="log", title="Log", filename="log.docx"),
            ref="C1",
            ordinal=1,
            title="Reserves below policy",
            owner=owner,
            source_text="x",
            source_start=0,
            source_end=1,
        )
    ]


def _qualified_index() -> NameIndex:
    return log_index(
        [
            ("K11", "Vetting backlog not reported to the panel", "Chief Executive (OPCC)"),
            ("K12", "Complaints reviews late", "Head of Complaints"),
            ("K13", "Curriculum review not minuted", "Pro Vice-Chancellor (Education)"),
            ("K14", "Hydrant checks on paper", "Area Manager (Prevention)"),
            ("K15", "Home visits not made", "Senior Probation Officer (Team 2"),
        ]
    )


def test_an_owner_written_with_a_bracketed_qualifier_is_named_without_it() -> None:
    idx = _qualified_index()
    for question, owner in [
        ("Which recommendations belong to the Chief Executive?", "Chief Executive"),
        ("what is the pro vice-chancellor responsible for", "Pro Vice-Chancellor"),
        ("How many actions does the Area Manager hold?", "Area Manager"),
        ("List the senior probation officer's actions", "Senior Probation Officer"),
    ]:
        q = analyse(question, idx)
        assert q.intent in ("list", "count") and q.owner == owner, question
        assert not {"chief", "executive", "manager", "probation"} & set(q.terms), question


def test_a_ref_left_out_by_a_complement_leaves_a_what_question_a_list() -> None:
    """'what other actions does X have, other than K12?': the ref is left out, not asked of;
    the question lists the owner's rows less that one."""
    idx = _qualified_index()
    for question in [
        "What other actions does the Head of Complaints have, other than K12?",
        "what recommendations does the area manager hold except K14",
        "What actions did the Chief Executive get, excluding K11?",
        "What other items is the Head of Complaints leading, besides K12?",
    ]:
        q = analyse(question, idx)
        assert q.intent == "list" and q.owner and q.refs_not and not q.refs, question
    # a ref asked of still makes the question that row's
    assert analyse("What actions were agreed for K12?", idx).intent != "list"


def test_nobody_else_beside_the_owner_is_the_owner_alone() -> None:
    index = _index()
    for question in (
        "Which actions does the Treasurer look after with no one else?",
        "How many items belong to the Treasurer and nobody else?",
        "What does the Treasurer lead on without anybody else?",
        "Which actions have the Treasurer and no other owner?",
    ):
        q = analyse(question, index)
        assert q.owner and q.owner_only, question
        assert not q.no_owner, question
    # someone else sharing the rows is not the owner alone
    q = analyse("Which actions does the Treasurer share with anyone else?", index)
    assert not q.owner_only
