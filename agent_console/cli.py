"""The one entry point: the console window by default, and commands for IT and team leads."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from agent_console import __version__
from agent_console.core.options import AppOptions
from agent_console.core.taxonomy import LANGUAGES

ENV_DB = "AGENT_CONSOLE_DB"
ENV_REGION = "AGENT_CONSOLE_REGION"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("agent-console", appauthor=False))


def default_region() -> str:
    """The country part of the OS locale (fa_IR -> IR), for numbers typed without +."""
    if os.environ.get(ENV_REGION):
        return os.environ[ENV_REGION].upper()
    name = locale.getlocale()[0] or os.environ.get("LANG", "")
    country = name.split(".")[0].partition("_")[2]
    return country.upper() if len(country) == 2 else "US"


def _region(text: str) -> str:
    import phonenumbers

    code = text.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a region code; use two letters such as US, GB, IR, AE or RU"
        )
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agent-console",
        description="Console for phone agents who handle complaint and conflict calls.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for everything the app writes")
    parser.add_argument(
        "--db",
        help=f"SQLAlchemy database URL (or ${ENV_DB}); default: a SQLite file in the data dir",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with demo callers and incidents"
    )
    parser.add_argument(
        "--lang",
        choices=[c.code for c in LANGUAGES],
        help="interface language (default: the system's)",
    )
    parser.add_argument(
        "--region", type=_region, help="country for phone numbers typed without a country code"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_commands(sub)
    return parser


def _add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    try:
        from agent_console.commands import phrases
    except ImportError:  # pragma: no cover - while the command is being written
        return
    phrases.add_parser(sub)


def options_from(args: argparse.Namespace) -> AppOptions:
    return AppOptions(
        data_dir=(args.data_dir or default_data_dir()).expanduser().absolute(),
        db_url=args.db or os.environ.get(ENV_DB) or None,
        demo=args.demo,
        lang=args.lang,
        region=args.region or default_region(),
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "phrases":
        from agent_console.commands import phrases

        return phrases.run(args)
    options = options_from(args)
    from agent_console.applog import setup_logging

    setup_logging(options.log_dir)
    from agent_console.ui.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
