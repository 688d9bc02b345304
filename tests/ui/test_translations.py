"""Interface translations: every string extracted and translated, and the window really shows them.

The catalogues are checked against the source as it is now (lupdate runs on it), so a string
added without a translation fails here with its context and text. To fix:
``python -m agent_console.i18n_tools update``, translate, and run this test again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from agent_console.core.options import AppOptions
from agent_console.i18n_tools import call_sites, catalog
from agent_console.ui import translation_files
from agent_console.ui.i18n import install_translations, switch_language
from agent_console.ui.translation_files import catalogue_folder
from tests.ui.conftest import WindowFactory

TRANSLATED = ("fa", "ar", "ru")
# Language pickers name each language in itself, whatever the interface language.
AUTONYMS = {"English", "فارسی", "العربية", "Русский"}


def translations(language: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, from the committed .ts (singular strings)."""
    return {
        (m.context, m.source): m.translations[0]
        for m in catalog.read(catalog.ts_path(language))
        if not m.plural
    }


@pytest.fixture
def interface_language(qapp: QApplication) -> Iterator[list[list[QTranslator]]]:
    """Lets a test install languages; puts English and left-to-right back afterwards."""
    installed: list[list[QTranslator]] = [[]]
    yield installed
    for translator in installed[0]:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.c())


def test_every_translation_call_is_one_lupdate_extracts() -> None:
    found = [str(f) for f in call_sites.findings(catalog.PACKAGE)]
    assert not found, "lupdate cannot extract these (or files them wrongly):\n" + "\n".join(found)


def test_every_interface_string_is_translated_in_every_language() -> None:
    found = catalog.problems()
    assert not found, (
        f"{len(found)} translation problems. Run `python -m agent_console.i18n_tools update`, "
        "translate what is listed, then run this test again:\n" + "\n".join(found)
    )


def test_core_labels_reach_the_catalogue_through_their_marker() -> None:
    # Categories live in the Qt-free core: they are marked for lupdate, not translated there.
    from agent_console.core import taxonomy

    persian = translations("fa")
    for choice in taxonomy.CATEGORIES:
        assert persian.get(("taxonomy", choice.label)), choice.label
        assert persian.get(("taxonomy", choice.hint)), choice.hint


def _visible_texts(window: QMainWindow) -> set[str]:
    """What the user can read on the window: menus, actions, buttons, labels, hints, lists."""
    texts = {action.text() for action in window.menuBar().actions()}
    for widget in window.findChildren(QWidget):
        texts.add(widget.toolTip())
        texts.update(action.text() for action in widget.actions())
        if isinstance(widget, QAbstractButton | QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
    return {text for text in texts if text}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_main_window_shows_its_menus_and_labels_in_the_chosen_language(
    language: str,
    qapp: QApplication,
    interface_language: list[list[QTranslator]],
    make_window: WindowFactory,
    demo_options: AppOptions,
) -> None:
    interface_language[0] = install_translations(qapp, language)
    assert len(interface_language[0]) == 2, "qtbase and our catalogue both load"
    catalogue = translations(language)
    window = make_window(demo_options)

    menus = [action.text() for action in window.menuBar().actions()]
    for english in ("&Call", "&View", "&Help"):
        assert catalogue[("MainWindow", english)] in menus
    docks = {dock.objectName(): dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert docks["checklistDock"] == catalogue[("Docks", "Checklist")]
    search = window.search.findChild(QLineEdit)
    assert search is not None
    hint = catalogue[("CallerSearch", "Phone number, name or account  (Ctrl+F)")]
    assert search.placeholderText() == hint
    # Nothing on the window is still the English of a string the catalogue translates: such a
    # string was looked up under another context than lupdate filed it under.
    sources = {source for (_, source), text in catalogue.items() if text and text != source}
    assert not sorted((_visible_texts(window) - AUTONYMS) & sources)


def test_switching_language_replaces_the_translators(
    qapp: QApplication, interface_language: list[list[QTranslator]]
) -> None:
    persian, russian = translations("fa"), translations("ru")
    key = ("MainWindow", "&Find caller")

    interface_language[0] = install_translations(qapp, "fa")
    assert QCoreApplication.translate(*key) == persian[key]
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft

    interface_language[0] = switch_language(qapp, "ru", interface_language[0])
    assert QCoreApplication.translate(*key) == russian[key]
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Qt's own dialogs follow: qtbase_ru replaced qtbase_fa.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    # Counts take the Russian plural form.
    waiting = QCoreApplication.translate("StatusLine", "Offline, %n waiting", None, 3)
    assert waiting.endswith("3") and waiting != "Offline, 3 waiting"

    interface_language[0] = switch_language(qapp, "en", interface_language[0])
    assert QCoreApplication.translate(*key) == "&Find caller"
    # English keeps only its plural forms.
    one = QCoreApplication.translate("ReviewWindow", "%n incident(s) match, newest first.", None, 1)
    assert one == "1 incident matches."


def test_a_stale_catalogue_is_rebuilt_from_its_source(tmp_path: Path) -> None:
    shutil.copy2(catalog.ts_path("fa"), tmp_path)
    qm = tmp_path / "agent_console_fa.qm"
    qm.write_bytes(b"stale")
    os.utime(qm, (0, 0))  # older than the .ts
    assert catalogue_folder(tmp_path, "fa") == tmp_path
    translator = QTranslator()
    assert translator.load("agent_console_fa", str(tmp_path))
    assert (
        translator.translate("MainWindow", "&Call") == translations("fa")[("MainWindow", "&Call")]
    )


def test_a_read_only_install_compiles_into_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "site-packages" / "translations"
    installed.mkdir(parents=True)
    shutil.copy2(catalog.ts_path("ru"), installed)
    monkeypatch.setattr(translation_files, "_writable", lambda folder: False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = catalogue_folder(installed, "ru")
    assert folder.is_relative_to(tmp_path / "cache")
    assert not (installed / "agent_console_ru.qm").exists()
    assert QTranslator().load("agent_console_ru", str(folder))
