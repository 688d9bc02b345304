"""The fonts shipped in resources/fonts, so Persian, Arabic and Cyrillic never show as boxes.

A bare workstation (or a trimmed Linux image) may have no font for these scripts at all.
The bundled fonts are registered with Qt and added behind the system's own font as fallbacks,
so the desktop's look is kept and only missing glyphs come from the bundle.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from agent_console.core.resources import resources_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def bundled_font_files(folder: Path | None = None) -> list[Path]:
    """Font files in ``folder`` (default: resources/fonts), in a stable order."""
    folder = resources_dir() / "fonts" if folder is None else folder
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def load_bundled_fonts(folder: Path | None = None, *, as_fallback: bool = True) -> list[str]:
    """Register the bundled fonts with Qt; returns their family names, without repeats.

    Call once, after the QApplication exists and before the first window is built. With
    ``as_fallback`` the families are added after the application font's own family, so
    text keeps the system font where it has the glyphs.
    """
    families: list[str] = []
    for path in bundled_font_files(folder):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("could not load the bundled font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if families and as_fallback:
        font = QGuiApplication.font()
        primary = font.family()
        font.setFamilies([primary, *(f for f in families if f != primary)])
        QGuiApplication.setFont(font)
    log.debug("bundled fonts loaded: %s", ", ".join(families) or "none")
    return families
