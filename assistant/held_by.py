"""'Which other recommendations are theirs?', 'what else do they lead?': the rows held by the
one owner of the last answer's rows, asked back as a question of that owner."""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import RECORD_NOUNS, singular_noun

_HELD_BY_PRONOUN = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:theirs|his|hers)|(?:do|does|did)\s+(?:they|he|she)\s+"
    r"(?:hold|own|lead|head|run|chair|manage)|(?:are|is|were|was)\s+(?:they|he|she)\s+"
    r"(?:(?:responsible|accountable|in\s+charge)(?:\s+for)?|(?:down|named|listed)\s+"
    r"(?:for|against|on))|(?:they|he|she)\s+(?:holds?|owns?|"
    r"leads?|heads?|runs?|manages?|(?:are|is)\s+responsible\s+for)|"
    # 'which other recommendations have that same lead?': the owner of the record before
    r"(?:have|has|had|share|shares|with)\s+(?:that|the|this|their)\s+same\s+"
    r"(?:lead|leads|owner|owners|lead officer|officer|director|head|post))\b",
    re.I,
)
_ASKS_ROWS = re.compile(
    r"^(?:and\s+)?(?P<wh>which|what|how\s+many)\s+(?P<other>other\s+|else\s+)?"
    r"(?P<mods>(?:[A-Za-z][\w'-]*\s+){0,4}?)(?P<kind>[a-z]+)\b",
    re.I,
)
# the owner holds them alone: 'which other audit recommendations are theirs alone?'
_ALONE = re.compile(r"\b(?:alone|solely|by themselves|on (?:their|his|her) own)\b", re.I)


def held_by_owner(question: str, previous: Previous | None) -> str | None:
    """'Which other recommendations are theirs?' after an answer about one owner's record:
    'Which recommendations other than R22 are owned by <that owner>?' (the records the owner
    holds, the one already shown left out when 'other' is asked). None unless the last
    answer's records have one owner and the question asks for rows held by a pronoun."""
    if previous is None or not previous.records or not _HELD_BY_PRONOUN.search(question):
        return None
    owners = {r.owner for r in previous.records if r.owner}
    asked = _ASKS_ROWS.match(question.strip())
    if len(owners) != 1 or asked is None:
        return None
    words = re.findall(r"[A-Za-z][\w'-]*", question.strip()[asked.start("mods") :])[:5]
    at = next((i for i, w in enumerate(words) if singular_noun(w.lower()) in RECORD_NOUNS), 0)
    kind = words[at].lower() if words else asked.group("kind").lower()
    other = bool(asked.group("other"))
    mods = "".join(f"{w} " for w in words[:at])  # 'which other Audit Commission recommendations'
    if asked.group("other") and asked.group("other").lower().startswith("else"):
        kind, mods = "actions", ""  # 'what else do they lead?'
    if singular_noun(kind) not in RECORD_NOUNS and kind != "actions":
        return None
    wh = "How many" if asked.group("wh").lower().startswith("how") else "Which"
    left_out = ""
    refs = [r.ref for r in previous.records if r.ref]
    if other and refs:
        left_out = " other than " + " and ".join(refs)
    alone = " alone" if _ALONE.search(question) else ""
    return f"{wh} {mods}{kind}{left_out} are owned by {owners.pop()}{alone}?"
