"""The incident being typed, kept in a file on every change so a crash loses nothing.

A draft belongs to this workstation, not to the shared database, so it is a small JSON
file in the data dir, replaced atomically (write, fsync, rename).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from agent_console.store.errors import DataDirError, friendly_error

log = logging.getLogger(__name__)


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, data: dict[str, Any]) -> None:
        try:
            fd, tmp = tempfile.mkstemp(prefix=".draft-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            known = friendly_error(exc)
            raise (known or DataDirError(f"The draft could not be saved: {exc.strerror}.")) from exc

    def load(self) -> dict[str, Any] | None:
        """The saved draft, or None when there is none or it cannot be read (logged, kept aside)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("draft %s could not be read: %s", self.path, exc.strerror)
            return None
        try:
            data = json.loads(text)
        except ValueError:
            aside = self.path.with_suffix(".unreadable.json")
            log.warning("draft %s is not valid JSON; moved it to %s", self.path, aside)
            os.replace(self.path, aside)
            return None
        return data if isinstance(data, dict) else None

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise DataDirError(f"The finished draft could not be removed: {exc.strerror}.") from exc
