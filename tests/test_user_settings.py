"""Saving the agent's Settings into their config file without touching the rest of it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from agent_console.config import ConfigPaths, load_config
from agent_console.user_settings import SettingsNotSaved, save_user_settings


def test_saved_settings_are_read_back_and_other_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "user" / "config.toml"
    path.parent.mkdir()
    path.write_text('# set by IT\nversion = 1\nregion = "IR"\nlang = "en"\n', encoding="utf-8")
    save_user_settings(path, {"lang": "fa", "calendar": "jalali", "digits": "latin"})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# set by IT\nversion = 1\nregion = \"IR\"\n")
    config = load_config(ConfigPaths(None, path), environ={})
    assert config.problems == ()
    assert (config.value("lang"), config.value("calendar"), config.value("digits")) == (
        "fa", "jalali", "latin",
    )
    # "System default" removes the key, so the OS locale decides again.
    save_user_settings(path, {"lang": None})
    assert "lang" not in tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_new_file_gets_a_version(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    save_user_settings(path, {"lang": "ar", "digits": "native"})
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "version": 1, "lang": "ar", "digits": "native",
    }


def test_a_broken_file_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = "version = 1\nregion = IR\n"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(SettingsNotSaved, match="fix or remove that line"):
        save_user_settings(path, {"lang": "ru"})
    assert path.read_text(encoding="utf-8") == broken
    with pytest.raises(SettingsNotSaved, match="not a calendar"):
        save_user_settings(tmp_path / "other.toml", {"calendar": "lunar"})
    assert not (tmp_path / "other.toml").exists()
