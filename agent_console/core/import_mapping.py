"""Which CSV column feeds which field of an import, and reading a row's fields under that mapping.

A mapping is a list of (CSV column, field) pairs. A column may feed several fields and some
fields take several columns (their values are joined: the category rules read "product /
issue", the notes get one labelled line per column). ``import_rows`` turns the fields of a row
into a caller and an incident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agent_console.core.incident_input import clean_text
from agent_console.core.translatable import QT_TRANSLATE_NOOP

INCIDENTS, CALLERS = "incidents", "callers"
KINDS = (INCIDENTS, CALLERS)


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str
    kinds: tuple[str, ...]
    required: bool = False
    joiner: str | None = None  # several columns allowed, joined with this


BOTH = (INCIDENTS, CALLERS)
FIELDS: tuple[ImportField, ...] = (
    ImportField("external_id", QT_TRANSLATE_NOOP("import_fields", "Record id (makes a re-run skip what it already imported)"), BOTH),
    ImportField("caller_name", QT_TRANSLATE_NOOP("import_fields", "Caller name"), BOTH, joiner=" "),
    ImportField("caller_account_ref", QT_TRANSLATE_NOOP("import_fields", "Caller account reference"), BOTH),
    ImportField("caller_phone", QT_TRANSLATE_NOOP("import_fields", "Caller phone"), BOTH, joiner="\n"),
    ImportField("caller_language", QT_TRANSLATE_NOOP("import_fields", "Caller language (en, fa, ar, ru)"), BOTH),
    ImportField("caller_pinned_note", QT_TRANSLATE_NOOP("import_fields", "Caller pinned note"), (CALLERS,), joiner="\n"),
    ImportField("started_at", QT_TRANSLATE_NOOP("import_fields", "Call started (date, or date and time)"), (INCIDENTS,), True),
    ImportField("ended_at", QT_TRANSLATE_NOOP("import_fields", "Call ended"), (INCIDENTS,)),
    ImportField("category", QT_TRANSLATE_NOOP("import_fields", "Category (code, label or words to match)"), (INCIDENTS,), True, " / "),
    ImportField("summary", QT_TRANSLATE_NOOP("import_fields", "Summary (else the category text)"), (INCIDENTS,), joiner=" — "),
    ImportField("notes", QT_TRANSLATE_NOOP("import_fields", "Notes"), (INCIDENTS,), joiner="\n"),
    ImportField("severity", QT_TRANSLATE_NOOP("import_fields", "Severity (1-4)"), (INCIDENTS,)),
    ImportField("mood_start", QT_TRANSLATE_NOOP("import_fields", "Mood at start (1-5)"), (INCIDENTS,)),
    ImportField("mood_end", QT_TRANSLATE_NOOP("import_fields", "Mood at end (1-5)"), (INCIDENTS,)),
    ImportField("root_cause", QT_TRANSLATE_NOOP("import_fields", "Root cause"), (INCIDENTS,)),
    ImportField("resolution", QT_TRANSLATE_NOOP("import_fields", "Resolution (sets the outcome too)"), (INCIDENTS,)),
    ImportField("outcome", QT_TRANSLATE_NOOP("import_fields", "Outcome"), (INCIDENTS,)),
    ImportField("escalated", QT_TRANSLATE_NOOP("import_fields", "Escalated (yes/no)"), (INCIDENTS,)),
    ImportField("compensation_amount", QT_TRANSLATE_NOOP("import_fields", "Compensation amount"), (INCIDENTS,)),
    ImportField("compensation_currency", QT_TRANSLATE_NOOP("import_fields", "Compensation currency"), (INCIDENTS,)),
)  # fmt: skip
FIELDS_BY_NAME = {f.name: f for f in FIELDS}
CALLERS_REQUIRED = ("caller_name", "caller_account_ref", "caller_phone")  # at least one


def fields_for(kind: str) -> tuple[ImportField, ...]:
    return tuple(f for f in FIELDS if kind in f.kinds)


@dataclass(frozen=True)
class RowOptions:
    region: str = "US"  # for phone numbers without a country code
    day_first: bool = False  # 02/03/2026 is 2 March
    caller_name_prefix: str = "Imported caller"


def check_mapping(kind: str, header: Sequence[str], pairs: Sequence[tuple[str, str]]) -> list[str]:
    """What is wrong with a mapping for this file: each problem names its column or field."""
    problems: list[str] = []
    known = {f.name for f in fields_for(kind)}
    present = set(header)
    for column, name in pairs:
        if column not in present:
            problems.append(f"The file has no column “{column}”.")
        if name not in known:
            problems.append(f"“{name}” is not a field of an {kind} import.")
    mapped = [name for _, name in pairs]
    for name in sorted(set(mapped)):
        spec = FIELDS_BY_NAME.get(name)
        if spec is not None and spec.joiner is None and mapped.count(name) > 1:
            problems.append(f"Only one column can be mapped to {spec.label}.")
    for spec in fields_for(kind):
        if spec.required and spec.name not in mapped:
            problems.append(f"Map a column to {spec.label}: it is required.")
    if kind == CALLERS and not any(n in mapped for n in CALLERS_REQUIRED):
        problems.append("Map a column to the caller's name, account reference or phone.")
    return problems


class RowReader:
    """Reads one field of a row under a mapping: joined, cleaned, "" when unmapped."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.columns: dict[str, list[str]] = {}
        for column, name in pairs:
            self.columns.setdefault(name, []).append(column)
        self._row: Mapping[str, str] | None = None
        self._cache: dict[str, str] = {}

    def mapped(self, name: str) -> bool:
        return name in self.columns

    def get(self, row: Mapping[str, str], name: str) -> str:
        if row is not self._row:  # each field is read several times: once per row is enough
            self._row, self._cache = row, {}
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._read(row, name)
        return found

    def _read(self, row: Mapping[str, str], name: str) -> str:
        columns = self.columns.get(name, [])
        texts = [clean_text(row.get(c) or "")[0].strip() for c in columns]
        joiner = FIELDS_BY_NAME[name].joiner or ""
        if name == "notes" and len(columns) > 1:
            texts = [f"{c}: {t}" for c, t in zip(columns, texts, strict=True) if t]
        return joiner.join(t for t in texts if t)
