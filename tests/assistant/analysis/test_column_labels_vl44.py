"""Values a question names linked to the values the papers' columns hold (vl44): a label
column no field reads ('Audit opinion' beside the priority) becomes a filter on that column
('a limited opinion', 'received no assurance', 'not Limited or No assurance'); status values
named as one list keep every value ('not started or behind schedule'), or the papers' other
values when the list is denied ('not implemented or on track', 'not red or amber'); an owner
asked by the short form its cell gives ('the DoO' of 'Director of Operations (DoO)'). Papers
invented here, with columns of their own; wordings of my own, and questions that must not
become filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from assistant.analysis import NameIndex, analyse
from assistant.analysis.column_labels import fits_labels, label_columns
from ingest.extract import extract
from ingest.loaders import load_document

TRACKER = """# Internal Audit Actions Update

**Body:** Brackwater Canal Society
**Committee:** Audit and Governance Committee
**Meeting:** 12 June 2024

The table shows each agreed action, the opinion of the audit it came from and where it stands.

## Actions

| Ref | Issue | Agreed action | Responsible | Priority | Audit opinion | Target date | Status |
| --- | --- | --- | --- | --- | --- | --- | --- |
| BC1 | Lock keeper overtime is not approved. | Approve overtime before it is worked. | Director of Operations (DoO) | High | Limited | 30/06/2024 | Behind schedule |
| BC2 | Mooring fees are not reconciled. | Reconcile mooring fees monthly. | Head of Finance (HoF) | Medium | Limited | 31/03/2024 | Implemented |
| BC3 | Towpath inspections are not recorded. | Log every towpath inspection. | Director of Operations (DoO) | High | Minimal | 31/05/2024 | Not started |
| BC4 | Volunteer expenses have limited evidence. | Reject claims without receipts. | Head of Finance (HoF) | Low | Moderate | 31/01/2024 | Implemented |
| BC5 | Dredging contracts were not tendered. | Tender dredging contracts above £25,000. | Procurement Lead | High | Minimal | 30/09/2024 | On track |
| BC6 | The asset register omits bridges. | Add every bridge to the asset register. | Head of Finance (HoF) | Medium | Moderate | 31/12/2024 | On track |
| BC7 | Boat licence refunds are not checked. | Check each licence refund before payment. | Licensing Officer | Low | Limited | 31/08/2024 | Not started |
| BC8 | Lone working checks are missing. | Introduce a lone working check-in. | Director of Operations (DoO) | High | Full | 31/07/2024 | Behind schedule |
"""


HEADED = """# Internal Audit Follow-up

**Body:** Calderbrook Lido Trust
**Committee:** Finance and Audit Committee
**Meeting:** 2 May 2024

Actions from the 2023/24 internal audits, under each audit and the assurance it gave.

## Actions by audit

| Ref | Finding | Action | Owner | Target | Status |
| --- | --- | --- | --- | --- | --- |
| **Cash handling - Limited assurance** | | | | | |
| CL1 | Till floats are not counted. | Count till floats daily. | Duty Manager | 30/06/2024 | Complete |
| CL2 | Banking is late. | Bank takings twice a week. | Finance Officer | 31/07/2024 | In progress |
| **Pool safety - Minimal assurance** | | | | | |
| CL3 | Chemical logs are incomplete. | Complete the chemical log each shift. | Pool Manager | 31/05/2024 | In progress |
| CL4 | Lifeguard rotas are not kept. | Keep rotas for two years. | Pool Manager | 31/08/2024 | Not started |
| **Governance - Full assurance** | | | | | |
| CL5 | Trustee declarations are filed. | Keep the declarations register current. | Secretary | 31/03/2024 | Complete |
"""


# a status column and, beside it, a RAG and a direction-of-travel column no field reads
BESIDE = """Ref,Recommendation,Lead,Due date,Status,RAG,Direction of travel
HF-01,Agree a hydrant inspection plan.,Station Manager,31/03/2025,In progress,Amber,Improving
HF-02,Publish the pay policy statement.,HR Adviser,30/04/2024,Complete,Green,Static
HF-03,Test the control room fallback.,Control Manager,30/06/2024,In progress,Red,Worsening
HF-04,Refresh the risk register.,Head of Governance,31/12/2024,Not started,Red,Static
HF-05,Reconcile the fuel cards monthly.,Fleet Officer,31/01/2025,In progress,Green,Improving
HF-06,Train crews on data protection.,HR Adviser,30/09/2024,Not started,Amber,Worsening
"""


def _ragged(path: Path) -> None:
    """A tracker whose RAG column holds only fills (read as the colour's word)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Pendle Moor Rescue Team"])
    sheet.append(["Audit action tracker - position at May 2024"])
    sheet.append([])
    sheet.append(["Ref", "Finding", "Action", "Owner", "Due", "RAG"])
    rows = [
        ("PM1", "Radio checks are not logged.", "Log radio checks weekly.", "Kit Officer",
         "30/06/2024", "FF0000"),
        ("PM2", "Vehicle keys are not signed out.", "Keep a key log.", "Transport Officer",
         "31/05/2024", "00B050"),
        ("PM3", "First aid kits are out of date.", "Check kits monthly.", "Medical Officer",
         "31/07/2024", "FFC000"),
        ("PM4", "Gift aid claims are late.", "Claim gift aid each quarter.", "Treasurer",
         "30/04/2024", "FF0000"),
    ]  # fmt: skip
    for *cells, fill in rows:
        sheet.append([*cells, ""])
        sheet.cell(row=sheet.max_row, column=6).fill = PatternFill("solid", fgColor=fill)
    book.save(path)


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("labels")
    (folder / "brackwater_actions.md").write_text(TRACKER)
    (folder / "calderbrook_followup.md").write_text(HEADED)
    (folder / "hexham_fell_fire_actions.csv").write_text(BESIDE)
    _ragged(folder / "pendle_tracker.xlsx")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def index(papers: list[Path]) -> NameIndex:
    docs = [extract(load_document(p)) for p in papers]
    return NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])


def test_the_label_column_no_field_reads_is_indexed(index: NameIndex) -> None:
    held = label_columns(r for rows in index.doc_rows.values() for r in rows)
    columns = held["brackwater_actions-md"]
    assert columns == {"Audit opinion": frozenset({"Limited", "Minimal", "Moderate", "Full"})}


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("How many Brackwater actions have a limited audit opinion?", ["Limited"]),
        ("Which Brackwater actions came from audits rated Minimal?", ["Minimal"]),
        ("List the Brackwater actions that are limited", ["Limited"]),
        ("Which canal society actions got a moderate opinion?", ["Moderate"]),
        ("Which Brackwater actions have a limited or minimal opinion?", ["Limited", "Minimal"]),
        # denied: the column's other values
        ("Which Brackwater actions are not limited or minimal?", ["Full", "Moderate"]),
        (
            "How many Brackwater actions have an opinion other than limited?",
            sorted(["Full", "Minimal", "Moderate"]),
        ),
    ],
)
def test_a_label_named_is_a_filter_on_its_column(
    index: NameIndex, question: str, values: list[str]
) -> None:
    analysis = analyse(question, index)
    assert analysis.column_says == {"Audit opinion": values}
    assert not {"limited", "minimal", "opinion"} & set(analysis.terms)


@pytest.mark.parametrize(
    "question",
    [
        "Which Brackwater actions are about the asset register?",
        "Who is responsible for BC3?",  # a lookup: no list filter
        "What did the audit say about mooring fees?",
        "How many Brackwater actions are high priority?",
    ],
)
def test_questions_naming_no_label_keep_no_label_filter(index: NameIndex, question: str) -> None:
    assert analyse(question, index).column_says == {}


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "Which Brackwater actions are not implemented or on track?",
            ["Behind schedule", "Not started"],
        ),
        (
            "How many Brackwater actions are not on track or implemented?",
            ["Behind schedule", "Not started"],
        ),
        (
            "Which Brackwater actions are not started or behind schedule?",
            ["Not started", "Behind schedule"],
        ),
        ("Which Brackwater actions are implemented or on track?", ["Implemented", "On track"]),
        ("Which Pendle Moor actions are not red or amber?", ["Green"]),
        ("Which Pendle Moor actions are red or amber?", ["Red", "Amber"]),
    ],
)
def test_status_values_named_as_one_list(
    index: NameIndex, question: str, values: list[str]
) -> None:
    analysis = analyse(question, index)
    assert sorted(analysis.status_says) == sorted(values)
    assert not analysis.slipped and not analysis.statuses


def test_a_single_state_keeps_its_reading(index: NameIndex) -> None:
    assert analyse("Which Brackwater actions are behind schedule?", index).status_says == [
        "Behind schedule"
    ]
    assert analyse("Which Pendle Moor actions are red?", index).status_says == ["Red"]


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("Which Brackwater actions are owned by the DoO?", "Director of Operations (DoO)"),
        ("How many actions sit with the HoF?", "Head of Finance (HoF)"),
        ("List everything the HoF is responsible for at Brackwater", "Head of Finance (HoF)"),
    ],
)
def test_an_owner_asked_by_its_own_short_form(index: NameIndex, question: str, owner: str) -> None:
    assert analyse(question, index).owner == owner


def test_the_short_form_must_be_written_in_its_case(index: NameIndex) -> None:
    # 'doo' and 'hof' in small letters are no initialism
    assert analyse("Which Brackwater actions mention hof?", index).owner is None


def test_rows_fit_the_label_filter_by_their_cell(index: NameIndex) -> None:
    rows = index.doc_rows["brackwater_actions-md"]
    kept = [r.ref for r in rows if fits_labels(r, {"Audit opinion": ["Limited"]})]
    assert kept == ["BC1", "BC2", "BC7"]
    assert not [r for r in index.doc_rows["pendle_tracker-xlsx"] if fits_labels(r, {
        "Audit opinion": ["Limited"]})]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("How many Calderbrook actions come from audits rated Minimal?", ["Minimal assurance"]),
        ("Which Calderbrook actions have limited assurance?", ["Limited assurance"]),
        (
            "Which Calderbrook actions are not in minimal assurance audits?",
            ["Full assurance", "Limited assurance"],
        ),
    ],
)
def test_a_grade_the_group_headings_give_is_a_filter(
    index: NameIndex, question: str, values: list[str]
) -> None:
    analysis = analyse(question, index)
    assert analysis.column_says == {"heading": values}
    rows = index.doc_rows["calderbrook_followup-md"]
    assert all(
        fits_labels(r, analysis.column_says)
        for r in rows
        if r.category and any(v in r.category for v in values)
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which Brackwater actions are other than implemented or on track?",
        "Excluding the implemented or on track ones, which Brackwater actions remain?",
    ],
)
def test_a_list_of_values_set_aside(index: NameIndex, question: str) -> None:
    analysis = analyse(question, index)
    assert sorted(analysis.status_says) == ["Behind schedule", "Not started"]
    assert "ones" not in analysis.terms


@pytest.mark.parametrize(
    "question",
    [
        "Which Brackwater actions kept their original date?",
        "How many Brackwater actions kept the original target date?",
    ],
)
def test_kept_its_original_date_without_a_preposition(index: NameIndex, question: str) -> None:
    assert analyse(question, index).revised is False


@pytest.mark.parametrize(
    ("question", "column_says"),
    [
        ("Which hexham fell fire actions are rated red?", {"RAG": ["Red"]}),
        ("How many hexham fell fire actions are red?", {"RAG": ["Red"]}),
        ("Which hexham fell fire actions are not red?", {"RAG": ["Amber", "Green"]}),
        ("Which hexham fell fire actions are worsening?", {"Direction of travel": ["Worsening"]}),
        (
            "How many hexham fell fire actions have an improving direction of travel?",
            {"Direction of travel": ["Improving"]},
        ),
    ],
)
def test_a_colour_beside_the_status_column_is_its_own_filter(
    index: NameIndex, question: str, column_says: dict[str, list[str]]
) -> None:
    analysis = analyse(question, index)
    assert analysis.column_says == column_says
    assert not analysis.status_says and not analysis.terms


def test_the_status_beside_a_colour_keeps_its_reading(index: NameIndex) -> None:
    analysis = analyse("Which hexham fell fire actions are red and in progress?", index)
    assert analysis.column_says == {"RAG": ["Red"]} and analysis.status_says == ["In progress"]


def test_a_value_whose_words_rows_also_use_is_a_filter_only_as_a_label(index: NameIndex) -> None:
    # 'limited' is also a word of BC4's issue ('limited evidence')
    topic = analyse("Which Brackwater actions mention limited evidence?", index)
    assert topic.column_says == {} and "limited" in topic.terms
    for question in (
        "How many Brackwater limited actions are there?",
        "Which Brackwater actions are limited?",
        "Which Brackwater actions were rated limited?",
    ):
        assert analyse(question, index).column_says == {"Audit opinion": ["Limited"]}, question


def test_a_denied_list_is_not_widened_to_papers_holding_none_of_it(index: NameIndex) -> None:
    # across every paper: the colour tracker and the others hold neither value, so the other
    # papers' values are not what 'not implemented or on track' keeps
    analysis = analyse("Which actions are not implemented or on track?", index)
    assert "Green" not in analysis.status_says and "Complete" not in analysis.status_says


@pytest.mark.parametrize(
    ("question", "ownerless"),
    [
        ("Are there any Brackwater actions that nobody has been named to own?", True),
        ("Which Brackwater actions has no one been appointed to lead?", True),
        ("Which Brackwater actions has nobody been assigned to?", False),  # no owner verb
        ("Which Brackwater actions is the HoF due to own?", False),
    ],
)
def test_nobody_made_owner_through_an_infinitive(
    index: NameIndex, question: str, ownerless: bool
) -> None:
    assert analyse(question, index).no_owner is ownerless
