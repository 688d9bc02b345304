"""The callers found for what is typed in the search box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from agent_console.store.records import CallerSummary
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE
from agent_console.ui.text_direction import ltr_isolate

AnyIndex = QModelIndex | QPersistentModelIndex


class CallerResultsModel(QAbstractListModel):
    def __init__(self, region: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._region = region
        self._callers: list[CallerSummary] = []

    def set_callers(self, callers: list[CallerSummary]) -> None:
        self.beginResetModel()
        self._callers = list(callers)
        self.endResetModel()

    def caller(self, row: int) -> CallerSummary | None:
        return self._callers[row] if 0 <= row < len(self._callers) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._callers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._callers):
            return None
        caller = self._callers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from agent_console.core.phone import display  # phonenumbers: not at start-up

            parts = [caller.name, *(ltr_isolate(display(p, self._region)) for p in caller.phones)]
            if caller.account_ref:
                parts.append(ltr_isolate(caller.account_ref))
            return "  ·  ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return caller.pinned_note or None
        if role == USER_TEXT_ROLE:
            return True
        if role == RECORD_ROLE:
            return caller
        return None
