"""The words that state a cause in a sentence, and the clause a cause word opens: read by the
composers that answer a reason from a row's note or its paper's prose."""

from __future__ import annotations

import re

# the cause words every reading of a cause starts from: a subordinator or preposition of cause
# ('due to' not of a schedule: 'due to be launched'), or something still awaited
CAUSE_HEAD = (
    r"because(?:\s+of)?|due\s+to(?!\s+(?:be|start|finish|end|open|close|launch|report|"
    r"complete|begin|run|go|take|meet|conclude)\b)|owing\s+to|as\s+a\s+result\s+of|"
    r"pending|awaiting|(?:still\s+)?awaited"
)

# an agent said to have held the work up ('the supplier has delayed delivery', 'postponed by
# HMRC'): the clause names the cause as its subject or its 'by' phrase (not a length of time)
AGENT_DELAY = (
    r"(?:has|have|had)\s+(?:delayed|postponed|deferred|held\s+up)|"
    r"(?:postponed|deferred)\s+by\s+(?!\d|(?:a|an|one|two|three|four|five|six|nine|twelve|"
    r"several|some|a\s+few)\s)"
)
_AGENT_FIRST = re.compile(r"(?:has|have|had)\s", re.I)


def cause_clause(sentence: str, cause: re.Pattern[str]) -> str | None:
    """The cause ``sentence`` states by ``cause``'s words: from the cause word to the end of its
    clause, or the whole clause when the word closes it ('quote still awaited'); None when no
    clause has one."""
    for clause in re.split(r"(?<=[;.])\s+", sentence):
        found = cause.search(clause)
        if found is None:
            continue
        if _AGENT_FIRST.match(found.group(0)):
            return clause.strip(" ,.;")  # the agent before the verb is the cause
        said = clause[found.start() :].strip(" ,.;")
        return said if len(said.split()) > 2 else clause.strip(" ,.;")
    return None
