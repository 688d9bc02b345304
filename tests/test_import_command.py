"""``agent-console import``: the CFPB sample from the command line, as IT would run it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console.cli import main
from agent_console.store.database import open_database, sqlite_url
from agent_console.store.models import Caller, Incident

CFPB = Path("/work/shared/data/cfpb-complaints-sample.csv")
CFPB_MAP = [
    "Complaint ID=external_id",
    "Date received=started_at",
    "Product=category",
    "Issue=category",
    "Issue=summary",  # a column may feed two fields on the command line
    "Sub-issue=summary",
    "Consumer complaint narrative=notes",
    "Company response to consumer=resolution",
    "Company public response=root_cause",
]


def _args(data_dir: Path, *extra: str) -> list[str]:
    args = ["import", "incidents", str(CFPB), "--data-dir", str(data_dir)]
    for item in CFPB_MAP:
        args += ["--map", item]
    return [*args, "--caller-name-prefix", "CFPB complaint", *extra]


def _counts(data_dir: Path) -> tuple[int, int]:
    db = open_database(sqlite_url(data_dir / "agent-console.sqlite3"))
    with db.session() as session:
        found = (
            session.scalar(select(func.count()).select_from(Caller)) or 0,
            session.scalar(select(func.count()).select_from(Incident)) or 0,
        )
    db.dispose()
    return found


def test_cfpb_sample_from_the_command_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with CFPB.open(encoding="utf-8", newline="") as f:
        total = sum(1 for _ in csv.DictReader(f))
    assert main(_args(data_dir)) == 0
    out = capsys.readouterr().out
    print(out)
    assert f"{total} rows read" in out and f"{total} imported, 0 already there, 0 rejected" in out
    assert _counts(data_dir) == (total, total)

    assert main(_args(data_dir)) == 0  # the same file again adds nothing
    assert f"0 imported, {total} already there, 0 rejected" in capsys.readouterr().out
    assert _counts(data_dir) == (total, total)


def test_rejected_rows_are_listed_and_saved(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "some.csv"
    path.write_text(
        "id,date,category,summary\n1,2026-01-05,billing,ok\n2,2099-01-05,billing,later\n3,nope,x,y\n",
        encoding="utf-8",
    )
    report = tmp_path / "rejected.csv"
    args = ["import", "incidents", str(path), "--guess", "--data-dir", str(data_dir)]
    assert main([*args, "--rejected", str(report)]) == 0
    out = capsys.readouterr().out
    assert "3 rows read" in out and "1 imported, 0 already there, 2 rejected" in out
    assert "line 3: the call started in the future" in out
    with report.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["line"] for r in rows] == ["3", "4"] and rows[1]["id"] == "3"


def test_usage_and_file_problems(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["import", "incidents", str(CFPB), "--map", "Product", "--data-dir", str(data_dir)])
        == 2
    )
    assert "write COLUMN=FIELD" in capsys.readouterr().err
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("id,date\n1,2026-01-01\n", encoding="utf-16")
    args = ["import", "incidents", str(utf16), "--guess", "--data-dir", str(data_dir)]
    assert main(args) == 1
    assert "The file is not UTF-8" in capsys.readouterr().err
    missing = [
        "import",
        "incidents",
        str(CFPB),
        "--map",
        "Date=started_at",
        "--data-dir",
        str(data_dir),
    ]
    assert main(missing) == 1
    assert "The file has no column “Date”." in capsys.readouterr().err
