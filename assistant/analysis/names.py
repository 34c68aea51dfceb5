"""The name index: which documents, sections and owners a question names.

A :class:`NameIndex` holds what may be named (documents by title, period or file name; sections
by heading; owners), each name kept only where it is specific enough to name anything (see
:class:`NameEvidence`). :func:`owner_named` finds the owner a question names; the papers and
sections it names are read in :mod:`assistant.analysis.targets`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, TypeVar, cast

from assistant.analysis.bodies import body_pairs, body_phrases
from assistant.analysis.graded import stated_degree
from assistant.analysis.headers import header_fields, header_rows
from assistant.analysis.held_periods import period_labels
from assistant.analysis.held_refs import spaced_refs_written
from assistant.analysis.held_status import status_values
from assistant.analysis.model import FieldName
from assistant.analysis.numbered_titles import ordinal_names
from assistant.analysis.patterns import FIELD_TRIGGERS, GENERIC
from assistant.analysis.quoted_cells import cell_values
from assistant.analysis.ref_codes import code_families
from assistant.analysis.short_names import ShortNames
from assistant.analysis.state_subject import held_state_neighbours
from assistant.text import category_head, record_text, status_as_written, stem, stems
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.identifiers import ref_shaped, tokens_with_joins

T = TypeVar("T")

# The small words of titles and headings (and 'table', 'appendix'): no name phrase starts or
# ends with one, and a phrase made only of them and generic words is generic.
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
# Words a question asks with rather than names with: function words (articles, pronouns,
# auxiliaries, prepositions, conjunctions, quantifiers, question words), the verbs questions
# ask with, and the words that ask for a field of a record (see FIELD_TRIGGERS). A name made
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
_ASKING_STEMS = frozenset(stem(w) for w in _ASKING | _FUNCTION | FIELD_TRIGGERS)
# A sample this size estimates how widely a word is spread over the record.
_EVIDENCE_SAMPLE = 2000


@dataclass(frozen=True)
class Target:
    kind: Literal["document", "section"]
    key: str  # document id or section name
    document_ids: tuple[str, ...]


@dataclass
class NameIndex:
    """What the analyser may match names against: documents, sections and owners.

    A name is matched only where it is specific (see :class:`NameEvidence`): a title, section
    heading or owner made of question words ('Who is responsible', 'Progress to date') or of
    one word common across the record ('The Board') names nothing; a file name written out
    always names its document."""

    documents: list[DocumentInfo]
    sections: dict[str, list[str]]  # section -> document ids
    owners: list[str]
    categories: list[str] = field(default_factory=list)
    category_documents: dict[str, set[str]] = field(default_factory=dict)  # category -> doc ids
    phrases: dict[str, Target] = field(default_factory=dict)
    phrase_sections: dict[str, list[str]] = field(default_factory=dict)
    generic_phrases: set[str] = field(default_factory=set)
    evidence: NameEvidence | None = None
    named_owners: list[str] | None = None  # the owners specific enough to name (None: all)
    file_names: dict[str, str] = field(default_factory=dict)  # as written (lower) -> doc id
    spaced_file_names: list[str] = field(default_factory=list)  # those with a space in them
    refs: dict[str, str] = field(default_factory=dict)  # every ref of the register: lower -> as is
    ref_codes: dict[str, set[str]] = field(default_factory=dict)  # doc id -> ref family codes
    # what the papers call their rows ('recommendation', 'area', 'observation'), singular
    item_nouns: set[str] = field(default_factory=set)
    # the head nouns of the headers the rows' titles stand under ('Objective', 'Finding'),
    # whether or not a title calls the rows so: a count of one of them counts rows
    column_nouns: set[str] = field(default_factory=set)
    # section -> the item nouns its rows are called by ('recommendation' / 'area')
    section_nouns: dict[str, set[str]] = field(default_factory=dict)
    # the degree words the papers grade rows by ('Recommendation met: significantly')
    degrees: set[str] = field(default_factory=set)
    degree_documents: dict[str, set[str]] = field(default_factory=dict)  # degree -> doc ids
    full_degree: str | None = None  # the degree word of the rows whose status is complete
    status_values: dict[str, set[str]] = field(default_factory=dict)  # doc id -> held statuses
    priority_values: dict[str, set[str]] = field(default_factory=dict)  # doc id -> held ratings
    # a held status as written -> the normalised statuses of the rows carrying it ('Red': …)
    value_statuses: dict[str, set[str]] = field(default_factory=dict)
    due_labels: dict[str, set[str]] = field(default_factory=dict)  # doc id -> 'Q2 2009', …
    owner_documents: dict[str, set[str]] = field(default_factory=dict)  # owner -> doc ids
    # doc id -> the stems of each column header holding one field -> that field ('RAG': status)
    header_fields: dict[str, dict[tuple[str, ...], FieldName]] = field(default_factory=dict)
    # doc id -> the description stems of its rows using a field header's word ('a review of X')
    header_rows: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # the papers named by a short description of their body ('the lighthouse board')
    short_names: ShortNames | None = None
    # state stem -> the stems the rows write beside it ('banked late'): a subject's words
    state_neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    # the words (stemmed) of the names held: a question's word may be a slip of one of them
    name_words: frozenset[str] = frozenset()
    # doc id -> the first lines of the paper's text (its title as printed, when ingest read
    # another line as the title)
    mastheads: dict[str, str] = field(default_factory=dict)
    # a short cell value (folded) -> the (doc id, ref) of the few rows holding it
    cell_values: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    doc_rows: dict[str, list[ActionRecord]] = field(default_factory=dict)  # doc id -> its rows
    # what questions read off every paper or section of this index, kept (see :meth:`kept`)
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def kept(self, key: str, build: Callable[[], T]) -> T:
        """``build()``, made once for this index (one generation's papers): what every
        question would otherwise read off every paper again. ``build`` reads only the index."""
        if key not in self._kept:
            self._kept[key] = build()
        return cast(T, self._kept[key])

    @classmethod
    def from_records(
        cls,
        documents: list[DocumentInfo],
        records: list[ActionRecord],
        mastheads: dict[str, str] | None = None,
    ) -> NameIndex:
        sections: dict[str, list[str]] = {}
        owners: dict[str, None] = {}
        held_in: dict[str, set[str]] = {}  # owner -> the papers whose cells name it
        for record in records:
            if record.section:
                ids = sections.setdefault(record.section, [])
                if record.document.id not in ids:
                    ids.append(record.document.id)
            # the whole of each owner ('Head of Parks and Open Spaces'), then its parts
            # split at 'and' (two owners written as one): a question naming the whole title
            # matches it before any part (owner_named takes the longest)
            whole = [o for o in re.split(r"\s*/\s*", record.owner or "") if " and " in o]
            split = re.split(r"\s*/\s*|\s+and\s+", record.owner or "")
            for owner in [*whole, *split, *_unqualified(split)]:
                owner = owner.strip(" ,.&")
                words = owner.split()
                cut = any(owner != w.strip(" ,.&") and owner in w for w in whole)
                if cut and len(words) == 1 and not owner.isupper():
                    continue  # 'Spaces' of 'Parks and Spaces': a word of a title, no role
                role = (
                    len(words) >= 2
                    and words[0][:1].isupper()
                    and words[-1].lower() not in _FUNCTION
                )
                if role or (
                    len(words) == 1 and owner[:1].isupper() and owner.lower() not in _FUNCTION
                ):
                    owners.setdefault(owner, None)
                    held_in.setdefault(owner, set()).add(record.document.id)
        categories = {r.category for r in records if r.category}
        heads = shared_heads(categories)  # 'Must do' of 'Must do - Regulation 12: …'
        name_index = cls(
            documents, sections, list(owners), categories=sorted(categories) + sorted(heads)
        )
        name_index.owner_documents = held_in
        for record in records:
            head = category_head(record.category) if record.category else None
            for category in (record.category, head if head in heads else None):
                if category:
                    name_index.category_documents.setdefault(category, set()).add(
                        record.document.id
                    )
        name_index.evidence = NameEvidence.of(documents, records)
        name_index.named_owners = [
            o for o in name_index.owners if name_index.evidence.names(_stemmed(o).split())
        ]
        name_index.refs = {r.ref.lower(): r.ref for r in records if r.ref}
        name_index.ref_codes = {d: set(c) for d, c in code_families(records).items()}
        name_index.item_nouns = item_nouns(documents, records)
        name_index.column_nouns = {
            n for n in map(_row_noun, records) if n and not n.endswith("ed")
        }  # not the participle of 'Issue raised'
        graded = [(r, degree) for r in records if (degree := stated_degree(r.status_text))]
        name_index.degrees = {degree for _, degree in graded}
        for record, degree in graded:
            name_index.degree_documents.setdefault(degree, set()).add(record.document.id)
        full = [degree for r, degree in graded if r.status == "complete"]
        name_index.full_degree = min(set(full), key=lambda w: (-full.count(w), w)) if full else None
        for record in records:
            noun = _row_noun(record)
            if record.section and noun in name_index.item_nouns:
                name_index.section_nouns.setdefault(record.section, set()).add(noun)
        name_index.status_values = status_values(records)
        for record in records:
            if record.priority:
                name_index.priority_values.setdefault(record.document.id, set()).add(
                    record.priority
                )
        for record in records:
            said = status_as_written(record)
            if said:
                name_index.value_statuses.setdefault(said, set()).add(record.status)
        for record in records:
            if labels := period_labels([record.due_text]):
                name_index.due_labels.setdefault(record.document.id, set()).update(labels)
        name_index.header_fields = header_fields(records)
        name_index.state_neighbours = held_state_neighbours(records)
        name_index.header_rows = header_rows(records, name_index.header_fields)
        name_index.file_names = _file_names(documents)
        name_index.spaced_file_names = [n for n in name_index.file_names if " " in n]
        name_index.phrases = name_index._distinctive_phrases()
        name_index.name_words = frozenset(w for p in name_index.phrases for w in p.split())
        name_index.mastheads = dict(mastheads or {})
        name_index.cell_values = cell_values(records)
        for record in records:
            name_index.doc_rows.setdefault(record.document.id, []).append(record)
        name_index.short_names = ShortNames.of(
            documents, mastheads or {}, name_index.evidence.holders
        )
        return name_index

    def uses_word(self, word: str) -> bool:
        """Whether the rows of the papers write ``word`` (any form of it)."""
        return self.evidence is not None and self.evidence.frequency.get(stem(word), 0) > 0

    def owners_of(self, documents: list[str]) -> list[str]:
        """The owners the rows of ``documents`` hold (every owner when none are given)."""
        wanted = set(documents)
        return [o for o in self.owners if not wanted or self.owner_documents.get(o, set()) & wanted]

    def titles_of(self, ids: list[str]) -> list[str]:
        """The titles of the papers ``ids`` (a set looked up: at 100k chunks one paper's name
        may pick thousands of papers)."""
        wanted = set(ids)
        return [d.title for d in self.documents if d.id in wanted] if wanted else []

    def _distinctive_phrases(self) -> dict[str, Target]:
        """Phrases of titles and section names that name exactly one document or section, and
        are specific enough to name anything at all."""
        seen: dict[str, set[Target]] = {}
        loose: dict[str, set[Target]] = {}
        bodies: dict[str, set[str]] = {}  # a phrase of a body's name -> the bodies it is of
        for doc in self.documents:
            target = Target("document", doc.id, (doc.id,))
            periods = [doc.period.lower()] if doc.period and "/" in doc.period else []
            org = doc.organisation
            body = _ngrams(org) + body_phrases(org) if org else []  # 'the college', 'Harrowden'
            for phrase in _ngrams(doc.title) + ordinal_names(doc.title) + periods + body:
                seen.setdefault(_stemmed(phrase), set()).add(target)
            for phrase in body:
                bodies.setdefault(_stemmed(phrase), set()).add(str(org).lower())
            for phrase in body_pairs(org) if org else []:  # 'ambulance trust': weaker
                loose.setdefault(_stemmed(phrase), set()).add(target)
        seen |= {p: t for p, t in loose.items() if p not in seen}
        for section, ids in self.sections.items():
            target = Target("section", section, tuple(ids))
            for phrase in _ngrams(section):
                if _year_and_generic(_stemmed(phrase)):
                    continue  # '2008 recommendations': a paper's year and a row noun, no section
                seen.setdefault(_stemmed(phrase), set()).add(target)
                carriers = self.phrase_sections.setdefault(_stemmed(phrase), [])
                if section not in carriers:
                    carriers.append(section)
        out: dict[str, Target] = {}
        self.generic_phrases = {
            phrase for phrase in seen if all(w in GENERIC or w in _FUNCTION for w in phrase.split())
        }
        for phrase, targets in seen.items():
            if phrase.startswith("the "):
                pass  # 'the trust': a body by its kind (bodies.body_phrases), no question words
            elif self.evidence is not None and not self.evidence.names(phrase.split()):
                continue  # 'who is responsible', 'progress to date': question words
            documents = {d for t in targets for d in t.document_ids}
            if len(targets) == 1:
                out[phrase] = next(iter(targets))
            elif len(documents) == 1:  # several sections of one document: name the document
                doc_id = next(iter(documents))
                out[phrase] = Target("document", doc_id, (doc_id,))
            elif self._one_body(phrase, targets, bodies) or self._kind_of_bodies(phrase, targets):
                # 'Heronsgate': the body's papers of two years (its year narrows them); 'the
                # fire and rescue authority papers': the papers of every body of that kind
                papers = tuple(d.id for d in self.documents if d.id in documents)
                out[phrase] = Target("document", papers[0], papers)
        return out

    def _kind_of_bodies(self, phrase: str, targets: set[Target]) -> bool:
        """Whether ``phrase``, two words or more, is the kind every one of the bodies whose
        papers it names ends its name with ('parish council', 'fire and rescue authority',
        'nhs trust'): papers only, each by a body whose name ends with the phrase."""
        if any(t.kind != "document" for t in targets):
            return False
        ids = {t.key for t in targets}
        held = {(d.organisation or "").lower() for d in self.documents if d.id in ids}
        return len(held) >= 2 and self.ends_names(phrase, ids)

    def ends_names(self, phrase: str, ids: set[str] | tuple[str, ...]) -> bool:
        """Whether ``phrase`` (stemmed), two words or more, ends the body's name of every
        paper ``ids``: the kind of body they are ('parish council', 'nhs trust')."""
        if len(phrase.split()) < 2:
            return False
        held = [_stemmed(d.organisation or "") for d in self.documents if d.id in ids]
        return bool(held) and all(f" {h}".endswith(f" {phrase}") for h in held)

    def _one_body(self, phrase: str, targets: set[Target], bodies: dict[str, set[str]]) -> bool:
        """Whether ``phrase``, naming several papers, is a name of the one body all of them
        are of: papers only, each by that body, and the phrase a part of its name."""
        named = bodies.get(phrase, set())
        if len(named) != 1 or any(t.kind != "document" for t in targets):
            return False
        held = {
            (d.organisation or "").lower()
            for d in self.documents
            if d.id in {t.key for t in targets}
        }
        return held == named


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
    holders: dict[str, frozenset[str]]  # stem -> the documents whose records read have it

    @classmethod
    def of(cls, documents: list[DocumentInfo], records: list[ActionRecord]) -> NameEvidence:
        step = max(1, -(-len(records) // _EVIDENCE_SAMPLE))
        read = records[::step]
        frequency: dict[str, int] = {}
        carriers: dict[str, set[str]] = {}
        for record in read:
            words = stems(f"{record_text(record)} {' '.join(record.columns)}")
            for word in words:
                frequency[word] = frequency.get(word, 0) + 1
                carriers.setdefault(word, set()).add(record.document.id)
        holders = {word: frozenset(ids) for word, ids in carriers.items()}
        return cls(len(read), max(len(documents), 1), frequency, holders)

    def distinctive(self, stem: str) -> bool:
        if any(ch.isdigit() for ch in stem):
            return True  # a year, a period, a reference number
        df = self.frequency.get(stem, 0)
        return df * self.documents <= self.records or len(self.holders.get(stem, ())) <= 1

    def names(self, stems: list[str]) -> bool:
        """Whether the stemmed words of a name (as matched) are specific enough to name it."""
        content = [w for w in stems if w not in _ASKING_STEMS and re.search(r"[a-z0-9]", w)]
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


def _ngrams(title: str) -> list[str]:
    """Candidate name phrases: 2–6 word n-grams not starting or ending with a function word,
    plus single words that are acronyms (HMIC, PURE), plus periods such as 2007/08."""
    # a possessive read as its noun, as a question's is ("the internal auditor's report")
    title = re.sub(r"\b([A-Za-z]+)['’]s\b|\b([A-Za-z]+s)['’](?!\w)", r"\1\2", title)
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


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)


def _year_and_generic(phrase: str) -> bool:
    """Whether ``phrase`` (stemmed) is a year and generic words only ('2008 recommend')."""
    words = phrase.split()
    years = [w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)]
    return bool(years) and all(w in years or w in _GENERIC_STEMS or w in _FUNCTION for w in words)


def _stemmed(text: str) -> str:
    """Phrases are compared stem by stem: 'area for improvement' names 'Areas for Improvement'."""
    words = re.findall(r"[a-z0-9'&]+(?:/[a-z0-9]+)*", text.lower())
    return " ".join(stem(w) if w.isalpha() else w for w in words)


def refs_named(question: str, name_index: NameIndex) -> list[str]:
    """The register's own refs written in the question, whatever their shape ('NV-03',
    '19/20-08', 'AL-06', 'IA-2'): linked to the values the data holds, not to a pattern; and a
    ref-shaped token it does not hold ('QX-07'), as written. Plain numbers and years are left
    to the identifier reader ('item 4')."""
    found = []
    for token in tokens_with_joins(question):
        if token.isdigit() or not any(c.isdigit() for c in token):
            continue
        ref = name_index.refs.get(token.lower())
        if ref is None and ref_shaped(token):
            ref = token.upper()  # a ref the register does not hold: still the one asked about
        if ref and ref not in found:
            found.append(ref)
    spaced = spaced_refs_written(question, name_index.refs)  # 'ILR 1.3' held whole
    return [*spaced, *(f for f in found if not any(f.lower() in s.lower() for s in spaced))]


_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=4096)
def owner_pattern(owner: str) -> re.Pattern[str]:
    """An owner's name as a question may write it: its words in order, an article before any
    of them or not ('the Head of the Pay group' for the cell 'Head of Pay group'), '&' or
    'and' alike, a person's initials or none."""
    words = [w for w in re.findall(r"[\w']+|&", owner.lower()) if w not in _ARTICLES]
    parts = [r"(?:&|and)" if w in ("&", "and") else re.escape(w) for w in words]
    gap = r"(?:\s+|\s*[/,-]\s*)(?:(?:the|a|an)\s+)?"
    forms = [gap.join(parts)]
    initials = [i for i, w in enumerate(words[:-1]) if len(w) == 1 and w.isalpha()]
    if initials and len(words) - len(initials) >= 2:
        # a person's initials written or left out ('Cllr Okafor', 'Cllr R. Okafor')
        forms[0] = "".join(
            rf"(?:{p}\.?{gap})?" if i in initials else p + (gap if i < len(parts) - 1 else "")
            for i, p in enumerate(parts)
        )
    if len(words) >= 3 and words[1] == "of" and "of" not in words[2:]:
        # a post 'X of Y' written as a compound 'Y X' ('the finance director' for the cell
        # 'Director of Finance', 'the property services director')
        forms.append(gap.join([*parts[2:], parts[0]]))
    return re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")(?![\w])", re.I)


def owner_span(question: str, owner: str) -> tuple[int, int] | None:
    """Where the question writes the owner (see :func:`owner_pattern`); None if it does not."""
    found = owner_pattern(owner).search(question)
    return found.span() if found else None


def owner_named(question: str, name_index: NameIndex) -> str | None:
    q = question.lower()
    owners = name_index.owners if name_index.named_owners is None else name_index.named_owners
    # whole words only: a short owner ('MPA') must not match inside a word ('impact')
    matches = [o for o in owners if owner_span(q, o)]
    if name_index.named_owners is not None:
        matches += [o for o in name_index.owners if o not in owners and _capitals_kept(question, o)]
    return max(matches, key=len) if matches else None


def _capitals_kept(question: str, owner: str) -> bool:
    """Whether the question writes ``owner`` with the capitals of its acronym as the cell does
    ('the IT Manager'): the acronym is then no function word ('it'), and names the owner even
    when its other words alone are too common to."""
    capitals = re.findall(r"\b[A-Z]{2,}\b", owner)
    span = owner_span(question.lower(), owner) if capitals else None
    return span is not None and all(
        re.search(rf"\b{c}\b", question[span[0] : span[1]]) for c in capitals
    )


def shared_heads(categories: set[str]) -> set[str]:
    """The kinds two categories or more write before their detail ('Must do' of 'Must do -
    Regulation 12: …' and 'Must do - Regulation 18: …'), that are no category themselves: a
    question names the kind to mean all of them."""
    heads = [h for c in categories if (h := category_head(c))]
    return {h for h in heads if heads.count(h) >= 2 and h not in categories}


def item_nouns(documents: list[DocumentInfo], records: list[ActionRecord]) -> set[str]:
    """What the papers call their rows, read from the header of the column each row's title is
    in ('Recommendation', 'AGS improvement area', 'Area for Improvement', 'Observation ref'):
    its head noun, the last word before any 'for'/'of' phrase or ref word, singular, lower
    case. A question counting these counts the register's rows."""
    found = {noun for noun in map(_row_noun, records) if noun}
    # only what a heading or title also calls them ('… Recommendations', 'Areas for
    # Improvement'): a header such as 'Subject' names a column, not the rows
    named = {
        _singular(w)
        for text in [*(d.title for d in documents), *(r.section or "" for r in records)]
        for w in re.findall(r"[a-z]+", text.lower())
    }
    return found & named


def _row_noun(record: ActionRecord) -> str | None:
    """What the row's table calls it: the head noun of the header of the column its title is
    in, singular (see :func:`item_nouns`); None when no column holds the title."""
    for header, value in record.columns.items():
        title, cell = (record.title or "").strip(), value.strip()
        if not title or not cell or not (cell.startswith(title[:40]) or title in cell):
            continue
        words = re.findall(r"[A-Za-z]+", header.lower())
        for cut, word in enumerate(words):
            if word in ("for", "of", "ref", "no", "number", "id"):
                words = words[:cut]
                break
        if (
            words
            and words[-1] not in _FUNCTION
            and words[-1] not in FIELD_TRIGGERS  # a row whose title is its owner cell
            and len(words[-1]) > 2
        ):
            return _singular(words[-1])
    return None


def sections_called(noun: str, documents: list[str], name_index: NameIndex) -> list[str]:
    """The sections of ``documents`` whose rows are called ``noun`` ('recommendations'), when
    the papers' tables call their rows by different nouns (a paper of recommendations and of
    areas for improvement): a count or list of that noun is of those tables, not the whole
    paper. Empty when the noun is no item noun or every section is called by it."""
    asked = _singular(noun.lower())
    if asked not in name_index.item_nouns:
        return []
    held = [s for s, ids in name_index.sections.items() if set(ids) & set(documents)]
    called = [s for s in held if asked in name_index.section_nouns.get(s, set())]
    return called if called and len(called) < len(held) else []


def counts_column_rows(counted: str | None, name_index: NameIndex) -> bool:
    """Whether 'how many' counts a noun the papers' title column is headed by ('how many
    objectives are amber?' of a table headed 'Objective'): the rows are counted."""
    return bool(counted) and _singular((counted or "").lower()) in name_index.column_nouns


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# a post written with its team or body after it in brackets ('Chief Executive (OPCC)',
# 'Senior Probation Officer (Team 2'): a member names the post without them
_QUALIFIER = re.compile(r"\s*\([^()]*\)?\s*$")


def _unqualified(owners: list[str]) -> list[str]:
    """The posts of ``owners`` without a bracketed qualifier after them, where one is written:
    the post a question names ('the Chief Executive') for the cell 'Chief Executive (OPCC)'."""
    return [bare for o in owners if (bare := _QUALIFIER.sub("", o).strip()) and bare != o.strip()]
