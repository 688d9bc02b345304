"""Errors of the environment, told apart from bugs (qutebrowser's KnownError idea).

``str(exc)`` of a ``StoreError`` is a message for the person at the desk: what happened and
what to do. Anything else that escapes the store is a bug and is logged with its traceback.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy import exc as sa_exc

from agent_console.core.incident_input import FieldError


class StoreError(Exception):
    """A problem with the data dir or database that the user or IT can act on."""


class DataDirError(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class SchemaTooOld(StoreError):
    pass


class StorageFull(StoreError):
    pass


class DatabaseUnavailable(StoreError):
    pass


class StaleEdit(StoreError):
    """Someone else changed the row since it was shown; the edit was refused, nothing saved.

    ``current`` is the row as it is now (a FollowUpRow or CallerSummary; None if it is gone),
    so the UI can show it and let the person decide again.
    """

    def __init__(self, message: str, current: object, expected_version: int) -> None:
        super().__init__(message)
        self.current = current
        self.expected_version = expected_version


class EditRefused(StoreError):
    """An edit this person may not make, or with values that cannot be saved."""


class NotAllowed(StoreError):
    """The database refused an action for this person's role (grants, row rules, triggers).

    ``str(exc)`` says what was refused and whom to ask; nothing was saved.
    """


class UnknownUser(StoreError):
    """The database login of this session has no active Agent Console user."""


class CallerInputError(StoreError):
    """A new or edited caller that cannot be saved as typed."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def friendly_error(exc: BaseException) -> StoreError | None:
    """The StoreError a raw database or OS error stands for, or None when it is a bug."""
    if isinstance(exc, StoreError):
        return exc
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    refused = None if original is None else _permission_refusal(original)
    if refused is not None:
        return NotAllowed(
            f"The database did not allow this for your role: {refused} Nothing was saved. "
            "If you need it done, ask a team lead, or an admin to change your role."
        )
    text = str(original).lower()
    if (isinstance(original, OSError) and original.errno == errno.ENOSPC) or "disk is full" in text:
        return StorageFull(
            "The disk is full, so nothing was saved just now. What you typed is still in the "
            "form: free some disk space, then try again."
        )
    if isinstance(original, OSError) and original.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return DataDirError(
            f"Agent Console may not write to {getattr(original, 'filename', 'its data folder')}. "
            "Ask IT to give you write access, or start with --data-dir pointing at a writable folder."
        )
    if "readonly database" in text or "read-only" in text:
        return DataDirError(
            "The database is read-only, so nothing can be saved. Ask IT to give you write access "
            "to the data folder, or start with --data-dir pointing at a writable folder."
        )
    if "not a database" in text or "malformed" in text:
        return DatabaseCorrupt(
            "The database file is damaged and cannot be read. It has been left untouched. "
            "Restore it from a backup, or start with --data-dir pointing at a new folder."
        )
    if "database is locked" in text:
        return DatabaseUnavailable(
            "The database is busy in another program. Try again in a moment."
        )
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) or isinstance(
        original, sqlite3.OperationalError
    ):
        return DatabaseUnavailable(
            f"The database could not be reached ({str(original).strip()[:200]}). "
            "Check the network or ask IT; what you typed is kept."
        )
    return None


def _permission_refusal(original: BaseException) -> str | None:
    """The database's reason, as a sentence, when ``original`` is a refusal for the role."""
    from agent_console.store.dialects import mysql, postgresql

    reason: str | None = postgresql.permission_refusal(original)
    return reason if reason is not None else mysql.permission_refusal(original)
