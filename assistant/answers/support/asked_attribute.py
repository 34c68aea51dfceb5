"""Whether the passages about a question's subject give the attribute it asks, not just a value
of the same kind.

'How much was the Market Hall insurance premium?' asks one attribute (the premium) of a subject
the record names (the Market Hall's insurance). A passage about that subject may hold an amount
of another attribute (its valuation): quoting it answers a question nobody asked. Two readings:

- :func:`unsaid_attribute`: the head noun of the noun phrase a value question asks about ('how
  much was *the … premium*', 'what did *the … fee* come to') must be a word of the subject's
  passages, or near one in meaning; else the record does not give it;
- :func:`asked_party`: 'which *firm* / *contractor* / *supplier* …?', 'who is the
  *consultant* …?', 'who won the *contract* …?' asks for an organisation in a role; the
  subject's passages must name one (a proper name that is neither the paper's own body, a
  post nor a word of the question); else the record does not say who, and the action's owner
  is no answer. The passage that names one is the answer's first.
"""

from __future__ import annotations

import itertools
import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.clitics import wh_unclitic
from assistant.answers.context import AnswerContext
from assistant.answers.support.frame import frame_words
from assistant.answers.support.persons import post_words
from assistant.answers.support.sentences import following_sentence
from assistant.answers.support.wordlinks import near_words
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import stem_of, stems

_AUX = r"(?:is|was|are|were|did|does|do|has|have|had|will|would)"
_DET = r"(?:the|its|their|this|that|our|a|an)"
# the noun phrase a value is asked of: 'how much was the X', 'what did the X come to'
_VALUE_OF = re.compile(
    rf"\bhow\s+much\s+{_AUX}\s+{_DET}\s+(?P<how>[\w' -]+?)\s*(?:\b(?:come|amount|add|cost|"
    rf"worth|total|after|before|at|for|in|on|when|once|following|this|last|now|reach)\b|[?.,]|$)|"
    rf"\bwhat\s+{_AUX}\s+{_DET}\s+(?P<what>[\w' -]+?)\s+(?:come|amount|add)\s+(?:up\s+)?to\b",
    re.I,
)
_ROLE = (
    r"firm|company|contractor|sub-?contractor|supplier|consultant|consultancy|provider|vendor|"
    r"agency|installer|builder|developer|body|organisation|organization|valuer|caterer|insurer|"
    r"architect|solicitor|software|product|package|platform"
)
# an organisation asked for by its role: 'which firm …', 'who was the contractor …'
_PARTY_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?(?P<which>{_ROLE})s?\b|"
    rf"\bwho\s+(?:is|was|are|were)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<who>{_ROLE})s?\b|\bname\s+of\s+(?:the|a|an|its)\s+(?P<name>{_ROLE})\b|"
    # or by what it was awarded: 'who won the gritting contract', 'who was awarded the tender'
    rf"\bwho\s+(?:has\s+|had\s+)?(?:won|got|secured|landed|(?:was|were|has\s+been|had\s+been)"
    rf"\s+(?:awarded|given))\s+{_DET}\s+(?:[\w'-]+\s+){{0,4}}?(?P<award>contract|tender|bid)s?\b",
    re.I,
)
# what may follow a role noun that heads its phrase ('which contractor *was* …', 'the supplier
# *for* …', 'which firm *did* …'); another word there makes the role noun a modifier of it ('what
# is the contractor *rate*': a rate is asked, not an organisation)
_AFTER_HEAD = re.compile(
    r"^(?:\s*$|\s*[?.,;:!)'’-]|\s+(?:is|was|are|were|be|been|has|have|had|do|does|did|will|"
    r"would|can|could|should|may|might|must|that|who|whom|which|whose|for|of|on|in|to|at|by|"
    r"with|from|about|behind|under|over|and|or|but|if|when|where|after|before|since|now|"
    r"then|also|still|actually|finally|eventually|originally|ever|\w+(?:ed|en)|won|got|ran|"
    r"made|took|gave|held|led|built|bought|sold|paid|brought|chose|went|came|set|put|wrote|"
    r"found|left|kept|met|runs?|gets?|wins?|takes?|holds?|provides?|supplies|"
    r"supply|supplied|carries|carry|delivers?|undertakes?|undertook|handles?|manages?)\b)",
    re.I,
)
# 'what is the <role> …': the role noun behind a linking verb and a determiner, where it may
# be a modifier ('what is the contractor rate'); right after 'which' it heads its phrase
_DETERMINED = re.compile(r"\b(?:is|was|are|were)\s+(?:the|a|an|its|their)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'&-]*")
# a run of capitalised words, joined by 'of', 'and', '&' ('Corran Heating', 'Ferrier Kemp LLP')
_NAME_RUN = re.compile(r"\b[A-Z][\w'&-]*(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w'&-]*)*")
# the nouns of posts: a name holding one names a post ('the Council's Monitoring Officer')
_POST_NOUNS = frozenset(
    """officer manager director head chair chairman clerk secretary treasurer controller
    commissioner executive chief inspector adviser advisor coordinator co-ordinator
    administrator accountant analyst supervisor superintendent president deputy lead leader
    member""".split()
)
# a capitalised title that a noun after it makes a post: 'the Arborist *post*', '… *role*'
_POST_AFTER = re.compile(r"^\s+(?:post|role|position|vacancy|job|appointment)s?\b", re.I)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn
    winter""".split()
)
PASSAGES = 4  # the best passages, those an answer would quote: any subject word makes them its
READ = 12  # the passages read further down, when they hold this share of the subject's weight
SUBJECT_SHARE = 0.25
_ENDS = (".", "!", "?", ";", ":")  # a sentence's end
WHOLE = 0.99  # of the subject's weight an item must hold for its row's cells to answer for it
MASTHEAD = 400  # the opening characters of a paper that name its own body


def _masthead(text: str) -> str:
    """The paper's opening lines that name its own body and title (within MASTHEAD
    characters), less its prose: a sentence there ('The Trust's internal auditors, X LLP,
    completed …') names other parties too."""
    kept: list[str] = []
    read = 0
    for line in text.splitlines():
        if read >= MASTHEAD:
            break
        read += len(line) + 1
        if len(line.split()) < PROSE_WORDS:
            kept.append(line)
    return "\n".join(kept)


PROSE_WORDS = 14  # a line of this many words is a sentence of prose, not a heading or label


def unsaid_attribute(q: QueryAnalysis, context: AnswerContext, text: str) -> str | None:
    """The attribute a value question asks of its subject ('the … *premium*') when no word of
    ``text`` (the subject's passages and their records' cells) is it or near it in meaning;
    else None."""
    found = _VALUE_OF.search(q.question)
    if found is None:
        return None
    phrase = (found["how"] or found["what"] or "").split()
    framing = frame_words(q.question)
    head = phrase[-1].lower().strip("'") if phrase else ""
    if len(head) < 4 or head in framing or head.endswith("'s"):
        return None
    if stem_of(head) in stems(text) or near_words([head], text, context):
        return None
    return head


def asked_party(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence], weights: dict[str, float]
) -> tuple[str, Evidence | None] | None:
    """The role of the organisation a question asks for ('which *contractor* …') and the first
    of the subject's passages (the best ones holding a word of its ``weights``, those further
    down holding a share of them, with the cells of their records) that names an organisation,
    None when none does; None when no organisation is asked or no passage is about the
    subject."""
    role = party_asked(q.question)
    if role is None or q.refs:
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'&-]*", q.question)}
    unasked = {stem_of(role)} | {stem_of(w) for w in frame_words(q.question)}
    subject = {t: w for t, w in weights.items() if stem_of(t) not in unasked}
    about = [
        e
        for i, e in enumerate(evidence[:READ])
        if coverage(e.text, subject) > (0 if i < PASSAGES else SUBJECT_SHARE)
    ]
    if not about:
        return None  # no passage about the subject: the other guards judge
    posts = post_words(context)
    records = context.register.by_id()
    unnamed = [] if role in _PRODUCT_ROLES else [e for e in about if _indefinite(role, e.text)]
    if unnamed:  # 'A consultant has been appointed': the record brings the party in unnamed,
        about = unnamed  # so only its own sentence or row may name it
    for item in about:
        text = context.document_text(item.document.id)
        own = {w.lower() for w in _IN_CAPITALS.findall(_masthead(text))}  # its body, its title
        common = set(re.findall(r"\b[a-z][\w'-]*", text))
        record = records.get(item.record_id) if item.record_id else None
        cells = record_evidence(record, item.chunk_id, item.rank) if record is not None else []
        known = asked | own | posts
        # a cell of the item's row answers for the row only when the item is wholly about the
        # subject; else the cell must itself speak of it ('These savings have been built into
        # the budget' brings no supplier of a tool from its row's other cells)
        whole = coverage(item.text, subject) >= WHOLE
        # a sentence cut across two pieces ('… an interface between' / 'the MPS Oracle and SAP
        # systems.') names its party in its rest
        cut = None if item.text.rstrip().endswith(_ENDS) else following_sentence(item, evidence)
        own_words = [item] if cut is None else [item, cut]
        naming = [
            e
            for e in [*own_words, *cells]
            if (e in own_words or whole or coverage(e.text, subject) > 0)
            and names_organisation(e.text, known, common, role)
        ]
        if naming:  # the sentence of the row that names one and is most about the subject
            pairs = _pairs(q.question)
            best = max(
                naming,
                key=lambda e: (coverage(e.text, subject), len(pairs & _pairs(e.text)), e is item),
            )
            return role, best
    return role, None


def _indefinite(role: str, text: str) -> bool:
    """Whether ``text`` brings the party in by its role with an indefinite article ('a
    consultant has been appointed', 'an external contractor will …'): one not named there."""
    stem = re.escape(stem_of(role))
    return re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{stem}\w*\b", text, re.I) is not None


def _pairs(text: str) -> set[tuple[str, str]]:
    """The stems of ``text``'s neighbouring words: a sentence saying the question's phrase
    ('will manage corporate risk') in its order is more about it than one holding its words."""
    words = [stem_of(w) for w in re.findall(r"[A-Za-z][\w'-]*", text.lower())]
    return set(itertools.pairwise(words))


# the head nouns of an instrument's or a document's name ('the Local Code of Corporate
# Governance', 'the Mental Health Act Code of Practice'): a thing written, not a party
_INSTRUMENT_NOUNS = frozenset(
    """act acts code codes practice plan plans strategy strategies policy policies framework
    regulations regulation guidance standard standards statement report reports review
    programme charter protocol procedure procedures manual handbook order""".split()
)


# the head nouns of a body's own parts ('Investment Board', 'the Audit Committee'): a unit of
# the paper's body, never the firm a trading role asks for ('which supplier built the tool?')
_UNIT_NOUNS = frozenset(
    """board boards committee committees sub-committee subcommittee panel panels forum
    directorate department unit team division""".split()
)
# the roles a trading party fills, not a body's own unit
_TRADING_ROLES = frozenset(
    """firm company contractor subcontractor sub-contractor supplier consultant consultancy
    provider vendor installer builder developer valuer caterer insurer architect
    solicitor software product package platform system""".split()
)


# the roles a product fills: its name may be written in capitals ('SAP')
_PRODUCT_ROLES = frozenset("software product package platform system".split())
_IN_CAPITALS = re.compile(r"\b[A-Z](?:[a-z][\w'&-]*|[A-Z]+)\b")
_PRODUCT_NOUN = r"(?:system|software|package|platform|product|application|database|tool)s?\b"
_PRODUCT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_PRODUCT_NOUN}", re.I)
_PRODUCT_BEFORE = re.compile(
    rf"\b{_PRODUCT_NOUN}(?:\s+(?:called|named|known as|from|by|of))?\s*[,(:]?$", re.I
)


def names_organisation(
    text: str, known: set[str], common: set[str], role: str | None = None
) -> bool:
    """Whether ``text`` writes a proper name, not at a sentence's start, not a post's ('the
    District Council's Monitoring Officer': a word of a post in the name), with a word that is
    not ``known`` (the question's, the paper's own body's, a post's) or a common word of its
    paper. A lone capitalised word after 'the' ('the Authority', 'the Trust') is the paper's
    own term for a body, and a name with an instrument's noun ('… Code of Practice') names a
    document: neither names a party. For a trading ``role`` ('supplier'), a name headed by a
    unit's noun ('Investment Board') is the body's own part, not the party; for a product
    (``role`` 'system'), a name in capitals is one too ('the MPS Oracle and SAP systems')."""
    trading = role in _TRADING_ROLES
    product = role in _PRODUCT_ROLES
    capitals = _IN_CAPITALS if product else _CAPITALISED
    for found in _NAME_RUN.finditer(text):
        before = text[: found.start()].rstrip()
        if product and not (
            _PRODUCT_AFTER.match(text, found.end()) or _PRODUCT_BEFORE.search(before)
        ):
            continue  # a product's name is bound to a product's noun ('the SAP system')
        name = re.split(r"['’]s\b", found.group(0))[0]  # 'X's Local Code': X is the party
        words = [w.lower() for w in capitals.findall(name)]
        article = bool(re.search(r"\bthe$", before, re.I))
        if not before or before[-1] in ".;:!?\n(\"'“":
            article = bool(words) and words[0] == "the"
            words = words[1:]  # a sentence's first word is capitalised whatever it is
        if article and len(words) == 1:
            continue  # 'for the Authority', 'The Trust's …': the paper's own term for a body
        if {w.lower() for w in _CAPITALISED.findall(found.group(0))} & _INSTRUMENT_NOUNS:
            continue  # a document's or an instrument's name, not a party's
        if trading and words and words[-1] in _UNIT_NOUNS:
            continue  # 'approved by Investment Board': a unit of the body, not a supplier
        if any(w.removesuffix("s") in _POST_NOUNS for w in words) or _POST_AFTER.match(
            text[found.end() :]
        ):
            continue  # a post, not an organisation ('the Arborist post was vacant')
        if any(w not in known and w not in common and w not in _MONTHS_DAYS for w in words):
            return True
    return False


# a head noun before 'of' is what is asked ('what share of consultant job plans'), unless it
# picks one of the parties ('which one of the suppliers')
_HEAD_OF = re.compile(
    r"\w+\s+(?!(?:one|each|any|none|all|some|both|either|neither|two|three)\s)[\w-]+\s+of\s",
    re.I,
)


def party_asked(question: str) -> str | None:
    """The role of the organisation a question asks for ('which *contractor* …', 'who was the
    *supplier*'), lower-cased; None when it asks for none, or when the role noun only modifies
    the noun asked for ('what is the contractor *rate*': the words after it are not those that
    may follow the head of a phrase)."""
    question = wh_unclitic(question)  # "who's the consultant …"
    found = _PARTY_ASKED.search(question)
    if found is None:
        return None
    if (
        found["which"]
        and _DETERMINED.search(found.group(0))
        and _AFTER_HEAD.match(question[found.end() :]) is None
    ):
        return None  # 'what is the contractor rate': the role noun modifies the noun asked
    if found["which"] and _HEAD_OF.match(found.group(0)):
        return None  # 'what share of consultant job plans': the head before 'of' is asked
    if found["award"]:
        return "contractor"  # the party a contract is awarded to
    return str(found["which"] or found["who"] or found["name"]).lower()


# the noun phrase a figure is asked of: 'what is the X's approved *budget* (in total)',
# 'how much is the *budget* for X', 'what was the total *cost* of X'
_FIGURE_OF = re.compile(
    rf"\b(?:what|how\s+much)\s+{_AUX}\s+(?:{_DET}\s+)?(?:[\w'’-]+\s+){{0,6}}?"
    r"(?P<head>[a-z][a-z-]{3,})(?=\s+(?:in\s+total|overall|altogether|for|of|on|at|in|to|now)\b|"
    r"\s*[?.,]|\s*$)",
    re.I,
)
# a figure stated against the attribute, not as it: '£1.2m more than its budget', '£50k over
# budget', 'exceeded the budget by £3m', 'a budget overrun of £1.2m'
_COMPARATIVE = (
    r"(?:more|less|fewer|higher|lower|greater|smaller|over|under|above|below|beyond|short\s+of|"
    r"in\s+excess\s+of|exceed(?:s|ed|ing)?|overr(?:a|u)n(?:s|ning)?|overspen[dt]s?|"
    r"underspen[dt]s?)"
)
_DIFFERENCE = (
    r"(?:overrun|overspend|underspend|shortfall|gap|variance|deficit|surplus|saving|savings|"
    r"increase|reduction|cut|excess|pressure)"
)
_AMOUNT = r"[£$€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?|\d[\d,.]*\s?%"


def figure_attribute(question: str) -> str | None:
    """The head noun of the noun phrase a figure question asks of ('the X's approved
    *budget*'), lower-cased; None when it names none."""
    found = _FIGURE_OF.search(wh_unclitic(question))
    if found is None:
        return None
    head = found["head"].lower()
    return None if head in ("much", "many", "total", "amount", "figure", "value") else head


def relative_only(attribute: str, sentences: list[str]) -> str | None:
    """The sentence that gives a figure only against ``attribute`` ('£1.2 million more than
    its budget') when no sentence gives the attribute's own figure ('a budget of £3m', 'the
    budget is £3m'): the record says how far off it a thing is, not what it is. None when
    one does, or none writes the attribute with a figure."""
    word = rf"{re.escape(attribute[:-1])}\w*" if len(attribute) > 4 else re.escape(attribute)
    against = re.compile(
        rf"(?:{_AMOUNT})\s+(?:\w+\s+){{0,2}}?{_COMPARATIVE}\s+(?:than\s+)?(?:\w+\s+){{0,3}}?"
        rf"{word}\b|\b{_COMPARATIVE}\s+(?:\w+\s+){{0,3}}?{word}\b(?:\s+\w+){{0,3}}?\s+by\s+"
        rf"(?:{_AMOUNT})|\b{word}\s+{_DIFFERENCE}\b",
        re.I,
    )
    relative: str | None = None
    for text in sentences:
        if not re.search(rf"\b{word}\b", text, re.I) or not re.search(_AMOUNT, text):
            continue
        if against.search(text):
            relative = relative or text
            continue
        return None  # the attribute with a figure of its own
    return relative


# Money nouns of a governance paper, by what they measure: a figure bound to one measures
# that, not another ('contributions of £1.1m' is no cost). One class per line of meaning.
_MONEY_CLASSES = (
    ("cost", "costs", "costing", "price", "spend", "spending", "expenditure", "outlay"),
    ("budget", "budgets", "allocation", "envelope"),
    ("contribution", "contributions"),
    ("saving", "savings", "efficiencies"),
    ("funding", "grant", "grants", "loan", "borrowing"),
    ("income", "revenue", "receipts"),
    ("reduction", "reductions", "cut", "cuts"),
    ("overspend", "overrun", "overruns", "underspend"),
    ("deficit", "shortfall", "gap"),
    ("fee", "fees", "charge", "charges"),
    ("premium", "premiums"),
    ("valuation", "valuations"),
)
_MONEY_NOUN = "|".join(w for c in _MONEY_CLASSES for w in c)
_CASH = r"[£$€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?"
# the noun a sum is bound to: 'contributions of £1.1m', '£142m of budget reductions', '£2m
# grant', 'the budget is £3m', 'savings totalling £40k'
_BOUND = re.compile(
    rf"\b(?P<before>{_MONEY_NOUN})\s+(?:(?:of|is|was|are|were|at|totall?ing|amounting\s+to|"
    rf"stands?\s+at)\s+)(?:(?:some|about|around|nearly|almost|over|under)\s+)?{_CASH}|"
    rf"{_CASH}\s+(?:of\s+)?(?:[a-z-]+\s+)?(?P<after>{_MONEY_NOUN})\b",
    re.I,
)


def _money_class(word: str) -> int:
    return next(i for i, c in enumerate(_MONEY_CLASSES) if word.lower() in c)


def other_attribute(attribute: str, sentences: list[str], question: str = "") -> str | None:
    """The sentence whose sums are all bound to another money noun than ``attribute``
    ('partnership contributions of £1.1 million' asked the scheme's cost), when no sentence
    gives a sum of the attribute's own kind or a sum bound to no noun. None otherwise, or
    when ``attribute`` is no money noun."""
    if attribute.lower() not in {w for c in _MONEY_CLASSES for w in c}:
        return None
    asked = _money_class(attribute)
    other: str | None = None
    for text in sentences:
        sums = len(re.findall(_CASH, text))
        if not sums:
            continue
        bound = [m["before"] or m["after"] for m in _BOUND.finditer(text)]
        if any(re.search(rf"\b{re.escape(w)}\b", question, re.I) for w in bound):
            return None  # 'the spend on the audit fee': the fee is the thing asked of
        if len(bound) < sums or any(_money_class(w) == asked for w in bound):
            return None  # a sum of the attribute, or of no named kind: it may answer
        other = other or text
    return other
