"""The import's mapping step: the file's first rows, and for each of its columns the field it feeds.

The guess from the header comes pre-selected; what is wrong with the mapping (a required field
with no column, a field given two columns) is listed as it changes, and Import stays off
until nothing is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.import_mapping import check_mapping, fields_for
from agent_console.core.import_presets import Guess
from agent_console.store.csv_input import Preview
from agent_console.ui.transfer.import_models import CellsModel
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

SKIP = ""


def field_label(label: str) -> str:
    return QCoreApplication.translate("import_fields", label)


class MappingPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.kind = "incidents"
        self.header: tuple[str, ...] = ()
        self.preview_model = CellsModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("importPreview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setItemDelegate(UserTextDelegate(self.preview_view))
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.prefix = QLineEdit(self)
        self.prefix.setObjectName("callerNamePrefix")
        self.day_first = QCheckBox(self.tr("Dates like 02/03/2026 are day first (2 March)"), self)
        options = QFormLayout()
        options.addRow(self.tr("Name for callers the file does not name:"), self.prefix)
        options.addRow(self.day_first)
        self.problems = QLabel(self)
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        mapping = QWidget(self)
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(
            QLabel(self.tr("Map each column of the file to a field:"), mapping)
        )
        mapping_layout.addWidget(scroll, 1)
        mapping_layout.addLayout(options)
        mapping_layout.addWidget(self.problems)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        preview = QWidget(splitter)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("The file's first rows:"), preview))
        preview_layout.addWidget(self.preview_view, 1)
        splitter.addWidget(preview)
        splitter.addWidget(mapping)
        splitter.setSizes([480, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.prefix.textChanged.connect(self.changed)

    def show_file(self, kind: str, preview: Preview, guess: Guess) -> None:
        self.kind, self.header = kind, preview.header
        self.preview_model.set_rows(preview.header, preview.rows)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        guessed = dict(guess.pairs)
        for column in preview.header:
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"map:{column}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.addItem(self.tr("— not imported —"), SKIP)
            for spec in fields_for(kind):
                combo.addItem(field_label(spec.label), spec.name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, SKIP))))
            combo.currentIndexChanged.connect(self.changed)
            self.combos[column] = combo
            self.form.addRow(column, combo)
        self.prefix.setText(guess.caller_name_prefix)
        self.changed.emit()

    def set_field(self, column: str, name: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(name))

    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (column, str(combo.currentData()))
            for column, combo in self.combos.items()
            if combo.currentData() != SKIP
        )

    def mapping_problems(self) -> list[str]:
        return check_mapping(self.kind, self.header, self.pairs())

    def show_problems(self, problems: Sequence[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
