"""Bringing a team lead's window forward, and top-level layouts that never fight the platform."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QWidget


def bring_forward(window: QWidget) -> None:
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
        window.raise_()
    window.activateWindow()


def free_size(layout: QLayout) -> None:
    """Size hints change as content arrives; a platform that cannot take new ones only warns."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
