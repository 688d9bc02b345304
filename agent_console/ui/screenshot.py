"""A screenshot of the real window in the middle of a call, for the docs and for reviewing the layout.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        python -m agent_console.ui.screenshot --out docs/screenshots --lang fa

Builds the window on a temporary data dir with demo data (or ``--data-dir``), finds the demo
caller with the longest history, expands an incident, fills part of the form and saves
``main-<lang>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from agent_console.core.options import AppOptions
from agent_console.ui.app import build_window, prepare_application
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner

RICH_CALLER_NUMBER = "0912 345 6789"  # the demo caller with the longest history (store/demo.py)
SAMPLES = {
    "en": (
        "Charged twice for the April invoice",
        "Second time this year, the caller is upset.\nBilling confirms the duplicate charge.",
    ),
    "fa": (
        "برای قبض فروردین دو بار پول کسر شده",
        "بار دوم در امسال است و تماس‌گیرنده ناراحت است.\nبخش مالی کسر تکراری را تأیید کرد.",
    ),
    "ar": (
        "خُصم المبلغ مرتين لفاتورة أبريل",
        "هذه المرة الثانية هذا العام والمتصل منزعج.\nقسم الفوترة أكد الخصم المكرر.",
    ),
    "ru": (
        "Дважды списали оплату за апрельский счёт",
        "Уже второй раз за год, звонящий расстроен.\nБиллинг подтвердил двойное списание.",
    ),
}


def _wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(runner: OperationRunner, seconds: float = 0.5) -> None:
    _wait_for(runner.is_idle)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def stage_call(window: MainWindow, runner: OperationRunner, language: str) -> None:
    """Put the window where an agent would be a minute into a call."""
    _wait_for(lambda: window.services.data.state in ("open", "failed"))
    if window.services.data.state == "failed":
        return
    window.search.box.setFocus()
    QTest.keyClicks(window.search.box, RICH_CALLER_NUMBER)
    _wait_for(lambda: window.search.model.rowCount() > 0)
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    model = window.history.model
    _wait_for(lambda: model.state == "loaded" and model.rowCount() > 0)
    first = next(
        (r for r in range(model.rowCount()) if not model.is_follow_up_row(model.index(r, 0))), None
    )
    if first is not None:
        index = model.index(first, 0)
        window.history.view.setCurrentIndex(index)
        window.history.view.expand(index)
    summary, notes = SAMPLES.get(language, SAMPLES["en"])
    form = window.form
    form.category.set_code("billing")
    form.severity.set_code(3)
    form.mood_start.set_code(2)
    form.summary.setText(summary)
    form.notes.setPlainText(notes)
    form.resolution.set_code("refund")
    form.summary.setFocus()
    _settle(runner)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument(
        "--data-dir", type=Path, help="default: a new temporary folder with demo data"
    )
    parser.add_argument("--region", default="IR")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="agent-console-shot-") as temp:
        options = AppOptions(
            data_dir=args.data_dir or Path(temp),
            demo=args.data_dir is None,
            lang=args.lang,
            region=args.region,
        )
        app, language = prepare_application(options)
        runner = OperationRunner()
        window = build_window(options, runner)
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show()
        window.start()
        try:
            stage_call(window, runner, language)
            args.out.mkdir(parents=True, exist_ok=True)
            path = args.out / f"main-{language}.png"
            if not window.grab().save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(path)
        finally:
            window.close()
            runner.shutdown()
            del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
