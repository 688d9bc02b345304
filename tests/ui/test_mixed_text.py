"""Mixed Persian and English keeps its order: in the editor, the history, the CSV and the PDF.

Text is stored and exported in logical order (the order it was typed); only drawing reorders
it, per the Unicode bidi rules, with the paragraph direction taken from the text itself.
"""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from agent_console.ui.main_window import MainWindow
from tests.ui.test_call_flow import _find_maryam, _first_incident_row
from tests.ui.test_dashboard import in_db, lead_window, open_dashboard
from tests.ui.ui_helpers import type_text

MIXED = "تست فارسی و English با هم"
__all__ = ["lead_window"]  # the fixture, shared with the dashboard tests


def _rename_lead(session: Any) -> None:
    from sqlalchemy import update

    from agent_console.store.models import Agent

    session.execute(update(Agent).where(Agent.login == "dorlov").values(display_name=MIXED))


def test_mixed_text_keeps_its_order_everywhere(
    qtbot: QtBot, persian: None, lead_window: MainWindow, tmp_path: Path
) -> None:
    window = lead_window
    in_db(window, _rename_lead)
    _find_maryam(qtbot, window)
    form = window.form
    form.category.set_code("billing")
    form.severity.set_code(3)
    form.mood_start.set_code(2)
    type_text(qtbot, form.summary, MIXED)
    type_text(qtbot, form.notes, MIXED)
    form.outcome.set_code("resolved")
    # The editor holds what was typed, in typed order.
    assert form.summary.text() == MIXED and form.notes.toPlainText() == MIXED
    model = window.history.model
    before = model.rowCount()
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=10_000)

    # The history: the notes row shows the text unchanged, laid out right to left (its first
    # strong character is Persian), whatever the interface direction.
    row = model.index(_first_incident_row(window), 0)
    incident = model.incident(row)
    assert incident is not None and incident.summary == MIXED
    notes = model.index(0, 0, row)
    assert notes.data() == f"{MIXED}\n{MIXED}"  # the summary, then the notes
    option = QStyleOptionViewItem()
    window.history.view.itemDelegate().initStyleOption(option, notes)  # type: ignore[attr-defined]
    assert option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]

    # The CSV export: byte for byte, logical order, no direction marks added.
    dashboard = open_dashboard(qtbot, window)
    path = tmp_path / "incidents.csv"
    with qtbot.waitSignal(dashboard.exported):
        dashboard.exports.incidents(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = {uuid.UUID(r["id"]): r for r in csv.DictReader(f)}
    assert rows[incident.id]["summary"] == MIXED

    # The PDF report (right to left): the agent named in mixed text reads back in typed order.
    # The name column is narrow, so the name wraps after "و": each line keeps its order.
    pdf = tmp_path / "dashboard.pdf"
    dashboard.exports.pdf(pdf)
    lines = [" ".join(line.split()) for line in _pdf_text_with_qt(pdf).splitlines()]
    first, second = MIXED.split(" English ")
    assert any(line == MIXED or line.startswith(first + " ") for line in lines)
    assert any(line.startswith("English " + second) for line in lines) or MIXED in lines
    assert not any("هم با English" in line for line in lines)  # not reversed


def _pdf_text_with_qt(path: Path) -> str:
    """The text of every page, read by Qt's own PDF module (PDFium), in logical order."""
    import unicodedata

    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(n).text() for n in range(document.pageCount())]
    document.close()
    return unicodedata.normalize("NFKC", "\n".join(pages))
