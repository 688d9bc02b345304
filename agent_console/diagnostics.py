"""The "Copy diagnostics" text: versions, platform, settings and their sources, the log's tail.

No Qt import here (the Qt version is read only if Qt is already loaded), and no secret in
the result: passwords in URLs and ``password=``-style values are masked everywhere.
"""

from __future__ import annotations

import platform
import sys
from collections import deque
from pathlib import Path
from typing import Any

from agent_console import __version__
from agent_console.applog import LOG_NAME
from agent_console.config import Config, load_config
from agent_console.core.options import AppOptions
from agent_console.redact import mask_url, redact_text

LOG_LINES = 50


def diagnostics_text(
    options: AppOptions, config: Config | None = None, *, log_lines: int = LOG_LINES
) -> str:
    """Everything IT needs to start on a problem, safe to paste into a ticket."""
    config = load_config() if config is None else config
    sections = [
        _versions(),
        _settings(options, config),
        _log_tail(options.log_dir / LOG_NAME, log_lines),
    ]
    return "\n\n".join(sections) + "\n"


def _package_version(module: str, distribution: str) -> str:
    loaded = sys.modules.get(module)
    found = getattr(loaded, "__version__", None)
    if found:
        return str(found)
    from importlib import metadata  # slow to import; only needed when the module is not loaded

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not found"


def _qt_version() -> str:
    qtcore: Any = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return f"not loaded (PySide6 {_package_version('PySide6', 'PySide6-Essentials')})"
    qtgui: Any = sys.modules.get("PySide6.QtGui")
    app = qtgui.QGuiApplication.instance() if qtgui is not None else None
    where = f", platform {app.platformName()}" if app is not None else ""
    return f"Qt {qtcore.qVersion()}, PySide6 {_package_version('PySide6', 'PySide6-Essentials')}{where}"


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # diagnostics must come out even when the keyring is broken
        return f"unavailable ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _versions() -> str:
    build = "frozen build" if getattr(sys, "frozen", False) else "from source"
    return "\n".join([
        f"Agent Console {__version__} ({build})",
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.platform()}",
        _qt_version(),
        f"SQLAlchemy {_package_version('sqlalchemy', 'SQLAlchemy')}, "
        f"alembic {_package_version('alembic', 'alembic')}",
        f"keyring backend: {_keyring_backend()}",
        f"executable: {sys.executable}",
    ])


def _settings(options: AppOptions, config: Config) -> str:
    running = {
        "db": options.db_url, "data_dir": options.data_dir, "lang": options.lang,
        "region": options.region,
    }
    lines = ["Settings (value <- source):"]
    for name, shown, source in config.rows():
        if name in running and running[name] != config.value(name):
            value = running[name]
            shown = "(not set)" if value is None else mask_url(str(value))
            source = "command line"
        lines.append(f"  {name} = {shown}  <- {source}")
    if not options.db_url:
        lines.append(f"  embedded database: {options.embedded_db_path}")
    lines += [f"  {f.role} config file: {f.path} ({f.status})" for f in config.files]
    lines += [f"  problem: {redact_text(str(p))}" for p in config.problems]
    return "\n".join(lines)


def tail_lines(path: Path, count: int) -> list[str]:
    """The last ``count`` lines of a text file, with secrets masked."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        last = deque(fh, maxlen=count)
    return [redact_text(line.rstrip("\n")) for line in last]


def _log_tail(path: Path, count: int) -> str:
    try:
        lines = tail_lines(path, count)
    except FileNotFoundError:
        return f"Log {path}: no log file yet"
    except OSError as exc:
        return f"Log {path}: cannot be read ({exc.strerror or exc})"
    return "\n".join([f"Last {len(lines)} lines of {path}:", *lines])
