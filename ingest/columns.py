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
from ingest.vocabulary import has_sentence_end


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
_NARRATIVE_ROLES = {*NARRATIVE_PREFERENCE, Role.TITLE}
_REF_VALUE = re.compile(r"^(?:[A-Z]{0,4}\s?)?\d{1,3}(?:\.\d{1,3})*\.?[a-z]?$|^[A-Z]\d{1,3}$")
_MAY_HOLD_REFS = {Role.OTHER, Role.ACTION, Role.FINDING, Role.RECOMMENDATION, Role.TITLE}
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
_GRADE_VALUE = re.compile(  # a grade rows are rated by: 'High', 'Medium risk', 'Priority 2'
    r"^(?:very\s+)?(?:high|medium|low|critical|significant|major|minor|moderate|essential|"
    r"important|urgent|fundamental)(?:\s+(?:risk|priority))?$|^(?:priority|grade)\s*[1-4]$",
    re.I,
)
# Date wording that makes one of two deadline columns the revised one.
_LATER_DATE = re.compile(
    r"\b(?:now|expected|latest|revised|current|new|forecast|updated|extended|amended|moved|"
    r"rescheduled|deferred)\b"
)

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


def _may_be_rating(matches: list[ColumnMatch], first_cells: list[list[str]], index: int) -> bool:
    """Whether a commentary column could be a rating: its role not set by an override, and
    two or more values, all short labels."""
    return (
        matches[index].basis != "override"
        and len(_values(first_cells, index)) >= 2
        and _labels_only(first_cells, index)
    )


def _as_rating(matches: list[ColumnMatch], index: int) -> None:
    """The column at ``index`` kept as its own column (a rating), not the rows' progress."""
    old = matches[index]
    matches[index] = ColumnMatch(old.header, Role.OTHER, "values", 1.0, old.matched)


def _by_values(values: list[str], taken: set[Role] | frozenset[Role] = frozenset()) -> Role | None:
    """The role a column's values show (identifiers, statuses, dates), if not ``taken``."""
    if not values:
        return None
    enough = max(1, len(values) * 0.6)
    if Role.REF not in taken and sum(looks_like_ref(v) for v in values) >= enough:
        return Role.REF
    if Role.STATUS not in taken and sum(looks_like_status(v) for v in values) >= enough:
        return Role.STATUS
    if (
        Role.DUE not in taken
        and sum(bool(parse_dates(v)) and len(v.split()) <= 4 for v in values) >= enough
    ):
        return Role.DUE
    return None


def _group_prefix(header: list[str], index: int) -> int:
    """How many leading words the header at ``index`` shares with a neighbour, both having
    words after them: the group word of a two-row header ('Timing' over 'Set originally' |
    'Latest view' joined into 'Timing Set originally', 'Timing Latest view'); 0 if none."""
    words = normalise_header(header[index]).split()
    best = 0
    for other in (index - 1, index + 1):
        if not 0 <= other < len(header):
            continue
        theirs = normalise_header(header[other]).split()
        shared = 0
        while shared < min(len(words), len(theirs)) - 1 and words[shared] == theirs[shared]:
            shared += 1
        best = max(best, shared)
    return best


def _match_leaf_first(header: list[str], index: int) -> ColumnMatch:
    """The header's own match, or its leaf's when it sits under a group word and the leaf
    names a role by itself ('Status' over 'Original date' | 'Revised date': dates). Under a
    date group ('Timing' over 'Set originally' | 'Latest view') the leaf says which date."""
    match = match_header(header[index])
    shared = _group_prefix(header, index)
    if not shared or match.basis == "override":
        return match
    leaf = " ".join(normalise_header(header[index]).split()[shared:])
    found = match_header(leaf)
    dates = (Role.DUE, Role.REVISED_DUE)
    if (
        found.basis == "synonym"
        and found.role not in (Role.OTHER, match.role)
        and (match.role not in dates or found.role in dates)
    ):
        return ColumnMatch(header[index], found.role, "synonym", 1.0, found.matched)
    if match.role is Role.DUE and _LATER_DATE.search(leaf):
        return ColumnMatch(header[index], Role.REVISED_DUE, "synonym", 1.0, leaf)
    return match


def _values(first_cells: list[list[str]], index: int) -> list[str]:
    return [row[index] for row in first_cells if index < len(row) and row[index].strip()]


# a header that names the rows' priority or risk, whatever its cells hold
_NAMED_PRIORITY = re.compile(r"priorit|risk|severity|significance|importance|urgency")
_LABEL_WORDS = 3  # a rating cell ('Limited', 'No assurance', 'Partly met')


def _labels_only(first_cells: list[list[str]], index: int) -> bool:
    return all(len(v.split()) <= _LABEL_WORDS for v in _values(first_cells, index))


# a share done ('60%', '45 %', '100%'), as a '% complete' column holds it
_PERCENT_VALUE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\s?%$")
PERCENT = "percent complete"  # how a column of shares done is marked (kept beside the status)
_MAY_BE_PERCENT = (Role.STATUS, Role.PROGRESS, Role.OTHER, Role.PRIORITY)


_PERCENT_HEADER = re.compile(r"%|\bper ?cent")
_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")


def _percentages(header: str, first_cells: list[list[str]], index: int) -> bool:
    """A column of shares done: two or more values, nearly all percentages ('60%'), or bare
    figures up to 100 under a header that names a percentage ('% complete': '60')."""
    values = [v.strip() for v in _values(first_cells, index)]
    named = bool(_PERCENT_HEADER.search(header))
    fits = sum(
        bool(_PERCENT_VALUE.match(v)) or (named and bool(_FIGURE.match(v)) and float(v) <= 100)
        for v in values
    )
    return len(values) >= 2 and fits >= len(values) * 0.8


def _status_share(first_cells: list[list[str]], index: int) -> float:
    values = _values(first_cells, index)
    fits = sum(looks_like_status(" ".join(v.split())) for v in values)
    return fits / len(values) if values else 0.0


def _percent_apart(matches: list[ColumnMatch], first_cells: list[list[str]]) -> None:
    """A column of percentages ('% complete', 'Progress %': '60%') is how far the work has
    got in figures, no status and no commentary: kept as its own column, marked
    :data:`PERCENT`, whatever its header says."""
    for index, match in enumerate(matches):
        if (
            match.basis != "override"
            and match.role in _MAY_BE_PERCENT
            and _percentages(match.header, first_cells, index)
        ):
            matches[index] = ColumnMatch(match.header, Role.OTHER, "values", 1.0, PERCENT)


_MAY_HOLD_STATUS = (Role.STATUS, Role.PROGRESS, Role.OTHER, Role.PRIORITY)


def _wordy(first_cells: list[list[str]], index: int) -> bool:
    """Running text: most cells longer than a status phrase or holding a sentence's end."""
    values = _values(first_cells, index)
    long = sum(len(v.split()) > _STATUS_VALUE_WORDS or has_sentence_end(v) for v in values)
    return bool(values) and long >= len(values) / 2


def _status_by_vocabulary(matches: list[ColumnMatch], first_cells: list[list[str]]) -> None:
    """The status is read from the column whose cells hold status words ('Met', 'Partly
    met'), not from one a header names as the status whose cells hold none (comments,
    figures): that one is kept as commentary (running text) or as its own column, and the
    column of status words (another status column, a commentary or rating header, an unnamed
    one) becomes the status. A header naming a priority or risk keeps its role."""
    status = [i for i, m in enumerate(matches) if m.role is Role.STATUS]
    if not status or matches[status[0]].basis == "override":
        return
    first = status[0]
    if _status_share(first_cells, first) >= 0.3:
        return
    shares = {
        i: _status_share(first_cells, i)
        for i, m in enumerate(matches)
        if i != first
        and m.basis != "override"
        and m.role in _MAY_HOLD_STATUS
        and m.matched not in (PERCENT, "grouping")
        and len(_values(first_cells, i)) >= 2
        and not (m.role is Role.PRIORITY and _NAMED_PRIORITY.search(normalise_header(m.header)))
    }
    fitting = [i for i, share in shares.items() if share >= 0.8]
    if not fitting:
        return
    best = max(fitting, key=lambda i: (shares[i], -i))
    old = matches[first]
    kept = Role.PROGRESS if _wordy(first_cells, first) else Role.OTHER
    matches[first] = ColumnMatch(old.header, kept, "values", 1.0, old.matched)
    if matches[best].role is not Role.STATUS:
        matches[best] = ColumnMatch(matches[best].header, Role.STATUS, "values", 1.0)


def explain_roles(header: list[str], first_cells: list[list[str]]) -> list[ColumnMatch]:
    """How each column is mapped. Unnamed columns are judged by their values."""
    matches = [_match_leaf_first(header, index) for index in range(len(header))]
    _percent_apart(matches, first_cells)
    named = {m.role for m in matches if m.basis in ("override", "synonym", "similarity")}
    for index, match in enumerate(matches):
        if match.basis == "none":
            # an unnamed or unfamiliar header ('Stage reached'): its values say what it holds
            role = _by_values(_values(first_cells, index), named)
            if role is not None:
                matches[index] = ColumnMatch(match.header, role, "values", 1.0)
                named.add(role)
    if Role.DUE not in named:
        # a header read as narrative ('Planned', 'Agreed') over nothing but dates is the deadline
        for index, match in enumerate(matches):
            values = _values(first_cells, index)
            dated = sum(bool(parse_dates(v)) and len(v.split()) <= 4 for v in values)
            if (
                match.basis != "override"
                and match.role in _NARRATIVE_ROLES
                and len(values) >= 2
                and dated >= len(values) * 0.8
            ):
                matches[index] = ColumnMatch(match.header, Role.DUE, "values", 1.0)
                named.add(Role.DUE)
                break
    # a commentary-sounding header ('Position') over nothing but status words; a header read
    # as the finding ('Risk') over nothing but grades ('High', 'Priority 2'): the rows' rating
    # (and a bare 'Rating' over nothing but status words or colours is the rows' status)
    for role, read_as, share, test in (
        (Role.STATUS, (Role.PROGRESS, Role.OTHER, Role.PRIORITY), 0.8, looks_like_status),
        (Role.PRIORITY, (Role.FINDING, Role.OTHER), 1.0, _GRADE_VALUE.match),
    ):
        for index, match in enumerate(matches if role not in named else ()):
            values = _values(first_cells, index)
            fits = sum(bool(test(" ".join(v.split()))) for v in values)
            if (
                match.basis != "override"
                and match.role in read_as
                and not (
                    match.role is Role.PRIORITY
                    and _NAMED_PRIORITY.search(normalise_header(match.header))
                )
                and len(values) >= 2
                and fits >= len(values) * share
            ):
                matches[index] = ColumnMatch(match.header, role, "values", 1.0)
                break
    commentary = [i for i, m in enumerate(matches) if m.role is Role.PROGRESS]
    if len(commentary) == 1 and any(m.role is Role.STATUS for m in matches):
        # the one commentary column beside a status column over nothing but short labels that
        # are no status ('Assurance level': 'Limited', 'Reasonable'): a rating, not progress
        index = commentary[0]
        values = _values(first_cells, index)
        if (
            _may_be_rating(matches, first_cells, index)
            and len(set(values)) < len(values)  # a scale's few values, repeated
            and not any(
                has_sentence_end(v) or looks_like_status(" ".join(v.split())) for v in values
            )
        ):
            _as_rating(matches, index)
    if len(commentary) >= 2:
        # two commentary columns ('Assurance level', 'Update at March'): one over nothing but
        # short labels ('Limited', 'Reasonable') is a rating kept as its own column
        for index in commentary:
            if _may_be_rating(matches, first_cells, index) and any(
                len(_values(first_cells, other)) and not _labels_only(first_cells, other)
                for other in commentary
                if other != index
            ):
                _as_rating(matches, index)
    _status_by_vocabulary(matches, first_cells)
    certain = {m.role for m in matches if m.basis in ("override", "synonym")}
    for index, match in enumerate(matches):
        if match.basis == "similarity" and match.role in certain and match.role is not Role.OTHER:
            # a guess never takes a role a column already has by name
            matches[index] = ColumnMatch(match.header, Role.OTHER, "none", match.score)
    roles = [m.role for m in matches]
    if Role.REF not in roles:
        # 'Action' over 'IA-01', 'IA-02': a narrow column of identifiers is the ref column
        for index, match in enumerate(matches[:2]):
            values = [r[index] for r in first_cells if index < len(r) and r[index].strip()]
            if (
                match.role in _MAY_HOLD_REFS
                and len(values) >= 2
                and sum(looks_like_ref(v) for v in values) >= len(values) * 0.6
            ):
                matches[index] = ColumnMatch(match.header, Role.REF, "values", 1.0)
                roles[index] = Role.REF
                break
    if Role.TITLE not in roles and Role.FINDING not in roles and Role.RECOMMENDATION not in roles:
        # e.g. 'Area for Improvement' matched nothing else: the first wide column names the row
        for index, match in enumerate(matches):
            if match.role is Role.OTHER and match.matched != PERCENT:
                matches[index] = ColumnMatch(match.header, Role.TITLE, "fallback", 0.0)
                break
    due = [i for i, role in enumerate(roles) if role is Role.DUE]
    if len(due) == 2 and Role.REVISED_DUE not in roles:
        # two deadline columns: the one worded as later ('Now expected'), else the later one,
        # is the revised date
        worded = [i for i in due if _LATER_DATE.search(normalise_header(header[i]))]
        later = worded[0] if len(worded) == 1 else due[1]
        old = matches[later]
        matches[later] = ColumnMatch(old.header, Role.REVISED_DUE, old.basis, old.score, "later")
        roles[later] = Role.REVISED_DUE
    if Role.DUE not in roles and Role.REVISED_DUE in roles:
        # a lone 'New date' column is the deadline itself
        index = roles.index(Role.REVISED_DUE)
        old = matches[index]
        matches[index] = ColumnMatch(old.header, Role.DUE, old.basis, old.score, old.matched)
    return matches


def note_table(section: str | None, matches: list[ColumnMatch]) -> None:
    """Record a table's mapping for :func:`collect_mappings` (called once per table built)."""
    log = _LOG.get()
    if log is not None:
        log.append((section, matches))


def assign_roles(header: list[str], first_cells: list[list[str]]) -> list[Role]:
    """Role per column (see :func:`explain_roles` for why)."""
    return [m.role for m in explain_roles(header, first_cells)]
