"""Multi-turn chat: a follow-up is rewritten into a standalone question, then answered.

Rules by default, the LLM when one is configured (``prompts/condense_followup.txt``), the rules
again if the LLM fails. The same :class:`Chat` serves the web page and the OpenAI endpoint.

The conversation carries what the previous turn was about: its question as resolved (a follow-up
of a follow-up resolves through the one before) and the records its answer rested on, in the
order shown. Both are found again from the user turns alone, by answering the previous question
once more, so they hold on ``/v1/chat/completions`` too, where the history comes back as plain
text with no ids. The rules are in :mod:`assistant.followups`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.acknowledged import unacknowledged
from assistant.analysis.hops import embedded_hop
from assistant.answers.model import Answer
from assistant.antecedents import (
    Previous,
    asks_only_of_refs,
    cited_records,
    focus_carried,
    keep_focus,
    picked_focus,
    previous_of,
    record_names,
    with_pool,
)
from assistant.bodies_focus import paper_of_bodies
from assistant.body_possessive import body_part
from assistant.bridging import has_own_subject
from assistant.carried_row import carried_row, may_carry
from assistant.carried_topic import carried_topic
from assistant.compared_focus import compares_with_pronoun
from assistant.condense import Condense, llm_condense
from assistant.count_total import out_of_total
from assistant.counted_pick import PAIR_PICK
from assistant.counted_swap import counted_swap
from assistant.counted_which import which_of_count
from assistant.described_near import nearest_described
from assistant.each_year import asks_each_paper_of_body, each_paper_of_body
from assistant.elliptical import bare_follow_up
from assistant.expletive import expletive_frame
from assistant.figure_follow_up import follows_by_form
from assistant.first_part import first_part
from assistant.focus_words import focus_row, may_rest_on_focus, outweighs
from assistant.followup_forms import (
    CLAUSE_PRONOUN,
    ORDINAL,
    OTHER,
    THERE,
    looks_like_follow_up,
    refs_in,
    short_follow_up,
)
from assistant.followups import MAX_TURNS, Turn, rewrite_by_rules, user_turns
from assistant.hop_back import hop_pointing_back
from assistant.list_pick import carry_list
from assistant.more_rows import COLUMN_WORDS, rest_of
from assistant.named_thing import own_subject_its, relative_as_which
from assistant.narrowing import as_narrowing, described_set, left_out_of_list, names_described_set
from assistant.one_described import described_one, describes_one
from assistant.one_in_paper import one_in_paper
from assistant.other_paper_row import reported_again, without_paper
from assistant.others_asked import asks_for_others, leaving_out
from assistant.owner_rows import owners_others, owners_paper, paper_unread, rest_of_owners_others
from assistant.owner_topic import owners_row
from assistant.paper_change import asked_or_told, in_other_body, names_topic, topic_in_paper
from assistant.paper_pick import pick_by_paper, pick_form, pointer_in_paper
from assistant.paper_pronoun import bare_rows, its_rows, names_a_body_only
from assistant.paper_topic import held_topic
from assistant.paper_verbs import of_the_paper
from assistant.picked_elsewhere import picked_elsewhere, picked_in_year
from assistant.ranked_pick import ranked_form, ranked_pick
from assistant.recurring_asked import recurrence_of_rows
from assistant.referring import topic_then_question
from assistant.refused_turn import refused_of_focus
from assistant.row_order import beside, row_in_order
from assistant.same_value import same_value
from assistant.scope_move import in_conversation_paper, same_ref_elsewhere, same_row, series_papers
from assistant.service import Assistant
from assistant.shared_refs import shared_refs
from assistant.shown_order import shown_order
from assistant.sibling_row import sibling_row
from assistant.similar_row import similar_row
from assistant.slot_swap import swapped_slot
from assistant.state_described import state_described
from assistant.stated_of_focus import STATED_OF_PRONOUN, stated_of_focus
from assistant.swap_question import swap_then_ask
from assistant.tag_question import untagged
from assistant.text import HAS_PRONOUN
from assistant.turn_answers import TurnAnswers, should_reask
from assistant.well_formed import well_formed
from assistant.year_shift import relative_year, shifted, year_scope
from ingest.errors import GovragError, InvalidRequest

__all__ = ["Chat", "ChatResult", "Turn", "looks_like_follow_up", "rewrite_by_rules"]

log = logging.getLogger(__name__)
Filters = dict[str, object] | None
MAX_DEPTH = 3  # earlier turns a follow-up of a follow-up is resolved through


# 'the weights and measures one, what does …': a row of what was shown, described, opening
# the turn (one-anaphora: 'one' stands for a row of the list before)
_DESCRIBED_ONE = re.compile(
    r"^\s*(?:(?:and|so|but|now|ok|okay|right)[\s,]+)?the\s+(?:[\w'&-]+\s+){1,6}?ones?\s*"
    r"(?:[,:;–—-]|\s-\s)",
    re.I,
)
_WHAT_ELSE = re.compile(r"^\s*(?:and\s+)?what\s+else\b", re.I)


def _referring(question: str) -> str:
    """``question`` as far as its pronouns refer: the clause after an empty 'it' frame, or all."""
    frame = expletive_frame(question)
    return frame[1] if frame else question


class ChatResult(BaseModel):
    question: str = Field(description="The last user message as sent.")
    standalone: str = Field(description="The question actually answered.")
    rewritten: bool = Field(description="True when the follow-up was rewritten.")
    method: str = Field(description="rules, llm or none")
    answer: Answer


class Chat:
    """Conversation logic shared by the web page and /v1/chat/completions."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._previous: Previous | None = None  # what the turn before was about, once read
        self._answers = TurnAnswers(assistant.ask, assistant.analyse)  # each asked once a turn

    def standalone(
        self, messages: Sequence[Turn], filters: Filters = None
    ) -> tuple[str, str, bool, str]:
        """(question, standalone question, rewritten?, method)."""
        if not messages:
            raise InvalidRequest("messages is empty")
        if len(messages) > MAX_TURNS:
            raise InvalidRequest(f"at most {MAX_TURNS} messages per request")
        if messages[-1].role != "user":
            raise InvalidRequest("the last message must come from the user")
        question, history = messages[-1].content.strip(), list(messages[:-1])
        self._answers = TurnAnswers(self.assistant.ask, self.assistant.analyse)
        if not user_turns(history):
            return question, question, False, "none"
        if looks_like_follow_up(question) and self._llm_condense is not None:
            try:
                condensed = self._llm_condense(question, history)
                if condensed:
                    return question, condensed, condensed != question, "llm"
            except GovragError as exc:
                log.warning("LLM rewrite failed, using rules: %s", exc)
        asked = untagged(unacknowledged(question) or question)  # 'ok, and …'; '…, wasn't it?'
        asked = relative_as_which(asked)  # 'the committee that met': a relative, no pointer
        if own_subject_its(asked) != asked and not self._reads_back(own_subject_its(asked)):
            self._previous = None  # 'when will the county publish its …': the county's
            return question, asked, False, "none"
        back = hop_pointing_back(asked, lambda part: self._by_rules(part, history, filters)[0])
        hop = embedded_hop(back or asked)  # ('Whoever leads on it - …': the step resolved)
        if hop is not None and has_own_subject(hop[0]):
            # 'Whoever leads on X - what else are they down for?': 'they' is whoever it finds
            self._previous = None
            return question, back or asked, back is not None, "rules" if back else "none"
        standalone, self._previous = self._by_rules(asked, history, filters)
        if standalone != asked:
            return question, standalone, True, "rules"
        return question, asked, False, "none"

    def _by_rules(
        self, question: str, history: Sequence[Turn], filters: Filters
    ) -> tuple[str, Previous | None]:
        """The standalone question by the rules, with what the turn before was about (when
        it was needed)."""
        if names_described_set(question):  # 'of the high-priority ones, which …'
            previous = self.previous(history, filters, picks=True)
            described = described_set(question, previous.standalone) if previous else None
            if described:
                return described, previous
        question = as_narrowing(question)  # 'of those, which …': 'which of those …'
        asked = _referring(question)  # 'is it true that …': only the clause may point back
        previous = None
        if self._reads_back(asked):
            previous = self.previous(history, filters, picks=True)
        if previous is not None and OTHER.search(question):
            previous = owners_others(
                question, previous, self._answers.analyse, self.assistant.register
            )
        if previous is None:  # no pointing word: it may point back by the words of a row
            return self._on_focus_row(question, history, filters)
        # a rewrite that pasted in a piece of a clause is not used (see :func:`well_formed`)
        standalone = well_formed(question, self._resolve(question, history, previous), previous)
        each = each_paper_of_body(standalone, previous, self.assistant.documents())  # 'each year's'
        if each is not None and not self._papers_named(standalone):
            standalone = each
        return standalone, previous

    def _on_focus_row(
        self,
        question: str,
        history: Sequence[Turn],
        filters: Filters,
        depth: int = 0,
    ) -> tuple[str, Previous | None]:
        """``question`` asked of the row in focus its words are words of, with that turn."""
        if depth >= MAX_DEPTH or not (may_rest_on_focus(question) or may_carry(question)):
            return question, None
        earlier = self.previous(history, filters, depth + 1)
        grounded = self._of_focus(question, earlier, filters)
        return (grounded, earlier) if grounded else (question, None)

    def _of_focus(self, question: str, previous: Previous | None, filters: Filters) -> str | None:
        """``question`` asked of the one row in focus when it names only an attribute
        (:func:`carried_row`), else of the row whose words it uses (:meth:`_grounded`)."""
        register = self.assistant.register
        carried = carried_row(question, previous, self._answers, register, filters)
        carried = carried or carried_topic(question, previous, self._answers, register, filters)
        return carried or self._grounded(question, previous, filters)

    def _grounded(self, question: str, previous: Previous | None, filters: Filters) -> str | None:
        """``question`` asked of the row of ``previous`` its words are words of, when asked as
        written its words find nothing (:func:`on_focus_row`); else None. A refusal on the
        record's evidence ('it gives no date') stands: the row would not answer it either."""
        named = self._papers_named(question)
        if focus_row(question, previous, named, first_of_ties=True) is None:
            return None
        try:
            answer = self._answers.ask(question, filters)
        except GovragError:
            return None
        if should_reask(answer):
            found = focus_row(question, previous, named)
            return None if found is None else found[0]
        # answered as written from another paper: the row in focus may still answer it better
        found = focus_row(question, previous, named, first_of_ties=True)
        rows = shown_order(answer) or cited_records(self.assistant.register, answer.citations)
        return found[0] if found and outweighs(question, found[1], rows, named) else None

    def _reads_back(self, asked: str) -> bool:
        """Whether a question is read against the turn before: it points back, picks from
        what was shown, asks for others, or names a ref several papers have. The same test
        when a turn is asked and when it is replayed (:meth:`previous`), so that what a later
        turn points back at is what the user saw."""
        picks = bool(ORDINAL.search(asked) or OTHER.search(asked) or PAIR_PICK.search(asked))
        picks = picks or follows_by_form(asked) or self._short_and_bare(asked) or same_row(asked)
        picks = picks or topic_then_question(asked, None) is not None or pick_form(asked)
        picks = picks or names_topic(asked)  # 'on the same topic': the turns before say which
        picks = picks or ranked_form(asked) or _DESCRIBED_ONE.match(asked) is not None
        picks = picks or describes_one(asked) or compares_with_pronoun(asked) or beside(asked)
        picks = picks or STATED_OF_PRONOUN.match(asked.strip()) is not None  # 'so that was …'
        return (
            looks_like_follow_up(asked)
            or looks_like_follow_up(first_part(asked) or "")  # a long question in parts
            or picks
            or asks_for_others(asked)
            or shared_refs(asked, self.assistant.register)
            or relative_year(asked) is not None
            or bool(HAS_PRONOUN.search(asked) and short_follow_up(without_paper(asked)))
            or asks_each_paper_of_body(asked)
        )

    def _asks_recurrence(self, question: str) -> bool:
        try:
            return self._answers.analyse(question).intent == "recurring"
        except GovragError:
            return False

    def _short_and_bare(self, question: str) -> bool:
        """A short question naming no ref or paper: it may ask a column of the last record."""
        if len(question.split()) > COLUMN_WORDS or refs_in(question):
            return False
        return not self._papers_named(question)

    def scope(
        self,
        question: str,
        history: Sequence[Turn],
        filters: Filters,
        previous: Previous | None,
    ) -> Filters:
        """``filters`` narrowed to the paper the turn before was about, for a follow-up asked as
        written that points back with a pronoun or 'there' ('what budget have they set aside for
        it?') and names no paper or record: the pronoun keeps the scope, its words choose."""
        first = _referring(first_part(question) or question)  # later parts point at it
        if not (HAS_PRONOUN.search(first) or THERE.search(first) or bare_rows(first)):
            return None
        if refs_in(question) or (filters or {}).get("document") or self._papers_named(question):
            return None
        if previous is None:
            previous = self.previous(history, filters)
        if previous is None:
            return None
        documents = {r.document.id for r in previous.records} or set(previous.document_ids)
        # one paper, or papers of one body (its years' rows): never another body's record
        if not documents or len({self._organisation(d) or d for d in documents}) != 1:
            return None
        return {**(filters or {}), "document": sorted(documents)}

    def _resolve(self, question: str, history: Sequence[Turn], previous: Previous | None) -> str:
        """``question`` made to stand alone against ``previous`` (what the turn before was
        about), by the rules; a ref several papers have is read in the conversation's paper.
        A frame with a dummy 'it' ('Is it true that …') is kept as written, its clause resolved."""
        frame = expletive_frame(question)
        if frame is not None:
            clause = self._resolve(frame[1], history, previous)
            return question if clause == frame[1] else frame[0] + clause
        if self._asks_named_paper(question):
            return question  # 'what date is that 2002 progress summary itself?': it names it
        if listed := which_of_count(question, previous):  # 'which ones?' after 'how many …?'
            return listed
        register, at = self.assistant.register, (question, previous)
        if moved := same_ref_elsewhere(*at, register, self._answers.analyse):  # 'in X's, that one'
            return moved
        near = row_in_order(*at, register) or sibling_row(*at, register)  # 'the next one'
        near = near or reported_again(*at, self._papers_named, self.assistant.documents(), register)
        if near:  # 'the X one', 'and in the 2024 follow-up?': that row (of the same issue)
            return self._resolve(near[0], history, near[1])
        # 'which of those is due later?': by its cells; 'leaving out the X ones, which remain?'
        ranked = ranked_pick(question, previous) or left_out_of_list(question, previous)
        if ranked:
            return ranked
        question = picked_in_year(question, previous, self.assistant.documents()) or question
        shift = shifted(question, previous, self.assistant.documents(), self.assistant.register)
        if shift is not None:  # 'and a year later?': 'and in 2024?', of that year's paper
            return self._resolve(shift[0], history, shift[1])
        recurs = recurrence_of_rows(question, previous, self._asks_recurrence)
        if recurs:  # 'did those come up again?': the rows of the last answer, named
            return recurs
        by_paper = pick_by_paper(question, previous, self._organisation)
        by_paper = by_paper or pointer_in_paper(question, previous, register, self._organisation)
        by_paper = by_paper or paper_of_bodies(question, previous, self._organisation)
        by_paper = by_paper or body_part(question, previous, self._organisation)
        by_paper = by_paper or bare_follow_up(question, previous, self._answers, register)
        by_paper = by_paper or nearest_described(question, previous, self._embed)
        if by_paper:  # 'who chairs its committee?': the body; 'by when?': see bare_follow_up
            return by_paper
        similar = stated_of_focus(question, previous, self._answers.analyse)  # 'it was X's?'
        similar = similar or similar_row(question, previous, self._answers.analyse, register)
        similar = similar or owners_row(question, previous, register)
        similar = similar or same_value(  # 'which other ones are due on that same date?'
            question, previous, register, lambda rows: record_names(register, rows)
        )
        similar = similar or state_described(question, previous, self._answers.analyse, register)
        if similar:
            return similar
        if previous is not None and previous.records:
            named = self._papers_named(question)
            if (
                named
                and not any(r.document.id in named for r in previous.records)
                and not names_a_body_only(question)
                and described_one(question, previous) is None  # 'the car park one': a row's words
            ):
                # another paper named: the last answer's records are no antecedent ('and in the
                # 2017 report?': the topic, in the user's words, is asked there)
                moved = picked_elsewhere(question, previous)  # 'the fourth one in the 2024 …'
                moved = moved or asked_or_told(question, previous, self._answers.ask)
                moved = moved or in_other_body(question, previous, self._answers.analyse)
                read = (self._answers.analyse, self.assistant.services.catalog.document_text)
                held = held_topic(question, history, named, previous, *read)  # 'the same topic'
                moved = moved or topic_in_paper(question, previous, held)
                if moved:
                    return moved
                previous = Previous(previous.standalone, [], [])
        swapped = swap_then_ask(
            question,
            previous,
            self._answers.analyse,
            self._answers.ask,
            register,
            lambda asked, turn: self._resolve(asked, history, turn),
        )  # 'and if it's the low ones, who owns them?': changed, then asked of its rows
        swapped = swapped or rest_of(question, previous, self._answers.analyse)  # 'the rest?'
        swapped = swapped or swapped_slot(question, previous, self._answers.analyse)
        swapped = swapped or counted_swap(question, previous, self._answers.analyse)
        if swapped := swapped or out_of_total(question, previous):  # 'the low ones?', 'of all?'
            return swapped
        of_paper = its_rows(question, previous, self._title) or of_the_paper(question, previous)
        if of_paper:  # 'which of its actions …?': the rows of the paper the turn was about
            return of_paper
        # 'and the 2017 report - who leads on X there?' is one question asked of a topic
        framed = topic_then_question(question, previous) is not None
        # 'now that it has been met, who signed it off?': one question, its clause pointing back
        framed = framed or CLAUSE_PRONOUN.match(question.strip()) is not None
        head = None if framed else first_part(question)
        if head is not None:
            # a question in parts: a later part's pronouns are the earlier part's to resolve
            # (``Assistant._ask_in_parts``); only the first is read against the turn before
            resolved, rest = self._resolve(head, history, previous), question[len(head) :]
            rest = rest_of_owners_others(head, rest, history, previous, register)
            if rest[:1] in ",;":  # 'X, and are they done?': one sentence still
                resolved = resolved.rstrip(" ?")
            return resolved + rest
        standalone = rewrite_by_rules(question, history, previous) or question
        standalone = one_in_paper(standalone, previous, register) or standalone  # not shown
        standalone = paper_unread(question, standalone, previous, self._papers_named)
        if standalone != question and _WHAT_ELSE.match(standalone):
            # 'what else does that lead answer for?': the owner's other actions, a list; 'what
            # else does it say about that?' names no owner and stays a question about the text
            listed = _WHAT_ELSE.sub("Which other actions", standalone, count=1)
            if self._answers.analyse(listed).owner:
                standalone = listed
        elliptical = standalone != question or asks_only_of_refs(question)
        if (
            elliptical
            and shared_refs(standalone, register)
            and not self._papers_named(standalone) - series_papers(previous)
            and owners_paper(question, previous, None) is None  # scoped by filter
        ):
            # a ref several papers have, in a turn that names no paper: the conversation's
            standalone = in_conversation_paper(standalone, previous, register) or standalone
        if previous is not None:  # 'what else', 'which other actions': not the ones in focus
            standalone = leaving_out(question, standalone, previous.records)
        if standalone == question:
            standalone = self._of_focus(question, previous, None) or question
        return standalone

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:  # by the index's own model
        return self.assistant.services.embedder.embed_documents(list(texts))

    def _title(self, document_id: str) -> str:
        """The title of the paper ``document_id`` ('' when unknown)."""
        try:
            return self.assistant.services.catalog.document(document_id).title
        except (GovragError, KeyError, LookupError):
            return ""

    def _organisation(self, document_id: str) -> str:
        """The body the paper ``document_id`` is of, as it gives it ('' when unknown)."""
        try:
            return self.assistant.services.catalog.document(document_id).organisation or ""
        except (GovragError, KeyError, LookupError):
            return ""

    def previous(
        self,
        history: Sequence[Turn],
        filters: Filters = None,
        depth: int = 0,
        picks: bool = False,
    ) -> Previous | None:
        """What the last user turn of ``history`` was about: its question resolved through up
        to ``MAX_DEPTH`` earlier turns, and answered again for the records it rested on (a
        turn that abstained passes on what it pointed back at). With ``picks`` (the question
        picks 'the other one' or 'the second'), the list that turn picked from is found too."""
        users = [i for i, turn in enumerate(history) if turn.role == "user" and turn.content]
        if not users:
            return None
        asked_as = history[users[-1]].content.strip()
        question = as_narrowing(untagged(asked_as))
        before = history[: users[-1]]
        standalone = question
        earlier = None
        asked = _referring(question)
        follows = self._reads_back(asked)
        pointing = bool(HAS_PRONOUN.search(asked) or THERE.search(asked))
        if depth < MAX_DEPTH and user_turns(before) and (follows or picks or pointing):
            earlier = self.previous(before, filters, depth + 1, picks=picks)
            described = (
                described_set(asked_as, earlier.standalone)
                if earlier is not None and names_described_set(asked_as)
                else None
            )
            if described:  # 'of the high-priority ones, which …': that set, read back
                standalone = described
            elif follows:
                if earlier is not None and OTHER.search(question):
                    earlier = owners_others(
                        question, earlier, self._answers.analyse, self.assistant.register
                    )
                resolved = self._resolve(question, before, earlier)
                standalone = well_formed(question, resolved, earlier)
            elif may_rest_on_focus(question) or may_carry(question):
                # asked as written, it was grounded on the row in focus (see :meth:`_by_rules`):
                # a later turn picking or pointing back replays it the same way
                standalone = self._of_focus(question, earlier, filters) or question
        elif user_turns(before):  # replayed as it was asked (see :meth:`_by_rules`)
            standalone, earlier = self._on_focus_row(question, before, filters, depth)
        scoped = filters
        if earlier is not None and (standalone == question or bare_rows(standalone)):
            # asked as written, it was answered within the paper of the turn before (see
            # :meth:`scope`): replayed the same way, it rests on what the user saw
            scoped = self.scope(standalone, before, filters, earlier) or filters
        scoped = owners_paper(question, earlier, filters) or scoped
        scoped = year_scope(question, earlier, self.assistant.documents(), filters) or scoped
        try:
            answer = self._answers.ask(standalone, scoped)
        except GovragError:  # it was refused then too: nothing to point back to
            return carry_list(
                Previous(standalone, [], [], before=earlier), earlier, self.assistant.register
            )
        # a turn that found nothing passes on nothing: what it pointed back at stays; one that
        # found a record other than those and not the value asked passes on that record
        found = {r.id for r in answer.records}
        if (
            answer.route == "abstain"
            and earlier is not None
            and earlier.records
            and found <= {r.id for r in earlier.records}
        ):
            narrowed = picked_focus(standalone, earlier, self.assistant.register)
            if narrowed is None or not found <= {r.id for r in narrowed.records}:
                return earlier
            return narrowed
        register = self.assistant.register
        current = with_pool(previous_of(standalone, answer, register), earlier, register)
        current = carry_list(current, earlier, register)
        current.before = earlier
        return focus_carried(keep_focus(current, earlier, asked), earlier, asked, answer)

    def _of_rows_in_focus(
        self, question: str, messages: Sequence[Turn], filters: Filters
    ) -> tuple[str, Answer] | None:
        """A turn refused for lack of words, asked of the rows in focus (:func:`refused_of_focus`),
        with its answer; None when that is no follow-up of them or it is refused again."""
        history = list(messages[:-1])
        if not user_turns(history):
            return None
        asked = unacknowledged(question) or question
        try:
            previous = self._previous or self.previous(history, filters)
            again = refused_of_focus(asked, previous, self._answers, self.assistant.register)
            if again is None:
                return None
            answer = self._answers.ask(again, filters)
        except GovragError:
            return None
        return None if answer.route == "abstain" else (again, answer)

    def _asks_named_paper(self, question: str) -> bool:
        """Whether ``question`` asks a fact (a date, an author) of a paper it names: no row."""
        try:
            asked = self._answers.analyse(question)
        except GovragError:
            return False
        return bool(asked.doc_field and asked.documents and not asked.refs)

    def _papers_named(self, question: str) -> set[str]:
        try:
            return set(self._answers.analyse(question).documents)
        except GovragError:
            return set()

    @property
    def _llm_condense(self) -> Condense | None:
        return llm_condense(self.assistant.chat_model, self.assistant.prompts)

    def turn_filters(
        self,
        question: str,
        messages: Sequence[Turn],
        filters: Filters,
        rewritten: bool,
        standalone: str | None = None,
    ) -> Filters:
        """The filters the last turn is answered with: a follow-up asked as written keeps the
        paper of the turn before (:meth:`scope`); otherwise ``filters`` as given."""
        if not user_turns(messages[:-1]):
            return filters
        if rewritten:
            # 'the later one' that picked a row shown by its date moves no year
            ranked = ranked_pick(question, self._previous) is not None
            documents = [] if ranked else self.assistant.documents()
            owners = year_scope(question, self._previous, documents, filters)
            owners = owners or owners_paper(question, self._previous, filters)
            if owners:
                return owners
            # 'how many is that?' after one paper's rows asked by their kind: within it too
            if standalone is None or not bare_rows(standalone):
                return filters
            question = standalone
        return self.scope(question, messages[:-1], filters, None) or filters

    def respond(self, messages: Sequence[Turn], filters: Filters = None) -> ChatResult:
        question, standalone, rewritten, method = self.standalone(messages, filters)
        answer = self._answers.ask(
            standalone, self.turn_filters(question, messages, filters, rewritten, standalone)
        )
        if method != "llm" and should_reask(answer):
            again = self._of_rows_in_focus(question, messages, filters)
            if again is not None:
                standalone, rewritten, method, answer = again[0], True, "rules", again[1]
        answer.query.standalone = standalone if rewritten else None
        return ChatResult(
            question=question,
            standalone=standalone,
            rewritten=rewritten,
            method=method,
            answer=answer,
        )
