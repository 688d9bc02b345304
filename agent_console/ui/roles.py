"""Roles as people call them, in the interface language; which roles see which tools."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LEAD_ROLES = frozenset({"lead", "admin"})


def role_name(role: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "agent": translate("Roles", "agent"),
        "lead": translate("Roles", "team lead"),
        "admin": translate("Roles", "admin"),
    }
    return names.get(role, role)
