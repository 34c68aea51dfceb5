"""Read a scanned table's ref column after the column's own pattern.

OCR misreads the refs of a numbered column in a few regular ways: a digit read as a look-alike
letter ('GWS' for 'GW5'), the prefix's case slipped ('iMB-2'), a capital read twice with the
copy small ('PQqT/31/05'), a capital read as a look-alike symbol ('$4' for 'S4'), a number
garbled into letters or left out. Each is read back after the pattern most of the column's
refs follow, and only where the column's own run of numbers decides it. A column whose refs
have several prefixes ('A-01', 'G-02', 'S-01') is read after the shape most refs share: a
digit in a letter's place ('1-01'), a small letter ('s-01'), a space for the separator
(:func:`shapes_read`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from ingest.cleaning import edit_distance
from ingest.model import Block

_LOOKALIKE_DIGITS = str.maketrans(
    {"S": "5", "s": "5", "l": "1", "I": "1", "|": "1", "O": "0", "o": "0", "B": "8", "Z": "2"}
)
_REF_SHAPE = re.compile(r"^([A-Za-z]{1,4}[\s./-]?)?(\d{1,3})([.)]?)$")
SPECKS = "“”\"'‘’`,.:;|"
_GARBLED_TAIL = re.compile(r"[^\d\s]{1,3}[.:;)]?")  # a number misread as letters and specks
_SPECKED_NUMBER = re.compile(r"(\d{1,4})[^\w\s.)]{1,2}")  # a number with specks after it


def _tail_digits(tail: str, prefix: str) -> str | None:
    """The number a ref's tail after ``prefix`` reads as, digit lookalikes ('O', 'S', 'l')
    taken for digits ('O4' -> '04'); None when it is no number."""
    if len(tail) > 1 and tail[0].upper() == prefix[-1:].upper() and tail[1:].isdigit():
        tail = tail[1:]  # 'GwW5': the prefix's last letter read twice
    digits = tail.translate(_LOOKALIKE_DIGITS)
    if len(digits) > 1 and digits[0] == "5" and tail[0] in "Ss" and digits[1:].isdigit():
        digits = digits[1:]  # 'GWS5': the '5' read twice, once as 'S'
    return digits if re.fullmatch(r"\d{1,4}", digits) else None


_PARTS = re.compile(r"[0-9OoSlI|]{1,4}(?:[./-][0-9OoSlI|]{1,4}){1,3}")


def _tail_parts(tail: str) -> str | None:
    """A ref's tail of several numbers ('31/05', '2.10.3'), lookalike letters taken for digits
    ('3l/O5' -> '31/05'); None when it is not one."""
    if not _PARTS.fullmatch(tail):
        return None
    return tail.translate(_LOOKALIKE_DIGITS)


def _tail_reads(tail: str, prefix: str) -> bool:
    """Whether a ref's tail after ``prefix`` reads as its number: one, or several joined."""
    return _tail_digits(tail, prefix) is not None or _tail_parts(tail) is not None


def _undoubled(ref: str, prefix: str) -> str:
    """'PQqT/31/05' -> 'PQT/31/05': OCR read one capital of the prefix twice, the copy small.
    Only when dropping that copy gives the column's prefix and a tail that reads as a number."""
    if ref[: len(prefix)].upper() == prefix.upper():
        return ref
    for index in range(1, min(len(prefix) + 1, len(ref))):
        letter = ref[index]
        beside = (ref[index - 1], ref[index + 1 : index + 2])
        if not letter.islower() or letter.upper() not in (b.upper() for b in beside if b):
            continue
        candidate = ref[:index] + ref[index + 1 :]
        if candidate[: len(prefix)].upper() == prefix.upper() and _tail_reads(
            candidate[len(prefix) :], prefix
        ):
            return candidate
    return ref


def column_prefix(refs: list[str]) -> str | None:
    """The prefix most refs of a column share, read so that the rest of each is a number: of
    'GW1', 'GWS' and 'GW4' it is 'GW' ('S' is a lookalike '5'), and of 'KO1', 'Ko2' and 'K04'
    it is 'K' ('O' is a lookalike '0' taken into the letters). Upper case; None without one."""
    readable = Counter[str]()
    for ref in refs:
        letters = re.match(r"[A-Za-z]{1,5}[\s./-]?", ref)
        if letters is None:
            continue
        for end in range(1, len(letters.group(0)) + 1):
            prefix = ref[:end]
            ends_word = prefix[-1:].isalpha() or end == len(letters.group(0))
            if ends_word and _tail_reads(ref[end:], prefix):
                readable[prefix.upper()] += 1
    if not readable:
        return None
    # the prefix that reads the most refs; of equals, the longer ('GW' over 'G')
    prefix, count = max(readable.items(), key=lambda item: (item[1], len(item[0])))
    if prefix[-1:] in "Oo" and readable.get(prefix[:-1], 0) >= count:
        # 'TRO1' … 'TRO6': a zero-padded number ('TR01') whose zero OCR read as 'O' every time
        # reads as many refs as a prefix ending in 'O'; on a scan the padded number is likelier
        prefix = prefix[:-1]
    written = len([r for r in refs if r])
    return prefix if count >= max(2, written * 0.5) else None


# a capital OCR read as a symbol of its shape: '$' or '§' for 'S', '€' or '£' for 'E', '¢' or
# '©' for 'C', '®' for 'R'
_LETTER_SYMBOLS = {"$": "S", "§": "S", "€": "E", "£": "E", "¢": "C", "©": "C", "®": "R"}
_SYMBOL_LED = re.compile(r"([$§€£¢©®])([A-Za-z]{0,3}[\s./-]?\d{1,3})")
_TRAILING_NUMBER = re.compile(r"(\d{1,3})[.)]?$")


def symbols_read(refs: list[str]) -> list[str]:
    """A column's refs whose first capital OCR read as a symbol of its shape ('$4' -> 'S4'),
    read with that letter, only where the column decides it: two or more such refs, every
    symbol standing for one letter, the refs OCR read with a letter starting with that letter
    too, and the column's numbers then running on by one from row to row (a column of sums
    such as '£5', '£20' runs on by nothing and is left as read)."""
    led = [_SYMBOL_LED.fullmatch(r.strip()) for r in refs]
    letters = {_LETTER_SYMBOLS[m.group(1)] for m in led if m}
    if sum(1 for m in led if m) < 2 or len(letters) != 1:
        return refs
    letter = letters.pop()
    read = [letter + m.group(2) if m else r for r, m in zip(refs, led, strict=True)]
    lettered = [r for r, m in zip(read, led, strict=True) if not m and r[:1].isalpha()]
    if any(r[:1].upper() != letter for r in lettered if _TRAILING_NUMBER.search(r)):
        return refs
    numbered = [
        (i, int(n.group(1)))
        for i, r in enumerate(read)
        if r[:1].upper() == letter and (n := _TRAILING_NUMBER.search(r))
    ]
    steps = list(itertools.pairwise(numbered))
    runs = sum(1 for (i, a), (j, b) in steps if b - a == j - i)
    return read if runs * 2 >= len(steps) > 0 else refs


# a letter of a ref's prefix OCR read as a digit of its shape: '1' for 'I' or 'L', '4' for 'A',
# '0' for 'O' or 'D', '5' for 'S', '8' for 'B', '6' for 'G' or 'B', '2' for 'Z', '7' for 'T'
_DIGIT_LETTERS = {
    "1": "IL",
    "4": "A",
    "0": "OD",
    "5": "S",
    "8": "B",
    "6": "GB",
    "2": "Z",
    "7": "T",
}
_LETTER_PREFIX = re.compile(r"[A-Za-z]{1,4}[\s./-]?")


def _reads_with_prefix(ref: str, prefix: str) -> bool:
    """Whether ``ref`` starts with ``prefix`` once OCR's look-alike digits in its first
    characters are taken for the letters they stand for, and the rest reads as a number."""
    head = ref[: len(prefix)]
    if len(head) < len(prefix):
        return False
    for read, wanted in zip(head, prefix, strict=True):
        if read.upper() != wanted and wanted not in _DIGIT_LETTERS.get(read, ""):
            return False
    return _tail_reads(ref[len(prefix) :], prefix)


def letters_read(refs: list[str]) -> list[str]:
    """A column's refs whose prefix letters OCR read as digits of their shape ('1A-02' and
    '14-05' beside 'IA-03'; '6C1' beside 'BC2') read with the prefix the column writes in
    letters, only where the column decides it: some ref writes that prefix in letters, and
    the refs that read with it once the look-alike digits are taken for letters are two or
    more and at least half the column. A column whose refs all write their prefix in letters,
    or a column of plain numbers, is left as read."""
    stripped = [r.strip() for r in refs]
    written = {
        m.group(0).upper()
        for r in stripped
        if (m := _LETTER_PREFIX.match(r)) and _tail_reads(r[m.end() :], m.group(0))
    }
    if not written:
        return refs
    filled = [r for r in stripped if r]
    reading = {p: [i for i, r in enumerate(stripped) if _reads_with_prefix(r, p)] for p in written}
    prefix, rows = max(reading.items(), key=lambda item: (len(item[1]), len(item[0])))
    swapped = [i for i in rows if stripped[i][: len(prefix)].upper() != prefix]
    if not swapped or len(rows) < max(2, len(filled) * 0.5):
        return refs
    writes = {
        p: sum(1 for r in stripped if r[: len(p)].upper() == p and _tail_reads(r[len(p) :], p))
        for p in written
    }
    for other in written - {prefix}:
        if writes[other] > writes[prefix] and all(
            stripped[i][: len(other)].upper() == other for i in swapped
        ):
            # 'WP1.1' … 'WP1.8' with one 'WPL.5': the refs to swap already write a prefix more
            # refs write; the one ref is the slip, not them
            return refs
    spelt = next(
        r[: len(prefix)] for r in stripped if r[: len(prefix)].upper() == prefix
    )  # the prefix as the column writes it ('IA-', 'Bc')
    out = list(refs)
    for index in swapped:
        out[index] = spelt + stripped[index][len(prefix) :]
    return out


# capitals OCR reads for one another ('I-02' read 'L-02')
_LETTER_GROUPS = ("ILJT", "ODQ", "CG", "EF", "PR", "UV")
_CONFUSED = {a: set(g) - {a} for g in _LETTER_GROUPS for a in g}
_LETTERED = re.compile(r"([A-Z]{1,4})([\s./-]?)(\d{1,3})")


def _preferred(a: str, b: str) -> bool:
    """Whether OCR more likely read ``b`` for ``a`` than ``a`` for ``b``: the plainer capital
    of a group ('I' of 'ILJT', 'O' of 'ODQ') is the one extra marks turn into the others."""
    group = next((g for g in _LETTER_GROUPS if a in g and b in g), "")
    return bool(group) and group.index(a) < group.index(b)


def letters_confused(refs: list[str]) -> list[str]:
    """A ref whose prefix no other ref of the column writes, beside a ref whose prefix differs
    from it by one capital OCR confuses with its own ('L-02' under 'I-01'; 'L-01' over 'I-02')
    and whose number it follows in the run (or precedes), takes that neighbour's prefix, where
    the ref so read is not in the column already. When the neighbour's prefix is written once
    too, the plainer capital is taken for the right one ('I-01' and 'L-02' are 'I-'). Only in a
    column most of whose refs share their prefix with another ('A-01', 'A-02', 'G-01' …)."""
    cells = [r.strip() for r in refs]
    parsed = [_LETTERED.fullmatch(c) for c in cells]
    heads = Counter(m.group(1) + m.group(2) for m in parsed if m)
    out = list(refs)
    shared = sum(n for n in heads.values() if n > 1)
    if shared * 2 < sum(heads.values()):
        return out  # most prefixes written once ('C3', 'D4', 'E5'): no pattern to read by
    for index, match in enumerate(parsed):
        if match is None or heads[match.group(1) + match.group(2)] != 1:
            continue
        number = int(match.group(3))
        for other, step in ((index - 1, 1), (index + 1, -1)):
            near = parsed[other] if 0 <= other < len(parsed) else None
            if (
                near is None
                or near.group(2) != match.group(2)
                or int(near.group(3)) + step != number
            ):
                continue
            mine, theirs = match.group(1), near.group(1)
            slips = [(a, b) for a, b in zip(mine, theirs, strict=False) if a != b]
            if (
                len(mine) != len(theirs)
                or len(slips) != 1
                or slips[0][1] not in _CONFUSED.get(slips[0][0], set())
            ):
                continue
            theirs_once = heads[theirs + near.group(2)] == 1
            if theirs_once and _preferred(slips[0][0], slips[0][1]):
                continue  # two refs written once each: the likelier reading stays
            fixed = theirs + match.group(2) + match.group(3)
            if fixed not in cells:
                out[index] = fixed
                break
    return out


# OCR's confusions between a letter and a digit, each way
_AS_LETTER = {"1": "I", "0": "O", "5": "S", "8": "B", "2": "Z", "|": "I"}
_AS_DIGIT = {"I": "1", "l": "1", "|": "1", "O": "0", "o": "0", "S": "5", "s": "5", "B": "8"}
UNFINISHED_REF = re.compile(r"[A-Za-z]{1,4}[-/.]?")  # a ref's prefix, its number wrapped below
REF_TAIL = re.compile(r"(?=.*\d)[0-9OoSlI|]{1,4}[.)]?")  # the number a wrapped ref ends in


def _char_class(char: str) -> str:
    if char.isdigit():
        return "9"
    if char.isalpha():
        return "A" if char.isupper() else "a"
    return char


def _shape_of(ref: str) -> str:
    """'A-01' -> 'A-99', 'wP3' -> 'aA9': each character's class (capital, small letter,
    digit) and every other character as itself."""
    return "".join(_char_class(c) for c in ref)


def _as_shape(ref: str, shape: str) -> str | None:
    """``ref`` read in ``shape`` (of the same length) where it differs from it only by OCR's
    confusions: a digit for a look-alike letter or the reverse ('1-01' in a column of 'A-99'
    -> 'I-01'), a capital read small ('s-01' -> 'S-01'), a space for the separator ('I 01' ->
    'I-01'); None when another difference remains."""
    out = []
    for char, want in zip(ref, shape, strict=True):
        have = _char_class(char)
        if have == want:
            out.append(char)
        elif want == "A" and have == "a":
            out.append(char.upper())
        elif want == "A" and char in _AS_LETTER:
            out.append(_AS_LETTER[char])
        elif want == "9" and char in _AS_DIGIT:
            out.append(_AS_DIGIT[char])
        elif char == " " and not want.isalnum():
            out.append(want)
        else:
            return None
    return "".join(out)


def shapes_read(refs: list[str]) -> list[str]:
    """A column whose refs mostly share one shape ('A-01', 'G-02', 'S-01': a capital, a
    hyphen, two digits) has each ref of its length read in that shape where it differs only by
    an OCR confusion ('1-01' -> 'I-01', 'I 01' -> 'I-01'); a small letter is read capital
    only where that gives a prefix the column's other refs have ('s-01' beside 'S-02'). A ref
    read without its prefix under one whose number it follows takes that one's prefix. The
    rest stay as read. A shape is the column's when at least three refs and more than half of
    those read have it."""
    read = [r.strip() for r in refs]
    shapes = Counter(_shape_of(r) for r in read if r)
    if not shapes:
        return refs
    shape, count = shapes.most_common(1)[0]
    if count < 3 or count * 2 <= sum(shapes.values()) or not any(c.isalnum() for c in shape):
        return refs
    heads = {_head(r) for r in read if _shape_of(r) == shape}
    out: list[str] = []
    for ref, text in zip(refs, read, strict=True):
        fixed = _as_shape(text, shape) if len(text) == len(shape) and text else None
        if fixed is not None and fixed.lower() == text.lower() and _head(fixed) not in heads:
            fixed = None  # a small letter is read capital only into a prefix the column has
        if fixed is None and out:
            fixed = _prefix_above(text, out[-1].strip(), shape)
        out.append(fixed if fixed is not None else ref)
    return out


def _head(ref: str) -> str:
    """A ref's letters and marks before its first digit ('S-01' -> 'S-')."""
    match = re.match(r"\D*", ref)
    return match.group(0) if match else ""


def _prefix_above(text: str, above: str, shape: str) -> str | None:
    """A ref read without its prefix ('02', its 'A-' lost) under a ref of the column's shape
    whose number it follows ('A-01'): that ref's prefix before it ('A-02'); None otherwise."""
    head = re.match(r"\D*", shape)
    cut = head.end() if head else 0
    if not (0 < cut < len(shape)) or len(text) != len(shape) - cut or len(above) != len(shape):
        return None
    if _shape_of(above) != shape or not text.isdigit() or not above[cut:].isdigit():
        return None
    return above[:cut] + text if int(text) == int(above[cut:]) + 1 else None


def fix_refs(refs: list[str]) -> list[str]:
    """OCR's readings of a ref column made to follow the column's own pattern: when most refs
    are a prefix and a number ('GW3'), a ref whose prefix differs only in case, or whose number
    holds letters that look like digits ('GWS' -> 'GW5', 'KQO4' -> 'KQ04'), is read so, its
    number written as wide as the column writes its numbers ('KQOo7' -> 'KQ07'); a repair that
    would give a ref twice takes the number between its neighbours instead. A ref of several
    numbers ('PQT/31/05') has its prefix mended the same way, also where OCR read one capital
    twice, the copy small ('PQqT/31/05'). Specks before a ref go."""
    refs = shapes_read(symbols_read([r.lstrip(SPECKS) if r[:1] in SPECKS else r for r in refs]))
    refs = letters_confused(refs)
    refs = series_read(letters_read(refs))
    upper = column_prefix(refs)
    if upper is None:
        return _run_gaps_filled(refs)
    refs = [_undoubled(r, upper) for r in refs]
    spellings = Counter(r[: len(upper)] for r in refs if r[: len(upper)].upper() == upper)
    # as written when it is written so at all, else the usual case
    prefix = upper if upper in spellings else spellings.most_common(1)[0][0]
    numbers_read = [
        _tail_digits(r[len(prefix) :], prefix) or ""
        for r in refs
        if r[: len(prefix)].upper() == prefix.upper()
    ]
    # the width the column writes its numbers in ('07' beside '10'; 'O4' read as '04'): the
    # usual length of its zero-padded numbers, none when it does not pad
    padded = Counter(len(n) for n in numbers_read if len(n) > 1 and n.startswith("0"))
    width = padded.most_common(1)[0][0] if padded else 0

    def written(number: int) -> str:
        return f"{prefix}{number:0{width}d}"

    out: list[str] = []
    repaired: set[int] = set()
    for ref in refs:
        tail = ref[len(prefix) :]
        if not ref or ref[: len(prefix)].upper() != prefix.upper() or not tail:
            out.append(ref)
            continue
        digits = _tail_digits(tail, prefix)
        specked = _SPECKED_NUMBER.fullmatch(tail) if digits is None else None
        if specked is not None:  # 'A8&': a speck after the number; as any repair, the run decides
            digits = specked.group(1)
        parts = _tail_parts(tail) if digits is None else None
        if parts is not None:  # several numbers ('31/05'): the prefix mended, no run to keep
            out.append(prefix + parts)
            continue
        fixed = ref if digits is None else written(int(digits))
        if fixed != ref or _GARBLED_TAIL.fullmatch(tail):
            repaired.add(len(out))  # 'IMB-bs)': no number at all; the run may give it one
        out.append(fixed)
    numbers = [
        int(r[len(prefix) :]) if r.startswith(prefix) and r[len(prefix) :].isdigit() else None
        for r in out
    ]
    for index in sorted(repaired):  # a repair that breaks a run of numbers: the run decides
        guess = _run_number(numbers, index)
        if guess is not None and numbers[index] != guess and written(guess) not in out:
            out[index] = written(guess)
            numbers[index] = guess
    return _run_gaps_filled(out)


_SERIES_REF = re.compile(r"([A-Za-z]{1,4})(\d{1,3})([/.-])(\d{1,3})")
_LAST_SEPARATOR = re.compile(r"^(.*[/.,-])([^/.,-]+)$")  # a ref's head and its last number


def _run_number(numbers: Sequence[int | None], index: int) -> int | None:
    """The number the run gives row ``index``: the nearest numbered row above plus the rows
    between (else the nearest below minus them), when the nearest numbered row below agrees
    (its number as far on as its row); None when the run does not decide it."""
    before = next(
        ((i, n) for i, n in reversed(list(enumerate(numbers[:index]))) if n is not None), None
    )
    after = next(((i, n) for i, n in enumerate(numbers) if i > index and n is not None), None)
    if before is not None:
        guess = before[1] + index - before[0]
    elif after is not None:
        guess = after[1] - (after[0] - index)
    else:
        return None
    if guess < 1 or (after is not None and after[1] - guess != after[0] - index):
        return None
    return guess


def series_read(refs: list[str]) -> list[str]:
    """A column whose refs number one series ('HB4/1', 'HB4/2', … the same letters and first
    number) read so where OCR slipped in one ref's head ('HBA4/3', 'HB110/8', '4612/1' for
    'HB12/1') or garbled its last number ('HB7/}'): the head within two edits of the series'
    head, and the last number the one the run between its neighbours gives (a number read
    must be that one). A comma read for the separator ('HB4,3') is a slip of the head. The run
    counts rows: a slipped ref's number is its last good neighbour's plus the rows between
    them, and the next good ref must agree, so slipped refs may follow one another. Only where
    three or more refs write the series' head, the slipped ones are no more, and no other head
    is written twice (a column of two series, 'HB4/…' and 'HB5/…', keeps what it read)."""
    cells = [r.strip() for r in refs]
    parsed = [_SERIES_REF.fullmatch(c) for c in cells]
    heads = Counter(m.group(1).upper() + m.group(2) + m.group(3) for m in parsed if m)
    if not heads:
        return refs
    (head, count), *others = heads.most_common()
    odd = [
        i
        for i, (c, m) in enumerate(zip(cells, parsed, strict=True))
        if c and (m is None or m.group(1).upper() + m.group(2) + m.group(3) != head)
    ]
    if count < 3 or not odd or len(odd) > count or any(n > 1 for _, n in others):
        return refs
    spelt = next(
        m.group(1) + m.group(2) + m.group(3)
        for m in parsed
        if m and m.group(1).upper() + m.group(2) + m.group(3) == head
    )
    numbers = [int(m.group(4)) if m and i not in odd else None for i, m in enumerate(parsed)]
    out = list(refs)
    for index in odd:
        split = _LAST_SEPARATOR.match(cells[index])
        if split is None:
            continue
        own_head, tail = split.group(1), split.group(2)
        if edit_distance(own_head.upper(), head, 2) > 2:
            continue
        guess = _run_number(numbers, index)
        if guess is None:
            continue
        read = tail.translate(_LOOKALIKE_DIGITS)
        if (read.isdigit() and int(read) != guess) or f"{spelt}{guess}" in out:
            continue
        out[index] = f"{spelt}{guess}"
        numbers[index] = guess
    return out


_NUMBERED = re.compile(r"(\D*?)(\d{1,4})([.)]?)")


def _run_gaps_filled(refs: list[str]) -> list[str]:
    """Cells of a numbered column that OCR left empty ('1', '2', '', '', '5') take the numbers
    the run gives them, only where the two numbers around a gap are exactly as far apart as
    the rows between them and written alike (same prefix and ending)."""
    known = [(i, _NUMBERED.fullmatch(r)) for i, r in enumerate(refs) if r]
    if len(known) < 2 or any(m is None for _, m in known):
        return refs
    out = list(refs)
    for (i, left), (j, right) in itertools.pairwise(known):
        if left is None or right is None:
            continue
        gap = j - i
        if gap < 2 or int(right.group(2)) - int(left.group(2)) != gap:
            continue
        if (left.group(1), left.group(3)) != (right.group(1), right.group(3)):
            continue
        width = len(left.group(2)) if left.group(2).startswith("0") else 0
        for offset in range(1, gap):
            number = f"{int(left.group(2)) + offset:0{width}d}"
            out[i + offset] = left.group(1) + number + left.group(3)
    return out


_NUMBER_AT_END = re.compile(r"(\d{1,4})[.)]?$")


def _between_neighbours(cells: list[str]) -> list[str]:
    """A ruled column's ref OCR garbled before its number ('s$o/4' between 'SO/3' and 'SO/5')
    read as the run gives it: only where both neighbours are written alike (prefix and
    width), their numbers are one apart from the cell's own, and the cell ends with that
    number."""
    out = list(cells)
    parsed = [_NUMBERED.fullmatch(c.strip()) for c in cells]
    for index in range(1, len(cells) - 1):
        before, after = parsed[index - 1], parsed[index + 1]
        own = _NUMBER_AT_END.search(cells[index].strip())
        mine = parsed[index]
        if before is None or after is None or own is None:
            continue
        if mine is not None and mine.group(1) == before.group(1):
            continue  # written as its neighbours are: nothing to mend
        if (before.group(1), before.group(3), len(before.group(2))) != (
            after.group(1),
            after.group(3),
            len(after.group(2)),
        ):
            continue
        number = int(own.group(1))
        if int(before.group(2)) + 1 == number == int(after.group(2)) - 1:
            width = len(before.group(2)) if before.group(2).startswith("0") else 0
            out[index] = f"{before.group(1)}{number:0{width}d}{before.group(3)}"
    return out


_GARBLE = re.compile(r"[^\d\s]{1,4}")  # a few letters and specks, no digit


def ruled_refs(rows: Sequence[Block], column: int) -> list[str]:
    """:func:`fix_refs` over the ref cells of ruled rows, where every row is its own record; a
    cell that stays garbled into a few letters with no digit is then a gap the column's run of
    numbers may fill (kept as read when the run does not decide it)."""
    body = [i for i, row in enumerate(rows) if not row.header_hint]
    cells = [r.cells[column] for r in rows]
    for index, value in zip(body, fix_refs([cells[i] for i in body]), strict=True):
        # the header's label is no ref of the run; a cell the grid found blank (no ink) was
        # left blank by the paper, not lost by OCR, and stays so
        cells[index] = value if cells[index].strip() else cells[index]
    cells = _between_neighbours(cells)
    gaps = {
        i
        for i, (row, cell) in enumerate(zip(rows, cells, strict=True))
        if not row.header_hint and _GARBLE.fullmatch(cell.strip())
    }
    if not gaps:
        return cells
    blank = gaps | {i for i, row in enumerate(rows) if row.header_hint}
    filled = _run_gaps_filled(["" if i in blank else c for i, c in enumerate(cells)])
    return [f if i in gaps and f else c for i, (c, f) in enumerate(zip(cells, filled, strict=True))]


def ref_like_column(rows: Sequence[Block]) -> int | None:
    """The first column at least half of whose cells (under the header) read as refs ('IMB-4',
    'R12'), or as one run of refs once OCR's lookalike letters are taken for digits ('TRO2',
    'TROS')."""
    body = [r for r in rows if not r.header_hint]
    width = len(rows[0].cells)
    for column in range(width):
        cells = letters_read(symbols_read([r.cells[column].lstrip(SPECKS) for r in body]))
        refs = sum(1 for c in cells if _REF_SHAPE.match(c))
        if refs >= max(2, len(body) * 0.5):
            return column
        if column < 2 and len(body) >= 3 and column_prefix(cells):
            return column
    return None
