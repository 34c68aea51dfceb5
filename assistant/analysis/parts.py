"""A question asked in several parts, read into its parts.

"Who leads the review of X, and when is it due?" is two questions: each part is answered in
turn, and what one part finds is carried into the next (see ``assistant.service``). A part
boundary is where a new question begins after a joint: after a question mark or a semicolon;
after 'and', 'then' or a comma when a question word follows ('and when', ', how far', 'and
is it'). Relative clauses (', which was revised', ', who leads it') are not boundaries, and a
part must be a question of its own (a question word, or a leading verb or command), so a
preface ('For the 2002 recommendation on X, which unit leads it') stays with its question.

Nothing here knows a paper: the words are those of English questions.
"""

from __future__ import annotations

import re

from assistant.analysis.attribute_parts import attribute_parts, evidence_part
from assistant.analysis.compared_tail import compared_parts
from assistant.analysis.comparison import COUNT_EACH, EACH, INTERVAL, compared_sides
from assistant.analysis.conditional_parts import conditional_parts
from assistant.analysis.container_parts import container_parts
from assistant.analysis.elided_parts import restore_elided
from assistant.analysis.hops import embedded_hop
from assistant.analysis.intent import REGISTER_KINDS
from assistant.analysis.joined_asks import other_one_parts, whether_parts
from assistant.analysis.other_held import of_other_row, other_held
from assistant.analysis.patterns import unquoted
from assistant.analysis.reading import EXCLUDING
from assistant.analysis.same_as import same_as_parts
from assistant.text import NOT_IT_ACRONYM

WH = r"(?:who|whom|whose|what|when|where|which|why|how)"
AUX = r"(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|may|might)"
# what may follow an auxiliary that opens a yes/no question: its subject
_SUBJECT_AFTER_AUX = (
    r"(?:it|they|this|that|these|those|there|the|a|an|any|all|each|every|its|their|he|she|whoever|"
    r"(?-i:[A-Z][\w.-]*)|\w*\d[\w.-]*|"
    # a bare noun then a participle: 'and has work started', 'and is progress being made'
    r"(?-i:[a-z][a-z-]+)\s+(?:been|being|begun|started|finished)\b)"
)
COMMAND = (
    r"(?:list|name|give|show|tell|state|explain|describe|summari[sz]e|identify|say|find|take|"
    r"consider|pick)"
)

# a joint, then the start of a new question
_JOINT_STRONG = re.compile(
    rf"(?:(?<=\?)|(?<=;))\s+(?=(?:(?:and|then|also|plus)\s*,?\s+)?(?:{WH}|{AUX}|{COMMAND})\b)", re.I
)
# a dash or colon joins two questions only when the text before it opens as one ('Find the
# owner of X - which other …?', 'Take the Y: when is it due?'); 'The plan, which was agreed in
# 2005 - what is it for?' and 'When the unit was set up - …' state what the question is about
_JOINT_MARK = re.compile(
    # a command word opens a part only as a verb: 'say, the finance lead' is an aside
    rf"(?:(?<=:)\s+|\s+[-–—]\s+)(?=(?:and\s+|then\s+|also\s+)?(?:(?:{WH}|{AUX})\b|{COMMAND}\s+\w))",
    re.I,
)
_OPENS_AS_QUESTION = re.compile(
    rf"^(?:{COMMAND}|{AUX}|who|whom|whose|what|which|why|how)\b|"
    r"^(?:when|where)\b(?!\s+(?:the|a|an|this|that|its|their|it|they|we|(?-i:[A-Z])))",
    re.I,
)
# 'Has it come up more than once: which actions …?': a first part whose subject is a pronoun
# has nothing before it to point back to, so the pronoun points forward to the question after
# the colon or dash, and the two are one question
_POINTS_FORWARD = re.compile(
    rf"^(?:{AUX})\s+(?:it|this|that|they|these|those)\b|^(?:it|this|that|they)\s+(?:{AUX})\b",
    re.I,
)
# the second part's paper fronted before its question word: 'and according to the governance
# statement action plan when was …', 'and, per the 2007/08 plan, who …'
_SCOPE_FIRST = (
    r"(?:(?:according\s+to|as\s+per|per|going\s+by|in|from)\s+(?:the\s+)?[\w/'’.-]+"
    r"(?:\s+[\w/'’.-]+){0,7}?,?\s+(?=" + WH + r"\b))?"
)
_JOINT_AND = re.compile(
    rf",?\s+(?:and|then|and\s+then|and\s+also|plus)\s+"
    # 'and since when …', 'and until when …': a question word after its preposition
    rf"(?=(?:(?:since|until|till|from|as\s+of)\s+when\b|{_SCOPE_FIRST}"
    rf"{WH}\b(?!\s+(?:or|and)\b)|{AUX}\s+{_SUBJECT_AFTER_AUX}\b|{COMMAND}\s+(?:the|me|its|their|which|who|what|when|how)\b))",
    re.I,
)
# after a bare comma only an unmistakable question start: 'what'/'how' anything; 'when',
# 'where', 'why', 'who' with a verb after them; 'which'/'whose' with a noun (', which was
# revised' is a relative clause)
_JOINT_COMMA = re.compile(
    rf",\s+(?=(?:what|how)\b|(?:when|where|why|who)\s+{AUX}\b|(?:which|whose)\s+(?!{AUX}\b)[a-z])",
    re.I,
)
# a clause opening with a preposition and a question word: ', since what year', ', and into
# which fund', ', on what date' (a relative clause opens 'in which' with no comma-and … rarely
# with a noun after 'what')
_PREPOSITION = (
    r"(?:since|into|at|on|in|by|for|from|with|to|under|during|until|after|before|through|of|"
    r"within|over|across|against|towards?)"
)
# 'in which the Treasurer is named': a relative clause, its subject right after 'which'
_DETERMINER = r"(?:the|a|an|it|they|this|that|these|those|its|their|he|she|we|you|i)"
_JOINT_PREPOSITION = re.compile(
    rf",\s+(?:and\s+(?:then\s+)?)?(?={_PREPOSITION}\s+(?:what|which|whose)\s+(?!{AUX}\b|{_DETERMINER}\b)[a-z])",
    re.I,
)
_OPENS = re.compile(rf"^(?:{AUX}|{COMMAND})\b", re.I)
_HAS_WH = re.compile(rf"\b{WH}\b", re.I)
# 'For the 2009 plan, which ...': the words before a part's first question word
_PREFACE = (
    re.compile(
        rf"^(?P<p>(?:for|in|of|about|regarding|on|under|within|as for)\b[^?]+?),\s+(?={WH}\b)",
        re.I,
    ),
    # 'The area for improvement due in March 2009 — what is it?'
    re.compile(rf"^(?P<p>[^?]{{12,}}?)\s*[—–]\s*(?={WH}\b)", re.I),
)


# 'have an owner', 'has no revised deadline': 'have' as the rows' main verb, a predicate joined
# to a list's (not 'has the Board been told?'); and a question asking for rows
_HAS_PREDICATE = re.compile(
    r"^(?:have|has|had)\s+(?:an?|any|no|some|their|its|a\s+named)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:been|being)\b)(?:[\w'-]+\s*){1,4}[?.!]?$",
    re.I,
)
_ASKS_ROWS = re.compile(r"^(?:which|what|how\s+many|list|name|show)\b", re.I)

# a joint opening a part ('and', 'plus, …'), not part of what it asks
_OPENING_JOINT = re.compile(r"^(?:and|then|also|plus)\s*,?\s+", re.I)


def _is_question(text: str) -> bool:
    text = _OPENING_JOINT.sub("", text.strip())
    return len(text.split()) >= 2 and bool(_HAS_WH.search(text) or _OPENS.match(text))


# 'The group that replaced the liaison team: which programme does it run?': a noun phrase with
# a relative clause, fronted before a colon or dash (or a comma and a question word), then a
# question about it
_FRONTED = re.compile(
    # a scope set before it ('In the 2024 tracker, the gap whose …') stays with the first hop
    r"^(?P<scope>(?:in|for|at|within|of)\s[^,:;?—–]{3,60}?,\s+)?"
    r"(?:the|a|an)\s+(?P<noun>[\w'&/-]+(?:\s+[\w'&/-]+){0,3}?)\s+(?P<rel>that|which|who|whose)\s+"
    rf"(?P<clause>[^:;?—–]{{3,160}}?)\s*(?:[:—–]\s*|\s-\s+|,\s+(?={WH}\b))"
    r"(?P<question>[^:;?]+\?)$",
    re.I,
)
_IT_THEY = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|they|them|its|their)\b", re.I)
_PAPER_HEAD = re.compile(r"(?:paper|report|plan|document|statement|tracker|log|minutes)s?", re.I)


def _fronted(text: str) -> list[str] | None:
    """A fronted noun phrase with a relative clause, then a question pointing back at it with
    'it': two hops, 'Which <noun> <clause>?' and the question of 'that <noun>' (what the first
    hop's answer names it; see :func:`named_in_answer`). A row described by what it has ('the
    gap whose deadline moved to June 2025 - how many tenants refused access?') is the first
    hop 'Which gap whose deadline …?' (the relative kept: 'which gap's owner is X' would ask
    the owner); a question after it that points at nothing is asked of that
    one row ('… for that gap')."""
    found = _FRONTED.match(unquoted(text))
    if found is None:
        return None
    asked = text[found.start("question") : found.end("question")]
    pointer = _IT_THEY.search(asked)
    noun = text[found.start("noun") : found.end("noun")]
    head = noun.split()[-1]
    if _PAPER_HEAD.fullmatch(head):
        return None  # 'the paper that deals with the pier - what is its date?': one question
    whose = found.group("rel").lower() == "whose"
    if not _is_question(asked) or (pointer is None and not (whose and not head.endswith("s"))):
        return None
    clause = text[found.start("clause") : found.end("clause")].strip(" ,")
    scope = text[found.start("scope") : found.end("scope")] if found.group("scope") else ""
    first = f"Which {noun} whose {clause}" if whose else f"Which {noun} {clause}"
    first = f"{scope}{first[:1].lower()}{first[1:]}" if scope else first
    if pointer is None:
        return [_tidy(first), _tidy(f"{asked.rstrip(' ?')} for that {head}")]
    possessive = pointer.group(0).lower() in ("its", "their")
    pointed = f"that {head}'s" if possessive else f"that {head}"
    second = asked[: pointer.start()] + pointed + asked[pointer.end() :]
    return [_tidy(first), _tidy(second)]


# 'In the 2017 table, one area is said to have no lead. What risks are recorded against it?':
# a statement that one row (of a kind) is so, then a question pointing back at that row
_ONE_STATED = re.compile(
    r"^(?P<scope>[^.?!;]{3,120}?,\s+)?(?:only\s+|just\s+)?one\s+(?!of\b)"
    r"(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?P<pp>\s+(?:in|of|from|on|at|under)\s+[^.?!;]{3,80}?)?\s+"
    rf"(?P<clause>(?:{AUX}|[a-z]+(?:s|ed))(?:\s[^.?!;]{{1,160}}?)?)\s*[.;]\s+"
    r"(?P<question>[^.?!;]+\?)$",
    re.I,
)


def _one_stated(text: str) -> list[str] | None:
    """The row a statement says is the one so, as a first hop ('Which area is said to have no
    lead?'; a scope before it kept), then the question pointing back at it, asked of 'that
    <noun>'; None when the question does not point back or is no question."""
    found = _ONE_STATED.match(unquoted(text))
    if found is None:
        return None
    asked = text[found.start("question") : found.end("question")]
    pointer = _IT_THEY.search(asked)
    if pointer is None or not _is_question(asked):
        return None
    noun = text[found.start("noun") : found.end("noun")]
    head = noun.split()[-1]
    possessive = pointer.group(0).lower() in ("its", "their")
    second = asked[: pointer.start()] + f"that {head}" + ("'s" if possessive else "")
    clause = text[found.start("clause") : found.end("clause")].strip(" ,")
    scope = text[found.start("scope") : found.end("scope")] if found.group("scope") else ""
    pp = text[found.start("pp") : found.end("pp")] if found.group("pp") else ""
    first = f"{scope}{'which' if scope else 'Which'} {noun}{pp} {clause}"
    return [_tidy(first), _tidy(second + asked[pointer.end() :])]


# 'Find the 2002 recommendation led by X: what is it about, and when is it due?': a record
# described in a command before a colon or dash (or a spaced hyphen: 'Find the X - who led
# it?'), then questions pointing back at it
# the verbs that only point at a thing, so the questions after can ask about it ('take the
# 2011 depot action'); 'find', 'identify' also ask for it ('find the owner of X')
_POINT_AT = r"(?:take|consider|pick|look\s+at|think\s+(?:of|about)|start\s+with)"
_DESCRIBED = re.compile(
    rf"^(?:please\s+)?(?:{_POINT_AT}|find|locate|identify|get)\s+"
    r"(?:the|a|an|that|this)\s+(?P<np>[^:?—–]{3,160}?)(?:\s*[:—–]\s*|\s+-\s+)(?P<rest>\S.*)$",
    re.I,
)


def _described(text: str) -> list[str] | None:
    """The described record as a first hop ('Which 2002 recommendation led by X?'), then the
    questions about it; None when the text has no such command or nothing points back."""
    found = _DESCRIBED.match(unquoted(text))
    if found is None:
        return None
    rest = text[found.start("rest") :]
    if not _IT_THEY.search(rest) or not _is_question(rest):
        return None
    np = text[found.start("np") : found.end("np")].strip(" ,")
    return [_tidy(f"Which {np}"), *question_parts(rest)]


def question_parts(question: str) -> list[str]:
    """The questions asked in ``question``, in order (one when it asks one thing); a part that
    keeps only its question word and a place ('…, and who in report 6?') is the part before it
    asked of that place (:func:`_ungapped`)."""
    return _ungapped(_parts(question))


# a part gapped down to its question word and a place: 'who in report 6?', 'when at service 9?'
_GAPPED = re.compile(
    r"^(?P<wh>who|when|what|which|how|where)\s+(?P<scope>(?P<prep>in|at|for|from|under|per|"
    r"according\s+to)\s+[^?]+?)\s*\??$",
    re.I,
)


def _ungapped(parts: list[str]) -> list[str]:
    """Each gapped part filled from the part before it, which opens with the same question
    word: its own place put where that part's place stood ('Who owns X in report 4?', 'Who in
    report 6?' -> 'Who owns X in report 6?'), or added when it named none."""
    out: list[str] = []
    for part in parts:
        gap = _GAPPED.match(part)
        if gap is None or not out or not out[-1].lower().startswith(gap["wh"].lower() + " "):
            out.append(part)
            continue
        before = out[-1].rstrip(" ?")
        place = list(re.finditer(rf"\s{re.escape(gap['prep'])}\s", before, re.I))
        head = before[: place[-1].start()] if place else before
        out.append(f"{head} {gap['scope']}?")
    return out


def _parts(question: str) -> list[str]:
    """The questions asked in ``question``, in order (one when it asks one thing).

    A cut is kept only when the text on both sides of it is a question of its own; the joint
    words themselves ('and', 'then', the comma) are dropped."""
    text = question.strip()
    compared = compared_parts(text)  # 'who presented X, compared with paper Y?': each paper
    if compared is not None:
        return compared
    chain = other_held(text) or same_as_parts(text)  # 'the same owner as X, and when …?'
    if chain is not None:
        return [*chain[:-1], *question_parts(chain[-1])]
    fronted = _fronted(text) or _described(text) or _one_stated(text)
    if fronted is not None:
        return fronted
    held = container_parts(text)  # 'find the section holding X. Who owns the rest of it?'
    if held is not None:
        return [held[0], *question_parts(held[1])]
    hop = embedded_hop(text)  # 'the owner of X: is any other item of theirs open, and when …?'
    if hop is not None:
        asked = question_parts(hop[-1])
        # 'whoever owns X - how is their other item going?': their other rows, then the question
        other = of_other_row(hop[-1]) if len(asked) == 1 else None
        return [*hop[:-1], *(other or (asked if len(asked) > 1 else hop[-1:]))]
    conditional = conditional_parts(text)  # 'has X moved, and if so to when?'
    if conditional is not None:
        return [*question_parts(conditional[0]), *question_parts(conditional[1])]
    added = (
        attribute_parts(text)  # 'the owner of X plus its deadline'
        or whether_parts(text)  # 'who owns X, and also whether it is done'
        or other_one_parts(text)  # 'who owns the X finding and the Y one?'
    )
    if added is not None:
        return [*question_parts(added[0]), *added[1:]]
    # quoted text holds no joint; its words are filled, not spaced, so that no joint's
    # leading space runs back into a quotation ('who owns “X.” and when is it due?')
    blanked = "".join(
        "#" if b == " " and t != " " else b for t, b in zip(text, unquoted(text), strict=True)
    )
    joints: list[tuple[int, int]] = []
    for pattern in (_JOINT_STRONG, _JOINT_AND, _JOINT_COMMA, _JOINT_PREPOSITION):
        joints.extend((m.start(), m.end()) for m in pattern.finditer(blanked))
    marks = [(m.start(), m.end()) for m in _JOINT_MARK.finditer(blanked)]
    joints.extend(marks)
    joints.sort()
    parts: list[str] = []
    start = 0
    for joint_start, joint_end in joints:
        if joint_start < start:
            continue
        head = text[start:joint_start].strip(" ,;:-–—")
        tail = text[joint_end:].strip()
        rest = text[joint_start:]
        if any(p.fullmatch(rest) for p in (INTERVAL, EACH, COUNT_EACH)) and compared_sides(
            text[start:]
        ):
            continue  # 'which came first, A or B, and how many months apart / who wrote each?'
            # is one comparison
        if (joint_start, joint_end) in marks and (
            not _OPENS_AS_QUESTION.match(head) or (start == 0 and _POINTS_FORWARD.match(head))
        ):
            continue
        if _HAS_PREDICATE.match(tail) and _ASKS_ROWS.match(head):
            continue  # 'which are behind schedule and have an owner?': the rows' own verb
        if EXCLUDING.match(head):
            continue  # 'apart from the ones whose status is green, which …': a complement
        if _is_question(head) and _is_question(tail):
            parts.append(head)
            start = joint_end
    parts.append(text[start:].strip(" ,;"))
    if len(parts) > 1:
        parts[0] = _POINTING_PART.sub(r"Which \g<np>", parts[0].strip(), count=1)
    asked = restore_elided(_named_after(_shared_predicate([_tidy(part) for part in parts if part])))
    out = asked[:1]
    for part in asked[1:]:  # 'who owns X, and when is the other one they lead on due?': the
        # owner's other rows, then the question asked of them (after a part asking who)
        other = of_other_row(part) if re.match(r"(?:and\s+)?who\b", out[-1], re.I) else None
        out.extend(other or [evidence_part(part)])
    return out


# 'The plan mentions a board with … . What is it called, and what does it oversee?': the
# thing described is asked by its name first; the later parts point at 'that board'
_CALLED = re.compile(
    r"\bwhat\s+(?:is|was|are|were)\s+(?:it|this|that|they)\s+(?:called|named|known as)\b|"
    r"\bwhat\s+(?:is|was)\s+(?:its|the)\s+name\b",
    re.I,
)
_DESCRIBED_THING = re.compile(
    r"\b(?:a|an)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<head>[a-z][\w-]{2,})"
    r"(?=\s+(?:with|of|for|that|which|who|to|in|on|at|by|from|set|called|named|[a-z]+ed)\b|[.,;])"
)
_POINTING = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|its)\b", re.I)


def _named_after(parts: list[str]) -> list[str]:
    """A part asking what a described thing is called ('… a board with … What is it
    called?'): the later parts' 'it' becomes 'that board', which is asked of by the name the
    answer gives (see :func:`named_in_answer`)."""
    for index, part in enumerate(parts[:-1]):
        called = _CALLED.search(part)
        if called is None:
            continue
        described = None
        for found in _DESCRIBED_THING.finditer(part[: called.start()]):
            described = found
        if described is None:
            return parts
        head = described.group("head")
        out = parts[: index + 1]
        for later in parts[index + 1 :]:
            pointer = _POINTING.search(later)
            if pointer is None:
                out.append(later)
                continue
            said = f"that {head}'s" if pointer.group(0).lower() == "its" else f"that {head}"
            out.append(later[: pointer.start()] + said + later[pointer.end() :])
        return out
    return parts


# a part that is only a question phrase ('Which firm?', 'On what date?'): it shares the verb
# of the next part that has one ('… and in which document was the contract awarded?')
_BARE = re.compile(
    rf"^(?:{_PREPOSITION}\s+)?(?:what|which|whose)(?:\s+(?!{AUX}\b)[\w/-]+(?<!ed)){{0,2}}\s*\?$",
    re.I,
)
_PREDICATE = re.compile(
    rf"^(?:{_PREPOSITION}\s+)?(?:what|which|whose|who|when)\b(?:\s+(?!{AUX}\b)[\w/-]+){{0,3}}?"
    rf"\s+(?P<predicate>{AUX}\b.+)$",
    re.I,
)


def _shared_predicate(parts: list[str]) -> list[str]:
    """'Which firm?', 'On what date?', 'In which document was the contract awarded?' ->
    'Which firm was the contract awarded?', …: each bare question phrase takes the predicate
    of the next part that has one."""
    out = list(parts)
    for i, part in enumerate(parts):
        if not _BARE.match(part):
            continue
        later = (_PREDICATE.match(p) for p in parts[i + 1 :])
        found = next((m for m in later if m is not None), None)
        if found is not None:
            out[i] = f"{part.rstrip(' ?')} {found.group('predicate')}"
    return out


# 'Take the recommendation whose lead is X – what does it cover?': the first part only points
# at a record, which the later parts ask about; asked as a question, it finds that record
_POINTING_PART = re.compile(
    rf"^{_POINT_AT}\s+"
    r"(?:the|that|this)\s+(?P<np>[^?]+?)\s*[.?!]*$",
    re.I,
)


# a part that asks only for the form of the answer to the part before: 'Name them.', 'List
# them all.', 'Which ones?', 'What are they?'
_FORM_ONLY = re.compile(
    rf"^(?:please\s+)?(?:{COMMAND}\s+(?:me\s+)?(?:them|those|these|each|all)(?:\s+(?:all|of\s+them))?"
    r"|(?:give|state|show|tell|say)\s+(?:me\s+)?(?:both|the|each|their|the two)\s+"
    r"(?:numbers?|counts?|figures?|totals?)(?:\s+too)?"
    r"|(?:which|what)\s+(?:ones|(?:are|were)\s+(?:they|those|these))"
    r"|(?:which|what)\s+(?:are|were)\s+(?:they|those|these)|which\s+ones\s+(?:are|were)\s+they)"
    r"\s*[?.!]*$",
    re.I,
)


def asks_form_only(part: str) -> bool:
    """Whether a later part has no subject of its own and only asks for the form of the
    answer ('Name them.'): the part before supplies the subject, so the two are one question."""
    return _FORM_ONLY.match(part.strip()) is not None


def _tidy(part: str) -> str:
    part = _OPENING_JOINT.sub("", part.strip())
    part = part[0].upper() + part[1:] if part else part
    return part if part.endswith(("?", ".", "!")) else part + "?"


def preface(question: str) -> str | None:
    """'For the 2002 recommendation on X, which unit leads it?' -> 'For the 2002
    recommendation on X': the scope a question sets before it asks (carried into its later
    parts)."""
    for pattern in _PREFACE:
        match = pattern.match(question.strip())
        if match:
            return match.group("p").strip()
    return None


# a demonstrative that points back to a thing named before: 'that toolkit', 'this board'
_POINTER = re.compile(r"\b(?:that|this|the same)\s+(?P<noun>[a-z][a-z-]{2,})\b", re.I)
_STOP_BEFORE = frozenset(
    "a an the its their his her our your this that these those of on in to for with by at from "
    "and or as is are was were be been has have had relies rely relied".split()
)
_DECLARATIVE = re.compile(r"^(?P<context>(?:[^?]+?[.!]\s+)+)(?P<question>[^.!?]+\?)$")


def _named_before(noun: str, context: str) -> str | None:
    """How the context names a thing the question points back to by its noun: the noun with
    the words before it up to a determiner or preposition ('a partnership toolkit' ->
    'partnership toolkit'); None if the context does not name it."""
    tokens = re.findall(r"[A-Za-z0-9][\w&'/-]*", context)
    for at in range(len(tokens) - 1, -1, -1):
        if tokens[at].lower() != noun.lower():
            continue
        start = at
        while start > 0 and at - start < 3 and tokens[start - 1].lower() not in _STOP_BEFORE:
            start -= 1
        return " ".join(tokens[start : at + 1]) if start < at else None
    return None


def without_context(part: str) -> str:
    """A part that opens with statements and then asks ('X relies on a partnership toolkit.
    According to the 2008 report, what state was that toolkit in?'): the question alone, its
    pointer ('that toolkit') replaced by how the statements named the thing ('the partnership
    toolkit'). Unchanged when it has no such statements or points back to nothing they name:
    the statements may then be what the question is about."""
    found = _DECLARATIVE.match(part.strip())
    if not found:
        return part
    question = found.group("question")
    pointer = _POINTER.search(question)
    if pointer is None:
        return part
    named = _named_before(pointer.group("noun"), found.group("context"))
    if named is None:
        return part
    return question[: pointer.start()] + f"the {named}" + question[pointer.end() :]


def named_in_answer(part: str, prior_question: str, prior_answer: str) -> str | None:
    """A later part that points back by a noun ('what does that board oversee?') asked of the
    name the earlier part's answer gave ('… the Service Improvement Board (SIB) has taken over
    …' -> 'what does the Service Improvement Board oversee?'): a capitalised name ending in that
    noun, the one nearest the earlier question's own words; None when the answer names none."""
    pointer = _POINTER.search(part) or _its_asked_noun(part, prior_question)
    if pointer is None:
        return None
    noun = pointer.group("noun")
    if re.fullmatch(REGISTER_KINDS, noun, re.I):
        return None  # 'that action' is a row of the register: the bridge reads it
    name = re.compile(
        rf"\b((?:[A-Z][\w'-]*\s+(?:(?:&|and|of|for|the)\s+)?){{1,5}}{re.escape(noun.capitalize())}s?)"
        r"\b(?!\s+[A-Z][a-z])(?:\s+\([A-Z&]{2,}\))?"
    )
    asked = {
        w.lower() for w in re.findall(r"[A-Za-z]{4,}", prior_question) if w.lower() != noun.lower()
    }
    best: tuple[tuple[int, int, int], str] | None = None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", prior_answer):
        words = [(m.start(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z]{4,}", sentence)]
        held = len({w for _, w in words if w in asked})  # the sentence that answers: most words
        for found in name.finditer(sentence):
            named = re.sub(r"^(?:The|A|An|That|This|Its|Their)\s+", "", found.group(1).strip())
            if len(named.split()) < 2:
                continue  # 'The Board': no name
            after = [at - found.end() for at, w in words if w in asked and at >= found.end()]
            before = [found.start() - at for at, w in words if w in asked and at < found.start()]
            # a name the question's words follow ('X has taken over the duties of Y') is the
            # answer's subject; else the nearest name they precede ('moved into X')
            distance = min(after) if after else (5_000 + min(before) if before else 10_000)
            plural = int(not named.lower().endswith(noun.lower()))  # 'that group', not 'Groups'
            rank = (plural, -held, distance)
            if best is None or rank < best[0]:
                best = (rank, named)
    if best is None:
        return None
    text = pointer.string  # the part, its 'its <X>' read as 'the <X> of that <noun>'
    return text[: pointer.start()] + f"the {best[1]}" + text[pointer.end() :]


# 'Which group took over X, and what does its head own?': 'its' is the group the first part
# asked for (by a wh-word and a noun), when what follows 'its' is no column of a record
_WH_NOUN = re.compile(r"^(?:which|what)\s+(?P<noun>[a-z][a-z-]{2,})\b", re.I)
_ITS_NOUN = re.compile(r"\bits\s+(?P<of>[a-z][a-z-]+)\b", re.I)
_RECORD_COLUMNS = frozenset(
    "due deadline timescale date status priority progress owner target completion "
    "title ref reference number".split()
)


def _its_asked_noun(part: str, prior_question: str) -> re.Match[str] | None:
    """A pointer-like match over ``part``'s 'its', standing for 'that <noun>', where <noun> is
    what the earlier question asked 'which' of ('Which board …?' -> 'that board')."""
    asked = _WH_NOUN.match(prior_question.strip())
    its = _ITS_NOUN.search(part)
    if asked is None or its is None or its.group("of").lower() in _RECORD_COLUMNS:
        return None
    noun = asked.group("noun")
    if re.fullmatch(REGISTER_KINDS, noun, re.I):
        return None
    # 'its head' -> 'the head of that group': how a role of a body is named in the records
    pointed = part[: its.start()] + f"the {its.group('of')} of that {noun}" + part[its.end() :]
    return _POINTER.search(pointed)
