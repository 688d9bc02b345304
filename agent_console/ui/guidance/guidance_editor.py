"""The guidance editor, for team leads: the checklist and the phrasebook of each language.

Edits are kept per language until saved; saving stores each changed one as its next version
(refused when someone saved a newer one meanwhile) and every workstation uses it from its
next call. Every incident records the versions it followed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.checklist import Script
from agent_console.store.records import AgentRef
from agent_console.ui.data_access import DataAccess
from agent_console.ui.failures import user_message
from agent_console.ui.guidance.checklist_editor import ChecklistEditor
from agent_console.ui.guidance.library import GuidanceLibrary
from agent_console.ui.guidance.phrasebook_editor import (
    PhrasebookEditor,
    RuleJsonError,
    parse_rules,
    rule_texts,
)
from agent_console.ui.guidance.phrasing_dock import CONTENT_LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHECKLIST, PHRASEBOOK = "checklist", "phrasebook"


@dataclass
class _Draft:
    """One language's edits while the editor is open."""

    checklist_version: int
    checklist_base: Script
    checklist: Script
    phrasebook_version: int
    phrasebook_base: dict[str, Any]
    rules: tuple[list[str], list[bool]] | None = None  # the rules' texts once edited

    def phrasebook_body(self) -> dict[str, Any] | None:
        """The edited phrasebook, or None when unchanged; RuleJsonError when it won't parse."""
        if self.rules is None:
            return None
        rules = parse_rules(*self.rules)
        if rules == parse_rules(*rule_texts(self.phrasebook_base.get("rules", []))):
            return None
        return {**self.phrasebook_base, "rules": rules}


class GuidanceEditor(QDialog):
    def __init__(
        self,
        library: GuidanceLibrary,
        data: DataAccess,
        actor: AgentRef,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceEditor")
        self.setWindowTitle(self.tr("Guidance editor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._library, self._data, self._actor = library, data, actor
        self.language = QComboBox(self)
        self.language.setObjectName("editorLanguage")
        for code, name in CONTENT_LANGUAGES:
            self.language.addItem(name, code)
        self.who = QLabel(
            self.tr(
                "Editing as {0} ({1}). Saved changes reach every workstation from its next call."
            ).format(actor.display_name, actor.login),
            self,
        )
        self.who.setWordWrap(True)
        self.checklist = ChecklistEditor(self)
        self.phrasebook = PhrasebookEditor(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.phrasebook, self.tr("&Phrasebook"))
        self.status = QLabel(self)
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save = QPushButton(self.tr("&Save for everyone"), self)
        self.save.setObjectName("saveGuidance")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        # A layout-driven minimum size is pushed to the window system, which some refuse.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(top)
        layout.addWidget(self.who)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._drafts: dict[str, _Draft] = {}
        self._current = ""
        self.save.clicked.connect(self.save_all)
        self.language.currentIndexChanged.connect(
            lambda _: self._switch(self.language.currentData())
        )
        self.resize(900, 620)
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(0, index))
        self._switch(self.language.currentData())

    # -- per-language working copies ---------------------------------------------------------
    def _fresh(self, language: str) -> _Draft | None:
        script = self._library.script(language)
        checklist = self._library.content(CHECKLIST, language)
        book = self._library.content(PHRASEBOOK, language)
        if script is None or checklist is None or book is None:
            return None
        return _Draft(checklist.version, script, script, book.version, book.body)

    def _stash(self) -> None:
        draft = self._drafts.get(self._current)
        if draft is not None:
            draft.checklist = self.checklist.script or draft.checklist
            model = self.phrasebook.model
            draft.rules = (list(model.texts), list(model.enabled))

    def _switch(self, language: str) -> None:
        self._stash()
        draft = self._drafts.get(language) or self._fresh(language)
        if draft is None:
            self._say(self.tr("The guidance for this language is still loading."), "#7a5300")
            return
        self._drafts[language] = draft
        self._current = language
        self.checklist.load(draft.checklist_base, draft.checklist)
        self.phrasebook.load(draft.phrasebook_base, draft.rules)
        self._say(
            self.tr("Checklist version {0}, phrasebook version {1}.").format(
                draft.checklist_version, draft.phrasebook_version
            ),
            "palette(text)",
        )

    # -- saving ------------------------------------------------------------------------------
    def _changes(self) -> list[tuple[str, str, dict[str, Any], int]]:
        """(kind, language, body, based on version) of every edit; RuleJsonError stops it."""
        self._stash()
        changes = []
        for language, draft in self._drafts.items():
            if draft.checklist.to_json() != draft.checklist_base.to_json():
                changes.append(
                    (CHECKLIST, language, draft.checklist.to_json(), draft.checklist_version)
                )
            body = draft.phrasebook_body()
            if body is not None:
                changes.append((PHRASEBOOK, language, body, draft.phrasebook_version))
        return changes

    def save_all(self) -> None:
        try:
            changes = self._changes()
        except RuleJsonError as exc:
            self._say(self.tr("Not saved: {0}").format(exc), "#b00020")
            return
        if not changes:
            self._say(self.tr("Nothing has changed."), "palette(text)")
            return
        actor = self._actor

        def op(session: Session) -> list[tuple[str, str, int, dict[str, Any]]]:
            from agent_console.store.guidance import save_content

            return [
                (kind, lang, save_content(session, kind, lang, body, base, actor), body)
                for kind, lang, body, base in changes
            ]

        self.save.setEnabled(False)
        self._data.run(op, self._saved, self._failed)

    def _saved(self, saved: list[tuple[str, str, int, dict[str, Any]]]) -> None:
        self.save.setEnabled(True)
        for kind, language, version, body in saved:
            draft = self._drafts[language]
            if kind == CHECKLIST:
                draft.checklist_version = version
                draft.checklist_base = draft.checklist = Script.from_json(
                    {**body, "version": version}
                )
            else:
                draft.phrasebook_version = version
                draft.phrasebook_base, draft.rules = {**body, "version": version}, None
        current, self._current = self._current, ""
        self._switch(current)
        names = dict(CONTENT_LANGUAGES)
        self._say(
            self.tr("Saved for everyone: {0}. Each workstation uses it from its next call.").format(
                ", ".join(
                    f"{kind} ({names.get(lang, lang)}) v{version}"
                    for kind, lang, version, _ in saved
                )
            ),
            "#1b6e20",
        )
        self._library.reload()

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        self._say(self.tr("Not saved: {0}").format(user_message(exc)), "#b00020")

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
