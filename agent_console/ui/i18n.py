"""The interface language: Qt's own translations, ours, the locale, and the layout direction."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from agent_console.core.resources import resources_dir
from agent_console.core.taxonomy import LANGUAGES, RTL_LANGUAGES
from agent_console.ui.translation_files import catalogue_folder

log = logging.getLogger(__name__)
SUPPORTED = tuple(choice.code for choice in LANGUAGES)


def choose_language(requested: str | None) -> str:
    """``--lang`` if given, else the OS locale's language when we have it, else English."""
    language = requested or QLocale.system().name().split("_")[0]
    return language if language in SUPPORTED else "en"


def translations_dir(language: str) -> str:
    """Where ``agent_console_<language>.qm`` is, compiled from its .ts first if that is newer."""
    return str(catalogue_folder(resources_dir() / "translations", language))


@cache
def _report_missing(name: str, folder: str) -> None:
    """Say once per run that a catalogue is missing: the interface falls back to English."""
    log.warning("no %s.qm in %s: those strings stay in English", name, folder)


def _load(app: QGuiApplication, name: str, folder: str, required: bool) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        QCoreApplication.installTranslator(translator)
        return translator
    translator.deleteLater()
    if required:
        _report_missing(name, folder)
    return None


def install_translations(app: QGuiApplication, language: str) -> list[QTranslator]:
    """Load ``qtbase_<lang>`` and ``agent_console_<lang>``, set the locale and the direction.

    English needs no Qt catalogue; ours for English holds only its plural forms.
    """
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = (
        _load(app, f"qtbase_{language}", qt_dir, required=language != "en"),
        _load(app, f"agent_console_{language}", translations_dir(language), required=True),
    )
    right_to_left = language in RTL_LANGUAGES
    if right_to_left != app.isRightToLeft():  # else Qt's namespace of enums (~20 ms) can wait
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    return [translator for translator in loaded if translator is not None]


def switch_language(
    app: QGuiApplication, language: str, installed: list[QTranslator]
) -> list[QTranslator]:
    """Replace the ``installed`` translators with ``language``'s; returns the new ones.

    Widgets built before the switch keep their texts: the caller rebuilds them.
    """
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    return install_translations(app, language)
