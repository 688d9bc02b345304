"""``agent-console admin``: IT adds users, changes roles, disables and lists them, end to end.

Through ``main()`` as the command line runs it, on real PostgreSQL (checking passwords) and
MariaDB; the new person then signs in with the printed one-time password.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from agent_console.cli import main
from agent_console.store.agents import whoami
from agent_console.store.database import open_database
from agent_console.store.errors import StoreError
from tests.store import conftest as store_fixtures
from tests.store import test_roles_db as roles_fixtures
from tests.store.test_roles_db import RolesDb

# The roles fixtures, by name, for this module.
pg_with_passwords = roles_fixtures.pg_with_passwords
roles_db_base = roles_fixtures.roles_db_base
roles = roles_fixtures.roles

servers = store_fixtures.servers
memory_keyring = store_fixtures.memory_keyring

pytestmark = pytest.mark.servers


def _admin(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["admin", *args, "--db", url])
    out, err = capsys.readouterr()
    return code, out, err


def _users(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, dict[str, object]]:
    code, out, _ = _admin(capsys, url, "list", "--json")
    assert code == 0
    return {u["login"]: u for u in json.loads(out)}


def test_it_adds_a_user_who_then_signs_in_and_can_be_disabled(
    roles: RolesDb, capsys: pytest.CaptureFixture[str]
) -> None:
    login = f"m{uuid.uuid4().hex[:8]}"
    code, out, err = _admin(
        capsys, roles.url, "add-user", login, "--role", "agent", "--name", "Maria Rossi",
        "--generate-password",
    )  # fmt: skip
    assert code == 0, err
    found = re.search(rf"One-time initial password for {login}: (\S+)", out)
    assert found is not None, out
    password = found.group(1)
    assert _users(capsys, roles.url)[login] == {
        "login": login, "name": "Maria Rossi", "role": "agent", "active": True,
    }  # fmt: skip
    person = open_database(make_url(roles.url).set(username=login, password=password))
    with person.session() as session:
        assert whoami(session).role == "agent"
    person.dispose()

    assert _admin(capsys, roles.url, "set-role", login, "lead")[0] == 0
    assert _admin(capsys, roles.url, "disable", login)[0] == 0
    assert _users(capsys, roles.url)[login]["active"] is False
    with pytest.raises(StoreError):
        open_database(make_url(roles.url).set(username=login, password=password))
    code, out, _ = _admin(capsys, roles.url, "list")
    assert re.search(rf"{login}\s+lead\s+disabled\s+Maria Rossi", out), out
    assert _admin(capsys, roles.url, "enable", login)[0] == 0
    person = open_database(make_url(roles.url).set(username=login, password=password))
    with person.session() as session:
        assert whoami(session).role == "lead"
    person.dispose()


def test_bad_input_and_non_admins_get_a_clear_message_and_exit_2(
    roles: RolesDb, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _admin(capsys, roles.url, "add-user", "x; DROP TABLE agents", "--role", "agent")
    assert code == 2 and "cannot be a login" in err and "Traceback" not in err
    code, _, err = _admin(capsys, roles.url, "set-role", f"n{uuid.uuid4().hex[:8]}", "lead")
    assert code == 2 and "There is no user" in err
    agent = roles.add("agent")
    as_agent = (
        make_url(roles.url)
        .set(username=agent, password=roles.passwords[agent])
        .render_as_string(hide_password=False)
    )
    code, out, err = _admin(
        capsys, as_agent, "add-user", f"z{uuid.uuid4().hex[:8]}", "--role", "admin",
        "--generate-password",
    )  # fmt: skip
    assert code == 2 and "Only an admin" in err and "password" not in out
    assert roles.passwords[agent] not in err + out


def test_the_last_admin_cannot_be_demoted(
    roles: RolesDb, capsys: pytest.CaptureFixture[str]
) -> None:
    # The owner registered as the first admin; every other admin is demoted, then it is alone.
    with roles.owner.session() as session:
        owner = whoami(session)
    for login, user in _users(capsys, roles.url).items():
        if user["role"] == "admin" and user["active"] and login != owner.login:
            assert _admin(capsys, roles.url, "set-role", login, "lead")[0] == 0
    code, _, err = _admin(capsys, roles.url, "set-role", owner.login, "agent")
    assert code == 2 and "last active admin" in err


def test_on_the_embedded_database_it_only_keeps_the_list_of_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AGENT_CONSOLE_DB", raising=False)
    base = ["--data-dir", str(tmp_path), "admin"]
    assert main([*base, "add-user", "mrossi", "--role", "lead", "--name", "Maria Rossi"]) == 0
    out, err = capsys.readouterr()
    assert "roles are not enforced" in err and "password" not in out
    assert main([*base, "list", "--json"]) == 0
    users = {u["login"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["mrossi"] == {
        "login": "mrossi",
        "name": "Maria Rossi",
        "role": "lead",
        "active": True,
    }
