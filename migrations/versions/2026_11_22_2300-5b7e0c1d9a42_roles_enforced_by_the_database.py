"""roles enforced by the database: group roles, grants, row rules and the audit actor

Each person signs in with their own database login, a member of one group role per app role
(agent_console_agent, agent_console_lead, agent_console_admin; lead includes agent, admin
includes lead). Grants say which tables a role may write; row rules say which rows:

- PostgreSQL: row-level security policies, plus BEFORE triggers for what a policy cannot see
  (the old row: who a follow-up belongs to, which columns changed).
- MariaDB: grants, plus BEFORE triggers that SIGNAL SQLSTATE '45000'.
- SQLite: nothing (one person, one machine).

The audit trigger writes the session's own login and app user over whatever the client sent.
The table owner / superuser (whoever runs ``agent-console db upgrade``) is "privileged": the
rules let them through, so IT can repair data and the first admin can be made.

Revision ID: 5b7e0c1d9a42
Revises: 414fd53e8088
Create Date: 2026-11-22 23:00:00
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b7e0c1d9a42"
down_revision: str | None = "414fd53e8088"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGENT, LEAD, ADMIN = "agent_console_agent", "agent_console_lead", "agent_console_admin"
GROUPS = (AGENT, LEAD, ADMIN)
TABLES = (
    "agents", "callers", "caller_phones", "caller_search_terms", "incidents", "follow_ups",
    "review_notes", "audit_events", "change_log", "guidance_content", "alembic_version",
)  # fmt: skip
# What each group may write, beyond SELECT on everything. Nobody of the app roles may UPDATE or
# DELETE an incident or an audit row: corrections are new rows.
WRITES: dict[str, dict[str, tuple[str, ...]]] = {
    AGENT: {
        "callers": ("INSERT", "UPDATE"),
        "caller_phones": ("INSERT",),
        "caller_search_terms": ("INSERT",),
        "incidents": ("INSERT",),
        "follow_ups": ("INSERT", "UPDATE"),
        "audit_events": ("INSERT",),
        "change_log": ("INSERT",),
    },
    LEAD: {"review_notes": ("INSERT",), "guidance_content": ("INSERT",)},
    ADMIN: {"agents": ("INSERT", "UPDATE")},
}
# Tables whose rows name the person who wrote them: the database checks it is really them.
RLS_TABLES = ("agents", "incidents", "follow_ups", "review_notes", "guidance_content")

# Messages of the row rules; the store shows them to the person (prefix removed).
PREFIX = "agent-console: "
NO_USER = PREFIX + "This database login has no active Agent Console user; ask an admin."
NOT_YOU = PREFIX + "A row may only name you as its author, not another person."
FU_FIXED = PREFIX + "Who flagged a follow-up, for which caller and incident, never changes."
FU_MINE = PREFIX + "Only a team lead can change a follow-up another agent keeps as their own."
FU_GIVE = PREFIX + "Only a team lead can give a follow-up to someone else."
FU_CLOSED = PREFIX + "Only a team lead can change a follow-up that is already closed."
LEADS_ONLY = PREFIX + "Only team leads and admins may add this."
ADMINS_ONLY = PREFIX + "Only an admin may manage users."


def upgrade() -> None:
    name = op.get_bind().dialect.name
    if name == "postgresql":
        _pg_upgrade()
    elif name in ("mysql", "mariadb"):
        _maria_upgrade()


def downgrade() -> None:
    name = op.get_bind().dialect.name
    if name == "postgresql":
        _pg_downgrade()
    elif name in ("mysql", "mariadb"):
        _maria_downgrade()


def _run(statement: str) -> None:
    # exec_driver_sql: no bind-parameter parsing of the colons in function bodies.
    op.get_bind().exec_driver_sql(statement)


# --- PostgreSQL ----------------------------------------------------------------------------


def _pg_schema() -> str:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    return '"' + str(schema).replace('"', '""') + '"'


def _pg_upgrade() -> None:
    s = _pg_schema()
    for group in GROUPS:  # roles belong to the whole cluster: another database may have them
        _run(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    for member, group in ((LEAD, AGENT), (ADMIN, LEAD)):  # made once, by the first database
        _run(
            f"DO $$ BEGIN IF NOT pg_catalog.pg_has_role('{member}', '{group}', 'MEMBER') THEN "
            f"GRANT {group} TO {member}; END IF; END $$"
        )
    _run(f"GRANT USAGE ON SCHEMA {s} TO {AGENT}")
    for table in TABLES:
        _run(f"GRANT SELECT ON {s}.{table} TO {AGENT}")
    for group, tables in WRITES.items():
        for table, privileges in tables.items():
            _run(f"GRANT {', '.join(privileges)} ON {s}.{table} TO {group}")
    _run(
        f"DO $$ BEGIN EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE ' || "
        f"pg_catalog.pg_get_serial_sequence('{s}.change_log', 'seq') || ' TO {AGENT}'; END $$"
    )
    path = f"SET search_path = pg_catalog, {s}, pg_temp"
    definer = f"LANGUAGE sql STABLE SECURITY DEFINER {path}"
    _run(
        f"CREATE FUNCTION {s}.agent_console_privileged() RETURNS boolean {definer} AS $$ "
        "SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user),"
        " false) OR pg_catalog.pg_has_role(session_user, (SELECT relowner FROM pg_catalog.pg_class"
        f" WHERE oid = '{s}.audit_events'::regclass), 'MEMBER') $$"
    )
    _run(
        f"CREATE FUNCTION {s}.agent_console_agent_id() RETURNS uuid {definer} AS $$ "
        f"SELECT id FROM {s}.agents WHERE login = session_user::text AND active $$"
    )
    _run(
        f"CREATE FUNCTION {s}.agent_console_app_role() RETURNS text {definer} AS $$ "
        f"SELECT role FROM {s}.agents WHERE login = session_user::text AND active $$"
    )
    for fn in ("agent_console_privileged", "agent_console_agent_id", "agent_console_app_role"):
        _run(f"REVOKE ALL ON FUNCTION {s}.{fn}() FROM PUBLIC")
        _run(f"GRANT EXECUTE ON FUNCTION {s}.{fn}() TO {AGENT}")

    me, role = f"{s}.agent_console_agent_id()", f"{s}.agent_console_app_role()"
    leads = f"{role} IN ('lead', 'admin')"
    for table in RLS_TABLES:
        _run(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
        _run(f"CREATE POLICY agent_console_read ON {s}.{table} FOR SELECT USING (true)")
    _run(f"CREATE POLICY agent_console_add ON {s}.agents FOR INSERT WITH CHECK ({role} = 'admin')")
    _run(
        f"CREATE POLICY agent_console_change ON {s}.agents FOR UPDATE USING ({role} = 'admin') "
        f"WITH CHECK ({role} = 'admin')"
    )
    _run(
        f"CREATE POLICY agent_console_add ON {s}.incidents FOR INSERT "
        f"WITH CHECK (agent_id = {me} OR {role} = 'admin')"
    )
    _run(
        f"CREATE POLICY agent_console_add ON {s}.follow_ups FOR INSERT "
        f"WITH CHECK (created_by = {me})"
    )
    # "mine only" (scope 'mine'): only its owner or flagger, or a lead, may touch it.
    _run(
        f"CREATE POLICY agent_console_work ON {s}.follow_ups FOR UPDATE USING ({leads} OR "
        f"scope <> 'mine' OR owner_id = {me} OR created_by = {me}) WITH CHECK ({me} IS NOT NULL)"
    )
    _run(
        f"CREATE POLICY agent_console_add ON {s}.review_notes FOR INSERT "
        f"WITH CHECK (author_id = {me} AND {leads})"
    )
    _run(
        f"CREATE POLICY agent_console_add ON {s}.guidance_content FOR INSERT "
        f"WITH CHECK (created_by = {me} AND {leads})"
    )

    trigger = f"LANGUAGE plpgsql SECURITY DEFINER {path}"
    _run(
        f"CREATE FUNCTION {s}.agent_console_audit_actor() RETURNS trigger {trigger} AS $$ "
        f"DECLARE me uuid; BEGIN "
        f"IF {s}.agent_console_privileged() THEN RETURN NEW; END IF; "
        f"me = {me}; "
        f"IF me IS NULL THEN RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = '{NO_USER}'; "
        f"END IF; "
        f"NEW.actor_id = me; NEW.actor_login = session_user::text; RETURN NEW; END $$"
    )
    _run(
        f"CREATE TRIGGER agent_console_audit_actor BEFORE INSERT ON {s}.audit_events "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.agent_console_audit_actor()"
    )
    refuse = "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = "
    _run(
        f"CREATE FUNCTION {s}.agent_console_follow_up_rules() RETURNS trigger {trigger} AS $$ "
        f"DECLARE me uuid; r text; BEGIN "
        f"IF {s}.agent_console_privileged() THEN RETURN NEW; END IF; "
        f"me = {me}; r = {role}; "
        f"IF me IS NULL THEN {refuse}'{NO_USER}'; END IF; "
        "IF NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.caller_id IS DISTINCT FROM "
        "OLD.caller_id OR NEW.incident_id IS DISTINCT FROM OLD.incident_id OR NEW.created_at "
        f"IS DISTINCT FROM OLD.created_at THEN {refuse}'{FU_FIXED}'; END IF; "
        "IF r = 'agent' THEN "
        "IF OLD.scope = 'mine' AND OLD.owner_id IS DISTINCT FROM me AND OLD.created_by <> me "
        f"THEN {refuse}'{FU_MINE}'; END IF; "
        f"IF OLD.status <> 'open' THEN {refuse}'{FU_CLOSED}'; END IF; "
        "IF NEW.scope IS DISTINCT FROM OLD.scope OR (NEW.owner_id IS DISTINCT FROM OLD.owner_id "
        f"AND NOT (OLD.owner_id IS NULL AND NEW.owner_id = me)) THEN {refuse}'{FU_GIVE}'; "
        "END IF; END IF; RETURN NEW; END $$"
    )
    _run(
        f"CREATE TRIGGER agent_console_follow_up_rules BEFORE UPDATE ON {s}.follow_ups "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.agent_console_follow_up_rules()"
    )


def _pg_downgrade() -> None:
    s = _pg_schema()
    _run(f"DROP TRIGGER IF EXISTS agent_console_follow_up_rules ON {s}.follow_ups")
    _run(f"DROP TRIGGER IF EXISTS agent_console_audit_actor ON {s}.audit_events")
    _run(f"DROP FUNCTION IF EXISTS {s}.agent_console_follow_up_rules()")
    _run(f"DROP FUNCTION IF EXISTS {s}.agent_console_audit_actor()")
    for table in RLS_TABLES:
        for policy in ("agent_console_read", "agent_console_add", "agent_console_change",
                       "agent_console_work"):  # fmt: skip
            _run(f"DROP POLICY IF EXISTS {policy} ON {s}.{table}")
        _run(f"ALTER TABLE {s}.{table} DISABLE ROW LEVEL SECURITY")
    for fn in ("agent_console_privileged", "agent_console_agent_id", "agent_console_app_role"):
        _run(f"DROP FUNCTION IF EXISTS {s}.{fn}()")
    for group in GROUPS:
        for table in TABLES:
            _run(f"REVOKE ALL ON {s}.{table} FROM {group}")
        _run(f"REVOKE ALL ON SCHEMA {s} FROM {group}")
    _run(
        f"DO $$ BEGIN EXECUTE 'REVOKE ALL ON SEQUENCE ' || "
        f"pg_catalog.pg_get_serial_sequence('{s}.change_log', 'seq') || ' FROM {AGENT}'; END $$"
    )
    # The groups go too, unless another database on this server still grants them something.
    for group in reversed(GROUPS):
        _run(
            f"DO $$ BEGIN DROP ROLE IF EXISTS {group}; EXCEPTION WHEN dependent_objects_still_exist"
            f" THEN RAISE NOTICE 'role {group} is still used by another database; kept'; END $$"
        )


# --- MariaDB / MySQL -----------------------------------------------------------------------


def _maria_db() -> str:
    name = op.get_bind().execute(sa.text("SELECT DATABASE()")).scalar_one()
    return "`" + str(name).replace("`", "``") + "`"


def _maria_upgrade() -> None:
    d = _maria_db()
    for group in GROUPS:
        _run(f"CREATE ROLE IF NOT EXISTS {group}")
    _run(f"GRANT {AGENT} TO {LEAD}")
    _run(f"GRANT {LEAD} TO {ADMIN}")
    _run(f"GRANT SELECT ON {d}.* TO {AGENT}")
    for group, tables in WRITES.items():
        for table, privileges in tables.items():
            _run(f"GRANT {', '.join(privileges)} ON {d}.{table} TO {group}")
    _run(f"GRANT CREATE USER ON *.* TO {ADMIN}")
    # So an admin can give a new login something of its own here: without a default role
    # (only root may set another user's), a login needs it to connect to this database.
    _run(f"GRANT SELECT ON {d}.alembic_version TO {ADMIN} WITH GRANT OPTION")
    login = "SUBSTRING_INDEX(USER(), '@', 1)"
    # A function runs as its definer: CURRENT_USER() is whoever ran the migration.
    _run(
        "CREATE FUNCTION agent_console_privileged() RETURNS BOOLEAN READS SQL DATA "
        f"SQL SECURITY DEFINER RETURN {login} = SUBSTRING_INDEX(CURRENT_USER(), '@', 1)"
    )
    _run(
        "CREATE FUNCTION agent_console_agent_id() RETURNS CHAR(36) READS SQL DATA "
        f"SQL SECURITY DEFINER RETURN (SELECT id FROM agents WHERE login = {login} AND active "
        "LIMIT 1)"
    )
    _run(
        "CREATE FUNCTION agent_console_app_role() RETURNS VARCHAR(16) READS SQL DATA "
        f"SQL SECURITY DEFINER RETURN (SELECT role FROM agents WHERE login = {login} AND active "
        "LIMIT 1)"
    )
    for fn in MARIA_FUNCTIONS:
        _run(f"GRANT EXECUTE ON FUNCTION {d}.{fn} TO {AGENT}")

    def signal(message: str) -> str:
        return f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{message}'"

    def rules(name: str, when: str, table: str, body: str) -> None:
        _run(
            f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW BEGIN "
            "DECLARE me CHAR(36); DECLARE r VARCHAR(16); "
            "IF NOT agent_console_privileged() THEN "
            "SET me = agent_console_agent_id(); SET r = agent_console_app_role(); "
            f"IF me IS NULL THEN {signal(NO_USER)}; END IF; "
            f"{body} END IF; END"
        )

    rules(
        "agent_console_audit_actor", "BEFORE INSERT", "audit_events",
        f"SET NEW.actor_id = me; SET NEW.actor_login = {login};",
    )  # fmt: skip
    rules(
        "agent_console_incident_author", "BEFORE INSERT", "incidents",
        f"IF NOT (NEW.agent_id <=> me OR r = 'admin') THEN {signal(NOT_YOU)}; END IF;",
    )  # fmt: skip
    rules(
        "agent_console_follow_up_author", "BEFORE INSERT", "follow_ups",
        f"IF NOT (NEW.created_by <=> me) THEN {signal(NOT_YOU)}; END IF;",
    )  # fmt: skip
    rules(
        "agent_console_follow_up_rules", "BEFORE UPDATE", "follow_ups",
        "IF NOT (NEW.created_by <=> OLD.created_by AND NEW.caller_id <=> OLD.caller_id AND "
        "NEW.incident_id <=> OLD.incident_id AND NEW.created_at <=> OLD.created_at) THEN "
        f"{signal(FU_FIXED)}; END IF; "
        "IF r = 'agent' THEN "
        "IF OLD.scope = 'mine' AND NOT (OLD.owner_id <=> me) AND NOT (OLD.created_by <=> me) "
        f"THEN {signal(FU_MINE)}; END IF; "
        f"IF OLD.status <> 'open' THEN {signal(FU_CLOSED)}; END IF; "
        "IF NOT (NEW.scope <=> OLD.scope) OR (NOT (NEW.owner_id <=> OLD.owner_id) AND "
        f"NOT (OLD.owner_id IS NULL AND NEW.owner_id <=> me)) THEN {signal(FU_GIVE)}; END IF; "
        "END IF;",
    )  # fmt: skip
    rules(
        "agent_console_review_author", "BEFORE INSERT", "review_notes",
        f"IF r NOT IN ('lead', 'admin') THEN {signal(LEADS_ONLY)}; END IF; "
        f"IF NOT (NEW.author_id <=> me) THEN {signal(NOT_YOU)}; END IF;",
    )  # fmt: skip
    rules(
        "agent_console_guidance_author", "BEFORE INSERT", "guidance_content",
        f"IF r NOT IN ('lead', 'admin') THEN {signal(LEADS_ONLY)}; END IF; "
        f"IF NOT (NEW.created_by <=> me) THEN {signal(NOT_YOU)}; END IF;",
    )  # fmt: skip
    for when in ("INSERT", "UPDATE"):
        rules(
            f"agent_console_agents_{when.lower()}", f"BEFORE {when}", "agents",
            f"IF NOT (r <=> 'admin') THEN {signal(ADMINS_ONLY)}; END IF;",
        )  # fmt: skip


MARIA_FUNCTIONS = ("agent_console_privileged", "agent_console_agent_id", "agent_console_app_role")
MARIA_TRIGGERS = (
    "agent_console_audit_actor", "agent_console_incident_author",
    "agent_console_follow_up_author", "agent_console_follow_up_rules",
    "agent_console_review_author", "agent_console_guidance_author",
    "agent_console_agents_insert", "agent_console_agents_update",
)  # fmt: skip


def _maria_downgrade() -> None:
    d = _maria_db()
    for trigger in MARIA_TRIGGERS:
        _run(f"DROP TRIGGER IF EXISTS {trigger}")
    for fn in MARIA_FUNCTIONS:
        with contextlib.suppress(sa.exc.DBAPIError):  # never granted: a half-finished upgrade
            _run(f"REVOKE EXECUTE ON FUNCTION {d}.{fn} FROM {AGENT}")
        _run(f"DROP FUNCTION IF EXISTS {fn}")
    # REVOKE fails for a grant that is not there; each is revoked only if it was made.
    grants: list[tuple[str, str, str]] = [
        (AGENT, "SELECT", f"{d}.*"),
        (ADMIN, "SELECT, GRANT OPTION", f"{d}.alembic_version"),
    ]
    for group, tables in WRITES.items():
        for table, privileges in tables.items():
            grants.append((group, ", ".join(privileges), f"{d}.{table}"))
    for group, what, target in grants:
        # Already gone after a half-finished upgrade (MariaDB cannot roll back DDL).
        with contextlib.suppress(sa.exc.DBAPIError):
            _run(f"REVOKE {what} ON {target} FROM {group}")
    # Roles are server-wide: dropped only when no other database still grants them anything.
    names = ", ".join(f"'{group}'" for group in GROUPS)
    still_used = sum(
        op.get_bind()
        .exec_driver_sql(
            f"SELECT COUNT(*) FROM mysql.{grants_table} WHERE User IN ({names}) AND Host = ''"
        )
        .scalar_one()
        for grants_table in ("db", "tables_priv")
    )
    if not still_used:
        for group in reversed(GROUPS):
            _run(f"DROP ROLE IF EXISTS {group}")
