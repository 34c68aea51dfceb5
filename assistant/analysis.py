"""Read a question into what it asks for: intent, themes, time window, statuses, owner,
documents or sections named, refs, the field a lookup wants, and its key terms.

Rules, not a model: every decision can be read here and tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from ingest.model import ActionRecord, DocumentInfo
from ingest.themes import THEMES
from vectorstore.bm25 import STOPWORDS, query_terms
from vectorstore.retriever import identifiers

Intent = Literal["list", "count", "lookup", "explain", "compare", "recurring"]
FieldName = Literal["due", "owner", "status", "progress", "action", "priority"]

# Words that carry no topic in this domain: a question made only of them has no subject.
GENERIC = frozenset(
    """action actions record records report reports document documents paper papers plan plans
    recommendation recommendations item items issue issues area areas mps mpa mopac met police
    governance audit say said says mention mentioned mentions about regarding relating related
    year years deadline deadlines due status owner owns owned responsible lead led progress
    know tell happened happen does did do was were been being agreed made make there any get
    which list how many number what who when why where whose whom since before after between
    until during slipped slip overdue revised complete completed ongoing partially partial met
    kind sort type way things thing change changed changes evolve evolved compare compared
    comparison difference differences differ across recurring recur recurred recurrent again
    come came weakness weaknesses persistent persist over repeatedly
    """.split()
)
CLAIM_WORDS = re.compile(
    r"\b(cancel(?:l?ed)?|scrap(?:ped)?|abandon(?:ed)?|abolish(?:ed)?|withdr[ae]wn?|drop(?:ped)?|"
    r"reject(?:ed)?|close[d]?|shut|stopp?ed|fail(?:ed)?|miss(?:ed)?|never|achieved|finished|"
    r"approved|launched|delivered|completed?|implemented|hit|met|exceeded|privati[sz]ed|"
    r"outsourced|merged|disbanded|replaced)\b",
    re.I,
)


class QueryAnalysis(BaseModel):
    """The analysed question, returned in every answer as ``query``."""

    question: str
    intent: Intent
    themes: list[str] = Field(default_factory=list)
    since: int | None = None
    until: int | None = None
    period: str | None = Field(None, description="The time window as written ('since 2008').")
    statuses: list[str] = Field(default_factory=list)
    slipped: bool = False
    revised: bool | None = None
    owner: str | None = None
    documents: list[str] = Field(default_factory=list, description="Document ids named.")
    section: str | None = None
    refs: list[str] = Field(default_factory=list)
    field: FieldName | None = None
    terms: list[str] = Field(default_factory=list, description="Topic terms (no generic words).")
    claims: list[str] = Field(default_factory=list, description="Claim words to check (premises).")
    standalone: str | None = Field(
        None, description="The follow-up rewritten as a standalone question."
    )

    def has_record_filters(self) -> bool:
        return bool(
            self.themes
            or self.statuses
            or self.slipped
            or self.revised is not None
            or self.owner
            or self.documents
            or self.section
            or self.since
            or self.until
        )


@dataclass(frozen=True)
class Catalogue:
    """What the analyser may match names against: documents, sections and owners."""

    documents: list[DocumentInfo]
    sections: dict[str, list[str]]  # section -> document ids
    owners: list[str]

    @classmethod
    def from_records(cls, documents: list[DocumentInfo], records: list[ActionRecord]) -> Catalogue:
        sections: dict[str, list[str]] = {}
        owners: dict[str, None] = {}
        for record in records:
            if record.section:
                ids = sections.setdefault(record.section, [])
                if record.document.id not in ids:
                    ids.append(record.document.id)
            for owner in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*", record.owner or ""):
                owner = owner.strip(" ,.")
                if len(owner) >= 3:
                    owners.setdefault(owner, None)
        return cls(documents, sections, list(owners))


_YEAR = r"((?:19|20)\d\d)"
_WINDOW_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}", re.I), "between"),
    (re.compile(rf"\b(?:from\s+){_YEAR}\s*(?:to|until|-|–)\s*{_YEAR}", re.I), "between"),
    (re.compile(rf"\b(?:since|from|after\s+(?:the\s+)?start\s+of)\s+{_YEAR}", re.I), "since"),
    (re.compile(rf"\bafter\s+(?:the\s+)?{_YEAR}", re.I), "after"),
    (re.compile(rf"\b(?:before|prior\s+to)\s+(?:the\s+)?{_YEAR}", re.I), "before"),
    (re.compile(rf"\b(?:until|up\s+to|by)\s+{_YEAR}", re.I), "until"),
    (re.compile(rf"\b(?:in|during|for|of)\s+(?:the\s+)?{_YEAR}\b(?!\s*/)", re.I), "in"),
    (
        re.compile(
            rf"\b(?:the|its|their)\s+{_YEAR}\s+(?:mps\s+|mopac\s+|governance\s+)?"
            r"(?:report|paper|plan|statement|document|review|ags|update|action plan)",
            re.I,
        ),
        "in",
    ),
]
_STATUS_WORDS: list[tuple[re.Pattern[str], list[str]]] = [
    (re.compile(r"\bnot (?:yet )?started\b|\bnot begun\b", re.I), ["not_started"]),
    (re.compile(r"\b(?:partial(?:ly)?|partly|significantly met|moderately)\b", re.I), ["partial"]),
    (
        re.compile(
            r"\b(?:outstanding|open|not (?:yet )?complete[d]?|unfinished|still open)\b", re.I
        ),
        ["partial", "ongoing", "not_started"],
    ),
    (re.compile(r"\b(?:ongoing|on-going|in progress|under ?way)\b", re.I), ["ongoing"]),
    (
        re.compile(
            r"\b(?:(?:completely|fully|wholly) met|met (?:completely|fully|in full)|"
            r"complete[d]?|completely|done|implemented|closed|finished|achieved)\b",
            re.I,
        ),
        ["complete"],
    ),
]
_FIELD_WORDS: list[tuple[re.Pattern[str], FieldName]] = [
    (
        re.compile(
            r"\bwhen\b.*\b(?:due|deadline|complete|finish|done|expected|by when)\b|"
            r"\bdeadline\b|\bdue date\b|\bby when\b",
            re.I,
        ),
        "due",
    ),
    (
        re.compile(r"\bwho\b|\bowner\b|\bowns?\b|\bresponsib|\bled by\b|\blead(?:s|ing)?\b", re.I),
        "owner",
    ),
    (re.compile(r"\bpriority\b", re.I), "priority"),
    (re.compile(r"\bstatus\b|\bhow far\b|\bwas it (?:met|done|completed)|\bmet\b", re.I), "status"),
    (
        re.compile(
            r"\bagreed action\b|\bwhat (?:was|were|is) (?:to be )?done\b|\bwhat action\b", re.I
        ),
        "action",
    ),
    (re.compile(r"\bprogress\b", re.I), "progress"),
]
_THEME_WORDS: dict[str, list[str]] = {
    "partnership": ["partnership", "partnerships", "partner", "partners", "collaboration"],
    "risk management": ["risk", "risks", "risk management", "risk register"],
    "HR": ["hr", "human resources", "staff", "workforce", "appraisal", "personnel"],
    "finance/budget": [
        "finance",
        "financial",
        "budget",
        "budgets",
        "budgetary",
        "money",
        "reserves",
    ],
    "procurement/contracts": ["procurement", "contract", "contracts", "commercial", "purchasing"],
    "performance": ["performance"],
    "information management": [
        "information management",
        "records management",
        "data protection",
        "freedom of information",
        "information",
    ],
    "training": ["training", "skills", "learning"],
    "internal control": [
        "internal control",
        "internal controls",
        "controls",
        "compliance",
        "control environment",
    ],
    "governance": ["governance"],
    "value for money": ["value for money", "vfm", "efficiency", "efficiencies", "best value"],
    "business planning": ["business planning", "planning"],
    "audit and inspection": ["inspection", "inspections", "audit recommendations"],
    "community engagement": ["community engagement", "public access", "engagement"],
    "change and transformation": ["transformation", "change"],
}
_SECTION_STOP = GENERIC | {
    "summary",
    "inspection",
    "improvement",
    "improvements",
    "statement",
    "annual",
    "table",
    "for",
    "and",
    "the",
    "of",
    "on",
    "in",
    "a",
}


def _intent(question: str, refs: list[str]) -> Intent:
    q = question.lower().strip()
    if re.search(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow much of\b", q):
        return "count"
    if re.search(
        r"\brecurr|\brepeated|\bkeeps? (?:coming|recurring|appearing)|\bpersist|"
        r"\bcome up (?:before|again)|\bcame up (?:before|again)|\bover the years\b|"
        r"\byear after year\b|\bagain and again\b|\bacross (?:the )?(?:years|reports)\b|"
        r"\bfollow (?:this|the|it)\b|\bhistory of\b",
        q,
    ):
        return "recurring"
    if re.search(
        r"\bcompare\b|\bcomparison\b|\bdiffer|\bversus\b|\bvs\.?\b|\bhow did .* change\b|"
        r"\bchanged? between\b|\bboth\b.*\band\b",
        q,
    ):
        return "compare"
    if re.match(r"(which|list|name|show|enumerate|give me (?:all|the|a list))\b", q) or re.match(
        r"what (?:are|were) (?:all )?the\b.*\b(?:actions|recommendations|items|areas|issues)\b", q
    ):
        return "list"
    if re.search(r"\bwhich (?:actions|recommendations|items|areas|issues|records)\b", q):
        return "list"
    if re.match(r"(why|explain|describe)\b", q) or re.match(r"how (?!many|much)", q):
        return "explain"
    return "lookup"


def _window(question: str) -> tuple[int | None, int | None, str | None]:
    for pattern, kind in _WINDOW_PATTERNS:
        match = pattern.search(question)
        if not match:
            continue
        first = int(match.group(1))
        text = match.group(0).strip()
        if kind == "between":
            second = int(match.group(2))
            return min(first, second), max(first, second), text
        if kind == "since":
            return first, None, text
        if kind == "after":
            return first + 1, None, text
        if kind == "before":
            return None, first - 1, text
        if kind == "until":
            return None, first, text
        return first, first, text
    return None, None, None


def _themes(question: str) -> list[str]:
    q = question.lower()
    found: list[str] = []
    for theme, words in _THEME_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", q) for w in words):
            found.append(theme)
    if "risk management" in found and "finance/budget" in found and "financial risk" in q:
        found.remove("finance/budget")
    if "information management" in found and not re.search(
        r"information management|records management|data protection|freedom of information|"
        r"information requests",
        q,
    ):
        found.remove("information management")  # 'information' alone is too vague
    if "business planning" in found and not re.search(
        r"business plan|planning (?:cycle|framework)", q
    ):
        found.remove("business planning")
    if "change and transformation" in found and not re.search(
        r"transformation|change governance", q
    ):
        found.remove("change and transformation")
    if "governance" in found and len(found) > 1:
        found.remove("governance")  # 'partnership governance' is about partnerships
    return [t for t in found if t in THEMES]


def _documents(question: str, catalogue: Catalogue) -> tuple[list[str], str | None]:
    """Documents or a section the question names ('the District Audit report', 'HMIC')."""
    q = question.lower()
    best_section: str | None = None
    best_len = 0
    for section in catalogue.sections:
        for phrase in _distinctive_phrases(section):
            if len(phrase) > best_len and re.search(rf"\b{re.escape(phrase)}\b", q):
                best_section, best_len = section, len(phrase)
    documents: list[str] = []
    for doc in catalogue.documents:
        phrases = _distinctive_phrases(doc.title)
        if doc.period and doc.period_inferred:
            phrases.append(doc.period.lower())
        if any(re.search(rf"\b{re.escape(p)}\b", q) for p in phrases if len(p) >= 5):
            documents.append(doc.id)
    if best_section and len(documents) > 1:
        documents = [d for d in documents if d in catalogue.sections[best_section]]
    return documents, best_section


def _distinctive_phrases(title: str) -> list[str]:
    words = re.findall(r"[a-z0-9/&'-]+", title.lower())
    phrases = []
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            gram = words[start : start + size]
            if gram[0] in _SECTION_STOP or gram[-1] in _SECTION_STOP:
                continue
            if size == 1 and (len(gram[0]) < 4 and not gram[0].isupper()):
                continue
            phrase = " ".join(gram)
            if size == 1 and phrase in STOPWORDS:
                continue
            phrases.append(phrase)
    return [p for p in phrases if not re.fullmatch(r"[\d/]+", p) or "/" in p]


def _owner(question: str, catalogue: Catalogue) -> str | None:
    q = question.lower()
    matches = [o for o in catalogue.owners if re.search(rf"\b{re.escape(o.lower())}\b", q)]
    return max(matches, key=len) if matches else None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}


_FIELD_TRIGGERS = {
    "due",
    "deadline",
    "owner",
    "owns",
    "own",
    "responsible",
    "responsibility",
    "lead",
    "leads",
    "led",
    "priority",
    "status",
    "progress",
    "date",
    "met",
}
_SLIPPED = re.compile(
    r"\bslip(?:ped|s|page)?\b|\boverdue\b|\bbehind schedule\b|\blate\b|\bdelayed\b", re.I
)
_REVISED = re.compile(
    r"\b(?:revised|extended|moved|pushed back|postponed|rescheduled|put back)\b(?:\s+deadlines?)?",
    re.I,
)


def analyse(question: str, catalogue: Catalogue) -> QueryAnalysis:
    """Every rule that reads part of the question marks those words as consumed, so the topic
    terms left over are what the question is about."""
    consumed: set[str] = set()
    refs = identifiers(question)
    intent = _intent(question, refs)
    since, until, period = _window(question)
    if period:
        consumed |= _words(period)
    statuses: list[str] = []
    slipped_match = _SLIPPED.search(question)
    slipped = slipped_match is not None
    if slipped_match:
        consumed |= _words(slipped_match.group(0))
    revised_match = _REVISED.search(question)
    revised: bool | None = True if revised_match else None
    if revised_match:
        consumed |= _words(revised_match.group(0))
    if not slipped:
        for pattern, values in _STATUS_WORDS:
            match = pattern.search(question)
            if match:
                statuses = values
                consumed |= _words(match.group(0))
                break
    field: FieldName | None = None
    if intent in ("lookup", "explain"):
        for pattern, name in _FIELD_WORDS:
            match = pattern.search(question)
            if match:
                field = name
                consumed |= _words(match.group(0)) & _FIELD_TRIGGERS
                break
    documents, section = _documents(question, catalogue)
    owner = _owner(question, catalogue)
    q = question.lower()
    if (
        owner
        and field == "owner"
        and intent == "lookup"
        and not re.search(r"\bwhich\b|\bwhat\b", q)
    ):
        owner = None  # 'who owns X' asks for the owner; it does not filter by one
    if owner:
        consumed |= _words(owner)
    themes = _themes(question)
    claims = [m.group(0).lower() for m in CLAIM_WORDS.finditer(question)]
    if intent in ("list", "count") and statuses:
        claims = [c for c in claims if c not in consumed]  # 'which were completed' filters
    terms = [
        t
        for t in query_terms(question)
        if t not in GENERIC and t not in consumed and not re.fullmatch(r"(19|20)\d\d", t)
    ]
    return QueryAnalysis(
        question=question,
        intent=intent,
        themes=themes,
        since=since,
        until=until,
        period=period,
        statuses=statuses,
        slipped=slipped,
        revised=revised,
        owner=owner,
        documents=documents,
        section=section,
        refs=[r for r in refs if not re.fullmatch(r"(19|20)\d\d", r)],
        field=field,
        terms=terms,
        claims=claims,
    )
