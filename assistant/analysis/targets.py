"""The papers and sections a question names, read from the name index's distinctive phrases
(titles, section headings, file names, a paper's month and body), and the sections one side of
a comparison stands for."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.analysis.names import (
    _ASKING_STEMS,
    _FUNCTION,
    NameIndex,
    Target,
    sections_called,
)
from assistant.analysis.near_names import near_word
from assistant.analysis.scopes import set_aside
from assistant.text import stem, stems


def named_targets(
    question: str, name_index: NameIndex
) -> tuple[list[str], list[str], set[str], list[tuple[int, int]]]:
    """Documents and sections the question names, the words that named them, and their spans.
    Several sections when it names several ('the audit and the inspection recommendations')."""
    tokens: list[tuple[str, int, int]] = []
    slashed: set[int] = set()  # tokens of 'A/B': two names of one paper, not one section's
    for m in re.finditer(r"[A-Za-z0-9'&]+(?:/[A-Za-z0-9]+)*", question):
        word = m.group(0)
        if "/" in word and not re.fullmatch(r"\d{4}/\d{1,4}", word):
            offset = m.start()  # 'PURE/HMIC' names two things
            for part in word.split("/"):
                slashed.add(len(tokens))
                tokens.append((part, offset, offset + len(part)))
                offset += len(part) + 1
        elif re.fullmatch(r".*\d's", word):  # 'Partnership 5's': the name's own number
            tokens.append((word[:-2], m.start(), m.end() - 2))
        else:
            tokens.append((word, m.start(), m.end()))
    stems_ = [stem(t.lower()) if t.isalpha() else t.lower() for t, _, _ in tokens]
    stems_ = _slips_read(stems_, name_index)  # 'Ravensgill' for the scan's 'Ravensglill'
    done_by = [_activity_stem(t) for t, _, _ in tokens]  # 'the auditor's' names the audit
    consumed: set[str] = set()
    documents: list[str] = []
    sections: list[str] = []
    taken: list[tuple[int, int]] = []
    section_words: set[str] = set()
    by_paper: list[str] = []  # sections found by a paper's name and the row noun
    papers: set[str] = set()  # the papers named by a name of their own
    used = [False] * len(tokens)
    matched: list[tuple[int, int, str, tuple[str, ...]]] = []  # papers named by a phrase
    by_doer: list[tuple[int, int, tuple[str, ...]]] = []  # of them, named by a doer's noun
    # named by its file, or by its date and body ('the March 2009 MPA paper')
    named = [*_written_files(question, name_index), *_dated_papers(question, name_index)]
    named += _coordinated_kinds(tokens, stems_, name_index)
    for start, end, doc_id in named:
        taken.append((start, end))
        for index, (word, first, last) in enumerate(tokens):
            if start <= first and last <= end:
                used[index] = True
                consumed.add(word.lower())
        if doc_id not in documents:
            documents.append(doc_id)
        papers.add(doc_id)
    aside = set_aside(question)  # 'leaving aside the X': not the scope
    inside = [any(a <= first < b for a, b in aside) for _, first, _l in tokens]
    used = [u or i for u, i in zip(used, inside, strict=True)]
    kept_stems = [s for s, i in zip(stems_, inside, strict=True) if not i]
    listed = set(documents)  # a phrase may name a thousand papers at 100k chunks
    for phrase in _phrases_starting(name_index, {*stems_, *done_by}):
        if phrase in name_index.generic_phrases and documents:
            break  # 'action plan progress' names a paper only when nothing more specific does
        words = phrase.split()
        size = len(words)
        for start in range(len(tokens) - size + 1):
            if any(used[start : start + size]) or not all(
                w in (stems_[i], done_by[i]) for i, w in enumerate(words, start)
            ):
                continue
            target = name_index.phrases[phrase]
            doer = any(stems_[i] != w for i, w in enumerate(words, start))  # 'auditor'
            start, end = _widened(
                start, start + size, stems_, used, _title_stems(target, phrase, name_index)
            )
            for index in range(start, end):
                used[index] = True
            taken.append((tokens[start][1], tokens[end - 1][2]))
            consumed |= {t.lower() for t, _, _ in tokens[start:end]}
            if target.kind == "section" and target.key not in sections:
                sections.append(target.key)
                section_words = section_words or set(words)
            elif target.kind == "document" and not slashed & set(range(start, end)):
                # ('the PURE/HMIC plan' names the paper by both its parts: no one section)
                by_noun = _section_by_noun(phrase, kept_stems, name_index)
                if by_noun and by_noun not in sections:
                    sections.append(by_noun)
                    by_paper.append(by_noun)
            for doc_id in target.document_ids:
                if doc_id not in listed:
                    documents.append(doc_id)
                    listed.add(doc_id)
            if target.kind == "document":
                papers |= set(target.document_ids)
                matched.append((start, end, phrase, tuple(target.document_ids)))
                if doer:
                    by_doer.append((start, end, tuple(target.document_ids)))
            break
    documents = _described_dropped(documents, matched, named, name_index)
    for start, end, ids in by_doer:
        others = [m for m in matched if m[0] != start and set(m[3]) & set(documents)]
        if set(ids) & set(documents) and not any(set(ids) <= set(m[3]) for m in others):
            continue
        # 'the drainage board's internal auditor': a doer's noun beside the paper's own name
        # (or another paper's, which then drops out) names no paper: it is a party of the
        # question, whose words are read as its subject
        kept = {t.lower() for a, b, _p, _i in others for t, _f, _l in tokens[a:b]}
        consumed -= {t.lower() for t, _f, _l in tokens[start:end]} - kept
        if (tokens[start][1], tokens[end - 1][2]) in taken:
            taken.remove((tokens[start][1], tokens[end - 1][2]))
    sections, documents = _paper_section_first(
        sections, documents, section_words, by_paper, papers, name_index
    )
    if len(sections) == 1 and not set(documents) <= set(name_index.sections[sections[0]]):
        # the question names another paper too: its section of the same words in another
        # order ('the HMIC improvement areas': 'Summary of Areas for Improvement'), else both
        section, documents = _section_alike(sections[0], section_words, documents, name_index)
        sections = [section] if section else []
    return documents, sections, consumed, taken


def _coordinated_kinds(
    tokens: list[tuple[str, int, int]], stems_: list[str], name_index: NameIndex
) -> list[tuple[int, int, str]]:
    """(start, end, paper id) of the papers a kind of body names when its first word is
    coordinated with another's ('the parish and town council papers': 'parish council' as
    well as 'town council'); kinds only: phrases that end the names of the bodies."""
    found: list[tuple[int, int, str]] = []
    for phrase, target in name_index.phrases.items():
        words = phrase.split()
        if target.kind != "document" or not name_index.ends_names(phrase, target.document_ids):
            continue
        for i in range(len(stems_) - len(words) - 1):
            rest = stems_[i + 3 : i + 2 + len(words)]
            if stems_[i] == words[0] and stems_[i + 1] in ("and", "or") and rest == words[1:]:
                # its first word only: the shared words name the other kind as well
                found += [(tokens[i][1], tokens[i][2], d) for d in target.document_ids]
    return found


def _longest_first(name_index: NameIndex) -> list[str]:
    """The index's phrases, the specific ones then the generic, each longest first."""
    specific = [p for p in name_index.phrases if p not in name_index.generic_phrases]
    generic = [p for p in name_index.phrases if p in name_index.generic_phrases]
    ordered = sorted(specific, key=lambda p: len(p.split()), reverse=True)
    return ordered + sorted(generic, key=lambda p: len(p.split()), reverse=True)


def _phrases_starting(name_index: NameIndex, firsts: set[str | None]) -> list[str]:
    """The index's phrases in :func:`_longest_first`'s order, those whose first word is one of
    ``firsts`` (the question's stems and doers' nouns) only: no other can match (a question
    of ten words need not be tried against every phrase of thousands of papers)."""
    ordered, by_first, wordless = name_index.kept(
        "phrases by first word", lambda: _by_first_word(name_index)
    )
    picked = wordless + [n for word in firsts if word for n in by_first.get(word, ())]
    return [ordered[n] for n in sorted(picked)]


def _by_first_word(name_index: NameIndex) -> tuple[list[str], dict[str, list[int]], list[int]]:
    """The phrases longest first, where each first word's stand in that order, and where
    those without a word stand."""
    ordered = name_index.kept("phrases longest first", lambda: _longest_first(name_index))
    by_first: dict[str, list[int]] = {}
    wordless: list[int] = []
    for n, phrase in enumerate(ordered):
        words = phrase.split()
        if words:
            by_first.setdefault(words[0], []).append(n)
        else:
            wordless.append(n)
    return ordered, by_first, wordless


def _slips_read(stems_: list[str], name_index: NameIndex) -> list[str]:
    """The question's word stems, each the name word it is a slip of (see
    :func:`near_word`) where the record holds it nowhere: a body or title written right in
    the question and wrong in a scanned paper, or wrong in the question."""
    held = name_index.name_words
    frequency = name_index.evidence.frequency if name_index.evidence else {}
    return [
        (near_word(s, held) or s) if s not in held and s not in frequency else s for s in stems_
    ]


def _described_dropped(
    documents: list[str],
    matched: list[tuple[int, int, str, tuple[str, ...]]],
    named: list[tuple[int, int, str]],
    name_index: NameIndex,
) -> list[str]:
    """'the Harrowden College audit recommendations': words that name one paper's title
    ('Audit Recommendation Tracker') but stand beside another paper's own name, and are
    words of that paper's title too, describe that paper: the first paper drops out."""
    if len(matched) < 2:
        return documents
    title_of = {d.id: d.title for d in name_index.documents}
    titles: dict[str, set[str]] = {}  # stemmed only for the papers beside another's name
    dropped: set[str] = set()
    for start, end, phrase, ids in matched:
        words = set(phrase.split())
        for other_start, other_end, _p, other in matched:
            if set(other) & set(ids) or not (other_end == start or end == other_start):
                continue
            for d in other:
                if d not in titles:
                    titles[d] = stems(title_of.get(d, ""))
            if all(words <= titles[d] for d in other):
                dropped |= set(ids)
    kept = {d for _s, _e, _p, ids in matched if not set(ids) & dropped for d in ids}
    kept |= {d for _s, _e, d in named}
    return [d for d in documents if d not in dropped or d in kept]


def _paper_section_first(
    sections: list[str],
    documents: list[str],
    words: set[str],
    by_paper: list[str],
    papers: set[str],
    name_index: NameIndex,
) -> tuple[list[str], list[str]]:
    """'the HMIC improvement areas': the words 'improvement areas' head one paper's table
    ('Table A: … improvement areas') and another's ('Summary of Areas for Improvement'), whose
    paper the question also names ('HMIC'): the named paper's table is meant, and the other
    table and its paper drop out. Sections each named by words of their own, and a table
    whose paper is also named by its own name, are kept."""
    if len(sections) < 2 or not words or not by_paper:
        return sections, documents
    first = sections[0]  # the section the words named
    own = set(name_index.sections[first])
    if (
        first in by_paper
        or own & papers
        or not any(
            not own & set(name_index.sections[s]) and words - _JOIN <= stems(s) for s in by_paper
        )
    ):
        return sections, documents
    kept = [s for s in sections if s != first]
    held = {d for s in kept for d in name_index.sections[s]}
    return kept, [d for d in documents if d not in own or d in held]


_JOIN = frozenset(("for", "of", "the", "and", "on", "in"))


def _section_alike(
    section: str, words: set[str], documents: list[str], name_index: NameIndex
) -> tuple[str | None, list[str]]:
    """The one section of the other papers named whose heading holds the words that named
    ``section``, with the papers narrowed to its own; else no section and every paper."""
    own = set(name_index.sections[section])
    others = {d for d in documents if d not in own}
    alike = [
        name
        for name, ids in name_index.sections.items()
        if name != section and set(ids) & others and words and words - _JOIN <= stems(name)
    ]  # 'areas for improvement' and 'improvement areas' alike
    if len(alike) != 1:
        return None, documents
    held = set(name_index.sections[alike[0]])
    return alike[0], [d for d in documents if d in held]


def _title_stems(target: Target, phrase: str, name_index: NameIndex) -> set[str]:
    """The word stems of the title a matched name comes from: its section's, else its
    papers' titles and those of their sections that hold the name."""
    if target.kind == "section":
        return stems(target.key)
    words, named = set(phrase.split()), set(target.document_ids)
    titles = [d.title for d in name_index.documents if d.id in named]
    titles += [
        name
        for name, ids in name_index.sections.items()
        if not named.isdisjoint(ids) and words <= stems(name)
    ]
    return stems(" ".join(titles))


def _activity_stem(word: str) -> str | None:
    """The stem of the activity an agent noun in '-or' does ('auditor' -> 'audit',
    'inspector' -> 'inspect'): a paper of that activity is named by its doer; else None."""
    found = re.fullmatch(r"([a-z]{4,})ors?", word.lower())
    return stem(found.group(1)) if found else None


def _widened(
    start: int, end: int, stems_: list[str], used: list[bool], title: set[str]
) -> tuple[int, int]:
    """A name's token span grown over free neighbouring words of the same title ('the HMIC
    resource leverage inspection' for the section 'HMIC Inspection of Resource Leverage')."""
    while end < len(stems_) and not used[end] and stems_[end] in title:
        end += 1
    while start > 0 and not used[start - 1] and stems_[start - 1] in title:
        start -= 1
    return start, end


_MONTHS = (
    "january february march april may june july august september october november december"
).split()
# the nouns any paper is called by; a paper's date is also its meeting's ('the November 2025
# meeting'); the head noun of a paper's own title ('log' of 'Audit action log') is added per index
_DATED_NOUNS = frozenset(
    "paper report plan statement document update review minutes note meeting".split()
)


@lru_cache(maxsize=64)
def _dated_paper(heads: tuple[str, ...]) -> re.Pattern[str]:
    """'the March 2009 MPA paper', 'the Sept 2025 log': a paper by its date and body, its noun
    one of ``_DATED_NOUNS`` or of ``heads`` (the papers' title head nouns)."""
    months = [m[:3] + r"(?:" + m[3:] + r")?" for m in _MONTHS] + ["sept"]
    nouns = "|".join(re.escape(n) for n in sorted({*_DATED_NOUNS, *heads}, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<month>{'|'.join(months)})\.?\s+"
        r"(?P<year>(?:19|20)\d\d)\s+(?P<body>(?:[A-Za-z&'-]+\s+){0,4}?)"
        rf"(?:{nouns})s?\b"
        # the date after the noun: 'the action log as of September 2026', 'the update of May 2025'
        rf"|\b(?:{nouns})s?\s+(?:as\s+(?:of|at)|from|of)\s+(?P<month2>{'|'.join(months)})"
        r"\.?\s+(?P<year2>(?:19|20)\d\d)\b",
        re.I,
    )


@lru_cache(maxsize=16)
def _title_heads(titles: tuple[str, ...]) -> tuple[str, ...]:
    """The last words of ``titles`` that are words of letters, lower case, sorted (kept: every
    question reads the same papers' titles)."""
    heads = {t.split()[-1].lower() for title in set(titles) if (t := title.strip())}
    return tuple(sorted(h for h in heads if h.isalpha()))


def _dated_papers(question: str, name_index: NameIndex) -> list[tuple[int, int, str]]:
    """Papers named by their month and year and, between those and the paper noun, their
    body or kind ('the March 2009 MPA paper'): the one document dated that month whose
    organisation or title holds those words (all of them, when several are so dated)."""
    found: list[tuple[int, int, str]] = []
    heads = name_index.kept(  # not read off every paper's title at each question
        "title heads", lambda: _title_heads(tuple(d.title or "" for d in name_index.documents))
    )
    for match in _dated_paper(heads).finditer(question):
        named = (match.group("month") or match.group("month2")).lower()[:3]
        month = _MONTHS.index(next(m for m in _MONTHS if m.startswith(named)))
        stamp = f"{match.group('year') or match.group('year2')}-{month + 1:02d}"
        dated = [d for d in name_index.documents if (d.date or "").startswith(stamp)]
        words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", match.group("body") or "")}
        words -= _ASKING_STEMS | {stem(w) for w in _FUNCTION}
        if words:
            dated = [
                d
                for d in dated
                if words <= set(stems(f"{d.organisation or ''} {d.title}"))
                or words <= {w.lower() for w in re.findall(r"[A-Za-z]+", d.organisation or "")}
            ]
        if len(dated) == 1:
            found.append((match.start(), match.end(), dated[0].id))
    return found


def _written_files(question: str, name_index: NameIndex) -> list[tuple[int, int, str]]:
    """The documents whose file name (or id) the question writes out, with their spans."""
    found: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[\w\-]+(?:\.[\w\-]+)*", question):
        doc_id = name_index.file_names.get(match.group(0).lower())
        if doc_id:
            found.append((match.start(), match.end(), doc_id))
    lowered = question.lower()
    for name in name_index.spaced_file_names:  # 'annual report 2019.pdf'
        start = lowered.find(name)
        if start >= 0 and not any(s < start + len(name) and start < e for s, e, _ in found):
            found.append((start, start + len(name), name_index.file_names[name]))
    return found


def _section_by_noun(phrase: str, question_stems: list[str], name_index: NameIndex) -> str | None:
    """'HMIC recommendations': of the sections carrying 'HMIC', the recommendations one."""
    nouns = {stem(n) for n in ("recommendations", "improvement", "areas", "issues", "actions")}
    asked = nouns & set(question_stems)
    if not asked:
        return None
    carriers = name_index.phrase_sections.get(phrase, [])
    fitting = [s for s in carriers if asked & {stem(w) for w in re.findall(r"[a-z]+", s.lower())}]
    return fitting[0] if len(fitting) == 1 else None


def side_sections(side: str, noun: str, name_index: NameIndex) -> list[str]:
    """The sections one side of a comparison stands for ('the 2008 resource leverage
    inspection', counting 'recommendations'): of the sections its papers hold whose headings
    carry every word that named them, those whose rows the noun calls them by; [] when the side
    stands for whole papers."""
    documents, sections, words, _ = named_targets(side, name_index)
    if not sections:
        named = {stem(w) for w in words if w.isalpha()}
        sections = [
            s
            for s, ids in name_index.sections.items()
            if set(ids) & set(documents) and named and named <= stems(s)
        ]
    called = sections_called(noun, documents, name_index)
    kept = [s for s in sections if s in called] if called else []
    return kept or (called if not sections else [])
