"""'One' standing for the noun of the subject it replaces: after 'who is the Met's March 2017
governance report by?', 'and the MOPAC one in December?' asks of 'the MOPAC report in
December' (a paper, so it is read as naming one), not of a subject called 'one'."""

from __future__ import annotations

import re

from assistant.antecedents import PAPER_NP, subject_span

# 'the MOPAC one in December', 'the 2017 one', 'the newer one from the panel': words around 'one'
_ONE = re.compile(r"(?:the|that|this)\s+(?P<pre>(?:[\w'’/&.-]+\s+){0,4}?)one(?P<post>\s.*)?", re.I)

# paper nouns after the first: the last is the head ("the 2015 audit letter")
_MORE_NOUNS = re.compile(
    r"(?:\s+(?:report|plan|paper|statement|review|inspection|audit|letter|document|tracker|log|"
    r"minutes)s?\b)+",
    re.I,
)

# what may follow a paper that is the whole subject: nothing, what it is to or from, or a
# participle ('the 2015 audit letter sent')
_AFTER_HEAD = re.compile(
    r"\s*$|\s+(?:to|of|in|on|for|from|by|at|about|with|sent|made|held|\w+ed|\w+en)\b", re.I
)


def one_as_paper(question: str, topic: str) -> str:
    """``topic`` with its 'one' replaced by the paper noun of the subject of ``question`` it
    replaces, when that subject is a paper ('the Met's 2017 governance report') and the topic
    names no paper of its own; else ``topic`` as given."""
    one = _ONE.fullmatch(topic.strip())
    span = subject_span(question)
    if one is None or span is None or PAPER_NP.search(topic):
        return topic
    paper = PAPER_NP.match(question, span[0])
    if paper is None:
        return topic
    more = _MORE_NOUNS.match(question, paper.end())  # 'the 2015 audit letter': 'letter'
    end = more.end() if more else paper.end()
    if not _AFTER_HEAD.match(question[end : span[1]]):
        return topic  # 'the plan's action on X': the subject is the action, not the paper
    noun = re.findall(r"[\w-]+", question[paper.start() : end])[-1]
    return f"the {one.group('pre')}{noun}{one.group('post') or ''}"
