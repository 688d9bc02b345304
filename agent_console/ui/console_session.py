"""The window the agent works in, rebuilt when they change language or date settings.

Every label and every mirrored layout is made when the window is built, so a new language
gets a new window rather than a half-retranslated one. What the agent was doing goes across:
the incident being typed (with its checklist and call times), the caller, waiting calls,
the phone system's connection, the signed-in database (nobody signs in again) and the window's
place on screen. The old window saves the draft as it closes, as Ctrl+Q does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from agent_console.ui.main_window import MainWindow

if TYPE_CHECKING:
    from agent_console.core.options import AppOptions
    from agent_console.ui.runner import Runner, WindowRunner
    from agent_console.ui.services import ConsoleServices
    from agent_console.ui.settings_dialog import DisplayChoice, SettingsDialog

log = logging.getLogger(__name__)


class ConsoleSession(QObject):
    window_replaced = Signal(object)  # the new MainWindow

    def __init__(
        self,
        app: QApplication,
        options: AppOptions,
        new_runner: Callable[[], WindowRunner],
        settings_path: Path | None,
        services_for: Callable[[AppOptions, Runner], ConsoleServices] | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """``new_runner`` makes each window's runner: a window's operations end with it.

        ``staged``: the first window is only its frame until ``finish_building`` (see
        MainWindow); its runner and services are made with its panes, after the frame's paint.
        """
        super().__init__(app)
        self._app = app
        self.options = options
        self._new_runner = new_runner
        self._runner: WindowRunner | None = None
        self._retired: list[WindowRunner] = []
        self._settings_path = settings_path
        self._services_for = services_for
        # The language's translators (the application's QTranslator children), looked up at the
        # first switch: finding them now would cost the first window's start ~10 ms of Qt enums.
        self._installed: list[QTranslator] | None = None
        self.window = self._build(staged=staged)

    @property
    def runner(self) -> WindowRunner:
        """The current window's runner, made when it is first needed."""
        if self._runner is None:
            self._runner = self._new_runner()
        return self._runner

    def _services(self) -> ConsoleServices:
        if self._services_for is None:
            from agent_console.ui.services import build_services

            self._services_for = build_services
        return self._services_for(self.options, self.runner)

    def _build(self, *, staged: bool = False) -> MainWindow:
        window = MainWindow(self._services if staged else self._services(), staged=staged)
        window.settings_requested.connect(self.open_settings)
        return window

    def current_choice(self) -> DisplayChoice:
        from agent_console.ui.settings_dialog import DisplayChoice

        return DisplayChoice(self.options.lang, self.options.calendar, self.options.digits)

    def open_settings(self) -> SettingsDialog:
        from agent_console.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.current_choice(), self.window)
        dialog.accepted.connect(lambda: self.apply(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply(self, choice: DisplayChoice) -> None:
        """Save ``choice`` for next time and rebuild the window with it, keeping the work."""
        import shiboken6

        from agent_console.ui import i18n
        from agent_console.ui.data_access import Handover

        problem = self._save(choice)
        if choice == self.current_choice():
            return
        old = self.window
        typed, caller = old.form.to_input(), old.card.caller
        # Those still alive: a translator removed elsewhere (a test, a plugin) may be gone.
        if self._installed is None:
            self._installed = list(self._app.findChildren(QTranslator))
        installed = [t for t in self._installed if shiboken6.isValid(t)]
        self._installed = i18n.switch_language(self._app, choice.language, installed)
        self.options = replace(
            self.options, lang=choice.lang, calendar=choice.calendar, digits=choice.digits
        )
        # The signed-in database goes to the new window's runner once the old window's runner
        # has finished its work; that runner then delivers nothing more (its widgets go away).
        old_runner, handover = self.runner, Handover()
        old.services.data.give_away(handover)
        self._runner = self._new_runner()
        new = self._build()
        new.restoreGeometry(old.saveGeometry())
        new.call_pop.take_over(old.call_pop)
        new.show()  # before the old one closes, or the application would quit
        self.window = new
        old.close()  # saves the draft; there is no database left for it to close
        old_runner.run(handover.ready.set)
        old_runner.stop_soon()
        self._retired.append(old_runner)
        new.services.data.adopt(handover)  # its first operation: waits for the old runner
        old.deleteLater()
        new.call_pop.start()
        new.form.load_input(typed)
        if caller is not None:
            new.choose_caller(caller, keep_form=True)
        if problem:
            new.banners.add("error", problem, "settingsNotSaved")
        log.info("window rebuilt for language %s", choice.language)
        self.window_replaced.emit(new)

    def _save(self, choice: DisplayChoice) -> str:
        """Write ``choice`` to the user's config file; what went wrong, or ""."""
        if self._settings_path is None:
            return ""
        from agent_console.user_settings import SettingsNotSaved, save_user_settings

        try:
            save_user_settings(
                self._settings_path,
                {"lang": choice.lang, "calendar": choice.calendar, "digits": choice.digits},
            )
        except SettingsNotSaved as exc:
            log.warning("settings not saved: %s", exc)
            return QCoreApplication.translate(
                "ConsoleSession", "The settings apply now but were not saved for next time: {0}"
            ).format(str(exc))
        return ""

    def shutdown(self) -> None:
        """At exit: finish every runner's work (the last draft save, closing the database)."""
        for runner in (*self._retired, *filter(None, [self._runner])):
            runner.shutdown()
        self._retired.clear()
