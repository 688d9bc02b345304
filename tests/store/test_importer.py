"""Importing the CFPB sample and bad files: every row lands or is reported, re-runs add nothing."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console.core.import_mapping import RowOptions
from agent_console.core.import_presets import guess_mapping
from agent_console.store.agents import ensure_agent
from agent_console.store.callers import search_callers
from agent_console.store.csv_input import CsvProblem, preview
from agent_console.store.database import Database
from agent_console.store.importer import ImportCancelled, ImportReport, ImportSpec, import_csv
from agent_console.store.models import AuditEvent, Caller, ChangeLog, Incident
from agent_console.store.records import AgentRef
from tests.store.helpers import add_caller

CFPB = Path("/work/shared/data/cfpb-complaints-sample.csv")


@pytest.fixture
def agent_sqlite(sqlite_db: Database) -> AgentRef:
    with sqlite_db.session() as session:
        return ensure_agent(session, "tester", "Test Agent")


def cfpb_spec() -> ImportSpec:
    guess = guess_mapping("incidents", preview(CFPB).header)
    return ImportSpec(
        "incidents", guess.pairs, options=RowOptions(caller_name_prefix="CFPB complaint")
    )


def run(db: Database, path: Path, spec: ImportSpec, agent: AgentRef, **kw: object) -> ImportReport:
    with db.session() as session:
        return import_csv(session, path, spec, agent, **kw)  # type: ignore[arg-type]


def counts(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Caller)) or 0,
            session.scalar(select(func.count()).select_from(Incident)) or 0,
            session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_cfpb_sample_imports_every_row_and_a_rerun_adds_nothing(
    db: Database, agent: AgentRef
) -> None:
    with CFPB.open(encoding="utf-8", newline="") as f:
        total = sum(1 for _ in csv.DictReader(f))
    report = run(db, CFPB, cfpb_spec(), agent)
    print(f"CFPB sample on {db.engine.dialect.name}: {report.rows} rows in {report.seconds:.1f} s")
    assert report.rows == total == 2067
    assert report.imported + len(report.rejected) == total
    assert report.rejected == []  # a sensible mapping fits every complaint
    callers, incidents, _ = counts(db)
    assert (callers, incidents) == (report.callers_added, report.imported) == (total, total)
    with db.session() as session:
        (found,) = search_callers(session, "7523056", "US")
        assert found.name == "CFPB complaint 7523056"
        categories = dict(
            session.execute(
                select(Incident.category, func.count()).group_by(Incident.category)
            ).all()
        )
    assert categories["quality"] > categories["ignored_feedback"] > categories["billing"] > 0

    again = run(db, CFPB, cfpb_spec(), agent)
    assert (again.imported, again.already_there, len(again.rejected)) == (0, total, 0)
    assert counts(db)[:2] == (total, total)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SIMPLE = ImportSpec(
    "incidents",
    (("id", "external_id"), ("name", "caller_name"), ("account", "caller_account_ref"),
     ("date", "started_at"), ("category", "category"), ("summary", "summary")),
)  # fmt: skip
HEADER = "id,name,account,date,category,summary\r\n"


def test_bad_rows_are_reported_with_reasons_and_good_ones_land(
    sqlite_db: Database, tmp_path: Path, agent_sqlite: AgentRef
) -> None:
    path = write(
        tmp_path / "mixed.csv",
        HEADER
        + "1,مریم رحیمی,AC-1,2026-01-10,billing,دو بار پول کسر شده\r\n"
        + "2,Ali,AC-2,2099-01-01,billing,future\r\n"
        + "3,Sara,AC-3,2026-01-11,weather,no such category\r\n"
        + "4,Sara,AC-3,2026-01-12\r\n"
        + "\r\n"  # a blank line is no row
        + "1,مریم رحیمی,AC-1,2026-01-10,billing,the same record again\r\n"
        + "5,Maryam again,AC-1,2026-01-13,delivery,second call of the same caller\r\n",
    )
    report = run(sqlite_db, path, SIMPLE, agent_sqlite)
    reasons = {r.line: r.reason for r in report.rejected}
    assert report.rows == 6 and report.imported == 2
    assert report.imported + report.already_there + len(report.rejected) == report.rows
    assert "future" in reasons[3] and "no category fits “weather”" in reasons[4]
    assert reasons[5] == "the row has 4 fields, the header has 6"
    assert reasons[7] == "the same record as line 2"
    assert report.rejected[0].cells[0] == "2"
    with sqlite_db.session() as session:
        (maryam,) = search_callers(session, "AC-1", "IR")
        assert maryam.name == "مریم رحیمی"
        summaries = session.scalars(
            select(Incident.summary).where(Incident.caller_id == maryam.id)
        ).all()
    assert sorted(summaries) == ["second call of the same caller", "دو بار پول کسر شده"]


def test_incidents_join_a_caller_typed_in_the_console_by_account(
    sqlite_db: Database, tmp_path: Path, agent_sqlite: AgentRef
) -> None:
    known = add_caller(sqlite_db, agent_sqlite, "Maryam Rahimi", "0912 345 6789", account="AC 1")
    path = write(
        tmp_path / "one.csv", HEADER + "9,Whoever,ac-1,2026-01-10,billing,Charged twice\r\n"
    )
    report = run(sqlite_db, path, SIMPLE, agent_sqlite)
    assert (report.imported, report.callers_added) == (1, 0)
    with sqlite_db.session() as session:
        owner = session.scalar(select(Incident.caller_id))
        told = session.scalars(
            select(ChangeLog.caller_id).where(ChangeLog.entity_type == "incident")
        ).all()
    assert owner == known.id and told == [known.id]  # other workstations refresh her history


@pytest.mark.parametrize(
    ("encoding", "looks_like"),
    [("utf-16", "UTF-16"), ("cp1256", "Windows Arabic/Persian (1256)")],
)
def test_a_file_that_is_not_utf8_is_refused_with_what_to_do(
    tmp_path: Path, encoding: str, looks_like: str, sqlite_db: Database, agent_sqlite: AgentRef
) -> None:
    text = HEADER + "1,مريم رحيمي,AC-1,2026-01-10,billing,كسر مرتين\r\n"
    path = write(tmp_path / "other.csv", text, encoding)
    with pytest.raises(CsvProblem) as caught:
        preview(path)
    assert "The file is not UTF-8" in str(caught.value)
    assert f"It looks like {looks_like}" in str(caught.value)
    assert "Save it as “CSV UTF-8”" in str(caught.value)
    # Chosen explicitly, the same file reads, Arabic text intact.
    assert preview(path, encoding).rows[0][1] == "مريم رحيمي"
    spec = ImportSpec(SIMPLE.kind, SIMPLE.pairs, encoding=encoding)
    assert run(sqlite_db, path, spec, agent_sqlite).imported == 1


def test_bad_bytes_deep_in_the_file_fail_the_whole_import(
    tmp_path: Path, sqlite_db: Database, agent_sqlite: AgentRef
) -> None:
    good = "".join(f"{n},Caller {n},AC-{n},2026-01-10,billing,Fine\r\n" for n in range(3000))
    path = tmp_path / "late.csv"
    path.write_bytes((HEADER + good).encode() + b"3000,Caf\xe9,AC-X,2026-01-10,billing,x\r\n")
    before = counts(sqlite_db)
    with pytest.raises(CsvProblem, match=r"The file is not UTF-8 \(line 3002\)"):
        run(sqlite_db, path, SIMPLE, agent_sqlite)
    assert counts(sqlite_db) == before  # nothing of the 3,000 good rows stayed


def test_missing_column_and_broken_quote_are_named(
    tmp_path: Path, sqlite_db: Database, agent_sqlite: AgentRef
) -> None:
    path = write(tmp_path / "short.csv", "id,name,date\r\n1,A,2026-01-10\r\n")
    with pytest.raises(CsvProblem) as caught:
        run(sqlite_db, path, SIMPLE, agent_sqlite)
    assert "The file has no column “category”." in str(caught.value)
    broken = write(
        tmp_path / "broken.csv",
        HEADER + '1,A,AC-1,2026-01-10,billing,ok\r\n2,"B"x,AC-2,2026-01-10,billing,no\r\n',
    )
    with pytest.raises(CsvProblem, match="Line 3: a quote in the middle of a field"):
        run(sqlite_db, broken, SIMPLE, agent_sqlite)
    open_quote = write(
        tmp_path / "open.csv",
        HEADER + '1,"A,AC-1,2026-01-10,billing,ok\r\n2,B,AC-2,2026-01-10,billing,no\r\n',
    )
    with pytest.raises(CsvProblem, match="Line 2: a quoted field never ends"):
        run(sqlite_db, open_quote, SIMPLE, agent_sqlite)
    assert counts(sqlite_db)[:2] == (0, 0)


def rows_file(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        for n in range(count):
            f.write(
                f"{n},تماس‌گیرنده {n},AC-{n},2026-01-{1 + n % 28:02d},billing,Charged twice {n}\r\n"
            )
    return path


def test_a_cancelled_import_leaves_the_database_as_it_was(
    tmp_path: Path, sqlite_db: Database, agent_sqlite: AgentRef
) -> None:
    path = rows_file(tmp_path / "many.csv", 2000)
    before = counts(sqlite_db)
    seen: list[int] = []
    cancel: Callable[[], bool] = lambda: len(seen) >= 2  # noqa: E731 - after two batches are written
    spec = ImportSpec(SIMPLE.kind, SIMPLE.pairs, batch_size=300)
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        run(
            sqlite_db,
            path,
            spec,
            agent_sqlite,
            progress=lambda p: seen.append(p.rows),
            cancelled=cancel,
        )
    assert seen == [300, 600]
    assert counts(sqlite_db) == before


def test_100k_rows_stream_in_one_transaction(
    tmp_path: Path, sqlite_db: Database, agent_sqlite: AgentRef
) -> None:
    path = rows_file(tmp_path / "big.csv", 100_000)
    fractions: list[float] = []
    report = run(
        sqlite_db, path, SIMPLE, agent_sqlite, progress=lambda p: fractions.append(p.fraction)
    )
    print(f"100,000 rows imported in {report.seconds:.1f} s")
    assert (report.rows, report.imported, len(report.rejected)) == (100_000, 100_000, 0)
    assert counts(sqlite_db)[:2] == (100_000, 100_000)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 100


def test_callers_import(tmp_path: Path, sqlite_db: Database, agent_sqlite: AgentRef) -> None:
    add_caller(sqlite_db, agent_sqlite, "Already Here", account="AC-7")
    path = write(
        tmp_path / "callers.csv",
        "Name,Mobile,Account,Language\r\n"
        "مریم رحیمی,0912 345 6789,,fa\r\n"
        "Already Here,,AC-7,en\r\n"
        ",,,en\r\n"
        "Bad Phone,12,,en\r\n",
    )
    guess = guess_mapping("callers", preview(path).header)
    assert dict(guess.pairs) == {
        "Name": "caller_name",
        "Mobile": "caller_phone",
        "Account": "caller_account_ref",
        "Language": "caller_language",
    }
    spec = ImportSpec("callers", guess.pairs, options=RowOptions(region="IR"))
    report = run(sqlite_db, path, spec, agent_sqlite)
    assert (report.imported, report.already_there) == (1, 1)
    assert [r.line for r in report.rejected] == [4, 5]
    assert "names no caller" in report.rejected[0].reason
    with sqlite_db.session() as session:
        (maryam,) = search_callers(session, "۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR")
    assert maryam.name == "مریم رحیمی" and maryam.phones == ("+989123456789",)
