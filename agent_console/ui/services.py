"""What the window and its panes are given: the options, the runner, the changes hub, the data.

Built once by ``run_gui`` (or by a test, with a ``SyncRunner``) and passed down through
constructors: there are no globals to reach for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from agent_console.core.options import AppOptions
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.draft_keeper import DraftKeeper
from agent_console.ui.runner import Runner


@dataclass(frozen=True)
class ConsoleServices:
    options: AppOptions
    runner: Runner
    hub: ChangesHub
    data: DataAccess
    drafts: DraftKeeper
    # What time it is, for follow-up due times and alerts; tests hand in a clock they move.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # How dates and numbers read (language, calendar, digits), from the settings.
    formats: DisplayFormat = field(default_factory=DisplayFormat)


def build_services(options: AppOptions, runner: Runner) -> ConsoleServices:
    return ConsoleServices(
        options=options,
        runner=runner,
        hub=ChangesHub(),
        data=DataAccess(options, runner),
        drafts=DraftKeeper(runner, options.draft_path),
        formats=display_format_for(options),
    )


def display_format_for(options: AppOptions) -> DisplayFormat:
    """The formats of the installed interface language (``QLocale``'s default by now)."""
    from PySide6.QtCore import QLocale

    language = options.lang or QLocale().name().split("_")[0]
    return DisplayFormat(language, calendar=options.calendar, digits=options.digits)
