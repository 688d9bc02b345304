"""``agent-console self-test``: is this installation able to work? One line per check, for IT.

Runs in seconds, with or without a screen, from source or from the frozen bundle. Exits 1
when any check FAILs; a WARN (no keyring, no translations built yet) does not fail it.
"""

from __future__ import annotations

import argparse
import getpass
import platform
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from agent_console import __version__

if TYPE_CHECKING:
    from agent_console.commands.selftest_checks import Check
    from agent_console.config import Config


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "self-test",
        help="check that this installation works (Qt, database, content, keyring)",
        description="Check Qt, a new embedded database, the bundled content and translations, "
        "the keyring and the configured shared database. Exits 1 when a check fails.",
    )
    parser.add_argument("--offscreen", action="store_true",
                        help="check Qt without a screen even where there is one")
    parser.add_argument("--ask-password", action="store_true",
                        help="ask for the shared database's password to check its schema")
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.qt_probe:
        from agent_console.commands.selftest_qt import probe_main

        return probe_main()
    from agent_console.commands.selftest_checks import FAIL
    from agent_console.config import load_config, options_from_args

    config = load_config(options=options_from_args(args))
    password = None
    if args.ask_password and config.value("db"):
        password = getpass.getpass("Password for the shared database: ")
    checks = run_checks(config, force_offscreen=args.offscreen, password=password)
    return 1 if any(c.status == FAIL for c in checks) else 0


def run_checks(
    config: Config, *, force_offscreen: bool = False, password: str | None = None,
    out: Callable[[str], None] = print,
) -> list[Check]:
    """Run every check, printing each line as soon as it is known (so a hang shows where)."""
    from agent_console.commands.selftest_checks import (
        FAIL,
        WARN,
        check_checklists,
        check_config,
        check_data_dir,
        check_embedded_database,
        check_keyring,
        check_phrasebooks,
    )
    from agent_console.commands.selftest_qt import run_probe
    from agent_console.commands.selftest_shared import check_shared_database

    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    out(f"Agent Console {__version__} self-test ({frozen}; Python {platform.python_version()}; "
        f"{platform.platform(terse=True)})")
    started = time.perf_counter()
    steps: list[tuple[str, Callable[[], list[Check]]]] = [
        ("config", lambda: [check_config(config)]),
        ("Qt", lambda: run_probe(force_offscreen)),
        ("embedded database", lambda: [check_embedded_database()]),
        ("checklists", lambda: [check_checklists()]),
        ("phrasebooks", lambda: [check_phrasebooks()]),
        ("keyring", lambda: [check_keyring()]),
        ("shared database", lambda: [check_shared_database(config.value("db"), password)]),
        ("data folder", lambda: [check_data_dir(config.value("data_dir"))]),
    ]
    checks: list[Check] = []
    for name, step in steps:
        for check in _guarded(name, step):
            out(format_check(check))
            checks.append(check)
    failed = sum(c.status == FAIL for c in checks)
    warned = sum(c.status == WARN for c in checks)
    verdict = "FAILED" if failed else "passed"
    out(f"self-test {verdict}: {failed} failed, {warned} warning(s), "
        f"{len(checks)} checks in {time.perf_counter() - started:.1f} s")
    return checks


def _guarded(name: str, step: Callable[[], list[Check]]) -> list[Check]:
    from agent_console.commands.selftest_checks import FAIL, Check

    started = time.perf_counter()
    try:
        checks = step()
    except Exception as exc:  # a check that breaks is a failed check, not a crashed self-test
        return [Check(name, FAIL, f"{type(exc).__name__}: {exc}")]
    took = time.perf_counter() - started
    return [Check(c.name, c.status, c.detail, c.notes, took) for c in checks[:1]] + checks[1:]


def format_check(check: Check) -> str:
    took = f" [{check.seconds:.2f} s]" if check.seconds is not None else ""
    lines = [f"{check.status:<4} {check.name}: {check.detail}{took}"]
    lines += [f"       {note}" for note in check.notes]
    return "\n".join(lines)
