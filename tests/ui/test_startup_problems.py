"""A database or data folder that cannot be used: a clear banner, the window stays up, nothing is touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import DB_NAME, WindowFactory
from tests.ui.ui_helpers import type_text


def _startup_banner(window: MainWindow) -> str:
    banner = window.findChild(object, "startupBanner")
    assert banner is not None, "no startup banner"
    assert banner.isVisible()  # type: ignore[attr-defined]
    return banner.message.text()  # type: ignore[attr-defined]


def _assert_still_usable_but_not_saving(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    type_text(qtbot, form.summary, "Caller still on the line")
    assert form.summary.text() == "Caller still on the line"
    assert not form.submit_button.isEnabled()
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.form_message.isVisible()
    assert (
        "Nothing can be saved" in form.form_message.text()
        or "Fields to fix" in form.form_message.text()
    )
    assert window.status_line.database.text() == "Database: not open"


def test_corrupt_database_file_is_reported_and_left_untouched(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    data_dir.mkdir()
    garbage = bytes(range(256)) * 64
    (data_dir / DB_NAME).write_bytes(garbage)
    window = make_window(AppOptions(data_dir=data_dir, region="IR"))
    text = _startup_banner(window)
    assert "damaged" in text and "could not be opened" in text
    _assert_still_usable_but_not_saving(qtbot, window)
    assert (data_dir / DB_NAME).read_bytes() == garbage


def test_database_from_a_newer_version_is_reported_and_left_untouched(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    path = demo_options.embedded_db_path
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num='ffffffffffff'")
    before = path.read_bytes()
    window = make_window(demo_options)
    text = _startup_banner(window)
    assert "newer version of Agent Console" in text
    _assert_still_usable_but_not_saving(qtbot, window)
    # Lookups say why they cannot work instead of failing silently.
    type_text(qtbot, window.search.box, "Maryam")
    qtbot.waitUntil(lambda: window.search.status.isVisible())
    assert "newer version" in window.search.status.text()
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.bak"))


@pytest.fixture
def read_only_data_dir(demo_options: AppOptions) -> Iterator[AppOptions]:
    """The data folder made unwritable: chmod for a normal user, the immutable flag for root."""
    folder = demo_options.data_dir
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield demo_options
        folder.chmod(0o755)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a folder read-only")
    made = subprocess.run(
        ["chattr", "+i", str(folder)], capture_output=True, text=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"chattr +i failed: {made.stderr.strip()}")
    try:
        yield demo_options
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_read_only_data_folder_is_reported_and_typing_is_kept(
    qtbot: QtBot, make_window: WindowFactory, read_only_data_dir: AppOptions
) -> None:
    before = read_only_data_dir.embedded_db_path.read_bytes()
    window = make_window(read_only_data_dir)
    text = _startup_banner(window)
    assert "cannot write to its data folder" in text and str(read_only_data_dir.data_dir) in text
    _assert_still_usable_but_not_saving(qtbot, window)
    # The draft cannot be written either, and the status bar says so instead of claiming it was.
    qtbot.waitUntil(lambda: "NOT saved" in window.status_line.draft.text(), timeout=3000)
    assert window.form.summary.text() == "Caller still on the line"
    assert read_only_data_dir.embedded_db_path.read_bytes() == before
