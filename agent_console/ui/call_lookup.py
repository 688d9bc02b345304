"""Who is calling: the announced number, normalised like the search box does, looked up exactly.

One match opens that caller; several put the number in the search box for the agent to pick;
none opens the New caller dialog with the number and the name the phone system gave.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog

from agent_console.core.call_event import CallEvent
from agent_console.store.records import CallerSummary
from agent_console.ui.failures import user_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CallerLookup(QObject):
    problem = Signal(str)  # for the window's notice: the number or the lookup failed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None  # the New caller dialog the last lookup opened

    def close_dialog(self) -> None:
        """The next call starts: a dialog still open for the previous one goes."""
        if self.dialog is not None:
            self.dialog.reject()

    def look_up(self, event: CallEvent, incident_id: str) -> None:
        """Find the caller of ``event`` for the incident ``incident_id`` (if still on the form)."""
        from agent_console.core.phone import PhoneError, to_e164  # phonenumbers: not at start-up

        window = self._window
        region = window.services.options.region
        try:
            e164 = to_e164(event.number, region)
        except PhoneError as exc:
            log.warning("call %r: the number could not be read: %s", event.call_id, exc)
            self.problem.emit(
                self.tr(
                    "The caller's number could not be read: {0} Find the caller by hand; "
                    "the incident for this call has started."
                ).format(exc)
            )
            window.search.box.setText(event.number)
            window.search.focus_box()
            return

        data = window.services.data
        if data.state in ("closed", "opening", "signing-in"):
            # A call that starts the console arrives before its database is open (the window
            # paints first): look the caller up as soon as it is, not never.
            log.info("call %r: the caller is looked up once the database is open", event.call_id)

            def when_open(_agent: object) -> None:
                data.opened.disconnect(when_open)
                self.look_up(event, incident_id)

            data.opened.connect(when_open)
            return

        def op(session: Session) -> list[CallerSummary]:
            from agent_console.store.callers import search_callers

            return [c for c in search_callers(session, e164, region) if e164 in c.phones]

        def failed(exc: BaseException) -> None:
            message = self.tr("The caller could not be looked up: {0}").format(user_message(exc))
            self.problem.emit(message)

        data.run(op, lambda found: self._found(event, incident_id, e164, found), failed)

    def _found(
        self, event: CallEvent, incident_id: str, e164: str, callers: list[CallerSummary]
    ) -> None:
        window = self._window
        if window.form.to_input().id != incident_id:
            log.info("call %r: the lookup answered after the form moved on", event.call_id)
            return
        log.info("call %r: %d caller(s) with this number", event.call_id, len(callers))
        if len(callers) == 1:
            window.choose_caller(callers[0])
            return
        from agent_console.core.phone import display

        shown = display(e164, window.services.options.region)
        if callers:  # several people share the number: the agent picks, from the search list
            window.search.box.setText(shown)
            window.search.focus_box()
            return
        from agent_console.ui.new_caller_dialog import NewCallerDialog

        dialog = NewCallerDialog(window.services.data, window.services.hub, shown, window)
        if event.name:
            dialog.name.setText(event.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(window.choose_caller)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
