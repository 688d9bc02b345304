"""Saving what the agent picks in Settings to their own config file, keeping everything else.

Only the lines of the keys being saved change: comments, other keys and IT's notes stay as
they were. The new text is checked before it replaces the old file, and the replacement is
atomic, so a failed save never leaves a half-written or unreadable file behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

from agent_console.config_schema import CONFIG_VERSION, KEYS_BY_NAME, ConfigValueError


class SettingsNotSaved(Exception):
    """The settings file could not be written; the message says why and what to do."""


def updated_text(text: str, values: Mapping[str, str | None]) -> str:
    """``text`` with each key in ``values`` set (or removed when None), other lines untouched."""
    lines = text.splitlines()
    for name, value in values.items():
        key = KEYS_BY_NAME[name]
        if value is not None:
            value = str(key.parse(value, True))  # the same checks as when the file is read
        pattern = re.compile(rf"\s*[\"']?{re.escape(name)}[\"']?\s*=")
        found = [i for i, line in enumerate(lines) if pattern.match(line)]
        for index in reversed(found[1:]):
            del lines[index]
        new_line = None if value is None else f'{name} = "{value}"'
        if found and new_line is None:
            del lines[found[0]]
        elif found and new_line is not None:
            lines[found[0]] = new_line
        elif new_line is not None:
            lines.append(new_line)
    if not any(re.match(r"\s*version\s*=", line) for line in lines):
        lines.insert(0, f"version = {CONFIG_VERSION}")
    return "\n".join(lines) + "\n"


def save_user_settings(path: Path, values: Mapping[str, str | None]) -> None:
    """Write ``values`` into the user's config file at ``path``; raises SettingsNotSaved."""
    import tomllib

    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsNotSaved(f"{path} cannot be read ({exc}); fix or remove it, then try again") from exc
    try:
        new = updated_text(old, values)
        tomllib.loads(new)
    except ConfigValueError as exc:
        raise SettingsNotSaved(str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsNotSaved(
            f"{path} has a mistake that is not ours to guess at ({exc}); "
            "fix or remove that line, then save again"
        ) from exc
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(new)
            os.replace(temp, path)
        except OSError:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise SettingsNotSaved(
            f"{path} could not be written ({exc.strerror or exc}); check the folder's "
            "permissions and free space"
        ) from exc
