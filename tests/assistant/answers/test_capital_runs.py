"""A short form in capitals is read as the one run of capitalised words of its document whose
initials spell it (:func:`acronyms.text_aliases`), with every run read in one pass over the
text."""

from __future__ import annotations

import pytest

from assistant.answers.support.acronyms import text_aliases


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        ("The Service Improvement Board met. The SIB agreed.", "SIB", "Service Improvement Board"),
        ("Human Resources & Finance staff; HRF leads.", "HRF", "Human Resources & Finance"),
        ("Finance, and Resources Team: the FRT.", "FRT", "Finance, and Resources Team"),
        # inside a longer run, left to right, the same words twice are one name
        (
            "At the Met Police Service Improvement Board, the SIB; Service Improvement Board.",
            "SIB",
            "Service Improvement Board",
        ),
    ],
)
def test_a_capital_short_form_is_read_as_its_one_run(text: str, short: str, name: str) -> None:
    assert dict(text_aliases(text))[short] == name


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # two different runs spell the initials: no one name
        ("Strategic Investment Board and Service Improvement Board. SIB.", "SIB"),
        # 'of the' breaks the run (one joining word only)
        ("Board of the Investment Group. BIG.", "BIG"),
        # a run on two lines is two runs
        ("Service Improvement\nBoard. SIB.", "SIB"),
        # 'Of' is no capitalised word of three letters or more, nor a joining word
        ("Xylo Of Abcde Report. XAR.", "XAR"),
    ],
)
def test_no_name_when_no_single_run_spells_it(text: str, short: str) -> None:
    assert short not in dict(text_aliases(text))
