"""A first hop written inside the question rather than as a part of its own: a free relative
('Whoever owns R13, what else do they own?', 'Whoever leads X is named against which
recommendations?') or a role of a described thing ('which other areas does the owner of the
NICC business case own?'). :func:`embedded_hop` spells it out as two parts, so the second is
asked of what the first finds, as any question in parts is (:mod:`assistant.bridging`)."""

from __future__ import annotations

import re

from assistant.analysis.patterns import unquoted

_WH = r"(?:who|whom|whose|what|when|where|which|why|how)"
# a question asked as a request: 'list their other items', 'name the others'
_ASK_VERB = r"(?:list|name|give|show|tell\s+me)"
_AUX = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)"

# 'Whoever owns R13 in the PURE plan, what else do they own?' (a comma, colon or dash, then a
# question of its own)
_WHOEVER_THEN = re.compile(
    rf"^whoever\s+(?P<vp>[^,:;?—–]{{3,160}}?)\s*[,:;—–]\s*"
    rf"(?P<question>(?:and\s+)?(?:{_WH}|{_ASK_VERB})\b[^?]*\??)$",
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
_ROLE_OF = re.compile(
    rf"\bthe\s+(?P<role>{_ROLE})\s+(?:responsible\s+for|in\s+charge\s+of|of|for|leading|owning)"
    rf"\s+(?P<np>(?:the|a|an)\s+[^?,;:]{{3,120}}?)"
    rf"(?=\s+(?:{_AUX}|own|owns|lead|leads|hold|holds|also|in\s+charge|responsible|"
    r"looks?\s+after|answers?\s+for|deals?\s+with|cover|covers|handles?|manages?)\b)",
    re.I,
)


# 'Who is the owner of X?' asks for the role itself: no hop before it
_BARE_ASK = re.compile(rf"\s*(?:and\s+)?{_WH}\s+{_AUX}\s*", re.I)


def _asks(text: str, requests: bool = False) -> bool:
    """Whether ``text`` asks a question: opens with a question word (or, with ``requests``, a
    verb of asking: 'list their other items')."""
    opening = f"(?:{_WH}|{_ASK_VERB})" if requests else _WH
    return bool(re.match(rf"^(?:and\s+)?{opening}\b", text.strip(), re.I))


def embedded_hop(question: str) -> list[str] | None:
    """The two parts of a question whose first hop is written inside it, or None."""
    text = question.strip()
    blanked = unquoted(text)
    found = _WHOEVER_THEN.match(blanked)
    if found and _asks(found.group("question"), requests=True):
        vp = text[found.start("vp") : found.end("vp")].strip()
        asked = text[found.start("question") :].strip()
        return [f"Who {vp}?", asked[:1].upper() + asked[1:]]
    found = _WHOEVER_SUBJECT.match(blanked)
    if found:
        vp = text[found.start("vp") : found.end("vp")].strip()
        aux = found.group("aux").lower()
        rest = text[found.start("rest") : found.end("rest")].strip()
        wh = text[found.start("wh") : found.end("wh")].strip().rstrip("?")
        second = " ".join(w for w in (wh, aux, "that owner", rest) if w)
        return [f"Who {vp}?", f"{second[:1].upper()}{second[1:]}?"]
    found = _ROLE_OF.search(blanked)
    if found and _asks(text) and not _BARE_ASK.fullmatch(text[: found.start()]):
        np = text[found.start("np") : found.end("np")].strip()
        second = text[: found.start()] + "that owner" + text[found.end() :]
        return [f"Who is responsible for {np}?", second]
    return None
