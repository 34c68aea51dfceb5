"""A paper named by the form it came in: 'the spreadsheet', 'the Excel tracker', 'the CSV',
'the Word version', 'the scanned one', 'the PDF', 'the web page'. The catalog holds each
paper's format (its file's kind) and whether its pages were read from a scan; a format word
names the papers of that format when the record holds papers of other formats too, so the
word tells them apart. Read from the catalog, never from a paper's names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.analysis.names import NameIndex
from assistant.analysis.reading import Reading
from ingest.model import DocumentInfo

_Kind = Callable[[DocumentInfo], bool]


def _of(*formats: str) -> _Kind:
    return lambda d: d.format.lower() in formats


def _scanned(document: DocumentInfo) -> bool:
    return bool(document.ocr_pages)


# each form a question may name a paper by, with the papers it names; a generic noun
# ('spreadsheet', 'scan') names a paper only when the papers do not use it as a word of their
# own (a row on 'the staff spreadsheet' is about a spreadsheet, not in one)
_FORMS: list[tuple[re.Pattern[str], _Kind, bool]] = [
    (re.compile(r"\b(?:xlsx|xls|excel)\b", re.I), _of("xlsx", "xls", "xlsm", "ods"), False),
    (
        re.compile(r"\b(?:spread\s?sheets?|workbooks?)\b", re.I),
        _of("xlsx", "xls", "xlsm", "ods"),
        True,
    ),
    (re.compile(r"\bcsv\b", re.I), _of("csv"), False),
    (
        re.compile(r"\b(?:docx|Word\s+(?:document|doc|file|version|copy|paper|report))\b"),
        _of("docx", "doc"),
        False,
    ),
    (re.compile(r"\b(?:html|web\s?pages?)\b", re.I), _of("html", "htm"), False),
    (re.compile(r"\bmarkdown\b", re.I), _of("md", "markdown"), False),
    (re.compile(r"\b(?:scanned|scans?)\b", re.I), _scanned, True),
    (re.compile(r"\bpdfs?\b", re.I), _of("pdf"), False),
]


def papers_of_format(
    question: str, documents: Sequence[DocumentInfo], said: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """The ids of the papers the question names by their form, and the words that named them;
    ([], []) when it names none, or names a form every paper (or none) has. ``said(word)``
    tells whether the papers' own text uses the word."""
    for pattern, kind, generic in _FORMS:
        found = pattern.search(question)
        if found is None:
            continue
        ids = [d.id for d in documents if kind(d)]
        if not ids or len(ids) == len(documents):
            continue  # the form tells no paper apart
        if generic and said(found.group(0).lower()):
            continue
        return ids, found.group(0).split()
    return [], []


def scoped_by_format(reading: Reading, documents: list[str], name_index: NameIndex) -> list[str]:
    """``documents`` (the papers read so far, or all when none) narrowed to those the question
    names by their form, its form words read; ``documents`` unchanged when it names none of
    them."""
    by_form, words = papers_of_format(reading.plain, name_index.documents, name_index.uses_word)
    kept = [d for d in documents if d in by_form] if documents else by_form
    if not kept:
        return documents
    reading.consume(" ".join(words))
    return kept
