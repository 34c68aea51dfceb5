"""The tables the analyser reads a question with: generic words, claims, statuses, filters,
the fields asked for, premises and how several questions are joined. (Periods have their own
tables in :mod:`.periods`, names theirs in :mod:`.names`, themes come from ``ingest.themes``.)"""

from __future__ import annotations

import re

from assistant.analysis.asked_frames import DATE_AGAINST
from assistant.analysis.cover_asks import COVER_ASKS
from assistant.analysis.model import ClaimKind, DocField, FieldName
from vectorstore.bm25 import query_terms

# Words that carry no topic in this domain: a question made only of them has no subject; the
# closed-class words the search's stopwords leave ('among', 'towards') name none either. (The
# name of the body itself, which most of its papers' passages use, is found from the data: see
# assistant.answers.support.topics.COMMON_SHARE.)
GENERIC = frozenset(
    """action actions record records report reports document documents paper papers plan plans
    recommendation recommendations item items issue issues area areas met couple handful
    governance audit say said says mention mentioned mentions about regarding relating related
    relate relates pertain pertains pertaining
    year years deadline deadlines date dates due status owner owns owned responsible lead led
    month months day days week weeks quarter quarters
    progress
    theirs ours yours hers similar likewise
    know tell happened happen does did do was were been being agreed made make there any get
    which list how many number what who when why where whose whom since before after between
    until during slipped slip overdue revised complete completed ongoing partially partial met
    kind sort type way things thing change changed changes evolve evolved compare compared
    comparison difference differences differ across recurring recur recurred recurrent again
    come came weakness weaknesses persistent persist over repeatedly ags show me all every each
    often frequently proportion percentage share contrast state evidence given named deal
    deals dealt concern concerns concerning cover covers covered raised raise where whereabouts
    marked recorded reported listed set out setting described describe explain give keep keeps
    coming up relevant appear appears appeared several whether according feature featured
    find finds found finding findings conclude concluded conclusion conclusions
    apart gap separate separates elapsed interval count
    among amongst towards toward whereby upon onto amid amidst whilst versus via per unlike
    despite except throughout besides thereby hence thus whereas wherein overall altogether
    anything everything something
    """.split()
)

# Assertions a question makes, to be checked against the record ('was fully implemented').
CLAIMS: list[tuple[re.Pattern[str], ClaimKind]] = [
    (
        re.compile(
            # 'met more fully than B' compares two things: it asserts no state of either
            r"(?<!\bmore )(?<!\bless )(?<!\bmost )(?<!\bas )\b(?:fully|completely|wholly)\s+\w+|"
            r"\bnow\s+(?:fully|complete)\b|\bcomplete[d]?\b|"
            r"\bimplemented\b|\bdelivered\b|\bfinished\b|\bresolved\b|\bachieved\b|\bsigned off\b|"
            # closed (not closed down, which stops it): 'why was X closed?', 'why did Y close X?'
            r"\bclosed\b(?!\s+down)|\bdid\b[^?]{0,60}?\bclose\b(?!\s+down)|"
            # a past action in a why-question's premise ('why did X *close the* Y', its 'did'
            # left outside the premise), not an intended one ('to close', 'will close')
            r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bshould )(?<!\bcan )(?<!\bcould )"
            r"(?<!\bmust )(?<!\bmay )\b(?:close|finish|implement|complete|deliver|resolve)"
            r"(?=\s+(?:the|its|their|this|that|all|every)\b)|"
            # a row marked done: 'why was R5 marked as done?'
            r"\b(?:marked|recorded|shown|signed\s+off|ticked\s+off)\s+(?:as\s+)?done\b|"
            r"\bon time\b|\bby (?:its|their|the) \w+ \d{4} deadline\b|"
            # a yes/no question in a light verb asks whether it is complete: 'has it been
            # done (yet)?', 'did that happen?', 'is it in place now?'
            r"^(?:has|have|had|is|are|was|were)\b[^?]{0,80}?\b(?:been\s+)?(?P<light>done|carried\s+out|"
            r"dealt\s+with|actioned|put\s+in\s+place|in\s+place|taken\s+place|happened|"
            r"addressed|sorted(?:\s+out)?)(?:\s+(?:yet|now|already|by\s+now))?\s*\??$|"
            r"^did\b[^?]{0,80}?\b(?P<light_did>happen|get\s+done|take\s+place)(?:\s+(?:yet|in\s+the\s+end))?"
            r"\s*\??$|"
            # a perfect or passive with 'already' asserts the thing done, whatever its verb:
            # 'has already ended B&B use', 'is already published', 'have already been tested'
            r"(?:\b(?:has|have|had|is|are|was|were)|^(?:has|have|had|is|are|was|were)\b[^?]{1,80}?)"
            r"\s+already\s+(?:been\s+)?"
            r"(?P<light_already>[a-z]+(?:ed|en|wn|ne|lt|nt|ght|ung|ut|et))\b",
            re.I,
        ),
        "complete",
    ),
    (re.compile(r"\bslipped\b|\bdelayed\b|\bmissed\b|\bran late\b|\boverran\b", re.I), "slipped"),
    (
        re.compile(
            r"\b(?:cancel(?:l?ed)?|scrap(?:ped)?|abandon(?:ed)?|abolish(?:ed)?|withdr[ae]wn|"
            r"dropped|rejected|stopped|disbanded|shelved|closed down|wound up)\b",
            re.I,
        ),
        "stopped",
    ),
    (
        re.compile(
            r"\b(?:approved|launched|exceeded|privati[sz]ed|outsourced|merged|replaced|"
            r"appointed|introduced)\b",
            re.I,
        ),
        "other",
    ),
]
# Asks what came of something.
_RESULT_VERBS = (
    r"(?:decide|conclude|find|agree|recommend|resolve|determine|identify|establish|reveal|"
    r"discover|learn|produce|propose|show|achieve|deliver|result in|lead to|come up with)"
)
OUTCOME = re.compile(
    r"\b(?:came out of|come out of|what (?:has |have )?(?:came|come|resulted|emerged|followed) "
    r"from|happened (?:at|in|during)|"
    r"(?:outcomes?|results?|findings?|conclusions?|decisions?|output|lessons) (?:of|from)|"
    r"what (?:was|were) (?:decided|agreed|concluded|found|resolved|determined|identified|"
    r"established|revealed|discovered|learn[et]d?|produced|proposed|recommended|achieved)|"
    r"what did .{3,60}? " + _RESULT_VERBS + r"|how did .{3,60}? (?:go|turn out)|"
    r"did .{3,80}? actually|was .{3,80}? actually|did .{3,80}? (?:go live|happen|take place))\b",
    re.I,
)

# Filters on records.
NO_DUE = re.compile(
    r"\b(?:no|without an?|without any|missing) (?:date|deadline|due date|timescale)s?\b", re.I
)

DEGREE = re.compile(
    r"\b(completely|fully|significantly|moderately|partially)\b(?=\s+met\b)|\bmet\s+(completely|fully|significantly|moderately|partially)\b",
    re.I,
)

# 'high-priority', and the rating verb before the level ('rated low', 'graded as a medium')
# ('a medium rating', 'a priority of low': the column named by its header's synonyms)
PRIORITY = re.compile(
    r"\b(high|medium|low)[- ](?:priority|rating|grading|grade|importance)\b|"
    r"\b(?:rated|graded|ranked|classed|classified|scored|assessed|"
    r"(?:priority|rating|grade|grading|importance)\s+(?:of|as|is|was|given as))"
    r"\s+(?:as\s+)?(?:an?\s+)?(high|medium|low)\b",  # 'rated a high risk'
    re.I,
)

# A negation that reaches to 'at all' ('not met at all', 'were not achieved at all'): the degree
# below the lowest the register states, a filter (that may match nothing), not a complement.
NOT_AT_ALL = re.compile(
    r"\b(?:not|never)\b(?:\s+[\w'-]+){0,3}?\s+at all\b|"
    r"\bnot\s+(?:\w+\s+){0,2}?to any (?:degree|extent)\b|\bin no (?:way|degree|part)\b",
    re.I,
)

NOT_MET = "not at all"  # the degree NOT_AT_ALL reads

# 'done' as the status complete, in a list or count ('which are not yet done'); in a lookup
# ('what has been done about X') it asks what was done.
DONE = re.compile(
    r"\b(?:been|are|is|were|was|now|already|yet|get|got|gets|"
    r"(?:shown|marked|recorded|listed|reported|given|flagged|ticked off) as)\s+"
    # 'is actually done', 'are really done already'
    r"(?:(?:actually|really|truly|genuinely|properly|fully|finally|definitely|now|already)\s+)?"
    r"done\b",
    re.I,
)

# Ownership held by one owner alone ('owned solely by X', 'X alone', 'X on its own'): the owner
# filter keeps only records X owns with nobody else.
OWNER_ALONE = re.compile(
    r"\b(?:solely|alone|exclusively|outright|single-handedly|"
    r"by (?:itself|himself|herself|themselves)|"
    r"on (?:its|his|her|their) own|sole (?:owner|lead|responsibility|charge))\b|"
    # 'as the only responsible person', 'the sole named lead': one owner, no other
    r"\b(?:the|their)\s+(?:only|sole|single|one)\s+(?:(?:named|responsible|accountable|lead)\s+)?"
    r"(?:owners?|leads?|officers?|persons?|people|post|body|responsible|one\s+responsible)\b|"
    r"\b(?:owned|led|held|run|managed)\s+only\b|"
    # 'X and nobody else', 'with no one else', 'without anyone else', 'no other owner'
    r"\b(?:(?:and|with)\s+)?(?:nobody|no\s*-?\s*one)\s+else\b|\bwithout\s+any(?:one|body)\s+else\b|"
    r"\bno\s+other\s+(?:owner|lead|officer|post|person|body|one)s?\b",
    re.I,
)

# A verb that places an action with its holder ('sits with the Treasurer', 'is now with X',
# 'is X still with Y?'), written before the holder's name; WITH_HOLDER asks or asserts who is
# responsible (after 'is', 'now', 'still' only of a name in capitals)
HELD_WITH = (
    r"(?:(?:sits?|sat|sitting|rests?|rested|resting|lies|lie|lying|remains?|remained|"
    r"stays?|stayed|is|are|was|were)\s+(?:now\s+|still\s+)?|now\s+|still\s+)with"
)
WITH_HOLDER = (
    r"\b(?:sits?|sat|sitting|rests?|rested|resting|lies|lie|lying)\s+with\b|"
    r"\b(?:is|are|was|were|remains?|stays?|now|still)\s+(?:now\s+|still\s+)?with\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
)

# Ownership shared as well as alone ('alone or jointly', 'solely or with others', 'on its own
# or shared'): with OWNER_ALONE it asks for every record the owner holds.
OWNER_JOINTLY = re.compile(
    r"\b(?:or|and/or)\s+(?:jointly|together|shared|in\s+part|with\s+(?:others|another|"
    r"other\s+\w+|someone\s+else))\b|\b(?:jointly|shared)\s+or\s+(?:solely|alone)\b",
    re.I,
)

# A revision verb whose object is a person or body, not a date ('moved to the Director of X',
# 'transferred over to the MPA'): a change of owner, no revised deadline.
MOVED_TO_OWNER = re.compile(
    r"^\s+(?:over\s+|across\s+)?(?:to|into|under|onto)\s+(?!(?:the\s+)?(?:end|start|beginning|"
    r"middle|close|new|next|following|later|a later|q[1-4]|\d|jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec|spring|summer|autumn|winter|financial|calendar|year|month|quarter))",
    re.I,
)

# the date nouns a 'to which …' may ask for: a move to one of these is a deadline's
_DATE_NOUNS = r"(?:dates?|deadlines?|days?|weeks?|months?|quarters?|years?|times?|periods?)"
# 'where was it moved to?', 'moved to which directorate?': the destination asked is a place
# or a body, so the move is of the thing, not of its deadline
_PLACE_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|then|now|ok|okay)[\s,]+)*where\b|\bto\s+where\b|"
    rf"\b(?:to|into|under|within)\s+(?:which|what)\s+(?!{_DATE_NOUNS}\b)[a-z]",
    re.I,
)


# a move asked by where it went: 'where has X been moved (to)?', 'which body was it moved to?',
# 'to whom was it transferred?': a place or a body, not a date (unless a deadline is named)
_WHERE_TO = re.compile(
    r"^\W*(?:(?:and|so|but|then)\s+)?(?:where\b|(?:to\s+)?whom\b|who\b|"
    r"(?:to\s+|into\s+)?(?:which|what)\s+(?:[\w-]+\s+)?(?:body|bodies|group|board|team|unit|"
    r"department|directorate|committee|function|organi[sz]ation|service|division|section|"
    r"office|post|site|building|command)s?\b)",
    re.I,
)
_DEADLINE_NAMED = re.compile(r"\b(?:deadlines?|dates?|timescales?|target|due|when)\b", re.I)


def moved_elsewhere(question: str, found: re.Match[str] | None = None) -> bool:
    """Whether a move word (``found``, when read) moves a thing to another owner or place
    rather than a deadline: 'moved to the Director of X', 'where has the unit been moved to?',
    'transferred into which directorate?', 'which board was it moved to?', 'to whom was it
    transferred?' (a destination that is no date, named or asked, and no deadline named)."""
    if found is not None and MOVED_TO_OWNER.match(question[found.end() :]):
        return True
    if _DEADLINE_NAMED.search(question):
        return False
    return bool(_PLACE_ASKED.search(question) or _WHERE_TO.search(question))


# A negation whose scope reaches the words right after it: 'not (been) completed', 'other than
# those led by X', 'excluding', 'yet to be'. A filter read inside one becomes its complement.
NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bnor|\bwithout|\bother than|\bexcept(?: for)?|\bexcluding|"
    r"\bapart from|\byet to be|\bno longer|\bnot counting|\bleaving out|\bbesides)"
    r"(?:\s+[\w'-]+){0,3}?\s*$",
    re.I,
)

STATUS_WORDS: list[tuple[re.Pattern[str], list[str]]] = [
    # 'not (yet) started', 'has not been started', "haven't been started", 'yet to be started'
    (
        re.compile(
            r"(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:(?:been|be)\s+)?(?:started|begun|commenced)\b|"
            r"\byet to (?:be\s+)?(?:started|begun|commenced)\b",
            re.I,
        ),
        ["not_started"],
    ),
    (
        re.compile(
            r"\b(?:only\s+)?(?:partial(?:ly)?|partly|significantly|moderately)(?:\s+met)?\b", re.I
        ),
        ["partial"],
    ),
    (
        re.compile(
            r"\b(?:outstanding|open|not (?:yet )?complete[d]?|unfinished|still open|unresolved|"
            r"unaddressed)\b",
            re.I,
        ),
        ["partial", "ongoing", "not_started"],
    ),
    (re.compile(r"\b(?:ongoing|on-going|in progress|under ?way)\b", re.I), ["ongoing"]),
    (
        re.compile(
            r"\b(?:(?:completely|fully|wholly) met|met (?:completely|fully|in full)|"
            r"complete[d]?|completely|implemented|closed|finished|achieved|resolved)\b",
            re.I,
        ),
        ["complete"],
    ),
]

SLIPPED = re.compile(
    r"\bslip(?:ped|s|page|ping)?\b|\boverdue\b|\bbehind schedule\b|\blate\b|\bdelayed\b|"
    r"\b(?:running|fallen|fell|falling|slipped|gone)\s+behind\b|\boff[- ](?:track|schedule)\b",
    re.I,
)

REPEATEDLY = re.compile(
    r"\b(?:more than once|twice|repeatedly|several times|multiple times|again and again|"
    r"more than one (?:extension|revision)|(?:two|2) or more times)\b",
    re.I,
)

REVISED = re.compile(
    # 'moved on', 'moved forward': the work progressed, no deadline moved
    r"\b(?:formally\s+)?(?:revised|extended|moved(?:\s+back|(?!\s+(?:on|forward|along|ahead)\b))|"
    r"pushed back|postponed|"
    r"rescheduled|put back)\b"
    r"(?:\s+deadlines?)?|"
    # a general verb of change whose subject is the deadline ('whose due date was later changed')
    r"\b(?:deadlines?|due dates?|target dates?|timescales?)\s+(?:[\w']+\s+){0,3}?"
    r"(?:changed|altered|amended|reset)\b|"
    # a deadline named as the one that replaced another ('the new deadline', 'its amended
    # target date'): a revision read from the adjective, not a verb
    r"\b(?:new|amended|updated|replacement)\s+(?:deadline|due\s+date|target\s+date|"
    r"completion\s+date|end\s+date|timescale)s?\b",
    re.I,
)

# a revision word written before another noun, as its adjective ('the revised delegation
# levels', 'an extended team'): what was revised is that thing, not a deadline
_BEFORE_A_NOUN = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|which|what)|\w['’]s)\s+$", re.I
)  # a possessive is a determiner too: "Ferncliff's revised policy"
_DEADLINE_WORDS = ("deadline", "date", "timescale", "time-scale", "target", "due", "timetable")
_RECORD_WORDS = ("action", "item", "recommendation", "record", "row", "entry", "task", "one")


def revises_another_noun(question: str, found: re.Match[str], row_nouns: set[str]) -> bool:
    """Whether a revision word ``found`` is an adjective on a noun that is neither a deadline
    nor a row of the register ('when were the revised spending limits brought in?'), rather
    than a deadline's revision ('which revised actions…', 'deadlines were revised')."""
    if " " in found.group(0).strip() or not _BEFORE_A_NOUN.search(question[: found.start()]):
        return False
    following = re.match(r"\s+([a-z][\w-]*)", question[found.end() :], re.I)
    if following is None:
        return False
    noun = following.group(1).lower()
    rows = (*_RECORD_WORDS, *row_nouns)
    return bool(query_terms(noun)) and not noun.startswith((*_DEADLINE_WORDS, *rows))


# 'How <adjective>' asking a column's value in other words ('how pressing was X thought to
# be?' asks its priority): a field lookup, not an explanation. Adjectives of degree of the
# column itself, whatever words come between them and the verb.
HOW_COLUMN_ADJECTIVE: dict[FieldName, str] = {
    "priority": r"how (?:important|pressing|critical|urgent)\b",
}
HOW_COLUMN = re.compile(r"\b(?:" + "|".join(HOW_COLUMN_ADJECTIVE.values()) + ")", re.I)

# The field of a record or document asked for; the words that asked for it.
# the adverbs that grade how far a recommendation was met, either side of 'met'
_MET_DEGREE = (
    r"fully|completely|wholly|partially|partly|largely|mostly|significantly|moderately|slightly"
)
# nouns that name when a thing is planned to happen, whatever its subject
_SCHEDULE_NOUNS = r"timings?|time-?frames?|time\s+frames?|timetables?|schedules?|target\s+dates?"
# a date a verb of setting a time (not of the doing: 'approved', 'held') puts on a row ('what
# date was first agreed', 'the originally agreed date', 'what date was set for X'): a deadline
_SET_TIME = r"agreed|set|fixed|promised|committed|targeted|given"
SET_DATE = re.compile(
    rf"\b(?:dates?|day)\b(?:\s+\w+){{0,2}}?\s+(?:{_SET_TIME})\b(?!\s+(?:by|at|in|on)\b)|"
    rf"\b(?:first|originally|initially)[\s-](?:{_SET_TIME})\s+(?:date|day)s?\b|"
    + DATE_AGAINST.pattern,
    re.I,
)
# a meeting before the paper's own: 'when did the committee last meet?', 'the previous
# meeting', 'when did it sit before this one?': a date the paper's prose gives, not its own
EARLIER_MEETING = re.compile(
    r"\b(?:last|previous(?:ly)?|prior|preceding|earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:met|meet|meeting|sat|sit|sitting|session)s?\b|"
    r"\b(?:met|meet|sat|sit)\s+(?:[\w-]+\s+)?(?:last|previously|before)\b",
    re.I,
)
FIELD_WORDS: list[tuple[re.Pattern[str], FieldName]] = [
    (
        re.compile(
            r"\bwhen\b.*\b(?:due|deadline|complete|finish|done|expected|by when|go live|"
            r"launched?|end)\b|\bdeadline\b|\bdue date\b|\bby when\b|\btimescale|"
            # a when-question on what was to be: 'when was X meant to be finished?'
            r"\bwhen\b.*\b(?:meant|supposed|intended|scheduled|planned|set|due)\s+to\b|"
            # what is yet to be ('when must X be completed?'), not 'when was X completed?'
            r"\bwhen\s+(?:does|do|will|would|should|must|shall|is|are)\b[^?]{0,80}?\b"
            r"(?:finished|completed|done|delivered|implemented|closed)\b|"
            r"\btarget(?:ed)?\s+(?:date|deadline|completion|for completion)\b|"
            r"\b(?:completion|end|finish)\s+date\b|\bdate (?:for|of) completion\b|"
            # the head of a wh-phrase is a noun of schedule, the action it is for after it
            # ('what was the expected timing for reporting on X', 'what timetable was set
            # for X', 'the target for confirming X'): the deadline is asked
            rf"\b(?:what|which)\b[^?]{{0,40}}?\b(?:{_SCHEDULE_NOUNS})\b[^?]{{0,20}}?\b(?:for|of)\b|"
            # or a date a verb of setting a time puts on the row: its deadline (:data:`SET_DATE`)
            r"\b(?:what|which)\b[^?]{0,40}?\btargets?\s+(?:for|of)\s+\w+ing\b|"
            # the date a thing was moved to, asked at the end ('what date was X pushed back
            # to?', 'when has it been postponed until?'): the row's deadline as revised
            r"\b(?:when|what|which)\b[^?]{0,120}?\b(?:pushed|put|moved|set)\s+(?:back|out)\s+"
            r"(?:to|until|till)\s*\??\s*$|\b(?:when|what|which)\b[^?]{0,120}?\b(?:postponed|"
            r"deferred|extended|rescheduled|revised|delayed)\s+(?:to|until|till)\s*\??\s*$|"
            # a time by which it was to be done, asked at the end ('what was X meant to be
            # finished by?', 'what date was it supposed to be done by originally?')
            r"\b(?:meant|supposed|due|expected|scheduled|planned|intended|set)\s+to\s+(?:be\s+)?"
            r"[\w-]+(?:\s+[\w-]+){0,3}?\s+by\s*(?:originally|initially|at\s+first|first)?\s*\??\s*$|"
            + SET_DATE.pattern,
            re.I,
        ),
        "due",
    ),
    (
        re.compile(
            r"\bwho\b|\bowner\b|\bowns?\b|\bresponsib\w*|\bled by\b|\blead(?:s|ing)?\b|"
            r"\bwhose\s+(?:job|task|remit|desk|brief|duty)\b|\baccountab\w*|\bon the hook\b|"
            r"\banswerable\b",
            re.I,
        ),
        "owner",
    ),
    (
        re.compile(
            r"\bpriorit(?:y|ies|ised|ized)\b|\b(?:most|least|more|less) urgent\b|\burgency\b|"
            r"\b" + HOW_COLUMN_ADJECTIVE["priority"],
            re.I,
        ),
        "priority",
    ),
    (
        re.compile(
            r"\bstatus\b|\bhow far\b|\b(?:to )?what degree\b|\bwas it (?:met|done|completed)|"
            # 'met' as a degree by its shape: after a form of 'be', a negation or a degree
            # adverb ('was met', "wasn't met", 'fully met'), or before a colon or a degree
            # adverb ('met: partially', 'met in full'); a meeting ('when the panel met in
            # 2019') or an organisation ('the Met') has neither
            rf"(?:\b(?:is|are|was|were|be|been|being|not|never|only|{_MET_DEGREE})|n['’]t)\s+met\b|"
            rf"\bmet\s*(?::|\b(?:{_MET_DEGREE}|in\s+full|more|less|further|better|"
            r"to\s+(?:a|some|what|any)\b))",
            re.I,
        ),
        "status",
    ),
    (
        re.compile(
            r"\bagreed action\b|\bwhat (?:was|were|is) (?:to be )?done\b|\bwhat action\b", re.I
        ),
        "action",
    ),
    (
        re.compile(
            r"\bprogress\b|\bcomment[s]?\b|\bwhat (?:does|did) (?:it|its|the) .{0,30}say\b|"
            # 'what did the 2008 plan report (on X)?': 'report' as the verb, where it ends
            r"\bwhat\s+(?:does|did)\s+(?:it|the)\s[^?]{0,60}?\breport(?=\s*(?:[?.]|$|\s+on\b))|"
            # 'what is the (latest) position on X?': where X stands, as its update says
            r"\b(?:the|its|their)\s+(?:(?:current|latest|present|most\s+recent)\s+)?position"
            r"(?=\s+(?:on|of|with|regarding|for|now)\b|\s*[?.]*\s*$)|"
            r"\bwhat is being done\b|"
            # 'what has the board done about it?', 'what did they do on X?': what was done,
            # whoever did it ('done to <verb>' says a purpose, and is left as it was)
            r"\bwhat\s+(?:has|have|had)\b[^?]{0,60}?\bdone\s+(?:about|on|with)\b|"
            r"\bwhat\s+did\b[^?]{0,60}?\bdo\s+(?:about|on|with)\b|"
            # 'how far have they got with X?', 'where has that got to?': what has been done
            r"\bhow far (?:has|have|had|did)\b.{0,60}?\b(?:got|gotten|get|come)\b|\bgot to\?|"
            r"\bwhere\s+(?:has|have|had)\s+(?:things|it|they|work)\s+got\s+to\b",
            re.I,
        ),
        "progress",
    ),
]

# the words of 'the (latest) position on X' read when it asks the update (consumed only then)
POSITION_WORDS = frozenset({"position", "current", "latest", "present", "most", "recent"})
FIELD_TRIGGERS = {
    "due",
    "deadline",
    "owner",
    "owns",
    "own",
    "responsible",
    "responsibility",
    "lead",
    "leads",
    "led",
    "priority",
    "status",
    "progress",
    "date",
    "met",
    "comment",
    "comments",
    "timescale",
    "timescales",
    "degree",
    "whose",
    "job",
    "accountable",
    "accountability",
    "hook",
    "answerable",
    "remit",
    "urgent",
    "urgency",
    "important",
    "importance",
    "pressing",
    "rated",
    "rating",
    "target",
    "completion",
}

# the head nouns a paper is called by ('the 2008 plan', 'the progress summary')
PAPER_NOUN = (
    r"(?:papers?|reports?|documents?|statements?|plans?|years?|periods?|inspections?|audits?|"
    r"reviews?|summaries|summary|responses?|updates?|action plans?)"
)

# the bodies a paper goes before: a meeting's date is the paper's
_MEETING = r"panel|committee|board|meeting|cabinet|council|authority|forum|executive"
DOC_FIELDS: list[tuple[re.Pattern[str], DocField]] = [
    *COVER_ASKS,  # a committee, or the day it met, asked of a paper's cover
    (
        re.compile(
            # an adverb of stance may stand between: 'who actually prepared'
            r"\bwho (?:[a-z]+ly )?(?:wrote|authored|prepared|presented|signed)\b|"
            # a paper made up by someone, in phrasal verbs: 'who put together / drew up the log'
            r"\bwho (?:[a-z]+ly )?(?:(?:put|pulled) together|drew up)\b|"
            r"\bauthor(?:s|ed)?\b|\breport by\b|\bwriters?\b|"
            # 'which individuals wrote …', 'whose names …': a wh-word, then the writing verb
            r"\b(?:which|what|whose)\b(?:\s+[\w']+){0,3}?\s+(?:wrote|drafted|penned)\b|"
            r"\bwritten by\b|\bprepared by\b|"
            # signing, in its idioms: 'who put their name to …', 'whose name is on the paper'
            r"\bwho\b(?:\s+[\w']+){0,3}?\s+(?:put|puts|set)\s+(?:their|his|her|its|a)\s+names?\s+"
            r"to\b|\bwhose\s+names?\s+(?:is|are|was|were|appears?|went)\s+(?:on|at\s+the\s+foot\s+of)\b|"
            # filler between 'who' and the verb: 'who was it that wrote', 'who actually drafted'
            r"\bwho\b(?:\s+[\w']+){1,4}?\s+(?:wrote|authored|drafted|compiled|penned)\b|"
            # 'who was the plan by / from?': a paper, named by its noun, 'by' someone (not 'who
            # is it owned by?', 'who is R3 held by?')
            r"^(?:and\s+|so\s+)?who(?=(?:'s|’s|\s+(?:was|is))\s+[^?]{0,80}?\b"
            + PAPER_NOUN
            + r"\b[^?]{0,60}?"
            r"(?<!ed)(?<!en)\s+(?:by|from)\s*\?*$)|"
            # or the paper named first, then asked of by a pronoun: '<the paper> - who's it by?'
            r"\b" + PAPER_NOUN + r"\b[^?]{0,40}?[-—–:,]\s*who(?:'s|’s|\s+(?:was|is))\s+"
            r"(?:it|this|that)(?:\s+one)?\s+by\s*\?*$",
            re.I,
        ),
        "author",
    ),
    (
        re.compile(
            # the meeting a paper went to, whatever the verb: 'when was X put before the
            # panel?', '… taken by the Panel', '… discussed at the committee', 'when did the
            # panel look at X?' (only the verb is read: the rest names the paper or the body)
            rf"\b(?:when|(?:what|which) (?:date|day))\b.{{0,80}}?\b(?P<verb>[a-z]+"
            rf"(?: (?:up|over|out))?) (?:to|at|by|before|in) the (?:[\w&'-]+ ){{0,4}}?"
            rf"(?:{_MEETING})\b|"
            rf"\b(?:when|on (?:what|which) (?:date|day)) (?:was|did) the (?:[\w&'-]+ ){{0,4}}?"
            rf"(?:{_MEETING}) (?P<doer>[a-z]+)\b|"
            r"\b(?:what|which) (?:date|day)\b|\bdate of\b|\bdated\b|"
            # 'which panel meeting was it for?', 'what committee sitting is the tracker going
            # to?': a meeting is named by its date, and a paper's meeting is its date
            rf"\b(?:what|which) (?:[\w&'-]+ ){{0,3}}?(?:meeting|sitting|session)\b(?=[^?]{{0,100}}?"
            r"\b(?:for|to|at|before|presented|submitted|considered|tabled|taken)\b)|"
            r"\bwhen (?:was|did) the "
            r"(?:report|paper|panel|audit panel|plan|summary|progress summary)\b|"
            r"\bwhen\b.{0,80}?\b(?P<went>considered|received|tabled|put before|taken to|"
            r"came before|went (?:to|before))\b",
            re.I,
        ),
        "date",
    ),
]

# What a question takes for granted; where one question ends and the next begins.
# a scope fronted before the question proper: 'In the 2023/24 plan, ', 'According to the AGS, '
FRONTED_SCOPE = r"(?:in|for|within|under|according\s+to)\s[^,?]{3,80},\s*"
EXPLAIN_OPENING = re.compile(rf"(?:{FRONTED_SCOPE})?(?:why|explain|describe)\b", re.I)
PREMISE = [
    re.compile(
        r"^(?:since|given(?: that)?|now that|as|because|considering|with)\s+(?P<p>.+?),\s*"
        r"(?:what|who|when|why|how|which|where)\b",
        re.I,
    ),
    re.compile(  # a dash, or a hyphen typed for one (' - ')
        r"^(?P<p>[^?]{12,}?)(?:\s*[—–]|\s+--?)\s*(?:what|who|when|why|how|which|where)\b", re.I
    ),
    re.compile(  # the scope may be fronted: 'In the 2023/24 plan, why was X given to Y?'
        rf"^(?:{FRONTED_SCOPE})?why (?:was|were|did|is|are|has|have|had)\s+(?P<p>.+?)\??$", re.I
    ),
    # a sentence putting a deadline on a thing, then the question about it ('X was supposed to
    # be done by March 2020. Why was that missed?'): the deadline is asserted, not asked
    # ('… was due in June 2022; is it done?', '… had a December 2008 deadline - did it make it?')
    re.compile(
        r"^(?P<p>[^?]{12,}?(?:\b(?:due|supposed|meant|scheduled|expected|planned|intended|targeted|"
        r"deadline|target\s+date)\b[^?.;:,]*?\b\d{4}|\b\d{4}\s+(?:deadline|target\s+date|"
        r"due\s+date|timescale)s?\b))\s*(?:[.;:,]|\s[—–-]-?)\s+(?:and\s+|so\s+|but\s+)?"
        r"(?:what|who|when|why|how|which|where|(?:is|are|was|were|has|have|had|did|does|do)\s+"
        r"(?:it|they|that|this|these|those|the)\b)",
        re.I,
    ),
]

# A quotation in a question (curly or straight quotes; an apostrophe inside a word is none).
# a ref written in a question, as a regex fragment: a code with a digit that is no year and no
# possessive ('R21', 'CHT-PAY-01', '3.4'; not '2008', "R3's")
REF_TOKEN = r"(?!(?:19|20)\d\d\b)(?=[\w./-]*\d)[\w./-]+(?![\w'’])"
QUOTED = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"|‘[^’]{3,}’|(?<![A-Za-z])'[^']{3,}?'(?![A-Za-z])")


def unquoted(text: str) -> str:
    """``text`` with every quotation of two words or more blanked (same length): 'the action on
    “Waivers were not reported”' asserts nothing, and filters nothing."""
    return QUOTED.sub(
        lambda m: " " * len(m.group(0)) if len(m.group(0).split()) >= 2 else m.group(0), text
    )
