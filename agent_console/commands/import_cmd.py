"""``agent-console import incidents|callers FILE --map COLUMN=FIELD ...``: the import dialog's engine, for IT.

The whole file is imported in one transaction: it all lands (apart from the rows reported as
rejected, with their reasons) or, on a problem with the file, nothing does. Running it again
on the same file adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.core.import_mapping import FIELDS, KINDS, fields_for

if TYPE_CHECKING:
    from agent_console.core.options import AppOptions
    from agent_console.store.import_writer import ImportReport
    from agent_console.store.importer import ImportSpec

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SHOWN_REJECTIONS = 20


def _fields_help() -> str:
    lines = ["fields (incidents; callers take the caller_* ones and external_id):"]
    lines += [f"  {f.name:<22} {f.label}" + (" [required]" if f.required else "") for f in FIELDS]
    lines += [
        "",
        "A column may be given to several fields, and several columns to category, summary,",
        "notes, caller_name and caller_phone (their values are joined).",
        "example (the CFPB complaint database):",
        '  agent-console import incidents complaints.csv --map "Complaint ID=external_id" \\',
        '    --map "Date received=started_at" --map Product=category --map Issue=category \\',
        '    --map Sub-issue=summary --map "Company response to consumer=resolution" \\',
        '    --caller-name-prefix "CFPB complaint"',
    ]
    return "\n".join(lines)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="import callers or past incidents from a CSV file",
        description="Import a CSV file with a column mapping. Exit status: 0 imported (rows "
        "may still be rejected: they are listed), 1 the file or database could not be used, "
        "2 usage.",
        epilog=_fields_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=KINDS, help="what each row is")
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV file")
    parser.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD", dest="mapping",
        help="feed the CSV column COLUMN into FIELD (repeat for each column)",
    )  # fmt: skip
    parser.add_argument(
        "--guess", action="store_true", help="start from the mapping the dialog would suggest"
    )
    parser.add_argument("--encoding", default="utf-8", help="the file's encoding (default utf-8)")
    parser.add_argument("--day-first", action="store_true", help="read 02/03/2026 as 2 March")
    parser.add_argument(
        "--caller-name-prefix",
        help='name for callers the file does not name, before their record id (default "Imported caller")',
    )
    parser.add_argument(
        "--rejected",
        type=Path,
        metavar="CSV",
        help="write the rejected rows and their reasons here",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="folder for everything the app writes",
    )
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, help="database URL, without the password"
    )
    parser.set_defaults(handler=run)


def parse_mapping(kind: str, items: list[str]) -> list[tuple[str, str]]:
    """``COLUMN=FIELD`` items as pairs; the last ``=`` splits (column names may hold one)."""
    names = {f.name for f in fields_for(kind)}
    pairs = []
    for item in items:
        column, sep, name = item.rpartition("=")
        if not sep or not column or name.strip() not in names:
            raise ValueError(
                f"--map {item!r}: write COLUMN=FIELD, FIELD one of {', '.join(sorted(names))}"
            )
        pairs.append((column, name.strip()))
    return pairs


def run(args: argparse.Namespace) -> int:
    from agent_console.config import load_config, options_from_args
    from agent_console.core.import_mapping import RowOptions
    from agent_console.core.import_presets import guess_mapping
    from agent_console.store.csv_input import ENCODINGS, preview
    from agent_console.store.errors import StoreError
    from agent_console.store.importer import ImportSpec as Spec

    def fail(message: str, code: int = EXIT_FAILED) -> int:
        print(f"agent-console import: {message}", file=sys.stderr)
        return code

    if args.encoding not in ENCODINGS:
        return fail(f"--encoding: one of {', '.join(ENCODINGS)}", EXIT_USAGE)
    try:
        pairs = parse_mapping(args.kind, args.mapping)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    options = load_config(options=options_from_args(args)).app_options()
    prefix = args.caller_name_prefix
    try:
        if args.guess:
            guess = guess_mapping(args.kind, preview(args.file, args.encoding).header)
            pairs = [*guess.pairs, *pairs]
            prefix = prefix or guess.caller_name_prefix
        if not pairs:
            return fail("give the mapping with --map COLUMN=FIELD (or --guess)", EXIT_USAGE)
        row_options = RowOptions(
            options.region, args.day_first, prefix or RowOptions.caller_name_prefix
        )
        spec = Spec(args.kind, tuple(pairs), args.encoding, row_options)
        report = _import(options, args.file, spec)
    except StoreError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or args.file}")
    _print_report(report, args.rejected)
    return EXIT_OK


def _import(options: AppOptions, path: Path, spec: ImportSpec) -> ImportReport:
    from agent_console.commands.db import ask_on_terminal
    from agent_console.store.importer import import_csv
    from agent_console.store.startup import open_workstation

    workstation = open_workstation(options, ask_on_terminal)
    try:
        with workstation.db.session() as session:
            return import_csv(session, path, spec, workstation.agent)
    finally:
        workstation.db.dispose()


def _print_report(report: ImportReport, rejected_path: Path | None) -> None:
    from agent_console.store.export_csv import write_rejections

    print(
        f"{report.file_name}: {report.rows} rows read in {report.seconds:.1f} s: "
        f"{report.imported} imported, {report.already_there} already there, "
        f"{len(report.rejected)} rejected ({report.callers_added} new callers)."
    )
    for rejection in report.rejected[:SHOWN_REJECTIONS]:
        print(f"  line {rejection.line}: {rejection.reason}")
    if len(report.rejected) > SHOWN_REJECTIONS:
        print(f"  ... and {len(report.rejected) - SHOWN_REJECTIONS} more")
    if rejected_path is not None and report.rejected:
        rows = ((r.line, r.reason, r.cells) for r in report.rejected)
        write_rejections(rejected_path, report.header, rows)
        print(f"The rejected rows and their reasons are in {rejected_path}.")
