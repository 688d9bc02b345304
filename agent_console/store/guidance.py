"""Team leads' versions of the de-escalation checklist and the phrasebook, per language.

Every save adds the next version (never an update), so an incident can say which version it
followed. A language nobody has edited has no row: the file shipped in ``resources/`` is used.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_console.core.checklist import Script, ScriptError, load_script
from agent_console.core.phrasing import Phrasebook, PhrasebookError, phrasebook_path
from agent_console.core.taxonomy import LANGUAGES
from agent_console.store.agents import audit
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.models import GuidanceContent
from agent_console.store.records import AgentRef

CHECKLIST = "checklist"
PHRASEBOOK = "phrasebook"
KINDS = (CHECKLIST, PHRASEBOOK)
EDITOR_ROLES = frozenset({"lead", "admin"})
LANGUAGE_CODES = tuple(choice.code for choice in LANGUAGES)


@dataclass(frozen=True)
class ContentVersion:
    """One kind of content in one language, as a workstation should use it."""

    kind: str
    language: str
    version: int
    body: dict[str, Any]
    edited: bool  # False: the file shipped with the console


def _check_key(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown guidance kind {kind!r}; use one of {', '.join(KINDS)}")
    if language not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGE_CODES)}")


def latest_content(session: Session, kind: str, language: str) -> tuple[int, dict[str, Any]] | None:
    """The newest saved (version, body), or None when only the shipped file exists."""
    _check_key(kind, language)
    row = session.execute(
        select(GuidanceContent.version, GuidanceContent.body)
        .where(GuidanceContent.kind == kind, GuidanceContent.language == language)
        .order_by(GuidanceContent.version.desc())
        .limit(1)
    ).one_or_none()
    return None if row is None else (int(row[0]), dict(row[1]))


def shipped_body(kind: str, language: str) -> dict[str, Any]:
    """The content shipped in ``resources/`` as editable JSON values."""
    _check_key(kind, language)
    if kind == CHECKLIST:
        return load_script(language).to_json()
    with open(phrasebook_path(language), encoding="utf-8") as fh:
        body: dict[str, Any] = json.load(fh)
    return body


def current_content(session: Session) -> list[ContentVersion]:
    """Every kind in every language: the newest saved version, or else the shipped file."""
    newest = (
        select(
            GuidanceContent.kind,
            GuidanceContent.language,
            func.max(GuidanceContent.version).label("version"),
        )
        .group_by(GuidanceContent.kind, GuidanceContent.language)
        .subquery()
    )
    rows = session.execute(
        select(
            GuidanceContent.kind,
            GuidanceContent.language,
            GuidanceContent.version,
            GuidanceContent.body,
        ).join(
            newest,
            (GuidanceContent.kind == newest.c.kind)
            & (GuidanceContent.language == newest.c.language)
            & (GuidanceContent.version == newest.c.version),
        )
    ).all()
    saved = {(k, lang): (int(v), dict(b)) for k, lang, v, b in rows}
    found = []
    for kind in KINDS:
        for language in LANGUAGE_CODES:
            if (kind, language) in saved:
                version, body = saved[(kind, language)]
                found.append(ContentVersion(kind, language, version, body, True))
            else:
                body = shipped_body(kind, language)
                found.append(ContentVersion(kind, language, int(body["version"]), body, False))
    return found


def usable_rules(body: Mapping[str, Any]) -> dict[str, Any]:
    """``body`` without the rules a lead switched off (``"disabled": true``)."""
    rules = body.get("rules")
    if not isinstance(rules, list):
        return dict(body)
    kept = [r for r in rules if not (isinstance(r, dict) and r.get("disabled") is True)]
    return {**body, "rules": kept}


def phrasebook_from_body(body: Mapping[str, Any]) -> Phrasebook:
    """The phrasebook a stored body stands for; PhrasebookError when it is unusable as a whole."""
    return Phrasebook.from_json(usable_rules(body))


def check_body(kind: str, language: str, body: Mapping[str, Any]) -> None:
    """Refuse content that would break the console; single broken phrase rules are allowed
    (they are reported by id and left out, see ``Phrasebook.problems``).
    """
    if body.get("language") != language:
        raise EditRefused(
            f"The content says its language is {body.get('language')!r}, not {language!r}."
        )
    try:
        if kind == CHECKLIST:
            Script.from_json(body)
        else:
            phrasebook_from_body(body)
    except (ScriptError, PhrasebookError) as exc:
        raise EditRefused(f"The {kind} cannot be saved: {exc}") from None


def save_content(
    session: Session,
    kind: str,
    language: str,
    body: Mapping[str, Any],
    based_on_version: int,
    actor: AgentRef,
) -> int:
    """Save ``body`` as the next version and return its number.

    ``based_on_version`` is the version the lead started editing from (the shipped file's
    version when nothing was saved yet). When someone saved a newer one meanwhile, StaleEdit
    is raised with ``current`` = (version, body) of the newest, and nothing is saved.
    """
    _check_key(kind, language)
    if actor.role not in EDITOR_ROLES:
        raise EditRefused("Only team leads and admins may change the checklist or the phrasebook.")
    latest = latest_content(session, kind, language)
    if latest is not None and latest[0] != based_on_version:
        raise _stale(kind, language, latest, based_on_version)
    version = (latest[0] if latest is not None else based_on_version) + 1
    stored = copy.deepcopy(dict(body))
    stored["version"] = version
    check_body(kind, language, stored)
    row = GuidanceContent(
        kind=kind, language=language, version=version, body=stored, created_by=actor.id
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # someone saved the same version a moment ago
        now = latest_content(session, kind, language)
        raise _stale(kind, language, now, based_on_version) from None
    audit(
        session,
        actor,
        "guidance.saved",
        "guidance",
        row.id,
        {"kind": kind, "language": language, "version": version, "based_on": based_on_version},
    )
    session.flush()
    return version


def _stale(
    kind: str, language: str, latest: tuple[int, dict[str, Any]] | None, based_on: int
) -> StaleEdit:
    newest = latest[0] if latest is not None else based_on
    return StaleEdit(
        f"Someone saved version {newest} of the {kind} ({language}) while you were editing "
        f"version {based_on}. Nothing was saved: open the editor again to start from theirs.",
        latest,
        based_on,
    )
