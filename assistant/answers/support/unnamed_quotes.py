"""The members or the name of a group or a person asked, when the quotes of the answer speak
of it but name none: the typed refusal, without citations, in place of the quotes.

'which trustees sit on the committee?', 'which two committees still need assessing?', 'what
was the name of the sergeant appointed …?', "the sergeant's name?" ask for names: of the
members of a group noun, or of the one person or thing a noun stands for. The kind asked is
read from the question's frame ('which <kind>', 'the name of the <kind>', "the <kind>'s
name"), never from a paper's words. The quotes hold a name of it when one of their sentences
names one where it speaks of the kind (:func:`~.unnamed_kind.names_near`, with a modifier
telling no member of a plural kind apart: 'volunteer drivers' names no driver, 'four of six
committees' names no committee).

The answer is refused when a quote speaks of the kind and none names one, or when no quote
speaks of it nor holds any name the question does not say (the quotes are about something
else). An answer that lists rows ('which actions …', a register's list) or that one row's
refusal already covers (:func:`~.unnamed_kind.unnamed_kind`) is left alone.

    unnamed_quotes(q, answer, context) -> Answer (the refusal) | None

'who are the <plural> …' asks the members of a group too ('who are the funders of those
grants?'). A code of a series in a quote ('BVPI 153b') names an item of the kind asked ('which
indicators'); where the quotes do not speak of the kind, a name counts only in a quote that
speaks of the verb asked of it ('which consultancy *reviewed* X?'), and neither the owners of
the quoted rows nor a run of mostly the question's own words is a new name. The refusal keeps
the one row its quotes cite, which a later part of the question is then asked of.

Before a name is refused, the evidence is read for it in the forms papers write it
(:mod:`~.named_evidence`): a list after the kind or joined by commas and 'and', a word of the
kind's root with a word telling it apart ('Internal audit' for 'which auditors', 'funded by the
Home Office' for 'the funders'), the whole sentence a quote is cut from, and the sentences of
the quoted papers speaking of the kind and the subject. 'which' choosing between options the
question names, and a kind the papers keep as a column of their rows, ask no name.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.named_evidence import (
    column_kind,
    listed_members,
    offers_options,
    paper_sentences,
    related_named,
    titled_kind,
    whole_sentences,
)
from assistant.answers.support.unheld import cited_record
from assistant.answers.support.unnamed_kind import COUNTS, asked_kind_phrase, names_near
from assistant.answers.support.wordlinks import near_words
from assistant.text import stem_of, stems
from vectorstore.bm25 import STOPWORDS

# 'what was the name of the …', 'the names of …': read as 'which …'
_NAME_OF = re.compile(
    r"\b(?:what|who)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:full\s+)?names?\s+of"
    r"\s+(?:the|a|an|that|this|those|these|its|their)?\s*",
    re.I,
)
# "the sergeant's name", "that councillor's name": read as 'which sergeant'
_OWN_NAME = re.compile(
    r"\b(?:what|who)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the|that|this|their|its)\s+"
    r"([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)['’]s?\s+names?\b",
    re.I,
)
# 'who are the funders of …', 'who were the partners': the members of a group asked by 'who'
_WHO_ARE = re.compile(
    r"\bwho(?:['’]re|\s+(?:are|were))\s+(?:the|their|its|those|these)\s+"
    r"(?=(?-i:(?:[a-z-]+\s+){0,2}[a-z-]*[a-rt-z]s\b))",  # a plural common noun: a group
    re.I,
)
_CELL_BREAK = re.compile(r"\t|\n|\s{3,}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")
_RUN = re.compile(r"(?<![\w'’])[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w&'’-]*)*")
_JOINS = frozenset("of and for the &".split())
_DETERMINERS = frozenset("the a an this that these those its their our his her each every".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_QUOTE_CUT = 90  # characters of a sentence said back in the refusal
# a code naming one item of a series: a short form in capitals and its number ('BVPI 153b',
# 'KPI 12', 'BS 7799'); a ref of one letter ('R18', 'Q2') is a row or a quarter, not a name
_CODE = re.compile(r"(?<![\w/])[A-Z]{2,}[a-z]?\s?\d+[a-z]?(?![\w/])")


# a word ending in -s straight before a determiner is a verb with its object, not a plural
# noun of the kind ('which programme *funds the* lighting'; 'which partners the' is no phrase)
_VERB_BEFORE_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|their|this|that|these|those|it|them|his|her|our)\b", re.I
)


# verbs of saying a name: 'which initiatives were named / mentioned / listed?' asks names,
# no event the kind took part in
_NAMING = frozenset(
    stem_of(w) for w in "named called mentioned listed cited referred given".split()
)
# words of asking, not of the subject asked about
_ASKING = frozenset(stem_of(w) for w in "who which what name names called".split())


# words between the kind and the verb asked of it ('which firm *was* hired', 'which
# contractor *is* carrying out'): no predicate of their own
_AUXILIARY = frozenset(
    "is are was were be been being has have had do does did will would shall should can could "
    "may might must not never actually originally first finally eventually then also n't".split()
)


def asked_group(question: str, refs: list[str]) -> list[str]:
    """The words of the kind whose members or name ``question`` asks ('which trustees …' ->
    ['trustees'], "what was the sergeant's name?" -> ['sergeant']); [] for none, rows asked,
    or a kind a column or the paper gives (unless a number counts it)."""
    text = _NAME_OF.sub("which ", question, count=1)
    text = _OWN_NAME.sub(lambda m: f"which {m.group(1)} ", text, count=1)
    who_are = _WHO_ARE.search(text)
    text = _WHO_ARE.sub("which ", text, count=1)
    kind = asked_kind_phrase(text, refs, counted=True)
    verbs = [i for i, w in enumerate(kind) if i and w.endswith("ing")] if who_are else []
    if verbs:
        kind = kind[: verbs[0]]  # 'the union reps working on it': the verb after the kind
    if (
        len(kind) > 1
        and kind[-1].endswith("s")
        and _VERB_BEFORE_OBJECT.match(text, _after(text, kind[-1]))
    ):
        kind = kind[:-1]  # 'which programme funds the lighting': a verb takes an object
    return kind


def _after(text: str, word: str) -> int:
    """The place in ``text`` just after the first ``word`` (its end for none)."""
    found = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return found.end() if found else len(text)


def _new_names(text: str, said: set[str]) -> bool:
    """Whether ``text`` holds a name the question does not say: a run of two capitalised words
    or more, a word in capitals, or a capitalised word after no determiner ('the Board' is a
    common noun in capitals), not opening a sentence, no month, with a word the question does
    not write."""
    for found in _RUN.finditer(text):
        words = found.group(0).split()
        before = text[: found.start()].rstrip()
        previous = before.split()[-1].lower() if before.split() else ""
        if not before or before[-1] in '.!?:;•“"(‘\t' or before.endswith(" -"):
            previous, words = words[0].lower(), words[1:]  # its capital opens a sentence
        words = [w for w in words if w.lower() not in _JOINS]
        # a month, also as a cell writes one with its year ('Jan-26', 'Oct-25'), is no name
        if not words or all(re.sub(r"[-/.'’\d]+$", "", w.lower()) in _MONTHS for w in words):
            continue
        held = [stem_of(w.lower().rstrip("'’s")) in said for w in words]
        if held.count(False) <= held.count(True):
            continue  # the question's own subject named ('Wendle Valley Joint Archives Service')
        single = len(words) == 1 and not words[0].isupper()
        if single and previous in _DETERMINERS:
            continue
        return True
    return False


def asked_predicate(question: str, kind_words: list[str]) -> str | None:
    """The verb the question asks of the kind ('which firm was *hired* for it?', 'which
    consultancy *drafted* R18?'), lower case; None when the kind is not the subject of a verb
    ('which partners is the income negotiated with?', 'the name of the sergeant?')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", _NAME_OF.sub("which ", question, count=1))
    low = [w.lower() for w in words]
    last = kind_words[-1]
    if last not in low:
        return None
    for word in low[low.index(last) + 1 :]:
        if word in _AUXILIARY:
            continue
        if word in _DETERMINERS or word in _JOINS or len(word) < 3 or word in STOPWORDS:
            return None  # 'which firm is the solicitor': a copula, no event asked
        if stem_of(word) in _NAMING:
            return None  # 'which initiatives were *named*': the asking, no event of the kind
        return word
    return None


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _a_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing more ('Tuesday, 19 December 2017'): an occasion
    asked by 'which <kind>' (a sitting, a meeting) is named by its date."""
    words = re.findall(r"[A-Za-z]+|\d+", text.lower())
    months = [w for w in words if w in _MONTHS]
    rest = [w for w in words if w not in _MONTHS and w not in _WEEKDAYS and not w.isdigit()]
    return bool(months) and any(w.isdigit() and len(w) == 4 for w in words) and not rest


def _cited_owners(answer: Answer, context: AnswerContext) -> set[str]:
    """The stems of the owners of the rows the answer holds or quotes."""
    cited = {(c.document.id, c.ref) for c in answer.citations if c.ref}
    rows = [*answer.records]
    for document in {d for d, _ in cited}:
        rows += [r for r in context.register.of_document(document) if (document, r.ref) in cited]
    return stems(" ".join(r.owner or "" for r in rows))


def _codes(text: str, said: set[str]) -> bool:
    """Whether ``text`` holds a code naming an item that the question does not say: an item
    of a kind is often named by its series' short form and number ('BVPI 153b' is one of the
    'performance indicators'), which no word of the kind stands beside."""
    return any(
        re.search(r"\d+[a-z]?", found.group(0))[0].lower() not in said  # type: ignore[index]
        for found in _CODE.finditer(text)
    )


def _named_otherwise(text: str, kind: set[str], kind_word: str, said: set[str]) -> bool:
    """Whether ``text`` names the kind in a form of its own (:mod:`~.named_evidence`): a
    list, a word of its root, a title ending in it."""
    return (
        listed_members(text, kind)
        or related_named(text, kind_word, said)
        or titled_kind(text, kind)
    )


def _spoken(texts: list[str], kind: set[str]) -> str:
    """The first sentence of ``texts`` that speaks of the kind, cut short ('' for none)."""
    for text in texts:
        for sentence in _SENTENCE.split(text):
            if stems(sentence) & kind:
                cut = sentence.strip()
                return cut if len(cut) <= _QUOTE_CUT else cut[:_QUOTE_CUT].rsplit(" ", 1)[0] + " …"
    return ""


def unnamed_quotes(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for names asked of a group or a person that the answer's quotes speak of
    but never name (see the module's docstring); None when a quote names one, the answer
    lists rows or quotes nothing, or the question asks no names."""
    if answer.abstained or q.intent == "recurring" or len(answer.records) > 1:
        return None
    if answer.records and q.intent in ("list", "count"):
        return None  # rows listed ('which services show X as not started?'): the rows answer
    if "premise-corrected" in answer.notes:
        return None  # a premise corrected answers first ('not two committees but three')
    if not answer.citations:
        return None
    question = unquoted(q.question)
    if q.fields and not (set(q.fields) == {"owner"} and _WHO_ARE.search(question)):
        return None  # a column asked; 'who are the funders' reads as an owner, asks a group
    kind_words = asked_group(question, q.refs)
    if not kind_words:
        return None
    if {kind_words[-1], kind_words[-1].rstrip("s")} & context.row_nouns():
        return None  # what the papers call their rows: the rows answer
    kind = {stem_of(w) for w in kind_words}
    head = stem_of(kind_words[-1])
    if offers_options(question) or column_kind(head, answer, context):
        return None  # one of the options the question names, or a cell's value: no name
    said = stems(question) | stems(q.standalone or "") | kind
    said |= _cited_owners(answer, context)  # the owner's post names no member of the kind
    record = cited_record(answer, context)
    members = kind_words[-1] != head and kind_words[-1].endswith("s")
    counts = "|".join(COUNTS)  # 'which two committees': the question knows how many
    counted = bool(re.search(rf"\b(?:{counts})\s+(?:\w+\s+)?{kind_words[-1]}\b", question, re.I))
    texts = [cell for c in answer.citations for cell in _CELL_BREAK.split(c.quote) if cell.strip()]
    verdicts = [
        names_near(t, kind, head, said, set(), members=members, counted=counted, one=not members)
        for t in texts
    ]
    if any(verdicts) or any(_codes(t, said) or _a_date(t) for t in texts):
        return None  # a name, a code or a date stands where the quotes speak of the kind
    # the sentences the quotes are cut from, read for a name in a form of its own
    wider = texts + [t for s in whole_sentences(answer, context) for t in _CELL_BREAK.split(s)]
    subject = stems(question) - kind - STOPWORDS - _ASKING
    wider += paper_sentences(answer, context, kind_words[-1], subject)
    if any(_named_otherwise(t, kind, kind_words[-1], said) for t in wider) or any(
        names_near(t, kind, head, said, set(), members=members, counted=counted, one=not members)
        for t in wider[len(texts) :]
    ):
        return None  # 'three strands: prevention, …', 'Internal audit', a name cut off
    spoken = any(v is False for v in verdicts)
    named = [t for t in texts if _new_names(t, said)]
    verb = asked_predicate(question, kind_words)
    if verb and named and not spoken:
        # a name found counts where its quote speaks of what the kind is asked to have done
        # ('which firm was hired …': a sentence of hiring, or of a verb near it in meaning)
        named = [t for t in named if stem_of(verb) in stems(t) or near_words([verb], t, context)]
    if not spoken and named:
        return None  # the quotes name something: it may be the kind, in other words
    asked = " ".join(kind_words)
    sentence = _spoken(texts, kind)
    held = (
        f"it speaks of the {asked} (“{sentence}”) but names none."
        if sentence
        else f"no sentence of the record found for the question speaks of the {asked} or names any."
    )
    refusal = abstain(
        q,
        context,
        f"which {asked}",
        f"The record does not name the {asked} asked about: {held}",
        kind="value_not_given",
    )
    # the row it is about: a follow-up's 'it', and what a later part of the question asks of
    refusal.records = list(answer.records) or ([record] if record else [])
    refusal.notes.append("unheld-named")
    return refusal
