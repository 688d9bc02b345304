"""Escalating a call: the dialog that asks why (and for an optional note), and the words the
console uses for reasons, suggestions and the stored record (also in the caller's history).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.escalation import LABELS, EscalationReason, Suggestion
from agent_console.ui.guidance.clock import local_time, parse_time

NOTE_MAX = 500


def reason_label(code: str) -> str:
    try:
        return QCoreApplication.translate("escalation", LABELS[EscalationReason(code)])
    except ValueError:
        return code


def suggestion_text(suggestion: Suggestion) -> str:
    """The rule's message in the interface language, its words filled in afterwards."""
    return QCoreApplication.translate("escalation", suggestion.template).format(
        **dict(suggestion.params)
    )


def escalation_text(escalation: dict[str, Any] | None) -> str | None:
    """One line for the Checklist dock and the history: who escalated, when, and why."""
    if not isinstance(escalation, dict):
        return None
    at = parse_time(str(escalation.get("at", "")))
    who = (
        escalation.get("by_name")
        or escalation.get("by")
        or QCoreApplication.translate("escalation", "someone")
    )
    text = QCoreApplication.translate("escalation", "Escalated at {0} by {1}: {2}").format(
        local_time(at) if at is not None else "?", who, reason_label(str(escalation.get("reason")))
    )
    note = str(escalation.get("note") or "").strip()
    return f"{text} ({note})" if note else text


def escalation_line(checklist: dict[str, Any]) -> str | None:
    """The history's line for an incident's checklist record, or None when not escalated."""
    return escalation_text(checklist.get("escalation")) if checklist else None


class EscalationDialog(QDialog):
    """Why the call is escalated (one of the fixed reasons) and an optional note."""

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationDialog")
        self.setWindowTitle(self.tr("Escalate the call"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("escalationReason")
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code in EscalationReason:
            self.reason.addItem(reason_label(code), str(code))
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("escalationNote")
        self.note.setPlaceholderText(self.tr("Optional: what the supervisor should know"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        intro = QLabel(
            self.tr("The escalation is recorded with the incident: who, when and why."), self
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Escalate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("escalateOk")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # A layout-driven minimum size is pushed to the window system, which some refuse.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())
        self.reason.currentIndexChanged.connect(lambda _: self._update())
        self._update()
        (self.note if reason else self.reason).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.currentData()))

    def chosen(self) -> tuple[str, str]:
        return str(self.reason.currentData() or ""), self.note.toPlainText().strip()[:NOTE_MAX]
