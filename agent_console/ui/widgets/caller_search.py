"""Finding the caller as the agent types: number (any digits), name or account, one box.

Each pause in typing (150 ms) starts one lookup in the runner; an answer to an older
lookup is dropped. Enter picks the first match, Up/Down move into the list; Esc (an
action of the window) clears the box. A phone number that matches nobody offers
"New caller with <number>".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.store.records import CallerSummary
from agent_console.ui.data_access import DataAccess
from agent_console.ui.failures import user_message
from agent_console.ui.models.caller_results import CallerResultsModel
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

SEARCH_DELAY_MS = 150
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CallerSearch(QWidget):
    caller_chosen = Signal(object)  # CallerSummary
    new_caller_requested = Signal(str)  # what was typed: a number or a name

    def __init__(self, data: DataAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._request = 0
        self._answered = 0
        self._pick_when_answered = False
        self.model = CallerResultsModel(data.options.region, self)
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Phone number, name or account  (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Find caller"))
        self.box.installEventFilter(self)
        self.offer = QPushButton(self)
        self.offer.setObjectName("newCallerOffer")
        self.offer.hide()
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(UserTextDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(self.tr("Matching callers"))
        self.results.installEventFilter(self)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.offer)
        layout.addWidget(self.results)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)
        self.box.textChanged.connect(self._on_text_changed)
        self.results.activated.connect(self._on_activated)
        self.offer.clicked.connect(lambda: self.new_caller_requested.emit(self.box.text().strip()))

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_chain(self) -> list[QWidget]:
        return [self.box, self.offer, self.results]

    # -- searching -----------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._pick_when_answered = False
        self._timer.start()

    def _search_now(self) -> None:
        self._request += 1
        request, query = self._request, self.box.text().strip()
        if not query:
            self._show([], request, query)
            return
        self._data.find_callers(
            query,
            lambda found: self._show(found, request, query),
            lambda e: self._failed(e, request),
        )

    def _show(self, found: list[CallerSummary], request: int, query: str) -> None:
        if request != self._request:
            return  # the agent has typed more since
        self._answered = request
        self.model.set_callers(found)
        self._fit_results()
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))
        from agent_console.core.phone import looks_like_phone  # phonenumbers: not at start-up

        offer = bool(query) and not found and looks_like_phone(query)
        self.offer.setText(self.tr("New caller with {0}  (Ctrl+N)").format(query))
        self.offer.setVisible(offer)
        if query and not found:
            self.status.setText(self.tr("No caller matches “{0}”.").format(query))
        self.status.setVisible(bool(query) and not found)
        if self._pick_when_answered:
            self._pick_when_answered = False
            self._pick(0)

    def _fit_results(self) -> None:
        """As tall as the matches, up to six rows; more scroll."""
        rows = min(max(self.model.rowCount(), 1), 6)
        row_height = max(self.results.sizeHintForRow(0), self.results.fontMetrics().height() + 4)
        self.results.setFixedHeight(rows * row_height + 2 * self.results.frameWidth())

    def _failed(self, exc: BaseException, request: int) -> None:
        if request == self._request:
            self.status.setText(self.tr("The search failed: {0}").format(user_message(exc)))
            self.status.show()

    # -- choosing ------------------------------------------------------------------------
    def _pick(self, row: int) -> None:
        caller = self.model.caller(row)
        if caller is not None:
            self.results.setCurrentIndex(self.model.index(row, 0))
            self.caller_chosen.emit(caller)

    def _on_activated(self, index: QModelIndex) -> None:
        self._pick(index.row())

    def _on_enter_in_box(self) -> None:
        if self._timer.isActive():
            # Enter came before the pause in typing: look up now and pick when it answers.
            self._timer.stop()
            self._pick_when_answered = True
            self._search_now()
        elif self._answered != self._request:
            self._pick_when_answered = True  # the lookup is on its way
        elif self.model.rowCount():
            self._pick(0)
        elif self.offer.isVisible():
            self.offer.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.box:
            if key in _ENTER_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._on_enter_in_box()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = 0 if key == Qt.Key.Key_Down else self.model.rowCount() - 1
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        elif watched is self.results:
            if key in _ENTER_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._pick(self.results.currentIndex().row())
                return True
            if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
