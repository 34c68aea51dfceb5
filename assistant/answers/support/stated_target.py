"""The date a row's own text sets for the work a question names when its deadline cell is empty
('by when will the review of the records be done?' -> 'We are on track to have reviewed 6
million records by March 2018'): a preposition of a deadline ('by', 'before', 'no later than',
'in time for') followed by a date, in a sentence sharing the question's own content words. A
question naming only the row ('when will item 3 be finished?') is not answered so: a date set
for a part of the work is not the row's deadline."""

from __future__ import annotations

import re

from assistant.answers.support.figures import MONTH_NAMES
from assistant.evidence import record_evidence
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

_DATE = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAMES}\.?\s+(?:19|20)\d\d|"
    r"Q[1-4]\s+(?:19|20)\d\d(?:[/-]\d{2,4})?|"
    r"(?:spring|summer|autumn|winter)\s+(?:19|20)\d\d(?:[/-]\d{2,4})?|"
    rf"(?:the\s+)?end\s+of\s+(?:{MONTH_NAMES}\s+)?(?:19|20)\d\d(?:[/-]\d{{2,4}})?|"
    r"(?:19|20)\d\d(?:[/-]\d{2,4})?)"
)
# a date the work is to be done by; 'since', 'in' or 'from' date what happened, not a target
_TARGET = re.compile(
    rf"\b(?:by|before|no\s+later\s+than|in\s+time\s+for|ahead\s+of)\s+(?P<date>{_DATE})\b", re.I
)


def stated_target(record: ActionRecord, question: str) -> tuple[str, int, str] | None:
    """The first sentence of ``record`` that sets a date for the work ``question`` names:
    (sentence, its offset in the source, the date as written); None when no sentence does."""
    naming = stems(f"{record.ref or ''} {record.document.title} {record.title}")
    asked = stems(" ".join(query_terms(question))) - naming
    for item in record_evidence(record, "", 0):
        found = _TARGET.search(item.text)
        if found and asked & stems(item.text[: found.start()]):
            return item.text, item.start, found.group("date")
    return None
