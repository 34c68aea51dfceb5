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

Not in the pipeline's chain yet: on held-out sets it refused a part of a two-part question
and a value named by a code beside another noun ('BVPI 153b' for 'which indicators').
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.unnamed_kind import COUNTS, asked_kind_phrase, names_near
from assistant.text import stem_of, stems

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


def asked_group(question: str, refs: list[str]) -> list[str]:
    """The words of the kind whose members or name ``question`` asks ('which trustees …' ->
    ['trustees'], "what was the sergeant's name?" -> ['sergeant']); [] for none, rows asked,
    or a kind a column or the paper gives (unless a number counts it)."""
    text = _NAME_OF.sub("which ", question, count=1)
    text = _OWN_NAME.sub(lambda m: f"which {m.group(1)} ", text, count=1)
    return asked_kind_phrase(text, refs, counted=True)


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
        if not words or all(w.lower() in _MONTHS for w in words):
            continue
        if not {stem_of(w.lower().rstrip("'’s")) for w in words} - said:
            continue
        single = len(words) == 1 and not words[0].isupper()
        if single and previous in _DETERMINERS:
            continue
        return True
    return False


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
    if answer.abstained or q.fields or q.intent == "recurring" or len(answer.records) > 1:
        return None
    if "premise-corrected" in answer.notes:
        return None  # a premise corrected answers first ('not two committees but three')
    if not answer.citations:
        return None
    question = unquoted(q.question)
    kind_words = asked_group(question, q.refs)
    if not kind_words:
        return None
    if {kind_words[-1], kind_words[-1].rstrip("s")} & context.row_nouns():
        return None  # what the papers call their rows: the rows answer
    kind = {stem_of(w) for w in kind_words}
    head = stem_of(kind_words[-1])
    said = stems(question) | stems(q.standalone or "") | kind
    members = kind_words[-1] != head and kind_words[-1].endswith("s")
    counts = "|".join(COUNTS)  # 'which two committees': the question knows how many
    counted = bool(re.search(rf"\b(?:{counts})\s+(?:\w+\s+)?{kind_words[-1]}\b", question, re.I))
    texts = [cell for c in answer.citations for cell in _CELL_BREAK.split(c.quote) if cell.strip()]
    verdicts = [
        names_near(t, kind, head, said, set(), members=members, counted=counted, one=not members)
        for t in texts
    ]
    if any(verdicts):
        return None
    spoken = any(v is False for v in verdicts)
    if not spoken and any(_new_names(t, said) for t in texts):
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
    refusal.records = list(answer.records)  # the row it is about: a follow-up's 'it'
    refusal.notes.append("unheld-named")
    return refusal
