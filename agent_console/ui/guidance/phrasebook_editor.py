"""The team lead's phrasebook editor: each rule as JSON text, switched on or off by its box,
and new rules added from a template.

A rule whose JSON does not parse blocks saving, with its line and column; a rule that parses
but cannot work (a broken pattern) is reported by id and left out, and the rest keep working.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class RuleJsonError(ValueError):
    """A rule's text is not a JSON object; the message says which rule and where."""


def rule_text(rule: dict[str, Any]) -> str:
    shown = {k: v for k, v in rule.items() if k != "disabled"}
    return json.dumps(shown, ensure_ascii=False, indent=2)


def rule_texts(rules: list[Any]) -> tuple[list[str], list[bool]]:
    """The JSON text of each rule and whether it is switched on."""
    texts = [rule_text(r) if isinstance(r, dict) else json.dumps(r) for r in rules]
    enabled = [not (isinstance(r, dict) and r.get("disabled") is True) for r in rules]
    return texts, enabled


def rule_id_of(text: str) -> str | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    rule_id = value.get("id") if isinstance(value, dict) else None
    return rule_id if isinstance(rule_id, str) and rule_id else None


def parse_rules(texts: list[str], enabled: list[bool]) -> list[dict[str, Any]]:
    """Every rule as a JSON object; RuleJsonError names the first one that is not."""
    found = []
    for row, text in enumerate(texts):
        try:
            rule = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RuleJsonError(
                QCoreApplication.translate(
                    "PhrasebookEditor", "Rule {0} ({1}): line {2}, column {3}: {4}"
                ).format(row + 1, rule_id_of(text) or "?", exc.lineno, exc.colno, exc.msg)
            ) from None
        if not isinstance(rule, dict):
            raise RuleJsonError(
                QCoreApplication.translate(
                    "PhrasebookEditor", "Rule {0}: must be an object {{…}}"
                ).format(row + 1)
            )
        rule.pop("disabled", None)
        if not enabled[row]:
            rule["disabled"] = True
        found.append(rule)
    return found


class RulesModel(QAbstractListModel):
    """The rules being edited: their JSON text and whether each is switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts: list[str] = []
        self.enabled: list[bool] = []

    def load(self, texts: list[str], enabled: list[bool]) -> None:
        self.beginResetModel()
        self.texts, self.enabled = list(texts), list(enabled)
        self.endResetModel()

    def add(self, text: str) -> int:
        row = len(self.texts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.texts.append(text)
        self.enabled.append(True)
        self.endInsertRows()
        return row

    def set_text(self, row: int, text: str) -> None:
        if 0 <= row < len(self.texts) and self.texts[row] != text:
            self.texts[row] = text
            self.dataChanged.emit(self.index(row), self.index(row))

    def rule_id(self, row: int) -> str | None:
        return rule_id_of(self.texts[row])

    def rules(self) -> list[dict[str, Any]]:
        return parse_rules(self.texts, self.enabled)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.texts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rule_id(row) or self.tr("Rule {0} (not valid JSON)").format(row + 1)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.enabled[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Ticked: the rule is on. Unticked: switched off for everyone.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.enabled[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True


class PhrasebookEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasebookEditor")
        self.model = RulesModel(self)
        self.view = QListView(self)
        self.view.setObjectName("editorRulesView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("ruleJson")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # JSON reads left to right, even lines that hold a Persian or Arabic string.
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        option = self.text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.text.document().setDefaultTextOption(option)
        self.add = QPushButton(self.tr("A&dd rule"), self)
        self.add.setObjectName("addRule")
        self.status = QLabel(self)
        self.status.setObjectName("phrasebookEditorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.base: dict[str, Any] = {}
        self._loaded_rules: list[dict[str, Any]] = []
        self._row = -1
        self._build_layout()
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._show(current))
        self.text.textChanged.connect(self._on_text)
        self.model.dataChanged.connect(lambda *_: self._changed())
        self.add.clicked.connect(self.add_rule)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.add)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def load(
        self, base: dict[str, Any], working: tuple[list[str], list[bool]] | None = None
    ) -> None:
        """Edit ``base``'s rules, or the ``working`` texts kept from earlier edits."""
        self.base = copy.deepcopy(base)
        loaded = rule_texts(self.base.get("rules", []))
        self._loaded_rules = parse_rules(*loaded)
        self.model.load(*(working or loaded))
        self._row = -1
        self.text.blockSignals(True)
        self.text.setPlainText("")
        self.text.blockSignals(False)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))
        self.check()

    def _show(self, index: QModelIndex) -> None:
        self._row = index.row() if index.isValid() else -1
        self.text.blockSignals(True)
        self.text.setPlainText(self.model.texts[self._row] if self._row >= 0 else "")
        self.text.blockSignals(False)

    def select_rule(self, rule_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.rule_id(row) == rule_id:
                self.view.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _on_text(self) -> None:
        if self._row >= 0:
            self.model.set_text(self._row, self.text.toPlainText())

    def _changed(self) -> None:
        self.check()
        self.edited.emit()

    def add_rule(self) -> None:
        language = str(self.base.get("language", "xx"))
        taken = {self.model.rule_id(r) for r in range(self.model.rowCount())}
        number = next(n for n in range(1, len(taken) + 2) if f"{language}.custom.{n}" not in taken)
        template = {
            "id": f"{language}.custom.{number}",
            "kind": "refusal",
            "patterns": ["\\bexample\\s+words\\b"],
            "suggestions": [self.tr("What to say instead")],
            "reason": self.tr("Why the words are a problem"),
        }
        row = self.model.add(rule_text(template))
        self.view.setCurrentIndex(self.model.index(row))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    # -- what would be saved -----------------------------------------------------------------
    def body(self) -> dict[str, Any]:
        """The phrasebook to save; RuleJsonError when a rule's JSON does not parse."""
        return {**self.base, "rules": self.model.rules()}

    @property
    def dirty(self) -> bool:
        try:
            return self.model.rules() != self._loaded_rules
        except RuleJsonError:
            return True

    def check(self) -> bool:
        """Show what is wrong; False when the phrasebook cannot be saved as it is."""
        from agent_console.store.guidance import phrasebook_from_body  # the worker loaded it

        try:
            book = phrasebook_from_body(self.body())
        except (RuleJsonError, ValueError) as exc:
            self._status(str(exc), "#b00020")
            return False
        off = self.model.enabled.count(False)
        lines = [self.tr("%n rule(s), {0} switched off.", "", self.model.rowCount()).format(off)]
        lines += [
            self.tr("Rule “{0}” will be left out: {1}").format(p.rule_id, p.message)
            for p in book.problems
        ]
        self._status("\n".join(lines), "#7a5300" if book.problems else "palette(text)")
        return True

    def _status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
