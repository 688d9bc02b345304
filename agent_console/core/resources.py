"""Where the data files the console ships with are: the frozen bundle, an installed wheel, or the
source tree (a checkout, or an editable install of one)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def _data_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _PACKAGE / "_data"  # setup.py copies the folders here when it builds a wheel
    if installed.is_dir():
        return installed
    return _PACKAGE.parent


def resources_dir() -> Path:
    """The ``resources/`` folder: in ``_MEIPASS`` when frozen, in the package when installed
    from a wheel, else beside the package."""
    return _data_root() / "resources"


def migrations_dir() -> Path:
    """The alembic ``migrations/`` folder, found the same way as the resources."""
    return _data_root() / "migrations"
