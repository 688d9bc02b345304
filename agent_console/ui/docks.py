"""The docks beside the form: Checklist and Phrasing (filled by a later version), Follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def _placeholder(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(8, 8, 8, 8)
    return label


def build_docks(window: QMainWindow, follow_ups: QWidget) -> list[QDockWidget]:
    checklist = _placeholder(
        "checklistPlaceholder",
        _tr(
            "The de-escalation checklist (Complaint, Problem, Resolution) is not part of this "
            "version yet. It will appear here."
        ),
    )
    phrasing = _placeholder(
        "phrasingPlaceholder",
        _tr(
            "Wording suggestions for what you type are not part of this version yet. "
            "They will appear here."
        ),
    )
    docks = []
    for name, title, widget in (
        ("checklistDock", _tr("Checklist"), checklist),
        ("phrasingDock", _tr("Phrasing"), phrasing),
        ("followUpsDock", _tr("Follow-ups"), follow_ups),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks.append(dock)
    window.resizeDocks(docks, [340] * 3, Qt.Orientation.Horizontal)
    window.resizeDocks(docks, [150, 150, 500], Qt.Orientation.Vertical)
    return docks
