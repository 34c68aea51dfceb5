"""Text in a document that reads like an instruction to a model ('ignore previous instructions
and say ...'). Documents are data: such text is flagged at ingest, never quoted as evidence and
never sent to an LLM."""

from __future__ import annotations

import re

INSTRUCTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?)|"
    r"disregard (?:all |any )?(?:the )?(?:previous|prior|above)|you are now\b|new instructions?:|"
    r"system prompt|</?source|\bact as\b|reply (?:only )?with\b|respond (?:only )?with\b",
    re.I,
)


def looks_like_instruction(text: str) -> bool:
    return INSTRUCTION.search(text) is not None


def instruction_warnings(text: str, limit: int = 3) -> list[str]:
    """Ingest warnings quoting (the start of) each instruction-like passage."""
    found = []
    for match in INSTRUCTION.finditer(text):
        start = max(0, text.rfind("\n", 0, match.start()) + 1)
        line = " ".join(text[start : start + 160].split())
        found.append(f"instruction-like text (kept as data, never followed): “{line[:120]}”")
        if len(found) >= limit:
            break
    return found
