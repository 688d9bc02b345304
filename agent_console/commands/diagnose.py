"""``agent-console diagnostics``: the Help menu's "Copy diagnostics" text, for when no window opens."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "diagnostics",
        help="print versions, settings and the last log lines (no passwords) for a support ticket",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from agent_console.config import load_config, options_from_args
    from agent_console.diagnostics import diagnostics_text

    config = load_config(options=options_from_args(args))
    print(diagnostics_text(config.app_options(), config), end="")
    return 0
