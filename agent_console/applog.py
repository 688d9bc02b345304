"""Log files: rotating, in the data dir, so IT has something to read when a call went wrong."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_NAME = "agent-console.log"
HANDLER_NAME = "agent-console-file"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir``; if it cannot be written, log to stderr and say so. Returns the file."""
    root = logging.getLogger()
    root.setLevel(level)
    for old in list(root.handlers):
        if old.get_name() == HANDLER_NAME:  # set up again (tests, user switch): replace ours
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    path: Path | None = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        print(
            f"agent-console: cannot write logs to {log_dir} ({exc.strerror}); logging to the terminal.",
            file=sys.stderr,
        )
        path = None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    return path
