"""``agent-console phrases check``: run the phrasing coach over lines of text.

One text per input line. Findings are printed for people, or with ``--json`` as one JSON
object per input line, offsets in characters (Unicode code points) of that line.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any, TextIO

from agent_console.core.phrasing import Finding, Phrasebook, load_phrasebook
from agent_console.core.taxonomy import LANGUAGES, codes

EXIT_USAGE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``phrases`` (with its ``check`` subcommand) on a ``add_subparsers()`` object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "phrases", help="check wording with the phrasing coach",
        description="Tools for the phrasing coach's phrasebooks.",
    )
    sub = parser.add_subparsers(dest="phrases_command", required=True, metavar="COMMAND")
    check = sub.add_parser(
        "check", help="flag defensive wording, one text per line",
        description="Flag defensive or inflaming wording and suggest calmer lines. "
                    "Reads one text per line from FILE, or standard input when FILE is - or absent.",
    )
    check.add_argument("--lang", required=True, help=f"phrasebook language: {', '.join(_languages())}")
    check.add_argument("--json", action="store_true", help="one JSON object per input line")
    check.add_argument("file", nargs="?", default="-", metavar="FILE")
    return parser


def _languages() -> list[str]:
    return sorted(codes(LANGUAGES))


def _finding_json(f: Finding) -> dict[str, Any]:
    return {"start": f.start, "end": f.end, "kind": str(f.kind), "suggestions": list(f.suggestions)}


def _human(number: int, text: str, findings: list[Finding], out: TextIO) -> None:
    if not findings:
        print(f"{number}: ok", file=out)
        return
    print(f"{number}: {len(findings)} finding{'s' if len(findings) > 1 else ''} in: {text}", file=out)
    for f in findings:
        print(f"  [{f.start}:{f.end}] {f.kind}: “{f.text}” ({f.reason})", file=out)
        for s in f.suggestions:
            print(f"      try: {s}", file=out)


def _read_lines(path: str, stdin: TextIO | None) -> list[str]:
    if path == "-" and stdin is not None:
        text = stdin.read()
    elif path == "-":  # bytes, so the console's code page cannot garble UTF-8 input
        text = sys.stdin.buffer.read().decode("utf-8-sig")
    else:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    # One text per line. CR LF and CR end lines too; other separators (U+2028) stay in the text.
    return text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n") if text else []


def _utf8(out: TextIO) -> TextIO:
    # A Windows pipe defaults to the ANSI code page, which cannot write Persian or Arabic.
    if isinstance(out, io.TextIOWrapper) and out.encoding.lower().replace("-", "") != "utf8":
        out.reconfigure(encoding="utf-8")
    return out


def run(args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """Run ``phrases check``; 0 when it ran (findings or not), 2 for a usage problem."""
    out = _utf8(stdout or sys.stdout)
    err = stderr or sys.stderr
    if getattr(args, "phrases_command", "check") != "check":
        print(f"phrases: unknown command {args.phrases_command!r}", file=err)
        return EXIT_USAGE
    lang = str(args.lang)
    if lang not in codes(LANGUAGES):
        print(f"phrases check: unknown language {lang!r}; use one of {', '.join(_languages())}",
              file=err)
        return EXIT_USAGE
    try:
        phrasebook: Phrasebook = load_phrasebook(lang)
    except (OSError, ValueError) as exc:
        print(f"phrases check: cannot read the {lang} phrasebook: {exc}", file=err)
        return EXIT_USAGE
    for problem in phrasebook.problems:
        print(f"phrases check: rule {problem.rule_id} skipped: {problem.message}", file=err)
    try:
        lines = _read_lines(str(args.file), stdin)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"phrases check: cannot read {args.file}: {exc}", file=err)
        return EXIT_USAGE
    for number, line in enumerate(lines, 1):
        findings = phrasebook.check(line)
        if args.json:
            record = {"text": line, "findings": [_finding_json(f) for f in findings]}
            print(json.dumps(record, ensure_ascii=False), file=out)
        else:
            _human(number, line, findings, out)
    return 0
