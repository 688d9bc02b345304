"""A whole session with a known password leaves it nowhere: not in a log file, not in anything
written to the data dir, not in the diagnostics copy, not in ``config show``, not on screen.

Real PostgreSQL checking passwords over TCP (scram-sha-256); the person signs in through the
sign-in dialog of the real main window with "remember on this computer" ticked (an in-memory
keyring stands for the OS one), after first typing a wrong password.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import keyring
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from agent_console.applog import HANDLER_NAME, setup_logging
from agent_console.core.options import AppOptions
from agent_console.store import migrate
from agent_console.store.credentials import SERVICE
from agent_console.store.database import make_engine, open_database
from agent_console.store.records import NewCaller
from agent_console.store.users import add_user
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services
from tests.servers import ServerUnavailable, postgres_cluster
from tests.store.conftest import MemoryKeyring, unavailable

PASSWORD = "S3cret-Pa55-xyz/#"  # '/' and '#' so the URL-encoded form differs
WRONG = "Wr0ng-Pa55-abc"
OWNER_PASSWORD = "0wner-Pa55-qrs"
FORMS = [
    PASSWORD, quote(PASSWORD, safe=""), "S3cret-Pa55",
    WRONG, OWNER_PASSWORD, quote(OWNER_PASSWORD, safe=""),
]  # fmt: skip


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def shared_url() -> Iterator[str]:
    """The URL as IT configures it (no login, no password); 'dana' was added by an admin."""
    try:
        with postgres_cluster(OWNER_PASSWORD) as cluster:
            engine = make_engine(make_url(cluster.url))
            migrate.upgrade(engine)
            engine.dispose()
            owner = open_database(cluster.url)
            with owner.session() as session:
                add_user(session, "dana", "lead", "Dana Orlov", PASSWORD)
            owner.dispose()
            url = URL.create(
                "postgresql+psycopg", None, None, "127.0.0.1", cluster.port, "postgres"
            )
            yield url.render_as_string(hide_password=False)
    except ServerUnavailable as exc:
        unavailable(str(exc))


@pytest.fixture
def debug_log(data_dir: Path) -> Iterator[Path]:
    """The console's rotating log file, at DEBUG: the most that could ever be written."""
    path = setup_logging(data_dir / "logs", logging.DEBUG)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


WindowFactory = Callable[[AppOptions], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> WindowFactory:
    """The real main window on ``options``, shown and started (as tests/ui/conftest.py does)."""

    def make(options: AppOptions) -> MainWindow:
        window = MainWindow(build_services(options, SyncRunner()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        return window

    return make


def leaks(text: str) -> list[str]:
    return [form for form in FORMS if form in text]


def everything_on_screen() -> str:
    """Every label, field, button text and tooltip of every widget the app has."""
    parts: list[str] = []
    for widget in QApplication.allWidgets():
        parts.append(widget.toolTip())
        parts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        if isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Normal:
            parts.append(widget.text())
    return "\n".join(parts)


def test_a_session_with_a_known_password_leaves_it_nowhere(
    qtbot: QtBot,
    make_window: WindowFactory,
    shared_url: str,
    data_dir: Path,
    debug_log: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window(AppOptions(data_dir=data_dir, db_url=shared_url, region="GB"))
    flow = window.account.switch.flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    dialog.login.setText("dana")
    dialog.password.setText(WRONG)
    dialog.sign_in_button.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    shown = [dialog.problem.text(), everything_on_screen()]
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(True)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert memory_keyring.passwords == {
        (SERVICE, f"dana@127.0.0.1:{make_url(shared_url).port}/postgres"): PASSWORD
    }

    # Some work: a new caller through the outbox, found again by the search.
    created: list[object] = []
    window.services.data.write(
        lambda w: w.create_caller(NewCaller("Leak Check", ("+44 20 7946 0958",)), "GB"),
        created.append,
    )
    qtbot.waitUntil(lambda: bool(created))
    window.search.box.setText("Leak Check")
    window.form.summary.setText("Caller asked about the bill")
    window.services.drafts.flush()

    # Help > Copy diagnostics, as a support ticket would get it.
    QGuiApplication.clipboard().clear()
    window.actions_by_name["copy_diagnostics"].trigger()
    qtbot.waitUntil(lambda: "Agent Console" in QGuiApplication.clipboard().text(), timeout=10_000)
    diagnostics = QGuiApplication.clipboard().text()
    shown.append(everything_on_screen())
    window.close()
    qtbot.waitUntil(window.services.runner.is_idle)

    # IT runs config show with the password written into the URL (against advice).
    with_password = make_url(shared_url).set(username="dana", password=PASSWORD)
    env = {**os.environ, "AGENT_CONSOLE_DB": with_password.render_as_string(hide_password=False)}
    show = subprocess.run(
        [sys.executable, "-m", "agent_console", "--data-dir", str(data_dir), "config", "show"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert "dana:***@" in show.stdout or "dana@" in show.stdout  # the URL is there, masked
    show_cli = subprocess.run(
        [
            sys.executable, "-m", "agent_console", "--data-dir", str(data_dir),
            "--db", with_password.render_as_string(hide_password=False), "config", "show",
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    logs = sorted((data_dir / "logs").glob("*"))
    assert debug_log in logs and debug_log.stat().st_size > 0
    assert "signing in as dana@" in debug_log.read_text(encoding="utf-8")  # the attempt is logged
    written = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    assert any(p.suffix == ".log" for p in written)
    found = {
        str(path): leaks(content.decode("utf-8", "replace")) for path, content in written.items()
    }
    assert {path: forms for path, forms in found.items() if forms} == {}
    assert leaks(diagnostics) == []
    for output in (show.stdout, show.stderr, show_cli.stdout, show_cli.stderr):
        assert leaks(output) == []
    assert [leaks(text) for text in shown] == [[], [], []]


def test_the_shown_refusal_and_the_log_line_name_the_login_not_the_password(
    qtbot: QtBot,
    make_window: WindowFactory,
    shared_url: str,
    data_dir: Path,
    debug_log: Path,
) -> None:
    window = make_window(AppOptions(data_dir=data_dir, db_url=shared_url))
    flow = window.account.switch.flow
    qtbot.waitUntil(lambda: flow.dialog is not None)
    dialog = flow.dialog
    assert isinstance(dialog, QWidget) and dialog is not None
    dialog.login.setText("dana")
    dialog.password.setText(PASSWORD + "-but-wrong")
    dialog.sign_in_button.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "dana" in dialog.problem.text() and leaks(dialog.problem.text()) == []
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = debug_log.read_text(encoding="utf-8")
    assert "WrongPassword" in log_text and leaks(log_text) == []
