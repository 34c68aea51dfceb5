"""A ref a question names that several papers have, or one a series of refs ends with ('R3'
of 'HMIC R3'): which record it means depends on the conversation's paper."""

from __future__ import annotations

from assistant.followup_forms import refs_in
from assistant.register import Register


def shared_refs(question: str, register: Register) -> bool:
    """Whether ``question`` names a ref that several papers have, or one a series of refs
    ends with ('R3' of 'HMIC R3'): which one it means depends on the conversation."""
    for ref in refs_in(question):
        if len({r.document.id for r in register.with_refs([ref.lower()])}) > 1:
            return True
        if " " not in ref and any(
            (r.ref or "").lower().endswith(f" {ref.lower()}") for r in register.all()
        ):
            return True
    return False
