"""Prompt templates are files in ``prompts/`` with named ``{placeholders}``.

They are loaded and checked when the assistant starts; rendering names any placeholder that
was not supplied. Literal braces are written ``{{`` and ``}}``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import PromptError

REQUIRED: dict[str, set[str]] = {
    "system": {"abstain_phrase"},
    "answer_with_sources": {"question", "sources"},
    "condense_followup": {"history", "question"},
    "propose_analysis": {"question", "values"},
}


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    text: str

    @property
    def placeholders(self) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(self.text) if field}

    def render(self, **values: str) -> str:
        missing = sorted(self.placeholders - set(values))
        if missing:
            raise PromptError(f"prompt {self.name!r} needs {', '.join(missing)}")
        return self.text.format(**{k: v for k, v in values.items() if k in self.placeholders})


def load_prompts(folder: Path) -> dict[str, PromptTemplate]:
    """Read and check every template govrag needs."""
    prompts: dict[str, PromptTemplate] = {}
    for name, needed in REQUIRED.items():
        path = folder / f"{name}.txt"
        try:
            template = PromptTemplate(name, path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise PromptError(f"prompt file {path} cannot be read ({exc.strerror or exc})") from exc
        try:
            found = template.placeholders
        except ValueError as exc:
            raise PromptError(f"prompt file {path} is malformed: {exc}") from exc
        missing = needed - found
        if missing:
            raise PromptError(
                f"prompt file {path} lacks the placeholder(s) {', '.join(sorted(missing))}"
            )
        prompts[name] = template
    return prompts
