"""Follow-ups read against what came before: a question that points back ('who owns it?',
'and in 2008?', 'the second one') rewritten into one that stands alone.

Used by the chat (a follow-up to the previous turn) and by the assistant itself (a later part
of a question asked in several parts, read against what the earlier part found). The rules:

* "and which of those were about risk?" narrows the previous set;
* "who owns it?", "when is it due?" ask about the one record the previous answer rested on (or
  the ref the previous question named); "who owns them?" about all of its records;
* "the second one", "the last one" pick a record of the previous answer, in its order;
* "and R10?" asks the previous question of another ref;
* "what about 2017?", "and in 2008?" change the period; "what about risk management?" the subject;
* "why?", "tell me more" explain the previous subject;
* "the other one", "and the third?" pick from the list the last turn picked its record from;
* "that programme", "this board" are the ones the last answer named in its text;
* "and the lift action?" puts a new subject in place of the last question's; "and R7?" asks
  everything the last two turns asked of the record before;
* a longer question pointing back ("when is it likely to be complete?") is rewritten only when
  what it points at is clear; with nothing found before, the last question's subject is carried.

What the previous turn was about is :class:`~assistant.antecedents.Previous`; the forms of a
follow-up are in :mod:`assistant.followup_forms`; what its pointing words resolve to in
:mod:`assistant.referring`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.agent_pronoun import agent_asked, agent_only
from assistant.analysis import question_parts
from assistant.answer_refs import refs_in_answer, with_papers
from assistant.antecedents import (
    MAX_NAMED,
    PAPER_NP,
    Previous,
    join_names,
    named_in,
    one_referent,
    paper_in_focus,
    subject_of,
    titled_with,
)
from assistant.cell_bound import listed_one
from assistant.column_again import column_again
from assistant.compared_focus import compared_with_focus
from assistant.counted_pick import counted_pick
from assistant.figure_follow_up import AND_BY_PAPER, figure_of_passage
from assistant.followup_forms import (
    AGENT_THEY,
    CLAUSE_PRONOUN,
    DEMONSTRATIVE,
    DOCUMENT_NOUNS,
    FOR_WORDS,
    IT_PRONOUN,
    MORE,
    NARROW,
    OWNER_CLAUSE,
    PICK,
    PRONOUN_ONLY,
    RELATIVE_PERIOD,
    SAME,
    SPEAKING_IT,
    SUBSET,
    THERE,
    WHAT_ABOUT,
    YEARISH,
    before_after,
    has_own_subject,
    looks_like_follow_up,
    only_pronoun_named,
    only_refs,
    refs_in,
    short_follow_up,
    singular_noun,
    without_contraction,
)
from assistant.held_by import held_by_owner
from assistant.kept_rows import kept_of_named, that_one
from assistant.list_pick import picked
from assistant.listed_before import enumerated, listed_before
from assistant.more_rows import (
    asks_more,
    count_of_the_list,
    in_all,
    of_the_record,
    others_like,
    the_papers_rows,
)
from assistant.named_thing import body_pronoun, thing_named
from assistant.narrowing import (
    as_narrowing,
    left_out_of_list,
    narrowed_overview,
    narrowed_passages,
    picked_from,
)
from assistant.one_described import described_one
from assistant.own_noun import named_row
from assistant.owner_back import others_of_owner
from assistant.owner_pronoun import owner_filtered
from assistant.quantified_rows import quantified
from assistant.referring import (
    KNOWN_NOUNS,
    OPENING_CONJUNCTION,
    PAPER_ASK,
    PAPER_DATED,
    PLURAL,
    SINGULAR,
    ask_of,
    described_pick,
    joined_previous,
    point_back,
    possessive,
    refer,
    swap_subject,
    topic_then_question,
)
from assistant.rows_of_it import rows_of_it
from assistant.text import and_list, stems
from assistant.there_asked import attribute_there
from ingest.model import ActionRecord

MAX_TURNS = 50


class Turn(BaseModel):
    role: str = Field(description="user, assistant or system")
    content: str


_ANOTHER_REF = re.compile(r"^(?:and|what about|how about)\s+(.+?)\??$", re.I)


def user_turns(history: Sequence[Turn]) -> list[str]:
    return [t.content.strip() for t in history if t.role == "user" and t.content.strip()]


def followed_action(previous: Previous | None) -> str | None:
    """The ref of the one action the last answer's rows are, when they are that action followed
    across papers (the same ref, and the same words in their title or action: 'PBG-23-02' in
    the 2023 tracker and in the 2024 follow-up); 'it' is then that action, in every paper."""
    if previous is None or len({r.id for r in previous.records}) < 2:
        return None
    refs = {r.ref for r in previous.records}
    if len(refs) != 1 or None in refs:
        return None
    texts = [stems(f"{r.title} {r.action or ''}") for r in previous.records]
    shared = set.intersection(*texts)
    if any(len(shared) * 2 < len(text) for text in texts):
        return None
    ref = refs.pop() or ""  # a bare number is read as a ref only as 'item 3'
    return f"item {ref}" if re.fullmatch(r"[\d.]+", ref) else ref


def _clear_antecedent(question: str, previous: Previous | None) -> bool:
    """Whether a longer question that points back ('when is it likely to be complete?') has
    one thing to point at: the one record the last answer was about (not a passage's first
    quote: 'it' may then be what the passage named), the paper an answer about a paper was
    about, or the thing of that kind the last answer named ('that programme')."""
    if previous is None:
        return False
    if len(previous.records) == 1 and not previous.quoted:
        return True
    if followed_action(previous) and not previous.quoted:
        return True  # one action followed across papers
    if len({r.id for r in previous.records}) == 1 and _COLUMN_OF_YEAR.search(question):
        # 'what deadline did it have in the 2023 report?' after passages all of one record:
        # its column, in that year's paper (a year switch then follows the same record)
        return True
    if len({r.id for r in previous.records}) == 1 and only_pronoun_named(question):
        return True  # passages all of one row, and a question naming nothing but 'it'
    if CLAUSE_PRONOUN.match(question) and (len(previous.records) == 1 or previous.focus):
        return True  # 'since it is complete, what is left?': what the last turn was about
    if previous.focus and (previous.quoted or not previous.records) and _OF_IT.search(question):
        return True  # 'how much of it …': the user's own subject, after passages
    if listed_one(question, previous) is not None:  # one listed row singled out (cell_bound)
        return True
    if not previous.records and not previous.documents:
        return True  # the last turn found nothing: its subject is what is pointed at
    if previous.route.startswith("document") and len(previous.documents) == 1:
        return True
    if IT_PRONOUN.search(question) and paper_in_focus(previous):
        return True
    return any(
        named_in(previous.text, singular_noun(m.group(2))) is not None
        or titled_with(singular_noun(m.group(2)), previous) is not None
        for m in DEMONSTRATIVE.finditer(question)
        if m.group(1).lower() in ("that", "this", "these", "those")
        and singular_noun(m.group(2)) not in KNOWN_NOUNS
    )


# a question asking for rows or pointing at several ('which …', 'any of them', 'how many'):
# its noun phrase narrows a set, it does not name the one row asked of
_ASKS_SET = re.compile(
    r"^(?:(?:and|so|but|then|now|ok|okay)[\s,]+)?(?:which|list|how\s+many|any|do\s+any|are\s+any|"
    r"have\s+any|has\s+any|is\s+any)\b|\b(?:they|them|these|those|their|both|each|all)\b",
    re.I,
)


def _of_own_noun(question: str, previous: Previous | None) -> str | None:
    """A follow-up that states its own noun phrase ('when's the annual report due now?', 'and
    the SCADA upgrade is still on its original deadline?'), asked of the one row shown in the
    conversation (the last answer's, the list it was picked from, the last list) whose text
    holds that phrase's words: the phrase stands for that row, and a pronoun after it points
    at the phrase, not at the row the last turn was about. None when it names no such row."""
    if previous is None or refs_in(question) or _ASKS_SET.search(question):
        return None
    seen: dict[str, tuple[ActionRecord, str]] = {}
    for record, name in [
        *zip(previous.records, previous.names, strict=False),
        *zip(previous.pool, previous.pool_names, strict=False),
        *zip(previous.listed, previous.listed_names, strict=False),
    ]:
        seen.setdefault(record.id, (record, name))
    if not seen or any(name and name in question for _, name in seen.values()):
        return None  # none shown, or the question names the row already (by its words, quoted)
    rows = [r for r, _ in seen.values()]
    found = named_row(question, rows, [n for _, n in seen.values()])
    if found is None:
        return None
    start, end, name = found
    return question[:start] + name + question[end:]


def _described_after(asked: str | None, previous: Previous | None) -> str | None:
    """``asked`` (a topic put back in its question) with a 'the <value> one' it still holds
    put as the listed row whose cells hold the value ('the red one': the row rated Red)."""
    return None if asked is None else described_one(asked, previous) or asked


def rewrite_by_rules(
    question: str, history: Sequence[Turn], previous: Previous | None = None
) -> str | None:
    """The standalone question, or None when the question already stands alone.

    ``previous`` is what the previous turn was about (see :meth:`Chat.previous`); without it,
    the previous user message is taken as written."""
    users = user_turns(history)
    q = without_contraction(question.strip())  # 'since it's been done, …': 'it has been'
    left_out = left_out_of_list(q, previous)  # 'leaving out the ones X, which remain?'
    if users and left_out:
        return left_out
    q = as_narrowing(q)  # 'of those, which …': 'which of those …'
    if users:
        described = (
            described_pick(q, previous)
            or compared_with_focus(q, previous)  # 'is R9 due before or after it?'
            or held_by_owner(q, previous)
            or others_of_owner(q, previous)
            or owner_filtered(q, previous)
            # 'the X one - when is it due?' first; 'the red one' then picks by its cells
            or _described_after(topic_then_question(q, previous), previous)
            or described_one(q, previous)
            or agent_asked(q, previous)
            or quantified(q, previous)  # 'any of those', 'for each': every row shown
            or _of_own_noun(q, previous)  # 'when's the annual report due?': that row shown
        )
        if described:
            return described
    opening = CLAUSE_PRONOUN.match(q)
    if opening and previous is not None and previous.names:
        # 'since it has been completed, when did X start?': the clause's pronoun is what the
        # last answer was about (the rest of the question then reads against it)
        if opening.group("p").lower() == "they" and len(previous.records) <= MAX_NAMED:
            target = joined_previous(previous)
        elif len(previous.names) == 1 or previous.quoted:
            target = one_referent(previous)
        else:
            target = ""
        if target:
            return q[: opening.start("p")] + target + q[opening.end("p") :]
    pick = counted_pick(q, previous) or picked(q, previous)  # 'the first two', 'the latter'
    figure = figure_of_passage(q, previous)
    of_record = of_the_record(q, previous)
    from_list = (
        (enumerated(previous) and PICK.match(q) is not None)
        or bool(figure)
        or asks_more(q)
        or AND_BY_PAPER.match(q) is not None
        or bool(of_record)
    )
    if not users or not (looks_like_follow_up(question) or pick or from_list):
        return None
    if agent_only(q):
        return None  # 'what did they set the fee at?': the body acting, not the rows shown
    if not (pick or from_list) and not short_follow_up(q) and not _clear_antecedent(q, previous):
        return None  # a longer question pointing back at nothing clear: asked as written
    if pick is None:
        more = (
            others_like(q, previous)
            or in_all(q, previous)
            or count_of_the_list(q, previous)
            or the_papers_rows(q, previous)
            or of_record
        )
        if more:
            return more
    last = (previous.standalone if previous else users[-1]).rstrip(" ?.")
    if pick is not None and previous is not None:
        start, end, records, names = pick
        named = join_names(records, names)
        if _ELLIPTICAL.fullmatch(q[:start] + q[end:]):
            # 'and the second?', 'what about the other one?': the last question, of that one
            return ask_of(last, previous, named)
        rest = OWNER_CLAUSE.sub(" ", q[end:], count=1)  # 'the MPA holds': it picked them
        if SAME.search(rest) and previous.names and previous.records != records:
            # 'have the same priority?': as the record the conversation was about
            rest = re.sub(r"\s*([?.!]*)\s*$", rf" as {previous.names[0]}\1", rest, count=1)
        return q[:start] + named + rest
    share = _SHARE_OF.search(q)
    if (
        share
        and previous is not None
        and previous.focus
        and (previous.quoted or not previous.records)
    ):
        # 'how much of that covers X?', 'how many of those were completed?' after passages: a
        # share of the thing the user asked about (the passage's figure), not of the record
        # the passage came from, nor a narrowing of a list
        head = OPENING_CONJUNCTION.sub("", q[: share.start("p")])
        return head[:1].upper() + head[1:] + previous.focus + q[share.end("p") :]
    if figure:
        return figure
    subset = SUBSET.search(q) if previous is not None else None
    if subset and previous is not None and previous.names:
        # 'the two HMIC ones': the last answer's records whose name or title has that word
        word = subset.group("w").lower()
        kept = [
            name
            for name, rec in zip(previous.names, previous.records, strict=False)
            if re.search(rf"\b{re.escape(word)}\b", f"{name} {rec.title}", re.I)
        ]
        if kept:
            named = and_list(kept)
            return q[: subset.start()] + named + q[subset.end() :]
    again = column_again(q, last)
    if again:
        return again
    another = _ANOTHER_REF.match(q)
    if another and only_refs(another.group(1)) and refs_in(last):
        # 'and R10?': the previous question, asked of another ref
        old, new = refs_in(last), refs_in(another.group(1))
        asked = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), last, count=1)
        earlier = previous.before.standalone.rstrip(" ?.") if previous and previous.before else ""
        if earlier and old[0] in refs_in(earlier) and earlier.lower() != last.lower():
            # 'who owns R5?', 'when is it due?', 'and R7?': both things asked, of R7
            first = re.sub(rf"\b{re.escape(old[0])}\b", " and ".join(new), earlier, count=1)
            stand_in = "they" if len(new) > 1 else "it"
            then = re.sub(rf"\b{re.escape(old[0])}\b", stand_in, last, count=1)
            return f"{first}, and {then[:1].lower()}{then[1:]}?"
        return f"{asked}?"
    narrow = NARROW.match(q)
    chosen = PICK.match(q) if enumerated(previous) else None
    if narrow or chosen:
        said = narrow.group(1) if narrow else (chosen.group("c") or chosen.group("o"))  # type: ignore[union-attr]
        clause = said.rstrip(" ?.")
        if chosen and previous is not None:
            last = listed_before(previous) or last  # picked from the list, not from the pick
            if chosen.group("o") and _PREPOSITION.match(clause):
                clause = f"are {clause}"  # 'the one about X': the rows that are about X
        listed = narrowed_overview(q, clause, last, previous)
        if listed:
            return listed
        listing = previous
        if narrow and previous is not None and len(previous.records) == 1:
            # 'and which of them is overdue?' after 'the last one - who owns it?': of the
            # list that one was picked from
            listing = picked_from(previous) or previous
            if listing is not previous:
                last = listing.standalone.rstrip(" ?.")
        quoted = narrowed_passages(q, clause, listing) if narrow else None
        if quoted:
            return quoted
        if re.match(r"^(?:and\s+|but\s+|so\s+)?(?:which|what)\b", q, re.I):
            # 'which of them …?' after a count: the rows, not another number
            last = _HOW_MANY.sub("Which", last, count=1)
        if listed_np := _LIST_REQUEST.match(last):
            # 'List the open X' then 'how many of those are Y?': how many open X are Y
            asks = "How many" if re.search(r"\bhow\s+many\b", q, re.I) else "Which"
            return f"{asks} {last[listed_np.end() :]} {clause}?"
        narrowed = f"{last} and {clause}?"
        if len(question_parts(narrowed)) > 1:
            # 'and had a March 2009 timescale' would read as a question of its own: the
            # condition is one on the same set
            narrowed = f"{last} that {clause}?"
        return narrowed
    by_paper = AND_BY_PAPER.match(q)
    if by_paper and set(re.findall(r"[a-z]+", by_paper.group(1).lower())) & DOCUMENT_NOUNS:
        # 'and by the 2017 report?', 'and according to the audit summary?': the same, of that paper
        return f"{swap_subject(last, by_paper.group(1).strip())}?"
    about = WHAT_ABOUT.match(q)
    if about:
        topic = (about.group(1) or about.group(2) or "").strip()
        paper_year = _YEAR_PAPER.match(topic)
        years = set(re.findall(r"\b(?:19|20)\d\d(?:/\d{2})?\b", last))
        if paper_year and len(years) == 1 and paper_year.group(1) not in years:
            # 'and in the 2024 one?', 'what about the 2024 follow-up?': the same question of
            # the paper of that year (the year the last question named, changed)
            return f"{last.replace(years.pop(), paper_year.group(1))}?"
        year = YEARISH.match(topic)
        if year:
            replaced = re.sub(
                r"\b(?:in|since|during|for|before|after)\s+(?:the\s+)?(?:19|20)\d\d(?:/\d{2})?\b",
                "",
                last,
            )
            replaced = re.sub(r"\b(?:19|20)\d\d(?:/\d{2})?\b", "", replaced).strip()
            return f"{replaced} in {year.group(1)}?"
        if RELATIVE_PERIOD.match(topic):  # 'and over the last year?': the same, in that period
            return (
                f"{last} {q.split()[1].lower()} {topic}?" if about.group(2) else f"{last}, {topic}?"
            )
        return f"{swap_subject(last, topic)}?"
    if MORE.match(q):
        return f"Explain: {last}?"
    compared = before_after(q, previous, last)
    if compared:
        return compared
    pointed = thing_named(q, previous) or body_pronoun(q, previous) or point_back(q, previous)
    if pointed:
        return pointed
    if there := attribute_there(q, previous):  # 'and the remaining risk there?'
        return there
    another_subject = _AND_NP.match(q)
    if another_subject and not PRONOUN_ONLY.search(q):
        # 'and the lift-maintenance action?': the last question, of that subject instead (of
        # the one before when the last was asked of a pronoun it never resolved)
        asked = subject_of(last) or ""
        if PRONOUN_ONLY.search(asked) and previous is not None and previous.before:
            last = previous.before.standalone.rstrip(" ?.")
        return f"{swap_subject(last, another_subject.group(1).strip())}?"
    followed = None if previous is None or previous.quoted else followed_action(previous)
    if followed and SINGULAR.search(q):
        # 'why did it slip?' after one action shown in two papers: that action, in both
        return SINGULAR.sub(lambda m: refer(m, followed), q, count=1)
    if previous is not None and previous.names:
        if (len(previous.names) == 1 or previous.quoted) and SINGULAR.search(q):
            one = one_referent(previous)
            passages = not short_follow_up(q) or _NO_COLUMN.match(q)
            of_one = len({r.id for r in previous.records}) == 1 and _COLUMN_ASK.search(q)
            if previous.quoted and previous.focus and passages and not of_one:
                # a longer question after passages, or one asking why or how much, asks of the
                # user's own subject, in its words: the passages answer it, not the columns of
                # the record they quoted (unless all were of one record, and a column is asked)
                one = previous.focus
            return SINGULAR.sub(lambda m: refer(m, one), q, count=1)
        if chosen_row := listed_one(q, previous):  # by its words, or 'which one' then 'it'
            return SINGULAR.sub(lambda m: refer(m, chosen_row), q, count=1)
        if PLURAL.search(q) and len(previous.records) <= MAX_NAMED:
            named = joined_previous(previous)
            return PLURAL.sub(lambda m: refer(m, named), q, count=1)
    if refs_in(q):
        return None  # it names its own record: nothing to point back to
    paper = paper_in_focus(previous) or ""
    if paper and (rows := rows_of_it(q, previous)):  # 'when is it due?': the rows, not the paper
        return rows
    if paper and IT_PRONOUN.search(q):
        # 'who wrote it?' after a count over a paper: that paper, not the first record listed
        return IT_PRONOUN.sub(lambda m: possessive(m.group(1), paper), q, count=1)
    if (
        previous is not None
        and previous.route.startswith("document")
        and not previous.names
        and len(previous.documents) == 1
    ):
        paper = f"the {previous.documents[0]}"
        if SINGULAR.search(q):  # 'when was it presented?' after an answer about one paper
            return SINGULAR.sub(lambda m: refer(m, paper), q, count=1)
        if THERE.search(q):
            return THERE.sub(f" in {paper}", q, count=1)
    if previous is not None and previous.names and THERE.search(q):
        # 'what is the residual risk there?': in what the last answer was about
        single = len(previous.names) == 1 or previous.quoted
        if single or len(previous.records) <= MAX_NAMED:
            target = one_referent(previous) if single else joined_previous(previous)
            return THERE.sub(f" for {target}", q, count=1)
    acting = (AGENT_THEY.search(q) or SPEAKING_IT.search(q)) and has_own_subject(q)
    if acting and not (previous and previous.records):
        return None  # those who act or speak, after prose: the paper's body, in its scope
    focus = previous.focus if previous is not None and not previous.names else ""
    if focus and SINGULAR.search(q) and not PAPER_ASK.search(q):
        # 'who is responsible for it?' after passages naming no record: what the user asked of
        return SINGULAR.sub(lambda m: refer(m, focus), q, count=1)
    if focus and THERE.search(q):
        return THERE.sub(f" for {focus}", q, count=1)
    refs = with_papers(refs_in(last) or refs_in_answer(history), previous)
    pronoun = PRONOUN_ONLY.search(q)
    if refs and pronoun:
        narrowed_to = kept_of_named(refs, previous)  # after a narrowing: the rows the answer kept
        plural = PLURAL.fullmatch(pronoun.group(1)) is not None or len(narrowed_to or []) > 1
        if narrowed_to:
            refs, q = narrowed_to, that_one(q)
        target = " and ".join(refs[:3]) if plural else refs[0]
        return PRONOUN_ONLY.sub(lambda m: possessive(m.group(1), target), q, count=1)
    if previous is not None and previous.names and not PRONOUN_ONLY.search(q):
        # ellipsis, 'and the deadline?': the same question of what the last answer was about
        of = "for" if FOR_WORDS.search(q) else "of"  # 'who's responsible?': for it
        if len(previous.names) == 1 or previous.quoted:
            return f"{q.rstrip(' ?')} {of} {one_referent(previous)}?"
        if len(previous.records) <= MAX_NAMED:
            return f"{q.rstrip(' ?')} {of} {joined_previous(previous)}?"
        papers = {r.document.title for r in previous.records}
        if len(papers) == 1:
            # 'any cost implications for the actions?' after a long list of one paper's rows:
            # the same rows, by their paper (naming the first few would drop the rest)
            return f"{q.rstrip(' ?')} in the {papers.pop()}?"
    if refs:
        target = " and ".join(refs[:3])
        return f"{q.rstrip(' ?')} of {target}?"
    # nothing found to point at (the last turn abstained, or quoted no record): the subject of
    # the last question, not its whole text
    in_paper = PAPER_NP.search(last)
    paper = in_paper.group(0) if in_paper else ""
    if paper and IT_PRONOUN.search(q):
        # 'and who presented it?': the paper the last question named, not its text
        return IT_PRONOUN.sub(lambda m: possessive(m.group(1), paper), q, count=1)
    if paper and not PRONOUN_ONLY.search(q):
        # 'and when is the next review?': the paper is the scope carried
        return f"{q.rstrip(' ?')} in {paper}?"
    asked_paper = _paper_asked(q, previous, paper)
    if asked_paper:  # 'when was this plan published?': the paper, not the last subject
        return asked_paper
    # never a whole question, nor what an earlier rewrite put in brackets
    bare = _BRACKETED.sub("", last)
    subject = (previous.focus if previous is not None else "") or subject_of(bare) or bare
    if SINGULAR.search(q) and not PRONOUN_ONLY.fullmatch(subject.strip()):
        return SINGULAR.sub(lambda m: refer(m, subject), q, count=1)
    if PAPER_NP.fullmatch(subject.strip()):
        return f"{q.rstrip(' ?')} in {subject.strip()}?"  # the paper the turn before was about
    return f"{q.rstrip(' ?')} ({subject})?"


_OF_IT = re.compile(
    r"\b(?:of|for|on|about)\s+(?:it|this|that)\b|\b[a-z]+\s+itself\b|\bits\s+[a-z]", re.I
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# a quantity of what the last answer was about: 'how much of that', 'what share of them'
_SHARE_OF = re.compile(
    r"\b(?:how\s+(?:much|many)|what\s+(?:share|proportion|percentage|part|fraction|per\s*cent))"
    r"\s+of\s+(?P<p>it|that|this|those|these|them)\b(?!\s+(?:one|ones)\b)",
    re.I,
)
# 'and the lift-maintenance action?': a new subject, with nothing asked of it
_AND_NP = re.compile(r"^(?:and|or|but|then)\s+((?:the|a|an)\s+[^?]{2,80}?)\s*\??$", re.I)
_ELLIPTICAL = re.compile(
    r"\s*(?:(?:and|or|but|so|then|what\s+about|how\s+about|same\s+for|now)\s*)*[?.!]*\s*",
    re.I,
)


_HOW_MANY = re.compile(r"^how\s+many\b", re.I)
# a list asked by request, its object a noun phrase: 'List the open recommendations in X'
_LIST_REQUEST = re.compile(
    r"^\s*(?:list|show(?:\s+me)?|give\s+me|name|identify)\s+(?:all\s+|every\s+)?(?:the\s+)?"
    r"(?=\w)",
    re.I,
)


# a column of a record asked for: its deadline, owner, status or priority
_COLUMN_ASK = re.compile(
    r"\b(?:deadlines?|due|target\s+dates?|owners?|owns|owned|responsible|status|priority|rag)\b",
    re.I,
)


def _paper_asked(q: str, previous: Previous | None, paper: str) -> str | None:
    """'when was this plan published?', 'who wrote that report?' with nothing else to point
    at: the demonstrative and its paper noun are the one paper the last answer quoted (by its
    title), or the paper the last question named; None for any other turn."""
    demonstrative = PAPER_NP.search(q)
    if demonstrative is None or not (PAPER_ASK.search(q) or PAPER_DATED.search(q)):
        return None
    titles = set(previous.documents) if previous is not None else set()
    target = f"the {titles.pop()}" if len(titles) == 1 else paper
    if not target:
        return None
    return q[: demonstrative.start()] + target + q[demonstrative.end() :]


_COLUMN_OF_YEAR = re.compile(rf"{_COLUMN_ASK.pattern}.*\b(?:19|20)\d\d\b", re.I)
# 'why did it slip?', 'what's holding it up?', 'how much will it cost?': no column of a record
_NO_COLUMN = re.compile(
    r"^(?:(?:and|so|but|then)[\s,]+)?(?:why|how\s+(?:much|many)|what(?:'s|\s+is)\s+"
    r"(?:holding|keeping|stopping|delaying)|what\s+(?:caused|held))\b",
    re.I,
)


# 'the 2024 one', 'the 2023/24 follow-up': a paper named by its year and one noun
_YEAR_PAPER = re.compile(r"^(?:the\s+)?((?:19|20)\d\d(?:/\d{2})?)\s+[a-z][\w-]*$", re.I)
_PREPOSITION = re.compile(r"(?:about|on|for|concerning|regarding|covering|with|without)\b", re.I)
