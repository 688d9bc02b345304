"""The one entry point: the console window by default, and commands for IT and team leads."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path

from agent_console import __version__
from agent_console.config import Config, load_config, options_from_args
from agent_console.config_schema import LOG_LEVELS, ConfigValueError
from agent_console.core.options import AppOptions
from agent_console.core.taxonomy import LANGUAGES

log = logging.getLogger(__name__)


def _region(text: str) -> str:
    import phonenumbers

    code = text.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a region code; use two letters such as US, GB, IR, AE or RU"
        )
    return code


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The options; with ``commands`` also every command (which imports their modules)."""
    parser = argparse.ArgumentParser(
        prog="agent-console",
        description="Console for phone agents who handle complaint and conflict calls.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for everything the app writes")
    parser.add_argument(
        "--db",
        help="SQLAlchemy database URL (or $AGENT_CONSOLE_DB, or db in config.toml); "
        "default: a SQLite file in the data dir",
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
    parser.add_argument(
        "--calendar", choices=["gregorian", "jalali"], help="Persian dates: Solar Hijri or Gregorian"
    )
    parser.add_argument(
        "--digits", choices=["native", "latin"], help="Persian and Arabic digits: native or Latin"
    )
    parser.add_argument(
        "--log-level", type=str.upper, choices=LOG_LEVELS, help="how much to write to the log"
    )
    parser.add_argument(
        "--as",
        dest="act_as",
        metavar="LOGIN",
        help="embedded database only: work as this agent, e.g. the demo team lead 'dorlov'",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_commands(sub)
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The arguments; the commands' modules are imported only when the line names a command,
    asks for help or does not parse without them, so the window starts without them."""
    given = sys.argv[1:] if argv is None else argv
    if not {"-h", "--help"} & set(given):
        args, rest = build_parser(commands=False).parse_known_args(given)
        if not rest:
            return args
    return build_parser().parse_args(given)


def _add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from agent_console.commands import admin, call, config_show, db, diagnose, import_cmd, selftest

    selftest.add_parser(sub)
    call.add_parser(sub)
    config_show.add_parser(sub)
    db.add_parser(sub)
    admin.add_parser(sub)
    diagnose.add_parser(sub)
    import_cmd.add_parser(sub)
    try:
        from agent_console.commands import phrases
    except ImportError:  # pragma: no cover - while the command is being written
        return
    phrases.add_parser(sub)


def config_from(args: argparse.Namespace) -> Config:
    """The layered settings: machine file, user file, environment, then these options."""
    try:
        return load_config(options=options_from_args(args))
    except ConfigValueError as exc:
        build_parser().error(str(exc))


def options_from(args: argparse.Namespace) -> AppOptions:
    return config_from(args).app_options(demo=args.demo)


def report_problems(config: Config) -> None:
    """Config problems go to the log and the terminal; the console starts regardless."""
    for problem in config.problems:
        log.warning("configuration: %s", problem)
        print(f"agent-console: warning: {problem}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "phrases":
        from agent_console.commands import phrases

        return phrases.run(args)
    handler = getattr(args, "handler", None)
    if handler is not None:
        config_from(args)  # a bad --db or --data-dir is a usage error for every command
        result: int = handler(args)
        return result
    config = config_from(args)
    options = config.app_options(demo=args.demo)
    if args.act_as:
        options = dataclasses.replace(options, act_as=args.act_as)
    from agent_console.applog import setup_logging

    # A plain log file until the window's frame is up, then a rotating one (ui.window_start).
    setup_logging(options.log_dir, getattr(logging, config.value("log_level")), rotating=False)
    report_problems(config)
    from agent_console.ui.instance_address import may_be_listening, server_name

    if may_be_listening(server_name(options.data_dir)):
        from agent_console.commands.call import hand_over_on_start  # no widgets: stays fast

        handed_over = hand_over_on_start(options.data_dir)
        if handed_over is not None:
            return handed_over
    from agent_console.ui.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
