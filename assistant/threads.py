"""Issue threads: the same issue followed across reports and years, and what slipped on the way.

Records are linked into a thread when a later report

* re-reports the same plan (the same ref in the same section), or
* raises the same issue in other words: they share a specific theme (rarer themes and a theme
  that is what both records are mainly about count more) and their wording (title, issue,
  action; stemmed) overlaps, helped a little by a shared owner.

Documents are taken oldest first. Each record of a document joins the thread it scores best
with (at least ``MIN_LINK``), a thread takes at most one record from each document, and a record
that links to nothing starts a thread of its own. Candidate threads come from indexes (same
ref, shared theme), so building stays near-linear in the number of records.

Slippage is read from the records themselves: a deadline revised within a record ('Original
deadline of December 2008 now revised to March 2009') is one extension; a later report of the
*same action* (its ref re-reported in the same section, or nearly the same wording) with a later
due date is another, and a worse status there counts as slipped too. A thread can join
different actions on one issue (2002's partner-working principles and 2017's strategic
partnerships); their deadlines are not compared.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from assistant.text import stems
from ingest.dates import parse_dates
from ingest.model import ActionRecord

MIN_LINK = 0.25
SAME_ACTION = 0.5  # wording overlap at which two records are the same action re-reported
RECENT = 4  # a candidate thread is compared through its last few appearances
STATUS_RANK = {"complete": 4, "partial": 3, "ongoing": 2, "not_started": 1, "unknown": 0}
_STOP = frozenset(
    "the and for with that this are was were has have been from into their its our all any "
    "not can will should would need needs within across more further ensure continue develop "
    "review improve".split()
)


def when(record: ActionRecord) -> str:
    """Sort key for a record's document: report date, else the middle of its inferred year."""
    return record.report_date or (f"{record.year}-06-30" if record.year else "0000")


def _key_text(record: ActionRecord) -> str:
    return " ".join(t for t in (record.title, record.finding, record.action, record.category) if t)


@lru_cache(maxsize=8192)
def _stems_of(text: str) -> frozenset[str]:
    """Stems that carry meaning; 'partnership' and 'partners' both count as 'partner'."""
    out = set()
    for word in stems(text):
        if word.endswith("ship") and len(word) > 7:
            word = word[:-4]
        if len(word) > 2 and word not in _STOP:
            out.add(word)
    return frozenset(out)


def _owners(record: ActionRecord) -> frozenset[str]:
    parts = (record.owner or "").replace("&", "and").split("/")
    return frozenset(p.strip().lower() for p in parts if len(p.strip()) > 2)


def key_stems(record: ActionRecord) -> frozenset[str]:
    """The stems :func:`similarity` compares (of title, issue, action and category)."""
    return _stems_of(_key_text(record))


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Jaccard overlap of two :func:`key_stems` (0 when either is empty)."""
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def similarity(a: ActionRecord, b: ActionRecord) -> float:
    """Jaccard overlap of the stemmed wording (title, issue, action, category)."""
    return overlap(key_stems(a), key_stems(b))


def same_action(a: ActionRecord, b: ActionRecord) -> bool:
    """The same action reported again: same ref in the same section, or nearly the same words."""
    if a.ref and a.ref == b.ref and a.section == b.section:
        return True
    return _wording(a) == _wording(b) or similarity(a, b) >= SAME_ACTION


def _scheme_ref(ref: str | None) -> bool:
    """A ref of a numbering scheme of its own ('PBG-23-02', 'HLT 22/10', 'CHT-PAY-01'): letters
    and digits, five characters or more. Such a ref in a later paper, under whatever heading it
    sits there, is the same plan re-reported; a short one ('R5', '3') is reused by every
    paper's own list."""
    if not ref or len(ref.replace(" ", "")) < 5:
        return False
    return bool(re.search(r"[A-Za-z]", ref)) and bool(re.search(r"\d", ref))


def same_scheme_ref(a: ActionRecord, b: ActionRecord) -> bool:
    """The same ref of a numbering scheme of its own in two papers (see :func:`_scheme_ref`)."""
    return bool(a.ref) and a.ref == b.ref and _scheme_ref(a.ref)


def months_between(start: str, end: str) -> int:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return (last.year - first.year) * 12 + (last.month - first.month)


@dataclass
class Thread:
    """One issue across reports: its records, oldest report first."""

    id: str
    records: list[ActionRecord] = field(default_factory=list)

    @cached_property
    def record_ids(self) -> frozenset[str]:
        """The ids of its records (read once the index is built)."""
        return frozenset(r.id for r in self.records)

    @cached_property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(r.document.id for r in self.records))

    @cached_property
    def years(self) -> list[int]:
        return sorted({r.year for r in self.records if r.year})

    @cached_property
    def themes(self) -> list[str]:
        counts = Counter(t for r in self.records for t in r.themes)
        return [t for t, _ in counts.most_common()]

    @property
    def title(self) -> str:
        """The shortest title among its appearances: usually a name ('Strategic
        Partnerships') rather than a sentence cut short."""
        return min((r.title for r in self.records), key=lambda t: (t.endswith("…"), len(t)))

    def after(self, record: ActionRecord) -> list[ActionRecord]:
        """The thread's appearances in reports after ``record``'s."""
        ids = [r.id for r in self.records]
        return self.records[ids.index(record.id) + 1 :] if record.id in ids else []


@dataclass
class Slippage:
    """How far one action's deadline moved, from its own text and its thread's later reports."""

    record_id: str
    original_due: str | None
    current_due: str | None
    extensions: int
    months_slipped: int | None
    overdue_at_report: bool
    reasons: list[str]

    @property
    def slipped(self) -> bool:
        return bool(self.reasons)


class ThreadIndex:
    """Threads over a fixed list of records (rebuilt when the register changes)."""

    def __init__(self, records: Sequence[ActionRecord]) -> None:
        self.records = list(records)
        self.threads: list[Thread] = []
        self._thread_of: dict[str, Thread] = {}
        self._continues: dict[str, bool] = {}
        self._slips: dict[str, Slippage] = {}
        self._runs: dict[str, list[int]] = {}
        self._theme_weight = self._theme_weights(self.records)
        self._build()

    # -- building ------------------------------------------------------------------------------
    @staticmethod
    def _theme_weights(records: Sequence[ActionRecord]) -> dict[str, float]:
        """Rarer themes say more: 'partnership' links, 'finance/budget' barely does."""
        total = max(len(records), 2)
        counts = Counter(t for r in records for t in set(r.themes))
        return {t: math.log(total / n) / math.log(total) for t, n in counts.items()}

    def score(self, record: ActionRecord, earlier: ActionRecord) -> float:
        """How likely ``record`` re-raises ``earlier``'s issue (1.0 for a re-reported ref)."""
        if record.ref and record.ref == earlier.ref and record.section == earlier.section:
            return 1.0
        if same_scheme_ref(record, earlier):
            return 1.0
        shared = set(record.themes) & set(earlier.themes)
        if not shared:
            return 0.0
        theme = max(
            self._theme_weight.get(t, 0.0) * _prominence(t, record, earlier) for t in shared
        )
        worded = similarity(record, earlier)
        if not worded:  # a theme alone ('training') is no issue: some wording must be shared
            return 0.0
        owner = 0.1 if _owners(record) & _owners(earlier) else 0.0
        return 0.6 * worded + 0.4 * theme + owner

    def _build(self) -> None:
        by_document: dict[str, list[ActionRecord]] = {}
        for record in self.records:
            by_document.setdefault(record.document.id, []).append(record)
        order = sorted(
            by_document,
            key=lambda d: (when(by_document[d][0]), by_document[d][0].document.filename),
        )
        by_ref: dict[tuple[str | None, str], Thread] = {}
        by_wording: dict[str, Thread] = {}
        by_theme: dict[str, list[Thread]] = {}
        for doc_id in order:
            scored: list[tuple[float, int, ActionRecord, Thread]] = []
            for position, record in enumerate(by_document[doc_id]):
                # The same plan re-reported (same ref) or the same words again: no need to
                # score anything else (this keeps building near-linear on large records).
                exact = by_ref.get((record.section, record.ref)) if record.ref else None
                if exact is None and record.ref and _scheme_ref(record.ref):
                    exact = by_ref.get((None, record.ref))  # re-reported in another section
                exact = exact or by_wording.get(_wording(record))
                if exact is not None:
                    scored.append((2.0, -position, record, exact))
                    continue
                candidates: dict[str, Thread] = {}
                for theme in record.themes:
                    for thread in by_theme.get(theme, []):
                        candidates.setdefault(thread.id, thread)
                for thread in candidates.values():
                    best = max(self.score(record, r) for r in thread.records[-RECENT:])
                    if best >= MIN_LINK:  # an established thread wins a near tie
                        best += min(0.06, 0.02 * (len(thread.records) - 1))
                        scored.append((best, -position, record, thread))
            placed: set[str] = set()
            taken: set[str] = set()
            for _, _, record, thread in sorted(scored, key=lambda s: (-s[0], -s[1])):
                if record.id in placed or thread.id in taken:
                    continue
                self._join(thread, record)
                placed.add(record.id)
                taken.add(thread.id)
            for record in by_document[doc_id]:
                if record.id not in placed:
                    thread = Thread(id=_thread_id(record))
                    self.threads.append(thread)
                    self._join(thread, record)
                    for theme in record.themes:
                        by_theme.setdefault(theme, []).append(thread)
                thread = self._thread_of[record.id]
                if record.ref:
                    by_ref[(record.section, record.ref)] = thread
                    if _scheme_ref(record.ref):
                        by_ref.setdefault((None, record.ref), thread)
                by_wording[_wording(record)] = thread

    def _join(self, thread: Thread, record: ActionRecord) -> None:
        if thread.records:  # does it report the same action as the previous appearance?
            self._continues[record.id] = same_action(thread.records[-1], record)
        thread.records.append(record)
        self._thread_of[record.id] = thread

    # -- reading -------------------------------------------------------------------------------
    def thread_of(self, record_id: str) -> Thread | None:
        return self._thread_of.get(record_id)

    def get(self, thread_id: str) -> Thread | None:
        return next((t for t in self.threads if t.id == thread_id), None)

    def later(self, record: ActionRecord) -> list[ActionRecord]:
        """The same issue in later reports (its thread after it)."""
        thread = self._thread_of.get(record.id)
        return thread.after(record) if thread else []

    def recurring(self, theme: str | None = None, min_documents: int = 2) -> list[Thread]:
        """Threads in at least ``min_documents`` reports, widest span of years first."""
        found = [
            t
            for t in self.threads
            if len(t.documents) >= min_documents and (theme is None or theme in t.themes)
        ]
        return sorted(
            found,
            key=lambda t: (
                -(t.years[-1] - t.years[0] if t.years else 0),
                -len(t.documents),
                t.id,
            ),
        )

    def slippage(self, record: ActionRecord) -> Slippage:
        """Original and current deadline, extensions and months slipped, and the reasons."""
        found = self._slips.get(record.id)
        if found is None:
            thread = self._thread_of.get(record.id)
            if thread is None:  # not in this index: judged on its own text
                return _slippages_of_run([record])[0]
            start = 0
            while start < len(thread.records):
                end = self._run_end(thread, start)
                run = thread.records[start : end + 1]
                for member, slip in zip(run, _slippages_of_run(run), strict=True):
                    self._slips[member.id] = slip
                start = end + 1
            found = self._slips[record.id]
        return found

    def _run_end(self, thread: Thread, position: int) -> int:
        """Last index of the run of appearances that report the same action as ``position``."""
        ends = self._runs.get(thread.id)
        if ends is None:
            ends = [0] * len(thread.records)
            end = len(thread.records) - 1
            for i in range(len(thread.records) - 1, -1, -1):
                ends[i] = end
                if not self._continues.get(thread.records[i].id, False):
                    end = i - 1
            self._runs[thread.id] = ends
        return ends[position]


def _slippages_of_run(run: Sequence[ActionRecord]) -> list[Slippage]:
    """Slippage of every record of a run of reports of the same action, each judged with the
    reports after it; one pass from the end, so a long run costs no more than its length."""
    size = len(run)
    increased = [
        k > 0
        and bool(run[k].due_date and run[k - 1].due_date and run[k].due_date > run[k - 1].due_date)  # type: ignore[operator]
        for k in range(size)
    ]
    worse_step = [
        k > 0
        and run[k].status != "unknown"
        and run[k - 1].status != "unknown"
        and STATUS_RANK[run[k].status] < STATUS_RANK[run[k - 1].status]
        for k in range(size)
    ]
    out: list[Slippage] = [None] * size  # type: ignore[list-item]
    extensions_after = 0  # revisions and later deadlines in run[i + 1:]
    increases_after = 0
    last_increase: int | None = None
    last_due: int | None = None
    first_worse: int | None = None
    for i in range(size - 1, -1, -1):
        record = run[i]
        out[i] = _slippage(
            record,
            extensions_after,
            increases_after,
            run[last_increase] if last_increase is not None else None,
            run[last_due].due_date if last_due is not None else None,
            run[first_worse] if first_worse is not None else None,
        )
        extensions_after += bool(record.revised_from_date) + increased[i]
        increases_after += increased[i]
        if increased[i] and last_increase is None:
            last_increase = i
        if record.due_date and last_due is None:
            last_due = i
        if worse_step[i]:
            first_worse = i
    return out


def _slippage(
    record: ActionRecord,
    extensions_after: int,
    increases_after: int,
    last_increase: ActionRecord | None,
    latest_due: str | None,
    worse: ActionRecord | None,
) -> Slippage:
    reasons: list[str] = []
    original = record.revised_from_date or record.due_date
    current = latest_due or record.due_date
    extensions = int(bool(record.revised_from_date)) + extensions_after
    if record.revised_from_date:
        reasons.append(
            f"deadline revised from {record.revised_from_text} to "
            f"{_revised_to(record) or record.due_date}"
        )
    overdue = bool(
        record.due_date
        and record.report_date
        and record.due_date < record.report_date
        and record.status != "complete"
    )
    if overdue:
        reasons.append(
            f"due {record.due_date} but {record.status.replace('_', ' ')} at the report "
            f"date {record.report_date}"
        )
    if last_increase is not None:
        times = f" ({increases_after} times)" if increases_after > 1 else ""
        reasons.append(
            f"later report ({last_increase.document.title}) gives a later deadline "
            f"{last_increase.due_date}{times}"
        )
    if worse is not None:
        reasons.append(
            f"later report ({worse.document.title}) shows a worse status "
            f"({worse.status.replace('_', ' ')})"
        )
    months = months_between(original, current) if original and current else None
    return Slippage(
        record_id=record.id,
        original_due=original,
        current_due=current,
        extensions=extensions,
        months_slipped=max(months, 0) if months is not None else None,
        overdue_at_report=overdue,
        reasons=reasons,
    )


def _wording(record: ActionRecord) -> str:
    """The record's words without figures or spacing: equal for the same text re-reported
    with other dates."""
    return " ".join(re.sub(r"[^a-z]+", " ", _key_text(record).lower()).split())


def _prominence(theme: str, a: ActionRecord, b: ActionRecord) -> float:
    """A theme that is what both records are mainly about (their first theme) counts fully;
    one that is secondary in both counts half."""
    primary = (a.themes[:1] == [theme]) + (b.themes[:1] == [theme])
    return (0.5, 0.75, 1.0)[primary]


def _revised_to(record: ActionRecord) -> str | None:
    text = record.due_text or ""
    return text.split("revised to")[-1].strip() or None if "revised to" in text else None


def _thread_id(record: ActionRecord) -> str:
    """Stable while the thread's first appearance stays the same."""
    return "T" + hashlib.sha1(record.id.encode()).hexdigest()[:8]


def summarise_slippage(
    records: Iterable[ActionRecord], index: ThreadIndex
) -> dict[str, list[dict[str, object]]]:
    """Slipped actions by theme, owner and document: how many, extensions, months."""
    groups: dict[str, dict[str, dict[str, float]]] = {"theme": {}, "owner": {}, "document": {}}
    for record in records:
        slip = index.slippage(record)
        keys = {
            "theme": record.themes or ["(no theme)"],
            "owner": [record.owner or "(no owner)"],
            "document": [record.document.title],
        }
        for kind, names in keys.items():
            for name in names:
                row = groups[kind].setdefault(
                    name, {"actions": 0, "slipped": 0, "extensions": 0, "months": 0}
                )
                row["actions"] += 1
                if slip.slipped:
                    row["slipped"] += 1
                    row["extensions"] += slip.extensions
                    row["months"] += slip.months_slipped or 0
    return {
        kind: [
            {"name": name, **{k: int(v) for k, v in row.items()}}
            for name, row in sorted(rows.items(), key=lambda kv: (-kv[1]["slipped"], kv[0]))
        ]
        for kind, rows in groups.items()
    }


def due_within(record: ActionRecord, start: str | None, end: str | None) -> bool:
    """Whether a deadline of the row falls in the window: its due date, or any other date its
    deadline cell gives (a row of several actions 'Sept 2008 … March 2009' is due by the end
    of 2008 for its first ones), less the deadline it was moved from."""
    return _due_in(record.due_date, record.due_text, record.revised_from_date, start, end)


@lru_cache(maxsize=65536)
def _due_in(
    due: str | None, cell: str | None, moved_from: str | None, start: str | None, end: str | None
) -> bool:
    """:func:`due_within` of a row's due date, deadline cell and former deadline (kept: a
    filter asks it of every row, and rows share their deadlines)."""
    dates = {due} if due else set()
    if cell:
        dates |= set(_cell_dates(cell)) - {moved_from}
    return any(d and (not start or d >= start) and (not end or d <= end) for d in dates)


@lru_cache(maxsize=8192)
def _cell_dates(text: str) -> tuple[str, ...]:
    return tuple(d.iso for d in parse_dates(text))
