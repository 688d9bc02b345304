"""``agent-console call`` and ``call-ended``: a softphone or PBX hook tells the agent's console.

``call NUMBER`` hands the call to the console running for this user and data folder, starting
it when none runs; the console comes to the front with the caller, their history and a new
incident. NUMBER may be a ``tel:``/``sip:`` link or an ``agent-console:call?number=...`` link,
so the command can be the system's handler for those. ``call`` with no number only brings
the console up. ``call-ended --call-id ID`` stamps the end time on that call's incident.

Kept light: no widgets, only QtCore and QtNetwork (``ui.single_instance``), because a hook
runs it on every call.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.config import load_config, options_from_args
from agent_console.core.call_event import (
    CALL,
    CALL_ENDED,
    DIRECTIONS,
    RAISE,
    CallEvent,
    CallEventError,
    encode_event,
    parse_event,
)
from agent_console.core.call_uri import CallRequest, parse_call_argument

if TYPE_CHECKING:
    import subprocess

START_TIMEOUT_S = 15.0
RETRY_S = 0.2
EXIT_BAD_INPUT = 2
EXIT_NOT_DELIVERED = 1


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    call = sub.add_parser(
        "call",
        help="pop a caller in the running console (starting it if needed)",
        description="Hand a call to this user's console: it comes to the front with the "
        "caller, their history and a new incident. Run it from the softphone's "
        "'on incoming call' hook, e.g. agent-console call %%number%% --call-id %%callid%%.",
    )
    call.add_argument(
        "number",
        nargs="?",
        help="the caller's number (any format), a tel: or sip: link, or an "
        "agent-console:call?number=... link; without it the console just comes up",
    )
    call.add_argument("--name", help="the caller's name, if the phone system knows it")
    call.add_argument("--direction", choices=DIRECTIONS, help="in (default) or out")
    call.add_argument("--call-id", dest="call_id", help="the phone system's id for the call")
    call.add_argument("--at", help="when the call started, ISO 8601 (default: now)")
    call.add_argument(
        "--no-start", action="store_true", help="do not start the console if it is not running"
    )
    call.set_defaults(handler=run, event_type=CALL)
    ended = sub.add_parser(
        "call-ended",
        help="record when a call ended on its incident",
        description="Stamp the end time on the incident of the call with this id.",
    )
    ended.add_argument("--call-id", dest="call_id", help="the id given to 'call --call-id'")
    ended.add_argument("--at", help="when the call ended, ISO 8601 (default: now)")
    ended.set_defaults(handler=run, event_type=CALL_ENDED)


def _given(*values: str | None) -> str:
    return next((v for v in values if v is not None), "")


def event_from_args(args: argparse.Namespace) -> CallEvent:
    """The event the arguments describe, checked as the console will check it."""
    number = getattr(args, "number", None)
    if args.event_type == CALL_ENDED:
        request = CallRequest(type=CALL_ENDED)
    elif number is None:
        request = CallRequest(type=RAISE)
    else:
        request = parse_call_argument(number)
    fields = {
        "type": request.type,
        "number": request.number or "",
        "name": _given(getattr(args, "name", None), request.name),
        "direction": _given(getattr(args, "direction", None), request.direction) or "in",
        "call_id": _given(args.call_id, request.call_id),
        "at": _given(args.at, request.at) or datetime.now(UTC).isoformat(),
    }
    return parse_event(json.dumps(fields).encode("utf-8"))


def console_command(args: argparse.Namespace) -> list[str]:
    """How to start the console with the same folder, database, language and region."""
    if getattr(sys, "frozen", False):
        command = [_frozen_window_program()]
    else:
        command = [sys.executable, "-m", "agent_console"]
    for option, value in (
        ("--data-dir", args.data_dir),
        ("--db", args.db),
        ("--lang", args.lang),
        ("--region", args.region),
        ("--log-level", args.log_level),
        ("--as", getattr(args, "act_as", None)),
    ):
        if value is not None:
            command += [option, str(value)]
    return [*command, "--demo"] if getattr(args, "demo", False) else command


def _frozen_window_program() -> str:
    """The built program; on Windows the one without a console window, when run from the other."""
    program = Path(sys.executable)
    windowed = program.with_name("agent-console.exe")
    if program.name.lower() == "agent-console-cli.exe" and windowed.exists():
        return str(windowed)
    return str(program)


def start_console(args: argparse.Namespace) -> subprocess.Popen[bytes]:
    """The console, started on its own: it outlives this command and writes to its log."""
    import subprocess  # only when a console has to be started

    if os.name == "nt":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        detach: dict[str, object] = {"creationflags": flags}
    else:
        detach = {"start_new_session": True}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        console_command(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **detach,
    )


def _data_dir(args: argparse.Namespace) -> Path:
    folder: Path = load_config(options=options_from_args(args)).value("data_dir")
    return folder


def run(args: argparse.Namespace) -> int:
    from agent_console.ui.instance_address import server_name
    from agent_console.ui.single_instance import Delivery, deliver

    command = f"agent-console {args.command}"
    try:
        event = event_from_args(args)
    except CallEventError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    data_dir = _data_dir(args)
    name, line = server_name(data_dir), encode_event(event)
    answer = deliver(name, line)
    if answer.delivery is Delivery.NOT_RUNNING:
        if event.type == CALL_ENDED or getattr(args, "no_start", False):
            print(
                f"{command}: no console is running for {data_dir}; nothing was sent.",
                file=sys.stderr,
            )
            return EXIT_NOT_DELIVERED
        console = start_console(args)
        print(f"Started Agent Console (pid {console.pid}) for {data_dir}.")
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            time.sleep(RETRY_S)
            answer = deliver(name, line, timeout_ms=10_000)
            if answer.delivery is not Delivery.NOT_RUNNING:
                break
            if console.poll() is not None:  # (exit 0: another console won the race; asked again)
                print(
                    f"{command}: the console stopped at once (exit code {console.returncode}); "
                    f"see the log in {data_dir / 'logs'}.",
                    file=sys.stderr,
                )
                return EXIT_NOT_DELIVERED
    return _report(command, event, answer.delivery.value, answer.message)


def _report(command: str, event: CallEvent, delivery: str, message: str) -> int:
    if delivery == "accepted":
        what = {CALL: "Call passed to", CALL_ENDED: "Call end passed to"}.get(event.type, "Raised")
        print(f"{what} Agent Console.")
        return 0
    if delivery == "rejected":
        print(f"{command}: the console refused the event: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if delivery == "not running":
        print(
            f"{command}: the console did not start listening within {START_TIMEOUT_S:.0f} s; "
            "see its log.",
            file=sys.stderr,
        )
        return EXIT_NOT_DELIVERED
    print(f"{command}: the console did not confirm the event: {message}", file=sys.stderr)
    return EXIT_NOT_DELIVERED


def hand_over_on_start(data_dir: Path) -> int | None:
    """Before a new window: a console already running here comes to the front instead.

    Returns this process's exit code when one runs, None when none does.
    """
    from agent_console.ui.instance_address import server_name
    from agent_console.ui.single_instance import Delivery, deliver, raise_event

    answer = deliver(server_name(data_dir), raise_event())
    if answer.delivery is Delivery.NOT_RUNNING:
        return None
    if answer.delivery is Delivery.ACCEPTED:
        print("Agent Console is already running; its window was brought to the front.")
        return 0
    print(
        f"agent-console: a console is already running for {data_dir} but did not answer "
        f"({answer.message}).",
        file=sys.stderr,
    )
    return EXIT_NOT_DELIVERED
