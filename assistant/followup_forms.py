"""The forms of a follow-up: how a question shows it points back at what came before ('who
owns it?', 'and in 2008?', 'the other one', 'that programme', 'when is it likely to be
complete?'), and the patterns :mod:`assistant.followups` rewrites it by.
"""

from __future__ import annotations

import re

from assistant.analysis import GENERIC, QUOTED
from assistant.antecedents import PAPER_NP, Previous, subject_span
from assistant.row_field_nouns import asks_row_part, part_of_pronoun
from assistant.text import HAS_PRONOUN, NOT_IT_ACRONYM
from vectorstore.bm25 import STOPWORDS
from vectorstore.identifiers import identifiers


def refs_in(text: str) -> list[str]:
    """The refs ``text`` names, in order, whatever their house style: the shapes the retriever
    reads ('R18', '4.2', 'item 3') and any ref-shaped token ('IA-07', 'GOV12')."""
    return identifiers(text)


NARROW = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:which|what|how many)\s+of\s+"
    r"(?:those|these|them|the above|the\s+(?:two|three|four|five|six|pair|list))\s+(.*)$",
    re.I,
)


# a pick out of the list just shown, by what the row is or does: 'which one is about HR?',
# 'which is overdue?', 'which recommendation covers X?', 'and the one due in December?',
# 'what about the one owned by the Treasurer?'. Only read so after an enumerated list.
PICK = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?which\s+(?:(?:one|ones)\s+|(?:action|recommendation|item|"
    r"area|record|issue)s?\s+(?=(?:is|are|was|were|has|have|had)\b|[a-z]+s\b))?"
    r"(?P<c>(?:is|are|was|were|has|have|had)\b(?!\s+(?:it|they|this|that|those|these)\b).+?"
    r"|[a-z]+s\b(?!\s+(?:it|they|this|that|those|these)\b).+?)\s*\??$"
    r"|^(?:(?:and|or|but|so)\s+)?(?:(?:what|how)\s+about\s+)?the\s+one\s+"
    r"(?P<o>(?:due|owned|led|held|met|marked|rated|with|without|from|in|at|by|that|which|whose|"
    r"about|on|for|concerning|regarding|covering)"
    r"\b[^–—:;,]+?)\s*\??$",
    re.I,
)


# 'they' as the subject of a clause ('which board are they writing plans for?', 'they have
# …'): those who act, a body or its people, not a thing the turn before asked about
AGENT_THEY = re.compile(
    r"\b(?:are|were|have|had|do|did|will|would|can|could|should)\s+they\b|"
    r"\bthey(?:\s+(?:are|were|have|had|do|did|will|would|can|could|should)\b|'(?:re|ve|ll)\b)",
    re.I,
)
# 'it' as the subject of a verb of saying ('where did it admit …?', 'what does it promise?'):
# the paper or its body that speaks, not a thing the turn before asked about
_SAYS = (
    r"(?:admit|say|said|state|report|note|claim|concede|acknowledge|mention|promise|commit|"
    r"propose|recommend|conclude|accept|agree|argue|warn|suggest)"
)
SPEAKING_IT = re.compile(
    rf"\b(?:did|does|do|has|had|will|would|could|should)\s+it\s+{_SAYS}\w*\b|"
    rf"\bit\s+{_SAYS}(?:s|ed|d)?\b",
    re.I,
)
PRONOUN_ONLY = re.compile(
    rf"\b{NOT_IT_ACRONYM}(it|its|they|them|their|this|that|these|those|he|she|both|the\s+two)\b"
    r"(?!\s+(?:year|month|quarter|week|day|time|morning|afternoon|evening)s?\b)",
    re.I,
)


IT_PRONOUN = re.compile(rf"\b{NOT_IT_ACRONYM}(it|its)\b", re.I)  # what may point at a paper


WHAT_ABOUT = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\??$|^and\s+(?:in|for|since|over|during)\s+(.+?)\??$",
    re.I,
)


MORE = re.compile(
    r"^(?:why\??|how\??|tell me more\.?|more detail[s]?\.?|explain\.?|go on\.?)$", re.I
)


YEARISH = re.compile(r"^(?:in\s+|for\s+|since\s+)?((?:19|20)\d\d(?:/\d{2})?)$", re.I)


ORDINAL = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|item|action|recommendation|record|area|issue)s?)?\b"
    # 'the first of those', 'the second of them': the list is the one shown
    r"(?:\s+of\s+(?:those|these|them|the\s+(?:two|three|four|five|list|above))\b)?"
    # 'the last year', 'the first quarter', 'the last few months': a period, not a pick
    r"(?!\s+(?:(?:few|couple|\d+|two|three|six|twelve)\s+(?:of\s+)?)?(?:year|month|week|quarter|"
    r"day|time|meeting|period|decade|half|session|term|place|instance)s?\b)",
    re.I,
)
# a period counted back or on from now: 'the last year', 'the past six months', 'this quarter'
RELATIVE_PERIOD = re.compile(
    r"^(?:the\s+)?(?:last|past|previous|next|coming|this|current|first|second)\s+"
    r"(?:(?:few|couple|\d+|two|three|six|twelve)\s+(?:of\s+)?)?(?:year|month|week|quarter|day|"
    r"period|decade|half|term)s?$",
    re.I,
)


ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "last": -1,
}


# 'the two HMIC ones', 'both audit ones': some of the last answer's records, by a word of theirs
SUBSET = re.compile(
    r"\b(?:the|both|those|these)\s+(?:(?:two|three|four|\d+)\s+)?(?P<w>[A-Za-z][\w-]*)\s+ones\b",
    re.I,
)


# 'is that before March 2009?', 'was it after R9?': the last answer's record set against another
_BEFORE_AFTER = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?P<verb>is|was|are|were)\s+(?:that|it|this|they|those)\s+"
    r"(?:(?P<due>due)\s+|done\s+|set\s+)?(?P<rel>before(?:\s+or\s+after)?|after(?:\s+or\s+before)?|"
    r"earlier than|later than|sooner than)\s+"
    r"(?P<other>.+?)\s*\??$",
    re.I,
)


_DATEISH = re.compile(
    r"^(?:the\s+)?(?:(?:end|start)\s+of\s+)?(?:Q[1-4]\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}\s+)?"
    r"(?:19|20)\d\d(?:/\d{2})?$",
    re.I,
)


# 'the other one', 'the others', 'the remaining two', 'the rest': what the list a turn picked
# from leaves once the records it picked are taken out
OTHER = re.compile(
    r"\bthe\s+(?:(?:other|remaining)(?:\s+(?:two|three|four|\d+))?(?:\s+[A-Za-z][\w-]*)?\s+"
    r"(?:one|ones|action|actions|recommendation|recommendations|record|records|item|items|"
    r"area|areas)\b|others\b|rest\b|other\b(?=\s*[?.!]*$)|remaining\b(?=\s*[?.!]*$))",
    re.I,
)


# 'the one that didn't', 'the ones which haven't slipped': what the last narrowing left out of
# the list it narrowed (a negated auxiliary; the word after it, not a function word, is its verb)
NOT_THOSE = re.compile(
    r"\bthe\s+(?:one|ones)\s+(?:that|which)\s+(?:did|does|do|is|are|was|were|has|have|had)"
    r"(?:n['’]t|\s+not)\b(?:\s+(?!(?:a|an|the|to|by|in|on|at|for|of|have|be|been)\b)[a-z]+\b)?",
    re.I,
)


# 'that director', 'this area', 'the report': a noun phrase pointing back at what the last
# answer was about: its record, a value of that record (its owner) or its document
# (a particle or preposition after 'that' is no noun: 'who signed that off?', 'that in')
DEMONSTRATIVE = re.compile(
    r"\b(that|this|the same|the)\s+(?!(?:off|up|out|down|back|over|away|then|now|again|too|"
    r"in|on|at|to|for|by|with|from|of|about|into)\b)([a-z]+)\b",
    re.I,
)


DOCUMENT_NOUNS = frozenset(
    "report paper document plan statement review inspection audit publication".split()
)


RECORD_NOUNS = frozenset(
    "one action recommendation record item area issue improvement finding point weakness "
    "activity task".split()
)


# nouns for who holds an action ('that body', 'the same officer'): they point at the owner of
# what the last answer was about, whatever words the owner's title has
AGENT_NOUNS = frozenset(
    "body person officer owner lead team unit department directorate organisation "
    "organization post role holder".split()
)


# nouns a follow-up points back with ('the deadline', 'that owner', 'the change'): the fields
# of a record, and what happens to them
FIELD_NOUNS = frozenset(
    "deadline date owner lead officer status priority progress update change revision "
    "timescale target degree rating".split()
)


ANAPHOR_WORDS = 9  # a question this short that points back with a definite noun is a follow-up
# a noun phrase of the question's own (a determiner and its noun, a name, a number or a
# quotation) that a personal pronoun ('it', 'them': HAS_PRONOUN) may refer to
_OWN_NOUN = re.compile(
    r"\b(?i:the|a|an|each|every|any|some|all|our|your|his|her|another|other|which|whose)\s+\w"
    r"|(?<!^)(?<![.?!]\s)\b[A-Z]\w*|\d|[\"“‘']\w",
)


# a definite noun phrase standing alone ('the paper?', 'the deadline was …'), not the head of
# a compound ('the action plan')
_ANAPHORIC_NP = re.compile(
    r"\b(?:the|that|this|those|these|both)\s+(?:same\s+|two\s+)?"
    # a word before the noun that sets it against another value: 'the original deadline',
    # 'the revised date', 'the current owner' (see :mod:`assistant.column_again`)
    r"(?:(?:[a-z]+(?:al|ed|ent|est|ous|ier|ior|ial)|new|old|next)\s+)?("
    + "|".join(sorted(DOCUMENT_NOUNS | RECORD_NOUNS | FIELD_NOUNS))
    + r")s?\b(?=\s*(?:[?,.!]|$)|\s+(?:is|was|were|are|has|had|have|be|been|do|does|did|due|"
    r"say|said|in|on|at|by|from|for|to|of|about|approved|met|complete|completed|finished|owned|led|"
    r"moved|slipped|revised|changed|set|agreed|signed|still|now|yet|[a-z]{3,}ed)\b)",
    re.I,
)


# 'by then', 'by that date', 'before that time': the date the last answer gave
BY_THEN = re.compile(
    r"\b(?:by|before|after|until|since)\s+(?:then|that\s+(?:date|time|point))\b", re.I
)


# words a question needs to name its own subject: an 'and …' chat turn, or a later part of a
# question in several parts (:func:`has_own_subject`)
OWN_SUBJECT_WORDS = 6


def _stands_alone(question: str) -> bool:
    """'And when is the workforce plan due to be published?': an 'and' question with its own
    subject (six words or more after 'and', and nothing pointing back) stands alone."""
    rest = re.sub(r"^(?:and|also|then)\s+", "", question.strip(), flags=re.I)
    return (
        len(rest.split()) >= OWN_SUBJECT_WORDS
        and not PRONOUN_ONLY.search(rest)
        and not re.match(r"(?:what|how) about\b", rest, re.I)
        and not re.search(r"\bthe\s+(?:other\s+)?ones?\b", rest, re.I)  # 'the one on X'
    )


# 'when is it likely to be complete?', 'how far was it met by the end?': a pronoun right after
# the opening wh-word and auxiliary is the subject the question is about, however long the rest
_WH = (
    r"(?:who|what|when|where|why|which|whose|"
    r"how(?:\s+(?:far|much|many|long|well|often))?|by\s+when|to\s+what\s+extent)"
)


_AUX = r"(?:is|was|are|were|has|have|had|does|did|do|will|would|can|could|should|shall|may|might)"


_SUBJECT_PRONOUN = re.compile(
    rf"^(?:(?:and|so|but|then|also)\s+)?(?:{_WH}\s+)?{_AUX}(?:n't)?\s+(?:it|they|this|that|these|those)\b"
    r"(?!\s+(?:true|the\s+case|possible|correct|right|so)\b)",
    re.I,
)


# 'what progress has been made on it?', 'what was said about them?': a pronoun as the object
# of the closing preposition
# a time said after the pronoun ('in charge of it at the moment?', 'who has them now?')
_NOW = r"(?:\s+(?:at\s+the\s+moment|at\s+present|now|currently|today|these\s+days|so\s+far|yet))?"
_OBJECT_PRONOUN = re.compile(
    r"\b(?:on|about|of|for|to|with|from|against|behind|under|in)\s+(?:it|them|this|that|these|"
    rf"those){_NOW}\s*[?.!]*$|"
    # the object of the question's last verb ('what priority did the panel give it?', 'who
    # signed them off?'), not a tag's subject ('…, wasn't it?')
    rf"(?<![,;])\s(?!(?:{_AUX}|[a-z]+n't)\s)[a-z]{{3,}}\s+(?:it|them)(?:\s+(?:off|up|out|back|over|down))?"
    rf"{_NOW}\s*[?.!]*$",
    re.I,
)


# 'how much of it goes on X?', 'which of them …': a pronoun as the object of 'of' after a
# quantity or a choice; 'the report itself': a noun pointed back at by a reflexive
_OF_PRONOUN = re.compile(
    r"\b(?:how\s+(?:much|many)|which|what|any|some|all|none|most|part|share|proportion)\s+"
    r"of\s+(?:it|them|that|those|these)\b|\b(?:the|that|this)\s+[a-z]+\s+(?:itself|themselves)\b",
    re.I,
)


# 'that programme', 'this board', 'those ones': a demonstrative before a noun points back at
# something the last answer named; not 'that' opening a clause ('say that the …') nor time
_DEMONSTRATIVE_NP = re.compile(
    r"\b(?:this|that|these|those)\s+(?!(?:the|a|an|it|its|they|their|he|she|we|there|is|was|"
    r"are|were|has|have|had|will|would|can|could|should|year|years|month|week|quarter|time|"
    r"point|stage|morning|date|then|way)\b)([a-z][a-z-]+)",
    re.I,
)


# a pronoun inside the question: the subject of a later auxiliary ('how many areas does it
# cover?'), a possessive determiner ('which area does its head lead?'), the object of the
# closing verb ('who was brought in to redesign it?')
_INNER_PRONOUN = re.compile(
    rf"\b{_AUX}(?:n't)?\s+(?:it|they)\b(?!\s+(?:true|the\s+case|possible|correct|right|so)\b)|"
    r"\b(?:its|their)\s+[a-z]|"
    r"\b(?!(?:on|about|of|for|to|with|from|against|behind|under|in|at|by|is|was|are|were|be|"
    r"been|do|does|did|has|have|had|and|or|than|as|that)\b)[a-z]+\s+(?:it|them)\s*[?.!]*$",
    re.I,
)


# 'what did the 2017 report say about how that's going?', 'did they say whether it was
# finished?': the subject of a clause the question reports on, a pronoun; a paper named before
# it is the one speaking, not what the pronoun stands for ('when it met', 'if it is late' so
# often stand for a body the question names that they mark no follow-up)
_CLAUSE_SUBJECT = re.compile(
    r"\b(?:how|whether)\s+(?:it|that|this|they)(?:['’](?:s|re)|\s+(?:is|was|are|"
    r"were|has|had|have|had|will|would|stands?|stood|went|goes|got|gets|did|does))\b|"
    # a column's noun with a relative clause of its own ('the first deadline it was given',
    # 'the priority they were assigned'): the pronoun is the row the column is asked of
    r"\b(?:deadlines?|dates?|targets?|priority|rating|status|owners?|timescales?)\s+(?:it|they)"
    r"\s+(?:was|were|is|are|had|has|got|gets|received)\b",
    re.I,
)


def _points_inside(question: str) -> bool:
    """A pronoun inside ``question`` (:data:`_INNER_PRONOUN`) with nothing before it that it
    could stand for: no paper named ('the 2017 report … its work') and no name (a capitalised
    word after the first)."""
    inner = _INNER_PRONOUN.search(question)
    if inner is None:
        return False
    before = question[: inner.start()]
    return not PAPER_NP.search(before) and not re.search(r"(?<=\s)[A-Z]", before)


_CLAUSE_VERB = re.compile(
    r"\b(?:say|says|said|show|shows|showed|state|states|stated|mean|means|meant|ensure|"
    r"ensures|confirm|confirms|note|notes|noted|so|such|suggest|suggests|find|found)\s+that\b",
    re.I,
)


# 'what is the residual risk there?': 'there' closing a question points at a place named before
THERE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+there(?=\s*[?.!]*\s*$)",
    re.I,
)


PRONOUN_WORDS = 14  # a question this short that points back with a pronoun is a follow-up


# 'since it's been completed, when did X start?', 'now that they are met, who signed them off?':
# a clause opening the question (a subordinating conjunction) whose subject is a pronoun
CLAUSE_PRONOUN = re.compile(
    r"^(?:(?:and|so|but|ok|okay)[\s,]+)?(?:since|as|now\s+that|given\s+that|because|seeing\s+"
    r"(?:as|that)|if|once|though|although|while)\s+(?P<p>it|they|this|that)"
    r"(?P<c>['’](?:s|re|ve))?\b(?P<rest>[^,;]*)[,;]",
    re.I,
)


def without_contraction(question: str) -> str:
    """The pronoun of an opening clause spelt out ('since it's been done,' -> 'since it has been
    done,'), so that the thing put in its place keeps the verb ('R9 has been done')."""
    found = CLAUSE_PRONOUN.match(question.strip())
    if found is None or not found.group("c"):
        return question
    short = found.group("c")[1:].lower()
    rest = found.group("rest")
    if short == "s":
        verb = " has" if re.match(r"\s+(?:been|got|had|not\s+been)\b", rest, re.I) else " is"
    else:
        verb = {"re": " are", "ve": " have"}[short]
    q = question.strip()
    return q[: found.end("p")] + verb + q[found.end("c") :]


def points_back(question: str) -> bool:
    """Whether ``question`` points back with a pronoun or demonstrative that nothing in it can
    be the antecedent of: 'when is it likely to be complete?', 'what progress has been made on
    it?', 'which other actions does that programme cover?'."""
    q = question.strip()
    if len(q.split()) > PRONOUN_WORDS or refs_in(q) or QUOTED.search(q):
        return False
    if _SUBJECT_PRONOUN.search(q) or _OBJECT_PRONOUN.search(q) or THERE.search(q):
        return True
    if CLAUSE_PRONOUN.match(q):
        return True
    if _OF_PRONOUN.search(q) or _points_inside(q) or _CLAUSE_SUBJECT.search(q):
        return True
    demonstrative = _DEMONSTRATIVE_NP.search(q)
    return demonstrative is not None and not _CLAUSE_VERB.search(q[: demonstrative.end()])


FRAGMENT_WORDS = 7  # a noun phrase this short, asked on its own, is a follow-up


_WH_WORD = re.compile(rf"\b(?:{_WH}|whom)\b", re.I)
_VERB_WORD = re.compile(rf"\b(?:{_AUX}|say|says|said|own|owns|lead|leads|mean|means)\b", re.I)
_DETERMINER_OPENING = re.compile(
    r"^(?:(?:and|or|but|so|then|also|now)\s+)?(?:the|its|their|that|this|those|these)\s+\S", re.I
)


def fragment(question: str) -> bool:
    """Whether ``question`` is a bare noun phrase asked on its own ('the deadline?', 'and the
    cost implications?', 'the owner of the second one?'): it opens with a determiner, has no
    wh-word and no auxiliary, and is short; or it is a record's column with at most a word
    qualifying it and no determiner ('original deadline?', 'current status?'). What it asks is
    a property of what came before."""
    q = question.strip()
    if _WH_WORD.search(q) or _VERB_WORD.search(q):
        return False
    words = re.findall(r"[A-Za-z]+", OPENING.sub("", q))
    head = {words[-1].lower(), singular_noun(words[-1])} if words else set()
    if len(words) <= COLUMN_WORDS and head & FIELD_NOUNS:
        return True
    return len(q.split()) <= FRAGMENT_WORDS and _DETERMINER_OPENING.match(q) is not None


COLUMN_WORDS = 2  # 'original deadline?': a column and one word qualifying it
OPENING = re.compile(r"^(?:(?:and|or|but|so|then|also|now|ok|okay)[\s,]+)+", re.I)
# a preposition a wh-word is asked with: 'by when?', 'until when?', 'from which date?'
_PREPOSITION_WH = re.compile(
    r"^(?:(?:and|so|but|then)\s+)?(?:by|until|till|from|to|for|at|in)\s+(?=(?:when|which|what)\b)",
    re.I,
)


NO_SUBJECT_WORDS = 5  # a question this short whose words only ask (no subject) is a follow-up


def no_own_subject(question: str) -> bool:
    """Whether ``question`` is short and has no subject at all once the words that only ask
    are taken off (the wh-word, auxiliaries, the words asking for a column): 'priority?',
    'who's responsible?', 'since when?'. In a conversation it asks of what came before."""
    q = _PREPOSITION_WH.sub("", question.strip())
    return 0 < len(q.split()) <= NO_SUBJECT_WORDS and subject_span(q) is None


def looks_like_follow_up(question: str) -> bool:
    return short_follow_up(question) or points_back(question)


def only_pronoun_named(question: str) -> bool:
    """Whether the one noun phrase of ``question`` is a personal pronoun ('what date did it
    have before it was pushed back?'): no determiner and noun, name, number or quotation of
    its own."""
    return bool(HAS_PRONOUN.search(question)) and not _OWN_NOUN.search(question)


def short_follow_up(question: str) -> bool:
    """A follow-up by its form: too short to stand alone, or opening the way follow-ups do."""
    q = question.strip()
    words = q.split()
    if SUBSET.search(q) or OTHER.search(q):
        return True
    if NARROW.match(q) or WHAT_ABOUT.match(q) or MORE.match(q) or _BEFORE_AFTER.match(q):
        return True
    if q.lower().startswith(("and ", "also ", "what about", "how about", "then ")):
        return not _stands_alone(q)
    if refs_in(q):
        return False
    if fragment(q) or no_own_subject(q):
        return True
    if len(words) <= 6 and PRONOUN_ONLY.search(q):
        return True
    if len(words) <= ANAPHOR_WORDS and only_pronoun_named(q):
        return True  # 'when does it have to be finished?': its one noun phrase is the pronoun
    # 'Was the paper approved?', 'Who signed off the change?', 'Was it done by then?', 'what
    # was the problem in the first place?' (a part of a row, by a noun a header may use)
    return len(words) <= ANAPHOR_WORDS and bool(
        _ANAPHORIC_NP.search(q) or BY_THEN.search(q) or asks_row_part(q) or part_of_pronoun(q)
    )


def singular_noun(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def only_refs(text: str) -> bool:
    """'R10', 'for item 4', 'the IA-07 one': refs and nothing that asks anything else."""
    refs = refs_in(text)
    rest = text
    for ref in refs:
        rest = re.sub(rf"\b{re.escape(ref)}\b", " ", rest, flags=re.I)
    filler = {"for", "the", "about", "item", "ref", "one", "and", "or", "of", "in", "on"}
    return bool(refs) and all(w.lower() in filler for w in re.findall(r"[A-Za-z]+", rest))


def before_after(question: str, previous: Previous | None, last: str) -> str | None:
    """'Is that before March 2009?' -> 'Is R18 due before March 2009?'; 'was it after the
    toolkit launch?' -> 'Which came first, R18 or the toolkit launch?': a two-sided question
    of what the last answer was about and the other side named."""
    match = _BEFORE_AFTER.match(question)
    if match is None:
        return None
    if previous is not None and previous.names and (len(previous.names) == 1 or previous.quoted):
        name = previous.names[0]
    else:
        refs = refs_in(last)
        if not refs:
            return None
        name = refs[0]
    other = match.group("other").strip()
    rel = match.group("rel").lower()
    if _DATEISH.match(other):
        return f"{match.group('verb').capitalize()} {name} due {rel} {other}?"
    if match.group("due"):  # 'is it due before or after X?': two deadlines, not two events
        return f"Which is due first, {name} or {other}?"
    return f"Which came first, {name} or {other}?"


# 'the depot one': a new subject given by what it is about, the head noun left out
THE_X_ONE = re.compile(r"(?:the\s+)?(.+?)\s+ones?", re.I)
# 'the one on X': a new subject of the same kind, described
ONE_ON = re.compile(r"(?:the\s+)?ones?\s+((?:on|about|regarding|concerning|for)\s+.+)", re.I)
# where a described subject says what it is about: 'the recommendation on X'
ABOUT = re.compile(r"\b(?:on|about|regarding|concerning|for)\s+", re.I)


# a relative clause naming the holder, after 'the other <noun>': 'the MPA holds', 'owned by X'
OWNER_CLAUSE = re.compile(
    r"^\s+(?:that\s+|which\s+)?(?:(?:owned|held|led)\s+by\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w&/'-]*\s*(?:(?:of|and|&)\s+)?)+(?:\s*(?:holds?|owns?|leads?|runs?)\b)?",
)
SAME = re.compile(r"\bthe\s+same\b(?![^?]*\bas\b)", re.I)
FOR_WORDS = re.compile(r"\b(?:responsible|accountable|answerable|in\s+charge)\s*[?.!]*$", re.I)


def has_own_subject(part: str) -> bool:
    """Whether a part of a question names its subject itself: a ref, quoted words, or (as a
    chat turn that stands alone) six words or more, two of them neither function words nor
    the domain's generic ones ('when does the project end?' does not; 'what does the 2017
    report say about strategic partnerships?' does)."""
    if refs_in(part) or QUOTED.search(part):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'/-]*", part)]
    content = [w for w in words if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
    return len(words) >= OWN_SUBJECT_WORDS and len(content) >= 2
