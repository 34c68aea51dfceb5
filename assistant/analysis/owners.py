"""The owner a question names as a filter of records ('owned by X', "X's actions", 'other
than those led by X', 'X alone'), told from an owner's name used as a subject word."""

from __future__ import annotations

import re

from assistant.analysis.model import FieldName, Intent
from assistant.analysis.names import NameIndex, owner_named, owner_span
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.nouns import SCOPING_CLAUSE
from assistant.analysis.owner_forms import owner_in_other_form
from assistant.analysis.patterns import HELD_WITH, OWNER_ALONE, OWNER_JOINTLY
from assistant.analysis.reading import Reading, excluded_spans, negation_before


def read_owner(
    reading: Reading,
    intent: Intent,
    fields: list[FieldName],
    idx: NameIndex,
    premise: str | None,
    documents: list[str] | None = None,
) -> tuple[str | None, bool, list[FieldName]]:
    """The owner named outside any name, as a filter (and whether it is excluded: 'other than
    those led by X'); and the fields, less 'owner' when a list asks who owns without naming
    one. An owner inside the premise is kept: the premise check corrects it. A list's owner
    named in another form than the cells' is read among the owners of ``documents``."""
    owner = owner_named(reading.residual, idx)
    spelled = None if owner else owner_by_initials(reading.residual, idx)
    other = None
    if not (owner or spelled) and intent in ("list", "count"):
        held = [
            o
            for o in idx.owners
            if not documents or idx.owner_documents.get(o, set()) & set(documents)
        ]
        other = owner_in_other_form(reading.residual, held)  # 'the Finance Director'
        other = other or owner_in_role(reading.residual, held, idx)  # 'is the Clerk responsible'
    if other:
        owner = other[0]
        reading.consume(other[1])
        at = reading.residual.find(other[1])
        reading.blank([(at, at + len(other[1]))])
    if spelled and intent in ("list", "count") and _responsible_cue(reading.residual):
        owner = spelled[0]  # 'name the Transport Authority as responsible': its initials' cells
        reading.consume(spelled[1])
        at = reading.residual.find(spelled[1])
        reading.blank([(at, at + len(spelled[1]))])
    if owner and intent in ("lookup", "list") and holds_rows(reading.plain, owner):
        fields = [f for f in fields if f != "owner"]  # 'X owns several actions: how are they?'
    if (
        owner
        and "owner" in fields
        and intent == "lookup"
        and not re.search(r"\bwhich\b|\bwhat\b", reading.question.lower())
    ):
        owner = None  # 'who owns X' asks for the owner; it does not filter by one
    if owner and (_named_as_topic(reading.residual, owner) or _common_word(reading, owner)):
        owner = None  # 'actions about the MPA', 'pay and benefits actions': a subject
    asserted = bool(owner and premise and owner.lower() in premise.lower())
    if (
        owner
        and intent not in ("list", "count")
        and not (asserted or _held_by(reading.residual, owner))
    ):
        owner = None  # 'when is the Board's estates strategy due?': a word of the description
    excluded = False
    if owner:
        reading.consume(owner)
        span = owner_span(reading.residual, owner)
        if span is not None:
            at = span[0]
            reading.consume(reading.residual[span[0] : span[1]])
            placed = _PLACED_WITH.search(reading.residual[:at])
            if placed:  # 'sits with the X': the verb placing the rows is no subject word
                reading.consume(placed.group(0))
            scope = negation_before(reading.residual, at) or excluding_cue(reading.residual, at)
            excluded = scope is not None
            if scope:
                reading.consume(scope)
            reading.blank([span])  # its words are no theme or topic
    if intent in ("list", "count") and "owner" in fields and not owner:
        fields = [f for f in fields if f != "owner"]
    return owner, excluded, fields


# an owner said to hold rows of the register, counted or not ('X has a couple of recs in the
# plan', 'X owns several actions', 'X is responsible for three recommendations'): the rows
# asked about are that owner's
_HOLDS_ROWS = re.compile(
    r"^\s+(?:(?:has|have|had)(?:\s+got)?|holds?|owns?|leads?|(?:is|are)\s+(?:responsible|"
    r"accountable)\s+for|looks?\s+after)\s+(?:(?:a\s+(?:couple|number|handful|few|lot)\s+of|"
    r"some|several|many|various|a\s+few|\d+|two|three|four|five|six)\s+)?"
    # (not a comparison of holders: 'does X or Y have more recommendations …')
    r"(?:(?!more\b|fewer\b|less\b|most\b)[\w-]+\s+){0,2}?"
    r"(?:recs|recommendations|actions|items|issues|areas|rows|tasks|findings|points)\b",
    re.I,
)


def holds_rows(question: str, owner: str) -> bool:
    """Whether the question says ``owner`` holds rows ('the Clerk has a couple of actions in
    the log'): a list of that owner's rows is asked, not the owner of one."""
    span = owner_span(question, owner)
    after = question[span[1] :] if span else ""
    return span is not None and (_HOLDS_ROWS.match(after) or _OWNED_ROWS.match(after)) is not None


# rows in the owner's possessive, plural ("the Clerk's actions", "the Director of Resources'
# recommendations"): that owner's rows
_OWNED_ROWS = re.compile(
    r"^(?:'s?|’s?)\s+(?:[\w-]+\s+){0,2}?(?:recs|recommendations|actions|items|issues|areas|"
    r"rows|tasks|findings|points)\b",
    re.I,
)


_RESPONSIBLE = re.compile(
    r"\b(?:responsib\w*|own(?:s|ed|er|ers|ing)?|lead(?:s|ing)?|led|held|holds?|assigned|"
    r"allocated|charged)\b",
    re.I,
)


def _responsible_cue(text: str) -> bool:
    """The question speaks of who answers for the rows ('as responsible', 'among those
    responsible', 'owned by', 'led by')."""
    return _RESPONSIBLE.search(text) is not None


# a topic preposition right before a name: 'about the MPA', 'mentioning the Treasurer'
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|regarding|concerning|relating to|related to|mention(?:s|ing|ed)?|involving|"
    r"in relation to|to do with|refer(?:s|ring|red)? to|cover(?:s|ing|ed)?|deal(?:s|ing|t)? with|"
    r"address(?:es|ing|ed)?)\s+(?:the\s+|an?\s+)?$",
    re.I,
)


def _named_as_topic(residual: str, owner: str) -> bool:
    """Whether the owner's name stands as the subject of a topic phrase ('actions about the
    MPA') rather than as who holds them ('actions the MPA leads')."""
    at = residual.lower().find(owner.lower())
    return at >= 0 and bool(_TOPIC_BEFORE.search(residual[max(0, at - 40) : at]))


_OWNERSHIP_CUE = re.compile(
    r"\b(?:by|owned|owns?|led|leads?|held|holds?|responsib\w*|accountable|assigned|for|"
    rf"{HELD_WITH})\s+(?:the\s+)?$",
    re.I,
)


# a verb placing a row with its owner: 'the action is with', 'sits with', 'rests with'
_PLACED_WITH = re.compile(rf"\b{HELD_WITH}\s+(?:the\s+)?$", re.I)


_OWNERSHIP_AFTER = re.compile(
    r"^\s+(?:own|owns|owned|owning|lead|leads|led|leading|hold|holds|held|holding|run|runs|"
    r"running|manage|manages|managing|"
    r"(?:(?:is|are|was|were)\s+)?(?:responsible|accountable|in\s+charge)|"
    # 'have the treasurer as lead', 'is the treasurer down for'
    r"as\s+(?:the\s+|its\s+|their\s+)?(?:lead|owner|responsible|accountable|named\s+lead)|"
    r"down\s+(?:for|as|against))\b",
    re.I,
)


def _common_word(reading: Reading, owner: str) -> bool:
    """Whether an owner's name is one ordinary word as the question writes it ('pay and
    benefits actions' holds the owner 'Benefits'): a word of the subject, unless a word of
    ownership comes right before it ('owned by the treasurer')."""
    if " " in owner.strip() or owner.isupper():
        return False
    found = re.search(rf"\b{re.escape(owner)}\b", reading.residual, re.I)
    if found is None or not found.group(0).islower():
        return False
    before = reading.residual[max(0, found.start() - 30) : found.start()]
    after = reading.residual[found.end() : found.end() + 30]
    had = bool(_DO_BEFORE.search(before) and _HAVE_AFTER.match(after))  # 'does the clerk have'
    return not (_OWNERSHIP_CUE.search(before) or _OWNERSHIP_AFTER.match(after) or had)


# 'which ones does the treasurer have?', 'has the clerk got any?': rows a name has
_DO_BEFORE = re.compile(r"\b(?:does|do|did|has|have|had)\s+(?:the\s+)?$", re.I)
_HAVE_AFTER = re.compile(r"^\s+(?:have|got|hold|own|lead|carry|look\s+after)\b", re.I)


# a possessive owner of the register's rows: 'the Treasurer's actions', 'X's recommendation'
_POSSESSED_ROW = re.compile(
    r"^(?:'s?|’s?)\s+(?:\w+\s+){0,2}?(?:actions?|recommendations?|items?|records?|areas?|"
    r"issues?|responsibilit\w+|remit|portfolio)\b",
    re.I,
)


# what may follow an owner's name that is the subject or object of a premise: an auxiliary, a
# preposition, a conjunction, an adverb of time, or the end of a clause (closed classes)
_CLAUSE_GOES_ON = re.compile(
    r"^(?:\s*(?:[,.;:?!)]|$)|\s+(?:is|are|was|were|has|have|had|will|would|shall|should|can|"
    r"could|may|might|must|did|does|do|and|or|but|in|on|at|by|for|to|of|with|from|as|since|"
    r"now|still|also|already|then|alone|itself|themselves)\b)",
    re.I,
)


def modifies_a_noun(residual: str, owner: str) -> bool:
    """Whether the owner's name only modifies the next noun ('on the MPA web site', "the
    Treasurer's report"): it names where or whose, and asserts no ownership of the record."""
    found = re.search(rf"\b{re.escape(owner)}(?![\w])", residual, re.I)
    if found is None:
        return False
    if _held_by(residual, owner):  # 'owned by X', 'X leads', "X's actions"
        return False
    after = re.sub(r"^(?:'s?|’s?)", "", residual[found.end() :])
    return not _CLAUSE_GOES_ON.match(after)


def owner_in_role(residual: str, held: list[str], idx: NameIndex) -> tuple[str, str] | None:
    """An owner of the papers in scope whose words alone are too common to name it ('the
    Clerk'), named in the role of holding rows ('is the Clerk responsible for', 'owned by the
    Clerk', "the Clerk's"): (the owner, its words as written). The longest such owner."""
    named = set(idx.named_owners or ())
    found: list[tuple[str, str]] = []
    for owner in held:
        span = None if owner in named else owner_span(residual.lower(), owner)
        if span is None or not re.search(r"[A-Z]", residual[span[0] : span[1]]):
            continue  # a capitalised post, not the common word ('the clerk of works')
        after = residual[span[1] :]
        if _held_by(residual, owner) or _OWNED_AT_END.match(after):
            found.append((owner, residual[span[0] : span[1]]))
    return max(found, key=lambda f: len(f[0])) if found else None


# the owner's possessive closing a clause: 'which are the Clerk's?'
_OWNED_AT_END = re.compile(r"^(?:'s|’s|s'|s’)\s*(?:[?.!,;]|$)")


def _held_by(residual: str, owner: str) -> bool:
    """Whether the owner named is said to hold something ('owned by X', 'X leads', "X's
    actions") rather than named inside the words that describe it ('the X web site')."""
    found = re.search(rf"\b{re.escape(owner)}(?![\w])", residual, re.I)
    if found is None:
        return True  # read from another spelling: keep what owner_named found
    before = residual[max(0, found.start() - 30) : found.start()]
    after = residual[found.end() : found.end() + 40]
    return bool(
        _OWNERSHIP_CUE.search(before)
        or _PLACED_WITH.search(before)
        or _OWNERSHIP_AFTER.match(after)
        or _POSSESSED_ROW.match(after)
        or _HOLDS_ROWS.match(residual[found.end() :])
        or re.match(
            r"^\s+(?:still\s+)?(?:responsible|accountable|in charge|the (?:owner|lead))\b",
            after,
            re.I,
        )
    )


# shared ownership asked for: 'owned jointly', 'shared with someone else', 'together with
# another officer', 'co-owned'
_JOINTLY = re.compile(
    r"\b(?:jointly|co-?owned|co-?led)\b|\b(?:shared?|together)\s+with\s+(?:someone|somebody|"
    r"another|others?|other\s+\w+|(?:a|any)\s+(?:second|co-?)\s*\w+)(?:\s+else)?\b|"
    r"\b(?:and|with)\s+(?:someone|somebody)\s+else\b|\bwith\s+(?:another|other)\s+"
    r"(?:owners?|officers?|leads?|posts?|people|person|directors?|teams?)\b",
    re.I,
)


def owner_jointly(reading: Reading) -> bool:
    """'owned jointly by X', 'X shares with someone else', 'X and someone else': only records X
    owns with another owner; 'alone or jointly' (:data:`OWNER_JOINTLY`) asks for any."""
    if OWNER_JOINTLY.search(reading.plain):
        return False
    found = _JOINTLY.search(reading.plain)
    if found is None:
        return False
    # 'including anything shared with someone else': the shared rows are added, not asked for
    added = _INCLUSIVE_BEFORE.search(reading.plain[: found.start()]) is not None
    reading.consume(found.group(0))
    return not added


# a word that adds what follows to the rows asked ('including', 'as well as', 'also')
_INCLUSIVE_BEFORE = re.compile(
    r"\b(?:including|incl\.?|as\s+well\s+as|plus|also|even)\b(?:\s+[\w'’-]+){0,3}\s*$", re.I
)


def owner_alone(reading: Reading) -> bool:
    """'owned solely by X', 'X alone': only records X owns with nobody else; 'alone or
    jointly', 'solely or with others' cancel it (any record X owns, with others or not).
    Shared rows left out ('excluding joint ones', 'not counting shared ones') are the same
    filter, and their words no topic to leave out."""
    shared = _shared_left_out(reading.plain)
    if shared:
        reading.consume(shared)
    found = OWNER_ALONE.search(reading.plain)
    if found is None and shared:
        return True
    if found:
        reading.consume(found.group(0))
        joint = OWNER_JOINTLY.search(reading.plain)
        if joint:
            reading.consume(joint.group(0))
            return False
    return found is not None


# the adjectives of shared ownership: 'excluding joint ones', 'other than the shared ones'
_SHARED = re.compile(
    r"^\s*(?:(?:the|any|those|all)\s+)*(?:joint(?:ly)?|shared|co-?owned|co-?led|"
    r"jointly[- ](?:owned|held|led))\b",
    re.I,
)


def _shared_left_out(question: str) -> str | None:
    """The words of a complement that leaves out shared rows ('Excluding joint ones' ->
    'joint'); None when no complement does."""
    for start, end in excluded_spans(question):
        found = _SHARED.match(question[start:end])
        if found:
            return found.group(0).split()[-1]
    return None


# no owner at all: 'lack an owner', 'with no named lead', 'unassigned', 'nobody owns'
_NO_OWNER = re.compile(
    r"\b(?:lacks?|lacking|lacked|without|with no|ha(?:s|ve|d|ving) no|no)\s+"
    r"(?:(?:an?|named|assigned|designated|clear|responsible|[a-z]{3,}ing)\s+)*"
    r"(?:owners?|leads?|(?:lead |named |responsible )?officers?|"
    r"responsible (?:persons?|bod(?:y|ies))|"
    r"one responsible|responsibility|accountable (?:officers?|persons?))\b|"
    r"\b(?:unassigned|unowned|ownerless)\b|"
    r"\b(?:nobody|no one|no-one)\s+(?:owns|leads|is responsible|is accountable|is assigned)\b|"
    # 'nobody named as responsible', 'no one listed as the lead', 'no officer given as owner'
    r"\b(?:nobody|no one|no-one|no (?:officer|person|body|post))\s+"
    r"(?:(?:is|was|are)\s+)?(?:named|listed|given|shown|identified|recorded|assigned|set down)"
    r"\s+(?:as\s+)?(?:(?:the|an?)\s+)?(?:owners?|leads?|responsible|accountable|in charge)\b|"
    # 'nobody named against it', 'no officer given': the owner cell, by what it lacks
    r"\b(?:nobody|no one|no-one|no (?:officer|person|post|name))\s+(?:(?:is|was|are)\s+)?"
    r"(?:named|listed|given|shown|identified|recorded|assigned|put down)\b(?!\s+(?:a|an|the)\b)|"
    # the negative pronoun as a possessive: 'nobody's name against it', 'no one's job'
    r"\b(?:nobody|no one|no-one)'s\s+(?:name|responsibility|job|remit)"
    r"(?:\s+(?:against|on|beside|next to|by)\s+(?:it|them|each|those|these))?\b|"
    # the owner cell by its emptiness: 'the owner column is blank', 'a missing lead'
    r"\b(?:owners?|leads?|(?:lead |responsible )officers?)(?:\s+(?:cells?|columns?|fields?|boxes|"
    r"box|entr(?:y|ies)))?\s+(?:(?:is|was|are|were|left|shown as|showing)\s+)?"
    r"(?:blank|empty|missing|unfilled|not (?:given|filled in|stated|recorded))\b|"
    r"\b(?:blank|empty|missing|unfilled)\s+(?:owners?|leads?)(?:\s+(?:cells?|columns?|fields?|"
    r"entr(?:y|ies)))?\b",
    re.I,
)


# a negative quantifier as the subject of an owner predicate, whatever the verb group between
# them ('has no one been made responsible for', 'is nobody down as owning', 'had no one put in
# charge of', 'without anyone responsible'): only auxiliaries, adverbs, participles and the
# little words of a predicate may come between; 'nobody else named' or 'nobody seems to know
# who owns' is no such subject
_NEGATIVE_SUBJECT = (
    r"(?:nobody|no[ -]one|no\s+(?:officer|person|post|individual|manager|director)|"
    r"without\s+(?:any(?:one|body)|a\s+(?:named\s+)?(?:person|officer)))"
)
_PREDICATE_LINK = (
    r"(?:is|are|was|were|be|been|being|has|have|had|ever|yet|still|made|put|set|down|as|to|the|an?|"
    r"[a-z]+ly|[a-z]{3,}(?:ed|en|wn))"
)
_OWNER_PREDICATE = (
    r"(?:owners?|own(?:s|ing|ed)?|leads?|leading|led|responsib[a-z]*|accountab[a-z]*|"
    r"in\s+charge)"
)
_NO_OWNER_BY_ROLE = re.compile(
    rf"\b{_NEGATIVE_SUBJECT}(?:\s+{_PREDICATE_LINK}){{0,4}}\s+{_OWNER_PREDICATE}\b", re.I
)


# an owner said to be there: 'do have a named lead officer', 'with an owner assigned', 'that
# have a responsible officer' (not 'have no owner': an article or adjective follows the verb)
_HAS_OWNER = re.compile(
    r"\b(?:ha(?:s|ve|ving)|with)\s+(?:got\s+)?(?:an?|the|some|their|its)\s+(?:(?:named|assigned|"
    r"designated|responsible|clear|identified)\s+)*(?:owners?|leads?|lead\s+officers?|"
    r"responsible\s+officers?|officers?(?:\s+responsible)?|person)\b(?:\s+(?:named|assigned|"
    r"identified|given|set\s+down))?",
    re.I,
)


def has_owner(reading: Reading, intent: Intent) -> bool:
    """Whether a list or count keeps only rows whose owner cell names someone ('red or amber
    but do have a named lead officer', or 'leaving out the ones without an owner': the rows
    with no owner left out); its words are consumed."""
    left = _NO_OWNER.search(reading.plain) or _NO_OWNER_BY_ROLE.search(reading.plain)
    cue = excluding_cue(reading.plain, left.start()) if left is not None else None
    if intent in ("list", "count") and left is not None and cue:
        reading.consume(f"{cue} {left.group(0)}")  # the cue too: no subject word
        return True
    found = _HAS_OWNER.search(reading.plain) if intent in ("list", "count") else None
    if found is None or re.search(r"(?:\bnot|n['’]t|\bnever)\s+$", reading.plain[: found.start()]):
        return False  # 'do not have a named lead' (the no-owner reading's)
    if excluding_cue(reading.plain, found.start()):
        return False  # 'other than those with a named lead': the no-owner reading's
    reading.consume(found.group(0))
    return True


def no_owner(
    reading: Reading, intent: Intent, fields: list[FieldName], blank: bool = False
) -> tuple[bool, list[FieldName]]:
    """Whether a list or count keeps only rows whose owner cell is empty ('which items lack an
    owner?', or ``blank``: read so already), and the fields, less 'owner' when so (the owner
    is the filter, not asked)."""
    found = None
    if blank:
        return True, [f for f in fields if f != "owner"]
    if intent in ("list", "count"):
        found = _NO_OWNER.search(reading.plain) or _NO_OWNER_BY_ROLE.search(reading.plain)
        held = _HAS_OWNER.search(reading.plain)
        if found is None and held is not None and excluding_cue(reading.plain, held.start()):
            found = held  # 'other than those with a named lead': the rows with none
    if found is None or (
        found.re is not _HAS_OWNER and excluding_cue(reading.plain, found.start())
    ):
        return False, fields  # 'leaving out those without an owner': read by has_owner
    reading.consume(found.group(0))
    return True, [f for f in fields if f != "owner"]


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][a-z]+)+\b")


def owner_by_initials(question: str, name_index: NameIndex) -> tuple[str, str] | None:
    """An owner the cells write as an initialism, named in full ('the Metropolitan Transport
    Authority' for 'MTA'), or in full but for its leading place word ('the Transport
    Authority'): (the owner, the words that named it). None when no run of capitalised words
    has an initialism owner's letters."""
    initialisms = [o for o in name_index.owners if o.isupper() and o.isalpha() and len(o) >= 3]
    for found in _CAPITALISED_RUN.finditer(question):
        run = found.group(0).split()
        # a run may start with a word capitalised only as the sentence's first ('Name the
        # Transport Authority …', 'Which Police Authority …'): every tail of it is tried
        for first in range(len(run)):
            if run[first].lower() in _INITIAL_JOINERS:
                continue
            words = [w for w in run[first:] if w.lower() not in _INITIAL_JOINERS]
            letters = "".join(w[0] for w in words).upper()
            if len(letters) < 2:
                break
            for owner in initialisms:
                if letters in (owner, owner[1:]):
                    return owner, " ".join(run[first:])
    return None


_INITIAL_JOINERS = frozenset(("of", "and", "for", "the", "&"))


# the nouns of things to do that a wh-word may head ('what work is X taking forward')
_WORK_NOUN = r"(?:work|tasks?|jobs?|things?|items?|actions?|recommendations?|recs)"
# 'what is / what's / what does' opening a question whose subject follows it (after a scoping
# clause or not: 'At the trust, what is …', 'Fenmarsh: what is …')
_WHAT_AUX = re.compile(
    rf"^\s*{SCOPING_CLAUSE}what(?P<noun>\s+(?:else\s+)?{_WORK_NOUN})?"
    r"(?:['’]s|(?:\s+else)?\s+(?:is|are|was|were|does|do|did|has|have|had|will|would))\s+",
    re.I,
)
# a bare 'which' (no noun of its own) opening a question whose subject follows it: 'which
# ones does the Treasurer lead on?', 'which of them is X responsible for?'
_WHICH_AUX = re.compile(
    rf"^\s*{SCOPING_CLAUSE}which(?:\s+ones|\s+of\s+(?:them|these|those))?"
    r"\s+(?:is|are|was|were|does|do|did|has|have|had|will|would)\s+",
    re.I,
)
# the object of a predicate with a wh-noun is that noun: a verb and its particle, up to the end
# or the phrase that scopes it ('what work is X taking forward at the Trust?')
_NOUN_GAP = re.compile(
    r"^(?:\s+(?!" + r"(?:about|of|to|with|the|a|an|any|this|that|it|them)" + r"\b)[a-z][\w'’-]*)"
    r"{1,3}?(?=\s*(?:[?.!]|$)|\s+(?:in|within|under|across|throughout|at|for|on)\s)",
    re.I,
)
# a preposition left without its object (stranded) at the end of the predicate: at the end of
# the question, or right before the phrase that scopes it ('leading on in the 2002 plan',
# 'have a hand in on the audit plan'): its object is what the wh-word asks for
_STRANDED = re.compile(
    r"^(?:\s+[\w'’-]+){1,5}?\s+(?:on|in|for|of|after|over|with|against)"
    r"(?=\s*(?:[?.!]|$)|\s+(?:on|in|for|at|within|under|from|across|throughout)\s)",
    re.I,
)


# 'what has / did / does' (not 'what is'): a verb phrase follows whose object may be the wh-word
_DO_HAVE = re.compile(r"^\s*what(?:['’]s\s|(?:\s+else)?\s+(?:does|do|did|has|have|had)\s)", re.I)
# prepositions, determiners and pronouns: a predicate holding one has an object of its own
_CLOSED = (
    r"(?:about|of|to|with|on|for|from|at|by|into|over|regarding|concerning|the|a|an|any|this|"
    r"that|these|those|its|their|it|them|his|her|him|what|which)"
)
# the owner's predicate is one to three words with no object of its own: at the end, or before
# the phrase that scopes it to a paper ('what has X got in the 2008 plan?', 'what did X get
# given?'); 'what has X done about Y' has its own object and asks of Y
_OBJECT_GAP = re.compile(
    # an obligation before the verb is no object ('what does X have to deliver'); 'on' a paper
    # scopes as 'in' does ('what does X have on the action log?', not 'done on the budget')
    r"^(?:\s+(?:(?:have|has|had|need|needs|got)|(?:expected|required|supposed|meant|due|"
    r"tasked|asked|set|obliged))\s+to)?"
    r"(?:\s+(?!" + _CLOSED + r"\b)[a-z][\w'’-]*){1,3}?"
    r"(?=\s*(?:[?.!]|$)|\s+(?:in|within|under|across|throughout|at|for|from)\s+"
    r"(?:(?:the|its|their|this|that|these|those)\b|(?-i:[A-Z]))"
    r"|\s+on\s+(?:the|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:log|plan|list|tracker|register|report|paper|schedule|agenda|update|sheet|table)s?\b)",
    re.I,
)


# 'what is X expected / required to do': an obligation of the owner, whose object is 'what'
_OBLIGED = re.compile(
    r"^\s+(?:expected|required|supposed|meant|due|tasked|asked|set|obliged)\s+to\s", re.I
)


# 'does/is X <ownership verb> anything (else) / any other …': yes-no over an owner's rows
_YES_NO_AUX = re.compile(r"^\s*(?:and\s+)?(?:does|do|did|is|are|was|were|has|have)\s+", re.I)
_ANY_ROWS = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:own(?:s|ed)?|lead(?:s|ing)?|led|hold(?:s|ing)?|held|run(?:s|ning)?|"
    r"manag(?:e|es|ed|ing)|responsible\s+for|accountable\s+for|in\s+charge\s+of)\s+"
    r"(?:anything|something|any(?:\s+others?)?|others?|more)\b",
    re.I,
)


def asks_owners_rows(question: str, idx: NameIndex) -> bool:
    """Whether 'what' asks for the things an owner the register holds answers for: the owner is
    the subject right after 'what <aux>', and its predicate strands a preposition whose object
    the wh-word is ("what's the Head of Estates leading on in the 2002 plan?", "what is the
    Treasurer responsible for?", "what does the Treasurer have a hand in?"). The answer is a
    list of that owner's rows, not one fact."""
    if owner_as_locus(question, idx) is not None:
        return True
    which = _WHICH_AUX.match(question)
    opening = which or _WHAT_AUX.match(question) or _YES_NO_AUX.match(question)
    if opening is None:
        return False
    rest = question[opening.end() :]
    owner = owner_named(rest, idx)
    span = owner_span(rest, owner) if owner else None
    if span is None and (other := owner_in_other_form(rest, idx.owners)):  # 'the CFO'
        at = rest.find(other[1])
        span = (at, at + len(other[1])) if at >= 0 else None
    if span is None or rest[: span[0]].strip().lower() not in ("", "the"):
        return False
    after = rest[span[1] :]
    if which:  # 'which ones does X lead on?': 'which' is the object, the rows X holds
        return bool(_OWNERSHIP_AFTER.match(after) or _STRANDED.match(after))
    if _WHAT_AUX.match(question):
        # 'what has X got in the plan?': a transitive verb whose object is the wh-word
        gap = bool((_DO_HAVE.match(question) or _OBLIGED.match(after)) and _OBJECT_GAP.match(after))
        noun_gap = bool(opening.group("noun") and _NOUN_GAP.match(after))
        return _STRANDED.match(after) is not None or gap or noun_gap
    # 'does the Treasurer own anything else in the audit list?': yes, these rows
    return _ANY_ROWS.match(after) is not None


# 'what' placed with an owner: "what's on the Clerk's plate", 'what sits with the Treasurer',
# 'what falls to the Head of Estates': the things the owner holds
_LOCUS = re.compile(
    rf"^\s*{SCOPING_CLAUSE}what(?:\s+else)?(?:['’]s|\s+(?:is|are|was|were)(?:\s+(?:still|now|left|"
    r"sitting|lying|resting))?|\s+(?:sits?|falls?|lies|rests?|remains?|comes?))\s+"
    r"(?P<prep>on|with|to|under)\s+",
    re.I,
)
# after the owner: its possessive and one noun of load ('plate', 'desk', 'list'), with 'on' only;
# then the end, or the phrase that scopes it to a paper
_LOCUS_END = re.compile(
    r"^(?P<own>['’]s\s+[a-z-]+)?\s*(?:[?.!]|$|,|\s+(?:in|within|under|across|from|at)\s)", re.I
)


def owner_as_locus(question: str, idx: NameIndex) -> str | None:
    """The noun of load ('plate' of "what's on the Clerk's plate", '' when none) when 'what' is
    placed with an owner the register holds: on its plate, with it, to it (see
    :data:`_LOCUS`); None when it is not. The noun frames the question: no subject word."""
    found = _LOCUS.match(question)
    if found is None:
        return None
    rest = question[found.end() :]
    owner = owner_named(rest, idx)
    span = owner_span(rest, owner) if owner else None
    if span is None and (other := owner_in_other_form(rest, idx.owners)):  # 'the CFO'
        at = rest.find(other[1])
        span = (at, at + len(other[1])) if at >= 0 else None
    if span is None or rest[: span[0]].strip().lower() not in ("", "the"):
        return None
    end = _LOCUS_END.match(rest[span[1] :])
    if end is None or (found.group("prep").lower() == "on") != bool(end.group("own")):
        return None
    return end.group("own").split()[-1] if end.group("own") else ""
