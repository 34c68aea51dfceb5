"""OCR's slips in a scanned ref column (ingest.scan_refs): one capital read for another
('I-02' as 'L-02') beside refs that share their prefixes, and a column whose refs all write
their prefix and a digit ('WP1.1') left alone when one ref alone reads the digit as a letter."""

from __future__ import annotations

from ingest.scan_refs import fix_refs, letters_confused, letters_read

_PAIRS = ["A-01", "A-02", "G-01", "G-02", "I-01", "I-02", "S-01", "S-02", "B-01", "B-02"]


def test_a_capital_read_for_another_takes_its_neighbours_prefix() -> None:
    below = [*_PAIRS[:5], "L-02", *_PAIRS[6:]]
    assert fix_refs(below) == _PAIRS
    above = [*_PAIRS[:4], "L-01", *_PAIRS[5:]]
    assert fix_refs(above) == _PAIRS
    # written twice, the neighbours' prefix decides for a ref written once
    assert letters_confused(["L-01", "L-02", "I-03"]) == ["L-01", "L-02", "L-03"]


def test_prefixes_each_written_once_or_off_the_run_stay() -> None:
    assert letters_confused(["C3", "D4", "E5", "F6"]) == ["C3", "D4", "E5", "F6"]
    # 'L-05' does not follow 'I-01' in the run: another section, as read
    off_run = [*_PAIRS[:5], "L-05", *_PAIRS[6:]]
    assert letters_confused(off_run) == off_run


def test_a_column_writing_its_digits_keeps_them_beside_one_slipped_ref() -> None:
    read = ["WP1.1", "WP1.2", "WP1.3", "WP1.4", "WPL.S", "WP1.6", "WP1.7", "WP1.8"]
    assert letters_read(read) == read  # not 'WPL.1' … after the one slip
    assert fix_refs(read) == [f"WP1.{i}" for i in range(1, 9)]
