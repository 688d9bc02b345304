"""The crash-recovery draft: the incident form's content, saved as it is typed and offered back.

Saving is file IO, so it goes through the runner, at most once per pause in typing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from agent_console.core.incident_input import IncidentInput
from agent_console.ui.failures import user_message
from agent_console.ui.runner import Runner

if TYPE_CHECKING:
    from agent_console.store.drafts import DraftStore

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 300


def worth_keeping(inp: IncidentInput) -> bool:
    """True when the agent has typed or chosen something; a picked caller alone is not a draft."""
    return bool(
        inp.category
        or inp.severity
        or inp.mood_start
        or inp.mood_end
        or inp.summary.strip()
        or inp.notes.strip()
        or inp.root_cause
        or inp.resolution
        or inp.compensation.strip()
        or inp.escalated
        or inp.outcome
    )


class DraftKeeper(QObject):
    state_changed = Signal(str)  # for the status bar: saved when, or why not
    found = Signal(object)  # IncidentInput left unfinished last time

    def __init__(self, runner: Runner, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._path = path
        self._pending: IncidentInput | None = None
        self._offer_open = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_now)

    def _store(self) -> DraftStore:
        from agent_console.store.drafts import DraftStore  # imports SQLAlchemy: worker only

        return DraftStore(self._path)

    def look_for_draft(self) -> None:
        self._runner.run(lambda: self._store().load(), self._on_loaded)

    def _on_loaded(self, data: dict[str, Any] | None) -> None:
        if not data:
            return
        try:
            inp = IncidentInput.from_json(data)
        except (TypeError, ValueError) as exc:
            log.warning("ignored a draft that does not fit the form: %s", exc)
            return
        if worth_keeping(inp):
            # Until the agent answers, a blank form must not remove the file.
            self._offer_open = True
            self.found.emit(inp)

    def offer_answered(self) -> None:
        self._offer_open = False

    def schedule(self, inp: IncidentInput) -> None:
        self._pending = inp
        self._timer.start()

    def flush(self) -> None:
        """Save now what is waiting for the pause in typing (before the window closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_now()

    def _save_now(self) -> None:
        inp, self._pending = self._pending, None
        if inp is None:
            return
        if worth_keeping(inp):
            data = inp.to_json()
            self._runner.run(lambda: self._store().save(data), self._on_saved, self._on_failed)
        elif not self._offer_open:
            self._runner.run(lambda: self._store().clear(), None, self._on_failed)

    def clear(self) -> None:
        """Forget the draft: the incident was submitted, or the agent discarded it."""
        self._timer.stop()
        self._pending = None
        self._runner.run(lambda: self._store().clear(), self._on_cleared, self._on_failed)

    def _on_saved(self, _: object) -> None:
        time = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
        self.state_changed.emit(self.tr("Draft saved at {0}").format(time))

    def _on_cleared(self, _: object) -> None:
        self.state_changed.emit(self.tr("No unsaved draft"))

    def _on_failed(self, exc: BaseException) -> None:
        self.state_changed.emit(self.tr("Draft NOT saved: {0}").format(user_message(exc)))
