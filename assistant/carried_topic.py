"""A follow-up naming only an attribute after an answer from the text alone ('Tell me about the
Market Hall cost problem.' then 'What's the target date now?'): the attribute of the row the
user's own subject is, found by asking it of that subject.

The last answer quoted prose and no row, so there is no row in focus to carry
(:mod:`assistant.carried_row`); but the user named a subject (the focus), and the new turn's
words name nothing else: each of its search words is a word of the columns a row holds, of
the focus itself, or no word any row is about. Asked as written it names no subject; asked of
the focus ('What's the target date now for the Market Hall cost problem?') the record's
evidence decides: it is used only when that answer rests on rows, not on passages or a refusal.
"""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.carried_row import COLUMN_FRAME, asks_of_row, may_carry
from assistant.followup_forms import FIELD_NOUNS, PRONOUN_ONLY
from assistant.register import Register
from assistant.text import stem, stems
from assistant.turn_answers import TurnAnswers
from ingest.errors import GovragError


def _framing_only(terms: list[str], focus: str, register: Register) -> bool:
    """Whether every search word of the turn frames the attribute asked (a column's word, a
    word of the focus) or is a word no row's title or issue uses."""
    frame = COLUMN_FRAME | {stem(w) for w in FIELD_NOUNS} | stems(focus)
    loaded = register.loaded()
    for term in terms:
        word = stem(term)
        if len(word) < 3 or word in frame:
            continue
        for part in ("title", "issue"):
            if loaded.at(register.mentioning([word], part)):
                return False
    return True


def carried_topic(
    question: str,
    previous: Previous | None,
    answers: TurnAnswers,
    register: Register,
    filters: dict[str, object] | None = None,
) -> str | None:
    """``question`` asked of the user's subject of the last turn when that turn was answered
    from prose only and ``question`` names just an attribute; None otherwise, or when asked
    of the subject it still rests on no row."""
    if previous is None or previous.records or not previous.focus:
        return None
    if not may_carry(question) or PRONOUN_ONLY.search(question):
        return None  # a pronoun's turn is the pronoun rules'
    try:
        analysis = answers.analyse(question)
    except GovragError:
        return None
    if analysis.documents or analysis.refs or analysis.owner or analysis.themes:
        return None
    if not asks_of_row(question, analysis):
        return None
    if not _framing_only(list(analysis.terms), previous.focus, register):
        return None
    asked = f"{question.strip().rstrip(' ?.!')} for {previous.focus}?"
    try:
        answer = answers.ask(asked, filters)
    except GovragError:
        return None
    if answer.route == "abstain" or not answer.records:
        return None
    return asked
