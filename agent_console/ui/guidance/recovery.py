"""After a call that ended with a furious caller: the offer of a one-minute pause to breathe
and reset. A banner, never a dialog: dismissed with one click, and it never blocks the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QTimer

from agent_console.ui.widgets.banner import Banner
from agent_console.ui.widgets.banner_area import BannerArea

PAUSE_SECONDS = 60
# Box breathing, slowed on the way out: in 4, hold 4, out 6, rest 2.
_BREATH = (
    (4, str(QT_TRANSLATE_NOOP("RecoveryOffer", "Breathe in slowly…"))),
    (4, str(QT_TRANSLATE_NOOP("RecoveryOffer", "Hold…"))),
    (6, str(QT_TRANSLATE_NOOP("RecoveryOffer", "Breathe out, slowly…"))),
    (2, str(QT_TRANSLATE_NOOP("RecoveryOffer", "Rest…"))),
)


def breath_cue(elapsed: int) -> str:
    """The breathing cue (English source text) for a second of the pause."""
    second = elapsed % sum(length for length, _ in _BREATH)
    for length, cue in _BREATH:
        if second < length:
            return cue
        second -= length
    return _BREATH[-1][1]


class RecoveryOffer(QObject):
    def __init__(self, banners: BannerArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banners = banners
        self.banner: Banner | None = None
        self._elapsed = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def offer(self) -> None:
        self.close()
        banner = self.banner = self._banners.add(
            "info",
            self.tr(
                "That was a hard call. Before the next one, take a minute: breathe in for four, "
                "hold for four, out for six. It helps you stay calm for the next caller."
            ),
            "recoveryBanner",
        )
        banner.add_button("pause", self.tr("Take a 1-minute &pause"), self.start)
        banner.add_button("dismiss", self.tr("Not now"), self.close)
        banner.closed.connect(lambda: self._forget(banner))

    def start(self) -> None:
        if self.banner is None:
            return
        pause = self.banner.buttons.get("pause")
        if pause is not None:
            pause.hide()
        self._elapsed = 0
        self._show_cue()
        self._timer.start()

    def _tick(self) -> None:
        self._elapsed += 1
        if self._elapsed >= PAUSE_SECONDS:
            self._timer.stop()
            if self.banner is not None:
                self.banner.message.setText(self.tr("Pause over. Ready when you are."))
            return
        self._show_cue()

    def _show_cue(self) -> None:
        if self.banner is None:
            return
        left = QLocale().toString(PAUSE_SECONDS - self._elapsed)
        cue = QCoreApplication.translate("RecoveryOffer", breath_cue(self._elapsed))
        self.banner.message.setText(self.tr("{0}   ({1} s left)").format(cue, left))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def close(self) -> None:
        self._timer.stop()
        if self.banner is not None:
            self.banner.close_banner()

    def _forget(self, banner: Banner) -> None:
        if self.banner is banner:
            self.banner = None
            self._timer.stop()
