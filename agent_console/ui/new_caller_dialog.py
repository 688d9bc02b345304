"""Adding a caller the search did not find, prefilled with what the agent typed.

Numbers may be typed in any format and with Persian or Arabic digits; each problem is
shown beside its field. The caller's id is made once, so saving twice never adds two.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import taxonomy
from agent_console.core.changes import Changes
from agent_console.core.phone import PhoneError, looks_like_phone, to_e164
from agent_console.store.records import CallerSummary, NewCaller
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.failures import user_message
from agent_console.ui.form.fields import (
    ChoiceCombo,
    ControlCharGuard,
    plain_text_editor,
)
from agent_console.ui.form.rows import FieldRow, build_rows

if TYPE_CHECKING:
    from agent_console.store.writer import Writer

_SEPARATORS = re.compile(r"[,;،؛\n]+")
FIELDS = ("name", "phones", "account_ref", "preferred_language", "tech_level", "pinned_note")


class NewCallerDialog(QDialog):
    created = Signal(object)  # CallerSummary

    def __init__(
        self, data: DataAccess, hub: ChangesHub, typed: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCallerDialog")
        self.setWindowTitle(self.tr("New caller"))
        self._data = data
        self._hub = hub
        self._new_id = NewCaller(name="").id
        self.name = QLineEdit(self)
        self.phones = QLineEdit(self)
        self.phones.setPlaceholderText(self.tr("Several numbers: separate them with commas"))
        self.account_ref = QLineEdit(self)
        self.preferred_language = ChoiceCombo(taxonomy.LANGUAGES, self.tr("Not known"), self)
        self.tech_level = ChoiceCombo(taxonomy.TECH_LEVELS, None, self)
        self.pinned_note = plain_text_editor("pinnedNoteEdit", self)
        self.pinned_note.setMaximumHeight(80)
        self.pinned_note.setPlaceholderText(
            self.tr("What every agent should know before speaking to this caller")
        )
        for editor in (self.name, self.phones, self.account_ref, self.pinned_note):
            ControlCharGuard(editor)
        self.message = QLabel(self)
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form, self.messages = build_rows(
            self,
            [
                FieldRow("name", self.tr("&Name:"), self.name),
                FieldRow("phones", self.tr("&Phone numbers:"), self.phones),
                FieldRow("account_ref", self.tr("&Account:"), self.account_ref),
                FieldRow("preferred_language", self.tr("&Language:"), self.preferred_language),
                FieldRow("tech_level", self.tr("&Technical level:"), self.tech_level),
                FieldRow("pinned_note", self.tr("Pinned &note:"), self.pinned_note),
            ],
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows itself when messages appear (_fit); a layout-driven minimum size
        # would be pushed to the window system on every message, which some platforms refuse.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        typed = typed.strip()
        if looks_like_phone(typed):
            self.phones.setText(typed)
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.name.setText(typed)

    def new_caller(self) -> NewCaller:
        phones = tuple(p.strip() for p in _SEPARATORS.split(self.phones.text()) if p.strip())
        return NewCaller(
            id=self._new_id,
            name=self.name.text(),
            phones=phones,
            account_ref=self.account_ref.text().strip(),
            preferred_language=self.preferred_language.code(),
            tech_level=self.tech_level.code() or "unknown",
            pinned_note=self.pinned_note.toPlainText(),
        )

    def save(self) -> None:
        for message in self.messages.values():
            message.show_message("")
        self._show_message("")
        new = self.new_caller()
        region = self._data.options.region
        phone_problems = []
        for raw in new.phones:
            try:
                to_e164(raw, region)
            except PhoneError as exc:
                phone_problems.append(str(exc))
        if phone_problems:
            self.messages["phones"].show_message("\n".join(phone_problems))
            self._fit()
            self.phones.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        agent = self._data.agent
        if not self._data.writable or agent is None:
            self._show_message(
                self.tr("Nothing can be saved: {0}").format(
                    self._data.problem or self.tr("the database is not open yet.")
                )
            )
            return
        self.buttons.setEnabled(False)

        def op(writer: Writer) -> tuple[CallerSummary, Changes]:
            # Input errors come back at once; on a shared database the caller is then queued.
            return writer.create_caller(new, region)

        self._data.write(op, self._on_saved, self._on_failed)

    def _on_saved(self, result: tuple[CallerSummary, Changes]) -> None:
        caller, changes = result
        self.buttons.setEnabled(True)
        self._hub.publish(changes)
        self.created.emit(caller)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        from agent_console.store.errors import CallerInputError

        self.buttons.setEnabled(True)
        if not isinstance(exc, CallerInputError):
            self._show_message(user_message(exc))
            return
        by_field: dict[str, list[str]] = {}
        for error in exc.errors:
            by_field.setdefault(error.field if error.field in self.messages else "", []).append(
                error.message
            )
        for key, texts in by_field.items():
            if key:
                self.messages[key].show_message("\n".join(texts))
        self._show_message("\n".join(by_field.get("", [])))
        first = next((key for key in FIELDS if key in by_field), None)
        if first is not None:
            getattr(self, first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)
