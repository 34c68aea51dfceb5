"""Lookups, counts and owner filters read from the form of the question and the register's
values (issue 14, LK classes). The papers are invented; nothing here names a bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.answers.router import choose_route
from assistant.register import known_owners, owners_of, sole_owner
from ingest.model import ActionRecord, DocumentInfo

_ROWS = [
    ("E1", "Boiler replacement at the depot", "Director of Estates and Facilities", "High"),
    ("E2", "Lift maintenance contract", "Director of Estates & Facilities/ Treasurer", "Low"),
    ("E3", "Roof repairs to the library", "Director of Estates", "Medium"),
    ("E4", "Insurance renewal", "Treasurer", "High"),
]


def _records() -> tuple[DocumentInfo, list[ActionRecord]]:
    doc = DocumentInfo(
        id="estates",
        filename="estates.docx",
        format="docx",
        sha256="b",
        title="Estates action log",
        organisation="Hollinsford Borough Council",
    )
    records = [
        ActionRecord(
            id=f"estates:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            priority=priority,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, title, owner, priority) in enumerate(_ROWS, 1)
    ]
    return doc, records


def _index() -> NameIndex:
    doc, records = _records()
    return NameIndex.from_records([doc], records)


def test_how_and_an_adjective_of_a_column_asks_that_column() -> None:
    for question in (
        "How pressing did the council think the roof repairs were?",
        "How important is the boiler replacement action considered to be?",
        "How urgent, in the log's view, is the lift maintenance contract?",
    ):
        q = analyse(question, _index())
        assert q.intent == "lookup", question
        assert "priority" in q.fields, question
        assert choose_route(q) == "field", question


def test_how_with_another_word_still_asks_an_explanation() -> None:
    assert analyse("How did the council replace the boiler?", _index()).intent == "explain"


def test_count_as_a_command_and_a_modifier_before_the_record_noun_count_records() -> None:
    q = analyse("Count the estates actions whose due date was later changed.", _index())
    assert q.intent == "count" and q.revised is True
    assert "count" not in q.terms
    assert analyse("How many estates actions had their deadline altered?", _index()).revised
    assert analyse("How many 2009 estates actions are high priority?", _index()).intent == "count"
    assert analyse("How many boilers were replaced?", _index()).intent == "lookup"


def test_a_title_with_and_is_one_owner_unless_both_halves_own_alone() -> None:
    _, records = _records()
    known = known_owners(records)
    # '&' is 'and': one post, whichever way it is spelt, though 'Director of Estates' is a post
    assert owners_of(records[0], known) == ["Director of Estates and Facilities"]
    assert owners_of(records[1], known) == ["Director of Estates & Facilities", "Treasurer"]
    assert sole_owner(records[0], "Director of Estates and Facilities", known)
    assert not sole_owner(records[0], "Director of Estates", known)


def _observations() -> NameIndex:
    doc = DocumentInfo(
        id="harbour",
        filename="harbour.docx",
        format="docx",
        sha256="c",
        title="Harbour inspection report",
        organisation="Kestrel Harbour Authority",
    )
    rows = [
        ("O1", "Berth lighting is poor", "Health & Safety"),
        ("O2", "Mooring lines are worn", "Health & Safety"),
        ("O3", "Fees are not reviewed", "Finance"),
    ]
    records = [
        ActionRecord(
            id=f"harbour:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            category=category,
            section="Observations and actions",
            columns={
                "Obs ref": ref,
                "Observation": title,
                "Subject": title,  # a column no heading names: not what the rows are called
                "Owner": "Harbour Master",
            },
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, title, category) in enumerate(rows, 1)
    ]
    return NameIndex.from_records([doc], records)


def test_what_the_papers_call_their_rows_is_read_from_the_title_column() -> None:
    index = _observations()
    assert index.item_nouns == {"observation"}
    q = analyse("How many of the observations in the harbour report are still open?", index)
    assert q.intent == "count" and not q.quantity
    assert analyse("How many ships were inspected?", index).intent == "lookup"


def test_a_generic_counted_noun_with_the_row_noun_as_a_verb_counts_rows() -> None:
    index = _observations()
    q = analyse("How many things did the harbour master observe in the report?", index)
    assert q.intent == "count" and not q.quantity and "observe" not in q.terms
    assert analyse("How many things were inspected?", index).intent == "lookup"


def test_a_name_s_possessive_is_read_as_the_name() -> None:
    index = _index()
    q = analyse("Which of the Estates action log's actions are high priority?", index)
    assert q.documents == ["estates"] and not q.terms
    assert analyse("Who's responsible for the lift maintenance contract?", index).intent == "lookup"


def test_a_category_is_named_in_its_hyphenated_or_spelt_out_form() -> None:
    index = _observations()
    for question in (
        "Which health-and-safety observations are still open?",
        "List the health and safety observations.",
    ):
        assert analyse(question, index).category == "Health & Safety", question


def test_a_name_inside_the_description_of_a_record_is_no_owner_filter() -> None:
    index = _index()
    described = analyse("By when should the Treasurer's insurance renewal be signed off?", index)
    assert described.owner is None and "insurance" in described.terms
    assert analyse("When is the Treasurer's action on insurance due?", index).owner == "Treasurer"
    assert analyse("When is the renewal owned by the Treasurer due?", index).owner == "Treasurer"
    assert analyse("Which actions does the Treasurer own?", index).owner == "Treasurer"


def test_a_paper_s_author_and_meeting_date_asked_around_the_verb() -> None:
    index = _index()
    assert analyse("Who was it that actually wrote the estates log?", index).doc_field == "author"
    assert analyse("When was the estates log put before the committee?", index).doc_field == "date"
    assert analyse("When was the log taken to the board?", index).doc_field == "date"
    assert analyse("Who owns the roof repairs?", index).doc_field is None
    # 'who's … by?' of a paper, and a paper named first and then asked of by 'it'
    assert analyse("Who's the estates report to the committee by?", index).doc_field == "author"
    assert analyse("the 2009 estates report - who's it by?", index).doc_field == "author"
    assert analyse("The fleet plan: who was that one by?", index).doc_field == "author"
    assert analyse("who's it owned by?", index).doc_field is None
    assert analyse("Who's the roof repair held by?", index).doc_field is None


def test_who_took_over_a_role_is_asked_of_the_narrative_not_the_owner_column() -> None:
    index = _index()
    taken = analyse("Which board took over the responsibilities of the roof repairs group?", index)
    assert choose_route(taken) == "passages"
    assert choose_route(analyse("Who is responsible for the roof repairs?", index)) == "field"


def test_a_named_section_takes_in_the_neighbouring_words_of_its_heading() -> None:
    doc = DocumentInfo(
        id="fire",
        filename="fire.docx",
        format="docx",
        sha256="c",
        title="Fire authority action plan",
        organisation="Dunmere Fire Authority",
    )
    section = "Inspection of Depot Safety 2014 (Recommendations)"
    records = [
        ActionRecord(
            id=f"fire:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            section=section,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for n, (ref, title) in enumerate((("D1", "Fit new extinguishers"), ("D2", "Mark exits")), 1)
    ]
    index = NameIndex.from_records([doc], records)
    q = analyse("How many recommendations came out of the depot safety inspection?", index)
    assert q.section == section
    assert "inspection" not in q.terms and not q.themes


def test_light_verbs_and_degree_adverbs_frame_a_question_and_name_no_subject() -> None:
    from assistant.analysis.intent import framing_words

    framing = framing_words("How far has the council got with the roof repairs?")
    assert {"far", "got"} <= framing and "roof" not in framing
    assert "happened" in framing_words("What happened to the boiler replacement?")


def test_a_section_named_in_another_word_order_within_the_paper_named() -> None:
    def paper(key: str, title: str, section: str) -> tuple[DocumentInfo, list[ActionRecord]]:
        doc = DocumentInfo(id=key, filename=f"{key}.docx", format="docx", sha256=key, title=title)
        record = ActionRecord(
            id=f"{key}:1",
            document=doc.ref(),
            ref="1",
            ordinal=1,
            title="Fit new extinguishers",
            section=section,
            source_text="Fit new extinguishers",
            source_start=0,
            source_end=21,
        )
        return doc, [record]

    fire, fire_rows = paper("fire", "Dunmere Fire Review", "Summary of Areas for Improvement")
    port, port_rows = paper("port", "Harbour Board Statement", "Table B: improvement areas")
    index = NameIndex.from_records([fire, port], fire_rows + port_rows)
    q = analyse("How many of the Dunmere Fire Review improvement areas are open?", index)
    assert q.section == "Summary of Areas for Improvement" and q.documents == ["fire"]


def test_a_generic_noun_held_by_a_paper_or_taken_partitively_counts_rows() -> None:
    index = _index()
    assert analyse("How many tasks does the Estates action log contain?", index).intent == "count"
    assert analyse("How many of the things in the log are high priority?", index).intent == "count"
    assert analyse("How many things went wrong at the depot?", index).intent == "lookup"


def test_closed_class_words_are_no_subject_terms() -> None:
    # 'among', 'towards': a preposition the search's stopwords leave names no topic
    q = analyse("Whose job is it to promote the boiler scheme among tenants?", _index())
    assert "among" not in q.terms and {"boiler", "tenants"} <= set(q.terms), q.terms
    q = analyse("What progress has been made towards the lift contract?", _index())
    assert "towards" not in q.terms


def test_which_year_s_asks_for_a_year() -> None:
    from assistant.analysis import answer_type

    assert answer_type("Which year's accounts are published with the statement?") == "year"
    assert answer_type("Which year did the council replace the boiler?") == "year"


def test_a_source_phrase_names_where_a_thing_came_from_not_its_subject() -> None:
    from assistant.analysis.source_phrases import source_words

    found = source_words("Which boiler was fitted in response to the surveyors' call for savings?")
    assert {"response", "surveyors", "call"} <= found
    assert not {"boiler", "fitted", "savings"} & found
    assert {"according", "panel"} <= source_words("According to the panel, what is due?")
    assert source_words("Which boiler was fitted?") == set()
