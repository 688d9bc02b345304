"""The building blocks of the forms: taxonomy combos, per-field messages, guarded text fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTextEdit, QWidget

from agent_console.core.incident_input import clean_text
from agent_console.core.taxonomy import Choice
from agent_console.ui.formatting import choice_label


class ChoiceCombo(QComboBox):
    """A taxonomy choice; with ``blank``, the first item is "not chosen yet" with the code ""."""

    def __init__(
        self, choices: tuple[Choice, ...], blank: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, "")
        for choice in choices:
            self.addItem(choice_label(choices, choice.code), choice.code)
            if choice.hint:
                hint = QCoreApplication.translate("taxonomy", choice.hint)
                self.setItemData(self.count() - 1, hint, Qt.ItemDataRole.ToolTipRole)

    def code(self) -> str:
        return str(self.currentData() or "")

    def number(self) -> int | None:
        code = self.code()
        return int(code) if code.isdigit() else None

    def set_code(self, code: str | int | None) -> None:
        index = self.findData("" if code is None else str(code))
        self.setCurrentIndex(max(index, 0))


class FieldMessage(QLabel):
    """What is wrong with one field, right under it; hidden while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def plain_text_editor(name: str, parent: QWidget | None = None) -> QTextEdit:
    """A multi-line plain-text field whose paragraphs each take their direction from their text.

    A QTextEdit in plain-text mode rather than a QPlainTextEdit: the latter lays out every
    paragraph in the widget's direction, so Persian notes in the English interface come out
    left-aligned with their punctuation on the wrong side.
    """
    editor = QTextEdit(parent)
    editor.setObjectName(name)
    editor.setAcceptRichText(False)
    editor.setTabChangesFocus(True)
    return editor


class ControlCharGuard(QObject):
    """Strips invisible control characters that come in with pasted text, and says so."""

    removed = Signal(int)

    def __init__(self, editor: QLineEdit | QTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.textChanged.connect(self._check)

    def _check(self, *_: object) -> None:
        editor = self._editor
        if isinstance(editor, QLineEdit):
            cleaned, count = clean_text(editor.text())
            if count:
                position = editor.cursorPosition()
                editor.setText(cleaned)
                editor.setCursorPosition(max(0, position - count))
        else:
            cleaned, count = clean_text(editor.toPlainText())
            if count:
                position = editor.textCursor().position()
                editor.setPlainText(cleaned)
                cursor = editor.textCursor()
                end = editor.document().characterCount() - 1
                cursor.setPosition(min(max(0, position - count), end))
                editor.setTextCursor(cursor)
        if count:
            self.removed.emit(count)
