"""Allows ``python -m agent_console``."""

from agent_console.cli import main

raise SystemExit(main())
