"""How the dashboard writes its figures and names its series, in the interface language.

Numbers go through the agent's DisplayFormat (native or Latin digits, as chosen in
Settings), else QLocale; a figure with
nothing to compute it from shows a dash, never a misleading zero.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from agent_console.core import taxonomy
from agent_console.core.kpi import Figure
from agent_console.core.kpi_breakdown import NOT_RECORDED, OTHER
from agent_console.ui.formatting import choice_label

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

NONE = "—"


def number(value: float, decimals: int = 0, formats: DisplayFormat | None = None) -> str:
    """``value`` in the agent's digits (``formats``: native or Latin), else the locale's."""
    if formats is not None:
        return formats.number(value, decimals)
    return QLocale().toString(float(value), "f", decimals)


def count(figure: Figure, formats: DisplayFormat | None = None) -> str:
    return number(figure.value or 0, 0, formats)


def percent(figure: Figure, formats: DisplayFormat | None = None) -> str:
    if figure.value is None:
        return NONE
    return number(figure.value * 100, 0, formats) + QLocale().percent()


def minutes(figure: Figure, formats: DisplayFormat | None = None) -> str:
    if figure.value is None:
        return NONE
    shown = number(figure.value, 1, formats)
    return QCoreApplication.translate("Dashboard", "{0} min").format(shown)


def score(figure: Figure, formats: DisplayFormat | None = None) -> str:
    """A mean on a 1-5 scale."""
    return NONE if figure.value is None else number(figure.value, 2, formats)


def signed(figure: Figure, formats: DisplayFormat | None = None) -> str:
    """A mean change, with its sign: +1.4 steps calmer."""
    if figure.value is None:
        return NONE
    text = number(abs(figure.value), 2, formats)
    return ("+" if figure.value >= 0 else "−") + text


def day_label(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def week_label(monday: date) -> str:
    """A week by its Monday; the chart's title says the bars are weeks."""
    return day_label(monday)


def category_name(key: str) -> str:
    if key == OTHER:
        return QCoreApplication.translate("Dashboard", "Other")
    return choice_label(taxonomy.CATEGORIES, key)


def root_cause_name(key: str) -> str:
    if key == OTHER:
        return QCoreApplication.translate("Dashboard", "Other")
    if key == NOT_RECORDED:
        return QCoreApplication.translate("Dashboard", "Not recorded")
    return choice_label(taxonomy.ROOT_CAUSES, key)
