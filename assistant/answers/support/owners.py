"""An owner the question credits with an action the record gives to someone else.

'What did the Treasurer do to improve financial training for members?' takes for granted that
the Treasurer owns that action; the record gives it to another post. The register's own
owner names are read from the question (a name of two words or more, or one capitalised word
that is not an acronym: 'Director of Property Services', 'Treasurer'); when the record the
answer is drawn from neither names that owner nor mentions it anywhere in its text, the
answer starts by saying whose action it is.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite, doc_label, record_name, safe_text
from assistant.citations import CitationBuilder
from assistant.register import record_text
from ingest.model import ActionRecord


def named_owners(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """The register's owners (bare names) the question writes, longest first, none inside
    another ('Director of Finance Services', not also 'Finance Services')."""
    question = " ".join(re.findall(r"[a-z0-9]+", unquoted(q.question).lower().replace("&", "and")))
    found: list[str] = []
    for name in sorted(context.register.owner_names(), key=len, reverse=True):
        words = name.split()
        if not words or (len(words) == 1 and not _post_word(name, q.question)):
            continue
        if re.search(rf"\b{re.escape(name)}\b", question) and not any(name in f for f in found):
            found.append(name)
    return found


def _post_word(name: str, question: str) -> bool:
    """A one-word owner written as a post ('the Treasurer'), not an acronym ('MPA')."""
    written = re.search(rf"\b({re.escape(name)})\b", question, re.I)
    if written is None:
        return False
    return written.group(1)[:1].isupper() and not written.group(1).isupper()


def owner_premise(
    q: QueryAnalysis, context: AnswerContext, record: ActionRecord, builder: CitationBuilder
) -> str | None:
    """The correction when the question names an owner that ``record`` does not name and
    its text never mentions: whose action it is, cited from its owner cell; else None."""
    if q.intent not in ("lookup", "explain") or not record.owner:
        return None
    text = " ".join(re.findall(r"[a-z0-9]+", record_text(record).lower().replace("&", "and")))
    wrong = [n for n in named_owners(q, context) if not re.search(rf"\b{re.escape(n)}\b", text)]
    if not wrong:
        return None
    chunk_id = context.record_chunk_id(record.id)
    marker = cite(builder, record, chunk_id, record.owner)
    if not marker:
        return None
    spaced = r"\s+".join(re.escape(w) for w in wrong[0].split())
    said = re.search(rf"\b{spaced}\b", q.question, re.I)
    asked = said.group(0) if said else wrong[0]
    return (
        f"**{record_name(record)} ({doc_label(None, record)}) is owned by "
        f"{safe_text(record.owner)}{marker}, not the {safe_text(asked)}.**"
    )
