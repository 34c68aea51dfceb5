"""Figures a question takes for granted ('the £5m saving', 'all 45 milestones were done',
'the twelve recommendations of the report'), read and checked: against the figures of the
passages about its subject, or against the register's rows of the paper it names."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from assistant.analysis import REGISTER_KINDS, QueryAnalysis, unquoted
from assistant.analysis.nouns import AUXILIARIES, NOUN_PHRASE_END
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite, doc_label, record_name, safe_text
from assistant.answers.support.sentences import previous_in_passage
from assistant.answers.support.topics import filtered
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage
from assistant.text import every_cell_text, stem, stems
from vectorstore.bm25 import query_terms

# -- figures the question takes for granted ------------------------------------------------------
# '£5m', '£1.2 million', '12%', '40 per cent', '13 recommendations': a figure with its kind
_FIGURE = re.compile(
    r"(?P<amount>£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k|thousand)?\b)|"
    r"(?P<percent>\b\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent\b))|"
    # a count scaled in words: '6 million records'
    r"(?P<count>\b\d{1,4}(?:,\d{3})*(?:\.\d+)?(?:\s+(?P<scale>million|thousand|billion))?"
    r"\s+(?P<noun>[a-z]{3,})\b)",
    re.I,
)
_SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
_NOT_A_COUNT = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|and|or|to|per|of|"
    # a closed-class word is never the noun counted ('in report 2 which actions …')
    r"which|what|who|whose|where|when|how|why|the|its|their|this|that|these|those)$",
    re.I,
)


# the plural head one or two words after a counted word: '420 volunteer [personal] records'
_HEAD_AFTER = re.compile(r"(?:\s+[a-z]{3,}(?<!s))?\s+(?P<head>[a-z]{3,}s)\b")


@dataclass(frozen=True)
class Figure:
    """A figure as written, its kind ('amount', 'percent' or 'count of <noun stem>') and value."""

    text: str
    kind: str
    value: float


_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(_UNITS[:9])}))?|"
    rf"(?P<small>{'|'.join(_UNITS)}))\b",
    re.I,
)


def in_digits(text: str) -> str:
    """``text`` with numbers written in words as digits ('twelve recommendations' -> '12
    recommendations'), so a count is read however it is written."""

    def value(match: re.Match[str]) -> str:
        if match.group("small"):
            if match.group("small").lower() == "one":
                return match.group(0)  # 'no one', 'one of the': seldom a count
            return str(_UNITS.index(match.group("small").lower()) + 1)
        tens = (_TENS.index(match.group("tens").lower()) + 2) * 10
        unit = match.group("unit")
        return str(tens + (_UNITS.index(unit.lower()) + 1 if unit else 0))

    return _NUMBER_WORD.sub(value, text)


def figures(text: str, heads: bool = False) -> list[Figure]:
    """The figures ``text`` states: amounts, percentages and counts of a noun (not years, not
    dates, not refs); numbers written in words count too. With ``heads``, a count
    also counts the head of a longer noun phrase ('420 volunteer records': records too), as a
    count asked of that noun reads it."""
    text = in_digits(text)
    found = []
    for match in _FIGURE.finditer(text):
        written = match.group(0).strip()
        number = re.search(r"\d[\d,]*(?:\.\d+)?", written)
        if number is None:
            continue
        value = float(number.group(0).replace(",", ""))
        if match.group("amount"):
            unit = re.search(r"(bn|billion|m|million|k|thousand)\s*$", written, re.I)
            value *= _SCALE[unit.group(1).lower()] if unit else 1
            found.append(Figure(written, "amount", value))
        elif match.group("percent"):
            found.append(Figure(written, "percent", value))
        else:
            noun = match.group("noun")
            before = text[max(0, match.start() - 12) : match.start()]
            if (
                _NOT_A_COUNT.match(noun)
                or (1900 <= value <= 2100 and "," not in written)
                or re.search(r"(?:item|ref|paragraph|para|section|page|no\.?)\s*$", before, re.I)
                # a numbered thing's own number ('report 3 actions', 'phase 2 works')
                or re.search(
                    r"\b(?:report|paper|plan|update|phase|stage|part|round)\s*$", before, re.I
                )
                or re.search(r"\d\s*[/–-]\s*$", before)  # '2015/16 Annual…' is a period
            ):
                continue
            scale = match.group("scale")
            value *= _SCALE[scale.lower()] if scale else 1
            found.append(Figure(written, f"count of {stem(noun)}", value))
            # the head of a longer noun phrase counts too: '420 volunteer records'
            head = _HEAD_AFTER.match(text, match.end()) if heads else None
            if head is not None and not _NOT_A_COUNT.match(head.group("head")):
                found.append(
                    Figure(
                        f"{written}{head.group(0)}", f"count of {stem(head.group('head'))}", value
                    )
                )
    for match in _NUMBERED.finditer(text):  # 'items 1-5': five items, named by their numbers
        first, last = int(match.group("first")), int(match.group("last"))
        if first < last <= first + 500:
            noun = match.group("noun")
            found.append(Figure(match.group(0), f"count of {stem(noun)}", last - first + 1))
    return found + done_counts(text)


# a run of numbered things: 'items 1-5', 'recommendations 6 to 12'
_NUMBERED = re.compile(
    r"\b(?P<noun>[a-z]{3,}s)\s+(?P<first>\d{1,3})\s*(?:-|–|to)\s*(?P<last>\d{1,3})\b(?![/.]\d)",
    re.I,
)


# How many of a set were done: 'all 45 milestones were completed', '30 of the 45 milestones
# are finished' (a question's claim), 'completion of 18 of these', '12 of 30 are done' (a
# passage's figure). Compared as the kind 'done'.
_DONE_WORD = re.compile(
    r"\b(?:complet\w*|finish\w*|done|implemented|met|closed|delivered|achieved|cleared|"
    r"signed off)\b",
    re.I,
)
_ALL_N = re.compile(r"\ball (?:the |of the |its |their )?(?P<n>\d[\d,]*)\s+[a-z]{3,}", re.I)
_N_OF = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+)?"
    r"(?:\d[\d,]*\b|these\b|them\b|those\b)",
    re.I,
)


def done_counts(text: str) -> list[Figure]:
    """The counts of things done that ``text`` states ('all 45 … completed', '18 of these …
    completed'), as figures of the kind 'done', when a word of completion is in the same
    sentence (or clause)."""
    found = []
    for clause in re.split(r"(?<=[.;?!])\s+", text):
        if not _DONE_WORD.search(clause):
            continue
        for match in [*_ALL_N.finditer(clause), *_N_OF.finditer(clause)]:
            value = float(match.group("n").replace(",", ""))
            if 1900 <= value <= 2100:
                continue
            found.append(Figure(match.group(0).strip(), "done", value))
    return found


def figure_contradicted(question: str, texts: list[str]) -> tuple[Figure, Figure, int] | None:
    """A figure the question states that none of ``texts`` (the passages about its subject,
    best first) states, while one of them gives a different figure of the same kind: (the
    question's figure, the record's, the index of the text that gives it). None when every
    figure is borne out, or nothing of its kind is said."""
    said = [(index, figure) for index, text in enumerate(texts) for figure in figures(text)]
    for asked in figures(unquoted(question)):
        same_kind = [(i, f) for i, f in said if f.kind == asked.kind]
        if not same_kind or any(abs(f.value - asked.value) < 1e-9 for _, f in same_kind):
            continue
        index, given = same_kind[0]
        return asked, given, index
    return None


_NOUN_END = re.compile(
    r"^(?:have|has|had|were|was|are|is|been|be|of|in|on|to|by|for|that|which|who|from|with|"
    r"and|or|now|all|completed?|finished|done|implemented|met|closed|delivered)$",
    re.I,
)


# a capitalised word right before a number, within a sentence: the number ends a name
_NAME_BEFORE = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+\s+$")


def _counts_rows(question: str, figure: Figure) -> bool:
    """Whether the noun a claimed count counts ('all 45 improvement activities' counts
    activities: the last word of the noun phrase) is a kind of row the register holds. A
    number before a singular noun labels it and counts nothing ('the 999 call-handling
    recommendation')."""
    at = question.find(figure.text)
    if at >= 0 and _NAME_BEFORE.search(question[:at]) and figure.text[:1].isdigit():
        return False  # 'which Board 2 actions …': the number of a name ('Board 2'), no count
    rest = question[at + len(figure.text) - len(figure.text.split()[-1]) :] if at >= 0 else ""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", rest)
    phrase: list[str] = []
    for word in words[:5]:
        if _NOUN_END.match(word) and phrase:
            break
        if not _NOUN_END.match(word):
            phrase.append(word)
    if not phrase or (figure.value > 1 and not phrase[-1].lower().endswith("s")):
        return False
    return re.fullmatch(REGISTER_KINDS, phrase[-1].lower()) is not None


# words for a row of any register: a count of them counts rows whatever a paper calls its rows
_ANY_ROW = frozenset("action recommendation item issue entry row task point".split())


def names_register_rows(noun: str, context: AnswerContext) -> bool:
    """Whether a counted noun names the register's rows: a word for any row ('actions',
    'recommendations', 'items'), or what the papers themselves call their rows (the head of
    the header over each row's title, named so by a title or section: 'areas'). 'Records',
    'activities' or 'staff' counted otherwise are things a paper's prose counts."""
    word = noun.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    if singular in _ANY_ROW:
        return True
    return singular in context.row_nouns()


def count_premise(q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder) -> str | None:
    """A count of records done that the question takes for granted ('why were all 13
    recommendations of the District Audit report completed?') checked against the register:
    the records of the documents (or section) it names, or all of them when it claims as many
    as the register holds. The correction, citing the status of the records not complete."""
    question = in_digits(unquoted(q.question))
    claims = [f for f in done_counts(question) if _counts_rows(question, f)]
    if not claims:
        return _size_premise(q, context, builder, question)
    if q.intent not in ("lookup", "explain", "list", "count"):
        return None
    scope_query = q.model_copy(update={"statuses": [], "degree": None, "slipped": False})
    loaded = context.register.loaded()
    scope = loaded.at(filtered(scope_query, context))
    claimed = claims[0].value
    everything = claims[0].text.lower().startswith("all")
    if not scope or not (q.documents or q.section or (everything and len(scope) == claimed)):
        return None
    done = [r for r in scope if r.status == "complete"]
    if len(done) == claimed:
        return None
    open_ = [r for r in scope if r.status != "complete"][:3]
    cited = "; ".join(
        f"{record_name(r)}: {r.status.replace('_', ' ')}"
        + cite(builder, r, context.record_chunk_id(r.id), r.status_text, r.due_text, r.title)
        for r in open_
    )
    where = doc_label(None, scope[0]) if len({r.document.id for r in scope}) == 1 else "the record"
    head = (
        f"**No — the record does not show {safe_text(claims[0].text)} as done: {where} has "
        f"{len(scope)} actions, of which {len(done)} are complete.**"
    )
    return head + (f" Not complete: {cited}." if cited else "")


def _size_premise(
    q: QueryAnalysis, context: AnswerContext, builder: CitationBuilder, question: str
) -> str | None:
    """A size of a named paper's (or section's) set of rows the question takes for granted
    ('the District Audit report made 20 recommendations; which are still open?') that the
    register contradicts: the paper's own count, then the rows (the open ones first)."""
    sized = [
        f
        for f in figures(question)
        if f.kind.startswith("count of") and _counts_rows(question, f) and f.value > 1
    ]
    if not sized or not (q.documents or q.section) or q.intent == "count":
        return None
    # the paper's (or section's) whole set: the values the rows asked for have are no scope
    # ('which of the 27 audit commission recommendations are rated low?')
    # and only the words of the counted phrase narrow it ('the 14 payroll recommendations'):
    # the rest of the question ('Calderport's auditors made …', 'reviewed') is no topic
    counted = stems(sized[0].text)
    scope_query = q.model_copy(
        update={
            **{"statuses": [], "degree": None, "slipped": False, "priority": None},
            **{"owner": None, "owner_only": False, "themes": [], "due_from": None},
            **{"due_to": None, "revised": None, "category": None, "no_owner": False},
            **{"no_due": False, "dated": False, "due_says": None, "status_says": []},
            **{"owner_not": None, "min_extensions": None, "revised_from": None},
            "terms": [t for t in q.terms if stem(t) in counted],
        }
    )
    scope = context.register.loaded().at(filtered(scope_query, context))
    if not scope or len(scope) == sized[0].value:
        return None
    noun = safe_text(_noun_as_written(question, sized[0].text))
    where = doc_label(None, scope[0]) if len({r.document.id for r in scope}) == 1 else "the record"
    # the rows the rest of the question asks for ('which are high priority?'), when its
    # filters pick some of the set; else the open ones first
    asked_query = q.model_copy(update={"terms": scope_query.terms})
    asked = context.register.loaded().at(filtered(asked_query, context))
    open_ = [r for r in scope if r.status != "complete"]
    if 0 < len(asked) < len(scope):
        shown, kind = asked[:10], f"Of them, the ones asked ({len(asked)})"
    else:
        shown = (open_ or scope)[:10]
        kind = f"Not complete ({len(open_)})" if open_ else "All complete"
    listed = "; ".join(
        f"{record_name(r)}: {r.status.replace('_', ' ')} ({safe_text(_short(r.title or ''))})"
        + cite(builder, r, context.record_chunk_id(r.id), r.status_text, r.due_text, r.title)
        for r in shown
    )
    head = f"**No — {where} has {len(scope)} {noun}, not {sized[0].value:g}.**"
    return f"{head} {kind}: {listed}." if listed else head


def _short(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1].rsplit(" ", 1)[0] + "…"


def _noun_as_written(question: str, text: str) -> str:
    """The counted noun as the question writes it ('12 improvement' -> 'improvement areas')."""
    at = question.find(text)
    words = text.split()[1:]
    after = re.match(r"\s+([A-Za-z-]+s)\b", question[at + len(text) :]) if at >= 0 else None
    return " ".join([*words, after.group(1)] if after else words) or "rows"


# the subject of the question's verb: 'how many actions did the Quay Lighting Project
# expect to close …' — a named agent, not the register, does the counting
_AGENT = re.compile(
    r"\b(?:did|does|do|will|would|has|have|had|is|was|were|are)\s+((?:the\s+)?[\w/&'-]+"
    r"(?:\s+[\w/&'-]+){1,6}?)\s+(?:[a-z]+(?:ed|e|s)?)\s+(?:to\b|\w)",
)


def named_agent(q: QueryAnalysis) -> set[str] | None:
    """The stems of a named agent the question makes the subject of its verb (two or more
    content words, none a register filter's), when the question sets no register filter:
    a count of rows it is not; else None."""
    if q.has_record_filters():
        return None
    found = _AGENT.search(unquoted(q.question))
    if found is None:
        return None
    words = [w for w in query_terms(found.group(1)) if not re.fullmatch(REGISTER_KINDS, w)]
    return {stem(w) for w in words} if len(words) >= 2 else None


# -- whether a passage gives the number asked ('how many X did Y …?') -----------------------------
_NUMBER = re.compile(r"£\s?\d[\d,.]*\s?[mk]?|\b\d[\d,.]*%?")
# a number that names a part or a row, not a quantity: 'items 1-5', 'Appendix 1', 'para 3.2'
_NAMES_A_PART = re.compile(
    r"(?:items?|appendix|appendices|paragraphs?|paras?|sections?|pages?|refs?|no\.?|tables?|"
    r"annex|chapter|phase|level|stage|tier|r)\s*$",
    re.I,
)


# the months' names in full, as alternatives ('January|…|December')
FULL_MONTHS = "|".join(calendar.month_name[1:])
# a month's name, in full or short ('Sept'), as a word
MONTH_NAMES = rf"(?:{FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
_MONTH = re.compile(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_NAMES}", re.I)
_MONTH_BEFORE = re.compile(rf"{MONTH_NAMES}\s*$", re.I)


def quantities(text: str) -> list[str]:
    """The numbers of ``text`` that state a quantity: not a year ('2017', 'the Act 1998.',
    '2015/16'), not the number of an item, appendix, paragraph or ref."""
    found = []
    for match in _NUMBER.finditer(text):
        written = match.group(0).rstrip(".,")
        after = text[match.end() : match.end() + 12]
        period = re.match(r"\d+[/-]\d", text[match.start() :])
        if re.fullmatch(r"(?:19|20)\d\d", written) or period:
            continue  # a year, or a period ('2015/16', '2018-19')
        before = text[max(0, match.start() - 12) : match.start()]
        if _MONTH.match(after) or _MONTH_BEFORE.search(before):
            continue  # a day of a date ('16 January', 'March 31')
        if _NAMES_A_PART.search(before):
            continue
        if re.search(r"\d\s*[-–]\s*$", text[max(0, match.start() - 4) : match.start()]):
            continue  # the end of a run ('items 1-5')
        if re.fullmatch(r"\d+\.\d+(?:\.\d+)*", written) and match.start() < 4:
            continue  # a paragraph number opening the line ('3.2 Across …')
        found.append(written)
    return found


def counted_heads(question: str, noun: str) -> list[str]:
    """The counted noun and the noun its 'of' names ('members of staff', 'numbers of
    visitors'): a sentence counting either counts what is asked ('over 4,000 staff')."""
    if not noun:
        return []
    of = re.search(rf"\b{re.escape(noun)}\s+of\s+([a-z]{{3,}})\b", question, re.I)
    heads = [noun, of.group(1).lower()] if of else [noun]
    return heads + _phrase_heads(question, noun)


def _phrase_heads(question: str, noun: str) -> list[str]:
    """The plural noun ending the noun phrase an adjective opens ('blocks' of 'high-rise blocks
    are …', 'regional offices'): a noun phrase ends in its head, so an adjective counted first is
    no head. A noun modifier keeps its own count ('data protection breaches': 'data'), else a
    number of other breaches would answer."""
    if not _ADJECTIVE.search(noun):
        return []
    phrase = noun_phrase(question, noun, ("ed", "ing"))
    return phrase[-1:] if len(phrase) > 1 else []


def noun_phrase(question: str, noun: str, verb_endings: tuple[str, ...]) -> list[str]:
    """The words of the noun phrase ``noun`` opens, up to the plural noun heading it ('free
    parking passes'); ``[noun]`` alone when no plural follows before a verb (a word with one of
    ``verb_endings``), an auxiliary, a preposition or a determiner; ``[]`` for no noun."""
    if not noun:
        return []
    found = re.search(rf"\b{re.escape(noun)}\b((?:\s+[a-z][a-z'-]*){{0,3}})", question, re.I)
    phrase = [noun.lower()]
    for word in found.group(1).split() if found else []:
        low = word.lower()
        if NOUN_PHRASE_END.match(low) or low in AUXILIARIES or low.endswith(verb_endings):
            break
        phrase.append(low)
        if low.endswith("s") and not low.endswith(("'s", "ss")):
            return phrase
    return [noun.lower()]


# a word that can only modify: a hyphenated compound ('high-rise', 'full-time') or an adjective
# by its ending ('regional', 'active', 'serious', 'public')
_ADJECTIVE = re.compile(r"-|(?:al|ive|ous|ic|ful|less|able|ible|ary)$", re.I)


def states_count_of(
    noun: str, evidence: list[Evidence], weights: dict[str, float], share: float
) -> bool:
    """Whether a sentence about the subject writes a number of the counted noun itself ('6
    million records' for 'how many records …?'): the prose's count of the thing, not of rows."""
    head = stem(noun)
    counted = re.compile(
        rf"\b\d[\d,.]*\s+(?:(?:million|thousand|hundred|[a-z-]+)\s+)?{re.escape(head)}\w*\b", re.I
    )
    subject = {t: w for t, w in weights.items() if t != head}
    return any(
        counted.search(e.text) and coverage(read_on(e, evidence), subject) >= share
        for e in evidence
    )


def on_subject(
    item: Evidence, evidence: list[Evidence], weights: dict[str, float], context: AnswerContext
) -> float:
    """How much of the question's subject a figure's sentence is about: the sentence read on
    from the one before it, and, for a cell of a row, with every cell of its row ('420
    volunteer records under way' is the note of the row on moving volunteer records into the
    HR system)."""
    text = read_on(item, evidence)
    record = context.register.by_id().get(item.record_id) if item.record_id else None
    if record is not None:
        text = f"{text} {every_cell_text(record)}"
    return coverage(text, weights)


def read_on(item: Evidence, evidence: list[Evidence]) -> str:
    """``item`` read on from the sentence before it in its passage ('Operation Filesafe has made
    … progress. We are on track to have reviewed 6 million records …')."""
    before = previous_in_passage(item, evidence)
    return f"{before.text} {item.text}" if before is not None else item.text
