"""The main window, laid out for the call: find the caller, read their history, log the incident.

Left: search, the caller card and the history (with precedents beside it in a tab). Centre:
the incident form. Docks: Checklist, Phrasing, Follow-ups. The window only wires panes to
each other through their signals; each pane does its own work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QMainWindow, QMenu, QWidget

from agent_console.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from agent_console.store.records import AgentRef, CallerSummary, IncidentRow
    from agent_console.ui.services import ConsoleServices

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    settings_requested = Signal()  # the agent asked for Settings (language, dates, digits)
    ready = Signal()  # the panes are built: the search box takes typing

    def __init__(
        self,
        services: ConsoleServices | Callable[[], ConsoleServices],
        parent: QWidget | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """The whole window; with ``staged`` only its frame (menus, status bar, geometry) for
        now, and the panes when ``finish_building`` is called, so it is on screen at once.

        ``services`` may be a function that makes them: a staged window calls it with its
        panes, so neither their imports nor the runner's thread delay the frame's paint."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Agent Console"))
        self._services = None if callable(services) else services
        self._make_services = services if callable(services) else None
        self.is_ready = False
        self._closing = False
        self._frame_menus: list[QMenu] = []
        self.status_line = StatusLine(self)
        self.setStatusBar(self.status_line)
        self.resize(1400, 860)
        # Size hints change as content arrives; on a platform that cannot take new size
        # hints (offscreen) letting the layout push them would only warn.
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        if not staged:
            self.build_panes()
            return
        # The menus' titles now (their items come with the panes), and a word on what is happening.
        self._frame_menus = [
            self.menuBar().addMenu(title)
            for title in (
                self.tr("&Call"),
                self.tr("&View"),
                self.tr("&Guidance"),
                self.tr("&Help"),
            )
        ]
        # The status bar's own words (and their translations), in the middle of the window.
        # (Centred by stretches: Qt's namespace of enums takes ~20 ms to load, after the paint.)
        placeholder = QWidget(self)
        row = QHBoxLayout(placeholder)
        opening = QLabel(QCoreApplication.translate("StatusLine", "Opening the database…"))
        opening.setObjectName("openingPlaceholder")
        row.addStretch(1)
        row.addWidget(opening)
        row.addStretch(1)
        self.setCentralWidget(placeholder)

    @property
    def services(self) -> ConsoleServices:
        """What the panes work with; made at first use when given as a function."""
        if self._services is None:
            assert self._make_services is not None
            self._services = self._make_services()
        return self._services

    def finish_building(self) -> None:
        """The panes of a staged window, unless they are built or the window is closing."""
        if self.is_ready or self._closing:
            return
        self.build_panes()

    def build_panes(self) -> None:
        """Everything the agent works with: search, card, history, form, docks and menus."""
        # Not at the top of the module: the frame is painted before Qt's namespace (and these
        # widget classes, which PySide makes at first use) are loaded.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTabWidget

        from agent_console.ui.account_menu import install_account_tools
        from agent_console.ui.call_pop import CallPop
        from agent_console.ui.dashboard.lead_reports import LeadReports
        from agent_console.ui.docks import build_docks
        from agent_console.ui.draft_offer import DraftOffer
        from agent_console.ui.follow_ups.tools import FollowUpTools
        from agent_console.ui.form.incident_form import IncidentForm
        from agent_console.ui.form.incident_submit import IncidentSubmitter
        from agent_console.ui.guidance.controller import GuidanceController
        from agent_console.ui.main_actions import install_actions
        from agent_console.ui.sync_bridge import SyncBridge
        from agent_console.ui.widgets.banner_area import BannerArea
        from agent_console.ui.widgets.caller_card import CallerCard
        from agent_console.ui.widgets.caller_search import CallerSearch
        from agent_console.ui.widgets.follow_ups_pane import FollowUpsPane
        from agent_console.ui.widgets.history_pane import HistoryPane
        from agent_console.ui.widgets.precedents_pane import PrecedentsPane

        services = self.services
        for menu in self._frame_menus:
            self.menuBar().removeAction(menu.menuAction())
            menu.deleteLater()
        data, hub, region = services.data, services.hub, services.options.region
        formats = services.formats
        self.search = CallerSearch(data, self)
        self.card = CallerCard(region, self, formats, services.clock)
        self.history = HistoryPane(data, hub, self, formats)
        self.precedents = PrecedentsPane(data, hub, self, formats)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.history, self.tr("History  (Ctrl+H)"))
        self.tabs.addTab(self.precedents, self.tr("Precedents  (Ctrl+Shift+P)"))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form = IncidentForm(region, self, services.formats)
        self.submitter = IncidentSubmitter(self.form, data, hub, services.drafts, self)
        self.follow_ups = FollowUpsPane(data, hub, self, formats)
        self.banners = BannerArea(self)
        self.draft_offer = DraftOffer(
            self.banners, services.drafts, self.form, data, self, services.formats
        )
        self.guidance = GuidanceController(services, self.form, self.submitter, self.banners, self)
        self.sync = SyncBridge(services.data, services.hub, self)
        self.sync.status_changed.connect(
            lambda st: self.status_line.show_sync(st.online, st.waiting, st.held, st.last_error)
        )
        self.follow_up_tools = FollowUpTools(self)
        self.lead_reports = LeadReports(self)  # KPI dashboard and CSV import
        self.docks = build_docks(
            self,
            self.guidance.checklist_pane,
            self.guidance.phrasing_pane,
            self.follow_up_tools.dock_column(self.follow_ups),
        )
        self.call_pop = CallPop(self)
        self._build_central()
        self.actions_by_name = install_actions(self)
        self.account = install_account_tools(self)  # sign-in, Switch user…, Admin menu
        self._connect()
        self._set_focus_order()
        self.is_ready = True
        self.ready.emit()

    def _build_central(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.card)
        left_layout.addWidget(self.tabs, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.follow_up_tools.form_column(scroll))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([560, 460])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banners)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        services = self.services
        services.data.opened.connect(self._on_opened)
        services.data.failed.connect(self._on_open_failed)
        services.runner.failed.connect(self.banners.show_error)
        self.draft_offer.caller_restored.connect(lambda c: self.choose_caller(c, keep_form=True))
        services.drafts.state_changed.connect(self.status_line.show_draft)
        self.search.caller_chosen.connect(self.choose_caller)
        self.search.new_caller_requested.connect(self.open_new_caller)
        self.history.incident_selected.connect(self._update_precedents_category)
        self.form.category_changed.connect(self._update_precedents_category)
        self.form.changed.connect(lambda: services.drafts.schedule(self.form.to_input()))
        self.form.caller_missing.connect(self.search.focus_box)
        self.submitter.submitted.connect(self._on_submitted)

    def _set_focus_order(self) -> None:
        chain = [
            *self.search.focus_chain(),
            self.history.view,
            self.precedents.view,
            *self.form.focus_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- start -----------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database and look for an unfinished draft, both in the runner."""
        self.services.data.open()
        self.services.drafts.look_for_draft()
        self.call_pop.start()

    def _on_opened(self, agent: AgentRef) -> None:
        from agent_console.ui.account_menu import show_signed_in

        show_signed_in(self, agent)
        self.status_line.show_database(self.services.data.display_url)

    def _on_open_failed(self, problem: str) -> None:
        self.status_line.show_database(self.tr("not open"))
        self.form.submit_button.setEnabled(False)
        self.form.submit_button.setToolTip(problem)
        self.banners.add(
            "error",
            self.tr(
                "The database could not be opened. {0} Until this is fixed nothing can be "
                "looked up or saved; you can keep typing."
            ).format(problem),
            "startupBanner",
        )

    # -- the call ----------------------------------------------------------------------------
    def choose_caller(self, caller: CallerSummary, *, keep_form: bool = False) -> None:
        log.info("caller %s picked", caller.id)
        self.card.show_caller(caller)
        self.history.show_caller(caller.id)
        self.follow_ups.model.caller_zone = self.card.zone
        self.follow_ups.show_caller(caller.id)
        self.precedents.set_caller(caller.id)
        if not keep_form:
            self.form.set_caller(caller)
            self.form.restart_clock()
        self.tabs.setCurrentWidget(self.history)
        self.history.focus_view()

    def open_new_caller(self, typed: str | None = None) -> None:
        from PySide6.QtCore import Qt

        from agent_console.ui.new_caller_dialog import NewCallerDialog  # loads phonenumbers

        text = self.search.box.text() if typed is None else typed
        dialog = NewCallerDialog(self.services.data, self.services.hub, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self.choose_caller)
        dialog.open()

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.focus_view()

    def show_precedents(self) -> None:
        self.tabs.setCurrentWidget(self.precedents)
        self.precedents.focus_view()

    def focus_form(self) -> None:
        from PySide6.QtCore import Qt

        self.form.category.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_precedents_category(self, *_: object) -> None:
        incident = self.history.selected_incident()
        category = self.form.category.code() or (incident.category if incident else "")
        self.precedents.set_category(category)

    def _on_submitted(self, row: IncidentRow) -> None:
        self.status_line.showMessage(self.tr("Incident saved: {0}").format(row.summary), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if self._services is not None:  # a frame closed before its panes has nothing to save
            self._services.drafts.flush()
            self._services.data.close()
        super().closeEvent(event)


def when_painted(widget: QWidget, then: Callable[[], None], at_the_latest_ms: int = 300) -> None:
    """``then`` once ``widget`` has painted (or after ``at_the_latest_ms``, if it is not)."""
    waiter = _FirstPaint(widget, then)
    QTimer.singleShot(at_the_latest_ms, waiter.fire)


class _FirstPaint(QObject):
    """Calls ``then`` once: after the window's first paint, or when ``fire`` is called."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self.fire)  # once this paint has reached the screen
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            parent = self.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(self)
            then()
