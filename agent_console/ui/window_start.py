"""The first window's start: its frame on screen at once, everything else after its paint.

Before the paint: the frame (menus, status bar, size, "Opening the database…"), which needs
few imports. Right after it: this console claims its address for call events (a second
console that raced this one to start hands over and closes), watches for the signals that
end a session, lets the log file rotate, then builds the panes (with their imports, the runner and the services). The
database opens in the runner once the search box has painted, so nothing competes with a
paint. The start of a console that finds another already running ends before any window
(``cli``); the claim here only settles two that start at the same moment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.ui.main_window import MainWindow, when_painted

if TYPE_CHECKING:
    from agent_console.ui.single_instance import InstanceServer
    from agent_console.ui.termination import TerminationWatch

log = logging.getLogger(__name__)


class StagedStart:
    """Shows a window built with ``staged=True`` and finishes it in the event loop."""

    def __init__(self, window: MainWindow, data_dir: Path, close: Callable[[], None]) -> None:
        """``close`` ends the session the normal way (on SIGTERM or SIGINT)."""
        self.window = window
        self.server: InstanceServer | None = None
        self._data_dir = data_dir
        self._close = close
        self._watch: TerminationWatch | None = None

    def begin(self) -> None:
        self.window.show()
        when_painted(self.window, self._after_frame)

    def end(self) -> None:
        """After the event loop: the signal handlers as they were before."""
        if self._watch is not None:
            self._watch.restore()
            self._watch = None

    def _after_frame(self) -> None:
        window = self.window
        if not window.isVisible():  # closed already (the session is ending)
            return
        from agent_console.applog import rotate_from_now
        from agent_console.ui.single_instance import claim_instance
        from agent_console.ui.termination import TerminationWatch

        self.server = claim_instance(self._data_dir, window)
        if self.server is None:  # another console started at the same moment; it came forward
            window.close()
            return
        self._watch = TerminationWatch(self._close)
        rotate_from_now()  # the log was a plain file until the frame was up (cli)
        window.finish_building()
        window.call_pop.attach(self.server)
        window.search.focus_box()
        when_painted(window.search.box, self._start_work)
        log.info("window ready")

    def _start_work(self) -> None:
        if self.window.isVisible():  # not once the agent has closed it
            self.window.start()
