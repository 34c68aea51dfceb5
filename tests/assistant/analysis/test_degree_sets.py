"""Degrees joined by 'or' are one filter of either degree ('met fully or moderately'), in the
paper's own degree words; the degree that complete rows state stands for 'fully'."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.register import RecordQuery, Register
from ingest.model import ActionRecord, DocumentInfo

DOC = DocumentInfo(
    id="grades", filename="grades.txt", format="txt", sha256="b", title="Depot audit progress"
)
GRADES = [("D1", "wholly", "complete"), ("D2", "largely", "partial"), ("D3", "slightly", "partial")]


def _row(ref: str, n: int, **fields: str | None) -> ActionRecord:
    """A depot task row of the invented grades paper, with the fields a test sets."""
    return ActionRecord(
        id=f"grades:{ref}",
        document=DOC.ref(),
        ref=ref,
        ordinal=n,
        title=f"Depot task {ref}",
        source_text=f"Depot task {ref}",
        source_start=0,
        source_end=12,
        **fields,  # type: ignore[arg-type]
    )


def _records() -> list[ActionRecord]:
    return [
        _row(ref, n, status=status, status_text=f"Recommendation met: {grade}")
        for n, (ref, grade, status) in enumerate(GRADES, 1)
    ]


def test_two_degrees_joined_by_or_keep_rows_of_either() -> None:
    index = NameIndex.from_records([DOC], _records())
    q = analyse("Which depot recommendations were met largely or slightly?", index)
    assert q.intent == "list" and q.degree == "largely or slightly" and q.statuses == []
    query = RecordQuery(degree=q.degree)
    register = Register.__new__(Register)  # matches() reads only the record and the query
    assert [r.ref for r in _records() if register.matches(r, query)] == ["D2", "D3"]


def test_fully_names_the_degree_complete_rows_state() -> None:
    index = NameIndex.from_records([DOC], _records())
    assert index.full_degree == "wholly"
    q = analyse("How many depot recommendations were fully or slightly met?", index)
    assert q.degree == "wholly or slightly"


def test_one_degree_stays_one() -> None:
    index = NameIndex.from_records([DOC], _records())
    q = analyse("Which depot recommendations were met largely?", index)
    assert q.degree == "largely"


def test_a_negated_priority_keeps_the_rows_rated_otherwise() -> None:
    q = analyse(
        "How many depot recommendations were not rated low priority?",
        NameIndex.from_records([], []),
    )
    assert q.intent == "count" and q.priority == "not Low"
    rated = [
        _row(ref, n, priority=priority)
        for n, (ref, priority) in enumerate([("P1", "Low"), ("P2", "High"), ("P3", None)], 1)
    ]
    register = Register.__new__(Register)
    query = RecordQuery(priority=q.priority)
    assert [r.ref for r in rated if register.matches(r, query)] == ["P2"]
    assert (
        analyse(
            "Which depot recommendations are low priority?", NameIndex.from_records([], [])
        ).priority
        == "Low"
    )


def test_one_reading_of_a_stated_degree_for_names_and_comparisons() -> None:
    """The degree a status states is read the same way by the name index (the degrees a
    question may name) and by a comparison of two degrees: after 'met:' anywhere, or next to
    'met' ending the status; an adverb after 'met' in a progress note is no degree."""
    from assistant.analysis.graded import stated_degree
    from assistant.answers.support.tallies import side_values

    assert stated_degree("Recommendation met: largely (see the depot note)") == "largely"
    assert stated_degree("Recommendation met :wholly") == "wholly"
    assert stated_degree("Depot checks done. Slightly met") == "slightly"
    assert stated_degree("The depot board met quarterly to review the checks.") is None
    assert stated_degree("The depot board met monthly; checks resumed in May") is None
    rows = [
        *_records(),
        _row("D4", 4, status="ongoing", status_text="The depot board met quarterly on it."),
        _row("D5", 5, status="partial", status_text="Recommendation met: largely (audit due)"),
    ]
    index = NameIndex.from_records([DOC], rows)
    assert index.degrees == {"wholly", "largely", "slightly"}
    found = side_values(["met largely", "met slightly"], rows)
    assert found is not None
    field, values, value_of = found
    assert field == "degree" and values == ["largely", "slightly"]
    assert [value_of(r) for r in rows] == ["wholly", "largely", "slightly", None, "largely"]
    # 'quarterly' is not a degree the rows are graded by, so no side names it
    assert side_values(["met quarterly", "met largely"], rows) is None


OTHER = DocumentInfo(
    id="ferry",
    filename="ferry.pdf",
    format="pdf",
    sha256="c",
    title="Ferry terminal audit recommendations",
    organisation="Saltmere Port Authority",
)


def _two_papers() -> NameIndex:
    """The depot paper graded by 'met: partially' and others, and a ferry paper whose rows
    read 'Partially implemented'."""
    ferry = [
        ActionRecord(
            id=f"ferry:F{n}",
            document=OTHER.ref(),
            ref=f"F{n}",
            ordinal=n,
            title=f"Ferry task F{n}",
            owner=owner,
            status=status,
            status_text=text,
            source_text=f"Ferry task F{n}",
            source_start=0,
            source_end=12,
        )
        for n, (owner, status, text) in enumerate(
            [
                ("Harbour Engineer", "partial", "Partially implemented"),
                ("Harbour Engineer", "complete", "Implemented"),
                ("Terminal Manager", "partial", "Partially implemented"),
            ],
            1,
        )
    ]
    graded = _row("D4", 4, status="partial", status_text="Recommendation met: partially")
    return NameIndex.from_records([DOC, OTHER], [*_records(), graded, *ferry])


def test_a_degree_only_another_paper_grades_by_is_no_filter_of_the_paper_asked() -> None:
    index = _two_papers()
    for question in [
        "Which ferry terminal recommendations are only partly done?",
        "How many of the Saltmere Port Authority recommendations were partly implemented?",
        "Which ferry terminal recommendations does the Harbour Engineer hold that are partly done?",
        "list the ferry terminal audit recommendations implemented only partially",
    ]:
        q = analyse(question, index)
        assert q.documents == ["ferry"] and q.degree is None, question
        assert q.statuses == ["partial"], question
    # the graded paper asked of keeps its own degree
    q = analyse("Which depot audit progress recommendations were only partly met?", index)
    assert q.degree == "partially"
