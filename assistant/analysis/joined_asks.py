"""Two asks joined without a second question of their own.

* a reported yes/no question after a joint: 'Who owns X, and also whether it is done', 'the
  owner of X as well as whether it slipped' -> 'Who owns X?', 'Is it done?'
  (:func:`whether_parts`);
* a second subject for the same question, named by 'one': 'Who owns the payroll finding and
  the pensions one?' -> 'Who owns the payroll finding?', 'Who owns the pensions finding?'
  (:func:`other_one_parts`): 'one' stands for the head noun of the first subject, and the
  second part is the first with that subject swapped.

Both read grammar (a complementiser, the pronoun 'one'), not the words of any question.
"""

from __future__ import annotations

import re

from assistant.analysis.intent import REGISTER_KINDS

_AUX = r"(?:is|are|was|were|has|have|had|will|can|could|should|would)"
_WHETHER = re.compile(
    r"(?:,\s*|\s+)(?:and(?:\s+also)?|as\s+well\s+as|plus|also|together\s+with)\s+"
    r"(?:whether|if)\s+(?P<clause>[^?]{3,}?)\s*[?.!]*$",
    re.I,
)
_CLAUSE = re.compile(
    rf"^(?P<subject>.+?)\s+(?P<aux>{_AUX})(?P<neg>n't|\s+not)?\b(?P<rest>.*)$",
    re.I,
)


def whether_parts(text: str) -> list[str] | None:
    """The ask before a joined 'whether' clause, then the clause as the yes/no question it
    reports; None when ``text`` ends in no such clause or the clause has no auxiliary."""
    found = _WHETHER.search(text.strip())
    if found is None:
        return None
    head = text.strip()[: found.start()].strip(" ,;")
    clause = _CLAUSE.match(found.group("clause"))
    if len(head.split()) < 3 or clause is None or not clause.group("rest").strip(" .!"):
        return None  # 'whether R10 is': its predicate left out
    negated = " not" if clause.group("neg") else ""
    aux, subject, rest = clause.group("aux", "subject", "rest")
    asked = f"{aux.capitalize()} {subject}{negated}{rest}"
    first = head if head.endswith(("?", ".", "!")) else head + "?"
    return [first[0].upper() + first[1:], asked.rstrip(" .") + "?"]


# '… and the pensions one?', '… as well as the 2019 ones' ('or' offers sides to compare)
_OTHER_ONE = re.compile(
    r"(?:,\s*|\s+)(?:and|plus|as\s+well\s+as)\s+(?P<np>(?:the|that)\s+[^?,;]{2,60}?)\s+"
    r"(?P<one>ones?)\s*[?.!]*$",
    re.I,
)
# the first subject: a determiner, up to four words, then a noun of the register's rows
_SUBJECT = re.compile(
    rf"\b(?:the|that|this)\s+(?:[\w'&/-]+\s+){{0,5}}?(?P<noun>{REGISTER_KINDS}|findings?|"
    r"points?|risks?|weakness(?:es)?|areas?\s+for\s+improvement)\b",
    re.I,
)


# a question that sets sides against each other: a comparative word, or sides listed after a
# comma or colon
_COMPARED = re.compile(
    r"[,:]|\b(?:first|earlier|later|sooner|more|less|higher|lower|bigger|smaller|older|newer|"
    r"[a-z]+est|compare[sd]?|between|versus|vs)\b",
    re.I,
)


def other_one_parts(text: str) -> list[str] | None:
    """The question, then the same question of the subject 'one' names; None when ``text``
    ends in no '… and the X one' or its first part has no subject of that kind."""
    found = _OTHER_ONE.search(text.strip())
    if found is None:
        return None
    head = text.strip()[: found.start()].strip(" ,;")
    subjects = list(_SUBJECT.finditer(head))
    if not subjects or len(head.split()) < 3:
        return None
    subject = subjects[0]
    if _COMPARED.search(head[: subject.start()]):
        return None  # 'which came first, the X action and the Y one?': sides to compare
    noun = subject.group("noun")
    said = f"{found.group('np')} {noun}"
    second = head[: subject.start()] + said + head[subject.end() :]
    first = head if head.endswith(("?", ".", "!")) else head + "?"
    return [first[0].upper() + first[1:], second[0].upper() + second[1:].rstrip(" ?.!") + "?"]
