"""The record noun a count, list or comparison names ('how many of the budget-related
recommendations', 'which of the harbour areas for improvement', 'which had more
recommendations'): the head of the noun phrase after its opening words and a few modifiers."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.analysis.appearing import appearing_words
from assistant.analysis.reading import excluded_spans
from assistant.text import NOT_IT_ACRONYM, stem
from ingest.themes import VOCABULARY

RECORD_NOUNS = (
    r"(?:actions?|recommendations?|recs?|items?|areas?|issues?|records?|improvement areas?|"
    r"areas? for improvement|governance issues?|activities|findings?|points?)"
)

NOUN_PHRASE_END = re.compile(
    r"^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|"
    r"on|in|for|of|by|to|about|with|from|at|as|that|who|whose|takes?|took|leads?|led|owns?|"
    r"holds?|held|runs?|manages?|gives?|gave|says?|said|made|makes?)$"
)

AUXILIARIES = frozenset(
    "had has have were was are is did do does got get remain remained still".split()
)


# the names of topics made of words joined by a preposition or 'and' ('value for money',
# 'freedom of information', 'audit and inspection'): one modifier, their inner word no end
# of the noun phrase ('which value for money recommendations …')
_JOINED = re.compile(
    r"\b(?:"
    + "|".join(
        r"\s+".join(map(re.escape, phrase.split()))
        for phrase in sorted(
            {
                p
                for name, theme in VOCABULARY.items()
                for p in (name, *theme.named_by)
                if re.search(r"\s(?:for|of|and|&)\s", p)
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.I,
)


def joined_names(text: str) -> str:
    """``text`` with each topic name made of several words joined by hyphens ('value for money'
    -> 'value-for-money'), so that it reads as one modifier of the noun after it."""
    return _JOINED.sub(lambda found: "-".join(found.group(0).split()), text)


def counted_noun(question: str, nouns: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The noun 'how many' counts: 'How many Audit Commission ... recommendations' ->
    'recommendations' (names in capitals and small words are skipped); '' if none follows. A
    record noun (or one of ``nouns``, singular: what the papers call their rows) heading the noun
    phrase after a few lower-case modifiers is the one counted ('how many of the budget-related
    recommendations' -> 'recommendations'); else the first word ('how many staff work…')."""
    match = re.search(r"\b(?:how many|how much|number of)\b|^\s*count\b", question, re.I)
    if match is None:
        return None
    after = re.match(r"\W*([A-Za-z]+)", question[match.end() :])
    fronted = _FRONTED.search(question[: match.start()])
    if fronted and (not after or _ends_phrase(after.group(1).lower())):
        # 'Of the 45 activities, how many are done?': the rows counted are named before
        return _fronted_head(fronted.group("phrase"), nouns)
    return _head_noun(question[match.end() :], nouns)


# a partitive put first: 'Of the 45 activities and milestones, how many …', 'Among those
# items, how many …'; its phrase opens with a determiner or a number, as a set of things does
# ('out of interest, how many …' is an aside, not a partitive)
_FRONTED = re.compile(
    r"^\W*(?:of|out of|among|amongst)\s+(?P<phrase>(?:the|these|those|its|their|our|all|\d+)\b"
    r"[^,;:?]*?)\s*,\s*$",
    re.I,
)


def _fronted_head(phrase: str, nouns: set[str] | frozenset[str]) -> str:
    """The head of a fronted partitive's noun phrase: a record noun in it, else its last word
    before any verb, preposition or 'and' ('the 30 site inspections' -> 'inspections')."""
    head = _head_noun(phrase, nouns)
    if is_row_noun(head, nouns):
        return head
    words: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z'’&-]*|/", phrase):
        low = word.lower()
        if _ends_phrase(low) or low in ("and", "or", "/"):
            break
        if low not in _ARTICLES:
            words.append(low)
    return words[-1] if words else head


def _ends_phrase(word: str) -> bool:
    """Whether ``word`` ends a noun phrase: a verb or preposition, no noun of its own."""
    return bool(NOUN_PHRASE_END.match(word)) or word in AUXILIARIES


def listed_noun(question: str, nouns: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The record noun a list names after its opening word ('Which of the harbour
    recommendations …' -> 'recommendations'); None if it names none."""
    match = re.search(
        r"\b(?:which|list|name|show(?: me)?|give me|what (?:are|were) (?:all )?(?:the)?)\b",
        question,
        re.I,
    )
    if match is None:
        return None
    head = _head_noun(question[match.end() :], nouns)
    return head if head and is_row_noun(head, nouns) else None


def compared_noun(question: str, nouns: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The record noun a comparison counts ('which had more recommendations: …'); None if it
    counts none."""
    match = re.search(r"\b(?:more|fewer|most|least)\b", question, re.I)
    if match is None:
        return None
    head = _head_noun(question[match.end() :], nouns)
    return head if head and is_row_noun(head, nouns) else None


def _head_noun(text: str, nouns: set[str] | frozenset[str]) -> str:
    """The record noun heading the noun phrase that opens ``text``, after a few modifiers;
    else its first lower-case word ('' if none)."""
    # a possessor is a determiner ('of “Managing the budget gap”'s cuts' counts cuts): a
    # quoted name or a word, with its possessive ending, is no part of the head's phrase
    text = re.sub(r"(?:“[^”]*”|\"[^\"]*\"|\b[A-Za-z][\w&/-]*)['’]s\b", " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’/&-]*|\d+", joined_names(text))
    if len(words) >= 2 and words[0].lower() == "of" and re.fullmatch(r"[a-z]{3,}ing", words[1]):
        return ""  # 'how many of giving X …': a gerund's clause, no noun counted
    plain = [
        w.lower()
        for w in words
        if not (w[0].isupper() or w.isdigit() or w.lower() in (*_ARTICLES, "of"))
    ]
    first = plain[0] if plain else ""  # 'how many staff work…': a figure's noun
    for index, word in enumerate(words[:_MAX_MODIFIED]):
        low = word.lower()
        if NOUN_PHRASE_END.match(low) or low in AUXILIARIES:
            if low == "of" and not (index and words[index - 1].islower()):
                continue  # 'how many of the …', 'Director of Finance'
            if low == "of" and _names_rows(words[index + 1 : index + 4], nouns):
                continue  # 'the use of resources recommendations': a name modifying the rows
            break  # the noun phrase ends at its first verb or preposition
        if is_row_noun(low, nouns):
            return low
    return first


def _names_rows(words: list[str], nouns: set[str] | frozenset[str]) -> bool:
    """Whether a record noun ends these few words before any verb or preposition."""
    for word in words:
        low = word.lower()
        if is_row_noun(low, nouns):
            return True
        if NOUN_PHRASE_END.match(low) or low in AUXILIARIES:
            return False
    return False


_ARTICLES = frozenset(("the", "a", "an", "these", "those", "its", "their", "our", "all"))
_MAX_MODIFIED = 8  # 'how many of the Body's 2007/08 long-running governance issues'


def is_row_noun(word: str, nouns: Collection[str] = frozenset()) -> bool:
    """Whether ``word`` (lower case) names the register's rows: a record noun ('actions',
    'recs') or, singular, one of ``nouns``, what the papers call their rows ('objectives')."""
    return bool(re.fullmatch(RECORD_NOUNS, word)) or _singular(word) in nouns


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


# A topic stated before the question that refers to it: 'Benchmarking comes up more than once
# in the plan. Which items call for it?', 'Reserves: which paper raises them?'. The topic is
# the noun phrase that opens the statement, up to its verb; or all that precedes the colon.
PRONOUN = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|them|they|this|these|that one|this one)\b", re.I)
_STATEMENT_VERB = (
    r"(?:is|are|was|were|has|have|had|keeps?|kept|comes?|came|crops?|cropped|appears?|"
    r"appeared|features?|featured|remains?|remained|gets?|got|seems?|seemed|recurs?|recurred|"
    r"turns?|turned|shows?|showed|pops?|popped|can|could|will|would|should|may|might|must)"
)
_OPENING_NP = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?P<np>[A-Za-z][\w'’&/-]*(?:\s+(?!" + _STATEMENT_VERB + r"\b)"
    r"[\w'’&/-]+){0,5}?)\s+" + _STATEMENT_VERB + r"\b",
    re.I,
)
_COLON_TOPIC = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?P<np>[^:?.!]{3,60}?)\s*:\s*(?=\S)")
_DASH_TOPIC = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?P<np>[^:?.!]{3,60}?)\s+[-–—]\s+(?=\S)")


def fronted_topic(question: str) -> str | None:
    """The topic a question states before it asks, and that its asking sentence refers to by
    a pronoun ('it', 'them'): the noun phrase opening a statement before the question (ended
    by a full stop or a spaced dash), or the words before a colon or a spaced dash. A statement
    that its topic appears in several places ('X turns up in several places - where?') fronts
    it without a pronoun. None when the asking part has no pronoun or nothing is fronted."""
    colon = _COLON_TOPIC.match(question)
    if colon and "?" not in colon.group("np"):
        asking = question[colon.end() :]
        return colon.group("np").strip() if PRONOUN.search(asking) else None
    statement = re.match(r"^(?P<s>[^?!]+?(?:[.!]|\s[-–—]))\s+(?P<ask>\S.*\?)\s*$", question, re.S)
    if statement is None:
        return None
    if not PRONOUN.search(statement.group("ask")) and not appearing_words(statement.group("s")):
        return None
    opening = _OPENING_NP.match(statement.group("s"))
    if opening is None:
        dash = _DASH_TOPIC.match(question)
        if dash and PRONOUN.search(question[dash.end() :]):
            return dash.group("np").strip()  # 'the X trial in Q4 - which items refer to it?'
        return None
    np = opening.group("np").strip()
    return None if PRONOUN.fullmatch(np) or np.lower() in ("there", "here") else np


_WHAT_DID = re.compile(
    r"^\s*what\s+(?:else\s+)?(?:did|does|do|has|have|had)\b(?P<rest>[^?]*)", re.I
)


def asks_what_was_recorded(question: str, nouns: set[str] | frozenset[str]) -> bool:
    """'What did the inspectors recommend under the fleet heading?': the verb the papers'
    rows are named after ('recommend' of 'recommendation', ``nouns`` singular) asks for
    those rows, a list, not one fact."""
    found = _WHAT_DID.match(question)
    if found is None or not nouns:
        return False
    kinds = {stem(n) for n in nouns}
    for word in re.findall(r"[A-Za-z]+", found.group("rest"))[:8]:
        low = word.lower()
        if low.rstrip("s") not in nouns and stem(low) in kinds:
            return True
    return False


def which_noun(question: str, nouns: set[str] | frozenset[str] = frozenset()) -> bool:
    """:func:`which_record_noun` with ``nouns`` (singular) as record nouns too: what the papers call
    their rows ('which health and safety observations…')."""
    question = joined_names(question)
    if which_record_noun(question):
        return True
    match = re.search(r"\bwhich\b", question, re.I)
    if match is None or not nouns:
        return False
    for word in re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d[\d/]*", question[match.end() :])[:6]:
        low = word.lower()
        if low in nouns or low.rstrip("s") in nouns:
            return True
        if NOUN_PHRASE_END.match(low):
            return False
    return False


def which_record_noun(question: str) -> bool:
    """'Which partnership actions…', 'which high priority recommendations…' list records;
    'Which team takes the lead…' asks a fact. The noun phrase after 'which' (up to its first
    verb or preposition, five words at most) decides: a record noun in it makes a list."""
    question = joined_names(question)
    match = re.search(r"\bwhich\b", question, re.I)
    if match is None:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d[\d/]*", question[match.end() :])
    for word in words[:6]:
        low = word.lower()
        if re.fullmatch(RECORD_NOUNS, low) or low == "improvement":
            return True
        if NOUN_PHRASE_END.match(low):
            return False
    return False


_REF_SHAPED = re.compile(r"\b(?!Q[1-4]\b)[A-Z]{1,5}\s?-?\d{1,3}(?:\.\d+)?\b")
# 'what' opening a question (after a clause joiner), 'other' or 'else' allowed after it
# a clause placing the question before it ('In the 2024 follow-up, ', 'Looking at the trust's
# log, ', 'Fenmarsh: '); not a premise ('Now that X has been published, ')
SCOPING_CLAUSE = (
    r"(?:(?:in|at|for|from|on|under|within|across|regarding|concerning|looking\s+at|"
    r"turning\s+to|as\s+for)\b[^,;:?]*[,:]\s*|\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}\s*:\s*|"
    # 'hallbrook & tarn trading standards Q2 plan - what's …': a paper named, then a dash
    r"\w[\w'’.-]*(?:\s+(?:&|\w[\w'’.-]*)){0,8}\s+[-–—]\s+)?"
)
_WHAT_OPENING = re.compile(
    rf"^\s*{SCOPING_CLAUSE}(?:(?:and|so|then|also)\s+)?what\s+(?:other\s+|more\s+)?", re.I
)


def what_rows(question: str) -> bool:
    """'What items in the 2017 report are about X?', 'what other audit recommendations does X
    own?': 'what' heading a noun phrase whose head is a record noun in the plural asks for
    those rows, as 'which' does ('what action was agreed?', singular, asks one fact)."""
    question = joined_names(question)
    opening = _WHAT_OPENING.match(question)
    if opening is None or _REF_SHAPED.search(_without_complements(question)):
        return False  # 'what actions were agreed for R18?': that row's field
    words = re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d[\d/]*", question[opening.end() :])
    for word in words[:6]:
        low = word.lower()
        if (low.endswith("s") and re.fullmatch(RECORD_NOUNS, low)) or low == "activities":
            return True
        if NOUN_PHRASE_END.match(low) or low in AUXILIARIES:
            return False
    return False


def _without_complements(question: str) -> str:
    """``question`` with what a complement leaves out blanked ('what other actions does X
    have, other than R12?'): a ref written there is no row the question is asked of."""
    for start, end in reversed(excluded_spans(question)):
        question = question[:start] + " " * (end - start) + question[end:]
    return question


# where a topic phrase after a list's subject ends: a relative, a verb, a time or a conjunction
PP_END = re.compile(
    r"\b(?:that|which|who|whose|were|was|are|is|have|has|had|been|be|by|since|due|in|"
    r"during|before|after|until|from|with|and|or|but|so|still|yet|not|now)\b",
    re.I,
)


# 'anything …', 'any actions …', 'are there any recommendations …' opening a question: rows
# asked for, when a condition on them follows (a relative clause, a rating, an owner, a state)
_ANY_ROWS = re.compile(
    rf"(?:(?:and|so|also|but)\s+)?(?:(?:is|are)\s+there\s+)?(?:anything|any\s+(?:[\w/&'-]+\s+)"
    rf"{{0,4}}?(?:{RECORD_NOUNS}|ones|items|entries))\b"
)
_ROW_CONDITION = re.compile(
    r"\b(?:that|which|where|whose|rated|marked|owned|led|held|due|not|still|yet)\b|n['’]t\b"
)


def any_rows_asked(question: str) -> bool:
    """Whether the question opens with 'anything' or 'any <rows>' and sets a condition on them
    ('anything in the plan that isn't high priority?', 'any recommendations rated low?'): a
    list of the rows that meet it. (Lower-case ``question``.)"""
    found = _ANY_ROWS.match(question)
    said = [m.group(0) for m in _ROW_CONDITION.finditer(question)] if found else []
    if found is not None and found.group(0).endswith("anything"):
        # a bare 'anything that <verb>' asks about a subject ('anything that explains the delay')
        said = [w for w in said if w not in ("that", "which", "where", "whose")]
    return bool(said)
