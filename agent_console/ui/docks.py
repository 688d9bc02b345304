"""The docks around the form: Checklist and Follow-ups on the side, Phrasing under the form
(where the agent types), its sections side by side; moved to a side, they stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from agent_console.ui.guidance.phrasing_dock import PhrasingPane

Area = Qt.DockWidgetArea


def build_docks(
    window: QMainWindow, checklist: QWidget, phrasing: PhrasingPane, follow_ups: QWidget
) -> list[QDockWidget]:
    # The side docks run the full height; the Phrasing dock sits under the form only.
    window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
    window.setCorner(Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
    # Dock areas are physical sides that Qt does not mirror: the trailing side is the left one
    # in Persian and Arabic.
    side = Area.LeftDockWidgetArea if window.isRightToLeft() else Area.RightDockWidgetArea
    docks = []
    for name, title, widget, area in (
        ("checklistDock", QCoreApplication.translate("Docks", "Checklist"), checklist, side),
        (
            "phrasingDock",
            QCoreApplication.translate("Docks", "Phrasing"),
            phrasing,
            Area.BottomDockWidgetArea,
        ),
        ("followUpsDock", QCoreApplication.translate("Docks", "Follow-ups"), follow_ups, side),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        docks.append(dock)
    checklist_dock, phrasing_dock, follow_ups_dock = docks
    phrasing_dock.dockLocationChanged.connect(
        lambda area: phrasing.set_side_by_side(
            area in (Area.BottomDockWidgetArea, Area.TopDockWidgetArea)
        )
    )
    window.resizeDocks([checklist_dock, follow_ups_dock], [360, 360], Qt.Orientation.Horizontal)
    window.resizeDocks([checklist_dock, follow_ups_dock], [500, 300], Qt.Orientation.Vertical)
    window.resizeDocks([phrasing_dock], [190], Qt.Orientation.Vertical)
    return docks
