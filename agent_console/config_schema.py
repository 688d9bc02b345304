"""The settings IT may set, typed and versioned: each key's name, variable, checks and default.

A config file says which ``version`` of this schema it was written for; older files are
brought up to date by the steps in ``UPGRADES`` (code, not hope: Picard's config_upgrade).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_console.core.taxonomy import LANGUAGES

CONFIG_VERSION = 1
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

Step = Callable[[dict[str, Any]], dict[str, Any]]
# UPGRADES[n] turns the keys of a version-n file into version n+1. Version 1 is the first.
UPGRADES: Mapping[int, Step] = {}


class ConfigValueError(ValueError):
    """A value of the wrong type or out of range; the message says what is expected."""


def upgrade(
    data: dict[str, Any], version: int, *, target: int = CONFIG_VERSION,
    steps: Mapping[int, Step] = UPGRADES,
) -> dict[str, Any]:
    """``data`` from a version-``version`` file, as the ``target`` version reads it."""
    while version < target:
        data = steps[version](dict(data))
        version += 1
    return data


def toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ConfigValueError(f"must be text in quotes, not {toml_type(value)}")
    text = value.strip()
    if not text:
        raise ConfigValueError("must not be empty")
    return text


def _db(value: object, from_file: bool) -> str:
    url = _text(value)
    if "://" not in url:
        raise ConfigValueError(
            "must be a database URL such as 'postgresql+psycopg://agent@db-server/console'"
        )
    return url


def _data_dir(value: object, from_file: bool) -> Path:
    raw = str(value) if isinstance(value, os.PathLike) else _text(value)
    path = Path(os.path.expandvars(raw) if from_file else raw).expanduser()
    if from_file and not path.is_absolute():
        raise ConfigValueError("must be an absolute path (~ and $VARIABLES are expanded)")
    return path.absolute()


def _region(value: object, from_file: bool) -> str:
    import phonenumbers

    code = _text(value).upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigValueError(f"'{value}' is not a region code; use two letters such as US, IR, AE or RU")
    return code


def _lang(value: object, from_file: bool) -> str:
    code = _text(value).lower()
    known = [c.code for c in LANGUAGES]
    if code not in known:
        raise ConfigValueError(f"'{value}' is not a language of the console; use one of {', '.join(known)}")
    return code


CALENDARS = ("gregorian", "jalali")
DIGIT_CHOICES = ("native", "latin")


def _calendar(value: object, from_file: bool) -> str:
    name = _text(value).lower()
    if name not in CALENDARS:
        raise ConfigValueError(f"'{value}' is not a calendar; use gregorian or jalali (Solar Hijri)")
    return name


def _digits(value: object, from_file: bool) -> str:
    name = _text(value).lower()
    if name not in DIGIT_CHOICES:
        raise ConfigValueError(f"'{value}' is not a digits choice; use native or latin")
    return name


def _log_level(value: object, from_file: bool) -> str:
    level = _text(value).upper()
    if level not in LOG_LEVELS:
        raise ConfigValueError(f"'{value}' is not a log level; use one of {', '.join(LOG_LEVELS)}")
    return level


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("agent-console", appauthor=False))


def locale_region(environ: Mapping[str, str]) -> str:
    """The country part of the OS locale (fa_IR -> IR), for numbers typed without +."""
    name = locale.getlocale()[0] or environ.get("LANG", "")
    country = name.split(".")[0].partition("_")[2]
    return country.upper() if len(country) == 2 and country.isalpha() else "US"


@dataclass(frozen=True)
class Key:
    name: str
    env: str
    option: str
    help: str
    parse: Callable[[object, bool], Any]  # (value, from_file) -> typed value


KEYS: tuple[Key, ...] = (
    Key("db", "AGENT_CONSOLE_DB", "--db",
        "SQLAlchemy URL of the shared database, never with a password", _db),
    Key("data_dir", "AGENT_CONSOLE_DATA_DIR", "--data-dir",
        "folder for the embedded database, drafts, the outbox and logs", _data_dir),
    Key("region", "AGENT_CONSOLE_REGION", "--region",
        "country for phone numbers typed without a country code", _region),
    Key("lang", "AGENT_CONSOLE_LANG", "--lang", "interface language: en, fa, ar or ru", _lang),
    Key("calendar", "AGENT_CONSOLE_CALENDAR", "--calendar",
        "Persian dates: gregorian or jalali (Solar Hijri)", _calendar),
    Key("digits", "AGENT_CONSOLE_DIGITS", "--digits",
        "Persian and Arabic digits: native or latin", _digits),
    Key("log_level", "AGENT_CONSOLE_LOG_LEVEL", "--log-level",
        "DEBUG, INFO, WARNING or ERROR", _log_level),
)
KEYS_BY_NAME: Mapping[str, Key] = {k.name: k for k in KEYS}


def defaults(environ: Mapping[str, str]) -> dict[str, tuple[Any, str]]:
    """Each key's value when nothing sets it, with a note on where that value comes from."""
    return {
        "db": (None, "default: embedded SQLite file in the data folder"),
        "data_dir": (default_data_dir(), "default: the user's data folder"),
        "region": (locale_region(environ), "default: the OS locale"),
        "lang": (None, "default: the system's language"),
        "calendar": ("jalali", "default: Solar Hijri for Persian"),
        "digits": ("native", "default"),
        "log_level": ("INFO", "default"),
    }
