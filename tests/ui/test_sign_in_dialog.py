"""Signing in at start on a shared database, and switching user, in the real main window.

A throwaway PostgreSQL that checks passwords over TCP (scram-sha-256), migrated with the
roles migration; its people are made by the store's ``add_user`` as an admin would.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from agent_console.core.call_event import CALL, CallEvent
from agent_console.core.options import AppOptions
from agent_console.store import migrate
from agent_console.store.credentials import SERVICE
from agent_console.store.database import make_engine, open_database
from agent_console.store.records import NewCaller, NewFollowUp
from agent_console.store.users import add_user, disable_user, set_role
from agent_console.store.writer import Writer
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner
from agent_console.ui.sign_in_dialog import SignInDialog
from agent_console.ui.widgets.banner import Banner
from tests.servers import ServerUnavailable, free_port, postgres_cluster
from tests.store.conftest import MemoryKeyring, unavailable
from tests.ui.conftest import WindowFactory

OWNER_PASSWORD = "Owner-Pg-Secret-9"
PASSWORDS = {
    "dana": "Dana-Pass-123", "omar": "Omar-Pass-123", "nadia": "Nadia-Pass-123",
    "ida": "Ida-Pass-123", "ben": "Ben-Pass-123",
}  # fmt: skip


@dataclass(frozen=True)
class SharedDb:
    url: str  # as IT configures it: no login, no password
    port: int
    owner_url: str  # the schema owner's, for what IT does meanwhile


@pytest.fixture(scope="module")
def shared_db() -> Iterator[SharedDb]:
    try:
        with postgres_cluster(OWNER_PASSWORD) as cluster:
            engine = make_engine(make_url(cluster.url))
            migrate.upgrade(engine)
            engine.dispose()
            owner = open_database(cluster.url)
            with owner.session() as session:
                add_user(session, "dana", "lead", "Dana Orlov", PASSWORDS["dana"])
                add_user(session, "omar", "agent", "Omar Haddad", PASSWORDS["omar"])
                add_user(session, "nadia", "agent", "Nadia Sami", PASSWORDS["nadia"])
                add_user(session, "ida", "admin", "Ida Admin", PASSWORDS["ida"])
                add_user(session, "ben", "admin", "Ben Admin", PASSWORDS["ben"])
            with owner.session() as session:
                disable_user(session, "nadia")
            owner.dispose()
            url = URL.create(
                "postgresql+psycopg", None, None, "127.0.0.1", cluster.port, "postgres"
            )
            yield SharedDb(url.render_as_string(hide_password=False), cluster.port, cluster.url)
    except ServerUnavailable as exc:
        unavailable(str(exc))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def options_for(shared: SharedDb, data_dir: Path) -> AppOptions:
    return AppOptions(data_dir=data_dir, db_url=shared.url, region="GB")


def dialog_of(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    flow = window.account.switch.flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog is not None
    return flow.dialog


def plain(text: str) -> str:
    """``text`` without the direction isolates wrapped around names."""
    return text.translate({0x2066: None, 0x2068: None, 0x2069: None})


def sign_in(
    qtbot: QtBot, dialog: SignInDialog, login: str, password: str, remember: bool = False
) -> None:
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    qtbot.waitUntil(dialog.sign_in_button.isEnabled)
    dialog.sign_in_button.click()


def test_a_wrong_password_is_said_inline_keeping_the_login_then_signing_in_works(
    qtbot: QtBot,
    make_window: WindowFactory,
    shared_db: SharedDb,
    data_dir: Path,
    threaded_runner: OperationRunner,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window(options_for(shared_db, data_dir), threaded_runner)
    dialog = dialog_of(qtbot, window)
    assert f"127.0.0.1:{shared_db.port}/postgres" in dialog.server.text()
    assert window.status_line.agent.text() == "Not signed in yet"
    qtbot.waitUntil(threaded_runner.is_idle)
    assert window.banners.error is None  # nothing in the window complains while one signs in
    assert dialog.remember.isEnabled() and not dialog.keyring_note.isVisible()
    sign_in(qtbot, dialog, "dana", "not-her-password")
    assert dialog.busy.isVisible() and not dialog.password.isEnabled()  # while the runner connects
    qtbot.waitUntil(dialog.problem.isVisible, timeout=15_000)
    assert "did not accept the login" in dialog.problem.text() and "dana" in dialog.problem.text()
    assert dialog.login.text() == "dana" and dialog.password.text() == ""
    assert not dialog.busy.isVisible() and dialog.sign_in_button.isEnabled()
    sign_in(qtbot, dialog, "dana", PASSWORDS["dana"], remember=True)
    qtbot.waitUntil(lambda: window.services.data.state == "open", timeout=15_000)
    assert window.status_line.agent.text() == "Signed in: Dana Orlov (team lead)"
    assert window.account.switch.flow.dialog is None  # closed (and deleted) once signed in
    assert window.actions_by_name["review_incidents"].isEnabled()  # a lead's tools
    account = f"dana@127.0.0.1:{shared_db.port}/postgres"
    assert memory_keyring.passwords == {(SERVICE, account): PASSWORDS["dana"]}
    window.close()
    # Next start on this computer: the keyring signs Dana in, no dialog.
    again = make_window(options_for(shared_db, data_dir), threaded_runner)
    qtbot.waitUntil(lambda: again.services.data.state == "open", timeout=15_000)
    assert again.account.switch.flow.dialog is None
    assert again.status_line.agent.text() == "Signed in: Dana Orlov (team lead)"
    again.close()


def test_a_disabled_account_and_an_unknown_server_get_their_own_messages(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    window = make_window(options_for(shared_db, data_dir))
    dialog = dialog_of(qtbot, window)
    sign_in(qtbot, dialog, "nadia", PASSWORDS["nadia"])
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "locked or disabled" in dialog.problem.text()
    assert dialog.login.text() == "nadia"
    dialog.reject()  # Cancel: the window says what to do next, nothing is opened
    assert window.services.data.state == "failed"
    assert "not signed in" in window.form.submit_button.toolTip()
    assert window.banners.findChild(QWidget, "startupBanner") is not None
    # Call > Switch user… signs in after all, without restarting; the warning goes.
    window.actions_by_name["switch_user"].trigger()
    sign_in(qtbot, dialog_of(qtbot, window), "omar", PASSWORDS["omar"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    qtbot.waitUntil(lambda: window.banners.findChild(QWidget, "startupBanner") is None)
    assert window.form.submit_button.isEnabled()
    window.close()

    closed = AppOptions(
        data_dir=data_dir.parent / "another-desk",
        db_url=f"postgresql+psycopg://dana@127.0.0.1:{free_port()}/console",
    )
    window = make_window(closed)
    dialog = dialog_of(qtbot, window)  # shown at once: no password helps an unreachable server
    assert "could not be reached" in dialog.problem.text()
    assert "network" in dialog.problem.text() and dialog.login.text() == "dana"
    dialog.password.setText("kept for the retry")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert "could not be reached" in dialog.problem.text()
    assert dialog.password.text() == "kept for the retry"  # a retry needs no retyping
    dialog.reject()


def test_without_a_keyring_remember_is_not_offered_and_says_why(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture restores the memory one
    window = make_window(options_for(shared_db, data_dir))
    dialog = dialog_of(qtbot, window)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert (
        dialog.keyring_note.isVisible() and "never written to a file" in dialog.keyring_note.text()
    )
    sign_in(qtbot, dialog, "omar", PASSWORDS["omar"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == "Signed in: Omar Haddad (agent)"
    assert not any(b"Omar-Pass" in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_switching_user_keeps_the_unfinished_incident_for_its_author(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    window = make_window(options_for(shared_db, data_dir))
    sign_in(qtbot, dialog_of(qtbot, window), "dana", PASSWORDS["dana"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    # Dana has a follow-up of her own (through the outbox, as the console makes them).
    dana = window.services.data.agent
    assert dana is not None
    mine = window.follow_up_tools.mine

    def flag(writer: Writer) -> None:
        caller, _ = writer.create_caller(NewCaller("Switch Caller", ("+44 20 7946 0011",)), "GB")
        due = datetime.now(UTC) + timedelta(hours=2)
        writer.create_follow_up(
            NewFollowUp(caller.id, due, "Dana calls back", owner_id=dana.id, scope="mine")
        )

    window.services.data.write(flag)
    qtbot.waitUntil(lambda: (mine.reload(), mine.model.rowCount())[1] == 1, timeout=10_000)
    window.form.summary.setText("Dana's half-written incident")
    switch = window.actions_by_name["switch_user"]
    assert switch.isVisible() and switch.isEnabled()
    switch.trigger()
    question = window.account.switch.question
    assert question is not None
    assert "kept on this computer for Dana Orlov" in plain(question.text())
    question.cancel_button().click()  # Cancel: nothing happens
    assert window.services.data.state == "open"
    assert window.form.summary.text() == "Dana's half-written incident"

    switch.trigger()
    question = window.account.switch.question
    assert question is not None
    question.yes.click()
    dialog = dialog_of(qtbot, window)
    assert window.form.summary.text() == ""  # the next person does not see it
    assert mine.model.rowCount() == 0  # nor Dana's follow-ups
    assert not window.actions_by_name["review_incidents"].isEnabled()
    assert window.status_line.agent.text() == "Not signed in"
    assert dialog.login.text() == "" and dialog.password.text() == ""
    sign_in(qtbot, dialog, "omar", PASSWORDS["omar"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == "Signed in: Omar Haddad (agent)"
    assert not window.actions_by_name["review_incidents"].isEnabled()
    assert window.draft_offer.banner is None  # Dana's incident is not offered to Omar
    qtbot.waitUntil(lambda: mine.model.state == "loaded")
    assert mine.model.rowCount() == 0

    switch.trigger()  # Omar typed nothing: no question
    assert window.account.switch.question is None
    sign_in(qtbot, dialog_of(qtbot, window), "dana", PASSWORDS["dana"])
    qtbot.waitUntil(lambda: window.draft_offer.banner is not None)
    assert window.status_line.agent.text() == "Signed in: Dana Orlov (team lead)"
    banner = window.draft_offer.banner
    assert banner is not None
    banner.buttons["restore"].click()
    assert window.form.summary.text() == "Dana's half-written incident"
    assert not list((data_dir / "kept").glob("*.json"))  # held by the crash-safe draft now


def test_an_ordinary_sign_in_leaves_no_warning_in_the_log(
    qtbot: QtBot,
    make_window: WindowFactory,
    shared_db: SharedDb,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="agent_console")
    window = make_window(options_for(shared_db, data_dir))
    sign_in(qtbot, dialog_of(qtbot, window), "omar", PASSWORDS["omar"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert any("SignInRequired" in r.getMessage() for r in caplog.records)  # logged, as info
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not warnings, warnings


def _parked_banners(window: MainWindow) -> list[Banner]:
    found = window.banners.findChildren(Banner, "parkedBanner")
    return [b for b in found if b.isVisibleTo(window)]


def test_a_parked_incident_is_offered_back_only_to_its_author(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    window = make_window(options_for(shared_db, data_dir))
    sign_in(qtbot, dialog_of(qtbot, window), "dana", PASSWORDS["dana"])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    window.form.summary.setText("Dana's parked incident")
    event = CallEvent(
        CALL, "+44 20 7946 0999", "Waiting Caller", call_id="w1", at=datetime.now(UTC)
    )
    window.call_pop.receive(event)
    qtbot.waitUntil(lambda: len(window.call_pop.waiting) == 1)
    window.call_pop.answer_next()  # F12: Dana's incident is parked, the waiting call opens
    qtbot.waitUntil(lambda: len(_parked_banners(window)) == 1)
    assert window.form.summary.text() == ""

    window.actions_by_name["switch_user"].trigger()  # nothing typed since: no question
    dialog = dialog_of(qtbot, window)
    assert not _parked_banners(window)  # put away while nobody is signed in
    sign_in(qtbot, dialog, "omar", PASSWORDS["omar"])
    qtbot.waitUntil(lambda: window.status_line.agent.text() == "Signed in: Omar Haddad (agent)")
    qtbot.waitUntil(window.services.runner.is_idle)  # what signing in looks up has been read
    assert not _parked_banners(window)  # Omar cannot resume, and so submit, Dana's incident

    window.actions_by_name["switch_user"].trigger()
    sign_in(qtbot, dialog_of(qtbot, window), "dana", PASSWORDS["dana"])
    qtbot.waitUntil(lambda: len(_parked_banners(window)) == 1)
    window.call_pop.resume_latest()
    assert window.form.summary.text() == "Dana's parked incident"


def signed_in_window(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path, login: str
) -> MainWindow:
    window = make_window(options_for(shared_db, data_dir))
    sign_in(qtbot, dialog_of(qtbot, window), login, PASSWORDS[login])
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    return window


def test_an_admin_adds_someone_who_then_signs_in_with_the_one_time_password(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    window = signed_in_window(qtbot, make_window, shared_db, data_dir, "ida")
    assert window.status_line.agent.text() == "Signed in: Ida Admin (admin)"
    users = window.account.admin.open_users()
    assert users is not None
    qtbot.waitUntil(lambda: users.model.row_for("dana") >= 0)
    users.add_button.click()
    add = users.add_dialog
    assert add is not None
    add.login.setText("sara")
    add.name.setText("Sara Karimi")
    add.generate.setChecked(True)
    add.add_button.click()
    qtbot.waitUntil(add.result_box.isVisible)
    one_time = add.shown_password.text()
    add.reject()
    qtbot.waitUntil(lambda: users.model.row_for("sara") >= 0)
    users.select("sara")
    users.role.setCurrentIndex(users.role.findData("lead"))
    users.role_button.click()
    assert users.question is not None
    users.question.yes.click()
    qtbot.waitUntil(lambda: "sara is now team lead" in plain(users.message.text()))
    window.actions_by_name["switch_user"].trigger()
    assert not users.isVisible()  # the admin's windows close when she signs out
    sign_in(qtbot, dialog_of(qtbot, window), "sara", one_time)
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == "Signed in: Sara Karimi (team lead)"
    assert not window.account.admin.menu.menuAction().isVisible()
    assert window.actions_by_name["review_incidents"].isEnabled()


def test_a_database_login_without_a_console_user_is_told_whom_to_ask(
    qtbot: QtBot, make_window: WindowFactory, shared_db: SharedDb, data_dir: Path
) -> None:
    owner = create_engine(shared_db.owner_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text("CREATE ROLE ghost LOGIN PASSWORD 'Ghost-Pass-123'"))
    owner.dispose()
    window = make_window(options_for(shared_db, data_dir))
    dialog = dialog_of(qtbot, window)
    sign_in(qtbot, dialog, "ghost", "Ghost-Pass-123")
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "has no Agent Console user" in dialog.problem.text()
    assert "Ask an admin" in dialog.problem.text() and dialog.login.text() == "ghost"
    assert window.services.data.state == "signing-in"


def test_a_refusal_from_the_database_is_a_clear_message_not_a_traceback(
    qtbot: QtBot,
    make_window: WindowFactory,
    shared_db: SharedDb,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = signed_in_window(qtbot, make_window, shared_db, data_dir, "ben")
    users = window.account.admin.open_users()
    assert users is not None
    qtbot.waitUntil(lambda: users.model.row_for("omar") >= 0)
    owner = create_engine(shared_db.owner_url, isolation_level="AUTOCOMMIT")
    try:
        # IT takes the right to read the users away while Ben has the screen open.
        with owner.connect() as conn:
            conn.execute(text("REVOKE SELECT ON agents FROM agent_console_agent"))
        users.reload_button.click()
        qtbot.waitUntil(lambda: "did not allow" in users.message.text())
        assert "your role" in users.message.text()
    finally:
        with owner.connect() as conn:
            conn.execute(text("GRANT SELECT ON agents TO agent_console_agent"))
    # Then Ben stops being an admin while signed in: his next change is refused, politely.
    owner_db = open_database(shared_db.owner_url)
    try:
        with owner_db.session() as session:
            set_role(session, "ben", "agent")
        users.select("omar")
        users.active_button.click()
        assert users.question is not None
        users.question.yes.click()
        qtbot.waitUntil(lambda: "Only an admin may manage users" in users.message.text())
    finally:
        with owner_db.session() as session:
            set_role(session, "ben", "admin")
        owner_db.dispose()
        owner.dispose()
    assert "Traceback" not in caplog.text and "unexpected error" not in caplog.text
    assert all(not r.exc_info for r in caplog.records)
