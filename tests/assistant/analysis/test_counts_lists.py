"""Counts and lists read from the form of the question (issue 14, COUNTLIST classes): the noun
counted after its modifiers, the rows a paper's item noun selects, a paper's year as a choice of
paper, due dates after a cue, owners missing, degrees. The papers are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.periods import with_full_years
from ingest.model import ActionRecord, DocumentInfo

# an inspection paper of 2011 with two tables whose rows are called by different nouns
_HARBOUR = DocumentInfo(
    id="harbour",
    filename="harbour.docx",
    format="docx",
    sha256="h",
    title="Harbour Board Inspection Response 2011",
    organisation="Kelmscott Harbour Board",
    date="2011-06-30",
    year=2011,
)
_RECS = "Harbour Board Inspection (Recommendations)"
_AREAS = "Harbour Board Inspection (Areas for Improvement)"
_ROWS = [
    # section, header of the title column, ref, title, owner, due, status, status text
    (_RECS, "Recommendation", "H1", "Renew the dredging contract", "Harbour Master", "Ongoing",
     "ongoing", None),
    (_RECS, "Recommendation", "H2", "Publish berth charges", "Treasurer", "March 2012",
     "unknown", None),
    (_RECS, "Recommendation", "H3", "Survey the sea wall", "Harbour Master", "End of 2010/2011",
     "complete", "Recommendation met: fully"),
    (_RECS, "Recommendation", "H4", "Review the pilotage tariff", None, "Ongoing", "ongoing",
     "Recommendation met: partially"),
    (_AREAS, "Area for Improvement", None, "Budget reporting to members", "Harbour Master",
     "Ongoing", "ongoing", None),
    (_AREAS, "Area for Improvement", None, "Crane maintenance records", "Harbour Master",
     "December 2011", "partial", "Recommendation met: significantly"),
    (_AREAS, "Area for Improvement", None, "Awaiting approval of the moorings plan", None,
     "Ongoing", "ongoing", "Still awaiting approval by the Board"),
]  # fmt: skip


def _records() -> list[ActionRecord]:
    records = []
    for n, (section, header, ref, title, owner, due, status, said) in enumerate(_ROWS, 1):
        records.append(
            ActionRecord(
                id=f"harbour:{n}",
                document=_HARBOUR.ref(),
                section=section,
                ref=ref,
                ordinal=n,
                title=title,
                owner=owner,
                due_text=due,
                status=status,
                status_text=said,
                columns={header: title, "Responsibility": owner or "", "Date": due},
                source_text=title,
                source_start=0,
                source_end=len(title),
                year=2011,
            )
        )
    return records


def _index() -> NameIndex:
    return NameIndex.from_records([_HARBOUR], _records())


def test_the_record_noun_after_lower_case_modifiers_is_what_is_counted() -> None:
    index = _index()
    for question in (
        "How many of the dredging-related recommendations are ongoing?",
        "How many of the harbour recommendations are still ongoing?",
        "How many of the Board's long-standing areas for improvement are ongoing?",
        "How many of the 2010/11 port recommendations were met?",
    ):
        assert analyse(question, index).intent == "count", question
    assert analyse("How many pilots work in the harbour?", index).intent == "lookup"
    assert analyse("How many had their deadline moved?", index).intent == "count"


def test_the_noun_of_a_count_or_list_selects_the_tables_that_call_their_rows_so() -> None:
    index = _index()
    q = analyse("How many Harbour Board Inspection Response recommendations are ongoing?", index)
    assert q.documents == ["harbour"] and q.section == _RECS
    q = analyse("Which areas for improvement in the Inspection Response 2011 are ongoing?", index)
    assert q.section == _AREAS
    # a noun no table is called by ('actions') keeps the whole paper
    q = analyse("How many actions in the Harbour Board Inspection Response are ongoing?", index)
    assert q.section is None and not q.sections


def test_the_tables_of_two_papers_called_by_the_noun_are_all_kept() -> None:
    other = DocumentInfo(
        id="quay", filename="quay.docx", format="docx", sha256="q", title="Quay Works Plan"
    )
    row = ActionRecord(
        id="quay:1",
        document=other.ref(),
        section="Quay Works Recommendations",
        ordinal=1,
        title="Repave the quay",
        columns={"Recommendation": "Repave the quay"},
        source_text="Repave the quay",
        source_start=0,
        source_end=15,
    )
    index = NameIndex.from_records([_HARBOUR, other], [*_records(), row])
    q = analyse("How many recommendations do the Harbour Board Inspection and the Quay Works "
                "Plan hold?", index)  # fmt: skip
    assert set(q.sections) == {_RECS, "Quay Works Recommendations"}


def test_a_state_written_as_the_date_is_the_date_column() -> None:
    q = analyse("How many of the harbour areas for improvement are dated as ongoing?", _index())
    assert q.due_says == "ongoing" and not q.statuses


def _two_years() -> NameIndex:
    earlier = DocumentInfo(
        id="pier", filename="pier.docx", format="docx", sha256="p", title="Pier Trust Letter",
        date="2009-02-01", year=2009,
    )  # fmt: skip
    row = ActionRecord(
        id="pier:1",
        document=earlier.ref(),
        ordinal=1,
        title="Paint the pier",
        source_text="Paint the pier",
        source_start=0,
        source_end=14,
        year=2009,
    )
    return NameIndex.from_records([earlier, _HARBOUR], [row, *_records()])


def test_a_year_naming_a_paper_chooses_that_paper_and_is_no_window() -> None:
    index = _two_years()
    q = analyse("How many recommendations are listed in the 2011 inspection summary?", index)
    assert q.documents == ["harbour"] and q.since is None and q.until is None
    q = analyse("Of the four items in the 2011 report, how many were complete?", index)
    assert q.documents == ["harbour"] and q.since is None
    # a year no paper is of stays a window; a due cue windows the due dates
    assert analyse("How many recommendations are in the 2005 report?", index).since == 2005
    q = analyse("How many recommendations are due in 2012?", index)
    assert q.due_from == "2012-01-01" and not q.documents


def test_a_paper_or_year_followed_by_onwards_opens_the_window() -> None:
    index = _two_years()
    q = analyse("Which items deal with the sea wall, from the 2009 letter onwards?", index)
    assert (q.since, q.until, q.documents) == (2009, None, [])
    assert "onwards" not in q.terms
    q = analyse("Which items mention paint, from the 2009 letter on?", index)
    assert (q.since, q.until) == (2009, None)


def test_a_span_of_years_naming_a_plan_is_no_window() -> None:
    q = analyse("What savings are in the 2011-14 moorings plan?", _index())
    assert q.since is None and q.until is None and q.period is None


def test_a_due_date_a_few_words_after_the_due_cue_is_a_due_window() -> None:
    index = _index()
    for question in (
        "Which harbour actions are scheduled for completion in December 2011?",
        "Which recommendations are due for delivery in December 2011?",
        "Which items are expected to be finished by December 2011?",
    ):
        q = analyse(question, index)
        assert q.due_to == "2011-12-31", question


def test_rows_lacking_an_owner_are_a_filter_not_an_owner_asked() -> None:
    index = _index()
    for question in (
        "Which harbour recommendations lack an owner?",
        "How many areas for improvement have no named lead?",
        "List the recommendations that are unassigned.",
        "Which areas for improvement have nobody named as responsible?",
        "How many harbour recommendations have no one listed as the lead?",
    ):
        q = analyse(question, index)
        assert q.no_owner and q.owner is None and "owner" not in q.fields, question
    assert not analyse("Who owns the dredging contract?", index).no_owner


def test_a_pending_frame_is_no_topic_and_governs_the_predicate() -> None:
    from assistant.analysis.reading import pending_objects

    q = analyse("Which harbour recommendations are still awaiting board approval?", _index())
    assert not {"still", "awaiting"} & set(q.terms)
    assert pending_objects(q.question, q.terms) == ["board", "approval"]
    # the predicate runs to the end of its clause, past its object's article and 'to be'
    q = analyse("Which harbour items are waiting for a moorings plan to be approved?", _index())
    assert {"moorings", "approved"} <= set(pending_objects(q.question, q.terms))


def test_an_adverb_naming_the_papers_own_degree_word_is_a_degree_filter() -> None:
    index = _index()
    assert index.degrees == {"fully", "partially", "significantly"}
    for question in (
        "Which harbour recommendations were only partly met?",
        "Which of the areas for improvement have been partly addressed?",
        "How many recommendations were just partially achieved?",
    ):
        q = analyse(question, index)
        assert q.degree == "partially", question
    assert analyse("Which recommendations were met fully?", index).degree is None
    # an adjective of degree names the same word: 'to a partial degree', 'a significant extent'
    for question, degree in (
        ("Which harbour recommendations were met to a partial degree?", "partially"),
        ("How many areas were addressed to a significant extent?", "significantly"),
    ):
        q = analyse(question, index)
        assert q.degree == degree, question
        assert not {"degree", "extent", "partial", "significant"} & set(q.terms), question


def test_words_read_as_a_category_name_no_theme_and_a_rating_verb_names_the_priority() -> None:
    records = [r.model_copy(update={"category": "Value for Money"}) for r in _records()]
    index = NameIndex.from_records([_HARBOUR], records)
    q = analyse("Which value-for-money recommendations are rated medium?", index)
    assert (q.category, q.themes, q.priority) == ("Value for Money", [], "Medium")
    q = analyse("List the harbour recommendations graded as low.", index)
    assert q.priority == "Low"


def test_two_sections_named_together_are_both_kept() -> None:
    other = DocumentInfo(
        id="quay", filename="quay.docx", format="docx", sha256="q", title="Quay Works Plan"
    )
    quay = ActionRecord(
        id="quay:1", document=other.ref(), section="Dock Safety Recommendations", ordinal=1,
        title="Repave the quay", columns={"Recommendation": "Repave the quay"},
        source_text="Repave the quay", source_start=0, source_end=15,
    )  # fmt: skip
    crane = quay.model_copy(update={"id": "quay:2", "section": "Crane Audit Recommendations"})
    index = NameIndex.from_records([_HARBOUR, other], [*_records(), quay, crane])
    q = analyse(
        "Of the dock safety and the crane audit recommendations, which does the Harbour Master "
        "answer for, alone or jointly?",
        index,
    )
    assert q.intent == "list" and q.owner == "Harbour Master"
    assert set(q.sections) == {"Dock Safety Recommendations", "Crane Audit Recommendations"}


def test_a_side_of_a_comparison_stands_for_the_tables_the_noun_calls_by() -> None:
    q = analyse(
        "Which had more recommendations: the Pier Trust Letter or the harbour board inspection?",
        _two_years(),
    )
    assert q.intent == "compare" and q.sections == [_RECS]


def test_a_row_shown_or_marked_as_done_is_the_status_complete() -> None:
    index = _index()
    for question in (
        "Which harbour recommendations are marked as done?",
        "How many areas for improvement were recorded as done?",
    ):
        q = analyse(question, index)
        assert q.statuses == ["complete"], question
        assert "done" not in q.terms, question


def test_a_fronted_partitive_gives_the_which_its_head_noun() -> None:
    index = _index()
    q = analyse("Of the harbour recommendations, which have not been fully met?", index)
    assert q.intent == "list" and "complete" not in q.statuses and not q.claims
    q = analyse("Among the areas for improvement, how many are still ongoing?", index)
    assert q.intent == "count" and q.statuses == ["ongoing"]


def test_the_priority_is_read_by_the_synonyms_of_its_header() -> None:
    index = _index()
    for question, level in (
        ("How many harbour recommendations were given a medium rating?", "Medium"),
        ("Which harbour recommendations carry a priority of high?", "High"),
        ("List the areas for improvement with a low grade.", "Low"),
    ):
        q = analyse(question, index)
        assert q.priority == level, question
        assert not {"rating", "grade"} & set(q.terms), question


def test_what_heading_a_plural_record_noun_lists_rows() -> None:
    index = _index()
    for question in (
        "What recommendations did the harbour inspection make about berth charges?",
        "what other harbour recommendations does the Treasurer own",
        "And what areas for improvement are still ongoing?",
    ):
        assert analyse(question, index).intent == "list", question
    assert analyse("What recommendation was agreed on berth charges?", index).intent != "list"
    assert analyse("What recommendations were agreed for H2?", index).intent != "list"


def test_a_category_only_another_paper_holds_is_no_filter_of_the_paper_named() -> None:
    other = DocumentInfo(
        id="ferry", filename="ferry.docx", format="docx", sha256="f",
        title="Ferry Service Review 2012", organisation="Kelmscott Harbour Board",
    )  # fmt: skip
    records = [r.model_copy(update={"category": "Sea Defences"}) for r in _records()]
    ferry = records[0].model_copy(
        update={"id": "ferry:1", "document": other.ref(), "category": None, "ref": "F1"}
    )
    index = NameIndex.from_records([_HARBOUR, other], [*records, ferry])
    q = analyse("Which items in the ferry service review are about sea defences?", index)
    assert q.category is None and q.documents == ["ferry"]
    q = analyse("Which harbour recommendations are about sea defences?", index)
    assert q.category == "Sea Defences"


def test_a_financial_year_written_short_names_the_paper_of_that_year() -> None:
    plan = DocumentInfo(
        id="plan", filename="plan.docx", format="docx", sha256="p",
        title="Harbour Board Action Plan 2011/12", organisation="Kelmscott Harbour Board",
    )  # fmt: skip
    moved = [r.model_copy(update={"id": "plan:1", "document": plan.ref(), "ref": "P1"})
             for r in _records()[:1]]  # fmt: skip
    index = NameIndex.from_records([_HARBOUR, plan], [*_records(), *moved])
    for question in (
        "which items in the 11/12 action plan are due by March 2012",
        "How many actions did the '11/12 plan set out?",
    ):
        assert analyse(question, index).documents == ["plan"], question
    assert with_full_years("ref 19/20-08 and 12/14") == "ref 19/20-08 and 12/14"


def test_a_year_naming_the_paper_of_a_count_comparison_is_no_window() -> None:
    for question in (
        "In the 2011 harbour inspection, were more recommendations met fully or partially?",
        "For the 2011 harbour inspection, were more items rated high or low?",
    ):
        q = analyse(question, _index())
        assert q.intent == "compare", question
        assert (q.documents, q.since, q.until) == (["harbour"], None, None), question


def test_a_fronted_scope_before_which_or_where_gives_the_rows_asked() -> None:
    for question in (
        "In the harbour recommendations, which ones are still open?",
        "Across the 2011 areas for improvement, where is a survey still waiting to be approved?",
        "Within the harbour inspection recommendations, which are owned by the Treasurer?",
    ):
        assert analyse(question, _index()).intent == "list", question
    assert analyse("In the harbour inspection, where is the depot?", _index()).intent != "list"


def test_which_before_a_name_ending_in_the_row_noun_lists_rows() -> None:
    named = "Review of Berths and Moorings Recommendations"
    records = [r.model_copy(update={"section": named}) for r in _records()[:4]]
    index = NameIndex.from_records([_HARBOUR], records)
    for question in (
        "Which review of berths and moorings recommendations are owned by the Harbour Master?",
        "which Review of Berths and Moorings recommendations were rated high and are complete",
    ):
        q = analyse(question, index)
        assert q.intent == "list" and q.section == named, question


def test_a_paper_fronted_as_a_scope_is_no_partitive() -> None:
    from assistant.analysis.intent import partitive_head

    assert partitive_head("In the 2011 action plan, which action's deadline moved?") is None
    assert partitive_head("In the harbour areas for improvement, which one is due first?") is None
    assert partitive_head("In the harbour areas for improvement, which are ongoing?")


def test_which_are_they_after_the_rows_named_lists_them() -> None:
    for question in (
        "Harbour recommendations the Treasurer answers for, alone or jointly - which are they?",
        "Harbour areas for improvement still ongoing: what are they?",
        "The harbour recommendations rated high; which were they",
    ):
        assert analyse(question, _index()).intent == "list", question
    assert analyse("The harbour board - what are they?", _index()).intent != "list"


def test_recs_short_for_recommendations_is_a_row_noun() -> None:
    assert analyse("which recs does the Treasurer own", _index()).intent == "list"
    assert analyse("how many recs are ongoing", _index()).intent == "count"


def test_a_topic_name_joined_by_a_preposition_is_one_modifier_of_the_row_noun() -> None:
    index = _index()
    for question, intent in (
        ("Which value for money recommendations are rated high?", "list"),
        ("How many freedom of information items are still ongoing?", "count"),
        (
            "how many of the harbour board's audit and inspection recommendations are complete",
            "count",
        ),
        ("What value for money areas for improvement does the Harbour Master own?", "list"),
    ):
        assert analyse(question, index).intent == intent, question
