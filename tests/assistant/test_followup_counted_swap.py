"""A bare count after a list: 'so how many's that?' counts the rows just listed, by the list's
own question; 'how many in that section are medium then?' counts the list's rows with one slot
changed; 'of the medium ones, which …' narrows the list just shown. Over an invented reader of
questions and invented rows."""

from __future__ import annotations

import re

import pytest

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.counted_swap import counted_swap
from assistant.more_rows import count_of_the_list
from assistant.narrowing import as_narrowing
from ingest.model import ActionRecord, DocumentInfo

_RATING = re.compile(r"\b(high|medium|low)\b(?:\s+(?:priority|rated))?", re.I)
_STATE = re.compile(r"\b(complete|ongoing|not started)\b", re.I)

_DOC = DocumentInfo(
    id="ferry",
    filename="ferry.docx",
    format="docx",
    sha256="ferry",
    title="Ferry Board Audit Plan",
    organisation="Ostrey Ferry Board",
    date="2024-10-01",
    year=2024,
)


def _row(ref: str) -> ActionRecord:
    return ActionRecord(
        id=f"ferry:{ref}",
        document=_DOC.ref(),
        ref=ref,
        ordinal=1,
        title=f"Row {ref}",
        columns={"Point": ref},
        source_text=ref,
        source_start=0,
        source_end=len(ref),
        year=2024,
    )


def _read(question: str) -> QueryAnalysis:
    """An invented reader: a rating and a state, the other words terms; 'how many' counts."""
    rating, state = _RATING.search(question), _STATE.search(question)
    rest = _STATE.sub("", _RATING.sub("", question))
    kept = {"which", "how", "many", "of", "the", "are", "is", "in", "section", "ferry", "board"}
    terms = [w for w in re.findall(r"[a-z]+", rest.lower()) if w not in kept]
    return QueryAnalysis(
        question=question,
        intent="count" if question.lower().startswith("how many") else "list",
        priority=rating.group(1).title() if rating else None,
        statuses=[state.group(1).lower().replace(" ", "_")] if state else [],
        terms=terms,
    )


def _listed(question: str) -> Previous:
    rows = [_row("OF-1"), _row("OF-2")]
    return Previous(question, rows, ["OF-1", "OF-2"], route="register")


@pytest.mark.parametrize("asked", ["so how many's that", "how many’s that?", "how many is that?"])
def test_a_bare_count_counts_the_list_by_its_question(asked: str) -> None:
    last = _listed("Which ferry board actions in the safety section are high priority?")
    assert count_of_the_list(asked, last) == (
        "How many ferry board actions in the safety section are high priority?"
    )


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("How many in that section are medium then?",
         "How many ferry board actions in the safety section are medium priority?"),
        ("and how many are low?",
         "How many ferry board actions in the safety section are low priority?"),
    ],
)  # fmt: skip
def test_a_count_of_another_value_changes_the_lists_slot(asked: str, expected: str) -> None:
    last = _listed("Which ferry board actions in the safety section are high priority?")
    assert counted_swap(asked, last, _read) == expected


@pytest.mark.parametrize(
    "asked",
    [
        "how many of those are medium?",  # counts among the rows shown: a narrowing
        "How many are there?",  # the list's own count
        "how many in that section are they?",  # a pronoun, no value
    ],
)
def test_what_names_no_other_value_is_left_to_the_other_rules(asked: str) -> None:
    last = _listed("Which ferry board actions in the safety section are high priority?")
    assert counted_swap(asked, last, _read) is None


def test_no_count_of_a_list_after_one_row_described() -> None:
    last = Previous("Who owns OF-1?", [_row("OF-1")], ["OF-1"], route="refs")
    assert counted_swap("how many in that section are low then?", last, _read) is None


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("of the medium ones, which has no owner?", "which of those has no owner?"),
        ("Among the overdue ones, how many are high priority?",
         "how many of those are high priority?"),
    ],
)  # fmt: skip
def test_a_fronted_list_named_by_its_description_is_a_narrowing(asked: str, expected: str) -> None:
    assert as_narrowing(asked) == expected
