"""A number nobody has: offered as a new caller, with messages beside the fields that are wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_console.ui.main_window import MainWindow
from agent_console.ui.new_caller_dialog import NewCallerDialog
from tests.ui.ui_helpers import type_text

UNKNOWN_NUMBER = "۰۹۱۲ ۹۹۹ ۸۸۷۷"  # Persian digits, nobody in the demo data


def _open_dialog(qtbot: QtBot, window: MainWindow, typed: str) -> NewCallerDialog:
    search = window.search
    type_text(qtbot, search.box, typed)
    qtbot.waitUntil(lambda: search.offer.isVisible())
    assert search.offer.text().startswith(f"New caller with {typed}")
    assert "No caller matches" in search.status.text()
    search.offer.click()
    dialog = window.findChild(NewCallerDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_unknown_number_becomes_a_new_caller(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window, UNKNOWN_NUMBER)
    assert dialog.phones.text() == UNKNOWN_NUMBER
    type_text(qtbot, dialog.name, "Sara Ahmadi")
    type_text(qtbot, dialog.pinned_note, "Prefers e-mail")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.card.name.text() == "Sara Ahmadi"
    assert window.card.phones.text() == "0912 999 8877"
    assert window.card.pinned_note.text() == "Prefers e-mail"
    assert window.form.caller_label.text() == "Sara Ahmadi"
    assert "first call" in window.history.placeholder.text()
    # And she is found from now on.
    window.search.box.clear()
    type_text(qtbot, window.search.box, "0912 999 8877")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)


def test_new_caller_problems_are_shown_beside_their_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_dialog(qtbot, window, "0912 999 8877")
    dialog.phones.setText("0912 999 8877, 12ab34")
    dialog.save()
    assert dialog.isVisible()
    assert "“12ab34” is not a phone number" in dialog.messages["phones"].text()
    assert dialog.messages["phones"].isVisible() and dialog.phones.hasFocus()
    dialog.phones.setText("+98 12")
    dialog.save()
    assert "wrong number of digits" in dialog.messages["phones"].text()
    dialog.phones.setText("0912 999 8877")
    dialog.save()  # no name: the store says so, beside the name field
    assert dialog.isVisible()
    assert "Give the caller's name" in dialog.messages["name"].text()
    assert not dialog.messages["phones"].isVisible()
    assert dialog.name.hasFocus()


def test_ctrl_n_offers_a_new_caller_with_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.search.box, "Nobody Known")
    qtbot.waitUntil(lambda: window.search.status.isVisible())
    assert not window.search.offer.isVisible()  # not a number: no offer button, Ctrl+N still works
    window.actions_by_name["new_caller"].trigger()
    dialog = window.findChild(NewCallerDialog)
    assert dialog is not None and dialog.name.text() == "Nobody Known"
    dialog.reject()
    QApplication.processEvents()
