"""Managing who may use a shared database: each person's database login and app user, together.

On PostgreSQL a person is a LOGIN role, member of the group role of their app role
(``agent_console_agent`` / ``_lead`` / ``_admin``, made by the roles migration); on MariaDB a
user with that role as its default role. The ``agents`` row keeps their name and history;
disabling revokes the login and keeps the row. On SQLite only the ``agents`` table is managed.

Passwords never reach a log or the server's statement log: the password verifier is computed
here (SCRAM-SHA-256 for PostgreSQL, the native hash for MariaDB) and only that is sent.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from agent_console.store.agents import audit, is_privileged, whoami
from agent_console.store.errors import NotAllowed, StoreError
from agent_console.store.models import Agent
from agent_console.store.records import AgentRef

ROLES = ("agent", "lead", "admin")
GROUPS = {role: f"agent_console_{role}" for role in ROLES}
LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
RESERVED = frozenset({"postgres", "root", "public", "mysql", "mariadb.sys", "admin", "none"})
SCRAM_ITERATIONS = 4096
PASSWORD_MIN = 8
ER_CANNOT_USER = 1396  # MariaDB: CREATE USER for a user that exists


class UserAdminError(StoreError):
    """A user change that cannot be made as asked; the message says what to do instead."""


@dataclass(frozen=True)
class UserRow:
    login: str
    display_name: str
    role: str
    active: bool


def generate_password() -> str:
    """A one-time initial password: 16 characters from letters and digits."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def check_login(login: str) -> str:
    """The login if it is a safe database login name, else UserAdminError saying why."""
    if not LOGIN_PATTERN.fullmatch(login):
        raise UserAdminError(
            f"'{login[:70]}' cannot be a login: use 1 to 63 lower-case letters, digits, '.', "
            "'_' or '-', starting with a letter (for example 'mrossi')."
        )
    return login


def check_new_login(login: str) -> str:
    """As ``check_login``, and not a name the database keeps for itself."""
    check_login(login)
    if login in RESERVED or login.startswith(("pg_", "agent_console_")):
        raise UserAdminError(f"'{login}' is reserved for the database itself; choose another.")
    return login


def list_users(session: Session) -> list[UserRow]:
    agents = session.scalars(select(Agent).order_by(Agent.login)).all()
    return [_row(agent) for agent in agents]


def add_user(session: Session, login: str, role: str, display_name: str, password: str) -> UserRow:
    """Create the database login (on a server) and the app user, with ``password`` to sign in."""
    check_new_login(login)
    _check_role(role)
    actor = _admin(session)
    if _find(session, login) is not None:
        raise UserAdminError(f"There is already a user '{login}'; use set-role or enable.")
    dialect = _dialect(session)
    if dialect != "sqlite":
        _check_password(password)
        if dialect == "postgresql" and _pg_login_exists(session, login):
            raise _login_taken(login)
        _create_login(session, login, role, password)
    agent = Agent(login=login, display_name=display_name.strip() or login, role=role)
    session.add(agent)
    session.flush()
    audit(session, actor, "user.added", "agent", agent.id, {"login": login, "role": role})
    return _row(agent)


def set_role(session: Session, login: str, role: str) -> UserRow:
    _check_role(role)
    actor = _admin(session)
    agent = _existing(session, login)
    if agent.role == role:
        return _row(agent)
    if agent.role == "admin" and agent.active:
        _keep_an_admin(session, agent)
    if _dialect(session) != "sqlite":
        _grant_role(session, login, old=agent.role, new=role)
    before = agent.role
    agent.role = role
    session.flush()
    audit(session, actor, "user.role_set", "agent", agent.id, {"before": before, "role": role})
    return _row(agent)


def disable_user(session: Session, login: str) -> UserRow:
    """Revoke the login; their incidents, follow-ups and audit rows stay as they are."""
    actor = _admin(session)
    agent = _existing(session, login)
    if not agent.active:
        return _row(agent)
    if agent.role == "admin":
        _keep_an_admin(session, agent)
    dialect = _dialect(session)
    if dialect == "postgresql":
        session.execute(text(f"ALTER ROLE {_quote(session, login)} NOLOGIN"))
    elif dialect != "sqlite":
        session.execute(text(f"ALTER USER {_maria_user(login)} ACCOUNT LOCK"))
    agent.active = False
    session.flush()
    audit(session, actor, "user.disabled", "agent", agent.id, {"login": login})
    return _row(agent)


def enable_user(session: Session, login: str, password: str | None = None) -> UserRow:
    """Let them sign in again; with ``password``, a new one (their old one otherwise)."""
    actor = _admin(session)
    agent = _existing(session, login)
    dialect = _dialect(session)
    if password is not None and dialect != "sqlite":
        _check_password(password)
    if dialect == "postgresql":
        quoted = _quote(session, login)
        session.execute(text(f"ALTER ROLE {quoted} LOGIN"))
        if password is not None:
            verifier = scram_verifier(password)
            _ddl(session, f"ALTER ROLE {quoted} PASSWORD '{verifier}'", verifier)
    elif dialect != "sqlite":
        session.execute(text(f"ALTER USER {_maria_user(login)} ACCOUNT UNLOCK"))
        if password is not None:
            hashed = native_hash(password)
            _ddl(session, f"SET PASSWORD FOR {_maria_user(login)} = '{hashed}'", hashed)
    was_active = agent.active
    agent.active = True
    session.flush()
    if not was_active or password is not None:
        audit(session, actor, "user.enabled", "agent", agent.id, {"login": login})
    return _row(agent)


# --- password verifiers: only these go to the server ------------------------------------------


def scram_verifier(password: str, salt: bytes | None = None) -> str:
    """PostgreSQL's stored SCRAM-SHA-256 secret for ``password`` (what ``PASSWORD`` accepts)."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def native_hash(password: str) -> str:
    """MariaDB's mysql_native_password hash for ``password``."""
    inner = hashlib.sha1(password.encode("utf-8")).digest()  # the server's format
    return "*" + hashlib.sha1(inner).hexdigest().upper()


def _saslprep(password: str) -> bytes:
    # RFC 4013 as PostgreSQL applies it: non-ASCII spaces are spaces, soft hyphens and
    # zero-width characters vanish, then NFKC.
    mapped = "".join(
        " " if unicodedata.category(ch) == "Zs" else ch
        for ch in password
        if ch not in "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufe00\ufeff"
    )
    return unicodedata.normalize("NFKC", mapped).encode("utf-8")


# --- helpers ---------------------------------------------------------------------------------


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _row(agent: Agent) -> UserRow:
    return UserRow(agent.login, agent.display_name, agent.role, bool(agent.active))


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserAdminError(f"'{role}' is not a role; use one of: {', '.join(ROLES)}.")


def _check_password(password: str) -> None:
    if len(password) < PASSWORD_MIN:
        raise UserAdminError(
            f"The password is too short: use at least {PASSWORD_MIN} characters, or let "
            "Agent Console make one (--generate-password)."
        )


def _admin(session: Session) -> AgentRef:
    """Who is making the change (an admin, or the schema owner); NotAllowed for anyone else."""
    actor = whoami(session)
    if actor.role != "admin" and not is_privileged(session):
        raise NotAllowed("Only an admin may manage users. Ask an admin to make this change.")
    return actor


def _find(session: Session, login: str) -> Agent | None:
    return session.scalars(select(Agent).where(Agent.login == login)).one_or_none()


def _existing(session: Session, login: str) -> Agent:
    agent = _find(session, login)
    if agent is None:
        raise UserAdminError(f"There is no user '{login}'; 'agent-console admin list' shows them.")
    return agent


def _keep_an_admin(session: Session, leaving: Agent) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(Agent)
        .where(Agent.role == "admin", Agent.active.is_(True), Agent.id != leaving.id)
    )
    if not others:
        raise UserAdminError(
            f"'{leaving.login}' is the last active admin; make someone else an admin first."
        )


def _quote(session: Session, login: str) -> str:
    """The login as a quoted SQL identifier (always quoted; checked against LOGIN_PATTERN)."""
    check_login(login)
    preparer = session.get_bind().dialect.identifier_preparer
    return preparer.quote_identifier(login)


def _maria_user(login: str) -> str:
    check_login(login)  # the pattern leaves nothing to escape in a quoted string
    return f"'{login}'@'%'"


def _pg_login_exists(session: Session, login: str) -> bool:
    query = text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :login")
    return session.execute(query, {"login": login}).first() is not None


def _login_taken(login: str) -> UserAdminError:
    return UserAdminError(
        f"The database already has a login '{login}' that is not an Agent Console user. "
        "Choose another login, or ask the database administrator about it."
    )


def _ddl(session: Session, statement: str, secret: str) -> None:
    """Run DDL as written: it holds a password verifier, whose ':' must not read as a parameter.

    The verifier is a salted hash of the password: an error names the statement without it,
    so it reaches neither the log nor the admin's screen.
    """
    if _dialect(session) != "postgresql":  # PyMySQL formats with %: the host '%' is '%%'
        statement = statement.replace("%", "%%")
    try:
        session.connection().exec_driver_sql(statement)
    except sa_exc.DBAPIError as exc:
        exc.statement = statement.replace(secret, "(password hidden)")
        raise


def _create_login(session: Session, login: str, role: str, password: str) -> None:
    if _dialect(session) == "postgresql":
        quoted = _quote(session, login)
        verifier = scram_verifier(password)
        _ddl(session, f"CREATE ROLE {quoted} LOGIN PASSWORD '{verifier}'", verifier)
        _pg_grant(session, quoted, role)
        return
    user = _maria_user(login)
    try:
        hashed = native_hash(password)
        _ddl(session, f"CREATE USER {user} IDENTIFIED BY PASSWORD '{hashed}'", hashed)
    except sa_exc.DBAPIError as exc:
        if getattr(exc.orig, "args", (None,))[0] == ER_CANNOT_USER:
            raise _login_taken(login) from None
        raise
    _maria_grant(session, login, role)


def _maria_grant(session: Session, login: str, role: str) -> None:
    user = _maria_user(login)
    if role == "admin":
        # An admin grants the roles to others, which needs ADMIN OPTION on each role itself.
        for group in GROUPS.values():
            session.execute(text(f"GRANT {group} TO {user} WITH ADMIN OPTION"))
    else:
        session.execute(text(f"GRANT {GROUPS[role]} TO {user}"))
    # Something of its own in this database, so the login may connect to it before the
    # console enables the role (the roles migration lets admins grant exactly this).
    session.execute(text(f"GRANT SELECT ON alembic_version TO {user}"))
    try:
        session.execute(text(f"SET DEFAULT ROLE {GROUPS[role]} FOR {user}"))
    except sa_exc.DBAPIError as exc:
        # Needs UPDATE on the mysql schema, which an app admin does not have (it would make
        # them root). The console sets the role at each connect instead (dialects.mysql).
        if getattr(exc.orig, "args", (None,))[0] not in (1044, 1142, 1227):
            raise


def _maria_revoke(session: Session, login: str, role: str) -> None:
    user = _maria_user(login)
    for group in GROUPS.values() if role == "admin" else (GROUPS[role],):
        # Not granted directly (an older grant, or revoked already). No savepoint: REVOKE
        # commits on MariaDB anyway.
        with contextlib.suppress(sa_exc.DBAPIError):
            session.execute(text(f"REVOKE {group} FROM {user}"))


def _pg_grant(session: Session, quoted: str, role: str) -> None:
    if role != "admin":
        session.execute(text(f"GRANT {GROUPS[role]} TO {quoted}"))
        session.execute(text(f"ALTER ROLE {quoted} NOCREATEROLE"))
        return
    # An admin makes logins (CREATEROLE: attributes are not inherited from the group) and
    # grants the groups to them, which PostgreSQL 16 and later ask ADMIN OPTION for.
    for group in GROUPS.values():
        session.execute(text(f"GRANT {group} TO {quoted} WITH ADMIN OPTION"))
    session.execute(text(f"ALTER ROLE {quoted} CREATEROLE"))


def _grant_role(session: Session, login: str, *, old: str, new: str) -> None:
    if _dialect(session) == "postgresql":
        quoted = _quote(session, login)
        for group in GROUPS.values() if old == "admin" else (GROUPS[old],):
            session.execute(text(f"REVOKE {group} FROM {quoted}"))  # a warning if not granted
        _pg_grant(session, quoted, new)
        return
    _maria_revoke(session, login, old)
    _maria_grant(session, login, new)
