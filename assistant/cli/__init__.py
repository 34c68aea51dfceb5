"""The ``govrag`` command line (``main``); ``python -m assistant.cli`` runs it too."""

from assistant.cli.main import build_parser, help_markdown, main

__all__ = ["build_parser", "help_markdown", "main"]
