"""Governance themes of an action record, from the words of its issue, title and action.

Progress notes are left out on purpose: a finance action whose progress mentions 'partnership
working with the audit services' is not a partnership action.
"""

from __future__ import annotations

import re

THEMES: dict[str, list[str]] = {
    "partnership": [
        r"partner\w*",
        r"collaborat\w*",
        r"cross[- ]?agency",
        r"joint (?:financial )?planning",
        r"local strategic plan",
        r"blue light",
        r"third parties",
    ],
    "risk management": [
        r"risk management",
        r"risk register\w*",
        r"risk assessment",
        r"business risk",
        r"corporate risk",
        r"financial risk\w*",
        r"assurance framework",
        r"risks (?:and|arising)",
    ],
    "HR": [
        r"\bHR\b",
        r"human resources",
        r"staff appraisal",
        r"appraisal",
        r"workforce",
        r"recruit\w*",
        r"role profile\w*",
        r"code of conduct",
        r"HR policies",
    ],
    "finance/budget": [
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
    ],
    "procurement/contracts": [
        r"procure\w*",
        r"contract\w*",
        r"tender\w*",
        r"purchase to pay",
        r"\bP2P\b",
        r"commissioning",
        r"american express",
    ],
    "performance": [
        r"performance (?:management|information|measures|data|indicators|framework)",
        r"\bBVPIs?\b",
        r"\bBVPP\b",
        r"\bPIs\b",
        r"indicators",
        r"benchmark\w*",
        r"\bSMART\b",
        r"performance\b",
    ],
    "information management": [
        r"information management",
        r"records? (?:management|keeping)",
        r"freedom of information",
        r"data protection",
        r"\bGDPR\b",
        r"subject access",
        r"\bIT systems?\b",
        r"web ?site",
        r"publication scheme",
    ],
    "training": [
        r"training",
        r"skills",
        r"e-?learning",
        r"leadership capability",
        r"business awareness",
    ],
    "internal control": [
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
    ],
    "governance": [
        r"governance",
        r"standards committee",
        r"decision making",
        r"oversight",
        r"code of",
        r"scrutiny",
    ],
    "value for money": [
        r"value for money",
        r"\bVFM\b",
        r"efficienc\w*",
        r"resource leverage",
        r"best value",
        r"productivity",
    ],
    "business planning": [r"business plan\w*", r"planning", r"strateg\w* plan", r"policing plan"],
    "audit and inspection": [
        r"\bHMIC\b",
        r"inspection",
        r"audit recommendations",
        r"action plans",
        r"district audit",
        r"review programme",
    ],
    "community engagement": [
        r"community engagement",
        r"public access",
        r"confidence",
        r"victim satisfaction",
        r"complaints",
    ],
    "change and transformation": [
        r"transformation",
        r"change governance",
        r"change programme",
        r"one met model",
        r"portfolio",
    ],
}

_COMPILED = {theme: [re.compile(p, re.I) for p in patterns] for theme, patterns in THEMES.items()}
THEME_NAMES = tuple(THEMES)


def classify(*texts: str | None) -> list[str]:
    """Themes whose words appear in the given texts, in the order of ``THEMES``."""
    body = " ".join(t for t in texts if t)
    return [theme for theme, patterns in _COMPILED.items() if any(p.search(body) for p in patterns)]


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
