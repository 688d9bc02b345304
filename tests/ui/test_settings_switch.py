"""Changing the language in Settings rebuilds the window at once and keeps the call's work."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.console_session import ConsoleSession
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner, SyncRunner
from agent_console.ui.settings_dialog import SettingsDialog
from tests.ui.test_call_flow import _find_maryam, _first_incident_row
from tests.ui.ui_helpers import type_text

MIXED = "تست فارسی و English با هم"


@pytest.fixture(params=["sync", "threaded"])
def session(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, demo_options: AppOptions,
    tmp_path: Path,
) -> Iterator[ConsoleSession]:
    # Threaded: each window has its own worker, and the database moves across between them.
    runners = {"sync": SyncRunner, "threaded": OperationRunner}[request.param]
    started = ConsoleSession(qapp, demo_options, runners, tmp_path / "user" / "config.toml")
    window = started.window
    window.show()
    qtbot.waitExposed(window)
    window.start()
    yield started
    started.window.close()
    started.shutdown()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.c())


def _choose(qtbot: QtBot, window: MainWindow, language: str, digits: str = "native") -> None:
    """Ctrl+, then pick ``language`` (and digits) and press OK, as the agent would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    if dialog.digits.isVisible():
        dialog.digits.setCurrentIndex(dialog.digits.findData(digits))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_language_switch_keeps_the_incident_and_mirrors(
    qtbot: QtBot, session: ConsoleSession, tmp_path: Path
) -> None:
    first = session.window
    _find_maryam(qtbot, first)
    agent = first.services.data.agent
    assert agent is not None
    type_text(qtbot, first.form.summary, MIXED)
    type_text(qtbot, first.form.notes, "Promised a callback. " + MIXED)
    first.form.severity.setCurrentIndex(2)
    first.guidance.tick_next()  # the checklist's first step, ticked during the call
    assert first.guidance.call is not None and len(first.guidance.call.state.ticks) == 1
    incident_id = first.form.to_input().id

    with qtbot.waitSignal(session.window_replaced, timeout=10_000):
        _choose(qtbot, first, "fa")
    persian = session.window
    assert persian is not first
    assert persian.isRightToLeft() and persian.isVisible()
    # The incident being typed is all there, with its id, in the same order of characters.
    typed = persian.form.to_input()
    assert (typed.id, typed.summary, typed.severity) == (incident_id, MIXED, first_severity(2))
    assert typed.notes == "Promised a callback. " + MIXED
    assert persian.form.caller_label.text() == "Maryam Rahimi"
    # The checklist comes back with its tick once the new window has its guidance content.
    qtbot.waitUntil(lambda: persian.guidance.call is not None, timeout=10_000)
    assert persian.guidance.call is not None and len(persian.guidance.call.state.ticks) == 1
    qtbot.waitUntil(lambda: persian.history.model.state == "loaded", timeout=10_000)
    assert persian.card.name.text() == "Maryam Rahimi"
    # Dates now read in the Solar Hijri calendar with Persian digits.
    row = _first_incident_row(persian)
    shown = persian.history.model.index(row, 0).data()
    assert shown[:2] == "۱۴" and not any(c.isascii() and c.isdigit() for c in shown)
    saved = tomllib.loads((tmp_path / "user" / "config.toml").read_text(encoding="utf-8"))
    assert saved["lang"] == "fa" and saved["digits"] == "native"

    # Arabic with Latin digits, then back to English: still the same incident.
    with qtbot.waitSignal(session.window_replaced, timeout=10_000):
        _choose(qtbot, persian, "ar", digits="latin")
    arabic = session.window
    assert arabic.isRightToLeft()
    qtbot.waitUntil(lambda: arabic.history.model.state == "loaded", timeout=10_000)
    shown = arabic.history.model.index(_first_incident_row(arabic), 0).data()
    assert any(c.isascii() and c.isdigit() for c in shown) and "٢" not in shown
    with qtbot.waitSignal(session.window_replaced, timeout=10_000):
        _choose(qtbot, arabic, "en")
    english = session.window
    assert not english.isRightToLeft()
    assert english.form.to_input().summary == MIXED
    assert english.form.to_input().id == incident_id
    # The signed-in database went across each time: open, as the same agent, without a sign-in.
    qtbot.waitUntil(lambda: english.services.data.state == "open", timeout=10_000)
    assert english.services.data.agent == agent


def first_severity(index: int) -> int | None:
    from agent_console.core import taxonomy

    return int(taxonomy.SEVERITIES[index - 1].code)


def test_a_broken_settings_file_is_kept_and_the_agent_told(
    qtbot: QtBot, session: ConsoleSession, tmp_path: Path
) -> None:
    from agent_console.ui.settings_dialog import DisplayChoice
    from agent_console.ui.widgets.banner import Banner

    path = tmp_path / "user" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    broken = "version = 1\nregion = IR\n"
    path.write_text(broken, encoding="utf-8")
    with qtbot.waitSignal(session.window_replaced, timeout=10_000):
        session.apply(DisplayChoice("ru", "jalali", "native"))
    window = session.window
    assert path.read_text(encoding="utf-8") == broken  # not touched
    banner = window.findChild(Banner, "settingsNotSaved")
    assert banner is not None and banner.isVisible()
    assert "fix or remove that line" in banner.message.text()  # what to do, in the file's words
    assert window.menuBar().actions()[0].text() != "&Call"  # Russian now, all the same
