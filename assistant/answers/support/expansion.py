"""What a short form stands for, asked of papers that never spell it out: the typed refusal.

'what does NICC actually stand for?', 'what is BVPB short for?', 'the full name of the ILAU?'
ask for the words a short form abbreviates. The papers give them where they define the short
form (:func:`~.acronyms.text_aliases`: a name with its initials in brackets after it, or a run
of capitalised words whose initials spell it) or write the short form with a bracketed gloss
after it ('DRM (Developing Resource Management)'). An answer that only quotes sentences using
the short form repeats the question's word; when no paper the answer quotes defines it, the
answer is refused, without citations, saying where the record uses it.

    unspelled(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re
from functools import partial

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.acronyms import aliases_of, document_aliases

_SHORT = r"(?P<short>(?-i:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*))"
# the frames that ask what a short form abbreviates
_ASKS = (
    re.compile(
        rf"\bwhat\s+(?:does|do|did)\s+(?:the\s+|an?\s+)?{_SHORT}\s+(?:\w+\s+)?"
        r"(?:stand\s+for|mean|abbreviate|refer\s+to)\b",
        re.I,
    ),
    re.compile(rf"\b{_SHORT}\s+(?:stands|is\s+short)\s+for\s+what\b", re.I),
    re.compile(rf"\bwhat\s+(?:is|was|['’]s)\s+(?:the\s+|an?\s+)?{_SHORT}\s+short\s+for\b", re.I),
    re.compile(
        rf"\b(?:full\s+(?:name|form|title)|expansion|spelled[- ]out\s+form)\s+(?:of|for)\s+"
        rf"(?:the\s+|an?\s+)?{_SHORT}\b",
        re.I,
    ),
)
_MAX_SHORT = 8  # letters of a short form
_MAX_PAPERS = 200  # papers read for a definition beyond those quoted


def asked_short(question: str) -> str | None:
    """The short form whose words ``question`` asks ('NICC'); None when it asks none."""
    said = unquoted(question)
    for frame in _ASKS:
        found = frame.search(said)
        if found and len(found.group("short")) <= _MAX_SHORT:
            return found.group("short")
    return None


def _glossed(short: str, text: str) -> bool:
    """Whether ``text`` writes ``short`` with a gloss of two words or more in brackets after
    it ('DRM (Developing Resource Management)')."""
    return bool(re.search(rf"\b{re.escape(short)}\s*\((?:[^()\d]+\s+)+[^()\d]+\)", text))


def _initials_run(short: str, text: str) -> bool:
    """Whether ``text`` writes a run of words, in any case, whose initials spell ``short``
    ('data protection impact assessment' for 'DPIA'; 'of', 'and' … may stand between)."""
    letters = [re.escape(c) for c in short.lower() if c.isalpha()]
    between = r"\s+(?:(?:of|and|the|for|&|to|in|on)\s+)?"
    run = between.join(rf"{c}[\w'’-]*" for c in letters)
    return re.search(rf"\b{run}\b", text, re.I) is not None


def _defines(short: str, ids: list[str], context: AnswerContext) -> bool:
    """Whether a paper of ``ids`` spells ``short`` out (see the module's docstring)."""
    generation = context.catalog.generation()
    aliases = aliases_of(
        [document_aliases(i, generation, partial(context.document_text, i)) for i in ids]
    )
    if short in aliases:
        return True
    texts = [context.document_text(i) for i in ids]
    return any(_glossed(short, t) or _initials_run(short, t) for t in texts)


def unspelled(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for 'what does <short form> stand for?' when none of the papers the answer
    quotes defines it; None when one does, the answer quotes no paper using it, or the
    question asks no expansion."""
    if answer.abstained or q.claims:
        return None
    short = asked_short(q.question)
    if short is None:
        return None
    ids = list(dict.fromkeys([c.document.id for c in answer.citations]))
    ids += [r.document.id for r in answer.records if r.document.id not in ids]
    using = [i for i in ids if re.search(rf"\b{re.escape(short)}\b", context.document_text(i))]
    if not using:
        return None  # the quotes are not about the short form: other checks judge them
    # the papers quoted first; then, on a record of a few papers, every paper using it
    others = [d.id for d in context.searched()[:_MAX_PAPERS] if d.id not in ids]
    others = [i for i in others if re.search(rf"\b{re.escape(short)}\b", context.document_text(i))]
    if _defines(short, using, context) or _defines(short, others, context):
        return None
    titles = [d.title for d in context.documents_of(using)]
    where = ", ".join(f"‘{t}’" for t in titles[:3]) or "the record"
    refusal = abstain(
        q,
        context,
        f"what {short} stands for",
        f"{where} {'use' if len(titles) > 1 else 'uses'} the short form {short} but never "
        "spells it out.",
        kind="value_not_given",
    )
    refusal.records = list(answer.records)
    refusal.notes.append("unheld-expansion")
    return refusal
