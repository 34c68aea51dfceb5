"""A ruled table on a scanned page has its ref column read after the column's own pattern
(ingest.scan_repair.repair_scan_rows): a ref whose prefix case OCR slipped ('iMB-2') is read
as the others, a ref whose number OCR garbled into letters ('IMB-bs)') takes the number the run
gives it, so the row stays its own record instead of joining the row above; a title-cased cell
whose first capital OCR read small ('vice Chair') is mended.

The scan is the development paper u07 (data/papers/dev3), read once by the real tesseract; the
repair itself is also tested on blocks of other wordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from ingest.model import Block, BlockKind
from ingest.scan_refs import fix_refs, letters_read, series_read, symbols_read
from ingest.scan_repair import repair_scan_rows
from tests.ingest.test_scan_borderless import _need_tesseract

ROOT = Path(__file__).resolve().parents[2]
U07 = ROOT / "data" / "papers" / "dev3" / "u07_corvedale_imb_action_log.pdf"


def _row(*cells: str, header: bool = False) -> Block:
    return Block(BlockKind.ROW, cells=cells, header_hint=header)


def test_garbled_number_takes_the_place_the_run_gives_it() -> None:
    assert fix_refs(["AC-1", "AC-2", "AC-x)", "AC-4"]) == ["AC-1", "AC-2", "AC-3", "AC-4"]
    assert fix_refs(["Q7", "Q8", "Qa", "Q10", "Q11"]) == ["Q7", "Q8", "Q9", "Q10", "Q11"]


def test_garbled_number_is_left_when_the_run_does_not_decide() -> None:
    # no number after it that the guess would fit: left as read
    assert fix_refs(["AC-1", "AC-2", "AC-x)", "AC-9"]) == ["AC-1", "AC-2", "AC-x)", "AC-9"]
    # a word, not a garbled number
    assert fix_refs(["AC-1", "AC-2", "AC-Note", "AC-4"])[2] == "AC-Note"


def test_ruled_scan_rows_have_their_ref_column_repaired() -> None:
    blocks = [
        Block(BlockKind.HEADING, text="Tracker"),
        _row("No.", "Finding", "Lead", header=True),
        _row("HW-1", "Gritting routes unreviewed", "Highways Manager"),
        _row("hW-2", "Depot fuel not reconciled", "fleet Services Manager"),
        _row("HW-bs", "Salt stock below target", "Depot Supervisor"),
        _row("HW-4", "Winter plan not approved", "to be confirmed"),
    ]
    out = repair_scan_rows(blocks)
    assert [b.cells[0] for b in out[2:]] == ["HW-1", "HW-2", "HW-3", "HW-4"]
    assert out[3].cells[2] == "Fleet Services Manager"
    assert out[5].cells[2] == "to be confirmed"  # a lower-case phrase is left as written
    assert out[1].cells == ("No.", "Finding", "Lead") and out[0] == blocks[0]


def test_rows_without_a_ref_column_are_left_as_read() -> None:
    blocks = [
        _row("Issue", "Owner", header=True),
        _row("Late returns", "Clerk"),
        _row("No register", "Treasurer"),
        _row("Old policy", "Chair"),
    ]
    assert repair_scan_rows(blocks) == blocks


def test_a_capital_read_as_a_symbol_of_its_shape_is_read_back_where_the_run_decides() -> None:
    # OCR read the capital 'E' as '£' in most cells of a numbered column
    assert symbols_read(["£1", "£2", "E3", "£4"]) == ["E1", "E2", "E3", "E4"]
    assert symbols_read(["$A-1", "SA-2", "$A-3"]) == ["SA-1", "SA-2", "SA-3"]
    # sums, not refs: the numbers do not run on
    assert symbols_read(["£5", "£20", "£150"]) == ["£5", "£20", "£150"]
    # one symbol alone decides nothing; two letters for one column decide nothing
    assert symbols_read(["£1", "E2", "E3"]) == ["£1", "E2", "E3"]
    assert symbols_read(["£1", "$2", "£3"]) == ["£1", "$2", "£3"]
    # the column's letters are another capital: the symbol is no misread of it
    assert symbols_read(["£1", "£2", "K3", "K4"]) == ["£1", "£2", "K3", "K4"]


def test_ruled_scan_refs_read_as_symbols_and_a_garbled_cell_keep_their_rows() -> None:
    blocks = [
        _row("No", "Recommendation", "Lead", header=True),
        _row("£1", "Publish the fees schedule", "Finance Officer"),
        _row("£2", "Review the lease terms", "Estates Lead"),
        _row("E3", "Update the risk register", "Clerk"),
        _row("vrl", "Train the new trustees", "Chair"),
        _row("£5", "Test the reserve policy", "Treasurer"),
    ]
    out = repair_scan_rows(blocks)
    assert [b.cells[0] for b in out[1:]] == ["E1", "E2", "E3", "E4", "E5"]
    assert out[0].cells[0] == "No"  # the header is left as read
    # no run decides the garbled cell: it is kept as read
    blocks[5] = _row("£9", "Test the reserve policy", "Treasurer")
    assert repair_scan_rows(blocks)[4].cells[0] == "vrl"


@pytest.fixture(scope="module")
def u07_records() -> list:
    _need_tesseract()
    loaded = load_bytes(U07.read_bytes(), U07.name, LoadLimits(pdf_in_subprocess=False))
    return extract(loaded).records


def test_ruled_scan_keeps_every_row_with_its_own_ref(u07_records: list) -> None:
    assert [r.ref for r in u07_records] == [f"IMB-{n}" for n in range(1, 10)]
    by_ref = {r.ref: r for r in u07_records}
    assert by_ref["IMB-4"].owner == "Board Development Officer"
    assert by_ref["IMB-5"].owner == "Training Lead"
    assert by_ref["IMB-2"].owner == "Vice Chair"
    assert by_ref["IMB-6"].owner is None


def test_prefix_of_refs_of_several_numbers_follows_the_column() -> None:
    # refs of three parts wrapped in a narrow cell: OCR read one capital small, or read a
    # capital twice with the copy small; the column's own prefix decides
    read = ["PQT/31/04", "PQqT/31/05", "PQT/31/06", "PqT/31/07", "PQT/31/08", "PQTt/31/09"]
    assert fix_refs(read) == [f"PQT/31/0{n}" for n in range(4, 10)]
    assert fix_refs(["Kv-2.1", "KV-2.2", "KVv-3.1", "KV-3.2"]) == [
        "KV-2.1",
        "KV-2.2",
        "KV-3.1",
        "KV-3.2",
    ]


def test_prefix_is_left_when_the_column_does_not_agree() -> None:
    # fewer than half the refs share a prefix: nothing is mended
    read = ["PQT/31/04", "HRt/31/05", "FIN/31/06", "GOV/31/07", "EST/2/01"]
    assert fix_refs(read) == read
    # a different family whose letters are not a small copy of a neighbour stays itself
    assert fix_refs(["AB-1-1", "AB-1-2", "ABX-1-3", "AB-2-1"])[2] == "ABX-1-3"


def test_numbers_left_unread_take_the_place_the_run_gives_them() -> None:
    # lone digits OCR did not read in a numbered column: the run around the gap decides
    read = ["1", "2", "3", "", "", "", "", "", "", "10", "11"]
    assert fix_refs(read) == [str(n) for n in range(1, 12)]
    assert fix_refs(["AB-07", "", "", "AB-10"]) == ["AB-07", "AB-08", "AB-09", "AB-10"]


def test_a_gap_the_run_does_not_fit_is_left_empty() -> None:
    # two empty rows between 3 and 5: one of them is no numbered row, so neither is guessed
    assert fix_refs(["1", "2", "3", "", "", "5"]) == ["1", "2", "3", "", "", "5"]
    # ends written differently ('3.' and '6'): no run
    assert fix_refs(["3.", "", "", "6"]) == ["3.", "", "", "6"]


def test_a_cell_spelt_with_a_lookalike_letter_is_spelt_as_its_column_spells_it() -> None:
    blocks = [
        _row("Ref", "Action", "Lead", header=True),
        _row("G1", "Audit the grant files", "Head of Cornrnunications"),
        _row("G2", "Renew the insurance", "Facilities Lead"),
        _row("G3", "Publish the minutes", "Head of Communications"),
        _row("G4", "Close the old account", "Facilities Lead"),
        _row("G5", "Fix the boiler", "Facllities Lead"),
    ]
    out = repair_scan_rows(blocks)
    assert [b.cells[2] for b in out[1:]] == [
        "Head of Communications",
        "Facilities Lead",
        "Head of Communications",
        "Facilities Lead",
        "Facilities Lead",
    ]
    # two values that differ by more than a look-alike are two values
    other = [_row("G1", "a", "Head of Finance"), _row("G2", "b", "Head of France")]
    assert [b.cells[2] for b in repair_scan_rows(other)] == ["Head of Finance", "Head of France"]


def test_prefix_letters_read_as_lookalike_digits_take_the_prefix_the_column_writes() -> None:
    # 'I' read as '1' and 'A' as '4' in most rows; one row writes the prefix in letters
    read = ["1A-01", "1A-02", "IA-03", "1A-04", "14-05", "14-06", "14-07", "1A-08"]
    assert fix_refs(read) == [f"IA-{n:02d}" for n in range(1, 9)]
    # 'B' read as '6' and the number's '1' as 'l'
    assert fix_refs(["6Cl", "BC2", "BC3", "BC4"]) == ["BC1", "BC2", "BC3", "BC4"]
    assert letters_read(["6Cl", "BC2"]) == ["BCl", "BC2"]


def test_columns_of_numbers_keep_their_digits() -> None:
    # no ref writes a prefix in letters: nothing says a digit stands for one
    assert fix_refs(["1.1", "1.2", "2.1", "4.1"]) == ["1.1", "1.2", "2.1", "4.1"]
    assert letters_read(["14", "15", "16"]) == ["14", "15", "16"]
    # a digit that stands for no letter of the column's prefix stays ('9' is no look-alike)
    assert letters_read(["AB1", "AB2", "9B3"]) == ["AB1", "AB2", "9B3"]


def test_ruled_rows_whose_refs_lead_with_lookalike_digits_keep_their_own_rows() -> None:
    blocks = [
        _row("Ref", "Action", "Lead", header=True),
        _row("1A-01", "Replace the fencing", "Director of Finance"),
        _row("IA-02", "Survey the trees", "Director of Finance"),
        _row("14-03", "Agree the lease", "Head of IT"),
        _row("1A-04", "Train the wardens", "Head of IT"),
    ]
    assert [b.cells[0] for b in repair_scan_rows(blocks)[1:]] == [
        "IA-01",
        "IA-02",
        "IA-03",
        "IA-04",
    ]


def test_a_cell_with_t_read_for_l_is_spelt_as_its_column_spells_it() -> None:
    blocks = [
        _row("Ref", "Action", "Status", header=True),
        _row("C1", "Renew the lease", "Complete"),
        _row("C2", "Fix the roof", "Comptete"),
        _row("C3", "Survey the trees", "In progress"),
        _row("C4", "Audit the grants", "tn progress"),
    ]
    out = repair_scan_rows(blocks)
    # 'Comptete' has fewer whole words; 'tn progress' as many, but 'tn' is far rarer than 'in'
    assert [b.cells[2] for b in out[1:]] == ["Complete", "Complete", "In progress", "In progress"]


def test_a_ref_garbled_before_its_number_takes_the_run_between_its_neighbours() -> None:
    blocks = [
        _row("Ref", "Action", "Lead", header=True),
        _row("SO/3", "Insure the memorial", "Town Clerk"),
        _row("s$o/4", "Minute every declaration", "Town Clerk"),
        _row("SO/5", "Publish the statement", "Deputy Clerk"),
        _row("SO/6", "Review the orders", "Deputy Clerk"),
    ]
    assert [b.cells[0] for b in repair_scan_rows(blocks)[1:]] == ["SO/3", "SO/4", "SO/5", "SO/6"]
    # a number the run does not give, or neighbours written unlike, leave the cell as read
    other = [
        _row("Ref", "Action", header=True),
        _row("R1", "a"),
        _row("Note 4", "b"),
        _row("R3", "c"),
        _row("R4", "d"),
    ]
    assert repair_scan_rows(other)[2].cells[0] == "Note 4"


def test_scanned_paper_with_owners_merged_over_rows_keeps_every_row() -> None:
    """dev4's f03: most refs' 'IA-' read as '1A-' or '14-' by OCR, owners merged over two rows."""
    _need_tesseract()
    paper = ROOT / "data" / "papers" / "dev4" / "f03_oldbury_sfc_audit_followup_scan.pdf"
    loaded = load_bytes(paper.read_bytes(), paper.name, LoadLimits(pdf_in_subprocess=False))
    records = extract(loaded).records
    assert [r.ref for r in records] == [f"IA-{n:02d}" for n in range(1, 9)]
    assert [r.owner for r in records[:4]] == ["Director of Finance"] * 2 + ["Head of IT"] * 2


def test_a_series_ref_slipped_in_its_head_or_number_is_read_as_its_series() -> None:
    # a letter slipped in, a digit doubled, the letters read as digits, the number garbled
    assert fix_refs(["KP3/1", "KP3/2", "KPA3/3", "KP3/4"])[2] == "KP3/3"
    assert fix_refs(["KP10/6", "KP10/7", "KP10/8", "KP110/9"])[3] == "KP10/9"
    assert fix_refs(["4812/1", "KB12/2", "KB12/3", "KB12/4"])[0] == "KB12/1"
    assert fix_refs(["KP7/}", "KP7/2", "KP7/3", "KP7/4"])[0] == "KP7/1"


def test_a_column_of_two_series_or_a_number_off_the_run_keeps_what_it_read() -> None:
    two_series = ["KP4/1", "KP4/2", "KP4/3", "KP5/1", "KP5/2"]
    assert fix_refs(two_series) == two_series
    off_run = ["KP4/1", "KP4/2", "KP4/3", "KPA4/9"]
    assert fix_refs(off_run)[3] == "KPA4/9"
    assert series_read(["KP4/1", "KP4/2", "KPA4/3"]) == ["KP4/1", "KP4/2", "KPA4/3"]  # two only


def test_a_series_read_with_commas_and_slips_in_a_row_follows_the_run_of_rows() -> None:
    # a comma for the dot, a letter of the head slipped, the number read as a letter, a capital
    # read twice: each takes the number its row's place in the run gives it
    read = ["KT2.1", "kT2,2", "KT2.3", "ke2.4", "ke2.s", "KT2.6", "KkT2,7", "KT2.8"]
    assert fix_refs(read) == [f"KT2.{n}" for n in range(1, 9)]
    # a slipped ref whose own number is off the run keeps what it read
    assert fix_refs(["KT2.1", "KT2.2", "KT2.3", "ke2.9", "KT2.5"])[3] == "ke2.9"


def test_the_header_label_of_a_ruled_ref_column_is_no_ref_of_its_run() -> None:
    rows = [_row("No.", "Finding", header=True)] + [
        _row(ref, "A finding") for ref in ("KT2.1", "kT2,2", "KT2.3", "ke2.4", "KT2.5")
    ]
    refs = [block.cells[0] for block in repair_scan_rows(rows)]
    assert refs == ["No.", "KT2.1", "KT2.2", "KT2.3", "KT2.4", "KT2.5"]
