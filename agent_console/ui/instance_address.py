"""Where this user's console for a data folder listens for call events, and whether one may.

The name is made from the user and the folder, so two folders (as in tests) are two consoles
and one user's phone never pops another user's window. Apart from ``single_instance`` (which
needs QtNetwork) so that a window's start can first ask, for nearly nothing, whether a console
could be running at all: on Unix a ``QLocalServer`` named without a path is a socket file in
Qt's temporary folder, and with no such file nobody is listening.
"""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QDir


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container with a bare uid)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path, user: str | None = None) -> str:
    """The local server's name for this user and data folder (short: Unix sockets have a limit)."""
    user = user or _user()
    folder = os.path.normcase(str(data_dir.expanduser().resolve()))
    # Qt's SHA-256 (QtCore is loaded anyway): hashlib would cost the start ~3 ms of OpenSSL.
    sha256 = QCryptographicHash.Algorithm.Sha256
    hashed = QCryptographicHash.hash(f"{user}\0{folder}".encode(), sha256)
    digest = bytes(hashed.toHex().data()).decode("ascii")[:16]
    readable = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:24]
    return f"agent-console-{readable}-{digest}"


def may_be_listening(name: str) -> bool:
    """False when surely no console listens on ``name``: on Unix its socket file is missing.

    Windows' named pipes have no such file to look at: there the answer is always True.
    """
    if os.name == "nt":
        return True
    return os.path.exists(os.path.join(QDir.tempPath(), name))
