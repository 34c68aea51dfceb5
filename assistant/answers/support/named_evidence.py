"""Where a name asked of a kind may stand in the evidence in a form that is no capitalised
name beside the kind's own word: read before a name is refused as never given.

'which strands …' of 'three strands: prevention, response and recovery' (a list after a
colon, or items joined by commas and 'and'), 'which auditors …' of 'Internal audit raised
eleven recommendations' (a word of the same root as the kind, with a word telling it apart),
'who are the funders …' of 'funded by the Home Office' (that word with a name beside it), a
quote cut inside its sentence whose name stands just outside it (the whole sentence is read),
and kinds that are not names at all: a choice between options the question gives ('which came
first, the fleet review or the estates strategy?') and a kind the papers keep in a column of
their rows ('which grade …' of a table with a Grade column: its cell is the answer).

    whole_sentences(answer, context) -> the sentences the answer's quotes stand in
    offers_options(question) -> bool
    column_kind(head, answer, context) -> bool
    listed_members(text, kind) -> bool
    related_named(text, kind_word, said) -> bool
    titled_kind(text, kind) -> bool
"""

from __future__ import annotations

import re

from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.text import stem_of, stems
from vectorstore.bm25 import STOPWORDS

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n|\t|\|")
_WIDEST = 400  # characters either side of a quote read for its sentence
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
# 'the fleet review or the estates strategy', 'A, B or C': options the question offers
_OPTIONS = re.compile(r"\bwhich\b.*\b(?:or|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?\w", re.I | re.S)
# a list opened after the kind: 'three strands: …', 'strands (…)', 'strands – …', 'namely'
_OPENS = re.compile(r"\s*(?::|\(|[-–—]\s|,?\s*(?:namely|such\s+as|including|i\.e\.|e\.g\.))")
# a verb between a kind and its members: 'its strands *are* …', 'the partners *include* …'
_COPULA = re.compile(r"\s+(?:are|were|is|was|include[sd]?|comprise[sd]?|cover(?:s|ed)?)\s+", re.I)
# items joined as a list: 'prevention, response and recovery', 'A, B, C'
_LIST = re.compile(
    r"\b[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+){0,3})+,?\s+(?:and|or|&)"
    r"\s+[\w'’-]+",
    re.I,
)
# endings of a word for the one who does a thing: 'auditor' of 'audit', 'funder' of 'fund'
_AGENT = re.compile(r"(?:ers|ors|ists|ians|ants|ees|er|or|ist|ian|ant|ee)$")
_DETERMINERS = frozenset(
    "the a an this that these those its their our his her each every any".split()
)
_TIMES = frozenset(
    stem_of(w)
    for w in (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday"
    ).split()
)
_PLAIN = frozenset("new old same other such further more most all some no".split())


def whole_sentences(answer: Answer, context: AnswerContext) -> list[str]:
    """The sentence (or table cell) of its document each quote of ``answer`` stands in, where
    the quote is cut inside it: 'funded by the Home Office, pays for …' is read with 'The Safer
    Streets Programme,' before it. [] for quotes that are whole."""
    out: list[str] = []
    for citation in answer.citations:
        if citation.start is None:
            continue
        text = context.document_text(citation.document.id)
        start, end = citation.start, citation.start + len(citation.quote)
        if text[start:end] != citation.quote:
            continue
        before = text[max(0, start - _WIDEST) : start]
        cuts = list(_SENTENCE_END.finditer(before))
        left = start - len(before) + (cuts[-1].end() if cuts else 0)
        after = _SENTENCE_END.search(text, end, min(len(text), end + _WIDEST))
        right = after.end() if after else min(len(text), end + _WIDEST)
        sentence = text[left:right].strip()
        if sentence and sentence != citation.quote.strip():
            out.append(sentence)
    return out


def offers_options(question: str) -> bool:
    """Whether 'which …' chooses between things the question itself names ('which came
    first, the fleet review or the estates strategy?', 'which is larger, A or B?'): the
    answer is one of them, no name to look up."""
    return bool(_OPTIONS.search(question))


def column_kind(head: str, answer: Answer, context: AnswerContext) -> bool:
    """Whether the kind asked (its head's stem) is a column of the rows of the papers the
    answer quotes ('which grade …' of a table with a 'Grade' column): a value of a cell,
    which the typed answers read, not a name to find in prose."""
    documents = {c.document.id for c in answer.citations} | {r.document.id for r in answer.records}
    for document in documents:
        headers: set[str] = set()
        for record in context.register.of_document(document):
            headers |= set(record.columns)
        if head in stems(" ".join(headers)):
            return True
    return False


def listed_members(text: str, kind: set[str]) -> bool:
    """Whether ``text`` lists the members of the kind where it speaks of it: a list opened
    right after a word of the kind ('three strands: prevention, response and recovery', 'its
    strands are prevention, response and recovery', 'strands (…)'). Items joined by commas
    elsewhere in the sentence are not taken: they list something else as often."""
    for word in _WORD.finditer(text):
        if stem_of(word.group(0).lower()) not in kind:
            continue
        rest = text[word.end() :]
        if _OPENS.match(rest):
            return True
        copula = _COPULA.match(rest)
        if copula and _LIST.match(rest[copula.end() :]):
            return True
    return False


def _root(word: str) -> str:
    """The root a word for a doer is made from ('auditors' -> 'audit', 'funders' -> 'fund');
    '' when the word names no doer or the root is too short to be told apart."""
    low = word.lower()
    root = _AGENT.sub("", low)
    if root == low or len(root) < 4:
        return ""
    return root


def related_named(text: str, kind_word: str, said: set[str]) -> bool:
    """Whether ``text`` names the kind in a word of the same root ('which auditors' of
    'Internal audit raised …'; 'who are the funders' of 'funded by the Home Office'): the
    related word with a word before it that tells one apart (not a determiner, not a word of
    the question), or a capitalised name (not the question's) within a few words after it."""
    root = _root(kind_word)
    if not root:
        return False
    words = list(_WORD.finditer(text))
    for i, word in enumerate(words):
        low = word.group(0).lower()
        if not low.startswith(root) or stem_of(low) == stem_of(kind_word.lower()):
            continue  # the kind's own word: its own reading (names_near) judges it
        if i:
            before = words[i - 1].group(0).lower()
            between = text[words[i - 1].end() : word.start()]
            if (
                not re.search(r"[,;:.()]", between)
                and before not in _DETERMINERS | _PLAIN | STOPWORDS
                and stem_of(before) not in said
                and not before.endswith(("ed", "ing", "ly"))
            ):
                return True  # 'Internal audit', 'the county's audit partnership'
        for after in words[i + 1 : i + 5]:
            name = after.group(0)
            if name[:1].isupper() and stem_of(name.lower()) not in said | _TIMES:
                return True  # 'funded by the Home Office'
    return False


_PAPER_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\t|\|")


def paper_sentences(
    answer: Answer, context: AnswerContext, kind_word: str, subject: set[str]
) -> list[str]:
    """The sentences of the papers the answer quotes that speak of the kind, by its own stem
    or a word of its root ('funded' for 'funders'), and of the question's subject (one of
    ``subject``'s stems): where a paper names the kind in a passage the answer did not quote."""
    head = stem_of(kind_word.lower())
    root = _root(kind_word)
    out: list[str] = []
    for document in dict.fromkeys(c.document.id for c in answer.citations):
        for sentence in _PAPER_SENTENCE.split(context.document_text(document)):
            low = sentence.lower()
            if not (head in low or (root and root in low)):
                continue
            held = stems(sentence)
            if (head in held or (root and any(w.startswith(root) for w in held))) and (
                held & subject
            ):
                out.append(sentence.strip())
    return out


# a run of capitalised words, joined by 'of', 'and', 'for', 'the' or '&'
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w&'’-]*)+"
)


def titled_kind(text: str, kind: set[str]) -> bool:
    """Whether ``text`` writes a word of the kind (stems) as the last word of a title ('the
    Safer Streets Programme' for 'which programme …', 'Harrowby Borough Council' for 'which
    council'): a name of the kind, even when the question says its words itself, which then
    names the thing the answer confirms."""
    for found in _CAPITALISED_RUN.finditer(text):
        words = [w for w in found.group(0).split() if w.lower() not in _DETERMINERS]
        words = [w for w in words if w.lower() not in ("of", "and", "for", "&")]
        told = [w for w in words[:-1] if stem_of(w.lower()) not in kind]
        if told and stem_of(words[-1].lower()) in kind:  # 'the HR System' names no HR system
            return True
    return False
