"""The interface language: Qt's own translations, ours, the locale, and the layout direction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from agent_console.core.resources import resources_dir
from agent_console.core.taxonomy import LANGUAGES, RTL_LANGUAGES

log = logging.getLogger(__name__)
SUPPORTED = tuple(choice.code for choice in LANGUAGES)


def choose_language(requested: str | None) -> str:
    """``--lang`` if given, else the OS locale's language when we have it, else English."""
    language = requested or QLocale.system().name().split("_")[0]
    return language if language in SUPPORTED else "en"


def install_translations(app: QGuiApplication, language: str) -> list[QTranslator]:
    """Load ``qtbase_<lang>`` and ``agent_console_<lang>`` (when built) and set the direction."""
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_dir = resources_dir() / "translations"
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"agent_console_{language}", str(ours_dir)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        elif language != "en":
            log.info("no %s translation in %s", name, folder)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    return installed
