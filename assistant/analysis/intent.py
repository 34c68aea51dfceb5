"""What a question asks for (its intent): a list or count of records, one fact, an explanation,
a comparison, or a subject followed across reports."""

from __future__ import annotations

import re

from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.comparison import COMPARED, COUNT_EACH, TIME_ORDER, compared_sides
from assistant.analysis.model import Intent
from assistant.analysis.nouns import AUXILIARIES as _AUXILIARIES
from assistant.analysis.nouns import NOUN_PHRASE_END as _NOUN_PHRASE_END
from assistant.analysis.nouns import PP_END, counted_noun, fronted_topic, joined_names
from assistant.analysis.nouns import PRONOUN as _PRONOUN
from assistant.analysis.nouns import RECORD_NOUNS as _RECORD_NOUNS
from assistant.analysis.nouns import any_rows_asked as _any_rows_asked
from assistant.analysis.nouns import asks_what_was_recorded as asks_what_was_recorded
from assistant.analysis.nouns import what_rows as _what_rows
from assistant.analysis.nouns import which_noun as which_noun
from assistant.analysis.nouns import which_record_noun as _which_noun
from assistant.analysis.patterns import (
    DEGREE,
    EXPLAIN_OPENING,
    HOW_COLUMN,
    PRIORITY,
    REVISED,
    SLIPPED,
    STATUS_WORDS,
    WITH_HOLDER,
)
from assistant.analysis.periods import all_years
from assistant.analysis.phrase_heads import COMPOUND_TAIL, wh_head
from assistant.analysis.recurrence import (
    HOW_OFTEN_RAISED,
    PAPERS_QUANTIFIED,
    PAPERS_SPANNED,
    STATE_OF_IT,
    raised_again,
)
from assistant.analysis.request_frame import request_after_scope
from assistant.analysis.shares import threshold
from assistant.analysis.value_asks import AMOUNT_VERB_ASKED, AT_MEETING, PERSON_NAME, owner_by_post
from assistant.text import stem

# Where a list question names its subject: before the record noun ('which fire-safety actions')
# and after a topic word ('… about staff vetting'); not elsewhere ('… by the end of the year').
_SUBJECT_NP = re.compile(
    r"\b(?:which|what|how many|list|name|show(?: me)?|give me|number of|all)\s+(?:of\s+)?"
    r"(?:the\s+)?(?P<np>(?:[\w'/&-]+\s+){0,6}?)" + _RECORD_NOUNS + r"\b",
    re.I,
)
_SUBJECT_PP = re.compile(
    r"\b(?:about|regarding|concerning|relating to|related to|mention(?:s|ing)?|involv(?:es?|ing)|"
    # the finite verbs of the same relation: 'which actions relate to X', 'that concern X'
    # ('what concerns did the auditors raise' has the noun: the verb follows rows or 'that')
    r"relates? to|(?:(?<=[a-z]s\s)|(?<=\bthat\s)|(?<=\bwhich\s))concerns?\b|touch(?:es|ing)? on|"
    r"in relation to|to do with|refer(?:s|ring)? to|cover(?:s|ing)?|deal(?:s|ing)? with|"
    r"address(?:es|ing)?|on)\s+(?P<pp>[^,;:?.]+)",
    re.I,
)


def noun_phrase_subject(question: str) -> str | None:
    """The words before the record noun of a list question ('which MPS fire-safety actions')."""
    np = _SUBJECT_NP.search(question)
    return np.group("np").strip() or None if np else None


def subject_phrases(question: str) -> list[str]:
    """The phrases of a list question that name its subject (see _SUBJECT_NP, _SUBJECT_PP);
    a pronoun standing for a topic stated before the question ('Benchmarking comes up twice.
    Which items call for it?') gives that topic."""
    found = []
    topic = fronted_topic(question)
    if topic:
        found.append(topic)
    np = _SUBJECT_NP.search(question)
    if np and np.group("np").strip():
        found.append(np.group("np").strip())
    for pp in _SUBJECT_PP.finditer(question):
        text = pp.group("pp")
        end = PP_END.search(text)
        text = (text[: end.start()] if end else text).strip()
        if text and not (topic and _PRONOUN.fullmatch(text)):
            found.append(" ".join(text.split()[:5]))
    return found


_POSSESSIVE = re.compile(r"\b([A-Za-z0-9]+)['’]s\b")  # 'Partnership 2's plan' too
_NOT_POSSESSIVE = {
    *("who", "what", "that", "it", "there", "here", "where", "how", "when", "let", "he", "she")
}


def without_possessives(question: str) -> str:
    """ "the District Audit's plan" -> 'the District Audit   plan': a possessive 's blanked,
    offsets kept ("who's", "it's" are left alone)."""

    def blank(found: re.Match[str]) -> str:
        word = found.group(1)
        return found.group(0) if word.lower() in _NOT_POSSESSIVE else word + "  "

    return _POSSESSIVE.sub(blank, question)


# nouns that count whatever the papers' rows are ('how many things did the audit recommend')
GENERIC_COUNTED = frozenset(
    {"items", "things", "points", "entries", "ones", "matters", "issues", "tasks", "actions"}
)
# a verb of containment: 'how many tasks does the plan contain / have / list'
_HOLDS = re.compile(
    r"\b(?:contains?|has|have|includes?|lists?|holds?|comprises?|covers?)\b\W*$|"
    r"\b(?:are|were) (?:there )?(?:in|on|listed)\b",
    re.I,
)


def rows_counted(question: str, counted: str | None, item_nouns: set[str]) -> str | None:
    """Whether 'how many' counts the papers' rows: '' when the counted noun is what they call
    them, in either number ('how many of the observations'); for a generic counted noun, the
    question word sharing its stem with that name ('how many things did the audit
    recommend' -> 'recommend'); else None."""
    singular = counted[:-3] + "y" if counted and counted.endswith("ies") else (counted or "")
    if counted and (counted in item_nouns or singular.rstrip("s") in item_nouns):
        return ""
    if counted not in GENERIC_COUNTED:
        return None
    if _HOLDS.search(question) or re.search(
        rf"\bhow many of (?:the|its|their) {counted}\b", question, re.I
    ):
        return ""  # 'how many of the things in the plan…', 'how many tasks does it contain'
    nouns = {stem(n) for n in item_nouns}
    return next((w for w in re.findall(r"[a-z]+", question) if stem(w) in nouns), None)


# the nouns that name a field of every record: counting them in a state counts records
_FIELD_NOUNS = r"(?:deadlines?|due|dates?|timescales?|targets?|owners?|priorities|statuses)"
# the nouns that name the register's rows themselves, whatever a paper calls its table
REGISTER_KINDS = r"(?:actions?|recommendations?|items?|records?|issues?|areas?|improvement)"

# how long lies between two things ('how far apart', 'how many years separate', 'the gap between')
TIME_APART = re.compile(
    r"\bhow (?:far|long|much time|many (?:years|months))\s+apart\b|"
    r"\bhow (?:long|much time|many (?:years|months))\s+(?:separates?|passed|elapsed|lies|lay|"
    r"went by|was there|is there)\s+between\b|\bhow much time between\b|"
    r"\bhow many (?:years|months) (?:separate|lie between|between)\b",
    re.I,
)


def _names_register_value(question: str) -> bool:
    """Whether the question names a value the register holds for each record: a status, a
    degree, a priority, a deadline or its revision, a slip."""
    return bool(
        REVISED.search(question)
        or SLIPPED.search(question)
        or DEGREE.search(question)
        or PRIORITY.search(question)
        or any(pattern.search(question) for pattern, _ in STATUS_WORDS)
        or re.search(
            r"\b(?:deadlines?|due dates?|timescales?|owners?|priorit\w*)\b", question, re.I
        )
    )


def _counts_records(question: str) -> bool:
    """Whether the noun phrase 'how many' / 'count' opens ends in a record noun within a few
    modifiers ('how many 2007/08 governance actions'), before any verb or preposition."""
    question = joined_names(question)  # 'how many value for money recommendations'
    match = re.search(r"\b(?:how many|number of)\b|^\s*count\b", question, re.I)
    if match is None:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'/&-]*", question[match.end() :])
    for word in words[:5]:
        low = word.lower()
        if re.fullmatch(_RECORD_NOUNS, low):
            return True
        if _NOUN_PHRASE_END.match(low) or low in _AUXILIARIES:
            return False
    return False


# the owner as subject of a 'which' over rows named elsewhere: 'which does X own / answer for',
# 'which is X responsible for'
_OWNER_INVERTED = re.compile(
    r"\bwhich(?: ones?)?\s+(?:does|do|did|is|are|was|were|has|have)\s+(?:\w+\s+){1,6}?"
    r"(?:own|lead|hold|manage|run|answer for|responsible for|accountable for|in charge of)\b"
)


# a fronted partitive: 'Of the <NP>, which have not been met?' -> 'Which <NP> have not been met?'
_PARTITIVE = re.compile(
    r"^\s*(?P<prep>of|among|amongst|from|in|within|across)\s+"
    r"((?:the|these|those|its|their|all(?: the)?)\s+[^,;?]+?),"
    r"\s*(which|how many|what|where)\b(?P<ones>\s+(?:of them|ones?))?\s+",
    re.I,
)
# a scope ('In the 2017 report, which one is …?') rather than the rows asked of: one row, or a
# verb in the singular after the wh-word
_ONE_ASKED = re.compile(r"^(?:is|was|has|does|did)\b", re.I)
# 'which are they?' closing a question whose rows were named before it
_THEY_ASKED = re.compile(
    r"(?:^|[-–—,;:.]\s*)(?:so\s+)?(?:which|what)\s+(?:are|were)\s+(?:they|these|those)\b"
)
# the rows themselves, in the plural ('the 2017 improvement areas'; 'the action plan' is a paper)
_ROWS_PLURAL = (
    r"\b(?:actions|recommendations|items|areas|issues|records|findings|points|activities)\b"
)


def partitive_head(question: str) -> str | None:
    """The question with its fronted partitive folded in ('Of the audit recommendations, which
    have not been met?' -> 'which audit recommendations have not been met?'): the head noun of
    the which/how-many sits in the fronted phrase. None when there is none."""
    found = _PARTITIVE.match(question)
    if found is None:
        return None
    if found.group("prep").lower() in ("in", "within", "across") and (
        not re.search(_ROWS_PLURAL, found.group(2), re.I)
        or (found.group("ones") or "").strip().lower() == "one"
        or (found.group(3).lower() != "where" and _ONE_ASKED.match(question[found.end() :]))
    ):
        # 'In the 2008 plan, which …': a paper is a scope, not the rows; 'In the 2017 areas,
        # which one is due first?': one row, a lookup
        return None
    phrase = re.sub(
        r"^(?:the|these|those|its|their|all(?: the)?)\s+", "", found.group(2), flags=re.I
    )
    wh = "which" if found.group(3).lower() == "where" else found.group(3)  # 'where': in which rows
    return f"{wh} {phrase} {question[found.end() :]}"


def intent_of(question: str) -> Intent:
    state_of_it = STATE_OF_IT.search(question)
    if state_of_it and _intent_of(question[: state_of_it.start()]) == "recurring":
        return "recurring"  # 'raised in both reports, and is it still open?'
    intent = _intent_of(question)
    if intent == "lookup" and (request := request_after_scope(question)):
        return _intent_of(request)  # 'For the 2019 plan, list every open action': after the scope
    folded = partitive_head(question) if intent in ("lookup", "explain") else None
    if folded is not None:
        headed = _intent_of(folded)
        if headed in ("list", "count"):
            return headed  # 'Of the X recommendations, which have not been met?'
    return intent


def _intent_of(question: str) -> Intent:
    q = question.lower().strip()
    if TIME_APART.search(question):
        return "compare"  # 'how far apart are the two reports?': their dates compared
    if (TIME_ORDER.search(question) or COUNT_EACH.search(question)) and compared_sides(question):
        return "compare"  # 'did A come before or after B, and by how many months?'
        # 'were more rated high or medium, and how many each?': two counts compared
    if raised_again(question) and not (REVISED.search(question) or SLIPPED.search(question)):
        return "recurring"  # 'flagged on two separate occasions', 'raised again in 2017'
    share = threshold(question)
    if share is not None and re.match(r"(?:is|was|are|were|did|do|does|has|have|had)\b", q):
        rows = rf"{re.escape(share.words)}\s+of\s+(?:the|these|those|its|their)?\s*"
        rows += r"(?:[\w/'-]+\s+){0,5}?"
        if re.search(rows + _RECORD_NOUNS + r"\b", question, re.I):
            return "count"  # 'were at least half of the recommendations met?': a share of rows
    if re.search(r"\b(?:in|across)\s+how many\b", q) and PAPERS_QUANTIFIED.search(question):
        return "recurring"  # 'in how many of the papers does X appear?'
    if re.search(r"\bstill\b", q) and len({y for _, y in all_years(question)}) >= 2:
        return "recurring"  # 'which of the 2008 issues were still reported in 2017?'
    head = counted_noun(question)
    if head is not None:
        if re.fullmatch(_RECORD_NOUNS, head) or head in ("improvement", "of"):
            return "count"
        if _counts_records(question):
            return "count"  # 'how many governance actions…': the record noun after a modifier
        if head in _AUXILIARIES and _names_register_value(question):
            return "count"  # 'how many had their deadline moved?': the records are understood
        if re.fullmatch(_FIELD_NOUNS, head) and _names_register_value(question):
            return "count"  # 'how many deadlines were revised?': a state of a record's field
        return "lookup"  # 'how many staff...' asks for a figure, not a count of records

    if re.search(r"\bhow much\b", q):
        return "lookup"
    if compared_sides(question):
        return "compare"  # 'which is due sooner, A or B?'
    if (PAPERS_QUANTIFIED.search(question) or PAPERS_SPANNED.search(question)) and not (
        _names_register_value(question)  # 'which high-priority actions across the reports'
        or _which_noun(question)
        or re.match(r"(?:list|name|enumerate|show(?: me)?|give me|count)\b", q)
    ):
        return "recurring"  # 'is X criticised in more than one of the papers?'
    if re.search(r"\bhow (?:often|many times)\b", q) and (
        REVISED.search(question) or SLIPPED.search(question) or re.search(r"\bmove[ds]?\b", q)
    ):
        return "list"  # 'how often did the partnership deadline move?': the slipped actions
    if re.search(
        r"\brecur\b|\bappear(?:s|ed)? in (?:several|many|multiple|a number of|different) "
        r"(?:reports|documents|papers|years)|\bkeeps? coming up\b|\brecurr|\brepeated|"
        r"\bkeeps? (?:coming|recurring|appearing)|\bpersist|"
        r"\bcome up (?:before|again)|\bcame up (?:before|again)|\bover the years\b|"
        r"\byear after year\b|\bagain and again\b|\bacross (?:the )?(?:years|reports)\b|"
        r"\bfollow (?:this|the|it)\b|\bhistory of\b",
        q,
    ) or HOW_OFTEN_RAISED.search(question):
        return "recurring"  # not 'how often did the board meet?': a frequency in the world
    if re.search(
        r"\bwhich (?:had|has|made|have|contains?) (?:more|fewer|the most|the least)\b|"
        rf"{COMPARED}|\bcontrast\b|\bdiffer|\bversus\b|\bvs\.?\b|"
        r"\bhow did .* change\b|\bchanged? between\b|\bany better\b|\bany worse\b|"
        r"\bbeen reported in\b",
        q,
    ):
        return "compare"
    if re.match(r"how (?:has|have|had|was|were|did|is|are)\b", q) and (
        len({year for _, year in all_years(question)}) > 1
    ):
        return "compare"  # 'how has X been handled in 2002, 2007/08 and 2017?'
    if re.match(r"(?:list|name|enumerate|show(?: me)?|give me)\b", q) or re.match(
        rf"what (?:are|were) (?:all )?the\b.*\b{_RECORD_NOUNS}\b(?!\s+[a-z]{{0,4}}\d)", q
    ):
        return "list"  # not a record noun naming one row by number ('… against item 8')
    if _which_noun(question) or re.match(r"which of\b", q) or _what_rows(question):
        return "list"
    if _any_rows_asked(q):
        return "list"  # 'anything in the plan that isn't high priority?': the rows that are so
    they = _THEY_ASKED.search(q)
    if they and re.search(_ROWS_PLURAL, q[: they.start()]):
        return "list"  # 'HMIC recommendations where the MPA leads - which are they?
    if re.match(r"(?:which|what) (?:deadlines|dates|due dates|timescales|targets)\b", q) and (
        REVISED.search(question) or SLIPPED.search(question)
    ):
        return "list"  # 'which dates were revised?': the records whose field is in that state
    if re.match(r"what (?:else |other \w+ )?(?:does|do|did) .+ (?:own|lead|hold|manage|run)\b", q):
        return "list"  # 'what else does the head of estates own?': the records of an owner
    if _OWNER_INVERTED.search(q) and re.search(rf"\b{_RECORD_NOUNS}s\b|\bareas\b", q):
        return "list"  # 'of the X recommendations, which does the Treasurer answer for?'
    if re.search(r"\b(?:recommendations|actions) that are due\b", q):
        return "list"
    if HOW_COLUMN.search(question):
        return "lookup"  # 'how pressing was X thought to be?': its priority column
    if EXPLAIN_OPENING.match(q) or re.match(r"how (?!many|much|often)", q):
        return "explain"
    return "lookup"


# The kind of value a question asks for, when it asks for one, and what such a value looks like
# in a sentence. A passage answer must contain one, in a sentence about the question's subject.
# "amount" | "percentage" | "year" | "rating" | "threshold" | "headcount" | "person" | "holder"
AnswerType = str
_ASKS_AMOUNT = re.compile(
    r"\bhow much\b.*\b(?:cost(?:s|ing)?|spend(?:ing)?|spent|save|saved|saving|savings|budget|"
    r"fund|funding|worth|pay|paid|price|invest|invested|raise|raised)\b|"
    r"\bwhat (?:was|is|were|are) the (?:total )?(?:cost|spend|saving|savings|budget|price|value)\b"
    rf"(?!{COMPOUND_TAIL})|{AMOUNT_VERB_ASKED}|"
    + wh_head(
        r"cost|spend|saving|budget|price|sum|amount|funding|fee|charge|salary|arrears|debt|bill|"
        r"outlay|expenditure|premium|"
        r"overpayment|underpayment|deficit|surplus|overspend|underspend|income|revenue"
    ),
    re.I,
)
_ASKS_PERCENTAGE = re.compile(  # also a per cent sign of no figure ('what % done?')
    r"\bwhat (?:percentage|proportion|per ?cent)\b|\bat what rate\b|(?<![\d.])(?<![\d.]\s)%|"
    + wh_head(r"percentage|proportion|per ?cent|rate"),
    re.I,
)
_ASKS_YEAR = re.compile(  # 'which year's …?', 'on what dates …?', 'since when …?'
    r"^\s*(?:(?:and|so|but)\s+)?(?:(?:in\s+)?(?:what|which) year(?:'s)?|since when)\b|"
    r"^\s*(?:(?:and|so|but)\s+)?when,? (?:(?:exactly|precisely),? )?(?:was|were|did)\b|"
    + wh_head(r"year|date|day|month|quarter"),
    re.I,
)
_ASKS_RATING = re.compile(
    r"\bhow (?:was|were|is|are|did) .{1,80}?\b(?:rated|graded|scored|judged)\b|"
    r"\bwhat (?:was|is|were|are) .{1,60}?\b(?:rated|graded|scored)\b|"
    + wh_head(
        r"score|rating|grade|grading|mark|judgement|judgment|level of assurance|"
        r"assurance(?: opinion| level)?|audit opinion"
    ),
    re.I,
)
_ASKS_THRESHOLD = re.compile(
    wh_head(r"threshold|limit|ceiling|cap|tolerance")
    + r"|\b(?:above|below|over|under|beyond|up to|within)\s+what\s+(?:\w+\s+)?"
    r"(?:amount|value|level|sum|figure|limit|threshold|size)\b",
    re.I,
)
_ASKS_HEADCOUNT = re.compile(
    r"\b(?:head ?count|staffing level|establishment|number of (?:staff|posts|people|officers|"
    r"employees|members|vacancies)|how many (?:staff|posts|people|officers|employees|vacancies))\b",
    re.I,
)
# English nouns of posts: what 'the name of the <post>' asks a person's name for.
_POST = (
    r"officer|manager|director|head|chair|chairman|chairperson|chairwoman|lead|leader|clerk|"
    r"secretary|treasurer|controller|auditor|commissioner|executive|chief|member|inspector|"
    r"adviser|advisor|co-?ordinator|administrator|accountant|analyst|consultant|supervisor|"
    r"superintendent|commander|deputy|president|convenor|convener|holder|incumbent|master|"
    r"warden|registrar|governor|trustee|surveyor|steward|curator|bursar|headteacher|principal"
)
# A person's name ('who is the Treasurer?', 'the name of the risk officer', 'who are the
# members of the panel?'): only a name answers.
_ASKS_PERSON = re.compile(
    r"\bwho (?:is|was|are|were) (?:the )?(?:chair(?:man|person|woman)?|members?|clerk|"
    r"secretary|treasurer|president|vice[- ]chair|convenor|convener)\b|"
    r"\b(?:names?|members|membership) of (?:the )?[\w' -]*?(?:committee|board|panel|group|"
    r"council|forum|meeting)\b|"
    rf"\bnames?\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'-]+\s+){{0,4}}?(?:{_POST})s?\b|"
    rf"{PERSON_NAME}|"
    r"\bwho (?:is|was) (?:the )?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:(?:of|and|"
    r"for|&)\s+)?(?-i:[A-Z])[\w-]*){0,4}\s*(?=\?|$)|"
    # a post described by what its holder did: 'who was the auditor who reviewed X?'
    rf"\bwho (?:is|was|are|were) (?:the|an?) (?:[\w'-]+\s+){{0,3}}?(?:{_POST})s?\s+(?:who|whom|"
    r"that)\b(?![^?]*\b(?:responsib|accountab|in charge|owns?\b|owned|leads?\b|led\b|"
    r"[A-Z]{1,4}\d))|"
    r"\bwho (?:is|was) the (?:\w+ )?(?-i:[a-z]+(?:or|ant|ist|eer))(?:\s+(?:for|on|of)\b[^?]*)?\?",
    re.I,
)
# Who holds the chair of a body or sits on it ('who chaired the March meeting?'): a name, or
# the post that does ('chaired by the Director of Resources', 'chaired by DoR').
_ASKS_HOLDER = re.compile(
    r"\bwho (?:chaired|chairs|chair|attended|attends|sat on|sits on|presided|presides|"
    rf"convenes|convened|was present)\b|{AT_MEETING}",
    re.I,
)
# Responsibility for an action: only these questions are answered by the owner column ('who
# will manage X', 'who was appointed', 'who is working with X' ask for another role, which the
# action's own sentences give).
_RESPONSIBILITY = re.compile(
    r"\b(?:responsib\w*|accountab\w*|answerable|in charge|owns?|owned|owner|owners|"
    r"ownership|leads?|led|leading|on the hook|take forward|taking forward|deliver(?:s|ing)? "
    r"(?:it|this|the action))\b|\bwhose\s+(?:job|task|remit|desk|brief|duty)\b|" + WITH_HOLDER,
    re.I,
)


# Succession: one body taking on another's role ('which board took over the responsibilities
# of the review group?'): the actor of a sentence of the narrative, not an action's owner.
_SUCCESSION = re.compile(
    r"\b(?:t[ao]ken? over|took over|takes over|taking over|replac(?:ed|es|ing)|succeed(?:ed|s)|"
    r"supersed(?:ed|es)|assum(?:ed|es|ing)|absorb(?:ed|s)|subsum(?:ed|es)|inherit(?:ed|s))\b",
    re.I,
)


def asks_responsibility(question: str) -> bool:
    """Whether the question asks who is responsible for something (who owns, leads, is
    accountable): the owner column answers only those, and not who took a role over."""
    if owner_by_post(question):  # 'which post holds X'
        return True
    return _RESPONSIBILITY.search(question) is not None and not _SUCCESSION.search(question)


_RATING_WORDS = (
    r"outstanding|excellent|good|fair|poor|adequate|inadequate|weak|strong|satisfactory|"
    r"unsatisfactory|requires improvement|substantial|reasonable|limited|no assurance|"
    r"moderate|partial|minimal|significant|full(?=\s+assurance)"  # audit opinions' degrees
)
RATING_WORD = re.compile(rf"(?:{_RATING_WORDS}|full|unqualified|qualified)", re.I)  # one word
_PERSON_SHAPE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|"
    r"Rev)\.?\s+[A-Z][A-Za-z'-]+|\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+\s*"
    r"\((?:Chair|Vice[- ]Chair|Chairman|Chairperson|Member|Clerk|Secretary)\)|"
    r"\bchaired by (?:[A-Z][a-z'-]+\s+){1,2}[A-Z][a-z'-]+"
)
ANSWER_SHAPES: dict[AnswerType, re.Pattern[str]] = {
    "amount": re.compile(
        r"£\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand|pounds)\b", re.I
    ),
    "percentage": re.compile(r"\d[\d.]*\s?%|\b\d[\d.]*\s+per ?cent\b", re.I),
    "year": re.compile(  # a year, a month or a quarter: 'in April', 'Q2', '2009/10'
        r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
        r"Nov|Dec)\b"
    ),
    # a judgement given as a grade: 'rated good', 'a score of 3 out of 4', 'limited assurance'
    "rating": re.compile(
        rf"\b(?:rated|graded|scored|judged|assessed as|rating|grade|score)\b[^.;]{{0,60}}?"
        rf"\b(?:{_RATING_WORDS}|(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?:\s*(?:/|out of)\s*\d+)?|"
        # or a grade's code: a capital and a digit ('graded C2', 'rated G1/V2')
        r"(?-i:[A-Z]{1,2}\d(?:/[A-Z]{1,2}\d)?))\b|"
        rf"\b(?:{_RATING_WORDS})\s+(?:rating|grade|score|assurance|opinion)\b",
        re.I,
    ),
    "threshold": re.compile(
        r"£\s?\d|\d[\d.]*\s?%|\b\d[\d,.]*\s?(?:m|bn|k|million|thousand|pounds|days|weeks)\b",
        re.I,
    ),
    "headcount": re.compile(
        r"\b\d[\d,.]*\s+(?:\w+\s+)?(?:staff|posts|people|officers|employees|members|FTEs?|"
        r"vacancies|heads)\b|\bhead ?count of \d",
        re.I,
    ),
    # a person named: a title and a name, or a name and a post in brackets ('Jane Smith (Chair)')
    "person": _PERSON_SHAPE,
    # a name, or the post that chairs or attends: 'chaired by DoR', 'a forum chaired by the
    # Corporate Risk Manager', 'the Director of Resources chairs the board'
    "holder": re.compile(
        _PERSON_SHAPE.pattern + r"|\b(?:chaired|presided over|convened|attended)\s+by\s+"
        r"(?:the\s+)?[A-Z][\w&/-]*|\b[A-Z][\w&/-]*\s+(?:chairs|chaired|presides|convenes)\b"
    ),
}
ANSWER_LABELS: dict[AnswerType, str] = {
    "amount": "amount",
    "percentage": "percentage",
    "year": "date",
    "rating": "rating or grade",
    "threshold": "threshold value",
    "headcount": "number of people or posts",
    "person": "name of a person",
    "holder": "name or post of whoever holds it",
}


# 'On what date was X implemented?', 'In which month was it completed?': a question of when,
# whose event asserts nothing (the value asked may be a day or a month, not a year)
ASKS_WHEN = re.compile(
    r"^\s*(?:(?:on|in|by|from|since|during|until|at)\s+)?(?:what|which)\s+(?:exact\s+)?"
    r"(?:year|date|day|month|week|quarter)\b",
    re.I,
)


def answer_type(question: str) -> AnswerType | None:
    """The kind of value asked for: an amount ('how much did X save'), a percentage or rate,
    when something happened ('when was the unit formed', 'what year'), a rating or grade
    ('how was X rated'), or a threshold value; None for anything else."""
    question = re.sub(r"“[^”]*”", "it", wh_unclitic(question))  # a quoted name frames nothing
    for kind, pattern in (
        ("person", _ASKS_PERSON),
        ("holder", _ASKS_HOLDER),
        ("headcount", _ASKS_HEADCOUNT),
        ("threshold", _ASKS_THRESHOLD),
        ("amount", _ASKS_AMOUNT),
        ("percentage", _ASKS_PERCENTAGE),
        ("rating", _ASKS_RATING),
        ("year", _ASKS_YEAR),
    ):
        if pattern.search(question):
            return kind
    return None


# -- words that frame a question rather than name its subject -----------------------------------
# 'What is action FL-3 labelled as asking for?', 'what does it ask the board to consider?',
# 'what does the paper say about putting X in place?': verbs of the question's frame, read by
# their form and place (a participle or gerund in verb position, an infinitive or a verb after
# its subject pronoun), never by a list of words. A gerund used as a noun ('the funding', 'on
# kettling?') stays a subject word.
_DETERMINERS = frozenset(
    "the a an its their this that these those our his her any no each every some new".split()
)
_OBJECT_START = frozenset(
    "the a an its their this that these those it them him her us our whether how what".split()
)
_AFTER_VERB = frozenset("as for to by about on into with".split())
_PREPOSITIONS = frozenset("on in of for about with from into over under at by to".split())
_BE = frozenset("is was are were be been being get got gets getting".split())
_SUBJECT_PRONOUNS = frozenset("it this that which they he she who".split())


# light verbs, degree adverbs and empty nouns that frame a question in any domain ('how far
# has it got with…', 'what happened to…', 'where do things stand on…'): never its subject
_LIGHT = frozenset(
    """far get gets got gotten getting go goes going gone went come comes coming came make
    makes made making take takes took taken taking stand stands standing happen happens
    happened happening thing things stuff point lot bit kind sort exactly precisely""".split()
)


def framing_words(question: str) -> set[str]:
    """The words of ``question`` (lower case) that frame it as a verb of the question itself
    ('labelled', 'asking', 'consider', 'putting', 'raises') rather than name its subject."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\w/.-]*", question)]
    found: set[str] = set(tokens) & _LIGHT
    for i, word in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        ref_like = bool(re.search(r"\d", before)) or bool(re.fullmatch(r"[A-Z]{1,4}\d", before))
        if before in _DETERMINERS:
            continue
        if word in ("do", "does", "did", "done", "doing") and after in ("about", "with", "since"):
            found.add(word)  # 'what has it done about them?': the question's own verb
        if word == "back" and (after in ("in", "then", "when") or re.fullmatch(r"\d{4}", after)):
            found.add(word)  # 'back in 2023': when, not what
        participle = len(word) >= 5 and re.search(r"(?:ed|ing)$", word) is not None
        if participle and (
            before in (*_BE, "as")
            or ref_like
            or after in _OBJECT_START
            or (after in _AFTER_VERB and before not in ("of", "on", "in", "for", "about"))
            or (before in _SUBJECT_PRONOUNS and i >= 2 and tokens[i - 2] in _BE)
        ):
            found.add(word)
        elif (
            before == "to" and not participle and (after in _OBJECT_START or (not after and found))
        ):
            found.add(word)  # 'asking the board to consider (the …)'
        elif participle and not after and set(tokens[:i]) & _BE and before not in _PREPOSITIONS:
            found.add(word)  # 'how is the recommendation worded?'
        elif before in _SUBJECT_PRONOUNS and re.search(r"[^s]s$", word) and len(word) >= 4:
            found.add(word)  # 'the issue it raises'
    return found
