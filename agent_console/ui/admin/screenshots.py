"""Screenshots of the sign-in dialog and of Admin > Users…, for the docs and for layout review.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        python -m agent_console.ui.admin.screenshots --out docs/screenshots --lang fa

Saves ``sign-in-<lang>.png`` (after a refused password, as a person would see it) and
``admin-users-<lang>.png`` (the demo data with an admin, on a temporary embedded database) and
``admin-add-user-<lang>.png`` (a user just added, with their one-time password shown once).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from agent_console.core.options import AppOptions
from agent_console.ui.app import build_window, prepare_application
from agent_console.ui.roles import role_name
from agent_console.ui.runner import OperationRunner
from agent_console.ui.sign_in_dialog import SignInDialog


def _wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def sign_in_shot(path: Path) -> None:
    from agent_console.store.credentials import WrongPassword, sign_in_request

    url = "postgresql+psycopg://db-server.example:5432/console"
    request = sign_in_request(url, "dana.orlov", WrongPassword("refused"))
    dialog = SignInDialog()
    dialog.show_request(request)
    dialog.show()
    _settle()
    dialog.grab().save(str(path))
    dialog.close()


def admin_shot(data_dir: Path, lang: str, path: Path) -> None:
    from agent_console.store.agents import ensure_agent
    from agent_console.store.startup import open_workstation

    options = AppOptions(data_dir=data_dir, demo=True, lang=lang, region="IR")
    workstation = open_workstation(options)  # the demo data, then an admin to sit as
    with workstation.db.session() as session:
        ensure_agent(session, "ida.karimi", "Ida Karimi", role="admin")
        ensure_agent(session, "sara.n", "Sara Nazari", role="agent")
    workstation.db.dispose()
    runner = OperationRunner()
    window = build_window(replace(options, act_as="ida.karimi"), runner)
    window.resize(1400, 860)
    window.show()
    window.start()
    try:
        _wait_for(lambda: window.services.data.state in ("open", "failed"))
        users = window.account.admin.open_users()
        if users is None:
            raise SystemExit("the admin screen did not open")
        users.resize(820, 520)
        _wait_for(lambda: users.model.rowCount() > 0 and runner.is_idle())
        users.select("sara.n")
        message = QCoreApplication.translate("UsersWindow", "{0} was added as {1}.")
        users.say(message.format("sara.n", role_name("agent")))
        _settle()
        users.grab().save(str(path))
        users.open_add()  # and adding someone with a one-time password, once it is shown
        add = users.add_dialog
        assert add is not None
        add.login.setText("nadia.s")  # i18n: not translated
        add.name.setText("Nadia Sami")  # i18n: not translated
        add.generate.setChecked(True)
        add.submit()
        _wait_for(add.result_box.isVisible)
        _settle()
        add.grab().save(str(path.with_name(path.name.replace("users", "add-user"))))
        add.reject()
    finally:
        window.close()
        runner.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="agent-console-shot-") as temp:
        app, language = prepare_application(AppOptions(data_dir=Path(temp), lang=args.lang))
        args.out.mkdir(parents=True, exist_ok=True)
        saved = [args.out / f"sign-in-{language}.png", args.out / f"admin-users-{language}.png"]
        sign_in_shot(saved[0])
        admin_shot(Path(temp) / "data", args.lang, saved[1])
        saved.append(args.out / f"admin-add-user-{language}.png")
        for path in saved:
            print(path)
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
