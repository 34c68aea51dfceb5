"""A paper picked by its place in time among the papers held ('the earliest report here',
'which document is the latest?'), read on a paper noun and resolved on report dates; and a
category named by its words in another order and form. Invented papers only."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.paper_order import paper_by_order
from ingest.model import ActionRecord, DocumentInfo

_PAPERS = [
    ("spring", "Parks Audit Follow-up", "2021-04-12", "Corporate services - Parks"),
    ("autumn", "Libraries Review Tracker", "2022-10-03", "Corporate services - Libraries"),
    ("winter", "Leisure Contract Monitoring", "2020-01-20", None),
]


def _index() -> NameIndex:
    docs, records = [], []
    for n, (key, title, dated, category) in enumerate(_PAPERS, 1):
        doc = DocumentInfo(
            id=key,
            filename=f"{key}.docx",
            format="docx",
            sha256=key,
            title=title,
            organisation="Ambridge Vale District Council",
            date=dated,
            date_text=dated,
            year=int(dated[:4]),
        )
        docs.append(doc)
        for i, state in enumerate(("complete", "ongoing"), 1):
            text = f"Refresh the {key} asset register, part {i}"
            records.append(
                ActionRecord(
                    id=f"{key}:{n}.{i}",
                    document=doc.ref(),
                    ref=f"{n}.{i}",
                    ordinal=i,
                    title=text,
                    category=category,
                    status=state,
                    source_text=text,
                    source_start=0,
                    source_end=len(text),
                )
            )
    return NameIndex.from_records(docs, records)


def test_a_superlative_of_time_on_a_paper_noun_picks_that_paper() -> None:
    index = _index()
    for question, paper in (
        ("On what date was the earliest report here issued?", "winter"),
        ("Which document held is the latest?", "autumn"),
        ("What is the most recently dated paper in this collection about?", "autumn"),
    ):
        assert analyse(question, index).documents == [paper], question


def test_asking_only_which_paper_asks_its_date() -> None:
    q = analyse("Which of these is the oldest document?", _index())
    assert q.documents == ["winter"] and q.doc_field == "date"
    assert not q.terms


def test_no_paper_is_picked_by_a_deadline_or_a_relation_to_another_paper() -> None:
    papers = _index().documents
    assert paper_by_order("Which action has the latest deadline?", papers) is None
    assert paper_by_order("What has slipped since the last report?", papers) is None
    assert paper_by_order("Which paper came first?", papers[:0]) is None  # none dated


def test_a_category_is_named_by_its_words_in_another_order() -> None:
    q = analyse("Which parks corporate services actions are still ongoing?", _index())
    assert q.category == "Corporate services - Parks"
    assert q.statuses and "complete" not in q.statuses
    # both share 'corporate services': those words alone name the head of both
    assert analyse("List the corporate services actions.", _index()).category == (
        "Corporate services"
    )
    # 'parks' and 'libraries' both named: neither category is picked over the other
    q = analyse("List the libraries and parks corporate services actions.", _index())
    assert q.category != "Corporate services - Parks"
