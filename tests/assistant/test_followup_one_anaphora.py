"""'The X one' after a question about a paper is a paper too: its 'one' is the paper noun of
the subject it replaces; after a question about a record it stays a record's description."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.conversation import Turn
from assistant.followups import rewrite_by_rules
from assistant.one_anaphora import one_as_paper

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_one_after_a_paper_is_that_kind_of_paper() -> None:
    asked = "Who's the council's May 2019 scrutiny report to the cabinet by"
    assert one_as_paper(asked, "the harbour one in June") == "the harbour report in June"
    assert one_as_paper("When was the 2015 audit letter sent", "the 2016 one") == "the 2016 letter"
    rewritten = rewrite_by_rules("and the harbour one in June?", HISTORY, Previous(asked, [], []))
    assert rewritten is not None and "the harbour report in June" in rewritten, rewritten
    assert "May 2019 scrutiny" not in rewritten


def test_one_after_a_record_or_naming_a_paper_is_left_as_written() -> None:
    asked = "When is the recommendation on fleet fuel in the depot plan due"
    assert one_as_paper(asked, "the tyres one") == "the tyres one"
    assert (
        one_as_paper("When was the 2015 audit letter sent", "the 2016 report") == "the 2016 report"
    )
    assert one_as_paper("When was the 2015 audit letter sent", "the harbour") == "the harbour"
