"""Two-step questions (rl35): a row described by what it has, fronted before its question
(analysis.parts), and a shared owner cell as the bridge to other rows (bridging.shared_holder)."""

from __future__ import annotations

from typing import cast

from assistant.analysis.parts import question_parts
from assistant.antecedents import Previous
from assistant.bridging import bridge
from assistant.record_owners import bare_owner, owners_of
from assistant.register import Register
from ingest.model import ActionRecord
from tests.assistant.test_followup_rules import record


def test_a_row_fronted_with_whose_is_the_first_hop() -> None:
    assert question_parts(
        "The finding whose owner changed in May - what did the update say about the budget?"
    ) == [
        "Which finding whose owner changed in May?",
        "What did the update say about the budget for that finding?",
    ]
    # a spaced hyphen joins as a dash does, and a pointer is read as the row
    assert question_parts("The item whose target slipped twice - who leads it?") == [
        "Which item whose target slipped twice?",
        "Who leads that item?",
    ]
    assert question_parts("The action that was withdrawn last year - who owned it?") == [
        "Which action was withdrawn last year?",
        "Who owned that action?",
    ]
    # a scope set before the row stays with the first hop
    assert (
        question_parts(
            "In the 2021 canal tracker, the issue whose date was pushed back - how far had it got?"
        )[0]
        == "In the 2021 canal tracker, which issue whose date was pushed back?"
    )
    # rows in the plural with nothing pointing back: no hop read
    assert len(question_parts("The findings whose dates moved: who holds most?")) == 1


class _Owners:
    """The register's reading of shared owner cells, over a fixed set of posts."""

    def __init__(self, known: set[str]) -> None:
        self.known = frozenset(bare_owner(k) for k in known)

    def owner_parts(self, row: ActionRecord) -> list[str]:
        return owners_of(row, self.known)


def test_a_shared_owner_cell_as_bridge_asks_each_post_s_rows() -> None:
    shared = record("GR-4", owner="Head of Parks and Finance Manager")
    one = Previous("Who leads the grounds contract?", [shared], ["GR-4"])
    posts = cast(Register, _Owners({"Head of Parks", "Finance Manager"}))
    asked, bridged, _ = bridge(
        "Which other actions are theirs?",
        "Who leads the grounds contract?",
        one,
        None,
        register=posts,
    )
    assert bridged
    assert asked == "Which actions other than GR-4 are owned by Head of Parks or Finance Manager?"
    # one post of that name ('and' inside a title): the cell stays whole
    whole = cast(Register, _Owners({"Head of Parks and Finance Manager"}))
    asked, _, _ = bridge(
        "Which other actions are theirs?",
        "Who leads the grounds contract?",
        one,
        None,
        register=whole,
    )
    assert asked.endswith("owned by Head of Parks and Finance Manager?")


def test_a_row_stated_to_be_the_one_so_is_the_first_hop() -> None:
    assert question_parts(
        "In the 2019 library plan, one strand is said to have no sponsor. What progress is "
        "recorded against it?"
    ) == [
        "In the 2019 library plan, which strand is said to have no sponsor?",
        "What progress is recorded against that strand?",
    ]
    assert question_parts("One finding in the depot review was withdrawn. Who raised it?") == [
        "Which finding in the depot review was withdrawn?",
        "Who raised that finding?",
    ]
    # 'one of …, which is it?' stays one question; nothing pointing back: no hop
    assert len(question_parts("One of the strands has no sponsor. Which is it?")) == 1
    assert len(question_parts("One strand has no sponsor. What do the minutes say?")) == 1


def test_a_numbered_row_asked_for_its_details_is_a_lookup() -> None:
    from assistant.analysis.intent import intent_of

    assert intent_of("What are the open risks recorded against item 12?") == "lookup"
    assert intent_of("What are the milestones set for action 4b?") == "lookup"
    assert intent_of("What are the open items in the estates plan?") == "list"


def test_what_a_paper_reported_asks_its_rows_progress() -> None:
    from assistant.analysis.patterns import FIELD_WORDS

    def fields(question: str) -> list[str]:
        return [name for pattern, name in FIELD_WORDS if pattern.search(question)]

    assert "progress" in fields("Street lighting: what did the 2019 highways tracker report?")
    assert "progress" in fields("what did the later plan report on street lighting?")
    assert "progress" in fields("Where had things got to on lighting by the 2020 review?")
    assert "progress" not in fields("What date did the report give for the lighting survey?")


def test_a_paper_named_by_its_year_or_as_the_follow_up_is_another_paper() -> None:
    from assistant.other_paper_row import paper_named, without_paper
    from ingest.model import DocumentInfo

    def paper(pid: str, year: int, date: str) -> DocumentInfo:
        return DocumentInfo(
            id=pid,
            filename=f"{pid}.md",
            format="md",
            sha256=pid,
            title="Tracker",
            organisation="Vale Canal Trust",
            year=year,
            date=date,
        )

    first, second = paper("t1", 2021, "2021-05-01"), paper("t2", 2022, "2022-05-01")
    assert paper_named("Where had things got to by the 2022 one?", first, [first, second]) == second
    assert paper_named("And by the follow-up?", first, [first, second]) == second
    assert paper_named("And by the follow-up?", second, [first, second]) is None
    # what is left names no subject: the part is asked of the row found
    assert "2022" not in without_paper("Where had things got to by the 2022 one?")
