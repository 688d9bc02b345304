"""Helpers for the follow-up and review tests: a clock the test moves, windows on it, lookups."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.records import CallerSummary
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services

T = TypeVar("T")
MARYAM = "0912 345 6789"  # the demo caller with the longest history, in Tehran


class FakeClock:
    """What time the window thinks it is; the test moves it instead of sleeping."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = (now or datetime.now(UTC)).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def open_window(
    qtbot: QtBot, options: AppOptions, clock: FakeClock, act_as: str | None = None
) -> MainWindow:
    """The real main window on ``options`` with ``clock``, shown, active and started."""
    options = dataclasses.replace(options, act_as=act_as)
    services = dataclasses.replace(build_services(options, SyncRunner()), clock=clock)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start()
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    return window


def in_db(window: MainWindow, op: Callable[[Any], T]) -> T:
    """Run ``op(session)`` in the window's own runner and return what it gave."""
    found: list[T] = []
    window.services.data.run(op, found.append)
    assert found, "the operation did not finish"
    return found[0]


def caller_by_phone(window: MainWindow, phone: str = MARYAM) -> CallerSummary:
    from agent_console.store.callers import search_callers

    return in_db(window, lambda s: search_callers(s, phone, "IR"))[0]


def follow_up_in_db(window: MainWindow, follow_up_id: uuid.UUID) -> Any:
    from agent_console.store.follow_ups import get_follow_up

    return in_db(window, lambda s: get_follow_up(s, follow_up_id))


def audit_of(window: MainWindow, entity_id: uuid.UUID) -> list[tuple[str, str, dict[str, Any]]]:
    from sqlalchemy import select

    from agent_console.store.models import AuditEvent

    def op(session: Any) -> list[tuple[str, str, dict[str, Any]]]:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == entity_id).order_by(AuditEvent.at)
        )
        return [(e.action, e.actor_login, dict(e.details)) for e in rows]

    return in_db(window, op)


def open_dialog(qtbot: QtBot, owner: QWidget, kind: type[T]) -> T:
    """The dialog of ``kind`` that ``owner`` has just opened, once it is on screen."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in owner.findChildren(kind)))  # type: ignore[arg-type]
    dialog = next(d for d in owner.findChildren(kind) if d.isVisible())  # type: ignore[arg-type]
    assert isinstance(dialog, QDialog)
    return dialog
