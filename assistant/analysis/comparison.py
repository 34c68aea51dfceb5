"""Comparisons between two things the question names in words: 'Which is due sooner, the
roof survey or the lab audit?', 'Is A or B the higher priority?', 'Between A and B, which was
met more fully?'. The sides are read from the question's form ('A or B' beside a comparative
word), not from any paper's names; each side is resolved against the register later."""

from __future__ import annotations

import re
from typing import Literal

from assistant.analysis.between_pair import between_sides
from assistant.analysis.comma_sides import comma_named
from assistant.analysis.comparatives import COMPARATIVE, THERE_MORE_IN, side_before
from assistant.analysis.compared_aspect import Direction
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.analysis.patterns import PAPER_NOUN
from assistant.analysis.recurrence import STATE_ASKED, recurrence_cue
from assistant.analysis.shares import threshold
from assistant.analysis.tagged import as_asked
from assistant.analysis.which_of_pair import WHICH_OF_PAIR
from assistant.analysis.year_sides import year_sides
from ingest.dates import parse_dates

# the age of a paper or thing, an order in time: 'older' is earlier, 'newer', 'more recent' later
_AGE = r"older|oldest|newer|newest|younger|youngest|(?:more|most|less|least)\s+recent"
_COMPARATIVE = re.compile(
    r"\b(?:" + _AGE + r"|"
    r"sooner|soonest|earlier|earliest|later|latest|first|last|before|after|ahead|prior|higher|"
    r"highest|lower|lowest|more|most|less|least|fewer|greater|greatest|better|worse|bigger|"
    r"larger|smaller|further|urgent|above|below|behind)\b",
    re.I,
)
_AUX = r"(?:is|was|are|were|does|did|do|has|had|have|will|would|should|could)"
# the words that end the second side when the sides come first: 'Is A or B due sooner?'
_AFTER_SIDES = re.compile(
    r"\s+(?:(?:the\s+)?(?:due|deadline|set|scheduled|expected|planned|rated|ranked|given|"
    r"graded|marked|completed|finished|met|delivered|achieved|implemented|closed|come|came|"
    r"end|ends|ended|start|started|have|has|had|get|got|higher|lower|more|less|further|"
    r"earlier|later|sooner|first|last)\b)",
    re.I,
)

# a clause asking how far apart the two sides are: 'and by how many months?', ', and how long
# separates them?'
INTERVAL = re.compile(
    r",?\s*(?:and\s+)?(?:by\s+)?how\s+(?:many\s+(?:days|weeks|months|years)|long|much\s+time|"
    r"far\s+apart)\b[^?]*\??$|,?\s*(?:and\s+)?(?:by\s+)?how\s+much\s+(?:earlier|later|sooner)\b[^?]*\??$|"
    # a bare 'and by how much?' closing a comparison of two sides: the gap between their values
    r",?\s*(?:and\s+)?by\s+how\s+much\s*\??$",
    re.I,
)
# a clause asking who stands behind each side: ', and who presented each?', 'and by whom was
# each written?' — a part of the comparison, pointing back to its sides
EACH = re.compile(
    r",?\s*(?:and\s+)?(?:who|by whom|whose)\b[^?]{0,40}?\b(?:each|both|either|each of them|"
    r"each one)\b[^?]*\??$",
    re.I,
)
# a clause asking for each side's number: ', and how many each?', 'and how many of each?' —
# part of a comparison of counts
# a comparison asked by its verb or noun; not 'comparison' modifying a noun ('a comparison
# exercise'), nor 'comparing' as a topic after a preposition ('which deal with comparing X')
COMPARED = (
    r"\bcompared?\b|(?<!with )(?<!about )(?<!on )(?<!involve )(?<!cover )\bcomparing\b|"
    r"\bcomparison\b(?!\s+(?!(?:of|between|with|to|across|against|and|or|for|in|on|over|"
    r"from|by)\b)[a-z]{3})"
)
COUNT_EACH = re.compile(
    r",?\s*(?:and\s+)?(?:how many|what (?:are|were) the (?:numbers|counts|figures))\b[^?]{0,30}?"
    r"\b(?:each|both|apiece|either)\b[^?]*\??$",
    re.I,
)
# the comparative words of an order in time
TIME_ORDER = re.compile(
    r"\b(?:before|after|ahead of|prior to|earlier|earliest|later|latest|sooner|soonest|first|"
    r"last|" + _AGE + r")\b",
    re.I,
)


# 'What do A and B (each) say about X?', 'How do A and B treat X?': an open question whose
# subject is two things joined by 'and' before its verb
_JOINT = re.compile(rf"^(?:what|how)\s+{_AUX}\s+\S.*?\s+and\s+\S", re.I)


def asks_of_papers_jointly(question: str) -> bool:
    """Whether an open question asks the same of two things its subject joins by 'and'
    ('What do the 2008 plan and the 2017 report each say about contracts?'): with two papers
    named, a comparison of what each holds, not one passage."""
    return _JOINT.match(question.strip()) is not None


def asks_each(question: str) -> bool:
    """Whether the question also asks who stands behind each side ('and who presented
    each?')."""
    return EACH.search(question.strip()) is not None


def frame_words(question: str, intent: str) -> list[str]:
    """The words that frame a recurring or comparison question, never its subject: the
    recurrence cue ('criticised in more than one of the papers'), a comparison's frame."""
    if intent == "recurring":
        cue = recurrence_cue(question)
        # 'which issues/problems …': the kind of thing listed, never the subject looked for
        head = re.match(r"\s*(?:which|what)\s+(?:[\w/-]+\s+)?([a-z]+s)\b", question, re.I)
        # '… - which rows?', 'and in which items?': the rows asked for, wherever asked
        rows = [m.group(1) for m in _ROWS_ASKED.finditer(question)]
        # 'where did things stand in each?', 'what was its position?': the state asked of
        # each paper's row, not the subject
        state = [m.group(0) for m in STATE_ASKED.finditer(question)]
        return [w for w in (cue, head.group(1) if head else None, *rows, *state) if w]
    if intent in ("list", "count"):
        share = threshold(question)  # 'at least half of': a share asked, no subject
        described = [m.group("p") for m in _DESCRIBED.finditer(question)]
        return (
            [m.group(0) for m in _OWN_EXERCISE.finditer(question)]
            + ([share.words] if share else [])
            + described
        )
    return comparison_frame(question) if intent == "compare" else []


# the rows a recurrence question asks to be shown ('Which rows?', 'in which items'): what is
# listed, never the subject
_ROWS_ASKED = re.compile(
    r"\b(?:(?:which|what)\s+(?:of\s+the\s+)?(?:[\w/-]+\s+)?|(?:list|show|give|name)\s+(?:me\s+)?"
    r"(?:the|all(?:\s+the)?|those|these|each(?:\s+of\s+the)?)\s+)("
    + RECORD_NOUNS
    + r"|rows?|entries|lines)"
    r"(?=\s*(?:[?.!,;]|$|\b(?:are|were|is|was|do|does|did|in|across|cover|deal|show|address)\b))",
    re.I,
)


# a participle describing the whole set right before its row noun ('how many numbered
# improvement areas', 'which itemised issues'): how the rows are set out, no subject (states,
# degrees and slippage are read as filters before)
_DESCRIBED = re.compile(
    r"\b(?:how many|which|what|list(?: the| all)?|all(?: the)?|count(?: the)?)\s+(?:of the\s+)?"
    r"(?P<p>[a-z]{3,}(?:ed|en))\s+(?:[a-z]+\s+)?" + RECORD_NOUNS + r"\b",
    re.I,
)
# the body's own exercise that made the rows counted ('… did the auditors make in its 2008
# inspection of X', 'in their review of Y'): the paper the rows come from, not a theme of them
_OWN_EXERCISE = re.compile(
    r"\b(?:in|during|from|after)\s+(?:its|their|his|her)\s+(?:(?:19|20)\d\d(?:/\d{2,4})?\s+)?"
    r"(?:[a-z]+\s+)?(?:inspection|audit|review|assessment|report|study|examination|visit|"
    r"inquiry|investigation)s?(?=\s+(?:of|into|on)\b)",
    re.I,
)


def comparison_frame(question: str) -> list[str]:
    """The words of a comparison's frame, never its subject: its comparative words ('earlier',
    'higher') and a clause asking who stands behind each side."""
    found = [m.group(0) for m in _COMPARATIVE.finditer(question)]
    each = EACH.search(question.strip())
    return found + ([each.group(0)] if each else [])


def asks_interval(question: str) -> bool:
    """Whether the question also asks how far apart in time the two sides are."""
    return INTERVAL.search(question.strip()) is not None


# two opposite comparatives offered as the answer's choice ('did A do better or worse than B?',
# 'is A more or less urgent?'): the polarity of one question, never its two sides
POLARITY = re.compile(
    r"\b(better|worse|higher|lower|more|less|greater|fewer|bigger|smaller|stronger|weaker)"
    r"\s+or\s+(?:better|worse|higher|lower|more|less|greater|fewer|bigger|smaller|stronger|"
    r"weaker)\b",
    re.I,
)
# a verb clause after a side that says what happens to it ('R5 or the new scheme going live',
# '… is due to be signed off'): not part of the thing named
_TRAILING_CLAUSE = re.compile(
    r"\s+(?:(?:is|was|are|were|being)\s+)?(?:(?:due|set|expected|scheduled|planned)\s+to\s+)?"
    r"(?:go(?:es|ing)?|went|gone|be(?:ing)?|get(?:s|ting)?|com(?:e|es|ing)|tak(?:e|es|ing))\s+"
    r"(?:live|ahead|out|published|launched|started|completed|finished|done|signed off|agreed|"
    r"approved|in place|into effect|effect)$",
    re.I,
)
_NAMES = re.compile(r"[A-Za-z]{3}|\b[A-Za-z]{1,4}[-\s]?\d")  # a side names: letters, a ref


def _clean(side: str) -> str:
    return side.strip(" ,;:—–-\"'“”‘’").strip()


def _named_pair(a: str, b: str) -> list[str]:
    """The two sides, cleaned, when each names something (letters or a ref); else []."""
    a, b = _clean(a), _clean(b)
    return [a, b] if _NAMES.search(a) and _NAMES.search(b) else []


def bare_side(side: str) -> str:
    """A side without the verb clause that says what happens to it ('the new scheme going
    live' -> 'the new scheme'): the thing to resolve to a record. The whole side still dates
    an event."""
    return _clean(_TRAILING_CLAUSE.sub("", side)) or side


# -- sameness: 'Do A and B carry the same priority?', 'Is A led by the same director as B?' -----
Field = Literal["owner", "priority", "due", "degree"]
# the words that name a record's field, in the question's own words (any paper's)
_FIELD_WORDS: list[tuple[Field, re.Pattern[str]]] = [
    (
        "owner",
        re.compile(
            r"\b(?:owners?|owned|own|owns|ownership|leads?|led|lead(?:er|ing)|director|"
            r"directors|head|body|bodies|person|people|officer|team|responsib\w*|accountab\w*|"
            r"answerable|holders?|hands)\b|\bwho\b",
            re.I,
        ),
    ),
    ("priority", re.compile(r"\bpriorit\w*|\burgen\w*|\bimportance\b|\brat(?:ed|ing)\b", re.I)),
    (
        "due",
        re.compile(
            r"\b(?:deadlines?|due|timescales?|target dates?|completion dates?|dates?|"
            r"time|timing|when)\b",
            re.I,
        ),
    ),
    (
        "degree",
        re.compile(
            r"\b(?:degree|extent|met|status|progress|implemented|completed?|done|far|"
            r"state|stage)\b",
            re.I,
        ),
    ),
]
# 'the same <field>', 'the same', 'a different <field>', 'differ on', 'share an owner'
SAME = re.compile(
    r"\b(?:the\s+)?same\b|\bdifferent\b|\bdiffer(?:s|ed)?\b|\bmatching\b|\bidentical\b|"
    r"\balike\b|\bequal\b|"
    r"\bshar(?:e|es|ed)\s+(?:a|an|the|one|their|its)\b",
    re.I,
)
_DIFFERENT = re.compile(r"\bdifferent\b|\bdiffer(?:s|ed)?\b", re.I)
# words between a side and the field it is compared on ('… carry the', '… owned by the'),
# stripped from a side's end
_FRAME_END = re.compile(
    r"(?:\s+(?:the|a|an|at|to|by|with|on|in|of|under|from|both|each|all|one|"
    r"carry|carries|carried|have|has|had|share|shares|shared|hold|holds|held|get|gets|got|"
    r"given|give|fall|falls|sit|sits|belong|belongs|rest|rests|lie|lies|come|came|"
    r"rated|ranked|graded|rate|rank|set|marked|met|owned|led|run|managed|assigned|"
    r"allocated|due|scheduled|targeted|been|be|is|are|was|were|do|does|did|also|"
    r"actually|really|same|different|differ|equally|start|starts|started|begin|began|begins|"
    r"out|end|ended|up|initially|originally|first|matching|identical|alike|equal)\b)+$",
    re.I,
)
_POSSESSIVE_FIELD = re.compile(
    r"['’]s?\s+(?:owners?|priority|priorities|deadlines?|due dates?|timescales?|status|"
    r"rating|degree|progress|lead|leads)$",
    re.I,
)
_SIDE_START = re.compile(r"^(?:(?:both|either|each of|whether|for|on|about|over)\s+)+", re.I)
# the word that opens the second side of 'A and B': a determiner, a preposition, a ref
_SECOND_OPENS = re.compile(
    r"\s+and\s+(?=(?:the|that|those|its|their|on|about|for|over|[A-Z]+\s?\d)\b)"
)
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


def _side(text: str) -> str:
    """A side of a sameness question with its framing words at both ends stripped."""
    text = _clean(text)
    text = _SIDE_START.sub("", text)
    for _ in range(3):
        text = _POSSESSIVE_FIELD.sub("", _FRAME_END.sub("", text)).strip()
        text = _TRAILING_POSSESSIVE.sub("", text)
    return _clean(text)


def same_field(question: str) -> Field | None:
    """The field a sameness question compares ('the same priority' -> 'priority', 'led by the
    same director' -> 'owner', 'rated the same' -> 'priority'); None when the question asks no
    sameness or names no field. The noun after 'same' decides, else the words before it."""
    found = SAME.search(question)
    if found is None:
        return None
    after = " ".join(re.findall(r"[\w'-]+", question[found.end() :])[:3])
    before = " ".join(re.findall(r"[\w'-]+", question[: found.start()])[-4:])
    for text in (after, before, question):
        for field, pattern in _FIELD_WORDS:
            if pattern.search(text):
                return field
    return None


_ORIGINAL = re.compile(
    r"\b(?:original(?:ly)?|initial(?:ly)?|first[- ](?:set|given|agreed|planned|scheduled)|"
    r"at first|at the (?:start|outset)|to begin with|beg[ai]n with|start(?:ed)? (?:out )?with|"
    r"before (?:it|they|the \w+) (?:was|were) (?:revised|moved|changed|extended|put back))\b",
    re.I,
)


def asks_original(question: str) -> bool:
    """Whether the question asks for the deadline first set ('originally due', 'the initial
    deadline'), not the current one."""
    return _ORIGINAL.search(question) is not None


def asks_different(question: str) -> bool:
    """Whether a sameness question asks whether the values DIFFER ('different owners?')."""
    return _DIFFERENT.search(question) is not None


# a scope set before the question ('In the 2008 plan, did A and B …'), read by the analysis
_FRONTED_SCOPE = re.compile(r"^(?:in|for|within|across|under|of|from)\s+[^,?]{3,80},\s*", re.I)
# a later clause asking something of each side ('…, and what is each now?')
_EACH_AFTER = re.compile(r",?\s+and\s+(?:what|which|how|who|when)\b[^?]*\beach\b.*$", re.I)


def same_sides(question: str) -> list[str]:
    """The two sides of a sameness question: 'Do A and B have the same owner?', 'Is A owned by
    the same director as B?', 'Does A share an owner with B?'; [] when it has no such form."""
    found = SAME.search(question)
    if found is None or same_field(question) is None:
        return []
    text = _FRONTED_SCOPE.sub("", question.strip()).rstrip("?.! ")
    text = _EACH_AFTER.sub("", text)  # ', and what is each now': the same two sides, asked on
    opening = re.match(rf"^(?:{_AUX}|are|were)\s+", text, re.I)
    found = SAME.search(text)
    if opening is None or found is None:
        return []  # 'which recommendations share an owner with R9?' lists records
    start = opening.end()
    head, tail = text[start : found.start()], text[found.end() :]
    other = re.search(r"\b(?:as|with|from|to)\s+(?P<b>.+)$", tail, re.I)
    if not head.strip():  # 'Is the same officer responsible for A and for B?'
        named = re.search(r"\b(?:for|of|on|over|behind)\s+(?P<rest>.+)$", tail, re.I)
        head, other = (named["rest"], None) if named else ("", None)
    if other and re.search(r"[A-Za-z][A-Za-z\d]", other["b"]):
        a, b = _side(head), _side(other["b"])
    else:
        joints = list(_SECOND_OPENS.finditer(head)) or list(re.finditer(r"\s+and\s+", head))
        if not joints:
            return []
        joint = joints[-1]
        a, b = _side(head[: joint.start()]), _side(head[joint.end() :])
    if not re.search(r"[A-Za-z][A-Za-z\d]", a) or not re.search(r"[A-Za-z][A-Za-z\d]", b):
        return []
    return [a, b]


# the two things a span of time is asked between: 'how many months separate the deadlines of
# A and B', 'how long between the dates of A and B'
_APART_SIDES = re.compile(
    r"\bhow (?:many (?:days|weeks|months|years)|long|much time|far apart)\b[^?]*?\b"
    r"(?:deadlines|dates|due dates|timescales)\s+(?:of|for|set for)\s+(?P<a>.+?)\s+and\s+"
    r"(?P<b>[^,;:?]+)",
    re.I,
)


# 'compare the deadlines of A and B', 'how do the owners of A and B compare?': a column of two
# things named one after the other
_FIELD = (
    r"(?:deadlines?|due dates?|dates?|timescales?|priorit(?:y|ies)|owners?|leads?|status(?:es)?)"
)
_THAT_OF = r"(?:(?:that|those)\s+of\s+)?"
_OWN_FIELD = rf"(?:['’]s?)?(?:\s+{_FIELD})?"  # side B's own: "B's", 'B's deadline'
_FIELD_OF_SIDES = (
    re.compile(
        rf"^(?:compare|contrast)\s+(?:the\s+)?{_FIELD}\s+(?:of|for)\s+(?P<a>.+?)\s+"
        r"(?:and|with|to|against)\s+(?P<b>[^,;:?]+)",
        re.I,
    ),
    re.compile(
        rf"^how\s+do(?:es)?\s+the\s+{_FIELD}\s+(?:of|for)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+"
        r"compare\b",
        re.I,
    ),
    # 'how does the deadline of A compare with that of B?', 'how does A's owner compare to
    # B's?', 'compare A's priority with the B one': the column, then each side
    re.compile(
        rf"^how\s+do(?:es)?\s+the\s+{_FIELD}\s+(?:of|for)\s+(?P<a>.+?)\s+compare\s+"
        rf"(?:with|to|against)\s+{_THAT_OF}(?P<b>[^,;:?]+?){_OWN_FIELD}[?.!\s]*$",
        re.I,
    ),
    re.compile(
        rf"^(?:how\s+do(?:es)?\s+(?P<a>.+?)['’]s?\s+{_FIELD}(?:\s+(?:in|at|for)\s+[^?]+?)?\s+compare|"
        rf"(?:compare|contrast)\s+(?P<a2>.+?)['’]s?\s+{_FIELD})\s+"
        rf"(?:with|to|against|and)\s+{_THAT_OF}(?P<b>[^,;:?]+?){_OWN_FIELD}[?.!\s]*$",
        re.I,
    ),
    WHICH_OF_PAIR,  # 'which of A and B has the earlier deadline?'
)


# a scope set before the question proper ('In the X plan, …', 'At Y: …'): no part of a side
_LEAD_IN = re.compile(
    r"^\s*(?:(?:in|at|for|within|across|from)\s+[^,:?]{3,80}?,|[^,:?]{3,60}:)\s*"
    r"(?=(?:is|was|are|were|did|does|do|has|have|had)\b)",
    re.I,
)


def compared_sides(question: str) -> list[str]:
    """The two things a comparative question sets side by side ('A or B'), as written; [] when
    it has no comparative word or no 'A or B' / 'between A and B'. A sameness question's two
    sides ('Do A and B have the same owner?') are read by :func:`same_sides`."""
    question = _LEAD_IN.sub("", question)  # 'In the X plan, is A due before B?': the scope
    same = same_sides(question)
    if same:
        return same
    for pattern in _FIELD_OF_SIDES:
        found = pattern.search(question.strip())
        side_a = (found.groupdict().get("a") or found.groupdict().get("a2")) if found else None
        named = _named_pair(side_a, found["b"]) if found and side_a else []
        if named:
            return named
    apart = _APART_SIDES.search(question)  # 'how many months separate the deadlines of A and B?'
    named = _named_pair(apart["a"], apart["b"]) if apart else []
    if named:
        return named
    if not _COMPARATIVE.search(question):
        return []
    text = as_asked(question.strip())  # 'A has more X than B - true?'
    text = EACH.sub("", INTERVAL.sub("", COUNT_EACH.sub("", text))).strip()
    text = text or question.strip()
    text = re.sub(r",\s+or\s+", " or ", text.rstrip("?.! "))
    text = POLARITY.sub(lambda pair: pair.group(1), text)  # 'better or worse': one question
    ranked = _ranked_sides(text)
    if ranked:  # 'Did the auditors rate A higher than B?': the ranking body is no side
        return ranked
    than = re.match(
        rf"^(?P<aux>{_AUX})\s+(?P<a>.+?)(?:\s+{_AUX})?\s+(?:(?P<verb>(?!{PAPER_NOUN}\b)\w+)\s+)?"
        rf"{COMPARATIVE}(?:\s+or\s+{COMPARATIVE})?(?:\s+[\w-]+){{0,3}}?\s+than\s+(?P<b>.+)$",
        text,
        re.I,
    )
    if than:  # 'Is A due earlier or later than B?' (a paper's noun ends side A: 'the 2002 plan')
        return _named_pair(side_before(than["aux"], than["a"], than["verb"]), than["b"])
    placed = THERE_MORE_IN.match(text)  # 'Are there more X in A than in B?': two places
    named = _named_pair(placed["a"], placed["b"]) if placed else []
    if named:
        return named
    values = than_values(text)
    if values and re.match(rf"^{_AUX}\s+(?:there\s+)?(?:more|fewer|less)\b", text, re.I):
        return values  # 'Were more rows rated high than medium?': two values
    order = re.match(  # 'Did A happen before or after B?'
        rf"^{_AUX}\s+(?P<a>.+?)\s+(?:before or after|after or before|earlier or later than|"
        r"later or earlier than|sooner or later than)\s+(?P<b>.+)$",
        text,
        re.I,
    )
    if order:
        return _named_pair(order["a"], order["b"])
    return _or_sides(text) or _ordered_sides(text) or year_sides(text)


# a verb that ranks one thing against another ('rate', 'rank', 'prioritise', 'put', 'place')
_RANK_VERB = (
    r"(?:rat(?:e|ed)|rank(?:ed)?|prioriti[sz](?:e|ed)|put|plac(?:e|ed)|scor(?:e|ed)|grad(?:e|ed))"
)
_RANK_WORD = r"(?:higher|lower|above|below|ahead of|behind|over)"
# 'Did the auditors rank A above B?' (the ranking body, its verb, then A) and 'Was A
# prioritised above B?' (A, then the verb)
_RANKED = (
    re.compile(
        rf"^{_AUX}\s+(?:.+?\s+)?{_RANK_VERB}\s+(?P<a>.+?)\s+{_RANK_WORD}"
        r"(?:\s+(?:in\s+)?priority)?(?:\s+than)?\s+(?P<b>.+)$",
        re.I,
    ),
    re.compile(
        rf"^{_AUX}\s+(?P<a>.+?)\s+{_RANK_VERB}\s+{_RANK_WORD}(?:\s+than)?\s+(?P<b>.+)$", re.I
    ),
)


def _ranked_sides(text: str) -> list[str]:
    """The two sides of a question ranking one thing against another by a verb of ranking;
    [] when the question has no such verb."""
    for pattern in _RANKED:
        found = pattern.match(text)
        named = _named_pair(found["a"], found["b"]) if found else []
        if named:
            return named
    return []


# two things a fronted partitive sets before the question: 'Of A and B, which …?'
_PARTITIVE_PAIR = re.compile(
    r"^\s*(?:(?P<of>of|out of|among|from|comparing|compared|contrasting)\s+)?"
    r"(?P<a>[^,;:?]+?)\s+and\s+(?P<b>[^,;:?]+?)(?:,|\s*[;:–—]|\s+-)\s*(?P<wh>(?:which|what|who)\b.*)$",
    re.I,
)
# without 'of', the pair is compared only when the wh-clause asks which of the two is more,
# earlier … ('A and B - who owns more?'), not for rows ('A and B: which actions were done first?')
_ONE_OF_TWO = re.compile(
    r"^(?:which|what|who)\s+(?!(?:[\w'-]+\s+){0,2}?(?:actions?|recommendations?|items?|areas?|"
    r"issues?|records?|findings?|points?)\b)(?:[\w'-]+\s+){0,3}?"
    r"(?:more|fewer|less|higher|lower|earlier|later|sooner|first|last|bigger|greater|longer)\b",
    re.I,
)


def _or_sides(text: str) -> list[str]:
    """'between A and B', '…: A or B', 'Is A or B …'."""
    between: dict[str, str] | re.Match[str] | None = between_sides(text)
    fronted = _PARTITIVE_PAIR.match(text)  # 'Of A and B, which is due first?',
    if fronted and not fronted["of"] and not _ONE_OF_TWO.match(fronted["wh"]):
        fronted = None  # 'A and B - who owns more?', not 'A and B: which actions …?'
    between = between or fronted
    tail = comma_named(text) or re.search(  # after ':', ',' or a dash; a name's comma kept
        r"(?:[,:;—–]|\s-\s)\s*(?:(?:is it|was it)\s+)?(?P<a>[^,:;—–]+?)\s+or\s+"
        r"(?P<b>[^,:;—–]+)$",
        text,
    )
    front = re.match(rf"^{_AUX}\s+(?P<a>.+?)\s+or\s+(?P<b>.+)$", text, re.I)
    sides: tuple[str, str] | None = None
    if between:
        sides = (between["a"], between["b"])
    elif tail:
        sides = (tail["a"], tail["b"])
    elif front:
        b = front["b"]
        end = _AFTER_SIDES.search(b)
        sides = (front["a"], b[: end.start()] if end else b)
    if sides is None:
        return []
    return _named_pair(*sides)


# 'Was A due before B?', 'Did A fall due ahead of B?': side A, then the word that times it
# by its deadline, then a preposition of order in time and side B (an event's verb instead,
# 'was the toolkit launched after the review?', asks of the text, not of two deadlines)
_ORDERED = re.compile(
    rf"^{_AUX}\s+(?P<a>.+?)(?:\s+(?:{_AUX}|be|been|fall|falls|fell))?"
    r"\s+(?:due|set|scheduled|expected|planned|timed|timetabled)"
    r"\s+(?:before|after|ahead of|prior to|in advance of|earlier than|later than|sooner than)"
    r"\s+(?P<b>.+)$",
    re.I,
)
# what an order in time is set against that is no second thing: the side's own deadline
# ('before its deadline'), a date ('before March 2009')
_NO_SECOND = re.compile(
    r"^(?:its|their|his|her|the)\s+(?:own\s+)?(?:deadline|due date|date)\b", re.I
)


def asked_order(question: str) -> Direction | None:
    """The order a yes/no question asks the first side to stand in ('Was A due before B?' ->
    'min', 'Does A have a later deadline than B?' -> 'max'); None for a question that offers
    the choice ('before or after', 'which came first')."""
    text = _LEAD_IN.sub("", question.strip())
    if not re.match(rf"{_AUX}\b", text, re.I) or re.search(
        r"\b(?:before|after|earlier|later|sooner)\s+or\s+\w+", text, re.I
    ):
        return None
    words = [_LATE_AGE.sub("later", m.group(0).lower()) for m in TIME_ORDER.finditer(text)]
    words = [_EARLY_AGE.sub("earlier", w) for w in words]
    if len(set(words)) != 1 or words[0] in ("first", "last", "earliest", "latest", "soonest"):
        return None
    return "max" if words[0] in ("after", "later") else "min"


# an age read as an order in time: 'newer', 'more recent' are later; 'older', 'less recent' earlier
_LATE_AGE = re.compile(r"^(?:newer|younger|more\s+recent)$")
_EARLY_AGE = re.compile(r"^(?:older|less\s+recent)$")


def asked_more(question: str) -> Direction | None:
    """The side of a count a yes/no question asks the first side to be on ('Does A own more
    N than B?' -> 'max', 'Did A have fewer than B?' -> 'min'); None for any other form."""
    text = _LEAD_IN.sub("", question.strip())
    if not re.match(rf"{_AUX}\b", text, re.I) or not re.search(r"\bthan\b", text, re.I):
        return None
    if re.search(r"\b(?:fewer|less)\b", text, re.I):
        return "min"
    return "max" if re.search(r"\b(?:more|greater|larger|bigger)\b", text, re.I) else None


def than_values(question: str) -> list[str]:
    """'Were more recommendations met completely than significantly?': the word before 'than'
    and the word after it, when a value is all that follows 'than' — two values of one field
    counted, while the subject before the comparative is the scope; [] otherwise."""
    found = re.search(
        r"\b(?:more|fewer|less)\s+(?:[\w-]+\s+){0,4}?(?P<a>[\w-]+)\s+than\s+(?P<b>[\w-]+)\W*$",
        question.strip(),
        re.I,
    )
    return [found["a"], found["b"]] if found else []


def _ordered_sides(text: str) -> list[str]:
    """The two sides of a yes/no question of order in time ('Was A due before B?'); [] when
    the second is a date or the first side's own deadline ('completed before March 2009')."""
    found = _ORDERED.match(text)
    if found is None:
        return []
    b = _clean(found["b"])
    dated = parse_dates(b)
    if _NO_SECOND.match(b) or (dated and len(dated[0].text) >= len(b) - 8):
        return []
    return _named_pair(found["a"], b)
