"""The sentence that gives the value a question asks for ('when was X formed?', 'how much
did Y save?') about its subject, before a passage answer may quote anything: among the best
sentences; else deeper, in every sentence of the record the best passages are cells of, read
for meaning (:func:`gives_in_record`); short forms read with their names either way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis
from assistant.analysis.own_clauses import own_subject_clauses
from assistant.analysis.value_asks import AMOUNT_VERB_FORMS
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.row_values import value_in_row
from assistant.answers.support.wordlinks import linked_coverage
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import stem

_BETTER = 0.2  # how much more of the subject's weight a sentence with no value must say
_READ = 6  # the best sentences read for one that says the subject better


def gives(
    asked: str,
    evidence: list[Evidence],
    weights: dict[str, float],
    needed: int = 1,
    pool: list[Evidence] | None = None,
    aliases: dict[str, str] | None = None,
    names: Sequence[str] = (),
) -> Evidence | None:
    """The first sentence about the question's subject that holds a value of the kind asked for
    ('£142m', '12%', '2009'), or ``needed`` of them (a change from one value to another).

    About the subject: half its weight or more, and every word of a subject of two words or
    fewer ('the Transformation Directorate' is not 'the transformation partner'); a sentence
    that opens with a pronoun ('It is due …') is read with the sentence before it, and one
    that names it by its short form ('the ILAU') with its name spelled out (``aliases``)."""
    shape = ANSWER_SHAPES[asked]
    weights = without_value_verbs(asked, weights)
    weights = {t: w for t, w in weights.items() if t not in _MODALS} or weights
    share = 1.0 if len(weights) <= 2 else 0.5
    # a sentence with no value that says the subject clearly better ('electricity for the
    # pumping stations'): a value beside a part of it ('the £1.2m refurbishment of the
    # pumping station') is another thing's
    unvalued = [coverage(e.text, weights) for e in evidence[:_READ] if not shape.search(e.text)]
    best = max(unvalued, default=0.0) if len(weights) > 2 else 0.0
    for item in evidence:
        if len(shape.findall(item.text)) < needed:
            continue
        if best - coverage(item.text, weights) >= _BETTER:
            continue
        if asked == "year" and _time_of_another(item.text, shape, weights):
            continue
        said, verb = said_of(asked, item.text)
        if item.ref:  # a row's sentence is about the row its ref names
            said = f"{said} {item.ref}"
        if item.text.startswith(_PRONOUN_OPENINGS):
            before = _previous_in_passage(item, pool or evidence)
            said = f"{before.text} {said}" if before is not None else said
        read = by_head_noun(with_aliases(said, aliases or {}), item, names, pool or evidence)
        named = _holds_names(read, _written(names, pool or evidence))
        if named and (not weights or _names_subject(read, weights, verb, share)):
            return item
    return None


def gives_in_record(
    q: QueryAnalysis,
    context: AnswerContext,
    asked: str,
    evidence: list[Evidence],
    weights: dict[str, float],
    needed: int,
    aliases: dict[str, str],
) -> Evidence | None:
    """The value read deeper: when the best passages are cells of a record, every sentence of
    that record's merged cells (a long progress note puts the date of one step in its sixth
    sentence), and the best sentences read for meaning, not letters ('revenue-raising schemes'
    is 'income generation initiatives'). The sentence about the subject that gives a value of
    the asked kind, else None."""
    shape = ANSWER_SHAPES[asked]
    weights = without_value_verbs(asked, weights)
    records = context.register.by_id()
    names = _written(subject_names(q.standalone or q.question, paper_names(context)), evidence)
    pool: list[Evidence] = [e for e in evidence[:6] if e.record_id is None]
    for record_id in dict.fromkeys(e.record_id for e in evidence[:3] if e.record_id):
        record = records.get(record_id)
        chunk_id = context.record_chunk_id(record_id)
        if record is not None and chunk_id is not None:
            pool += record_evidence(record, chunk_id, 0)
    share = 1.0 if len(weights) <= 2 else 0.5
    for item in pool:
        if len(shape.findall(item.text)) < needed or len(item.text.split()) < 4:
            continue
        # read with the sentence before it: 'These reductions reflect …' then 'Less than 9%
        # relate to …' (a cell's sentences go on about one thing)
        before = _previous_in_passage(item, pool)
        own_text, verb = said_of(asked, item.text)
        said = f"{before.text} {own_text}" if before is not None else own_text
        own = coverage(with_aliases(own_text, aliases), weights)
        if own == 0:
            continue  # the sentence itself names nothing of the subject ('This will remain …')
        read = with_aliases(said, aliases)
        # its row names the rest ('over 4,000 staff' under 'provide senior managers …'); not
        # for a value said of a noun phrase of its own ('a forum chaired by …')
        if own >= share / 2 and item.record_id in records and asked not in _ATTACHED:
            row = records[item.record_id]
            read = f"{read} {with_aliases(row.title or '', aliases)} {row.finding or ''}"
        if (
            linked_coverage(read, weights, q, context) >= share - 1e-9
            and _names_subject(read, weights, verb, 0.0)
            and _holds_names(by_head_noun(with_aliases(said, aliases), item, names, pool), names)
        ):
            item.score = max((e.score for e in evidence), default=0.0) + 0.01
            return item
    return value_in_row(q, context, asked, evidence, weights, aliases, names, needed)


def _time_of_another(text: str, shape: re.Pattern[str], weights: dict[str, float]) -> bool:
    """Whether every time of ``text`` stands in a clause with a subject of its own that names
    nothing of the asked subject, which another clause of it names ('The policy was approved
    in May 2013 and staff training will follow' dates no training)."""
    parts = own_subject_clauses(text)
    if len(parts) < 2:
        return False
    dated = [p for p in parts if shape.search(p)]
    undated = [p for p in parts if not shape.search(p)]
    return (
        bool(dated and undated)
        and all(coverage(p, weights) == 0 for p in dated)
        and any(coverage(p, weights) > 0 for p in undated)
    )


_AMOUNT_STEMS = frozenset(stem(w) for w in AMOUNT_VERB_FORMS)


# modal verbs frame what is asked ('what threshold *must* waivers …'): no subject word
_MODALS = frozenset(stem(w) for w in "must should shall may might can could would".split())


def without_value_verbs(asked: str, weights: dict[str, float]) -> dict[str, float]:
    """The subject's weights less the verb that asked for an amount ('what did the tree
    felling *cost*?'): any sentence giving a sum has such a verb, so it names nothing of the
    subject ('The boiler inspection cost £4,600' is not about the felling)."""
    if asked != "amount":
        return weights
    kept = {t: w for t, w in weights.items() if t not in _AMOUNT_STEMS}
    return kept or weights


# value kinds said of the noun phrase they are written with: 'a forum chaired by the Corporate
# Risk Manager' names who chairs the forum, not every body the sentence names
_ATTACHED = frozenset({"holder"})
_HOLDER_AFTER = re.compile(r"\s(?:chairs|chaired|presides|convenes)$")


def said_of(asked: str, text: str) -> tuple[str, str]:
    """``text`` less the value a value of the ``asked`` kind names, and the verb that gives
    it: for who chairs or attends something, the holder's name is no word of what is chaired
    ('BGRCs meet regularly in a forum chaired by [the Corporate Risk Manager] …', 'chaired');
    the whole sentence and no verb for any other kind, or none found."""
    if asked not in _ATTACHED:
        return text, ""
    for found in ANSWER_SHAPES[asked].finditer(text):
        written = found.group(0)
        verb = _HOLDER_AFTER.search(written)
        if verb is not None:  # '[the Director of Resources] chairs the board'
            begin = _name_start(text, found.start() + verb.start())
            return text[:begin] + text[found.start() + verb.start() :], verb.group(0)
        by = re.search(r"\b(chaired|presided|convened|attended)(?: over)?\s+by\b", written, re.I)
        if by is not None:  # 'a forum chaired by [the Corporate Risk Manager from the S&ID] …'
            after = found.start() + by.end()
            name = _NAME_AFTER.match(text, after)
            stop = _name_end(text, after, name.end()) if name else after
            return text[:after] + text[stop:], by.group(1)
    return text, ""  # a name with a post in brackets: the sentence is about its meeting


# a holder's name: capitalised words and the small words joining them ('the Director of
# Finance & Resources', 'the Corporate Risk Manager from the Strategy and Improvement
# Department (S&ID)')
_NAME_AFTER = re.compile(r"(?:\s+(?:the|of|and|&|from|for|in)\b|\s+\(?[A-Z][\w&/'-]*\)?)+")


# what follows a holder's name when the words after its last 'and' are the next body chaired:
# 'X is chaired by A and [Y] by B', '… and [Y] is chaired by B'
_NEXT_CHAIRED = re.compile(
    r"\s*(?:(?:is|are|was|were|will be|has been)\s+)?(?:(?:chaired|presided over|convened|"
    r"attended)\s+)?by\b",
    re.I,
)
_JOINING_END = re.compile(r"(?:\s+(?:the|of|and|&|from|for|in))+$")


def _name_end(text: str, start: int, end: int) -> int:
    """Where the holder's name read from ``start`` to ``end`` ends: before a joining word it
    ends on ('the Director of Finance and [meets monthly]'), and before its last 'and' when a
    second body and its holder follow ('chaired by A and [the Risk Panel by B]')."""
    name = text[start:end]
    if _NEXT_CHAIRED.match(text, end):
        last_and = max(name.rfind(" and "), name.rfind(", and "))
        if last_and > 0:
            name = name[:last_and]
    trailing = _JOINING_END.search(name)
    return start + (trailing.start() if trailing else len(name))


def _name_start(text: str, end: int) -> int:
    """Where the capitalised name ending at ``end`` begins ('the Director of Resources')."""
    words = list(re.finditer(r"\(?[\w&/'-]+\)?", text[:end]))
    begin = end
    for word in reversed(words):
        if word.group(0)[0].isupper() or word.group(0).lower() in {"of", "and", "&", "the"}:
            begin = word.start()
        else:
            break
    return begin


# a name the question writes in capitals: two or more capitalised words, joined by 'and',
# 'of', '&' ('the Standards Committee', 'the Business and Resources Group')
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:,? +(?:(?:and|of|&) +)?[A-Z][a-z]+)+")
_CALENDAR = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def paper_names(context: AnswerContext) -> list[str]:
    """What the papers are named by: their titles and their bodies ('South Coast Ambulance
    Service NHS Trust'). A name of these in a question says where to look; every sentence of
    the paper is about its body without naming it."""
    return [n for d in context.documents for n in (d.title, d.organisation) if n]


def subject_names(question: str, titles: Sequence[str] = ()) -> list[str]:
    """The names ``question`` writes in capitals, less a first word that only opens the
    question ('Who chaired …') and calendar words ('December's Corporate Governance
    Committee' is the committee): 'Standards Committee', 'Business and Resources Group'. Not
    a name within a paper's title (``titles``): it names where to look, not the subject."""
    named = _flat_titles(tuple(titles))
    out = []
    for found in _NAME_RUN.finditer(question):
        words = found.group(0).replace(",", " ").split()
        if found.start() == len(question) - len(question.lstrip()):
            words = words[1:]
        while words and (_CALENDAR.match(words[0]) or words[0] in ("and", "of", "&")):
            words = words[1:]
        while words and (_CALENDAR.match(words[-1]) or words[-1] in ("and", "of", "&")):
            words = words[:-1]
        if len(words) >= 2 and not any(f" {_flat(' '.join(words))} " in t for t in named):
            out.append(" ".join(words))
    return out


def by_head_noun(text: str, item: Evidence, names: Sequence[str], pool: Sequence[Evidence]) -> str:
    """``text`` with a name its paper writes in full elsewhere spelled out where the sentence
    calls it by its head noun ('The Board is chaired by …' in the paper whose heading names
    the 'Elmsford Town Deal Board'): a paper names its own body short once it has named it."""
    own = ""  # the paper's own passages, flattened once when a name needs them
    for name in names:
        head = name.split()[-1]
        if f" {_flat(name)} " in f" {_flat(text)} ":
            continue
        if not own:
            own = f" {_flat(' '.join(e.text for e in pool if e.document.id == item.document.id))} "
        if f" {_flat(name)} " not in own:
            continue
        text = re.sub(rf"\b([Tt]he|[Ii]ts|[Oo]ur)\s+{re.escape(head)}\b", rf"\1 {name}", text)
    return text


@lru_cache(maxsize=8)
def _flat_titles(titles: tuple[str, ...]) -> list[str]:
    """Each title flattened and spaced at both ends (kept: each question passes the same
    papers' titles, ten thousand of them in a large record; do not modify)."""
    return [f" {_flat(t)} " for t in titles]


def _flat(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))


# the small words a name may be written with or without ('Liaison & Analysis Unit' is the
# 'Liaison Analysis Unit')
_JOINING = frozenset({"and", "of", "the", "for"})


def _bare(text: str) -> str:
    """``text`` flattened, less the small words joining a name's words, spaced at both ends."""
    return " " + " ".join(w for w in _flat(text).split() if w not in _JOINING) + " "


def _written(names: Sequence[str], evidence: Sequence[Evidence]) -> list[str]:
    """The ``names`` the papers write as they are (in one of the passages found): those a
    sentence giving the value must name too; a name no passage writes is for other checks."""
    found = _bare(" ".join(e.text for e in evidence))
    return [n for n in names if _bare(n) in found]


def _holds_names(said: str, names: Sequence[str]) -> bool:
    """Whether ``said`` names every one of ``names``: a date or a chair given of the 'QPRMG
    Strategic Committee' is none of the 'Standards Committee'; a name is read without its
    joining words ('&', 'and', 'of')."""
    flat = _bare(said)
    return all(_bare(n) in flat for n in names)


def _names_subject(said: str, weights: dict[str, float], verb: str, share: float) -> bool:
    """Whether ``said`` holds ``share`` of the question's weight and, when the value is given
    with a verb of the question ('chair' for 'chaired by'), every word of a subject of two
    words or fewer besides it ('the working group' is not 'the Business and Resources Group')."""
    if coverage(said, weights) < share - 1e-9:
        return False
    subject = {t: w for t, w in weights.items() if stem(t) != stem(verb.strip())} if verb else {}
    return not subject or len(subject) > 2 or coverage(said, subject) >= 1.0 - 1e-9


def giver_first(
    evidence: list[Evidence],
    giver: Evidence,
    asked: str,
    weights: dict[str, float],
    aliases: dict[str, str],
) -> list[Evidence]:
    """The sentence that gives the asked value first, when the best-ranked one gives none and
    speaks of the subject no more than it does (a record's 'Lead' cell naming the unit ranks
    with 'The ILAU has, since its formation in 1999, …'). The giver is read with the sentences
    before it in its passage, whose subject it continues ('The Gardens' internal auditors,
    Hartwell …, issued five reports … The internal audit fee for the year was £38,500.').
    A giver of the top sentence's own row goes first whatever either covers: the row is the
    one asked of, and its cell holding the value is the answer."""
    top = evidence[0]
    if giver is top or ANSWER_SHAPES[asked].search(top.text):
        return evidence
    same_row = bool(top.record_id) and giver.record_id == top.record_id
    if not same_row and coverage(with_aliases(top.text, aliases), weights) > coverage(
        with_aliases(_passage_to(giver, evidence), aliases), weights
    ):
        return evidence
    giver.score = max(giver.score, top.score + 0.01)
    return [giver, *(e for e in evidence if e is not giver)]


def _passage_to(item: Evidence, evidence: list[Evidence]) -> str:
    """``item`` read after the retrieved sentences before it in the same passage."""
    before = sorted(
        (
            e
            for e in evidence
            if e.chunk_id == item.chunk_id and e.label == item.label and e.start < item.start
        ),
        key=lambda e: e.start,
    )
    return " ".join([*(e.text for e in before), item.text])


_PRONOUN_OPENINGS = ("It ", "It's ", "This ", "These ", "They ", "Its ", "Their ", "That ")


def _previous_in_passage(item: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right before ``item`` in the same passage, if retrieved."""
    before = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start < item.start
    ]
    return max(before, key=lambda e: e.start) if before else None
