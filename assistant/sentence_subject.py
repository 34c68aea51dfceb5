"""'it' after an answer about a thing the row's text speaks of, not about the row itself.

'When does the new portal go live?' is answered from the one row whose progress note says so;
its title is about something wider ('Public Access'). 'what's on it for tenants?' then points
at the portal, the subject the user named, not at the row: the user's own words for it are put
in place of the pronoun, and the papers' sentences about it answer. This holds only when none of
the subject's words is a word of the row's title (what the row is about) or a field's name
(the subject of 'what is the target date for X?' is no thing of its own), the subject was
named by the last question itself (not kept from an older turn), the last question asked
of a thing, not which rows hold something (after 'which of …?' or a pick from a list, 'it' is
the row), the last answer was not about a paper, and the turn asks no field of a row (an owner,
a deadline, a state), before or after the subject is put in: those the row answers.

    subject_pronoun("what's on it for tenants?", previous, answers)
        -> "what's on the new portal for tenants?"
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import FIELD_NOUNS, refs_in
from assistant.paper_change import own_topic
from assistant.referring import SINGULAR, refer
from assistant.text import NOT_IT_ACRONYM, stems
from assistant.turn_answers import TurnAnswers
from ingest.errors import GovragError
from vectorstore.bm25 import STOPWORDS

__all__ = ["subject_pronoun"]

# 'it' or 'its' alone: 'that one', 'this action' name the row
_IT = re.compile(
    rf"\b{NOT_IT_ACRONYM}(?:it|its)\b(?!\s+(?:one|action|recommendation|record|item)\b)", re.I
)
# a turn asking who or when: a field of the row
_WHO_WHEN = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:by\s+)?(?:who|whom|whose|when)\b", re.I)
_FIELDS = stems(" ".join(FIELD_NOUNS))
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")


def _subject_words(topic: str) -> set[str]:
    """The stems of the content words of the user's subject phrase."""
    words = [w.lower() for w in _WORD.findall(topic.replace("'s", ""))]
    return stems(" ".join(w for w in words if w not in STOPWORDS))


def subject_pronoun(question: str, previous: Previous | None, answers: TurnAnswers) -> str | None:
    """``question`` with its 'it' put as the user's own subject of the turn before, when that
    subject is a thing the one row's text speaks of rather than the row; else None."""
    if previous is None or len({r.id for r in previous.records}) != 1:
        return None
    if not _IT.search(question) or refs_in(question) or _WHO_WHEN.match(question):
        return None
    topic = own_topic(previous)
    if not topic:
        return None
    row = previous.records[0]
    own = stems(row.title or "")
    words = _subject_words(topic)
    if not words or words & (own | _FIELDS) or not words <= stems(previous.standalone):
        return None  # the row's subject, a field, or a subject kept from an older turn
    if previous.route == "document" or previous.pool:
        return None  # 'it' of an answer about a paper is the paper; of a pick, the row picked
    try:
        asked = answers.analyse(question)
        before = answers.analyse(previous.standalone)
    except GovragError:
        return None
    if asked.fields or asked.statuses or asked.claims or asked.documents or asked.owner:
        return None
    if asked.intent not in ("lookup", "explain") or before.intent in ("list", "count"):
        return None  # after a question that picked rows ('which of …?'), 'it' is the row
    rewritten = SINGULAR.sub(lambda m: refer(m, topic), question.strip(), count=1)
    try:
        then = answers.analyse(rewritten)
    except GovragError:
        return None
    if then.fields or then.owner or then.statuses:
        return None  # the thing's words made it ask a field of a row: the row answers that
    return rewritten
