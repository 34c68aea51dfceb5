"""What the pointing words of a follow-up resolve to, against what the last turn was about
(:class:`~assistant.antecedents.Previous`):

* :func:`point_back` — 'that director', 'the report', 'the deadline', 'by then': the owner,
  paper, record or column the last answer was about;
* :func:`refer` — a pronoun replaced by its target ('its' -> "R18's");
* :func:`swap_subject` — 'and the lift action?': the last question, of a new subject.

Used by :func:`assistant.followups.rewrite_by_rules` (a chat turn) and
:mod:`assistant.bridging` (a later part of one question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.antecedents import (
    PAPER_NP,
    Previous,
    join_names,
    named_in,
    one_referent,
    subject_span,
    titled_with,
)
from assistant.column_only import own_subject
from assistant.column_words import names_a_column
from assistant.counted_pick import counted_pick
from assistant.followup_forms import (
    ABOUT,
    AGENT_NOUNS,
    BY_THEN,
    DEMONSTRATIVE,
    DOCUMENT_NOUNS,
    FIELD_NOUNS,
    ONE_ON,
    RECORD_NOUNS,
    THE_X_ONE,
    THERE,
    YEARISH,
    singular_noun,
)
from assistant.list_pick import picked
from assistant.named_thing import named_nearest
from assistant.one_anaphora import one_as_paper
from assistant.one_described import described_rows
from assistant.posts import BODY_NOUNS, body_of_paper, owner_heads
from assistant.row_field_nouns import row_part_of
from assistant.text import NOT_IT_ACRONYM
from ingest.model import ActionRecord

SINGULAR = re.compile(
    rf"\b{NOT_IT_ACRONYM}(it|its|this|that)(?:\s+(?:one|action|recommendation|record|item))?\b"
    # 'this year', 'that quarter': a time, not what the last answer was about
    r"(?!\s+(?:year|month|quarter|week|day|time|morning|afternoon|evening|spring|summer|"
    r"autumn|winter)s?\b)",
    re.I,
)
PLURAL = re.compile(
    # 'those two', 'these three actions': the number and the noun go with the pronoun
    r"\b((?:these|those|the)\s+(?:two|three|four|five|six)(?:\s+(?:ones|actions|"
    r"recommendations|items|records|rows))?|they|them|their|these|those|both(?:\s+of\s+them)?)\b",
    re.I,
)

# 'it', 'its' after a paper named in the same question: the row, not the paper
_ROW_PRONOUN = re.compile(rf"\b{NOT_IT_ACRONYM}(it|its)\b", re.I)


def _referring_to(target: str) -> Callable[[re.Match[str]], str]:
    return lambda match: refer(match, target)


OPENING_CONJUNCTION = re.compile(r"^(?:and|or|but|so|then|also|now)\s+", re.I)


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
    part = row_part_of(question, previous)  # 'and the underlying issue?': a part of the row
    if part:
        return part
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
        if _NAME_GOES_ON.match(question, match.end()) and match.group(2)[:1].isupper():
            continue  # 'the Audit Commission': a word of a proper name, not 'the audit'
        noun = match.group(2).lower()
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        pointing = match.group(1).lower() != "the"  # 'that programme', not 'the Met'
        if not pointing and DESCRIBED.match(question, match.end()):
            continue  # 'the recommendation on whistle-blowing': another one, described
        if not pointing and one and singular != noun and singular in RECORD_NOUNS:
            continue  # 'reviewing the records': plural, not the one thing the answer was about
        if pointing and singular not in KNOWN_NOUNS and not _owner_word(singular, records):
            titled = None if singular in BODY_NOUNS else titled_with(singular, previous)
            if titled:  # 'that gap': the record the answer rested on titled with the word
                return question[: match.start()] + titled + question[match.end() :]
            named = named_nearest(previous.text, singular, previous.standalone)
            if named:  # 'that programme': the one the last answer named
                return question[: match.start()] + named + question[match.end() :]
        body = body_of_paper(noun, records) if pointing else None
        if body:  # 'who chairs that committee?': of the paper, not a row or a post
            return question[: match.start()] + body + question[match.end() :]
        thing = _named_by_row(singular, records) if one else None
        if thing:  # 'that unit' of a row whose note names 'the AA Unit': that, not its owner
            return question[: match.start()] + thing + question[match.end() :]
        owners = {
            owner
            for owner in {r.owner for r in records if r.owner}
            if singular in owner_heads(owner)
            # 'the MPA' of 'Director of Finance & MPA' names one of the joint owners: kept
            and singular not in {p.lower() for p in re.split(r"\s*(?:[/&,;]|\band\b)\s*", owner)}
        }
        titles = {r.document.title for r in records}
        if not owners and singular in AGENT_NOUNS and match.group(1).lower() != "the":
            # 'that body', 'this officer': the one owner the last answer's records share
            owners = {r.owner for r in records if r.owner}
        own_text = " ".join(f"{r.title} {r.action or ''}" for r in records[:1]).lower()
        asked = match.group(1).lower() == "the" and _ASKED_BEFORE.search(question[: match.start()])
        paper_dated = PAPER_DATED.search(question) is not None
        if len(owners) == 1 and not asked:  # not 'who was the manager on it?': that is asked
            target = owners.pop()
        elif paper_dated and singular in _PAPER_DATED_NOUNS and len(titles) == 1:
            # 'when was that report issued?', 'what date is this update from?': the paper's
            # own date, not a report or an update the row in focus asks for
            target = f"the {min(titles)}"
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
            after = question[match.end() :]
            if (
                one
                and previous.names
                and _ROW_PRONOUN.search(after)
                and not PAPER_ASK.search(question)
            ):
                # 'what did the report give for it?': the paper is its title, and 'it' is
                # still the one row the last answer was about ('who wrote it?' is the paper)
                after = _ROW_PRONOUN.sub(_referring_to(one_referent(previous)), after, count=1)
            return question[: match.start()] + target + after
        elif singular in RECORD_NOUNS and one and previous.names:
            target = one_referent(previous)
        elif singular in FIELD_NOUNS and one and previous.names:
            name = previous.names[0]
            # a series ref of several words ('HMIC R5') takes 'of', not a possessive read as a
            # name of its own
            several = " " in name and " in the " not in name  # 'HMIC R5', not 'X in the Y'
            target = f"the {noun} of {name}" if several else f"{name}'s {noun}"
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
# the date a paper was made asked of it ('when was that report issued?', 'what date is this
# update from?', 'when does the tracker date from?'): a fact of the paper, not of a row
PAPER_DATED = re.compile(
    r"\b(?:issued|produced|compiled|released|circulated|finali[sz]ed|drawn\s+up|put\s+together|"
    r"c[oa]me\s+out|dated?\s+from)\b|\b(?:what|which)\s+(?:date|day|month|year)\b[^?]*\bfrom\s*\?*\s*$",
    re.I,
)
_PAPER_DATED_NOUNS = DOCUMENT_NOUNS | {"update", "tracker", "log", "register", "summary"}
PAPER_ASK = re.compile(
    r"\b(?:wr[io]te|written|author(?:ed)?|present(?:ed)?|meeting|publish(?:ed)?|title[d]?|"
    r"appendix|appendices|pages?|recommend(?:s|ed)?|summar(?:y|ise|ises|ised))\b"
    r"|^who(?:'s|’s|\s+(?:was|is))\s[^?]*\b(?:by|from)\s*\?*\s*$",  # 'who's the report from?'
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


# 'who was …', 'who's …': a copular wh-question, whose noun phrase after it is the post asked
_ASKED_BEFORE = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok|okay)[\s,]+)?who(?:'s|\s+(?:is|was|are|were|will\s+be))\s*$",
    re.I,
)
# a capitalised word going on after a capitalised noun: the two are one proper name
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


def _named_by_row(noun: str, records: Sequence[ActionRecord]) -> str | None:
    """The thing of kind ``noun`` (an agent's: a unit, a team) that the one row in focus names
    in its own text ('the AA Unit has now been located in …'), when no owner of it is one:
    the row's words are the evidence that the noun points at that thing, not at the owner."""
    if noun not in AGENT_NOUNS or noun in FIELD_NOUNS or not records:
        return None  # 'the lead', 'that officer': the row's owner column is asked
    if any(re.search(rf"\b{re.escape(noun)}s?\b", r.owner or "", re.I) for r in records):
        return None  # 'that team' of a row owned by 'Head of the Fleet Team': the owner's
    row = records[0]
    cells = " ".join(v for v in row.columns.values() if v)
    return named_in(" ".join(p for p in (row.finding, row.action, row.progress, cells) if p), noun)


def _owner_word(word: str, records: Sequence[ActionRecord]) -> bool:
    return any(word in owner_heads(r.owner or "") for r in records)


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
    "happen happens represent represents amount amounts come comes "
    # the particles of phrasal verbs ('who picked that up?', 'who signed this off?')
    "up out off down away over through back forward "
    # verbs that follow a pronoun subject ('where's that got to?', 'where does that stand?')
    "got gotten get gets stand stands stood".split()
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


# 'the 2025 follow-up', 'the 2023/24 one': a paper named by its year and one noun
_YEAR_NOUN = re.compile(r"(?:the\s+)?(?:19|20)\d\d(?:/\d{2})?\s+[a-z][\w-]*", re.I)


_IN_TOPIC = re.compile(r"(?:in|of|from)\s+", re.I)
_BEFORE_PAPER = re.compile(r"\b(?:in|of|from)\s+$", re.I)


def swap_subject(question: str, topic: str) -> str:
    """'Which partnership actions slipped since 2008' + 'risk management' -> same about risk;
    'When is the boiler action due' + 'the lift action' -> 'When is the lift action due': the
    theme word, else the subject noun phrase, replaced by the new subject."""
    from ingest.themes import resolve_theme

    topic = one_as_paper(question, topic)  # 'the MOPAC one' after a paper: 'the MOPAC report'
    if PAPER_NP.search(topic) or YEARISH.match(topic) or _YEAR_NOUN.fullmatch(topic.strip()):
        # 'what about the 2017 report?': the same subject, in that paper
        paper = PAPER_NP.search(question)
        placed = _IN_TOPIC.match(topic)  # 'in the 2007/08 plan': its own preposition
        if paper:
            if placed and _BEFORE_PAPER.search(question[: paper.start()]):
                topic = topic[placed.end() :]  # 'R3 in the X plan': not 'in in the Y plan'
            return question[: paper.start()] + topic + question[paper.end() :]
        return f"{question} {topic}" if placed else f"{question} in {topic}"
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
    r"^(?:(?:and|or|but|so|then|now|also)\s+)?(?:(?:what|how)\s+about\s+)?"
    # 'for the one on X, what …?', 'as for the one about X - …': the row the question is for
    r"(?:(?:as\s+)?(?:for|regarding|re)\s+)?the\s+"
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


def row_words(record: ActionRecord) -> set[str]:
    """The stems a description of ``record`` is read against: its title and action."""
    return _stems(f"{record.title} {record.action or ''}")


described_words, ONE_DESCRIBED = _stems, _ONE_DESCRIBED


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
            (len(wanted & row_words(record)), index, name)
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
# 'and the partnerships area in the 2017 report - who leads that?', 'what about the PURE plan:
# who owns X there?', 'the hospitality one - when is it due?': a topic named first, then a
# whole question asked of it after a dash or colon (a comma only after 'and'/'what about')
_OPENER = r"(?:(?:and|or|but|so|then|now|also|ok|okay|right|well)[\s,]+)*"
# 'what about', 'as for', 'turning to'; 'back to', 'going back to': a return to a topic
_ABOUT_OPENER = (
    r"(?:(?:what|how)\s+about|as\s+(?:for|to|regards)|turning\s+to|moving\s+on\s+to|"
    r"(?:(?:going|coming|getting|to\s+go)\s+)?back\s+to|returning\s+to|"
    # 'and for the X item, what …?': the row the question is for
    r"for(?=\s+the\s))\s+"
)
_ASKING = (
    r"(?:who|whom|whose|what|when|which|where|why|how|is|are|was|were|has|have|had|does|do|"
    r"did|can|could|will|would|should|any|anything|tell|give|list|show)(?:['’]s|['’]re)?\b"
)
_TOPIC_FIRST = re.compile(
    rf"^(?P<open>{_OPENER}(?:{_ABOUT_OPENER})?)(?P<x>[^–—:;?]{{2,120}}?)\s*"
    rf"(?P<sep>[–—:;]|\s-\s|,)\s*(?P<q>{_ASKING}[^–—:;]*)$",
    re.I,
)
_NOT_A_TOPIC = re.compile(  # …, or a step in time put first ('and a year on - had it …?')
    rf"^(?:{_ASKING}|in|on|at|for|by|from|under|within|of)\b|^(?:(?:a|one|two|six|twelve|some)\s+"
    r"(?:years?|months?)\s+(?:on|later|after)|the\s+(?:following|next)\s+year|later|now)$",
    re.I,
)
_PLURAL_END = re.compile(  # a plural head: 'the self-assessments', 'the declarations of X'
    r"[a-z]{2}(?<![siu'’])s(?:\s+(?:of|for|on|about|in|to|from|at|by|with)\s.*)?$", re.I
)
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|been|be|will|would|it|they|he|she|we|i)\b|['’](?:s|re|ve)\s+"
    r"(?:been|not)\b",
    re.I,
)
# a paper named as the scope of what follows: 'in the 2008 plan', 'according to the 2017 report'
_IN_PAPER = re.compile(
    r"(?:in|under|within|from|for|by|according\s+to)\s+(?P<paper>(?:the|that|this|its)\s.+)", re.I
)
_PREPOSITION_IN = re.compile(r"\b(?:in|of|on|about|for|from|under|within|with)\b", re.I)


def topic_then_question(question: str, previous: Previous | None) -> str | None:
    """A follow-up that names its topic first and then asks a whole question of it ('and the
    partnerships area in the 2017 report - who leads that?'): the question, with its pointing
    word ('that', 'it', 'there') replaced by the topic, or the topic added when the question
    names no subject of its own ('and staff appraisal - when's the deadline?'). A topic that
    is a paper ('what about the PURE plan: who owns X there?') scopes the question to it; 'the
    <word> one' picks the row of the last list (or the set it came from) about that word.
    None when the question is not of that form."""
    found = _TOPIC_FIRST.match(question.strip())
    if found is None:
        return None
    opened = bool(found.group("open").strip())
    topic = found.group("x").strip(" ,")
    asked = found.group("q").strip()
    scope = _IN_PAPER.fullmatch(topic)
    if scope and PAPER_NP.fullmatch(scope.group("paper")):
        # 'and in the 2002 audit plan, who led X?': the paper scopes a question of its own
        topic = scope.group("paper")
    elif _NOT_A_TOPIC.match(topic) or len(topic.split()) > 12 or "?" in topic:
        return None
    if _CLAUSE_WORD.search(topic):
        return None  # 'now that it has been met, who signed it off?': a clause, not a topic
    if found.group("sep") == "," and not opened:
        return None  # 'In the 2008 plan, who owns R5?' stands alone
    if not opened and not re.match(r"(?:the|that|this|a|an)\s", topic, re.I):
        return None
    bare = re.fullmatch(r"(?:the|that|this|these|those)\s+([a-z]+)", topic, re.I)
    if bare and singular_noun(bare.group(1)) in KNOWN_NOUNS | DOCUMENT_NOUNS:
        return None  # 'and the review — when is it due?': what was in focus (point_back)
    paper = PAPER_NP.match(topic)
    if paper and not _PREPOSITION_IN.search(topic[paper.end() :]):
        target, there = topic, f" in {topic}"
    else:
        target = _picked_by_word(topic, previous) or topic
        there = f" for {target}"
    if THERE.search(asked):
        asked = THERE.sub(there, asked, count=1)
    elif SINGULAR.search(asked):
        asked = SINGULAR.sub(lambda m: refer(m, target), asked, count=1)
    elif not paper and _PLURAL_END.search(topic) and PLURAL.search(asked):
        asked = PLURAL.sub(lambda m: refer(m, target), asked, count=1)  # 'they': the topic's
    elif target != topic or not own_subject(asked) or (paper and not PAPER_NP.search(asked)):
        asked = f"{asked.rstrip(' ?.!')}{there}?"
    return asked[:1].upper() + asked[1:]


# 'the encrypted email item': a row of the list named by its own words before a row noun
_THE_X_ROW = re.compile(
    r"(?:the\s+)?(.+?)\s+(?:item|action|recommendation|row|issue|finding|point)s?", re.I
)


def _picked_by_word(topic: str, previous: Previous | None) -> str | None:
    """'the second one': the row picked; 'the hospitality one': the name of the row of the
    last answer (or of the list it was picked from) whose title and action hold the most of
    the topic's words, when one does."""
    if previous is None:
        return None
    chosen = counted_pick(topic, previous) or picked(topic, previous)  # 'the second one'
    if chosen is not None:
        return join_names(chosen[2], chosen[3])
    one = THE_X_ONE.fullmatch(topic) or _THE_X_ROW.fullmatch(topic)  # 'the X item'
    if one is None or ONE_ON.fullmatch(topic):
        return described_rows(topic, previous)  # 'the one owned by the clerk
    wanted = _stems(one.group(1))
    seen: dict[str, tuple[ActionRecord, str]] = {}
    for record, name in [
        *zip(previous.pool, previous.pool_names, strict=False),
        *zip(previous.records, previous.names, strict=False),
    ]:
        seen.setdefault(record.id, (record, name))
    scored = sorted(
        (len(wanted & _stems(f"{r.title} {r.action or ''}")), name) for r, name in seen.values()
    )
    if not wanted or not scored or scored[-1][0] == 0:
        return None
    if len(scored) > 1 and scored[-2][0] == scored[-1][0]:
        return None
    return scored[-1][1]
