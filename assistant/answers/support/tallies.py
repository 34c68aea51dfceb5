"""A comparison of reports stated in one line: each report's actions on a subject, counted
with their states, oldest first, and where the most are."""

from __future__ import annotations

from collections import Counter

from assistant.answers.support.recordtext import doc_label, safe_text
from ingest.model import ActionRecord, DocumentInfo

# a report, its records on the subject, and whether its text speaks of the subject too
Tally = tuple[DocumentInfo, list[ActionRecord], bool]

_STATE_WORDS = {
    "complete": "complete",
    "ongoing": "ongoing",
    "partial": "partly met",
    "not_started": "not started",
    "unknown": "state not given",
}


def compared_line(tally: list[Tally]) -> str:
    """The comparison stated: each report's number of actions on the subject and their state,
    oldest first, and where the most are."""
    said = []
    whens = [
        doc.period or (doc.date[:4] if doc.date else str(doc.year or "?")) for doc, _, _ in tally
    ]
    for (doc, found, prose), when in zip(tally, whens, strict=True):
        if whens.count(when) > 1:  # two papers of one year: each named
            when = f"{when} (*{safe_text(doc.title)}*)"
        if not found:
            said.append(f"{when}: in its text only")
            continue
        states = Counter(r.status for r in found)
        mix = ", ".join(f"{n} {_STATE_WORDS.get(s, s)}" for s, n in states.most_common())
        plural = "s" if len(found) != 1 else ""
        said.append(
            f"{when}: {len(found)} action{plural} ({mix})" + (", and its text" if prose else "")
        )
    counts = [(len(found), doc) for doc, found, _ in tally if found]
    most = ""
    if len(counts) >= 2 and len({n for n, _ in counts}) > 1:
        top = max(counts, key=lambda pair: pair[0])
        most = f" Most in *{doc_label(top[1])}* ({top[0]})."
    return "**Compared:** " + "; ".join(said) + "." + most
