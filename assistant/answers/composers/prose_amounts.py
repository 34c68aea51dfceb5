"""A sum of money asked in any words ('what did X cost?', 'the outlay on X?', 'how much was
spent on X?', 'what is the bill for X?', 'how much funding does X get?') that a sentence of a
paper's prose states in other words ('Total spend on X was £14,500', 'X is budgeted at £3.4
million'). The money words of the question and of the sentence are one class: the sentence
must hold a sum and be about the subject the question names once its money words are left
out (the paper's own body counts as named by every sentence of that paper). The sum is put
first, then the sentence quoted and cited. None when no prose sentence holds a sum of that
subject, or a row of the register does (the row's composers answer it)."""

from __future__ import annotations

import re

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.column_noun import column_asked
from assistant.answers.support.events import without_light_verbs
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import safe_text
from assistant.evidence import Evidence, coverage
from assistant.text import stem, stems
from vectorstore.bm25 import STOPWORDS

# words asking for, or stating, a sum of money: one class, whichever the question uses
_MONEY_WORDS = (
    "cost costs costing costed outlay outlays spend spends spent spending expenditure price "
    "priced prices bill bills billed fee fees funding funded fund funds grant grants budget "
    "budgets budgeted charge charges charged sum amount money paid pay payment invest "
    "invested investment total estimate estimated expected worth value saving savings saved"
)
_MONEY = frozenset(stem(w) for w in _MONEY_WORDS.split())
_ASKS_MONEY = re.compile(
    r"\bhow\s+much\b|\b(?:cost|costs|costing|outlay|spend|spent|spending|expenditure|price|"
    r"bill|fee|funding|funded|grant|budget|budgeted|charge|charged)\b",
    re.I,
)
# asked of something other than a sum ('how much progress', 'how much of the work')
_NOT_MONEY = re.compile(r"\bhow\s+much\s+(?:of|progress|time|longer|later|more\s+time)\b", re.I)
# a sum written in a sentence: '£14,500', '£3.4 million', '$2m', '€120k'
_SUM = re.compile(
    r"[£$€]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?", re.I
)
SUBJECT_SHARE = 0.6  # of the subject's weight (money words left out) the sentence must name
WIDER = 3  # times the usual passages read


def _asks_money(q: QueryAnalysis) -> bool:
    return (
        q.intent in ("lookup", "explain")
        and not q.refs
        and bool(_ASKS_MONEY.search(q.question))
        and not _NOT_MONEY.search(q.question)
        and column_asked(q.question) is None  # 'what deadlines apply to the funding …?'
    )


# words of a question's frame, not of its subject, when its own words are read as the subject
_FRAME = frozenset(
    stem(w)
    for w in "what which who how when where does did have has had this that year much tell".split()
)


def _subject(q: QueryAnalysis, weights: dict[str, float]) -> dict[str, float]:
    """The question's weights less its money words and light verbs; when no weight is left
    (every other word named its paper: 'what did internal scrutiny cost the Trust?'), its own
    content words, each weighed alike."""
    kept = {t: w for t, w in without_light_verbs(weights).items() if t not in _MONEY}
    if kept:
        return kept
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", q.question)
    own = {stem(w) for w in words if w.lower() not in STOPWORDS | GENERIC}
    return {t: 1.0 for t in own - _MONEY - _FRAME}


def _all_words(q: QueryAnalysis, subject: dict[str, float]) -> dict[str, float]:
    """The subject with every other content word of the question, the ones read as its
    paper, its body or its date included, each weighed as the subject's lightest word."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}|\d{4}", q.question)
    own = {stem(w) for w in words if w.lower() not in STOPWORDS | GENERIC}
    light = min(subject.values(), default=1.0)
    extra = without_light_verbs({t: light for t in own - _MONEY - _FRAME if t not in subject})
    return {**subject, **extra}


def _about(item: Evidence, subject: dict[str, float], body: str) -> float:
    """How much of the subject a sentence holding a sum is about: its own words and its
    paper's body ('The Service's budget …' is about the body whose paper it is in). A sentence
    naming no subject word of its own is about the subject only when the subject is the body
    itself and the sentence speaks of money ('The Service's budget is £2.86 million')."""
    own = stems(item.text)
    share = coverage(f"{item.text} {body}", subject)
    if own & set(subject):
        return share
    of_body = set(subject) <= stems(body)
    return share if of_body and own & _MONEY else 0.0


def _best(
    evidence: list[Evidence],
    subject: dict[str, float],
    bodies: dict[str, str],
    ties_to_rows: bool = False,
) -> tuple[Evidence | None, bool]:
    """The prose sentence holding a sum that is most about the subject (one speaking of money
    first), and whether a row of the register is more about the subject than any such sentence
    (the question then asks of that row: 'what did the project board cost?' is not answered by
    the sum of the project it is a board of; no sentence then). With ``ties_to_rows``, a row
    as much about the subject as the sentence is the subject too."""
    best: tuple[float, bool, Evidence] | None = None
    row_share = 0.0
    for item in evidence:
        if item.record_id is not None:
            row_share = max(row_share, coverage(item.text, subject))
            continue
        if not _SUM.search(item.text):
            continue
        share = _about(item, subject, bodies.get(item.document.id, ""))
        money = bool(stems(item.text) & _MONEY)
        if share >= SUBJECT_SHARE and (best is None or (share, money) > best[:2]):
            best = (share, money, item)
    if best is None:
        return None, False
    if row_share > best[0] or (ties_to_rows and row_share >= best[0]):
        return None, True
    return best[2], False


def sentence_with_sum(
    q: QueryAnalysis, evidence: list[Evidence], subject: dict[str, float], bodies: dict[str, str]
) -> Evidence | None:
    """The prose sentence holding a sum about ``subject``; when no sentence with a sum is about
    it (and no row is more about it), about the subject with the question's other content
    words: the words read as its paper, body or date are content words too ('from the Towns
    Fund in June 2021' names the sentence 'X was offered £21.4 million from the Towns Fund in
    June 2021' whatever verb the question uses)."""
    found, row_won = _best(evidence, subject, bodies)
    if found is not None or row_won:
        return found
    # a weaker reading of the subject: a row as much about it as the sentence keeps it; the
    # year the question writes is one the sentence writes too (a sum of 2022/23 answers no
    # question about 2021/22)
    found = _best(evidence, _all_words(q, subject), bodies, ties_to_rows=True)[0]
    return found if found is not None and _writes_years_of(q.question, found.text) else None


_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/–-]\s*(\d{2,4}))?\b")


def _writes_years_of(question: str, text: str) -> bool:
    """Whether ``text`` writes every year (or financial year, '2021/22') ``question`` writes."""
    for match in _YEAR.finditer(question):
        first, second = match.group(1), match.group(2)
        span = rf"{first}\s*[/–-]\s*(?:\d\d)?{second[-2:]}" if second else first
        pattern = rf"\b{span}\b"
        if not re.search(pattern, text):
            return False
    return True


def amount_in_prose(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The sum a prose sentence states of the asked subject, first; None otherwise."""
    if not _asks_money(q) or q.claims:
        return None
    evidence, weights = gather(q, context, k=WIDER * context.top_k)
    subject = _subject(q, weights)
    if not subject:
        return None
    bodies = {d.id: d.organisation or "" for d in context.documents}
    giver = sentence_with_sum(q, evidence, subject, bodies)
    if giver is None:
        return None
    sums = _SUM.findall(giver.text)
    builder = context.citations()
    n = builder.add_evidence(giver)
    if n is None or not sums:
        return None
    body = (
        f"**{safe_text(sums[0].strip())}** — “{safe_text(giver.display())}” [{n}] — "
        f"*{safe_text(giver.document.title)}*"
    )
    searched = context.searched()
    return finish(
        q,
        context,
        body=body,
        line=(
            f"The sum as the paper's text states it; searched {len(searched)} documents "
            f"({context.span(searched)})."
        ),
        matched=1,
        citations=builder.citations(),
        route="passages",
    )
