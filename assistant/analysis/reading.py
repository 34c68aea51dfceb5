"""The question as the steps of :func:`~assistant.analysis.analyse.analyse` read it: a
:class:`Reading` whose steps mark the words they read as consumed, and the scope of a
negation before a filter's words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass, field

from assistant.analysis.appearing import appearing_words
from assistant.analysis.model import Claim
from assistant.analysis.patterns import GENERIC, NEGATION_BEFORE, PAPER_NOUN, QUOTED, unquoted
from vectorstore.bm25 import query_terms


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}


@dataclass
class Reading:
    """The question as the steps of :func:`analyse` read it.

    ``consumed``: the (lower-case) words a step has read as a name, date, filter or field; they
    are no topic term. ``residual``: the question with the documents and sections it names
    blanked out (same length), for the steps that must not read inside a name."""

    question: str
    residual: str
    consumed: set[str] = field(default_factory=set)
    plain: str = ""  # the question with quoted text blanked: a quotation asserts nothing

    def __post_init__(self) -> None:
        self.plain = self.plain or unquoted(self.question)

    def consume(self, text: str, only: Set[str] | None = None) -> None:
        """The words of ``text`` (a piece of the question) were read (only those in ``only``)."""
        words = _words(text)
        self.consumed |= words if only is None else words & only

    def consume_each(self, pattern: re.Pattern[str], only: Set[str]) -> None:
        """The words of every match of ``pattern`` in the residual were read (those in
        ``only``): 'who's accountable for X' asks the owner by both 'who' and 'accountable'."""
        for found in pattern.finditer(self.residual):
            self.consume(found.group(0), only=only)

    def consume_words(self, words: Iterable[str]) -> None:
        """Words already split and lower-cased (a name's tokens: 'o'connor', 'at&t' whole)."""
        self.consumed.update(words)

    def blank(self, spans: list[tuple[int, int]]) -> None:
        """Blank these spans (the names found) out of the residual, keeping its length."""
        for start, end in sorted(spans, reverse=True):
            self.residual = self.residual[:start] + " " * (end - start) + self.residual[end:]

    def terms(self, claims: list[Claim]) -> list[str]:
        """The topic terms: the question's search terms no step consumed, less generic words,
        numbers and the words of the claims it makes."""
        claim_words = {w.lower() for c in claims for w in re.findall(r"[A-Za-z]+", c.text)}
        claim_words |= _papers_holder(self.question) | lead_in_words(self.question)
        claim_words |= appearing_words(self.question)  # 'shows up in a few places': where X is
        claim_words |= {w.lower() for m in _IDIOMS.finditer(self.question) for w in m.groups() if w}
        return [
            t
            for t in query_terms(self.question)
            if t not in GENERIC
            and t not in self.consumed
            and not t.isdigit()
            and t not in claim_words
            and t not in _FRAME_VERBS
            and not _CLITIC.fullmatch(t)
            and not (t in ("one", "ones") and _pro_one(self.question))
            and not (t == "well" and _as_well_only(self.question))
        ]


# an idiom that frames a question in any domain, no topic: 'take place' for 'happen', 'moved
# on' for 'progressed' ('so far' is kept: 'saved so far' leans on it to find the sentence of a
# running total)
_IDIOMS = re.compile(
    r"\b(take|takes|took|taken|taking)\s+(place)\b|\b(move|moves|moved|moving)\s+(on|forward)\b",
    re.I,
)


# the verbs of how a thing went, which frame a question in any domain
# ('getting X into the plan', 'what happened to X'): never its topic ('got', 'go', 'stand'
# are kept: 'what has X got', 'due to go live', 'stand down' name the thing had or done)
_FRAME_VERBS = frozenset("getting happen happens happened happening".split())
# the adverbs of aspect ('not started yet', 'still open', 'already closed'): how far a state
# has got; where the question's state is read as a filter they are read with it, no topic
# ('why was X still on the plan?' keeps 'still': there it is what is asked about)
ASPECT_WORDS = frozenset("yet still already remain remains remaining".split())
# a word with a clitic: a negated auxiliary ("haven't", "weren't", "isn't") or a pronoun or
# auxiliary with its verb ("they've", "we'd", "it'll"): a function word, however spelt
_CLITIC = re.compile(r"[a-z]+(?:n['’]t|['’](?:re|ve|ll|d|m))")


def is_clitic_form(word: str) -> bool:
    """Whether a search term (lower case) is a clitic form: no topic word."""
    return bool(_CLITIC.fullmatch(word))


# whose papers they are: 'the trust's reports', "the board's two plans", "each council's
# tracker" (a possessive before the papers names their holder, not what they are about)
_HOLDER_OF_PAPERS = re.compile(
    rf"\b(?P<holder>[A-Za-z]+)['’]s?\s+(?:(?:[\w/-]+\s+){{0,2}}?)"
    rf"(?:{PAPER_NOUN}|trackers?|logs?|follow[- ]?ups?)\b",
    re.I,
)


def _papers_holder(question: str) -> set[str]:
    """The lower-case words of ``question`` that say whose the papers it asks of are."""
    return {m.group("holder").lower() for m in _HOLDER_OF_PAPERS.finditer(question)}


# 'one' standing for a paper named by its year ('in the 2015/16 one', 'the 2023 ones'): never a
# topic word ('the one about X', 'which one' pick rows, and are read as such elsewhere)
_ONE = re.compile(r"\bones?\b", re.I)
_YEAR_ONE = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s+ones?\b", re.I)


def _as_well_only(question: str) -> bool:
    """Whether every 'well' of ``question`` is in 'as well (as)': a conjunction or an adverb
    of addition ('in the 2008 plan as well as PURE'), never a topic word."""
    return len(re.findall(r"\bwell\b", question, re.I)) == len(_AS_WELL.findall(question))


_AS_WELL = re.compile(r"\bas\s+well\b", re.I)


def _pro_one(question: str) -> bool:
    """Whether every 'one' of ``question`` stands for a paper named by its year, or counts the
    row noun after it ('has one action whose …'): no topic word either way."""
    counted = len(_YEAR_ONE.findall(question)) + len(_ONE_ROW.findall(question))
    return len(_ONE.findall(question)) == counted


# 'one' as the number of a row noun: 'has one action whose target date was revised', 'only one
# open recommendation' ('tier one', 'phase one' keep it: a name's number, after its noun)
_ONE_ROW = re.compile(
    r"\bone\s+(?:(?:more|other|single|open|overdue|outstanding|late|such)\s+)?(?:action|"
    r"recommendation|rec|item|row|entry|issue|area|task|finding|point|matter)s?\b",
    re.I,
)


def negation_before(question: str, start: int) -> str | None:
    """The negation whose scope holds the words at ``start`` ('have not been completed', 'other
    than those led by'), as written; None if they are not negated."""
    found = NEGATION_BEFORE.search(question[max(0, start - 40) : start])
    return found.group(0) if found else None


# A complement: 'other than R12', 'apart from those', 'except for the one on X'. What follows it,
# to the end of its phrase, is left out of the answer rather than asked for.
EXCLUDING = re.compile(
    r"\b(?:other than|except(?: for)?|excluding|exclude|apart from|aside from|besides|"
    r"not counting|without counting|discounting|leav(?:e|ing) (?:out|aside|off)|"
    r"set(?:ting)? aside|put(?:ting)? aside|ignor(?:e|ing)|disregard(?:ing)?|omit(?:ting)?|"
    r"but not|save for|not including|minus|neither|(?<!the )bar(?:ring)?)\s+",
    re.I,
)
# where the phrase a complement governs ends: a clause mark, or the verb or wh-word of the clause
_PHRASE_END = re.compile(
    r"[?;!:]|,\s*(?:and\s+|but\s+)?(?:which|what|how|who|where|when|list|show|give|tell)\b|"
    r"\b(?:which|that|who|whose|does|do|did|is|are|was|were|has|have|had|owned|held|led|due)\b",
    re.I,
)


_POINTERS = frozenset("one ones those these them it that this other others".split())

# a topic the rows must not be about: 'not about X', 'unrelated to X', 'that do not concern X'
# (what follows, to the end of its phrase, describes the rows left out)
NOT_ABOUT = re.compile(
    r"\b(?:(?:(?:is|are|was|were|do|does|did)\s+)?not\s+(?:about|(?:related|relating)\s+to|"
    r"concerning|concerned\s+with|to\s+do\s+with|dealing\s+with|(?:concern|relate\s+to|"
    r"deal\s+with|mention)s?)|(?:do|does|did)n['’]t\s+(?:concern|relate\s+to|deal\s+with|"
    r"mention)|unrelated\s+to|nothing\s+to\s+do\s+with)\s+",
    re.I,
)


def _not_about_spans(question: str) -> list[tuple[int, int]]:
    spans = []
    for cue in NOT_ABOUT.finditer(question):
        end = _PHRASE_END.search(question, cue.end())
        spans.append((cue.end(), end.start() if end else len(question)))
    return spans


def excluded_words(question: str, refs: list[str]) -> list[str]:
    """The topic words a complement's phrase describes the records left out by ('apart from the
    one on backlog maintenance' -> ['backlog', 'maintenance']), less refs and generic words."""
    named = {w.lower() for ref in refs for w in re.findall(r"[A-Za-z0-9]+", ref)}
    words: list[str] = []
    for start, end in excluded_spans(question) + _not_about_spans(question):
        for term in query_terms(question[start:end]):
            if term in GENERIC or term in _POINTERS or term in named or term.isdigit():
                continue
            if term not in words:
                words.append(term)
    return words


def without_leading_complement(question: str) -> str:
    """``question`` less a complement it opens with ('Apart from R10, what does X own?' ->
    'what does X own?'): what it asks is read from the rest."""
    found = EXCLUDING.match(question.lstrip())
    if found is None:
        return question
    rest = question.lstrip()[found.end() :]
    comma = rest.find(",")
    return rest[comma + 1 :].lstrip() if comma >= 0 else question


def excluded_spans(question: str) -> list[tuple[int, int]]:
    """The spans of ``question`` a complement governs ('other than R10 and R11' -> 'R10 and
    R11'): the words there name what the answer leaves out (to the end of their phrase)."""
    return [(start, end) for _, start, end in exclusion_spans(question, _PHRASE_END)]


# where a clause leaving rows out ends: a clause mark or asking word, or the finite verb of the
# main clause ('other than R4 are owned by X'), not that of a relative clause inside the object
# ('those that are complete')
CLAUSE_END = re.compile(
    r"[,;:?.!]|\b(?:list|show|give|tell|how many|which|what)\b|"
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:is|are|was|were|has|have|had|do|does|did)\b",
    re.I,
)


def exclusion_spans(question: str, ends: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """(the cue, where its object starts, where it ends) of every complement of ``question``:
    the object runs from its cue to the first match of ``ends`` (:data:`CLAUSE_END`, a whole
    clause with its relative clauses; ``_PHRASE_END``, one phrase)."""
    spans = []
    for cue in EXCLUDING.finditer(question):
        end = ends.search(question, cue.end())
        while (
            end
            and _WHOSE_NOUN.search(question[cue.end() : end.start()])
            and end.group(0)[:1].isalpha()
        ):
            end = ends.search(question, end.end())  # 'the ones whose deadline was revised'
        spans.append((cue.group(0).strip(), cue.end(), end.start() if end else len(question)))
    return spans


# a relative clause opened by 'whose' and its noun, its verb still to come
_WHOSE_NOUN = re.compile(r"\bwhose\s+(?:[\w'-]+\s+){1,3}$", re.I)


def excluded(question: str, names: list[str]) -> list[str]:
    """Of ``names`` (refs, as read from ``question``), those only written inside a complement's
    phrase ('which other actions does X own, other than R12?' -> ['R12'])."""
    spans = excluded_spans(question)
    out = []
    for name in names:
        at = [
            m.start()
            for m in re.finditer(rf"(?<![\w/.-]){re.escape(name)}(?![\w/-])", question, re.I)
        ]
        if at and all(any(a <= i < b for a, b in spans) for i in at):
            out.append(name)
    return out


# -- a thing still to happen: one set of cues for a question's frame, a record's sentence and cell
# ('awaiting approval', 'pending sign-off', 'yet to be piloted', 'not yet signed', 'still to be')
_STILL_TO = r"(?:awaiting|pending|yet to(?: be)?|not yet(?: been)?|still to(?: be)?)"
# a predicate's pending frame in a question: 'still awaiting approval', 'waiting for sign-off'
PENDING = re.compile(
    rf"\b(?:still\s+)?(?:{_STILL_TO}|waiting (?:for|on|to)|"
    # a negated perfect: 'a business case that hasn't been approved (yet)'
    r"(?:has|have|had)(?:n['’]t|\s+not)\s+(?:yet\s+)?been)\b",
    re.I,
)
# a sentence saying a thing is still to be done, with its verb (or its noun: 'approval'): the
# cues, a bare negation ('not been approved'), 'remains to be', 'currently being' finalised
PENDING_VERB = re.compile(
    rf"\b(?:{_STILL_TO}|not(?: been)?|remains? to be|(?:still|currently) being|"
    r"in the process of being)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?!only\b)\w+ly )?(?P<verb>[A-Za-z]+)(?:[- ](?:off|out|up|through)\b)?",
    re.I,
)
# a record's cell stating something as still to come: 'Pilot to commence Q4', 'will be reported'
TO_COME = re.compile(
    rf"\b(?:{_STILL_TO}|to (?:commence|start|begin|be)|will|planned|proposed|due to)\b", re.I
)


def pending_objects(question: str, words: list[str]) -> list[str]:
    """Of ``words``, those a pending frame governs ('still awaiting board approval' ->
    'board', 'approval'): the predicate a list's rows must state, not its subject."""
    found = PENDING.search(question)
    if found is None:
        return []
    # the predicate runs to the end of its clause ('waiting for a business case to be approved')
    clause = re.split(r"[,;:?.!]", question[found.end() :], maxsplit=1)[0]
    after = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)[:8]}
    # and the noun phrase it is said of, right before it ('where is a business case still
    # waiting to be approved', 'a business case that hasn't been approved')
    subject = _PENDING_SUBJECT.search(question[: found.start()])
    if subject:
        after |= {w.lower() for w in re.findall(r"[A-Za-z]+", subject.group("np"))}
    return [w for w in words if w in after]


_PENDING_SUBJECT = re.compile(
    r"\b(?:a|an|the|its|their|any)\s+(?P<np>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has|have|had)\s+)?$",
    re.I,
)


def quoted_words(text: str) -> set[str]:
    """The search terms of the quotations in ``text`` ("saying 'budget'" -> {'budget'})."""
    return {t for m in QUOTED.finditer(text) for t in query_terms(m.group(0))}


_LEAD_SEGMENT = re.compile(r"\s*(?:,|;|:|\s-\s|\s–\s|—)\s*")
# a segment that moves the question to a paper before asking it: 'fast forward to the 2017
# report -', 'skipping ahead to the later plan:', 'jumping to Board 4's report,': a few lower-case
# words, a preposition of direction and a paper noun phrase (the paper is read as named)
_LEAD_IN = re.compile(
    rf"^\s*(?:(?:and|so|now|ok|okay|right|then)\s+)?(?P<lead>(?:[a-z][a-z-]*\s+){{1,3}}?)"
    rf"(?:on\s+to|onto|to|into)\s+(?:(?:the|that|this|its)\s+)?"
    rf"(?:[\w/'’.&-]+\s+){{0,6}}?(?:{PAPER_NOUN}|logs?|trackers?|minutes|letters?)\s*$",
    re.I,
)
# words that ask, not move: a lead-in holding one is the question itself ('what happened to')
_ASKING = frozenset(
    "what which who whom whose when where why how is are was were do does did has have had "
    "will would can could should may might".split()
)


def lead_in_words(question: str) -> set[str]:
    """The words (lower case) of a lead-in that moves the question to a paper before asking it
    ('*fast forward* to the 2017 report - had X been sorted?'): the segment before the first
    dash, colon or comma, when it is a few lower-case words asking nothing, a preposition of
    direction and a paper noun phrase. The paper's own words are not among them."""
    segments = _LEAD_SEGMENT.split(question.strip(), maxsplit=1)
    if len(segments) < 2:
        return set()
    found = _LEAD_IN.match(segments[0])
    if found is None:
        return set()
    written = found.group("lead").split()
    lead = [w.lower() for w in written]
    if set(lead) & _ASKING or any(not w.islower() for w in written[1:]):  # 'Risk Management'
        return set()
    return set(lead) | {part for word in lead for part in word.split("-")}
