"""A pick out of the rows just shown by the paper or body each comes from: 'who owns the one at
the harbour trust?', 'and the one in the 2023 tracker - is it done?', 'what about the 2024
one?', 'when is the Lowfield one due?' after an answer whose rows come from several papers.
The row is the one whose paper (its title, the body it is of, its year) the words name, and
no other row's paper as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.antecedents import PAPER_NP, Previous, join_names, record_names
from assistant.referring import SINGULAR, ask_of, refer
from assistant.register import Register
from assistant.text import record_text, stems
from ingest.model import ActionRecord

# 'the one at X', 'the recommendation from X', 'the action in X': up to a dash, comma or the end
_ONE_OF = re.compile(
    r"\bthe\s+(?:one|action|recommendation|item|row|finding|issue|entry)\s+"
    r"(?P<prep>at|in|from|of|for|on|by)\s+(?P<x>[^?,;:—–]+?)\s*(?=[?,;:—–]|\s-\s|$)",
    re.I,
)
# 'the 2024 one', 'the 2023/24 recommendation'
_YEAR_ONE = re.compile(
    r"\bthe\s+(?P<x>(?:19|20)\d\d(?:/\d\d)?)\s+(?:one|action|recommendation|item|row|finding)\b",
    re.I,
)
# 'the Lowfield one', 'the Tamar Vale recommendation': a proper name before the noun names a
# paper or the body it is of (read by its capitals, not by a list of names)
_NAME_ONE = re.compile(
    r"\b[Tt]he\s+(?P<x>(?:[A-Z][\w'’&-]*\s+){1,3})"
    r"(?:one|action|recommendation|item|row|finding|entry)\b"
)
# 'and at X?', 'what about in X?': the last question, of the row of the list before from X
_AND_AT = re.compile(
    r"^\W*(?:and|(?:what|how)\s+about)\s+(?:at|in|for|from|over\s+at)\s+(?P<x>[^?]+?)\s*\??\s*$",
    re.I,
)
# 'and Elmsford's?', 'what about the Skerrow board's one?': the last question, of the row of the
# list before whose paper or body the name (capitalised, as the user writes a name) names
_AND_OWNED = re.compile(
    r"^\W*(?i:and|(?:what|how)\s+about)\s+(?:[Tt]he\s+)?(?P<x>[A-Z][^?]*?)['’]s?"
    r"(?:\s+(?:one|action|recommendation|item|row|finding|entry))?\s*\??\s*$"
)
# a question asking rows of its own: 'which actions', 'how many of its recommendations'
_ROWS_ASKED = re.compile(
    r"\b(?:which|what|how\s+many|list)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:actions|recommendations|items|rows|findings|issues|ones|points|entries)\b",
    re.I,
)
# what is left of a question that only picks: 'and', 'what about', 'how about'
_ELLIPTICAL = re.compile(r"^\W*(?:(?:and|or|but|so)\s+)?(?:(?:what|how)\s+about\s+)?\W*$", re.I)
_GENERIC = frozenset(
    "the and of for in at on by from one row item a an its their this that report plan paper "
    "tracker log update".split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the kind of body a phrase names: it tells the papers apart less than the body's own words
_BODY_KINDS = frozenset("board commi counc autho trust servi partn group panel".split())


def _words(text: str) -> set[str]:
    """Content words cut to a stem ('councils' and 'Council' meet)."""
    found = (w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return {re.sub(r"(?<=[a-z]{3})(?:ies|es|s)$", "", w)[:5] for w in found if w not in _GENERIC}


def _weight(words: set[str]) -> int:
    """Two for a word of a body's own name, one for a word of its kind ('board')."""
    return sum(1 if word in _BODY_KINDS else 2 for word in words)


def pick_form(question: str) -> bool:
    """Whether ``question`` picks a row by the paper or body it comes from."""
    return bool(
        _ONE_OF.search(question)
        or _YEAR_ONE.search(question)
        or _NAME_ONE.search(question)
        or _AND_AT.match(question)
        or _AND_OWNED.match(question)
    )


def _paper_words(
    record: ActionRecord, organisation: Callable[[str], str]
) -> tuple[set[str], set[str]]:
    """The words and years that name the paper ``record`` comes from."""
    document = record.document
    text = f"{document.title} {organisation(document.id)} {document.filename}"
    years = set(_YEAR.findall(f"{document.title} {document.date or ''} {document.filename}"))
    return _words(re.sub(r"[_.-]", " ", text)), years


def _papers(records: list[ActionRecord], names: list[str]) -> int:
    """How many papers the named rows of a list come from."""
    return len({r.document.id for r in records[: len(names)]})


def pick_by_paper(
    question: str, previous: Previous | None, organisation: Callable[[str], str]
) -> str | None:
    """``question`` with 'the one at <X>' put as the row of the last answer whose paper <X>
    names ('the 2024 one': whose paper is of 2024); the last question asked of that row when
    the question only picks ('and the one at X?'). 'and at <X>?' after a row picked from a
    list of several papers' rows asks the last question of the row of that list from X. None
    when the question has no such pick, the rows are of one paper, or the words name no one
    row's paper alone; so does 'and X's?'. ``organisation`` gives the body a paper is of."""
    if previous is None:
        return None
    found = _ONE_OF.search(question) or _YEAR_ONE.search(question) or _NAME_ONE.search(question)
    records, names = previous.records, previous.names
    switch = found is None and previous.pool and len(previous.records) == 1
    if switch:
        found = _AND_AT.match(question) or _AND_OWNED.match(question)
        records, names = previous.pool, previous.pool_names
    elif found and _papers(records, names) < 2 and _papers(previous.pool, previous.pool_names) > 1:
        # a row picked from a list before: 'the one at X' is of that list again
        records, names = previous.pool, previous.pool_names
    if found is None or _papers(records, names) < 2:
        return None
    if _ROWS_ASKED.search(question[: found.start()] + question[found.end() :]) and _top_rows(
        found.group("x"), records[: len(names)], organisation
    ):  # 'in the Lowfield one, which actions …?': rows asked of that paper, not a row of it
        one = found.group(0)
        paper = re.sub(
            r"\b(?:one|action|recommendation|item|row|finding|issue|entry)\b", "paper", one, count=1
        )
        return question[: found.start()] + paper + question[found.end() :]
    index = _best(found.group("x"), records[: len(names)], organisation)
    named = names[index] if index is not None else None
    if index is None and not switch:
        # 'the PURE one' when that paper has several rows of the list: each of them (a value
        # asked of one is asked of every row the words pick, not refused)
        picked = _top_rows(found.group("x"), records[: len(names)], organisation)
        if len(picked) > 1:
            index = picked[0]
            named = join_names([records[i] for i in picked], [names[i] for i in picked])
    if index is None or named is None or (switch and records[index].id == previous.records[0].id):
        return None
    end = found.end()
    if found.re not in (_YEAR_ONE, _NAME_ONE):  # "the one at Fenbury due": the body ends it
        end = found.start("x") + _phrase_end(found.group("x"), records[index], organisation)
    rest = question[: found.start()] + question[end:]
    if switch or _ELLIPTICAL.fullmatch(rest):
        return ask_of(previous.standalone.rstrip(" ?."), previous, named)
    return question[: found.start()] + named + question[end:]


# the noun that ends the name of a body or paper ('Tamar Vale housing association')
_NAME_ENDS = re.compile(
    r"(?:association|authority|board|committee|council|trust|group|partnership|service|panel|"
    r"commissioners?|report|plan|tracker|log|paper|update|follow-up|review)s?$",
    re.I,
)


def _phrase_end(phrase: str, record: ActionRecord, organisation: Callable[[str], str]) -> int:
    """Where the words naming ``record``'s paper end in ``phrase``: after the last word that
    names it, or the noun ending the name after it ('Fenbury due': 'Fenbury')."""
    words, years = _paper_words(record, organisation)
    tokens = list(re.finditer(r"[\w'’&/-]+", phrase))
    last = -1
    for i, token in enumerate(tokens):
        if _words(token.group()) & words or set(_YEAR.findall(token.group())) & years:
            last = i
    if last < 0:
        return len(phrase)
    ends = [i for i in range(last + 1, len(tokens)) if _NAME_ENDS.match(tokens[i].group())]
    return tokens[ends[-1] if ends else last].end()


def _best(
    phrase: str, records: list[ActionRecord], organisation: Callable[[str], str]
) -> int | None:
    """The index of the one row whose paper ``phrase`` names best; None on a tie or none."""
    wanted, years = _words(phrase), set(_YEAR.findall(phrase))
    if not wanted and not years:
        return None
    scored: list[tuple[int, int]] = []
    for index, record in enumerate(records):
        words, paper_years = _paper_words(record, organisation)
        if years and not years & paper_years:
            continue
        scored.append((_weight(wanted & words) + 2 * len(years & paper_years), index))
    scored.sort(reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _top_rows(
    phrase: str, records: list[ActionRecord], organisation: Callable[[str], str]
) -> list[int]:
    """The indices of the rows whose paper ``phrase`` names best, ties kept (several rows of
    one paper, or of one body's papers of two years); [] when it names none."""
    wanted, years = _words(phrase), set(_YEAR.findall(phrase))
    scores = []
    for record in records:
        words, paper_years = _paper_words(record, organisation)
        fits = not years or bool(years & paper_years)
        scores.append(_weight(wanted & words) + 2 * len(years & paper_years) if fits else 0)
    top = max(scores, default=0)
    return [i for i, score in enumerate(scores) if top and score == top]


def _named_paper(
    phrase: str, records: list[ActionRecord], organisation: Callable[[str], str]
) -> str | None:
    """The id of the one paper among ``records``' that ``phrase`` names best (its words and
    years, as :func:`_best` reads them); None on a tie or none."""
    wanted, years = _words(phrase), set(_YEAR.findall(phrase))
    scores: dict[str, int] = {}
    for record in records:
        words, paper_years = _paper_words(record, organisation)
        if years and not years & paper_years:
            continue
        score = _weight(wanted & words) + 2 * len(years & paper_years)
        scores[record.document.id] = max(score, scores.get(record.document.id, 0))
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return next(d for d, v in scores.items() if v == ranked[0])


def pointer_in_paper(
    question: str,
    previous: Previous | None,
    register: Register,
    organisation: Callable[[str], str],
) -> str | None:
    """'What did the 2017 report say about how that's going?' after rows of several papers on
    one issue: the pointer is the row shown of the paper the question names, so the question
    follows the issue into that paper (of several rows of it, the one sharing most words with
    the subject the turn before asked of). None when the rows are of one paper, the question
    names none of their papers alone, or no one row of it is picked."""
    paper = PAPER_NP.search(question)
    pointer = SINGULAR.search(question)
    if previous is None or previous.quoted or paper is None or pointer is None:
        return None
    if pointer.start() < paper.end() and pointer.end() > paper.start():
        return None  # 'that report' is the paper itself
    rows = list({r.id: r for r in previous.records}.values())
    if len({r.document.id for r in rows}) < 2:
        return None
    named = _named_paper(paper.group(0), rows, organisation)
    inside = [r for r in rows if r.document.id == named]
    if len(inside) > 1:  # several rows of that paper: the one nearest the subject asked of
        subject = stems(previous.focus or previous.standalone)
        scored = sorted(((len(subject & stems(record_text(r))), i) for i, r in enumerate(inside)))
        if scored[-1][0] == 0 or scored[-2][0] == scored[-1][0]:
            return None
        inside = [inside[scored[-1][1]]]
    if len(inside) != 1:
        return None
    name = record_names(register, inside)[0]
    return question[: pointer.start()] + refer(pointer, name) + question[pointer.end() :]
