"""What a turn of a conversation was about, for the next turn to point back at: the records
its answer rested on (in the order shown, with how to name each in a question), the list they
were picked from, the papers it cited, the things its text named, and the subject of its
question. :mod:`assistant.followups` reads a follow-up against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.answers.model import Answer
from assistant.citations import Citation
from assistant.counted_focus import counted_focus
from assistant.dislocated import dislocated_topic, swallowed_break
from assistant.fronted_place import fronted_place
from assistant.paper_names import paper_name
from assistant.register import Register
from assistant.shown_order import shown_order
from assistant.singled_out import single_out
from assistant.text import HAS_PRONOUN
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS
from vectorstore.identifiers import identifiers

MAX_NAMED = 8  # records a plural follow-up names


@dataclass
class Previous:
    """What the previous turn was about: its question as resolved, and the records its answer
    rested on, in the order shown (with, for each, how to name it in a question)."""

    standalone: str
    records: list[ActionRecord]
    names: list[str]
    # the records are those a passage answer quotes, best first: 'it' is the first of them
    quoted: bool = False
    # the answer's text: what it named in prose ('that programme' is the one it named)
    text: str = ""
    # the set the records were picked from, when the turn singled some out of a longer list
    # ('who owns the first one?'): 'the other one' is what it leaves, 'the second' indexes it
    pool: list[ActionRecord] = field(default_factory=list)
    pool_names: list[str] = field(default_factory=list)
    # the papers the answer cited, in order: 'it' of an answer about one paper ('who wrote the
    # 2017 report?' then 'when was it presented?') is that paper
    documents: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)  # of the same papers
    route: str = ""  # how the answer was found: 'document' when it was about a paper itself
    before: Previous | None = None  # the turn before, as resolved (what else was asked of it)
    # the user's own subject phrase, with the paper it was asked of ('information management
    # in the 2017 report'): what 'it' or 'there' points at after an answer that quoted
    # passages or abstained (see :func:`focus_of`); ``focus_documents`` are that paper's ids
    focus: str = ""
    focus_documents: list[str] = field(default_factory=list)
    # how the turn's question was read (its state filters and claims: what 'any others?' and
    # 'how many in all?' ask again of other rows)
    asked: QueryAnalysis | None = None
    # the last list answer, in the order shown, until a newer one replaces it: what 'the third
    # one' picks from when the turns since were answered from passages or about one row
    listed: list[ActionRecord] = field(default_factory=list)
    listed_names: list[str] = field(default_factory=list)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|this|that|its|their|our)\s+", re.I)


def named_in(text: str, noun: str) -> str | None:
    """The name ``text`` gives a thing of kind ``noun``, most often named first: 'the
    programme' after 'The DRM Programme will address …' is 'the DRM Programme'; a name is
    one to six capitalised words (or 'of', 'and', '&' between them) before the noun."""
    if not text or not noun:
        return None
    plain = re.sub(r"[*_`]", "", text)
    pattern = re.compile(
        r"(?<![\w-])((?:[A-Z][\w'&/-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}(?i:"
        + re.escape(noun)
        + r")s?)(?![\w-])"
    )
    counts: dict[str, int] = {}
    spelt: dict[str, str] = {}
    for match in pattern.finditer(plain):
        name = _LEADING_ARTICLE.sub("", match.group(1)).strip()
        name = re.split(r"\S+['’]s\s+", name)[-1]  # 'September's Performance Board'
        if len(name.split()) < 2 or not name[:1].isupper():
            continue
        key = name.lower()
        counts[key] = counts.get(key, 0) + 1
        spelt.setdefault(key, name)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])  # the first of the most frequent
    return f"the {spelt[best]}"


def join_names(records: Sequence[ActionRecord], names: list[str]) -> str:
    """Records named in one phrase, the document named once when every record is of it."""
    documents = {r.document.id for r in records[: len(names)]}
    suffix = ""
    papers = {n.split(" in the ", 1)[1] for n in names if " in the " in n and n[:1] != "“"}
    if len(documents) == 1 and len(papers) == 1:  # its name as record_names gave it
        suffix = " in the " + papers.pop()
        names = [n.split(" in the ", 1)[0] for n in names]
    head = ", ".join(names[:-1])
    return (f"{head} and {names[-1]}" if head else names[-1]) + suffix


# a paper named by a noun phrase: 'the 2007/08 action plan', 'the District Audit report'
PAPER_NP = re.compile(
    r"\b(?:the|this|that|its)\s+(?:(?!(?:the|a|an|this|that|its)\s)[\w/&'’.-]+\s+){0,5}?"
    r"(?:report|plan|paper|statement|"
    r"review|inspection|audit|letter|document|tracker|log|minutes)s?\b"
    # 'the Audit Panel', 'the inspection team': a body named after a paper noun is no paper
    r"(?!\s+(?:panel|committee|sub-committee|board|group|team|unit|commission|forum|body|"
    r"service|department|directorate|office|officer|manager|lead|chair)s?\b)",
    re.I,
)


_PAPER_NOUNS_AFTER = (
    r"(?:\s+(?:report|plan|paper|statement|review|inspection|audit|letter|document|tracker|log|"
    r"minutes)s?\b)*"
)


# the words around a question's subject: the wh-word, auxiliaries, and what asks for a column
_FRAME_WORDS = frozenset(
    """who whom whose what when which why where how and so but then also is are was were be
    been being does do did has have had will would shall should can could may might must
    own owns owned owner owners lead leads led responsible for due complete completed finished
    met say says said about status deadline progress priority tell me show give list please
    many much far far long often there since until till accountable answerable
    charge""".split()
)
# a contraction on a frame word ('who's', 'what're'): the word it is on
_CONTRACTION = re.compile(r"['’](?:s|re|ve|d|ll)$", re.I)


def subject_span(question: str) -> tuple[int, int] | None:
    """Where the subject noun phrase of ``question`` is: what is left once the wh-word,
    auxiliaries and the words asking for a column are taken off both ends ('Who is
    responsible for the boiler action?' -> 'the boiler action')."""
    tokens = list(re.finditer(r"[\w'’/&.-]+", question.rstrip(" ?.!")))
    start, end = 0, len(tokens)

    def frame(token: re.Match[str]) -> bool:
        return _CONTRACTION.sub("", token.group().lower()) in _FRAME_WORDS

    while start < end and frame(tokens[start]):
        start += 1
    if end > start and _STRANDED.fullmatch(tokens[end - 1].group()):
        end -= 1  # 'who is the 2017 report by?': the stranded preposition frames the question
    while end > start and frame(tokens[end - 1]):
        end -= 1
    if start >= end:
        return None
    return tokens[start].start(), tokens[end - 1].end()


# a preposition left at the end of a question, its object moved to the front
_STRANDED = re.compile(r"by|to|from|with|at|on", re.I)


def subject_of(question: str) -> str | None:
    """The subject noun phrase of ``question`` (see :func:`subject_span`)."""
    span = subject_span(question)
    return question[span[0] : span[1]] if span else None


# a preposition opening what a question is about: 'what does X say about <topic>', 'the
# latest on <topic>'
_TOPIC_PREP = re.compile(r"\b(?:about|on|regarding|concerning)\s+", re.I)
# a head noun the topic describes ('the recommendation on X'): the whole phrase is the subject
_DESCRIBED_HEAD = re.compile(
    r"\b(?:recommendations?|actions?|records?|items?|areas?|issues?|findings?|tasks?|"
    r"activit(?:y|ies)|improvements?|points?|weakness(?:es)?|ones?)\s*$",
    re.I,
)


_CLAUSE_BEFORE_OBJECT = re.compile(
    r"^[^,;]*?\b(?:is|are|was|were|has|have|had|does|do|did|will)\s+\w+ing\s+(?=(?:the|a|an)\s)",
    re.I,
)
# what closes a yes/no question after its subject: 'is X also covered?', 'was X ever met?'
_TRAILING = re.compile(
    r"(?:\s+(?:also|still|now|yet|ever|really|already|itself|themselves|\w+ed))+$", re.I
)


def focus_of(question: str, paper: str = "") -> str | None:
    """The user's own subject phrase in ``question``, with the paper it names or ``paper``
    (the one its answer came from): 'What does the 2017 report say about training?' ->
    'training in the 2017 report'; 'When is the plan's recommendation on hospitality due?'
    keeps 'recommendation on hospitality'. None when the subject is a pronoun ('when is it
    due?'): such a turn keeps the focus of the turn before. A place fronted before the
    question ('In the HMIC areas, when is the pilot due?') is no part of its subject."""
    question, fronted = fronted_place(question)
    named = PAPER_NP.search(fronted) if fronted else None
    paper = paper or (named.group(0) if named else "")
    subject = subject_of(question)
    if subject and swallowed_break(subject):  # 'X — where is that at?': X
        subject = dislocated_topic(question) or subject
    if not subject or HAS_PRONOUN.search(subject) or re.search(r"\bthere\b", subject, re.I):
        return None
    # 'which workstream is addressing the plan's action on X': the object, the action on X
    subject = _CLAUSE_BEFORE_OBJECT.sub("", subject)
    subject = _not_the_subject(question, subject)
    named = PAPER_NP.search(subject)
    if named:  # 'the estates audit plan', not 'the estates audit'
        named = re.compile(re.escape(named.group(0)) + _PAPER_NOUNS_AFTER, re.I).search(subject)
    prep = _TOPIC_PREP.search(subject)
    if prep and not _DESCRIBED_HEAD.search(subject[: prep.start()]):
        subject = subject[prep.end() :]  # 'say about X', 'the latest on X': X
    elif named:
        rest = (subject[: named.start()] + subject[named.end() :]).strip(" ,")
        rest = re.sub(r"^(?:for|to|at|by|with|before)\b.*", "", rest)  # 'the plan for the Panel'
        subject = re.sub(r"^(?:say|says|said|in|of|from)\b\s*|\s*\b(?:in|of|from)$", "", rest)
    subject = _TRAILING.sub("", subject.strip(" ,")) or subject.strip(" ,")
    content = [w for w in re.findall(r"[A-Za-z]{2,}", subject) if w.lower() not in STOPWORDS]
    if not content or len(re.findall(r"[A-Za-z]{2,}", subject)) < (2 if named and not prep else 1):
        return named.group(0) if named else None  # 'who wrote the report?': the paper
    where = named.group(0) if named else paper
    if where and where.lower() not in subject.lower():
        return f"{subject} in {where}"
    return subject


# what is left before the subject by a question whose subject is not the first noun phrase:
# 'how large are <X>', 'can I see <X>', 'who wrote <X>' (a verb right after the wh-word)
_HOW_COMPLEMENT = re.compile(r"^[a-z]+\s+(?:is|are|was|were|will|would)\s+", re.I)
_SPEAKER = re.compile(r"^(?:I|we|you)\s+(?:[a-z]+\s+){1,2}?(?=(?:the|a|an|its|their|this|that)\s)")
_BEFORE_OBJECT = re.compile(r"\b([a-z]+)\s+(?=(?:the|a|an|its|their|this|these|those)\s)")
_NOT_A_VERB = re.compile(
    r"^(?:all|both|half|each|any|some|most|none|one|many|few|which|what|whose)$|"
    + _DESCRIBED_HEAD.pattern.replace(r"\s*$", "$"),
    re.I,
)
_WH_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:who|what|which)\s+(?!(?:is|are|was|were|has|have|had|does|do|did|will|"
    r"would|can|could|should|shall|may|might)\b)",
    re.I,
)


def _not_the_subject(question: str, subject: str) -> str:
    """``subject`` without what only frames it: the complement of 'how' ('large are'), a
    speaker and verb ('I see'), and, when the wh-word is the question's subject ('who wrote
    <X>', 'which unit led <X>'), everything up to the verb: its object is the subject asked
    about."""
    opening = question.strip()
    if opening.lower().startswith("how "):
        subject = _HOW_COMPLEMENT.sub("", subject)
    subject = _SPEAKER.sub("", subject)
    if _WH_SUBJECT.match(opening):
        for verb in _BEFORE_OBJECT.finditer(subject):
            word = verb.group(1)
            if word.lower() not in STOPWORDS and not _NOT_A_VERB.match(word):
                return subject[verb.end() :]
    return subject


def cited_records(
    register: Register, citations: Sequence[Citation], rows: bool = True
) -> list[ActionRecord]:
    """The records a passage answer quotes, in the order first cited (by ref and document;
    with ``rows``, a quote from a row with no ref by the row's span)."""
    found: dict[str, ActionRecord] = {}
    for citation in citations:
        if not citation.ref:
            # a row with no ref ('Managing the budget gap'): the record whose span holds it
            if rows and citation.start is not None:
                for record in register.of_document(citation.document.id):
                    if record.source_start <= citation.start < record.source_end:
                        found.setdefault(record.id, record)
                        break
            continue
        for record in register.with_refs([citation.ref.lower()]):
            if record.document.id == citation.document.id:
                found.setdefault(record.id, record)
    return list(found.values())


def record_names(register: Register, records: list[ActionRecord]) -> list[str]:
    """How a follow-up names each record: its ref, else its title, followed by its document
    when another document has a row so named."""
    names = []
    for record in records:
        if record.ref:  # a bare number is read as a ref only as 'item 3'
            name = f"item {record.ref}" if re.fullmatch(r"[\d.]+", record.ref) else record.ref
            same = register.with_refs([record.ref.lower()])
        else:  # its title, which other papers' rows of the same issue may have too
            words = record.title.split()
            name = "“" + " ".join(words[:10]) + ("…" if len(words) > 10 else "") + "”"
            same = [r for r in register.all() if r.title == record.title]
        if any(r.document.id != record.document.id for r in same):  # by year or body: paper_name
            name += f" in the {paper_name(register, record.document.id, record.document.title)}"
        names.append(name)
    return names


def previous_of(standalone: str, answer: Answer, register: Register, rows: bool = True) -> Previous:
    """What an answer to ``standalone`` was about: its records (or, for a passage answer, the
    records it quotes, best first), and how to name them. Without ``rows``, a quote from a row
    with no ref names no record (a later part of the same question is then asked within the
    papers quoted)."""
    quoted = not answer.records
    records = shown_order(answer) or cited_records(register, answer.citations, rows)
    names = record_names(register, records[:MAX_NAMED])
    documents = list(dict.fromkeys(c.document.title for c in answer.citations))
    ids = list(dict.fromkeys(c.document.id for c in answer.citations))
    previous = Previous(
        standalone,
        records,
        names,
        quoted,
        answer.answer,
        documents=documents,
        document_ids=ids,
        route=answer.route,
        asked=answer.query,
    )
    return focused(previous, standalone, answer)


def has_own_focus(question: str, answer: Answer) -> bool:
    """Whether ``question`` has a subject of its own (:func:`focus_of`), or counts a new thing
    after an answer from the text (:func:`~assistant.counted_focus.counted_focus`)."""
    return bool(focus_of(question) or counted_focus(question, answer))


def focused(previous: Previous, question: str, answer: Answer) -> Previous:
    """``previous`` with its focus: the subject phrase of ``question`` (the user's own words),
    with the paper it was asked of (the one it names, else the one paper its answer cites).
    Unchanged when the subject of ``question`` is a pronoun."""
    titles = list(dict.fromkeys(c.document.title for c in answer.citations))
    paper = f"the {titles[0]}" if len(titles) == 1 else ""
    own = focus_of(question, paper) or counted_focus(question, answer, paper)
    if own:
        cited = list(dict.fromkeys(c.document.id for c in answer.citations))
        previous.focus = own
        previous.focus_documents = list(answer.query.documents) or cited[:1] * (len(cited) == 1)
    return previous


def focus_carried(
    current: Previous, earlier: Previous | None, question: str, answer: Answer
) -> Previous:
    """``current`` with the conversation's focus: the subject phrase of the user's own
    ``question``; a question whose subject is a pronoun keeps the focus of the turn before."""
    if has_own_focus(question, answer) and not BARE_DEMONSTRATIVE.search(question):
        return focused(current, question, answer)
    if earlier is not None and earlier.focus:
        current.focus, current.focus_documents = earlier.focus, earlier.focus_documents
        if set(answer.query.documents) - set(earlier.focus_documents):  # asked in another paper
            current.focus_documents = list(answer.query.documents)
    return current


# 'nobody owns that?', 'who signed this off': a demonstrative standing alone points back
BARE_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|these|those)(?:\s+(?:off|up|out))?\s*[?.!]*$", re.I
)


def with_pool(previous: Previous, earlier: Previous | None, register: Register) -> Previous:
    """``previous`` with the list its records were picked from ('who owns the first one?'
    picks one of the list before): the earlier turn's records, or the list they were picked
    from in turn, whichever holds all of them and more."""
    if earlier is None or not previous.records:
        return previous
    ids = {r.id for r in previous.records}
    for pool in (earlier.records, earlier.pool):
        if ids < {r.id for r in pool}:
            previous.pool = pool
            previous.pool_names = record_names(register, pool[: MAX_NAMED * 4])
            break
    return previous


_IN_AFTER = re.compile(r"\s+(?:in|of|from)\s+", re.I)


def in_the_same_paper(question: str, previous: Previous | None, register: Register) -> str | None:
    """``question`` with each ref it names read in the paper the conversation is in, or None
    when nothing changes: 'is R10 complete?' after a turn about the PURE plan, where the 2002
    report has an R10 too, asks of 'R10 in the MPS Action Plan for PURE/SRL'; 'and R3?' after
    a turn about HMIC R1 asks of HMIC R3, the R3 of the same series. For a question that names
    no paper of its own (the caller checks)."""
    if previous is None:
        return None
    documents = {r.document.id for r in [*previous.records, *previous.pool]}
    series = {r.ref.rsplit(" ", 1)[0] for r in previous.records if r.ref and " " in r.ref.strip()}
    if any(r.ref and " " not in r.ref.strip() for r in previous.records):
        series = set()  # bare refs were shown too: a bare ref is one of those, not of a series
    changed = question
    for ref in identifiers(question):
        # the bare ref of a series the last turn was in ('HMIC R1' then 'R3')
        same_series = [
            r
            for prefix in sorted(series)
            if " " not in ref
            for r in register.with_refs([f"{prefix} {ref}".lower()])
            if r.document.id in documents
        ]
        if same_series:
            target = same_series[0].ref or ref
        else:
            holders = register.with_refs([ref.lower()])
            mine = {r.document.id: r for r in holders if r.document.id in documents}
            if len({r.document.id for r in holders}) < 2 or len(mine) != 1:
                continue
            paper = next(iter(mine.values())).document
            target = f"{ref} in the {paper_name(register, paper.id, paper.title)}"
        spelt = re.search(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", changed)
        after = _IN_AFTER.match(changed, spelt.end()) if spelt is not None else None
        if after is not None and PAPER_NP.match(changed, after.end()):
            continue  # 'R11 in the PURE plan': its paper is named already
        if spelt is not None:
            changed = changed[: spelt.start()] + target + changed[spelt.end() :]
    return changed if changed != question else None


def asks_only_of_refs(question: str) -> bool:
    """Whether ``question`` says nothing of its own beyond the refs it names and one word of
    what it asks ('who leads R9?', 'is R10 complete?'): it cannot have named a paper in its own
    words, so a ref several papers have is the conversation's."""
    rest = question
    for ref in identifiers(question):
        rest = re.sub(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", " ", rest)
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'/-]*", rest)]
    own = [
        w
        for w in words
        if len(w) > 2 and w not in STOPWORDS and w not in GENERIC and w.rstrip("s") not in GENERIC
    ]
    return len(own) <= 1 and not any(any(c.isdigit() for c in w) for w in own)


def keep_focus(current: Previous, earlier: Previous | None, question: str) -> Previous:
    """What a turn was about, when it pointed back with a pronoun but its answer rested on no
    one record (passages quoting others, or a broad list): still the one record of the turn
    before, not the first ref its answer happened to quote."""
    if (
        earlier is None
        or not HAS_PRONOUN.search(question)
        or (len(current.records) == 1 and not current.quoted)
        or len(earlier.records) != 1
        or earlier.quoted
    ):
        return current
    ids, papers = {r.id for r in current.records}, {r.document.id for r in current.records}
    moved = papers and earlier.records[0].document.id not in papers and PAPER_NP.search(question)
    if earlier.records[0].id not in ids and (not current.quoted or moved):
        # 'what else do they lead?', 'does the 2008 plan say anything on it?': what it found
        return current
    return Previous(
        current.standalone,
        earlier.records,
        earlier.names,
        False,
        current.text,
        documents=current.documents,
        route=current.route,
        before=earlier,
        # the rows the answer showed stay what a pick reads ('the Brackenmoor one' of them)
        pool=[] if current.quoted else current.records,
        pool_names=[] if current.quoted else current.names,
    )


def paper_in_focus(previous: Previous | None) -> str | None:
    """The paper a turn was about when its question named a paper and no record, and its
    answer listed several records, all of that paper ('how many actions in the 2017 report
    are ongoing?'): what a later 'it' points at ('when was it published?')."""
    if previous is None or previous.quoted or len(previous.records) < 2:
        return None
    last = previous.standalone
    if identifiers(last) or not PAPER_NP.search(last):
        return None
    documents = {r.document.id for r in previous.records}
    if len(documents) != 1:
        return None
    return f"the {previous.records[0].document.title}"


def one_referent(previous: Previous) -> str:
    """What 'it' points at after the last answer: its one record; after an answer that quoted
    passages, the user's own subject (the focus) unless it quoted exactly one record, of the
    focus paper (a record quoted in passing from another paper is no antecedent)."""
    if previous.quoted and previous.focus:
        titled = _titled(previous)
        if titled is not None:
            return titled
        papers = {r.document.id for r in previous.records}
        if len(previous.records) != 1 or (
            previous.focus_documents and not papers <= set(previous.focus_documents)
        ):
            return previous.focus
    return previous.names[0]


# no word of a subject: 'was X already an issue in the 2008 plan?' is about X
_NOT_TOPIC = STOPWORDS | GENERIC | {"already", "still", "ever", "yet", "again", "also", "even"}


def _titled(previous: Previous) -> str | None:
    """The name of the one quoted record whose title holds every word of the focus ('budgetary
    control' is the record titled 'Budgetary Control'), of the focus paper when it has one."""
    topic = re.split(r"\s+in\s+(?:the|this|that)\s+", previous.focus, maxsplit=1)[0]
    words = {_stem(w) for w in re.findall(r"[a-z]{3,}", topic.lower()) if w not in _NOT_TOPIC}
    if not words:
        return None
    found = [
        (record, name)
        for record, name in zip(previous.records, previous.names, strict=False)
        # the title's words, and the paper's ('the PURE recommendation on X')
        if words
        <= {
            _stem(w)
            for w in re.findall(r"[a-z]{3,}", f"{record.title} {record.document.title}".lower())
        }
        and (not previous.focus_documents or record.document.id in previous.focus_documents)
    ]
    if len({name for _, name in found}) == 1:
        return found[0][1]
    return single_out(found, previous.asked, previous.text)  # by its owner, or its title shown


def titled_with(noun: str, previous: Previous) -> str | None:
    """The name of the one record of the last answer whose title has ``noun`` (by stem):
    'that gap' after an answer quoting the row 'Managing the budget gap'."""
    stem = _stem(noun.lower())
    found = [
        name
        for record, name in zip(previous.records, previous.names, strict=False)
        if stem in {_stem(w) for w in re.findall(r"[a-z]{3,}", record.title.lower())}
    ]
    return found[0] if len(found) == 1 else None


def _stem(word: str) -> str:
    return re.sub(r"(?:ies|es|s|ing|ed)$", "", word)


def asked_for_one(question: str) -> bool:
    """Whether a question asked for one record ('which one slipped?', 'which recommendation
    is about X?'), so that a later 'it' is the first it found."""
    asked = _ASKS_ONE.match(question) or _ASKS_ONE_BY_VERB.match(question)
    return bool(asked and not re.search(r"\b(?:all|any|each|several|many)\b", asked.group(0), re.I))


# 'which unit handles X?', 'what body is responsible?': a singular noun, then a verb agreeing
# with it (an auxiliary, or a verb in -s), asks for one thing
_ASKS_ONE_BY_VERB = re.compile(
    r"\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:the|a|an)\b)[\w/-]+(?<![s'])\s+)?"
    r"(?!(?:is|was|has|does|of|in|on|for|to|at|by|with|from|and|or|the|a|an)\b)[a-z]+"
    r"(?<![s'])\s+(?:is|was|has|does|[a-z]+[^s\W]s\b(?!\s+(?:are|were|have|had|do|did|is|was|"
    r"has|will|would|can|could|should|may|might|must)\b))\b",
    re.I,
)
_ASKS_ONE = re.compile(
    r"\s*(?:and\s+)?(?:which|what)\s+(?:[\w/-]+\s+){0,2}?(?:one|action|recommendation|record|"
    r"item|area|issue|improvement|finding|point|weakness|activity|task)\b(?!s)",
    re.I,
)


_KIND = re.compile(
    r"\b(actions|recommendations|records|items|areas|issues|improvements|findings|points|"
    r"weaknesses|activities|tasks)\b",
    re.I,
)


def counted_among(last: str, names: str) -> str:
    """'How many actions among R3, R5 and R9': a count over rows named one by one opens with
    their kind (the kind the last question asked for), which reads as a count of rows; 'how
    many of R3 …' would read as a figure asked of R3."""
    kind = _KIND.search(last)
    return f"How many {kind.group(1).lower() if kind else 'actions'} among {names}"


def picked_focus(standalone: str, earlier: Previous, register: Register) -> Previous | None:
    """What a turn that abstained was about when it still singled out rows of the list before
    by ref as resolved ('who is leading the last one?' -> 'who is leading TS-12?', a row with
    no owner): those rows, picked from that list. The next 'it' is the row picked, not the
    list. None when it named no row of the list, or all of them."""
    named = {ref.lower() for ref in identifiers(standalone)}
    picked = [r for r in earlier.records if r.ref and r.ref.lower() in named]
    if not 0 < len(picked) < len(earlier.records):
        return None
    narrowed = Previous(standalone, picked, record_names(register, picked), before=earlier)
    narrowed.pool, narrowed.pool_names = list(earlier.records), list(earlier.names)
    narrowed.documents, narrowed.document_ids = earlier.documents, earlier.document_ids
    narrowed.focus, narrowed.focus_documents = earlier.focus, earlier.focus_documents
    narrowed.listed, narrowed.listed_names = earlier.listed, earlier.listed_names
    return narrowed
