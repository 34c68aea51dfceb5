"""The papers and sections a question names: by title, body or year words (their words are
consumed and blanked out), by a title quoted whole, and the sections a list's, count's or
comparison's noun calls rows of."""

from __future__ import annotations

import re

from assistant.analysis.comparison import compared_sides
from assistant.analysis.intent import without_possessives
from assistant.analysis.model import Intent
from assistant.analysis.names import NameIndex, owner_span, sections_called
from assistant.analysis.near_names import near_text
from assistant.analysis.nouns import compared_noun, listed_noun
from assistant.analysis.numbered_bodies import papers_numbered
from assistant.analysis.patterns import QUOTED, unquoted
from assistant.analysis.reading import Reading, excluded_spans
from assistant.analysis.shares import share_noun
from assistant.analysis.short_names import short_named
from assistant.analysis.targets import named_targets, side_sections
from assistant.text import folded, stem


def read_names(
    reading: Reading, name_index: NameIndex, kept_out: tuple[int, int] | None = None
) -> tuple[list[str], list[str]]:
    """The documents and sections named; their words are consumed and blanked out. The span
    ``kept_out`` (a deadline's financial year: 'due in 2024/25') names none."""
    question = reading.question
    if kept_out is not None:
        start, end = kept_out
        question = question[:start] + " " * (end - start) + question[end:]
    # "the District Audit's plan": a name in the possessive names it (offsets are kept)
    plain = _without_plural_possessives(without_possessives(question))
    plain = unquoted(plain)  # a row's words quoted name no paper; a title quoted whole, below
    for found in _NEXT_PAPER.finditer(plain):  # a paper still to come is none of the record's
        plain = plain[: found.start()] + " " * len(found.group(0)) + plain[found.end() :]
    left_out = _complement_spans(plain)
    if left_out:
        # 'the numbered ones, not the areas for improvement': a section or paper named in a
        # complement is no scope of the question; its words are read (no topic to leave out)
        for start, end in left_out:
            _, _, words, _ = named_targets(plain[start:end], name_index)
            # 'leaving out corporate services': a heading of the rows held is what they are
            # left out by (read later), though a section's title says its words too
            reading.consume_words(set(words) - _category_words_in(plain[start:end], name_index))
            plain = plain[:start] + " " * (end - start) + plain[end:]
    headed = _without_part_categories(plain, name_index)
    heading = [i for i, (a, b) in enumerate(zip(plain, headed, strict=True)) if a != b]
    plain = headed
    documents, sections, named, spans = named_targets(plain, name_index)
    inside = _owner_spans_around(plain, spans, name_index)
    if inside:
        # 'the Board Chair': a paper's name ('the Board') inside a longer owner's name names
        # the owner, not the paper
        for start, end in inside:
            plain = plain[:start] + " " * (end - start) + plain[end:]
        documents, sections, named, spans = named_targets(plain, name_index)
    short = _short_name(
        _without_part_categories(unquoted(reading.question), name_index), name_index
    )
    if (
        short is not None
        and documents
        and not set(short[0]) & set(documents)
        and _titles_say(short[0], named, name_index)
    ):
        documents = []  # 'the college audit recommendations': the college's paper says them too
    if short is not None and (not (documents or sections) or set(short[0]) & set(documents)):
        # 'the lighthouse commissioners' tracker': a short description of one body names its
        # papers, or (named otherwise too) is no word the rows must say
        documents = documents or short[0]
        spans = [*spans, *short[1]]
        named = set(named) | {w.lower() for w in short[2]}
    reading.consume_words(named)
    # a heading's words inside a name's span stay to be read ('North Tyneford corporate
    # services actions': the paper, and its rows headed 'Corporate services')
    reading.blank([(i, i + 1) for a, b in spans for i in range(a, b) if i not in heading])
    quoted_docs: list[str] = []
    for quoted in QUOTED.finditer(reading.question):  # a title quoted whole names its paper
        text = folded(quoted.group(0)[1:-1])
        for doc in name_index.documents:
            if text and _is_title(text, doc.title, name_index.mastheads.get(doc.id, "")):
                quoted_docs.append(doc.id)
                reading.consume(quoted.group(0))
                reading.blank([quoted.span()])
    if quoted_docs:
        # 'the trust's paper "<its 2023/24 title>"': of the papers the body's name named, the
        # title quoted whole picks its own; a paper of another body named too stays named
        body_of = {
            doc.id: folded(doc.organisation) for doc in name_index.documents if doc.organisation
        }
        bodies = {body_of[d] for d in quoted_docs if d in body_of}
        picked = [d for d in documents if d in quoted_docs]
        documents = [d for d in documents if d in quoted_docs or body_of.get(d) not in bodies]
        if not picked or len(quoted_docs) == 1:
            documents += [d for d in quoted_docs if d not in documents]
        # else a title several papers share ('Internal audit recommendations: follow-up' of
        # twelve boards): the body or year named beside it ('Saltcote Harbour Board 9') has
        # already picked among them, and the quoted title adds none back
    numbered, run = papers_numbered(reading.question, name_index.documents)
    if not numbered and not documents:  # 'Hollin Moor 8': a shortened name and its number
        numbered, run = papers_numbered(reading.question, name_index.documents, 1)
    if numbered:  # 'Partnerships 1, 3 and 9': each numbered body's paper, not the first only
        documents = numbered
        reading.consume(run)
        start = reading.question.find(run)
        reading.blank([(start, start + len(run))])
    return documents, sections


# a complement naming what the rows are not: ', not the X', '(not the X)', 'rather than the X'
_NOT_THE = re.compile(
    r"(?:[,(;–—]\s*(?:and\s+|but\s+)?not\s+|\brather\s+than\s+|\binstead\s+of\s+)"
    r"(?=(?:the|those|its|their)\b)",
    re.I,
)
_NOT_THE_END = re.compile(r"[,);:?!–—]|\b(?:which|that|who|are|is|were|was|have|has|do|does)\b")


# 'the next follow-up report', 'the forthcoming update': a paper not yet written
_NEXT_PAPER = re.compile(
    r"\b(?:next|forthcoming|upcoming)\s+(?:[\w-]+\s+){0,3}?(?:reports?|papers?|updates?|"
    r"trackers?|plans?|reviews?|meetings?)\b",
    re.I,
)


def _part_categories(name_index: NameIndex) -> list[tuple[list[str], list[str]]]:
    """Each category's words, and the section titles (their words, spaced) that hold them
    with more words besides (read once per name index, not per question)."""
    out = []
    sections = [re.findall(r"[a-z0-9]+", s.lower()) for s in name_index.sections]
    for category in name_index.categories:
        words = re.findall(r"[a-z0-9]+", category.lower())
        titles = [
            f" {' '.join(t)} "
            for t in sections
            if len(t) > len(words) and f" {' '.join(words)} " in f" {' '.join(t)} "
        ]
        out.append((words, titles))
    return out


def _without_part_categories(plain: str, name_index: NameIndex) -> str:
    """``plain`` with a category's whole name blanked where it is only part of a section's
    title ('corporate services' of a table titled '… Transport and Corporate Services' whose
    rows are headed 'Corporate services'): it names the rows' heading, read later."""
    said = plain.lower()
    for words, titles in name_index.kept("part categories", lambda: _part_categories(name_index)):
        spelt = r"\W+".join(re.escape(w) for w in words)
        for found in re.finditer(rf"\b{spelt}\b", said) if words and titles else []:
            before = re.findall(r"[a-z0-9]+", said[: found.start()])[-1:]
            after = re.findall(r"[a-z0-9]+", said[found.end() :])[:1]
            longer = [f" {' '.join([*before, *words])} "] if before else []
            longer += [f" {' '.join([*words, *after])} "] if after else []
            if any(p in t for p in longer for t in titles):  # 'transport and corporate services'
                continue
            plain = plain[: found.start()] + " " * len(found.group(0)) + plain[found.end() :]
    return plain


def _category_words_in(text: str, name_index: NameIndex) -> set[str]:
    """The words of the rows' categories that ``text`` names whole."""
    said = f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "
    out: set[str] = set()
    for category in name_index.categories:
        words = re.findall(r"[a-z0-9]+", category.lower())
        if words and f" {' '.join(words)} " in said:
            out |= set(words)
    return out


def _complement_spans(question: str) -> list[tuple[int, int]]:
    """The spans a complement governs ('other than the X', ', not the X'): what they name is
    left out, not asked for."""
    spans = list(excluded_spans(question))
    for cue in _NOT_THE.finditer(question):
        end = _NOT_THE_END.search(question, cue.end())
        spans.append((cue.end(), end.start() if end else len(question)))
    return spans


def _is_title(text: str, title: str, masthead: str) -> bool:
    """Whether a quotation (folded) is the paper's title, or the title line its masthead
    prints (ingest may have read another line as its title), allowing a slip of a letter or
    two (see :func:`near_text`): a scan's 'Goverance' is its 'Governance'."""
    lines = [title, *masthead.splitlines()]
    return any(near_text(text, line_text) for line in lines if (line_text := folded(line)))


def _titles_say(documents: list[str], named: set[str] | list[str], name_index: NameIndex) -> bool:
    """Whether the titles of ``documents`` (a short description of a body names them) hold
    every word another paper's title was named by: the body's word then picks among them."""
    words = {stem(w) for w in named}
    wanted = set(documents)
    titles = {
        d.id: {stem(w) for w in re.findall(r"[a-z]+", d.title.lower())}
        for d in name_index.documents
        if d.id in wanted
    }
    return bool(words) and all(d in titles and words <= titles[d] for d in documents)


def _owner_spans_around(
    question: str, spans: list[tuple[int, int]], name_index: NameIndex
) -> list[tuple[int, int]]:
    """The owners' names (of two words or more) the question writes over a span that names a
    paper, reaching beyond it."""
    lowered = question.lower()
    found = []
    for owner in name_index.owners:
        if len(owner.split()) < 2:
            continue
        span = owner_span(lowered, owner)
        if span is None:
            continue
        a, b = span
        if any(a < end and start < b and not (start <= a and b <= end) for start, end in spans):
            found.append(span)
    return found


def _short_name(
    question: str, name_index: NameIndex
) -> tuple[list[str], list[tuple[int, int]], list[str]] | None:
    """The papers a short description of their body names (see :func:`short_named`), unless
    its words are an owner's ('the Area Flood and Coastal Risk Manager')."""
    if name_index.short_names is None:
        return None
    short = short_named(question, name_index.short_names)
    if short is None:
        return None
    owners = [span for o in name_index.owners if (span := owner_span(question, o))]
    if any(a < end and start < b for a, b in owners for start, end in short[1]):
        return None
    return short


def sections_of_noun(
    reading: Reading,
    intent: Intent,
    counted: str | None,
    documents: list[str],
    section: str | None,
    name_index: NameIndex,
) -> list[str]:
    """The sections of the papers named whose rows the list's or count's noun calls them by
    (see :func:`sections_called`); none when a section is named."""
    if intent not in ("list", "count") or not documents or section:
        return []
    noun = (
        (counted if intent == "count" else None)
        or listed_noun(reading.plain, name_index.item_nouns)
        or share_noun(reading.plain, name_index.item_nouns)  # 'at least half of the X recs'
    )
    return sections_called(noun or "", documents, name_index)


def compared_sections(question: str, intent: Intent, name_index: NameIndex) -> list[str]:
    """'Which had more recommendations: A or B?': the sections each side stands for whose rows
    the noun calls them by (see :func:`side_sections`)."""
    noun = compared_noun(question, name_index.item_nouns) if intent == "compare" else None
    if not noun:
        return []
    found: list[str] = []
    for side in compared_sides(question):
        found += [s for s in side_sections(side, noun, name_index) if s not in found]
    return found


# a plural in the possessive ("the gardens' tracker", "the commissioners' log"): the
# apostrophe after its s, before a space or the end (a quotation's closing mark is after a
# quoted phrase, which starts with one)
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)['’](?=\s|$)")


def _without_plural_possessives(question: str) -> str:
    """The apostrophes of plural possessives blanked, offsets kept, unless the question quotes
    with the same mark (then one may close a quotation)."""
    found = list(_PLURAL_POSSESSIVE.finditer(question))
    marks = {m.group(0) for m in found}
    if any(re.search(rf"(?:^|\s){m}\w", question) for m in marks):
        return question  # "'lone workers' ..." quotes with it
    return _PLURAL_POSSESSIVE.sub(" ", question)
