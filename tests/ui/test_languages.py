"""Languages: Qt's own translations, the layout direction for Persian and Arabic, user text direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.i18n import choose_language
from tests.ui.conftest import WindowFactory


def test_language_choice() -> None:
    assert choose_language("fa") == "fa"
    assert choose_language("de") == "en"  # not one of ours


def test_persian_mirrors_the_window_and_loads_qt_translations(
    qtbot: QtBot, persian: None, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Qt's own strings come from qtbase_fa.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    window = make_window(demo_options)
    assert window.isRightToLeft()
    # The search pane sits on the right of the form, as a Persian reader expects.
    search_x = window.search.mapTo(window, window.search.rect().center()).x()
    form_x = window.form.mapTo(window, window.form.rect().center()).x()
    assert search_x > form_x
    # Dates and numbers in Persian digits.
    assert QLocale().toString(12) == "۱۲"


def test_english_user_text_keeps_left_to_right_in_the_persian_interface(
    qtbot: QtBot, persian: None, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tests.ui.test_call_flow import _find_maryam, _first_incident_row

    window = make_window(demo_options)
    _find_maryam(qtbot, window)
    model, view = window.history.model, window.history.view
    english = next(
        r
        for r in range(_first_incident_row(window), model.rowCount())
        if model.incident(model.index(r, 0)).notes[:1].isascii()  # type: ignore[union-attr]
    )
    notes = model.index(0, 0, model.index(english, 0))
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, notes)  # type: ignore[attr-defined]
    assert option.direction == Qt.LayoutDirection.LeftToRight  # type: ignore[attr-defined]
