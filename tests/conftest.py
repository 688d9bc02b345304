"""Shared test fixtures: Qt without a screen, and a fresh data folder for every test."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder of the test's own (not created: the app creates it)."""
    return tmp_path / "data"
