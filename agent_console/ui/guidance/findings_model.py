"""The wording the phrasing coach flagged in the notes and the summary, one row per finding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agent_console.core.phrasing import Finding, Kind
from agent_console.ui.text_direction import isolate

AnyIndex = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 41
NOTES, SUMMARY = "notes", "summary"

KIND_LABELS: dict[Kind, str] = {
    Kind.REFUSAL: str(QT_TRANSLATE_NOOP("phrasing", "Refusal")),
    Kind.BLAME: str(QT_TRANSLATE_NOOP("phrasing", "Blame")),
    Kind.EXCUSE: str(QT_TRANSLATE_NOOP("phrasing", "Excuse")),
    Kind.MINIMISING: str(QT_TRANSLATE_NOOP("phrasing", "Minimising")),
    Kind.COMMAND: str(QT_TRANSLATE_NOOP("phrasing", "Command")),
    Kind.PASSING_BUCK: str(QT_TRANSLATE_NOOP("phrasing", "Passing the buck")),
    Kind.REPETITION: str(QT_TRANSLATE_NOOP("phrasing", "Repetition")),
}


def kind_label(kind: Kind) -> str:
    return QCoreApplication.translate("phrasing", KIND_LABELS.get(kind, str(kind)))


def field_label(where: str) -> str:
    if where == SUMMARY:
        return QCoreApplication.translate("phrasing", "Summary")
    return QCoreApplication.translate("phrasing", "Notes")


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Finding]] = []

    def set_findings(self, rows: list[tuple[str, Finding]]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def findings(self) -> list[tuple[str, Finding]]:
        return list(self._rows)

    def finding(self, index: AnyIndex) -> tuple[str, Finding] | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.finding(index)
        if found is None:
            return None
        where, finding = found
        if role == Qt.ItemDataRole.DisplayRole:
            # The flagged words keep their own direction inside the interface's sentence.
            return self.tr("{0} · {1}: “{2}”").format(
                kind_label(finding.kind), field_label(where), isolate(finding.text)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.reason
        if role == FINDING_ROLE:
            return found
        return None
