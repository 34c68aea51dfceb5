"""What the pointing words of a follow-up resolve to, against what the last turn was about
(:class:`~assistant.antecedents.Previous`):

* :func:`picked` — 'the second one', 'the other one': records of the last answer's list, or of
  the list the last turn picked from;
* :func:`point_back` — 'that director', 'the report', 'the deadline', 'by then': the owner,
  paper, record or column the last answer was about;
* :func:`refer` — a pronoun replaced by its target ('its' -> "R18's");
* :func:`swap_subject` — 'and the lift action?': the last question, of a new subject.

Used by :func:`assistant.followups.rewrite_by_rules` (a chat turn) and
:mod:`assistant.bridging` (a later part of one question).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import QueryAnalysis
from assistant.antecedents import (
    MAX_NAMED,
    PAPER_NP,
    Previous,
    join_names,
    named_in,
    one_referent,
    subject_span,
    titled_with,
)
from assistant.followup_forms import (
    ABOUT,
    AGENT_NOUNS,
    BY_THEN,
    DEMONSTRATIVE,
    DOCUMENT_NOUNS,
    FIELD_NOUNS,
    ONE_ON,
    ORDINAL,
    ORDINALS,
    OTHER,
    RECORD_NOUNS,
    THE_X_ONE,
    THERE,
    YEARISH,
    column_words,
    names_a_column,
    refs_in,
    singular_noun,
)
from ingest.model import ActionRecord

SINGULAR = re.compile(
    r"\b(it|its|this|that)(?:\s+(?:one|action|recommendation|record|item))?\b", re.I
)
PLURAL = re.compile(r"\b(they|them|their|these|those|both(?:\s+of\s+them)?|the\s+two)\b", re.I)

OPENING_CONJUNCTION = re.compile(r"^(?:and|or|but|so|then|also|now)\s+", re.I)


def picked(
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
    index = ORDINALS.get(ordinal.group(1).lower())
    if index is None:
        index = int(re.sub(r"\D", "", ordinal.group(1))) - 1
    # of the list the last turn picked from when it showed one row, or fewer than the place
    # asked ('which one is about X?' then 'and the fifth one?': the fifth of the list)
    one = len(previous.records) == 1 or (
        index >= len(previous.names) and len(previous.pool_names) > index
    )
    names = previous.pool_names if one else previous.names
    records = (previous.pool if one else previous.records)[: len(names)]
    if len(names) < 2:
        return None
    if not -len(names) <= index < len(names):
        return None
    return ordinal.start(), ordinal.end(), [records[index]], [names[index]]


def ask_of(last: str, previous: Previous, named: str) -> str:
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


def point_back(question: str, previous: Previous | None) -> str | None:
    """'that director' -> the owner of what the last answer was about, when one owner's title
    holds the word; 'the report' -> its document's title, when it was one document; 'that
    area', 'the action' -> its record, when it was one record; 'the deadline', 'the change'
    -> that record's; 'by then' -> by its deadline."""
    if previous is None:
        return None
    if not previous.records:
        return named_back(question, previous)
    records = previous.records if not previous.quoted else previous.records[:1]
    one = len(previous.names) == 1 or previous.quoted
    then = BY_THEN.search(question)
    if then and one and records[0].due_text:
        when = then.group(0).split()[0]
        dated = f"{question[: then.start()]}{when} {records[0].due_text}{question[then.end() :]}"
        if previous.names and SINGULAR.search(dated):  # 'was it done by then?': it is the record
            return SINGULAR.sub(lambda m: refer(m, previous.names[0]), dated, count=1)
        return dated
    for match in DEMONSTRATIVE.finditer(question):
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        pointing = match.group(1).lower() != "the"  # 'that programme', not 'the Met'
        if not pointing and DESCRIBED.match(question, match.end()):
            continue  # 'the recommendation on whistle-blowing': another one, described
        if not pointing and one and singular != noun and singular in RECORD_NOUNS:
            continue  # 'reviewing the records': plural, not the one thing the answer was about
        if pointing and singular not in KNOWN_NOUNS and not _owner_word(singular, records):
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
        if not owners and singular in AGENT_NOUNS and match.group(1).lower() != "the":
            # 'that body', 'this officer': the one owner the last answer's records share
            owners = {r.owner for r in records if r.owner}
        own_text = " ".join(f"{r.title} {r.action or ''}" for r in records[:1]).lower()
        if len(owners) == 1:
            target = owners.pop()
        elif (
            singular in DOCUMENT_NOUNS
            and one
            and previous.names
            and re.search(rf"\b{singular}s?\b", own_text)
        ):
            # 'the report' of an action whose own text asks for a report: that action's
            target = f"{previous.names[0]}'s {noun}"
        elif (
            singular in DOCUMENT_NOUNS
            and one
            and previous.names
            and _RECORD_ASK.search(question)
            and not PAPER_ASK.search(question)
        ):
            # 'and the review — what date is it due?' after a turn about one action: a column
            # of that action is asked, not a fact of the paper
            target = previous.names[0]
        elif singular in DOCUMENT_NOUNS and len(titles) == 1:
            target = f"the {min(titles)}"
        elif singular in RECORD_NOUNS and one and previous.names:
            target = one_referent(previous)
        elif singular in FIELD_NOUNS and one and previous.names:
            target = f"{previous.names[0]}'s {noun}"
        elif one and previous.names:
            # 'and the cost implications?': a column of the record, named by its header words
            end = names_a_column(question, match.start(2), records)
            if end is None:
                continue
            head = OPENING_CONJUNCTION.sub("", question[: match.start()])
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
PAPER_ASK = re.compile(
    r"\b(?:wr[io]te|written|author(?:ed)?|present(?:ed)?|meeting|publish(?:ed)?|title[d]?|"
    r"appendix|appendices|pages?|recommend(?:s|ed)?|summar(?:y|ise|ises|ised))\b",
    re.I,
)
# a noun phrase going on to say which one it is: 'the action on X', 'the one that …'
DESCRIBED = re.compile(
    r"\s+(?:on|about|regarding|concerning|for|to|of|that|which|with|covering|dealing|in)\s+"
    r"(?!(?:it|its|them|their|this|that|these|those|then)\b)(?!(?:the\s+)?(?:same|last|"
    r"previous|above)\b)\w",
    re.I,
)
KNOWN_NOUNS = DOCUMENT_NOUNS | RECORD_NOUNS | FIELD_NOUNS | AGENT_NOUNS


def _owner_word(word: str, records: Sequence[ActionRecord]) -> bool:
    return any(
        word in {w.lower() for w in re.findall(r"[A-Za-z]+", r.owner or "")} for r in records
    )


def named_back(question: str, previous: Previous) -> str | None:
    """'that programme' after an answer with no records: the one its text named; 'the report'
    after an answer about one paper (its date, its author): that paper, by its title."""
    for match in DEMONSTRATIVE.finditer(question):
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        if (
            singular == noun
            and singular in DOCUMENT_NOUNS
            and previous.route.startswith("document")
            and len(previous.documents) == 1
            and not DESCRIBED.match(question, match.end())
        ):
            return (
                question[: match.start()] + f"the {previous.documents[0]}" + question[match.end() :]
            )
        if singular in KNOWN_NOUNS or match.group(1).lower() == "the":
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


def refer(match: re.Match[str], target: str) -> str:
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


def joined_previous(previous: Previous) -> str:
    """Several records in one phrase: 'R3, R10 and R11 in the MPS Action Plan', the document
    named once when every record is of it."""
    return join_names(previous.records, previous.names)


def possessive(pronoun: str, target: str) -> str:
    return f"{target}'s" if pronoun.lower() in ("its", "their") else target


def swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk;
    'When is the boiler action due' + 'the lift action' -> 'When is the lift action due': the
    theme word, else the subject noun phrase, replaced by the new subject."""
    from ingest.themes import resolve_theme

    if PAPER_NP.search(topic) or YEARISH.match(topic):
        # 'what about the 2017 report?': the same subject, in that paper
        paper = PAPER_NP.search(question)
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
        paper = PAPER_NP.search(question, start, end)
        if paper and paper.start() > start:
            # 'R18 in the PURE plan' -> 'the whistle-blowing action in the PURE plan'
            kept = re.search(r"\s+(?:in|of|from)\s+$", question[start : paper.start()])
            end = start + kept.start() if kept else paper.start()
        described_one = ONE_ON.fullmatch(topic.strip())
        described = ABOUT.search(question, start, end)
        if described_one and described:
            # 'the one on X': the same kind of record, about X
            return question[: described.start()] + described_one.group(1) + question[end:]
        one = THE_X_ONE.fullmatch(topic.strip())
        if one:
            # 'the hospitality one': what the subject is about changes ('the recommendation
            # on whistle-blowing' -> '… on hospitality'), else the subject is that alone
            if described:
                return question[: described.end()] + one.group(1) + question[end:]
            topic = one.group(1)
        return question[:start] + topic + question[end:]
    return f"{question} — about {topic}"


# 'and the one about partner working - when was it due?': a record picked by what it is
# about, then a question asked of it (after a dash, colon, semicolon or comma)
_ONE_DESCRIBED = re.compile(
    r"^(?:(?:and|or|but|so|then|now|also)\s+)?(?:(?:what|how)\s+about\s+)?the\s+"
    r"(?P<kind>one|[a-z]+)\s+(?P<prep>about|on|for|concerning|regarding|covering|that|which)\s+"
    r"(?P<x>[^–—:;,?]+?)\s*(?:[–—:;,]|\s-\s)\s*(?P<q>[^–—:;]+)$",
    re.I,
)
_X_STOP = frozenset(
    "the a an of on in to for and or with about that which this its their is are was were be "
    "one ones covers cover deals deal".split()
)


def _stems(text: str) -> set[str]:
    """Content words cut to a stem: 'lifts' and 'Lift' meet, 'hierarchies' and 'hierarchy'."""
    words = (w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return {re.sub(r"(?<=[a-z]{3})(?:ies|es|s)$", "", w)[:5] for w in words if w not in _X_STOP}


def described_pick(question: str, previous: Previous | None) -> str | None:
    """'and the one about partner working - when was it due?' after a list: the question after
    the dash, asked of the record of the list (or of the set it was picked from) that is
    about those words (the one whose title and action hold most of them); of 'the <kind>
    about X in <paper>' when none of them is. None when the question is not of that form."""
    found = _ONE_DESCRIBED.match(question.strip())
    if previous is None or found is None:
        return None
    kind = found.group("kind").lower()
    if kind != "one" and singular_noun(kind) not in RECORD_NOUNS:
        return None
    asked = found.group("q").strip()
    wanted = _stems(found.group("x"))
    if not wanted:
        return None
    seen: dict[str, tuple[ActionRecord, str]] = {}
    for record, name in [
        *zip(previous.records, previous.names, strict=False),
        *zip(previous.pool, previous.pool_names, strict=False),
    ]:
        seen.setdefault(record.id, (record, name))
    scored = sorted(
        (
            (len(wanted & _stems(f"{record.title} {record.action or ''}")), index, name)
            for index, (record, name) in enumerate(seen.values())
        ),
        key=lambda t: (-t[0], t[1]),
    )
    best = [s for s in scored if s[0] == scored[0][0]] if scored else []
    if best and best[0][0] > 0 and len(best) == 1:
        target = best[0][2]
    else:  # not in what was shown: the kind of record described, where the last turn looked
        noun = kind if kind != "one" else "action"
        papers = {r.document.title for r in previous.records}
        paper = PAPER_NP.search(previous.standalone)
        if len(papers) == 1:
            where = f" in the {papers.pop()}"
        else:
            where = f" in {paper.group(0)}" if paper else ""
        target = f"the {noun} {found.group('prep')} {found.group('x').strip()}{where}"
    if SINGULAR.search(asked):
        asked = SINGULAR.sub(lambda m: refer(m, target), asked, count=1)
    else:
        asked = f"{asked.rstrip(' ?.')} for {target}?"
    return asked[:1].upper() + asked[1:]


# a pronoun that holds records: 'which other recommendations are theirs?', 'what do they
# lead?', 'which items is she responsible for?' — the owner of what the last answer was about
_HELD_BY_PRONOUN = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:theirs|his|hers)|(?:do|does|did)\s+(?:they|he|she)\s+"
    r"(?:hold|own|lead|head|run|chair|manage)|(?:are|is|were|was)\s+(?:they|he|she)\s+"
    r"(?:responsible|accountable|in\s+charge)(?:\s+for)?|(?:they|he|she)\s+(?:holds?|owns?|"
    r"leads?|heads?|runs?|manages?|(?:are|is)\s+responsible\s+for))\b",
    re.I,
)
_ASKS_ROWS = re.compile(
    r"^(?:and\s+)?(?P<wh>which|what|how\s+many)\s+(?P<other>other\s+|else\s+)?(?P<kind>[a-z]+)\b",
    re.I,
)


def held_by_owner(question: str, previous: Previous | None) -> str | None:
    """'Which other recommendations are theirs?' after an answer about one owner's record:
    'Which recommendations other than R22 are owned by <that owner>?' (the records the owner
    holds, the one already shown left out when 'other' is asked). None unless the last
    answer's records have one owner and the question asks for rows held by a pronoun."""
    if previous is None or not previous.records or not _HELD_BY_PRONOUN.search(question):
        return None
    owners = {r.owner for r in previous.records if r.owner}
    asked = _ASKS_ROWS.match(question.strip())
    if len(owners) != 1 or asked is None:
        return None
    kind = asked.group("kind").lower()
    other = bool(asked.group("other"))
    if asked.group("other") and asked.group("other").lower().startswith("else"):
        kind = "actions"  # 'what else do they lead?'
    if singular_noun(kind) not in RECORD_NOUNS and kind != "actions":
        return None
    wh = "How many" if asked.group("wh").lower().startswith("how") else "Which"
    left_out = ""
    refs = [r.ref for r in previous.records if r.ref]
    if other and refs:
        left_out = " other than " + " and ".join(refs)
    return f"{wh} {kind}{left_out} are owned by {owners.pop()}?"


# 'any others?', 'which other one is?', 'are there any others that slipped?', 'anything else in
# that plan?': more rows like the one the last turn was about
_OTHERS = re.compile(
    r"^(?:(?:and|so|but|then)[\s,]+)?(?:(?:are|were|is|was)\s+there\s+|(?:are|were|have|has|did|do)"
    r"\s+(?=any\b))?(?:any|which|what)?\s*"
    r"(?:other\s+ones?|others|other\s+one|another(?:\s+one)?|anything\s+else|any\s+more)\b"
    r"(?P<rest>.*?)\s*[?.!]*$",
    re.I,
)
# 'how many in all?', 'so that makes how many?', 'how many is that altogether?'
_IN_ALL = re.compile(
    r"^(?:(?:and|so|then|ok|okay)[\s,]+)?(?:(?:that|which)\s+makes?\s+how\s+many|"
    r"how\s+many\s+(?:(?:is|are|does|do)\s+(?:that|there|those|this)\s+)?(?:make\s+)?"
    r"(?:in\s+all|altogether|in\s+total|all\s+told|overall|together))\b[\s?.!]*$",
    re.I,
)
_THAT_PAPER = re.compile(
    r"\b(?:in|from|of)\s+(?:that|the\s+same|this|the)\s+(?:plan|paper|report|document|"
    r"statement|summary|review)\b",
    re.I,
)
_STATE_WORDS = {
    "complete": "are complete",
    "partial": "were partly met",
    "ongoing": "are ongoing",
    "not_started": "have not started",
}


def asks_more(question: str) -> bool:
    """Whether ``question`` asks for more rows like the last ones, or how many in all, or
    names rows of 'the plan' (the paper the conversation is about)."""
    q = question.strip()
    return bool(_OTHERS.match(q) or _IN_ALL.match(q) or _ROWS_OF_THE_PAPER.search(q))


def _state_of(asked: QueryAnalysis | None) -> str:
    """The state the last question asked about, in words a list question reads again."""
    if asked is None:
        return ""
    if asked.degree:
        return f"were met {asked.degree}"
    if asked.slipped or any(c.kind == "slipped" for c in asked.claims):
        return "slipped"
    if asked.category:
        return f"are {asked.category}"
    if asked.priority:
        return f"are {asked.priority.lower()} priority"
    if any(c.kind == "complete" for c in asked.claims):
        return "are complete"
    if len(asked.statuses) == 1:
        return _STATE_WORDS.get(asked.statuses[0], "")
    return ""


def _kind_and_paper(previous: Previous) -> tuple[str, str] | None:
    papers = {r.document.title for r in previous.records}
    if len(papers) != 1:
        return None
    kind = re.search(
        r"\b(actions|recommendations|items|areas|issues|improvements|findings)\b",
        previous.standalone,
        re.I,
    )
    noun = kind.group(1).lower() if kind else "actions"
    return noun, papers.pop()


def others_like(question: str, previous: Previous | None) -> str | None:
    """'any others?' / 'which other one is?' / 'any others in that plan that slipped?' after a
    turn about some rows of one paper: the other rows of that paper in the state the question
    names, else in the state the last question asked about ('Is R4 complete?' then 'any
    others?' -> 'Which recommendations in <paper> are complete, other than R4?'). None when
    no state is named or asked, or the rows are of several papers."""
    found = _OTHERS.match(question.strip())
    if previous is None or found is None or not previous.records:
        return None
    where = _kind_and_paper(previous)
    if where is None:
        return None
    noun, paper = where
    rest = _THAT_PAPER.sub(" ", found.group("rest")).strip()
    rest = re.sub(r"^(?:that|which|who)\s+", "", rest, flags=re.I).strip()
    state = rest if re.search(r"[A-Za-z]{3,}", rest) else _state_of(previous.asked)
    owners = {r.owner for r in previous.records if r.owner}
    asked_owner = previous.asked is not None and "owner" in previous.asked.fields
    if not state and asked_owner and len(owners) == 1:
        state = f"are owned by {owners.pop()}"  # 'who owns R3?' then 'any others?'
    if not state:
        return None
    state = re.sub(r"^(?:is|was)\b", lambda m: "are" if m.group(0) == "is" else "were", state)
    refs = [r.ref for r in previous.records if r.ref]
    if not refs:
        return None
    left_out = ", ".join(f"item {r}" if re.fullmatch(r"[\d.]+", r) else r for r in refs)
    return f"Which {noun} in the {paper} {state}, other than {left_out}?"


def in_all(question: str, previous: Previous | None) -> str | None:
    """'how many in all?' after turns about rows of one paper in a state (a yes/no, then 'any
    others?'): how many rows of that paper are in that state, the first ones included."""
    if previous is None or not _IN_ALL.match(question.strip()) or not previous.records:
        return None
    state = _state_of(previous.asked)
    records = list(previous.records)
    if previous.before is not None:
        records += previous.before.records
    where = _kind_and_paper(Previous(previous.standalone, records, []))
    if not state or where is None:
        return None
    return f"How many {where[0]} in the {where[1]} {state}?"


# the paper's rows named by the kind of paper: 'how many of the plan's actions …', 'which items
# in the report …', 'actions of the paper'
_ROWS_OF_THE_PAPER = re.compile(
    r"\bthe\s+(?P<p>plan|paper|report|document|statement|summary|review)['’]s\s+(?P<n>[a-z]+)\b"
    r"|\b(?P<n2>[a-z]+)\s+(?P<prep>in|of|from)\s+the\s+(?P<p2>plan|paper|report|document|"
    r"statement|summary|review)\b(?!['’])",
    re.I,
)


def the_papers_rows(question: str, previous: Previous | None) -> str | None:
    """'how many of the plan's actions are complete?', 'which items in the report slipped?'
    after a turn about one paper (its rows, or passages of it): that paper's rows, named by its
    title, like 'its actions'. None unless the question names rows of 'the <paper kind>' and
    the last turn was about exactly one paper."""
    if previous is None:
        return None
    found = _ROWS_OF_THE_PAPER.search(question)
    if found is None:
        return None
    noun = (found.group("n") or found.group("n2")).lower()
    if singular_noun(noun) not in RECORD_NOUNS:
        return None
    titles = {r.document.title for r in previous.records} or set(previous.documents)
    if len(titles) != 1:
        return None
    title = titles.pop()
    before = question[: found.start()]
    if found.group("n"):
        named = f"{found.group('n')} in the {title}"
        before = re.sub(r"\bof\s+$", "", before)  # 'how many of the plan's actions'
    else:
        named = f"{found.group('n2')} {found.group('prep')} the {title}"
    return before + named + question[found.end() :]


# words for what is still to do, linked to a 'remaining activity' / 'residual risk' column
_LEFT_TO_DO = frozenset(
    "left leftover outstanding remain remains remaining residual still pending yet done do "
    "doing next".split()
)
_ASKING = frozenset(
    "what which whats what's is are was were there be been to for the a an any of it its this "
    "that how much many does do did has have had and so now".split()
)
COLUMN_WORDS = 8  # a question this short whose words are all column words asks of the record


def of_the_record(question: str, previous: Previous | None) -> str | None:
    """'what is the residual risk?', 'what remains to be done?', 'what's still outstanding
    there?' after a turn about one record: asked of that record, when every word the question
    brings is a word of that record's column headers or a word for what is left to do."""
    if previous is None or not previous.records or not previous.names:
        return None
    if len({r.id for r in previous.records}) != 1 or len(question.split()) > COLUMN_WORDS:
        return None
    if refs_in(question):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", question)]
    brought = [w for w in words if w not in _ASKING]
    if not brought:
        return None
    headers = column_words(previous.records)
    if not all(singular_noun(w) in headers or w in _LEFT_TO_DO for w in brought):
        return None
    if not any(singular_noun(w) in headers or w in ("left", "remain", "remains") for w in brought):
        return None
    asked = THERE.sub("", question).strip().rstrip(" ?.")
    return f"{asked} for {previous.names[0]}?"


# 'is there a matching Audit Commission recommendation?', 'any similar action in the 2008 plan?'
SIMILAR_ROW = re.compile(
    r"\b(?:similar|matching|equivalent|corresponding|comparable|parallel)\s+(?:[A-Za-z]+\s+){0,4}?"
    r"(?:action|recommendation|item|area|issue|improvement|finding|one|row)s?\b",
    re.I,
)
