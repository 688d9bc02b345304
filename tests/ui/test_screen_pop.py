"""The screen pop, end to end: real ``agent-console call`` processes talk to the real window.

The test's window listens on its local server like a running console; each event is sent by
a separate Python process running the real command, as a softphone hook would.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.instance_address import server_name
from agent_console.ui.main_window import MainWindow
from agent_console.ui.new_caller_dialog import NewCallerDialog
from agent_console.ui.single_instance import claim_instance
from agent_console.ui.widgets.banner import Banner
from tests.settings_env import clean_environ
from tests.ui.conftest import WindowFactory
from tests.ui.ui_helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
MARYAM = "+98 912 345 6789"  # demo caller Maryam Rahimi, 0912 345 6789
NOBODY = "+98 912 999 8877"


def _env(tmp_path: Path) -> dict[str, str]:
    return clean_environ(tmp_path / "config", QT_QPA_PLATFORM="offscreen")


def _run(qtbot: QtBot, tmp_path: Path, argv: list[str]) -> tuple[int, str, str]:
    """Run a process to its end while this window keeps answering (the event loop runs)."""
    child = subprocess.Popen(
        argv,
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
    finally:
        if child.poll() is None:
            child.kill()
        out, err = child.communicate(timeout=30)
    return child.returncode, out, err


def _console(qtbot: QtBot, tmp_path: Path, data_dir: Path, *args: str) -> tuple[int, str, str]:
    return _run(
        qtbot, tmp_path, [sys.executable, "-m", "agent_console", "--data-dir", str(data_dir), *args]
    )


def _plain(text: str) -> str:
    """Text as read, without the invisible marks that keep names and numbers in their direction."""
    return text.translate({c: None for c in range(0x2066, 0x206A)})


def _banners(window: MainWindow, name: str) -> list[Banner]:
    found = window.banners.findChildren(Banner, name)
    return [b for b in found if b.isVisibleTo(window)]


@pytest.fixture
def listening(window: MainWindow, demo_options: AppOptions) -> Iterator[MainWindow]:
    """The window listening for call events, as ``run_gui`` sets it up."""
    server = claim_instance(demo_options.data_dir)
    assert server is not None and server.is_listening()
    window.call_pop.attach(server)
    yield window
    server.close()


def _type_a_draft(qtbot: QtBot, window: MainWindow, draft: Path) -> None:
    window.form.category.set_code("billing")
    type_text(qtbot, window.form.summary, "Half-written complaint")
    qtbot.waitUntil(
        lambda: (
            draft.exists()
            and json.loads(draft.read_text("utf-8"))["summary"] == "Half-written complaint"
        )
    )


def _submit(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Enter, giving the reason the checklist asks for when its steps are not ticked."""
    form = window.form

    def asked() -> QDialog | None:
        dialog = window.findChild(QDialog, "skipReasonDialog")
        return dialog if dialog is not None and dialog.isVisible() else None

    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.summary.text() == "" or asked() is not None)
    dialog = asked()
    if dialog is not None:
        type_text(qtbot, dialog.reason, "Short call")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: form.summary.text() == "")


def _stored_call(data_dir: Path, call_id: str) -> tuple[datetime, datetime | None]:
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from agent_console.store.models import Incident

    engine = create_engine(f"sqlite:///{data_dir / 'agent-console.sqlite3'}")
    try:
        with Session(engine) as session:
            row = session.execute(
                select(Incident.started_at, Incident.ended_at).where(Incident.call_id == call_id)
            ).one()
            return row[0], row[1]
    finally:
        engine.dispose()


def test_a_call_from_another_process_pops_the_caller(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window = listening
    window.showMinimized()
    at = (datetime.now(UTC) - timedelta(minutes=2)).replace(microsecond=0)
    code, out, err = _console(
        qtbot,
        tmp_path,
        demo_options.data_dir,
        "call",
        MARYAM,
        "--call-id",
        "abc",
        "--at",
        at.isoformat(),
    )
    assert code == 0, err
    assert "Call passed to Agent Console" in out and "Started" not in out

    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    assert not window.isMinimized()  # the window came back to the front
    form = window.form
    assert form.caller_label.text() == "Maryam Rahimi"
    inp = form.to_input()
    assert inp.call_id == "abc"
    assert datetime.fromisoformat(inp.started_at) == at
    qtbot.waitUntil(lambda: window.history.model.state == "loaded")
    assert window.history.model.rowCount() == 41  # her open follow-up and 40 incidents
    assert "0912 345 6789" in window.card.phones.text()


def test_a_number_nobody_has_opens_the_new_caller_dialog_prefilled(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    code, _, err = _console(
        qtbot,
        tmp_path,
        demo_options.data_dir,
        "call",
        f"tel:{NOBODY.replace(' ', '-')}",
        "--name",
        "Reza Karimi",
        "--call-id",
        "n1",
    )
    assert code == 0, err
    qtbot.waitUntil(lambda: listening.findChild(NewCallerDialog) is not None)
    dialog = listening.findChild(NewCallerDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.phones.text() == "0912 999 8877" and dialog.name.text() == "Reza Karimi"
    assert listening.form.call_id() == "n1"
    dialog.save()
    qtbot.waitUntil(lambda: listening.card.name.text() == "Reza Karimi")
    assert listening.form.caller_label.text() == "Reza Karimi"
    assert listening.form.call_id() == "n1"  # the same incident, now with its new caller


def test_a_call_while_writing_waits_and_the_switch_parks_the_incident(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window, form, draft = listening, listening.form, demo_options.draft_path
    _type_a_draft(qtbot, window, draft)
    before = form.to_input()

    code, _, err = _console(
        qtbot,
        tmp_path,
        demo_options.data_dir,
        "call",
        MARYAM,
        "--call-id",
        "c1",
        "--name",
        "Maryam",
    )
    assert code == 0, err
    qtbot.waitUntil(lambda: len(_banners(window, "incomingCallBanner")) == 1)
    banner = _banners(window, "incomingCallBanner")[0]
    assert _plain(banner.message.text()).startswith("Incoming call: Maryam (+98 912 345 6789).")
    assert "Press F12 to switch to it" in banner.message.text()
    assert form.to_input() == before  # nothing was taken from the agent
    assert window.card.name.text() == "No caller selected"
    assert json.loads(draft.read_text("utf-8"))["summary"] == "Half-written complaint"

    qtbot.keyClick(form.summary, Qt.Key.Key_F12)  # answer: the waiting call opens
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    assert form.call_id() == "c1" and form.summary.text() == ""
    assert not _banners(window, "incomingCallBanner")
    parked_files = list((demo_options.data_dir / "parked").glob("*.json"))
    assert len(parked_files) == 1
    parked = json.loads(parked_files[0].read_text("utf-8"))
    assert parked["incident"]["summary"] == "Half-written complaint"
    offers = _banners(window, "parkedBanner")
    assert len(offers) == 1 and "Parked incident: no caller picked" in offers[0].message.text()

    qtbot.keyClick(form.summary, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # resume
    assert form.summary.text() == "Half-written complaint"
    assert form.to_input().id == before.id and form.category.code() == "billing"
    assert not _banners(window, "parkedBanner")
    assert not any((demo_options.data_dir / "parked").glob("*.json"))
    assert json.loads(draft.read_text("utf-8"))["summary"] == "Half-written complaint"


def test_waiting_calls_are_shown_and_answered_in_order(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window = listening
    _type_a_draft(qtbot, window, demo_options.draft_path)
    for call_id, number in (("first", MARYAM), ("second", NOBODY)):
        code, _, err = _console(
            qtbot, tmp_path, demo_options.data_dir, "call", number, "--call-id", call_id
        )
        assert code == 0, err
    qtbot.waitUntil(lambda: len(window.call_pop.waiting) == 2)
    shown = _banners(window, "incomingCallBanner")
    layout_order = sorted(shown, key=lambda b: b.y())
    texts = [_plain(b.message.text()) for b in layout_order]
    assert texts[0].startswith(f"Incoming call: {MARYAM}. Press F12 to switch to it")
    assert texts[1] == f"Incoming call: {NOBODY}. It waits behind the call above."
    qtbot.keyClick(window.form.summary, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    assert window.form.call_id() == "first"
    # The first call is now on the form: the second keeps waiting for the agent.
    assert [w.event.call_id for w in window.call_pop.waiting] == ["second"]
    assert len(_banners(window, "incomingCallBanner")) == 1
    assert "Press F12" in _banners(window, "incomingCallBanner")[0].message.text()


def test_malformed_events_are_refused_and_shown_and_the_draft_stays(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window, draft = listening, demo_options.draft_path
    _type_a_draft(qtbot, window, draft)
    before = window.form.to_input()
    name = server_name(demo_options.data_dir)
    script = (
        "import sys\n"
        "from agent_console.ui.single_instance import deliver\n"
        "for line in sys.argv[2:]:\n"
        "    answer = deliver(sys.argv[1], line.encode())\n"
        "    print(answer.delivery.value, '|', answer.message)\n"
    )
    lines = [
        "{not json",
        '{"type": "ring"}',
        '{"type": "call", "number": "0912 ABC 6789"}',
        '{"type": "call-ended"}',
    ]
    code, out, err = _run(qtbot, tmp_path, [sys.executable, "-c", script, name, *lines])
    assert code == 0, err
    answers = out.splitlines()
    assert len(answers) == 4 and all(a.startswith("rejected |") for a in answers)
    assert "not valid JSON" in answers[0] and "Unknown event type" in answers[1]
    assert "no letters" in answers[2] and "needs the call id" in answers[3]
    notices = _banners(window, "callNotice")
    assert len(notices) == 1  # one notice, showing the latest problem
    assert "A call event was ignored" in notices[0].message.text()
    assert "needs the call id" in notices[0].message.text()
    assert window.isVisible() and window.form.to_input() == before
    assert json.loads(draft.read_text("utf-8"))["summary"] == "Half-written complaint"

    # What the command can tell by itself it refuses before sending anything.
    for args, says in (
        (["call", "0912 ABC 6789"], "no letters"),
        (["call-ended"], "needs the call id"),
        (["call", "mailto:x@example.com"], "not understood"),
    ):
        code, _, err = _console(qtbot, tmp_path, demo_options.data_dir, *args)
        assert code == 2 and says in err
    assert "needs the call id" in notices[0].message.text()  # nothing new arrived


def test_the_call_command_loads_no_widgets(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    script = (
        "import sys\n"
        "from agent_console.cli import main\n"
        "code = main(['--data-dir', sys.argv[1], 'call', sys.argv[2], '--call-id', 'light'])\n"
        "print(sorted(m for m in sys.modules if m in ('PySide6.QtWidgets', 'PySide6.QtGui')))\n"
        "sys.exit(code)\n"
    )
    code, out, err = _run(
        qtbot, tmp_path, [sys.executable, "-c", script, str(demo_options.data_dir), MARYAM]
    )
    assert code == 0, err
    assert out.splitlines()[-1] == "[]"
    qtbot.waitUntil(lambda: listening.form.call_id() == "light")


def test_call_ended_stamps_the_end_time_and_never_a_submitted_incident(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window, form, data_dir = listening, listening.form, demo_options.data_dir
    started = (datetime.now(UTC) - timedelta(minutes=9)).replace(microsecond=0)
    ended = started + timedelta(minutes=6)
    assert (
        _console(
            qtbot,
            tmp_path,
            data_dir,
            "call",
            MARYAM,
            "--call-id",
            "e1",
            "--at",
            started.isoformat(),
        )[0]
        == 0
    )
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    code, _, err = _console(
        qtbot, tmp_path, data_dir, "call-ended", "--call-id", "e1", "--at", ended.isoformat()
    )
    assert code == 0, err
    qtbot.waitUntil(lambda: form.ended_at == ended.isoformat())

    form.category.set_code("billing")
    form.severity.set_code(2)
    form.mood_start.set_code(3)
    form.outcome.set_code("resolved")
    type_text(qtbot, form.summary, "Charged twice")
    _submit(qtbot, window)
    assert _stored_call(data_dir, "e1") == (started, ended)

    # The incident is submitted: a late call-ended leaves it alone and says so.
    later = ended + timedelta(minutes=1)
    assert (
        _console(
            qtbot, tmp_path, data_dir, "call-ended", "--call-id", "e1", "--at", later.isoformat()
        )[0]
        == 0
    )
    qtbot.waitUntil(lambda: bool(_banners(window, "callNotice")))
    assert "after its incident was submitted" in _banners(window, "callNotice")[0].message.text()
    assert _stored_call(data_dir, "e1") == (started, ended)


def test_call_ended_reaches_a_waiting_call_and_a_parked_one(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    window, data_dir = listening, demo_options.data_dir
    assert _console(qtbot, tmp_path, data_dir, "call", MARYAM, "--call-id", "p1")[0] == 0
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    type_text(qtbot, window.form.summary, "Wants a refund")  # now the form is in use
    assert _console(qtbot, tmp_path, data_dir, "call", NOBODY, "--call-id", "w1")[0] == 0
    qtbot.waitUntil(lambda: len(window.call_pop.waiting) == 1)

    assert _console(qtbot, tmp_path, data_dir, "call-ended", "--call-id", "w1")[0] == 0
    banner = _banners(window, "incomingCallBanner")[0]
    qtbot.waitUntil(lambda: "ended at" in banner.message.text())
    assert "before you switched to it" in banner.message.text()

    banner.buttons["answer"].click()  # p1 is parked, w1 opens with its end time already known
    qtbot.waitUntil(lambda: window.form.call_id() == "w1")
    assert window.form.ended_at
    assert _console(qtbot, tmp_path, data_dir, "call-ended", "--call-id", "p1")[0] == 0
    parked_file = next((data_dir / "parked").glob("*.json"))
    qtbot.waitUntil(lambda: json.loads(parked_file.read_text("utf-8"))["ended_at"] != "")
    assert "The call ended at" in _banners(window, "parkedBanner")[0].message.text()


def test_starting_the_console_again_raises_the_running_one(
    qtbot: QtBot, listening: MainWindow, demo_options: AppOptions, tmp_path: Path
) -> None:
    listening.showMinimized()
    code, out, err = _console(qtbot, tmp_path, demo_options.data_dir)
    assert code == 0, err
    assert "already running" in out
    qtbot.waitUntil(lambda: not listening.isMinimized())


@pytest.mark.skipif(os.name == "nt", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_is_taken_over(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions, tmp_path: Path
) -> None:
    path = Path(QDir.tempPath()) / server_name(demo_options.data_dir)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a console that crashed: the file stays, nobody listens
    stale.close()
    assert path.exists()
    window = make_window(demo_options)
    server = claim_instance(demo_options.data_dir)
    assert server is not None and server.is_listening()
    window.call_pop.attach(server)
    try:
        code, out, err = _console(qtbot, tmp_path, demo_options.data_dir, "call", "--no-start")
        assert code == 0 and "Raised Agent Console" in out, err
    finally:
        server.close()


def test_two_data_folders_are_two_consoles(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert server_name(one) != server_name(two)
    assert server_name(one) == server_name(tmp_path / "two" / ".." / "one")
    assert server_name(one, "alice") != server_name(one, "bob")
    assert len(server_name(tmp_path / ("x" * 200))) < 60  # Unix socket paths are short


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return True
    return state in ("Z", "X")  # exited; its new parent may not reap it in a container


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="watches the process through /proc")
def test_a_call_with_no_console_running_starts_one(
    demo_options: AppOptions, tmp_path: Path
) -> None:
    data_dir = demo_options.data_dir
    argv = [sys.executable, "-m", "agent_console", "--data-dir", str(data_dir), "--region", "IR"]
    env = _env(tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*argv, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )

    first = run("call", MARYAM, "--call-id", "s1")
    assert first.returncode == 0, first.stderr
    assert "Started Agent Console (pid" in first.stdout
    assert "Call passed to Agent Console" in first.stdout
    pid = int(first.stdout.split("(pid ", 1)[1].split(")", 1)[0])
    log = data_dir / "logs" / "agent-console.log"

    def wait_for_log(text: str) -> None:
        deadline = time.monotonic() + 60
        while text not in log.read_text("utf-8"):
            assert time.monotonic() < deadline, log.read_text("utf-8")[-3000:]
            time.sleep(0.1)

    try:
        wait_for_log("call 's1': 1 caller(s) with this number")
        assert run("call-ended", "--call-id", "s1").returncode == 0
        second = run("call", MARYAM, "--call-id", "s2")
        assert second.returncode == 0 and "Started" not in second.stdout, second.stderr
        wait_for_log("call 's2': 1 caller(s) with this number")
        assert "already running" in run().stdout  # a plain start hands over too
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while not _gone(pid):
            assert time.monotonic() < deadline, "the console did not stop on SIGTERM"
            time.sleep(0.1)
    finally:
        if not _gone(pid):
            os.kill(pid, signal.SIGKILL)
    assert "closing the console on SIGTERM" in log.read_text("utf-8")
    stopped = run("call", MARYAM, "--no-start")
    assert stopped.returncode == 1 and "no console is running" in stopped.stderr
