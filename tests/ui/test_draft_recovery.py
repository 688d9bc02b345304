"""The unfinished incident survives a crash: a real console process is killed, a new one offers it back."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from agent_console.core.incident_input import IncidentInput
from agent_console.core.options import AppOptions
from tests.ui.conftest import WindowFactory
from tests.ui.draft_child import NOTES, SUMMARY

ROOT = Path(__file__).resolve().parents[2]


def _start_child(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.draft_child", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_ready(child: subprocess.Popen[str], seconds: float = 90) -> None:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], seconds)
    line = child.stdout.readline() if ready else ""
    if line.strip() != "READY":
        child.kill()
        _, err = child.communicate(timeout=10)
        raise AssertionError(f"the console never got ready: {line!r}\n{err}")


def test_killed_console_offers_the_unfinished_incident_back(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    child = _start_child(demo_options.data_dir)
    try:
        _wait_ready(child)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    saved = json.loads(demo_options.draft_path.read_text("utf-8"))
    assert saved["summary"] == SUMMARY

    window = make_window(demo_options)
    banner = window.draft_offer.banner
    assert banner is not None and banner.isVisible()
    assert "left unfinished" in banner.message.text() and "Maryam Rahimi" in banner.message.text()
    assert window.form.summary.text() == ""  # nothing forced on the agent before they choose
    banner.buttons["restore"].click()
    assert window.form.summary.text() == SUMMARY
    assert window.form.notes.toPlainText() == NOTES
    assert window.form.category.code() == "technical" and window.form.severity.number() == 3
    assert window.form.caller_label.text() == "Maryam Rahimi"
    assert window.card.name.text() == "Maryam Rahimi"  # the caller is back on screen too
    assert not banner.isVisible()
    assert (
        IncidentInput.from_json(saved).id == window.form.to_input().id
    )  # same incident, no duplicate


def test_discarding_the_unfinished_incident_removes_the_draft(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    draft = IncidentInput(summary="Half-typed complaint", category="billing")
    demo_options.draft_path.write_text(json.dumps(draft.to_json()), "utf-8")
    window = make_window(demo_options)
    banner = window.draft_offer.banner
    assert banner is not None and "no caller picked" in banner.message.text()
    banner.buttons["discard"].click()
    assert not demo_options.draft_path.exists()
    assert window.form.summary.text() == ""


def test_an_unanswered_offer_keeps_the_old_draft_until_new_typing(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    draft = IncidentInput(summary="Older call", category="billing")
    demo_options.draft_path.write_text(json.dumps(draft.to_json()), "utf-8")
    window = make_window(demo_options)
    assert window.draft_offer.banner is not None
    qtbot.wait(500)  # longer than the save delay: a blank form must not wipe the old draft
    assert json.loads(demo_options.draft_path.read_text("utf-8"))["summary"] == "Older call"
    window.form.summary.setText("A new call")
    qtbot.waitUntil(
        lambda: json.loads(demo_options.draft_path.read_text("utf-8"))["summary"] == "A new call"
    )
    # The old one can still be restored from the banner.
    window.draft_offer.banner.buttons["restore"].click()
    assert window.form.summary.text() == "Older call"


def test_unreadable_draft_file_is_set_aside_not_offered(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    demo_options.draft_path.write_text("{not json", "utf-8")
    window = make_window(demo_options)
    assert window.draft_offer.banner is None
    assert (demo_options.data_dir / "draft.unreadable.json").exists()
