"""Item-data roles our models add to Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

# True for cells that show what a person typed: they take their direction from their content.
USER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
# The record (CallerSummary, IncidentRow, FollowUpRow) behind a row.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
# True for rows whose text wraps over several lines (an incident's notes).
WRAPPED_ROLE = Qt.ItemDataRole.UserRole + 3
