"""Fixtures for the window tests: a demo database per test, runners, and the real main window."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.i18n import install_translations
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner, SyncRunner
from agent_console.ui.services import build_services

DB_NAME = "agent-console.sqlite3"


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated demo database, made once; each test works on its own copy."""
    from agent_console.store.startup import open_workstation

    folder = tmp_path_factory.mktemp("demo-template")
    workstation = open_workstation(AppOptions(data_dir=folder, demo=True, region="IR"))
    workstation.db.dispose()  # checkpoints the WAL into the file
    return folder / DB_NAME


@pytest.fixture
def demo_options(data_dir: Path, demo_db_file: Path) -> AppOptions:
    data_dir.mkdir(parents=True)
    shutil.copy2(demo_db_file, data_dir / DB_NAME)
    return AppOptions(data_dir=data_dir, demo=True, region="IR")


@pytest.fixture
def sync_runner() -> SyncRunner:
    return SyncRunner()


@pytest.fixture
def threaded_runner() -> Iterator[OperationRunner]:
    runner = OperationRunner()
    yield runner
    runner.shutdown()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, sync_runner: SyncRunner) -> WindowFactory:
    """The real main window on ``options``, shown and started (database opened)."""

    def make(options: AppOptions, runner: SyncRunner | OperationRunner | None = None) -> MainWindow:
        services = build_services(options, runner or sync_runner)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts work in the active window only, as on a desk.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.start()
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory, demo_options: AppOptions) -> MainWindow:
    return make_window(demo_options)


@pytest.fixture(autouse=True)
def skip_reason_answered(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the guidance tests nobody ticks the checklist: answer its "why skipped?" at once.

    Submitting with required steps unticked asks for a reason (tests/ui/test_guidance_*.py
    drive that dialog themselves); other tests are about other things.
    """
    if request.path.name.startswith("test_guidance"):
        return
    from agent_console.ui.guidance.skip_reason import SkipReasonDialog

    def answer(dialog: SkipReasonDialog) -> None:
        dialog.reason.setText("not part of this test")
        dialog.accept()

    monkeypatch.setattr(SkipReasonDialog, "open", answer)


@contextmanager
def interface_language(app: QApplication, language: str) -> Iterator[str]:
    """The interface in ``language`` (translations, locale, direction), as at a start with
    ``--lang``; English, C locale and left to right again afterwards."""
    installed = install_translations(app, language)
    try:
        yield language
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale.c())


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, "fa") as language:
        yield language


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, "ar") as language:
        yield language
