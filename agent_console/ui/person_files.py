"""Files on this computer that belong to one person at a shared desk (kept or parked incidents)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path


def person_file(folder: Path, login: str, suffix: str = "") -> Path:
    """``folder``'s entry for ``login``: a name no login can steer out of ``folder``."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", login)[:40]
    digest = hashlib.sha256(login.encode()).hexdigest()[:10]
    return folder / f"{safe}-{digest}{suffix}"
