"""Read a question into what it asks for: intent, themes, time window, due window, statuses,
priority, owner, documents or sections named, refs, the fields asked for, premises and key terms.

Rules, not a model: every decision can be read here and tested. Each rule that reads part of
the question marks those words as *consumed*; the topic terms are what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from ingest.dates import parse_dates
from ingest.model import ActionRecord, DocumentInfo
from ingest.themes import THEMES
from vectorstore.bm25 import query_terms
from vectorstore.retriever import identifiers

Intent = Literal["list", "count", "lookup", "explain", "compare", "recurring"]
FieldName = Literal["due", "owner", "status", "progress", "action", "priority"]
DocField = Literal["date", "author"]
ClaimKind = Literal["complete", "slipped", "stopped", "other"]

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
    come came weakness weaknesses persistent persist over repeatedly ags show me all every each
    often frequently proportion percentage share contrast state evidence given named deal
    deals dealt concern concerns concerning cover covers covered raised raise where whereabouts
    marked recorded reported listed set out setting described describe explain give keep keeps
    coming up relevant appear appears appeared several whether according feature featured
    find finds found finding findings conclude concluded conclusion conclusions
    """.split()
)
_CLAIMS: list[tuple[re.Pattern[str], ClaimKind]] = [
    (
        re.compile(
            r"\b(?:fully|completely|wholly)\s+\w+|\bnow\s+(?:fully|complete)\b|\bcomplete[d]?\b|"
            r"\bimplemented\b|\bdelivered\b|\bfinished\b|\bresolved\b|\bachieved\b|\bsigned off\b|"
            r"\bon time\b|\bby (?:its|their|the) \w+ \d{4} deadline\b",
            re.I,
        ),
        "complete",
    ),
    (re.compile(r"\bslipped\b|\bdelayed\b|\bmissed\b|\bran late\b|\boverran\b", re.I), "slipped"),
    (
        re.compile(
            r"\b(?:cancel(?:l?ed)?|scrap(?:ped)?|abandon(?:ed)?|abolish(?:ed)?|withdr[ae]wn|"
            r"dropped|rejected|stopped|disbanded|shelved|closed down|wound up)\b",
            re.I,
        ),
        "stopped",
    ),
    (
        re.compile(
            r"\b(?:approved|launched|exceeded|privati[sz]ed|outsourced|merged|replaced|"
            r"appointed|introduced)\b",
            re.I,
        ),
        "other",
    ),
]
_OUTCOME = re.compile(
    r"\b(?:came out of|come out of|outcome of|outcomes of|results? of|what (?:was|were) "
    r"(?:decided|agreed|concluded|found)|what did .{3,60}? (?:decide|conclude|find|agree)|"
    r"did .{3,80}? actually|was .{3,80}? actually|did .{3,80}? (?:go live|happen|take place))\b",
    re.I,
)


class Claim(BaseModel):
    kind: ClaimKind
    text: str


class QuestionPart(BaseModel):
    """One question of several asked at once, with the documents it names itself."""

    text: str
    documents: list[str] = Field(default_factory=list)


class QueryAnalysis(BaseModel):
    """The analysed question, returned in every answer as ``query``."""

    question: str
    intent: Intent
    themes: list[str] = Field(default_factory=list)
    since: int | None = None
    until: int | None = None
    period: str | None = Field(None, description="The time window as written ('since 2008').")
    due_from: str | None = Field(None, description="Due date window start (ISO).")
    due_to: str | None = Field(None, description="Due date window end (ISO).")
    statuses: list[str] = Field(default_factory=list)
    slipped: bool = False
    min_extensions: int | None = Field(
        None, description="'slipped more than once': deadline moved at least this many times."
    )
    revised: bool | None = None
    priority: str | None = None
    degree: str | None = Field(None, description="'significantly', 'moderately'... as written.")
    category: str | None = Field(None, description="A record category named ('Statutory').")
    revised_from: str | None = Field(None, description="Original deadline window start (ISO).")
    revised_to: str | None = Field(None, description="Original deadline window end (ISO).")
    no_due: bool = Field(False, description="Only records without a deadline.")
    quantity: bool = Field(False, description="Asks for a figure ('how many staff').")
    years: list[int] = Field(default_factory=list, description="Every year named.")
    owner: str | None = None
    documents: list[str] = Field(default_factory=list, description="Document ids named.")
    section: str | None = None
    unknown_periods: list[str] = Field(
        default_factory=list, description="Periods named that no document covers ('2006/07')."
    )
    refs: list[str] = Field(default_factory=list)
    field: FieldName | None = None
    fields: list[FieldName] = Field(default_factory=list, description="Every field asked for.")
    doc_field: DocField | None = Field(None, description="A question about a document itself.")
    premise: str | None = Field(None, description="What the question takes for granted.")
    claims: list[Claim] = Field(default_factory=list, description="Assertions to check.")
    outcome: bool = Field(False, description="Asks what came of something.")
    terms: list[str] = Field(default_factory=list, description="Topic terms (no generic words).")
    parts: list[QuestionPart] = Field(
        default_factory=list, description="The questions asked, when there are several."
    )
    standalone: str | None = Field(
        None, description="The follow-up rewritten as a standalone question."
    )

    def has_record_filters(self) -> bool:
        return bool(
            self.themes
            or self.statuses
            or self.slipped
            or self.min_extensions
            or self.revised is not None
            or self.owner
            or self.documents
            or self.section
            or self.since
            or self.until
            or self.due_from
            or self.due_to
            or self.priority
            or self.degree
            or self.category
            or self.revised_from
            or self.no_due
        )

    @property
    def claim_words(self) -> list[str]:
        return [c.text.lower() for c in self.claims]


@dataclass(frozen=True)
class Target:
    kind: Literal["document", "section"]
    key: str  # document id or section name
    document_ids: tuple[str, ...]


@dataclass
class Catalogue:
    """What the analyser may match names against: documents, sections and owners.

    A name is matched only where it is specific (see :class:`NameEvidence`): a title, section
    heading or owner made of question words ('Who is responsible', 'Progress to date') or of
    one word common across the record ('The Board') names nothing; a file name written out
    always names its document."""

    documents: list[DocumentInfo]
    sections: dict[str, list[str]]  # section -> document ids
    owners: list[str]
    categories: list[str] = field(default_factory=list)
    phrases: dict[str, Target] = field(default_factory=dict)
    phrase_sections: dict[str, list[str]] = field(default_factory=dict)
    generic_phrases: set[str] = field(default_factory=set)
    evidence: NameEvidence | None = None
    named_owners: list[str] | None = None  # the owners specific enough to name (None: all)
    file_names: dict[str, str] = field(default_factory=dict)  # as written (lower) -> doc id
    spaced_file_names: list[str] = field(default_factory=list)  # those with a space in them

    @classmethod
    def from_records(cls, documents: list[DocumentInfo], records: list[ActionRecord]) -> Catalogue:
        sections: dict[str, list[str]] = {}
        owners: dict[str, None] = {}
        for record in records:
            if record.section:
                ids = sections.setdefault(record.section, [])
                if record.document.id not in ids:
                    ids.append(record.document.id)
            for owner in re.split(r"\s*/\s*|\s+and\s+", record.owner or ""):
                owner = owner.strip(" ,.&")
                words = owner.split()
                role = (
                    len(words) >= 2
                    and words[0][:1].isupper()
                    and words[-1].lower() not in _FUNCTION
                )
                if role or (len(words) == 1 and (owner.isupper() or owner in ("Treasurer",))):
                    owners.setdefault(owner, None)
        categories = {r.category for r in records if r.category}
        catalogue = cls(documents, sections, list(owners), categories=sorted(categories))
        catalogue.evidence = NameEvidence.of(documents, records)
        catalogue.named_owners = [
            o for o in catalogue.owners if catalogue.evidence.names(_stemmed(o).split())
        ]
        catalogue.file_names = _file_names(documents)
        catalogue.spaced_file_names = [n for n in catalogue.file_names if " " in n]
        catalogue.phrases = catalogue._distinctive_phrases()
        return catalogue

    def _distinctive_phrases(self) -> dict[str, Target]:
        """Phrases of titles and section names that name exactly one document or section, and
        are specific enough to name anything at all."""
        seen: dict[str, set[Target]] = {}
        for doc in self.documents:
            target = Target("document", doc.id, (doc.id,))
            periods = [doc.period.lower()] if doc.period and "/" in doc.period else []
            for phrase in _ngrams(doc.title) + periods:
                seen.setdefault(_stemmed(phrase), set()).add(target)
        for section, ids in self.sections.items():
            target = Target("section", section, tuple(ids))
            for phrase in _ngrams(section):
                seen.setdefault(_stemmed(phrase), set()).add(target)
                carriers = self.phrase_sections.setdefault(_stemmed(phrase), [])
                if section not in carriers:
                    carriers.append(section)
        out: dict[str, Target] = {}
        self.generic_phrases = {
            phrase for phrase in seen if all(w in GENERIC or w in _FUNCTION for w in phrase.split())
        }
        for phrase, targets in seen.items():
            if self.evidence is not None and not self.evidence.names(phrase.split()):
                continue  # 'who is responsible', 'progress to date': question words
            documents = {d for t in targets for d in t.document_ids}
            if len(targets) == 1:
                out[phrase] = next(iter(targets))
            elif len(documents) == 1:  # several sections of one document: name the document
                doc_id = next(iter(documents))
                out[phrase] = Target("document", doc_id, (doc_id,))
        return out


# Words a question asks with rather than names with: function words (articles, pronouns,
# auxiliaries, prepositions, conjunctions, quantifiers, question words), the verbs questions
# ask with, and the words that ask for a field of a record (see _FIELD_TRIGGERS). A name made
# only of these names nothing.
_ASKING = frozenset(
    """a an the this that these those some any all every each no none either neither both
    other another such own same i me my we us our you your he him his she her it its they them
    their who whom whose what which where when why how whatever whoever is are was were be been
    being am do does did done has have had having can could will would shall should may might
    must and or but nor so yet if then than as because while whether though although of for in
    on to by with at from about into onto over under up down out off per via against between
    through during before after since until within without upon not yes there here only also
    just very too more most less least much many few
    say says said tell told know knew known happen happens happened mention mentions mentioned
    show shows shown give gives given explain explains explained describe describes described
    mean means meant think""".split()
)
# A sample this size estimates how widely a word is spread over the record.
_EVIDENCE_SAMPLE = 2000


@dataclass(frozen=True)
class NameEvidence:
    """How specific the words of a name are, measured against the record the index holds.

    A name (or the part of it a question repeats) names something when its words, less the
    words questions ask with, are either two or more (a combination: 'Head of Pay', 'District
    Audit', 'MPS Governance Report') or one *distinctive* word: a number or period, or a word
    found in no more records than an average document holds (its record frequency at most
    1/documents of the records) or in the records of one document only ('Treasurer', 'HMIC').
    'Who is responsible' has no word left; 'The Board' leaves 'board', which is spread over
    most of the record."""

    records: int  # records read (a sample of at most _EVIDENCE_SAMPLE)
    documents: int
    frequency: dict[str, int]  # stem -> records read whose text or columns have it
    spread: dict[str, int]  # stem -> documents whose records read have it

    @classmethod
    def of(cls, documents: list[DocumentInfo], records: list[ActionRecord]) -> NameEvidence:
        from assistant.register import record_text
        from assistant.text import stems

        step = max(1, -(-len(records) // _EVIDENCE_SAMPLE))
        read = records[::step]
        frequency: dict[str, int] = {}
        carriers: dict[str, set[str]] = {}
        for record in read:
            words = stems(f"{record_text(record)} {' '.join(record.columns)}")
            for word in words:
                frequency[word] = frequency.get(word, 0) + 1
                carriers.setdefault(word, set()).add(record.document.id)
        spread = {word: len(ids) for word, ids in carriers.items()}
        return cls(len(read), max(len(documents), 1), frequency, spread)

    def distinctive(self, stem: str) -> bool:
        if any(ch.isdigit() for ch in stem):
            return True  # a year, a period, a reference number
        df = self.frequency.get(stem, 0)
        return df * self.documents <= self.records or self.spread.get(stem, 0) <= 1

    def names(self, stems: list[str]) -> bool:
        """Whether the stemmed words of a name (as matched) are specific enough to name it."""
        asking = _asking_stems()
        content = [w for w in stems if w not in asking and re.search(r"[a-z0-9]", w)]
        if len(content) >= 2:
            return True
        return len(content) == 1 and self.distinctive(content[0])


def _file_names(documents: list[DocumentInfo]) -> dict[str, str]:
    """How a question may write a document's file out: its file name, its id, and its file
    name without the extension when that is a coined token ('board_note', '004_8a35...')."""
    names: dict[str, str] = {}
    for doc in documents:
        stem_ = doc.filename.rsplit(".", 1)[0] if "." in doc.filename else ""
        for name in (doc.filename, doc.id, stem_):
            if re.search(r"[_.\-]", name) and re.search(r"[A-Za-z]", name):
                names.setdefault(name.lower(), doc.id)
    return names


@lru_cache(maxsize=1)
def _asking_stems() -> frozenset[str]:
    from assistant.text import stem

    return frozenset(stem(w) for w in _ASKING | _FUNCTION | _FIELD_TRIGGERS)


_FUNCTION = {
    "a",
    "an",
    "and",
    "the",
    "of",
    "for",
    "in",
    "on",
    "to",
    "by",
    "with",
    "–",
    "-",
    "—",
    "table",
    "appendix",
}


def _ngrams(title: str) -> list[str]:
    """Candidate name phrases: 2–6 word n-grams not starting or ending with a function word,
    plus single words that are acronyms (HMIC, PURE), plus periods such as 2007/08."""
    raw = re.findall(r"[A-Za-z0-9'&]+(?:/[A-Za-z0-9]+)*", title)
    words = [w.lower() for w in raw]
    phrases: list[str] = []
    for size in range(2, 7):
        for start in range(len(words) - size + 1):
            gram = words[start : start + size]
            if gram[0] in _FUNCTION or gram[-1] in _FUNCTION:
                continue
            if all(w in _FUNCTION for w in gram):
                continue
            phrases.append(" ".join(gram))
    for original, word in zip(raw, words, strict=True):
        parts = [original, *original.split("/")] if "/" in original else [original]
        for part in parts:
            low = part.lower()
            period = re.fullmatch(r"(19|20)\d\d/\d{2,4}", low)
            acronym = part.isupper() and len(part) >= 2 and low not in GENERIC | _FUNCTION
            if period or acronym:
                phrases.append(low)
        del word
    return phrases


def _stemmed(text: str) -> str:
    """Phrases are compared stem by stem: 'area for improvement' names 'Areas for Improvement'."""
    from assistant.text import stem

    words = re.findall(r"[a-z0-9'&]+(?:/[a-z0-9]+)*", text.lower())
    return " ".join(stem(w) if w.isalpha() else w for w in words)


_YEAR = r"((?:19|20)\d\d)"
_FY = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d{1,4})\b")
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
            rf"\b(?:the|its|their)\s+(?:(?:january|february|march|april|may|june|july|august|"
            rf"september|october|november|december)\s+)?{_YEAR}\s+(?:mps\s+|mopac\s+|governance\s+|pure\s+)?"
            r"(?:report|paper|plan|statement|document|review|ags|update|action plan)",
            re.I,
        ),
        "in",
    ),
]
_DUE_WINDOW = re.compile(
    r"\b(?:due|deadline[s]?|to be (?:complete[d]?|done|delivered)|(?:a |the )?date of|dated)\s+"
    r"(?P<how>in|by|before|after|for)?"
    r"\s*(?P<when>(?:Q[1-4]\s+(?:19|20)\d\d(?:[-/]\d{2})?)|(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)?\d\d)|"
    r"(?:(?:19|20)\d\d))",
)
_REVISED_FROM = re.compile(
    r"\b(?:moved|revised|extended|changed|put back|pushed back|slipped)\s+from\s+"
    r"(?P<when>(?:Q[1-4]\s+(?:19|20)\d\d)|(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)?\d\d)|(?:(?:19|20)\d\d))"
)
_NO_DUE = re.compile(
    r"\b(?:no|without an?|without any|missing) (?:date|deadline|due date|timescale)s?\b", re.I
)
_DEGREE = re.compile(
    r"\b(completely|fully|significantly|moderately|partially)\b(?=\s+met\b)|\bmet\s+(completely|fully|significantly|moderately|partially)\b",
    re.I,
)
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:19|20)?\d\d\b",
    re.I,
)
_PRIORITY = re.compile(r"\b(high|medium|low)[- ]priority\b", re.I)
_STATUS_WORDS: list[tuple[re.Pattern[str], list[str]]] = [
    (re.compile(r"\bnot (?:yet )?started\b|\bnot begun\b", re.I), ["not_started"]),
    (
        re.compile(
            r"\b(?:only\s+)?(?:partial(?:ly)?|partly|significantly|moderately)(?:\s+met)?\b", re.I
        ),
        ["partial"],
    ),
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
            r"complete[d]?|completely|implemented|closed|finished|achieved)\b",
            re.I,
        ),
        ["complete"],
    ),
]
_FIELD_WORDS: list[tuple[re.Pattern[str], FieldName]] = [
    (
        re.compile(
            r"\bwhen\b.*\b(?:due|deadline|complete|finish|done|expected|by when|go live|"
            r"launched?|end)\b|\bdeadline\b|\bdue date\b|\bby when\b|\btimescale",
            re.I,
        ),
        "due",
    ),
    (
        re.compile(r"\bwho\b|\bowner\b|\bowns?\b|\bresponsib|\bled by\b|\blead(?:s|ing)?\b", re.I),
        "owner",
    ),
    (re.compile(r"\bpriority\b", re.I), "priority"),
    (
        re.compile(
            r"\bstatus\b|\bhow far\b|\b(?:to )?what degree\b|\bwas it (?:met|done|completed)|"
            r"\bmet\b",
            re.I,
        ),
        "status",
    ),
    (
        re.compile(
            r"\bagreed action\b|\bwhat (?:was|were|is) (?:to be )?done\b|\bwhat action\b", re.I
        ),
        "action",
    ),
    (
        re.compile(
            r"\bprogress\b|\bcomment[s]?\b|\bwhat (?:does|did) (?:it|its|the) .{0,30}say\b|"
            r"\bwhat is being done\b",
            re.I,
        ),
        "progress",
    ),
]
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
    "comment",
    "comments",
    "timescale",
    "timescales",
    "degree",
}
_DOC_FIELDS: list[tuple[re.Pattern[str], DocField]] = [
    (
        re.compile(
            r"\bwho (?:wrote|authored|prepared|presented|signed)\b|\bauthor\b|\breport by\b|"
            r"\bwritten by\b|\bprepared by\b",
            re.I,
        ),
        "author",
    ),
    (
        re.compile(
            r"\b(?:what|which) (?:date|day)\b|\bdate of\b|\bdated\b|\bwhen (?:was|did) the "
            r"(?:report|paper|panel|audit panel|plan|summary|progress summary)\b",
            re.I,
        ),
        "date",
    ),
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
    ],
    "training": ["training", "skills", "learning"],
    "internal control": [
        "internal control",
        "internal controls",
        "controls",
        "compliance",
        "control environment",
    ],
    "governance": ["governance arrangements", "corporate governance", "code of governance"],
    "value for money": ["value for money", "vfm", "efficiency", "efficiencies", "best value"],
    "business planning": ["business planning", "business plan"],
    "audit and inspection": ["inspection", "inspections", "audit recommendations"],
    "community engagement": ["community engagement", "public access"],
    "change and transformation": ["transformation", "change governance"],
}
_SLIPPED = re.compile(
    r"\bslip(?:ped|s|page)?\b|\boverdue\b|\bbehind schedule\b|\blate\b|\bdelayed\b", re.I
)
_REPEATEDLY = re.compile(
    r"\b(?:more than once|twice|repeatedly|several times|multiple times|again and again|"
    r"more than one (?:extension|revision)|(?:two|2) or more times)\b",
    re.I,
)
_REVISED = re.compile(
    r"\b(?:formally\s+)?(?:revised|extended|moved|pushed back|postponed|rescheduled|put back)\b"
    r"(?:\s+deadlines?)?",
    re.I,
)
_PREMISE = [
    re.compile(
        r"^(?:since|given that|now that|as|because|considering)\s+(?P<p>.+?),\s*"
        r"(?:what|who|when|why|how|which|where)\b",
        re.I,
    ),
    re.compile(r"^(?P<p>[^?]{12,}?)\s*[—–]\s*(?:what|who|when|why|how|which|where)\b", re.I),
    re.compile(r"^why (?:was|were|did|is|are|has|have|had)\s+(?P<p>.+?)\??$", re.I),
]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}


_RECORD_NOUNS = (
    r"(?:actions?|recommendations?|items?|areas?|issues?|records?|improvement areas?|"
    r"areas? for improvement|governance issues?|activities|findings?|points?)"
)


def counted_noun(question: str) -> str | None:
    """The noun 'how many' counts: 'How many Audit Commission ... recommendations' ->
    'recommendations' (names in capitals and small words are skipped); '' if none follows."""
    match = re.search(r"\b(?:how many|how much|number of)\b", question, re.I)
    if match is None:
        return None
    for word in re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d+", question[match.end() :]):
        low = word.lower()
        if (
            word[0].isupper()
            or word.isdigit()
            or low in ("of", "the", "a", "an", "these", "those", "its", "their", "our")
        ):
            continue
        return low
    return ""


def _which_noun(question: str) -> bool:
    """'Which partnership actions…' lists records; 'Which team takes the lead…' asks a fact.
    The first word after 'which' that is not a name, number, theme or filter word decides."""
    match = re.search(r"\bwhich\b", question, re.I)
    if match is None:
        return False
    skip = {
        "of",
        "the",
        "a",
        "an",
        "these",
        "those",
        "high",
        "medium",
        "low",
        "high-priority",
        "internal",
        "governance",
        "audit",
        "ags",
        "mps",
        "mpa",
        "met",
        "police",
    }
    theme_words = {w for words in _THEME_WORDS.values() for phrase in words for w in phrase.split()}
    for word in re.findall(r"[A-Za-z][A-Za-z'/&-]*|\d[\d/]*", question[match.end() :]):
        low = word.lower()
        if re.fullmatch(_RECORD_NOUNS, low) or low == "improvement":
            return True
        if word[0].isupper() or word[0].isdigit() or low in skip or low in theme_words:
            continue
        return False
    return False


def _intent(question: str) -> Intent:
    q = question.lower().strip()
    head = counted_noun(question)
    if head is not None:
        if re.fullmatch(_RECORD_NOUNS, head) or head in ("improvement", "of"):
            return "count"
        return "lookup"  # 'how many staff...' asks for a figure, not a count of records
    if re.search(r"\bhow much\b", q):
        return "lookup"
    if re.search(r"\bhow (?:often|many times)\b", q) and (
        _REVISED.search(question) or _SLIPPED.search(question) or re.search(r"\bmove[ds]?\b", q)
    ):
        return "list"  # 'how often did the partnership deadline move?': the slipped actions
    if re.search(
        r"\brecur\b|\bappear(?:s|ed)? in (?:several|many|multiple|a number of|different) "
        r"(?:reports|documents|papers|years)|\bkeeps? coming up\b|\brecurr|\brepeated|"
        r"\bkeeps? (?:coming|recurring|appearing)|\bpersist|"
        r"\bcome up (?:before|again)|\bcame up (?:before|again)|\bover the years\b|"
        r"\byear after year\b|\bagain and again\b|\bacross (?:the )?(?:years|reports)\b|"
        r"\bfollow (?:this|the|it)\b|\bhistory of\b|\bhow often\b",
        q,
    ):
        return "recurring"
    if re.search(
        r"\bwhich (?:had|has|made|have|contains?) (?:more|fewer|the most|the least)\b|"
        r"\bcompar(?:e|ed|ing|ison)\b|\bcontrast\b|\bdiffer|\bversus\b|\bvs\.?\b|"
        r"\bhow did .* change\b|\bchanged? between\b|\bany better\b|\bany worse\b|"
        r"\bbeen reported in\b",
        q,
    ):
        return "compare"
    if re.match(r"how (?:has|have|had|was|were|did|is|are)\b", q) and (
        len({year for _, year in _all_years(question)}) > 1
    ):
        return "compare"  # 'how has X been handled in 2002, 2007/08 and 2017?'
    if re.match(r"(?:list|name|enumerate|show(?: me)?|give me)\b", q) or re.match(
        rf"what (?:are|were) (?:all )?the\b.*\b{_RECORD_NOUNS}\b", q
    ):
        return "list"
    if _which_noun(question) or re.match(r"which of\b", q):
        return "list"
    if re.search(r"\b(?:recommendations|actions) that are due\b", q):
        return "list"
    if re.match(r"(why|explain|describe)\b", q) or re.match(r"how (?!many|much|often)", q):
        return "explain"
    return "lookup"


def _fy_year(start: str, end: str) -> int:
    first = int(start)
    return first + 1 if len(end) <= 2 or int(end) == first + 1 else int(end)


def _all_years(question: str) -> list[tuple[str, int]]:
    """Every year or financial year named, as (text, year it ends in)."""
    found: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for match in _FY.finditer(question):
        found.append((match.group(0), _fy_year(match.group(1), match.group(2))))
        spans.append(match.span())
    for match in re.finditer(rf"\b{_YEAR}\b", question):
        if not any(s <= match.start() < e for s, e in spans):
            found.append((match.group(0), int(match.group(1))))
    return found


def _window(
    question: str, years: list[tuple[str, int]], intent: Intent
) -> tuple[int | None, int | None, str | None]:
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
        if len({y for _, y in years}) > 1 and intent in ("compare", "recurring", "list", "count"):
            break  # 'in 2002, 2007/08 and 2017': the span of all of them
        return first, first, text
    distinct = sorted({y for _, y in years})
    if len(distinct) > 1 and intent in ("compare", "recurring"):
        return distinct[0], distinct[-1], f"{distinct[0]}–{distinct[-1]}"
    return None, None, None


def _range(text: str) -> tuple[date, date] | None:
    """The period a deadline expression names: 'Q2 2009' -> 1 April..30 June 2009."""
    text = text.strip()
    quarter = re.fullmatch(r"Q([1-4])\s+((?:19|20)\d\d)", text, re.I)
    if quarter:
        q, year = int(quarter.group(1)), int(quarter.group(2))
        start = date(year, 3 * q - 2, 1)
        end = (date(year + (q == 4), (3 * q) % 12 + 1, 1)) - timedelta(days=1)
        return start, end
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    parsed = parse_dates(text)
    if parsed:
        end = date.fromisoformat(parsed[-1].iso)
        return end.replace(day=1), end
    return None


def _due_window(question: str) -> tuple[str | None, str | None, str | None]:
    match = _DUE_WINDOW.search(question)
    if not match:
        return None, None, None
    span = _range(match.group("when"))
    if span is None:
        return None, None, None
    how = (match.group("how") or "in").lower()
    start, end = span
    if how == "by":
        return None, end.isoformat(), match.group(0)
    if how == "before":
        return None, (start - timedelta(days=1)).isoformat(), match.group(0)
    if how == "after":
        return (end + timedelta(days=1)).isoformat(), None, match.group(0)
    return start.isoformat(), end.isoformat(), match.group(0)


def _themes(question: str) -> list[str]:
    """Themes the question names. A one-word trigger right after a content word ('key risk',
    'contract control findings') names a topic, not the theme."""
    q = question.lower()
    found: list[str] = []
    for theme, words in _THEME_WORDS.items():
        for word in words:
            for match in re.finditer(rf"\b{re.escape(word)}\b", q):
                before = re.findall(r"[a-z]+", q[: match.start()])
                previous = before[-1] if before else ""
                if (
                    " " not in word
                    and previous
                    and previous not in GENERIC
                    and previous not in _STOP_BEFORE
                    and not any(previous in w.split() for ws in _THEME_WORDS.values() for w in ws)
                ):
                    continue
                if theme not in found:
                    found.append(theme)
    if "risk management" in found and "finance/budget" in found and "financial risk" in q:
        found.remove("finance/budget")
    return [t for t in found if t in THEMES]


_STOP_BEFORE = {
    "about",
    "on",
    "of",
    "for",
    "in",
    "the",
    "a",
    "an",
    "and",
    "or",
    "with",
    "to",
    "by",
    "which",
    "what",
    "any",
    "all",
    "its",
    "their",
    "whose",
    "are",
    "is",
    "were",
    "was",
    "did",
    "does",
    "has",
    "have",
    "been",
    "how",
    "where",
    "when",
    "embedding",
    "managing",
    "mps",
    "mpa",
    "met",
    "these",
    "those",
    "such",
    "into",
    "around",
    "across",
}


def _targets(
    question: str, catalogue: Catalogue
) -> tuple[list[str], str | None, set[str], list[tuple[int, int]]]:
    """Documents or a section the question names, the words that named them, and their spans."""
    from assistant.text import stem

    tokens = []
    for m in re.finditer(r"[A-Za-z0-9'&]+(?:/[A-Za-z0-9]+)*", question):
        word = m.group(0)
        if "/" in word and not re.fullmatch(r"\d{4}/\d{1,4}", word):
            offset = m.start()  # 'PURE/HMIC' names two things
            for part in word.split("/"):
                tokens.append((part, offset, offset + len(part)))
                offset += len(part) + 1
        else:
            tokens.append((word, m.start(), m.end()))
    stems_ = [stem(t.lower()) if t.isalpha() else t.lower() for t, _, _ in tokens]
    consumed: set[str] = set()
    documents: list[str] = []
    section: str | None = None
    taken: list[tuple[int, int]] = []
    used = [False] * len(tokens)
    for start, end, doc_id in _written_files(question, catalogue):  # named by its file
        taken.append((start, end))
        for index, (word, first, last) in enumerate(tokens):
            if start <= first and last <= end:
                used[index] = True
                consumed.add(word.lower())
        if doc_id not in documents:
            documents.append(doc_id)
    specific = [p for p in catalogue.phrases if p not in catalogue.generic_phrases]
    generic = [p for p in catalogue.phrases if p in catalogue.generic_phrases]
    ordered = sorted(specific, key=lambda p: len(p.split()), reverse=True)
    ordered += sorted(generic, key=lambda p: len(p.split()), reverse=True)
    for phrase in ordered:
        if phrase in catalogue.generic_phrases and documents:
            break  # 'action plan progress' names a paper only when nothing more specific does
        words = phrase.split()
        size = len(words)
        for start in range(len(tokens) - size + 1):
            if stems_[start : start + size] != words or any(used[start : start + size]):
                continue
            for index in range(start, start + size):
                used[index] = True
            target = catalogue.phrases[phrase]
            taken.append((tokens[start][1], tokens[start + size - 1][2]))
            consumed |= {t.lower() for t, _, _ in tokens[start : start + size]}
            if target.kind == "section" and section is None:
                section = target.key
            elif section is None:
                section = _section_by_noun(phrase, stems_, catalogue)
            for doc_id in target.document_ids:
                if doc_id not in documents:
                    documents.append(doc_id)
            break
    if section and any(d not in catalogue.sections[section] for d in documents):
        section = None  # the question names another paper too: keep both, drop the section
    return documents, section, consumed, taken


def _written_files(question: str, catalogue: Catalogue) -> list[tuple[int, int, str]]:
    """The documents whose file name (or id) the question writes out, with their spans."""
    found: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[\w\-]+(?:\.[\w\-]+)*", question):
        doc_id = catalogue.file_names.get(match.group(0).lower())
        if doc_id:
            found.append((match.start(), match.end(), doc_id))
    lowered = question.lower()
    for name in catalogue.spaced_file_names:  # 'annual report 2019.pdf'
        start = lowered.find(name)
        if start >= 0 and not any(s < start + len(name) and start < e for s, e, _ in found):
            found.append((start, start + len(name), catalogue.file_names[name]))
    return found


def _section_by_noun(phrase: str, question_stems: list[str], catalogue: Catalogue) -> str | None:
    """'HMIC recommendations': of the sections carrying 'HMIC', the recommendations one."""
    from assistant.text import stem

    nouns = {stem(n) for n in ("recommendations", "improvement", "areas", "issues", "actions")}
    asked = nouns & set(question_stems)
    if not asked:
        return None
    carriers = catalogue.phrase_sections.get(phrase, [])
    fitting = [s for s in carriers if asked & {stem(w) for w in re.findall(r"[a-z]+", s.lower())}]
    return fitting[0] if len(fitting) == 1 else None


def _owner(question: str, catalogue: Catalogue) -> str | None:
    q = question.lower()
    owners = catalogue.owners if catalogue.named_owners is None else catalogue.named_owners
    matches = [o for o in owners if re.search(rf"\b{re.escape(o.lower())}\b", q)]
    return max(matches, key=len) if matches else None


def _premise(question: str) -> str | None:
    for pattern in _PREMISE:
        match = pattern.search(question.strip())
        if match:
            return match.group("p").strip(" ,")
    return None


_SPLIT = re.compile(
    r",?\s+and\s+(?=(?:when|who|whose|what|which|where|how|why|by when)\b)"
    r"|(?<=[.;])\s+(?=[A-Z])",  # 'R5 relies on a toolkit. According to the AGS, what ...?'
    re.I,
)


def sub_questions(question: str) -> list[str]:
    """'Whose recommendations ..., and when is the workshop?' -> its two questions."""
    return [part.strip() for part in _SPLIT.split(question) if part.strip()]


def _parts(question: str, catalogue: Catalogue) -> list[QuestionPart]:
    texts = sub_questions(question)
    if len(texts) < 2:
        return []
    return [QuestionPart(text=t, documents=_targets(t, catalogue)[0]) for t in texts]


def analyse(question: str, catalogue: Catalogue) -> QueryAnalysis:
    consumed: set[str] = set()
    refs = identifiers(question)
    intent = _intent(question)
    years = _all_years(question)
    documents, section, named, spans = _targets(question, catalogue)
    consumed |= named
    residual = question
    for start, end in sorted(spans, reverse=True):
        residual = residual[:start] + " " * (end - start) + residual[end:]
    for match in _MONTH.finditer(question):
        consumed |= _words(match.group(0))
    since, until, period = _window(question, years, intent)
    if period:
        consumed |= _words(period)
    due_from, due_to, due_text = _due_window(question)
    if due_text:
        consumed |= _words(due_text)
        if (since, until) == (due_from and int(due_from[:4]), due_to and int(due_to[:4])):
            since = until = None  # 'due in 2009' is a due window, not a document year
            period = due_text
        elif since is not None and since == until and due_from and int(due_from[:4]) == since:
            since = until = None
            period = due_text
    known_years = {d.year for d in catalogue.documents if d.year}
    known_periods = {d.period for d in catalogue.documents if d.period}
    unknown_periods = [
        text
        for text, year in years
        if "/" in text
        and text.replace(" ", "") not in known_periods
        and year not in known_years
        and not any(text.replace(" ", "") in p for p in catalogue.phrases)
    ]
    for text, _ in years:
        consumed |= _words(text)
    revised_from = revised_to = None
    moved = _REVISED_FROM.search(question)
    if moved:
        window = _range(moved.group("when"))
        if window:
            revised_from, revised_to = window[0].isoformat(), window[1].isoformat()
            consumed |= _words(moved.group(0))
    no_due = bool(_NO_DUE.search(question))
    degree_match = _DEGREE.search(question)
    degree = (degree_match.group(1) or degree_match.group(2)).lower() if degree_match else None
    if degree in ("fully", "completely"):
        degree = None  # 'completely met' is the status 'complete' already
    category = (
        None
        if intent not in ("list", "count")
        else next(
            (
                c
                for c in catalogue.categories
                if re.search(rf"(?<![\w-]){re.escape(c.lower())}(?![\w-])", residual.lower())
            ),
            None,
        )
    )
    if category:
        consumed |= _words(category)
    slipped_match = _SLIPPED.search(question) or (
        re.search(r"\bhow (?:often|many times)\b.*\bmove[ds]?\b", question, re.I)
    )
    slipped = slipped_match is not None
    if slipped_match:
        consumed |= _words(slipped_match.group(0))
    repeated = _REPEATEDLY.search(question)
    min_extensions = 2 if repeated and (slipped or _REVISED.search(question)) else None
    if repeated and min_extensions:
        consumed |= _words(repeated.group(0))
    revised_match = _REVISED.search(question)
    revised: bool | None = True if revised_match else None
    if revised_match:
        consumed |= _words(revised_match.group(0))
    statuses: list[str] = []
    if not slipped:
        for pattern, values in _STATUS_WORDS:
            status_match = pattern.search(question)
            if status_match:
                statuses = values
                consumed |= _words(status_match.group(0))
                break
    priority_match = _PRIORITY.search(question)
    priority = priority_match.group(1).capitalize() if priority_match else None
    if priority_match:
        consumed |= _words(priority_match.group(0))
    fields: list[FieldName] = []
    for pattern, name in _FIELD_WORDS:
        found = pattern.search(question)
        if found and name not in fields:
            fields.append(name)
            consumed |= _words(found.group(0)) & _FIELD_TRIGGERS
    doc_field: DocField | None = None
    for pattern, doc_name in _DOC_FIELDS:
        doc_match = pattern.search(question)
        if doc_match and intent == "lookup" and not due_text:
            doc_field = doc_name
            consumed |= _words(doc_match.group(0))
            break
    owner = _owner(residual, catalogue)
    q = question.lower()
    if (
        owner
        and "owner" in fields
        and intent == "lookup"
        and not re.search(r"\bwhich\b|\bwhat\b", q)
    ):
        owner = None  # 'who owns X' asks for the owner; it does not filter by one
    if owner:
        consumed |= _words(owner)
    if intent in ("list", "count") and "owner" in fields and not owner:
        fields = [f for f in fields if f != "owner"]
    themes = _themes(residual)
    premise = _premise(question)
    claims: list[Claim] = []
    scope = premise if premise else question
    for pattern, kind in _CLAIMS:
        for match in pattern.finditer(scope):
            claims.append(Claim(kind=kind, text=match.group(0)))
    if intent in ("list", "count"):
        claims = []  # 'which were completed' is a filter, not an assertion
    claim_words = {w.lower() for c in claims for w in re.findall(r"[A-Za-z]+", c.text)}
    terms = [
        t
        for t in query_terms(question)
        if t not in GENERIC and t not in consumed and not t.isdigit() and t not in claim_words
    ]
    return QueryAnalysis(
        question=question,
        intent=intent,
        themes=themes,
        since=since,
        until=until,
        period=period,
        due_from=due_from,
        due_to=due_to,
        statuses=statuses,
        slipped=slipped,
        min_extensions=min_extensions,
        revised=revised,
        priority=priority,
        degree=degree,
        category=category,
        revised_from=revised_from,
        revised_to=revised_to,
        no_due=no_due,
        quantity=bool(re.search(r"\bhow (?:many|much)\b", question, re.I)) and intent == "lookup",
        years=sorted({y for _, y in years}),
        owner=owner,
        documents=documents,
        section=section,
        unknown_periods=unknown_periods,
        refs=[r for r in refs if not re.fullmatch(r"(19|20)\d\d", r)],
        field=fields[0] if fields and intent in ("lookup", "explain") else None,
        fields=fields,
        doc_field=doc_field,
        premise=premise,
        claims=claims,
        outcome=bool(_OUTCOME.search(question)),
        terms=terms,
        parts=_parts(question, catalogue),
    )
