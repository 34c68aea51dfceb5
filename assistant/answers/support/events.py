"""The event a typed question asks the value of, and whether a sentence speaks of it.

'When was the code approved?', 'what year was the unit disbanded?', 'how much was spent on the
pilot?': the answer is a value of a type (a date, an amount) *of an event* (the approval, the
disbanding, the spending) of a subject. A sentence about the subject that gives a value of the
type for another event of it ('… will be supported by a code and published in May') does not
answer: the record speaks of the subject, not of the thing asked about it. The event is read
from the question's form (a participle of its main clause, or the bare verb after 'did'), never
from a list of content words; a sentence speaks of it when it holds the word's stem, or a word
near it in meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.analysis import QueryAnalysis, answer_type, framing_words, unquoted
from assistant.analysis.patterns import CLAIMS
from assistant.analysis.source_phrases import source_words
from assistant.answers.context import AnswerContext
from assistant.answers.support.claims import verb_classes
from assistant.answers.support.figures import FULL_MONTHS
from assistant.answers.support.values import gives
from assistant.answers.support.wordlinks import near_words
from assistant.evidence import Evidence, coverage
from assistant.text import stem, stem_of, stems
from ingest.dates import scan_dates
from vectorstore.bm25 import STOPWORDS

# the value types that belong to an event: a date, an amount, a share, a number of people
EVENT_TYPES: frozenset[str] = frozenset({"year", "amount", "percentage", "headcount"})
EVENT_NEAR = 0.62  # cosine of the question's event word and a sentence's word standing for it
EVENT_DEPTH = 12  # best sentences read for one that dates (or prices) the asked event
OWN_SHARE = 0.5  # of the subject's weight, in the sentence and its row's cells
_PREFIX = 5  # letters of two stems that make them one word ('approv-al', 'approv-ed')

# light verbs: they name no event of their own ('what happened', 'when was it done')
_LIGHT = frozenset(
    """happened done made taken given gotten gone come become been occurred undertaken
    carried conducted held put set got happen do make take give get go occur undertake carry
    conduct hold""".split()
) | frozenset(  # verbs of intention frame the event after them ('expect to have X done by')
    """expect expected intend intended plan planned hope hoped aim aimed mean meant want
    wanted propose proposed""".split()
)


LIGHT_VERBS = _LIGHT


def without_light_verbs(weights: dict[str, float]) -> dict[str, float]:
    """The question's weights less its light verbs ('hold' in 'when will X hold its
    workshop?'): they name no subject a sentence must share; the weights as they are when
    nothing else is left."""
    kept = {t: w for t, w in weights.items() if t not in _LIGHT}
    return kept or weights


def without_event(
    weights: dict[str, float], event: list[str], question: str = ""
) -> dict[str, float]:
    """The question's weights less the words of its asked ``event`` ('start' in 'when did the
    X programme start?'): a sentence must name the subject; whether it speaks of the event
    ('launched') is :func:`speaks_of`'s to judge. Less, too, the agent of a passive event in
    ``question`` ('by the board' in 'when was the X policy approved by the board?'): who did
    it is no part of what was done, so a row naming only 'policy' and 'the Board' is not X's.
    The weights when nothing else is left."""
    asked = {stem(w) for phrase in event for w in phrase.split()}
    for word in event:
        found = re.search(rf"\b{re.escape(word)}\s+by\s+([^,;:?!.]+)", question, re.I)
        if found:
            asked |= {stem(w) for w in _WORD.findall(found.group(1))}
    kept = {t: w for t, w in weights.items() if stem(t) not in asked}
    return kept or weights


_DO = re.compile(r"\b(?:did|does|do|will|would|could|can|should)\b", re.I)
_OBJECT_START = frozenset("the a an its their this that these those his her our".split())
_RELATIVE = frozenset("that which who whom whose".split())
# a wh-word inside the question opens a clause that is the asked event's object, not its verb
_SUBORDINATE = frozenset("how whether why where".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# a wh-phrase's head noun before its clause's auxiliary: 'what (total) *saving* has X made?'
_WH_HEAD = re.compile(
    r"^\s*(?:(?:and|so|then)\s+)?(?:what|which)\s+(?:[a-z-]+\s+)?(?P<head>[a-z-]{3,})\s+"
    r"(?:has|have|had|did|does|do|will|would|could|can|is|was|are|were)\b",
    re.I,
)
# nouns that name only the kind of value: the verb is then the event ('what sum did X save?')
_KIND_NOUNS = frozenset(
    """amount sum figure total value number price date year month day time percentage
    proportion rate share level count""".split()
)
_CLAUSE_END = re.compile(r"[,;:?!]|\s[—–-]\s|\b(?:and|but|or|then)\b", re.I)


def asked_event(q: QueryAnalysis) -> list[str]:
    """The question's words naming the event whose value it asks ('approved' in 'when was the
    code approved by the board?', 'approve' in 'when did the board approve the code?'); none
    when it asks no value of an event type, or its verb is a light one. A wh-phrase headed by
    a noun of the event names it ('what *saving* has X produced?'): its verb only links the
    subject to the value."""
    asked = answer_type(q.question)
    if asked not in EVENT_TYPES or q.refs:
        return []
    found = _WH_HEAD.match(unquoted(q.standalone or q.question))
    head = found["head"].lower() if found else ""
    if head and head not in _KIND_NOUNS and stem(head) in {stem(t) for t in q.terms}:
        return [head]
    return event_words(q)


def event_words(q: QueryAnalysis) -> list[str]:
    """The words of the question's asking clause naming its event, whatever value it asks
    (:func:`asked_event` less the check of the asked type)."""
    # the clause that asks it: a later clause asks something else ('…, and who agreed it?');
    # an 'and' joining two nouns ('the damp and mould policy') ends no clause
    question = unquoted(q.standalone or q.question)
    found = _clause_words(q, _CLAUSE_END.split(question, maxsplit=1)[0])
    return found or _clause_words(q, _PUNCTUATION_END.split(question, maxsplit=1)[0])


_BEFORE_AGENT = re.compile(r"\b([a-z]+(?:ed|en))\s+by\s+(?:the|a|an|its|their|[A-Z])", re.I)
_PUNCTUATION_END = re.compile(r"[,;:?!]|\s[—–-]\s")


def _clause_words(q: QueryAnalysis, text: str) -> list[str]:
    """The words of the asking clause ``text`` naming its event (:func:`event_words`)."""
    terms = {stem(t) for t in q.terms}
    described = _in_relative_clause(text)  # 'the unit that reviewed X': which unit, not when
    last = ([t.lower() for t in _WORD.findall(text)] or [""])[-1]  # 'when was X *approved*?'
    # a passive's participle before its agent: 'when was X *approved* by the board?'
    agentive = {m.lower() for m in _BEFORE_AGENT.findall(text)}
    words = [
        w
        for w in framing_words(text)
        if w.endswith(("ed", "en"))
        and w not in _LIGHT
        and (stem(w) in terms or w == last or w in agentive)
        and w not in described
    ]
    ending = _PASSIVE_PHRASAL.search(text)  # 'when was X *signed off*?': one event, the phrase
    if ending and (key := phrasal_key(ending["verb"], ending["particle"])):
        words = [key, *(w for w in words if w != ending["verb"].lower())]
    found = _DO.search(text)
    if found:  # 'when did <subject> <verb> (its/the …|?)': the bare verb after the subject
        written = _WORD.findall(text[found.end() :])
        tokens = [t.lower() for t in written]
        for i, token in enumerate(tokens[1:], start=1):
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            particle = ""
            if after in _PARTICLES and i + 2 < len(tokens):  # 'sign off the policy': the verb
                particle, after = after, tokens[i + 2]
            elif after in _GOVERNING and i + 2 < len(tokens) and tokens[i + 2] in _OBJECT_START:
                after = tokens[i + 2]  # 'decide on the letter': the verb, its object after
            # an object opening on a name ('approve Saltmarsh's policy') opens like 'the'
            named = i + 1 < len(written) and (after.endswith("'s") or written[i + 1][0].isupper())
            if (
                (after in _OBJECT_START or not after or (named and not written[i][0].isupper()))
                and tokens[i - 1] not in _OBJECT_START
                and token not in _LIGHT
                and token not in described
                # a content word, or the verb the question's reading set aside as its frame
                # ('did the panel *consider* the strategy': an object follows it)
                and (
                    stem(token) in terms
                    or ((after in _OBJECT_START or named) and token not in STOPWORDS)
                )
                and not token.endswith("s")
            ):
                # a phrasal verb is one event ('bring out' is a publishing, not a bringing)
                words.append(phrasal_key(token, particle) or token)
                break
    planned = _TO_VERB.search(text)  # 'when is X now expected to open?': the verb after 'to'
    if planned and planned.group(1).lower() not in _LIGHT | _BE:
        return [planned.group(1).lower()]  # 'expected', 'due', 'set' only frame it
    # a phrasal verb is one event: its particle read again as a verb is no second one
    parts = {part for w in words if w in PHRASAL for part in w.split()}
    words = [w for w in words if w not in parts]
    return list(dict.fromkeys(w for w in words if w not in _FRAMING)) or words


_BE = frozenset("be been being have".split())
# the particles of a phrasal verb ('sign off', 'set up', 'roll out', 'carry out'): the verb
# before one is the event's, its object after it
_PARTICLES = frozenset("off up out through over down back".split())
# prepositions a verb governs its object through ('decide *on* the X', 'agree *to* the Y')
_GOVERNING = frozenset("on upon about to with for into against".split())
# participles that put the event in the future and name none ('expected to be outlined')
# phrasal verbs of the life of a plan, a paper or a body and the single verbs they stand for:
# the sentence dating the event says it in one word ('the strategy was *published* in July'
# for 'when did they *bring out* the strategy?'); a general vocabulary, read by
# :func:`speaks_of`
PHRASAL: dict[str, tuple[str, ...]] = {
    "bring out": ("publish", "release", "issue", "launch"),
    "put out": ("publish", "issue", "release"),
    "set out": ("publish", "state", "describe"),
    "kick off": ("start", "begin", "launch", "commence"),
    "start off": ("start", "begin", "launch"),
    "start up": ("start", "begin", "launch", "establish"),
    "set up": ("establish", "create", "form", "introduce"),
    "stand up": ("establish", "create", "form", "launch"),
    "roll out": ("implement", "launch", "introduce", "deploy", "issue"),
    "sign off": ("approve", "agree", "endorse", "adopt"),
    "carry out": ("conduct", "undertake", "perform", "complete", "hold"),
    "draw up": ("draft", "produce", "prepare", "write"),
    "write up": ("write", "draft", "report", "produce"),
    "hand over": ("transfer", "pass"),
    "take over": ("replace", "assume", "transfer"),
    "take up": ("start", "adopt", "accept"),
    "wind up": ("close", "end", "disband", "abolish"),
    "wind down": ("close", "end", "disband"),
    "close down": ("close", "end", "disband", "abolish"),
    "shut down": ("close", "end", "disband", "abolish"),
    "stand down": ("disband", "close", "resign", "leave"),
    "step down": ("resign", "leave", "retire"),
    "phase out": ("withdraw", "end", "remove", "close"),
    "sort out": ("resolve", "fix", "complete"),
    "follow up": ("review", "check", "follow"),
    "look over": ("review", "examine", "consider"),
    "look through": ("review", "examine", "consider"),
    "go through": ("review", "examine", "consider"),
    "sign up": ("join", "agree", "sign"),
    "break up": ("disband", "end", "split"),
    "switch over": ("move", "transfer", "migrate", "switch"),
    "come out": ("publish", "release", "issue"),
    "come back": ("return", "revisit", "resume"),
    "go back": ("return", "revisit", "resume"),
    # a verb and the word saying what it turns to: 'when did X get going / go live?'
    "get going": ("start", "begin", "launch", "commence"),
    "go live": ("launch", "implement", "introduce", "start", "live"),
}
# the participles and past forms of the phrasal verbs' own verbs that no stem joins to them
_IRREGULAR = {
    "brought": "bring",
    "drawn": "draw",
    "drew": "draw",
    "taken": "take",
    "took": "take",
    "wound": "wind",
    "stood": "stand",
    "broken": "break",
    "broke": "break",
    "gone": "go",
    "went": "go",
    "came": "come",
    "written": "write",
    "wrote": "write",
}
_PASSIVE_PHRASAL = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<particle>off|up|out|through|over|down|back|going|live)\s*[?.!]*\s*$",
    re.I,
)


def phrasal_key(verb: str, particle: str) -> str | None:
    """The phrasal verb of :data:`PHRASAL` that ``verb`` and ``particle`` write, in any form
    ('signed off', 'brought out', 'kick off'); None when they write none."""
    lemma = _IRREGULAR.get(verb.lower(), verb.lower())
    for key in PHRASAL:
        head, tail = key.split()
        if tail == particle.lower() and (lemma == head or stem(lemma) == stem(head)):
            return key
    return None


_FRAMING = frozenset("expected scheduled planned supposed meant intended targeted".split())
# an infinitive ending the asking clause: 'expected to open', 'due to launch', 'set to close'
# 'to <verb>' closing the question; 'to now', 'to date' end a span of time, not an event
_TO_VERB = re.compile(
    r"\bto\s+(?!(?:now|date|today|then|this|that|it|them|what|which)\b)([a-z]+)\s*[?.!]*\s*$",
    re.I,
)


def _in_relative_clause(text: str) -> set[str]:
    """Words of a relative clause describing the subject ('the unit *that reviewed* X', 'the
    plan *which was agreed* by Y'): up to three words after a relative pronoun, never the
    clause's last word (the asked event: 'when was the plan that Y wrote *published*?')."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    inside: set[str] = set()
    for i, token in enumerate(tokens[:-1]):
        if token in _RELATIVE:
            inside.update(tokens[i + 1 : min(i + 4, len(tokens) - 1)])
        elif token in _SUBORDINATE and i > 0:  # '… sign off the plan for *how X is run*?'
            inside.update(tokens[i + 1 :])  # the asking clause's object, to its last word
    return inside


@lru_cache(maxsize=16384)
def event_class(word: str) -> str | None:
    """The kind of state a verb reports (:data:`CLAIMS`: 'implemented' and 'completed' both say
    it is complete) or the verbs of giving assent as one ('approved', 'signed', 'agreed').
    Kept per word: a passage's every word is asked."""
    for pattern, kind in CLAIMS:
        if pattern.fullmatch(word):
            return kind
    return "assent" if verb_classes(word) == {"assent"} else None


@lru_cache(maxsize=16384)
def _event_kind(word: str) -> str | None:
    """:func:`event_class`, less its catch-all: the verbs CLAIMS lists as 'other' ('approved',
    'launched', 'appointed', 'replaced') name different events, so two of them are no one
    kind ('launched in April' does not date an approval); one of assent is still assent."""
    kind = event_class(word)
    if kind != "other":
        return kind
    return "assent" if verb_classes(word) == {"assent"} else None


# a word negated by its prefix ('unsecured', 'non-compliant', 'incomplete') and a negation
_NEGATED_PREFIX = re.compile(r"^(?:un|non-?|in|im|ir|il|dis)(?P<base>[a-z]{4,})$", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|without|yet\s+to)\b|n['’]t\b", re.I)


def _negated_form(word: str, held: set[str], text: str) -> bool:
    """Whether ``text`` says ``word`` negated in words ('are not secured' for 'unsecured'):
    its base's stem, and a negation."""
    found = _NEGATED_PREFIX.match(word)
    if found is None or not _NEGATION.search(text):
        return False
    base = stem(found.group("base"))[:_PREFIX]
    return any(s[:_PREFIX] == base for s in held if len(s) >= 3)


# the aspect verbs of beginning, in any domain, and a state said to hold from a date
_INCEPTION = frozenset(
    stem(w) for w in "start begin began begun commence launch open initiate inaugurate".split()
)
_SINCE_DATE = re.compile(
    r"\b(?:since|from)\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?(?:\d{1,2}\s+)?"
    rf"(?:{FULL_MONTHS}|(?:19|20)\d\d)\b",
    re.I,
)


def dates_start(word: str, text: str) -> bool:
    """Whether ``word`` asks when something began ('start', 'begin') and ``text`` says since
    when a state has held ('in post since August'): that date is its start."""
    return stem(word) in _INCEPTION and _SINCE_DATE.search(text) is not None


# English verbs whose past forms share no stem with their base ('leave' / 'left'): a general
# vocabulary, so that 'when did the members leave?' is dated by 'two members left in April'
_IRREGULAR_VERBS: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split("/"))
    for group in """leave/left meet/met begin/began/begun take/took/taken give/gave/given
    write/wrote/written send/sent spend/spent build/built buy/bought bring/brought
    teach/taught seek/sought find/found lose/lost keep/kept lead/led sell/sold tell/told
    say/said pay/paid win/won choose/chose/chosen rise/rose/risen fall/fell/fallen
    draw/drew/drawn withdraw/withdrew/withdrawn undertake/undertook/undertaken
    run/ran come/came become/became go/went/gone see/saw/seen know/knew/known
    speak/spoke/spoken break/broke/broken freeze/froze/frozen stand/stood hold/held
    feel/felt deal/dealt strike/struck fight/fought think/thought lend/lent""".split()
)


def _forms(word: str) -> tuple[str, ...]:
    """``word`` and the other forms of its verb when they share no stem ('left' for
    'leave'); the word alone otherwise."""
    lower = word.lower()
    return next((g for g in _IRREGULAR_VERBS if lower in g), (lower,))


# the verbs of receiving, in any domain, and the verbs and nouns of sending that say the same
# event from the sender's side: 'the Board received the report' is 'reported to the Board'
_RECEIVING = frozenset(stem(w) for w in "receive receipt get obtain hear".split())
_SENDING = frozenset(
    stem(w)
    for w in """report submit submission present presentation send sent give given provide
    deliver table tabled issue forward refer circulate share take taken go went gone come
    came bring brought return""".split()
)
_TO_AFTER = 4  # words from a word of sending to the 'to' of its receiver


# the verbs of a paper's coming out, and a paper named by its date ('in its report of 4
# September 2024'): the date a paper bears is the date it came out
_PUBLISHING = frozenset(stem(w) for w in "publish release issue appear".split())
_PAPER_OF_DATE = re.compile(
    r"\b(?:report|paper|review|letter|plan|strategy|statement|assessment|inspection|opinion)\s+"
    rf"(?:of|dated)\s+(?:\d{{1,2}}\s+)?(?:{FULL_MONTHS})\b",
    re.I,
)


def received_as_sent(word: str, text: str) -> bool:
    """Whether ``word`` asks when something was received ('when did the Board *receive* the
    report?') and ``text`` says it was sent to someone ('report to the Board in April 2023',
    'to come to the May meeting'): the record says a receipt from the sender's side."""
    if stem(word) not in _RECEIVING:
        return False
    tokens = [t.lower() for t in _WORD.findall(text)]
    return any(
        stem(token) in _SENDING and "to" in tokens[i + 1 : i + 1 + _TO_AFTER]
        for i, token in enumerate(tokens)
    )


def speaks_of(text: str, event: list[str], context: AnswerContext) -> bool:
    """Whether ``text`` speaks of every word of ``event``: its stem (or one sharing its first
    letters: 'approval' for 'approved'), or a word near it in meaning ('launched' for
    'started')."""
    if not event:
        return True
    phrasal = [w for w in event if w in PHRASAL]  # 'bring out': its verb or one it stands for
    if phrasal:
        rest = [w for w in event if w not in PHRASAL]
        return speaks_of(text, rest, context) and all(
            any(speaks_of(text, [w], context) for w in (p.split()[0], *PHRASAL[p])) for p in phrasal
        )
    held = stems(text)
    missing = [
        w
        for w in event
        if not any(s[:_PREFIX] == stem(f)[:_PREFIX] for f in _forms(w) for s in held if len(s) >= 3)
    ]
    if not missing:
        return True
    missing = [w for w in missing if not _negated_form(w, held, text)]  # 'not secured'
    classes = {_event_kind(w) for w in _WORD.findall(text)} - {None}
    if "assent" in verb_classes(text):  # 'approved' is a state word too: assent all the same
        classes.add("assent")
    missing = [w for w in missing if _event_kind(w) not in classes]  # 'implemented', 'completed'
    missing = [w for w in missing if not dates_start(w, text)]  # 'in post since August'
    missing = [w for w in missing if not received_as_sent(w, text)]  # 'reported to the Board'
    missing = [w for w in missing if not (stem(w) in _PUBLISHING and _PAPER_OF_DATE.search(text))]
    # one aspect of beginning in other words: 'when did X begin?' and 'X launched in July'
    missing = [w for w in missing if not (stem(w) in _INCEPTION and held & _INCEPTION)]
    if not missing:
        return True
    near = near_words(missing, text, context, floor=EVENT_NEAR)
    return all(w in near for w in missing)


def event_giver(
    asked: str,
    evidence: list[Evidence],
    event: list[str],
    weights: dict[str, float],
    context: AnswerContext,
) -> Evidence | None:
    """Among the best sentences, the first that gives a value of the ``asked`` type about the
    question's subject (:func:`gives`) and speaks of the asked ``event``; else None."""
    said = [e for e in evidence[:EVENT_DEPTH] if speaks_of(with_cells(e, context), event, context)]
    return gives(asked, said, weights, pool=evidence) if said else None


def own_event_giver(
    asked: str,
    giver: Evidence,
    evidence: list[Evidence],
    event: list[str],
    weights: dict[str, float],
    context: AnswerContext,
) -> Evidence:
    """``giver``, unless it speaks of the asked ``event`` only through the other cells of its
    row ('the policy predates the *2023* national guidance', in a row whose action is to have
    a policy *approved*) and another of the best sentences about the subject speaks of it in
    its own words and gives a value of the type ('Policy approved by the Board on 23 April
    2024'): that one."""
    if asked != "year" or not event or speaks_of(giver.text, event, context):
        return giver
    for item in evidence[:EVENT_DEPTH]:
        paper = str(item.document.date or "9999")[:7]
        dates, _ = scan_dates(item.text)  # a date by its paper's: what happened, not a plan
        if (
            any(d.iso[:7] <= paper for d in dates)
            and speaks_of(item.text, event, context)
            and coverage(with_cells(item, context), weights) >= OWN_SHARE
        ):
            item.score = max(e.score for e in evidence) + 0.01  # it goes first
            return item
    return giver


def own_first(
    asked: str,
    giver: Evidence | None,
    evidence: list[Evidence],
    event: list[str],
    weights: dict[str, float],
    context: AnswerContext,
) -> tuple[Evidence | None, list[Evidence]]:
    """``giver`` and ``evidence`` with :func:`own_event_giver`'s sentence in its place and
    first, whether the giver was found among the best sentences or through its row's cells;
    both as they are when there is no giver."""
    if giver is None:
        return None, evidence
    own = own_event_giver(asked, giver, evidence, event, weights, context)
    return own, evidence if own is giver else [own, *(e for e in evidence if e is not own)]


def off_event(
    giver: Evidence | None, event: list[str], context: AnswerContext, checked: bool
) -> bool:
    """Whether ``giver``, when ``checked``, speaks of the asked ``event`` neither in its own
    words nor in its row's cells ('The capital programme for 2024/25 is £46.7 million' gives
    a year of the programme, not of its approval): the value is then not the event's."""
    if giver is None or not checked:
        return False
    return not speaks_of(with_cells(giver, context), event, context)


def with_cells(item: Evidence, context: AnswerContext) -> str:
    """``item``'s text and, when it is a cell of a record, every cell of that record: a row
    speaks of one action across its cells (the title 'Implement X', the date 'March 2009')."""
    record = context.register.by_id().get(item.record_id) if item.record_id else None
    if record is None:
        return item.text
    return " ".join([item.text, *(v for v in record.columns.values() if v)])


_DETERMINERS = frozenset("the a an its their our".split())


def framed_words(q: QueryAnalysis, context: AnswerContext) -> tuple[set[str], str | None]:
    """The stems of the question's words that frame it rather than name its subject (where a
    thing came from, :func:`source_words`; the paper's own body doing the asked event: 'when
    did *the Council* launch X?', 'when was X set up by *the Trust*?'), and the question less
    that body's name to search by (None when it names none): a paper's sentences are its
    body's doings without naming it ('X launched in July 2008')."""
    source = {stem_of(w) for w in source_words(q.question)}
    question = unquoted(q.standalone or q.question)
    event = asked_event(q)
    if not event:
        return source, None
    verb = event[0].split()[0]
    bodies = {w.lower() for d in context.documents for w in _WORD.findall(d.organisation or "")}
    doer: list[str] = []
    found = _DO.search(question)
    before = re.search(rf"\b{re.escape(verb)}\b", question[found.end() :], re.I) if found else None
    if found and before:  # 'did <the body> <verb>'
        doer = _WORD.findall(question[found.end() : found.end() + before.start()])
    agent = re.search(rf"\b{re.escape(verb)}\s+by\s+([^,;:?!.]+)", question, re.I)
    if not doer and agent:  # '<verb> by <the body>'
        doer = _WORD.findall(agent.group(1))
    named = [w for w in doer if w.lower() not in _DETERMINERS]
    if not named or len(named) > 6 or any(w.lower() not in bodies for w in named):
        return source, None
    less = re.sub(rf"\b(?:{'|'.join(map(re.escape, named))})\b", " ", question)
    return source | {stem_of(w) for w in named}, re.sub(r"\s+", " ", less).strip()
