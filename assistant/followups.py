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
* "why?", "tell me more" explain the previous subject;
* "the other one", "and the third?" pick from the list the last turn picked its record from;
* "that programme", "this board" are the ones the last answer named in its text;
* "and the lift action?" puts a new subject in place of the last question's; "and R7?" asks
  everything the last two turns asked of the record before;
* a longer question pointing back ("when is it likely to be complete?") is rewritten only when
  what it points at is clear; with nothing found before, the last question's subject is carried.

What the previous turn was about is :class:`~assistant.antecedents.Previous`; the forms of a
follow-up are in :mod:`assistant.followup_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.analysis import question_parts
from assistant.antecedents import (
    _PAPER_NP,
    MAX_NAMED,
    Previous,
    asked_for_one,
    join_names,
    named_in,
    one_referent,
    paper_in_focus,
    subject_of,
    subject_span,
    titled_with,
)
from assistant.followup_forms import (
    _ABOUT,
    _AGENT_NOUNS,
    _DEMONSTRATIVE,
    _DOCUMENT_NOUNS,
    _FIELD_NOUNS,
    _FOR_WORDS,
    _IT,
    _MORE,
    _NARROW,
    _ONE_ON,
    _ORDINALS,
    _OWNER_CLAUSE,
    _PRONOUN_ONLY,
    _RECORD_NOUNS,
    _SAME,
    _SUBSET,
    _THE_X_ONE,
    _THEN,
    _THERE,
    _WHAT_ABOUT,
    _YEARISH,
    ORDINAL,
    OTHER,
    RELATIVE_PERIOD,
    _short_follow_up,
    _singular,
    before_after,
    looks_like_follow_up,
    names_a_column,
    only_refs,
    refs_in,
)
from ingest.model import ActionRecord

MAX_TURNS = 50


class Turn(BaseModel):
    role: str = Field(description="user, assistant or system")
    content: str


_SINGULAR = re.compile(
    r"\b(it|its|this|that)(?:\s+(?:one|action|recommendation|record|item))?\b", re.I
)
_PLURAL = re.compile(r"\b(they|them|their|these|those|both(?:\s+of\s+them)?|the\s+two)\b", re.I)
_ANOTHER_REF = re.compile(r"^(?:and|what about|how about)\s+(.+?)\??$", re.I)


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


def _clear_antecedent(question: str, previous: Previous | None) -> bool:
    """Whether a longer question that points back ('when is it likely to be complete?') has
    one thing to point at: the one record the last answer was about (not a passage's first
    quote: 'it' may then be what the passage named), the paper an answer about a paper was
    about, or the thing of that kind the last answer named ('that programme')."""
    if previous is None:
        return False
    if len(previous.records) == 1 and not previous.quoted:
        return True
    if previous.focus and (previous.quoted or not previous.records) and _OF_IT.search(question):
        return True  # 'how much of it …': the user's own subject, after passages
    if _SINGULAR.search(question) and asked_for_one(previous.standalone):
        return True
    if not previous.records and not previous.documents:
        return True  # the last turn found nothing: its subject is what is pointed at
    if previous.route.startswith("document") and len(previous.documents) == 1:
        return True
    if _IT.search(question) and paper_in_focus(previous):
        return True
    return any(
        named_in(previous.text, _singular(m.group(2))) is not None
        or titled_with(_singular(m.group(2)), previous) is not None
        for m in _DEMONSTRATIVE.finditer(question)
        if m.group(1).lower() in ("that", "this", "these", "those")
        and _singular(m.group(2)) not in _KNOWN_NOUNS
    )


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
        rest = _OWNER_CLAUSE.sub(" ", q[end:], count=1)  # 'the MPA holds': it picked them
        if _SAME.search(rest) and previous.names and previous.records != records:
            # 'have the same priority?': as the record the conversation was about
            rest = re.sub(r"\s*([?.!]*)\s*$", rf" as {previous.names[0]}\1", rest, count=1)
        return q[:start] + named + rest
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
    if another and only_refs(another.group(1)) and refs_in(last):
        # 'and R10?': the previous question, asked of another ref
        old, new = refs_in(last), refs_in(another.group(1))
        asked = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), last, count=1)
        earlier = previous.before.standalone.rstrip(" ?.") if previous and previous.before else ""
        if earlier and old[0] in refs_in(earlier) and earlier.lower() != last.lower():
            # 'who owns R5?', 'when is it due?', 'and R7?': both things asked, of R7
            first = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), earlier, count=1)
            stand_in = "they" if len(new) > 1 else "it"
            then = re.sub(rf"\b{re.escape(old[0])}\b", stand_in, last, count=1)
            return f"{first}, and {then[:1].lower()}{then[1:]}?"
        return f"{asked}?"
    narrow = _NARROW.match(q)
    if narrow:
        clause = narrow.group(1).rstrip(" ?.")
        narrowed = f"{last} and {clause}?"
        if len(question_parts(narrowed)) > 1:
            # 'and had a March 2009 timescale' would read as a question of its own: the
            # condition is one on the same set
            narrowed = f"{last} that {clause}?"
        return narrowed
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
        if RELATIVE_PERIOD.match(topic):  # 'and over the last year?': the same, in that period
            return (
                f"{last} {q.split()[1].lower()} {topic}?" if about.group(2) else f"{last}, {topic}?"
            )
        return f"{_swap_subject(last, topic)}?"
    if _MORE.match(q):
        return f"Explain: {last}?"
    compared = before_after(q, previous, last)
    if compared:
        return compared
    pointed = _point_back(q, previous)
    if pointed:
        return pointed
    another_subject = _AND_NP.match(q)
    if another_subject and not _PRONOUN_ONLY.search(q):
        # 'and the lift-maintenance action?': the last question, of that subject instead (of
        # the one before when the last was asked of a pronoun it never resolved)
        asked = subject_of(last) or ""
        if _PRONOUN_ONLY.search(asked) and previous is not None and previous.before:
            last = previous.before.standalone.rstrip(" ?.")
        return f"{_swap_subject(last, another_subject.group(1).strip())}?"
    if previous is not None and previous.names:
        if (len(previous.names) == 1 or previous.quoted) and _SINGULAR.search(q):
            one = one_referent(previous)
            if previous.quoted and previous.focus and not _short_follow_up(q):
                # a longer question after passages asks of the user's own subject, in its
                # words: the passages answer it, not the columns of the record they quoted
                one = previous.focus
            return _SINGULAR.sub(lambda m: _refer(m, one), q, count=1)
        if _SINGULAR.search(q) and asked_for_one(previous.standalone):
            # 'which one slipped?' listed several; 'when is it due?': the first of them
            return _SINGULAR.sub(lambda m: _refer(m, previous.names[0]), q, count=1)
        if _PLURAL.search(q) and len(previous.records) <= MAX_NAMED:
            named = _joined(previous)
            return _PLURAL.sub(lambda m: _refer(m, named), q, count=1)
    if refs_in(q):
        return None  # it names its own record: nothing to point back to
    paper = paper_in_focus(previous) or ""
    if paper and _IT.search(q):
        # 'who wrote it?' after a count over a paper: that paper, not the first record listed
        return _IT.sub(lambda m: _possessive(m.group(1), paper), q, count=1)
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
        single = len(previous.names) == 1 or previous.quoted
        if single or len(previous.records) <= MAX_NAMED:
            target = one_referent(previous) if single else _joined(previous)
            return _THERE.sub(f" for {target}", q, count=1)
    focus = previous.focus if previous is not None and not previous.names else ""
    if focus and _SINGULAR.search(q) and not _PAPER_ASK.search(q):
        # 'who is responsible for it?' after passages naming no record: what the user asked of
        return _SINGULAR.sub(lambda m: _refer(m, focus), q, count=1)
    if focus and _THERE.search(q):
        return _THERE.sub(f" for {focus}", q, count=1)
    refs = refs_in(last) or _refs_in_answer(history)
    pronoun = _PRONOUN_ONLY.search(q)
    if refs and pronoun:
        plural = _PLURAL.fullmatch(pronoun.group(1)) is not None
        target = " and ".join(refs[:3]) if plural else refs[0]
        return _PRONOUN_ONLY.sub(lambda m: _possessive(m.group(1), target), q, count=1)
    if previous is not None and previous.names and not _PRONOUN_ONLY.search(q):
        # ellipsis, 'and the deadline?': the same question of what the last answer was about
        of = "for" if _FOR_WORDS.search(q) else "of"  # 'who's responsible?': for it
        if len(previous.names) == 1 or previous.quoted:
            return f"{q.rstrip(' ?')} {of} {one_referent(previous)}?"
        if len(previous.records) <= MAX_NAMED:
            return f"{q.rstrip(' ?')} {of} {_joined(previous)}?"
    if refs:
        target = " and ".join(refs[:3])
        return f"{q.rstrip(' ?')} of {target}?"
    # nothing found to point at (the last turn abstained, or quoted no record): the subject of
    # the last question, not its whole text
    in_paper = _PAPER_NP.search(last)
    paper = in_paper.group(0) if in_paper else ""
    if paper and _IT.search(q):
        # 'and who presented it?': the paper the last question named, not its text
        return _IT.sub(lambda m: _possessive(m.group(1), paper), q, count=1)
    if paper and not _PRONOUN_ONLY.search(q):
        # 'and when is the next review?': the paper is the scope carried
        return f"{q.rstrip(' ?')} in {paper}?"
    # never a whole question, nor what an earlier rewrite put in brackets
    bare = _BRACKETED.sub("", last)
    subject = (previous.focus if previous is not None else "") or subject_of(bare) or bare
    if _SINGULAR.search(q) and not _PRONOUN_ONLY.fullmatch(subject.strip()):
        return _SINGULAR.sub(lambda m: _refer(m, subject), q, count=1)
    if _PAPER_NP.fullmatch(subject.strip()):
        return f"{q.rstrip(' ?')} in {subject.strip()}?"  # the paper the turn before was about
    return f"{q.rstrip(' ?')} ({subject})?"


_OF_IT = re.compile(
    r"\b(?:of|for|on|about)\s+(?:it|this|that)\b|\b[a-z]+\s+itself\b|\bits\s+[a-z]", re.I
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_OPENING_CONJUNCTION = re.compile(r"^(?:and|or|but|so|then|also|now)\s+", re.I)
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
        if not pointing and one and singular != noun and singular in _RECORD_NOUNS:
            continue  # 'reviewing the records': plural, not the one thing the answer was about
        if pointing and singular not in _KNOWN_NOUNS and not _owner_word(singular, records):
            titled = titled_with(singular, previous)
            if titled:  # 'that gap': the record the answer rested on titled with the word
                return question[: match.start()] + titled + question[match.end() :]
            named = named_in(previous.text, singular)
            if named:  # 'that programme': the one the last answer named
                return question[: match.start()] + named + question[match.end() :]
        owners = {
            r.owner
            for r in records
            if r.owner
            and singular in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner)}
            # 'the MPA' of 'Director of Finance & MPA' names one of the joint owners: kept
            and singular not in {p.lower() for p in re.split(r"\s*(?:[/&,;]|\band\b)\s*", r.owner)}
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
            target = one_referent(previous)
        elif singular in _FIELD_NOUNS and one and previous.names:
            target = f"{previous.names[0]}'s {noun}"
        elif one and previous.names:
            # 'and the cost implications?': a column of the record, named by its header words
            end = names_a_column(question, match.start(2), records)
            if end is None:
                continue
            head = _OPENING_CONJUNCTION.sub("", question[: match.start()])
            asked = question[match.start(2) : end]
            return f"{head}the {asked} of {one_referent(previous)}{question[end:]}"
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


def _owner_word(word: str, records: Sequence[ActionRecord]) -> bool:
    return any(
        word in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner or "")} for r in records
    )


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


def _noun_like(word: str) -> bool:
    """Whether ``word`` after a demonstrative can be the noun it determines."""
    w = word.lower()
    return w not in _NOT_NOUNS and not w.endswith(("ed", "ly"))


# 'that depends on', 'this relies upon the': a verb in -s before a preposition or article
_VERB_AFTER = re.compile(
    r"\s+[a-z]+(?<!ss)(?<!us)s\s+(?:on|upon|to|in|for|with|from|about|of|the|a|an)\b", re.I
)


def _refer(match: re.Match[str], target: str) -> str:
    """A pronoun replaced by what it points to: 'its', 'their', and 'this' or 'that' before a
    noun ('that deadline'), become the target's."""
    pronoun = match.group(1).lower()
    if pronoun.startswith(("both", "the")):  # 'both', 'both of them', 'the two'
        return target
    rest = match.string[match.end() :]
    after = re.match(r"\s+([a-z][\w-]*)", rest)
    before_noun = (
        match.group(0) == match.group(1)
        and after is not None
        and _noun_like(after.group(1))
        and not _VERB_AFTER.match(rest)
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
        described_one = _ONE_ON.fullmatch(topic.strip())
        described = _ABOUT.search(question, start, end)
        if described_one and described:
            # 'the one on X': the same kind of record, about X
            return question[: described.start()] + described_one.group(1) + question[end:]
        one = _THE_X_ONE.fullmatch(topic.strip())
        if one:
            # 'the hospitality one': what the subject is about changes ('the recommendation
            # on whistle-blowing' -> '… on hospitality'), else the subject is that alone
            if described:
                return question[: described.end()] + one.group(1) + question[end:]
            topic = one.group(1)
        return question[:start] + topic + question[end:]
    return f"{question} — about {topic}"
