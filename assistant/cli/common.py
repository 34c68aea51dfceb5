"""What every ``govrag`` command shares: exit codes, the services, JSON and console output."""

from __future__ import annotations

import json
import sys
from typing import Any

from ingest.errors import GovragError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


class InvalidArguments(GovragError):
    """Options that cannot work together (reported like any other error: exit code 2)."""

    code = "invalid_arguments"


def services() -> Any:
    """The services the settings describe (monkeypatch this to run commands over fakes)."""
    from assistant.container import Services
    from assistant.settings import load_settings

    return Services(load_settings())


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def console() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)
