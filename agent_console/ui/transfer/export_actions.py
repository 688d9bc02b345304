"""The dashboard's exports: incidents and follow-ups of its period to CSV (written in the runner),
and the dashboard itself to a printable PDF.

Each asks where to save with a file dialog unless a path is given (tests, scripts).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from agent_console.ui.failures import user_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.dashboard.window import DashboardWindow

CSV_FILTER = "CSV (*.csv)"
PDF_FILTER = "PDF (*.pdf)"


class ExportActions(QObject):
    def __init__(self, window: DashboardWindow) -> None:
        super().__init__(window)
        self.window = window

    def _ask(self, title: str, default: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(default), file_filter)
        return Path(chosen) if chosen else None

    def incidents(self, path: Path | None = None) -> None:
        from agent_console.store.export_csv import export_incidents

        self._csv(
            path, "incidents", export_incidents, self.tr("Export incidents"),
            lambda n: self.tr("Saved %n incident(s) to {0}.", "", n),
        )  # fmt: skip

    def follow_ups(self, path: Path | None = None) -> None:
        from agent_console.store.export_csv import export_follow_ups

        self._csv(
            path, "follow-ups", export_follow_ups, self.tr("Export follow-ups"),
            lambda n: self.tr("Saved %n follow-up(s) to {0}.", "", n),
        )  # fmt: skip

    def _csv(
        self,
        path: Path | None,
        what: str,
        write: Callable[..., int],
        title: str,
        done: Callable[[int], str],
    ) -> None:
        window = self.window
        path = path or self._ask(title, window.default_file(what, "csv"), CSV_FILTER)
        if path is None:
            return
        start, end = window.period_bounds()
        who = window.who()
        window.show_status(self.tr("Saving {0}…").format(path))

        def op(session: Session) -> int:
            return write(session, path, start, end, who)

        def saved(count: int) -> None:
            window.show_status(done(count).format(path))
            window.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            window.show_status(self.tr("Nothing was saved: {0}").format(user_message(exc)))

        window.services.data.run(op, saved, failed)

    def pdf(self, path: Path | None = None) -> None:
        from agent_console.ui.dashboard.pdf_export import write_pdf

        window = self.window
        if window.dashboard is None:
            return
        path = path or self._ask(
            self.tr("Save the dashboard as PDF"),
            window.default_file("dashboard", "pdf"),
            PDF_FILTER,
        )
        if path is None:
            return
        try:
            pages = write_pdf(
                path,
                window.dashboard,
                window.period_text(window.dashboard),
                window.services.formats,
            )
        except OSError as exc:
            window.show_status(self.tr("Nothing was saved: {0}").format(exc.strerror or exc))
            return
        window.show_status(
            self.tr("Saved the dashboard (%n page(s)) to {0}.", "", pages).format(path)
        )
        window.exported.emit(str(path))
