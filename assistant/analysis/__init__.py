"""Read a question into what it asks for: intent, themes, time window, due window, statuses,
priority, owner, documents or sections named, refs, the fields asked for, premises and key terms.

The bottom layer of the question path: it imports ``assistant.text``, ``ingest`` and
``vectorstore``'s query tokenising, never the rest of ``assistant``.

* :mod:`.model` — the analysed question (:class:`QueryAnalysis`) and its types;
* :mod:`.patterns` — the tables a question is read with (generic words, claims, statuses,
  fields, premises);
* :mod:`.names` — the name index (:class:`NameIndex`): documents, sections and owners named;
* :mod:`.periods` — years, financial years, time and due windows;
* :mod:`.themes` — the themes named, in ``ingest.themes``'s words for questions;
* :mod:`.intent` — what the question asks for;
* :mod:`.answer_types` — the kind of value asked (a duration, a frequency, a proportion …);
* :mod:`.analyse` — :func:`analyse`, the steps that read a question into a QueryAnalysis.

The names below are the package's interface; everything else is internal to it.
"""

from assistant.analysis.analyse import analyse
from assistant.analysis.answer_types import (
    ANSWER_LABELS,
    ANSWER_SHAPES,
    WRITTEN_KINDS,
    answer_type,
)
from assistant.analysis.intent import (
    REGISTER_KINDS,
    asks_responsibility,
    counted_noun,
    framing_words,
)
from assistant.analysis.model import (
    Claim,
    ClaimKind,
    DocField,
    FieldName,
    Intent,
    QueryAnalysis,
    QuestionPart,
)
from assistant.analysis.names import NameEvidence, NameIndex, Target
from assistant.analysis.orders import due_order
from assistant.analysis.parts import (
    asks_form_only,
    named_in_answer,
    preface,
    question_parts,
    without_context,
)
from assistant.analysis.patterns import GENERIC, QUOTED, REF_TOKEN, SET_DATE, unquoted
from assistant.analysis.reading import EXCLUDING

__all__ = [
    "ANSWER_LABELS",
    "ANSWER_SHAPES",
    "EXCLUDING",
    "GENERIC",
    "QUOTED",
    "REF_TOKEN",
    "REGISTER_KINDS",
    "SET_DATE",
    "WRITTEN_KINDS",
    "Claim",
    "ClaimKind",
    "DocField",
    "FieldName",
    "Intent",
    "NameEvidence",
    "NameIndex",
    "QueryAnalysis",
    "QuestionPart",
    "Target",
    "analyse",
    "answer_type",
    "asks_form_only",
    "asks_responsibility",
    "counted_noun",
    "due_order",
    "framing_words",
    "named_in_answer",
    "preface",
    "question_parts",
    "unquoted",
    "without_context",
]
