"""The self-test's checks that need no Qt: config, database, content, keyring, shared database."""

from __future__ import annotations

import importlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent_console.config import Config
from agent_console.core.resources import resources_dir
from agent_console.core.taxonomy import LANGUAGES

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    notes: tuple[str, ...] = field(default=())
    seconds: float | None = None


def check_config(config: Config) -> Check:
    used = [f"{f.role} file {f.path}" for f in config.files if f.status == "used"]
    detail = "from " + ", ".join(used) if used else "no config files; defaults and environment"
    if config.problems:
        return Check("config", WARN, f"{len(config.problems)} problem(s); {detail}",
                     tuple(str(p) for p in config.problems))
    return Check("config", OK, detail)


def check_data_dir(path: Path) -> Check:
    """Whether the data folder can be written, without creating it if it is not there yet."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing != path and not existing.is_dir():
        return Check("data folder", FAIL, f"{path} cannot be created: {existing} is not a folder")
    writable = os.access(existing, os.W_OK | os.X_OK)
    if not writable:
        return Check("data folder", FAIL, f"{path} is not writable ({existing} is read-only for this user)")
    suffix = "" if existing == path else " (will be created at first start)"
    return Check("data folder", OK, f"{path} writable{suffix}")


def check_embedded_database() -> Check:
    """A throw-away SQLite database, created and migrated to head like a new workstation's."""
    from agent_console.store import migrate
    from agent_console.store.database import open_database, sqlite_url

    with tempfile.TemporaryDirectory(prefix="agent-console-selftest-") as tmp:
        db = open_database(sqlite_url(Path(tmp) / "selftest.sqlite3"))
        try:
            with db.engine.connect() as conn:
                current = migrate.current_revision(conn)
        finally:
            db.dispose()
    head = migrate.head_revision()
    if current != head:
        return Check("embedded database", FAIL, f"migrated to {current}, expected {head}")
    return Check("embedded database", OK, f"created and migrated to {head}")


def _loader(module: str, function: str) -> Callable[[str], Any] | None:
    try:
        loaded = importlib.import_module(module)
    except ImportError:
        return None
    found = getattr(loaded, function, None)
    return found if callable(found) else None


def _load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def check_content(
    kind: str, loader: Callable[[str], Any] | None, folder: Path | None = None
) -> Check:
    """Every language's file in resources/<kind>/ loads (with the engine's loader when it exists)."""
    folder = resources_dir() / kind if folder is None else folder
    how = "loaded" if loader else "parsed as JSON"
    if not folder.is_dir() or not any(folder.glob("*.json")):
        return Check(kind, WARN, f"none bundled yet ({folder} has no .json files)")
    loaded, missing, notes = [], [], []
    failed = False
    for lang in (c.code for c in LANGUAGES):
        path = folder / f"{lang}.json"
        if not path.is_file():
            missing.append(lang)
            continue
        try:
            content = loader(lang) if loader else _load_json(path)
        except Exception as exc:  # any error in shipped content is this check's finding
            failed = True
            notes.append(f"{lang}: {type(exc).__name__}: {exc}")
            continue
        loaded.append(lang)
        notes += [f"{lang}: left out {p.rule_id}: {p.message}" for p in _problems(content)]
    detail = f"{', '.join(loaded) or 'none'} {how}"
    if missing:
        detail += f"; missing for {', '.join(missing)}"
    status = FAIL if failed else WARN if (missing or notes) else OK
    return Check(kind, status, detail, tuple(notes))


def _problems(content: Any) -> list[Any]:
    problems = getattr(content, "problems", ())
    return [p for p in problems if hasattr(p, "rule_id") and hasattr(p, "message")]


def check_checklists() -> Check:
    return check_content("checklists", _loader("agent_console.core.checklist", "load_script"))


def check_phrasebooks() -> Check:
    return check_content("phrasebooks", _loader("agent_console.core.phrasing", "load_phrasebook"))


def check_keyring() -> Check:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return Check("keyring", WARN, "no keyring backend: passwords will be asked for at sign-in")
    if type(backend).__module__.startswith("keyrings.alt"):
        return Check("keyring", WARN, f"{name} keeps passwords in a plain file; remove keyrings.alt")
    return Check("keyring", OK, f"{name}")
