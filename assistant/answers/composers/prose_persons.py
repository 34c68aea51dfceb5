"""A person asked by the post they hold in a body ('who chairs the audit committee?', 'who is
the chair of the board?', 'was the same person chairing it in both years?'), answered by the
sentence of a paper's prose that names a person in that post ('The Committee is chaired by Dr
Jane Roe'), the name first. A register names posts in its owner cells; the prose around the
table names people. One sentence per paper, each paper named with its year when two give one
(a body's two years); None when no prose sentence names a person in the post about the
subject, and the guards and passages answer as before."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.figures import on_subject
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import safe_text
from assistant.evidence import Evidence
from assistant.text import stem

# the posts a body's prose names people in, as the question asks them (noun or verb)
_POST_ASKED = re.compile(
    r"\b(?P<post>chair(?:man|person|woman|s|ed|ing)?|vice[- ]chair|clerk|treasurer|secretary|"
    r"president|convenor|convener)\b",
    re.I,
)
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor|Professor|Prof|Rev)\.?"
)
# a person: an honorific and up to three capitalised names
_PERSON = re.compile(rf"\b{_HONORIFIC}\s+(?:[A-Z][\w'’-]+\s?){{1,3}}")
# 'the same person', 'the same chair': one post's holders compared across papers
_SAME = re.compile(r"\bsame\s+(?:person|individual|people|chair\w*|officer|name)\b", re.I)
# a person asked without 'who': an imperative ('name the trustee chairing X', 'tell me the
# clerk of X') or a bare noun phrase ('the councillor chairing the joint committee?')
_NAMING = re.compile(
    r"^\s*(?:(?:please|can\s+you|could\s+you)\s+)?(?:name|identify|tell\s+me|give\s+(?:me\s+)?"
    r"the\s+names?\s+of)\b|^\s*(?:and\s+)?the\s+[^?.]{3,80}\?\s*$",
    re.I,
)
WIDER = 3  # times the usual passages read
SUBJECT_SHARE = 0.5  # of the subject's weight (less the post words) the sentence must hold
MAX_PAPERS = 3


def _post_stem(question: str) -> str | None:
    found = _POST_ASKED.search(question)
    if found is None:
        return None
    word = found.group("post").lower()
    return "chair" if word.startswith("chair") else stem(word.split()[-1])


def _named(sentence: str, post: str) -> str | None:
    """The person the sentence names in the post: the first named after the post word
    ('… is now chaired by Mr Ravi Chaudhry'), else the one before it ('Ms Ann Lee (Chair)')."""
    at = re.search(rf"\b{re.escape(post)}\w*", sentence, re.I)
    if at is None:
        return None
    after = _PERSON.search(sentence, at.end())
    if after is not None and after.start() - at.end() <= 12:
        return after.group(0).strip()
    before = [p for p in _PERSON.finditer(sentence[: at.start()])]
    if before and at.start() - before[-1].end() <= 40:
        return before[-1].group(0).strip()
    return after.group(0).strip() if after is not None else None


def _givers(q: QueryAnalysis, context: AnswerContext, post: str) -> list[tuple[str, Evidence]]:
    evidence, weights = gather(q, context, k=WIDER * context.top_k)
    subject = {t: w for t, w in weights.items() if not t.startswith(post) and t not in _FRAME}
    found: dict[str, tuple[float, str, Evidence]] = {}
    for item in evidence:
        if item.record_id is not None:
            continue  # a row's cells name its owner's post; the prose names the people
        name = _named(item.text, post)
        if name is None:
            continue
        share = on_subject(item, evidence, subject, context) if subject else 1.0
        held = found.get(item.document.id)
        if share >= SUBJECT_SHARE and (held is None or share > held[0]):
            found[item.document.id] = (share, name, item)
    ranked = sorted(found.values(), key=lambda s: (-s[0], s[2].rank))
    return [(name, item) for _, name, item in ranked[:MAX_PAPERS]]


_FRAME = frozenset(stem(w) for w in "who name named person same both year years".split())


def person_in_prose(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The person a paper's prose names in the post asked, first; None otherwise."""
    same = _SAME.search(q.question) is not None
    asked = answer_type(q.question) in ("person", "holder") or bool(_NAMING.search(q.question))
    if q.refs or not (asked or same):
        return None
    post = _post_stem(q.question)
    if post is None:
        return None
    givers = _givers(q, context, post)
    if not givers:
        return None
    builder = context.citations()
    lines = []
    years = context.years()
    for name, giver in sorted(givers, key=lambda g: years.get(g[1].document.id) or 0):
        n = builder.add_evidence(giver)
        if n is None:
            continue
        year = years.get(giver.document.id)
        when = f", {year}" if len(givers) > 1 and year else ""
        lines.append(
            f"- **{safe_text(name)}** — “{safe_text(giver.display())}” [{n}] — "
            f"*{safe_text(giver.document.title)}{when}*"
        )
    if not lines:
        return None
    if same and len(givers) > 1:
        names = {re.sub(rf"^{_HONORIFIC}\s+", "", g[0]).lower() for g in givers}
        lines.insert(
            0,
            "Yes — the same person in each paper:"
            if len(names) == 1
            else ("No — the papers name different people:"),
        )
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=(
            f"Named in the paper's text (its table names posts); searched {len(searched)} "
            f"documents ({context.span(searched)})."
        ),
        matched=len(lines),
        citations=builder.citations(),
        route="passages",
    )
