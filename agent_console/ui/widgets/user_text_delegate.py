"""Item painting for what people typed: its own text direction, and long notes wrapped in full."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from agent_console.ui.formatting import ui_side_alignment
from agent_console.ui.models.roles import USER_TEXT_ROLE, WRAPPED_ROLE
from agent_console.ui.text_direction import content_direction

AnyIndex = QModelIndex | QPersistentModelIndex
_CACHE_LIMIT = 512


def wrapped_height(text: str, font: QFont, width: int, direction: Qt.LayoutDirection) -> int:
    """The height ``text`` takes when the style wraps it into ``width`` pixels."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        height += line.height()
    layout.endLayout()
    return int(height + 0.999)


class UserTextDelegate(QStyledItemDelegate):
    def __init__(
        self, view: QAbstractItemView, parent: QObject | None = None, *, one_line: bool = False
    ) -> None:
        """``one_line``: every row that is not a wrapped paragraph is one line tall, so its
        size is known without asking the model for all its roles (a long history's rows).
        """
        super().__init__(parent or view)
        self._view = view
        self._one_line = one_line
        self._heights: dict[tuple[int, int, int, str], int] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(WRAPPED_ROLE):
            # A paragraph: its own direction decides both the order and the side it starts on.
            option.direction = content_direction(option.text, option.direction)
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        elif index.data(USER_TEXT_ROLE):
            # A short value (a name): its own order, but lined up with its column.
            option.direction = content_direction(option.text, option.direction)
            option.displayAlignment = ui_side_alignment()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if not index.data(WRAPPED_ROLE):
            if self._one_line:
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                width = option.fontMetrics.horizontalAdvance(shown) + 12 if shown else 0
                return QSize(width, self._line_height(option))
            size = super().sizeHint(option, index)
            size.setHeight(max(size.height(), self._line_height(option)))
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text: str = opt.text
        margin = (
            self._view.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view
            )
            + 1
        )
        width = self._text_width(index) - 2 * margin
        font: QFont = opt.font
        key = (hash(text), len(text), width, font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            direction: Qt.LayoutDirection = opt.direction
            height = self._heights[key] = wrapped_height(text, font, width, direction)
        return QSize(width, height + 2 * margin)

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        """One line tall enough for Latin, Arabic-script and Cyrillic text alike.

        Arabic-script glyphs come from a taller fallback font; without this, rows holding a
        Persian name stand taller than their neighbours.
        """
        font: QFont = option.font
        key = (0, 0, -1, font.key())
        if key not in self._heights:
            sample = QStyleOptionViewItem(option)
            sample.text = "Ag حداد Дж"
            sample.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            style = self._view.style()
            self._heights[key] = style.sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, sample, QSize(), self._view
            ).height()
        return self._heights[key]

    def _text_width(self, index: AnyIndex) -> int:
        """The width a first-column-spanned row gets: the viewport less the tree's indentation."""
        width = self._view.viewport().width()
        if isinstance(self._view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            if self._view.rootIsDecorated():
                depth += 1
            width -= depth * self._view.indentation()
        return width
