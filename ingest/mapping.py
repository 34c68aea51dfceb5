"""A body's own column mapping, and what the mapping of a document's tables was.

The header rules of :mod:`ingest.columns` cover general governance wording. Where a body's
house style says something else, a small file overrides them, header by header::

    # govrag-columns.toml (beside the papers, or given with `govrag ingest --columns FILE`)
    [columns]
    "Accountable Lead" = "owner"
    "Date agreed" = "other"          # not a deadline
    "Revised" = "revised_due"
    "Position" = "status"

or the same as JSON: ``{"columns": {"Accountable Lead": "owner"}}`` (a flat object works too).
Header text is compared normalised (case, spaces and trailing punctuation ignored). Roles:
ref, title, finding, action, recommendation, progress, status (or rag), owner, priority, due
(the original deadline), revised_due (or revised), agreed, cost, page_no, other (or ignore).

In code::

    with use_mapping(load_mapping(Path("govrag-columns.toml"))):
        extracted = extract(loaded)

A mapping changes how a file is read, not the file: to re-read files ingested before, remove
them first (``govrag remove``) or rebuild the index (``govrag reindex --rebuild``).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

from ingest.columns import ColumnMatch, Role, parse_role
from ingest.errors import GovragError
from ingest.model import BlockKind, LoadedDocument
from ingest.render import render
from ingest.tables import find_tables
from ingest.vocabulary import Vocabulary

MAPPING_FILES = ("govrag-columns.toml", "govrag-columns.json")


class MappingError(GovragError):
    """A column mapping file that cannot be read or names an unknown role."""

    code = "mapping_error"
    http_status = 422
    help = 'See ingest/mapping.py: [columns] "Header text" = "role".'


def parse_mapping(data: object, source: str = "mapping") -> dict[str, Role]:
    """``{"columns": {header: role}}`` or ``{header: role}`` -> header -> :class:`Role`."""
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict):
        raise MappingError(f"{source}: expected a table of header = role")
    out: dict[str, Role] = {}
    for header, role in data.items():
        if not isinstance(role, str):
            raise MappingError(f"{source}: the role of {header!r} must be a string")
        try:
            out[str(header)] = parse_role(role)
        except ValueError as exc:
            raise MappingError(f"{source}: {exc}") from exc
    return out


def load_mapping(path: Path | str) -> dict[str, Role]:
    """Read a ``.toml`` or ``.json`` column mapping file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
        data: object = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise MappingError(f"{path}: cannot read the column mapping ({exc})") from exc
    return parse_mapping(data, str(path))


def find_mapping(paths: Iterable[Path]) -> Path | None:
    """The mapping file beside the papers: in a folder given, or beside a file given."""
    for path in paths:
        folder = path if path.is_dir() else path.parent
        for name in MAPPING_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def explain_tables(loaded: LoadedDocument) -> list[dict[str, object]]:
    """How the columns of each table of a loaded document are mapped (under the mapping in
    force, see :func:`ingest.columns.use_mapping`), without building records."""
    _, _, placed = render(loaded)
    vocab = Vocabulary.from_texts(
        [
            b.block.text if b.block.kind is not BlockKind.ROW else "\n".join(b.block.cells)
            for b in placed
        ]
    )
    layout = find_tables(placed, vocab)
    return [describe_table(t.section, t.matches) for t in layout.tables]


def describe_table(section: str | None, matches: list[ColumnMatch]) -> dict[str, object]:
    """One table's mapping as the JSON summary and ``--explain`` show it."""
    return {"section": section, "columns": [m.as_dict() for m in matches]}


def explain_lines(tables: list[dict[str, object]]) -> list[str]:
    """``--explain`` text: per table, one line per header -> role (and why)."""
    lines: list[str] = []
    for number, table in enumerate(tables, start=1):
        section = f" ({table['section']})" if table.get("section") else ""
        lines.append(f"table {number}{section}:")
        columns = table.get("columns")
        for column in columns if isinstance(columns, list) else []:
            match = ColumnMatch(
                header=str(column["header"]),
                role=Role(column["role"]),
                basis=str(column["basis"]),
                score=float(column["score"]),
                matched=str(column["matched"]),
            )
            lines.append(f"  {match.explain()}")
    return lines
