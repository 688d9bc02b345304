"""Roles enforced by the database itself, on real PostgreSQL and MariaDB.

Every person here connects with their OWN database login and password, and the checks use
raw SQL (``text()``) as someone with psql or the mariadb client would: what the store
refuses politely, the database must refuse too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from agent_console.core.incident_input import ValidIncident
from agent_console.core.options import AppOptions
from agent_console.store import migrate
from agent_console.store.agents import audit, whoami
from agent_console.store.caller_notes import update_pinned_note
from agent_console.store.callers import create_caller
from agent_console.store.database import Database, make_engine, open_database
from agent_console.store.errors import (
    EditRefused,
    NotAllowed,
    StaleEdit,
    StoreError,
    UnknownUser,
)
from agent_console.store.follow_ups import (
    claim_follow_up,
    close_follow_up,
    create_follow_up,
    reassign_follow_up,
)
from agent_console.store.guidance import save_content, shipped_body
from agent_console.store.incidents import submit_incident
from agent_console.store.lead_records import NewReviewNote
from agent_console.store.models import Agent, AuditEvent, FollowUp, GuidanceContent, Incident
from agent_console.store.records import AgentRef, NewCaller, NewFollowUp
from agent_console.store.review import add_review_note
from agent_console.store.startup import open_workstation
from agent_console.store.users import (
    UserAdminError,
    add_user,
    disable_user,
    enable_user,
    list_users,
    native_hash,
    set_role,
)
from tests.servers import Server, ServerUnavailable, postgres_cluster
from tests.store.conftest import server_for, unavailable

pytestmark = pytest.mark.servers

OWNER_PASSWORD = "owner-Secret-1"


@dataclass
class RolesDb:
    """A migrated database, its owner's connection, and the people made in it."""

    backend: str
    url: str
    owner: Database
    opened: list[Database] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)

    def add(self, role: str, name: str = "") -> str:
        login = f"{role[0]}{uuid.uuid4().hex[:8]}"
        password = f"pw-{uuid.uuid4().hex[:12]}"
        with self.owner.session() as session:
            add_user(session, login, role, name or login, password)
        self.passwords[login] = password
        return login

    def as_(self, login: str, password: str | None = None) -> Database:
        url = make_url(self.url).set(username=login, password=password or self.passwords[login])
        db = open_database(url)
        self.opened.append(db)
        return db


@pytest.fixture(scope="module")
def pg_with_passwords() -> Iterator[Server | str]:
    """A cluster of its own that checks passwords (scram), so sign-in is tested for real."""
    try:
        with postgres_cluster(OWNER_PASSWORD) as cluster:
            yield cluster.server
    except ServerUnavailable as exc:
        yield str(exc)


@pytest.fixture(scope="module", params=["postgresql", "mariadb"])
def roles_db_base(
    request: pytest.FixtureRequest,
    servers: dict[str, Server | str],
    pg_with_passwords: Server | str,
) -> Iterator[tuple[str, str]]:
    backend: str = request.param
    if backend == "postgresql":
        if isinstance(pg_with_passwords, str):
            unavailable(pg_with_passwords)
        assert isinstance(pg_with_passwords, Server)
        server = pg_with_passwords
    else:
        server = server_for(servers, backend)
    url = server.create_database()
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield backend, url
    server.drop_database(url)


@pytest.fixture
def roles(roles_db_base: tuple[str, str]) -> Iterator[RolesDb]:
    backend, url = roles_db_base
    owner = open_database(url)
    found = RolesDb(backend, url, owner)
    yield found
    for db in found.opened:
        db.dispose()
    owner.dispose()


def _caller(db: Database) -> uuid.UUID:
    with db.session() as session:
        actor = whoami(session)
        summary, _ = create_caller(
            session, NewCaller("Role Caller", ("+44 20 7946 0958",)), "GB", actor
        )
    return summary.id


def _incident(caller_id: uuid.UUID) -> ValidIncident:
    started = datetime(2026, 5, 1, 9, tzinfo=UTC)
    return ValidIncident(
        id=uuid.uuid4(), caller_id=caller_id, started_at=started,
        ended_at=started + timedelta(minutes=4), category="billing", severity=2, mood_start=2,
        mood_end=4, summary="raised voice about a bill", notes="", root_cause=None,
        resolution=None, compensation_amount=None, compensation_currency=None, escalated=False,
        outcome="resolved", checklist={}, call_id=None,
    )  # fmt: skip


def _refused(db: Database, sql: str, **params: object) -> NotAllowed | int:
    """Run raw SQL as that person: the NotAllowed it raised, or the number of rows it changed."""
    try:
        with db.session() as session:
            result = session.execute(text(sql), params)
            return int(getattr(result, "rowcount", 0))
    except NotAllowed as exc:
        return exc


def _hex(value: uuid.UUID, backend: str) -> str:
    """An id as raw SQL writes it (both servers store a native uuid)."""
    return str(value)


def test_agent_cannot_alter_submitted_incidents_or_audit_rows(roles: RolesDb) -> None:
    agent = roles.add("agent")
    mine = roles.as_(agent)
    caller_id = _caller(mine)  # agents add callers, pin notes and log calls
    with mine.session() as session:
        me = whoami(session)
        update_pinned_note(session, caller_id, "prefers email", 1, me)
        row, _ = submit_incident(session, _incident(caller_id), me)
    # A stale edit is still told apart (who changed it comes from the audit trail).
    with pytest.raises(StaleEdit, match=f"{agent} changed this caller"), mine.session() as session:
        update_pinned_note(session, caller_id, "prefers phone", 1, me)
    i = _hex(row.id, roles.backend)
    for sql in (
        "UPDATE incidents SET summary = 'nothing happened' WHERE id = :i",
        "DELETE FROM incidents WHERE id = :i",
        "UPDATE audit_events SET action = 'x' WHERE entity_id = :i",
        "DELETE FROM audit_events WHERE entity_id = :i",
    ):
        refused = _refused(mine, sql, i=i)
        assert isinstance(refused, NotAllowed), sql  # a grant is missing: an error, not 0 rows
        assert "did not allow this for your role" in str(refused)
    with roles.owner.session() as session:
        stored = session.get(Incident, row.id)
        assert stored is not None and stored.summary == "raised voice about a bill"
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == row.id)).all()
        assert [e.action for e in events] == ["incident.submitted"]
        assert events[0].actor_login == agent


def test_audit_row_names_the_real_login_whatever_the_client_sends(roles: RolesDb) -> None:
    caller_id = _caller(roles.owner)
    honest, victim = roles.add("agent"), roles.add("agent")
    with roles.owner.session() as session:
        victim_row = session.scalars(select(Agent).where(Agent.login == victim)).one()
        forged = AgentRef(victim_row.id, victim, victim_row.display_name, "admin")
        honest_id = session.scalars(select(Agent.id).where(Agent.login == honest)).one()
    mine = roles.as_(honest)
    event_id, raw_id = uuid.uuid4(), uuid.uuid4()
    with mine.session() as session:
        audit(session, forged, "caller.viewed", "caller", caller_id, event_id=event_id)
    with mine.session() as session:  # raw SQL, naming the other agent outright
        session.execute(
            text(
                "INSERT INTO audit_events (id, at, actor_id, actor_login, action, entity_type, "
                "entity_id, details) VALUES (:id, :at, :actor, :login, 'x', 'caller', :e, '{}')"
            ),
            {
                "id": _hex(raw_id, roles.backend), "at": datetime.now(UTC).replace(tzinfo=None),
                "actor": _hex(victim_row.id, roles.backend), "login": victim,
                "e": _hex(caller_id, roles.backend),
            },
        )  # fmt: skip
    with roles.owner.session() as session:
        for eid in (event_id, raw_id):
            event = session.get(AuditEvent, eid)
            assert event is not None
            assert (event.actor_login, event.actor_id) == (honest, honest_id)
    # Nor may an incident be logged in another agent's name.
    with pytest.raises(NotAllowed), mine.session() as session:
        submit_incident(session, _incident(caller_id), forged)


def test_agents_work_follow_ups_but_not_another_agents_mine_only(roles: RolesDb) -> None:
    caller_id = _caller(roles.owner)
    a1, a2 = roles.add("agent"), roles.add("agent")
    first, second = roles.as_(a1), roles.as_(a2)
    due = datetime(2026, 6, 1, 9, tzinfo=UTC)
    with second.session() as session:
        me2 = whoami(session)
        private, _ = create_follow_up(
            session, NewFollowUp(caller_id, due, "call back after the refund", scope="mine"), me2
        )
        team, _ = create_follow_up(session, NewFollowUp(caller_id, due, "anyone may call"), me2)
    for sql in (
        "UPDATE follow_ups SET status = 'done', version = version + 1 WHERE id = :f",
        "UPDATE follow_ups SET owner_id = NULL, scope = 'team' WHERE id = :f",
    ):
        outcome = _refused(first, sql, f=_hex(private.id, roles.backend))
        if roles.backend == "postgresql":  # row-level security: not this agent's row to change
            assert outcome == 0, sql
        else:  # the trigger says why
            assert isinstance(outcome, NotAllowed) and "keeps as their own" in str(outcome), sql
    with first.session() as session:
        me1 = whoami(session)
        with pytest.raises((EditRefused, NotAllowed)):  # the store says so; so would the database
            close_follow_up(session, private.id, private.version, "resolved", 4, "", me1)
    with first.session() as session:
        closed, _ = close_follow_up(session, team.id, team.version, "resolved", 5, "done", me1)
    assert closed.status == "done"
    # Forging who flagged it is refused too.
    with pytest.raises(NotAllowed), first.session() as session:
        create_follow_up(session, NewFollowUp(caller_id, due, "as someone else"), me2)
    with roles.owner.session() as session:
        still = session.get(FollowUp, private.id)
        assert still is not None and (still.status, still.owner_id) == ("open", me2.id)


def test_a_lead_claims_reassigns_and_closes_anyones_follow_up(roles: RolesDb) -> None:
    caller_id = _caller(roles.owner)
    a1, lead = roles.add("agent"), roles.add("lead")
    due = datetime(2026, 6, 1, 9, tzinfo=UTC)
    with roles.as_(a1).session() as session:
        me1 = whoami(session)
        private, _ = create_follow_up(
            session, NewFollowUp(caller_id, due, "my own call back", scope="mine"), me1
        )
        incident, _ = submit_incident(session, _incident(caller_id), me1)
    leads = roles.as_(lead)
    with leads.session() as session:
        me = whoami(session)
        claimed, _ = claim_follow_up(session, private.id, private.version, me)
        given, _ = reassign_follow_up(session, private.id, claimed.version, me1.id, me)
        done, _ = close_follow_up(session, private.id, given.version, "resolved", 3, "ok", me)
        add_review_note(session, NewReviewNote(incident.id, "calm and clear"), me)
        body = shipped_body("phrasebook", "en")
        saved = save_content(session, "phrasebook", "en", body, int(body.get("version", 1)), me)
    assert (claimed.owner_id, given.owner_id, done.status) == (me.id, me1.id, "done")
    with roles.owner.session() as session:
        stored = select(GuidanceContent.created_by).where(GuidanceContent.version == saved)
        assert session.scalars(stored).all() == [me.id]


def test_an_agent_cannot_edit_guidance_or_review_even_with_raw_sql(roles: RolesDb) -> None:
    caller_id = _caller(roles.owner)
    agent = roles.add("agent")
    mine = roles.as_(agent)
    with mine.session() as session:
        me = whoami(session)
        incident, _ = submit_incident(session, _incident(caller_id), me)
    now = datetime.now(UTC).replace(tzinfo=None)
    b = roles.backend
    guidance = _refused(
        mine,
        "INSERT INTO guidance_content (id, kind, language, version, body, created_at, created_by)"
        " VALUES (:id, 'phrasebook', 'en', 99, '{}', :at, :me)",
        id=_hex(uuid.uuid4(), b), at=now, me=_hex(me.id, b),
    )  # fmt: skip
    note = _refused(
        mine,
        "INSERT INTO review_notes (id, incident_id, author_id, at, text) "
        "VALUES (:id, :inc, :me, :at, 'fine')",
        id=_hex(uuid.uuid4(), b), inc=_hex(incident.id, b), me=_hex(me.id, b), at=now,
    )  # fmt: skip
    promote = _refused(mine, "UPDATE agents SET role = 'admin' WHERE login = :l", l=agent)
    assert all(isinstance(refused, NotAllowed) for refused in (guidance, note, promote))
    with roles.owner.session() as session:
        assert (
            session.scalars(select(GuidanceContent).where(GuidanceContent.version == 99)).all()
            == []
        )
        assert session.scalars(select(Agent.role).where(Agent.login == agent)).one() == "agent"


def test_an_admin_manages_users_with_their_own_login(roles: RolesDb) -> None:
    admin, agent = roles.add("admin"), roles.add("agent")
    admins = roles.as_(admin)
    with admins.session() as session:
        added = add_user(session, f"n{uuid.uuid4().hex[:8]}", "agent", "New Person", "pw-new-123")
    roles.passwords[added.login] = "pw-new-123"
    with admins.session() as session:
        assert set_role(session, added.login, "lead").role == "lead"
    with roles.as_(added.login).session() as session:
        assert whoami(session).role == "lead"
    with admins.session() as session:
        assert not disable_user(session, added.login).active
    agents_db = roles.as_(agent)
    with pytest.raises(NotAllowed, match="Only an admin"), agents_db.session() as session:
        add_user(session, f"z{uuid.uuid4().hex[:8]}", "admin", "", "pw-sneaky-1")
    with roles.owner.session() as session:
        users = {u.login: u for u in list_users(session)}
    assert users[added.login].role == "lead" and not users[added.login].active


def _chain(exc: BaseException | None) -> str:
    """Every message an error carries, its causes' too: what a log or a dialog could show."""
    texts = []
    while exc is not None:
        texts += [str(exc), repr(exc)]
        exc = exc.__cause__ or exc.__context__
    return "\n".join(texts)


def test_a_refused_new_login_shows_no_password_verifier(
    roles: RolesDb, caplog: pytest.LogCaptureFixture
) -> None:
    """The server refuses to make the login: the error names the statement, not the salted
    hash of the password it carried (anyone with the log could try passwords against it)."""
    admin = roles.add("admin")
    with roles.owner.session() as session:
        if roles.backend == "postgresql":
            session.execute(text(f'ALTER ROLE "{admin}" NOCREATEROLE'))
        else:
            session.execute(text("REVOKE CREATE USER ON *.* FROM agent_console_admin"))
    password = "pw-hidden-4821"
    try:
        with pytest.raises(StoreError) as refused, roles.as_(admin).session() as session:
            add_user(session, f"n{uuid.uuid4().hex[:8]}", "agent", "", password)
    finally:
        if roles.backend == "mariadb":
            with roles.owner.session() as session:
                session.execute(text("GRANT CREATE USER ON *.* TO agent_console_admin"))
    shown = _chain(refused.value) + caplog.text
    assert "(password hidden)" in shown
    assert "SCRAM-SHA-256$" not in shown and native_hash(password) not in shown
    assert password not in shown


def test_a_disabled_user_cannot_sign_in_and_enable_lets_them_back(roles: RolesDb) -> None:
    agent = roles.add("agent")
    roles.as_(agent).dispose()  # they could sign in
    with roles.owner.session() as session:
        disable_user(session, agent)
    with pytest.raises((sa_exc.DBAPIError, StoreError)) as refused:
        roles.as_(agent)
    reason = f"{refused.value} {refused.value.__cause__}".lower()
    assert "not permitted to log in" in reason or "account is locked" in reason, reason
    with roles.owner.session() as session:
        enable_user(session, agent, password="pw-second-1")
    with roles.as_(agent, "pw-second-1").session() as session:
        assert whoami(session).login == agent


def test_someone_disabled_while_signed_in_can_no_longer_write(roles: RolesDb) -> None:
    """Disabling refuses new sign-ins; a console that was already connected keeps its
    connection, and the database refuses its writes from then on (its rules look up an
    active user for the login at every statement)."""
    agent = roles.add("agent")
    theirs = roles.as_(agent)
    caller_id = _caller(theirs)  # signed in and working: the pool holds their connection
    with theirs.session() as session:
        me = whoami(session)
    with roles.owner.session() as session:
        disable_user(session, agent)
    with pytest.raises(NotAllowed), theirs.session() as session:
        submit_incident(session, _incident(caller_id), me)
    with roles.owner.session() as session:
        assert not session.scalars(select(Incident).where(Incident.caller_id == caller_id)).all()


def test_a_login_without_an_app_user_is_told_so(roles: RolesDb) -> None:
    agent = roles.add("agent")
    with roles.owner.session() as session:
        row = session.scalars(select(Agent).where(Agent.login == agent)).one()
        row.active = False  # the login still works, the app user is off
    mine = roles.as_(agent) if roles.backend == "postgresql" else None
    if mine is not None:
        with pytest.raises(UnknownUser, match="disabled"), mine.session() as session:
            whoami(session)


@pytest.mark.parametrize(
    "login",
    [
        "x; DROP TABLE agents",
        "Robert'); --",
        'a"b',
        "",
        "pg_sneaky",
        "agent_console_admin",
        "mysql",
    ],
)
def test_dangerous_logins_are_refused_with_a_clear_message(roles: RolesDb, login: str) -> None:
    with pytest.raises(UserAdminError, match=r"login|reserved"), roles.owner.session() as session:
        add_user(session, login, "agent", "", "pw-whatever-1")
    with roles.owner.session() as session:
        assert session.scalars(select(Agent.login).where(Agent.login == login)).first() is None


def test_a_workstation_signs_in_as_the_login_and_refuses_a_stranger(
    roles: RolesDb, tmp_path: Path
) -> None:
    agent, stranger = roles.add("agent"), roles.add("agent")
    with roles.owner.session() as session:  # the login stays, the app user is gone
        session.execute(delete(Agent).where(Agent.login == stranger))

    def options(login: str) -> AppOptions:
        url = make_url(roles.url).set(username=login, password=roles.passwords[login])
        return AppOptions(data_dir=tmp_path / login, db_url=url.render_as_string(False))

    workstation = open_workstation(options(agent))
    assert (workstation.agent.login, workstation.agent.role) == (agent, "agent")
    workstation.db.dispose()
    with pytest.raises(UnknownUser, match=f"'{stranger}' has no Agent Console user"):
        open_workstation(options(stranger))
