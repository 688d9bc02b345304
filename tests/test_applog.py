"""The log file: plain while the window's frame comes up, rotating from then on, one file."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console.applog import HANDLER_NAME, LOG_NAME, rotate_from_now, setup_logging


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _ours(root: logging.Logger) -> list[logging.Handler]:
    return [h for h in root.handlers if h.get_name() == HANDLER_NAME]


def test_the_quick_start_log_becomes_rotating_and_keeps_every_line(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    path = setup_logging(tmp_path / "logs", logging.INFO, rotating=False)
    assert path == tmp_path / "logs" / LOG_NAME
    log = logging.getLogger("agent_console.test")
    log.info("before the first paint")
    assert [type(h) for h in _ours(root_logger)] == [logging.FileHandler]

    rotate_from_now()
    log.info("after the first paint")
    rotate_from_now()  # once rotating, nothing changes
    handlers = _ours(root_logger)
    assert len(handlers) == 1
    assert isinstance(handlers[0], logging.handlers.RotatingFileHandler)
    assert Path(handlers[0].baseFilename) == path
    lines = path.read_text("utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "before the first paint",
        "after the first paint",
    ]


def test_a_log_folder_that_cannot_be_written_keeps_logging_to_the_terminal(
    tmp_path: Path, root_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be", "utf-8")
    assert setup_logging(blocked, rotating=False) is None
    assert "cannot write logs to" in capsys.readouterr().err
    rotate_from_now()
    assert [type(h) for h in _ours(root_logger)] == [logging.StreamHandler]
