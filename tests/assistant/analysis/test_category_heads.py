"""A kind several categories write before their detail ('Must do' of 'Must do - Regulation
12: …' and 'Must do - Regulation 18: …') names all of them: a count or list of 'must-do'
rows keeps the rows of each. Invented papers only."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.text import category_head, in_category
from ingest.model import ActionRecord, DocumentInfo

_ROWS = [
    ("K1", "Required - Rule 4: Fire doors", "Fit self-closers to the fire doors"),
    ("K2", "Required - Rule 9: Food safety", "Label the chilled stores"),
    ("K3", "Advised", "Repaint the dining hall"),
]


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="kitchens",
        filename="kitchens.pdf",
        format="pdf",
        sha256="k",
        title="School kitchens inspection plan",
        organisation="Easterby Schools Trust",
    )
    records = [
        ActionRecord(
            id=f"kitchens:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            category=category,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, category, title) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([doc], records)


def test_the_kind_before_a_categorys_detail_is_its_head() -> None:
    assert category_head("Required - Rule 4: Fire doors") == "Required"
    assert category_head("Rule 4: Fire doors") == "Rule 4"
    assert category_head("Non-statutory") is None and category_head("Health & Safety") is None
    assert in_category("Required - Rule 9: Food safety", "required")
    assert in_category("Advised", "Advised") and not in_category("Advised", "Required")


def test_a_head_shared_by_categories_names_them_all() -> None:
    index = _index()
    assert "Required" in index.categories and "Advised" in index.categories
    q = analyse("How many required actions are there in the kitchens plan?", index)
    assert q.intent == "count" and q.category == "Required"
    assert analyse("List the advised actions.", index).category == "Advised"
