"""Settings the agent picks for themselves: the interface language, Persian dates, digits.

Each language is named in its own script, so an agent can find theirs in any interface. The
calendar choice shows for Persian only, the digits choice for Persian and Arabic.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.i18n import choose_language

# Endonyms: not translated on purpose.
LANGUAGE_NAMES = (("en", "English"), ("fa", "فارسی"), ("ar", "العربية"), ("ru", "Русский"))


@dataclass(frozen=True)
class DisplayChoice:
    lang: str | None  # None: follow the OS locale
    calendar: str  # "jalali" or "gregorian"
    digits: str  # "native" or "latin"

    @property
    def language(self) -> str:
        """The language this choice gives on this computer."""
        return choose_language(self.lang)


class SettingsDialog(QDialog):
    def __init__(self, current: DisplayChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("calendarChoice")
        self.calendar.addItem(self.tr("Solar Hijri (۱۴۰۵/۱/۱)"), "jalali")
        self.calendar.addItem(self.tr("Gregorian (2026/3/21)"), "gregorian")
        self.digits = QComboBox(self)
        self.digits.setObjectName("digitsChoice")
        self.note = QLabel(
            self.tr("The window is rebuilt in the new language at once; what you are typing is kept."),
            self,
        )
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&Calendar:"), self.calendar)
        self.form.addRow(self.tr("&Digits:"), self.digits)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        # Size hints change as rows show and hide; offscreen platforms cannot take them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setCurrentIndex(max(0, self.language.findData(current.lang or "")))
        self._language_changed()
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(current.calendar)))
        self.digits.setCurrentIndex(max(0, self.digits.findData(current.digits)))
        self.setMinimumWidth(self.sizeHint().width() + 80)

    def _language_changed(self, *_: object) -> None:
        language = choose_language(str(self.language.currentData() or "") or None)
        digits = self.digits.currentData() or "native"
        self.digits.clear()
        if language == "fa":
            self.digits.addItem(self.tr("Persian (۱۲۳)"), "native")
        elif language == "ar":
            self.digits.addItem(self.tr("Arabic-Indic (١٢٣)"), "native")
        self.digits.addItem(self.tr("Latin (123)"), "latin")
        self.digits.setCurrentIndex(max(0, self.digits.findData(digits)))
        self.form.setRowVisible(self.calendar, language == "fa")
        self.form.setRowVisible(self.digits, language in ("fa", "ar"))

    def choice(self) -> DisplayChoice:
        lang = str(self.language.currentData() or "") or None
        digits = str(self.digits.currentData() or "native")
        if self.digits.count() == 1:  # no native digits in this language: keep the old choice
            digits = self._current.digits
        return DisplayChoice(lang, str(self.calendar.currentData()), digits)
