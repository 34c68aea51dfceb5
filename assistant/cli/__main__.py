"""``python -m assistant.cli``."""

from assistant.cli.main import main

raise SystemExit(main())
