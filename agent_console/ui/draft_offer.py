"""Offering back the incident left unfinished last time: restore it (with its caller) or discard it."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from agent_console.core.incident_input import IncidentInput
from agent_console.store.records import CallerSummary
from agent_console.ui.data_access import DataAccess
from agent_console.ui.draft_keeper import DraftKeeper
from agent_console.ui.form.incident_form import IncidentForm
from agent_console.ui.formatting import local_datetime
from agent_console.ui.widgets.banner import Banner
from agent_console.ui.widgets.banner_area import BannerArea

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.display_format import DisplayFormat

log = logging.getLogger(__name__)


class DraftOffer(QObject):
    caller_restored = Signal(object)  # CallerSummary of the restored incident

    def __init__(
        self,
        banners: BannerArea,
        drafts: DraftKeeper,
        form: IncidentForm,
        data: DataAccess,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats
        self._banners = banners
        self._drafts = drafts
        self._form = form
        self._data = data
        self.banner: Banner | None = None
        drafts.found.connect(self.offer)

    def offer(self, inp: IncidentInput) -> None:
        who = inp.caller_name or self.tr("no caller picked")
        banner = self.banner = self._banners.add(
            "info",
            self.tr("An incident was left unfinished ({0}, started {1}). Restore it?").format(
                who, _when(inp, self._formats)
            ),
            "draftBanner",
        )
        banner.add_button(
            "restore", self.tr("&Restore the unfinished incident"), lambda: self.answer(inp, True)
        )
        banner.add_button("discard", self.tr("Discard"), lambda: self.answer(inp, False))

    def answer(self, inp: IncidentInput, restore: bool) -> None:
        self._drafts.offer_answered()
        if self.banner is not None:
            self.banner.close_banner()
            self.banner = None
        if not restore:
            self._drafts.clear()
            return
        self._form.load_input(inp)
        self._form.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        if inp.caller_id:
            self._bring_back_caller(uuid.UUID(inp.caller_id))

    def _bring_back_caller(self, caller_id: uuid.UUID) -> None:
        def op(session: Session) -> CallerSummary | None:
            from agent_console.store.callers import get_caller

            return get_caller(session, caller_id)

        def found(caller: CallerSummary | None) -> None:
            if caller is not None:
                self.caller_restored.emit(caller)
                self._form.summary.setFocus(Qt.FocusReason.OtherFocusReason)

        # The form already names the caller; if the database is away, that is enough.
        self._data.run(op, found, lambda exc: log.info("restored caller not shown: %s", exc))


def _when(inp: IncidentInput, formats: DisplayFormat | None) -> str:
    try:
        return local_datetime(datetime.fromisoformat(inp.started_at), formats)
    except ValueError:
        return inp.started_at
