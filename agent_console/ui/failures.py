"""Telling environment problems from bugs: a message the user can act on, or a traceback in the log.

A known problem (a ``StoreError`` from the store, or a ``KnownProblem`` the UI finds itself) is
shown as its own message and logged as one line. Anything else is a bug: the log gets the
traceback and the user a short message that says nothing typed was lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class KnownProblem(Exception):
    """A problem the UI itself finds, whose text tells the user what to do."""


def known_failure(exc: BaseException) -> BaseException | None:
    """The user-facing error ``exc`` stands for, or None when it is a bug."""
    if isinstance(exc, KnownProblem):
        return exc
    # store.errors imports SQLAlchemy; by the time anything fails the worker has loaded it.
    from agent_console.store.errors import friendly_error

    return friendly_error(exc)


def is_known(exc: BaseException) -> bool:
    if isinstance(exc, KnownProblem):
        return True
    from agent_console.store.errors import StoreError

    return isinstance(exc, StoreError)


def log_failure(exc: BaseException) -> None:
    if getattr(exc, "routine", False):
        log.info("%s: %s", type(exc).__name__, exc)
    elif is_known(exc):
        log.warning("%s: %s", type(exc).__name__, exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))


def user_message(exc: BaseException) -> str:
    if is_known(exc):
        return str(exc)
    return QCoreApplication.translate(
        "failures",
        "Something went wrong ({0}). What you typed is still here; the details are in the log.",
    ).format(type(exc).__name__)
