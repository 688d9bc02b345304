"""The import's last step: progress with Cancel while it runs, then what happened to every row."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.dashboard.figure_text import number
from agent_console.ui.failures import user_message
from agent_console.ui.transfer.import_models import RejectionsModel
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

if TYPE_CHECKING:
    from agent_console.store.import_writer import ImportReport
    from agent_console.ui.services import ConsoleServices

STEPS = 1000  # the progress bar's range: the share of the file read


class ReportPage(QWidget):
    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportPage")
        self._services = services
        self.report: ImportReport | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, STEPS)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.rejections = RejectionsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("rejectedRows")
        self.view.setModel(self.rejections)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.save_button = QPushButton(self.tr("&Save rejected rows as CSV…"), self)
        self.save_button.setObjectName("saveRejected")
        self.save_button.clicked.connect(lambda: self.save_rejections())
        self.note = QLabel(self)
        self.note.setObjectName("importNote")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.note)
        layout.addStretch(1)  # without rejected rows, the report stays at the top

    def start(self, file_name: str) -> None:
        self.report = None
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.rejections.set_rows([], [])
        self.view.hide()
        self.save_button.hide()
        self.note.setText("")
        self.status.setText(self.tr("Importing {0}…").format(file_name))

    def show_progress(self, rows: int, fraction: float) -> None:
        self.progress.setValue(round(fraction * STEPS))
        self.status.setText(self.tr("%n row(s) read…", "", rows))

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling: undoing what was written so far…"))

    def show_failure(self, message: str, cancelled: bool) -> None:
        self.cancel_button.setEnabled(False)
        if not cancelled:
            message = self.tr("Nothing was imported: {0}").format(message)
        self.status.setText(message)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(STEPS)
        self.cancel_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "{0}: {1} rows read in {2} s. {3} imported, {4} already there (skipped), "
                "{5} rejected. {6} new callers."
            ).format(
                report.file_name, number(report.rows), number(report.seconds, 1),
                number(report.imported), number(report.already_there),
                number(len(report.rejected)), number(report.callers_added),
            )
        )  # fmt: skip
        if report.rejected:
            rows = [(r.line, r.reason, r.cells) for r in report.rejected]
            self.rejections.show_rejections(report.header, rows)
            self.view.show()
            self.save_button.show()
        self._layout.setStretch(self._layout.count() - 1, 0 if report.rejected else 1)

    def save_rejections(self, path: Path | None = None) -> None:
        report = self.report
        if report is None or not report.rejected:
            return
        if path is None:
            default = Path.home() / f"{Path(report.file_name).stem}-rejected.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(default), "CSV (*.csv)"
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        rows = [(r.line, r.reason, r.cells) for r in report.rejected]

        def op() -> int:
            from agent_console.store.export_csv import write_rejections

            return write_rejections(target, report.header, rows)

        def saved(count: int) -> None:
            self.note.setText(self.tr("Saved %n rejected row(s) to {0}.", "", count).format(target))

        self._services.runner.run(op, saved, lambda exc: self.note.setText(user_message(exc)))
