"""What an activity a record only commissions found: unsaid until a sentence reports it.

'What did the inspection of the boilers find?', 'what did the survey conclude?': when the
activity asked about is what a record sets out to do (its action, or the gap its finding
names: 'commission an inspection', 'a survey has not been done'), the record's finding is the
reason for the activity, not its result. Only a sentence that reports a result of it (a verb of
finding, a conclusion, an assurance given) answers; with none, the record does not say.
Read from the question's own wording and the record's cells; no words of any one paper.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.evidence import Evidence, coverage
from assistant.text import stem

# 'what did/has <activity> find?': the activity, then the verb of a result asked of it
_ASKS_RESULT = re.compile(
    r"\bwhat\s+(?:did|does|has|have|had|will)\s+(?P<subject>.{3,80}?)\s+"
    r"(?:find|found|conclude[ds]?|reveal(?:ed)?|show(?:n|ed)?|identif(?:y|ied)|establish(?:ed)?|"
    r"discover(?:ed)?|recommend(?:ed)?|turn(?:ed)? up)\b",
    re.I,
)
# the words that end the activity's own noun phrase ('the survey OF the site')
_PREPOSITIONS = frozenset("of on at in for into by from with about".split())
# a sentence reporting a result: a verb of finding, a conclusion, an assurance or grade given
_REPORTS_RESULT = re.compile(
    r"\b(?:found|finds|concluded|concludes|revealed|reveals|showed|shows|shown|identified|"
    r"identifies|established|discovered|confirmed|confirms|recommended|highlighted|"
    r"reported that|noted that|findings?|conclusions?|results?|outcome|assurance|rated|"
    r"graded|no (?:issues|defects|faults|concerns|problems)|satisfactory|unsatisfactory)\b",
    re.I,
)
SUBJECT_MIN = 0.5  # of the question's weight the sentence naming its record must hold


def asked_activity(question: str) -> str | None:
    """The head noun of the activity whose result is asked ('survey' in 'what did the bat
    survey on the site find?'); None when the question asks no result of an activity."""
    found = _ASKS_RESULT.search(unquoted(question))
    if found is None:
        return None
    words = re.findall(r"[\w'-]+", found.group("subject").lower())
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return words[cut - 1] if cut else None


def _names(text: str | None, head: str) -> bool:
    """Whether ``text`` names the activity (its head noun, by stem)."""
    if not text:
        return False
    return stem(head) in {stem(w) for w in re.findall(r"[a-z]+", text.lower())}


def unreported_result(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence], weights: dict[str, float]
) -> str | None:
    """The activity asked about ('survey') when the record best about the question sets it
    out to be done (its action or its finding names it) and no sentence found reports a result
    of it; else None (a review whose findings are the record's rows answers by them)."""
    head = asked_activity(q.question)
    if head is None or not weights:
        return None
    records = context.register.by_id()
    about = [e for e in evidence[:6] if coverage(e.text, weights) >= SUBJECT_MIN]
    record = next((records[e.record_id] for e in about if e.record_id in records), None)
    if record is None or not (_names(record.action, head) or _names(record.finding, head)):
        return None
    for item in evidence[:8]:
        if _REPORTS_RESULT.search(item.text) and _names(item.text, head):
            return None
    progress = record.progress or ""
    if _REPORTS_RESULT.search(progress):
        return None
    return head
