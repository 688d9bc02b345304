"""The per-agent (or per-team) table: one row per agent, each cell a figure that opens its incidents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agent_console.core.kpi import Figure, Summary
from agent_console.core.kpi_breakdown import GroupSummary
from agent_console.ui.dashboard import figure_text as text
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, TEAM = 0, 1
# (header, the figure of a summary, how it is written)
_FIGURES: tuple[
    tuple[str, Callable[[Summary], Figure], Callable[[Figure, DisplayFormat | None], str]], ...
] = (
    (str(QT_TRANSLATE_NOOP("GroupKpiModel", "Incidents")), lambda s: s.incidents, text.count),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "First-contact resolution")),
        lambda s: s.first_contact_resolution,
        text.percent,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Avg resolution")),
        lambda s: s.resolution_minutes_avg,
        text.minutes,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "90th percentile")),
        lambda s: s.resolution_minutes_p90,
        text.minutes,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Satisfaction")),
        lambda s: s.satisfaction_avg,
        text.score,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Escalated")),
        lambda s: s.escalation_rate,
        text.percent,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Checklist")),
        lambda s: s.checklist_adherence,
        text.percent,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Mood change")),
        lambda s: s.mood_improvement,
        text.signed,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Follow-ups on time")),
        lambda s: s.follow_ups.on_time,
        text.count,
    ),
    (
        str(QT_TRANSLATE_NOOP("GroupKpiModel", "Overdue")),
        lambda s: s.follow_ups.overdue,
        text.count,
    ),
)


class GroupKpiModel(QAbstractTableModel):
    """Rows of GroupSummary (agents or teams); ``figure(index)`` is what a cell stands for."""

    def __init__(
        self,
        teams: bool = False,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats
        self._teams = teams
        self._rows: list[GroupSummary] = []

    def set_groups(self, groups: Sequence[GroupSummary]) -> None:
        self.beginResetModel()
        self._rows = list(groups)
        self.endResetModel()

    def figure(self, index: AnyIndex) -> Figure | None:
        if not index.isValid() or index.column() < 2 or not 0 <= index.row() < len(self._rows):
            return None
        return _FIGURES[index.column() - 2][1](self._rows[index.row()].summary)

    def title(self, index: AnyIndex) -> str:
        group = self._rows[index.row()]
        header = self.headerData(index.column(), Qt.Orientation.Horizontal)
        return f"{self._name(group)} — {header}"

    def _name(self, group: GroupSummary) -> str:
        if self._teams:
            return group.name or self.tr("No team")
        return group.name

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(_FIGURES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return self.tr("Team") if self._teams else self.tr("Agent")
        if section == TEAM:
            return self.tr("Agents") if self._teams else self.tr("Team")
        if 2 <= section < 2 + len(_FIGURES):
            return self.tr(_FIGURES[section - 2][0])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return group
        if role == USER_TEXT_ROLE:
            return column in (NAME, TEAM)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            return self.tr("Click to list the incidents behind this figure.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return self._name(group)
        if column == TEAM:
            return group.team or "—"
        figure = self.figure(index)
        return _FIGURES[column - 2][2](figure, self._formats) if figure is not None else None
