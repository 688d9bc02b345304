"""Every Qt model through qtmodeltester, with data loaded and after lazy fetchMore."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_console.core.incident_input import ValidIncident
from agent_console.core.options import AppOptions
from agent_console.store.records import NewCaller
from agent_console.ui.data_access import DataAccess
from agent_console.ui.models.caller_history import CallerHistoryModel
from agent_console.ui.models.caller_results import CallerResultsModel
from agent_console.ui.models.follow_ups import FollowUpsModel
from agent_console.ui.models.precedents import PrecedentsModel
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE, WRAPPED_ROLE
from agent_console.ui.runner import SyncRunner

BUSY_INCIDENTS = 250


def _incident(caller_id: uuid.UUID, n: int, now: datetime) -> ValidIncident:
    started = now - timedelta(hours=n)
    return ValidIncident(
        id=uuid.uuid4(),
        caller_id=caller_id,
        started_at=started,
        ended_at=started + timedelta(minutes=5),
        category="billing" if n % 2 else "delivery",
        severity=1 + n % 4,
        mood_start=1 + n % 5,
        mood_end=None if n % 3 else 5,
        summary=f"Call number {n}",
        notes=f"Notes of call {n}\nsecond line",
        root_cause=None,
        resolution="refund" if n % 2 else None,
        compensation_amount=None,
        compensation_currency=None,
        escalated=False,
        outcome="resolved",
        checklist={},
        call_id=None,
    )


@pytest.fixture
def data(demo_options: AppOptions) -> DataAccess:
    access = DataAccess(demo_options, SyncRunner())
    access.open()
    assert access.state == "open"
    return access


@pytest.fixture
def busy_caller(data: DataAccess) -> uuid.UUID:
    """A caller with 250 incidents: three pages of 100."""
    from agent_console.store.callers import create_caller
    from agent_console.store.incidents import submit_incident

    agent = data.agent
    assert agent is not None
    now = datetime.now(UTC)

    def op(session: object) -> uuid.UUID:
        caller, _ = create_caller(
            session, NewCaller(name="Busy Caller", phones=("+44 20 7946 0958",)), "GB", agent
        )  # type: ignore[arg-type]
        for n in range(BUSY_INCIDENTS):
            submit_incident(session, _incident(caller.id, n, now), agent)  # type: ignore[arg-type]
        return caller.id

    found: list[uuid.UUID] = []
    data.run(op, found.append)
    return found[0]


def test_caller_results_model(qtmodeltester: ModelTester, data: DataAccess) -> None:
    from agent_console.store.callers import search_callers

    results: list = []
    data.run(lambda s: search_callers(s, "0912", "IR"), results.append)
    model = CallerResultsModel("IR")
    model.set_callers(results[0])
    assert model.rowCount() > 3
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(RECORD_ROLE).name in first.data()
    assert first.data(USER_TEXT_ROLE) is True
    # Phone numbers stay left to right inside an RTL name: isolated.
    assert "\u2066" in first.data() and "\u2069" in first.data()


def test_history_model_pages_lazily(
    qtmodeltester: ModelTester, data: DataAccess, busy_caller: uuid.UUID
) -> None:
    model = CallerHistoryModel(data, page_size=100)
    model.set_caller(busy_caller)
    assert model.rowCount() == 100 and model.state == "loaded"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    qtmodeltester.check(model)  # the tester fetches more itself, as a view would
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == BUSY_INCIDENTS
    qtmodeltester.check(model)
    # Newest first, across the page boundaries.
    starts = [model.incident(model.index(r, 0)).started_at for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert starts == sorted(starts, reverse=True)
    assert (
        len({model.incident(model.index(r, 0)).id for r in range(model.rowCount())})
        == BUSY_INCIDENTS
    )  # type: ignore[union-attr]


def test_history_model_tree_has_notes_children_and_follow_ups_on_top(
    qtmodeltester: ModelTester, data: DataAccess
) -> None:
    from agent_console.store.callers import search_callers

    found: list = []
    data.run(lambda s: search_callers(s, "0912 345 6789", "IR"), found.append)
    model = CallerHistoryModel(data)
    model.set_caller(found[0][0].id)
    qtmodeltester.check(model)
    assert model.is_follow_up_row(model.index(0, 0))
    assert model.rowCount(model.index(0, 0)) == 0  # follow-ups have no children
    incident_row = model.index(1, 0)
    assert model.rowCount(incident_row) == 1
    notes = model.index(0, 0, incident_row)
    incident = model.incident(incident_row)
    assert incident is not None and notes.parent() == incident_row
    assert incident.notes in notes.data() and incident.summary in notes.data()
    assert notes.data(WRAPPED_ROLE) and notes.data(USER_TEXT_ROLE)
    mood = model.index(1, 2).data()
    if incident.mood_end is None:
        assert "→" not in mood and mood
    else:
        assert "→" in mood
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_history_model_drops_answers_for_a_caller_no_longer_shown(
    data: DataAccess, busy_caller: uuid.UUID
) -> None:
    model = CallerHistoryModel(data)
    model.set_caller(busy_caller)
    stale_generation = model._pager.generation
    model.set_caller(None)
    model._on_first(stale_generation, ([], data_page_of_one(model)))
    assert model.rowCount() == 0


def data_page_of_one(model: CallerHistoryModel) -> object:
    from agent_console.store.records import Page

    return Page(rows=(), next_key=None)


def test_precedents_model_pages_lazily(
    qtmodeltester: ModelTester, data: DataAccess, busy_caller: uuid.UUID
) -> None:
    model = PrecedentsModel(data, page_size=100)
    model.set_query("billing", exclude_caller_id=None)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() > 100
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    rows = [model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount())]
    assert all(r.category == "billing" for r in rows)
    assert sum(1 for r in rows if r.caller_id == busy_caller) == BUSY_INCIDENTS // 2
    model.set_query("billing", exclude_caller_id=busy_caller)
    assert all(
        model.index(r, 0).data(RECORD_ROLE).caller_id != busy_caller
        for r in range(model.rowCount())
    )
    assert model.index(0, 2).data(USER_TEXT_ROLE) is True


def test_follow_ups_model(qtmodeltester: ModelTester, data: DataAccess) -> None:
    from agent_console.store.callers import search_callers

    found: list = []
    data.run(lambda s: search_callers(s, "0912 345 6789", "IR"), found.append)
    model = FollowUpsModel(data)
    model.set_caller(found[0][0].id)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Confirm the refund arrived"


def test_history_view_loads_more_when_scrolled_to_the_end(
    qtbot: QtBot, make_window: object, demo_options: AppOptions, busy_caller: uuid.UUID
) -> None:
    window = make_window(demo_options)  # type: ignore[operator]
    from agent_console.store.callers import get_caller

    found: list = []
    window.services.data.run(lambda s: get_caller(s, busy_caller), found.append)
    window.choose_caller(found[0])
    view, model = window.history.view, window.history.model
    qtbot.wait(200)
    window.resize(1200, 700)
    qtbot.wait(200)
    # Only the page on screen: a reset or a resize does not read pages nobody scrolled to.
    assert model.rowCount() == 100
    for _ in range(3):
        view.scrollToBottom()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: model.rowCount() == BUSY_INCIDENTS)
