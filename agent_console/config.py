"""Settings for mass deployment, in layers: machine file < user file < environment < options.

Each file is ``config.toml`` (TOML with a ``version`` key) in a folder from platformdirs:

========  ====================================================  =====================================================
OS        machine-wide (IT), ``site_config_dir``                per user, ``user_config_dir``
========  ====================================================  =====================================================
Linux     ``/etc/xdg/agent-console/`` (first of $XDG_CONFIG_DIRS) ``~/.config/agent-console/`` ($XDG_CONFIG_HOME)
macOS     ``/Library/Application Support/agent-console/``      ``~/Library/Application Support/agent-console/``
Windows   ``C:\\ProgramData\\agent-console\\``                   ``%LOCALAPPDATA%\\agent-console\\``
========  ====================================================  =====================================================

``AGENT_CONSOLE_CONFIG_DIRS`` replaces both folders: ``MACHINE_DIR`` or ``MACHINE_DIR<pathsep>USER_DIR``.
A file that cannot be read as a whole (bad TOML, unknown key, wrong type) is ignored with a
warning naming its path, line and key; the console still starts. A password in a file's
``db`` URL is removed, never used: passwords come from the keyring or are typed at sign-in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_console.config_schema import (
    CONFIG_VERSION,
    KEYS,
    KEYS_BY_NAME,
    ConfigValueError,
    defaults,
    upgrade,
)
from agent_console.core.options import AppOptions
from agent_console.redact import mask_url, strip_password, url_has_password

FILE_NAME = "config.toml"
ENV_CONFIG_DIRS = "AGENT_CONSOLE_CONFIG_DIRS"


@dataclass(frozen=True)
class Problem:
    """Something wrong in one layer: where (file or variable), line and key when known."""

    where: str
    message: str
    line: int | None = None
    key: str | None = None
    file_ignored: bool = False  # the whole file was left out

    def __str__(self) -> str:
        place = self.where + (f", line {self.line}" if self.line else "")
        place += f", key '{self.key}'" if self.key else ""
        tail = "; the whole file was ignored" if self.file_ignored else ""
        return f"{place}: {self.message}{tail}"


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str


@dataclass(frozen=True)
class ConfigFile:
    role: str  # "machine" or "user"
    path: Path
    status: str  # "absent", "used" or "ignored"


@dataclass(frozen=True)
class ConfigPaths:
    machine: Path | None
    user: Path | None


@dataclass(frozen=True)
class Config:
    """The effective settings, each with the layer it came from, and what went wrong."""

    settings: Mapping[str, Setting]
    files: tuple[ConfigFile, ...] = ()
    problems: tuple[Problem, ...] = ()

    def value(self, name: str) -> Any:
        return self.settings[name].value

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, value as shown, source) for every key; passwords masked."""
        rows = []
        for key in KEYS:
            setting = self.settings[key.name]
            shown = "(not set)" if setting.value is None else str(setting.value)
            rows.append((key.name, mask_url(shown) if key.name == "db" else shown, setting.source))
        return rows

    def app_options(self, *, demo: bool = False) -> AppOptions:
        return AppOptions(
            data_dir=self.value("data_dir"), db_url=self.value("db"), demo=demo,
            lang=self.value("lang"), region=self.value("region"),
            calendar=self.value("calendar"), digits=self.value("digits"),
        )


def config_paths(environ: Mapping[str, str] | None = None) -> ConfigPaths:
    """Where the machine and user files are; ``AGENT_CONSOLE_CONFIG_DIRS`` overrides both."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_CONFIG_DIRS)
    if override:
        dirs = [Path(p) for p in override.split(os.pathsep)]
        user = dirs[1] / FILE_NAME if len(dirs) > 1 and str(dirs[1]) else None
        return ConfigPaths(dirs[0] / FILE_NAME, user)
    import platformdirs

    return ConfigPaths(
        Path(platformdirs.site_config_dir("agent-console", appauthor=False)) / FILE_NAME,
        Path(platformdirs.user_config_dir("agent-console", appauthor=False)) / FILE_NAME,
    )


def options_from_args(args: object) -> dict[str, Any]:
    """The settings given on the command line (argparse dests match the key names)."""
    return {key.name: getattr(args, key.name, None) for key in KEYS}


def load_config(
    paths: ConfigPaths | None = None,
    environ: Mapping[str, str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> Config:
    """The layered settings. ``options`` maps key names to command-line values (None: not given)."""
    env = os.environ if environ is None else environ
    paths = config_paths(env) if paths is None else paths
    settings = {name: Setting(v, src) for name, (v, src) in defaults(env).items()}
    files: list[ConfigFile] = []
    problems: list[Problem] = []
    for role, path in (("machine", paths.machine), ("user", paths.user)):
        if path is None:
            continue
        values, found, status = read_file(path)
        files.append(ConfigFile(role, path, status))
        problems.extend(found)
        settings.update({k: Setting(v, f"{role} file {path}") for k, v in values.items()})
    for key in KEYS:
        raw = env.get(key.env)
        if raw:
            try:
                settings[key.name] = Setting(key.parse(raw, False), f"environment {key.env}")
            except ConfigValueError as exc:
                problems.append(Problem(f"environment variable {key.env}", f"{exc}; not used"))
    for name, raw in (options or {}).items():
        if raw is not None:
            key = KEYS_BY_NAME[name]
            try:
                settings[name] = Setting(key.parse(raw, False), f"option {key.option}")
            except ConfigValueError as exc:
                raise ConfigValueError(f"{key.option}: {exc}") from exc
    return Config(settings, tuple(files), tuple(problems))


def read_file(path: Path) -> tuple[dict[str, Any], list[Problem], str]:
    """The typed values in one file, its problems and status. A bad file gives no values."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, [], "absent"
    except OSError as exc:
        return {}, [Problem(where, f"cannot be read ({exc.strerror or exc})", file_ignored=True)], "ignored"
    import tomllib  # only when there is a file to read

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return {}, [Problem(where, "is not UTF-8 text", file_ignored=True)], "ignored"
    except tomllib.TOMLDecodeError as exc:
        line, key = _error_place(text, str(exc))
        reason = re.sub(r"\s*\(at .*\)$", "", str(exc))
        if line and re.search(r"=\s*[^\s\"'\[{0-9+\-]", text.splitlines()[line - 1]):
            reason += '; text must be in quotes, as in lang = "fa"'
        return {}, [Problem(where, f"is not valid TOML ({reason})", line, key, True)], "ignored"
    values, problems = _typed(data, text, where)
    if any(p.file_ignored for p in problems):
        return {}, problems, "ignored"
    return values, problems, "used"


def _typed(data: dict[str, Any], text: str, where: str) -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []

    def bad(key: str, message: str) -> None:
        problems.append(Problem(where, message, _line_of_key(text, key), key, True))

    version = data.pop("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        bad("version", "must be a whole number such as 1")
        return {}, problems
    if version > CONFIG_VERSION:
        bad("version", f"was written for a newer Agent Console (version {version}; "
            f"this one reads up to {CONFIG_VERSION})")
        return {}, problems
    values: dict[str, Any] = {}
    for name, raw in upgrade(data, version).items():
        key = KEYS_BY_NAME.get(name)
        if key is None:
            bad(name, f"is not a setting (known: version, {', '.join(KEYS_BY_NAME)})")
            continue
        if name == "db" and isinstance(raw, str) and url_has_password(raw):
            raw = strip_password(raw)
            problems.append(Problem(
                where, "holds a password, which was removed and not used: a password never goes in "
                "a file; it comes from the OS keyring or is typed at sign-in",
                _line_of_key(text, name), name,
            ))
        try:
            values[name] = key.parse(raw, True)
        except ConfigValueError as exc:
            bad(name, str(exc))
    return values, problems


def _error_place(text: str, message: str) -> tuple[int | None, str | None]:
    """The line a TOML error is on and the key being read there (or last, at the end)."""
    lines = text.splitlines()
    match = re.search(r"at line (\d+)", message)
    if match:
        line = int(match.group(1))
        found = re.match(r"\s*[\"']?([A-Za-z0-9_.\-]+)", lines[line - 1]) if line <= len(lines) else None
        return line, found.group(1) if found else None
    # "at end of document": an unfinished value; name the last key that was started.
    for number in range(len(lines), 0, -1):
        found = re.match(r"\s*[\"']?([A-Za-z0-9_.\-]+)[\"']?\s*=", lines[number - 1])
        if found:
            return number, found.group(1)
    return (len(lines) or None), None


def _line_of_key(text: str, key: str) -> int | None:
    pattern = re.compile(rf"\s*(\[+\s*)?[\"']?{re.escape(key)}[\"']?\s*(=|\])")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None
