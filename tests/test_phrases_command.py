"""``agent-console phrases check``: human and JSON output, offsets, errors."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent_console.commands import phrases

ZWNJ = "\u200c"


def parser() -> argparse.ArgumentParser:
    # Wired the way cli.py is meant to wire it.
    p = argparse.ArgumentParser(prog="agent-console")
    sub = p.add_subparsers(dest="command")
    phrases.add_parser(sub)
    return p


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = parser().parse_args(argv)
    assert args.command == "phrases"
    code = phrases.run(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_json_is_one_object_per_input_line_with_character_offsets(tmp_path: Path) -> None:
    lines = [
        "We can't help you with that.",
        "",
        f"متأسفانه نمی{ZWNJ}توانیم کمکی بکنیم.",
        "Thanks, that's sorted 😀 and you should have called us.",
    ]
    source = tmp_path / "replies.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(["phrases", "check", "--lang", "en", "--json", str(source)])
    assert code == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == lines
    for record in records:
        assert set(record) == {"text", "findings"}
        for f in record["findings"]:
            assert set(f) == {"start", "end", "kind", "suggestions"}
            assert isinstance(f["start"], int) and isinstance(f["end"], int)
            assert all(isinstance(s, str) for s in f["suggestions"]) and f["suggestions"]
    assert [(f["start"], f["end"], f["kind"]) for f in records[0]["findings"]] == [(0, 13, "refusal")]
    assert records[1]["findings"] == [] and records[2]["findings"] == []  # English rules only
    [blame] = records[3]["findings"]
    # Offsets count characters, so the emoji before the finding counts once.
    assert lines[3][blame["start"]:blame["end"]] == "you should have called"
    assert "😀" in out  # ensure_ascii=False


def test_persian_offsets_point_into_the_original_line() -> None:
    line = f"متأسفانه نمی{ZWNJ}توانیم کمکی بکنیم."
    code, out, _ = run(["phrases", "check", "--lang", "fa", "--json", "-"], stdin=line + "\r\n")
    assert code == 0
    [record] = [json.loads(x) for x in out.splitlines()]
    [f] = record["findings"]
    assert line[f["start"]:f["end"]] == f"نمی{ZWNJ}توانیم"


def test_human_output_names_span_kind_and_suggestions() -> None:
    code, out, _ = run(["phrases", "check", "--lang", "en"], stdin="Calm down.\nThank you!\n")
    assert code == 0
    assert "1: 1 finding" in out and "[0:9] command" in out and "try: Take your time; I'm listening." in out
    assert "2: ok" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["phrases", "check", "--lang", "xx", "-"], "unknown language 'xx'"),
        (["phrases", "check", "--lang", "en", "/no/such/file.txt"], "cannot read /no/such/file.txt"),
    ],
)
def test_unknown_language_or_unreadable_file_exits_2(argv: list[str], message: str) -> None:
    code, out, err = run(argv)
    assert code == 2 and out == ""
    assert message in err


def test_a_file_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("caf\xe9".encode("latin-1"))
    code, _, err = run(["phrases", "check", "--lang", "en", str(source)])
    assert code == 2 and "cannot read" in err


def test_runs_as_a_process_reading_stdin_as_utf8() -> None:
    script = (
        "import argparse, sys\n"
        "from agent_console.commands import phrases\n"
        "p = argparse.ArgumentParser(); sub = p.add_subparsers(dest='command'); phrases.add_parser(sub)\n"
        "sys.exit(phrases.run(p.parse_args(sys.argv[1:])))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", script, "phrases", "check", "--lang", "ar", "--json"],
        input="لا يمكننا استرداد المبلغ\n".encode(), capture_output=True, cwd=root, check=False,
        env={"PYTHONIOENCODING": "latin-1", "PATH": "", "PYTHONPATH": str(root)},
    )
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(x) for x in done.stdout.decode("utf-8").splitlines()]
    assert record["findings"][0]["kind"] == "refusal"
    assert (record["findings"][0]["start"], record["findings"][0]["end"]) == (0, 9)
