"""When a lazy view really needs its next page: it is on screen and scrolled near its end.

Qt views also ask for more on their own while a layout is pending (after a reset, on a
resize), which would read page after page of a long history nobody scrolled to. The models
ask this first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView


def wants_more_rows(view: QAbstractItemView) -> bool:
    if not view.isVisible():
        return False
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    row_height = view.fontMetrics().height() + 6
    if rows * row_height < view.viewport().height():
        return True  # the rows so far do not even fill the view
    bar = view.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() >= bar.maximum() - bar.pageStep()
