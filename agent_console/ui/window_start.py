"""The first window's start: its frame on screen at once, the panes after its first paint,
then the database once the panes have painted.

The frame (menus, status bar, size, "Opening the database…") needs few imports; the panes
(and their imports: models, guidance, dashboards) are built right after the frame has painted,
and the database opens in the runner once they have painted, so neither competes with a paint.
A call event that arrives before the panes builds them there and then, as it did before.
"""

from __future__ import annotations

import logging

from agent_console.ui.main_window import MainWindow, when_painted
from agent_console.ui.single_instance import InstanceServer

log = logging.getLogger(__name__)


def start_in_stages(window: MainWindow, server: InstanceServer) -> None:
    """Show ``window`` (built with ``staged=True``) and finish it in the event loop."""
    started: list[bool] = []

    def start_once() -> None:
        if not started and window.isVisible():  # not once the agent has closed it
            started.append(True)
            window.start()

    def panes_built() -> None:
        window.call_pop.attach(server)
        window.search.focus_box()
        when_painted(window.search.box, start_once)
        log.info("window ready")

    def early_event(line: bytes) -> str | None:
        window.finish_building()
        if not window.is_ready:
            return "the console is closing."
        start_once()
        return window.call_pop.handle_line(line)

    server.set_handler(early_event)
    window.show()
    window.build_panes_after_paint(panes_built)
