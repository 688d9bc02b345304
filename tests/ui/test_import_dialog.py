"""CSV import through the dialog in the real window: pick the file, map, import, read the report."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.dashboard.figure_text import number
from agent_console.ui.main_window import MainWindow
from agent_console.ui.transfer.import_dialog import MAPPING, RUN, ImportDialog
from tests.ui.conftest import WindowFactory
from tests.ui.ui_helpers import type_text

CFPB = Path("/work/shared/data/cfpb-complaints-sample.csv")


@pytest.fixture
def lead_window(make_window: WindowFactory, demo_options: AppOptions) -> MainWindow:
    return make_window(dataclasses.replace(demo_options, act_as="dorlov"))


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.lead_reports.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def counts(window: MainWindow) -> tuple[int, int]:
    from sqlalchemy import func, select

    from agent_console.store.models import Caller, Incident

    found: list[tuple[int, int]] = []

    def op(session: Any) -> tuple[int, int]:
        return (
            session.scalar(select(func.count()).select_from(Caller)),
            session.scalar(select(func.count()).select_from(Incident)),
        )

    window.services.data.run(op, found.append)
    return found[0]


def test_cfpb_import_through_the_dialog(
    qtbot: QtBot, lead_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    callers_before, incidents_before = counts(lead_window)
    dialog = open_import(qtbot, lead_window)
    dialog.choose_file(CFPB)  # what the Browse button does with the chosen file
    assert dialog.pages.currentIndex() == MAPPING
    mapping = dialog.mapping
    assert mapping.preview_model.rowCount() == 20 and mapping.preview_model.columnCount() == 18
    qtmodeltester.check(mapping.preview_model)
    # The CFPB layout is recognised: product and issue to the category, and so on.
    assert mapping.combos["Product"].currentData() == "category"
    assert mapping.combos["Company response to consumer"].currentData() == "resolution"
    assert mapping.prefix.text() == "CFPB complaint"
    # Unmap the dates: Import goes off and the problem is named.
    mapping.set_field("Date received", "")
    assert not dialog.next_button.isEnabled()
    assert "Call started" in mapping.problems.text()
    mapping.set_field("Date received", "started_at")
    mapping.set_field("ZIP code", "notes")  # one more column into the notes
    assert dialog.next_button.isEnabled() and dialog.next_button.text() == "&Import"

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == RUN
    report = dialog.report
    assert report is not None
    assert report.rows == 2067 and report.imported + len(report.rejected) == report.rows
    page = dialog.run_page
    rows = number(report.rows)  # as the interface's locale writes it
    assert f"{rows} rows read" in page.status.text() and f"{rows} imported" in page.status.text()
    assert page.progress.value() == page.progress.maximum()
    assert counts(lead_window) == (
        callers_before + report.callers_added,
        incidents_before + report.imported,
    )

    # The new callers are there to find, with the complaint as their history.
    dialog.close()
    type_text(qtbot, lead_window.search.box, "7523056")
    qtbot.waitUntil(lambda: lead_window.search.model.rowCount() == 1)
    assert lead_window.search.model.index(0, 0).data().startswith("CFPB complaint 7523056")


def test_rejected_rows_are_shown_and_saved(
    qtbot: QtBot, lead_window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = tmp_path / "calls.csv"
    path.write_text(
        "id,name,account,date,category,summary\n"
        "1,مریم رحیمی,AC-9001,2026-01-10,billing,دو بار پول کسر شده\n"
        "2,Ali,AC-9002,2099-01-01,billing,from the future\n"
        "3,Sara,AC-9003,2026-01-11,weather,no such category\n",
        encoding="utf-8",
    )
    dialog = open_import(qtbot, lead_window)
    dialog.choose_file(path)
    assert dict(dialog.mapping.pairs())["name"] == "caller_name"
    dialog.start_import()
    report = dialog.report
    assert report is not None and (report.imported, len(report.rejected)) == (1, 2)
    page = dialog.run_page
    assert page.view.isVisible() and page.rejections.rowCount() == 2
    qtmodeltester.check(page.rejections)
    assert page.rejections.index(0, 0).data() == "3"
    assert "future" in page.rejections.index(0, 1).data()
    assert page.rejections.index(1, 2 + 4).data() == "weather"  # the row as the file had it
    saved = tmp_path / "rejected.csv"
    page.save_rejections(saved)
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["line"], r["category"]) for r in rows] == [("3", "billing"), ("4", "weather")]
    assert "Saved 2 rejected row" in page.note.text()


def test_a_utf16_file_is_named_and_read_with_its_encoding(
    qtbot: QtBot, lead_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "excel.csv"
    path.write_text(
        "id,name,account,date,category,summary\n1,كريم,AC-9100,2026-01-10,billing,خصم مرتين\n",
        encoding="utf-16",
    )
    dialog = open_import(qtbot, lead_window)
    dialog.choose_file(path)
    assert dialog.pages.currentIndex() != MAPPING
    assert "not UTF-8" in dialog.file_problem.text() and "UTF-16" in dialog.file_problem.text()
    dialog.choose_file(path, encoding="utf-16")
    assert dialog.pages.currentIndex() == MAPPING
    assert dialog.mapping.preview_model.index(0, 1).data() == "كريم"


def test_cancel_leaves_the_database_as_it_was(qtbot: QtBot, lead_window: MainWindow) -> None:
    before = counts(lead_window)
    dialog = open_import(qtbot, lead_window)
    dialog.choose_file(CFPB)
    # Press Cancel as soon as the progress bar first moves (a batch is written by then): the
    # runner is synchronous in tests, so the import sees the press at its next row.
    page = dialog.run_page
    moved: list[int] = []

    def press_cancel(value: int) -> None:
        if value > 0 and not moved:
            moved.append(value)
            page.cancel_button.click()

    page.progress.valueChanged.connect(press_cancel)
    dialog.start_import()
    assert moved and dialog.report is None
    assert (
        "cancelled" in dialog.run_page.status.text()
        and "as it was" in dialog.run_page.status.text()
    )
    assert counts(lead_window) == before
