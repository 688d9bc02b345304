"""Import callers or past incidents from CSV: pick the file, map its columns, import, read the report.

File and database work runs in the runner; the import itself is one transaction that Cancel
rolls back. The rows refused are listed with their reasons and can be saved as CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.import_mapping import CALLERS, INCIDENTS, RowOptions
from agent_console.store.csv_input import ENCODINGS, Preview
from agent_console.ui.failures import user_message
from agent_console.ui.transfer.import_job import ImportJob
from agent_console.ui.transfer.mapping_page import MappingPage
from agent_console.ui.transfer.report_page import ReportPage

if TYPE_CHECKING:
    from agent_console.core.import_presets import Guess
    from agent_console.store.import_writer import ImportReport
    from agent_console.ui.services import ConsoleServices

FILE, MAPPING, RUN = range(3)


class ImportDialog(QDialog):
    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from CSV — Agent Console"))
        self.services = services
        self.job: ImportJob | None = None
        self.report: ImportReport | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("Past incidents (and their callers)"), INCIDENTS)
        self.kind.addItem(self.tr("Callers"), CALLERS)
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        for code, name in ENCODINGS.items():
            self.encoding.addItem(name, code)
        self.file_problem = QLabel(self)
        self.file_problem.setObjectName("fileProblem")
        self.file_problem.setWordWrap(True)
        self.mapping = MappingPage(self)
        self.run_page = ReportPage(services, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self.mapping)
        self.pages.addWidget(self.run_page)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.browse_button.clicked.connect(self._browse)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        self.mapping.changed.connect(self._check_mapping)
        self.run_page.cancel_button.clicked.connect(self.cancel_import)
        self.resize(980, 640)
        self._show_page(FILE)

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("&Import:"), self.kind)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.file_problem)
        hint = QLabel(self.tr(
            "Each row becomes one incident (with its caller) or one caller. Rows already imported "
            "are recognised and skipped, so importing a file twice adds nothing."
        ), page)  # fmt: skip
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    # -- steps --------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index == MAPPING or (index == RUN and self.job is None))
        self.next_button.setVisible(index != RUN)
        self.next_button.setText(self.tr("&Import") if index == MAPPING else self.tr("&Next >"))
        if index == MAPPING:
            self._check_mapping()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), self.path.text(), "CSV (*.csv *.txt)"
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path, encoding: str = "utf-8") -> None:
        """What choosing a file does (the Browse button, or a test): read its first rows."""
        self.path.setText(str(path))
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(encoding)))
        self.read_preview()

    def read_preview(self) -> None:
        path, encoding, kind = (
            Path(self.path.text().strip()),
            self.encoding.currentData(),
            self.kind.currentData(),
        )
        self.file_problem.setText(self.tr("Reading {0}…").format(path.name))

        def op() -> tuple[Preview, Guess]:
            from agent_console.core.import_presets import guess_mapping
            from agent_console.store.csv_input import preview

            found = preview(path, encoding)
            return found, guess_mapping(kind, found.header)

        def shown(result: tuple[Preview, Guess]) -> None:
            found, guess = result
            self.file_problem.setText("")
            self.mapping.show_file(kind, found, guess)
            self._show_page(MAPPING)

        self.services.runner.run(
            op, shown, lambda exc: self.file_problem.setText(user_message(exc))
        )

    def _check_mapping(self) -> None:
        problems = self.mapping.mapping_problems()
        self.mapping.show_problems(problems)
        if self.pages.currentIndex() == MAPPING:
            self.next_button.setEnabled(not problems)

    def _next(self) -> None:
        if self.pages.currentIndex() == FILE:
            self.read_preview()
        elif self.pages.currentIndex() == MAPPING:
            self.start_import()

    def _back(self) -> None:
        self._show_page(max(FILE, self.pages.currentIndex() - 1))

    # -- the import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        from agent_console.store.importer import ImportSpec

        if self.mapping.mapping_problems() or (self.job is not None and self.job.running):
            return
        region = self.services.options.region
        options = RowOptions(
            region,
            self.mapping.day_first.isChecked(),
            self.mapping.prefix.text().strip() or RowOptions.caller_name_prefix,
        )
        spec = ImportSpec(
            self.mapping.kind, self.mapping.pairs(), str(self.encoding.currentData()), options
        )
        self.report = None
        self.job = ImportJob(self.services, Path(self.path.text().strip()), spec, self)
        self.job.progressed.connect(self.run_page.show_progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._show_page(RUN)
        self.run_page.start(Path(self.path.text()).name)
        self.job.start()

    def cancel_import(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.run_page.show_cancelling()

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self.job = None
        self.run_page.show_report(report)
        self._show_page(RUN)

    def _failed(self, message: str, cancelled: bool) -> None:
        self.job = None
        self.run_page.show_failure(message, cancelled)
        self._show_page(RUN)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.cancel_import()  # the dialog stays until the import has rolled back
            return
        super().reject()
