"""Whether a follow-up states a subject of its own that the rows in focus are not about.

A rewrite may carry the last turn's rows into a follow-up only where the follow-up leaves a
gap: a pronoun ('when is it due?'), an ellipsis ('and the deadline?'), a column asked with no
subject. A follow-up that states a noun phrase of its own ('when is the canteen refurbishment
due?') asks about that thing: when none of the rows in focus holds its words, the rows are no
antecedent, and the question is asked as written (it may then be refused, which is right when
the record lacks the thing). The test reads the question's noun phrases against the rows' own
text and column headers, not a list of phrasings.

    states_new_subject("when is the canteen refurbishment due?", [row_on_delegation]) -> True
    states_new_subject("when is the deadline now?", [row_on_delegation]) -> False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from assistant.analysis import GENERIC
from assistant.column_words import column_words
from assistant.followup_forms import FIELD_NOUNS, singular_noun
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

__all__ = ["named_row", "states_new_subject"]

# a noun phrase the turn states: an article and the words up to a function word or a verb's
# auxiliary ('the staff survey', 'a new contract')
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an)\s+((?:[A-Za-z][\w'-]*\s*){1,5})", re.I)
_PHRASE_END = frozenset(
    STOPWORDS
    | {"say", "says", "said", "mean", "means", "due", "isn't", "aren't", "wasn't", "hasn't"}
    # adverbs that follow a subject and open its predicate ('the survey still …')
    | {"still", "yet", "already", "ever", "currently", "really", "actually", "even", "finally"}
)
# words of English that place or frame what is asked, never a subject of the record: times and
# stages ('the end', 'the first time'), order ('the latest', 'the original'), and the nouns
# of asking itself ('the reason', 'the position', 'the news')
_GENERAL = frozenset(
    "time times end start beginning moment point stage period latest last first next previous "
    "original current new final recent earliest update news position situation reason cause "
    "delay problem word story answer question detail details thing things way case view "
    "something anything nothing everything whole total overall rest one ones other others "
    "former latter second third fourth fifth".split()
)


def _row_text(row: ActionRecord) -> str:
    cells = " ".join(v for v in row.columns.values() if v)
    parts = (row.title, row.finding, row.action, row.progress, row.owner, cells)
    return " ".join(p for p in parts if p)


def states_new_subject(
    question: str, rows: Sequence[ActionRecord], frame: Collection[str] = ()
) -> bool:
    """Whether ``question`` states a noun phrase of its own that none of ``rows`` is about:
    a word of it is no column's name, no general word of the record and in none of their
    text ('the staff survey' asked of a row on delegation). 'It', 'them' or a column ('the
    deadline') leave the subject to the rows in focus; so do the words ``frame`` names (those
    that frame what is asked: 'the explanation for the lateness' of a reason asked)."""
    framing = {singular_noun(w) for w in FIELD_NOUNS | column_words(rows) | set(frame)}
    held = stems(" ".join(_row_text(r) for r in rows))
    for found in _NOUN_PHRASE.finditer(question):
        if any(not stems(w) & held for w in _subject_words(found.group(1), framing)):
            return True
    return False


def _opens_predicate(word: str, after: list[str]) -> bool:
    """A participle followed by 'to' opens the predicate of the phrase before it ('the
    process supposed to be …', 'the report expected to …'): a verb, not a word of the
    thing (English's reduced passive, whatever the papers say)."""
    participle = (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES
    return participle and [w.lower() for w in after] == ["to"]


# English's irregular past participles that open a reduced passive ('the full solution meant
# to go live', 'the review set to start'): a closed class of the language
_IRREGULAR_PARTICIPLES = frozenset(
    "meant set built made done given taken thought said shown seen kept held bound due "
    "sent brought paid begun".split()
)


def _subject_words(phrase: str, framing: set[str]) -> list[str]:
    """The words of a noun phrase that name a thing: not function words, general words of
    the record or of asking, nor column names."""
    words = []
    tokens = re.findall(r"[A-Za-z][\w'-]*", phrase)
    for i, word in enumerate(tokens):
        low = word.lower()
        if low == "of":
            continue
        if low in _PHRASE_END or _opens_predicate(low, tokens[i + 1 : i + 2]):
            break
        if len(low) < 3 or low in GENERIC or low in _GENERAL or singular_noun(low) in framing:
            continue
        if singular_noun(low.replace("-", "")) in framing:
            continue  # 'hold-up' is the frame's 'holdup' written with its hyphen
        words.append(low)
    return words


# what follows a noun phrase that stands for a row asked of: a form of 'be' or 'have', 'due',
# or an adverb opening such a predicate ('the annual report due now', 'the upgrade is still');
# a phrase followed by another verb is an agent or a thing of the row's text ('the committee
# last met', 'the Home Office said'), not the row
_ROW_PREDICATE = frozenset(
    "is are was were has have had due still now yet already currently being been isn't aren't "
    "wasn't hasn't haven't will be".split()
)


def named_row(
    question: str, rows: Sequence[ActionRecord], names: Sequence[str]
) -> tuple[int, int, str] | None:
    """The span of the first noun phrase ``question`` states as the subject of a row's state
    or date ('the SCADA upgrade is still on …', 'when's the annual report due?') and the name
    of the one row of ``rows`` whose text holds every word of it that names a thing: the
    question's own noun, read against the rows in focus. None when no phrase names a thing,
    the phrase is followed by another verb, or no row or several hold its words."""
    framing = {singular_noun(w) for w in FIELD_NOUNS | column_words(rows)}
    for found in _NOUN_PHRASE.finditer(question):
        words = _subject_words(found.group(1), framing)
        if not words:
            continue
        # the phrase ends at its last word before a function word, which must open a row's
        # predicate
        end, after = found.start(1), ""
        for word in re.finditer(r"[A-Za-z][\w'-]*", question[found.start(1) :]):
            if word.group(0).lower() == "of":
                continue  # 'the scheme of delegation'
            if word.group(0).lower() in _PHRASE_END:
                after = word.group(0).lower()
                break
            end = found.start(1) + word.end()
        if after not in _ROW_PREDICATE:
            return None
        wanted = [stems(w) for w in words]
        holding = {
            name
            for row, name in zip(rows, names, strict=False)
            if all(w & stems(_row_text(row)) for w in wanted)
        }
        if len(holding) != 1:
            return None
        return found.start(), end, holding.pop()
    return None
