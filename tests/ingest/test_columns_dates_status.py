"""Columns by meaning, dates and statuses as other bodies write them (issue 15).

The header list was written first, from the trackers of councils, NHS trusts, police and fire
authorities, universities and housing associations, and the rules were then made to fit the
vocabulary, not these exact strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.column_values import assign_roles, explain_roles
from ingest.columns import (
    ColumnMatch,
    Role,
    collect_mappings,
    match_header,
    text_similarity,
    use_mapping,
)
from ingest.dates import excel_serial, parse_due, parse_revised_to, parse_revision, read_due
from ingest.extract import extract
from ingest.loaders import load_bytes
from ingest.mapping import MappingError, explain_lines, find_mapping, load_mapping
from ingest.model import Block, BlockKind, LoadedDocument, Page
from ingest.status import DEFAULT_RAG, rag_key, read_status

# -- columns by meaning -----------------------------------------------------------------------
HEADERS: list[tuple[str, Role]] = [
    # refs
    ("Rec No.", Role.REF),
    ("Recommendation Ref", Role.REF),
    ("Action ID", Role.REF),
    ("Ref", Role.REF),
    ("No.", Role.REF),
    ("Schedule Ref", Role.REF),
    ("Finding ref", Role.REF),
    ("Item no.", Role.REF),
    # issues / findings
    ("Audit Finding", Role.FINDING),
    ("Weakness Identified", Role.FINDING),
    ("Issue Identified", Role.FINDING),
    ("Key Risk", Role.FINDING),
    ("Description of weakness", Role.FINDING),
    ("Control weakness", Role.FINDING),
    # actions / recommendations
    ("Management Response", Role.ACTION),
    ("Agreed Management Action", Role.ACTION),
    ("Action Required", Role.ACTION),
    ("Proposed Action", Role.ACTION),
    ("What we will do", Role.ACTION),
    ("Actions agreed with management", Role.ACTION),
    ("Recommendation", Role.RECOMMENDATION),
    ("Recommendations made", Role.RECOMMENDATION),
    # owners
    ("Responsible Officer", Role.OWNER),
    ("Accountable Manager", Role.OWNER),
    ("Lead Director", Role.OWNER),
    ("Executive Lead", Role.OWNER),
    ("Who", Role.OWNER),
    ("By whom", Role.OWNER),
    ("Action Owner", Role.OWNER),
    ("Action holder", Role.OWNER),
    ("Lead", Role.OWNER),
    ("Portfolio Holder", Role.OWNER),
    ("Officer Responsible", Role.OWNER),
    ("Risk owner", Role.OWNER),
    ("Executive sponsor", Role.OWNER),
    # priorities
    ("Priority", Role.PRIORITY),
    ("Risk Rating", Role.PRIORITY),
    ("Grade", Role.PRIORITY),
    ("Priority (H/M/L)", Role.PRIORITY),
    ("Audit Grading", Role.PRIORITY),
    ("Significance", Role.PRIORITY),
    # original dates
    ("Target Date", Role.DUE),
    ("Original Target Date", Role.DUE),
    ("Implementation Date", Role.DUE),
    ("Due Date", Role.DUE),
    ("By When", Role.DUE),
    ("Deadline", Role.DUE),
    ("Agreed Timescale", Role.DUE),
    ("Completion Date", Role.DUE),
    ("Target date Original", Role.DUE),
    ("Timeframe", Role.DUE),
    ("Timescales when action likely to be complete", Role.DUE),
    # revised dates
    ("Revised Target Date", Role.REVISED_DUE),
    ("Revised deadline", Role.REVISED_DUE),
    ("New date", Role.REVISED_DUE),
    ("Extended to", Role.REVISED_DUE),
    ("Target date Revised", Role.REVISED_DUE),
    ("Revised", Role.REVISED_DUE),
    ("Updated due date", Role.REVISED_DUE),
    ("Current target date", Role.REVISED_DUE),
    ("Amended deadline", Role.REVISED_DUE),
    ("Revised timescale", Role.REVISED_DUE),
    ("Target (revised)", Role.REVISED_DUE),
    ("Current Deadline", Role.REVISED_DUE),
    ("Timescale Current", Role.REVISED_DUE),
    # statuses
    ("Status", Role.STATUS),
    ("RAG", Role.STATUS),
    ("RAG rating", Role.STATUS),
    ("RAG Status", Role.STATUS),
    ("Implemented?", Role.STATUS),
    ("Current Status", Role.STATUS),
    ("Complete? (Y/N)", Role.STATUS),
    ("Implementation status", Role.STATUS),
    ("Status (Open/Closed)", Role.STATUS),
    ("Progress RAG", Role.STATUS),
    ("BRAG", Role.STATUS),
    ("Closed?", Role.STATUS),
    ("Completion status", Role.STATUS),
    # progress
    ("Progress", Role.PROGRESS),
    ("Latest Update", Role.PROGRESS),
    ("Comments", Role.PROGRESS),
    ("Commentary", Role.PROGRESS),
    ("Progress to date", Role.PROGRESS),
    ("Position at March 2020", Role.PROGRESS),
    ("Management update", Role.PROGRESS),
    ("Status update", Role.PROGRESS),
    ("Progress / Comments", Role.PROGRESS),
    ("Evidence of implementation", Role.PROGRESS),
    ("Progress Update and degree to which recommendation met", Role.PROGRESS),
    # not deadlines, not anything
    ("Date raised", Role.OTHER),
    ("Date completed", Role.OTHER),
    ("Actual completion date", Role.OTHER),
    ("Directorate", Role.OTHER),
    ("Team", Role.OTHER),
    ("Audit report", Role.OTHER),
]


def test_the_header_list_is_long_enough() -> None:
    assert len(HEADERS) >= 30


@pytest.mark.parametrize(("header", "role"), HEADERS)
def test_headers_map_by_meaning(header: str, role: Role) -> None:
    assert match_header(header).role is role, match_header(header).explain()


def test_similarity_catches_misspelt_headers_and_says_so() -> None:
    match = match_header("Reponsible oficer")
    assert (match.role, match.basis) == (Role.OWNER, "similarity")
    assert 0.6 <= match.score < 1
    assert "similarity" in match.explain() and "responsible officer" in match.explain()
    assert text_similarity("Team", "theme") == 0.0  # a middling ratio on short words is noise


class _FakeEncoder:
    """Puts 'accountable' words near the owner examples, nothing else near anything."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        owner = ("officer", "owner", "accountable", "custodian")
        return [[1.0, 0.0] if any(w in t.lower() for w in owner) else [0.0, 1.0] for t in texts]


def test_an_injected_encoder_adds_embedding_similarity() -> None:
    assert match_header("Custodian").role is Role.OTHER
    with use_mapping(encoder=_FakeEncoder()):
        match = match_header("Custodian")
    assert (match.role, match.basis) == (Role.OWNER, "similarity")


def test_two_date_columns_and_a_lone_revised_one() -> None:
    roles = assign_roles(["Ref", "Action", "Original date", "Revised date"], [])
    assert roles[2:] == [Role.DUE, Role.REVISED_DUE]
    # a lone 'New date' column is the deadline itself
    assert assign_roles(["Ref", "Action", "New date"], [])[2] is Role.DUE


def test_unnamed_columns_are_read_from_their_values() -> None:
    header = ["", "Issue", "", ""]
    rows = [["1.", "A", "30/06/2019", "Green"], ["2.", "B", "Mar-20", "Red"]]
    matches = explain_roles(header, rows)
    assert [m.role for m in matches] == [Role.REF, Role.FINDING, Role.DUE, Role.STATUS]
    assert {m.basis for m in (matches[0], matches[2], matches[3])} == {"values"}


def test_a_mapping_file_overrides_the_rules(tmp_path: Path) -> None:
    toml = tmp_path / "govrag-columns.toml"
    toml.write_text('[columns]\n"Accountable Lead" = "status"\n"Date agreed" = "other"\n')
    assert find_mapping([tmp_path]) == toml
    assert find_mapping([tmp_path / "paper.md"]) == toml
    mapping = load_mapping(toml)
    assert mapping == {"Accountable Lead": Role.STATUS, "Date agreed": Role.OTHER}
    with use_mapping(mapping):
        match = match_header("ACCOUNTABLE  lead:")
        assert (match.role, match.basis) == (Role.STATUS, "override")
        assert match_header("Date agreed").role is Role.OTHER
    assert match_header("Accountable Lead").role is Role.OWNER  # only inside the block

    as_json = tmp_path / "house.json"
    as_json.write_text(json.dumps({"Who": "ignore", "Position": "rag"}))
    assert load_mapping(as_json) == {"Who": Role.OTHER, "Position": Role.STATUS}
    bad = tmp_path / "bad.toml"
    bad.write_text('[columns]\n"Who" = "boss"\n')
    with pytest.raises(MappingError, match="unknown column role 'boss'"):
        load_mapping(bad)


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "due", "revised"),
    [
        ("30/06/2019", "2019-06-30", None),
        ("30.06.2019", "2019-06-30", None),
        ("30-06-19", "2019-06-30", None),
        ("06/07/2019", "2019-07-06", None),  # day first, as in the UK
        ("2019-07-31", "2019-07-31", None),
        ("2019/07/31", "2019-07-31", None),  # year first, only one reading
        ("Mar-20", "2020-03-31", None),
        ("March-2020", "2020-03-31", None),
        ("March 2020", "2020-03-31", None),
        ("end of June 2019", "2019-06-30", None),
        ("Autumn 2019", "2019-11-30", None),
        ("Spring 2020", "2020-05-31", None),
        ("Summer 2019", "2019-08-31", None),
        ("Winter 2019/20", "2020-02-29", None),
        ("Q3 2019/20", "2019-12-31", None),
        ("Q4 2019/20", "2020-03-31", None),
        ("Quarter 1 2020/21", "2020-06-30", None),
        ("Q1 2020", "2020-03-31", None),
        ("2019/20", "2020-03-31", None),
        ("FY19/20", "2020-03-31", None),
        ("31st December 2019", "2019-12-31", None),
        ("Sept-20", "2020-09-30", None),
        ("Apr- 20", "2020-04-30", None),  # a Mon-YY cell wrapped at the dash
        ("30 Jun 20", "2020-06-30", None),
        # revisions
        ("31/12/2019 (revised from 30/06/2019)", "2019-12-31", "2019-06-30"),
        ("March 2020 (was Dec 2019)", "2020-03-31", "2019-12-31"),
        ("Dec 2019 now March 2020", "2020-03-31", "2019-12-31"),
        ("31/03/2020, revised from 31/12/2019", "2020-03-31", "2019-12-31"),
        ("Target date extended from 30/06/2019 to 31/12/2019.", "2019-12-31", "2019-06-30"),
        ("Deadline moved from Autumn 2019 to Spring 2020", "2020-05-31", "2019-11-30"),
        (
            "Original deadline of December 2008 now revised to March 2009",
            "2009-03-31",
            "2008-12-31",
        ),
        # not dates
        ("Autumn", None, None),
        ("Ongoing", None, None),
        ("1.4.10", None, None),  # a paragraph number
    ],
)
def test_date_forms(text: str, due: str | None, revised: str | None) -> None:
    current, before = parse_due(text)
    assert (current.iso if current else None) == due
    assert (before.iso if before else None) == revised


@pytest.mark.parametrize(
    "text",
    [
        "2019/07/06",  # year first, month and day either way round
        "06/13/2019",  # only month first makes it a date
        "30/06/75",  # a two-digit year outside the record's years
        "31/12/2190",
    ],
)
def test_ambiguous_dates_are_flagged_not_guessed(text: str) -> None:
    reading = read_due(text)
    assert reading.due is None and reading.ambiguous == (text,)


def test_excel_serials_only_in_date_columns() -> None:
    assert read_due("43646", serials=True).due == excel_serial("43646")
    assert excel_serial("43646") is not None and excel_serial("43646").iso == "2019-06-30"
    assert read_due("43646").due is None  # not a date column: just a number
    assert excel_serial("99999") is None  # 2173: out of range
    assert excel_serial("4364") is None


def test_revisions_in_running_text() -> None:
    moved = parse_revision("Work continues. Target date extended from 30/06/2019 to 31/12/2019.")
    assert moved is not None and (moved[0].iso, moved[1].iso) == ("2019-12-31", "2019-06-30")
    was = parse_revision("Now due end of March 2020 (was Dec 2019) after the restructure.")
    assert was is not None and (was[0].iso, was[1].iso) == ("2020-03-31", "2019-12-31")
    assert (
        parse_revision("A revised plan was agreed in March 2019 and reported in May 2019.") is None
    )
    now = parse_revised_to("Consultation delayed; the target date is now March 2020.")
    assert now is not None and now.iso == "2020-03-31"
    assert parse_revised_to("The review is now complete.") is None


# -- statuses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Complete", "complete"),
        ("Completed", "complete"),
        ("Implemented", "complete"),
        ("Closed", "complete"),
        ("Done", "complete"),
        ("Superseded", "complete"),
        ("Met", "complete"),
        ("Blue", "complete"),
        ("Green", "ongoing"),  # on track: see DEFAULT_RAG
        ("Amber", "ongoing"),
        ("Red", "not_started"),
        ("G", "ongoing"),
        ("Partially implemented", "partial"),
        ("Partially complete", "partial"),
        ("Met: partially", "partial"),
        ("Partly met", "partial"),
        ("Not yet due", "ongoing"),
        ("Overdue", "ongoing"),
        ("Behind schedule", "ongoing"),
        ("Open", "ongoing"),
        ("On track", "ongoing"),
        ("In progress", "ongoing"),
        ("Not started", "not_started"),
        ("Not yet started", "not_started"),
        ("Amber - overdue", "ongoing"),
        ("Not met", "ongoing"),  # not yet met: see ingest.status
        ("Met: not", "not_started"),
        ("Achieved", "complete"),
        ("No longer required", "complete"),
    ],
)
def test_status_words_are_kept_and_mapped(cell: str, status: str) -> None:
    reading = read_status([cell], [])
    assert (reading.status, reading.text, reading.basis) == (status, cell, "stated")


def test_a_paper_with_its_own_rag_key() -> None:
    key = rag_key("Key: Green – complete; Amber – in progress; Red – not started.")
    assert key["green"] == "complete" and key["blue"] == DEFAULT_RAG["blue"]
    assert read_status(["Green"], [], key=key).status == "complete"
    assert rag_key("The red team reported.") == DEFAULT_RAG
    assert rag_key("Green spaces are complete.") == DEFAULT_RAG
    assert rag_key("Key: Green (complete), Amber (in progress)")["green"] == "complete"
    assert rag_key("RAG key: Blue complete, Green on track, Red not started.") == DEFAULT_RAG


def test_yes_no_answers_an_implemented_question() -> None:
    assert read_status(["Yes"], [], yes_no=True).status == "complete"
    assert read_status(["No"], [], yes_no=True).status == "ongoing"
    assert read_status(["No"], []).status == "unknown"


def test_a_verb_at_the_start_of_an_action_is_not_a_status() -> None:
    verb = read_status([], [], action_texts=["Complete the review of all contracts over £25k."])
    assert verb.status == "unknown"
    assert read_status([], ["Complete the review of the register"]).status == "unknown"
    done = read_status([], [], action_texts=["Complete. The register was reviewed."])
    assert (done.status, done.text) == ("complete", "Complete.")
    assert read_status([], ["Completed the review in May."]).status == "complete"


# -- a whole paper ----------------------------------------------------------------------------
FIRE_PAPER = (
    "Westborough Fire Authority\n"
    "Audit and Governance Committee, 14 January 2020\n\n"
    "INTERNAL AUDIT RECOMMENDATIONS TRACKER\n\n"
    "Ref\tIssue\tAgreed action\tResponsible officer\tTarget date\t\tRAG\tUpdate\n"
    "\t\t\t\tOriginal\tRevised\t\t\n"
    "WF1\tFleet records are incomplete\tComplete the review of the fleet register\t"
    "Head of Fleet\t30/06/2019\t31/12/2019\tAmber\tReview underway.\n"
    "WF2\tNo business continuity test\tTest the plan annually\tArea Manager\t"
    "Autumn 2019\t\tBlue\tTested in October.\n"
    "WF3\tPolicy out of date\tUpdate the policy\tHead of HR\tQ3 2019/20\t\tNot yet due\t"
    "Draft prepared. Target date extended from 30/09/2019 to 31/12/2019.\n"
    "WF4\tAsset register gaps\tReconcile the register\tTreasurer\t2019/07/06\t\tOverdue\t"
    "Reconciliation delayed.\n\n"
    "The committee is asked to note the report.\n"
)

MARKDOWN_PAPER = """# Eastvale University — Audit and Risk Committee, 3 March 2020

## Follow-up of internal audit actions

| Rec No. | Finding | Recommendation | By whom | Due | Status |
| --- | --- | --- | --- | --- | --- |
| 1 | Key controls untested | Complete the testing of key controls | Director of Finance | Mar-20 | Open |
| 2 | No fraud policy | Adopt a fraud policy | University Secretary | 2019-12-31 | Closed |
"""


def test_a_paper_with_a_two_row_date_header() -> None:
    doc = extract(load_bytes(FIRE_PAPER.encode(), "fire.txt"))
    records = {r.ref: r for r in doc.records}
    assert list(records) == ["WF1", "WF2", "WF3", "WF4"]
    wf1, wf2, wf3, wf4 = (records[k] for k in ("WF1", "WF2", "WF3", "WF4"))
    assert (wf1.owner, wf1.due_date, wf1.revised_from_date) == (
        "Head of Fleet",
        "2019-12-31",
        "2019-06-30",
    )
    assert (wf1.status, wf1.status_text) == ("ongoing", "Amber")
    assert (wf2.due_date, wf2.revised_from_date, wf2.status) == ("2019-11-30", None, "complete")
    assert (wf3.due_date, wf3.revised_from_date) == ("2019-12-31", "2019-09-30")
    assert (wf3.status, wf3.status_text) == ("ongoing", "Not yet due")
    assert (wf4.due_date, wf4.due_text) == (None, "2019/07/06")  # ambiguous: kept, not guessed
    assert any("'2019/07/06' can be read more than one way" in w for w in doc.info.warnings)
    assert (wf4.status, wf4.status_text) == ("ongoing", "Overdue")


def test_a_markdown_paper_and_the_verb_that_is_not_a_status() -> None:
    doc = extract(load_bytes(MARKDOWN_PAPER.encode(), "uni.md"))
    first, second = doc.records
    assert (first.owner, first.due_date, first.status) == (
        "Director of Finance",
        "2020-03-31",
        "ongoing",
    )
    assert first.action and first.action.startswith("Complete the testing")
    assert (second.due_date, second.status, second.status_text) == (
        "2019-12-31",
        "complete",
        "Closed",
    )


def test_a_verb_opening_the_only_text_leaves_the_status_unknown() -> None:
    paper = (
        "| Ref | Issue | Action | Owner | Deadline |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | Register out of date | Complete the review of the register | Clerk | June 2020 |\n"
    )
    (record,) = extract(load_bytes(paper.encode(), "plain.md")).records
    assert (record.status, record.status_text) == ("unknown", None)


def test_mappings_are_collected_per_table() -> None:
    with collect_mappings() as mapped:
        extract(load_bytes(FIRE_PAPER.encode(), "fire.txt"))
    ((section, matches),) = mapped
    assert section and "Tracker" in section
    assert [m.role for m in matches][4:6] == [Role.DUE, Role.REVISED_DUE]
    lines = explain_lines([{"section": section, "columns": [m.as_dict() for m in matches]}])
    assert lines[0].startswith("table 1")
    assert "  Target date Revised -> revised_due (synonym 'target date revised')" in lines
    assert isinstance(matches[0], ColumnMatch)


def test_an_override_changes_the_records() -> None:
    with use_mapping({"Responsible officer": "other", "Update": "ignore"}):
        doc = extract(load_bytes(FIRE_PAPER.encode(), "fire.txt"))
    assert {r.owner for r in doc.records} == {None}
    assert {r.progress for r in doc.records} == {None}


# -- the command line -------------------------------------------------------------------------
def test_ingest_explain_and_the_json_mapping(
    fake_services: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import assistant.cli as cli
    from assistant.cli import common

    monkeypatch.setattr(common, "services", lambda: fake_services)
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "uni.md").write_text(MARKDOWN_PAPER)
    (folder / "govrag-columns.toml").write_text('[columns]\n"By whom" = "owner"\n')
    assert cli.main(["ingest", str(folder), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "column mapping:" in out and "govrag-columns.toml" in out
    assert "Rec No. -> ref (synonym" in out
    assert "By whom -> owner (override" in out
    assert "Status -> status (synonym 'status')" in out
    # unchanged the second time: the mapping is still shown, and is in the JSON summary
    assert cli.main(["ingest", str(folder), "--json", "--explain"]) == 0
    summary = json.loads(capsys.readouterr().out)
    (table,) = summary["mapping"]["uni.md"]
    roles = {c["header"]: c["role"] for c in table["columns"]}
    assert roles == {
        "Rec No.": "ref",
        "Finding": "finding",
        "Recommendation": "recommendation",
        "By whom": "owner",
        "Due": "due",
        "Status": "status",
    }
    assert summary["mapping_file"].endswith("govrag-columns.toml")


# -- tables: sub-headings, codes as refs, a blank ref --------------------------------------------
def _loaded(blocks: list[Block]) -> LoadedDocument:
    return LoadedDocument("t.docx", "t.docx", "docx", "0" * 64, [Page(1, blocks)])


def _row(*cells: str, hint: bool = False) -> Block:
    return Block(BlockKind.ROW, cells=cells, header_hint=hint)


HEADER = ("Ref", "Issue", "Action", "Lead officer", "Due", "Status")


def test_sub_headings_given_as_headings_or_marked_rows_stay_in_one_table() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Audit actions"),
        _row(*HEADER, hint=True),
        Block(BlockKind.HEADING, "Estates and fleet"),
        _row(*HEADER, hint=True),  # the header repeated after the sub-heading
        _row("AL-01", "Fleet records", "Reconcile the register", "Head of Fleet", "Mar-20", "Blue"),
        _row("Payroll", "", "", "", "", "", hint=True),  # a marked sub-heading row
        _row("AL-02", "Overtime claims", "Approve all claims", "Head of HR", "Q1 2020", "Red"),
        # no ref, every field filled: a record of its own
        _row(
            "", "Leavers' access", "Remove access on the day", "Head of ICT", "2020-06-30", "Open"
        ),
        Block(BlockKind.HEADING, "Governance"),
        _row(
            "AL-04", "Register of interests", "Publish it", "Monitoring Officer", "Jun-20", "Done"
        ),
    ]
    doc = extract(_loaded(blocks))
    got = [(r.ref, r.category, r.owner, r.due_date, r.status) for r in doc.records]
    assert got == [
        ("AL-01", "Estates and fleet", "Head of Fleet", "2020-03-31", "complete"),
        ("AL-02", "Payroll", "Head of HR", "2020-03-31", "not_started"),
        (None, "Payroll", "Head of ICT", "2020-06-30", "ongoing"),
        ("AL-04", "Governance", "Monitoring Officer", "2020-06-30", "complete"),
    ]
    assert {r.section for r in doc.records} == {"Audit actions"}


def test_a_same_header_table_whose_refs_start_again_is_a_new_table() -> None:
    blocks = [
        _row(*HEADER, hint=True),
        _row("1", "A", "Do a", "Clerk", "Mar-20", "Open"),
        Block(BlockKind.HEADING, "Inspection recommendations"),
        _row(*HEADER, hint=True),
        _row("1", "B", "Do b", "Clerk", "Mar-20", "Open"),
    ]
    doc = extract(_loaded(blocks))
    assert len(doc.records) == 2
    assert doc.records[1].section == "Inspection recommendations"
    assert doc.records[1].ref != "1" and doc.records[1].ref.endswith("1")  # 'IR 1'
    assert doc.records[1].category is None


def test_a_column_of_codes_under_another_name_is_the_ref_column() -> None:
    roles = assign_roles(
        ["Action", "Issue", "What we will do", "Owner"],
        [["IA-01", "x", "y", "z"], ["IA-02", "x", "y", "z"], ["IA-03", "x", "y", "z"]],
    )
    assert roles == [Role.REF, Role.FINDING, Role.ACTION, Role.OWNER]


def test_a_guess_never_takes_a_role_a_column_has_by_name() -> None:
    matches = explain_roles(["Ref", "Reponsible oficer", "Lead officer"], [])
    assert [m.role for m in matches][1:] != [Role.OWNER, Role.OWNER]
    assert matches[2].role is Role.OWNER


def test_a_date_on_a_continuation_line_is_not_scanning_noise() -> None:
    blocks = [
        _row(*HEADER, hint=True),
        _row("1", "The contract register", "Review it", "Head of Procurement", "", "Open"),
        _row("", "is incomplete", "", "", "Autumn 2019", ""),
        _row("2", "Weak passwords", "Enforce MFA", "Head of ICT", "Mar-21 (revised", "Open"),
        _row("", "", "", "", "from Apr-", ""),
        _row("", "", "", "", "20)", ""),
    ]
    first, second = extract(_loaded(blocks)).records
    assert (first.due_date, first.due_text) == ("2019-11-30", "Autumn 2019")
    assert (second.due_date, second.revised_from_date) == ("2021-03-31", "2020-04-30")


@pytest.mark.parametrize(
    ("prose", "green", "red"),
    [
        ("Green – complete; Amber – in progress; Red – overdue", "complete", "ongoing"),
        ("Actions shown in green have been completed, amber are in progress.", "complete", None),
        ("A green rating means the action has been completed.", "complete", None),
        ("Green: the action has been completed. Red: not started.", "complete", "not_started"),
        ("Where an action is complete it is shown as green.", "complete", None),
        ("The green spaces strategy was completed in 2019 by the team.", "ongoing", None),
    ],
)
def test_a_papers_colour_key_is_read_from_its_prose(
    prose: str, green: str, red: str | None
) -> None:
    from ingest.status import DEFAULT_RAG, rag_key

    key = rag_key(prose)
    assert key["green"] == green
    assert key["red"] == (red or DEFAULT_RAG["red"])


def test_dotted_dates_with_a_short_part() -> None:
    from ingest.dates import parse_dates

    assert [d.iso for d in parse_dates("31.3.24")] == ["2024-03-31"]
    assert [d.iso for d in parse_dates("1.4.2024")] == ["2024-04-01"]
    assert parse_dates("see paragraph 1.4.10") == []  # a paragraph number, not a date


def test_a_status_phrase_wrapped_over_two_lines_is_read_whole() -> None:
    # a narrow status cell breaks its phrase: neither half alone states the status
    assert read_status(["Not\nstarted"], []).status == "not_started"
    assert read_status(["on\ntrack"], []).status == "ongoing"
    assert read_status(["Not\ncomplete"], []).status == "ongoing"
    # a first line that states one still decides
    assert read_status(["Complete\nsee note"], []).status == "complete"


def test_a_header_read_as_narrative_over_nothing_but_dates_is_the_deadline() -> None:
    """'Planned' reads as an action by its word, but its cells are all dates (seasons here):
    it is the deadline, so a row with no revised date still has one."""
    header = ["No.", "Weakness", "Response", "Responsible", "Planned", "Revised", "RAG"]
    rows = [
        ["1", "Fleet checks lapse", "Monthly checks", "Fleet Officer", "Spring 2025", "", "green"],
        [
            "2",
            "Leases unsigned",
            "Sign leases",
            "Estates Lead",
            "Summer 2025",
            "Winter 2025/26",
            "",
        ],
        ["3", "Old policy", "Rewrite it", "Clerk", "Autumn 2025", "", "red"],
    ]
    roles = assign_roles(header, rows)
    assert roles[4] is Role.DUE and roles[5] is Role.REVISED_DUE
    assert roles[2] is Role.ACTION  # a response with words in it stays the action


def test_of_two_commentary_columns_the_one_over_short_labels_is_a_rating_not_the_update() -> None:
    """'Assurance level' and 'Latest update' both read as commentary; the one whose cells are
    only short labels ('Limited', 'No assurance') is kept as its own column, and the update
    is the row's progress."""
    header = ["Ref", "Finding", "Action", "Lead", "Target", "Assurance level", "Latest update"]
    rows = [
        ["F1", "a", "b", "Head of Audit", "June 2025", "Limited", "Draft policy written."],
        [
            "F2",
            "c",
            "d",
            "Head of Audit",
            "July 2025",
            "No assurance",
            "Training planned for the autumn term.",
        ],
    ]
    matches = explain_roles(header, rows)
    assert matches[5].role is Role.OTHER and matches[6].role is Role.PROGRESS
    alone = explain_roles(header[:6], [row[:6] for row in rows])
    assert alone[5].role is Role.PROGRESS  # a lone commentary column stays the progress


def test_a_lone_commentary_column_of_labels_beside_a_status_column_is_a_rating() -> None:
    """'Assurance level' beside a 'Position at March' column of status words only: the status
    column takes the status, and the labels ('Limited', 'Reasonable') are a rating kept as
    their own column, not the rows' progress; labels that are statuses stay the progress."""
    header = ["Ref", "Finding", "Action", "Assurance level", "Lead", "Due", "Position at March"]
    rows = [
        ["B1", "a", "b", "Limited", "Head of Audit", "June 2025", "Implemented"],
        ["B3", "e", "f", "Limited", "Head of Audit", "May 2025", "Implemented"],
        ["B2", "c", "d", "Reasonable", "Head of Audit", "July 2025", "Partially implemented"],
    ]
    matches = explain_roles(header, rows)
    assert matches[6].role is Role.STATUS and matches[3].role is Role.OTHER
    states = ["On track", "Delayed", "On track"]
    said = [[*row[:3], state, *row[4:]] for row, state in zip(rows, states, strict=True)]
    kept = explain_roles(["Ref", "Finding", "Action", "Progress", "Lead", "Due", "Status"], said)
    assert kept[3].role is Role.PROGRESS  # status words under 'Progress' stay the progress
    notes = ["Works ordered.", "Works ordered.", "Done."]
    short = [[*row[:3], note, *row[4:]] for row, note in zip(rows, notes, strict=True)]
    update = explain_roles([*header[:3], "Update", *header[4:]], short)
    assert update[3].role is Role.PROGRESS  # short sentences are notes, not a rating's scale


def test_a_bare_rating_header_over_colours_is_the_status_but_a_risk_rating_stays_priority() -> None:
    """'Rating' over Blue / Amber / Red, with no status column, rates the rows' progress;
    'Risk rating' over the same colours, beside a status column, is their priority."""
    rows = [
        ["A1", "x", "do", "Clerk", "June 2025", "Blue", "Work has begun."],
        ["A2", "y", "do", "Clerk", "July 2025", "Amber", "Half done."],
        ["A3", "z", "do", "Clerk", "July 2025", "Red", ""],
    ]
    bare = ["Ref", "Finding", "Action", "Owner", "Due", "Rating", "Update"]
    assert assign_roles(bare, rows)[5] is Role.STATUS
    named = ["Ref", "Finding", "Action", "Owner", "Due", "Risk rating", "Update"]
    assert assign_roles(named, rows)[5] is Role.PRIORITY


def test_a_commentary_word_modifying_a_head_noun_takes_the_heads_role() -> None:
    """'Assurance gap' is a gap (the finding), 'Outcome owner' an owner; 'Assurance' alone, or
    'Progress update', stays the commentary."""
    assert match_header("Assurance gap").role is Role.FINDING
    assert match_header("Outcome owner").role is Role.OWNER
    assert match_header("Assurance").role is Role.PROGRESS
    assert match_header("Progress update").role is Role.PROGRESS
