"""Cell and paragraph text clean-up shared by every loader.

Extracted governance papers carry stray HTML (``<p>``, ``<ul>``, ``<li>``, ``<sup>``), bullets glued
into running text and, now and then, Cyrillic look-alikes ("ТВА" for "TBA"). ``clean_text``
turns all of that into plain text with one bullet per line, so a cell reads the same whether it
came from a text file or a PDF.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(r"</?(?:p|ul|ol|div|br|tr|table|tbody|thead|h[1-6])\b[^>]*>", re.I)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_BULLET = re.compile(r"\s*[•●▪◦]\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")
_HYPHEN_BREAK = re.compile(r"(\w)- (?=[a-z])")

# Cyrillic letters that render exactly like Latin ones.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТУХаеорсуіјѕ",
    "ABEKMHOPCTYXaeopcyijs",
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\S+")
STRUCK = "~~"  # around struck-out text, as Markdown writes it ('~~31/12/2024~~ 31/03/2025')
_STRUCK_TEXT = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)


def struck_parts(text: str) -> tuple[str, str]:
    """(the text left standing, the struck-out text) of a cell: an author strikes out the date
    or status a later one replaces."""
    struck = " ".join(m.group(1) for m in _STRUCK_TEXT.finditer(text))
    if not struck:
        return text, ""
    return " ".join(_STRUCK_TEXT.sub(" ", text).split()), struck


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The position of the first lone UTF-16 surrogate in ``text`` (JSON's ``"\\ud800"``, or
    bytes a command line could not decode), else None. It is no character: no tokenizer or
    encoder can take it, so it is refused wherever text comes in."""
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def strip_html(text: str) -> str:
    """Remove tags: block tags become line breaks, list items become bullets."""
    if "<" not in text and "&" not in text:
        return text
    text = _LIST_ITEM.sub("\n• ", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text)


def fix_confusables(text: str) -> str:
    """Map words written wholly in Cyrillic look-alikes back to Latin (e.g. 'ТВА' -> 'TBA')."""
    if not _CYRILLIC.search(text):
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        mapped = word.translate(_CONFUSABLES)
        return mapped if not _CYRILLIC.search(mapped) else word

    return _WORD.sub(fix, text)


def clean_text(text: str) -> str:
    """Plain text with single spaces, one bullet item per line and no empty lines. A text that
    is one filled circle and nothing else is a drawn mark (a status cell's '●'), not a bullet,
    and stays."""
    text = strip_html(text)
    text = fix_confusables(text)
    if text.strip() in ("●", "•"):
        return text.strip()
    text = _BULLET.sub("\n• ", text)
    lines: list[str] = []
    for raw in text.replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            continue
        if lines and lines[-1] == "•":
            lines[-1] = f"• {line}"
        else:
            lines.append(line)
    if lines and lines[-1] == "•":
        lines.pop()
    return "\n".join(lines)


def normalise_for_compare(text: str) -> str:
    """Loose form for comparing text from two formats: case, spacing and line breaks ignored."""
    text = text.replace("\n", " ")
    text = _HYPHEN_BREAK.sub(r"\1-", text)
    text = re.sub(r"-\s+", "-", text)
    return _SPACES.sub(" ", text).strip().lower()


def first_sentence(text: str, limit: int = 160) -> str:
    """The first sentence of ``text`` (no bullets), cut at a word boundary when over ``limit``."""
    flat = " ".join(line.lstrip("• ").strip() for line in text.split("\n")).strip()
    match = re.search(r"(?<=[a-z0-9)]{2}[.!?])\s+(?=[A-Z•])", flat)
    sentence = flat[: match.start()] if match else flat
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0]
        sentence = cut.rstrip(",;:") + "…"
    return sentence


# "Page 3 of 4", "Page 3", "3 of 4", "3/4", "- 3 -"
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*(?P<page>\d+)(?:\s*(?:of|/)\s*(?P<pages>\d+))?|(?P<n>\d+)\s*(?:of|/)\s*"
    r"(?P<of>\d+)|[-–—]\s*\d+\s*[-–—])$",
    re.I,
)


def is_page_number(text: str) -> bool:
    """Whether ``text`` is only a page number: "Page 3 of 4", "3/4", "- 3 -". A page cannot
    come after the last one, so "2025/26" (a financial year in a cell at the foot of a page)
    is not "page 2025 of 26"."""
    match = _PAGE_NUMBER.match(text.strip())
    if match is None:
        return False
    page, pages = match.group("page") or match.group("n"), match.group("pages") or match.group("of")
    return not (page and pages) or 0 < int(page) <= int(pages)


def edit_distance(a: str, b: str, limit: int) -> int:
    """The edit distance of ``a`` and ``b`` (insertions, deletions, substitutions), or
    ``limit + 1`` as soon as it is known to be larger: a name, a ref's head or a word of a
    cell read with a slip of a letter or two."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
