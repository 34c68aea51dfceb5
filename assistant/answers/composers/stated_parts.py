"""A part of a whole that a paper states ('9 of 12 blocks done', 'Business units have reported
completion of 18 of these'), asked as a share, a count of the whole or against a threshold
('were more or fewer than half of the 45 activities complete?', 'what share of the 21 stations
were checked?', 'had most contracts been given a manager?').

The figure is read from a sentence or a row's cell about the question's subject: the part and
the whole (a whole written before, '… 18 of these', is read from the sentence that names
'these'), and what the whole counts. It answers only when the whole is the one the question
states, or what it counts is a word of the question. The code states the answer in its first
line: both figures, the share, and for a threshold which side of it the part falls ('Fewer
than half: 18 of 45 (40%)'); then the sentences, cited. None when no such figure is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import QueryAnalysis
from assistant.analysis.part_asks import PartAsk, number_value, part_ask
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.counted import partitive_qualifier
from assistant.answers.support.events import without_light_verbs
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.sentences import previous_in_passage
from assistant.evidence import Evidence, coverage
from assistant.text import every_cell_text, stem, stems

_NUM = (
    r"\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
# '9 of 12 blocks', 'four of the five', '31 of the 57 locks', '18 of these', '2 out of 6'
_PART_OF = re.compile(
    rf"(?<![\w./-])(?P<part>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    rf"(?:(?P<whole>{_NUM})(?![\w./-])(?P<after>(?:\s+[A-Za-z][\w-]*){{0,3}})|"
    r"(?P<back>these|those|them)\b)",
    re.I,
)
_NOT_A_PART = re.compile(r"\b(?:page|para(?:graph)?|section|item|no\.?)\s*$", re.I)
# the whole 'these' counts, in the sentence before: 'a total of 45 activities / milestones'
_COUNTED = re.compile(rf"(?<![\w./-])(?P<n>{_NUM})\s+(?P<noun>[A-Za-z][\w-]*)", re.I)
_NEGATED = re.compile(r"\b(?:no|not|without|never|none)\b", re.I)
# the question asks the rest: a negation, or a word of what remains
_ASKS_REST = re.compile(
    r"\b(?:no|not|without|never|none|yet\s+to|still\s+to|remain(?:s|ing)?|left|outstanding|"
    r"missing|lacking)\b|n't\b",
    re.I,
)
SUBJECT_SHARE = 0.5  # of the subject's weight the sentence with its row must hold
_STATE_STEM = re.compile(
    r"(?:complet|finish|done|implement|met$|close|deliver|achiev|start|progress)"
)
_FRAME = frozenset(
    stem(w)
    for w in (
        "what which how many much share proportion fraction percentage part portion half third "
        "quarter most majority more fewer less least over under had have has were was did does "
        "so far roughly about approximately"
    ).split()
)


@dataclass(frozen=True)
class _Stated:
    part: int
    whole: int
    counted: str  # the words after the whole: 'blocks done', 'live contracts', 'activities'
    item: Evidence
    before: Evidence | None  # the sentence naming the whole, for '… of these'
    tail: str  # the sentence after the figure: what the part did or had


def _counted_before(sentence: str, asked_whole: int | None) -> tuple[int, str] | None:
    """The whole a sentence names for a later '… of these': the number the question states,
    else the last count of a noun ('a total of 45 activities')."""
    found = [
        (value, m.group("noun"))
        for m in _COUNTED.finditer(sentence)
        if (value := number_value(m.group("n"))) is not None and not 1900 <= value <= 2100
    ]
    for value, noun in found:
        if value == asked_whole:
            return value, noun
    return found[-1] if found else None


def _stated(item: Evidence, evidence: list[Evidence], ask: PartAsk) -> list[_Stated]:
    """Every part of a whole ``item`` states, with its whole and what it counts."""
    out = []
    for m in _PART_OF.finditer(item.text):
        if _NOT_A_PART.search(item.text[: m.start()]):
            continue
        part = number_value(m.group("part"))
        before = None
        if m.group("back"):
            before = previous_in_passage(item, evidence)
            named = _counted_before(before.text, ask.whole) if before is not None else None
            if named is None:
                continue
            whole: int | None = named[0]
            counted = named[1]
        else:
            whole = number_value(m.group("whole"))
            counted = (m.group("after") or "").strip()
        if part is None or whole is None or not 0 <= part <= whole or whole < 2:
            continue
        out.append(_Stated(part, whole, counted, item, before, item.text[m.end("part") :]))
    return out


def _subject(q: QueryAnalysis, weights: dict[str, float]) -> dict[str, float]:
    """The question's weights less its frame words (shares, quantifiers) and light verbs;
    empty when nothing else is left."""
    return {t: w for t, w in without_light_verbs(weights).items() if t not in _FRAME}


def _about(stated: _Stated, subject: dict[str, float], context: AnswerContext) -> float:
    """How much of the subject the figure's sentence speaks of, with its row's other cells
    (a progress note '9 of 12 blocks done' is about the row's fire risk assessments) and the
    sentence naming its whole."""
    return coverage(_said(stated, context), subject)


def _said(stated: _Stated, context: AnswerContext) -> str:
    """The figure's sentence, the sentence naming its whole, and its row's other cells."""
    text = stated.item.text
    if stated.before is not None:
        text += " " + stated.before.text
    if stated.item.record_id is not None:
        record = context.register.by_id().get(stated.item.record_id)
        if record is not None:
            text += " " + every_cell_text(record)
    return text


def _best(
    evidence: list[Evidence],
    ask: PartAsk,
    q: QueryAnalysis,
    subject: dict[str, float],
    context: AnswerContext,
) -> _Stated | None:
    """The stated part whose whole is the question's, or counts a word of the question, most
    about the subject; None when none is about it enough."""
    asked = stems(q.question)
    # 'how many of the 30 staff were on the towpaths?': the part is picked out by words a
    # figure's sentence must share (a state word may be said otherwise: 'done', 'completed')
    picked = {t for t in partitive_qualifier(q) if not _STATE_STEM.match(t)} - _FRAME
    best: tuple[tuple[bool, float, float], _Stated] | None = None
    for order, item in _with_parts_after(evidence[:24], evidence, ask):
        for stated in _stated(item, evidence, ask):
            same_whole = ask.whole is not None and stated.whole == ask.whole
            if ask.whole is not None and not same_whole:
                continue  # the question counts another whole
            if picked and not picked & stems(_said(stated, context)):
                continue  # a part of the same whole, picked out by something else
            counts_asked = bool(stems(stated.counted) & asked)
            if not (same_whole or counts_asked):
                continue
            # a question all of whose words frame or scope it names its whole by its size
            share = _about(stated, subject, context) if subject else float(same_whole)
            if share < SUBJECT_SHARE:
                continue
            key = (same_whole, share, -order)  # the question's own whole first
            if best is None or key > best[0]:
                best = (key, stated)
    return best[1] if best else None


def _with_parts_after(
    top: list[Evidence], evidence: list[Evidence], ask: PartAsk
) -> list[tuple[int, Evidence]]:
    """The top hits, each (rank, hit), and after a hit that states the question's whole ('a
    total of 45 activities') the sentence that follows it in its paper, wherever the search
    ranked it ('18 of these have been completed'): the part is often told one sentence on."""
    out = list(enumerate(top))
    if ask.whole is None:
        return out
    whole = re.compile(rf"(?<![\d.,]){ask.whole}(?!\d|[.,]\d)")
    kept = {id(item) for item in top}
    for order, item in enumerate(top):
        if not whole.search(item.text):
            continue
        end = item.start + len(item.text)
        after = next(
            (e for e in evidence if e.document.id == item.document.id and 0 <= e.start - end <= 3),
            None,
        )
        if after is not None and id(after) not in kept:
            kept.add(id(after))
            out.append((order, after))
    return out


def _complement_asked(stated: _Stated, question: str) -> bool:
    """Whether the figure counts the complement of what is asked: one of the sentence and the
    question speaks of the part negated or left, the other does not ('Four of the 15 members
    had no declaration' asked as 'how many members had a declaration?'; '9 of 12 blocks done'
    asked as 'what share of the blocks are still without one?')."""
    return bool(_NEGATED.search(stated.tail)) != bool(_ASKS_REST.search(question))


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%"


def _first_line(ask: PartAsk, part: int, whole: int) -> str:
    """The answer's first line, stated by the code: both figures, the share, the side."""
    figures = f"{part:,} of {whole:,} ({_percent(part, whole)})"
    if ask.kind in ("share", "count") or ask.threshold is None:
        return f"**{figures}.**"
    share, words = ask.threshold.share, ask.threshold.words
    named = (
        re.sub(
            r"^(?:more|fewer|less|over|under|above|below|greater|at least|at most|"
            r"no fewer than|no less than|no more than)\s+(?:or\s+\w+\s+)?(?:than\s+)?",
            "",
            words,
            flags=re.I,
        ).strip()
        or "half"
    )
    if re.fullmatch(r"most|(?:the|a)\s+majority", named, re.I):
        named = "half"
    value = part / whole
    side = "more than" if value > share else "fewer than" if value < share else "exactly"
    if ask.kind == "either":
        return f"**{side.capitalize()} {named}: {figures}.**"
    met = ask.threshold.met(part, whole)
    return f"**{'Yes' if met else 'No'} — {figures}, {side} {named}.**"


def part_in_text(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A part of a whole the papers state, asked as a share, a count or a threshold; None
    otherwise."""
    ask = part_ask(q.question)
    if ask is None:
        return None
    evidence, weights = gather(q, context, k=3 * context.top_k)
    subject = _subject(q, weights)
    stated = _best(evidence, ask, q, subject, context)
    if stated is None:
        return None
    part = stated.part
    if _complement_asked(stated, q.question):
        if ask.kind == "count":
            return None  # 'how many are still without one?': the rest, told with its sum
        part = stated.whole - part
    builder = context.citations()
    said = []
    for sentence in (stated.before, stated.item):
        if sentence is None:
            continue
        n = builder.add_evidence(sentence)
        if n is not None:
            said.append(f"“{safe_text(sentence.display())}” [{n}]")
    if not said:
        return None
    where = safe_text(stated.item.document.title)
    if stated.item.ref:
        where += f", ref {safe_text(stated.item.ref)}"
    body = f"{_first_line(ask, part, stated.whole)}\n\n- {' '.join(said)} — *{where}*"
    searched = context.searched()
    return finish(
        q,
        context,
        body=body,
        line=(
            f"The figures as the paper states them, compared by the code; searched "
            f"{len(searched)} documents ({context.span(searched)})."
        ),
        matched=1,
        citations=builder.citations(),
        route="passages",
    )
