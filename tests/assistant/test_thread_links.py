"""Issue threads: a ref of a numbering scheme of its own is the same plan re-reported in a
later paper whatever heading it sits under there; a short ref reused by every paper is not;
a theme alone, with no wording shared, links nothing (assistant.threads)."""

from __future__ import annotations

from assistant.answers.support.recurring_rows import shown_title
from assistant.threads import ThreadIndex, same_scheme_ref
from tests.assistant.test_threads import record


def test_a_scheme_ref_re_reported_under_another_heading_continues_its_thread() -> None:
    first = record(1, "KWT-19-04", "Fleet tyres are not logged", section="Tracker")
    later = record(2, "KWT-19-04", "Tyre log still missing", section="Follow-up")
    assert same_scheme_ref(first, later)
    index = ThreadIndex([first, later])
    assert index.thread_of(later.id) is index.thread_of(first.id)
    # a short ref under another heading is another paper's own numbering
    one = record(1, "R3", "Fleet tyres are not logged", section="Tracker")
    two = record(2, "R3", "Cemetery gates are unlocked", section="Follow-up")
    assert not same_scheme_ref(one, two)
    index = ThreadIndex([one, two])
    assert index.thread_of(two.id) is not index.thread_of(one.id)


def test_a_theme_alone_links_no_rows() -> None:
    first = record(1, "A1", "Tenant forum minutes unpublished", themes=["partnership"])
    later = record(2, "B7", "Joint venture board lacks quorum", themes=["partnership"])
    index = ThreadIndex([first, later])
    assert index.thread_of(later.id) is not index.thread_of(first.id)
    # shared wording with the theme still links
    again = record(3, "C2", "Tenant forum minutes still unpublished", themes=["partnership"])
    index = ThreadIndex([first, later, again])
    assert index.thread_of(again.id) is index.thread_of(first.id)


def test_a_thread_shown_in_part_takes_its_title_from_the_part() -> None:
    first = record(1, "KWT-19-04", "Fleet tyres are not logged anywhere at all")
    later = record(2, "KWT-19-04", "Tyre log missing")
    thread = ThreadIndex([first, later]).thread_of(first.id)
    assert thread is not None
    assert shown_title(thread, [first]) == "Fleet tyres are not logged anywhere at all"
    assert shown_title(thread, []) == thread.title == "Tyre log missing"


class _Embedder:
    """Texts about the same made-up issue get the same direction, others their own."""

    TOPICS = ("tyre", "vacan", "minute", "boiler", "ledger", "fence", "badge", "drain")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out = []
        for n, text in enumerate(texts):
            vector = [0.0] * (len(self.TOPICS) + len(texts))
            hits = [i for i, t in enumerate(self.TOPICS) if t in text.lower()]
            for i in hits:
                vector[i] = 1.0
            vector[len(self.TOPICS) + n] = 0.3  # each text a little of its own
            out.append(vector)
        return out


def _context(records: list[object]) -> object:
    from types import SimpleNamespace

    loaded = SimpleNamespace(records=records)
    register = SimpleNamespace(loaded=lambda: loaded)
    retriever = SimpleNamespace(retriever=SimpleNamespace(embedder=_Embedder()))
    return SimpleNamespace(register=register, retriever=retriever)


def test_rows_alike_in_meaning_in_different_papers_are_grouped_oldest_first() -> None:
    from assistant.answers.support.recurring_rows import meaning_groups, with_alike

    rows = [
        record(1, "A1", "Depot tyres are not inspected"),
        record(1, "A2", "Petty cash ledger unreconciled", ordinal=2),
        record(2, "B4", "Tyre checks missing on gritters"),
        record(2, "B5", "Two trustee seats vacant", ordinal=2),
        record(3, "C1", "Board vacancies unfilled"),
        record(3, "C2", "Perimeter fence damaged", ordinal=2),
        record(4, "D1", "Ledger reconciliations late"),
        record(4, "D2", "Badge access not revoked", ordinal=2),
    ]
    groups = meaning_groups(_context(rows))  # type: ignore[arg-type]
    found = sorted([r.ref for r in g] for g in groups)
    assert found == [["A1", "B4"], ["A2", "D1"], ["B5", "C1"]]
    # a group sharing rows with a thread extends it; others stand as threads of their own
    thread = ThreadIndex([rows[0], rows[2]]).thread_of(rows[0].id)
    assert thread is not None
    joined = with_alike([thread], _context(rows))  # type: ignore[arg-type]
    assert sorted(len(t.records) for t in joined) == [2, 2, 2]
    assert thread.id in {t.id for t in joined}


def test_rows_alike_to_a_row_on_the_subject_join_it_ranked_below() -> None:
    from assistant.answers.support.recurring_rows import alike_rows

    rows = [
        record(1, "A1", "Depot tyres are not inspected"),
        record(2, "B4", "Tyre checks missing on gritters"),
        record(3, "C2", "Perimeter fence damaged"),
        record(4, "D2", "Badge access not revoked"),
    ]
    found = alike_rows({rows[0].id: 1.5}, _context(rows))  # type: ignore[arg-type]
    assert found == {rows[0].id: 1.5, rows[1].id: 1.49}
    assert alike_rows({}, _context(rows)) == {}  # type: ignore[arg-type]
    assert alike_rows(None, _context(rows)) is None  # type: ignore[arg-type]
