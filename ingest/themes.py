"""Governance themes: the words that tag an action record with a theme, and the words that name
a theme in a question.

A record's themes come from the words of its issue, title and action. Progress notes are left
out on purpose: a finance action whose progress mentions 'partnership working with the audit
services' is not a partnership action.

A question names a theme in plainer words than a record shows it (``assistant.analysis``
matches them whole, in lower case). Most are words the record patterns match too
(``question_words``: 'partnerships', 'budget'); a few are words a record uses too loosely to be
tagged by them but a question uses to name the theme (``question_extras``: 'risk', 'staff',
'money'). tests/assistant/analysis/test_themes.py keeps the two apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """One theme: how a record shows it and how a question names it."""

    patterns: tuple[str, ...]  # regexes over a record's issue, title and action (any one tags it)
    question_words: tuple[str, ...] = ()  # name the theme in a question; ``patterns`` match them
    question_extras: tuple[str, ...] = ()  # name it in a question only (see each comment)

    @property
    def named_by(self) -> tuple[str, ...]:
        """Every word or phrase that names the theme in a question."""
        return self.question_words + self.question_extras


VOCABULARY: dict[str, Theme] = {
    "partnership": Theme(
        patterns=(
            r"partner\w*",
            r"collaborat\w*",
            r"cross[- ]?agency",
            r"joint (?:financial )?planning",
            r"local strategic plan",
            r"blue light",
            r"third parties",
        ),
        question_words=("partnership", "partnerships", "partner", "partners", "collaboration"),
    ),
    "risk management": Theme(
        patterns=(
            r"risk management",
            r"risk register\w*",
            r"risk assessment",
            r"business risk",
            r"corporate risk",
            r"financial risk\w*",
            r"assurance framework",
            r"risks (?:and|arising)",
        ),
        question_words=("risk management", "risk register"),
        # 'risk' alone is in records on any subject; a question asking about risk means the theme
        question_extras=("risk", "risks"),
    ),
    "HR": Theme(
        patterns=(
            r"\bHR\b",
            r"human resources",
            r"staff appraisal",
            r"appraisal",
            r"workforce",
            r"recruit\w*",
            r"role profile\w*",
            r"code of conduct",
            r"HR policies",
        ),
        question_words=("hr", "human resources", "workforce", "appraisal"),
        # every record has staff doing something; a question about staff or personnel asks HR
        question_extras=("staff", "personnel"),
    ),
    "finance/budget": Theme(
        patterns=(
            r"budget\w*",
            r"financ\w*",
            r"\bMTFP\b",
            r"reserves",
            r"income generation",
            r"costs?\b",
            r"savings",
            r"expenditure",
            r"\bfunding\b",
            r"treasury",
        ),
        question_words=("finance", "financial", "budget", "budgets", "budgetary", "reserves"),
        # no record is tagged by 'money' alone; a question about money asks about finance
        question_extras=("money",),
    ),
    "procurement/contracts": Theme(
        patterns=(
            r"procure\w*",
            r"contract\w*",
            r"tender\w*",
            r"purchase to pay",
            r"\bP2P\b",
            r"commissioning",
            r"american express",
        ),
        question_words=("procurement", "contract", "contracts"),
        # a question's plain words for buying; the record's are 'procurement' and 'purchase to pay'
        question_extras=("commercial", "purchasing"),
    ),
    "performance": Theme(
        patterns=(
            r"performance (?:management|information|measures|data|indicators|framework)",
            r"\bBVPIs?\b",
            r"\bBVPP\b",
            r"\bPIs\b",
            r"indicators",
            r"benchmark\w*",
            r"\bSMART\b",
            r"performance\b",
        ),
        question_words=("performance",),
    ),
    "information management": Theme(
        patterns=(
            r"information management",
            r"records? (?:management|keeping)",
            r"freedom of information",
            r"data protection",
            r"\bGDPR\b",
            r"subject access",
            r"\bIT systems?\b",
            r"web ?site",
            r"publication scheme",
        ),
        question_words=(
            "information management",
            "records management",
            "data protection",
            "freedom of information",
        ),
    ),
    "training": Theme(
        patterns=(
            r"training",
            r"skills",
            r"e-?learning",
            r"leadership capability",
            r"business awareness",
        ),
        question_words=("training", "skills"),
        # the record writes 'e-learning'; a question asking about learning means training
        question_extras=("learning",),
    ),
    "internal control": Theme(
        patterns=(
            r"internal control\w*",
            r"control environment",
            r"controls?\b",
            r"compliance",
            r"standing orders",
            r"scheme of delegation",
            r"delegations?",
            r"internal audit",
            r"whistle-?blowing",
            r"hospitality",
        ),
        question_words=(
            "internal control",
            "internal controls",
            "controls",
            "compliance",
            "control environment",
        ),
    ),
    "governance": Theme(
        patterns=(
            r"governance",
            r"standards committee",
            r"decision making",
            r"oversight",
            r"code of",
            r"scrutiny",
        ),
        # every question here is about governance: only these phrases single the theme out
        question_words=("governance arrangements", "corporate governance", "code of governance"),
    ),
    "value for money": Theme(
        patterns=(
            r"value for money",
            r"\bVFM\b",
            r"efficienc\w*",
            r"resource leverage",
            r"best value",
            r"productivity",
        ),
        question_words=("value for money", "vfm", "efficiency", "efficiencies", "best value"),
    ),
    "business planning": Theme(
        patterns=(r"business plan\w*", r"planning", r"strateg\w* plan", r"policing plan"),
        question_words=("business planning", "business plan"),
    ),
    "audit and inspection": Theme(
        patterns=(
            r"\bHMIC\b",
            r"inspection",
            r"audit recommendations",
            r"action plans",
            r"district audit",
            r"review programme",
        ),
        question_words=("inspection", "inspections", "audit recommendations"),
    ),
    "community engagement": Theme(
        patterns=(
            r"community engagement",
            r"public access",
            r"confidence",
            r"victim satisfaction",
            r"complaints",
        ),
        question_words=("community engagement", "public access"),
    ),
    "change and transformation": Theme(
        patterns=(
            r"transformation",
            r"change governance",
            r"change programme",
            r"one met model",
            r"portfolio",
        ),
        question_words=("transformation", "change governance"),
    ),
}
THEMES: dict[str, list[str]] = {name: list(theme.patterns) for name, theme in VOCABULARY.items()}

_COMPILED = {theme: [re.compile(p, re.I) for p in patterns] for theme, patterns in THEMES.items()}
THEME_NAMES = tuple(THEMES)


def classify(*texts: str | None) -> list[str]:
    """Themes whose words appear in the given texts, in the order of ``THEMES``."""
    body = " ".join(t for t in texts if t)
    return [theme for theme, patterns in _COMPILED.items() if any(p.search(body) for p in patterns)]


def speaks_of(text: str | None, themes: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` writes a word of one of ``themes``: :func:`classify` asked of those
    themes only (a question reads thousands of rows' notes of a large record for one theme)."""
    if not text:
        return False
    return any(p.search(text) for theme in themes for p in _COMPILED.get(theme, ()))


def theme_key(theme: str) -> str:
    """A metadata-safe key: 'finance/budget' -> 'theme_finance_budget'."""
    return "theme_" + re.sub(r"[^a-z0-9]+", "_", theme.lower()).strip("_")


def resolve_theme(name: str) -> str | None:
    """Match a user's theme word ('partnerships', 'risk', 'finance') to a theme name."""
    wanted = name.strip().lower()
    if not wanted:
        return None
    for theme in THEME_NAMES:
        if wanted == theme.lower() or wanted in theme.lower().split("/"):
            return theme
    for theme in THEME_NAMES:
        if any(part.startswith(wanted[:5]) for part in re.split(r"[ /]", theme.lower())):
            return theme
    for theme, patterns in _COMPILED.items():
        if any(p.fullmatch(wanted) for p in patterns):
            return theme
    return None
