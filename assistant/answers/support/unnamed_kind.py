"""Which one of a kind the row speaks of, when the row never names it: the typed refusal in
place of an answer that quotes the row.

'which two sites are those?', 'which HR system are the records going into?', 'which new system
are they waiting on?' ask for the identity of a thing the row speaks of only by its kind ('two
sites', 'the HR system', 'the new system'). An answer that quotes the row then repeats the
question's own words, not an answer. The kind asked is the noun phrase after 'which' (read
from the question, never from a paper's words); the row names one when a sentence about it
holds, near a word of that phrase, a name: a capitalised word or a quoted span that the
question does not already say, or a list opened after it ('such as', 'including', ':').

The refusal is given only when the row speaks of the kind (a word of the phrase is in a
sentence about it) without naming one: a kind the row never mentions is left to the answer
(the row may name it in other words), and a kind that is the row itself ('which improvement
area …', a column's header, a record noun) is what the answer gives.

    unnamed_kind(q, answer, context) -> Answer (the refusal) | None
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.nouns import NOUN_PHRASE_END, RECORD_NOUNS, joined_names
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.named_evidence import offers_options, titled_kind
from assistant.answers.support.recordtext import doc_label, record_name
from assistant.answers.support.row_paper import paper_naming
from assistant.answers.support.unheld import about_row_texts, cited_record, held_summary
from assistant.answers.support.whole_row import whole_row_texts
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

NEAR = 6  # words either side of the kind's word within which a name must stand
_MAX_PHRASE = 4  # words of the noun phrase after 'which'
_WHICH = re.compile(r"\bwhich\s+(?!of\b|ones?\b|one['’]s\b)", re.I)
_WORD = re.compile(r"[A-Za-z0-9][\w'’&/-]*")
# words that end the noun phrase after 'which': a verb, an auxiliary, a preposition
_ENDS = re.compile(
    r"^(?:it|they|them|he|she|we|you|there|these|those|this|that|the|a|an|its|their|"
    r"got|gets|went|goes|go|came|come|sit|sits|sat|were|been|being|will|shall|must|need|"
    r"needs|took|take|part|into|onto|under|over|between|against|did|do|does|not|actually|"
    r"now|then|still|so|far|yet|really|exactly|also|already)$",
    re.I,
)
COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve few several some many "
    "both other new main specific particular exact actual individual".split()
)
# kinds a column or the paper gives, or a time: their own typed answers read them
_OWN_KINDS = frozenset(
    stem_of(w)
    for w in (
        "status state stage rag rating colour color priority owner lead officer manager "
        "director person people team deadline date day week month year quarter time period "
        "progress update report paper plan document tracker version meeting board committee "
        "panel body theme category heading section column risk level score target table "
        "appendix annex page paragraph part "
        "percentage percent number figure amount sum cost money value"
    ).split()
)
_MONTH = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|I)$"
)
_LIST_AFTER = re.compile(r"^\s*(?:\(|:|[-–—]\s|such\s+as\b|including\b|namely\b|e\.g\.|i\.e\.)")
# words that may stand between a name and the kind in one noun phrase
_JOINS_BEFORE = frozenset("and or & /".split())
_JOINS_AFTER = frozenset("of a an the called named known as is was being joint new".split())
# modifiers that tell no one of a kind apart ('the new system', 'all subcontractors')
_VAGUE = frozenset(
    "new old revised updated draft final current proposed existing relevant appropriate key "
    "main other some such several various certain specific particular individual different "
    "additional further wider each every all any no same whole".split()
)
# words of the clause around a noun phrase, which end it
_BREAKS = frozenset(
    "the this that these those it its their his her our a an in on at of for to by from with "
    "within across among into onto under over between through via per against towards than "
    "like upon around beyond during including except without plus also not only just both "
    "either neither whether if when where while because so very more most less yet is are was "
    "were be been has have had do does did will would can could should may might must".split()
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_CELL_BREAK = re.compile(r"\t|\n|\s{3,}")
_QUOTED = re.compile(r"[‘'“\"]([^‘'“\"’”]{2,60})[’'”\"]")


def asked_kind_phrase(question: str, refs: list[str], *, counted: bool = False) -> list[str]:
    """The words of the noun phrase after 'which' that name a kind of thing ('HR system',
    'two sites' -> ['sites']), lower case; [] for none, a record noun, a column's kind or a
    time. ``counted``: a kind a column or the paper gives is kept when a number counts it
    ('which two committees': members of a group, which no one cell holds)."""
    text = joined_names(wh_unclitic(unquoted(question)))
    for ref in refs:
        text = re.sub(rf"(?<!\w){re.escape(ref)}(?!\w)", " it ", text, flags=re.I)
    found = _WHICH.search(text)
    if found is None:
        return []
    phrase: list[str] = []
    for word in _WORD.findall(text[found.end() :])[:_MAX_PHRASE]:
        low = word.lower()
        if re.fullmatch(r"[A-Z]|\d[\w/.-]*|\w+-\d[\w-]*", word):
            return []  # a thing named by a letter or number ('Table A', 'Board 4'), or a ref
        if (
            NOUN_PHRASE_END.match(low)
            or _ENDS.match(low)
            or low in _BREAKS
            or low.endswith(("ed", "ly", "n't", "n’t"))  # a verb, an adverb, a negation
        ):
            break
        phrase.append(low)
    kind = [w for w in phrase if w not in _NUMBER_WORDS]
    if not kind or (len(phrase) == _MAX_PHRASE and not _ends_after(text, found.end(), phrase)):
        return []
    if any(re.fullmatch(RECORD_NOUNS, w) for w in kind):
        return []  # rows asked ('which overdue actions')
    if stem_of(kind[-1]) in _OWN_KINDS and not (counted and COUNTS & set(phrase)):
        return []  # rows asked ('which overdue actions'), or a column's or a paper's part
    return kind


def _ends_after(text: str, start: int, phrase: list[str]) -> bool:
    """Whether the word after a phrase of the longest length ends it (a verb, an auxiliary)."""
    words = _WORD.findall(text[start:])
    if len(words) <= len(phrase):
        return True
    after = words[len(phrase)].lower()
    return bool(NOUN_PHRASE_END.match(after) or _ENDS.match(after))


def names_near(
    text: str,
    kind: set[str],
    head: str,
    said: set[str],
    naming: set[str],
    *,
    members: bool = False,
    counted: bool = False,
    one: bool = False,
) -> bool | None:
    """Whether ``text`` names one of the kind where it speaks of it: None when it does not
    speak of it, else whether a name stands in the kind's noun phrase: a capitalised word or
    a quoted span the question does not say, a modifier that tells one apart ('the *training
    management* system' for 'which system'), or a list or a name after it ('systems such as
    SAP', 'the appointment of a joint Programme Manager'). An occurrence of the head with
    modifiers of its own and none of the question's is another kind ('the booking system' for
    'which HR system') and is passed over. ``members``: the members of a group are asked
    ('which drivers'), and a modifier ('volunteer drivers') tells a sort, not a member; only a
    count answers in part ('three stations'), unless the question gives its own (``counted``:
    'which two committees' of 'four of six committees'). ``one``: one of a kind is asked ('which
    councillor'), and a count ('two councillors') tells none apart."""
    tokens = list(_WORD.finditer(text))
    # a word of the kind said as a common noun ('business groups'), not inside a name
    # ('Director of Business Performance'), unless it is the head of the kind
    places = [
        i
        for i, t in enumerate(tokens)
        if _is_kind(t.group(0).lower(), kind)
        and (t.group(0).islower() or stem_of(t.group(0).lower()) == head)
    ]
    modifiers = kind - {head}
    spoken = False  # an occurrence of the kind with no name
    for place in places:
        if _LIST_AFTER.match(text[tokens[place].end() :]):
            return True
        run: list[str] = []  # the words of its noun phrase before it
        last = place
        for i in range(place - 1, max(-1, place - NEAR - 1), -1):
            if _CLAUSE_BREAK.search(text[tokens[i].end() : tokens[last].start()]):
                break
            word = tokens[i].group(0)
            low = word.lower()
            if _names(word, text, tokens[i].start(), said, naming):
                return True  # 'the Oracle and SAP systems'
            if (
                low in _BREAKS
                or NOUN_PHRASE_END.match(low)
                or (i < place - 1 and word.islower() and low.endswith(("ed", "ing", "ly")))
            ):
                break  # a word of the clause, not of the noun phrase
            run.append(low)
            last = i
        # ('three stations' tells part of 'which stations'; 'two sites' not of 'which two')
        told = [w for w in run if w not in _VAGUE | _JOINS_BEFORE and stem_of(w) not in said]
        if stem_of(tokens[place].group(0).lower()) != head:
            told = []  # a modifier of the kind is no kind: '312 cases' of 'which case system'
        elif modifiers and told and not {stem_of(w) for w in run} & modifiers:
            continue  # another kind of the head
        if members:
            told = [] if counted else [w for w in told if w in COUNTS or w.isdigit()]
        elif one:
            told = [w for w in told if w not in COUNTS and not w.isdigit()]
        if told:
            return True  # a modifier the question does not give tells which one
        spoken = True
        last = place
        for i in range(place + 1, min(len(tokens), place + NEAR + 1)):
            if _CLAUSE_BREAK.search(text[tokens[last].end() : tokens[i].start()]):
                break
            word = tokens[i].group(0)
            if _names(word, text, tokens[i].start(), said, naming):
                return True  # 'the appointment of a joint Programme Manager'
            if i == place + 1 and any(c.isdigit() for c in word) and stem_of(word) not in said:
                return True  # a number or code naming it: 'BVPI 153b', 'site 4'
            if not (word.lower() in _JOINS_AFTER or _is_kind(word.lower(), kind)):
                break
            last = i
    for quoted in _QUOTED.findall(text):
        if not stems(quoted) <= said and _is_kind_in(quoted, text, kind):
            return True
    return False if spoken else None


def _names(word: str, text: str, at: int, said: set[str], naming: set[str]) -> bool:
    """Whether ``word`` is a name the question does not already say: capitalised, not opening
    a sentence, not a month, not a word of the question, the owner's post or the paper."""
    if not word[:1].isupper() or _sentence_start(text, at) or _MONTH.match(word):
        return False
    low = stem_of(word.lower())
    return low not in said and low not in naming


def _is_kind(word: str, kind: set[str]) -> bool:
    """Whether ``word`` (lower case) is a word of the kind, by stem or as its plural."""
    return stem_of(word) in kind or word.rstrip("s") in kind


def _is_kind_in(quoted: str, text: str, kind: set[str]) -> bool:
    """Whether a quoted span stands within ``NEAR`` words of a word of the kind."""
    at = text.find(quoted)
    window = text[max(0, at - 60) : at + len(quoted) + 60]
    return any(_is_kind(w.lower(), kind) for w in _WORD.findall(window))


def _sentence_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence (its capital says nothing)."""
    before = text[:at].rstrip()
    return not before or before[-1] in '.!?:;•\n\t“"(' or before.endswith(" -")


def _headers(record: ActionRecord) -> set[str]:
    """The stems of the row's column headers: a kind a header names is the row's own cell."""
    return stems(" ".join(record.columns))


def unnamed_kind(q: QueryAnalysis, answer: Answer, context: AnswerContext) -> Answer | None:
    """The refusal for 'which <kind> …' asked of the one row ``answer`` is about (named by
    ref, carried by a follow-up, or found by the question's words and alone in its quotes),
    when the sentences about the row speak of the kind but name none; None when one names it,
    none speaks of it, the answer quotes several rows, or the question asks a column or a
    list of rows."""
    if answer.abstained or q.claims or q.fields or "premise-corrected" in answer.notes:
        return None
    question = unquoted(q.standalone or q.question)
    kind_words = asked_kind_phrase(question, q.refs)
    if not kind_words or offers_options(question):
        return None  # no kind, or one of the options the question names ('…, A or B?')
    if {kind_words[-1], kind_words[-1].rstrip("s")} & context.row_nouns():
        return None  # what the papers call their rows: the register answers
    record = cited_record(answer, context)
    if record is None:
        return None  # passages of several rows: a name may stand in one in other words
    naming = paper_naming(record, context)
    kind = {stem_of(w) for w in kind_words} - naming - _headers(record)
    if not kind or stem_of(kind_words[-1]) not in kind:
        return None  # the kind names the paper or a column of the row: the row is the answer
    said = stems(question) | {stem_of(w) for w in kind_words}
    quoted = about_row_texts(record, context, q) + [c.quote for c in answer.citations]
    quoted += whole_row_texts(record, q, context)  # long notes, sub-actions, later papers
    # each cell on its own: a table line quoted whole joins a status word to a note
    texts = [cell for text in quoted for cell in _CELL_BREAK.split(text) if cell.strip()]
    said |= stems(record.owner or "")  # the owner's post names no thing of the kind
    head = stem_of(kind_words[-1])
    verdicts = [names_near(t, kind, head, said, naming) for t in texts]
    if not any(v is False for v in verdicts) or any(verdicts):
        return None  # the row never speaks of the kind, or a sentence names one
    if any(titled_kind(t, kind) for t in texts):
        return None  # 'the Safer Streets Programme': the kind in a title the question says
    name = f"{record_name(record)} ({doc_label(None, record)})"
    refusal = abstain(
        q,
        context,
        f"which {' '.join(kind_words)}, for {name}",
        f"The record speaks of it but names none: its row gives {held_summary(record)}, and "
        "no sentence of its paper about it says more.",
        kind="value_not_given",
    )
    refusal.records = [record]  # the row it is about: a follow-up's 'it'
    refusal.notes.append("unheld-named")
    return refusal
