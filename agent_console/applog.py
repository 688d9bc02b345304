"""Log files: rotating, in the data dir, so IT has something to read when a call went wrong."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_NAME = "agent-console.log"
HANDLER_NAME = "agent-console-file"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5


def setup_logging(log_dir: Path, level: int = logging.INFO, *, rotating: bool = True) -> Path | None:
    """Log to ``log_dir``; if it cannot be written, log to stderr and say so. Returns the file.

    ``rotating=False`` writes to the same file without rotation (and without importing
    ``logging.handlers``, ~6 ms): for a window's first paint; ``rotate_from_now`` then puts
    the rotating handler in its place.
    """
    root = logging.getLogger()
    root.setLevel(level)
    _remove_ours(root)
    handler: logging.Handler
    path: Path | None = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _rotating(log_dir / LOG_NAME) if rotating else _plain(log_dir / LOG_NAME)
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        print(
            f"agent-console: cannot write logs to {log_dir} ({exc.strerror}); logging to the terminal.",
            file=sys.stderr,
        )
        path = None
    _add(root, handler)
    return path


def rotate_from_now() -> None:
    """Swap a plain log file handler (``rotating=False``) for the rotating one on its file."""
    root = logging.getLogger()
    ours = [h for h in root.handlers if h.get_name() == HANDLER_NAME]
    if not ours or type(ours[0]) is not logging.FileHandler:
        return  # rotating already, or logging to the terminal
    path = Path(ours[0].baseFilename)
    try:
        handler = _rotating(path)
    except OSError as exc:  # the file went away meanwhile: keep the plain handler
        logging.getLogger(__name__).warning("log file %s not rotated: %s", path, exc)
        return
    _remove_ours(root)
    _add(root, handler)


def _plain(path: Path) -> logging.Handler:
    return logging.FileHandler(path, encoding="utf-8")


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )


def _remove_ours(root: logging.Logger) -> None:
    for old in list(root.handlers):
        if old.get_name() == HANDLER_NAME:  # set up again (tests, user switch): replace ours
            root.removeHandler(old)
            old.close()


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
