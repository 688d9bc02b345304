"""Helpers for the deployment tests: config files and environments of the test's own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agent_console.config import ENV_CONFIG_DIRS, ConfigPaths
from agent_console.config_schema import KEYS


def clean_environ(tmp_path: Path, **extra: str) -> dict[str, str]:
    """os.environ without any AGENT_CONSOLE_* setting, with config dirs under ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENT_CONSOLE_")}
    env[ENV_CONFIG_DIRS] = os.pathsep.join([str(tmp_path / "machine"), str(tmp_path / "user")])
    env.update(extra)
    return env


def paths(tmp_path: Path) -> ConfigPaths:
    return ConfigPaths(tmp_path / "machine" / "config.toml", tmp_path / "user" / "config.toml")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Point this process's config layers at ``tmp_path`` and drop inherited settings."""
    for key in KEYS:
        monkeypatch.delenv(key.env, raising=False)
    monkeypatch.setenv(
        ENV_CONFIG_DIRS, os.pathsep.join([str(tmp_path / "machine"), str(tmp_path / "user")])
    )
