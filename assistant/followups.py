"""Follow-ups read against what came before: a question that points back ('who owns it?',
'and in 2008?', 'the second one') rewritten into one that stands alone.

Used by the chat (a follow-up to the previous turn) and by the assistant itself (a later part
of a question asked in several parts, read against what the earlier part found). The rules:

* "and which of those were about risk?" narrows the previous set;
* "who owns it?", "when is it due?" ask about the one record the previous answer rested on (or
  the ref the previous question named); "who owns them?" about all of its records;
* "the second one", "the last one" pick a record of the previous answer, in its order;
* "and R10?" asks the previous question of another ref;
* "what about 2017?", "and in 2008?" change the period; "what about risk management?" the subject;
* "why?", "tell me more" explain the previous subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from assistant.analysis import GENERIC, QUOTED
from assistant.answers.model import Answer
from assistant.citations import Citation
from assistant.register import Register
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS
from vectorstore.identifiers import identifiers

MAX_TURNS = 50


def refs_in(text: str) -> list[str]:
    """The refs ``text`` names, in order, whatever their house style: the shapes the retriever
    reads ('R18', '4.2', 'item 3') and any ref-shaped token ('IA-07', 'GOV12')."""
    return identifiers(text)


_NARROW = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:which|what|how many)\s+of\s+"
    r"(?:those|these|them|the above)\s+(.*)$",
    re.I,
)
_PRONOUN_ONLY = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|she|both|the\s+two)\b", re.I
)
_WHAT_ABOUT = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\??$|^and\s+(?:in|for|since)\s+(.+?)\??$", re.I
)
_MORE = re.compile(
    r"^(?:why\??|how\??|tell me more\.?|more detail[s]?\.?|explain\.?|go on\.?)$", re.I
)
_YEARISH = re.compile(r"^(?:in\s+|for\s+|since\s+)?((?:19|20)\d\d(?:/\d{2})?)$", re.I)


class Turn(BaseModel):
    role: str = Field(description="user, assistant or system")
    content: str


ORDINAL = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|item|action|recommendation|record|area|issue)s?)?\b",
    re.I,
)
_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "last": -1,
}
_SINGULAR = re.compile(
    r"\b(it|its|this|that)(?:\s+(?:one|action|recommendation|record|item))?\b", re.I
)
_PLURAL = re.compile(r"\b(they|them|their|these|those|both(?:\s+of\s+them)?|the\s+two)\b", re.I)
# 'the two HMIC ones', 'both audit ones': some of the last answer's records, by a word of theirs
_SUBSET = re.compile(
    r"\b(?:the|both|those|these)\s+(?:(?:two|three|four|\d+)\s+)?(?P<w>[A-Za-z][\w-]*)\s+ones\b",
    re.I,
)
# 'is that before March 2009?', 'was it after R9?': the last answer's record set against another
_BEFORE_AFTER = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?P<verb>is|was|are|were)\s+(?:that|it|this|they|those)\s+"
    r"(?:due\s+|done\s+|set\s+)?(?P<rel>before|after|earlier than|later than|sooner than)\s+"
    r"(?P<other>.+?)\s*\??$",
    re.I,
)
_DATEISH = re.compile(
    r"^(?:the\s+)?(?:(?:end|start)\s+of\s+)?(?:Q[1-4]\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}\s+)?"
    r"(?:19|20)\d\d(?:/\d{2})?$",
    re.I,
)
# 'the other one', 'the others', 'the remaining two', 'the rest': what the list a turn picked
# from leaves once the records it picked are taken out
OTHER = re.compile(
    r"\bthe\s+(?:(?:other|remaining)(?:\s+(?:two|three|four|\d+))?(?:\s+[A-Za-z][\w-]*)?\s+"
    r"(?:one|ones|action|actions|recommendation|recommendations|record|records|item|items|"
    r"area|areas)\b|others\b|rest\b|other\b(?=\s*[?.!]*$)|remaining\b(?=\s*[?.!]*$))",
    re.I,
)
_ANOTHER_REF = re.compile(r"^(?:and|what about|how about)\s+(.+?)\??$", re.I)
MAX_NAMED = 8  # records a plural follow-up names


@dataclass
class Previous:
    """What the previous turn was about: its question as resolved, and the records its answer
    rested on, in the order shown (with, for each, how to name it in a question)."""

    standalone: str
    records: list[ActionRecord]
    names: list[str]
    # the records are those a passage answer quotes, best first: 'it' is the first of them
    quoted: bool = False
    # the answer's text: what it named in prose ('that programme' is the one it named)
    text: str = ""
    # the set the records were picked from, when the turn singled some out of a longer list
    # ('who owns the first one?'): 'the other one' is what it leaves, 'the second' indexes it
    pool: list[ActionRecord] = field(default_factory=list)
    pool_names: list[str] = field(default_factory=list)
    # the papers the answer cited, in order: 'it' of an answer about one paper ('who wrote the
    # 2017 report?' then 'when was it presented?') is that paper
    documents: list[str] = field(default_factory=list)
    route: str = ""  # how the answer was found: 'document' when it was about a paper itself
    before: Previous | None = None  # the turn before, as resolved (what else was asked of it)


def user_turns(history: Sequence[Turn]) -> list[str]:
    return [t.content.strip() for t in history if t.role == "user" and t.content.strip()]


def _refs_in_answer(history: Sequence[Turn]) -> list[str]:
    """Refs the last assistant message named in bold (**R18**, **4.2**, **IA-07**) — what
    'it' points to: a bold span that is one identifier, whatever its shape."""
    for turn in reversed(history):
        if turn.role == "assistant":
            found = []
            for span in re.findall(r"\*\*([^*\n]{1,30})\*\*", turn.content):
                named = refs_in(span.strip())
                if len(named) == 1 and len(named[0]) >= len(span.strip()) - 5:
                    found.append(named[0])
            return list(dict.fromkeys(found))
    return []


# 'that director', 'this area', 'the report': a noun phrase pointing back at what the last
# answer was about: its record, a value of that record (its owner) or its document
_DEMONSTRATIVE = re.compile(r"\b(that|this|the same|the)\s+([a-z]+)\b", re.I)
_DOCUMENT_NOUNS = frozenset(
    "report paper document plan statement review inspection audit publication".split()
)
_RECORD_NOUNS = frozenset(
    "one action recommendation record item area issue improvement finding point weakness "
    "activity task".split()
)


# nouns for who holds an action ('that body', 'the same officer'): they point at the owner of
# what the last answer was about, whatever words the owner's title has
_AGENT_NOUNS = frozenset(
    "body person officer owner lead team unit department directorate organisation "
    "organization post role holder".split()
)


# nouns a follow-up points back with ('the deadline', 'that owner', 'the change'): the fields
# of a record, and what happens to them
_FIELD_NOUNS = frozenset(
    "deadline date owner lead officer status priority progress update change revision "
    "timescale target degree rating".split()
)
ANAPHOR_WORDS = 9  # a question this short that points back with a definite noun is a follow-up
# a definite noun phrase standing alone ('the paper?', 'the deadline was …'), not the head of
# a compound ('the action plan')
_ANAPHORIC_NP = re.compile(
    r"\b(?:the|that|this|those|these|both)\s+(?:same\s+|two\s+)?("
    + "|".join(sorted(_DOCUMENT_NOUNS | _RECORD_NOUNS | _FIELD_NOUNS))
    + r")s?\b(?=\s*(?:[?,.!]|$)|\s+(?:is|was|were|are|has|had|have|be|been|do|does|did|due|"
    r"say|said|in|on|at|by|for|to|of|about|approved|met|complete|completed|finished|owned|led|"
    r"moved|slipped|revised|changed|set|agreed|signed|still|now|yet)\b)",
    re.I,
)
# 'by then', 'by that date', 'before that time': the date the last answer gave
_THEN = re.compile(
    r"\b(?:by|before|after|until|since)\s+(?:then|that\s+(?:date|time|point))\b", re.I
)


# words a question needs to name its own subject: an 'and …' chat turn, or a later part of a
# question in several parts (:func:`has_own_subject`)
OWN_SUBJECT_WORDS = 6


def _stands_alone(question: str) -> bool:
    """'And when is the workforce plan due to be published?': an 'and' question with its own
    subject (six words or more after 'and', and nothing pointing back) stands alone."""
    rest = re.sub(r"^(?:and|also|then)\s+", "", question.strip(), flags=re.I)
    return (
        len(rest.split()) >= OWN_SUBJECT_WORDS
        and not _PRONOUN_ONLY.search(rest)
        and not re.match(r"(?:what|how) about\b", rest, re.I)
    )


# 'when is it likely to be complete?', 'how far was it met by the end?': a pronoun right after
# the opening wh-word and auxiliary is the subject the question is about, however long the rest
_WH = r"(?:who|what|when|where|why|which|whose|how(?:\s+(?:far|much|many|long|well|often))?|by\s+when|to\s+what\s+extent)"
_AUX = r"(?:is|was|are|were|has|have|had|does|did|do|will|would|can|could|should|shall|may|might)"
_SUBJECT_PRONOUN = re.compile(
    rf"^(?:(?:and|so|but|then|also)\s+)?(?:{_WH}\s+)?{_AUX}(?:n't)?\s+(?:it|they|this|that|these|those)\b"
    r"(?!\s+(?:true|the\s+case|possible|correct|right|so)\b)",
    re.I,
)
# 'what progress has been made on it?', 'what was said about them?': a pronoun as the object
# of the closing preposition
_OBJECT_PRONOUN = re.compile(
    r"\b(?:on|about|of|for|to|with|from|against|behind|under|in)\s+(?:it|them|this|that|these|those)\s*[?.!]*$",
    re.I,
)
# 'that programme', 'this board', 'those ones': a demonstrative before a noun points back at
# something the last answer named; not 'that' opening a clause ('say that the …') nor time
_DEMONSTRATIVE_NP = re.compile(
    r"\b(?:this|that|these|those)\s+(?!(?:the|a|an|it|its|they|their|he|she|we|there|is|was|"
    r"are|were|has|have|had|will|would|can|could|should|year|years|month|week|quarter|time|"
    r"point|stage|morning|date|then|way)\b)([a-z][a-z-]+)",
    re.I,
)
_CLAUSE_VERB = re.compile(
    r"\b(?:say|says|said|show|shows|showed|state|states|stated|mean|means|meant|ensure|"
    r"ensures|confirm|confirms|note|notes|noted|so|such|suggest|suggests|find|found)\s+that\b",
    re.I,
)
# 'what is the residual risk there?': 'there' closing a question points at a place named before
_THERE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+there(?=\s*[?.!]*\s*$)",
    re.I,
)
PRONOUN_WORDS = 14  # a question this short that points back with a pronoun is a follow-up


def points_back(question: str) -> bool:
    """Whether ``question`` points back with a pronoun or demonstrative that nothing in it can
    be the antecedent of: 'when is it likely to be complete?', 'what progress has been made on
    it?', 'which other actions does that programme cover?'."""
    q = question.strip()
    if len(q.split()) > PRONOUN_WORDS or refs_in(q) or QUOTED.search(q):
        return False
    if _SUBJECT_PRONOUN.search(q) or _OBJECT_PRONOUN.search(q) or _THERE.search(q):
        return True
    demonstrative = _DEMONSTRATIVE_NP.search(q)
    return demonstrative is not None and not _CLAUSE_VERB.search(q[: demonstrative.end()])


def looks_like_follow_up(question: str) -> bool:
    return _short_follow_up(question) or points_back(question)


def _short_follow_up(question: str) -> bool:
    """A follow-up by its form: too short to stand alone, or opening the way follow-ups do."""
    q = question.strip()
    words = q.split()
    if _SUBSET.search(q) or OTHER.search(q):
        return True
    if _NARROW.match(q) or _WHAT_ABOUT.match(q) or _MORE.match(q) or _BEFORE_AFTER.match(q):
        return True
    if q.lower().startswith(("and ", "also ", "what about", "how about", "then ")):
        return not _stands_alone(q)
    if refs_in(q):
        return False
    if len(words) <= 6 and _PRONOUN_ONLY.search(q):
        return True
    # 'Was the paper approved?', 'Who signed off the change?', 'Was it done by then?'
    return len(words) <= ANAPHOR_WORDS and bool(_ANAPHORIC_NP.search(q) or _THEN.search(q))


def _clear_antecedent(question: str, previous: Previous | None) -> bool:
    """Whether a longer question that points back ('when is it likely to be complete?') has
    one thing to point at: the one record the last answer was about (not a passage's first
    quote: 'it' may then be what the passage named), the paper an answer about a paper was
    about, or the thing of that kind the last answer named ('that programme')."""
    if previous is None:
        return False
    if len(previous.records) == 1 and not previous.quoted:
        return True
    if not previous.records and not previous.documents:
        return True  # the last turn found nothing: its subject is what is pointed at
    if previous.route.startswith("document") and len(previous.documents) == 1:
        return True
    return any(
        named_in(previous.text, _singular(m.group(2))) is not None
        for m in _DEMONSTRATIVE.finditer(question)
        if m.group(1).lower() in ("that", "this", "these", "those")
        and _singular(m.group(2)) not in _KNOWN_NOUNS
    )


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def rewrite_by_rules(
    question: str, history: Sequence[Turn], previous: Previous | None = None
) -> str | None:
    """The standalone question, or None when the question already stands alone.

    ``previous`` is what the previous turn was about (see :meth:`Chat.previous`); without it,
    the previous user message is taken as written."""
    users = user_turns(history)
    q = question.strip()
    pick = _picked(q, previous)
    if not users or not (looks_like_follow_up(question) or pick):
        return None
    if not pick and not _short_follow_up(q) and not _clear_antecedent(q, previous):
        return None  # a longer question pointing back at nothing clear: asked as written
    last = (previous.standalone if previous else users[-1]).rstrip(" ?.")
    if pick is not None and previous is not None:
        start, end, records, names = pick
        named = join_names(records, names)
        if _ELLIPTICAL.fullmatch(q[:start] + q[end:]):
            # 'and the second?', 'what about the other one?': the last question, of that one
            return _ask_of(last, previous, named)
        return q[:start] + named + q[end:]
    subset = _SUBSET.search(q) if previous is not None else None
    if subset and previous is not None and previous.names:
        # 'the two HMIC ones': the last answer's records whose name or title has that word
        word = subset.group("w").lower()
        kept = [
            name
            for name, rec in zip(previous.names, previous.records, strict=False)
            if re.search(rf"\b{re.escape(word)}\b", f"{name} {rec.title}", re.I)
        ]
        if kept:
            named = " and ".join([", ".join(kept[:-1]), kept[-1]] if len(kept) > 1 else kept)
            return q[: subset.start()] + named + q[subset.end() :]
    another = _ANOTHER_REF.match(q)
    if another and _only_refs(another.group(1)) and refs_in(last):
        # 'and R10?': the previous question, asked of another ref
        old, new = refs_in(last), refs_in(another.group(1))
        asked = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), last, count=1)
        earlier = previous.before.standalone.rstrip(" ?.") if previous and previous.before else ""
        if earlier and old[0] in refs_in(earlier) and earlier.lower() != last.lower():
            # 'who owns R5?', 'when is it due?', 'and R7?': both things asked, of R7
            first = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), earlier, count=1)
            pronoun = "they" if len(new) > 1 else "it"
            then = re.sub(rf"\b{re.escape(old[0])}\b", pronoun, last, count=1)
            return f"{first}, and {then[:1].lower()}{then[1:]}?"
        return f"{asked}?"
    narrow = _NARROW.match(q)
    if narrow:
        clause = narrow.group(1).rstrip(" ?.")
        return f"{last} and {clause}?"
    about = _WHAT_ABOUT.match(q)
    if about:
        topic = (about.group(1) or about.group(2) or "").strip()
        year = _YEARISH.match(topic)
        if year:
            replaced = re.sub(
                r"\b(?:in|since|during|for|before|after)\s+(?:the\s+)?(?:19|20)\d\d(?:/\d{2})?\b",
                "",
                last,
            )
            replaced = re.sub(r"\b(?:19|20)\d\d(?:/\d{2})?\b", "", replaced).strip()
            return f"{replaced} in {year.group(1)}?"
        return f"{_swap_subject(last, topic)}?"
    if _MORE.match(q):
        return f"Explain: {last}?"
    compared = _before_after(q, previous, last)
    if compared:
        return compared
    pointed = _point_back(q, previous)
    if pointed:
        return pointed
    another_subject = _AND_NP.match(q)
    if another_subject and not _PRONOUN_ONLY.search(q):
        # 'and the lift-maintenance action?': the last question, of that subject instead
        return f"{_swap_subject(last, another_subject.group(1).strip())}?"
    if previous is not None and previous.names:
        if (len(previous.names) == 1 or previous.quoted) and _SINGULAR.search(q):
            return _SINGULAR.sub(lambda m: _refer(m, previous.names[0]), q, count=1)
        if _PLURAL.search(q) and len(previous.records) <= MAX_NAMED:
            named = _joined(previous)
            return _PLURAL.sub(lambda m: _refer(m, named), q, count=1)
    if refs_in(q):
        return None  # it names its own record: nothing to point back to
    if (
        previous is not None
        and previous.route.startswith("document")
        and not previous.names
        and len(previous.documents) == 1
    ):
        paper = f"the {previous.documents[0]}"
        if _SINGULAR.search(q):  # 'when was it presented?' after an answer about one paper
            return _SINGULAR.sub(lambda m: _refer(m, paper), q, count=1)
        if _THERE.search(q):
            return _THERE.sub(f" in {paper}", q, count=1)
    if previous is not None and previous.names and _THERE.search(q):
        # 'what is the residual risk there?': in what the last answer was about
        one = len(previous.names) == 1 or previous.quoted
        if one or len(previous.records) <= MAX_NAMED:
            target = previous.names[0] if one else _joined(previous)
            return _THERE.sub(f" for {target}", q, count=1)
    refs = refs_in(last) or _refs_in_answer(history)
    pronoun = _PRONOUN_ONLY.search(q)
    if refs and pronoun:
        plural = _PLURAL.fullmatch(pronoun.group(1)) is not None
        target = " and ".join(refs[:3]) if plural else refs[0]
        return _PRONOUN_ONLY.sub(lambda m: _possessive(m.group(1), target), q, count=1)
    if previous is not None and previous.names and not _PRONOUN_ONLY.search(q):
        # ellipsis, 'and the deadline?': the same question of what the last answer was about
        if len(previous.names) == 1 or previous.quoted:
            return f"{q.rstrip(' ?')} of {previous.names[0]}?"
        if len(previous.records) <= MAX_NAMED:
            return f"{q.rstrip(' ?')} of {_joined(previous)}?"
    if refs:
        target = " and ".join(refs[:3])
        return f"{q.rstrip(' ?')} of {target}?"
    # nothing found to point at (the last turn abstained, or quoted no record): the subject of
    # the last question, not its whole text
    subject = subject_of(last) or last
    if _SINGULAR.search(q) and not _subject_is_pronoun(subject):
        return _SINGULAR.sub(lambda m: _refer(m, subject), q, count=1)
    return f"{q.rstrip(' ?')} ({subject})?"


def _subject_is_pronoun(subject: str) -> bool:
    return _PRONOUN_ONLY.fullmatch(subject.strip()) is not None


# 'and the lift-maintenance action?': a new subject, with nothing asked of it
_AND_NP = re.compile(r"^(?:and|or|but|then)\s+((?:the|a|an)\s+[^?]{2,80}?)\s*\??$", re.I)
_ELLIPTICAL = re.compile(
    r"\s*(?:(?:and|or|but|so|then|what\s+about|how\s+about|same\s+for|now)\s*)*[?.!]*\s*",
    re.I,
)


def _picked(
    question: str, previous: Previous | None
) -> tuple[int, int, list[ActionRecord], list[str]] | None:
    """The records a question picks out of what came before, with the span that picks them:
    'the second one' (of the last answer's list, or of the list the last turn picked from),
    'the other one' (what that list leaves once the last turn's records are taken out)."""
    if previous is None:
        return None
    other = OTHER.search(question)
    if other and previous.pool:
        shown = {r.id for r in previous.records}
        left = [
            (r, n)
            for r, n in zip(previous.pool, previous.pool_names, strict=False)
            if r.id not in shown
        ]
        if left and len(left) <= MAX_NAMED:
            return other.start(), other.end(), [r for r, _ in left], [n for _, n in left]
    ordinal = ORDINAL.search(question)
    if ordinal is None:
        return None
    one = len(previous.records) == 1
    names = previous.pool_names if one else previous.names
    records = (previous.pool if one else previous.records)[: len(names)]
    if len(names) < 2:
        return None
    index = _ORDINALS.get(ordinal.group(1).lower())
    if index is None:
        index = int(re.sub(r"\D", "", ordinal.group(1))) - 1
    if not -len(names) <= index < len(names):
        return None
    return ordinal.start(), ordinal.end(), [records[index]], [names[index]]


def _ask_of(last: str, previous: Previous, named: str) -> str:
    """The last question asked again of other records: where it named the records of its
    answer (by name or by ref), ``named`` stands instead; a question that named none ('which
    … are complete?') becomes a question about ``named`` itself."""
    for old in sorted(previous.names, key=len, reverse=True):
        if old and old in last:
            return last.replace(old, named, 1) + "?"
    for record in previous.records:
        if record.ref:
            found = re.search(rf"\b(?:item\s+)?{re.escape(record.ref)}\b", last, re.I)
            if found:
                return last[: found.start()] + named + last[found.end() :] + "?"
    return f"What is {named} about?"


def _before_after(question: str, previous: Previous | None, last: str) -> str | None:
    """'Is that before March 2009?' -> 'Is R18 due before March 2009?'; 'was it after the
    toolkit launch?' -> 'Which came first, R18 or the toolkit launch?': a two-sided question
    of what the last answer was about and the other side named."""
    match = _BEFORE_AFTER.match(question)
    if match is None:
        return None
    if previous is not None and previous.names and (len(previous.names) == 1 or previous.quoted):
        name = previous.names[0]
    else:
        refs = refs_in(last)
        if not refs:
            return None
        name = refs[0]
    other = match.group("other").strip()
    rel = match.group("rel").lower()
    if _DATEISH.match(other):
        return f"{match.group('verb').capitalize()} {name} due {rel} {other}?"
    return f"Which came first, {name} or {other}?"


def _only_refs(text: str) -> bool:
    """'R10', 'for item 4', 'the IA-07 one': refs and nothing that asks anything else."""
    refs = refs_in(text)
    rest = text
    for ref in refs:
        rest = re.sub(rf"\b{re.escape(ref)}\b", " ", rest, flags=re.I)
    filler = {"for", "the", "about", "item", "ref", "one", "and", "or", "of", "in", "on"}
    return bool(refs) and all(w.lower() in filler for w in re.findall(r"[A-Za-z]+", rest))


def _point_back(question: str, previous: Previous | None) -> str | None:
    """'that director' -> the owner of what the last answer was about, when one owner's title
    holds the word; 'the report' -> its document's title, when it was one document; 'that
    area', 'the action' -> its record, when it was one record; 'the deadline', 'the change'
    -> that record's; 'by then' -> by its deadline."""
    if previous is None:
        return None
    if not previous.records:
        return _named_back(question, previous)
    records = previous.records if not previous.quoted else previous.records[:1]
    one = len(previous.names) == 1 or previous.quoted
    then = _THEN.search(question)
    if then and one and records[0].due_text:
        when = then.group(0).split()[0]
        dated = f"{question[: then.start()]}{when} {records[0].due_text}{question[then.end() :]}"
        if previous.names and _SINGULAR.search(dated):  # 'was it done by then?': it is the record
            return _SINGULAR.sub(lambda m: _refer(m, previous.names[0]), dated, count=1)
        return dated
    for match in _DEMONSTRATIVE.finditer(question):
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        pointing = match.group(1).lower() != "the"  # 'that programme', not 'the Met'
        if not pointing and _DESCRIBED.match(question, match.end()):
            continue  # 'the recommendation on whistle-blowing': another one, described
        if pointing and singular not in _KNOWN_NOUNS and not _owner_word(singular, records):
            named = named_in(previous.text, singular)
            if named:  # 'that programme': the one the last answer named
                return question[: match.start()] + named + question[match.end() :]
        owners = {
            r.owner
            for r in records
            if r.owner and singular in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner)}
        }
        titles = {r.document.title for r in records}
        if not owners and singular in _AGENT_NOUNS and match.group(1).lower() != "the":
            # 'that body', 'this officer': the one owner the last answer's records share
            owners = {r.owner for r in records if r.owner}
        own_text = " ".join(f"{r.title} {r.action or ''}" for r in records[:1]).lower()
        if len(owners) == 1:
            target = owners.pop()
        elif (
            singular in _DOCUMENT_NOUNS
            and one
            and previous.names
            and re.search(rf"\b{singular}s?\b", own_text)
        ):
            # 'the report' of an action whose own text asks for a report: that action's
            target = f"{previous.names[0]}'s {noun}"
        elif (
            singular in _DOCUMENT_NOUNS
            and one
            and previous.names
            and _RECORD_ASK.search(question)
            and not _PAPER_ASK.search(question)
        ):
            # 'and the review — what date is it due?' after a turn about one action: a column
            # of that action is asked, not a fact of the paper
            target = previous.names[0]
        elif singular in _DOCUMENT_NOUNS and len(titles) == 1:
            target = f"the {min(titles)}"
        elif singular in _RECORD_NOUNS and one and previous.names:
            target = previous.names[0]
        elif singular in _FIELD_NOUNS and one and previous.names:
            target = f"{previous.names[0]}'s {noun}"
        else:
            continue
        return question[: match.start()] + target + question[match.end() :]
    return None


# what a question asks of an action (its columns) and what only a paper has (its author, its
# meeting): 'the review' with the first is the action in focus, with the second the paper
_RECORD_ASK = re.compile(
    r"\b(?:due|deadline|timescale|owns?|owned|owner|leads?|led|responsible|status|complete[d]?|"
    r"finished|done|progress|priority|met|slipped|revised|moved|extended)\b",
    re.I,
)
_PAPER_ASK = re.compile(
    r"\b(?:wr[io]te|written|author(?:ed)?|present(?:ed)?|meeting|publish(?:ed)?|title[d]?|"
    r"appendix|appendices|pages?|recommend(?:s|ed)?|summar(?:y|ise|ises|ised))\b",
    re.I,
)
# a noun phrase going on to say which one it is: 'the action on X', 'the one that …'
_DESCRIBED = re.compile(
    r"\s+(?:on|about|regarding|concerning|for|to|of|that|which|with|covering|dealing|in)\s+"
    r"(?!(?:it|its|them|their|this|that|these|those|then)\b)(?!(?:the\s+)?(?:same|last|"
    r"previous|above)\b)\w",
    re.I,
)
_KNOWN_NOUNS = _DOCUMENT_NOUNS | _RECORD_NOUNS | _FIELD_NOUNS | _AGENT_NOUNS
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|this|that|its|their|our)\s+", re.I)


def _owner_word(word: str, records: Sequence[ActionRecord]) -> bool:
    return any(word in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner or "")} for r in records)


def named_in(text: str, noun: str) -> str | None:
    """The name ``text`` gives a thing of kind ``noun``, most often named first: 'the
    programme' after 'The DRM Programme will address …' is 'the DRM Programme'; a name is
    one to six capitalised words (or 'of', 'and', '&' between them) before the noun."""
    if not text or not noun:
        return None
    plain = re.sub(r"[*_`]", "", text)
    pattern = re.compile(
        r"(?<![\w-])((?:[A-Z][\w'&/-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}(?i:"
        + re.escape(noun)
        + r")s?)(?![\w-])"
    )
    counts: dict[str, int] = {}
    spelt: dict[str, str] = {}
    for match in pattern.finditer(plain):
        name = _LEADING_ARTICLE.sub("", match.group(1)).strip()
        name = re.split(r"\S+['’]s\s+", name)[-1]  # 'September's Performance Board'
        if len(name.split()) < 2 or not name[:1].isupper():
            continue
        key = name.lower()
        counts[key] = counts.get(key, 0) + 1
        spelt.setdefault(key, name)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])  # the first of the most frequent
    return f"the {spelt[best]}"


def _named_back(question: str, previous: Previous) -> str | None:
    """'that programme' after an answer with no records: the one its text named."""
    for match in _DEMONSTRATIVE.finditer(question):
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        if singular in _KNOWN_NOUNS or match.group(1).lower() == "the":
            continue
        named = named_in(previous.text, singular)
        if named:
            return question[: match.start()] + named + question[match.end() :]
    return None


# words after 'that'/'this' that make it a pronoun, not a determiner: 'was that met?', 'is
# this still due?', 'has that been done?'
_NOT_NOUNS = frozenset(
    "is was are were be been being has have had do does did will would can could should may "
    "might must met done due set made still now yet ever already really also then there not "
    "complete completed finished agreed approved launched delivered achieved started late "
    "early on in at by for to of from with before after go goes went mean means cover covers "
    "include includes involve involves cost costs relate relates refer refers say says "
    "happen happens represent represents amount amounts come comes".split()
)


def _NOUN_LIKE(word: str) -> bool:  # noqa: N802 - reads as the predicate it is
    """Whether ``word`` after a demonstrative can be the noun it determines."""
    w = word.lower()
    return w not in _NOT_NOUNS and not w.endswith(("ed", "ly"))


def _refer(match: re.Match[str], target: str) -> str:
    """A pronoun replaced by what it points to: 'its', 'their', and 'this' or 'that' before a
    noun ('that deadline'), become the target's."""
    pronoun = match.group(1).lower()
    if pronoun.startswith(("both", "the")):  # 'both', 'both of them', 'the two'
        return target
    rest = match.string[match.end() :]
    after = re.match(r"\s+([a-z][\w-]*)", rest)
    before_noun = (
        match.group(0) == match.group(1) and after is not None and _NOUN_LIKE(after.group(1))
    )
    if pronoun in ("its", "their") or (
        pronoun in ("this", "that", "these", "those") and before_noun
    ):
        return f"{target}'s"
    return target


def _joined(previous: Previous) -> str:
    """Several records in one phrase: 'R3, R10 and R11 in the MPS Action Plan', the document
    named once when every record is of it."""
    return join_names(previous.records, previous.names)


def join_names(records: Sequence[ActionRecord], names: list[str]) -> str:
    """Records named in one phrase, the document named once when every record is of it."""
    documents = {r.document.id for r in records[: len(names)]}
    suffix = ""
    if len(documents) == 1 and any(" in the " in n for n in names):
        suffix = " in the " + records[0].document.title
        names = [n.split(" in the ", 1)[0] for n in names]
    head = ", ".join(names[:-1])
    return (f"{head} and {names[-1]}" if head else names[-1]) + suffix


def _possessive(pronoun: str, target: str) -> str:
    return f"{target}'s" if pronoun.lower() in ("its", "their") else target


def _swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk;
    'When is the boiler action due' + 'the lift action' -> 'When is the lift action due': the
    theme word, else the subject noun phrase, replaced by the new subject."""
    from ingest.themes import resolve_theme

    if _PAPER_NP.search(topic) or _YEARISH.match(topic):
        # 'what about the 2017 report?': the same subject, in that paper
        paper = _PAPER_NP.search(question)
        if paper:
            return question[: paper.start()] + topic + question[paper.end() :]
        return f"{question} in {topic}"
    words = question.split()
    if resolve_theme(topic.lower()) or len(topic.split()) <= 2:
        for index, word in enumerate(words):
            if resolve_theme(word.strip(",.").lower()):
                return " ".join([*words[:index], topic, *words[index + 1 :]])
    span = subject_span(question)
    if span is not None:
        start, end = span
        paper = _PAPER_NP.search(question, start, end)
        if paper and paper.start() > start:
            # 'R18 in the PURE plan' -> 'the whistle-blowing action in the PURE plan'
            kept = re.search(r"\s+(?:in|of|from)\s+$", question[start : paper.start()])
            end = start + kept.start() if kept else paper.start()
        return question[:start] + topic + question[end:]
    return f"{question} — about {topic}"


# a paper named by a noun phrase: 'the 2007/08 action plan', 'the District Audit report'
_PAPER_NP = re.compile(
    r"\b(?:the|this|that|its)\s+(?:[\w/&'’.-]+\s+){0,5}?(?:report|plan|paper|statement|"
    r"review|inspection|audit|letter|document|tracker|log|minutes)s?\b",
    re.I,
)
# the words around a question's subject: the wh-word, auxiliaries, and what asks for a column
_FRAME_WORDS = frozenset(
    """who whom whose what when which why where how and so but then also is are was were be
    been being does do did has have had will would shall should can could may might must
    own owns owned owner owners lead leads led responsible for due complete completed finished
    met say says said about status deadline progress priority tell me show give list please
    many much far far long often there""".split()
)


def subject_span(question: str) -> tuple[int, int] | None:
    """Where the subject noun phrase of ``question`` is: what is left once the wh-word,
    auxiliaries and the words asking for a column are taken off both ends ('Who is
    responsible for the boiler action?' -> 'the boiler action')."""
    tokens = list(re.finditer(r"[\w'’/&.-]+", question.rstrip(" ?.!")))
    start, end = 0, len(tokens)
    while start < end and tokens[start].group().lower() in _FRAME_WORDS:
        start += 1
    while end > start and tokens[end - 1].group().lower() in _FRAME_WORDS:
        end -= 1
    if start >= end:
        return None
    return tokens[start].start(), tokens[end - 1].end()


def subject_of(question: str) -> str | None:
    """The subject noun phrase of ``question`` (see :func:`subject_span`)."""
    span = subject_span(question)
    return question[span[0] : span[1]] if span else None


def cited_records(register: Register, citations: Sequence[Citation]) -> list[ActionRecord]:
    """The records a passage answer quotes, in the order first cited (by ref and document)."""
    found: dict[str, ActionRecord] = {}
    for citation in citations:
        if not citation.ref:
            continue
        for record in register.with_refs([citation.ref.lower()]):
            if record.document.id == citation.document.id:
                found.setdefault(record.id, record)
    return list(found.values())


def record_names(register: Register, records: list[ActionRecord]) -> list[str]:
    """How a follow-up names each record: its ref, followed by its document when the ref is
    in several documents; else its title."""
    names = []
    for record in records:
        if not record.ref:
            words = record.title.split()
            names.append("“" + " ".join(words[:10]) + ("…" if len(words) > 10 else "") + "”")
            continue
        # a bare number is read as a ref only as 'item 3'
        ref = f"item {record.ref}" if re.fullmatch(r"[\d.]+", record.ref) else record.ref
        same = register.with_refs([record.ref.lower()])
        if any(r.document.id != record.document.id for r in same):
            names.append(f"{ref} in the {record.document.title}")
        else:
            names.append(ref)
    return names


def previous_of(standalone: str, answer: Answer, register: Register) -> Previous:
    """What an answer to ``standalone`` was about: its records (or, for a passage answer, the
    records it quotes, best first), and how to name them."""
    quoted = not answer.records
    records = answer.records or cited_records(register, answer.citations)
    names = record_names(register, records[:MAX_NAMED])
    documents = list(dict.fromkeys(c.document.title for c in answer.citations))
    return Previous(
        standalone, records, names, quoted, answer.answer, documents=documents, route=answer.route
    )


def with_pool(previous: Previous, earlier: Previous | None, register: Register) -> Previous:
    """``previous`` with the list its records were picked from ('who owns the first one?'
    picks one of the list before): the earlier turn's records, or the list they were picked
    from in turn, whichever holds all of them and more."""
    if earlier is None or not previous.records:
        return previous
    ids = {r.id for r in previous.records}
    for pool in (earlier.records, earlier.pool):
        if ids < {r.id for r in pool}:
            previous.pool = pool
            previous.pool_names = record_names(register, pool[: MAX_NAMED * 4])
            break
    return previous


def has_own_subject(part: str) -> bool:
    """Whether a part of a question names its subject itself: a ref, quoted words, or (as a
    chat turn that stands alone) six words or more, two of them neither function words nor
    the domain's generic ones ('when does the project end?' does not; 'what does the 2017
    report say about strategic partnerships?' does)."""
    if refs_in(part) or QUOTED.search(part):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'/-]*", part)]
    content = [w for w in words if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
    return len(words) >= OWN_SUBJECT_WORDS and len(content) >= 2


def bridge(
    part: str,
    prior_question: str,
    previous: Previous | None,
    scope: str | None,
    cited: Sequence[str] = (),
) -> tuple[str, bool, list[str]]:
    """A later part of a question, made to stand alone: (question, read against the part
    before it?, documents to search it in: none means the user's own scope).

    A part that points back ('who owns it?', 'that director', 'the report') or is too short
    to have a subject ('when does the project end?') is asked of what the part before it
    found: its one record, its records (up to ``MAX_NAMED``), or the records it quoted. The
    preface of the whole question ('For the 2009 plan, …') is carried into a part that has no
    subject of its own or points at one. When the part before found passages but no record to
    name, the part is asked as written within the documents those passages come from
    (``cited``: the ids of the documents it cited). A part with its own subject is asked as
    written."""
    history = [Turn(role="user", content=prior_question)]
    named = previous is not None and bool(previous.names)
    narrows = bool(_NARROW.match(part.strip()))
    rewritten = rewrite_by_rules(part, history, previous) if named or narrows else None
    if rewritten:
        return rewritten, True, []
    pointed = _point_back(part, previous)
    if pointed:
        return pointed, True, []
    own = has_own_subject(part)
    pronoun = bool(_PRONOUN_ONLY.search(part))
    if own and not pronoun:
        return part, False, []
    stem = part.rstrip("?. ")
    if named and not pronoun and previous is not None:
        if len(previous.names) == 1 or previous.quoted:
            return f"{stem} ({previous.names[0]})?", True, []
        if len(previous.records) <= MAX_NAMED:
            return f"{stem} ({_joined(previous)})?", True, []
    if scope:  # no subject of its own, or one pointed at ('that area')
        return f"{scope}, {part[:1].lower()}{part[1:]}", False, []
    if cited:
        return part, True, list(dict.fromkeys(cited))
    return f"{stem} ({prior_question.rstrip('?. ')})?", True, []


def in_the_same_paper(question: str, previous: Previous | None, register: Register) -> str | None:
    """``question`` with each ref it names read in the paper the conversation is in, or None
    when nothing changes: 'is R10 complete?' after a turn about the PURE plan, where the 2002
    report has an R10 too, asks of 'R10 in the MPS Action Plan for PURE/SRL'; 'and R3?' after
    a turn about HMIC R1 asks of HMIC R3, the R3 of the same series. For a question that names
    no paper of its own (the caller checks)."""
    if previous is None:
        return None
    documents = {r.document.id for r in [*previous.records, *previous.pool]}
    series = {
        r.ref.rsplit(" ", 1)[0] for r in previous.records if r.ref and " " in r.ref.strip()
    }
    changed = question
    for ref in refs_in(question):
        # the bare ref of a series the last turn was in ('HMIC R1' then 'R3')
        same_series = [
            r
            for prefix in sorted(series)
            if " " not in ref
            for r in register.with_refs([f"{prefix} {ref}".lower()])
            if r.document.id in documents
        ]
        if same_series:
            target = same_series[0].ref or ref
        else:
            holders = register.with_refs([ref.lower()])
            mine = {r.document.id: r for r in holders if r.document.id in documents}
            if len({r.document.id for r in holders}) < 2 or len(mine) != 1:
                continue
            target = f"{ref} in the {next(iter(mine.values())).document.title}"
        spelt = re.search(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", changed)
        if spelt is not None:
            changed = changed[: spelt.start()] + target + changed[spelt.end() :]
    return changed if changed != question else None


def asks_only_of_refs(question: str) -> bool:
    """Whether ``question`` says nothing of its own beyond the refs it names and one word of
    what it asks ('who leads R9?', 'is R10 complete?'): it cannot have named a paper in its own
    words, so a ref several papers have is the conversation's."""
    rest = question
    for ref in refs_in(question):
        rest = re.sub(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", " ", rest)
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'/-]*", rest)]
    own = [
        w
        for w in words
        if len(w) > 2 and w not in STOPWORDS and w not in GENERIC and w.rstrip("s") not in GENERIC
    ]
    return len(own) <= 1 and not any(any(c.isdigit() for c in w) for w in own)


# a pronoun standing for something: the subject of a turn that is about what came before
HAS_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)


def keep_focus(current: Previous, earlier: Previous | None, question: str) -> Previous:
    """What a turn was about, when it pointed back with a pronoun but its answer rested on no
    one record (passages quoting others, or a broad list): still the one record of the turn
    before, not the first ref its answer happened to quote."""
    if (
        earlier is None
        or not HAS_PRONOUN.search(question)
        or (len(current.records) == 1 and not current.quoted)
        or len(earlier.records) != 1
        or earlier.quoted
    ):
        return current
    return Previous(
        current.standalone,
        earlier.records,
        earlier.names,
        False,
        current.text,
        documents=current.documents,
        route=current.route,
        before=earlier,
    )

