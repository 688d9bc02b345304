"""The import dialog's two tables: the file's first rows, and the rows that were rejected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_console.ui.models.roles import USER_TEXT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class CellsModel(QAbstractTableModel):
    """Rows of text under a header; every cell is text from the file (its own direction)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._header = list(header)
        self._rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return self.vertical_header(section)

    def vertical_header(self, section: int) -> Any:
        return section + 1 if 0 <= section < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == USER_TEXT_ROLE:
            return True
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        return None


class RejectionsModel(CellsModel):
    """Line, reason, then the row as the file had it; the header is the file's own."""

    def show_rejections(
        self, header: Sequence[str], rejected: Sequence[tuple[int, str, Sequence[str]]]
    ) -> None:
        self.set_rows(
            [self.tr("Line"), self.tr("Reason"), *header],
            [(str(line), reason, *cells) for line, reason, cells in rejected],
        )

    def vertical_header(self, section: int) -> Any:
        return None
