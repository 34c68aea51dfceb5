"""Who did something, read from a sentence: the doer a question asks ('who *carried out* the
review?', 'who *approved* it?'), the verbs that ask only an action's owner ('who *leads*
it?'), and whether a sentence names anyone (by a name after 'by', or a capitalised name inside
it). Shared by the answers that refuse a doer no sentence names."""

from __future__ import annotations

import re

from assistant.text import stem_of

# a doer asked of a past event: 'who decided …', 'who carried out …', 'who has approved …'
# (an adverb of fact or order may stand before the verb: 'who *actually* drafted it?'); the
# irregular past tenses a doer is asked by ('who *got* the post?', 'who *wrote* it?'); 'got'
# before a participle is a passive ('who got appointed?': who was appointed), no doer asked
WHO_DID = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:(?:actually|really|originally|eventually|finally|formally|ultimately|first|then)\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en)|chose|sent|paid|won|got(?!\s+[a-z]+(?:ed|en)\b)|wrote|drew|made|"
    r"brought|bought|built|sold|spoke|told)\b",
    re.I,
)
# verbs of holding or doing the row's own work, or of its own making: the owner, the paper
OWN_WORK = frozenset(
    stem_of(w)
    for w in (
        "own owned lead led manage managed handle handled deal dealt run ran oversee oversaw "
        "look looked work worked deliver delivered complete completed finish finished do did "
        "implement implemented assign assigned allocate allocated task tasked give given gave "
        "hold held take taken took charge charged respond responded action actioned progress "
        "progressed pick picked sort sorted update updated raise raised report reported "
        "identify identified find found recommend recommended agree agreed set sign signed"
    ).split()
)
# a doer named: 'by' and a capitalised name, a post or a body within a few words
_BY_DOER = re.compile(r"\bby\s+(?:[a-z]+\s+){0,3}?[A-Z]", re.UNICODE)
_INNER_NAME = re.compile(r"\b[A-Z][a-z]+")
# the run of capitalised words a doer is named by: 'the Board of Governors', 'Head of IT'
_NAME_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'-]*)*")
# a passive verb: 'has been deferred', 'were approved', 'is postponed'
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")
# the capitalised words of a time, not of a doer
_TIME_NAME = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Q[1-4]"
)


def names_by(text: str, question: str) -> bool:
    """Whether a sentence names a doer after 'by' ('… approved by the Board') that the
    question does not write."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    for by in _BY_DOER.finditer(text):
        run = _NAME_RUN.match(text, by.end() - 1)
        named = _INNER_NAME.findall(run.group(0)) if run else []
        if not named or any(n.lower() not in asked for n in named):
            return True
    return False


def names_doer(text: str, question: str) -> bool:
    """Whether a sentence names someone: 'by' and a name; or, in a sentence with no passive
    verb (whose doer only 'by' names), a capitalised word inside it (not opening it) that the
    question does not write and no date does (read loosely: any name may be the doer)."""
    return names_by(text, question) or names_inside(text, question)


def names_inside(text: str, question: str) -> bool:
    """Whether a sentence with no passive verb (whose doer only 'by' names) holds a
    capitalised word inside it (not opening it) that the question does not write and no date
    does: :func:`names_doer` less the 'by' it reads first."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    if _PASSIVE.search(text):
        return False  # 'has been deferred twice': done, and by nobody named
    text = text.strip()
    return any(
        m.group(0).lower() not in asked
        and not _TIME_NAME.fullmatch(m.group(0))
        and text[: m.start()].rstrip()[-1:] not in ("", ".", ";", ":", "!", "?")
        for m in _INNER_NAME.finditer(text)
    )
