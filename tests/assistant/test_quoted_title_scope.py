"""A title quoted whole picks its own paper among the papers its body's name names
(assistant/analysis/named_scope.py): two papers of one trust, one a year, the question naming
the trust and quoting one title."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from ingest.model import DocumentInfo


def _paper(doc_id: str, title: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.pdf",
        format="pdf",
        sha256=doc_id,
        title=title,
        organisation=organisation,
    )


def test_the_quoted_title_picks_its_paper_of_the_two_its_body_wrote() -> None:
    trust = "Fernhollow Community Health NHS Trust"
    first = _paper("t1", "Estates Compliance Review - Action Plan (2022/23)", trust)
    second = _paper("t2", "Estates Compliance Review - Closure Report (2023/24)", trust)
    other = _paper("c1", "Internal Audit Tracker", "Mossgate Borough Council")
    index = NameIndex.from_records([first, second, other], [])
    asked = (
        "How many actions in the Fernhollow Community Health NHS Trust paper "
        "'Estates Compliance Review - Closure Report (2023/24)' are complete?"
    )
    assert analyse(asked, index).documents == ["t2"]
    earlier = asked.replace("Closure Report (2023/24)", "Action Plan (2022/23)")
    assert analyse(earlier, index).documents == ["t1"]


def test_a_title_several_bodies_share_adds_none_back_to_the_body_named() -> None:
    papers = [
        _paper(f"w{n}", "Recommendations tracker: update", f"Dunmere Water Board {n}")
        for n in (1, 2, 3, 11)
    ]
    index = NameIndex.from_records(papers, [])
    asked = "Which actions in the Dunmere Water Board 3 paper 'Recommendations tracker: update' slipped?"
    assert analyse(asked, index).documents == ["w3"]
    later = (
        "In 'Recommendations tracker: update' from Dunmere Water Board 11, how many are complete?"
    )
    assert analyse(later, index).documents == ["w11"]
    # the title alone still names every paper that carries it
    alone = "How many actions in 'Recommendations tracker: update' are complete?"
    assert sorted(analyse(alone, index).documents) == ["w1", "w11", "w2", "w3"]
