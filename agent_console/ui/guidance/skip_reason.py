"""Submitting with required checklist steps unticked: say why, or go back to the call.

The reason is stored with the incident's checklist record; nothing is ever skipped silently.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.checklist import Step
from agent_console.ui.text_direction import isolate

REASON_MAX = 300


class SkipReasonDialog(QDialog):
    def __init__(self, missing: tuple[Step, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skipReasonDialog")
        self.setWindowTitle(self.tr("Required steps not ticked"))
        steps = "\n".join(f"•  {isolate(s.title)}" for s in missing)
        intro = QLabel(
            self.tr(
                "These required checklist steps are not ticked:\n{0}\n\nWhy were they "
                "skipped? The reason is stored with the incident."
            ).format(steps),
            self,
        )
        intro.setObjectName("skipReasonSteps")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("skipReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("For example: the caller hung up early"))
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Submit with this reason"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("skipReasonOk")
        back = buttons.addButton(
            self.tr("Back to the call"), QDialogButtonBox.ButtonRole.RejectRole
        )
        back.setObjectName("skipReasonBack")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # A layout-driven minimum size is pushed to the window system, which some refuse.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.reason.text().strip()
