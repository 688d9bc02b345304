"""Telling the agent a follow-up is due, whatever screen is open: tray message or banner, badge.

A timer asks the runner every ~30 s which of my follow-ups are due by the clock it was given
(tests hand in one they move). Each follow-up is announced once per due time: a snoozed one
that comes due again is announced again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from agent_console.store.records import FollowUpRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.text_direction import isolate
from agent_console.ui.widgets.banner import Banner
from agent_console.ui.widgets.banner_area import BannerArea

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHECK_EVERY_MS = 30_000


class FollowUpAlerts(QObject):
    due_changed = Signal(int)  # how many of my follow-ups are due now
    show_requested = Signal(object)  # the follow-up id the person wants to see

    def __init__(
        self,
        data: DataAccess,
        clock: Callable[[], datetime],
        banners: BannerArea,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data, self._clock = data, clock
        self._banners, self._window = banners, window
        self._announced: set[tuple[uuid.UUID, datetime]] = set()
        self._checking = False
        self.due: list[FollowUpRow] = []
        self.banner: Banner | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("followUpAlertTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Ask, in the runner, which of my follow-ups are due now."""
        agent = self._data.agent
        if agent is None or self._checking:
            return
        self._checking = True
        agent_id, now = agent.id, self._clock()

        def op(session: Session) -> list[FollowUpRow]:
            from agent_console.store.follow_up_queries import due_follow_ups

            return due_follow_ups(session, agent_id, now)

        self._data.run(op, self._on_due, self._on_failed)

    def _on_failed(self, _exc: BaseException) -> None:
        self._checking = False  # the next tick tries again; failures show elsewhere

    def _on_due(self, rows: list[FollowUpRow]) -> None:
        self._checking = False
        self.due = rows
        self.due_changed.emit(len(rows))
        fresh = [r for r in rows if (r.id, r.due_at) not in self._announced]
        self._announced = {(r.id, r.due_at) for r in rows}
        if fresh:
            self._announce(fresh)
        elif not rows and self.banner is not None:
            self.banner.close_banner()

    def _announce(self, fresh: list[FollowUpRow]) -> None:
        first = fresh[0]
        if len(fresh) == 1:
            text = self.tr("Follow-up due: call {0} back — {1}").format(
                isolate(first.caller_name), isolate(first.reason)
            )
        else:
            text = self.tr(
                "%n follow-ups are due, first: call {0} back — {1}", "", len(fresh)
            ).format(isolate(first.caller_name), isolate(first.reason))
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray().showMessage(
                self.tr("Agent Console"), text, QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        else:
            self._show_banner(text, first.id)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self._show_first)
            self.tray.show()
        return self.tray

    def _show_banner(self, text: str, follow_up_id: uuid.UUID) -> None:
        if self.banner is not None:
            self.banner.close_banner()
        banner = self.banner = self._banners.add("warning", text, "followUpDueBanner")
        banner.add_button("show", self.tr("Show"), lambda: self.show_requested.emit(follow_up_id))
        banner.add_dismiss()
        banner.closed.connect(lambda: self._forget(banner))

    def _show_first(self) -> None:
        if self.due:
            self.show_requested.emit(self.due[0].id)

    def _forget(self, banner: Banner) -> None:
        if self.banner is banner:
            self.banner = None
