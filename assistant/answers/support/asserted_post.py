"""A post the question says holds a row, when the register knows no owner by that name.

'The site manager is handling the late banking – is it still on its first date?' asserts an
owner of the row it describes. When the post is one of the register's owners the analysis
reads it (``q.owner``) and the premise check compares it; a post no row is owned by is read
here, by its place in the clause: the subject of a verb of holding ('X is handling / leads /
is responsible for …'), or the agent after one ('… owned by X', '… sits with X'). It is borne
out when every word of it is a word of the row's owner cell ('the finance director' of
'Director of Finance Services'); else it is a wrong owner, and the row's owner corrects it.
"""

from __future__ import annotations

import re

from assistant.text import stem

# the head nouns of posts and of the bodies that hold rows: a general vocabulary of offices
_HEADS = (
    r"officer|manager|director|head|clerk|treasurer|secretary|chair|chairman|chairperson|"
    r"chief|controller|commissioner|executive|inspector|adviser|advisor|co-?ordinator|lead|"
    r"leader|accountant|engineer|master|warden|superintendent|governor|trustee|auditor|"
    r"administrator|supervisor|surveyor|registrar|librarian|team|unit|department|directorate|"
    r"committee|board|panel|group|service|office"
)
_PHRASE = rf"(?P<post>(?:[A-Za-z][\w'&-]*\s+){{0,4}}?(?:{_HEADS})s?)"
_HOLDING = (
    r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:now\s+|still\s+|currently\s+)?"
    r"(?:handling|handles|handled|dealing\s+with|deals\s+with|leading|leads|led|owns|owned|"
    r"owning|holds|holding|responsible\s+for|accountable\s+for|in\s+charge\s+of|"
    r"looking\s+after|looks\s+after|running|runs|managing|manages|overseeing|oversees|"
    r"taking\s+forward|takes\s+forward|on\s+the\s+hook\s+for|"
    # the post given the row ('the Transport Manager was given the X review')
    r"given|assigned|allocated|handed|tasked\s+with|charged\s+with|took\s+on|taken\s+on|"
    r"(?:has|had|have)\s+(?:got\s+)?(?=(?:the|its|their|this|that)\b))"
)
# where the post sits, between it and its verb ('the IT Manager *at Calderport* has …')
_AT = r"(?:(?:at|in|of|for)\s+(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3}\s+)?"
# 'the site manager is handling …' (the clause's subject, at its start or after 'since')
_SUBJECT = re.compile(
    rf"(?:^|\b(?:since|as|given(?:\s+that)?|now\s+that|so|if)\s+|[,;:–—-]\s*)"
    rf"(?:the|our|its|their)\s+{_PHRASE}\s+{_AT}{_HOLDING}",
    re.I,
)
# '… owned by the site manager', '… sits with the site manager'
_AGENT = re.compile(
    r"\b(?:(?:owned|led|handled|managed|run|held|overseen|taken\s+forward)\s+by|"
    r"(?:is|are|was|were|sits?|sat|rests?|lies|remains?)\s+(?:now\s+|still\s+)?with)\s+"
    rf"(?:the|our|its|their)\s+{_PHRASE}\b",
    re.I,
)
_LINKS = frozenset({"of", "and", "the", "for", "&"})


def asserted_post(question: str) -> str | None:
    """The post the question says holds the row it describes ('the *site manager* is handling
    …', '… owned by the *site manager*'), as written; None when it says none."""
    found = _SUBJECT.search(question) or _AGENT.search(question)
    if found is None:
        return None
    return found.group("post").strip()


def post_words(post: str) -> set[str]:
    """The stems of a post's own words, without its linking words."""
    return {
        stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'-]*", post) if w.lower() not in _LINKS
    }


def post_borne_out(post: str, owner: str) -> bool:
    """Whether the row's owner cell bears out the post asserted: every word of the post is a
    word of the owner ('the finance director' of 'Director of Finance Services')."""
    return post_words(post) <= post_words(owner)
