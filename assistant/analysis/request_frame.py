"""A question's request frame: the polite or indirect wrapper around what it asks.

"Could you please list the open actions?", "I'd like to know which actions slipped", "Would
you mind naming the owners?", "Tell me how many were met, please", "It was completed, wasn't
it?" ask the same as "list the open actions", "which actions slipped", "name the owners", "how
many were met", "It was completed?". The wrapper is read by its grammar, not by the words of
any one question: a request opener (a modal asking the reader, or the asker's wish or
uncertainty), then a verb of telling or finding out whose object is the real question, or an
imperative verb that is the real question's own; at the end, thanks, "please" or a tag question
that repeats the clause's auxiliary. :func:`plain_request` removes the wrapper, so every later
step reads the question itself.
"""

from __future__ import annotations

import re

# the auxiliaries a clause inverts or a tag question echoes; 'do' is left out where a reported
# wh-clause would need do-support to invert ('when R5 slipped' stays as it is)
_AUX_NO_DO = "is|was|are|were|has|have|had|will|would|can|could|should"
_AUX = f"{_AUX_NO_DO}|do|does|did"

# the asker addressing the reader: 'could you', 'can you please', 'would you kindly'
_ASK_READER = r"(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|possibly\s+|just\s+)*"
# the asker's own wish, need or uncertainty: 'I'd like to', 'we would want you to', 'I need to'
_WISH = (
    r"(?:i|we)(?:'d|\s+would|\s+should)?\s+(?:really\s+|just\s+)?(?:like|love|want|need)"
    r"(?:\s+(?:you|someone))?\s+to\s+"
    r"|(?:i|we)\s+(?:want|need|wish)(?:\s+(?:you|someone))?\s+to\s+"
    r"|(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?:keen|trying|hoping|looking)\s+to\s+"
)
# the asker's uncertainty: 'I wonder', 'I was wondering', 'do you know', 'any idea'
_WONDER = (
    r"(?:i|we)\s+(?:was\s+|were\s+|am\s+|are\s+)?wonder(?:ing)?\s+"
    r"|(?:do|does)\s+(?:you|anyone)\s+know\s+|(?:any|no)\s+idea\s+"
)
_PLEASE = r"(?:please|kindly)(?:\s*,\s*|\s+)"
_OPENER = rf"(?:{_PLEASE})?(?:{_ASK_READER}|{_WISH}|{_WONDER})?"
# a verb of telling or finding out whose object clause is the question itself
_TELL = (
    r"(?:tell|show|remind|let)\s+(?:me|us)(?:\s+know)?\s+|(?:find\s+out|know|check|see|"
    r"confirm|establish|understand|learn|hear|say|work\s+out|clarify)\s+"
)
# the object clause of a telling verb: a wh-word, 'whether' or 'if'
_CLAUSE_START = r"(?=(?:who|whom|whose|what|which|when|where|why|how|whether|if)\b)"
# 'would you mind listing' / 'could you go through': the gerund of the real imperative
_MIND = r"(?:would|do)\s+you\s+mind\s+"
_GERUNDS = {
    "listing": "list",
    "naming": "name",
    "giving": "give",
    "showing": "show",
    "telling": "tell",
    "counting": "count",
    "setting out": "set out",
    "summarising": "summarise",
    "summarizing": "summarize",
    "explaining": "explain",
    "checking": "check",
    "confirming": "confirm",
}
_IMPERATIVE = (
    r"(?:list|name|give|show|count|set\s+out|summari[sz]e|explain|identify|outline|describe|"
    r"detail|enumerate)\b"
)
_LEADING = re.compile(
    rf"^\s*(?:{_OPENER}(?:{_TELL}){_CLAUSE_START}|(?:{_PLEASE})?(?:{_WONDER})"
    rf"{_CLAUSE_START}|{_PLEASE}|(?:{_PLEASE})?(?:{_ASK_READER}|{_WISH})"
    rf"(?={_IMPERATIVE}))",
    re.I,
)
# 'I'd like to see / have / get the overdue items': a wish to be shown them
_WISH_TO_SEE = re.compile(
    rf"^\s*(?:{_PLEASE})?(?:{_ASK_READER}(?:let\s+me\s+)?|{_WISH})(?:see|have|get|view)\s+"
    r"(?:a\s+list\s+of\s+)?",
    re.I,
)
# the asker's wish or search with the thing itself as its object, no verb of telling: 'I need
# the overdue items', "we'd like all the actions that slipped", "I'm after the open ones" — a
# wish to be shown them
_WANT_THING = re.compile(
    rf"^\s*(?:{_PLEASE})?(?:(?:i|we)(?:'d|\s+would|\s+should)?\s+(?:really\s+|just\s+)?"
    r"(?:like|want|need|require)|(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?:after|looking\s+for|"
    r"interested\s+in|hoping\s+for|searching\s+for))\s+"
    r"(?=(?:the|all|every|each|any|those|these|a\s+(?:full\s+|complete\s+)?list)\b)",
    re.I,
)
# an imperative whose object is one field of one row ('show me the owner of R5', 'give the
# deadline for X'): the value asked, as 'what is the owner of R5' asks it
_SHOW_ONE_FIELD = re.compile(
    r"^\s*(?:show|give|tell)(?:\s+(?:me|us))?\s+(?:the\s+)?(?P<field>(?:current\s+)?(?:owner|"
    r"deadline|due\s+date|target(?:\s+date)?|timescale|status|priority|progress|"
    r"lead(?:\s+officer)?))\s+(?=(?:of|for|on)\b)",
    re.I,
)
# the imperative's beneficiary or particle, after it ('count for me the …', 'list out for us',
# 'count up the …'): the imperative alone asks the same
_FOR_ME = re.compile(
    rf"^\s*(?:{_PLEASE})?(?P<verb>{_IMPERATIVE})"
    r"(?:(?:\s+(?:up|out))?\s+(?:for|to)\s+(?:me|us)|\s+(?:up|out))\s+",
    re.I,
)
_MINDING = re.compile(rf"^\s*(?:{_PLEASE})?{_MIND}({'|'.join(_GERUNDS)})\b", re.I)
# 'whether' / 'if' left at the front once the frame is gone: the yes/no question it reports,
# its first auxiliary put back in front ('whether the action was met' -> 'was the action met')
_WHETHER = re.compile(r"^(?:whether|if)\s+", re.I)
_CLAUSE_AUXILIARY = re.compile(rf"\b({_AUX})\b", re.I)
# at the end: thanks or 'please', and a tag question echoing an auxiliary ('…, didn't it?')
_AUXILIARY = rf"(?:{_AUX})(?:n't|\s+not)?"
_TRAILING = re.compile(
    r"(?:[,;]?\s*(?:please|thanks|thank\s+you|cheers|if\s+(?:you\s+)?(?:can|could|possible)))+"
    rf"(?=\s*[.?!]*\s*$)|,\s*(?:{_AUXILIARY}\s+(?:it|they|there|he|she|that|this|we|you|i)|"
    r"right|correct|yes|no|or\s+not|true)\s*(?=[.?!]*\s*$)",
    re.I,
)


# an approximator before the quantity asked ('roughly how many', 'about how much'): the
# question asks the quantity all the same
_APPROXIMATE = re.compile(
    r"\b(?:roughly|approximately|about|around|more\s+or\s+less|give\s+or\s+take)\s+"
    r"(?=how\s+(?:many|much|long|far|often)\b)",
    re.I,
)
# the whole record named as where the rows are, or their sum, not what they are about: 'the
# actions held', '… in the record', '… on the register', 'does the record hold', 'in total'
_RECORD_NOUN = r"(?:record|records|register|papers|documents|archive|files|system|database)"
_CLAUSE_GOES_ON = (
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:that|which|with|and|are|were|is|was|have|has|had|do|does|did)\b)"
)
# not the complement of a verb ('issues were in the register'): nothing would be left of it
_NO_AUXILIARY_BEFORE = r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
_IN_RECORD = re.compile(
    rf"{_NO_AUXILIARY_BEFORE}(?:\s+(?:that|which)\s+(?:are|were))?"
    r"(?:\s+(?:held|recorded|listed|logged|kept|included|contained))?"
    rf"\s+(?:in|on|within)\s+(?:the|our|this|your)\s+{_RECORD_NOUN}{_CLAUSE_GOES_ON}",
    re.I,
)
# a participle after the rows asked for ('the actions held'), not a passive ('when were the
# workshops held?': no auxiliary in the clause)
_HELD_AT_END = re.compile(
    r"^(?!.*\b(?:is|are|was|were|be|been|being)\b)(?P<rows>.*[a-z]s)"
    r"\s+(?:held|recorded|listed|on\s+record)(?=\s*[?.!]*\s*$)",
    re.I,
)
_RECORD_HOLDS = re.compile(
    rf"\b(?:do|does)\s+(?:the|our|this|your)\s+{_RECORD_NOUN}\s+"
    r"(?:hold|contain|include|list|have|cover)\b",
    re.I,
)
_IN_TOTAL = re.compile(
    r"\s*,?\s+(?:in\s+total|in\s+all|altogether|all\s+told|overall|as\s+a\s+whole|in\s+sum)"
    r"(?=\s*[?.!]*\s*$)",
    re.I,
)
# a reported wh-question left in statement order once its frame is gone ('when the plan was
# approved'): the auxiliary put back after the wh-word ('when was the plan approved')
_REPORTED_WH = re.compile(
    r"^(when|where|why|how(?:\s+(?:long|far|soon|often))?)\s+(?!(?:many|much)\b)"
    r"((?:[\w'/&.-]+\s+){1,7}?)"
    rf"({_AUX_NO_DO})\b",
    re.I,
)
_AUXILIARIES = re.compile(rf"(?:{_AUX})$", re.I)


def plain_request(question: str) -> str:
    """``question`` without its request frame: the polite or indirect opener, and a closing
    'please', thanks or tag question; and without the words that name the whole record as
    where its rows are ('… on the register', 'the actions held') or ask their sum ('in
    total'). A question with no frame comes back unchanged."""
    text = question
    minding = _MINDING.match(text)
    seeing = _WISH_TO_SEE.match(text) or _WANT_THING.match(text)
    leading = _LEADING.match(text)
    if minding:
        text = _GERUNDS[minding.group(1).lower()] + text[minding.end() :]
    elif seeing and seeing.end() < len(text.strip()):
        text = "show " + text[seeing.end() :]
    elif leading and leading.end() < len(text.strip()):
        text = _reported_wh(_yes_no(text[leading.end() :]))
    text = _FOR_ME.sub(r"\g<verb> ", text)  # 'count for me the …', 'list out for us …'
    field = _SHOW_ONE_FIELD.match(text)
    if field:
        text = f"what is the {field.group('field')} {text[field.end() :]}"
    text = _APPROXIMATE.sub("", text)
    text = _RECORD_HOLDS.sub("are there", text)  # 'how many does the record hold?'
    text = _HELD_AT_END.sub(r"\g<rows>", _IN_RECORD.sub("", _IN_TOTAL.sub("", text)))
    text = _TRAILING.sub("", text).rstrip()
    if text != question and question.rstrip().endswith("?") and not text.endswith("?"):
        text = text.rstrip(".!") + "?"
    return text if text.strip() else question


def _yes_no(clause: str) -> str:
    """A reported yes/no question ('whether the action was met') as the question it reports
    ('was the action met'); any other clause unchanged."""
    found = _WHETHER.match(clause)
    if not found:
        return clause
    rest = clause[found.end() :]
    auxiliary = _CLAUSE_AUXILIARY.search(rest)
    if auxiliary is None or auxiliary.start() == 0:
        return rest
    before, after = rest[: auxiliary.start()].rstrip(), rest[auxiliary.end() :]
    return f"{auxiliary.group(1).lower()} {before}{after}"


def _reported_wh(clause: str) -> str:
    """A reported wh-question in statement order ('when the plan was approved') in question
    order ('when was the plan approved'); a clause already in question order, or whose wh-word
    is its subject ('who owns R5', 'which actions were met'), unchanged."""
    found = _REPORTED_WH.match(clause)
    if found is None or _AUXILIARIES.match(found.group(2).split()[0]):
        return clause
    subject = found.group(2).rstrip()
    return f"{found.group(1)} {found.group(3).lower()} {subject}{clause[found.end() :]}"


# a scope put before a request, closed by a comma ('For X's plan, list …', 'On the tracker,
# show me …'), or before a wh-phrase of rows: the request after it decides what is asked
_FRONTED_REQUEST = re.compile(
    r"^\W*(?:for|in|on|at|within|across|from|regarding|about|as for|turning to|looking at)\s"
    r"(?:[^,?]{1,100},\s*(?=(?:please\s+)?(?:list|name|enumerate|show(?:\s+me)?|give\s+me)\b)|"
    # or before a wh-phrase of rows, comma or none ('in report 6 what actions are Met?')
    r"[^,?]{1,60}?,?\s+(?=(?:what|which)\s+(?:actions|recommendations|items|rows)\b))",
    re.I,
)


def request_after_scope(question: str) -> str | None:
    """The imperative request after a fronted scope ('For the 2019 plan, list every open
    action' -> 'list every open action'); None when the question opens with no such scope."""
    found = _FRONTED_REQUEST.match(question)
    return question[found.end() :] if found else None
