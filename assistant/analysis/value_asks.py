"""Fields and rows asked in the words people use rather than the register's (issue 14): an
owner asked by the kind of post that holds the task ('which post holds the recommendation on
X', 'what officer has Y', 'which officer is handling Z' ask for the owner column as 'who
owns' does), and the rows in a state asked with 'what' as the subject of the state ('what is
still open on the log?')."""

from __future__ import annotations

import re

from assistant.analysis.nouns import SCOPING_CLAUSE
from assistant.analysis.patterns import REF_TOKEN

# verbs whose object is a sum of money: 'what did X charge / cost / pay / spend / bill /
# invoice' asks an amount as 'how much' does ('fund' and 'raise' take things as their object
# too: 'what did the grant fund', 'what did the auditors raise'; 'save' shares its stem with
# the savings a question names as its subject, which the amount's sentence must still hold)
AMOUNT_VERB_FORMS = frozenset(
    """cost costs costing spend spends spending spent charge charges charged charging pay pays
    paid paying bill bills billed invoice invoices invoiced""".split()
)
# after 'did', 'does', 'will' the question's own verb is bare ('what did X cost / pay?'); an
# inflected form there is a noun of the subject ('what did the trust set up to cut staffing
# costs?')
_BARE_AMOUNT_VERBS = "cost|spend|charge|pay|bill|invoice"
# 'what did X charge?': the verb is the question's own, not a noun of its topic (no topic
# preposition before it: 'what does the record say about visitor charges' asks no amount);
# 'on' names a topic only after a verb of saying ('what did the report say on charges'), and
# is part of the subject otherwise ('what did the work on the roof cost')
_SAYING_ON = r"(?:say|says|said|report|reports|reported|state|states|stated|note|notes|noted)\s+on"
# after 'has', 'have', 'had' the verb is its participle ('what has the work cost so far?')
_PERFECT_AMOUNT_VERBS = "cost|spent|charged|paid|billed|invoiced"
AMOUNT_VERB_ASKED = (
    rf"\bwhat (?:(?:did|does|do|will|would) (?:(?!(?:about|regarding|concerning)\b|"
    rf"{_SAYING_ON}\b)[\w'’/-]+\s+){{1,12}}?(?:{_BARE_AMOUNT_VERBS})|(?:has|have|had) "
    rf"(?:(?!(?:about|regarding|concerning)\b|{_SAYING_ON}\b)[\w'’/:&().-]+\s+){{1,12}}?"
    rf"(?:{_PERFECT_AMOUNT_VERBS}))\b"
)

# 'the name of the person they appointed as …': a person named by what was done to them
PERSON_NAME = r"\bnames?\s+of\s+(?:the|that|this)\s+(?:person|individual|people|man|woman)\b"
# 'who was at that meeting?': its attendance, not an owner
AT_MEETING = (
    r"\bwho (?:was|were|is|are) (?:at|present at|in attendance at) (?:the|that|this|its|their) "
    r"(?:[\w'-]+ ){0,3}?(?:meeting|session|workshop|panel)s?\b"
)

# nouns for the holder of a task, and the head nouns of posts ('Head of X', 'X Manager')
POST_NOUNS = frozenset(
    "post role officer person individual postholder officeholder team department directorate "
    "office manager director head chief clerk secretary treasurer controller coordinator "
    "administrator lead member executive".split()
)
# 'which post holds', 'what officer has': a post noun right after the wh-word, then a verb of
# holding (the asking verbs of the owner field, 'owns', 'leads', read the rest), or the post
# as the doer of the task in progress ('which officer is handling X?': who is on it)
_WH_POST = re.compile(
    r"\b(?:which|what)\s+(?P<noun>[a-z]+?)s?\s+"
    r"(?:holds?|has|have|had|carr(?:y|ies)|takes?|is\s+holding|is\s+carrying|"
    r"(?:is|are)\s+(?!being\b|going\b)[a-z]{3,}ing|"
    # a present-tense verb of its own ('which officer handles X'): an -s word after the post
    # noun, not itself the subject of an auxiliary ('which team actions are late')
    r"(?P<verb>[a-z]{2,}[^su\s]s)(?!\s+(?:are|is|were|was|have|has|had|do|did)\b))\b",
    re.I,
)


def owner_by_post(question: str) -> str | None:
    """The words asking for an owner by the kind of post that holds a task ('which post
    holds' of 'which post holds the recommendation on X'); None when none asks so."""
    for found in _WH_POST.finditer(question):
        if found.group("noun").lower() not in POST_NOUNS:
            continue
        if found.group("verb") and question[found.end("noun") : found.end("noun") + 1] == "s":
            continue  # 'which officers handles': a plural noun, or the noun's own -s
        clause = re.split(r"[?.;!,]", question[found.end() :], maxsplit=1)[0].split()
        perfect = any(
            _PARTICIPLE.fullmatch(w) and clause[i - 1].lower() not in ("the", "a", "an")
            for i, w in enumerate(clause)
            if i
        )
        if perfect and found.group(0).lower().endswith(("has", "have", "had")):
            continue  # 'what role has the committee played?': a perfect, not a holding
        return found.group(0)
    return None


_PARTICIPLE = re.compile(r"[a-z]+ed|played|taken|done|made|given|been|seen|had|shown", re.I)


# 'what' (or a bare 'which') as the subject of a state: 'what is still open', "what's
# outstanding", 'what remains unresolved', 'which have been completed', 'what hasn't been done'
_WHAT_IS = re.compile(
    # 'At the trust, what is still open', 'For the fire audits, which are still outstanding'
    rf"^\s*{SCOPING_CLAUSE}(?:(?:and|so|then)\s+)?(?:what|which)"
    r"(?:['’]s|\s+(?:is|are|was|were|remains?|has|have|had)\b)"
    r"(?:\s+(?:still|now|currently|yet|already|not|been|n['’]t))*"
    # 'what's showing amber', 'what is marked as overdue': the label's verb before the state
    r"(?:\s+(?:showing|shown|marked|flagged|rated|listed|recorded|labell?ed|classed)(?:\s+as)?)?"
    r"\s+(?P<state>[a-z-]+)",
    re.I,
)
# 'what' as the object of a paper's labelling: 'what's the tracker showing as closed?', 'what
# does the log mark as complete?'
_WHAT_SHOWN_AS = re.compile(
    rf"^\s*{SCOPING_CLAUSE}what(?:['’]s|\s+(?:is|are|does|do|did|has|have))\s+"
    r"(?:[\w'’./-]+\s+){0,8}?(?:show|mark|list|rate|record|flag|report|class)(?:s|ed|ing|n)?"
    r"\s+as\s+(?:(?:still|now|currently|already|not|n['’]t)\s+)*(?P<state>[a-z-]+)",
    re.I,
)


# the state said of one row, not of a paper: 'on it', 'for that action', 'against R21', '(there)
# for item 3' ('in this tracker', 'in Q2' are a paper's or a period's)
_OF_ONE_ROW = re.compile(
    r"\s+(?:(?:on|for|with|in|against|about|of)\s+(?:(?:it|this|that)(?=\s*(?:[?.!,]|$))|"
    r"(?:this|that|the\s+same)\s+(?:one|action|recommendation|item|finding|row|point)"
    r"(?=\s*(?:[?.!,]|$)))|"
    r"(?:there\s+)?(?:on|for|against)\s+(?:(?:item|action|recommendation|ref|row|point)\s+)?"
    rf"{REF_TOKEN})",
    re.I,
)


def what_in_state(question: str, state_words: set[str]) -> bool:
    """'What is still open on the log?': 'what' is the subject of a state the register holds
    (``state_words``, the words read as a status filter), so the rows in it are asked, as
    'which actions are still open' asks them."""
    for found in (_WHAT_IS.match(question), _WHAT_SHOWN_AS.match(question)):
        if found is None or _OF_ONE_ROW.match(question[found.end() :]):
            continue  # 'what is still outstanding on R21 / on it?': that row's own text
        if found.group("state").lower() in state_words:
            return True
    return False
