"""Which field of an action record each table column feeds, from the column's header text.

Every body words its headers its own way ("Lead officer", "Who", "By whom", "Accountable
manager"; "RAG", "Implemented?"; "Target date Revised" from a two-row header). A header is
mapped to a :class:`Role` in four steps, and the mapping says which step decided
(:class:`ColumnMatch`), so ``govrag ingest --explain`` can show it:

1. **override** — a body's own mapping (``govrag-columns.toml``/``.json``, see
   :mod:`ingest.mapping`): normalised header text -> role name;
2. **synonym** — ordered rules over general governance vocabulary; the first that matches
   wins, so "Progress Update and degree to which recommendation met" is progress (not
   recommendation), "Timescales when action likely to be complete" a due date (not an action),
   "Action owner" an owner and "Risk rating" a priority (not a finding);
3. **similarity** — no rule matched: the header is compared with each role's example phrases
   by stemmed-token overlap and difflib's ratio (and, when an encoder is injected through
   :class:`HeaderEncoder`, by cosine similarity); the best score over
   :data:`SIMILARITY_THRESHOLD` wins;
4. **values** — a column no step named (an empty or unfamiliar header, 'Stage reached') is
   judged by its cells: short identifiers make the ref column, status phrases ('Not yet due',
   'In progress', RAG words) the status column, dates the due column; and a commentary header
   ('Position') over nothing but status phrases is the status column. A column of percentages
   ('60%', or bare figures under '% complete') is how far the work has got: kept apart as its
   own column (:data:`PERCENT`), never the status, whatever its header names; and a column
   a header names as the status whose cells hold no status words gives way to the one whose
   cells do ('Rating' beside comments under 'Status').

A two-row header joined into one ('Timing Set originally', 'Timing Latest view') is matched by
its leaf words first; of two deadline columns, the one worded as later ('now expected',
'latest', 'revised') or else the later one is the revised date.

Step 4 and the reading of a whole header with its first cells (:func:`explain_roles`,
:func:`assign_roles`, :data:`PERCENT`) are in :mod:`ingest.column_values`.

No rule keys on one paper's exact header; the vocabulary is that of councils, NHS trusts,
police, fire, universities and audit reports in general.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Protocol

from ingest.dates import parse_dates
from ingest.status import is_status_mark, stated_status


class Role(StrEnum):
    REF = "ref"
    PAGE_NO = "page_no"
    TITLE = "title"
    FINDING = "finding"
    ACTION = "action"
    RECOMMENDATION = "recommendation"
    PROGRESS = "progress"
    STATUS = "status"  # a status / RAG column, separate from progress commentary
    OWNER = "owner"
    PRIORITY = "priority"
    DUE = "due"  # the (original) target date
    REVISED_DUE = "revised_due"  # a revised / new / extended target date
    AGREED = "agreed"
    COST = "cost"
    OTHER = "other"


@dataclass(frozen=True)
class ColumnMatch:
    """How one header was mapped: the role, the step that decided, its score and the words."""

    header: str
    role: Role
    basis: str  # override | synonym | similarity | values | fallback | none
    score: float = 1.0
    matched: str = ""

    def explain(self) -> str:
        header = self.header or "(no header)"
        why = self.basis
        if self.matched:
            why += f" '{self.matched}'"
        if self.basis == "similarity":
            why += f" {self.score:.2f}"
        return f"{header} -> {self.role.value} ({why})"

    def as_dict(self) -> dict[str, object]:
        return {
            "header": self.header,
            "role": self.role.value,
            "basis": self.basis,
            "score": round(self.score, 3),
            "matched": self.matched,
        }


class HeaderEncoder(Protocol):
    """Optional embedding similarity for headers no rule matched (e.g. the search encoder,
    injected by the caller: ingest itself never imports the vector store)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...


_DATE_WORDS = r"dates?|deadlines?|timescales?|target|due|completion|by when|timelines?|timing"
_REVISION_WORDS = (
    r"revised|new|extended|extension|amended|updated|current|latest|forecast|rescheduled|"
    r"re-?profiled|moved|changed|deferred|expected"
)
_RAG = re.compile(r"\bb?rag\b|\bb?rag status\b")
_STATUS_ONLY = re.compile(
    r"\bstatus\b|\bimplemented\s*\?|\bcomplete(?:d)?\s*\?|\bachieved\s*\?|\bdone\s*\?|"
    r"\bmet\s*\?|\bopen\s*/\s*closed\b|\bclosed\s*\?|% complete|\bon track\b"
)
# '<word> status' ('Progress status', 'Delivery status') names the status, not commentary.
_WORD_STATUS = re.compile(r"^(?:[\w/&-]+ ){1,2}status$")
_COMMENTARY = re.compile(r"comment|commentary|notes?\b|remarks|narrative|explanation")
_STATUS_SYNONYMS = re.compile(
    r"^(?:current )?(?:state|stage|state of play)$|"
    r"\bwhere (?:we|things|it|this) (?:are|is|stands?|stand)\b|\bhow far\b"
)
_NARRATIVE = re.compile(
    r"progress|comment|update|commentary|narrative|position|notes?\b|remarks|evidence|"
    r"explanation|detail"
)

# (role, pattern, unless): the first rule whose pattern matches and whose ``unless`` does not
_RULES: list[tuple[Role, re.Pattern[str], re.Pattern[str] | None]] = [
    (Role.PAGE_NO, re.compile(r"^page\b"), None),
    (
        Role.OTHER,  # dates that are not deadlines
        re.compile(
            r"\bdate (?:raised|identified|opened|reported|added|logged|of (?:audit|report|"
            r"meeting|last update))|^(?:date )?last (?:updated|reviewed)$|"
            r"\bdate (?:completed|closed|implemented|actioned|verified)\b|\bactual\b.*\bdate\b|"
            r"^(?:completed|closed) (?:on|date)$"
        ),
        None,
    ),
    (
        Role.REF,
        re.compile(
            r"^(?:(?:rec(?:ommendation)?|action|item|finding|issue|risk|audit|para(?:graph)?|"
            r"report)\.?\s+)?(?:no\.?|ref\.?|reference|id|number|#|num\.?)(?:\s+no\.?)?$|"
            r"^(?:no\.?|ref\.?|reference|item|#|number|rec\.?\s?no\.?|id|para(?:graph)?|s/?n)$|"
            r"(?:^|\s)(?:ref\.?|reference|ref\.? no\.?|id)$"
        ),
        None,
    ),
    (
        Role.REVISED_DUE,
        re.compile(
            rf"\b(?:{_REVISION_WORDS})\b.*\b(?:{_DATE_WORDS})|"
            rf"\b(?:{_DATE_WORDS})\b.*\b(?:revised|extended|amended|new|rescheduled|current|"
            r"latest|updated|forecast|now|expected|moved|deferred)\b|"
            r"^(?:revised|extended(?: to)?|extension|new|amended|rescheduled|re-?profiled)$"
        ),
        re.compile(r"progress|comment|position|commentary"),
    ),
    (Role.STATUS, _RAG, None),  # 'Progress RAG' holds colours
    (Role.STATUS, _WORD_STATUS, _COMMENTARY),  # 'Progress status', 'Update status'
    (Role.STATUS, _STATUS_SYNONYMS, None),
    (Role.STATUS, _STATUS_ONLY, _NARRATIVE),
    (
        Role.PROGRESS,
        re.compile(
            r"progress|current position|comment|update|status|position|commentary|narrative|"
            r"actions? taken|work (?:done|undertaken)|evidence|\bnotes?\b|remarks|"
            r"what has been done|outcome|assurance"
        ),
        None,
    ),
    (
        Role.PRIORITY,
        re.compile(
            r"priority|risk (?:rating|score|level|grade)|\brating\b|\bgrad(?:e|ing)\b|significance|"
            r"severity|importance|category of risk|\bp[1-4]\b"
        ),
        None,
    ),
    (
        Role.DUE,
        re.compile(
            r"deadline|timescale|\bdue\b|target|\bdates?\b|by when|completion|\bwhen\b|timeline|"
            r"timing|time ?frame|timetable|^original$"
        ),
        None,
    ),
    (
        Role.OWNER,
        re.compile(
            r"\bowner|\bown(?:ing|ed by)\b|\bled by\b|responsib|accountab|\blead\b|lead officer|"
            r"\bofficer\b|\bmanager\b|"
            r"\bwho\b|by whom|action by|\bdirector\b|\bassigned\b|\bportfolio\b|\bholder\b|"
            r"\bsponsor\b"
        ),
        None,
    ),
    (
        Role.ACTION,
        re.compile(
            r"residual|remaining|agreed action|\baction|management response|\bresponse\b|"
            r"\bmeasures?\b|\bsteps\b|planned|proposed|what (?:we|will)|mitigation|\bplan\b"
        ),
        None,
    ),
    (Role.RECOMMENDATION, re.compile(r"recommend"), None),
    (
        Role.FINDING,
        re.compile(
            r"issue|finding|weakness|risk|concern|observation|\bgap\b|problem|description|"
            r"identified|deficien|why\b"
        ),
        None,
    ),
    (Role.TITLE, re.compile(r"subject|area|title|theme|topic|heading|\bsummary\b"), None),
    (Role.AGREED, re.compile(r"^agreed\b|accepted"), None),
    (Role.COST, re.compile(r"cost|budget|£|resource implications"), None),
]

# Example phrases per role for the similarity fallback (general vocabulary).
EXAMPLES: dict[Role, tuple[str, ...]] = {
    Role.REF: ("reference", "ref no", "recommendation number", "item number", "identifier"),
    Role.FINDING: ("issue", "finding", "weakness identified", "audit finding", "risk identified"),
    Role.ACTION: ("agreed action", "management action", "planned action", "action to be taken"),
    Role.RECOMMENDATION: ("recommendation", "audit recommendation", "recommendations made"),
    Role.OWNER: ("responsible officer", "lead officer", "action owner", "accountable person"),
    Role.PRIORITY: ("priority", "risk rating", "grading", "significance"),
    Role.DUE: ("target date", "deadline", "implementation date", "due by", "timescale"),
    Role.REVISED_DUE: ("revised target date", "new deadline", "extended date"),
    Role.STATUS: ("status", "rag status", "implementation status", "rag rating"),
    Role.PROGRESS: ("progress update", "commentary", "current position", "latest update"),
    Role.TITLE: ("subject", "area", "theme", "topic"),
}
SIMILARITY_THRESHOLD = 0.6
TYPO_RATIO = 0.8
EMBEDDING_THRESHOLD = 0.55

# Columns whose cells are labels, not running text.
LABEL_ROLES = {
    Role.REF,
    Role.PAGE_NO,
    Role.TITLE,
    Role.OWNER,
    Role.PRIORITY,
    Role.DUE,
    Role.REVISED_DUE,
    Role.STATUS,
    Role.AGREED,
    Role.COST,
}
NARRATIVE_PREFERENCE = (Role.PROGRESS, Role.ACTION, Role.RECOMMENDATION, Role.FINDING)
_REF_VALUE = re.compile(r"^(?:[A-Z]{0,4}\s?)?\d{1,3}(?:\.\d{1,3})*\.?[a-z]?$|^[A-Z]\d{1,3}$")
_REF_CODE = re.compile(r"^[A-Za-z]{0,5}[ ./-]?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A compound code: up to three groups of capitals, then up to four groups of digits, joined by
# '-', '/', '.' or a space, with an optional letter or bracketed sub-part: 'FIN-PAY-03',
# 'IA-2023/24-07', 'IA 2023/24 07', 'ICT-SEC-11b', 'REC 12 (a)'.
_REF_COMPOUND = re.compile(
    r"^[A-Z]{1,5}(?:[-/. ][A-Z]{1,5}){0,2}[-/. ]?\d{1,4}(?:[-/. ]\d{1,4}){0,3}[a-z]?"
    r"(?:\s?\((?:[a-z]{1,4}|\d{1,2})\))?$"
)
_REF_COMPOUND_MAX = 18
_RAG_VALUE = re.compile(
    r"^(?:red|amber|green|blue|grey|r|a|g|b|complete[d]?|closed|open|ongoing|overdue)$", re.I
)
_STATUS_VALUE_WORDS = 5  # a status cell is a short phrase ('Not yet due', 'In progress')

# The overrides in force (see :func:`use_mapping`) and the explanations being collected.
_OVERRIDES: ContextVar[Mapping[str, Role] | None] = ContextVar("column_overrides", default=None)


def overrides_in_force() -> Mapping[str, Role] | None:
    """The body's header -> role table in force (see :func:`ingest.mapping.use_mapping`)."""
    return _OVERRIDES.get()


_ENCODER: ContextVar[HeaderEncoder | None] = ContextVar("column_encoder", default=None)
_LOG: ContextVar[list[tuple[str | None, list[ColumnMatch]]] | None] = ContextVar(
    "column_log", default=None
)


def normalise_header(name: str) -> str:
    """Lower case, one space, no trailing punctuation other than '?': the key rules and
    overrides see ('Target date\\nRevised' -> 'target date revised')."""
    key = re.sub(r"\s+", " ", name.replace("\u00a0", " ").strip().lower())
    return key.strip(" :;*.-–") if not key.endswith("?") else key


def parse_role(name: str) -> Role:
    """A role from its name as a mapping file writes it ('owner', 'revised due', 'RAG')."""
    key = re.sub(r"[\s-]+", "_", name.strip().lower())
    aliases = {
        "rag": Role.STATUS,
        "revised": Role.REVISED_DUE,
        "revised_date": Role.REVISED_DUE,
        "original_date": Role.DUE,
        "due_date": Role.DUE,
        "issue": Role.FINDING,
        "update": Role.PROGRESS,
        "ignore": Role.OTHER,
    }
    if key in aliases:
        return aliases[key]
    try:
        return Role(key)
    except ValueError as exc:
        known = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown column role {name!r} (known: {known})") from exc


@contextmanager
def use_mapping(
    overrides: Mapping[str, str | Role] | None = None, encoder: HeaderEncoder | None = None
) -> Iterator[None]:
    """Within the block, headers in ``overrides`` (any wording; compared normalised) take the
    given role, and ``encoder`` (if any) adds embedding similarity to the fallback."""
    table = (
        {
            normalise_header(k): v if isinstance(v, Role) else parse_role(v)
            for k, v in overrides.items()
        }
        if overrides
        else None
    )
    token_o = _OVERRIDES.set(table)
    token_e = _ENCODER.set(encoder)
    try:
        yield
    finally:
        _OVERRIDES.reset(token_o)
        _ENCODER.reset(token_e)


@contextmanager
def collect_mappings() -> Iterator[list[tuple[str | None, list[ColumnMatch]]]]:
    """Collect (section, how every header was mapped) per table built while the block runs."""
    log: list[tuple[str | None, list[ColumnMatch]]] = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)


def looks_like_ref(value: str) -> bool:
    """'1.', '1.1', 'R18', '8', 'HMIC 4', 'AL-01', '19/20-03', 'IA/19/02', 'FIN-PAY-03',
    'IA-2023/24-07', 'CHT-MAR-01' — short identifiers, not years, dates or sentences."""
    value = value.strip()
    if not value or len(value) > _REF_COMPOUND_MAX:
        return False
    if len(value) <= 12 and _REF_VALUE.match(value):
        return True
    if _YEAR.match(value):
        return False
    if len(value) <= 12 and _REF_CODE.match(value) and not parse_dates(value):
        return True
    if not _REF_COMPOUND.match(value):
        return False
    # a date inside a code ('IA 2023/24 07') leaves the code's own number; a date alone does not.
    # A month word after the code's first letters is one of its letter groups ('CHT-MAR-01').
    rest = value
    for found in parse_dates(value):
        if found.text[:1].isalpha() and not value.startswith(found.text):
            continue
        rest = rest.replace(found.text, " ")
    return any(c.isdigit() for c in rest)


# -- similarity -----------------------------------------------------------------------------
_STOP = {"the", "of", "to", "and", "a", "an", "for", "by", "on", "in", "is", "be", "or", "at"}


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _tokens(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP}


def text_similarity(a: str, b: str) -> float:
    """Stemmed-token overlap (Dice), or difflib's ratio where the spelling is nearly the same
    ('Reponsible oficer'); on short words a middling ratio means little ('Team' ~ 'theme')."""
    ta, tb = _tokens(a), _tokens(b)
    dice = 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0
    ratio = SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return max(dice, ratio if ratio >= TYPO_RATIO else 0.0)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """The cosine of two vectors (0 when either is all zeros)."""
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


def _similar_role(key: str) -> tuple[Role, float, str] | None:
    best: tuple[Role, float, str] | None = None
    for role, phrases in EXAMPLES.items():
        for phrase in phrases:
            score = text_similarity(key, phrase)
            if best is None or score > best[1]:
                best = (role, score, phrase)
    if best is not None and best[1] >= SIMILARITY_THRESHOLD:
        return best
    encoder = _ENCODER.get()
    if encoder is None:
        return None
    examples = [(role, p) for role, ps in EXAMPLES.items() for p in ps]
    try:
        vectors = encoder.embed_documents([key] + [p for _, p in examples])
    except Exception:  # an optional aid: a failing encoder leaves the column unmapped
        return None
    scores = [cosine(vectors[0], v) for v in vectors[1:]]
    index = max(range(len(scores)), key=scores.__getitem__)
    if scores[index] >= EMBEDDING_THRESHOLD:
        return examples[index][0], scores[index], examples[index][1]
    return None


# -- mapping ---------------------------------------------------------------------------------
def _rule_role(key: str) -> tuple[Role, str] | None:
    """The first rule's role for a normalised header, and the words it matched."""
    for role, pattern, unless in _RULES:
        found = pattern.search(key)
        if found and not (unless is not None and unless.search(key)):
            return role, found.group(0).strip()
    return None


def match_header(name: str) -> ColumnMatch:
    """The role of one header, with why (values are not looked at here)."""
    key = normalise_header(name)
    if not key:
        return ColumnMatch(name, Role.OTHER, "none", 0.0)
    overrides = _OVERRIDES.get()
    if overrides and key in overrides:
        return ColumnMatch(name, overrides[key], "override", 1.0, key)
    found_role = _rule_role(key)
    if found_role is not None:
        role, matched = found_role
        words = key.split()
        if role is Role.PROGRESS and len(words) == 2 and matched == words[0]:
            # a commentary word as the modifier of a head noun ('Assurance gap', 'Outcome
            # owner'): the head, when it names a role of its own, says what the column holds
            head = _rule_role(words[1])
            if head is not None and head[0] is not role:
                return ColumnMatch(name, head[0], "synonym", 1.0, head[1])
        return ColumnMatch(name, role, "synonym", 1.0, matched)
    similar = _similar_role(key)
    if similar is not None:
        return ColumnMatch(name, similar[0], "similarity", similar[1], similar[2])
    return ColumnMatch(name, Role.OTHER, "none", 0.0)


def looks_like_status(value: str) -> bool:
    """A short status phrase: a RAG word, or a status the vocabulary of :mod:`ingest.status`
    states ('In progress', 'Not started', 'Not yet due', 'Partially implemented')."""
    value = " ".join(value.split())
    if not value or len(value.split()) > _STATUS_VALUE_WORDS:
        return False
    return (
        bool(_RAG_VALUE.match(value)) or stated_status(value) is not None or is_status_mark(value)
    )


def note_table(section: str | None, matches: list[ColumnMatch]) -> None:
    """Record a table's mapping for :func:`collect_mappings` (called once per table built)."""
    log = _LOG.get()
    if log is not None:
        log.append((section, matches))
