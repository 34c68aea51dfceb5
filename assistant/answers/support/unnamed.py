"""What the record counts or qualifies, but not as the question asks.

Two ways a passage about the right subject still does not answer:

- *counted, not named*: 'which two schools missed the deadline?' asks who the two are; the
  record that says 'two schools missed the deadline' counts them and names none
  (:func:`counted_unnamed`);
- *another one of a kind*: 'what was the opinion for 2022/23?', 'how many bids came in at the
  second attempt?' ask of one period or one of a series; the passages about the subject give
  another period or another of the series and never the one asked (:func:`other_of_kind`).

Both read the question's own number, period or ordinal and the sentences found; no words of
any one paper.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.evidence import Evidence, coverage
from assistant.text import stem

_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(?:\d{1,3}|" + "|".join(_NUMBERS) + r")"
# 'which two academies …', 'what exactly were the two matters …', 'name the three …'
_WHICH_N = re.compile(
    rf"\b(?:which|what(?:\s+exactly)?\s+(?:are|were|was|is)\s+the|name\s+the|who\s+are\s+the|"
    rf"who\s+were\s+the)\s+(?P<num>{_NUMBER})\s+(?P<after>(?:[\w'-]+\s*){{1,4}})",
    re.I,
)
_COUNTED = re.compile(rf"\b(?P<num>{_NUMBER})\s+(?=(?P<words>[\w'-]+(?:\s+[\w'-]+)?))", re.I)
# a sentence that goes on to name what the one before counted
_GOES_ON = re.compile(r"(?:These|They|Both|Each|One|The first|Namely|Of these)\b")
SUBJECT_MIN = 0.5  # of the question's weight a sentence must hold to be about its subject
_PROPER = re.compile(r"\b[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def _value(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _names_beyond(text: str, asked: set[str]) -> bool:
    """Whether ``text`` names something the question does not: a capitalised word that is no
    word of the question, or a list opened by a colon or a bracket."""
    if re.match(r"\s*[:(]", text):
        return True
    return any(w.lower() not in asked for name in _PROPER.findall(text) for w in name.split())


def counted_unnamed(question: str, evidence: list[Evidence]) -> tuple[str, str] | None:
    """('two academies', the sentence) when the question asks which N things and the best
    sentence that counts N of them names none, in it or the sentence after; else None."""
    found = _WHICH_N.search(unquoted(question))
    if found is None:
        return None
    number = _value(found.group("num"))
    nouns = {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'-]+", found.group("after"))}
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", question)}
    for item in evidence[:6]:
        for match in _COUNTED.finditer(item.text):
            words = match.group("words").split()
            if _value(match.group("num")) != number:
                continue
            kept = next((i for i, w in enumerate(words) if stem(w.lower()) in nouns), None)
            if kept is None:
                continue
            counted = " ".join([match.group("num"), *words[: kept + 1]])
            rest = item.text[match.start() + len(counted) :]
            later = [e for e in evidence if e.chunk_id == item.chunk_id and e.start > item.start]
            after = min(later, key=lambda e: e.start).text if later else ""
            goes_on = _GOES_ON.match(after) or nouns & {stem(w.lower()) for w in after.split()}
            after = after.split(" ", 1)[1] if goes_on and " " in after else ""  # not its capital
            if _names_beyond(rest, asked) or _names_beyond(after, asked):
                return None
            return counted, item.text
    return None


_PERIOD = re.compile(r"\b(?:19|20)\d\d(?:\s?[/-]\s?(?:\d\d){1,2})?\b")
# a period that names a paper by what it is: 'the 2010/11 plan', 'the 2023/24 AGS'
_PAPER_PERIOD = re.compile(
    rf"({_PERIOD.pattern})\s+(?:[\w-]+\s+)?(?:plans?|reports?|papers?|updates?|trackers?|"
    r"logs?|statements?|AGS|submissions?|budgets?|minutes)\b",
    re.I,
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "initial", "final")
_ORDINAL = re.compile(rf"\b(?P<ord>{'|'.join(_ORDINALS)})\s+(?P<noun>[a-z][\w-]+)", re.I)


def _period_key(text: str) -> str:
    """'2022/23' for '2022-23', '2022/2023', '2022 / 23'; a year alone as it is."""
    key = re.sub(r"\s", "", text).replace("-", "/")
    return f"{key[:4]}/{key[-2:]}" if "/" in key else key


def _one_year(key: str) -> bool:
    """A financial year ('2022/23'), not a span of several ('2009/12') nor a year alone."""
    return "/" in key and (int(key[2:4]) + 1) % 100 == int(key[-2:])


def other_of_kind(
    question: str, evidence: list[Evidence], weights: dict[str, float], titles: list[str]
) -> tuple[str, str, str] | None:
    """(asked, given, sentence) when the question asks of one period ('for 2022/23') or one
    of a series ('the second attempt') and the sentences about its subject give another and
    never the one asked; a period naming a paper ('in the 2023 report') is where to look, not
    what is asked. None otherwise."""
    text = unquoted(question)
    about = [e for e in evidence[:8] if weights and coverage(e.text, weights) >= SUBJECT_MIN]
    if not about:
        return None
    asked_periods = {_period_key(p) for p in _PERIOD.findall(text)}
    named = {_period_key(p) for p in _PAPER_PERIOD.findall(text)}  # 'in the 2010/11 plan'
    if asked_periods - named:  # the titles are read only when a period is asked
        named |= {_period_key(p) for t in titles for p in _PERIOD.findall(t)}
    for period in sorted(asked_periods - named):
        if not _one_year(period):
            continue  # a year alone may be a paper's date; a span holds several years
        held = {p for e in about for p in _stated_periods(e, evidence, period)}
        given = sorted(p for p in held if _one_year(p) and p != period)
        if period not in held and given:
            # the sentence stating it, else the one whose passage states it
            sentence = next(
                (e.text for e in about if given[0] in map(_period_key, _PERIOD.findall(e.text))),
                next(e.text for e in about if given[0] in _stated_periods(e, evidence, period)),
            )
            return period, given[0], sentence
    for found in _ORDINAL.finditer(text):
        asked, noun = found.group("ord").lower(), stem(found.group("noun").lower())
        series = [
            (other, item)
            for item in about
            for other in _ORDINAL.finditer(item.text)
            if stem(other.group("noun").lower()) == noun
        ]
        if series and all(other.group("ord").lower() != asked for other, _ in series):
            first, where = series[0]
            return f"{asked} {found.group('noun')}", first.group(0), where.text
    return None


def _stated_periods(item: Evidence, evidence: list[Evidence], asked: str) -> set[str]:
    """The periods a sentence's value is of: those it states, else those its passage (the
    other sentences of its chunk or its row) states, else its paper's year when that year is
    one of the ``asked`` period's: a value stated apart from its year is of that year."""
    own = {_period_key(p) for p in _PERIOD.findall(item.text)}
    if own:
        return own
    around = {
        _period_key(p)
        for e in evidence
        if e is not item
        and (e.chunk_id == item.chunk_id or (item.record_id and e.record_id == item.record_id))
        for p in _PERIOD.findall(e.text)
    }
    if around:
        return around
    years = {int(asked[:4]), int(asked[:2] + asked[-2:])} if _one_year(asked) else set()
    return {asked} if item.year in years else set()


def not_as_asked(unsaid: tuple[str, ...]) -> str:
    """The reason an abstention gives, quoting the sentence found: what it counts without
    naming, or the other period or one of a series it gives."""
    if len(unsaid) == 2:
        counted, sentence = unsaid
        return f"The record counts {counted} but does not name them: “{sentence}”"
    asked, given, sentence = unsaid
    return f"The record gives {given}, not {asked}: “{sentence}”"


def not_answered(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence], weights: dict[str, float]
) -> str | None:
    """Why the sentences about the subject do not answer as asked (counted, not named; another
    period or another of a series), quoting the sentence; else None."""
    titles = [d.title for d in context.documents]
    unsaid = counted_unnamed(q.question, evidence) or other_of_kind(
        q.question, evidence, weights, titles
    )
    if unsaid:
        return not_as_asked(unsaid)
    return lead_unsaid(q, context, evidence)


# 'who in X is leading Y?', asked of the prose: a sentence must name who does it (a post, a
# body, a person, or say it is led, owned or without a lead)
_WHO_LEADS = re.compile(
    r"^\s*(?:and\s+)?who\b[^?]*?\b(?:lead(?:s|ing)?|responsible|in charge|owns?|heading(?: up)?)\b",
    re.I,
)
_AGENT = re.compile(
    r"\b(?:led|owned|chaired|managed|overseen|run|headed|coordinated|sponsored)\s+by\b|"
    r"\b(?:responsib\w+|lead|leads|leader|owner|accountable)\b|"
    r"\b(?-i:(?:Director|Manager|Officer|Head|Chief|Commissioner|Board|Committee|Team|Unit|Group|"
    r"Secretary|Treasurer|Chair|Panel|Directorate|Department))\b"
)


def lead_unsaid(q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence]) -> str | None:
    """'Who in X is leading Y?' of a subject no row holds, when none of the best sentences
    names anyone doing it (a post, a body, an owner the register knows): the record does not
    say who; else None."""
    if q.refs or not _WHO_LEADS.search(unquoted(q.question)) or not evidence:
        return None
    if any(item.record_id for item in evidence[:3]):
        return None  # a row on the subject: its owner cell, or its lack, is for the row to say
    owners = [o.lower() for o in context.register.owner_names() if len(o) > 3]
    for item in evidence[:3]:
        text = item.text
        if _AGENT.search(text) or any(o in text.lower() for o in owners):
            return None
    return "No passage about it says who leads it."
