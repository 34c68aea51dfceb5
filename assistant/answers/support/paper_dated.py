"""A date the question puts on a paper's going to its meeting ('why did the panel receive the
X report in December 2016?', 'the plan presented in May 2015 …'), checked against the date
the paper prints: when they differ, the correction leads, citing the paper's own date line."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.corrections import WHAT_THE_RECORD_SAYS, Lead
from assistant.answers.support.dated import agrees, asserted_dates, embedded_premise
from assistant.answers.support.gather import gather
from assistant.answers.support.premises import premise_scope
from assistant.answers.support.recordtext import safe_text
from assistant.citations import CitationBuilder
from assistant.text import stems
from ingest.dates import scan_dates

# what a paper undergoes at a meeting: a verb of handling a paper, in any of its forms
_PAPER_VERB = re.compile(
    r"\b(?:receiv|present|consider|submitt?|tabl|discuss|publish|issu|brought|taken|sent|"
    r"put)(?:e|es|ed|ing|s)?\b(?!\s+(?:back|forward|out|off))",
    re.I,
)
# a paper named by its kind: the premise is about the paper itself
_PAPER_NOUN = re.compile(r"\b(?:report|plan|paper|update|statement|summary)s?\b", re.I)


def paper_date_lead(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> Lead | None:
    """The correction of a date the premise puts on the one paper the question names, when
    the paper's printed date is another; None when the question names no one dated paper, no
    row, asserts no date of the paper's handling, or the date agrees."""
    scope = premise_scope(q) or embedded_premise(unquoted(q.question))  # 'the X presented in …'
    if scope is None or q.refs or len(q.documents) != 1:
        return None
    verb = _PAPER_VERB.search(scope)
    if verb is None or not _PAPER_NOUN.search(scope):
        return None
    claimed = asserted_dates(scope[verb.start() :])
    papers = context.documents_of(q.documents)
    if not claimed or len(papers) != 1:
        return None
    paper = papers[0]
    titled = [w for w in re.findall(r"[A-Za-z]{3,}", paper.title or "") if w.lower() != "the"]
    if not titled or len(stems(" ".join(titled)) & stems(scope)) * 2 < len(set(titled)):
        return None  # the premise dates something else the paper speaks of, not the paper
    printed = scan_dates(paper.date_text or "")[0] if paper.date and paper.date_text else []
    if not printed or any(agrees(asserted, printed[0]) for asserted in claimed):
        return None
    chunk_id = context.first_chunk_id(paper.id)
    n = (
        builder.add(chunk_id=chunk_id, document=paper.ref(), quote=paper.date_text)
        if chunk_id and paper.date_text
        else None
    )
    if n is None:
        return None
    head = (
        f"**No — *{safe_text(paper.title)}* is dated {safe_text(paper.date_text or '')} [{n}], "
        f"not {safe_text(claimed[0].text)}.**"
    )
    plain = q.model_copy(update={"claims": [], "since": None, "until": None, "period": None})
    evidence, weights = gather(plain, context)
    return Lead([head, WHAT_THE_RECORD_SAYS], ["premise-corrected"], plain, evidence, weights)
