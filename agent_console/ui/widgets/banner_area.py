"""The strip of banners above the panes: startup problems, the draft offer, unreported failures."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from agent_console.ui.widgets.banner import Banner


class BannerArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.error: Banner | None = None  # the one banner for failures nobody else reported

    def add(self, kind: str, message: str, name: str = "") -> Banner:
        banner = Banner(kind, message, self)
        if name:
            banner.setObjectName(name)
        self._layout.addWidget(banner)
        banner.show()  # now, not when the layout gets round to it
        return banner

    def show_error(self, message: str) -> None:
        """One dismissable banner, replaced by the next failure."""
        if self.error is not None:
            self.error.close_banner()
        banner = self.error = self.add("error", message)
        banner.add_dismiss()
        banner.closed.connect(lambda: self._forget(banner))

    def _forget(self, banner: Banner) -> None:
        if self.error is banner:
            self.error = None
