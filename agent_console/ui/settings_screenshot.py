"""A screenshot of the Settings dialog, for the docs and for reviewing its layout.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        python -m agent_console.ui.settings_screenshot --out docs/screenshots --lang fa
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from agent_console.core.options import AppOptions
from agent_console.ui.app import prepare_application
from agent_console.ui.settings_dialog import DisplayChoice, SettingsDialog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="fa")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="agent-console-shot-") as temp:
        options = AppOptions(data_dir=Path(temp), lang=args.lang)
        app, language = prepare_application(options)
        dialog = SettingsDialog(DisplayChoice(language, options.calendar, options.digits))
        dialog.show()
        for _ in range(20):
            QCoreApplication.processEvents()
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / f"settings-{language}.png"
        if not dialog.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
        dialog.close()
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
