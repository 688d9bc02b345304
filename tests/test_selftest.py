"""``agent-console self-test``: passes on a working machine, names what fails, exits non-zero."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from alembic.script import ScriptDirectory
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import create_engine, text

from agent_console.commands.selftest import format_check, run_checks
from agent_console.commands.selftest_checks import (
    FAIL,
    OK,
    WARN,
    Check,
    check_content,
    check_data_dir,
    check_keyring,
)
from agent_console.commands.selftest_qt import run_probe
from agent_console.commands.selftest_shared import check_shared_database
from agent_console.config import load_config
from agent_console.store import migrate
from agent_console.store.database import make_engine, sqlite_url
from tests.settings_env import clean_environ, paths

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/x"


def self_test(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent_console", *args, "self-test"],
        env=clean_environ(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def lines_of(output: str) -> dict[str, str]:
    """check name -> status, from the report's lines."""
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in (OK, WARN, FAIL):
            found[rest.strip().split(":")[0]] = status
    return found


def test_self_test_passes_on_this_machine(tmp_path: Path) -> None:
    done = self_test(tmp_path, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stdout + done.stderr
    status = lines_of(done.stdout)
    for name in ("config", "Qt", "fonts", "embedded database", "shared database", "data folder"):
        assert status[name] == OK, done.stdout
    assert status["keyring"] in (OK, WARN)
    assert set(status) >= {"translations", "checklists", "phrasebooks"}
    assert "self-test passed" in done.stdout
    assert not (tmp_path / "data").exists()  # the self-test never writes the user's data


def test_unreachable_shared_database_fails_the_self_test(tmp_path: Path) -> None:
    secret_url = UNREACHABLE.replace("nobody@", "nobody:hunter2@")
    done = self_test(tmp_path, AGENT_CONSOLE_DB=secret_url)
    assert done.returncode == 1
    assert lines_of(done.stdout)["shared database"] == FAIL
    assert "cannot be reached" in done.stdout and "hunter2" not in done.stdout
    assert "self-test FAILED" in done.stdout


def test_qt_that_cannot_start_is_a_fail_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    (check,) = run_probe()
    assert check.status == FAIL and check.name == "Qt"
    assert "could not start" in check.detail and check.notes


def test_probe_reports_fonts_and_qt_translations() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agent_console", "self-test", "--qt-probe"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["platform"] == "offscreen"
    assert {"Noto Sans", "Noto Sans Arabic"} <= set(found["fonts"]["bundled"])
    assert all(found["fonts"]["bundled_by_system"].values())
    assert set(found["translations"]["qt"]) == {"fa", "ar", "ru"}


def _migrated(path: Path, revision: str = "head") -> str:
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, revision)
    engine.dispose()
    return sqlite_url(path)


def test_shared_database_at_head_is_ok(tmp_path: Path) -> None:
    check = check_shared_database(_migrated(tmp_path / "shared.sqlite3"))
    assert check.status == OK and migrate.head_revision() in check.detail


def test_shared_database_older_than_this_version_fails(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]  # newest first
    if len(revisions) < 2:
        pytest.skip("only one migration so far: no older schema to be at")
    check = check_shared_database(_migrated(tmp_path / "old.sqlite3", revisions[-1]))
    assert check.status == FAIL and "agent-console db upgrade" in check.detail


def test_shared_database_newer_or_empty_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    engine = create_engine(sqlite_url(empty))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE other (id INTEGER)"))
    engine.dispose()
    check = check_shared_database(sqlite_url(empty))
    assert check.status == FAIL and "no Agent Console schema" in check.detail

    newer = tmp_path / "newer.sqlite3"
    engine = make_engine(_migrated(newer))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    check = check_shared_database(sqlite_url(newer))
    assert check.status == FAIL and "newer than this version" in check.detail


def test_no_shared_database_is_fine() -> None:
    assert check_shared_database(None).status == OK


class MemoryKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.usefixtures("restore_keyring")
def test_missing_keyring_is_a_warning_not_a_failure() -> None:
    keyring.set_keyring(fail.Keyring())
    check = check_keyring()
    assert check.status == WARN
    assert check.detail == "no keyring backend: passwords will be asked for at sign-in"
    keyring.set_keyring(MemoryKeyring())
    assert check_keyring().status == OK


def test_content_that_does_not_load_fails(tmp_path: Path) -> None:
    for lang in ("en", "fa", "ar"):
        (tmp_path / f"{lang}.json").write_text("{}", encoding="utf-8")

    def broken(lang: str) -> object:
        if lang == "fa":
            raise ValueError("step 3 has no title")
        return {}

    check = check_content("checklists", broken, tmp_path)
    assert check.status == FAIL
    assert "missing for ru" in check.detail
    assert any("fa: ValueError: step 3 has no title" in n for n in check.notes)
    assert check_content("checklists", None, tmp_path / "none").status == WARN


def test_data_dir_under_a_file_fails(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert check_data_dir(tmp_path / "a-file" / "data").status == FAIL
    assert check_data_dir(tmp_path / "new" / "data").status == OK


def test_report_lines_and_verdict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import agent_console.commands.selftest_qt as qt

    monkeypatch.setattr(qt, "run_probe", lambda _offscreen: [Check("Qt", OK, "stub")])
    config = load_config(paths(tmp_path), {"AGENT_CONSOLE_DB": UNREACHABLE})
    out: list[str] = []
    checks = run_checks(config, out=out.append)
    assert [c.status for c in checks if c.name == "shared database"] == [FAIL]
    assert out[-1].startswith("self-test FAILED: 1 failed")
    assert format_check(Check("keyring", WARN, "x", ("note",), 0.25)) == (
        "WARN keyring: x [0.25 s]\n       note"
    )
