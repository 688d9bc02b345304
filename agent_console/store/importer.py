"""Importing callers and past incidents from a CSV file, for the import dialog and the command line.

The whole import is ONE transaction, in the session it is given: rows are read one at a time
and written a batch at a time (flushed, not committed), and the caller commits at the end.
So a cancelled or failed import leaves the database exactly as it was, and no row is ever
half there (a caller without its incident). Every row either lands, was already there from
an earlier run, or is reported with its reason: imported + already there + rejected = rows.
Ids are uuid5 of the row's record id (or its caller's account, phone or line), so running
the same file again adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from agent_console.core.import_mapping import CALLERS, RowOptions, RowReader, check_mapping
from agent_console.core.import_rows import (
    ImportedCaller,
    ImportedIncident,
    RowRejected,
    caller_from_row,
    incident_from_row,
    record_key,
)
from agent_console.store.csv_input import CsvProblem, CsvSource
from agent_console.store.errors import StoreError
from agent_console.store.import_writer import BatchWriter, ImportReport, Rejection
from agent_console.store.records import AgentRef
from agent_console.store.types import utcnow

BATCH = 500


class ImportCancelled(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The import was cancelled: nothing was imported, the database is as it was."
        )


@dataclass(frozen=True)
class ImportSpec:
    kind: str  # "incidents" or "callers"
    pairs: tuple[tuple[str, str], ...]  # (CSV column, field)
    encoding: str = "utf-8"
    options: RowOptions = field(default_factory=RowOptions)
    batch_size: int = BATCH


@dataclass(frozen=True)
class Progress:
    rows: int
    fraction: float  # of the file read, 0..1


def import_csv(
    session: Session,
    path: Path,
    spec: ImportSpec,
    actor: AgentRef,
    *,
    now: datetime | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import ``path`` within ``session``'s transaction; the caller commits.

    Raises CsvProblem for a file that cannot be read or mapped, ImportCancelled when
    ``cancelled()`` turns true; either way the caller rolls back and nothing is kept.
    """
    started, now = time.monotonic(), now or utcnow()
    report = ImportReport(spec.kind, path.name)
    with CsvSource(path, spec.encoding) as source:
        report.header = source.header
        problems = check_mapping(spec.kind, source.header, spec.pairs)
        if problems:
            raise CsvProblem("\n".join(problems))
        writer = BatchWriter(session, actor, now, report)
        reader = RowReader(spec.pairs)
        batch: list[tuple[int, tuple[str, ...], ImportedCaller | ImportedIncident]] = []
        for line, cells in source.rows():
            if cancelled():
                raise ImportCancelled()
            report.rows += 1
            item = _parse(reader, spec, source.header, line, cells, now)
            if isinstance(item, Rejection):
                report.rejected.append(item)
            else:
                batch.append((line, tuple(cells), item))
            if len(batch) >= spec.batch_size:
                writer.write(batch)
                batch = []
                if progress is not None:
                    progress(Progress(report.rows, source.fraction_read()))
        writer.write(batch)
        if cancelled():
            raise ImportCancelled()
    writer.finish(spec.pairs)
    report.seconds = time.monotonic() - started
    if progress is not None:
        progress(Progress(report.rows, 1.0))
    return report


def _parse(
    reader: RowReader,
    spec: ImportSpec,
    header: Sequence[str],
    line: int,
    cells: list[str],
    now: datetime,
) -> ImportedCaller | ImportedIncident | Rejection:
    if len(cells) != len(header):
        reason = f"the row has {len(cells)} fields, the header has {len(header)}"
        return Rejection(line, reason, tuple(cells))
    row = dict(zip(header, cells, strict=True))
    try:
        if spec.kind == CALLERS:
            key, record = record_key(reader, row, line)
            return caller_from_row(reader, row, spec.options, key, record, own_caller=False)
        return incident_from_row(reader, row, spec.options, line, now)
    except RowRejected as exc:
        return Rejection(line, str(exc), tuple(cells))
