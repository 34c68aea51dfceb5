"""The gold set: loading and validating ``eval/gold.jsonl``.

One JSON object a line::

    {"id": "q001", "question": "...", "type": "lookup", "answerable": true,
     "facts": [["Head of Pay and Benefits"], ["under review"]],
     "records": ["002_93be34f48625d430-txt:R21"], "sources": ["002_93be34f48625d430.txt"],
     "notes": "why these are the answers"}

``facts`` is a list of facts, each a list of acceptable strings; ``records`` are action record
ids; ``sources`` are document file names. Any problem is a :class:`GoldError` naming the file,
the line and the field.

Usage::

    questions = load_gold(Path("eval/gold.jsonl"))
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

DEFAULT_GOLD = Path(__file__).resolve().parent / "gold.jsonl"

TYPES: tuple[str, ...] = (
    "lookup",
    "lookup_date",
    "list",
    "count",
    "compare",
    "multi_hop",
    "recurring",
    "false_premise",
    "unanswerable",
)
# Questions whose answer is a set of action records: set precision/recall/F1 apply.
SET_TYPES: frozenset[str] = frozenset({"list", "count", "recurring"})

REQUIRED_FIELDS = ("id", "question", "type", "answerable", "facts", "records", "sources")
OPTIONAL_FIELDS = ("notes",)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_HasId)


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file, line and field."""


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    type: str
    answerable: bool
    facts: tuple[tuple[str, ...], ...]
    records: tuple[str, ...]
    sources: tuple[str, ...]
    notes: str = ""
    line: int = 0

    @property
    def is_set_question(self) -> bool:
        return self.type in SET_TYPES


def read_lines(path: Path, kind: str) -> list[str]:
    """The lines of a JSONL file of ``kind`` ('gold', 'conversations'); errors name the file."""
    if not path.exists():
        raise GoldError(f"{path}: no such {kind} file")
    if not path.is_file():
        raise GoldError(f"{path}: not a file")
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the {kind} file: {exc}") from exc


def parse_jsonl(
    lines: Iterable[str], source: str, parse_one: Callable[[Any, str, int], Item]
) -> list[Item]:
    """One item a line (blank lines skipped), each parsed by ``parse_one(obj, where, line)``;
    ids must be unique. Errors name the source, the line and the field."""
    items: list[Item] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        item = parse_one(obj, where, number)
        if item.id in seen:
            raise GoldError(
                f"{where}: field 'id': {item.id!r} already used on line {seen[item.id]}"
            )
        seen[item.id] = number
        items.append(item)
    return items


def load_gold(path: Path) -> list[GoldQuestion]:
    """Every question of ``path``, in file order; blank lines are skipped."""
    questions = parse_gold(read_lines(path, "gold"), source=str(path))
    if not questions:
        raise GoldError(f"{path}: the gold file holds no questions")
    return questions


def parse_gold(lines: Iterable[str], source: str = "<gold>") -> list[GoldQuestion]:
    return parse_jsonl(lines, source, parse_question)


def check_fields(
    obj: Any, where: str, required: Sequence[str], optional: Sequence[str]
) -> dict[str, Any]:
    """``obj`` as a JSON object with every required field and no unknown one."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    for key in required:
        if key not in obj:
            raise GoldError(f"{where}: field {key!r} is missing")
    unknown = sorted(set(obj) - set(required) - set(optional))
    if unknown:
        allowed = ", ".join((*required, *optional))
        raise GoldError(f"{where}: unknown field {unknown[0]!r} (allowed: {allowed})")
    return obj


def parse_question(obj: Any, where: str, line: int = 0) -> GoldQuestion:
    obj = check_fields(obj, where, REQUIRED_FIELDS, OPTIONAL_FIELDS)
    qid = text_field(obj, "id", where)
    question = text_field(obj, "question", where)
    qtype = text_field(obj, "type", where)
    if qtype not in TYPES:
        raise GoldError(
            f"{where}: field 'type': unknown type {qtype!r} (known: {', '.join(TYPES)})"
        )
    answerable = obj["answerable"]
    if not isinstance(answerable, bool):
        raise GoldError(f"{where}: field 'answerable': expected true or false, got {answerable!r}")
    facts = _facts(obj["facts"], where)
    records = _strings(obj["records"], "records", where)
    sources = _strings(obj["sources"], "sources", where)
    notes = obj.get("notes", "")
    if not isinstance(notes, str):
        raise GoldError(f"{where}: field 'notes': expected a string, got {type(notes).__name__}")

    if (qtype == "unanswerable") == answerable:
        raise GoldError(
            f"{where}: field 'answerable': {str(answerable).lower()} contradicts type {qtype!r} "
            "(only 'unanswerable' questions have answerable false)"
        )
    if not answerable:
        for name, value in (("facts", facts), ("records", records), ("sources", sources)):
            if value:
                raise GoldError(
                    f"{where}: field {name!r}: must be empty for an unanswerable question"
                )
    elif not facts:
        raise GoldError(f"{where}: field 'facts': an answerable question needs at least one fact")
    return GoldQuestion(qid, question, qtype, answerable, facts, records, sources, notes, line)


def text_field(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj[key]
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}: field {key!r}: expected a non-empty string, got {value!r}")
    return value.strip()


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise GoldError(f"{where}: field {key!r}: expected a list of strings, got {value!r}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise GoldError(
                f"{where}: field {key!r}[{index}]: expected a non-empty string, got {item!r}"
            )
    return tuple(item.strip() for item in value)


def _facts(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise GoldError(
            f"{where}: field 'facts': expected a list of facts (each a list of strings), "
            f"got {value!r}"
        )
    facts = []
    for index, fact in enumerate(value):
        if not isinstance(fact, list) or not fact:
            raise GoldError(
                f"{where}: field 'facts'[{index}]: expected a non-empty list of acceptable "
                f"strings, got {fact!r}"
            )
        facts.append(_strings(fact, f"facts[{index}]", where))
    return tuple(facts)


def select(
    questions: Sequence[GoldQuestion],
    types: Sequence[str] | None = None,
    limit_per_type: int | None = None,
) -> list[GoldQuestion]:
    """The questions of ``types`` (all if None), at most ``limit_per_type`` of each, in order."""
    if types:
        unknown = [t for t in types if t not in TYPES]
        if unknown:
            raise GoldError(f"--types: unknown type {unknown[0]!r} (known: {', '.join(TYPES)})")
    wanted = set(types or TYPES)
    taken: dict[str, int] = {}
    chosen = []
    for question in questions:
        if question.type not in wanted:
            continue
        if limit_per_type is not None and taken.get(question.type, 0) >= limit_per_type:
            continue
        taken[question.type] = taken.get(question.type, 0) + 1
        chosen.append(question)
    return chosen
