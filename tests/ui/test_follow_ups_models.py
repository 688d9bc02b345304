"""The follow-up and review table models pass Qt's model tests, and load lazily."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.lead_records import QueueFilter, ReviewFilter
from agent_console.ui.follow_ups.my_follow_ups_model import MyFollowUpsModel
from agent_console.ui.follow_ups.queue_model import QueueModel
from agent_console.ui.review.results_model import ReviewResultsModel
from tests.ui.follow_up_helpers import FakeClock, open_window


def test_my_follow_ups_model(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    model = MyFollowUpsModel(window.services.data, clock)
    model.reload()
    assert model.rowCount() > 0 and model.state == "loaded"
    qtmodeltester.check(model)
    dues = [model.row_record(r).due_at for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert dues == sorted(dues)
    assert model.due_count() == sum(1 for d in dues if d <= clock.now)


def test_queue_model_loads_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock, act_as="dorlov")
    model = QueueModel(window.services.data, clock, page_size=2)
    model.set_filters(QueueFilter())
    assert model.rowCount() == 2 and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    everything = QueueModel(window.services.data, clock, page_size=500)
    everything.set_filters(QueueFilter())
    assert model.rowCount() == everything.rowCount() > 2
    first = model.row_record(0)
    assert first is not None
    assert (
        model.replace(first) == 0
        and model.replace(type(first)(**{**first.__dict__, "id": first.caller_id})) == -1
    )


def test_review_results_model_loads_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_options: AppOptions
) -> None:
    window = open_window(qtbot, demo_options, FakeClock(), act_as="dorlov")
    model = ReviewResultsModel(window.services.data, page_size=25)
    model.search(ReviewFilter())
    assert model.rowCount() == 25 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 50
    qtmodeltester.check(model)
    dates = [model.incident(r).started_at for r in range(50)]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
