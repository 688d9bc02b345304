"""The operation runner: one worker, in order, results on the GUI thread, errors told apart."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from agent_console.store.errors import StorageFull
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner, SyncRunner


def test_operations_run_in_order_on_one_worker_and_answer_on_the_gui_thread(
    qtbot: QtBot, threaded_runner: OperationRunner
) -> None:
    ran_on: list[int] = []
    answered_on: list[int] = []
    results: list[int] = []

    def op(n: int) -> int:
        ran_on.append(threading.get_ident())
        return n

    def done(n: int) -> None:
        answered_on.append(threading.get_ident())
        results.append(n)

    for n in range(50):
        threaded_runner.run(lambda n=n: op(n), done)
    qtbot.waitUntil(threaded_runner.is_idle)
    assert results == list(range(50))
    assert len(set(ran_on)) == 1 and ran_on[0] != threading.get_ident()
    assert set(answered_on) == {threading.get_ident()}


def test_known_problem_is_its_message_and_one_log_line(
    qtbot: QtBot, threaded_runner: OperationRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def fail() -> None:
        raise StorageFull("The disk is full; free some space.")

    with qtbot.waitSignal(threaded_runner.failed) as blocker:
        threaded_runner.run(fail)
    assert blocker.args == ["The disk is full; free some space."]
    records = [r for r in caplog.records if "disk is full" in r.getMessage()]
    assert len(records) == 1 and records[0].exc_info is None


def test_a_bug_is_a_short_message_and_a_traceback_in_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = SyncRunner()
    errors: list[BaseException] = []

    def broken() -> None:
        raise ZeroDivisionError("internal detail")

    runner.run(broken, None, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(broken)
    message = blocker.args[0]
    assert (
        "Something went wrong (ZeroDivisionError)" in message and "internal detail" not in message
    )
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_raw_database_errors_become_known_problems(qtbot: QtBot) -> None:
    import sqlite3

    runner = SyncRunner()
    errors: list[BaseException] = []

    def full() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    runner.run(full, None, errors.append)
    assert isinstance(errors[0], StorageFull)


def test_shutdown_finishes_what_was_asked_for(qtbot: QtBot) -> None:
    runner = OperationRunner()
    done = threading.Event()
    runner.run(lambda: done.set())
    runner.shutdown()
    assert done.is_set()
    late = threading.Event()
    runner.run(late.set)  # while the window closes: dropped, not raised
    assert not late.is_set() and runner.is_idle()


def test_an_unhandled_failure_shows_a_dismissable_banner(qtbot: QtBot, window: MainWindow) -> None:
    def broken() -> None:
        raise KeyError("oops")

    window.services.runner.run(broken)
    banner = window.banners.error
    assert banner is not None and banner.isVisible()
    assert "Something went wrong (KeyError)" in banner.message.text()
    banner.buttons["dismiss"].click()
    assert window.banners.error is None
    # The window still works.
    window.search.focus_box()
    assert window.search.box.hasFocus()


def test_no_gui_thread_waits_on_the_database(
    qtbot: QtBot, threaded_runner: OperationRunner
) -> None:
    """The window exists before the database is opened, and searches queue behind the opening."""
    gate = threading.Event()
    threaded_runner.run(gate.wait)  # the worker is busy, as if the database were slow
    answered: list[str] = []
    threaded_runner.run(lambda: "found", answered.append)
    qtbot.wait(50)
    assert answered == [] and not threaded_runner.is_idle()
    gate.set()
    qtbot.waitUntil(lambda: answered == ["found"])
