"""An agent said to have held work up is a cause ('The contractor has delayed the fit-out.',
'Survey deferred by the landlord.'): the reason composer gives that clause, and the 'no cause
given' abstention does not fire on it (issue 14, pc29). A length of time after 'by' is no
agent, and a passive with no 'by' names no cause."""

from __future__ import annotations

import re

from assistant.answers.composers.prose_reasons import _cause
from assistant.answers.composers.unstated_cause import _CAUSE_WORDS
from assistant.answers.support.causes import AGENT_DELAY


def test_an_agent_before_the_verb_is_the_cause() -> None:
    assert _cause("The glazing contractor has delayed the fit-out.") == (
        "The glazing contractor has delayed the fit-out"
    )


def test_an_agent_after_by_is_the_cause() -> None:
    assert _cause("Site survey deferred by the landlord; two rooms done.") == (
        "deferred by the landlord"
    )


def test_a_length_of_time_or_a_bare_passive_is_no_agent() -> None:
    agent = re.compile(AGENT_DELAY, re.I)
    assert not agent.search("Site survey deferred by two months.")
    assert not agent.search("The fit-out has been delayed.")
    assert not _CAUSE_WORDS.search("The fit-out has been delayed.")
    assert _CAUSE_WORDS.search("The glazing contractor has delayed the fit-out.")
    assert _CAUSE_WORDS.search("Scaffolding delays.")
