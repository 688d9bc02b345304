"""The Qt binding must not leak references to Python's singletons.

PySide6 6.12.0 under Python 3.11 dropped a reference to ``True`` on every signal emit (and to
``None`` on many calls); after a few hundred emits the interpreter aborts. The dependency
pin keeps such a release out; this test fails if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QStringListModel, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_signal_emits_keep_true_and_none_alive() -> None:
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)
    model = QStringListModel(["a"])
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(500):
        emitter.fired.emit(i)
        model.data(model.index(5, 0))  # an invalid index: the binding returns None
    assert len(seen) == 500
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5
