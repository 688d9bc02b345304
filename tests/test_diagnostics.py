"""The "Copy diagnostics" text: what IT needs, and never a password from settings or the log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agent_console import cli
from agent_console.applog import LOG_NAME
from agent_console.config import load_config
from agent_console.core.options import AppOptions
from agent_console.diagnostics import diagnostics_text, tail_lines
from agent_console.redact import mask_url, redact_text, strip_password, url_has_password
from tests.settings_env import isolate, paths, write

SECRET = "hunter2"


@pytest.mark.parametrize(
    ("url", "masked", "stripped"),
    [
        (
            f"postgresql+psycopg://agent:{SECRET}@db:5432/console",
            "postgresql+psycopg://agent:***@db:5432/console",
            "postgresql+psycopg://agent@db:5432/console",
        ),
        (
            f"mysql+pymysql://root:{SECRET}@127.0.0.1/test?charset=utf8mb4",
            "mysql+pymysql://root:***@127.0.0.1/test?charset=utf8mb4",
            "mysql+pymysql://root@127.0.0.1/test?charset=utf8mb4",
        ),
        (
            f"postgresql://agent@db/console?password={SECRET}&sslmode=require",
            "postgresql://agent@db/console?password=***&sslmode=require",
            "postgresql://agent@db/console?sslmode=require",
        ),
        (
            "sqlite:////home/agent/data/agent-console.sqlite3",
            "sqlite:////home/agent/data/agent-console.sqlite3",
            "sqlite:////home/agent/data/agent-console.sqlite3",
        ),
    ],
)
def test_urls_are_masked_and_stripped(url: str, masked: str, stripped: str) -> None:
    assert mask_url(url) == masked
    assert strip_password(url) == stripped
    assert url_has_password(url) == (SECRET in url)


@pytest.mark.parametrize(
    "line",
    [
        f"connecting to postgresql://lead:{SECRET}@10.0.0.5/console failed",
        f"login failed: password={SECRET}",
        f'{{"user": "x", "password": "{SECRET}"}}',
        f"PWD: {SECRET}; retrying",
        f"token={SECRET}",
    ],
)
def test_log_lines_lose_their_secrets(line: str) -> None:
    assert SECRET not in redact_text(line)
    assert "***" in redact_text(line)


def test_plain_log_lines_stay_as_they_are() -> None:
    line = "2026-11-22 10:00:00,000 INFO agent_console.ui.app: window shown (language fa)"
    assert redact_text(line) == line


def _options(tmp_path: Path, db_url: str | None = None) -> AppOptions:
    return AppOptions(data_dir=tmp_path / "data", db_url=db_url, lang="fa", region="IR")


def test_diagnostics_tell_versions_settings_and_log_tail(tmp_path: Path) -> None:
    m = write(paths(tmp_path).machine or tmp_path, 'version = 1\nregion = "IR"\n')
    config = load_config(paths(tmp_path), environ={})
    options = _options(tmp_path)
    lines = [f"2026-11-22 10:00:{n % 60:02d},000 INFO x: line {n}" for n in range(80)]
    lines[-1] = f"2026-11-22 10:01:19,000 ERROR x: cannot reach postgresql://a:{SECRET}@db/c"
    write(options.log_dir / LOG_NAME, "\n".join(lines) + "\n")

    text = diagnostics_text(options, config)
    assert "Agent Console 0.1.0 (from source)" in text
    assert "Python 3." in text and "SQLAlchemy 2." in text and "alembic" in text
    assert "PySide6" in text and "keyring backend" in text
    assert f"region = IR  <- machine file {m}" in text
    assert "lang = fa  <- command line" in text  # differs from what the layers say
    assert f"embedded database: {options.embedded_db_path}" in text
    assert "line 29" not in text and "line 30" in text  # the last 50 lines only
    assert SECRET not in text and "postgresql://a:***@db/c" in text


def test_diagnostics_mask_the_database_password(tmp_path: Path) -> None:
    env = {"AGENT_CONSOLE_DB": f"postgresql+psycopg://agent:{SECRET}@db/console"}
    config = load_config(paths(tmp_path), env)
    text = diagnostics_text(config.app_options(), config)
    assert SECRET not in text
    assert "db = postgresql+psycopg://agent:***@db/console  <- environment AGENT_CONSOLE_DB" in text


def test_diagnostics_without_a_log_say_so(tmp_path: Path) -> None:
    text = diagnostics_text(_options(tmp_path), load_config(paths(tmp_path), environ={}))
    assert "no log file yet" in text


def test_tail_of_a_short_log(tmp_path: Path) -> None:
    log = write(tmp_path / "x.log", "one\ntwo\n")
    assert tail_lines(log, 50) == ["one", "two"]


def test_diagnostics_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate(monkeypatch, tmp_path)
    monkeypatch.setenv("AGENT_CONSOLE_DB", f"postgresql://agent:{SECRET}@db/console")
    assert cli.main(["--data-dir", os.fspath(tmp_path / "d"), "diagnostics"]) == 0
    out = capsys.readouterr().out
    assert "Settings (value <- source):" in out and SECRET not in out
    assert f"data_dir = {tmp_path / 'd'}  <- option --data-dir" in out
