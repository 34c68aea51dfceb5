"""Follow-ups that ask for more rows like the last ones, or read one record's columns: 'any
others?' and 'how many in all?' after a turn about rows in a state, 'the plan's actions' for the
paper in focus, 'what is the residual risk?' of the one record in focus, and 'is there a similar
issue in <paper>?'. :mod:`assistant.followups` and :mod:`assistant.conversation` use them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import REF_TOKEN, QueryAnalysis
from assistant.antecedents import Previous, counted_among
from assistant.column_words import column_words
from assistant.followup_forms import (
    PRONOUN_ONLY,
    RECORD_NOUNS,
    THERE,
    fragment,
    refs_in,
    singular_noun,
)

# 'any others?', 'which other one is?', 'are there any others that slipped?', 'anything else in
# that plan?': more rows like the one the last turn was about
_OTHERS = re.compile(
    r"^(?:(?:and|so|but|then)[\s,]+)?(?:(?:are|were|is|was)\s+there\s+|(?:are|were|have|has|did|do)"
    r"\s+(?=any\b)|(?:is|was|has)\s+(?=anything\s+else\b))?(?:any|which|what)?\s*"
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


# 'how many is that?', 'how many are there?', 'and how many of them?', 'what's the total?':
# the count of the rows just listed, with no words of its own
_HOW_MANY_LISTED = re.compile(
    r"^(?:(?:and|so|then|ok|okay)[\s,]+)?(?:how\s+many(?:(?:\s+(?:is|are|was|were|does|do)|"
    r"\s*['’]s)\s+(?:that|there|those|these|this|they))?(?:\s+(?:of\s+(?:them|those|these)|make|in\s+"
    r"(?:that|the)\s+list))?|what(?:'s|\s+is)\s+the\s+(?:count|number|total))[\s?.!]*$",
    re.I,
)
# how a list question opens, before the rows it names: 'Which …', 'List the …', 'Show me all …'
_LIST_OPENING = re.compile(
    r"^(?:(?:and|so|then)[\s,]+)?(?:which|what|list|name|show(?:\s+me)?|give\s+me|find)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?=\S)",
    re.I,
)

_TOPIC_FIRST = re.compile(r"^[^:;?–—]{2,80}?(?::|;|\s[-–—])\s+")


def asks_more(question: str) -> bool:
    """Whether ``question`` asks for more rows like the last ones, or how many in all (or how
    many the list just shown holds), or names rows of 'the plan' (the paper the conversation
    is about)."""
    q = question.strip()
    return bool(
        _OTHERS.match(q)
        or _IN_ALL.match(q)
        or _HOW_MANY_LISTED.match(q)
        or _ROWS_OF_THE_PAPER.search(q)
        or (_ROWS_ASKED.search(q) and (_BARE_PAPER.search(q) or _IN_IT.search(q)))
    )


# 'of R3 and R5 …', 'of CHT-PAY-01, …', 'of item 1, item 2 …': rows named one by one by their
# refs (a code with a digit, not a year or a possessive); 'of the Trust's audit actions …' is a
# noun phrase, kept as asked
_OF_REFS = re.compile(
    r"of\s+(?!(?:the|these|those|its|their|our|all|any|some)\b)(?:[A-Za-z]{1,6}\s+)?"
    rf"{REF_TOKEN}(?:\s*(?:,|and|&)|\s+(?!['’]))",
    re.I,
)


def count_of_the_list(question: str, previous: Previous | None) -> str | None:
    """'how many is that?' after a list: the last question asked as a count ('Which PURE
    recommendations are owned by the Treasurer?' -> 'How many PURE recommendations are owned
    by the Treasurer?'), so the count rests on the same filters as the list. None unless the
    last turn listed two rows or more from a question that opens as a list."""
    if previous is None or not _HOW_MANY_LISTED.match(question.strip()):
        return None
    if len(previous.records) < (1 if previous.route.startswith(("register", "select")) else 2):
        return None  # one row listed is a list of one; one row described is no list
    last = previous.standalone.strip()
    # 'Eastmoor probation: which …', 'the 2008 plan - which …': a topic named first is kept
    topic = _TOPIC_FIRST.match(last)
    head = topic.group(0) if topic and _LIST_OPENING.match(last[topic.end() :]) else ""
    opening = _LIST_OPENING.match(last[len(head) :])
    if opening is None:
        return None
    asked = last[len(head) + opening.end() :].rstrip(" ?.!")
    if not head and _OF_REFS.match(asked):
        # 'which of R3 and R5 are complete?': counted as rows among those named
        return f"{counted_among(last, asked[3:])}?"
    return f"{head}how many {asked}?" if head else f"How many {asked}?"


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
        return _rows_of_the_paper_named_bare(question, previous)
    noun = (found.group("n") or found.group("n2")).lower()
    if singular_noun(noun) not in RECORD_NOUNS:
        return _rows_of_the_paper_named_bare(question, previous)
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


# a question for rows ('how many actions …', 'which recommendations …'), and the paper named
# only by its kind ('the plan', 'the summary') or by 'it'
_ROWS_ASKED = re.compile(
    r"\b(?:how\s+many|which|what|list)\b[^?]*?\b(?:actions|recommendations|items|areas|issues|"
    r"improvements|findings|points|weaknesses|activities|tasks|rows|records)\b",
    re.I,
)
_BARE_PAPER = re.compile(
    r"\b(?:the|this|that)\s+(?:plan|paper|report|document|statement|summary|review)\b(?!['’])",
    re.I,
)
_IN_IT = re.compile(r"\b(?:in|of|on|by|from|does|did|do)\s+(?P<it>it)\b", re.I)


def _rows_of_the_paper_named_bare(question: str, previous: Previous) -> str | None:
    """'how many actions does the plan list?', 'how many recommendations are in the summary?',
    'how many actions are in it?' after a turn about one paper (its rows, passages of it, or
    the paper itself): rows of that paper, named by its title — 'the plan' is the paper the
    conversation is in, not every paper's plan, nor the summary of a row."""
    if _ROWS_ASKED.search(question) is None or refs_in(question):
        return None
    titles = {r.document.title for r in previous.records} or set(previous.documents)
    if len(titles) != 1:
        return None
    paper = f"the {titles.pop()}"
    bare = _BARE_PAPER.search(question)
    if bare is not None:
        return question[: bare.start()] + paper + question[bare.end() :]
    it = _IN_IT.search(question)
    if it is not None:
        return question[: it.start("it")] + paper + question[it.end("it") :]
    return None


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
    if refs_in(question) or fragment(question) or PRONOUN_ONLY.search(question):
        return None  # a bare noun phrase, or one pointing back itself, has its own rule
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


# 'and the rest?', 'what about the others in that plan?', 'the remaining ones?': the rows of
# the same scope the last list or count left out
_REST = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|then)[\s,]+)*(?:(?:what|how)\s+about\s+|and\s+)?"
    r"(?:(?:which|what)\s+(?:are|were)\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:rest|remainder|others|other\s+ones|remaining\s+ones|ones\s+left|"
    r"(?:remaining|other)\s+(?:actions|recommendations|items|issues|areas|findings|points|"
    r"rows|records))(?:\s+of\s+(?:them|those|these))?"
    r"(?:\s+(?:in|of|on|from)\s+(?:that|the\s+same|this|the)\s+(?:plan|paper|report|document|"
    r"list|log|tracker|statement|summary|review|section))?\s*[?.!]*\s*$",
    re.I,
)
# the slots a list's condition sets (what 'the rest' are not), and those of its scope (what
# they share)
_CONDITIONS = (
    "statuses", "status_says", "degree", "priority", "owner", "category", "slipped",
    "revised", "no_owner", "no_due", "dated", "due_from", "due_to",
)  # fmt: skip
_SCOPES = ("documents", "section", "sections", "themes", "refs", "refs_not", "terms_not")
# words left hanging once the condition's own words are out: 'are', 'still', 'that are'
_HANGING = re.compile(
    r"(?:\s+(?:that|which|who|and|are|is|were|was|have|has|had|been|being|still|now|currently|"
    r"already|yet|so\s+far|marked|rated|owned|held|led|by|the|does|do|did))+\s*$",
    re.I,
)
_REST_NAMED = 30  # rows left out by name at most
_REST_SPAN = 10  # words of the condition's phrase at most
KIND_WORD = re.compile(
    r"\b(?:actions|recommendations|records|items|areas|issues|improvements|findings|points|"
    r"weaknesses|activities|tasks|recs|rows)\b",
    re.I,
)


def _set(q: QueryAnalysis, names: tuple[str, ...]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in names:
        value = getattr(q, name)
        if value:
            out[name] = tuple(value) if isinstance(value, list) else value
    return out


def rest_of(
    question: str, previous: Previous | None, analyse: Callable[[str], QueryAnalysis]
) -> str | None:
    """'and the rest?' after a list or count whose question set a condition on a scope ('Which
    PURE recommendations are complete?'): the same scope without the condition, less the rows
    shown ('Which PURE recommendations, other than R3, R10 and R11?'). None unless the last turn
    was such a list or count, named its rows by ref, and one span of its question sets the
    condition alone."""
    if previous is None or not _REST.match(question) or not previous.records:
        return None
    if not previous.route.startswith(("register", "select")):
        return None
    refs = [r.ref for r in previous.records if r.ref]
    if len(refs) != len(previous.records) or len(refs) > _REST_NAMED:
        return None
    last = previous.standalone.strip().rstrip(" ?.!")
    before = analyse(last)
    if before.intent not in ("list", "count"):
        return None
    conditions, scope = _set(before, _CONDITIONS), _set(before, _SCOPES)
    if not conditions:
        return None
    if before.refs:
        # 'which of A, B and C are done?' then 'and the rest?': the rows of the list those were
        # named from that the answer did not keep, named as that list named them
        listed = previous.before
        shown = {r.id for r in previous.records}
        if listed is None or not shown <= {r.id for r in listed.records}:
            return None
        rest = [n for r, n in zip(listed.records, listed.names, strict=False) if r.id not in shown]
        if not rest or len(rest) > _REST_NAMED:
            return None
        asked = "How many" if before.intent == "count" else "Which"
        named = rest[0] if len(rest) == 1 else f"{', '.join(rest[:-1])} and {rest[-1]}"
        return f"{asked} of {named}?"
    words = list(re.finditer(r"\S+", last))
    terms = set(before.terms)
    in_paper = ""
    titles = {r.document.title for r in previous.records}
    if not scope and _THAT_PAPER.search(question) and len(titles) == 1:
        in_paper = f" in the {titles.pop()}"  # 'the others in that plan': of its paper
    noun = KIND_WORD.search(last)
    best: str | None = None
    for size in range(1, _REST_SPAN + 1):
        for first in range(1, len(words) - size + 1):
            start, end = words[first].start(), words[first + size - 1].end()
            head = _HANGING.sub("", last[:start].rstrip())
            tail = last[end:].strip()
            without = f"{head} {tail}".strip() if tail else head
            if best is not None and len(without) >= len(best):
                continue  # the fewest words left: the condition's whole phrase is out
            if noun is not None and noun.group(0).lower() not in without.lower():
                continue  # the rows' noun stays: 'the rest' are rows of the same kind
            read = analyse(without)
            if (
                read.intent != before.intent
                or _set(read, _CONDITIONS)
                or _set(read, _SCOPES) != scope
                or not set(read.terms) <= terms
            ):
                continue
            best = without
    if best is None:
        return None
    return f"{best}{in_paper}, other than {and_names(refs)}?"


def and_names(refs: list[str]) -> str:
    """Refs as a question names them: a bare number as 'item 2'."""
    named = [f"item {r}" if re.fullmatch(r"[\d.]+", r) else r for r in refs]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
