"""Finds translation calls that lupdate cannot extract, or extracts under the wrong context.

lupdate reads Python by pattern, not by meaning: ``self.tr("…")`` is filed under the enclosing
class, ``QCoreApplication.translate("Ctx", "…")`` under ``Ctx``, ``x.tr("…")`` under ``x``
(Qt looks it up under x's class) and a bare ``tr("…")`` under no context at all. An f-string
is extracted with its braces but looked up already filled in. Each finding says what to write.
A line that shows text on purpose untranslated says so with ``# i18n: not translated``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# Calls that show text, and which of their arguments is that text.
VISIBLE_CALLS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        ("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
         "setTitle", "setLabelText", "setWhatsThis", "showMessage", "setInformativeText",
         "addMenu", "setSuffix", "setPrefix", "setSpecialValueText", "addItem", "addRow",
         "addButton", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
         "QGroupBox", "QAction", "QMenu"),
        (0,),
    ),
    **dict.fromkeys(("addTab", "setTabText", "insertItem", "setItemText", "setButtonText"), (1,)),
}  # fmt: skip
# QMessageBox.warning(parent, title, text) and its siblings.
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question", "about"}
WORD = re.compile(r"[^\W\d_]{2,}")
EXEMPT = "i18n: not translated"
FIX_BARE = 'use self.tr("…") in a class, else QCoreApplication.translate("Context", "…")'


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _text_problem(node: ast.AST) -> str | None:
    """Why lupdate cannot extract this text argument, or None (a literal, or a marked lookup)."""
    if isinstance(node, ast.JoinedStr):
        return 'an f-string is looked up already filled in: use "…{0}…" and .format() after tr'
    if isinstance(node, ast.BinOp):
        return "text built with + or %: pass one literal with {0} placeholders, then .format()"
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return "format() runs before the lookup: call .format() on the translated text"
    return None


def _plural_problem(call: ast.Call, text: ast.AST, n_index: int) -> str | None:
    literal = _literal(text)
    has_count = len(call.args) > n_index or any(k.arg == "n" for k in call.keywords)
    if literal is not None and "%n" in literal and not has_count:
        return "the text has %n but no count is passed (the plural form cannot be chosen)"
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.classes: list[str] = []
        self.findings: list[Finding] = []

    def _add(self, node: ast.expr | ast.stmt, problem: str) -> None:
        if EXEMPT not in self.lines[node.lineno - 1]:
            self.findings.append(Finding(self.path, node.lineno, problem))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
            self._add(node, 'an alias of tr() hides its calls from lupdate: call self.tr("…")')
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._check_tr(node, func)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in TRANSLATE_OWNERS
        ):
            self._check_translate(node)
        elif isinstance(func, ast.Name) and func.id in {"tr", "_tr"}:
            self._add(node, f"lupdate files {func.id}(…) under no context: {FIX_BARE}")
        else:
            self._check_visible(node, func)
        self.generic_visit(node)

    def _check_tr(self, node: ast.Call, func: ast.Attribute) -> None:
        owner = func.value
        if not (isinstance(owner, ast.Name) and (owner.id == "self" or owner.id in self.classes)):
            name = ast.unparse(owner)
            self._add(
                node,
                f"{name}.tr(…) is extracted under context {name!r} but looked up under its "
                f"class: {FIX_BARE.replace('Context', 'TheClass')}",
            )
            return
        if node.args:
            problem = _text_problem(node.args[0]) or _plural_problem(node, node.args[0], 2)
            if problem:
                self._add(node, problem)

    def _check_translate(self, node: ast.Call) -> None:
        if len(node.args) < 2:
            return
        if _literal(node.args[0]) is None:
            self._add(node, "translate() with a computed context: lupdate needs a literal one")
        problem = _text_problem(node.args[1]) or _plural_problem(node, node.args[1], 3)
        if problem:
            self._add(node, problem)

    def _check_visible(self, node: ast.Call, func: ast.expr) -> None:
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        positions = VISIBLE_CALLS.get(name, ())
        if (
            name in MESSAGE_BOX_CALLS
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
        ):
            positions = (1, 2)
        for arg in (node.args[i] for i in positions if i < len(node.args)):
            text = _literal(arg)
            if text is not None and WORD.search(text):
                self._add(
                    node, f'visible text {text!r} in {name}() is not translated: self.tr("…")'
                )
            elif isinstance(arg, ast.JoinedStr) and any(
                WORD.search(_literal(part) or "") for part in arg.values
            ):
                self._add(node, f'visible f-string in {name}(): self.tr("…{{0}}…").format(…)')


def findings(folder: Path) -> Iterator[Finding]:
    """Every translation problem in the Python files under ``folder`` (this tool's own left out)."""
    for path in sorted(folder.rglob("*.py")):
        if "i18n_tools" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        visitor = _Visitor(path, source.splitlines())
        visitor.visit(ast.parse(source, str(path)))
        yield from visitor.findings
