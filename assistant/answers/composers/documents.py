"""Questions about the documents themselves: when one is dated, who wrote it, what a named
one records; and periods the record does not cover.

Dates come from the document metadata (found in the text at ingest); authors from the
'Report by:' / 'Report author:' lines committee papers carry. Both are cited verbatim.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.periods import all_years, with_full_years
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain, finish
from assistant.answers.support.cover_fields import cover_facts
from assistant.answers.support.events import event_words
from assistant.answers.support.figures import figures
from assistant.answers.support.gather import gather
from assistant.answers.support.mastheads import author_lines, without_dated_events
from assistant.answers.support.persons import (
    asked_records,
    asks_name,
    asks_owner_name,
    names_person,
    post_words,
    posts_asked,
)
from assistant.answers.support.premises import subject_of
from assistant.answers.support.recordtext import cite, doc_label, record_name, safe_text
from assistant.answers.support.sentences import opening_sentences
from assistant.evidence import coverage
from assistant.text import stems
from ingest.model import DocumentInfo
from ingest.safety import redact


def unknown_period(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A question about years no document covers: say which periods the record covers. None
    when a paper's text gives a figure for the period ('rising to £166m in 2011/12', a
    forecast): its passages answer. A period the text only names ('the 2018-19 plan') is no
    period the record covers."""
    for period in q.unknown_periods:
        start, _, end = period.replace(" ", "").partition("/")
        span = rf"\b{re.escape(start)}\s*[/–-]\s*{re.escape(end)}\b"
        amount = r"(?:£\s?\d[\d,.]*\s?(?:bn|m|k|million|billion)?|\d[\d.]*\s?%)"
        written = re.compile(rf"{amount}[^.;]{{0,30}}?{span}|{span}[^.;]{{0,30}}?{amount}", re.I)
        if _written_in_a_paper(context, start, written):
            return None
    if _figure_written(q, context):  # a figure it takes for granted: checked, not abstained on
        return None
    covered = ", ".join(sorted({d.period or str(d.year) for d in context.documents if d.year}))
    return abstain(
        q, context, ", ".join(q.unknown_periods), f"It covers {covered}.", kind="out_of_record"
    )


def _figure_written(q: QueryAnalysis, context: AnswerContext) -> bool:
    """Whether a figure the question states ('the 60 indicators', '6 million records') is
    written in a paper: the question is about what that paper says, whatever period it puts
    on it."""
    stated = [f.text for f in figures(unquoted(q.question))]
    return any(
        _written_in_a_paper(
            context,
            digits.group(0) if (digits := re.search(r"\d+", text)) else "",
            re.compile(rf"(?<![\d.,]){re.escape(text)}\b", re.I),
        )
        for text in stated
    )


def _written_in_a_paper(context: AnswerContext, needle: str, written: re.Pattern[str]) -> bool:
    """Whether some paper's text holds a match of ``written``, each text searched only when it
    holds ``needle`` (a plain part every match writes: its digits); kept for the register
    load, since a large record holds thousands of papers."""

    def search() -> bool:
        return any(
            needle in text and written.search(text)
            for text in (context.document_text(d.id) for d in context.documents)
        )

    return context.register.memo(f"written-in-a-paper:{written.pattern}", search)


# a question about what happened ('what did the panel make of it', 'how did they respond'),
# not about what a paper planned or forecast ('what will …', 'expected by 2020')
_PAST = re.compile(r"\b(?:did|was|were|had|happened|took place)\b", re.I)
_AHEAD = re.compile(
    r"\b(?:will|would|shall|expect\w*|planned|plans? to|forecast\w*|projected|targets? for|"
    r"due|aim(?:s|ed)? to|intend\w*|going to|by (?:the end of )?(?:\w+ )?\d{4}|until)\b",
    re.I,
)


def after_the_record(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A question about what happened in a year after the record's last paper ('what did the
    panel make of the plan at its 2023 meeting?'): no paper can say, whichever it names. None
    for a question about what a paper planned or expected ('what will be saved by 2020?')."""
    asked = _asked_years(q, context)
    if asked != q.years:
        q = q.model_copy(update={"years": asked})
    latest = max((d.year for d in context.documents if d.year), default=None)
    if latest is not None and q.years and min(q.years) > latest:
        return _after_all(q, context, latest)
    return _after_its_papers(q, context)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _asked_years(q: QueryAnalysis, context: AnswerContext) -> list[int]:
    """The question's years less the end year of a financial year that names a paper: in 'the
    2023/24 plan' of a paper of 2023, 2024 is in the paper's name (its period or title), not
    a time the question asks about. A year also written on its own stays asked."""
    found = all_years(with_full_years(q.question))
    periods = [(written, year) for written, year in found if "/" in written]
    if not periods or not q.years:
        return q.years
    names = [_compact(f"{d.period or ''} {d.title}") for d in context.documents]
    naming = {year for written, year in periods if any(_compact(written) in n for n in names)}
    alone = {year for written, year in found if "/" not in written}
    return [y for y in q.years if y not in naming or y in alone]


def _after_all(q: QueryAnalysis, context: AnswerContext, latest: int) -> Answer | None:
    """The question's year is after every paper's."""
    if not _PAST.search(q.question) or _AHEAD.search(q.question):
        return None
    if q.premise and any(str(y) in q.premise for y in q.years):
        return None  # a date the question takes for granted is checked, not abstained on
    years = ", ".join(str(y) for y in q.years)
    return abstain(
        q,
        context,
        years,
        f"Its latest paper is from {latest}: it cannot say what happened later.",
        kind="out_of_record",
    )


ABOUT_SHARE = 0.5  # of the question's weight a passage must hold to speak of its subject


def _after_its_papers(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Did X in fact happen by <date>?' where every paper that speaks of X is older than the
    date: the record stops before it, whatever it planned. None for a question that asks no
    outcome, or when a paper of that year or later speaks of X."""
    if not q.outcome or not q.years or (q.refs and not q.terms):
        return None
    unfiltered = q.model_copy(update={"since": None, "until": None, "period": None})
    evidence, weights = gather(unfiltered, context)
    about = [e for e in evidence[:6] if weights and coverage(e.text, weights) >= ABOUT_SHARE]
    years = [e.year for e in about]
    if not about or any(y is None or y >= min(q.years) for y in years):
        return None
    last = max(about, key=lambda e: e.year or 0)
    latest = last.year
    label = doc_label(next((d for d in context.documents if d.id == last.document.id), None))
    return abstain(
        q,
        context,
        f"what came of {subject_of(q)} by {min(q.years)}",
        f"The last paper that speaks of it is {label}, from {latest}: the record stops there.",
        kind="out_of_record",
    )


SHOWN = 3  # the named papers whose date or author an answer gives (and whose mastheads decide)


def document_facts(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """When a named document is dated, or who wrote it, quoted from its text. None when the
    question asks the date of something the paper reports ('on what date did the board hold
    its workshop, according to the plan?'): its key words are not those of the paper's
    masthead (title, committee, date line), so its passages answer it."""
    if q.doc_field not in ("date", "author"):
        return None  # the committee a paper went to: its cover's (paper_cover)
    documents = context.documents_of(q.documents)
    if not documents:
        return abstain(q, context, "that document", kind="out_of_record")
    builder = context.citations()
    if q.doc_field == "date":  # the named papers the question's words are all about
        documents = [d for d in documents[:SHOWN] if _about_the_paper(q, d, builder.text(d.id))]
        if not documents:
            return None
    lines: list[str] = []
    for doc in documents[:SHOWN]:
        text = builder.text(doc.id)
        title = redact(doc.title)
        chunk_id = context.first_chunk_id(doc.id)
        if q.doc_field == "date":
            if doc.date and doc.date_text and chunk_id:
                n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=doc.date_text)
                cite = f" [{n}]" if n else ""
                lines.append(f"*{title}*{_of_body(doc)} is dated **{redact(doc.date_text)}**{cite}")
                met = cover_facts(text).get("committee")  # the meeting it went to, cited
                m = met and builder.add(
                    chunk_id=chunk_id, document=doc.ref(), quote=met.value, near=met.start
                )
                lines[-1] += f", for its **{redact(met.value)}** [{m}]." if met and m else "."
            else:
                period = (
                    f" Its period, {doc.period}, is inferred from its headings."
                    if doc.period
                    else ""
                )
                lines.append(f"*{title}* states no report date.{period}")
        else:
            found = author_lines(text)
            if not found or chunk_id is None:
                lines.append(f"The record does not name the author of *{title}*.")
                continue
            cites = []
            for match in found[:2]:
                line = match.group(0).strip()
                n = builder.add(
                    chunk_id=chunk_id, document=doc.ref(), quote=line, near=match.start()
                )
                if n:
                    cites.append(f"“{line}” [{n}]")
            lines.append(f"*{title}*: " + "; ".join(cites) + ".")
    if not builder.citations():
        return abstain(
            q,
            context,
            f"the {'author' if q.doc_field == 'author' else 'date'} of that document",
            kind="value_not_given",
        )
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"From the text of {len(documents)} document{'s' if len(documents) > 1 else ''}; "
        f"searched {len(searched)} documents" + (f" ({span})" if span else "") + "."
    )
    return finish(
        q,
        context,
        body="\n\n".join(lines),
        line=line,
        matched=len(documents),
        citations=builder.citations(),
        route="document",
    )


def _of_body(doc: DocumentInfo) -> str:
    """' (Fenmarsh Internal Drainage Board)': the body a paper is from, unless its title says."""
    body = doc.organisation or ""
    return f" ({redact(body)})" if body and body.lower() not in doc.title.lower() else ""


MASTHEAD_CHARS = 600  # the opening of a paper that holds its title, committee and date line
# what happens to a paper itself: 'presented to the panel', 'submitted', 'published'; and
# what a meeting does with it ('met to go through the log', 'sat to review it')
_PAPER_VERBS = stems(
    "present presented submit submitted consider considered publish published issue issued "
    "table tabled receive received write wrote written prepare prepared date dated meet "
    "met meeting go going went through review reviewed discuss discussed look looked note "
    "noted sit sat produce produced compile compiled release released circulate circulated "
    "finalise finalised finalize finalized drawn get got gotten"
)


def _about_the_paper(q: QueryAnalysis, doc: DocumentInfo, text: str) -> bool:
    """Whether every key word of the question is a word of the paper's masthead: its title,
    and its opening up to its date line ('presented to the Audit Panel' is; 'hold its
    workshop' is not)."""
    end = MASTHEAD_CHARS
    dated = text.find(doc.date_text) if doc.date_text else -1
    if dated >= 0:
        end = max(end, dated + len(doc.date_text or ""))
    own = stems(without_dated_events(text[:end], doc.date)) | stems(doc.title) | _PAPER_VERBS
    # the event a 'did <subject> <verb>' asks ('did the Board approve …') must be the paper's
    # own, read in its heading up to its date line: a row's 'approved by the Board' is not
    heading = stems(text[: dated + len(doc.date_text or "")]) if dated >= 0 else own
    event = stems(" ".join(event_words(q)))
    own |= _initials(doc.title)  # 'the IA log': the 'Internal audit recommendations log'
    return all(_held(stems(term), own) for term in q.terms) and event <= heading | _PAPER_VERBS


def _initials(title: str) -> set[str]:
    """The initials of each run of two to four words of a title ('ia', 'iar' of 'Internal
    audit recommendations')."""
    words = [w[0].lower() for w in re.findall(r"[A-Za-z]+", title) if len(w) > 2]
    return {"".join(words[i : i + n]) for n in (2, 3, 4) for i in range(len(words) - n + 1)}


def _held(term: set[str], own: set[str]) -> bool:
    """Whether a term's stems are words of the masthead, or shortenings of them ('recs' of
    'recommendations', 'cttee' no: a shortening keeps the word's first letters)."""
    return all(
        t in own or (len(t) >= 3 and any(o.startswith(t) and len(o) > len(t) + 2 for o in own))
        for t in term
    )


MAX_OVERVIEW_RECORDS = 8


def overview(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'What did the 2017 report find?': a question that names documents and no subject is
    answered by what each named document records, cited (else None).

    A paper with an action table is summarised by its actions (status counts, then the first
    ones); a paper of prose by its opening substantive sentences.
    """
    if q.terms or q.themes or not q.documents:
        return None
    documents = context.documents_of(q.documents)[:2]
    if not documents:
        return abstain(q, context, "that document", kind="out_of_record")
    builder = context.citations()
    lines: list[str] = []
    records = []
    for doc in documents:
        found = list(context.register.of_document(doc.id))
        opening = []
        for item in opening_sentences(context, doc, 2 if found else 3):
            n = builder.add_evidence(item)
            if n:
                opening.append(f"- {item.display()} [{n}]")
        if opening:
            lines.append(f"*{doc_label(doc)}* opens:")
            lines += opening
        if found:
            counts = Counter(r.status.replace("_", " ") for r in found)
            summary = ", ".join(f"{n} {status}" for status, n in counts.most_common())
            noun = "action" if len(found) == 1 else "actions"
            lines.append(f"*{doc_label(doc)}* records **{len(found)} {noun}** ({summary}):")
            for record in found[:MAX_OVERVIEW_RECORDS]:
                chunk_id = context.record_chunk_id(record.id)
                marker = cite(builder, record, chunk_id, record.title, record.finding)
                status = record.status.replace("_", " ")
                title = safe_text(record.title)
                lines.append(f"- {record_name(record)}: {title} ({status}){marker}")
            if len(found) > MAX_OVERVIEW_RECORDS:
                lines.append(f"- …and {len(found) - MAX_OVERVIEW_RECORDS} more (in `records`)")
            records += found
    if not builder.citations():
        return abstain(q, context, "what that document says", kind="out_of_record")
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"{len(records)} actions from {len(documents)} named document"
        f"{'s' if len(documents) > 1 else ''}; ask about a subject for more detail; searched "
        f"{len(searched)} documents" + (f" ({span})" if span else "") + "."
    )
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(records),
        citations=builder.citations(),
        records=records,
        route="document",
    )


# -- parts of a paper withheld from publication -------------------------------------------------
# 'Appendix 1 – Governance Plan (Restricted)', 'Annex B: Exempt', 'Part 2 - not for publication'
_PART = r"(?:appendix|appendices|annex(?:e|ure)?|schedule|enclosure|attachment|exhibit|part)"
_NUMBER = r"(?:\d[\w.]*|(?-i:[A-Z]|[IVX]+)\b)"  # '1', '2.3', 'B', 'IV'
_MARK = (
    r"(?:restricted|exempt(?: information)?|confidential|not for publication|not published|"
    r"protectively marked|official[- ]sensitive|commercially sensitive|private)"
)
_WITHHELD_LINE = re.compile(
    rf"^[^\S\n]*[-•*]?[^\S\n]*(?P<part>{_PART}[^\S\n]+{_NUMBER})(?P<title>[^\n]*?)"
    rf"(?:[(\[][^\S\n]*(?P<mark>{_MARK})[^\S\n]*[)\]]|[-–:][^\S\n]*(?P<mark2>{_MARK})[^\S\n]*$)",
    re.I | re.M,
)
_LISTED_PART = re.compile(
    rf"^[^\S\n]*[-•*]?[^\S\n]*(?P<kind>{_PART})[^\S\n]+(?P<number>{_NUMBER})", re.I | re.M
)
_NAMED_PART = re.compile(rf"\b(?P<kind>{_PART})\b(?:\s+(?P<number>{_NUMBER}))?", re.I)
# a question about the withholding itself ('which appendix is restricted?', 'why was it not
# published?', 'what is attached as Appendix 1?'), which the covering paper answers
_ABOUT_WITHHOLDING = re.compile(
    rf"\b(?:{_MARK}|withheld|publish\w*|public|available|marked|attached|called|titled|"
    rf"entitled|named|why)\b",
    re.I,
)


def withheld(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """A question about the content of a part of a paper that the paper marks as withheld
    ('Appendix 1 – … (Restricted)'), which is not in the record: the abstention, saying so.
    The part is named by its label and number ('Appendix 1'), or by its mark ('the restricted
    appendix'); a question about the withholding itself ('which appendix is restricted?') is
    left to the passages. None when the question is about no such part."""
    question = q.question
    if not _NAMED_PART.search(question):
        return None
    named_ids = set(q.documents)
    scope = [d for d in context.documents if not named_ids or d.id in named_ids]
    # whether each paper has a line marking a part withheld, read once a generation (a
    # question naming an appendix would otherwise read the text of all 5,000 papers)
    marks: dict[str, bool] = context.register.memo("papers marking a part withheld", dict)
    for doc in scope:
        if marks.get(doc.id) is False:
            continue
        text = context.document_text(doc.id)
        marks[doc.id] = _WITHHELD_LINE.search(text) is not None
        for line in _WITHHELD_LINE.finditer(text):
            part = line.group("part").strip()
            mark = (line.group("mark") or line.group("mark2") or "").strip()
            presumed = _PRESUMED_PUBLIC.search(question)
            if not _names_part(question, part, mark, text, listed=presumed is not None):
                continue
            # the label and its mark, as the question writes them, name the part; any other
            # word of withholding asks about the withholding
            rest = re.sub(rf"\b{re.escape(mark)}\s+(?={_PART})", " ", question, flags=re.I)
            if _ABOUT_WITHHOLDING.search(rest) and not presumed:
                return None
            title = line.group("title").strip(" –-:(")
            named = f"{part} ({title})" if title else part
            if presumed:  # a premise: the part is public; the paper's own list says it is not
                return _withheld_premise(q, context, doc, line, named, mark)
            return abstain(
                q,
                context,
                f"what {part} of {doc_label(doc)} says",
                f"{safe_text(named)} is marked {mark.lower()}: the paper lists it but its "
                "content is not in the record.",
                kind="out_of_record",
            )
    return None


# a question that takes a withheld part to be public ('the appendix, as published', 'the
# published list in the annex'), rather than asking whether or why it is withheld
_PRESUMED_PUBLIC = re.compile(
    r"\bas (?:published|made public|released)\b|\b(?:the|its|their) (?:published|public|"
    r"publicly available|released)\b|\bpublicly available\b|\bpublic (?:version|copy)\b",
    re.I,
)


def _withheld_premise(
    q: QueryAnalysis,
    context: AnswerContext,
    doc: DocumentInfo,
    line: re.Match[str],
    named: str,
    mark: str,
) -> Answer | None:
    """'<part>, as published, …': the correction, citing the paper's own line that marks the
    part withheld; its content is not in the record."""
    builder = context.citations()
    chunk_id = context.first_chunk_id(doc.id)
    quote = line.group(0).strip(" \t-•*")
    n = (
        builder.add(chunk_id=chunk_id, document=doc.ref(), quote=quote, near=line.start())
        if chunk_id
        else None
    )
    if n is None:
        return None
    body = (
        f"**No — {safe_text(named)} is not published: {doc_label(doc)} marks it "
        f"{mark.lower()}** — “{safe_text(quote)}” [{n}]. Its content is not in the record, "
        "so what it lists cannot be given."
    )
    searched = context.searched()
    span = context.span(searched)
    coverage_line = f"From the text of 1 document; searched {len(searched)} documents" + (
        f" ({span})." if span else "."
    )
    return finish(
        q,
        context,
        body=body,
        line=coverage_line,
        matched=0,
        citations=builder.citations(),
        route="document",
        notes=["premise-corrected"],
    )


def _names_part(question: str, part: str, mark: str, text: str, listed: bool = False) -> bool:
    """Whether the question names this withheld part: by its label and number ('Appendix 1'),
    by its label and mark ('the restricted appendix'), or by its label alone when the paper
    names no other part of that kind."""
    kind, _, number = part.partition(" ")
    for named in _NAMED_PART.finditer(question):
        if named.group("kind").lower()[:5] != kind.lower()[:5]:  # 'appendices' of 'appendix'
            continue
        if named.group("number") and named.group("number").lower() == number.strip().lower():
            return True
        if re.search(rf"\b{re.escape(mark)}\b", question, re.I):
            return True
        if named.group("number"):
            continue
        others = {  # the parts it names; of a part taken to be published, those it lists
            m.group("number").lower()  # on a line of their own ('Appendix 1 – … (Restricted)')
            for m in (_LISTED_PART if listed else _NAMED_PART).finditer(text)
            if m.group("number") and m.group("kind").lower() == kind.lower()
        }
        if others <= {number.strip().lower()}:
            return True
    return False


def unnamed_person(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Which named officer owns R2?': the record's owner cell names a post, not a person (an
    honorific, or a given and a family name): the abstention, naming the post. None when the
    question asks no person's name, or the owner cell names one."""
    if not asks_name(q):
        return None
    records = asked_records(q, context)
    if len(records) != 1 or not records[0].owner:
        return None
    record = records[0]
    words = post_words(context)
    if names_person(record.owner or "", words):
        return None
    held = [] if q.refs else posts_asked(q, context)
    if not held and not asks_owner_name(q, record.owner or ""):
        return None  # 'who is the surveyor?': a party of the row other than its owner
    if held:  # the post is the subject: who holds it, and the rows it owns
        owned = ", ".join(dict.fromkeys(record_name(r) for r in held[:6]))
        return abstain(
            q,
            context,
            f"who, by name, is the {safe_text(record.owner)}",
            f"The record names only the post: {safe_text(record.owner)} (the owner of {owned}).",
            kind="value_not_given",
        )
    return abstain(
        q,
        context,
        f"who, by name, is responsible for {record_name(record)}",
        f"The record names only the post that owns it: {safe_text(record.owner)}.",
        kind="value_not_given",
    )
