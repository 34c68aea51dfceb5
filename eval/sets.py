"""Every evaluation set, each over its own papers, in one table: development beside held-out,
with the gap.

Usage::

    python -m eval.sets                        # every set in eval/sets.json
    python -m eval.sets --only dev,i,o         # some of them
    python -m eval.sets --role blind --json    # the blind sets, as JSON
    make eval-sets

The manifest (``eval/sets.json``; paths relative to its folder) names each set's questions
and conversations, the folder of papers they are asked over, and its role: ``development``
(built on), ``probe`` (outside questions used as development material), ``held-out``
(diagnosed by aggregates only), ``blind`` (measured only at the start and the end of a
session) or ``papers`` (the questions of the issue-15 corpus).

Each folder of papers is ingested once into an index cached under ``--cache``; the cache key
covers the papers and the ingest and vectorstore code, so a change to either builds a fresh
index. Each set runs ``govrag eval --no-baseline`` in its own process against its index. Only
aggregates are printed, never a question, so running a blind set shows nothing of it.

Exit codes: 0 done, 2 bad manifest or option, 3 a set could not be evaluated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MANIFEST = Path(__file__).resolve().parent / "sets.json"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "govrag-eval-sets"
ROLES = ("development", "probe", "held-out", "blind", "papers")
# What the index depends on besides the papers: the code that reads and stores them.
INDEX_CODE = ("ingest", "vectorstore")
EXIT_OK, EXIT_BAD_INPUT, EXIT_UNAVAILABLE = 0, 2, 3


class ManifestError(ValueError):
    """The manifest is unreadable or names a field or file wrongly."""


class SetFailed(RuntimeError):
    """A set's ingest or evaluation did not finish."""


@dataclass(frozen=True)
class EvalSet:
    """One set: its questions and/or conversations over one folder of papers."""

    name: str
    role: str
    papers: Path
    questions: Path | None
    conversations: Path | None


def _path(
    item: dict[str, Any], field: str, base: Path, where: str, *, folder: bool = False
) -> Path | None:
    """The file (or folder) ``item`` names in ``field``, from ``base``; None when not given."""
    value = item.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ManifestError(f"{where}: {field!r} must be a path")
    resolved = (base / value).resolve()
    if not (resolved.is_dir() if folder else resolved.is_file()):
        kind = "folder" if folder else "file"
        raise ManifestError(f"{where}: {field!r} names no {kind}: {value}")
    return resolved


def load_manifest(path: Path) -> list[EvalSet]:
    """The sets of ``path``; a ManifestError names the set and field at fault."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read the manifest: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sets"), list):
        raise ManifestError(f"{path}: expected an object with a 'sets' list")
    base = path.parent  # relative paths are read from the manifest's folder
    known = {"name", "role", "papers", "questions", "conversations"}
    sets: list[EvalSet] = []
    for number, item in enumerate(raw["sets"], start=1):
        where = f"{path}: set {number}"
        if not isinstance(item, dict):
            raise ManifestError(f"{where}: expected an object")
        name = item.get("name")
        if not isinstance(name, str) or not name:
            raise ManifestError(f"{where}: 'name' must be a non-empty string")
        where = f"{path}: set {name!r}"
        unknown = sorted(set(item) - known)
        if unknown:
            raise ManifestError(f"{where}: unknown field(s) {', '.join(unknown)}")
        if name in {s.name for s in sets}:
            raise ManifestError(f"{where}: the name is used twice")
        if item.get("role") not in ROLES:
            raise ManifestError(f"{where}: 'role' must be one of {', '.join(ROLES)}")
        papers = _path(item, "papers", base, where, folder=True)
        if papers is None:
            raise ManifestError(f"{where}: 'papers' (the folder the set is asked over) is missing")
        questions, conversations = (
            _path(item, "questions", base, where),
            _path(item, "conversations", base, where),
        )
        if questions is None and conversations is None:
            raise ManifestError(f"{where}: give 'questions', 'conversations' or both")
        sets.append(EvalSet(name, item["role"], papers, questions, conversations))
    return sets


def choose(
    sets: Sequence[EvalSet], only: Iterable[str] = (), role: str | None = None
) -> list[EvalSet]:
    """The sets named in ``only`` (all when empty) of ``role`` (any when None)."""
    wanted = [n for n in only if n]
    missing = sorted(set(wanted) - {s.name for s in sets})
    if missing:
        raise ManifestError(f"no set named {', '.join(missing)} in the manifest")
    return [
        s for s in sets if (not wanted or s.name in wanted) and (role is None or s.role == role)
    ]


def _digest_files(digest: Any, files: Iterable[Path], root: Path) -> None:
    for file in sorted(files):
        digest.update(str(file.relative_to(root)).encode())
        digest.update(file.read_bytes())


def index_key(papers: Path, code_root: Path = ROOT) -> str:
    """A key that changes when a paper of ``papers`` or the ingest or vectorstore code does."""
    digest = hashlib.sha256()
    _digest_files(digest, (p for p in papers.rglob("*") if p.is_file()), papers)
    for package in INDEX_CODE:
        _digest_files(digest, (code_root / package).rglob("*.py"), code_root)
    return f"{papers.name}-{digest.hexdigest()[:16]}"


Run = Callable[[Sequence[str], dict[str, str]], None]


def run_command(argv: Sequence[str], env: dict[str, str]) -> None:
    """Run a govrag command quietly; SetFailed with the tail of its errors when it fails."""
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise SetFailed(f"{' '.join(argv[2:4])} exited {done.returncode}: {tail}")


def _govrag(*words: str) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", *words]


def ensure_index(papers: Path, cache: Path, run: Run = run_command) -> Path:
    """The cached index of ``papers``, ingested first when the cache has none for its key."""
    index = cache / index_key(papers)
    if (index / "ready").exists():
        return index
    env = {**os.environ, "GOVRAG_INDEX_DIR": str(index)}
    run(_govrag("ingest", str(papers)), env)
    index.mkdir(parents=True, exist_ok=True)
    (index / "ready").write_text("", encoding="utf-8")
    return index


def evaluate_set(item: EvalSet, index: Path, out: Path, run: Run = run_command) -> dict[str, Any]:
    """The aggregates of one set, from ``govrag eval`` against ``index``."""
    words = ["eval", "--no-baseline", "--out", str(out)]
    if item.questions is not None:
        words += ["--gold", str(item.questions)]
    if item.conversations is not None:
        words += ["--conversations", str(item.conversations)]
    run(_govrag(*words), {**os.environ, "GOVRAG_INDEX_DIR": str(index)})
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return aggregates(item, report)


def aggregates(item: EvalSet, report: dict[str, Any]) -> dict[str, Any]:
    """The figures of one report that the table shows; nothing about any single question."""
    row: dict[str, Any] = {"set": item.name, "role": item.role, "papers": item.papers.name}
    if item.questions is not None:
        overall = report["systems"]["govrag"]["overall"]
        row.update(
            questions=overall["n"],
            strict=overall["strict_accuracy"],
            abstention=overall["abstention_accuracy"],
            false_abstention=overall["false_abstention_rate"],
            grounding=overall["citation_grounding"],
        )
    section = report.get("conversations")
    if section:
        row.update(
            conversations=section["overall"]["conversations"],
            conversations_right=section["overall"]["conversations_correct"],
            conversation_accuracy=section["overall"]["conversation_accuracy"],
            turn_accuracy=section["overall"]["turn_accuracy"],
        )
    return row


def gaps(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Development minus each held-out and blind set, in strict accuracy and conversations."""
    dev = next((r for r in rows if r["role"] == "development"), None)
    if dev is None:
        return []
    out = []
    for row in rows:
        if row["role"] not in ("held-out", "blind"):
            continue
        gap: dict[str, Any] = {"set": row["set"], "papers": row["papers"]}
        for field in ("strict", "conversation_accuracy"):
            if row.get(field) is not None and dev.get(field) is not None:
                gap[field] = round(dev[field] - row[field], 3)
        out.append(gap)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The sets side by side, then the gaps, as Markdown."""
    head = "| set | role | papers | n | strict | abstention | false abst. | conversations | turns |"
    lines = [head, "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        conv = f"{r['conversations_right']}/{r['conversations']}" if r.get("conversations") else "–"
        cells = [r["set"], r["role"], r["papers"], _cell(r.get("questions"))]
        cells += [_cell(r.get(k)) for k in ("strict", "abstention", "false_abstention")]
        cells += [conv, _cell(r.get("turn_accuracy"))]
        lines.append("| " + " | ".join(cells) + " |")
    found = gaps(rows)
    if found:
        lines += ["", "| gap (development minus) | papers | strict | conversations |"]
        lines.append("| --- | --- | ---: | ---: |")
        for g in found:
            cells = [g["set"], g["papers"], _cell(g.get("strict"))]
            cells.append(_cell(g.get("conversation_accuracy")))
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run_sets(
    sets: Sequence[EvalSet], cache: Path, out: Path, run: Run = run_command
) -> list[dict[str, Any]]:
    """Evaluate each set against the index of its papers; the rows of the table."""
    rows = []
    for item in sets:
        print(f"{item.name}: {item.papers.name}", file=sys.stderr, flush=True)
        index = ensure_index(item.papers, cache, run)
        rows.append(evaluate_set(item, index, out / item.name, run))
    return rows


def main(argv: Sequence[str] | None = None, *, run: Run = run_command) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.sets", description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--only", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--role", choices=ROLES, help="only the sets of this role")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="index cache folder")
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "out" / "sets")
    parser.add_argument("--json", action="store_true", help="print the rows and gaps as JSON")
    options = parser.parse_args(argv)
    try:
        sets = choose(load_manifest(options.manifest), options.only.split(","), options.role)
    except ManifestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        rows = run_sets(sets, options.cache, options.out, run)
    except SetFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if options.json:
        print(json.dumps({"sets": rows, "gaps": gaps(rows)}, indent=2))
    else:
        print(table(rows))
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
