"""The analysed question: :class:`QueryAnalysis`, returned in every answer as ``query``, and the
types of its fields."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Intent = Literal["list", "count", "lookup", "explain", "compare", "recurring"]
FieldName = Literal["due", "owner", "status", "progress", "action", "priority"]
DocField = Literal["date", "author", "committee"]
ClaimKind = Literal["complete", "slipped", "stopped", "other"]


class Claim(BaseModel):
    kind: ClaimKind
    text: str


class Proposal(BaseModel):
    """What came of an LLM's proposed analysis: the fields it filled, the values it named that
    the register does not hold, or why none was used."""

    filled: list[str] = Field(default_factory=list, description="Fields the proposal filled.")
    rejected: list[str] = Field(
        default_factory=list, description="Proposed values the register does not hold, and why."
    )
    note: str | None = Field(None, description="Why no proposal was used (error, timeout).")


class QuestionPart(BaseModel):
    """One question of several asked at once, with the documents it names itself."""

    text: str
    documents: list[str] = Field(default_factory=list)


class StateSpec(BaseModel):
    """A state asked of rows: labels a paper writes, canonical statuses, or 'progressed'
    (further along than the row stood in the body's earlier paper)."""

    labels: list[str] = Field(default_factory=list)
    statuses: list[str] = Field(default_factory=list)
    progressed: bool = False
    held: bool | None = Field(
        None, description="Listed again in the later paper (True) or not listed there (False)."
    )
    said: str = Field("", description="The question's words for the state.")


class PairedStates(BaseModel):
    """Rows in one state at a body's earlier paper and another at its later paper."""

    earlier: str
    later: str
    before: StateSpec
    after: StateSpec
    subject: Literal["earlier", "later"] = Field(
        "earlier", description="Whose rows are listed when asked as listed again or not."
    )


class QueryAnalysis(BaseModel):
    """The analysed question, returned in every answer as ``query``."""

    question: str
    intent: Intent
    themes: list[str] = Field(default_factory=list)
    themes_all: bool = False  # rows with every theme ('partnership risk management actions')
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
    dated: bool = Field(False, description="Only records whose deadline gives a date.")
    due_says: str | None = Field(
        None, description="Words the deadline column holds ('a timescale of ongoing')."
    )
    percent_range: tuple[float, float] | None = Field(
        None, description="Only records whose percentage cell lies in this range ('at 100%')."
    )
    no_owner: bool = Field(False, description="Only records whose owner cell is empty.")
    has_owner: bool = Field(
        False, description="Only records whose owner cell names someone ('do have a named lead')."
    )
    status_says: list[str] = Field(
        default_factory=list,
        description="Status values as the register holds them, named ('rated red', 'Open').",
    )
    column_says: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Values of a paper's own label column, named ('a limited audit opinion'): "
        "the column's header -> the values kept (those named, or the others when denied).",
    )
    owner_only: bool = Field(
        False, description="Only records the owner holds alone ('owned solely by X')."
    )
    owner_shared: bool = Field(
        False,
        exclude=True,  # read by the register's filter; not part of the analysis shown
        description="Only records the owner holds with another ('jointly with someone else').",
    )
    carried: Literal["earlier", "new", "later"] | None = Field(
        None,
        description="Rows the body's earlier paper also holds ('carried over from last year') "
        "or does not ('new this year'), or its later paper holds ('… a year later').",
    )
    carried_year: int | None = Field(None, description="The year naming that earlier paper.")
    paired: PairedStates | None = Field(
        None, description="A state at the body's earlier paper and another at its later one."
    )
    quantity: bool = Field(False, description="Asks for a figure ('how many staff').")
    years: list[int] = Field(default_factory=list, description="Every year named.")
    owner: str | None = None
    owner_or: list[str] = Field(
        default_factory=list,
        description="Owners joined by 'or' to ``owner`` ('owned by X or Y': rows of any of "
        "them), or to ``owner_not`` when no owner is asked ('not owned by X or Y': of neither).",
    )
    owner_not: str | None = Field(
        None, description="An owner the question leaves out ('other than those led by X')."
    )
    documents: list[str] = Field(default_factory=list, description="Document ids named.")
    section: str | None = None
    sections: list[str] = Field(
        default_factory=list,
        description="The sections of the papers named whose rows the question's noun calls "
        "them by ('recommendations' of a paper that also lists areas for improvement).",
    )
    unknown_periods: list[str] = Field(
        default_factory=list, description="Periods named that no document covers ('2006/07')."
    )
    refs: list[str] = Field(default_factory=list)
    refs_not: list[str] = Field(
        default_factory=list,
        description="Refs the question leaves out ('other than R12', 'apart from those').",
    )
    terms_not: list[str] = Field(
        default_factory=list,
        description="Words describing records the question leaves out ('apart from the one on "
        "backlog maintenance'): records whose text has them all are left out.",
    )
    subject_states: list[str] = Field(
        default_factory=list,
        exclude=True,  # a reading aid for the composers, not part of the analysis shown
        description="State words that are part of the subject, as the rows write them ('late "
        "banking', 'assessments were overdue'): words to search, no filter on the rows.",
    )
    field: FieldName | None = None
    fields: list[FieldName] = Field(default_factory=list, description="Every field asked for.")
    header_named: bool = Field(False, description="The fields named by a paper's header ('RAG').")
    doc_field: DocField | None = Field(None, description="A question about a document itself.")
    premise: str | None = Field(None, description="What the question takes for granted.")
    claims: list[Claim] = Field(default_factory=list, description="Assertions to check.")
    outcome: bool = Field(False, description="Asks what came of something.")
    terms: list[str] = Field(default_factory=list, description="Topic terms (no generic words).")
    subject_terms: list[str] = Field(
        default_factory=list,
        description="The topic terms in the phrases that name a list's subject ('which X "
        "actions', 'about X'); with other filters, only these narrow the list.",
    )
    sides: list[str] = Field(
        default_factory=list,
        description="The two things a comparison names in words ('A or B'), as written.",
    )
    apart: bool = Field(False, description="Asks how far apart two things are in time.")
    group_by: Literal["owner", "status", "priority", "document"] | None = Field(
        None, description="The column totals are asked by ('how many does each lead hold?')."
    )
    group_extreme: Literal["most", "fewest"] | None = Field(
        None, description="The group asked for at an extreme ('which owner has the most?')."
    )
    parts: list[QuestionPart] = Field(
        default_factory=list, description="The questions asked, when there are several."
    )
    standalone: str | None = Field(
        None, description="The follow-up rewritten as a standalone question."
    )
    proposal: Proposal | None = Field(
        None, description="What an LLM proposed the question names (only with an LLM set)."
    )

    def has_record_filters(self) -> bool:
        return bool(
            self.themes
            or self.statuses
            or self.slipped
            or self.min_extensions
            or self.revised is not None
            or self.owner
            or self.owner_not
            or self.documents
            or self.section
            or self.sections
            or self.since
            or self.until
            or self.due_from
            or self.due_to
            or self.priority
            or self.degree
            or self.category
            or self.revised_from
            or self.no_due
            or self.dated
            or self.no_owner
            or self.has_owner
            or self.due_says
            or self.status_says
            or self.column_says
            or self.percent_range
            or self.carried
        )

    @property
    def claim_words(self) -> list[str]:
        return [c.text.lower() for c in self.claims]
