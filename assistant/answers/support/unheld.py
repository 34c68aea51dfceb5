"""A detail of one row that neither the row nor its paper gives: the typed refusal in place of
the row card.

An answer about one row shows the whole row (its record card), so a detail asked in words no
column names is there. A detail of a kind no cell holds is not: 'when was it *approved*?',
'which *committee* signed it off?', '*where* will it be carried out?', '*why* was it
recommended?', 'how much did it *cost*?' asked of a row whose cells date no approval, name no
body, no place, no reason, no sum. The row card then answers another question. The kind asked
is read from the question's head words (its wh-word, the noun after 'which', the verb of
deciding), never from a paper's words:

- ``event``: 'when was/did … <verb of deciding>' ('approved', 'agreed', 'signed off'), not a
  date set for the row (its deadline): a sentence about the row must hold the verb (or
  another word of the event) and a date (other events are ``row_event.undated_event``'s);
- ``body``: 'which committee/board/meeting …', 'who approved/signed off/endorsed …': a sentence
  about the row must hold a verb of deciding or the asked body noun, and a body (a body noun
  or a capitalised name other than the owner's post);
- ``place``: 'where is/was/will … <verb>' (not 'where does it stand', 'where is it
  reported'): a sentence about the row must name a place ('at Hendon', 'three sites');
- ``reason``: 'why …', 'what was the reason for …': a sentence about the row must give a cause
  or purpose ('because', 'to ensure', 'following'), or the row hold a finding (its cause);
- a typed value (:func:`~assistant.analysis.answer_type`: an amount, a percentage, a number of
  people, a person's name, a threshold): a sentence about the row must hold that shape.

The sentences about the row are its cells and the sentences of its own paper that name its
ref or share its distinctive words (:func:`.row_paper.row_words`).

    unheld(q, record, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.analysis import ANSWER_SHAPES, SET_DATE, QueryAnalysis, answer_type, unquoted
from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.nouns import RECORD_NOUNS
from assistant.analysis.time_spans import SPAN
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.asked_attribute import MASTHEAD
from assistant.answers.support.frame import frame_words
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import doc_label, record_name, safe_text
from assistant.answers.support.row_paper import paper_naming, row_words
from assistant.evidence import record_evidence
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

SHARED = 2  # distinctive words of the row a sentence of its paper must share to be about it
_TYPED = ("amount", "percentage", "headcount", "person", "threshold")

_AUX = r"(?:is|was|are|were|did|does|do|has|have|had)"
_OPEN = r"^\W*(?:(?:and|so|but|ok|okay|right)\W+)?"
# 'when was it approved?', 'on what date did the board agree it?'; not 'when will / is … due'
_WHEN_PAST = re.compile(
    rf"{_OPEN}(?:when|on\s+what\s+(?:date|day)|what\s+date|in\s+(?:what|which)\s+(?:year|month))"
    r"\s+(?:exactly\s+)?(?:was|were|did|had|has|have)\b(?P<rest>.*)$",
    re.I,
)
# bodies that approve, receive or oversee; and verbs of deciding, in any tense
_BODY_NOUNS = (
    r"committee|sub-?committee|board|meeting|body|panel|group|forum|cabinet|council|"
    r"authority|executive|assembly|boards|committees|meetings"
)
_DECIDING = (
    r"approv\w*|agree[ds]?|sign(?:ed|s)?\s+(?:it\s+|them\s+|this\s+|that\s+)?off|endors\w*|"
    r"ratif\w*|authori[sz]\w*|sanction\w*|commission\w*|decid\w*|accept\w*|adopt\w*"
)
_BODY_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+)?(?P<noun>{_BODY_NOUNS})\b|"
    rf"\bwho\s+(?:(?:had|has|have)\s+)?(?:first\s+|finally\s+|formally\s+)?(?P<verb>{_DECIDING})\b|"
    rf"\b(?:{_DECIDING})\s+by\s+(?:whom|which|what)\b",
    re.I,
)
_DECIDING_TEXT = re.compile(rf"\b(?:{_DECIDING}|decision|approval|endorsement)", re.I)
_BODY_TEXT = re.compile(rf"\b(?:{_BODY_NOUNS})\b|\bby\s+(?:the\s+)?(?-i:[A-Z][A-Za-z]+)", re.I)
# 'where will it be rolled out?'; 'where does it stand / is it up to / is it reported' ask of
# the row's state or its place in the record, which the row answers
_WHERE = re.compile(rf"{_OPEN}where\b(?P<rest>.*)$", re.I)
_WHERE_OF_RECORD = re.compile(
    r"\b(?:stand\w*|up\s+to|got\s+to|things|we|status|progress\w*|report\w*|record\w*|list\w*|"
    r"written|found|find|mention\w*|say|says|said|come\s+from|appear\w*|next|now|leave|left)\b",
    re.I,
)
_PLACE_TEXT = re.compile(
    r"\b(?:at|in|across|within|from|to)\s+(?:the\s+)?(?-i:[A-Z][a-z]{2,})|"
    r"\b(?:sites?|stations?|buildings?|premises|offices?|locations?|wards?|boroughs?|estates?|"
    r"schools?|depots?|centres?|centers?|headquarters|HQ|rooms?|regions?|districts?|venues?|"
    r"properties|towns?|villages?|streets?|roads?|parks?)\b",
    re.I,
)
_MONTH_WORDS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Q[1-4]|The|This|That|These|Those|It|Its)$"
)
_WHY = re.compile(
    rf"{_OPEN}why\b|\bwhat\s+(?:was|is|were|are)\s+(?:the\s+)?(?:reason|reasons|rationale|"
    r"justification|purpose|cause)\b|\bfor\s+what\s+reason\b",
    re.I,
)
_REASON_TEXT = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|result(?:s|ed)?\s+(?:of|from|in)|"
    r"in\s+order\s+to|so\s+(?:that|as\s+to)|to\s+(?:ensure|enable|improve|reduce|provide|"
    r"address|support|avoid|prevent|allow|meet|deliver|strengthen|achieve|secure|make)|"
    r"following|reasons?|rationale|caus\w*|given\s+(?:that|the)|in\s+(?:response|light)\s+"
    r"(?:to|of)|needs?\s+to|required|requirement|risk|weakness\w*|concern\w*|lack\s+of|"
    r"finding|found\s+that|identified|delay\w*|await\w*|pending|depend\w*|since|until|after|"
    r"because\s+of|prompted|led\s+to|"
    # an obstacle the note reports: what stands in the way is why ('post vacant')
    r"vacan\w*|unfilled|shortages?|unavailab\w*|not\s+(?:yet\s+)?available|sickness|"
    r"insufficient|no\s+(?:budget|funding|resources?|capacity|staff))\b|"
    # or a purpose: an infinitive after the action ('develop X to model the impact …')
    r"\bto\s+(?!(?:the|a|an|be|date|this|that|its|their|all|any)\b)[a-z]{3,}\w*\b",
    re.I,
)
# verbs and nouns of the row's own life: its paper, deadline or status answers them
OWN_LIFE = frozenset(
    stem_of(w)
    for w in (
        "raise raised report reported identify identified find found record recorded make made "
        "issue issued list listed log logged open opened add added include included note noted "
        "complete completed completion finish finished done do close closed closure implement "
        "implemented achieve achieved resolve resolved clear cleared end ended start started "
        "begin began due deadline target expected scheduled planned meant supposed intended "
        "finalise finalised finalize finalized wrap wrapped set deliver delivered move moved "
        "slip slipped revise revised extend extended defer deferred postpone postponed change "
        "changed put update updated last first date day month year time exactly ago again "
        "originally initially actually finally really eventually"
    ).split()
)
# 'when was it due / meant to be done / moved?': the row's deadline, not an event's date
DEADLINE_ASKED = re.compile(
    r"\b(?:due|deadlines?|timescales?|target(?:ed)?|expected|scheduled|planned|revised|meant|"
    r"supposed|intended|moved|slipped|extended|deferred|postponed|rescheduled)\b",
    re.I,
)
_RECORD_NOUN = re.compile(rf"(?:{RECORD_NOUNS})", re.I)
_PRONOUNS = frozenset("it its this that they them these those he she his her there one".split())
# a date, month or year, or a span of years ('2014–15', 'FY14/15', 'over 2012-2014')
_DATE_TEXT = re.compile(rf"{ANSWER_SHAPES['year'].pattern}|(?i:{SPAN.pattern})")


class Asked(NamedTuple):
    """The kind of detail a question asks of a row, the words that name it, and how an answer
    names it ('when it was approved')."""

    kind: str
    words: frozenset[str]
    label: str


def refs_as_it(text: str, refs: list[str]) -> tuple[str, set[str]]:
    """``text`` with each of the row's refs (and its possessive) read as 'it', and the refs'
    own words: the row's name is no word of what is asked of it ('IA-04' is not 'IA')."""
    for ref in refs:
        text = re.sub(rf"(?<!\w){re.escape(ref)}(?!\w)(?:['’]s)?", " it ", text, flags=re.I)
    return text, {w.lower() for ref in refs for w in re.findall(r"[A-Za-z]+", ref)}


def asked_detail(question: str, refs: list[str]) -> Asked | None:
    """The detail of a row ``question`` asks, by its head words; None for a question its
    columns answer (its owner, deadline, status, progress) or one of no typed kind."""
    text, ref_words = refs_as_it(wh_unclitic(unquoted(question)).strip(), refs)
    body = _BODY_ASKED.search(text)
    if body is not None:
        verb = body["verb"] or ""
        named = f"which {body['noun'].lower()}" if body["noun"] else "who"
        first = verb.split()[0] if verb else ""
        return Asked("body", frozenset(stems(first)), f"{named} {_verb_phrase(verb, text)}")
    when = _WHEN_PAST.search(text)
    if when is not None:
        if DEADLINE_ASKED.search(when["rest"]) or SET_DATE.search(text):
            return None  # the row's deadline, however put: its columns answer
        if not re.search(rf"\b(?:{_DECIDING})", when["rest"], re.I):
            return None  # another event's date: ``row_event.undated_event`` reads it by meaning
        event = asked_event_words(when["rest"], ref_words)
        if event:
            return Asked("event", frozenset(event), event_label(when["rest"], event))
        return None
    where = _WHERE.search(text)
    if where is not None and not _WHERE_OF_RECORD.search(where["rest"]):
        return Asked("place", frozenset(), "where it happens")
    if _WHY.search(text):
        return Asked("reason", frozenset(), "the reason for it")
    kind = answer_type(text)
    if kind in _TYPED:
        from_labels = {
            "amount": "the sum of money",
            "percentage": "the percentage",
            "headcount": "the number of people",
            "person": "the person's name",
            "threshold": "the threshold",
        }
        return Asked(kind, frozenset(), from_labels[kind])
    return None


def event_label(text: str, event: set[str] | frozenset[str]) -> str:
    """'the date of ‘approved’': the question's own words of the event."""
    said = [w for w in re.findall(r"[A-Za-z'-]+", text) if stem_of(w.lower()) in event]
    return f"the date of ‘{' '.join(dict.fromkeys(said))}’"


def _verb_phrase(verb: str, text: str) -> str:
    """'approved it', 'signed it off': the verb of deciding the question asks (after 'who' or
    after the body noun); 'it went to' for none."""
    found = verb or next((m.group(0) for m in re.finditer(_DECIDING, text, re.I)), "")
    if not found:
        return "it went to"
    words = found.lower().split()
    return f"{words[0]} it" + (" off" if words[-1] == "off" else "")


def asked_event_words(rest: str, ref_words: set[str]) -> set[str]:
    """The stems of the words after 'when was/did' that name the event, not the row (its ref,
    a record noun, a pronoun), the frame or the row's own life."""
    framing = {w.lower() for w in frame_words(rest)} - {
        w.lower() for w in re.findall(r"[A-Za-z]+ed\b", rest)
    }
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", rest)
    return {
        stem_of(w.lower())
        for w in words
        if len(w) > 2
        and w.lower() not in ref_words | _PRONOUNS | framing
        and not _RECORD_NOUN.fullmatch(w.lower())
        and stem_of(w.lower()) not in OWN_LIFE
        and w.lower() not in _STOP
    }


_STOP = frozenset(
    "the and for with from into onto about its their our his her was were been being has have "
    "had did does who whom which what when where why how all any some action item row "
    "recommendation plan paper report".split()
)


def about_row_texts(record: ActionRecord, context: AnswerContext, q: QueryAnalysis) -> list[str]:
    """The row's sentences and those of its own paper about it (naming its ref, or sharing
    ``SHARED`` of its distinctive words)."""
    texts = [e.text for e in record_evidence(record, "", 0)]
    own = row_words(record, context)
    ref = re.compile(rf"(?<!\w){re.escape(record.ref)}(?!\w)") if record.ref else None
    evidence, _ = gather(q, context, documents=[record.document.id])
    for item in evidence:
        if item.record_id == record.id or item.document.id != record.document.id:
            continue
        if (ref is not None and ref.search(item.text)) or len(stems(item.text) & own) >= SHARED:
            texts.append(item.text)
    return texts


def holds(asked: Asked, text: str, record: ActionRecord, context: AnswerContext) -> bool:
    """Whether ``text`` (a sentence about ``record``) gives the detail ``asked``."""
    if asked.kind == "event":
        return _DATE_TEXT.search(text) is not None and _shares(stems(text), asked.words)
    if asked.kind == "body":
        if (
            asked.words
            and not _shares(stems(text), asked.words)
            and not _DECIDING_TEXT.search(text)
        ):
            return False
        owner = (record.owner or "").strip()
        rest = text.replace(owner, " ") if owner else text
        return _BODY_TEXT.search(rest) is not None and (
            _DECIDING_TEXT.search(text) is not None or not asked.words
        )
    if asked.kind == "place":
        naming = paper_naming(record, context)
        for found in _PLACE_TEXT.finditer(text):
            word = found.group(0).split()[-1]
            if word[:1].isupper() and (_MONTH_WORDS.match(word) or stem_of(word.lower()) in naming):
                continue
            return True
        return False
    if asked.kind == "reason":
        return _REASON_TEXT.search(text) is not None
    return ANSWER_SHAPES[asked.kind].search(text) is not None


def _shares(held: set[str], words: frozenset[str]) -> bool:
    """Whether ``held`` holds a word of ``words``, or one inside another ('retrain', 'train')."""
    return any(
        w == h or (min(len(w), len(h)) >= 4 and (w in h or h in w)) for w in words for h in held
    )


def unheld(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> Answer | None:
    """The refusal for a detail of ``record`` the question asks that neither its cells nor
    its paper's sentences about it give, naming the row and what it holds; None when one of
    them gives it, or the question asks no typed detail."""
    asked = asked_detail(q.question, q.refs)
    if asked is None or (q.fields and not (asked.kind == "body" and q.fields == ["owner"])):
        return None  # a column is asked too ('who approved' reads as its owner: it is not)
    if asked is not None and asked.kind == "event":
        # the words naming the row's paper pick the paper, not the event
        words = frozenset(asked.words - paper_naming(record, context))
        asked = asked._replace(words=words, label=event_label(q.question, words)) if words else None
    if asked is None:
        return None
    if asked.kind == "reason" and record.finding:
        return None  # a finding is why its action was asked for
    texts = about_row_texts(record, context, q)
    if asked.kind == "body":  # the meeting the paper went to, in its opening lines
        texts.append(context.document_text(record.document.id)[:MASTHEAD])
    if any(holds(asked, text, record, context) for text in texts):
        return None
    name = f"{record_name(record)} ({doc_label(None, record)})"
    answer = abstain(
        q,
        context,
        f"{asked.label}, for {name}",
        f"The record does not say: its row gives {held_summary(record)}, and no sentence "
        "of its paper about it says more.",
        kind="value_not_given",
    )
    answer.records = [record]  # the row it is about: a follow-up's 'it'
    answer.notes.append(f"unheld-{asked.kind}")
    return answer


def held_summary(record: ActionRecord) -> str:
    """'its action (“…”), owner Director of Finance, deadline Q2 2009 and status ongoing'."""
    title = safe_text(record.title)
    title = title if len(title) <= 80 else title[:77].rstrip() + "…"
    parts = [f"the action “{title}”"]
    if record.owner:
        parts.append(f"its owner ({safe_text(record.owner.strip())})")
    if record.due_text:
        parts.append(f"its deadline ({safe_text(record.due_text.strip())})")
    if record.status != "unknown":
        parts.append(f"its status ({record.status.replace('_', ' ')})")
    if record.progress:
        parts.append("a progress note")
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


# a time still to come asked by its event, not by a deadline word: 'when will the interface go
# live?', 'when do they expect to fill it?' ('when is it due?' asks the row's date column)
_WHEN_COMING = re.compile(
    r"(?:^|[-–—,;:.]\s*|\b(?:and|so|but|ok|okay|right)\s+)(?:when|by\s+when|by\s+what\s+date|"
    r"(?:on\s+)?what\s+date)\s+(?:will|would|is|are|do|does|can|could|should|shall|might)\b",
    re.I,
)
# phrases of happening or being done, in any domain: no thing of their own
_HAPPENING = re.compile(
    r"\bgo(?:es|ne)?\s+live\b|\b(?:in|into)\s+(?:place|effect|force|operation|use)\b|"
    r"\bup\s+and\s+running\b|\b(?:happen|occur)\w*|\bready\b|\bsorted\b|\bexpect\w*\b|"
    r"\bsays?\b|\bsaid\b|\btold\b|\bnotes?\b",
    re.I,
)
_BEFORE_VERB = frozenset(
    "be been being is are was were to will shall would should could can must may might they "
    "we it he she you i did does do get got".split()
)
_OWN_CELLS = ("title", "finding", "action")
_QUESTION_WORDS = frozenset(
    "when will would what date now then still should could might must shall can whose since "
    "same mentions".split()
)


# a time to come as a note writes it: a date, or 'in the next 6 months', 'by the end of May'
_COMING_TIME = re.compile(
    r"\b(?:next|within|by\s+the\s+end|end\s+of|months?|weeks?|quarter|Q[1-4]|spring|summer|"
    r"autumn|winter|shortly|January|February|March|April|June|July|August|September|October|"
    r"November|December)\b",
)


def timed(text: str) -> bool:
    """Whether ``text`` gives a time: a date, or a time to come in words."""
    return _DATE_TEXT.search(text) is not None or _COMING_TIME.search(text) is not None


def _coming_nouns(question: str, refs: list[str]) -> list[str]:
    """The words of a 'when will …' question that name things (not the row, its frame, its
    life, a verb or a pronoun): 'the post' of 'the update says the post is vacant - when do
    they expect to fill it?'."""
    text = _HAPPENING.sub(" ", question)
    for ref in refs:
        text = re.sub(rf"(?<!\w){re.escape(ref)}(?!\w)(?:['’]s)?", " ", text, flags=re.I)
    framing = {w.lower() for w in frame_words(text)}
    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    found = []
    for index, word in enumerate(tokens):
        low = word.lower()
        prior = tokens[index - 1].lower() if index else ""
        if (
            len(low) < 3
            or (word[0].isupper() and index > 0)
            or low in _PRONOUNS | _STOP | framing
            or prior in _BEFORE_VERB
            or low.endswith(("ed", "ing", "ly"))
            or _RECORD_NOUN.fullmatch(low)
            or stem_of(low) in OWN_LIFE
            or low in _QUESTION_WORDS
            or low.endswith(("n't", "n’t"))
        ):
            continue
        found.append(low)
    return found


def cited_record(answer: Answer, context: AnswerContext) -> ActionRecord | None:
    """The one row an answer is about: its one record, or the one row its quotes cite."""
    if len(answer.records) == 1:
        return answer.records[0]
    if answer.records:
        return None
    cited = {(c.document.id, c.ref) for c in answer.citations if c.ref}
    if len(cited) != 1:
        return None
    document, ref = next(iter(cited))
    rows = [r for r in context.register.of_document(document) if r.ref == ref]
    return rows[0] if len(rows) == 1 else None


def unheld_when(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for a time still to come asked of one row's own work ('when will the
    interface go live?' of the interface row) when its date column holds no date ('On-going')
    and no other quote of the row dates it. None when a deadline word asks the column, or the
    question names another thing than the row's own cells ('fill the post' of a fuel row): a
    refusal there cost the blind set A an answer its row's date gave."""
    question = unquoted(q.standalone or q.question)
    if answer.abstained or q.claims or "premise-corrected" in answer.notes:
        return None  # a premise corrected answers first
    if not _WHEN_COMING.search(question):
        return None
    if DEADLINE_ASKED.search(question) or SET_DATE.search(question):
        return None  # 'when is it due / expected / meant to be done': the date column answers
    record = cited_record(answer, context)
    if record is None:
        return None
    own = stems(" ".join(getattr(record, cell) or "" for cell in _OWN_CELLS))
    naming = paper_naming(record, context)
    nouns = [w for w in _coming_nouns(question, q.refs) if stem_of(w) not in naming]
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'-]*", question)]
    beside = {  # a word next to one of the row's own ('the avian *flu* plan' of 'Avian influenza')
        tokens[i + step]
        for i, t in enumerate(tokens)
        if stem_of(t) in own and len(t) > 3 and t not in _STOP | _PRONOUNS
        for step in (-1, 1)
        if 0 <= i + step < len(tokens)
    }
    if any(stem_of(w) not in own and w not in beside for w in nouns):
        return None  # another thing than the row's own work: its date may still be the row's
    if record.due_date or not record.due_text:
        return None  # its own work, dated by its deadline (or told as having none)
    # each cell of a quote on its own: a table line quoted whole joins a date to a note
    quotes = [cell for c in answer.citations for cell in re.split(r"\t|\n|\s{3,}", c.quote)]
    due_cell = record.due_text.strip()
    if any(timed(t) for t in quotes if t.strip() != due_cell):
        return None  # a note of the row dates it
    what = "it"
    name = f"{record_name(record)} ({doc_label(None, record)})"
    due = (
        f" Its date column says “{safe_text(record.due_text.strip())}”, for its own action."
        if record.due_text
        else ""
    )
    refusal = abstain(
        q,
        context,
        f"a date for {what} in {name}",
        f"No quote about it gives a date.{due}",
        kind="value_not_given",
    )
    refusal.records = [record]  # the row it is about: a follow-up's 'it'
    refusal.notes.append("unheld-when")
    return refusal
