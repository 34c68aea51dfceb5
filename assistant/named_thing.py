"""'that national plan', 'this BVPB meeting': a thing the last answer's text names, not the row.

After an answer about one row whose note says "Replaced by the national stop and search action
plan", the follow-up "when is that national plan meant to be published?" asks about the plan
the note names, not about the row: its deadline does not answer it. A demonstrative noun phrase
whose head is no word of a row, a field or a post, nor of the paper in focus ('that national
plan' is another paper: a word before 'plan' no title of the rows has), some of whose words the
last answer's text (or its rows' cells) holds, and none of whose words is a word of what the row
is about (its title and action), is put back as that thing: 'the national plan', or the name
the answer gave it ('that board' -> 'the Service Improvement Board', the one of its kind
named nearest the words the last question asked with). The papers' sentences about it then
answer, or the record says it does not give what is asked.

    thing_named("when is that national plan meant to be published?", previous)
        -> "when is the national plan meant to be published?"

A relative 'that' ('the committee that discussed it') is no pointer at all (see
:func:`relative_that`), nor is an 'its' whose own clause names its owner first ('when is the
county expected to publish its model policy?': the county's; see :func:`own_subject_its`).
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.followup_forms import AGENT_NOUNS, DOCUMENT_NOUNS, FIELD_NOUNS, RECORD_NOUNS
from assistant.posts import BODY_NOUNS
from assistant.text import stems
from vectorstore.bm25 import STOPWORDS

__all__ = [
    "body_pronoun",
    "named_nearest",
    "own_subject_its",
    "relative_as_which",
    "relative_that",
    "thing_named",
]

_KNOWN = DOCUMENT_NOUNS | RECORD_NOUNS | FIELD_NOUNS | AGENT_NOUNS
# 'that national plan meant …': a demonstrative, then the noun phrase it opens (see _np_words)
_NP = re.compile(r"\b(?:that|this)\s+", re.I)
_NOT_IN_NP = frozenset(
    "is was are were be been has have had do does did will would can could should may might "
    "must meant meet met mean means go goes went get got come came say said take took the a an "
    "of in on at to for by from with about into over under after before and or but so then "
    "still now yet ever already really also there not up out off down away back due late "
    "overdue complete done expected supposed going likely ready".split()
)
_WORD = re.compile(r"[A-Za-z][\w&-]*")
# an auxiliary that leaves the clause's verb bare after its subject: 'does that X cover?'
_DO_SUPPORT = re.compile(r"\b(?:do|does|did|will|would|can|could|should|may|might|must)\b", re.I)
_AFTER_VERB = frozenset("so far now yet already still it them its their us me him her".split())
# a word that opens a relative clause's verb phrase: 'that was delayed', 'that discussed it'
_FINITE = re.compile(
    r"(?:is|was|are|were|has|have|had|will|would|should|could|can|may|might|did|does|do|"
    r"[a-z]+ed)\b",
    re.I,
)
_FUNCTION = frozenset(
    "is was are were be been has have had do does did will would can could should may might "
    "and or but so then why how when where what who whom whose which if of in on at to for by "
    "from with about as than say says said mean means think know see show shows".split()
)


def _np_words(phrase: str) -> list[str]:
    """The words of the noun phrase opening ``phrase``, up to a verb or a function word; a
    word before an adverb or an object ('cost so far', 'cost them') is the verb."""
    tokens = _WORD.findall(phrase)
    words: list[str] = []
    for i, word in enumerate(tokens):
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if word.lower() in _NOT_IN_NP or (len(word) > 4 and word.lower().endswith("ed")):
            break
        if words and after in _AFTER_VERB:
            break
        words.append(word)
    return words[:4]


def _row_text(previous: Previous) -> tuple[str, str]:
    """(what the rows in focus are about: titles and actions; everything they and the last
    answer say)."""
    about = " ".join(f"{r.title} {r.action or ''}" for r in previous.records)
    cells = " ".join(
        f"{r.progress or ''} {r.finding or ''} {' '.join(r.columns.values())}"
        for r in previous.records
    )
    return about, f"{cells} {previous.text}"


def _other_paper(words: list[str], previous: Previous) -> bool:
    """Whether ``words`` name a paper other than the rows': 'that national plan' has a word
    before its paper noun that no title of theirs has, nor is itself a word of a row or paper."""
    if len(words) < 2 or words[-1].lower() not in DOCUMENT_NOUNS:
        return False
    titles = stems(" ".join(r.document.title for r in previous.records))
    modifiers = [w for w in words[:-1] if w.lower() not in STOPWORDS]
    return bool(modifiers) and not any(w.lower() in _KNOWN or stems(w) & titles for w in modifiers)


def thing_named(question: str, previous: Previous | None) -> str | None:
    """``question`` with 'that X' put back as the thing X the last answer's text names (see
    the module's docstring); None when no demonstrative names such a thing."""
    if previous is None or not previous.records or not previous.text:
        return None
    about, said = _row_text(previous)
    about_stems, said_stems = stems(about), stems(said)
    for match in _NP.finditer(question):
        words = _np_words(question[match.end() :])
        spans = list(_WORD.finditer(question, match.end()))
        if words and _DO_SUPPORT.search(question[: match.start()]) and len(spans) == len(words):
            words = words[:-1]  # 'does that programme cover?': the last word is the verb
        if not words or words[0].lower() in ("one", "ones"):
            continue  # 'that one originally due': a pronoun, the row's rules read it
        head = words[-1].lower()
        singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        if (singular in _KNOWN or head in _KNOWN) and not _other_paper(words, previous):
            continue  # 'that action', 'this deadline', 'that report': the row's or its paper's
        content = [w for w in words if w.lower() not in STOPWORDS]
        own = stems(" ".join(content))
        if not own or own & about_stems or not own & said_stems:
            continue  # a word of what the row is about, or a thing the answer never named
        phrase = " ".join(words)
        end = spans[len(words) - 1].end()
        named = named_nearest(previous.text, singular, previous.standalone)
        if len(words) == 1 and not named:
            continue  # 'that work': no name of its own, the row's rules read it
        target = named if named and len(words) == 1 else f"the {phrase}"
        return question[: match.start()] + target + question[end:]
    return None


def named_nearest(text: str, noun: str, asked: str) -> str | None:
    """The name ``text`` gives a thing of kind ``noun`` ('the Service Improvement Board' for
    'board'), the one with the asked words nearest when it names several: 'which board took
    over the group's job?' is answered by the board named beside 'taken over … Group'; ties
    go to the most often named, then the first. A name the asked words hold themselves comes
    last: the answer's new name is what it found."""
    best = _nearest(text, (noun,), asked)
    return f"the {best[2]}" if best else None


def _nearest(text: str, nouns: tuple[str, ...], asked: str) -> tuple[float, int, str] | None:
    """(nearness, times named, name) of the best name of a kind in ``nouns``; None if none."""
    plain = re.sub(r"[*_`]", "", text)
    kinds = "|".join(re.escape(n) for n in nouns)
    pattern = re.compile(
        r"(?<![\w-])((?:[A-Z][\w'&/-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}(?i:" + kinds + r")s?)"
        r"(?![\w-])(?!\s+(?:\([A-Z]+\)\s+)?[A-Z][a-z])"  # not 'Business Group Risk Co-ordinators'
    )
    wanted = stems(asked) - stems(" ".join(nouns)) - STOPWORDS
    found: dict[str, tuple[float, int, str]] = {}  # name -> (nearness, times named, spelt)
    for match in pattern.finditer(plain):
        name = re.sub(r"^(?:The|A|An|In|By|On|At)\s+", "", match.group(1)).strip()
        if len(name.split()) < 2:
            continue
        near, times, _ = found.get(name.lower(), (0.0, 0, name))
        found[name.lower()] = (max(near, _nearness(plain, match, wanted)), times + 1, name)
    # a name the question itself gave is what it asked about, not what the answer found
    given = asked.lower()
    return max(  # the first of the ties
        found.values(), key=lambda v: (v[2].lower() not in given, v[0], v[1]), default=None
    )


# 'who chairs it?', 'how often does it meet?', 'who sits on it?': a pronoun only a body can
# stand for (a row is not chaired, nor does it meet)
_BODY_PRONOUN = re.compile(
    r"\b(?:(?:chairs?|chaired|sits?\s+on|sat\s+on|members\s+of|chair\s+of)\s+(?P<a>it|them)\b"
    r"|(?:does|did|do|will|would)\s+(?P<b>it|they)\s+meet\b(?=_MEETING)"
    r"|(?P<c>it|they)\s+(?:meets|met)\b(?=_MEETING))".replace(
        # a meeting, not 'did it meet the target?': nothing met, or when and how often
        "_MEETING",
        r"\s*(?:[?.!,;]|$)|\s+(?:in|on|at|during|every|each|monthly|quarterly|weekly|regularly|"
        r"often|since|before|after|to\s+discuss)\b",
    ),
    re.I,
)
_PASSIVE = re.compile(r"\b(?:was|is|were|are|been|be|being|has|have|had)\s*$", re.I)
_BODY_KINDS = (*sorted(BODY_NOUNS), "group", "forum", "team", "unit")


def body_pronoun(question: str, previous: Previous | None) -> str | None:
    """``question`` with a pronoun only a body can stand for ('who chairs it?') put as the body
    the last answer's text names nearest the words its question asked with; None when there is
    no such pronoun or the answer names no body."""
    found = _BODY_PRONOUN.search(question)
    if previous is None or found is None or not previous.text:
        return None
    best = _nearest(previous.text, _BODY_KINDS, previous.standalone)
    if best is None:
        return None
    group = next(g for g in ("a", "b", "c") if found.group(g))
    if group == "c" and _PASSIVE.search(question[: found.start(group)]):
        return None  # 'how far was it met?', 'has it met …': the row's recommendation, met
    return f"{question[: found.start(group)]}the {best[2]}{question[found.end(group) :]}"


_SENTENCE_END = re.compile(r"[.!?;“”\[\]|]")


def _nearness(text: str, match: re.Match[str], wanted: set[str]) -> float:
    """How near the asked words stand to the name ``match`` found, in its own sentence: each
    of their words there counts 1/(1 + words between)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    before = _WORD.findall(text[start : match.start()])
    after = _WORD.findall(text[match.end() : end.start() if end else len(text)])
    score = sum(1 / (len(before) - i) for i, w in enumerate(before) if stems(w) & wanted)
    return score + sum(1 / (2 + i) for i, w in enumerate(after) if stems(w) & wanted)


def relative_that(question: str, match: re.Match[str]) -> bool:
    """Whether the 'that' ``match`` found opens a relative clause ('the committee that
    discussed it', 'the action that was delayed'): after a noun, before a verb. Such a 'that'
    points at nothing."""
    if match.group(0).lower() != "that":
        return False
    before = re.findall(r"[A-Za-z][\w'-]*", question[: match.start()])
    after = re.match(r"\s+(\w+)", question[match.end() :])
    if not before or after is None:
        return False
    last = before[-1].lower()
    return last not in _FUNCTION and _FINITE.fullmatch(after.group(1)) is not None


_THAT = re.compile(r"\bthat\b", re.I)


def relative_as_which(question: str) -> str:
    """``question`` with each relative 'that' written 'which' ('the action that was delayed'
    -> 'the action which was delayed'), so that no rule reads it as pointing back."""
    return _THAT.sub(lambda m: "which" if relative_that(question, m) else m.group(0), question)


# 'is the county expected to publish its …', 'has the board approved its …', 'did the trust
# finish its …': an auxiliary, the clause's subject ('the' + up to three words), a verb phrase
# with no pronoun, no clause break and no other noun phrase's article, then 'its'
_OWN_SUBJECT_ITS = re.compile(
    r"\b(?:is|was|are|were|has|have|had|did|does|do|will|would|can|could|should)\s+"
    r"(?P<np>the\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))\s+"
    r"(?P<vp>(?:(?!its\b|it\b|their\b|they\b|and\b|or\b|but\b|the\b|that\b|this\b)"
    r"[a-z][\w'-]*\s+){1,5})its\b",
    re.I,
)
_PAPER_HEADS = DOCUMENT_NOUNS | frozenset("update tracker log register summary".split())


def own_subject_its(question: str) -> str:
    """``question`` with an 'its' whose clause names its owner as subject put as that owner's
    ('when is the county expected to publish its model policy?' -> '… the county's model
    policy?'): the pronoun binds in its own clause, so it points at nothing said before. A
    subject that is a row, a paper, a field or a person's post is left: 'what does the log say
    about its owner?' asks of the row in focus."""
    match = _OWN_SUBJECT_ITS.search(question)
    if match is None:
        return question
    head = match.group("head").lower()
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if singular in _KNOWN or singular in _PAPER_HEADS or head in _KNOWN | _PAPER_HEADS:
        return question
    owner = match.group("np")
    return f"{question[: match.start('vp')]}{match.group('vp')}{owner}'s{question[match.end() :]}"
