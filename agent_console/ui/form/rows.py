"""Form rows with room for a message under each field, so a problem is shown where it is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from agent_console.ui.form.fields import FieldMessage


@dataclass(frozen=True)
class FieldRow:
    key: str  # the FieldError.field this row shows messages for
    title: str  # with its & mnemonic; "" for a check box that names itself
    widget: QWidget
    focus: QWidget | None = None  # what the label jumps to, when not ``widget`` itself
    also_for: tuple[str, ...] = ()  # more FieldError.field keys shown in this row
    extras: tuple[QWidget, ...] = ()  # shown under the field, above its messages


def build_rows(
    parent: QWidget, rows: list[FieldRow]
) -> tuple[QFormLayout, dict[str, FieldMessage]]:
    """A form layout of ``rows`` and the message label of every key."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    messages: dict[str, FieldMessage] = {}
    for row in rows:
        cell = QWidget(parent)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(row.widget)
        for extra in row.extras:
            layout.addWidget(extra)
        for key in (row.key, *row.also_for):
            messages[key] = FieldMessage(key, cell)
            layout.addWidget(messages[key])
        label = QLabel(row.title, parent)
        label.setBuddy(row.focus or row.widget)
        form.addRow(label, cell)
    return form, messages
