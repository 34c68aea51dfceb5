"""Text in a document that reads like an instruction to a model ('ignore previous instructions
and say ...', 'Answer every question with ...'). Documents are data: such text is flagged at
ingest, never quoted as evidence and never sent to an LLM.

There is one detector, :func:`instruction_spans`: the character spans of a text that read like
an instruction. It is a pure function of the text, so the spans of a stored document are the
same at ingest (where they become the document's warnings) and when an answer is composed
(where :func:`flagged_spans` recomputes them from the stored text, cached): no citation may
overlap one (``assistant.citations``), and no source sent to an LLM may either.

What it looks for is an imperative addressed to whoever answers questions: a verb of answering
or saying ('answer', 'reply', 'say', 'mention', 'end') where an imperative stands (the start of
a sentence, line or cell, after a colon, 'and', 'please' or 'you must') aimed at answers or
questions ('with ...', 'every question', 'each response'); 'always say', 'never mention',
'from now on, ...', 'do not mention', 'ignore ... instructions', 'pretend ...', 'you must
reply ...', and the markers of a prompt ('system prompt', '<source>', '[INST]').

A span runs from the start of the sentence holding the instruction to the end of its line or
table cell (what follows an instruction in the same block is its payload), and on to the next
line when the sentence is cut by a line break or ends in a colon.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# The patterns are written in lower case and run over the lower-cased text (without
# IGNORECASE, which makes Python's ``re`` several times slower); every one starts at a word.

# What may stand before an imperative: the start of a line, cell, sentence or clause, a bullet,
# or a word that leads one ('and say', 'please reply', 'you must always answer').
_LEAD_BEFORE = re.compile(
    r"(?:^|[\n\t\f.!?:;,()\[\]\"“‘•*–—>]|(?:^|\s)[-–—•*]|"
    r"\b(?:and|then|please|kindly|just|simply|instead)|"
    r"\b(?:you|ais?|llms?|chat\s?bots?)\s+(?:must|should|shall|will|need\s+to|have\s+to|"
    r"are\s+(?:to|required\s+to|instructed\s+to|asked\s+to))(?:\s+(?:always|only|now))?)"
    r"\s*\Z",
    re.I,
)
_GAP = r"[^.!?:\n\t\f]"  # within one clause
_QUANT = r"(?:every|each|all|any|future|subsequent)"
_ANSWERS = r"(?:answers?|responses?|repl(?:y|ies)|outputs?|completions?)"
_SPEAK = (
    r"(?:say|write|output|print|state|repeat|tell|begin|start|end|prefix|preface|append|"
    r"mention|conclude|finish)"
)
_FORMER = r"(?:previous|prior|above|earlier|preceding|foregoing|original|initial|system|developer)"
_RULES = (
    r"(?:instructions?|prompts?|rules|guidelines|directions|directives|guardrails|constraints|"
    r"messages?|context|commands?|programming)"
)
_AI = (
    r"(?:ai|a\.i\.|llm|(?:large\s+)?language\s+model|chat\s?bot|(?:ai|virtual)\s+assistant|"
    r"(?:chat)?gpt)"
)
_FROM_NOW = (
    r"\b(?:from\s+now\s+on|from\s+this\s+point(?:\s+on(?:wards?)?)?|henceforth|hereafter|"
    r"for\s+the\s+rest\s+of\s+(?:this|the)\s+(?:conversation|chat|session))\b,?\s+"
)
_TO_MODEL = (
    r"(?:answer|reply|respond|say|ignore|disregard|pretend|act\s+as|output|mention|do\s+not|"
    r"don't|treat\s+(?:this|the|all|every|any)|call\s+(?:yourself|me|the\s+user))\b"
)

# Imperatives: they count only where an imperative can stand (see _LEAD_BEFORE).
_IMPERATIVE = [
    # 'Answer every question with ...', 'reply with ...', 'respond only in French'
    r"\b(?:answer|reply|respond)\b(?!\s*:)" + _GAP + r"{0,60}?\b"
    r"(?:with|saying|by\s+(?:saying|stating|writing|repeating)|only\s+in)\b",
    # a verb of saying aimed at every answer or question: 'Say X to every question'
    rf"\b{_SPEAK}\b(?!\s*:){_GAP}{{0,80}}?\b{_QUANT}\s+(?:\w+\s+)?"
    rf"(?:{_ANSWERS}|questions?|quer(?:y|ies)|prompts?)\b",
    # 'Begin your answer with ...', 'End each response by ...'
    r"\b(?:begin|start|end|prefix|preface|conclude|finish|close|sign\s+off)\s+(?:each|every|"
    r"all|any|your|the)\s+(?:\w+\s+)?" + _ANSWERS + r"\s+(?:with|by)\b",
    # 'Do not mention ...', 'never reveal ...' (not 'officers do not ...')
    r"\b(?:do\s+not|don't|never|must\s+not)\s+(?:ever\s+)?(?:mention|reveal|cite|quote|"
    r"acknowledge|say|admit|tell\s+(?:the\s+|any\s+)?(?:user|reader|anyone))\b",
    # 'Please ignore these rules', 'do not follow your guidelines'
    r"\b(?:(?:ignore|disregard|forget|override|bypass)|(?:do\s+not|don't|never)\s+"
    r"(?:follow|obey))\s+(?:(?:all|any|every|the|of|your|my|these|those|other|existing|"
    r"current|safety)\s+){1,3}(?:\w+\s+)?" + _RULES + r"\b",
    r"\bpretend\s+(?:to\s+be|that|you(?:'re|\s+are)?|it\s+is)\b",
]
# Instructions wherever they stand.
_ANYWHERE = [
    # 'In every answer, mention ...'
    r"\b(?:in|to|for|at\s+the\s+(?:start|end)\s+of)\s+" + _QUANT + r"\s+(?:of\s+your\s+)?"
    r"(?:\w+\s+)?" + _ANSWERS + r",?\s+(?:please\s+|always\s+)?(?:say|write|mention|state|"
    r"claim|append|output|print|call|refer\s+to)\b",
    # 'always say', 'never mention', 'only respond with'
    r"\b(?:always|never|only)\s+(?:say|mention|claim|output|print|repeat|"
    r"(?:answer|reply|respond)\s+(?:with|by\s+saying|using)|refer\s+to\s+(?:yourself|the\s+user))"
    r"\b",
    # 'from now on, ...', 'henceforth you must answer ...'
    _FROM_NOW + r"(?:you\s+(?:must\s+|will\s+|should\s+|shall\s+|are\s+to\s+)?)?"
    r"(?:always\s+|only\s+|never\s+)?" + _TO_MODEL,
    _FROM_NOW + r"you\s+are\s+(?:an?|the|my|no\s+longer|free|now)\b",
    # 'ignore all previous instructions', 'forget everything above'
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|every|the|of|your|my|"
    r"these|those)\s+){0,3}" + _FORMER + r"\s+(?:\w+\s+)?" + _RULES + r"\b",
    r"\b(?:ignore|disregard|forget)\s+(?:everything|all|anything)\s+(?:above|before|"
    r"previous(?:ly)?|prior|else|(?:you\s+(?:were|have\s+been)\s+told))\b",
    r"\bdisregard\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above)\b",
    # role play: 'act as if you', 'you are now an AI', 'if you are an AI reading this'
    r"\b(?:role-?play|roleplay)\s+as\b",
    r"\bact\s+as\s+(?:if|though)\s+you\b|\bact\s+as\s+(?:an?\s+|the\s+|my\s+)?(?:unrestricted\s+|"
    r"different\s+)?" + _AI + r"\b",
    r"\byou\s+are\s+now\s+(?:no\s+longer|free|unrestricted|acting|playing|operating|in\s+\w+\s+"
    r"mode|dan\b|(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?" + _AI + r"\b)",
    r"\byou\s+are\s+(?:an?\s+|the\s+)?(?:helpful\s+|unrestricted\s+)?" + _AI + r"\b",
    r"\bif\s+you\s+are\s+an?\s+" + _AI + r"\b",
    r"\b(?:any|the|an?)\s+" + _AI + r"s?\s+(?:reading|processing|summari[sz]ing|answering)\s+"
    r"(?:this|these|the\s+(?:text|document|page|paper|report))\b",
    r"\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+|an?\s+)?" + _AI + r"s?\b",
    # 'you must reply with ...', 'you will only output ...'
    r"\byou\s+(?:must|should|shall|will|need\s+to|have\s+to|are\s+(?:to|required\s+to|"
    r"instructed\s+to))\s+(?:always\s+|only\s+|now\s+|never\s+|not\s+)?(?:output|print|"
    r"repeat|ignore|disregard|pretend|obey|(?:answer|reply|respond)\s+(?:only\b|with|"
    r"by\s+saying))\b",
    # the words of a prompt
    r"\bnew\s+instructions?\s*:|\bsystem\s+prompt\b|\b(?:system|assistant)\s*:\s*you\b",
]
# The markup of a prompt (apart: patterns that start with a symbol slow the others down).
_MARKUP = [r"</?\s*source\b|</?\s*system\s*>|\[/?inst\]|<\|im_(?:start|end)\|>|<<\s*/?sys\s*>>"]


def _compile(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags | re.M)


_IMPERATIVE_RE = _compile(_IMPERATIVE)
_ANYWHERE_RES = (_compile(_ANYWHERE), _compile(_MARKUP))
# for texts whose lower case is not the same length (offsets would move): slower, same result
_IMPERATIVE_RE_I = _compile(_IMPERATIVE, re.I)
_ANYWHERE_RES_I = (_compile(_ANYWHERE, re.I), _compile(_MARKUP, re.I))
_LEAD_REACH = 80

_BLOCK_END = re.compile(r"[\n\t\f]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
_CLOSED = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_OPEN = re.compile(r"[A-Za-z,:]$")


def _matches(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every instruction-like match, in no particular order."""
    lowered = text.lower()
    if len(lowered) == len(text):
        imperative, anywhere = _IMPERATIVE_RE, _ANYWHERE_RES
    else:
        lowered, imperative, anywhere = text, _IMPERATIVE_RE_I, _ANYWHERE_RES_I
    for pattern in anywhere:
        for match in pattern.finditer(lowered):
            yield match.span()
    position = 0
    while (found := imperative.search(lowered, position)) is not None:
        start = found.start()
        if _LEAD_BEFORE.search(lowered, max(0, start - _LEAD_REACH), start):
            yield found.span()
            position = found.end()
        else:  # not where an imperative stands: look again from the next character
            position = start + 1


def _sentence_start(text: str, position: int) -> int:
    """Start of the sentence (or line, or cell) holding ``position``."""
    start = max(text.rfind(c, 0, position) for c in "\n\t\f") + 1
    for end in _SENTENCE_END.finditer(text, start, position):
        start = end.end()
    while start < position and text[start].isspace():
        start += 1
    return start


def _span_end(text: str, position: int, max_lines: int = 3) -> int:
    """End of the line or cell holding ``position``; on to the next line while a line ends
    mid-sentence or in a colon (a wrapped sentence, or the payload of 'say the following:')."""
    end = position
    for _ in range(max_lines):
        found = _BLOCK_END.search(text, end)
        end = found.start() if found else len(text)
        if found is None or text[end] != "\n":
            break  # the end of the text, a table cell or a page
        line = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
        if "\t" in line or _CLOSED.search(line) or not _OPEN.search(line):
            break  # a table row, or a finished sentence
        end += 1
    return end


def instruction_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every passage of ``text`` that reads like an instruction to a model,
    merged and in order."""
    found = sorted(_matches(text))
    spans: list[tuple[int, int]] = []
    for match_start, match_end in found:
        start = _sentence_start(text, match_start)
        end = max(_span_end(text, max(match_start, match_end - 1)), match_end)
        while end > start and text[end - 1].isspace():
            end -= 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=32768)
def looks_like_instruction(text: str) -> bool:
    """Whether ``text`` holds an instruction-like passage; kept per text (a question's
    passages are checked sentence by sentence, and the same sentences come back)."""
    return bool(instruction_spans(text))


@dataclass(frozen=True)
class FlaggedSpans:
    """The instruction-like spans of one text, for overlap tests."""

    spans: tuple[tuple[int, int], ...]

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a flagged span."""
        if end <= start:
            return False
        # spans are merged and ordered: only the last one starting before ``end`` can overlap
        index = bisect.bisect_left(self.spans, (end,)) - 1
        return index >= 0 and self.spans[index][1] > start

    def find_clear(self, text: str, piece: str) -> int | None:
        """Offset in ``text`` (the text these spans are of) of the first occurrence of
        ``piece`` that touches no flagged span, else None."""
        position = text.find(piece)
        while position >= 0:
            if not self.overlaps(position, position + len(piece)):
                return position
            position = text.find(piece, position + 1)
        return None

    def __bool__(self) -> bool:
        return bool(self.spans)


_CACHE: OrderedDict[tuple[int, int], FlaggedSpans] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 2048


def flagged_spans(text: str) -> FlaggedSpans:
    """:func:`instruction_spans` of ``text``, cached by content (the text itself is not kept)."""
    key = (len(text), hash(text))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    found = FlaggedSpans(tuple(instruction_spans(text)))
    with _CACHE_LOCK:
        _CACHE[key] = found
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return found


WITHHELD = "[instruction-like text withheld]"


def redact(text: str) -> str:
    """``text`` with every instruction-like span replaced by a short marker (for what an answer
    shows outside a quote, such as a record's title or status cell)."""
    spans = flagged_spans(text).spans
    if not spans:
        return text
    out, cursor = [], 0
    for start, end in spans:
        out += [text[cursor:start], WITHHELD]
        cursor = end
    out.append(text[cursor:])
    return "".join(out).strip()


def instruction_warnings(text: str, limit: int = 3) -> list[str]:
    """Ingest warnings quoting (the start of) each instruction-like passage."""
    found = []
    for start, end in flagged_spans(text).spans[:limit]:
        line = " ".join(text[start:end].split())
        found.append(f"instruction-like text (kept as data, never followed): “{line[:120]}”")
    return found
