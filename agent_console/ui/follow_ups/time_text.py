"""Due times as people read them: in the interface locale, in a given zone, overdue or not."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from agent_console.core.follow_up_time import CallerZone, same_wall_clock


def agent_zone() -> tzinfo:
    """The zone of this computer's clock: the agent's own."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def zoned_text(moment: datetime, zone: tzinfo) -> str:
    """A short date and time of ``moment`` on a clock in ``zone``, in the interface locale."""
    local = moment.astimezone(zone)
    qt_moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    )
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)


def both_clocks(moment: datetime, caller: CallerZone | None, mine: tzinfo) -> str:
    """When the caller's clock and the agent's differ, both times; else just one."""
    if caller is None:
        return QCoreApplication.translate(
            "FollowUpTimes", "{0} (your time; the caller's time zone is not known)"
        ).format(zoned_text(moment, mine))
    if same_wall_clock(moment, caller.zone, mine):
        return zoned_text(moment, mine)
    zone_name = caller.name + (
        QCoreApplication.translate("FollowUpTimes", ", likely") if caller.guessed else ""
    )
    return QCoreApplication.translate(
        "FollowUpTimes", "{0} for the caller ({1}) · {2} for you"
    ).format(zoned_text(moment, caller.zone), zone_name, zoned_text(moment, mine))


def overdue_text(due: datetime, now: datetime) -> str:
    """ "overdue 3 h", "due in 20 min": how far the due time is from now."""
    minutes = int((due - now).total_seconds() // 60)
    amount, locale = abs(minutes), QLocale()
    if amount < 60:
        span = QCoreApplication.translate("FollowUpTimes", "{0} min").format(
            locale.toString(amount)
        )
    elif amount < 48 * 60:
        span = QCoreApplication.translate("FollowUpTimes", "{0} h").format(
            locale.toString(amount // 60)
        )
    else:
        span = QCoreApplication.translate("FollowUpTimes", "%n day(s)", None, amount // (24 * 60))
    return (
        QCoreApplication.translate("FollowUpTimes", "overdue {0}").format(span)
        if minutes < 0
        else QCoreApplication.translate("FollowUpTimes", "in {0}").format(span)
    )
