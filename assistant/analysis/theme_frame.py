"""The words that frame a question asked of a theme across papers, read by their role in the
question, never by a list of one question's words: what is left names the theme.

* a sentence that refers to the theme only by a pronoun, when another sentence names it
  ('Governance of partnership working keeps coming up. *How has it been dealt with across
  these papers?*'; 'Is X a recurring problem? *Trace it through the papers.*');
* the noun a recurrence cue predicates of the theme ('is X *a recurring problem*?');
* the verb whose subject the theme is, in 'how did <theme> <verb>' before a span of papers or
  time, or at the end ('how did the scheme of delegation work *move* between A and B?');
* a command opening a sentence ('*Trace* it …', '*Show* me …');
* the papers' descriptions: a determiner, perhaps a year, and up to three words before a paper
  noun ('from *the 2002 District Audit plan* to *the 2017 Met report*'), unless they hold every
  content word of the question (then they name the theme as well: 'across the fire safety
  reports').
"""

from __future__ import annotations

import re

from assistant.analysis.comparison import frame_words
from assistant.analysis.patterns import GENERIC, PAPER_NOUN
from assistant.analysis.recurrence import papers_spanned
from vectorstore.bm25 import query_terms

_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=\S)")
# a pronoun standing for the theme as an argument ('it', 'they', 'them'; 'its' possessive)
_PRONOUN = re.compile(r"\b(?:it|its|they|them)\b", re.I)
PREDICATED = re.compile(
    r"\b(?:a|an|the)\s+(?:recurring|recurrent|repeated|repeat|persistent|perennial|continuing|"
    r"long[- ]running|constant|regular|common)\s+(?P<noun>[a-z]+)"
    r"(?=\s*(?:[?.!,;:]|$|\b(?:in|across|for|at|over|through|throughout|and|or|since|from)\b))",
    re.I,
)
_AUX = r"(?:did|does|do|has|have|had|is|are|was|were)"
# a span of papers or of time after the verb: a preposition and a determiner, a quantifier or a
# year ('between the …', 'across these …', 'from 2002 …', 'in each …'); not one paper or year
# ('in the 2008 plan', 'in 2002': the verb may then say what is asked of it)
_SPAN = (
    r"(?:(?:between|across|over|from|since|through(?:out)?|during)\s+(?:the|these|those|its|"
    r"their|each|every|both|all|successive|one|(?:19|20)\d\d)|in\s+(?:each|every|both|"
    r"successive|all))\b"
)
_VERB_OF_THEME = re.compile(
    rf"^\s*how\s+{_AUX}\s+(?P<theme>\S.*?)\s+(?:been\s+)?(?P<verb>[a-z]+)"
    rf"(?:\s+(?:with|on|out|up|along))?(?:\s+(?={_SPAN})|\s*[?.!]?\s*$)",
    re.I,
)
_COMMAND = re.compile(
    r"^\s*(?:please\s+)?(?P<verb>trace|track|follow|chart|map|show|list|give)\b", re.I
)
PAPERS_DESCRIBED = re.compile(
    r"\b(?:from|to|through|throughout|across|between|in|into|over|and|of)\s+"
    r"(?:the|these|those|its|their|each|every|all(?:\s+the)?|both(?:\s+the)?)\s+"
    r"(?:(?:19|20)\d\d(?:\s*/\s*\d{2,4})?\s+)?(?:[\w'’/&-]+\s+){0,3}?" + PAPER_NOUN + r"\b",
    re.I,
)


def _content(text: str) -> set[str]:
    return {t for t in query_terms(text) if t not in GENERIC and not t.isdigit()}


# the function words of a description of papers (its preposition and determiner)
_DESCRIBING = frozenset(
    "from to through throughout across between in into over and of the these those its their "
    "each every all both".split()
)


def _named(description: str) -> bool:
    """Whether a description of papers has words of its own besides generic ones ('the 2007/08
    AGS action plan'; not 'both years')."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", description)}
    return bool(words - _DESCRIBING - GENERIC)


def theme_frame_words(question: str, intent: str) -> list[str]:
    """The pieces of a recurrence or comparison question that frame its theme (see the module's
    docstring); [] for any other intent, or when dropping them would leave no content word."""
    if intent not in ("recurring", "compare"):
        return []
    sentences = [s for s in _SENTENCE.split(question.strip()) if s]
    frame: list[str] = []
    if len(sentences) > 1:
        named = [s for s in sentences if not _PRONOUN.search(s) and _content(s)]
        if named:  # the theme is named elsewhere: a sentence about 'it' only frames it
            frame += [s for s in sentences if _PRONOUN.search(s)]
    for sentence in sentences:
        frame += [m.group("noun") for m in PREDICATED.finditer(sentence)]
        verb = _VERB_OF_THEME.match(sentence)
        if verb and _content(verb.group("theme")):
            frame.append(verb.group("verb"))
        command = _COMMAND.match(sentence)
        if command:
            frame.append(command.group("verb"))
    # only a description with words of its own ('the 2002 District Audit plan', not 'both years')
    described = [m.group(0) for m in PAPERS_DESCRIBED.finditer(question) if _named(m.group(0))]
    left = _content(question) - _content(" ".join(frame))
    if described and left - _content(" ".join(described)):
        frame += described
    if not left:  # every content word would go: the question names its theme there
        return []
    return frame


def frame_of(plain: str, question: str, intent: str) -> list[str]:
    """Every piece of the question that frames its subject: the recurrence cue or comparison
    frame (:func:`.comparison.frame_words`), the papers spanned ('between the two damp and
    mould reports', :func:`.recurrence.papers_spanned`) and the theme's frame read by role."""
    spanned = [papers_spanned(plain)] if intent == "recurring" else []
    return frame_words(plain, intent) + spanned + theme_frame_words(question, intent)


def asks_course(question: str) -> bool:
    """Whether the question asks how its theme went over a span of papers or time ('how did the
    scheme of delegation work move between the 2008 plan and the 2017 report?', 'how has X
    changed across the years?'): each paper's account of it, and where it stood, is the answer."""
    for sentence in _SENTENCE.split(question.strip()):
        verb = _VERB_OF_THEME.match(sentence)
        if verb and _content(verb.group("theme")) and re.match(_SPAN, sentence[verb.end() :]):
            return True
    return False
