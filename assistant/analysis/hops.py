"""A first hop written inside the question rather than as a part of its own: a free relative
('Whoever owns R13, what else do they own?', 'Whoever leads X is named against which
recommendations?') or a role of a described thing ('which other areas does the owner of the
NICC business case own?'). :func:`embedded_hop` spells it out as two parts, so the second is
asked of what the first finds, as any question in parts is (:mod:`assistant.bridging`)."""

from __future__ import annotations

import re

from assistant.analysis.patterns import unquoted
from vectorstore.identifiers import identifiers

_WH = r"(?:who|whom|whose|what|when|where|which|why|how)"
# a question asked as a request: 'list their other items', 'name the others'
_ASK_VERB = r"(?:list|name|give|show|tell\s+me)"
_AUX = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)"

# 'Whoever owns R13 in the PURE plan, what else do they own?' (a comma, colon or dash, then a
# question of its own)
_WHOEVER_THEN = re.compile(
    rf"^whoever\s+(?P<vp>[^,:;?—–]{{3,160}}?)(?:\s*[,:;—–]|\s+-)\s*"
    rf"(?P<question>(?:and\s+)?(?:{_WH}|{_ASK_VERB}|{_AUX})\b[^?]*\??)$",
    re.I,
)
# 'Whoever owns R13 is named against which other recommendations?': the free relative is the
# subject; an auxiliary ends it, and the question word stands after the verb
_WHOEVER_SUBJECT = re.compile(
    rf"^whoever\s+(?P<vp>\S.{{2,160}}?)\s+(?P<aux>{_AUX})\s+(?P<rest>(?:\S+\s+){{0,6}}?)"
    rf"(?P<wh>{_WH}\b[^?]*)\??$",
    re.I,
)
# 'the owner of X', 'the officer responsible for X', 'the lead for X': a role of a thing the
# question describes, as the subject of the question's verb (an auxiliary or a verb of holding
# follows it; a role the question ends on is asked about, not through)
_ROLE = r"(?:owner|lead|lead officer|officer|person|director|manager|head|body|team|unit|post)"
# a row named by its ref ('the owner of SLC-08', 'the lead for item 4', 'HLT 22/06'): checked
# against the shapes refs take (:func:`identifiers`) before it is read as one
_REF = (
    r"(?P<ref>(?:(?:ref|item|row|recommendation|action)\s+)?[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+)*"
    r"(?:\s\d[\w/.-]*)?)"
)
_ROLE_OF = re.compile(
    rf"\bthe\s+(?P<role>{_ROLE})\s+(?:responsible\s+for|in\s+charge\s+of|of|for|leading|owning|"
    r"(?:who|that)\s+(?:owns|leads(?:\s+on)?|holds|heads|looks\s+after|answers\s+for|is\s+"
    r"responsible\s+for|is\s+in\s+charge\s+of))"
    rf"\s+(?P<np>(?:the|a|an)\s+[^?,;:]{{3,120}}?|{_REF})"
    rf"(?=\s+(?:{_AUX}|own|owns|lead|leads|hold|holds|also|in\s+charge|responsible|"
    r"looks?\s+after|answers?\s+for|deals?\s+with|cover|covers|handles?|manages?)\b)",
    re.I,
)


# 'The manager in charge of X - which other items are theirs?', 'whichever post looks after X,
# is any other action of theirs open?': a role fronted by the row it holds, then a question of
# the role's own (it points back with 'they', 'their', 'its' …)
_HOLDS = (
    r"(?:responsible\s+for|in\s+charge\s+of|accountable\s+for|answerable\s+for|leading(?:\s+on)?|"
    r"owning|(?:(?:who|that|which)\s+)?(?:owns?|leads?(?:\s+on)?|holds?|heads?|looks?\s+after|"
    r"answers?\s+for|deals?\s+with|handles?|manages?|(?:is|are)\s+(?:responsible\s+for|"
    r"in\s+charge\s+of|down\s+for|named\s+(?:against|on|for))))"
)
# ('the officer who is reviewing X', 'the manager who reconciles X': a relative clause of the
# row's own verb, the row it describes asked of its owner)
_RELATIVE = r"(?P<rel>(?:who|that)(?:\s+(?:is|are|was))?(?=\s+[a-z]+(?:ing|es|s|ed)\s))"
_FRONTED_ROLE = re.compile(
    rf"^(?:the|whichever|whatever)\s+(?:[\w'-]+\s+){{0,2}}?(?P<head>[\w'-]+)\s+"
    # 'the person doing X': a participle right after the role is a reduced relative
    rf"(?:(?:{_HOLDS}|(?P<of>of|for)|{_RELATIVE})\s+|(?P<part>(?=[a-z]+ing\s)))"
    rf"(?P<np>[^:;?—–]{{3,140}}?)\s*(?:[:—–]|\s-\s|,(?=\s+(?:and\s+)?(?:{_WH}|{_AUX})\b))\s*"
    r"(?P<question>\S[^:;—–]*)$",
    re.I,
)
# 'Of the actions owned by whoever holds IR3, which are complete?', 'how many items are down
# to whoever leads on X?': a free relative inside the question, standing for the owner it finds
_WHOEVER_INSIDE = re.compile(
    rf"(?<=\s)whoever\s+(?!(?:who|that|which|this|it)\b)(?P<vp>{_HOLDS}\s+[^,;:?—–]{{2,120}}?)"
    rf"(?=\s*(?:[,;:?—–]|$)|\s+(?:{_AUX}|and)\b)",
    re.I,
)
_OWNER_POINTER = re.compile(r"\b(?:they|them|their|theirs|he|she|his|her|hers)\b", re.I)


# a verb of holding a row: its holder is the row's owner ('whoever holds IR3' is who owns IR3)
_HOLDING = re.compile(
    r"^(?:owns?|holds?|has|(?:is|are)\s+(?:responsible\s+for|down\s+for))\s+", re.I
)


def _who(vp: str) -> str:
    """The first hop for a free relative: 'Who is responsible for X?' when its verb holds a
    row, else 'Who <verb phrase>?' ('Who chairs the board?')."""
    held = _HOLDING.match(vp)
    return f"Who is responsible for {vp[held.end() :]}?" if held else f"Who {vp}?"


def _fronted_role(text: str, blanked: str) -> list[str] | None:
    """'Who is responsible for X?', then the question asked of that owner, for a role fronted
    by the row it holds; None when the question after it does not point back at the role."""
    found = _FRONTED_ROLE.match(blanked)
    if found is None:
        return None
    asked = text[found.start("question") :].strip()
    opens = re.match(rf"(?:and\s+)?(?:{_WH}|{_AUX}|{_ASK_VERB})\b", asked, re.I)
    # 'its' points at a role only when the head names one ('the team that leads on X: is any
    # of its actions late?'); 'the paper that deals with X: what is its date?' asks of a paper
    role = re.fullmatch(_ROLE, found.group("head"), re.I)
    if found.group("part") is not None and not role:
        return None  # 'the paper covering X: …' names no one who holds a row
    if found.group("of") and (not role or found.group("head")[:1].isupper()):
        # 'the date of X: …' names no one who holds X; 'The Head of Legal Services tabled
        # it - …' is a post's title (capitalised), not 'the head of <a row>'
        return None
    pointer = _OWNER_POINTER.search(asked) or (role and re.search(r"\bits\b", asked, re.I))
    if opens is None or not pointer:
        return None
    np = text[found.start("np") : found.end("np")].strip(" ,")
    if found.group("rel") and not re.fullmatch(_ROLE, found.group("head"), re.I):
        return None  # 'the paper that covers X: …' names no one who holds a row
    if found.group("rel") and not re.match(r"[a-z]+ing\b", np):
        return [f"Who {np}?", asked[:1].upper() + asked[1:]]  # 'who reconciles the cash?'
    return [f"Who is responsible for {np}?", asked[:1].upper() + asked[1:]]


# 'X - whoever is responsible for that, …': a topic put first, then a free relative whose
# object points back at it with a pronoun, then the question of that owner
_TOPIC_BEFORE = re.compile(r"^(?P<topic>[^?,;:—–]{3,140}?)\s*(?:[:—–]|\s-)\s*$")
_POINTING_OBJECT = re.compile(r"\s(?:that|it|this|them|those|these)$", re.I)


def _topic_of_pronoun(text: str, blanked: str, inside: re.Match[str]) -> list[str] | None:
    """'Who is responsible for X?', then the question asked of that owner, where X is a topic
    put before a dash or colon and the free relative after it points back at X ('The X at Y -
    whoever is responsible for that, how are they getting on?'); None otherwise."""
    topic = _TOPIC_BEFORE.match(blanked[: inside.start()])
    vp = text[inside.start("vp") : inside.end("vp")].strip()
    pointer = _POINTING_OBJECT.search(vp)
    if topic is None or pointer is None or _asks(topic.group("topic"), requests=True):
        return None
    asked = text[inside.end() :].strip(" ,;:-–—")
    if not _asks(asked, requests=True):
        return None
    np = text[topic.start("topic") : topic.end("topic")].strip()
    np = np[:1].lower() + np[1:] if re.match(r"(?:the|a|an)\b", np, re.I) else np
    return [_who(vp[: pointer.start()] + " " + np), asked[:1].upper() + asked[1:]]


# 'The only low-priority recommendation has a sole owner - what other recommendation does that
# owner share?': a statement that a described row has an owner (or a lead), then a question
# pointing back at that owner
_STATED_ROLE = re.compile(
    r"^(?P<np>[^?:;—–]{3,140}?)\s+(?:has|had|have)\s+(?:(?:a|an|one|the|its|their)\s+)?"
    r"(?:(?:sole|single|lone|named|joint|shared|clear|designated)\s+)?"
    rf"(?P<role>{_ROLE})\b\s*(?:[:—–.,]|\s-)\s*(?P<question>\S[^:;—–]*)$",
    re.I,
)
_ROLE_POINTER = re.compile(
    rf"\b(?:(?:that|this|the\s+same)\s+{_ROLE}|they|them|their|theirs|he|she|his|her)\b", re.I
)


def _stated_role(text: str, blanked: str) -> list[str] | None:
    """'Who is responsible for X?', then the question asked of that owner, for a statement
    that a described row has an owner followed by a question pointing back at the owner;
    None otherwise."""
    found = _STATED_ROLE.match(blanked)
    if found is None or _asks(found.group("np"), requests=True):
        return None
    asked = text[found.start("question") :].strip()
    if not _asks(asked, requests=True) or not _ROLE_POINTER.search(asked):
        return None
    np = text[found.start("np") : found.end("np")].strip()
    np = np[:1].lower() + np[1:] if re.match(r"(?:the|a|an)\b", np, re.I) else np
    return [f"Who is responsible for {np}?", asked[:1].upper() + asked[1:]]


# 'Who is the owner of X?' asks for the role itself: no hop before it
_BARE_ASK = re.compile(rf"\s*(?:and\s+)?{_WH}\s+{_AUX}\s*", re.I)


def _asks(text: str, requests: bool = False) -> bool:
    """Whether ``text`` asks a question: opens with a question word (or, with ``requests``, a
    verb of asking, 'list their other items', or an auxiliary, 'do they own anything else?')."""
    opening = f"(?:{_WH}|{_ASK_VERB}|{_AUX})" if requests else _WH
    return bool(re.match(rf"^(?:and\s+)?{opening}\b", text.strip(), re.I))


# 'Harrowgate: whoever leads X - …', 'At the college, whoever owns X, …': a scope (a body, a
# paper) set before the free relative; it holds no question word of its own
_SCOPE_BEFORE = re.compile(
    rf"^(?P<scope>(?![^,:;?]*\b{_WH}\b)[^,:;?—–]{{2,60}}?)\s*[:,]\s+"
    # … or before a role fronted by the row it holds ('Castlebridge: the person doing X, …')
    rf"(?=whoever\b|the\s+(?:[\w'-]+\s+){{0,2}}?{_ROLE}\b)",
    re.I,
)


_POINTING_BACK = re.compile(r"\b(?:that|it|this|them|those|these)\?$", re.I)


# 'whoever's responsible for X': the verb spelt out ('whoever's got X': 'whoever has got')
_WHOEVER_HAS = re.compile(r"\b(whoever)['’]s(?=\s+(?:got|been)\b)", re.I)
_WHOEVER_IS = re.compile(r"\b(whoever)['’]s(?=\s+(?!got\b|been\b)[a-z])", re.I)


def embedded_hop(question: str) -> list[str] | None:
    """The two parts of a question whose first hop is written inside it, or None. A scope
    set before it ('At the council, whoever …') is kept in the first hop, which finds the row
    the later part asks through."""
    text = _WHOEVER_HAS.sub(r"\1 has", _WHOEVER_IS.sub(r"\1 is", question.strip()))
    scoped = _SCOPE_BEFORE.match(unquoted(text))
    if scoped:
        hop = _embedded_hop(text[scoped.end() :])
        if hop is None or _POINTING_BACK.search(hop[0]):
            # 'Payroll reconciliations: whoever owns them, …': a topic the relative points
            # back at, not a scope
            return _embedded_hop(text)
        scope = text[: scoped.end("scope")].strip()
        return [f"{scope}, {hop[0][:1].lower()}{hop[0][1:]}", *hop[1:]]
    return _embedded_hop(text)


def _embedded_hop(question: str) -> list[str] | None:
    text = question.strip()
    blanked = unquoted(text)
    # a quotation is one filled word here, so no joint is read inside or just after it
    # ('whoever owns “Developing X” - what else …': the relative ends after the quotation)
    filled = "".join(
        "#" if b == " " and t != " " else b for t, b in zip(text, blanked, strict=True)
    )
    found = _WHOEVER_THEN.match(filled)
    if found and _asks(found.group("question"), requests=True):
        vp = text[found.start("vp") : found.end("vp")].strip()
        asked = text[found.start("question") :].strip()
        return [f"Who {vp}?", asked[:1].upper() + asked[1:]]
    inside = _WHOEVER_INSIDE.search(blanked)
    topical = _topic_of_pronoun(text, blanked, inside) if inside else None
    if topical is not None:
        return topical
    if inside and re.search(
        rf"\b(?:{_WH}|{_ASK_VERB})\b", blanked[: inside.start()] + blanked[inside.end() :], re.I
    ):
        vp = text[inside.start("vp") : inside.end("vp")].strip()
        asked = text[: inside.start()] + "that owner" + text[inside.end() :]
        return [_who(vp), asked[:1].upper() + asked[1:]]
    fronted = _fronted_role(text, blanked) or _stated_role(text, blanked)
    if fronted is not None:
        return fronted
    found = _WHOEVER_SUBJECT.match(blanked)
    if found:
        vp = text[found.start("vp") : found.end("vp")].strip()
        aux = found.group("aux").lower()
        rest = text[found.start("rest") : found.end("rest")].strip()
        wh = text[found.start("wh") : found.end("wh")].strip().rstrip("?")
        second = " ".join(w for w in (wh, aux, "that owner", rest) if w)
        return [f"Who {vp}?", f"{second[:1].upper()}{second[1:]}?"]
    found = _ROLE_OF.search(blanked)
    # 'which other areas does the owner of X own?', 'the owner of X also owns which other …?'
    asking = _asks(text) or (
        found is not None
        and found.start() == 0
        and re.search(rf"\b{_WH}\b", text[found.end() :], re.I)
    )
    if found and found.group("ref") and not identifiers(found.group("ref")):
        found = None  # 'the owner of it': no row named
    if found and asking and not _BARE_ASK.fullmatch(text[: found.start()]):
        np = text[found.start("np") : found.end("np")].strip()
        second = text[: found.start()] + "that owner" + text[found.end() :]
        second = second[:1].upper() + second[1:]
        return [f"Who is responsible for {np}?", second]
    return None
