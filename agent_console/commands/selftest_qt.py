"""The self-test's Qt checks, run in a child process so a Qt that aborts becomes a FAIL line.

Without a screen Qt aborts the whole process (exit 134) instead of raising, so the parent
starts ``agent-console self-test --qt-probe``, which opens a window, loads the bundled fonts
and every translation, and prints what it found as one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from agent_console.commands.selftest_checks import FAIL, OK, WARN, Check
from agent_console.core.resources import resources_dir
from agent_console.core.taxonomy import LANGUAGES

PROBE_TIMEOUT_S = 60
UI_LANGUAGES = [c.code for c in LANGUAGES if c.code != "en"]
LINUX_QT_PACKAGES = "libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 (X11: libxcb-cursor0)"


def probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "self-test", "--qt-probe"]
    return [sys.executable, "-m", "agent_console", "self-test", "--qt-probe"]


def needs_offscreen(environ: dict[str, str]) -> bool:
    """No screen to draw on: Linux without X11 or Wayland (Windows and macOS always have one)."""
    if environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def run_probe(force_offscreen: bool = False) -> list[Check]:
    env = dict(os.environ)
    if force_offscreen or needs_offscreen(env):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    try:
        done = subprocess.run(probe_command(), env=env, capture_output=True, text=True,
                              timeout=PROBE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return [Check("Qt", FAIL, f"no window within {PROBE_TIMEOUT_S} s")]
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = [ln for ln in done.stderr.strip().splitlines() if ln.strip()][-3:]
        return [Check("Qt", FAIL, f"could not start (exit {done.returncode}); on Linux install "
                      f"{LINUX_QT_PACKAGES}", tuple(tail))]
    found = json.loads(lines[-1])
    seconds = time.perf_counter() - started
    qt = Check("Qt", OK, f"Qt {found['qt']} on '{found['platform']}': window shown "
               f"{found['window_s']:.2f} s after start ({seconds:.2f} s with process start)")
    return [qt, _fonts_check(found["fonts"]), _translations_check(found["translations"])]


def _fonts_check(fonts: dict[str, Any]) -> Check:
    bundled = ", ".join(fonts["bundled"]) or "none"
    anywhere = [ws for ws, n in fonts["any_font"].items() if not n]
    if anywhere:
        return Check("fonts", FAIL, f"no font for {', '.join(anywhere)}: that text shows as boxes "
                     f"(bundled: {bundled})")
    if fonts["files"] and not fonts["bundled"]:
        return Check("fonts", FAIL, f"the bundled fonts {', '.join(fonts['files'])} did not load")
    if not fonts["bundled"]:
        return Check("fonts", WARN, "no bundled fonts; the system's fonts cover Latin, Arabic, Cyrillic")
    uncovered = [ws for ws, families in fonts["bundled_by_system"].items() if not families]
    if uncovered:
        return Check("fonts", WARN, f"bundled {bundled} do not cover {', '.join(uncovered)}; "
                     "the system's fonts do")
    return Check("fonts", OK, f"bundled {bundled}; Latin, Arabic (Persian), Cyrillic covered")


def _translations_check(found: dict[str, Any]) -> Check:
    app, broken = found["app"], found["broken"]
    qt_missing = [lang for lang in UI_LANGUAGES if lang not in found["qt"]]
    qt_note = ("Qt's own dialogs: " + ", ".join(found["qt"]) if found["qt"] else "no Qt translations")
    if qt_missing:
        qt_note += f" (missing {', '.join(qt_missing)})"
    if broken:
        return Check("translations", FAIL, f"cannot load {', '.join(broken)}", (qt_note,))
    if not app:
        return Check("translations", WARN, "none built yet (no .qm under resources/translations); "
                     "the interface shows in English", (qt_note,))
    missing = [lang for lang in UI_LANGUAGES if not any(f.endswith(f"_{lang}.qm") for f in app)]
    status = WARN if missing or qt_missing else OK
    detail = f"{len(app)} loaded: {', '.join(app)}"
    if missing:
        detail += f"; none for {', '.join(missing)}"
    return Check("translations", status, detail, (qt_note,))


def probe_main() -> int:
    """In the child: a QApplication, a shown window, fonts and translators; one JSON line out."""
    started = time.perf_counter()
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from agent_console.ui.fonts import bundled_font_files, load_bundled_fonts
    from agent_console.ui.translation_files import catalogue_folder

    app = QApplication.instance() or QApplication(["agent-console-self-test"])
    families = load_bundled_fonts()
    window = QMainWindow()
    sample = "Agent Console — تست فارسی و English — Проверка"  # i18n: not translated (a font test)
    window.setCentralWidget(QLabel(sample))
    window.show()
    QApplication.processEvents()
    window_s = time.perf_counter() - started
    ws = QFontDatabase.WritingSystem
    systems = {"Latin": ws.Latin, "Arabic": ws.Arabic, "Cyrillic": ws.Cyrillic}
    fonts = {
        "files": [p.name for p in bundled_font_files()],
        "bundled": families,
        "any_font": {k: len(QFontDatabase.families(v)) for k, v in systems.items()},
        "bundled_by_system": {
            k: [f for f in families if v in QFontDatabase.writingSystems(f)]
            for k, v in systems.items()
        },
    }
    app_qm: list[str] = []
    broken: list[str] = []
    for lang in UI_LANGUAGES:  # found (compiled from the .ts if need be) as the console does
        name = f"agent_console_{lang}"
        folder = catalogue_folder(resources_dir() / "translations", lang)
        if (folder / f"{name}.qm").is_file():
            (app_qm if QTranslator().load(name, str(folder)) else broken).append(f"{name}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_langs = [lang for lang in UI_LANGUAGES if QTranslator().load(f"qtbase_{lang}", qt_dir)]
    window.close()
    print(json.dumps({
        "qt": qVersion(), "platform": QApplication.platformName(), "window_s": window_s,
        "fonts": fonts, "translations": {"app": app_qm, "broken": broken, "qt": qt_langs},
    }))
    del app
    return 0
