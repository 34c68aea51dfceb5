"""What a document's own words tell us: acronyms, truncated words, scanning noise.

Used to title-case SHOUTED headings without breaking acronyms ("HMIC", "MPS"), to complete
labels cut by the extractor ("FINANCIAL MANAGEM" -> "Financial Management"), and to spot
fragments that are scanning noise ("1 chomanee", "0000.").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'&/-]*")
_MINOR = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "vs",
    "per",
    "via",
}
_CONNECTIVES = _MINOR | {
    "but",
    "which",
    "that",
    "between",
    "where",
    "whether",
    "including",
    "is",
    "are",
    "be",
    "its",
    "their",
    "our",
    "not",
    "also",
    "both",
    "such",
    "than",
}


@dataclass
class Vocabulary:
    """Word counts of one document, split into mixed-case running text and SHOUTED lines."""

    words: Counter[str] = field(default_factory=Counter)
    upper_in_running_text: set[str] = field(default_factory=set)
    lower_in_running_text: set[str] = field(default_factory=set)

    @classmethod
    def from_texts(cls, texts: list[str]) -> Vocabulary:
        vocab = cls()
        for text in texts:
            for line in text.split("\n"):
                letters = [c for c in line if c.isalpha()]
                shouted = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
                for token in _TOKEN.findall(line):
                    vocab.words[token.lower()] += 1
                    if shouted:
                        continue
                    if token.isupper() and len(token) > 1:
                        vocab.upper_in_running_text.add(token)
                    else:
                        vocab.lower_in_running_text.add(token.lower())
        return vocab

    def is_acronym(self, word: str) -> bool:
        """An all-caps word that running text never writes in lower case (HMIC, MPS, PURE)."""
        bare = word.strip("().,:;'")
        if not bare.isupper() or len(bare) < 2:
            return False
        if bare in self.upper_in_running_text and bare.lower() not in self.lower_in_running_text:
            return True
        return not re.search(r"[AEIOUY]", bare)

    def knows(self, word: str) -> bool:
        return self.words.get(word.lower(), 0) > 1

    def complete(self, word: str) -> str:
        """Finish a word the extractor cut short, from the document's own words."""
        low = word.lower()
        if len(low) < 4 or self.words.get(low, 0) > 1:
            return word
        candidates = [
            (count, w) for w, count in self.words.items() if w.startswith(low) and w != low
        ]
        if not candidates:
            return word
        completed = max(candidates)[1]
        return completed.upper() if word.isupper() else completed

    def is_noise(self, fragment: str) -> bool:
        """Scanning debris: digits and punctuation only, or a digit plus words seen nowhere else."""
        text = fragment.strip()
        if not text:
            return True
        if re.fullmatch(r"[\W\d_]+", text):
            year = re.fullmatch(r"(19|20)\d\d", text)
            return not year and not re.fullmatch(r"\d{1,3}\.?", text)
        tokens = text.split()
        has_digit = any(t.isdigit() for t in tokens)
        words = [t for t in tokens if t.isalpha()]
        return has_digit and bool(words) and all(self.words.get(w.lower(), 0) <= 1 for w in words)

    def title_case(self, text: str) -> str:
        """Title-case a SHOUTED line, keeping acronyms and lower-casing minor words."""
        letters = [c for c in text if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
            return text
        out = []
        for index, word in enumerate(text.split(" ")):
            if self.is_acronym(word) or any(c.isdigit() for c in word):
                out.append(word)
            elif index and word.lower() in _MINOR:
                out.append(word.lower())
            else:
                out.append(
                    "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
                )
        return " ".join(out)


def looks_unfinished(text: str) -> bool:
    """A fragment that stops mid-phrase: a trailing connective, comma, slash or hyphen."""
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in ",/-–&(":
        return True
    last = stripped.split()[-1].lower()
    return last in _CONNECTIVES


# Abbreviations a column label may end in ('Ref.', 'Action no.', 'Resp. officer'): their full
# stop ends a word, not a sentence.
LABEL_ABBREVIATIONS = frozenset(
    "no nos nr ref refs rec recs para paras num approx est dept dir mgr resp org orig rev "
    "max min incl inc etc misc cat pri prio yr yrs wk tel fig sec sect vol mgmt govt info doc "
    "docs cttee exec dep asst ctte amt qty ext cf vs nb ie eg st dr mr mrs ms".split()
)
_SENTENCE_END = re.compile(r"([A-Za-z]*[a-z]{2})[.;!?](?=\s|$)")


def has_sentence_end(text: str) -> bool:
    """Whether ``text`` holds the end of a sentence ('Work has started.'); a known abbreviation
    ('Ref.', 'Action no.', 'Nr.') ends a word, not a sentence."""
    for match in _SENTENCE_END.finditer(text):
        punct = text[match.end(1)]
        if punct != "." or match.group(1).lower() not in LABEL_ABBREVIATIONS:
            return True
    return False


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", ";", ".)", ".'", '."'))
