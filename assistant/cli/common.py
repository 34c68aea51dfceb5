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


_OPENED: list[Any] = []


def services() -> Any:
    """The services the settings describe (monkeypatch this to run commands over fakes); let
    go when the command ends (:func:`close_services`)."""
    from assistant.container import Services
    from assistant.settings import load_settings

    made = Services(load_settings())
    _OPENED.append(made)
    return made


def close_services() -> None:
    """Let go of the vector index and catalog the command's services opened. An embedded Chroma
    client left open keeps its database shared by path within the process: a rebuild that moves
    the index folder aside would then write through it into a new, empty file."""
    while _OPENED:
        _OPENED.pop().close()


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def console() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)
