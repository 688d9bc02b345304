"""A screenshot of the guidance docks at work, for the docs:

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        python -m agent_console.ui.guidance.screenshot --out docs/screenshots --lang fa

The call of ``agent_console.ui.screenshot``, a few checklist steps ticked, and notes with
wording the phrasing coach flags; saves ``guidance-<lang>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from agent_console.core.options import AppOptions
from agent_console.ui.app import build_window, prepare_application
from agent_console.ui.runner import OperationRunner
from agent_console.ui.screenshot import _settle, stage_call

NOTES = {
    "en": "Second time this year. I told him: that's not our policy. He said he will call "
    "his lawyer.",
    "fa": "بار دوم امسال است. به او گفتم طبق قوانین شرکت امکان بازگشت وجه نیست. گفت با وکیلش "
    "تماس می‌گیرد.",
    "ar": "هذه المرة الثانية هذا العام. قلت له: هذا ضد سياسة الشركة. قال إنه سيتصل بمحاميه.",
    "ru": "Уже второй раз за год. Я сказал: такова политика компании. Он грозит позвонить юристу.",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="agent-console-shot-") as temp:
        options = AppOptions(data_dir=Path(temp), demo=True, lang=args.lang, region="IR")
        app, language = prepare_application(options)
        runner = OperationRunner()
        window = build_window(options, runner)
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show()
        window.start()
        try:
            stage_call(window, runner, language)
            guidance = window.guidance
            for number in (1, 2, 3, 4, 5):
                guidance.toggle_step_number(number)
            window.form.notes.setPlainText(NOTES.get(language, NOTES["en"]))
            window.form.notes.setFocus()
            _settle(runner)
            args.out.mkdir(parents=True, exist_ok=True)
            path = args.out / f"guidance-{language}.png"
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
