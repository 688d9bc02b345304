"""Incidents set aside when the agent switches to a waiting call, kept as files until resumed.

Switching calls never throws away what the agent was writing: the form's content is saved as
``parked/<incident id>.json`` in the data dir (written atomically, like the draft) before the
new call opens, and a banner offers it back (Resume, Shift+F12) until it is resumed or
discarded, across restarts too. The end time the phone system reports for a parked call is
stamped into its file.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from agent_console.core.incident_input import IncidentInput
from agent_console.ui.formatting import local_datetime
from agent_console.ui.runner import Runner
from agent_console.ui.text_direction import isolate
from agent_console.ui.widgets.banner import Banner
from agent_console.ui.widgets.banner_area import BannerArea

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parked:
    incident: IncidentInput
    ended_at: str = ""  # ISO time the call ended, when the phone system said so
    parked_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "incident": self.incident.to_json(),
            "ended_at": self.ended_at,
            "parked_at": self.parked_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Parked:
        incident = data.get("incident")
        if not isinstance(incident, dict):
            raise ValueError("no incident in the file")
        return cls(
            IncidentInput.from_json(incident),
            str(data.get("ended_at") or ""),
            str(data.get("parked_at") or ""),
        )


def _file_name(incident_id: str) -> str:
    try:
        return f"{uuid.UUID(incident_id)}.json"
    except ValueError:  # not one of ours: never let an id choose a path
        return f"{uuid.uuid4()}.json"


def _when(iso: str, formats: DisplayFormat | None) -> str:
    try:
        return local_datetime(datetime.fromisoformat(iso), formats)
    except ValueError:
        return iso


class ParkedIncidents(QObject):
    resume_requested = Signal(object)  # Parked: the agent wants it back on the form

    def __init__(
        self,
        banners: BannerArea,
        runner: Runner,
        folder: Path,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats
        self._banners = banners
        self._runner = runner
        self.folder = folder
        self._entries: dict[str, tuple[Parked, Banner]] = {}  # by incident id, oldest first

    # -- files (in the runner) ---------------------------------------------------------------
    def _save_op(self, parked: Parked) -> Callable[[], None]:
        path, data = self.folder / _file_name(parked.incident.id), parked.to_json()

        def op() -> None:
            from agent_console.store.drafts import DraftStore  # SQLAlchemy: worker only

            path.parent.mkdir(parents=True, exist_ok=True)
            DraftStore(path).save(data)

        return op

    def look(self) -> None:
        """Offer back what was parked before the console last closed."""
        folder = self.folder

        def op() -> list[Parked]:
            from agent_console.store.drafts import DraftStore

            found = []
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                data = DraftStore(path).load()  # unreadable files are set aside and logged
                try:
                    found.append(Parked.from_json(data or {}))
                except (TypeError, ValueError) as exc:
                    log.warning("parked incident %s ignored: %s", path.name, exc)
            return sorted(found, key=lambda p: p.parked_at)

        self._runner.run(op, self._offer_all)

    def move_to(self, folder: Path) -> None:
        """Show what is parked in ``folder`` instead (another person signed in at this desk)."""
        self.put_away()
        self.folder = folder
        self.look()

    def put_away(self) -> None:
        """Take the banners down, leaving the files for when their author signs in again."""
        for _parked, banner in self._entries.values():
            banner.close_banner()
        self._entries.clear()

    def _offer_all(self, found: list[Parked]) -> None:
        for parked in found:
            self._offer(parked)

    def park(
        self,
        inp: IncidentInput,
        ended_at: str,
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Save ``inp`` as parked; ``on_done`` once it is safely on disk, ``on_error`` if not."""
        parked = Parked(inp, ended_at, datetime.now(UTC).isoformat())

        def saved(_: object) -> None:
            log.info("incident %s parked", inp.id)
            self._offer(parked)
            on_done()

        self._runner.run(self._save_op(parked), saved, on_error)

    def stamp_end(self, call_id: str, at: datetime) -> bool:
        """Record the end of ``call_id`` on its parked incident; False if none is parked."""
        for key, (parked, banner) in self._entries.items():
            if parked.incident.call_id == call_id:
                stamped = replace(parked, ended_at=at.isoformat())
                self._entries[key] = (stamped, banner)
                banner.message.setText(self._text(stamped))
                self._runner.run(self._save_op(stamped))
                return True
        return False

    def latest(self) -> Parked | None:
        return next(reversed(self._entries.values()))[0] if self._entries else None

    def ids(self) -> list[str]:
        return list(self._entries)

    def forget(self, parked: Parked) -> None:
        """Remove ``parked``: its banner now, its file in the runner (after what is queued)."""
        entry = self._entries.pop(parked.incident.id, None)
        if entry is not None:
            entry[1].close_banner()
        path = self.folder / _file_name(parked.incident.id)
        self._runner.run(lambda: path.unlink(missing_ok=True))
        log.info("parked incident %s removed", parked.incident.id)

    # -- banners ---------------------------------------------------------------------------
    def _text(self, parked: Parked) -> str:
        name = parked.incident.caller_name
        who = isolate(name) if name else self.tr("no caller picked")
        text = self.tr("Parked incident: {0}, started {1}.").format(
            who, isolate(_when(parked.incident.started_at, self._formats))
        )
        if parked.ended_at:
            text += " " + self.tr("The call ended at {0}.").format(
                isolate(_when(parked.ended_at, self._formats))
            )
        return text + " " + self.tr("It is kept until you resume it (Shift+F12) or discard it.")

    def _offer(self, parked: Parked) -> None:
        old = self._entries.pop(parked.incident.id, None)
        if old is not None:
            old[1].close_banner()
        banner = self._banners.add("info", self._text(parked), "parkedBanner")
        banner.add_button(
            "resume", self.tr("Resume"), lambda: self.resume_requested.emit(self._current(parked))
        )
        banner.add_button("discard", self.tr("Discard"), lambda: self.forget(self._current(parked)))
        self._entries[parked.incident.id] = (parked, banner)

    def _current(self, parked: Parked) -> Parked:
        entry = self._entries.get(parked.incident.id)
        return entry[0] if entry is not None else parked
