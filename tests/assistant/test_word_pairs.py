"""The papers' adjacent word pairs (``word_pairs``) decide 'X … Y' searches of every paper only
one way: a pair they lack is in no paper (the search would find nothing), on the bundled record
and on other bodies' papers (``data/papers/dev``)."""

from __future__ import annotations

import re
import sys

import pytest

from assistant.answers.context import AnswerContext
from assistant.answers.support.word_pairs import fold, may_adjoin, paper_pairs
from assistant.service import Assistant
from vectorstore.filters import SearchFilters


def test_fold_gives_the_ascii_letter_every_case_blind_match_reads() -> None:
    ascii_word = re.compile(r"[a-z0-9_]", re.I)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or code < 128 or not ascii_word.fullmatch(char):
            continue
        assert len(fold(char)) == 1 and fold(char).isascii(), hex(code)
        assert re.fullmatch(re.escape(fold(char)), char, re.I), hex(code)


def _context(assistant: Assistant) -> AnswerContext:
    return assistant.context(SearchFilters(), None)


def _searched(texts: list[str], first: str, second: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(first)}\W+{re.escape(second)}\b", re.I)
    return any(pattern.search(text) for text in texts)


@pytest.mark.parametrize("name", ["assistant", "bodies_assistant"])
def test_a_pair_the_papers_lack_is_in_no_paper(request: pytest.FixtureRequest, name: str) -> None:
    assistant: Assistant = request.getfixturevalue(name)
    context = _context(assistant)
    catalog = assistant.services.catalog
    texts = [catalog.document_text(d.id) for d in catalog.documents()]
    words = sorted({w for t in texts for w in re.findall(r"[A-Za-z][\w/&-]*", t)})[::7][:120]
    asked = [(a, b) for a in words[:40] for b in words[40:80]]
    adjoining = [(m.group(1), m.group(2)) for m in re.finditer(r"(\w+)\W+(\w+)", texts[0])][:60]
    asked += adjoining + [(a.upper(), b.title()) for a, b in adjoining]
    asked += [("co-ordinated", "by"), ("2008/09", "plan"), ("r&d", "spend"), ("ſtatus", "of")]
    lacking = 0
    for first, second in asked:
        held = _searched(texts, first, second)
        assert may_adjoin(context, first, second) or not held, (first, second)
        lacking += not may_adjoin(context, first, second)
    for first, second in adjoining:  # pairs that are there, in any case
        assert may_adjoin(context, first, second) and may_adjoin(context, first.upper(), second)
    assert lacking > len(asked) // 2  # most searches need not read any paper
    assert paper_pairs(context) is paper_pairs(context)  # read once a generation
