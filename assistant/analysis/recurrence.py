"""Recurrence cues: the words that ask whether a subject comes up more than once or in more
than one paper ('raised again', 'in more than one of the papers', 'both in 2008 and in
2017'), read by their structure, never by a paper's names."""

from __future__ import annotations

import re

from assistant.analysis.patterns import GENERIC, PAPER_NOUN
from vectorstore.bm25 import query_terms

# a subject raised more than once: counts of occasions, 'again', 'in more than one paper'
RECURRENCE = re.compile(
    r"\bmore than once\b|\btwice\b|\brepeatedly\b|\bagain and again\b|"
    r"\b(?:two|three|four|several|separate|different|multiple|many) (?:separate |different )?"
    r"(?:occasions|times)\b|\bhow many (?:times|occasions)\b|"
    r"\b(?:in|across|at|among|for|within|with) (?:more than one|two or more|several|multiple|"
    r"successive|"
    r"different) (?:of (?:the|these|those|its|their) )?(?:\w+ )?(?:reports?|papers?|documents?|"
    r"years?|periods?|plans?|inspections?|audits?|statements?|reviews?|"
    r"bod(?:y|ies)|organi[sz]ations?)\b|"  # a paper is a body's: 'at more than one body'
    r"\b(?:keeps?|kept) (?:cropping|popping|turning|showing) up\b|\bcrop(?:s|ped)? up\b|"
    r"\b(?:19|20)\d\d\b[^.?!]{0,40}\band again\b|"
    r"\b(?:raised|flagged|reported|noted|identified|highlighted|found|mentioned|criticised)\b"
    r"[^.?!]{0,60}\bagain\b|"
    # 'each time it was raised', 'for every report that flagged X', 'each year X came up': a
    # distributive over occasions or papers, with a verb of raising in its clause
    r"\b(?:each|every)\s+(?:time|occasion|(?:[\w/'’-]+\s+)?(?:papers?|reports?|documents?|"
    r"plans?|years?|reviews?|inspections?|audits?|statements?))\b(?=[^?,;:]{0,80}?\b(?:"
    r"raised|flagged|reported|noted|identified|highlighted|mentioned|criticised|discussed|"
    r"cited|listed|appeared|featured|surfaced|came\s+up|comes\s+up|cropped\s+up|arose)\b)",
    re.I,
)


# The same subject looked for in more than one paper, read by structure: a quantifier over
# papers followed within a few words by a paper noun ('in more than one of the papers',
# 'across these reports', 'in each of the plans'), or two years both asked about ('both in
# 2008 and in 2017', 'in 2002 as well as 2008').
_PAPER_NOUN = (
    PAPER_NOUN
    +
    # the head of its phrase, not a word of a name ('both the Audit Commission and HMIC
    # recommendations' quantifies two tables of one paper, not audits)
    r"(?!\s+(?-i:[A-Z]))"
)
_YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
# a preposition placing a year ('in 2002', 'around 2002', 'by 2017')
_AT = r"(?:in|around|about|circa|c\.|by|during|from)"
# a verb read with 'through' as one (go through the report, look through the log): a reading
# of one paper, not a span over several
_READ_THROUGH = "".join(
    rf"(?<!\b{verb} )"
    for verb in (
        "go goes going gone went look looks looking looked read reading run runs running ran "
        "work works working worked get gets getting got take takes taking took taken talk "
        "talked talking walk walked walking sit sat sitting skim skimmed wade waded"
    ).split()
)
PAPERS_QUANTIFIED = re.compile(
    r"\b(?:in|across|by|throughout|through|over|from)\s+(?:more than one|two or more|several|"
    r"multiple|"
    r"many|both|each|every(?: one)?|all|how many|different|successive|separate|various|a number)"
    # a body's possessive may stand before the noun ('in both of the gardens' papers')
    r"(?:\s+of)?(?:\s+(?:the|these|those|its|our|their))?\s+(?:[\w/'’-]+\s+){0,2}?"
    + _PAPER_NOUN
    + r"\b|\b(?:across|"
    + _READ_THROUGH
    + r"through(?:out)?)\s+(?:the|these|those|all(?: the)?|its|their)\s+"
    r"(?:[\w/'’-]+\s+){0,2}?"
    + _PAPER_NOUN
    + rf"\b|\bboth\s+(?:{_AT}\s+)?{_YEAR}\s+and\s+(?:{_AT}\s+)?{_YEAR}\b|"
    rf"\b{_AT}\s+{_YEAR}\s+as well as\s+(?:{_AT}\s+)?{_YEAR}\b",
    re.I,
)


# the papers spanned as a pair or one by one, with no verb of raising: 'between the two damp
# reports', 'what each report said', 'from one year to the next', 'year on year', 'in both
# trackers' — the same subject read in every paper of its series, paper by paper
_PLURAL_PAPER = (
    r"(?:papers|reports|documents|statements|plans|years|periods|inspections|audits|reviews|"
    r"summaries|responses|updates|trackers|logs)"
)
_ANY_PAPER = r"(?:" + PAPER_NOUN + r"|trackers?|logs?)"
PAPERS_SPANNED = re.compile(
    r"\bbetween\s+(?:the|these|those|its|their)\s+(?:two\s+|both\s+)?(?:[\w/'’-]+\s+){0,4}?"
    + _PLURAL_PAPER
    + r"\b(?!\s+(?:and|or)\b)"
    # ('the older of the two logs' picks one of them: no span)
    r"|\b(?:in|(?<!older )(?<!later )(?<!newer )(?<!earlier )(?<!recent )of|for|across)\s+"
    r"(?:both|the\s+two)\s+(?:of\s+the\s+)?(?:[\w/'’-]+\s+){0,3}?"
    + _PLURAL_PAPER
    + r"\b"
    + r"|\b(?:each|every)\s+(?:one\s+)?(?:of\s+(?:the|these|those|its|their)\s+)?(?:[\w/'’-]+\s+)?"
    + _ANY_PAPER
    + r"\s+(?:sa(?:y|ys|id)|report(?:s|ed)?|record(?:s|ed)?|show(?:s|ed)?|g(?:ive|ives|ave)|"
    r"state[sd]?|note[sd]?)\b"
    r"|\bfrom\s+(?:one|the\s+first|the\s+earlier)\s+(?:year|report|paper|tracker|update|review|"
    r"plan|period)\s+to\s+(?:the\s+next|another|the\s+(?:second|later|last|latest))\b"
    r"|\byear\s+(?:on|to|by|after)\s+year\b|\bfrom\s+year\s+to\s+year\b",
    re.I,
)


def papers_spanned(question: str) -> str:
    """The words that span the papers ('between the two damp and mould reports'), to be read as
    the papers' description rather than the subject; '' when there are none, or when they hold
    every content word of the question ('between the two fire safety reports?' then names the
    subject in them)."""
    found = PAPERS_SPANNED.search(question)
    if found is None:
        return ""
    spanned = set(query_terms(found.group(0)))
    rest = [t for t in query_terms(question) if t not in GENERIC and t not in spanned]
    return found.group(0) if len(rest) >= 2 else ""


# a subject asked of the papers before or after one of them: a verb of raising, then a
# preposition of time and a paper ('raised before the 2017 report', 'come up again after the
# 2002 audit', 'mentioned since the 2008 plan')
_RAISED = (
    r"(?:raised|flagged|reported|noted|identified|highlighted|found|mentioned|criticised|"
    r"discussed|cited|named|listed|come up|came up|crop(?:ped)? up|appear(?:ed|s)?|"
    r"feature[ds]?|arisen|arose|surface[ds]?|resurface[ds]?)"
)
AROUND_A_PAPER = re.compile(
    rf"\b{_RAISED}\b[^.?!]{{0,40}}?\b(?:before|after|since|prior to|ahead of|earlier than|"
    rf"later than)\s+(?:the|that|this|its|their)\s+(?:[\w/-]+\s+){{0,4}}?{PAPER_NOUN}\b",
    re.I,
)


# a subject raised in two papers named by their years ('appears in the 2002 summary and the
# 2017 report', 'showed up in 2008 and 2017'): the same subject in each of them
TWO_PAPERS_RAISED = re.compile(
    rf"\b(?:{_RAISED}|(?:shows?|showed|turns?|turned)\s+up)\b[^.?!]{{0,20}}?\b(?:in|at)\s+"
    rf"(?:both\s+)?(?:the\s+)?{_YEAR}\b(?:\s+[\w/'’-]+){{0,3}}?\s+(?:and|as\s+well\s+as)\s+"
    rf"(?:again\s+)?(?:in\s+)?(?:the\s+)?{_YEAR}\b",
    re.I,
)


# a subject asked of the papers before the latest ('raised in earlier years too?', 'did it
# come up in previous reports?'): a verb of raising, then the earlier papers as a group
EARLIER_PAPERS = re.compile(
    rf"\b{_RAISED}\b[^.?!]{{0,40}}?\b(?:in|during|over|across)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:earlier|previous|prior|past|preceding|former|older)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{PAPER_NOUN}\b",
    re.I,
)
# a state asked of the newest paper with 'still' ('is it still open in the latest report?'):
# the subject's row followed across its body's papers up to the last
STILL_IN_LATEST = re.compile(
    r"\bstill\b[^.?!]{0,50}?\b(?:in|at|by|as\s+of)\s+(?:the|its|their)\s+"
    r"(?:latest|most\s+recent|last|newest|current)\s+(?:[\w'’-]+\s+){0,2}?" + PAPER_NOUN + r"\b",
    re.I,
)


# a last part asking the state of what the question before it named ('…, and is it still
# open?', 'and are they closed now?'): the state of each paper's row, which a recurrence gives
STATE_OF_IT = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:is|are|was|were|has|have)\s+(?:it|this|that|they|these)|"
    r"where\s+(?:does|do|did)\s+(?:it|this|that|they)\s+stand)\b[^?,;]*\??\s*$",
    re.I,
)


# a subject asked of the other papers, or those after it, as a group ('has it come up in other
# reports?', 'did R5 appear in any later plans?', 'raised in subsequent years too?')
_RAISED_AGAIN = (  # not 'named', 'listed': 'still named against a row in the later report' asks
    # of an owner's or a row's state there, not whether an issue came back
    r"(?:raised|flagged|highlighted|mentioned|come up|came up|crop(?:ped)? up|appear(?:ed|s)?|"
    r"feature[ds]?|arisen|arose|surface[ds]?|resurface[ds]?|recur(?:red|s)?)"
)
OTHER_PAPERS = re.compile(
    rf"(?<!still )\b{_RAISED_AGAIN}\b[^.?!]{{0,40}}?\b(?:in|during|over|across)\s+"
    rf"(?:(?:any|some|one|each|all|either)\s+of\s+)?"  # 'in any of the other papers'
    rf"(?:the\s+|any\s+|its\s+|their\s+)?(?:other|later|subsequent|following|newer|further)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{PAPER_NOUN}\b",
    re.I,
)


def raised_again(question: str) -> bool:
    """Whether the question asks if its subject was raised more than once: again, in more than
    one paper, before or after a paper ('raised before the 2017 report'), in the earlier papers,
    still in the latest, where it comes up, at other bodies, or in two papers named by their
    years ('in the 2002 summary and the 2017 report')."""
    return bool(
        RECURRENCE.search(question)
        or KEEPS_ON.search(question)
        or AROUND_A_PAPER.search(question)
        or EARLIER_PAPERS.search(question)
        or OTHER_PAPERS.search(question)
        or STILL_IN_LATEST.search(question)
        or WHERE_RAISED.search(question)
        or BODIES_ASKED.search(question)
        or TWO_PAPERS_RAISED.search(question)
    )


def around_a_paper(question: str) -> str | None:
    """'before' or 'after' where the question asks of the papers on one side of a paper it
    names ('raised before the 2017 report', 'came up again after the 2002 audit'); else None."""
    found = AROUND_A_PAPER.search(question)
    if found is None:
        return None
    return (
        "after" if re.search(r"\b(?:after|since|later than)\b", found.group(0), re.I) else "before"
    )


# where a subject comes up: 'where does X come up / appear / feature?', 'in which papers is X
# discussed?', 'which reports mention X?' — a wh-word asking for places or papers, and a verb
# of raising; the subject between them is looked for in every paper
_RAISE_VERB = (
    r"(?:rais(?:e|es|ed)|flag(?:s|ged)?|mention(?:s|ed)?|discuss(?:es|ed)?|cit(?:e|es|ed)|"
    r"featur(?:e|es|ed)|appear(?:s|ed)?|com(?:e|es)\s+up|came\s+up|crop(?:s|ped)?\s+up|"
    r"aris(?:e|es)|arose|surfac(?:e|es|ed)|refer(?:s|red)?\s+to|talk(?:s|ed)?\s+about)"
)
# 'how often' asks whether a subject recurs in the papers only with a verb of raising or a noun
# of what is raised as its predicate ('how often has X been flagged', 'how often is X an issue',
# 'how often have there been concerns', 'how often do the reports mention X'); 'how often did
# the audit panel meet?' asks a frequency in the world, and so does a question whose subject
# holds such a noun ('how often do the themes go to the board?')
_RAISED_NOUN = r"(?:issues?|problems?|concerns?|themes?|topics?|findings?|weakness\w*)"
HOW_OFTEN_RAISED = re.compile(
    r"\bhow often\b(?=.*\b(?:" + _RAISE_VERB + r"|" + _RAISED + r"|recur\w*|repeat\w*|"
    r"(?:an?|the\s+same)\s+(?:[\w-]+\s+)?"
    + _RAISED_NOUN
    + r"|there\s+(?:\w+\s+){0,2}?"
    + _RAISED_NOUN
    + r")\b)",
    re.I,
)
WHERE_RAISED = re.compile(
    r"(?:^|[-–—:,]\s*)(?P<wh>where|(?:in\s+)?(?:which|what)\s+(?:of\s+the\s+)?"
    r"(?:papers|reports|documents|statements|plans))\b[^?.]*?\b(?P<verb>" + _RAISE_VERB + r")\b",
    re.I,
)
# the writers of the papers asked for ('which bodies have had this finding?', 'what other
# organisations were criticised over X'): a subject followed across the papers of several bodies
_BODY_NOUNS = r"(?:bod(?:y|ies)|organi[sz]ations?|authorit(?:y|ies)|institutions?)"
BODIES_ASKED = re.compile(
    r"(?:^|[-–—:,.;]\s*)(?:(?:in|at|by|for)\s+)?(?:which|what)\s+(?:other\s+)?"
    r"(?:bodies|organi[sz]ations|authorities|institutions)\b"
    # another body asked after ('did another body have a similar finding?', 'at any other
    # organisation', 'which other body'): the subject followed across the other bodies' papers
    rf"|\b(?:any|some|which|what)\s+other\s+{_BODY_NOUNS}\b|\banother\s+{_BODY_NOUNS}\b"
    rf"|\b(?:at|in|by|for|across)\s+other\s+{_BODY_NOUNS}\b"
    # 'across these bodies, who has an action on X?': 'who' ranges over the bodies
    rf"|^\s*(?:across|among|of)\s+(?:(?:these|the|all(?:\s+the)?|(?:the\s+)?different)\s+)?"
    rf"{_BODY_NOUNS}\s*[,:;—–-]\s*who\b",
    re.I,
)
# a question of bodies, not of papers or years ('at more than one body', 'another body')
OF_BODIES = re.compile(
    rf"\b{_BODY_NOUNS}\b|\belsewhere\b|\banywhere\s+else\b",
    re.I,
)
# the state asked of each paper's rows ('where did things stand in each?', 'how far had it
# got?', 'what was its position?', 'where was it at?'): each row shows what says its state
# where a subject stood at a paper, asked without a verb of raising ('give me where it stood
# in A, B and C', 'where things stand in each')
STOOD = re.compile(
    r"\bwhere\s+(?:(?:do|does|did)\s+)?(?:things|it|they|this|that|matters|work)\s+"
    r"(?:stood|stands?)\b",
    re.I,
)
STATE_ASKED = re.compile(
    r"\bwhere\s+(?:do|does|did)\s+(?:things|it|they|this|that|matters|work)\s+stand\b|"
    r"\bwhere\s+(?:things|it|they|this|that|matters|work)\s+(?:stood|stands)\b|"
    r"\bhow\s+far\s+(?:had|has|have|did)\s+(?:it|they|things|work)\s+(?:got|gotten|come|"
    r"progressed|get)\b|\bhow\s+far\s+along\b|"
    r"\b(?:its|their)\s+(?:position|standing|state|status|progress)\b|"
    r"\bwhere\s+(?:was|is|were|are)\s+(?:it|they|things)\s+at\b|\bwhere['’]s\s+it\s+at\b|"
    r"\b(?:status|progress)\b",
    re.I,
)
# continuation: 'still (being) reported', 'still open'
STILL = re.compile(r"\bstill(?:\s+(?:be|being|been))?(?:\s+[a-z]+)?\b", re.I)
# words that never head a participle after 'being'/'getting' ('getting the ...', 'being in ...')
_NOT_PARTICIPLE = r"(?:the|a|an|any|to|in|on|at|by|for|of|about|from|with|into|more|less)"
# a continuous aspect: 'keep returning to', 'kept being flagged' ('keep' + a verb in -ing)
KEEPS_ON = re.compile(
    r"\b(?:keeps?|kept|keeping)\s+(?:on\s+)?(?:(?:being|getting)\s+(?!" + _NOT_PARTICIPLE + r"\b)"
    r"[a-z]{3,}|[a-z]{3,}ing)\b(?:\s+(?:back|up|round|around)\b)?",
    re.I,
)  # 'keeps coming up', and the passive 'keeps being raised', 'kept getting flagged': the
# auxiliary is read before the -ing form, and any word after it is its participle, irregular
# ones too ('keep being told', 'kept getting shown', 'keeps being brought up')


# a question asking for content, not whether: its main clause opens with a wh-word or a
# request ('who has …', 'which actions …', 'across these bodies, who …', 'list where …'),
# after at most one fronted phrase closed by a comma, colon or dash that is no question of its
# own; 'does X recur, and where?', 'has it come up more than once: which …?' stay yes/no
CONTENT_ASKED = re.compile(
    r"^\s*(?:(?!(?:has|have|had|is|are|was|were|do|does|did|can|could|will|would)\b)"
    r"[^,:;?—–]{1,60}(?:[,:;—–]|\s-\s)\s*)?(?:who|whom|whose|which|what|where|when|how|list|name|show|"
    r"tell\s+me|give)\b(?!\s+(?:often|many|much)\b)",
    re.I,
)


def content_asked(question: str) -> bool:
    """Whether a recurrence question asks where, who or which rather than whether ('where does
    X come up?', 'across these bodies, who has X?'): its answer opens without yes or no."""
    return bool(WHERE_RAISED.search(question) or CONTENT_ASKED.search(question))


def recurrence_cue(question: str) -> str | None:
    """The words that ask for recurrence rather than name the subject ('criticised in more
    than one of the papers', 'raised again'), with the participle before a quantifier over
    papers; None when there are none."""
    where = WHERE_RAISED.search(question)
    if where is not None:  # the wh-phrase and the verb, never the subject between them
        quantified = PAPERS_QUANTIFIED.search(question)
        words = [where["wh"], where["verb"], quantified.group(0) if quantified else ""]
        return " ".join(w for w in words if w)
    found = (
        PAPERS_QUANTIFIED.search(question)
        or RECURRENCE.search(question)
        or KEEPS_ON.search(question)
        or AROUND_A_PAPER.search(question)
        or EARLIER_PAPERS.search(question)
        or OTHER_PAPERS.search(question)
        or STILL_IN_LATEST.search(question)
        or STILL.search(question)
        or BODIES_ASKED.search(question)
        or TWO_PAPERS_RAISED.search(question)
    )
    if found is None:
        return None
    before = re.search(r"\b[a-z]+ed\s+$", question[: found.start()])
    cue = question[before.start() if before else found.start() : found.end()]
    alike = [m.group(0) for m in _ALIKE.finditer(question)]
    alike += [m.group(0) for m in _RELATIVE_PAPERS.finditer(question)]
    alike += [m.group(0) for m in _FOLLOW.finditer(question)]
    return " ".join([cue, *alike])


# the papers a subject is looked for in, named relatively ('in later papers', 'in the
# subsequent reports'): where to look, never what about
_RELATIVE_PAPERS = re.compile(
    r"\b(?:in|into|across|over|through)\s+(?:the\s+|its\s+|their\s+)?(?:later|subsequent|"
    r"following|next|earlier|previous|prior|past|preceding|older|newer)\s+"
    r"(?:[\w'’-]+\s+){0,2}?" + PAPER_NOUN + r"\b",
    re.I,
)
# a command to follow a subject across the papers ('trace X through the plans', 'track X'):
# the verb frames the question
_FOLLOW = re.compile(r"^\s*(?:please\s+)?(?:trace|track|follow|chart|map)\b", re.I)


# the words likening one body's row to another's ('a similar finding', 'the same weakness', '…
# the canals partnership's business continuity one'): they frame the subject, never name it
_ALIKE = re.compile(
    r"\b(?:similar|comparable|equivalent|same|like)\b(?:\s+(?:findings?|issues?|problems?|"
    r"weakness(?:es)?|recommendations?|concerns?|points?))?"
    r"|\b(?:one|ones)(?=\s*[?.!]?\s*$)",
    re.I,
)
