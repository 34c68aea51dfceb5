"""Cells of a scanned table that OCR spelt with a look-alike letter, read as the column spells
them elsewhere.

OCR confuses letters of one shape: 'i', 'l', 't', 'I', '1' and '|'; 'rn' and 'm'; 'O' and '0'. A
short cell (an owner, a status) that one row spells 'Head of Cornrnunications' and another
'Head of Communications' is one value misread once. Within one column of one table, cells
that read alike once those shapes are taken as one are spelt as the reading that has more
whole words of English (the embedding model's vocabulary), or, of readings equal in that, the
one the column writes more often, or, of readings equal in both, the one whose rarest word is
the more used ('In progress' over 'tn progress')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.dates import MONTHS
from ingest.wordlist import is_common_word, word_rank

_ONE_SHAPE = str.maketrans({"i": "l", "t": "l", "1": "l", "|": "l", "!": "l", "0": "o"})
_MAX_WORDS = 8  # longer cells are prose: a misread word there is not a value read twice


def _shape(cell: str) -> str:
    """The cell's letters with look-alikes taken as one ('Cierk' and 'Clerk' -> 'clerk')."""
    return re.sub(r"\s+", " ", cell.lower().translate(_ONE_SHAPE).replace("rn", "m")).strip()


def _whole_words(cell: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z]+", cell) if is_common_word(w))


def _rarest(cell: str) -> int:
    """The vocabulary place of the cell's least used whole word ('tn progress': that of 'tn',
    far down the list; 'In progress': that of 'progress'): of two readings with as many whole
    words, the one whose words are all in common use is the likelier."""
    places = [word_rank(w) for w in re.findall(r"[A-Za-z]+", cell)]
    return max((p for p in places if p is not None), default=0)


def spelled_alike(cells: Sequence[str]) -> list[str]:
    """``cells`` (one column of one table) with each misspelt reading of a value written the
    way the column spells it right; cells with no look-alike twin are left as read."""
    short = [c for c in cells if c.strip() and len(c.split()) <= _MAX_WORDS]
    readings: dict[str, Counter[str]] = {}
    for cell in short:
        readings.setdefault(_shape(cell), Counter())[cell] += 1
    spelt: dict[str, str] = {}
    for counted in readings.values():
        if len(counted) < 2:
            continue
        best = max(counted, key=lambda c: (_whole_words(c), counted[c], -_rarest(c)))
        for cell in counted:
            better_words = _whole_words(best) > _whole_words(cell)
            same_words = _whole_words(best) == _whole_words(cell)
            more_often = same_words and counted[best] > counted[cell]
            as_often = same_words and counted[best] == counted[cell]
            more_used = as_often and _rarest(best) < _rarest(cell)
            if cell != best and (better_words or more_often or more_used):
                spelt[cell] = best
    return [spelt.get(c, c) for c in cells]


def columns_spelled_alike(rows: list[list[str]], skip: int | None = None) -> None:
    """Each column of ``rows`` (lists of cells, one table) but ``skip`` (the ref column) has its
    look-alike misreadings spelt right in place; empty rows (sub-headings) are passed over."""
    full = [r for r in rows if r]
    if len(full) < 2:
        return
    for column in range(max(len(r) for r in full)):
        if column == skip:
            continue
        cells = [r[column] if column < len(r) else "" for r in full]
        for row, value in zip(full, spelled_alike(cells), strict=True):
            if column < len(row):
                row[column] = value


def read_as(cell: str, vocabulary: Sequence[str]) -> str | None:
    """The term of ``vocabulary`` that ``cell`` is a look-alike reading of ('Compiete' ->
    'Complete', 'ln progress' -> 'In progress'), when the cell is not that term already;
    None when it reads as none."""
    shape = _shape(cell.strip(" .;:"))
    return next(
        (t for t in vocabulary if _shape(t) == shape and t.lower() != cell.strip().lower()), None
    )


_DIGIT_AS_LETTER = str.maketrans({"5": "s", "0": "o", "1": "l"})
_MONTH_WORD = re.compile(r"^(\(?)([A-Za-z0-9]{3,9})(\.?(?:[-/' ]?\d{2,4})?[.,;:)]?)$")


def month_read(word: str) -> str:
    """'5ep-24' -> 'Sep-24', '0ct' -> 'Oct', 'Ju1y' -> 'July': a month's name one of whose
    letters OCR read as the digit of its shape ('S' as '5', 'O' as '0', 'l' as '1'). Changed
    only when the word holds a letter, and its letters with those digits read back spell a
    month; a name of letters only is read by its look-alike letters, as
    :func:`month_before_year` reads one, when the word holds its year ('Oec-24' -> 'Dec-24')."""
    match = _MONTH_WORD.match(word)
    if not match:
        return word
    name = match.group(2)
    if name.isalpha() and any(c.isdigit() for c in match.group(3)):
        read = _lookalike_month(name)  # 'Oec-24': its year is in the word
        return word if read is None else match.group(1) + read + match.group(3)
    if not any(c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return word
    read = name.lower().translate(_DIGIT_AS_LETTER)
    if read not in MONTHS:
        return word
    capital = name[0].isupper() or name[0].isdigit() or name[1:2].isupper()
    return match.group(1) + (read.capitalize() if capital else read) + match.group(3)


# letters OCR reads for one another in a printed month's name: 'Oec' for 'Dec', 'Mav' for 'May'
_LETTER_LOOKALIKES = {"o": "d", "d": "o", "c": "e", "e": "c", "i": "l", "l": "i", "v": "y"}
_YEAR_WORD = re.compile(r"^'?(?:\d{2}|\d{4})[.,;:)]?$")
_LETTERS_WORD = re.compile(r"^(\(?)([A-Za-z]{3,9})(\.?,?)$")


def month_before_year(word: str, following: str | None) -> str:
    """'Oec' before '2024' -> 'Dec': a word just before a year that is no month and no common
    word, one of whose letters read as a letter of its shape ('D' as 'O', 'e' as 'c', 'y' as
    'v') spells exactly one month; any other word is left as read."""
    match = _LETTERS_WORD.match(word)
    if following is None or not match or not _YEAR_WORD.match(following):
        return word
    read = _lookalike_month(match.group(2))
    return word if read is None else match.group(1) + read + match.group(3)


def _lookalike_month(name: str) -> str | None:
    """The one month ``name`` spells with one letter read as a letter of its shape ('Oec' ->
    'Dec'), in its case; None for a month or a common word already, or for none or several."""
    lower = name.lower()
    if lower in MONTHS or is_common_word(lower):
        return None
    reads = {
        lower[:i] + _LETTER_LOOKALIKES[c] + lower[i + 1 :]
        for i, c in enumerate(lower)
        if c in _LETTER_LOOKALIKES
    }
    months = reads & MONTHS.keys()
    if len(months) != 1:
        return None
    read = months.pop()
    return read.capitalize() if name[0].isupper() else read
