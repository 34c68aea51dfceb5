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
from dataclasses import dataclass

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


def looks_like_follow_up(question: str) -> bool:
    q = question.strip()
    words = q.split()
    if _SUBSET.search(q):
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


def rewrite_by_rules(
    question: str, history: Sequence[Turn], previous: Previous | None = None
) -> str | None:
    """The standalone question, or None when the question already stands alone.

    ``previous`` is what the previous turn was about (see :meth:`Chat.previous`); without it,
    the previous user message is taken as written."""
    users = user_turns(history)
    q = question.strip()
    ordinal = ORDINAL.search(q)
    picked = previous is not None and ordinal is not None and len(previous.records) > 1
    if not users or not (looks_like_follow_up(question) or picked):
        return None
    last = (previous.standalone if previous else users[-1]).rstrip(" ?.")
    if previous is not None and ordinal is not None and picked:
        index = _ORDINALS.get(ordinal.group(1).lower())
        if index is None:
            index = int(re.sub(r"\D", "", ordinal.group(1))) - 1
        if -len(previous.names) <= index < len(previous.names):
            return q[: ordinal.start()] + previous.names[index] + q[ordinal.end() :]
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
    if previous is not None and previous.names:
        if (len(previous.names) == 1 or previous.quoted) and _SINGULAR.search(q):
            return _SINGULAR.sub(lambda m: _refer(m, previous.names[0]), q, count=1)
        if _PLURAL.search(q) and len(previous.records) <= MAX_NAMED:
            named = _joined(previous)
            return _PLURAL.sub(lambda m: _refer(m, named), q, count=1)
    if refs_in(q):
        return None  # it names its own record: nothing to point back to
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
    return f"{q.rstrip(' ?')} ({last})?"


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
    if previous is None or not previous.records:
        return None
    records = previous.records if not previous.quoted else previous.records[:1]
    one = len(previous.names) == 1 or previous.quoted
    then = _THEN.search(question)
    if then and one and records[0].due_text:
        when = then.group(0).split()[0]
        return f"{question[: then.start()]}{when} {records[0].due_text}{question[then.end() :]}"
    for match in _DEMONSTRATIVE.finditer(question):
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
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


def _refer(match: re.Match[str], target: str) -> str:
    """A pronoun replaced by what it points to: 'its', 'their', and 'this' or 'that' before a
    noun ('that deadline'), become the target's."""
    pronoun = match.group(1).lower()
    if pronoun.startswith(("both", "the")):  # 'both', 'both of them', 'the two'
        return target
    rest = match.string[match.end() :]
    before_noun = match.group(0) == match.group(1) and re.match(r"\s+[a-z]", rest) is not None
    if pronoun in ("its", "their") or (
        pronoun in ("this", "that", "these", "those") and before_noun
    ):
        return f"{target}'s"
    return target


def _joined(previous: Previous) -> str:
    """Several records in one phrase: 'R3, R10 and R11 in the MPS Action Plan', the document
    named once when every record is of it."""
    documents = {r.document.id for r in previous.records}
    suffix = ""
    names = previous.names
    if len(documents) == 1 and any(" in the " in n for n in names):
        suffix = " in the " + previous.records[0].document.title
        names = [n.split(" in the ", 1)[0] for n in names]
    head = ", ".join(names[:-1])
    return (f"{head} and {names[-1]}" if head else names[-1]) + suffix


def _possessive(pronoun: str, target: str) -> str:
    return f"{target}'s" if pronoun.lower() in ("its", "their") else target


def _swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk."""
    from ingest.themes import resolve_theme

    words = question.split()
    for index, word in enumerate(words):
        if resolve_theme(word.strip(",.").lower()):
            return " ".join([*words[:index], topic, *words[index + 1 :]])
    return f"{question} — about {topic}"


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
    return Previous(standalone, records, record_names(register, records[:MAX_NAMED]), quoted)


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
