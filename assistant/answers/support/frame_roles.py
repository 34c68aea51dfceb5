"""More roles of the words that frame a question, read from its grammar (see :mod:`.frame`).

A question wraps its subject in words that say when, how sure, how much it matters, or what
kind of answer it wants; none of them names the thing asked about, so none may count against
a passage that does not use it ('*at the outset*, who led …', 'the *headline* figure for …',
'*roughly* how many …', '*its equivalent* on …', 'which audit *firm* …'):

- a time adverbial: a preposition and a time noun with no 'of' after it ('*at the outset*',
  '*in the end*', '*to date*', '*at this stage*'; not 'the end *of* March', a date);
- an evaluation word before the noun or 'one' it grades ('the *key* issue', 'the
  *headline* figure', 'the *main* one');
- a hedge ('*approximately*', '*around* 40', '*or so*', '*if any*', '*at all*', '*give or
  take*');
- a preposition no search drops ('*beyond* six weeks', '*within* the year'): a relation,
  never a thing;
- a relational head standing for a row named elsewhere ('*its equivalent* on X', 'the
  *counterpart*', 'the *corresponding* one');
- a passive participle closing a 'how/what … be <subject> <participle>' frame before a
  prepositional phrase ('how were appraisals *handled* in the 2002 summary?');
- the noun of a wh-phrase naming the kind of answer ('which audit *firm*', 'what *body*'):
  the answer is a name of that kind, not a passage using the word;
- a quantifier or an indefinite pronoun ('make sure *everyone* declares', 'is *nobody*
  named', 'met in *whole*', '*each* area'): how many or which of a thing, never the thing.

All are closed classes of English grammar; no word of any paper.
"""

from __future__ import annotations

# nouns of time that make an adverbial with a preposition ('at the outset', 'in the end')
_TIME_NOUNS = frozenset(
    "outset start beginning end moment time stage point present meantime interim date now "
    "then first last".split()
)
_TIME_PREPOSITIONS = frozenset("at in to by from for until till up".split())
_TIME_DETERMINERS = frozenset("the this that".split())
# words of evaluation or attitude grading the noun after them ('the key issue')
EVALUATION = frozenset(
    """key main headline principal chief major central core primary crucial notable
    important significant big top leading overriding pressing serious striking worrying
    concerning glaring standout proper decent genuine""".split()
)
_BEFORE_GRADED = frozenset(
    "the a an its their his her our this that these those what which".split()
)
# hedges: 'approximately', 'around 40', 'or so', 'if any', 'at all', 'give or take'
_HEDGES = frozenset("approximately approx circa".split())
_NUMBER_HEDGES = frozenset("around about nearly almost some roughly".split())
# prepositions the search's stopwords keep: a relation between things, never a thing
_PREPOSITIONS = frozenset(
    "beyond within along alongside around behind beneath beside inside underneath against "
    "ahead till unto".split()
)
# heads that stand for a row named elsewhere ('its equivalent', 'the counterpart')
_RELATIONAL = frozenset("equivalent counterpart corresponding matching analogous parallel".split())
# the nouns naming the kind of answer a wh-phrase wants: a name of that kind
_KIND_NOUNS = frozenset(
    "firm firms company companies organisation organisations organization organizations "
    "agency agencies body bodies person persons people individual individuals".split()
)
# quantifiers and indefinite pronouns: how many or which, never a thing of the papers
QUANTIFIERS = frozenset(
    """every everyone everybody everything everywhere any anyone anybody anything anywhere
    some someone somebody something somewhere no nobody nothing none noone nowhere each
    either neither whole entire several whichever whoever whatever""".split()
)
_WH = frozenset(("what", "which", "what's", "whats"))
_BE = frozenset("is was are were been be being".split())
_PARTICIPLE_PREPOSITIONS = frozenset("in at on during within under by through over across".split())
_NOT_BEFORE_PARTICIPLE = frozenset(
    "the a an its their of on in for to by with at from about this that these those".split()
)


def _number(word: str) -> bool:
    return word[:1].isdigit() or word in ("one", "two", "three", "four", "five", "ten", "a")


def _time_adverbial(tokens: list[str], i: int) -> list[str]:
    """The words of a time adverbial starting at ``i`` ('at the outset'), [] when none."""
    if tokens[i] not in _TIME_PREPOSITIONS:
        return []
    j = i + 1
    if j < len(tokens) and tokens[j] in _TIME_DETERMINERS:
        j += 1
    if j >= len(tokens) or tokens[j] not in _TIME_NOUNS:
        return []
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    if after in ("of", "date"):  # 'the end of March', 'at the time of', 'to date' is below
        return []
    return tokens[i : j + 1]


def _hedges(tokens: list[str]) -> set[str]:
    found = {t for t in tokens if t in _HEDGES}
    for i, word in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        following = tokens[i + 2] if i + 2 < len(tokens) else ""
        if word in _NUMBER_HEDGES and _number(after):
            found.add(word)  # 'around 40 homes'
        if word == "or" and after == "so":
            found.update(("or", "so"))
        if word == "if" and after in ("any", "anything", "ever", "at"):
            found.update(tokens[i : i + (3 if following == "all" else 2)])
        if word == "at" and after == "all":
            found.update(("at", "all"))
        if word == "give" and after == "or" and following == "take":
            found.update(("give", "or", "take"))
    return found


def _participle_before_phrase(tokens: list[str]) -> set[str]:
    """'how were appraisals *handled* in …': a participle after the subject of a question
    opened by a wh-word and 'be', with a preposition after it."""
    if len(tokens) < 4 or tokens[1] not in _BE:
        return set()
    if tokens[0] not in ("how", "what", "why", "when", "where"):
        return set()
    found = set()
    for i in range(3, len(tokens) - 1):
        word, before, after = tokens[i], tokens[i - 1], tokens[i + 1]
        if (
            len(word) >= 5
            and word.endswith("ed")
            and before not in _NOT_BEFORE_PARTICIPLE
            and after in _PARTICIPLE_PREPOSITIONS
        ):
            found.add(word)
            break
    return found


def _kind_noun(tokens: list[str]) -> str | None:
    """The noun naming the kind of answer after 'which'/'what' and up to two modifiers
    ('which audit *firm* does it mention')."""
    for i, word in enumerate(tokens):
        if word not in _WH:
            continue
        for following in tokens[i + 1 : i + 4]:
            if following in _KIND_NOUNS:
                return following
        return None
    return None


def role_words(tokens: list[str]) -> set[str]:
    """The words of ``tokens`` (lower case) whose role frames the question (module doc)."""
    found = stance_roles(tokens)
    found |= _participle_before_phrase(tokens)
    found |= QUANTIFIERS.intersection(tokens)
    kind = _kind_noun(tokens)
    if kind:
        found.add(kind)
    return found


def stance_roles(tokens: list[str]) -> set[str]:
    """The words of the roles above that say when, how sure or how much it matters (time,
    evaluation, hedge, preposition, relation): never the subject nor the event asked about,
    so no sentence giving the answer need hold them."""
    found: set[str] = set()
    for i, word in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        found.update(_time_adverbial(tokens, i))
        if word == "to" and after == "date" and (i + 2 >= len(tokens) or tokens[i + 2] != "of"):
            found.update(("to", "date"))
        if word in EVALUATION and before in _BEFORE_GRADED and after:
            found.add(word)
        if word in _PREPOSITIONS:
            found.add(word)
        if word in _RELATIONAL and (before in _BEFORE_GRADED or after in ("one", "ones")):
            found.add(word)
    return found | _hedges(tokens)
