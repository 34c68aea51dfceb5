"""A category named by the label it opens with ('under condition B3' of 'Condition B3: student
outcomes'), when no other category in scope opens with that label; and how category names are
compared (lower case, hyphens as spaces, '&' as 'and'). Nothing here knows a paper."""

from __future__ import annotations

import re

from assistant.analysis.names import NameIndex
from assistant.analysis.reading import Reading
from assistant.text import category_head


def category_words(text: str) -> str:
    """A category's words compared: lower case, hyphens as spaces, '&' as 'and'."""
    return " ".join("and" if w == "&" else w for w in re.findall(r"[a-z0-9]+|&", text.lower()))


def category_label(category: str) -> str | None:
    """The label a category opens with before its description ('condition b3' of 'Condition
    B3: student outcomes'), in compared words; None when it has none of two words or more."""
    head = category_head(category)
    words = category_words(head) if head else ""
    return words if len(words.split()) >= 2 else None


def category_by_label(
    reading: Reading, name_index: NameIndex, documents: list[str], residual: str, owner: str
) -> str | None:
    """The category the question names by its label alone ('under condition B3'), when no
    other category in scope opens with the same label ('Internal audit - Police' and '- Fire'
    share theirs); its words are read. ``residual`` and ``owner``: the question's unread words
    and an owner's it names, in compared words and spaced at both ends."""
    labels: dict[str, list[str]] = {}
    for category in name_index.categories:
        held = name_index.category_documents.get(category)
        if documents and held is not None and not held & set(documents):
            continue
        label = category_label(category)
        if label is not None:
            labels.setdefault(label, []).append(category)
    for label, categories in labels.items():
        if len(categories) == 1 and f" {label} " in residual and f" {label} " not in owner:
            spelt = r"[\s-]*".join(re.escape(w) for w in label.split())
            reading.consume(label)
            reading.blank([m.span() for m in re.finditer(rf"\b{spelt}\b", reading.residual, re.I)])
            return categories[0]
    return None
