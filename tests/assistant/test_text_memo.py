"""The word stems every question reads are memoised: a stem is computed once per word per
process (an unmemoised stemmer made passage answers ten times slower)."""

from assistant.text import stem, stems


def test_stem_is_memoised_per_word() -> None:
    stem.cache_clear()
    stems("risk management recurring weakness risk management")
    first = stem.cache_info()
    stems("risk management recurring weakness")
    second = stem.cache_info()
    assert first.misses == 4
    assert second.misses == first.misses
    assert second.hits == first.hits + 4


def test_stem_reads_case_blind() -> None:
    assert stem("Management") == stem("management") == "manag"
