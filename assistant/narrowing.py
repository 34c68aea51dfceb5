"""'Which of those …?' read against the list before: the rows shown, by name, after passages or
a short list ('Which of R15 and R13 in the PURE plan are high priority?'); after an overview of
one paper, that paper's rows with the condition; after a pick, the list it was picked from."""

from __future__ import annotations

import re

from assistant.antecedents import MAX_NAMED, Previous, counted_among
from assistant.referring import joined_previous

KIND = re.compile(
    r"\b(actions|recommendations|records|items|areas|issues|improvements|findings|points|"
    r"weaknesses|activities|tasks)\b",
    re.I,
)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)

# what names the list just shown: 'those', 'the above', 'the ones you listed'
_SHOWN = r"(?:\s+(?:you\s+)?(?:just\s+)?(?:listed|shown|showed|mentioned|named|gave|above))"
# a bare 'the actions' is any of the register's rows, not the list: only with 'listed' and the like
_THE_LIST = (
    r"(?:those|these|them|the\s+above|(?:that|this|the)\s+list|the\s+ones"
    rf"{_SHOWN}?|the\s+(?:actions|recommendations|items|rows|records){_SHOWN})"
)
# 'of those, which are overdue?', 'out of the ones you listed, how many are done?'
# fronted, the list may be named by what describes it ('of the medium ones, which …')
_FRONTED = re.compile(
    r"^(?P<joint>(?:and|but|so|ok|okay|now)[\s,]+)?(?:of|out\s+of|among|amongst|from)\s+"
    rf"(?:{_THE_LIST}|the\s+(?:[\w-]+\s+){{1,2}}ones)\s*,?\s*(?P<wh>which|what|how\s+many)(?:\s+(?:ones?|of\s+them))?\s+"
    r"(?P<rest>.+)$",
    re.I,
)
# 'which of the ones you listed are overdue?', 'which of those actions listed are done?'
_NAMED_AFTER = re.compile(
    r"^(?P<head>(?:(?:and|but|so)\s+)?(?:which|what|how\s+many)\s+of\s+)"
    rf"{_THE_LIST}(?:\s+(?:actions|recommendations|items|rows|records|ones))?"
    r"(?:\s+(?:you\s+)?(?:just\s+)?(?:listed|shown|mentioned|named|above))?\s+(?P<rest>.+)$",
    re.I,
)


# 'just the high priority ones', 'only the ones for the Clerk', 'just those that slipped': the
# list shown, narrowed by what describes the rows kept
_JUST = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now|then)[\s,]+)*(?:just|only)\s+(?:the\s+|those\s+|them\s+)?"
    r"(?P<pre>(?:[\w'-]+\s+){0,3}?)(?:ones|actions|recommendations|items|rows|records|issues|"
    r"(?<=those\s)|(?<=them\s))(?P<post>(?:\s*[^?.!]+?)?)\s*(?:,?\s*please)?\s*[?.!]*$",
    re.I,
)
# words that pick rows by place or count, not by what they are: 'just the first two'
_PLACE = re.compile(
    r"\b(?:first|second|third|last|latter|former|other|same|next|previous|two|three|four|"
    r"five|top|bottom)\b",
    re.I,
)
# what starts a clause of its own after the rows' noun: a relative word, a subject ('the ones
# the Clerk owns'), an auxiliary ('the ones that have slipped')
_RELATIVE = re.compile(r"^(?:that|which|who)\s+", re.I)
_CLAUSE_OPENS = re.compile(
    r"^(?:the|a|an|my|our|their|its|we|you|they|are|is|were|was|have|has|had|did|do|does)\b",
    re.I,
)


# the list named first with no question word after it: 'of those, the ones with a Q2 date',
# 'among them, the high ones'; what follows describes the rows kept
_FRONTED_BARE = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now|then)[\s,]+)*(?:of|out\s+of|among|amongst|from)\s+"
    rf"{_THE_LIST}\s*,?\s*(?:(?:just|only)\s+)?(?P<rest>(?:the|those)\b.+)$",
    re.I,
)
# a list narrowed by a verb of narrowing ('narrow that down to the ones X', 'filter those to
# the ones X', 'keep only the ones X', 'cut it down to those X'): the rows kept. A verb that
# may start a list of its own ('show me', 'give me', 'list') narrows only with 'just'/'only'
_IT = r"(?:\s+(?:that|this|those|these|them|it|the\s+list))?"
_NARROW_VERB = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now|then|please|can\s+you|could\s+you)[\s,]+)*"
    rf"(?:(?:narrow|filter|cut|trim|whittle|pare){_IT}(?:\s+down)?{_IT}\s+to|"
    rf"(?:restrict|limit|reduce){_IT}\s+to|keep|(?P<open>show(?:\s+me)?|give\s+me|list))\s+"
    r"(?P<only>(?:just|only)\s+)?(?P<rest>(?:the|those)\b.+)$",
    re.I,
)
# what a kept row is said to have ('the ones with a Q2 2009 date', 'those without an owner')
_WITH = re.compile(r"^with(?:out)?\s+", re.I)
_ARTICLE = re.compile(r"^(?:an?|any)\s+", re.I)


def _just_narrowing(question: str) -> str | None:
    """'just the X ones' / 'only the ones <condition>' as 'which of those are X'; so the list
    named first with no question word ('of those, the ones with a Q2 2009 date') and a verb of
    narrowing ('narrow that down to the ones the Clerk leads')."""
    text = question.strip()
    verb = _NARROW_VERB.match(text)
    if verb is not None and verb.group("open") and not verb.group("only"):
        verb = None  # 'show me the ones the Clerk owns': a list of its own
    plain = verb or _FRONTED_BARE.match(text)
    if plain is not None:
        text = f"just {plain.group('rest')}"
    found = _JUST.match(text)
    if found is None:
        return None
    pre, post = found.group("pre").strip(), found.group("post").strip()
    if not (pre or post) or _PLACE.search(pre) or _PLACE.match(post):
        return None
    relative = _RELATIVE.match(post)
    post = post[relative.end() :] if relative else post
    said = f"{pre} {post}".strip()
    if not pre and (relative or _CLAUSE_OPENS.match(post)):
        return f"which of those {said}"  # 'just those that slipped': a clause of its own
    with_ = _WITH.match(post)
    if not pre and with_:  # 'the ones with a Q2 2009 date': which of those have one
        had = post[with_.end() :]
        if not with_.group(0).lower().startswith("with "):  # 'without an owner': none
            return f"which of those have no {_ARTICLE.sub('', had)}"
        return f"which of those have {had}"
    return f"which of those are {said}"


# 'of the high-priority ones, which …': the set named by what describes it, to be read back in
# the noun phrase of the question before that described its rows so
_FRONTED_DESCRIBED = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now)[\s,]+)?(?:of|out\s+of|among|amongst|from)\s+the\s+"
    r"(?P<described>(?:[\w-]+\s+){1,2}?)ones\s*,?\s*(?P<wh>which|what|how\s+many)"
    r"(?:\s+(?:ones?|of\s+them))?\s+(?P<rest>.+)$",
    re.I,
)
# 'which of the medium ones are complete?', 'how many of the red ones are late?': the set named
# by what describes it, inside the partitive
_INLINE_DESCRIBED = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now)[\s,]+)?(?P<wh>which|what|how\s+many)\s+of\s+the\s+"
    r"(?P<described>(?:[\w-]+\s+){1,2}?)ones\s+(?P<rest>(?!of\b|in\b)[a-z].+)$",
    re.I,
)
# the last question as subject and predicate: 'How many PURE recommendations | are medium
# priority?' (the predicate after the first verb of the clause)
_LAST_PREDICATE = re.compile(
    r"^\s*(?:which|what|how\s+many|list|name)\s+(?P<subject>[^?]+?)\s+"
    r"(?P<pred>(?:are|is|were|was|have|has|had)\s+[^?]+?)\s*[?.!]*\s*$",
    re.I,
)
# a clause with a subject of its own after the partitive ('… is the MPA responsible for?')
_OWN_SUBJECT = re.compile(
    r"(?i:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should)\s+"
    r"(?:(?i:the|a|an|this|that|these|those|its|their|his|her)\b|[A-Z])"
)
# the paper the phrase's rows are of, after it ('in the PURE plan', 'of the 2017 report')
_IN_PAPER = (
    r"(?:\s+(?:in|of|from|on)\s+(?:the\s+)?(?:[\w/&'’-]+\s+){0,6}?(?:plan|paper|report|"
    r"tracker|log|statement|register|document|update|review|summary|follow-up)s?\b)?"
)
_ROW_NOUNS = (
    r"(?:recommendations|actions|items|issues|areas|rows|records|findings|points|tasks|"
    r"improvements|weaknesses|recs)"
)


def described_set(question: str, last: str) -> str | None:
    """'Of the high-priority ones, which are due by April 2009?' after 'How many of the
    high-priority PURE recommendations are complete?': the set described is the last question's
    noun phrase that the words describe it by ('high-priority PURE recommendations'), not the
    rows the last answer counted under its other conditions: 'Which high-priority PURE
    recommendations are due by April 2009?'. None when the last question has no such phrase."""
    found = _FRONTED_DESCRIBED.match(question.strip()) or _INLINE_DESCRIBED.match(question.strip())
    if found is None or _PLACE.search(found.group("described")):
        return None
    words = re.findall(r"[A-Za-z0-9]+", found.group("described"))
    said = r"[\s-]+".join(re.escape(w) for w in words)
    phrase = re.search(rf"\b{said}\s+(?:[\w/&-]+\s+){{0,3}}?{_ROW_NOUNS}\b{_IN_PAPER}", last, re.I)
    wh = found.group("wh").lower()
    wh = f"{wh[:1].upper()}{wh[1:]}"
    if phrase is not None:
        return f"{wh} {phrase.group(0)} {found.group('rest')}"
    # 'How many PURE recommendations are medium priority?', then 'which of the medium ones
    # are complete?': the words describe the rows by the last question's predicate, which
    # is kept, the new condition joined to it
    clause = _LAST_PREDICATE.match(last)
    if clause is None or not re.search(rf"\b{said}\b", clause.group("pred"), re.I):
        return None
    if _OWN_SUBJECT.match(found.group("rest")):
        return None  # 'which of the high ones is the MPA responsible for?': no predicate to join
    rest = found.group("rest").strip().rstrip("?.! ")
    return f"{wh} {clause.group('subject')} {clause.group('pred')} and {rest}?"


def names_described_set(question: str) -> bool:
    """Whether the question names a set by what describes it, fronted ('of the high-priority
    ones, which …') or inside the partitive ('which of the red ones …'): see
    :func:`described_set`."""
    asked = question.strip()
    return bool(_FRONTED_DESCRIBED.match(asked) or _INLINE_DESCRIBED.match(asked))


# the list shown less some of its rows, the rest asked for: 'leaving out the ones without an
# owner, which remain?', 'drop the one with no owner: which are left?', 'excluding those owned
# by X?', 'and without the overdue ones, how many are left?'
_LEFT_OUT_CUE = (
    r"(?:leav(?:e|ing)\s+(?:out|aside|off)|excluding|exclude|except(?:\s+for)?|apart\s+from|"
    r"aside\s+from|other\s+than|not\s+counting|discounting|set(?:ting)?\s+aside|"
    r"ignor(?:e|ing)|disregard(?:ing)?|omit(?:ting)?|minus|without|(?P<verb>drop(?:ping)?|"
    r"remov(?:e|ing)|tak(?:e|ing)\s+(?:out|away)|cross(?:ing)?\s+off|strip(?:ping)?\s+out))"
)
_LEFT_OUT = re.compile(
    r"^(?:(?:and|but|so|ok|okay|now|then|if\s+(?:you|we))[\s,]+)*"
    rf"(?P<cue>{_LEFT_OUT_CUE})\s+(?P<what>(?:the|those|these|any|all|ones?)\b[^,:;?—–]*?)"
    r"(?:\s*[,:;—–]\s*|\s+)?(?:(?P<wh>which|what|how\s+many)(?:\s+(?:ones?|of\s+them))?\s+"
    r"(?:(?:are|is)\s+(?:left|remaining|there|still\s+there)|remain|are\s+we\s+left\s+with|"
    r"(?:does|do)\s+that\s+leave)|(?:what|who)(?:'s|\s+is)\s+left)?\s*[?.!]*\s*$",
    re.I,
)


_LEFT_OUT_PUT = re.compile(
    rf"^(?P<wh>which|how many) of those remain, (?P<cue>{_LEFT_OUT_CUE}) (?P<what>.+?)\??$", re.I
)


def _left_out(question: str) -> tuple[str, str, str] | None:
    """(which / how many, the cue, the rows described) of a list less some of its rows, as
    asked or as :func:`left_out_narrowing` put it."""
    put = _LEFT_OUT_PUT.match(question.strip())
    if put is not None:
        return put.group("wh").lower(), put.group("cue"), put.group("what")
    found = _LEFT_OUT.match(question.strip())
    if found is None:
        return None
    cue = found.group("cue").lower()
    cue = "leaving out" if found.group("verb") or cue == "without" else cue
    wh = "how many" if (found.group("wh") or "").lower().startswith("how") else "which"
    return wh, cue, found.group("what").strip()


def left_out_narrowing(question: str) -> str | None:
    """'Leaving out the ones without an owner, which remain?' as 'which of those remain,
    leaving out the ones without an owner': the list shown, less the rows described (an
    imperative 'drop the …' read as 'leaving out the …'); None when not of that form."""
    found = _left_out(question)
    return None if found is None else f"{found[0]} of those remain, {found[1]} {found[2]}"


def left_out_of_list(question: str, previous: Previous | None) -> str | None:
    """The list just shown less the rows described, asked of its rows by name ('Which of R3,
    R5 and R9 remain, leaving out the ones owned by X?'), or as its own question with the
    clause when it was longer ('List the open X recommendations, leaving out …'); the rows
    described are read by the register's filters, not picked from the list by words."""
    found = _left_out(question)
    if found is None or previous is None or not previous.records:
        return None
    if not previous.route.startswith("register"):
        return None
    wh, cue, what = found
    if len(previous.records) <= MAX_NAMED and all(r.ref for r in previous.records):
        named = joined_previous(previous)
        head = (
            counted_among(previous.standalone, named) if wh == "how many" else f"Which of {named}"
        )
        return f"{head} remain, {cue} {what}?"
    last = previous.standalone.strip().rstrip(" ?.!")
    if wh == "how many" and not _HOW_MANY.match(last):
        return None
    return f"{last}, {cue} {what}?"


def as_narrowing(question: str) -> str:
    """A narrowing of the list just shown in the one word order the rules read, 'which of
    those <condition>': the list named first ('of those, which …', 'among them, how many …'),
    by a longer phrase ('which of the ones you listed …') or kept with 'just' ('just the high
    priority ones'); else ``question`` unchanged."""
    fronted = _FRONTED.match(question)
    if fronted:
        joint = (fronted.group("joint") or "").strip(" ,")
        opening = f"{joint} " if joint else ""
        return f"{opening}{fronted.group('wh')} of those {fronted.group('rest')}"
    named = _NAMED_AFTER.match(question)
    if named:
        return f"{named.group('head')}those {named.group('rest')}"
    return _just_narrowing(question) or left_out_narrowing(question) or question


def narrowed_passages(question: str, clause: str, previous: Previous | None) -> str | None:
    """'which of those are high priority?' after an answer that quoted passages of several
    rows: which of those rows, by name ('Which of R15 and R13 in the PURE plan are high
    priority?') — the last question again with the condition glued on would read as prose."""
    if previous is None or not 2 <= len(previous.records) <= MAX_NAMED:
        return None
    if previous.route.startswith("register") and not all(r.ref for r in previous.records):
        # a row with no ref is named by its title, which the register cannot filter on: the
        # list's own question, with the condition, narrows the very rows it listed
        return None
    counting = _HOW_MANY.search(question) is not None
    if not previous.quoted and not (previous.route.startswith("register") and not counting):
        # a count of refs named is read as a yes/no of the first: after a list, 'how many of
        # those …' stays the list question with the condition, counted on the same filters
        return None
    if counting:
        return f"{counted_among(previous.standalone, joined_previous(previous))} {clause}?"
    return f"Which of {joined_previous(previous)} {clause}?"


def picked_from(previous: Previous) -> Previous | None:
    """The turn whose list the last turn picked its one record from, when it did."""
    before = previous.before
    if before is None or len(before.records) < 2 or not previous.pool:
        return None
    if [r.id for r in before.records] != [r.id for r in previous.pool]:
        return None
    return before


def narrowed_overview(
    question: str, clause: str, last: str, previous: Previous | None
) -> str | None:
    """'which of those lacks a lead?' after an overview of one paper (its rows shown as what
    the paper covers): a list of that paper's rows with the condition, 'Which areas in the
    <paper> lacks a lead?' — asking the overview again would drop the condition."""
    if previous is None or not previous.route.startswith("document") or not previous.records:
        return None
    if not re.match(r"^(?:and\s+|but\s+|so\s+)?(?:which|what|how\s+many)\b", question, re.I):
        return None
    papers = {r.document.title for r in previous.records}
    if len(papers) != 1:
        return None
    kind = KIND.search(last)
    asks = "How many" if _HOW_MANY.search(question) else "Which"
    return f"{asks} {kind.group(1).lower() if kind else 'actions'} in the {papers.pop()} {clause}?"
