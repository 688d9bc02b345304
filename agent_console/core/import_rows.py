"""One CSV row, read through its mapping, turned into a caller and an incident, or refused.

Callers are matched by account reference, else by phone; a row with neither gets a caller of
its own, named "<prefix> <record id>" with the record id as its account reference (for the
CFPB file: one caller per complaint, as nothing in it tells two consumers apart, and merging
complaints by company and ZIP code would invent a history for strangers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from agent_console.core import import_values as values
from agent_console.core import taxonomy
from agent_console.core.import_mapping import FIELDS_BY_NAME, RowOptions, RowReader
from agent_console.core.incident_input import NOTES_MAX, SUMMARY_MAX, parse_amount
from agent_console.core.phone import PhoneError, to_e164
from agent_console.core.textfold import fold

NAME_MAX, ACCOUNT_MAX = 200, 64
DEFAULT_MOOD_START = 3  # "upset": the schema needs a starting mood and files rarely have one
DEFAULT_SEVERITY = 2
T = TypeVar("T")
_NOT_ALNUM = re.compile(r"[\W_]+")


class RowRejected(ValueError):
    """Why one row cannot be imported, in words for the report."""


@dataclass(frozen=True)
class ImportedCaller:
    key: str  # what identifies the caller: "account:…", "phone:…" or "row:…"
    name: str
    account_ref: str | None
    phones: tuple[str, ...]  # E.164
    preferred_language: str | None
    pinned_note: str = ""


@dataclass(frozen=True)
class ImportedIncident:
    key: str  # "<record id column>:<record id>", or "line …" when no record id is mapped
    record: str  # the record id as in the file ("" when none is mapped)
    caller: ImportedCaller
    started_at: datetime
    ended_at: datetime | None
    category: str
    severity: int
    mood_start: int
    mood_end: int | None
    summary: str
    notes: str
    root_cause: str | None
    resolution: str | None
    outcome: str
    escalated: bool
    compensation_amount: Decimal | None = None
    compensation_currency: str | None = None


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise RowRejected(reason)


def account_key(text: str) -> str:
    """An account reference without case, spaces or punctuation (as ``store.callers`` keys it)."""
    return _NOT_ALNUM.sub("", fold(text))


def caller_from_row(
    reader: RowReader,
    row: Mapping[str, str],
    options: RowOptions,
    row_key: str,
    record: str,
    *,
    own_caller: bool = True,
) -> ImportedCaller:
    """The caller a row names: by account reference, else by phone. With neither, a caller of
    the row's own (``own_caller``: named after ``record``, the row's id, which becomes the
    account reference), or, importing callers, one named on the row; else the row is refused.
    """
    account = reader.get(row, "caller_account_ref")
    phones: list[str] = []
    for raw in reader.get(row, "caller_phone").split("\n"):
        if raw.strip():
            try:
                phones.append(to_e164(raw, options.region))
            except PhoneError as exc:
                raise RowRejected(f"phone: {exc}") from None
    name = " ".join(reader.get(row, "caller_name").split())
    if account:
        key = f"account:{account_key(account)}"
    elif phones:
        key = f"phone:{phones[0]}"
    else:
        _check(own_caller or bool(name), "the row names no caller: no name, account or phone")
        key = f"row:{row_key}"
        account = record if own_caller else ""
    label = account or (phones[0] if phones else record)
    name = name or f"{options.caller_name_prefix} {label}".strip()
    _check(len(name) <= NAME_MAX, f"the caller's name is longer than {NAME_MAX} characters")
    _check(
        len(account) <= ACCOUNT_MAX,
        f"the account reference is longer than {ACCOUNT_MAX} characters",
    )
    language = reader.get(row, "caller_language").casefold() or None
    _check(
        language is None or language in taxonomy.codes(taxonomy.LANGUAGES),
        f"language “{language}” is not en, fa, ar or ru",
    )
    pinned = reader.get(row, "caller_pinned_note")
    phones_kept = tuple(dict.fromkeys(phones))
    return ImportedCaller(key, name, account or None, phones_kept, language, pinned)


def record_key(reader: RowReader, row: Mapping[str, str], line: int) -> tuple[str, str]:
    """(the row's identity for ids, the record id as shown): from the record id column or the line."""
    record = reader.get(row, "external_id")
    if record:
        return f"{reader.columns['external_id'][0]}:{record}", record
    return f"line {line}", ""


def _field(reader: RowReader, row: Mapping[str, str], name: str, convert: Callable[[str], T]) -> T:
    try:
        return convert(reader.get(row, name))
    except ValueError as exc:
        raise RowRejected(f"{FIELDS_BY_NAME[name].label}: {exc}") from None


def _scale(
    reader: RowReader,
    row: Mapping[str, str],
    name: str,
    choices: tuple[taxonomy.Choice, ...],
    default: int | None,
) -> int | None:
    if not reader.get(row, name):
        return default
    return _field(reader, row, name, lambda t: values.scale(t, choices, name.replace("_", " ")))


def _moment(reader: RowReader, row: Mapping[str, str], name: str, options: RowOptions) -> datetime:
    return _field(reader, row, name, lambda t: values.when(t, options.day_first))


def incident_from_row(
    reader: RowReader, row: Mapping[str, str], options: RowOptions, line: int, now: datetime
) -> ImportedIncident:
    """The incident (and its caller) one row describes; raises RowRejected saying why not."""
    key, record = record_key(reader, row, line)
    caller = caller_from_row(reader, row, options, key, record or f"line {line}")
    started = _moment(reader, row, "started_at", options)
    _check(started <= now, f"the call started in the future ({started:%Y-%m-%d})")
    ended = _moment(reader, row, "ended_at", options) if reader.get(row, "ended_at") else None
    _check(ended is None or ended >= started, "the call ended before it started")
    category_text = reader.get(row, "category")
    _check(bool(category_text), "the category is empty")
    category = _field(reader, row, "category", values.category)
    summary = " ".join((reader.get(row, "summary") or category_text).split())
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1] + "…"
    notes = reader.get(row, "notes")
    _check(len(notes) <= NOTES_MAX, f"the notes are longer than {NOTES_MAX:,} characters")
    resolution = _field(reader, row, "resolution", values.resolution)
    if reader.get(row, "outcome"):
        outcome = _field(reader, row, "outcome", values.outcome)
    else:
        outcome = values.outcome_for_resolution(resolution)
    escalated = outcome == "escalated"
    if reader.get(row, "escalated"):
        escalated = _field(reader, row, "escalated", values.flag)
    amount = _field(reader, row, "compensation_amount", parse_amount)
    currency = reader.get(row, "compensation_currency").upper() or None
    if amount:
        _check(
            currency is not None and len(currency) == 3 and currency.isalpha(),
            "a compensation amount needs its currency as three letters, such as EUR",
        )
    else:
        amount, currency = None, None
    return ImportedIncident(
        key=key,
        record=record,
        caller=caller,
        started_at=started,
        ended_at=ended,
        category=category,
        severity=_scale(reader, row, "severity", taxonomy.SEVERITIES, DEFAULT_SEVERITY)
        or DEFAULT_SEVERITY,
        mood_start=_scale(reader, row, "mood_start", taxonomy.MOODS, DEFAULT_MOOD_START)
        or DEFAULT_MOOD_START,
        mood_end=_scale(reader, row, "mood_end", taxonomy.MOODS, None),
        summary=summary,
        notes=notes,
        root_cause=values.root_cause(reader.get(row, "root_cause")),
        resolution=resolution,
        outcome=outcome,
        escalated=escalated,
        compensation_amount=amount,
        compensation_currency=currency,
    )
