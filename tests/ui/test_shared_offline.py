"""On a shared PostgreSQL, the window keeps working while the server is down, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agent_console.core.options import AppOptions
from agent_console.store import migrate
from agent_console.store.database import make_engine
from agent_console.store.models import Incident
from tests.servers import PostgresCluster, ServerUnavailable, postgres_cluster
from tests.store.conftest import unavailable
from tests.ui.conftest import WindowFactory
from tests.ui.test_call_flow import _find_maryam, _first_incident_row
from tests.ui.ui_helpers import type_text


@pytest.fixture
def cluster() -> Iterator[PostgresCluster]:
    try:
        with postgres_cluster() as found:
            yield found
    except ServerUnavailable as exc:
        unavailable(str(exc))


def _incidents_with(url: str, summary: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).where(Incident.summary == summary)) or 0)
    finally:
        engine.dispose()


def test_an_incident_logged_while_the_server_is_down_waits_and_then_arrives(
    qtbot: QtBot, make_window: WindowFactory, cluster: PostgresCluster, tmp_path: Path
) -> None:
    engine = make_engine(cluster.url)
    migrate.upgrade(engine)  # IT's 'db upgrade'; workstations never migrate a shared database
    engine.dispose()
    options = AppOptions(data_dir=tmp_path / "desk", db_url=cluster.url, demo=True, region="IR")
    window = make_window(options)
    status = window.status_line.sync
    qtbot.waitUntil(lambda: status.text() == "Online", timeout=20_000)
    _find_maryam(qtbot, window)

    cluster.stop()
    form = window.form
    form.category.set_code("delivery")
    form.severity.set_code(2)
    form.mood_start.set_code(2)
    summary = "Parcel lost while the server was down"
    type_text(qtbot, form.summary, summary)
    form.outcome.set_code("follow_up")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Nothing blocks the agent: the form clears, the status bar says what waits, and the
    # incident is in the caller's history, marked as waiting to be sent.
    qtbot.waitUntil(lambda: form.summary.text() == "", timeout=20_000)
    qtbot.waitUntil(lambda: status.text() == "Offline, 1 waiting", timeout=30_000)
    model = window.history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    top = model.index(_first_incident_row(window), 0)
    assert "(waiting to send)" in top.data()
    assert model.incident(top) is not None and model.incident(top).summary == summary

    cluster.start()
    qtbot.waitUntil(lambda: status.text() == "Online", timeout=60_000)
    assert _incidents_with(cluster.url, summary) == 1
