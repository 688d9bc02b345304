"""Persian and Arabic mirror the whole window: docks, form labels, the history's columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, interface_language


def _x(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, widget.rect().center()).x()


@pytest.fixture(params=["fa", "ar", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, request.param) as chosen:
        yield chosen


def test_window_mirrors_in_persian_and_arabic(
    qtbot: QtBot, language: str, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    from tests.ui.test_call_flow import _find_maryam

    window = make_window(demo_options)
    _find_maryam(qtbot, window)
    rtl = language in ("fa", "ar")
    assert window.isRightToLeft() is rtl
    central = window.centralWidget()
    assert central is not None
    # The side docks sit on the trailing side: left of the form in Persian and Arabic.
    for name in ("checklistDock", "followUpsDock"):
        dock = window.findChild(QDockWidget, name)
        assert dock is not None and dock.isVisible()
        assert (_x(dock, window) < _x(central, window)) is rtl, name
        expected = (
            Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea
        )
        assert window.dockWidgetArea(dock) == expected
    # Search and history lead; the form follows: right of the form in Persian and Arabic.
    assert (_x(window.search, window) > _x(window.form, window)) is rtl
    # Every form label is right of its field in RTL, left of it in LTR.
    layout = window.form.layout()
    assert layout is not None
    form = next(
        item.layout()
        for item in (layout.itemAt(i) for i in range(layout.count()))
        if isinstance(item.layout(), QFormLayout)
    )
    assert isinstance(form, QFormLayout)
    checked = 0
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        label_widget, field_widget = label.widget(), field.widget()
        if not label_widget.text():
            continue
        assert (_x(label_widget, window) > _x(field_widget, window)) is rtl, label_widget.text()
        checked += 1
    assert checked >= 10
    # The history's first column (the date) is at the right edge of the view in RTL.
    view = window.history.view
    header = view.header()
    first = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    second = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    assert (first > second) is rtl
    assert (first > view.viewport().width() // 2) is rtl
    # The menu bar starts on the right.
    bar = window.menuBar()
    first_menu = bar.actionGeometry(bar.actions()[0])
    assert (first_menu.center().x() > bar.width() // 2) is rtl
    assert bar.mapTo(window, QPoint(0, 0)).y() == 0
