"""How dates, times and numbers read on screen and in the PDF, from the agent's settings.

Built once from the settings and handed to the panes that show dates (no global): the
interface language's formats, Persian dates in the Solar Hijri calendar when chosen, and the
digits the agent chose (Persian ۰-۹, Arabic-Indic ٠-٩ or Latin). CSV exports do not use it:
they stay ISO with Latin digits so other programs can read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from agent_console.core.digits import in_digits
from agent_console.core.follow_up_time import CallerZone, same_wall_clock
from agent_console.ui.text_direction import isolate

_NATIVE_SCRIPT = {"fa": "persian", "ar": "arabic"}
_SHORT = QLocale.FormatType.ShortFormat


def zone_city(name: str) -> str:
    """The place part of an IANA zone name: "America/New_York" -> "New York"."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class DisplayFormat:
    language: str = "en"
    calendar: str = "gregorian"  # "jalali": the Solar Hijri calendar (Persian only)
    digits: str = "native"  # "latin": 0-9 even in Persian and Arabic
    zone: dt.tzinfo | None = None  # the agent's time zone; None: the computer's
    _locale: QLocale = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_locale", QLocale(self.language))

    @property
    def locale(self) -> QLocale:
        return QLocale(self._locale)

    @property
    def script(self) -> str:
        """The digits shown: "persian", "arabic" or "latin"."""
        native = _NATIVE_SCRIPT.get(self.language)
        return native if native and self.digits == "native" else "latin"

    @property
    def solar_hijri(self) -> bool:
        return self.language == "fa" and self.calendar == "jalali"

    def _calendar(self) -> QCalendar:
        return QCalendar(
            QCalendar.System.Jalali if self.solar_hijri else QCalendar.System.Gregorian
        )

    def use_in(self, edit: QDateTimeEdit) -> None:
        """Show and edit ``edit``'s dates in this calendar (its dates stay the same days)."""
        edit.setCalendar(self._calendar())

    def _digits(self, text: str) -> str:
        return in_digits(text, self.script)

    def _local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.zone)

    def date(self, day: dt.date) -> str:
        """A short date: 1405/1/1 in Solar Hijri, 21.03.2026 in Russian, 3/21/26 in English."""
        shown = self._locale.toString(QDate(day.year, day.month, day.day), _SHORT, self._calendar())
        return self._digits(shown)

    def datetime(self, moment: dt.datetime) -> str:
        """A short date and time in the agent's zone."""
        local = self._local(moment)
        qt_moment = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        return self._digits(self._locale.toString(qt_moment, _SHORT, self._calendar()))

    def time(self, moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
        """Hours and minutes in ``zone`` (the agent's when None)."""
        local = moment.astimezone(zone or self.zone)
        return self._digits(self._locale.toString(QTime(local.hour, local.minute), _SHORT))

    def day_month(self, day: dt.date) -> str:
        """A day and a short month name, for chart axes: "21 Mar", "۱ فروردین"."""
        qt_day = QDate(day.year, day.month, day.day)
        calendar = self._calendar()
        parts = calendar.partsFromDate(qt_day)
        month = calendar.monthName(self._locale, parts.month, parts.year, _SHORT)
        return self._digits(f"{self._locale.toString(parts.day)} {month}")

    def number(self, value: float, decimals: int = 0) -> str:
        shown = (
            self._locale.toString(round(value))
            if decimals == 0
            else self._locale.toString(float(value), "f", decimals)
        )
        return self._digits(shown)

    def digits_of(self, text: str) -> str:
        """Text already made (a phone number typed by someone) with the chosen digits."""
        return self._digits(text)

    def with_caller_time(self, moment: dt.datetime, caller: CallerZone | None) -> str:
        """The agent's time, and the caller's beside it when their clock reads differently.

        "14:05 (caller 17:35 Tehran)"; just "14:05" when both clocks agree or the caller's
        zone is unknown.
        """
        mine = self.time(moment)
        agent_zone = self.zone or moment.astimezone().tzinfo
        if caller is None or agent_zone is None or same_wall_clock(moment, agent_zone, caller.zone):
            return mine
        return self._beside(mine, moment, caller)

    def datetime_with_caller(self, moment: dt.datetime, caller: CallerZone | None) -> str:
        """A date and time for the agent, with the caller's time beside it when it differs."""
        agent_zone = self.zone or moment.astimezone().tzinfo
        shown = self.datetime(moment)
        if caller is None or agent_zone is None or same_wall_clock(moment, agent_zone, caller.zone):
            return shown
        return self._beside(shown, moment, caller)

    def _beside(self, mine: str, moment: dt.datetime, caller: CallerZone) -> str:
        # Each part isolated: "2:40 ص" and "Tehran" would otherwise swap places in Arabic.
        theirs = self.time(moment, caller.zone)
        return QCoreApplication.translate("DisplayFormat", "{0} (caller {1} {2})").format(
            isolate(mine), isolate(theirs), isolate(self.zone_name(caller.name))
        )

    def zone_name(self, name: str) -> str:
        """Where the caller's clock is, in the interface language: the zone's city in English
        ("Tehran"), the zone's own localised name elsewhere ("وقت عادی ایران"), since the IANA
        city is English only; the city when Qt knows no name for the zone.
        """
        if self.language == "en":
            return zone_city(name)
        zone = QTimeZone(name.encode())
        if not zone.isValid():
            return zone_city(name)
        shown = zone.displayName(
            QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, self._locale
        )
        return shown or zone_city(name)
