"""Dates, labels and moods as the interface shows them, in the interface language."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from agent_console.core import taxonomy
from agent_console.core.taxonomy import Choice

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat


def choice_label(choices: tuple[Choice, ...], code: str | int | None) -> str:
    """The translated label of a taxonomy code (labels are translated in the "taxonomy" context)."""
    text = taxonomy.label(choices, code)
    return QCoreApplication.translate("taxonomy", text) if text else ""


def local_datetime(moment: datetime, formats: DisplayFormat | None = None) -> str:
    """A short local date and time: as the agent's ``formats`` say, else in the interface locale."""
    if formats is not None:
        return formats.datetime(moment)
    local = moment.astimezone()
    qt_moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    )
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)


def mood_change(start: int, end: int | None) -> str:
    first = choice_label(taxonomy.MOODS, start)
    if end is None:
        return first
    if QGuiApplication.isRightToLeft():
        # Right-to-left marks keep the start on the right even while labels are in a
        # left-to-right script (not yet translated), which would otherwise swap the two.
        return f"{first} \u200f←\u200f {choice_label(taxonomy.MOODS, end)}"
    return f"{first} → {choice_label(taxonomy.MOODS, end)}"


def ui_side_alignment() -> Qt.AlignmentFlag:
    """The interface's leading edge, whatever the direction of the text placed there.

    For short values (a phone number, an account code, a name) that should line up with
    their label and column while their own characters keep their own order.
    """
    side = (
        Qt.AlignmentFlag.AlignRight
        if QGuiApplication.isRightToLeft()
        else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def region_currency(region: str) -> str:
    """The ISO currency of a region ("IR" -> "IRR"), or "" when Qt does not know it."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyTerritory:
        return ""
    locale = QLocale(QLocale.Language.AnyLanguage, territory)
    return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
