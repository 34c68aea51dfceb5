"""Short follow-ups on made-up records (no index): 'the cost implications?' is a follow-up by
its form (a determiner, no wh-word, no verb), and a noun phrase whose words are all words of a
column header of the record in focus asks that column of it; 'priority?', 'who's responsible?'
have no subject at all and ask of the record; 'that gap' is the quoted row titled with 'gap',
and a quote from a row with no ref still cites that row."""

from __future__ import annotations

from assistant.antecedents import Previous, cited_records, focus_of
from assistant.citations import Citation
from assistant.followup_forms import ORDINAL, fragment, looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from ingest.model import ActionRecord, DocumentRef

DEPOTS = DocumentRef(id="d1", title="Depot Review", filename="d1.txt", date="2019-06-30")


def depot_action(ref: str) -> ActionRecord:
    return ActionRecord(
        id=f"d1:{ref}",
        document=DEPOTS,
        ref=ref,
        ordinal=1,
        title="Replace the depot boilers",
        source_text="Replace the depot boilers",
        source_start=0,
        source_end=25,
        columns={
            "Ref": ref,
            "Action": "Replace the depot boilers",
            "Funding Implications (£)": "40k",
            "Outstanding hazards": "Two boilers still unsafe",
        },
    )


ONE = Previous("Who owns DR-3?", [depot_action("DR-3")], ["DR-3"])
HISTORY = [Turn(role="user", content="Who owns DR-3?"), Turn(role="assistant", content="…")]


def test_a_bare_noun_phrase_is_a_follow_up() -> None:
    assert fragment("the funding implications?")
    assert looks_like_follow_up("And the outstanding hazards?")
    assert looks_like_follow_up("the owner of the second one?")
    assert not fragment("the boilers were replaced?")
    assert not fragment("The depot review: who wrote it?")


def test_a_column_with_a_qualifier_and_no_determiner_is_a_follow_up() -> None:
    # a record's column, qualified by one word, asked with no determiner
    for question in ("original deadline?", "current status?", "revised date", "And new owner?"):
        assert looks_like_follow_up(question), question
        assert rewrite_by_rules(question, HISTORY, ONE) is not None, question
    assert "DR-3" in (rewrite_by_rules("original deadline?", HISTORY, ONE) or "")
    # a subject of its own is no column: it stands alone
    assert not looks_like_follow_up("boiler replacement?")
    assert not looks_like_follow_up("depot security programme?")


def test_a_wh_word_asked_with_a_preposition_has_no_subject() -> None:
    for question in ("by when", "by when?", "Until when?", "and from when?"):
        assert looks_like_follow_up(question), question
        assert "DR-3" in (rewrite_by_rules(question, HISTORY, ONE) or ""), question
    assert not looks_like_follow_up("by when will the depot boilers be replaced?")


def test_a_noun_phrase_of_column_words_asks_that_column_of_the_record() -> None:
    assert rewrite_by_rules("the funding implications?", HISTORY, ONE) == (
        "the funding implications of DR-3?"
    )
    assert rewrite_by_rules("And the outstanding hazard?", HISTORY, ONE) == (
        "the outstanding hazard of DR-3?"
    )


def test_a_noun_phrase_not_all_column_words_is_not_a_column() -> None:
    # 'funding plan' is no column: not asked as the record's column
    assert rewrite_by_rules("and the funding plan?", HISTORY, ONE) != "the funding plan of DR-3?"


def test_a_short_question_with_no_subject_asks_of_the_record() -> None:
    for question in ("priority?", "who's responsible?", "since when?", "what priority?"):
        assert looks_like_follow_up(question), question
    assert not looks_like_follow_up("who owns boilers?")
    assert rewrite_by_rules("priority?", HISTORY, ONE) == "priority of DR-3?"
    assert rewrite_by_rules("who's responsible?", HISTORY, ONE) == "who's responsible for DR-3?"


def titled(title: str, start: int) -> ActionRecord:
    return ActionRecord(
        id=f"d1:{start}",
        document=DEPOTS,
        ordinal=start,
        title=title,
        source_text=title,
        source_start=start,
        source_end=start + len(title),
    )


GAP, PAINT = titled("Closing the funding gap", 0), titled("Repaint the depots", 100)
QUOTED = Previous(
    "What does the depot review say about funding?",
    [PAINT, GAP],
    ["“Repaint the depots”", "“Closing the funding gap”"],
    quoted=True,
    text="- Closing the funding gap [1] — *Depot Review*",
)


def test_that_noun_is_the_quoted_record_titled_with_it() -> None:
    assert rewrite_by_rules("who is accountable for that gap?", HISTORY, QUOTED) == (
        "who is accountable for “Closing the funding gap”?"
    )


class _Rows:
    def of_document(self, document_id: str) -> list[ActionRecord]:
        return [PAINT, GAP] if document_id == "d1" else []

    def with_refs(self, refs: list[str]) -> list[ActionRecord]:
        return []


def test_a_quote_from_a_row_with_no_ref_cites_that_row() -> None:
    quote = Citation(n=1, chunk_id="c", document=DEPOTS, quote="Closing the funding gap", start=3)
    assert cited_records(_Rows(), [quote]) == [GAP]  # type: ignore[arg-type]


def test_the_focus_is_a_noun_phrase_not_a_frame() -> None:
    assert focus_of("How large are the net savings in the fleet review?") == (
        "the net savings in the fleet review"
    )
    assert focus_of("and by 2019?") is None  # a period alone: the focus before stays
    assert focus_of("Who wrote the estates plan for the audit panel?") == "the estates plan"
    assert focus_of("Can I see the depot survey itself?") == "the depot survey"
    assert focus_of("Which team in 2019 ran the boiler replacement scheme?") == (
        "the boiler replacement scheme"
    )


def test_a_pronoun_inside_the_question_points_back() -> None:
    assert looks_like_follow_up("how many depots does it list in all?")
    assert looks_like_follow_up("Which action does its chair sign off with finance?")
    assert looks_like_follow_up("which contractor was hired later to repaint them?")
    # something before the pronoun it can stand for: no follow-up
    assert not looks_like_follow_up("What does the depot review say about its boilers?")
    assert not looks_like_follow_up("Is it true that the depot review names a lead?")


def test_that_before_a_verb_is_the_subject_not_a_determiner() -> None:
    focus = Previous("How big are the depot savings?", [], [], text="", focus="the depot savings")
    assert rewrite_by_rules("How much of that depends on grants?", HISTORY, focus) == (
        "How much of the depot savings depends on grants?"
    )


def test_a_paper_in_focus_scopes_a_plural_noun_phrase() -> None:
    paper = Previous("Who wrote the depot review?", [], [], focus="the depot review")
    assert rewrite_by_rules("any extra staff needed for the actions?", HISTORY, paper) == (
        "any extra staff needed for the actions in the depot review?"
    )


def test_the_last_year_is_a_period_not_a_pick() -> None:
    listed = Previous(
        "How many depot staff had safety training?",
        [depot_action("DR-3"), depot_action("DR-4")],
        ["DR-3", "DR-4"],
    )
    assert ORDINAL.search("and over the last year?") is None
    assert ORDINAL.search("and the last one?") is not None
    assert rewrite_by_rules("and over the last year?", HISTORY, listed) == (
        "How many depot staff had safety training over the last year?"
    )


def test_and_the_one_on_x_is_the_same_kind_of_record_about_x() -> None:
    boilers = Previous(
        "When is the depot review action on boiler safety due?", [depot_action("DR-3")], ["DR-3"]
    )
    assert looks_like_follow_up("And the one on roof repairs at the depots?")
    assert rewrite_by_rules("And the one on roof repairs at the depots?", HISTORY, boilers) == (
        "When is the depot review action on roof repairs at the depots due?"
    )


def test_and_a_new_subject_after_an_unresolved_pronoun_swaps_into_the_turn_before() -> None:
    owned = Previous("Who owns DR-3?", [depot_action("DR-3")], ["DR-3"])
    spent = Previous("what did they spend on it?", [], [], before=owned)
    assert rewrite_by_rules("and the roof action?", HISTORY, spent) == "Who owns the roof action?"
