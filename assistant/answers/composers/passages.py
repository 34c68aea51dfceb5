"""Answers built from retrieved passages: the best verbatim sentences, each cited.

Guards come first (:func:`unknown_words`). If most of the question's key words appear in no
chunk, or no passage covers enough of it, the answer abstains. A question about what came of
something that the record only announces ('we are looking forward to a workshop…') abstains
too. If the question asserts something the record contradicts or does not say, the premise is
corrected from the record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import (
    ANSWER_LABELS,
    REGISTER_KINDS,
    WRITTEN_KINDS,
    QueryAnalysis,
    answer_type,
    counted_noun,
    unquoted,
)
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.asked_attribute import asked_party, unsaid_attribute
from assistant.answers.support.asked_figure import figure_missing
from assistant.answers.support.bound_amount import sums_of_other_kind
from assistant.answers.support.change_between import change_between
from assistant.answers.support.checked import beside_sources, premise_weights, record_cells
from assistant.answers.support.context_links import unlinked_kind
from assistant.answers.support.corrections import (
    WHAT_THE_RECORD_SAYS,
    agent_lead,
    author_lead,
    date_lead,
    denied_lead,
    described_correction,
    pending_lead,
)
from assistant.answers.support.events import (
    asked_event,
    event_giver,
    framed_words,
    off_event,
    own_first,
    without_event,
    without_light_verbs,
)
from assistant.answers.support.figure_claims import asserted_first, figure_weights, prose_done
from assistant.answers.support.figure_premise import figure_premise
from assistant.answers.support.figures import (
    count_premise,
    figures,
    named_agent,
    names_register_rows,
    on_subject,
    read_on,
    states_count_of,
)
from assistant.answers.support.frame import without_stance
from assistant.answers.support.gather import (
    evidence_aliases,
    gather,
    passages_line,
    with_spelled,
)
from assistant.answers.support.held_priority import rating_unfigured
from assistant.answers.support.misdated import misdated
from assistant.answers.support.open_rows import rows_as_read, totals_rows
from assistant.answers.support.outcomes import unreported_result
from assistant.answers.support.paper_dated import paper_date_lead
from assistant.answers.support.parties import party_lead
from assistant.answers.support.planned import planned_due, unless_intention
from assistant.answers.support.premise_subject import premise_record
from assistant.answers.support.premises import (
    asserts_field,
    subject_of,
)
from assistant.answers.support.recordtext import (
    pieces_of,
    quote_whole,
    record_name,
    safe_text,
)
from assistant.answers.support.remainder import remainder
from assistant.answers.support.row_events import event_in_note
from assistant.answers.support.row_values import figure_in_row
from assistant.answers.support.sentences import (
    ANAPHORIC,
    ASKS_DONE,
    COUNTS_BACK,
    best_for_part,
    choose_sentences,
    following_sentence,
    next_in_passage,
    previous_in_passage,
)
from assistant.answers.support.summary import asked_fields, record_summary
from assistant.answers.support.targets_only import asks_achieved, only_a_target
from assistant.answers.support.typed import (
    only_announced,
    typed_first,
    typed_unsaid,
    unnamed_holder,
    unsaid_event,
    value_words,
    without_value_noun,
)
from assistant.answers.support.unfinished import unfinished_row
from assistant.answers.support.universal_premise import universal_premise
from assistant.answers.support.unnamed import not_answered
from assistant.answers.support.values import (
    giver_first,
    gives,
    gives_in_record,
    paper_names,
    subject_names,
)
from assistant.answers.support.wordlinks import linked_coverage
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage
from assistant.text import stem, stem_of, stems
from ingest.model import ActionRecord

MIN_COVERAGE = 0.5

LIST_ITEMS = 6  # items quoted of a list a chosen sentence introduces with a colon


def premise_first(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Before any guard or list: a value the question asserts that the record contradicts. A
    field value of the record the question describes ('why was the X action given high
    priority?', '… brought forward?', '… now has a lead'), checked against that record's
    cells; or a figure, date or count it takes for granted ('all 45 milestones were done'),
    checked against the passages about its subject. The correction, cited; else None."""
    builder = context.citations()
    if q.intent in ("lookup", "explain"):
        corrected = _field_premise(q, context, builder)
        if corrected is not None:
            return corrected
    unfigured = rating_unfigured(q)  # 'the Priority 1 recommendations': a grade, no figure
    # 'all 45 activities were done': a count of no kind of row, which the prose's figures
    # check below, neither the register's count nor its rows of that word
    prose = prose_done(q)
    counted = None if prose else count_premise(unfigured, context, builder)
    counted = counted or (None if prose else universal_premise(q, context, builder))
    if counted:
        return _finish(q, context, builder, [counted], ["premise-corrected"])
    # a date, an author, who acted, the other party, a thing still to be done, a denial
    openings = (paper_date_lead, date_lead, author_lead, agent_lead, party_lead, pending_lead)
    for opening in (*openings, denied_lead):
        lead = opening(q, context, builder)
        unsaid = None if lead is None or lead.notes else typed_unsaid(q, lead.evidence)
        if unsaid:  # a premise borne out, but the value asked of it is in no sentence
            return abstain(q, context, f"the {unsaid} of {subject_of(q)}", kind="value_not_given")
        other = None if lead is None else not_answered(q, context, lead.evidence, lead.weights)
        if other:  # 'how many bids at the second attempt?', and it says 'at the first'
            return abstain(q, context, subject_of(q), other, kind="value_not_given")
        if lead is not None:
            return _compose(
                lead.q,
                context,
                lead.evidence,
                lead.weights,
                builder,
                lead.lines,
                lead.notes,
                lead.about,
            )
    if q.intent == "compare" or not figures(unquoted(unfigured.question)):
        return None
    evidence, weights = gather(q, context)
    claim_weights = figure_weights(q, context)
    correction = figure_premise(unfigured, evidence, claim_weights or weights, builder)
    if correction is None:
        return None
    return _finish(q, context, builder, [correction], ["premise-corrected"])


def stated_premise(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A field value the stated premise of a question of another kind asserts of a record it
    describes ('Since X owns Y, how often …?'): corrected before that kind's answer; else None."""
    if not q.premise or q.intent in ("lookup", "explain"):
        return None
    return _field_premise(q.model_copy(update={"intent": "lookup"}), context, context.citations())


def _field_premise(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder
) -> Answer | None:
    """A field value the question asserts of the record it describes, corrected; else None."""
    if q.refs or not asserts_field(q):
        return None
    found = described_correction(q, context, builder)
    if found is None:
        return None
    record, correction = found
    return finish(
        q,
        context,
        body=correction,
        line=f"1 of {len(context.register.all())} actions is the one described "
        f"({record_name(record)}); searched "
        f"{len(context.searched())} documents, {context.span(context.searched())}.",
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="field",
        notes=["premise-corrected"],
    )


ROWS_NAMED_SHARE = 0.4  # of the question's weight, in a sentence numbering the rows it counts


def prose_count(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'How many activities have been completed?' where the register's rows are actions and a
    passage gives the number: the noun counted is no kind of row the register holds, and a
    sentence about the subject states a count of it (and, when the question asks how many were
    done, how many of those were). The sentences, cited; else None (the register counts)."""
    noun = counted_noun(q.question)
    if q.intent != "count" or not noun:
        return None
    kinds = re.fullmatch(REGISTER_KINDS, noun) is not None
    rows = kinds and names_register_rows(noun, context)  # 'records' the papers' rows are not
    agent = named_agent(q) if rows else None
    rows_held = rows and agent is None and len(rows_as_read(q, context)[0]) > 0
    if rows_held and (q.slipped or q.revised or q.status_says or _open_states(q)):
        return None  # 'how many have slipped?': the rows' own state counts, not a paper's total
    evidence, weights = gather(q, context)
    if rows_held and not states_count_of(noun, evidence[:12], weights, ROWS_NAMED_SHARE):
        return None  # rows of the register answer; with none, a sentence's figure may
    kind = f"count of {stem(noun)}"
    asks_done = ASKS_DONE.search(q.question) is not None
    target: Evidence | None = None  # 'how many had it actually reviewed?': a goal is no count
    for item in evidence[:12]:
        if agent is not None:  # a figure of whatever noun, in a sentence on the agent or the
            held = stems(item.text)  # question's words ('items 1-5 in Appendix A' it asked of)
            on_agent = len(agent & held) >= max(2, (2 * len(agent) + 2) // 3)
            of_rows = any(f.kind == kind for f in figures(item.text))
            if not any(f.kind.startswith("count of") for f in figures(item.text)) or not (
                on_agent or (of_rows and coverage(item.text, weights) >= ROWS_NAMED_SHARE)
            ):
                continue
        elif not any(f.kind == kind for f in figures(item.text, heads=True)) and not (
            kinds  # no row answers: a count of another noun, or of those done, on its words
            and any(f.kind.startswith("count of") or f.kind == "done" for f in figures(item.text))
            and coverage(read_on(item, evidence), weights) >= ROWS_NAMED_SHARE
        ):
            continue
        if kinds and not rows and on_subject(item, evidence, weights, context) < ROWS_NAMED_SHARE:
            continue  # a row word the papers do not use: a figure of it on the subject only
        if rows_held and totals_rows(q, context, item.text, noun):
            return None  # 'made 11 recommendations' of a paper of 11 rows: the rows count it
        counted = previous_in_passage(item, evidence) if COUNTS_BACK.search(item.text) else None
        if counted is not None and any(
            f.kind.startswith("count of") for f in figures(counted.text)
        ):
            item = counted  # '… 18 of these': the sentence that says what 'these' are first
        if asks_achieved(q.question) and only_a_target(item.text):
            target = target or item
            continue
        shown = [item]
        nearest = next_in_passage(item, evidence)
        if (
            asks_done
            and nearest is not None
            and ANAPHORIC.search(nearest.text)
            and any(f.kind == "done" for f in figures(nearest.text))
        ):
            shown.append(nearest)
        builder = context.citations()
        said = []
        for sentence in shown:
            n = builder.add_evidence(sentence)
            if n is not None:
                said.append(f"“{sentence.display()}” [{n}]")
        if not said:
            return None
        where = safe_text(item.document.title)
        head = f"The record gives the number of {noun} in its text, not as action rows:"
        if agent is not None:
            head = "The record gives this figure in its text, not as a count of action rows:"
        return _finish(q, context, builder, [head, f"- {' '.join(said)} — *{where}*"], [])
    if target is not None:
        goal = f"It gives only a target: “{safe_text(target.display())}”"
        done = f"how many {noun} had been done by the paper's date"
        return abstain(q, context, done, goal, kind="only_planned")
    return None


def _open_states(q: QueryAnalysis) -> bool:
    """Whether the question counts rows in a state other than done ('still open'), or by a
    column or theme of their own (a priority, an owner): a subset the rows held count."""
    by_column = q.priority or q.owner or q.owner_not or q.category or q.no_owner or q.themes
    return (bool(q.statuses) and "complete" not in q.statuses) or bool(by_column)


def passages(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """The best verbatim sentences for the question (after :func:`unknown_words`), each
    cited; a premise the record contradicts is corrected first. Words naming where the
    thing came from ('in response to the auditors') rank no sentence."""
    if answer_type(q.question) in WRITTEN_KINDS:  # 'how much of X was done?' asserts no state
        q = q.model_copy(update={"claims": []})
    source, text = framed_words(q, context)  # where it came from; the body doing the event
    topic = [t for t in q.terms if stem_of(t) not in source]
    evidence, weights = gather(q, context, terms=topic if source and topic else None, text=text)
    if not evidence:
        return abstain(
            q,
            context,
            subject_of(q),
            f"Nothing in the record matches {q.period}." if q.period else "",
            kind="nothing_found",
        )
    aliases = evidence_aliases(evidence[:12], context, q.question)
    # the best passages, and the whole of a record they are cells of (its lead, its title)
    joined = with_aliases(
        " ".join([*(e.text for e in evidence[:3]), *record_cells(evidence, context)]), aliases
    )
    checked = beside_sources(q, premise_weights(q, context) or weights, joined)
    checked = without_stance(q.question, checked, context.stats)  # 'originally', 'the key'
    # '15 members' in a passage found speaks to the 'people' of 'how many people …?'
    nearby = " ".join(e.text for e in evidence[:12])
    spoken = f"{joined} {' '.join(value_words(q, nearby))}"
    asserts = bool(q.claims and (q.premise or _WHY_OR_WHEN.search(q.question)))
    if (
        checked
        and coverage(spoken, checked) < MIN_COVERAGE
        and linked_coverage(spoken, checked, q, context) < MIN_COVERAGE
        and not (asserts and premise_record(q, context))  # its premise names a row: checked below
    ):
        return abstain(
            q,
            context,
            subject_of(q),
            "The closest passages are about something else.",
            kind="nothing_found",
        )
    near = with_spelled(q.question, context, " ".join(e.text for e in evidence[:12]))
    narrowing = unless_intention(q.question, unlinked_kind(q, context, near))
    if narrowing:
        return abstain(
            q,
            context,
            subject_of(q),
            f"No passage about it speaks of anything '{narrowing}'.",
            kind="nothing_found",
        )
    if asserts:
        # 'when did X close R5?', 'why was R5 marked done?' of a row still open: the premise
        # the question rests on is false, which is the answer
        builder = context.citations()
        correction = asserted_first(q, evidence, weights, context, builder)
        if correction:
            lines = [correction, WHAT_THE_RECORD_SAYS]
            return _compose(q, context, evidence, weights, builder, lines, ["premise-corrected"])
    event = unsaid_event(q, context, near)  # 'when was X disbanded?', and nothing says so
    if event and (ended := _not_yet_ended(q, context, evidence, weights)):
        return ended
    if event:
        return abstain(
            q,
            context,
            f"when {subject_of(q)}",
            f"No passage says it was {event}.",
            kind="value_not_given",
        )
    unsaid = not_answered(q, context, evidence, checked)  # counted, not named; another period
    if unsaid:
        return abstain(q, context, subject_of(q), unsaid, kind="value_not_given")
    role = unnamed_holder(q, context, evidence)  # 'who is the officer appointed to …?', and no name
    if role:
        return abstain(
            q,
            context,
            f"who the {role} is",
            "The passages name the post, not who holds it.",
            kind="value_not_given",
        )
    attribute = unsaid_attribute(q, context, " ".join([joined, *(e.text for e in evidence[:6])]))
    party = asked_party(q, context, evidence, weights)  # 'which contractor …?': one named
    if attribute or (party and party[1] is None):  # 'its premium?', and only its valuation
        unsaid = f"its {attribute}" if attribute else f"which {party[0] if party else ''}"
        return abstain(
            q, context, subject_of(q), f"No passage says {unsaid}.", kind="value_not_given"
        )
    if party and party[1] is not None:
        evidence = [party[1], *(e for e in evidence if e is not party[1])]
    evidence = typed_first(q, context, evidence, weights)  # 'when did X start?': its date first
    if figure_missing(q, evidence, checked, context):  # 'how many …', 'the headline figure …'
        row_figure = figure_in_row(q, context, evidence, weights, aliases)  # 'Now 312.'
        if row_figure is None:
            return abstain(
                q,
                context,
                f"a figure for {subject_of(q)}",
                "The passages about it give no number.",
                kind="value_not_given",
            )
        evidence = [row_figure, *(e for e in evidence if e.text != row_figure.text)]
    asked = answer_type(q.question)
    needed = 2 if _FROM_TO.search(q.question) else 1  # 'moved from what to what': both values
    if asked and not planned_due(q.question, context, evidence):  # a deadline: the record's
        subject = without_light_verbs(checked)  # 'hold' in 'when will X hold its workshop?'
        subject = without_value_noun(q, subject)  # 'people': the value's shape says it
        titles = paper_names(context)  # a paper's name, or its body's, is no subject
        names = subject_names(q.standalone or q.question, titles)  # 'the Standards Committee'
        giver = gives(asked, evidence[:6], subject, needed, evidence, aliases, names)
        happening = asked_event(q)  # 'when was X approved?': X's approval, not X's launch
        # its own words, not only its row's, speak of the event
        giver, evidence = own_first(asked, giver, evidence, happening, subject, context)
        said = q.standalone or q.question
        about = without_event(checked, happening, said)  # the subject: the event is read below
        deeper = giver is None  # a date found by its value must still be of the asked event
        if giver is None:  # read deeper, by meaning: the value must then be of the asked event
            giver = gives_in_record(q, context, asked, evidence, about, needed, aliases)
            giver, evidence = own_first(asked, giver, evidence, happening, subject, context)
            if giver is None:  # 'when did the panel consider X?': the date of a row's note
                giver = event_in_note(asked, evidence, happening, about, context, said)
        # 'the programme for 2024/25' dates no approval; 'estimated at £275,000' is a cost
        if off_event(giver, happening, context, deeper or asked == "year"):
            giver = event_giver(asked, evidence, happening, checked, context) or (
                event_in_note(asked, evidence, happening, about, context, said)
            )
            if giver is None and (ended := _not_yet_ended(q, context, evidence, weights)):
                return ended
            if giver is None:
                return abstain(
                    q,
                    context,
                    f"the {ANSWER_LABELS[asked]} of {subject_of(q)} ('{happening[0]}')",
                    f"The passages about it give no {ANSWER_LABELS[asked]} of that.",
                    kind="value_not_given",
                )
        giver = None if giver and sums_of_other_kind(said, giver.text, asked) else giver
        if giver is None and (ended := _not_yet_ended(q, context, evidence, weights)):
            return ended
        if giver is None:
            label = ANSWER_LABELS[asked]
            return abstain(
                q,
                context,
                f"the {label} of {subject_of(q)}",
                f"The passages about it give no {label}.",
                kind="value_not_given",
            )
        if giver not in evidence:
            evidence = [giver, *evidence]
        evidence = giver_first(evidence, giver, asked, checked, aliases)
    if q.outcome and (dated := misdated(q.question, evidence[:5], weights)):
        # 'what came of the December workshop?', set for 16 January: the date is corrected
        builder = context.citations()
        n = builder.add_evidence(dated[2])
        if n is not None:
            head = (
                f"**Not {dated[0]}: the record sets it for {dated[1]}** — "
                f"“{safe_text(dated[2].display())}” [{n}]"
            )
            return _compose(q, context, evidence, weights, builder, [head], ["premise-corrected"])
    if q.outcome and only_announced(evidence[:5], weights):
        return abstain(
            q,
            context,
            f"what came of {subject_of(q)}",
            "It only mentions it as something planned; no later paper reports the outcome.",
            kind="only_planned",
        )
    activity = unreported_result(q, context, evidence, weights)  # 'what did the survey find?'
    if activity:
        return abstain(
            q,
            context,
            f"what {subject_of(q)} found",
            f"The record sets the {activity} out as an action; no passage reports its result.",
            kind="only_planned",
        )
    rest = remainder(q.question, evidence, weights)  # 'how many still have no X?': B - A
    rest = rest or change_between(q.question, evidence, weights)  # 'by how much?': Y - X
    return _compose(q, context, evidence, weights, context.citations(), rest, [])


def _not_yet_ended(
    q: QueryAnalysis,
    context: AnswerContext,
    evidence: list[Evidence],
    weights: dict[str, float],
) -> Answer | None:
    """Instead of 'no passage gives its date': the state of the row whose finishing the
    question dates, when the record shows it still open (:func:`unfinished_row`)."""
    builder = context.citations()
    correction = unfinished_row(q, context, builder)
    if correction is None:
        return None
    lines = [correction, WHAT_THE_RECORD_SAYS]
    return _compose(q, context, evidence, weights, builder, lines, ["premise-corrected"])


# 'why …', 'when …', also as the asking sentence after a stated premise ('X is shown as
# fully met. When was that confirmed?', 'X was due in March - why was that missed?')
_WHY_OR_WHEN = re.compile(
    r"(?:^|[.;!?]\s+|\s[-–—]\s+)\W*(?:(?:and|so|but)\s+)?(?:(?:by\s+)?when|why)\b", re.I
)


def _compose(
    q: QueryAnalysis,
    context: AnswerContext,
    evidence: list[Evidence],
    weights: dict[str, float],
    builder: CitationBuilder,
    lines: list[str],
    notes: list[str],
    about: Sequence[ActionRecord] = (),
) -> Answer:
    """The answer from the scored sentences: a premise correction (unless ``lines`` already
    hold one), then the best sentences, each cited, with their records' status. ``about``: the
    one record a correction's denial is from, returned so a follow-up can point at it."""
    correction = None
    if not lines:
        correction = asserted_first(q, evidence, weights, context, builder)
    if correction:
        lines.append(correction)
        notes.append("premise-corrected")
        lines.append(WHAT_THE_RECORD_SAYS)
    shown: set[int] = {c.start for c in builder.citations() if c.start is not None}
    summarised: set[str] = set()
    fields = asked_fields(q)
    if "premise-corrected" in notes:  # a corrected premise: the row's deadline shows its state
        fields = fields | {"due"}
    chosen = choose_sentences(evidence, weights)
    for index, part in enumerate(q.parts[1:], start=1):
        extra = best_for_part(q, context, part, chosen, previous=q.parts[index - 1])
        if extra is not None:
            chosen.append(extra)
    for item in chosen:
        if item.start in shown:
            continue
        whole = quote_whole(item, context, builder)
        if whole is not None:  # a sentence a wrapped cell cut: quoted whole, each piece cited
            text, previous = whole
            shown.update(e.start for e in pieces_of(item, context))
        else:
            n = builder.add_evidence(item)
            if n is None:
                continue
            shown.add(item.start)
            text = f"{item.display()} [{n}]"
            previous = item
        in_list = item.text.rstrip().endswith(":")  # '…via the following workstreams:'
        left = LIST_ITEMS if in_list else 2  # or 'It ...' sentences going on
        while left and (follow := following_sentence(previous, evidence, in_list)):
            if follow.start in shown:
                break
            if (m := builder.add_evidence(follow)) is not None:
                text += f" {follow.display()} [{m}]"
                shown.add(follow.start)
            previous, left = follow, left - 1
            if not in_list and follow.text.rstrip().endswith(":"):  # 'are as follows:'
                in_list, left = True, LIST_ITEMS
        where = safe_text(item.document.title) + (f", ref {item.ref}" if item.ref else "")
        lines.append(f"- {text} — *{where}*")
        if item.record_id and item.record_id not in summarised and len(summarised) < 2:
            summarised.add(item.record_id)
            summary = record_summary(item, context, builder, shown, fields)
            if summary:
                lines.append(f"  {summary}")
    if not builder.citations():
        return abstain(q, context, subject_of(q), kind="nothing_found")
    return _finish(q, context, builder, lines, notes, about)


def _finish(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    lines: list[str],
    notes: list[str],
    about: Sequence[ActionRecord] = (),
) -> Answer:
    if lines and lines[-1] == WHAT_THE_RECORD_SAYS:  # the correction quoted all there was
        lines = lines[:-1]
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=passages_line(builder.citations(), context),
        matched=len(builder.citations()),
        citations=builder.citations(),
        records=about,
        route="passages",
        notes=notes,
    )


_FROM_TO = re.compile(r"\bfrom\b.{0,40}\bto\b|\bfrom and to\b|\bbefore and after\b", re.I)
