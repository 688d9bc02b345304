"""Digits typed on a Persian or Arabic keyboard count in every date, time and amount field.

QTest.keyClicks cannot send non-Latin-1 characters (it aborts), so ``type_text`` sends the
key events a Persian or Arabic keyboard layout produces.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from agent_console.core.incident_input import parse_amount
from agent_console.ui.follow_ups.due_picker import DuePicker
from agent_console.ui.main_window import MainWindow
from agent_console.ui.review.review_filters import ReviewFilters
from tests.ui.ui_helpers import type_text


@pytest.fixture(params=["en", "fa", "ar"])
def locale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(QLocale.c())


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """``widget`` on screen in a window that does not push size hints (offscreen cannot)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    return holder


def _type_day(qtbot: QtBot, edit: QDateTimeEdit, typed: str) -> int:
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    type_text(qtbot, edit, typed)
    return edit.date().day()


def test_follow_up_due_time_takes_persian_and_arabic_digits(qtbot: QtBot, locale: str) -> None:
    picker = DuePicker(lambda: datetime(2026, 3, 2, 8, 0, tzinfo=UTC), None)
    holder = _shown(qtbot, picker)
    picker.buttons["custom"].setChecked(True)
    edit = picker.when
    edit.setDateTime(QDateTime(QDate(2026, 4, 1), QTime(10, 0)))
    assert _type_day(qtbot, edit, "۱۵") == 15  # Persian
    assert _type_day(qtbot, edit, "١٧") == 17  # Arabic-Indic
    assert _type_day(qtbot, edit, "19") == 19  # Latin
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    type_text(qtbot, edit, "۱۴")
    assert edit.time().hour() == 14
    assert holder.isVisible()


def test_review_date_filter_takes_native_digits(qtbot: QtBot, locale: str) -> None:
    filters = ReviewFilters()
    holder = _shown(qtbot, filters)
    filters.use_from.setChecked(True)
    filters.date_from.setDate(QDate(2026, 4, 1))
    assert _type_day(qtbot, filters.date_from, "٢٣") == 23
    assert _type_day(qtbot, filters.date_from, "۲۸") == 28
    assert holder.isVisible()


def test_amount_typed_in_arabic_indic_digits(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.form.compensation, "١٢٣٫٥")
    assert parse_amount(window.form.to_input().compensation) == parse_amount("123.5")


def test_review_dates_in_solar_hijri_take_persian_digits(qtbot: QtBot) -> None:
    from agent_console.ui.display_format import DisplayFormat

    QLocale.setDefault(QLocale("fa"))
    try:
        filters = ReviewFilters(None, DisplayFormat("fa", calendar="jalali"))
        holder = _shown(qtbot, filters)
        filters.use_from.setChecked(True)
        filters.date_from.setDate(QDate(2026, 3, 21))
        assert filters.date_from.text() == "۱۴۰۵/۱/۱"  # 1 Farvardin 1405
        # Day 15 of Farvardin is 4 April: the agent types the Solar Hijri day.
        assert _type_day(qtbot, filters.date_from, "۱۵") == 4
        assert filters.date_from.date() == QDate(2026, 4, 4)
        assert holder.isVisible()
    finally:
        QLocale.setDefault(QLocale.c())


def test_follow_up_due_date_in_solar_hijri(qtbot: QtBot) -> None:
    from agent_console.ui.display_format import DisplayFormat

    QLocale.setDefault(QLocale("fa"))
    try:
        picker = DuePicker(
            lambda: datetime(2026, 3, 2, 8, 0, tzinfo=UTC), None,
            formats=DisplayFormat("fa", calendar="jalali"),
        )  # fmt: skip
        holder = _shown(qtbot, picker)
        picker.buttons["custom"].setChecked(True)
        picker.when.setDateTime(QDateTime(QDate(2026, 3, 21), QTime(10, 0)))
        assert picker.when.text().startswith("۱۴۰۵-۰۱-۰۱")  # 1 Farvardin 1405
        assert _type_day(qtbot, picker.when, "۱۵") == 4  # 15 Farvardin = 4 April
        assert picker.due().date() == datetime(2026, 4, 4).date()
        assert holder.isVisible()
    finally:
        QLocale.setDefault(QLocale.c())
