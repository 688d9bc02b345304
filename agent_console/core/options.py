"""What the console was started with, after the command line has been read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppOptions:
    data_dir: Path
    db_url: str | None = None  # None: a SQLite file in data_dir
    demo: bool = False
    lang: str | None = None  # None: the OS locale
    region: str = "US"  # default region for national-format phone numbers
    calendar: str = "jalali"  # Persian dates: "jalali" (Solar Hijri) or "gregorian"
    digits: str = "native"  # Persian and Arabic digits: "native" or "latin"
    # Embedded database only (demos, tests): sit at the desk as this agent, e.g. the demo lead.
    act_as: str | None = None

    @property
    def shared(self) -> bool:
        """On a shared database server, where each person signs in (not the embedded file)."""
        return bool(self.db_url) and not str(self.db_url).lower().startswith("sqlite")

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def draft_path(self) -> Path:
        return self.data_dir / "draft.json"

    @property
    def embedded_db_path(self) -> Path:
        return self.data_dir / "agent-console.sqlite3"
