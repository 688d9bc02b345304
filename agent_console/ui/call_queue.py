"""Calls waiting for the agent to finish: one "Incoming call" banner each, in the order they came.

Only the first names the switch key (F12 answers the oldest); a call that ends before the
agent switches to it says so, and keeps its end time for the incident if it is opened later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.call_event import CallEvent
from agent_console.ui.formatting import local_datetime
from agent_console.ui.text_direction import isolate, ltr_isolate
from agent_console.ui.widgets.banner import Banner
from agent_console.ui.widgets.banner_area import BannerArea

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

log = logging.getLogger(__name__)


def caller_text(event: CallEvent) -> str:
    """The caller as the event names them; each part keeps its own direction in any language."""
    number = ltr_isolate(event.number) if event.number else ""
    if event.name and number:
        return f"{isolate(event.name)} ({number})"
    return isolate(event.name) if event.name else number


@dataclass
class Waiting:
    event: CallEvent
    banner: Banner
    ended_at: datetime | None = None


class WaitingCalls(QObject):
    answer_requested = Signal(object)  # Waiting: the agent pressed its "Switch to this call"

    def __init__(
        self,
        banners: BannerArea,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats
        self._banners = banners
        self.items: list[Waiting] = []

    def add(self, event: CallEvent) -> None:
        banner = self._banners.add("warning", "", "incomingCallBanner")
        item = Waiting(event, banner)
        answer = self.tr("Switch to this call")
        banner.add_button("answer", answer, lambda: self.answer_requested.emit(item))
        banner.add_button("dismiss", self.tr("Dismiss"), lambda: self.remove(item))
        self.items.append(item)
        self._show()
        log.info("call %r waits: the form is in use (%d waiting)", event.call_id, len(self.items))

    def remove(self, item: Waiting) -> None:
        if item in self.items:
            self.items.remove(item)
            item.banner.close_banner()
            self._show()

    def mark_ended(self, call_id: str, at: datetime) -> bool:
        """Note that a waiting call has ended; False when no waiting call has that id."""
        for item in self.items:
            if item.event.call_id == call_id:
                item.ended_at = at
                self._show()
                return True
        return False

    def _text(self, item: Waiting, first: bool) -> str:
        who = caller_text(item.event)
        if item.ended_at is not None:
            return self.tr("Call from {0} ended at {1} before you switched to it.").format(
                who, isolate(local_datetime(item.ended_at, self._formats))
            )
        incoming = item.event.direction == "in"
        text = self.tr("Incoming call: {0}.") if incoming else self.tr("Outgoing call: {0}.")
        then = (
            self.tr("Press F12 to switch to it; the incident on the form is then parked.")
            if first
            else self.tr("It waits behind the call above.")
        )
        return text.format(who) + " " + then

    def _show(self) -> None:
        for n, item in enumerate(self.items):
            item.banner.message.setText(self._text(item, first=n == 0))
